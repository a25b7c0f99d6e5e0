"""List the quotes a gold file and the extractor disagree on, grouped by kind of error.

    .venv/bin/python benchmarks/quotes_errors.py GOLD.jsonl [...] [--corpus DIR] [--only attribution|missed|extra]

Attribution errors are matched quotes (Jaccard >= 0.5) whose speaker names differ, labelled
gold_null (we name someone, the annotator nobody), pred_null (the reverse; "/nospeaker" when we
found no speaker mention at all) or mismatch. Missed and extra quotes are listed with their text.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_bench as qb  # noqa: E402


def _attribution(gold: dict, pred) -> str | None:
    name = pred.speaker.name if pred.speaker else None
    if qb.same_speaker(gold.get("speaker_name"), name):
        return None
    label = ("gold_null" if gold.get("speaker_name") is None
             else "pred_null" if name is None else "mismatch")
    return label + ("/nospeaker" if pred.speaker is None else "")


def _speaker(pred) -> str:
    s = pred.speaker
    return f"{s.text!r} -> {s.name!r} ({s.entity})" if s else "None"


def errors(shared: Path, path: Path, only: str | None):
    given = list(qb.CORPORA)
    qb.CORPORA[:0] = qb.texts_of(path)  # a styled gold file's own folder of articles
    try:
        yield from _errors(shared, path, only)
    finally:
        qb.CORPORA[:] = given


def _errors(shared: Path, path: Path, only: str | None):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = qb.document(shared, item["doc"])
        gold = qb.locate(text, item["quotes"])
        _, pred = qb.predict(shared, item["doc"], text, False)
        pairs = qb.match(gold, pred)
        if only in (None, "attribution"):
            for gi, pi in pairs:
                g, p = gold[gi][2], pred[pi]
                label = _attribution(g, p)
                if label:
                    yield label, (f"{item['doc']}: {g['text'][:80]!r}\n"
                                  f"    gold {g.get('speaker_text')!r} -> {g.get('speaker_name')!r}\n"
                                  f"    ours {_speaker(p)}")
        if only in (None, "missed"):
            hit = {gi for gi, _ in pairs}
            for gi, g in enumerate(gold):
                if gi not in hit:
                    q = g[2]
                    yield "missed/" + q["kind"], f"{item['doc']}: {q['text'][:100]!r} cue={q.get('cue')!r}"
        if only in (None, "extra"):
            hit = {pi for _, pi in pairs}
            for pi, p in enumerate(pred):
                if pi not in hit:
                    yield "extra/" + p.kind, f"{item['doc']}: {p.text[:100]!r} cue={p.cue.text if p.cue else None!r}"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", help="gold .jsonl files")
    ap.add_argument("--shared", help="the shared folder (default: <repo>/../shared or /work/shared)")
    ap.add_argument("--corpus", action="append", default=[], help="a folder of <doc>.txt files")
    ap.add_argument("--only", choices=("attribution", "missed", "extra"))
    args = ap.parse_args(argv)
    shared = qb.shared_dir(args.shared)
    qb.CORPORA[:] = [Path(c) for c in args.corpus]
    counts = Counter()
    for path in map(Path, args.gold):
        for label, line in errors(shared, path, args.only):
            counts[label] += 1
            print(f"[{label}] {line}")
    print("\n" + ", ".join(f"{k}: {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
