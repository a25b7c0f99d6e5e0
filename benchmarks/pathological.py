"""Hostile inputs must take time proportional to their size.

    python benchmarks/pathological.py [--scale 1.0] [--repeat 3] [--only WORD ...]

Each input is built at half and at full size. A timing is the mean of as many calls as fill
``MIN_SECONDS`` (so inputs handled in microseconds are timed too), taken ``--repeat`` times,
half and full size alternating so the machine's load falls on both; the best of the repeats
counts. "ratio" is full size over half size: 2 is linear, 4 quadratic. "GC" is the share of
the full-size time spent in Python's cyclic garbage collector, and the last column the
ratio with that time left out. Paste the table into docs/performance.md.
"""
from __future__ import annotations

import argparse
import gc
import time

import ruarticle

SENTENCE = "Премьер-министр РК Алихан Смаилов заявил, что товарооборот вырос на 14%. "
MIN_SECONDS = 0.2


def inputs(scale: float) -> dict[str, callable]:
    n = lambda base: max(1, int(base * scale))  # noqa: E731
    return {
        "1 MB without a newline": lambda f: SENTENCE * n(f * 1_000_000 // len(SENTENCE)),
        "100,000 words without punctuation": lambda f: "слово " * n(f * 100_000),
        "100,000 newlines": lambda f: "\n" * n(f * 100_000),
        "100,000 newlines between words": lambda f: "Да\n" * n(f * 100_000),
        "10,000 «": lambda f: "«" * n(f * 10_000),
        "10,000-digit number": lambda f: "Сумма " + "7" * n(f * 10_000) + " рублей.",
        '"— " repeated 20,000 times': lambda f: "— " * n(f * 20_000),
        "HTML with tags and entities": lambda f: (
            "<p>Глава МИД &laquo;России&raquo;&nbsp;Сергей Лавров заявил: &quot;Да&quot;.</p>\n"
            * n(f * 5_000)),
        "a quote opened and never closed": lambda f: "Он сказал: «" + SENTENCE * n(f * 2_000),
        "one paragraph of 5,000 short lines": lambda f: "Да,\nсказал он.\n" * n(f * 5_000),
    }


class _Collector:
    """Seconds spent in the cyclic garbage collector while it is installed."""

    def __init__(self):
        self.seconds, self._started = 0.0, 0.0

    def __call__(self, phase, info):
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started


def timed(text: str, collector: _Collector) -> tuple[float, float]:
    """(seconds per call, GC seconds per call), over enough calls to fill MIN_SECONDS."""
    gc.collect()
    collector.seconds, calls = 0.0, 0
    start = time.perf_counter()
    while True:
        ruarticle.extract(text)
        calls += 1
        spent = time.perf_counter() - start
        if spent >= MIN_SECONDS:
            return spent / calls, collector.seconds / calls


def measure(half: str, full: str, repeat: int, collector: _Collector):
    best_half = best_full = (float("inf"), 0.0)
    for _ in range(repeat):
        best_half = min(best_half, timed(half, collector))
        best_full = min(best_full, timed(full, collector))
    return best_half, best_full


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=(), help="inputs whose name has a word")
    args = parser.parse_args()
    ruarticle.extract(SENTENCE)  # load models before timing
    collector = _Collector()
    gc.callbacks.append(collector)
    print("| input | characters | half size, s | full size, s | ratio | GC at full size "
          "| ratio without GC |\n|---|---|---|---|---|---|---|")
    for name, build in inputs(args.scale).items():
        if args.only and not any(word in name for word in args.only):
            continue
        half, full = build(0.5), build(1.0)
        (t_half, gc_half), (t_full, gc_full) = measure(half, full, args.repeat, collector)
        print(f"| {name} | {len(full):,} | {_seconds(t_half)} | {_seconds(t_full)} | "
              f"{t_full / t_half:.2f} | {gc_full / t_full:.0%} | "
              f"{(t_full - gc_full) / (t_half - gc_half):.2f} |", flush=True)


def _seconds(value: float) -> str:
    return f"{value:.2f}" if value >= 0.1 else f"{value:.5f}"


if __name__ == "__main__":
    main()
