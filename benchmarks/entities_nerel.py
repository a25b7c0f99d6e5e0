"""Score ruarticle's entities and officials against a BRAT corpus (NEREL by default),
next to natasha (segment + NER) run on the same texts.

Rules (issue 3):
- mentions, exact span + type: PERSON->PER, ORGANIZATION->ORG, COUNTRY, CITY,
  STATE_OR_PROVINCE, LOCATION, DISTRICT->LOC. A predicted mention is right if it
  equals some gold span of its type; recall counts gold spans except those nested
  inside another gold span of the same type.
- officials: WORKS_AS (PERSON, PROFESSION) pairs; a pair is found when one PER entity
  has a mention overlapping the person and a role overlapping the profession.
  A predicted role is right when some gold pair is found through it.

Usage: python benchmarks/entities_nerel.py [CORPUS_DIR ...] [--limit N] [--offset N] [--no-natasha]
       [--markdown docs/quality.md] [--seed ARTICLES_DIR]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import _paths  # noqa: E402
TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
         "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC", "DISTRICT": "LOC"}
SEED = "000_fd7d1c000fd4ba2b"


def shared_dir() -> Path:
    return _paths.shared()


@dataclass
class Gold:
    spans: set          # (start, end, type), all gold mentions
    recall: set         # the same minus spans nested in a same-type span
    pairs: list         # ((pstart, pend), (rstart, rend)) WORKS_AS pairs


def read_gold(ann: Path) -> Gold:
    ids, relations = _paths.read_brat(ann)
    spans = {(start, end, TYPES[label]) for label, start, end, _ in ids.values() if label in TYPES}
    recall = {s for s in spans if not any(o != s and o[2] == s[2] and o[0] <= s[0]
                                          and s[1] <= o[1] for o in spans)}
    pairs = [(person[1:3], job[1:3]) for person, job in _paths.works_as(ids, relations)]
    return Gold(spans, recall, pairs)


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Score:
    def __init__(self):
        self.tp_p = Counter(); self.pred = Counter(); self.tp_r = Counter(); self.gold = Counter()
        self.roles = self.roles_ok = self.pairs = self.pairs_found = 0

    def add_mentions(self, predicted: set, gold: Gold) -> None:
        for s in predicted:
            self.pred[s[2]] += 1
            self.tp_p[s[2]] += s in gold.spans
        for s in gold.recall:
            self.gold[s[2]] += 1
            self.tp_r[s[2]] += s in predicted

    def add_officials(self, people, gold: Gold) -> None:
        """people: list of (mention spans, role spans) per PER entity."""
        self.pairs += len(gold.pairs)
        for person, post in gold.pairs:
            self.pairs_found += any(any(overlaps(m, person) for m in ms) and
                                    any(overlaps(r, post) for r in rs) for ms, rs in people)
        for ms, rs in people:
            for r in rs:
                self.roles += 1
                self.roles_ok += any(overlaps(r, post) and any(overlaps(m, person) for m in ms)
                                     for person, post in gold.pairs)

    def prf(self, kind=None):
        keys = [kind] if kind else ["PER", "ORG", "LOC"]
        tp_p = sum(self.tp_p[k] for k in keys); pred = sum(self.pred[k] for k in keys)
        tp_r = sum(self.tp_r[k] for k in keys); gold = sum(self.gold[k] for k in keys)
        return _f(tp_p, pred, tp_r, gold)

    def officials(self):
        return _f(self.roles_ok, self.roles, self.pairs_found, self.pairs)


def _f(tp_p, pred, tp_r, gold):
    p = tp_p / pred if pred else 0.0
    r = tp_r / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ruarticle_predict(text: str):
    from ruarticle import extract

    article = extract(text)
    mentions, people = set(), []
    for entity in article.entities:
        posts = {(r.start, r.end) for r in entity.roles}
        spans = [(m.start, m.end) for m in entity.mentions]
        # A bare post ("премьер-министр отметил") is a mention of its holder, not a name.
        mentions.update((s, e, entity.type) for s, e in spans if (s, e) not in posts)
        if entity.type == "PER":
            people.append((spans, [(r.start, r.end) for r in entity.roles]))
    return mentions, people


class Natasha:
    def __init__(self):
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

        self.doc, self.segmenter = Doc, Segmenter()
        self.tagger = NewsNERTagger(NewsEmbedding())

    def __call__(self, text: str):
        doc = self.doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.tagger)
        return {(s.start, s.stop, s.type) for s in doc.spans}, []


def run(corpus: Path, limit: int | None, with_natasha: bool, errors: Path | None,
        offset: int = 0):
    files = _paths.annotation_files(corpus, offset, limit)
    systems = {"ruarticle": ruarticle_predict}
    if with_natasha:
        systems["natasha"] = Natasha()
    scores = {name: Score() for name in systems}
    seconds = Counter()
    log = errors.open("w", encoding="utf-8") if errors else None
    for ann in files:
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        gold = read_gold(ann)
        for name, predict in systems.items():
            began = time.perf_counter()
            mentions, people = predict(text)
            seconds[name] += time.perf_counter() - began
            scores[name].add_mentions(mentions, gold)
            scores[name].add_officials(people, gold)
            if log and name == "ruarticle":
                _log_errors(log, ann.stem, text, mentions, gold)
    return scores, seconds, len(files)


def _log_errors(log, name, text, mentions, gold):
    for s, e, t in sorted(mentions - gold.spans):
        log.write(f"FP\t{t}\t{text[s:e]}\t{name}:{s}\t{text[max(0, s - 40):e + 40]!r}\n")
    for s, e, t in sorted(gold.recall - mentions):
        log.write(f"FN\t{t}\t{text[s:e]}\t{name}:{s}\t{text[max(0, s - 40):e + 40]!r}\n")


HEADER = ["| corpus | system | PER F1 | ORG F1 | LOC F1 | micro P | micro R | micro F1 "
          "| officials P | officials R | officials F1 | s/text |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|"]


def table_rows(scores, seconds, n, label) -> list[str]:
    rows = []
    for name, sc in scores.items():
        p, r, f = sc.prf()
        op, orr, of = sc.officials()
        per = [f"{sc.prf(k)[2]:.3f}" for k in ("PER", "ORG", "LOC")]
        off = [f"{op:.3f}", f"{orr:.3f}", f"{of:.3f}"] if sc.roles else ["–", "–", "–"]
        rows.append(f"| {label} | {name} | {' | '.join(per)} | {p:.3f} | {r:.3f} | {f:.3f} | "
                    f"{' | '.join(off)} | {seconds[name] / max(n, 1):.3f} |")
    return rows


def report(scores) -> None:
    for name, sc in scores.items():
        print(f"== {name}")
        for kind in ("PER", "ORG", "LOC", None):
            p, r, f = sc.prf(kind)
            print(f"  {kind or 'micro':5s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        p, r, f = sc.officials()
        print(f"  officials P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"({sc.roles} roles, {sc.pairs} gold pairs)")


def check_seed(articles: Path) -> list[str]:
    """Problems with the seed article against its expected file (empty = all good)."""
    from ruarticle import extract

    text = (articles / f"{SEED}.txt").read_text(encoding="utf-8")
    expected = json.loads((articles / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    entities = extract(text).to_dict()["entities"]
    problems = []
    for want in expected["entities"]:
        problems += _check_entity(want, entities)
    for name in expected["not_entities_of_the_article"]:
        if any(name in (e["name"], *(m["text"] for m in e["mentions"])) for e in entities):
            problems.append(f"{name}: comes from the Recent Posts block")
    return problems


def _check_entity(want, entities) -> list[str]:
    name = want["name_normalised"]
    found = [e for e in entities if e["name"] == name and e["type"] == want["type"]]
    if not found:
        return [f"{name}: missing"]
    entity, problems = found[0], []
    texts = {m["text"] for m in entity["mentions"]}
    problems += [f"{name}: no mention {m!r}" for m in want["mentions_include"] if m not in texts]
    for key in ("kind", "country"):
        if key in want and entity[key] != want[key]:
            problems.append(f"{name}: {key} {entity[key]!r} != {want[key]!r}")
    for role in want.get("roles", []):
        if not any(_role_matches(role, r) for r in entity["roles"]):
            problems.append(f"{name}: no role {role}")
    return problems


def _role_matches(want, got) -> bool:
    return (got["title"] == want["title_normalised"] and got["country"] == want["country"]
            and got["text"] == want["title_text"]
            and got["organization"] == want.get("organization_normalised", got["organization"]))


def write_markdown(path: Path, body: str) -> None:
    """Replace (or add) the '## Entities' section, leaving other sections alone."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Quality\n"
    head, marker, rest = old.partition("\n## Entities\n")
    tail = ""
    if marker:
        nxt = rest.find("\n## ")
        tail = rest[nxt:] if nxt >= 0 else ""
    path.write_text(head.rstrip("\n") + "\n\n## Entities\n\n" + body.strip() + "\n" + tail,
                    encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", type=Path,
                        default=[shared_dir() / "corpora" / "nerel" / "dev"],
                        help="one or more BRAT folders (default: NEREL dev)")
    _paths.add_slice_arguments(parser)
    parser.add_argument("--no-natasha", action="store_true")
    parser.add_argument("--errors", type=Path, help="write ruarticle's FP/FN spans here")
    parser.add_argument("--markdown", type=Path, help="write the table into this file")
    parser.add_argument("--seed", type=Path, default=shared_dir() / "articles",
                        help="folder with the seed article and its expected file")
    args = parser.parse_args(argv)
    rows, sizes = list(HEADER), []
    for corpus in args.corpus:
        scores, seconds, n = run(corpus, args.limit, not args.no_natasha, args.errors,
                                 args.offset)
        print(f"### {corpus} ({n} texts)")
        report(scores)
        rows += table_rows(scores, seconds, n, f"{corpus.name} ({n})")
        sizes.append(f"`{corpus.name}` ({n} texts)")
    md = "\n".join(rows)
    print(md)
    problems = check_seed(args.seed) if (args.seed / f"{SEED}.txt").exists() else ["no seed"]
    print("seed article:", "OK" if not problems else "; ".join(problems))
    if args.markdown:
        write_markdown(args.markdown, _section(md, ", ".join(sizes), problems))
    return 0


def _section(md, corpora, problems) -> str:
    return (f"NEREL splits {corpora}, scored by "
            "`benchmarks/entities_nerel.py` with issue 3's rules (exact span + type; "
            "recall without gold spans nested in a same-type span; officials from "
            "WORKS_AS pairs: found when one PER entity has a mention overlapping the person "
            "and a role overlapping the profession; a role is right when some gold pair is "
            "found through it). natasha = Segmenter + NewsNERTagger on a Doc; it has no "
            "officials. s/text is wall time per text including the first model load.\n\n"
            + md + "\n\nWhat ruarticle adds to the NER model: country/city gazetteer "
            "(all cases, abbreviations, adjectives, both parts of compounds; a capitalised "
            "adjective joins a region: \"Центральная Азия\"), organisations "
            "named by common nouns and extended by a genitive country (\"МИД России\"), "
            "\"СМИ\" and social networks NEREL never tags dropped (Facebook stays: NEREL tags "
            "the company), names NER found repeated where it missed "
            "them, spans split at brackets, a Latin spelling in brackets joined to its person. "
            "Officials: posts from `posts.txt` and professions from `professions.txt` (plus "
            "any animate noun right before a name, except the person nouns NEREL never tags, "
            "`not_professions.txt`; both lists derived from NEREL train 0-499 by "
            "`benchmarks/derive_professions.py`) attached to the adjacent name, apposition, "
            "\"стал/работал X-ом\", \"занимавший пост X\", \"один из X-ов Имя\", lists "
            "(\"А, Б и других X-ов\"), chains of posts, and bare posts resolved to their holder. "
            "`benchmarks/officials_errors.py` sorts every missed pair and false role into "
            "buckets. The rules and word lists were developed on the train split (texts 0-499); "
            "train 500-745 was only scored, and dev only scored.\n\n"
            "Seed article check: "
            + ("all expected entities, roles and countries found; nothing from Recent Posts."
               if not problems else "; ".join(problems)) + "\n")


if __name__ == "__main__":
    sys.exit(main())
