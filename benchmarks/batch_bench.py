"""Throughput of extract_many on a folder of texts: sequential against worker processes,
and the check that both give the same records.

    python benchmarks/batch_bench.py [--corpus DIR] [--pattern GLOB] [--jobs 1 2] [--repeat N]

Times include starting the pool (each worker loads the models once); the first sequential
run is preceded by one warm-up extract so it does not pay the loading either.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import shared  # noqa: E402

import ruarticle  # noqa: E402
from ruarticle.batch import _warm_up  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=shared("corpora", "nerel", "dev"))
    parser.add_argument("--pattern", default="*_text.txt")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="pass over the texts N times")
    args = parser.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(args.corpus.glob(args.pattern))] * args.repeat
    print(f"{len(texts)} texts, {sum(map(len, texts)) / 1000:.0f}k characters from {args.corpus}")
    _warm_up()
    reference = None
    for jobs in args.jobs:
        started = time.perf_counter()
        articles = list(ruarticle.extract_many(texts, n_jobs=jobs))
        seconds = time.perf_counter() - started
        reference = reference or articles
        print(f"n_jobs={jobs}: {seconds:.2f} s, {len(texts) / seconds:.1f} articles/s, "
              f"same records as n_jobs={args.jobs[0]}: {articles == reference}")


if __name__ == "__main__":
    main()
