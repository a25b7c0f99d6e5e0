"""Time of `quotes.find` alone over a folder of texts (default: NEREL dev).

    .venv/bin/python benchmarks/quotes_speed.py [CORPUS_DIR] [--repeat N] [--profile]

Structure, sentences and entities are computed first, outside the timing; the
quotes stage then runs over every text once to warm the word caches, and the
best of N timed passes is printed (word-form caches stay warm, as in a long
running process), together with the count of quotes found. CPU time of this
process is measured (time.process_time), so other jobs on the machine disturb it less.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402

import importlib  # noqa: E402

from ruarticle import entities, quotes, structure  # noqa: E402

tokens = importlib.import_module("ruarticle.tokens")  # the package exports a function of that name


def prepared(folder: Path) -> list:
    items = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        layout = structure.segment(text, None)
        sentences = tokens.sentences(layout.paragraphs)
        people = entities.find(text, layout.paragraphs, sentences)
        items.append((text, layout.paragraphs, sentences, people))
    return items


def one_pass(items) -> tuple[float, int]:
    start = time.process_time()
    found = sum(len(quotes.find(*item)) for item in items)
    return time.process_time() - start, found


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="folder of .txt files (default: NEREL dev)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the top functions by time")
    args = ap.parse_args(argv)
    folder = Path(args.corpus) if args.corpus else _paths.shared("corpora", "nerel", "dev")
    items = prepared(folder)
    one_pass(items)  # warm the word caches
    if args.profile:
        import cProfile
        import pstats
        cProfile.runctx("one_pass(items)", globals(), {"items": items, "one_pass": one_pass}, "/tmp/qprof")
        pstats.Stats("/tmp/qprof").sort_stats("cumulative").print_stats(30)
    best, found = min(one_pass(items) for _ in range(args.repeat))
    print(f"{len(items)} texts, {found} quotes, quotes.find best of {args.repeat}: {best:.3f} s CPU")


if __name__ == "__main__":
    main()
