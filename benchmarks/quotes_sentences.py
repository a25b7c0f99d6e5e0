"""Quotes in single sentences: each sentence is given alone to `ruarticle.extract`.

    .venv/bin/python benchmarks/quotes_sentences.py PATH.jsonl [--show]

The gold has one line per sentence:
``{"id", "sentence", "quotes": [{"kind", "text", "speaker_text", "speaker_name", "cue"}]}``
(an empty list when the sentence holds no quote). Printed:
- sentence-level P / R / F1: a sentence is positive when it has at least one quote;
- token-level P / R / F1 of content, source (the speaker span) and cue: razdel tokens
  of the sentence covered by a gold span against those covered by a predicted one,
  micro-averaged over all sentences (a token counts once however many quotes cover it).
``--show`` lists the sentences where detection disagrees.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from razdel import tokenize as razdel_tokens

import ruarticle

FIELDS = ("content", "source", "cue")


def gold_spans(sentence: str, quotes: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """Character spans of every annotated string (searched from the quote's content on)."""
    spans = {f: [] for f in FIELDS}
    for q in quotes:
        at = sentence.find(q["text"]) if q.get("text") else -1
        if at >= 0:
            spans["content"].append((at, at + len(q["text"])))
        for field, key in (("source", "speaker_text"), ("cue", "cue")):
            if q.get(key):
                k = sentence.find(q[key])
                if k >= 0:
                    spans[field].append((k, k + len(q[key])))
    return spans


def predicted_spans(article) -> dict[str, list[tuple[int, int]]]:
    spans = {f: [] for f in FIELDS}
    for q in article.quotes:
        spans["content"].append((q.start, q.end))
        if q.speaker is not None:
            spans["source"].append((q.speaker.start, q.speaker.end))
        if q.cue is not None:
            spans["cue"].append((q.cue.start, q.cue.end))
    return spans


def covered(tokens: list[tuple[int, int]], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens lying inside any of the spans."""
    return {n for n, (a, b) in enumerate(tokens) if any(s <= a and b <= e for s, e in spans)}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(path: Path, show: bool = False) -> Counter:
    c = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        sentence = item["sentence"]
        article = ruarticle.extract(sentence)
        gold, pred = gold_spans(sentence, item["quotes"]), predicted_spans(article)
        g, p = bool(item["quotes"]), bool(article.quotes)
        c["s_tp"] += g and p
        c["s_fp"] += p and not g
        c["s_fn"] += g and not p
        c["sentences"] += 1
        if show and g != p:
            print(("MISS " if g else "FP   ") + f"{item['id']}: {sentence}")
        tokens = [(t.start, t.stop) for t in razdel_tokens(sentence)]
        for field in FIELDS:
            gt, pt = covered(tokens, gold[field]), covered(tokens, pred[field])
            c[field + "_tp"] += len(gt & pt)
            c[field + "_fp"] += len(pt - gt)
            c[field + "_fn"] += len(gt - pt)
    return c


def report(c: Counter) -> list[str]:
    rows = ["| measure | P | R | F1 |", "|---|---|---|---|"]
    for name, key in [("sentence detection", "s")] + [(f"{f} tokens", f) for f in FIELDS]:
        p, r, f = prf(c[key + "_tp"], c[key + "_fp"], c[key + "_fn"])
        rows.append(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="sentences .jsonl")
    ap.add_argument("--show", action="store_true", help="list sentences where detection disagrees")
    args = ap.parse_args(argv)
    c = evaluate(Path(args.gold), args.show)
    print(f"{c['sentences']} sentences")
    print("\n".join(report(c)))


if __name__ == "__main__":
    main()
