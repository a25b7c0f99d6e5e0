"""Error buckets of officials (WORKS_AS pairs) on a BRAT corpus: why each gold pair
is missed and why each predicted role is false.

Usage: python benchmarks/officials_errors.py [CORPUS_DIR] [--offset N] [--limit N] [--show BUCKET]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402
from entities_nerel import overlaps  # noqa: E402


def read(ann: Path):
    ids, relations = _paths.read_brat(ann)
    professions = [(start, end) for label, start, end, _ in ids.values() if label == "PROFESSION"]
    return _paths.works_as(ids, relations), professions


def capture():
    """Patch officials.find to keep every post it returns (attached or not)."""
    from ruarticle import entities, officials

    seen = []
    original = officials.find

    def find(tokens, spans, people):
        out = original(tokens, spans, people)
        seen.append((tokens, out))
        return out

    entities.officials.find = find
    return seen


def sentence_of(text, pos):
    return text.count("\n", 0, pos)


def analyse(files, show):
    from ruarticle import extract

    seen = capture()
    miss, false, examples = Counter(), Counter(), defaultdict(list)
    for ann in files:
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        pairs, professions = read(ann)
        seen.clear()
        article = extract(text)
        people = [e for e in article.entities if e.type == "PER"]
        all_posts = [(p.start, p.end, p.person is not None) for _, ps in seen for p in ps]
        all_roles = [(r.start, r.end) for e in people for r in e.roles]
        for (_, ps, pe, ptext), (_, rs, re_, rtext) in pairs:
            found = any(any(overlaps((m.start, m.end), (ps, pe)) for m in e.mentions)
                        and any(overlaps((r.start, r.end), (rs, re_)) for r in e.roles)
                        for e in people)
            if found:
                continue
            as_person = any(overlaps((m.start, m.end), (ps, pe)) for e in people
                            for m in e.mentions)
            post = [p for p in all_posts if overlaps(p[:2], (rs, re_))]
            far = "far" if abs(ps - rs) > 80 else "near"
            if not as_person:
                bucket = "person not PER"
            elif any(overlaps(r, (rs, re_)) for r in all_roles):
                bucket = f"post given to another person ({far})"
            elif post:
                bucket = f"post found, unattached ({far})"
            else:
                bucket = f"post word not found ({far})"
            miss[bucket] += 1
            examples["MISS " + bucket].append(
                f"{ann.stem}: {ptext!r} / {rtext!r} :: {text[min(ps, rs) - 30:max(pe, re_) + 30]!r}")
        for e in people:
            spans = {(m.start, m.end) for m in e.mentions}
            for r in e.roles:
                ok = any(overlaps((r.start, r.end), (rs, re_)) and
                         any(overlaps(m, (ps, pe)) for m in spans)
                         for (_, ps, pe, _), (_, rs, re_, _) in pairs)
                bare = (r.start, r.end) in spans
                if ok:
                    false["(right bare)" if bare else "(right attached)"] += 1
                    continue
                gold_prof = any(overlaps((r.start, r.end), p) for p in professions)
                paired = any(overlaps((r.start, r.end), (rs, re_)) for _, (_, rs, re_, _) in pairs)
                bucket = ("bare " if bare else "attached ") + (
                    "prof paired to other" if paired else
                    "prof unpaired" if gold_prof else "not a gold prof")
                false[bucket] += 1
                examples["FALSE " + bucket].append(
                    f"{ann.stem}: {e.name!r} <- {r.text!r} :: "
                    f"{text[max(0, r.start - 60):r.end + 40]!r}")
    print("missed gold pairs:", sum(miss.values()))
    for k, v in miss.most_common():
        print(f"  {v:4d}  {k}")
    print("predicted roles:", sum(false.values()))
    for k, v in false.most_common():
        print(f"  {v:4d}  {k}")
    for key in show:
        for line in examples.get(key, []):
            print(key, "|", line)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=_paths.shared("corpora", "nerel", "train"))
    _paths.add_slice_arguments(parser, limit=500)
    parser.add_argument("--show", action="append", default=[])
    args = parser.parse_args(argv)
    files = _paths.annotation_files(args.corpus, args.offset, args.limit)
    analyse(files, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
