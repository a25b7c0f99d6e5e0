"""Seconds the entities stage (``entities.find``) takes over a folder of articles.

    python benchmarks/entities_speed.py [CORPUS_DIR] [--rounds R]

Structure and sentences are prepared first and not timed; the first text is run once
before timing so the models are loaded. Round 1 starts with empty per-word caches
(as a fresh process would); later rounds show the warm speed. Prints seconds per round.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import shared  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=shared("corpora", "nerel", "dev"))
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    from ruarticle import entities, ner, structure
    from ruarticle.tokens import sentences, tokens

    prepared = []
    for path in sorted(args.corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        layout = structure.segment(text)
        prepared.append((text, layout.paragraphs, sentences(layout.paragraphs)))
    ner.spans(prepared[0][2][:1], tokens(prepared[0][2][:1]))  # load the models
    for round_ in range(1, args.rounds + 1):
        began = time.perf_counter()
        for text, paragraphs, found in prepared:
            entities.find(text, paragraphs, found)
        print(f"round {round_}: {time.perf_counter() - began:.2f} s for {len(prepared)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
