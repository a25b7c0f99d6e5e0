"""Derive the profession vocabulary (src/ruarticle/data/professions.txt) from the
PROFESSION spans of a NEREL-style BRAT corpus.

A word is kept when it is the head (first person noun) of at least MIN_SPANS
profession spans and, of all its occurrences in the corpus, at least MIN_RATIO
are inside such spans: "нападающий", "фельдшер" yes; "человек", "дочь" no.
Words already in posts.txt are left out. Person nouns NEREL almost never tags
(seen MIN_SEEN times, at most MAX_RATIO of them in spans) go to not_professions.txt. Only the train split may be used
(default: NEREL train texts 0-499, so train 500-745 stays unseen).

Usage: python benchmarks/derive_professions.py [CORPUS] [--offset 0] [--limit 500] [--write]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "ruarticle" / "data" / "professions.txt"
NOT_OUT = REPO / "src" / "ruarticle" / "data" / "not_professions.txt"
WORD = regex.compile(r"\p{L}[\p{L}\-]*")
MIN_SPANS = 2
MIN_RATIO = 0.5
MIN_SEEN = 5       # a post word seen this often ...
MAX_RATIO = 0.2    # ... and this rarely a profession's head is none ("основатель", "владелец")


def profession_spans(ann: Path) -> list[tuple[int, int]]:
    ids, _ = _paths.read_brat(ann)
    return [(start, end) for label, start, end, _ in ids.values() if label == "PROFESSION"]


def person_noun(word: str) -> str | None:
    """Lemma of a lowercase word's first reading as a person noun ("стрелок", "нападающий")."""
    from ruarticle import morph, posts

    if not word.islower():
        return None
    for parse in morph.parses(word.replace("ё", "е")):
        noun = parse.tag.POS == "NOUN" and "anim" in parse.tag
        substantive = "Subx" in parse.tag and "Apro" not in parse.tag  # not "который", "весь"
        if (noun or substantive) and parse.score >= posts.ANIMATE_SCORE:
            return posts._lemma(parse)
    return None


def count(files) -> tuple[Counter, Counter]:
    inside, total = Counter(), Counter()
    for ann in files:
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        spans = profession_spans(ann)
        heads = set()
        for m in WORD.finditer(text):
            lemma = person_noun(m.group())
            if lemma is None:
                continue
            total[lemma] += 1
            span = next((s for s in spans if s[0] < m.end() and m.start() < s[1]), None)
            if span is not None and span not in heads:
                heads.add(span)  # the first person noun of the span is its head
                inside[lemma] += 1
    return inside, total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=_paths.shared("corpora", "nerel", "train"))
    _paths.add_slice_arguments(parser, limit=500)
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args(argv)
    from ruarticle.resources import word_set

    files = _paths.annotation_files(args.corpus, args.offset, args.limit)
    inside, total = count(files)
    known = word_set("posts.txt") | word_set("not_posts.txt")
    kept = sorted(w for w, n in inside.items()
                  if n >= MIN_SPANS and n / total[w] >= MIN_RATIO and w not in known)
    dropped = sorted(w for w, n in total.items() if n >= MIN_SEEN
                     and inside[w] / n <= MAX_RATIO and w not in word_set("not_posts.txt"))
    print(f"{len(kept)} professions, {len(dropped)} posts that are none, from {len(files)} texts")
    source = (f"(benchmarks/derive_professions.py over NEREL train "
              f"{args.offset}-{args.offset + len(files) - 1}).\n")
    if args.write:
        OUT.write_text("# Professions NEREL tags as PROFESSION " + source
                       + "\n".join(kept) + "\n", encoding="utf-8")
        NOT_OUT.write_text("# Person nouns NEREL almost never tags as PROFESSION " + source
                           + "\n".join(dropped) + "\n", encoding="utf-8")
    else:
        print(" ".join(kept), "|", " ".join(dropped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
