"""Check article structure against the seed article's expectations, and count the
paragraph kinds found on a corpus of clean news texts (where any category, byline
or boilerplate found is a false structure).

    python benchmarks/structure_bench.py [--seed PATH.txt] [--corpus DIR ...]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import shared  # noqa: E402

import ruarticle  # noqa: E402

SEED = shared("articles", "000_fd7d1c000fd4ba2b.txt")
CORPORA = (shared("corpora", "nerel", "dev"), shared("corpora", "factrueval", "devset"))


def check_seed(path: Path) -> list[tuple[str, bool]]:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))["structure"]
    article = ruarticle.extract(path.read_text("utf-8"))
    by_kind = collections.defaultdict(list)
    for p in article.paragraphs:
        by_kind[p.kind].append(p.text)
    content = [p for p in article.paragraphs if p.kind not in ("boilerplate", "byline")]
    boiler = by_kind["boilerplate"]
    return [
        ("category", article.meta.category == expected["category"]),
        ("title", article.meta.title == expected["title"]),
        ("byline", article.meta.byline == expected["byline"]),
        ("lead", by_kind["lead"][0].startswith(expected["body_first_paragraph_starts"])),
        ("last content paragraph", content[-1].text == expected["body_last_paragraph"]),
        ("block quotes", len(by_kind["quote"]) == len(expected["block_quote_paragraphs_start"])
         and all(t.startswith(s) for t, s in zip(by_kind["quote"],
                                                  expected["block_quote_paragraphs_start"]))),
        ("attributions", by_kind["attribution"] == expected["attribution_paragraphs"]),
        ("boilerplate", bool(boiler) and boiler[0] == expected["boilerplate_starts"]
         and article.paragraphs[-1].kind == "boilerplate"),
        ("related", [(r.headline, r.age) for r in article.related]
         == [(r["headline"], r["age"]) for r in expected["related_posts"]]),
    ]


def count_kinds(folders) -> collections.Counter:
    counts = collections.Counter()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            article = ruarticle.extract(path.read_text("utf-8"))
            counts["articles"] += 1
            counts.update(p.kind for p in article.paragraphs)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--corpus", type=Path, nargs="*", default=list(CORPORA))
    args = parser.parse_args()
    results = check_seed(args.seed)
    for name, ok in results:
        print(f"seed {name:<24} {'ok' if ok else 'FAIL'}")
    print(f"seed expectations met: {sum(ok for _, ok in results)}/{len(results)}")
    counts = count_kinds(args.corpus)
    print("paragraph kinds on", ", ".join(str(c) for c in args.corpus))
    for kind, n in counts.most_common():
        print(f"  {kind:<12} {n}")


if __name__ == "__main__":
    main()
