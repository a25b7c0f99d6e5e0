"""Speech-verb coverage probed by construction: short sentences written for the purpose,
each marked with the quote it should give or with none.

    .venv/bin/python benchmarks/quotes_probe.py [PATH] [--show]

The probe file (default benchmarks/gold/probe/speech_verbs.txt) has one sentence a line:
``+ SENTENCE => CONTENT`` (a quote with that content expected, or with one of the
alternatives ``A | B`` where conventions differ; ``=> ~`` checks only that a quote is found) or ``- SENTENCE`` (no quote expected); ``#`` lines are comments.
Each sentence is given alone to ``ruarticle.extract``. Printed: expected and found with
the right content, expected and found with another extent, expected and missed, and
quotes found where none was expected; ``--show`` lists every sentence that is not right.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import ruarticle

DEFAULT = Path(__file__).resolve().parent / "gold" / "probe" / "speech_verbs.txt"
ANY = "~"


def read_probe(path: Path) -> list[tuple[bool, str, str | None]]:
    """(expected, sentence, content or None) for every probe line."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sign, rest = line[0], line[1:].strip()
        if sign == "+":
            sentence, _, content = rest.partition("=>")
            items.append((True, sentence.strip(), content.strip() or ANY))
        elif sign == "-":
            items.append((False, rest, None))
    return items


def verdict(expected: bool, content: str | None, found: list[str]) -> str:
    if not expected:
        return "unexpected" if found else "right"
    if not found:
        return "missed"
    if content == ANY or any(f.strip(" .") in content.split(" | ") for f in found):
        return "right"
    return "extent"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="list every sentence that is not right")
    args = parser.parse_args()
    counts, wrong = Counter(), []
    for expected, sentence, content in read_probe(args.path):
        quotes = ruarticle.extract(sentence).quotes
        found = [q.text for q in quotes]
        v = verdict(expected, content, found)
        counts[("+" if expected else "-", v)] += 1
        if v != "right":
            shown = "; ".join(f"{q.text!r} [{q.cue.text if q.cue else None}]" for q in quotes)
            wrong.append(f"{v:10} {sentence}\n{'':11}expected {content!r}, got {shown or 'nothing'}")
    positives = sum(n for (sign, _), n in counts.items() if sign == "+")
    negatives = sum(n for (sign, _), n in counts.items() if sign == "-")
    print(f"expected quotes: {positives}; right {counts['+', 'right']}, other extent {counts['+', 'extent']}, "
          f"missed {counts['+', 'missed']}")
    print(f"no quote expected: {negatives}; right {counts['-', 'right']}, unexpected quote {counts['-', 'unexpected']}")
    if args.show:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
