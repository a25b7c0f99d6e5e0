"""Person names that never occur in their article: a proxy for wrong normalisation.

No gold nominatives exist, so for every PER entity with at least two mentions in a
BRAT corpus (NEREL dev by default) the entity's ``name`` is looked up in the article
text (case-insensitive, ё = е). A nominative made by stripping a wrong ending
("Нор Донд" for "Нора Донда") usually occurs nowhere; a right one usually does.
Names that legitimately differ from every written form (a nominative never written)
are counted too, so the number is an upper bound on errors: compare before/after.

Usage: .venv/bin/python benchmarks/names_bench.py [CORPUS_DIR] [--limit N] [--list]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import ruarticle

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import _paths  # noqa: E402


def _plain(text: str) -> str:
    return text.lower().replace("ё", "е")


def unseen_names(text: str) -> tuple[int, list[str]]:
    """(PER entities with 2+ mentions, their names that do not occur in the text)."""
    article = ruarticle.extract(text)
    plain = _plain(text)
    people = [e for e in article.entities if e.type == "PER" and len(e.mentions) > 1]
    return len(people), [e.name for e in people if _plain(e.name) not in plain]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(_paths.shared("corpora/nerel/dev")))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--list", action="store_true", help="print every unseen name")
    args = parser.parse_args()
    files = sorted(Path(args.corpus).glob("*.txt"))
    files = files[:args.limit] if args.limit else files
    total, unseen = 0, 0
    for path in files:
        people, missing = unseen_names(path.read_text(encoding="utf-8"))
        total += people
        unseen += len(missing)
        if args.list:
            for name in missing:
                print(f"{path.stem}\t{name}")
    print(f"texts {len(files)}  persons with 2+ mentions {total}  "
          f"names not in text {unseen} ({unseen / max(total, 1):.1%})")


if __name__ == "__main__":
    main()
