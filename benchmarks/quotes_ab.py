"""`quotes.find` (or the whole `extract`) of the working tree against an earlier revision,
in one process.

    .venv/bin/python benchmarks/quotes_ab.py [CORPUS_DIR] [--against REV] [--rounds N]
                                             [--extract [--natasha]] [--limit N]

On a loaded machine two runs minutes apart are not comparable; here the package as it
stands at REV (default: HEAD) is unpacked beside the working tree under another name,
and the two take turns text by text (the order flipped every other pass), so a change
of load hits both alike. By default both time `quotes.find` on the same prepared inputs
(structure, sentences, entities of the working tree); with --extract each side runs its
own whole `extract`, and --natasha adds natasha's full pipeline (benchmarks/speed.py) as
a third turn, so each side's throughput ratio to it is measured at the same moments.
Every side runs once over the texts before the timed passes: word caches are warm for
them, so the ratios to natasha are higher than speed.py's (fresh caches); with --fresh
the warm-up is the first 5 texts only, as in speed.py, one pass is timed over the
others, and outputs are compared after it.
Prints each side's best and median CPU time (time.process_time) over the passes and
whether the two gave the same output on every text. The earlier revision reads its data
files from the working tree's package.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.machinery
import importlib.util
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402
from quotes_speed import prepared  # noqa: E402

from ruarticle import pipeline, quotes  # noqa: E402

BASE = "ruarticle_base"
NATASHA = "natasha full pipeline"
FRESH_WARM_UP = 5


def load_base(rev: str, into: Path, module: str):
    """``module`` of the package at ``rev``, imported as ``ruarticle_base.<module>``
    (the package's modules import each other relatively, so the copy is self-contained)."""
    archive = subprocess.run(["git", "archive", rev, "src/ruarticle"], cwd=_paths.REPO,
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = importlib.util.module_from_spec(importlib.machinery.ModuleSpec(BASE, None, is_package=True))
    package.__path__ = [str(into / "src" / "ruarticle")]  # its __init__ is not run
    sys.modules[BASE] = package
    return importlib.import_module(f"{BASE}.{module}")


def alternating_pass(sides: dict, items, flip: bool) -> dict[str, float]:
    """CPU time of each side over all texts, the sides taking turns text by text."""
    spent = dict.fromkeys(sides, 0.0)
    order = list(sides.items())[::-1] if flip else list(sides.items())
    for item in items:
        for name, run in order:
            start = time.process_time()
            run(*item)
            spent[name] += time.process_time() - start
    return spent


def same(a, b) -> bool:
    """Records of the two packages are different classes of the same shape: compare reprs."""
    return repr(a) == repr(b)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="folder of .txt files (default: NEREL dev)")
    ap.add_argument("--against", default="HEAD", help="git revision to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--limit", type=int, help="the first N texts only")
    ap.add_argument("--extract", action="store_true", help="time the whole extract")
    ap.add_argument("--natasha", action="store_true", help="with --extract: natasha takes turns too")
    ap.add_argument("--fresh", action="store_true", help="warm up on 5 texts, time the rest once")
    args = ap.parse_args(argv)
    folder = Path(args.corpus) if args.corpus else _paths.shared("corpora", "nerel", "dev")
    if args.extract:
        items = [(p.read_text(encoding="utf-8"),) for p in sorted(folder.glob("*.txt"))[:args.limit]]
    else:
        items = prepared(folder)[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        if args.extract:
            base = load_base(args.against, Path(tmp), "pipeline").extract
            sides = {args.against: base, "working tree": pipeline.extract}
        else:
            sides = {args.against: load_base(args.against, Path(tmp), "quotes").find,
                     "working tree": quotes.find}
        warm, items = (items[:FRESH_WARM_UP], items[FRESH_WARM_UP:]) if args.fresh else (items, items)
        compared = dict(sides)
        if args.extract and args.natasha:
            from speed import natasha_pipeline
            sides[NATASHA] = natasha_pipeline()[0]
        alternating_pass(sides, warm, False)
        times: dict[str, list[float]] = {name: [] for name in sides}
        for n in range(1 if args.fresh else args.rounds):
            for name, spent in alternating_pass(sides, items, n % 2 == 1).items():
                times[name].append(spent)
        outputs = {name: [run(*item) for item in items] for name, run in compared.items()}
    what = "extract" if args.extract else "quotes.find"
    for name, spent in times.items():
        print(f"{name:>21}: best {min(spent):.3f} s, median {statistics.median(spent):.3f} s CPU "
              f"over {len(spent)} passes of {len(items)} texts")
    old, new = outputs[args.against], outputs["working tree"]
    print(f"texts whose {what} output differs: {sum(not same(a, b) for a, b in zip(old, new))}")
    medians = {name: statistics.median(spent) for name, spent in times.items()}
    print(f"{what}, working tree / {args.against} (medians): "
          f"{medians['working tree'] / medians[args.against]:.3f}")
    if NATASHA in medians:
        for name in (args.against, "working tree"):
            print(f"throughput of {name} / natasha full pipeline (medians): "
                  f"{medians[NATASHA] / medians[name]:.2f}x")


if __name__ == "__main__":
    main()
