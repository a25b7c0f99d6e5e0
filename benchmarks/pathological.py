"""Hostile inputs must take time proportional to their size.

    python benchmarks/pathological.py [--scale 1.0]

Each input is built at half and at full size; the report shows both times and their ratio
(about 2 means linear; 4 would mean quadratic). Paste the table into docs/performance.md.
"""
from __future__ import annotations

import argparse
import time

import ruarticle

SENTENCE = "Премьер-министр РК Алихан Смаилов заявил, что товарооборот вырос на 14%. "


def inputs(scale: float) -> dict[str, callable]:
    n = lambda base: max(1, int(base * scale))  # noqa: E731
    return {
        "1 MB without a newline": lambda f: SENTENCE * n(f * 1_000_000 // len(SENTENCE)),
        "100,000 newlines": lambda f: "\n" * n(f * 100_000),
        "10,000 «": lambda f: "«" * n(f * 10_000),
        "10,000-digit number": lambda f: "Сумма " + "7" * n(f * 10_000) + " рублей.",
        '"— " repeated 20,000 times': lambda f: "— " * n(f * 20_000),
        "HTML with tags and entities": lambda f: (
            "<p>Глава МИД &laquo;России&raquo;&nbsp;Сергей Лавров заявил: &quot;Да&quot;.</p>\n"
            * n(f * 5_000)),
        "a quote opened and never closed": lambda f: "Он сказал: «" + SENTENCE * n(f * 2_000),
        "one paragraph of 5,000 short lines": lambda f: "Да,\nсказал он.\n" * n(f * 5_000),
    }


def timed(text: str) -> float:
    start = time.perf_counter()
    ruarticle.extract(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    ruarticle.extract(SENTENCE)  # load models before timing
    print("| input | characters | half size, s | full size, s | ratio |\n|---|---|---|---|---|")
    for name, build in inputs(args.scale).items():
        half, full = build(0.5), build(1.0)
        t_half, t_full = timed(half), timed(full)
        print(f"| {name} | {len(full):,} | {t_half:.2f} | {t_full:.2f} | "
              f"{t_full / max(t_half, 1e-6):.1f} |")


if __name__ == "__main__":
    main()
