"""Quality of the numbers stage against hand-annotated figures, NEREL's MONEY/PERCENT/DATE
spans and the seed article; natasha's Money/Dates extractors scored the same way.

    .venv/bin/python benchmarks/numbers_bench.py [--shared PATH] [--no-natasha] [--write-docs]

Gold: <shared>/gold/numbers_dev.jsonl and benchmarks/gold/numbers_*.jsonl (documents are read
from <shared>/corpora). A predicted figure is detected when it overlaps a gold one (one to one);
its record is right when kind, value and unit are right.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import _paths  # noqa: E402
NEREL_TYPES = {"MONEY": {"money"}, "PERCENT": {"percent"}, "DATE": {"date", "year", "period"}}
SEED = "articles/000_fd7d1c000fd4ba2b"


@dataclass
class Fig:
    start: int
    end: int
    kind: str
    value: object
    unit: object
    qualifier: object = None
    change: object = None


def default_shared() -> Path:
    return _paths.shared()


def document(shared: Path, doc: str) -> str:
    return _paths.document_path(shared, doc).read_text(encoding="utf-8")


def gold_files(shared: Path) -> list[Path]:
    own = (REPO / "benchmarks/gold").glob("numbers_*.jsonl")
    return [shared / "gold/numbers_dev.jsonl"] + sorted(own, key=_natural)


def _natural(path: Path) -> list:
    """numbers_own_2 before numbers_own_10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.stem)]


def locate(text: str, items: list[dict]) -> list[Fig]:
    """Gold figures with spans: each text found in order of appearance; a repeated text
    right after itself (a range's second value) shares the span."""
    figs, cursor, used = [], 0, set()
    for n, item in enumerate(items):
        if n and item["text"] == items[n - 1]["text"] and figs and item["value"] != items[n - 1]["value"]:
            start = figs[-1].start
        else:
            start = _find(text, item["text"], cursor, used)
        if start < 0:
            print(f"  ! gold text not found: {item['text']!r}", file=sys.stderr)
            continue
        used.add(start)
        cursor = start + len(item["text"])
        figs.append(Fig(start, cursor, item["kind"], item["value"], item["unit"],
                        item.get("qualifier"), item.get("change")))
    return figs


def _find(text: str, needle: str, cursor: int, used: set) -> int:
    """The first free occurrence at or after ``cursor`` (else anywhere) that is not part
    of a longer word or number ("5" is not found inside "205.1")."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    free = [s for s in starts if s not in used and _whole(text, s, s + len(needle))]
    after = [s for s in free if s >= cursor]
    return (after or free or [-1])[0]


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def same_value(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= max(0.011, 1e-6 * abs(float(b)))


def record_ok(p: Fig, g: Fig) -> bool:
    return p.kind == g.kind and same_value(p.value, g.value) and p.unit == g.unit


def match(pred: list[Fig], gold: list[Fig]) -> list[tuple[Fig, Fig]]:
    """One-to-one overlap matching, preferring pairs whose records agree."""
    pairs, taken = [], set()
    for g in gold:
        options = [(not record_ok(p, g), abs(p.start - g.start), i) for i, p in enumerate(pred)
                   if i not in taken and p.start < g.end and g.start < p.end]
        if options:
            i = min(options)[2]
            taken.add(i)
            pairs.append((pred[i], g))
    return pairs


class Score:
    def __init__(self):
        self.pred = self.gold = self.found = self.right = 0
        self.qual = [0, 0, 0, 0]  # right, total, right among gold non-null, gold non-null
        self.change = [0, 0, 0, 0]

    def add(self, pred: list[Fig], gold: list[Fig]) -> None:
        pairs = match(pred, gold)
        self.pred += len(pred)
        self.gold += len(gold)
        self.found += len(pairs)
        self.right += sum(record_ok(p, g) for p, g in pairs)
        for p, g in pairs:
            for field, acc in (("qualifier", self.qual), ("change", self.change)):
                ok = getattr(p, field) == getattr(g, field)
                acc[0] += ok
                acc[1] += 1
                if getattr(g, field) is not None:
                    acc[2] += ok
                    acc[3] += 1

    @staticmethod
    def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def detection(self):
        return self.prf(self.found, self.pred, self.gold)

    def record(self):
        return self.prf(self.right, self.pred, self.gold)


# --- predictions ---------------------------------------------------------------------

def ours(text: str) -> list[Fig]:
    from ruarticle import extract
    return [Fig(n.start, n.end, n.kind, n.value, n.unit, n.qualifier, n.change)
            for n in extract(text).numbers]


class Natasha:
    """natasha's MoneyExtractor and DatesExtractor on a pymorphy3 analyzer (never MorphVocab)."""

    def __init__(self):
        import pymorphy3
        from natasha import DatesExtractor, MoneyExtractor
        morph = pymorphy3.MorphAnalyzer()
        self.money, self.dates = MoneyExtractor(morph), DatesExtractor(morph)

    def __call__(self, text: str) -> list[Fig]:
        figs = []
        for m in self.money(text):
            figs.append(Fig(m.start, m.stop, "money", m.fact.amount, m.fact.currency))
        for m in self.dates(text):
            f = m.fact
            if f.month is None and f.day is None and f.year is not None:
                figs.append(Fig(m.start, m.stop, "year", f.year, None))
            else:
                value = f"{f.year or 'XXXX'}-{f.month or 0:02d}-{f.day or 0:02d}".replace("-00", "-XX")
                figs.append(Fig(m.start, m.stop, "date", value, None))
        return sorted(figs, key=lambda f: f.start)


def nerel_spans(ann: Path) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {t: [] for t in NEREL_TYPES}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, _, where = parts[1].partition(" ")
        if label in spans:
            pieces = [tuple(map(int, p.split())) for p in where.split(";")]
            spans[label].append((pieces[0][0], pieces[-1][1]))
    return spans


def nerel_scores(folder: Path, predict) -> dict[str, tuple[float, float, float]]:
    counts = {t: [0, 0, 0, 0] for t in NEREL_TYPES}  # pred, pred matched, gold, gold matched
    for ann in sorted(folder.glob("*.ann")):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        figs = predict(text)
        for label, gold in nerel_spans(ann).items():
            pred = [(f.start, f.end) for f in figs if f.kind in NEREL_TYPES[label]]
            c = counts[label]
            c[0] += len(pred)
            c[1] += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in pred)
            c[2] += len(gold)
            c[3] += sum(any(s < ge and gs < e for s, e in pred) for gs, ge in gold)
    out = {}
    for label, (np_, mp, ng, mg) in counts.items():
        p, r = (mp / np_ if np_ else 0.0), (mg / ng if ng else 0.0)
        out[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


# --- seed article ------------------------------------------------------------------------

def seed_check(shared: Path) -> tuple[int, int, list[str]]:
    from ruarticle import extract
    text = (shared / f"{SEED}.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / f"{SEED}.expected.json").read_text(encoding="utf-8"))["numbers"]
    got = [n for n in extract(text).numbers]
    ok, problems, cursor = 0, [], 0
    for item in expected:
        start = text.find(item["text"], cursor)
        cursor = start + 1
        hits = [n for n in got if n.start < start + len(item["text"]) and start < n.end]
        fields = {k: v for k, v in item.items() if k not in ("text", "note")}
        good = [n for n in hits if all(_field_ok(getattr(n, k), v) for k, v in fields.items())]
        if good:
            ok += 1
        else:
            problems.append(f"{item['text']!r}: got {[(n.text, n.kind, n.value, n.unit, n.subject, n.year) for n in hits]}")
    return ok, len(expected), problems


def _field_ok(got, want) -> bool:
    return same_value(got, want) if isinstance(want, (int, float)) and not isinstance(want, bool) else got == want


# --- report ----------------------------------------------------------------------------

def evaluate(shared: Path, predict, verbose: bool = False) -> dict[str, Score]:
    scores = {}
    for path in gold_files(shared):
        score = Score()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            text = document(shared, doc["doc"])
            gold = locate(text, doc["numbers"])
            pred = predict(text)
            score.add(pred, gold)
            if verbose:
                _show_errors(doc["doc"], text, pred, gold)
        scores[path.name] = score
    return scores


def _show_errors(doc: str, text: str, pred: list[Fig], gold: list[Fig]) -> None:
    pairs = match(pred, gold)
    mp = {id(p) for p, _ in pairs}
    mg = {id(g) for _, g in pairs}
    for g in gold:
        if id(g) not in mg:
            print(f"[{doc}] MISSED {text[g.start:g.end]!r} {g.kind} {g.value} {g.unit}")
    for p in pred:
        if id(p) not in mp:
            print(f"[{doc}] EXTRA  {text[p.start:p.end]!r} {p.kind} {p.value} {p.unit}")
    for p, g in pairs:
        if not record_ok(p, g) or p.qualifier != g.qualifier or p.change != g.change:
            print(f"[{doc}] DIFF   {text[p.start:p.end]!r} pred=({p.kind},{p.value},{p.unit},{p.qualifier},"
                  f"{p.change}) gold=({g.kind},{g.value},{g.unit},{g.qualifier},{g.change}) "
                  f"gold_text={text[g.start:g.end]!r}")


def _pct(x: float) -> str:
    return f"{x:.3f}"


def table_rows(name: str, scores: dict[str, Score]) -> list[str]:
    rows = []
    total = Score()
    for label, s in scores.items():
        for f in ("pred", "gold", "found", "right"):
            setattr(total, f, getattr(total, f) + getattr(s, f))
        for a, b in ((total.qual, s.qual), (total.change, s.change)):
            for k in range(4):
                a[k] += b[k]
    for label, s in list(scores.items()) + [("all", total)]:
        d, r = s.detection(), s.record()
        q = f"{s.qual[0] / s.qual[1]:.3f} ({s.qual[2]}/{s.qual[3]})" if s.qual[1] else "–"
        c = f"{s.change[0] / s.change[1]:.3f} ({s.change[2]}/{s.change[3]})" if s.change[1] else "–"
        rows.append(f"| {name} | {label} | {s.gold} | {s.pred} | {_pct(d[0])} / {_pct(d[1])} / {_pct(d[2])} | "
                    f"{_pct(r[0])} / {_pct(r[1])} / {_pct(r[2])} | {q} | {c} |")
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--no-natasha", action="store_true")
    parser.add_argument("--no-nerel", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print every miss, extra and mismatch")
    parser.add_argument("--write-docs", action="store_true", help="update docs/quality.md")
    args = parser.parse_args(argv)
    shared = args.shared

    systems = [("ruarticle", ours)]
    if not args.no_natasha:
        systems.append(("natasha", Natasha()))
    lines = ["| system | gold set | gold | predicted | detection P / R / F1 | record P / R / F1 | "
             "qualifier acc. (right/gold non-null) | change acc. (right/gold non-null) |",
             "|---|---|---|---|---|---|---|---|"]
    for name, predict in systems:
        lines += table_rows(name, evaluate(shared, predict, args.verbose and name == "ruarticle"))
    nerel = ["| system | type | P | R | F1 |", "|---|---|---|---|---|"]
    if not args.no_nerel:
        for name, predict in systems:
            for label, (p, r, f) in nerel_scores(shared / "corpora/nerel/dev", predict).items():
                nerel.append(f"| {name} | {label} | {_pct(p)} | {_pct(r)} | {_pct(f)} |")
    ok, total, problems = seed_check(shared)
    report = "\n".join(lines) + "\n\nNEREL dev, span overlap (DATE ↔ date/year/period):\n\n" + "\n".join(nerel) \
        + f"\n\nSeed article: {ok}/{total} expected figures with every given field right.\n"
    print(report)
    for problem in problems:
        print("  seed:", problem)
    if args.write_docs:
        write_docs(report)


def write_docs(report: str) -> None:
    path = REPO / "docs/quality.md"
    path.parent.mkdir(exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else "# Quality\n"
    section = ("## Numbers\n\nMeasured by `benchmarks/numbers_bench.py --write-docs` on the development gold "
               "(`gold/numbers_dev.jsonl` from shared, and this repository's `benchmarks/gold/numbers_*.jsonl`). "
               "Detection: a predicted figure overlaps a gold one (one to one). Record: kind, value and unit "
               "all right. Qualifier/change accuracy is over detected figures; in brackets, how many of the "
               "gold figures that have one were right.\n\n" + report)
    notes = REPO / "benchmarks/numbers_notes.md"
    if notes.exists():
        section += "\n" + notes.read_text(encoding="utf-8")
    pattern = re.compile(r"## Numbers\n.*?(?=\n## |\Z)", re.S)
    new = pattern.sub(lambda _: section.rstrip() + "\n", old) if pattern.search(old) else old.rstrip() + "\n\n" + section
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
