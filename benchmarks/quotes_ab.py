"""`quotes.find` (or the whole `extract`) of the working tree against an earlier revision,
in one process.

    .venv/bin/python benchmarks/quotes_ab.py [CORPUS_DIR] [--against REV] [--rounds N]
                                             [--extract [--natasha]] [--limit N]

On a loaded machine two runs minutes apart are not comparable; here the package as it
stands at REV (default: HEAD) and as it stands in the working tree are copied and
imported under other names, and the two take turns text by text (who goes first
changing from text to text and pass to pass), so a change of load hits both alike. By
default both time `quotes.find` on the same prepared inputs (structure, sentences,
entities of the installed package); with --extract each side runs its own whole
`extract`, and --natasha adds natasha's full pipeline (benchmarks/speed.py) as a third
turn, so each side's throughput ratio to it is measured at the same moments.
Every side runs once over the texts before the timed passes: word caches are warm for
them, so the ratios to natasha are higher than speed.py's (fresh caches); with --extract
--fresh the warm-up is the first 5 texts only, as in speed.py, one pass is timed over the
others, and outputs are compared after it. Prints each side's best and median CPU time
(time.process_time) and whether the two gave the same output on every text. Both read
their data files from the installed package.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.machinery
import importlib.util
import io
import shutil
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

BASE, NEW = "ruarticle_base", "ruarticle_new"
NATASHA = "natasha full pipeline"
FRESH_WARM_UP = 5


def load_copy(rev: str | None, into: Path, name: str, module: str):
    """``module`` of the package at ``rev`` (None: the working tree as it is), copied
    into ``into`` and imported as ``<name>.<module>``. Both sides are loaded this same way
    (the package's modules import each other relatively, so a copy is self-contained):
    the installed package, imported differently, ran ~10% slower than its own copy."""
    if rev is None:
        shutil.copytree(_paths.REPO / "src" / "ruarticle", into / "src" / "ruarticle")
    else:
        archive = subprocess.run(["git", "archive", rev, "src/ruarticle"], cwd=_paths.REPO,
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(into, filter="data")
    package = importlib.util.module_from_spec(importlib.machinery.ModuleSpec(name, None, is_package=True))
    package.__path__ = [str(into / "src" / "ruarticle")]  # its __init__ is not run
    sys.modules[name] = package
    return importlib.import_module(f"{name}.{module}")


def alternating_pass(sides: dict, items, flip: bool) -> dict[str, float]:
    """CPU time of each side over all texts, the sides taking turns text by text, who
    goes first changing from text to text (going second is not the same)."""
    spent = dict.fromkeys(sides, 0.0)
    order = list(sides.items())
    for n, item in enumerate(items):
        for name, run in (order[::-1] if (n % 2 == 1) != flip else order):
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
    if args.fresh and not args.extract:
        # two copies of identical code gave 0.75-0.78 here (1.02 with --extract): some
        # cache shared across the copies favours one side while the caches are cold
        ap.error("--fresh needs --extract")
    folder = Path(args.corpus) if args.corpus else _paths.shared("corpora", "nerel", "dev")
    if args.extract:
        items = [(p.read_text(encoding="utf-8"),) for p in sorted(folder.glob("*.txt"))[:args.limit]]
    else:
        items = prepared(folder)[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        module, function = ("pipeline", "extract") if args.extract else ("quotes", "find")
        sides = {args.against: getattr(load_copy(args.against, Path(tmp, "a"), BASE, module), function),
                 "working tree": getattr(load_copy(None, Path(tmp, "b"), NEW, module), function)}
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
