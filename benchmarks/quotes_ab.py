"""`quotes.find` of the working tree against an earlier revision, in one process.

    .venv/bin/python benchmarks/quotes_ab.py [CORPUS_DIR] [--against REV] [--rounds N]

On a loaded machine two runs minutes apart are not comparable; here the package as it
stands at REV (default: HEAD) is unpacked beside the working tree under another name,
both stages see the same prepared inputs (structure, sentences, entities of the working
tree), and the two take turns text by text, so a change of load hits both alike. Prints
each side's best and median CPU time (time.process_time) over the passes and whether
the two found the same quotes on every text. The earlier revision reads its data files
from the working tree's package.
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

from ruarticle import quotes  # noqa: E402

BASE = "ruarticle_base"


def load_base(rev: str, into: Path):
    """``quotes`` of the package at ``rev``, imported as ``ruarticle_base.quotes``
    (the package's modules import each other relatively, so the copy is self-contained)."""
    archive = subprocess.run(["git", "archive", rev, "src/ruarticle"], cwd=_paths.REPO,
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = importlib.util.module_from_spec(importlib.machinery.ModuleSpec(BASE, None, is_package=True))
    package.__path__ = [str(into / "src" / "ruarticle")]  # its __init__ is not run: only quotes is needed
    sys.modules[BASE] = package
    return importlib.import_module(f"{BASE}.quotes")


def one_pass(find, items) -> list:
    return [find(*item) for item in items]


def alternating_pass(sides: dict, items, flip: bool) -> dict[str, float]:
    """CPU time of each side over all texts, the sides taking turns text by text (the
    order flipped every other pass), so that both meet the same moments of load."""
    spent = dict.fromkeys(sides, 0.0)
    order = list(sides.items())[::-1] if flip else list(sides.items())
    for item in items:
        for name, find in order:
            start = time.process_time()
            find(*item)
            spent[name] += time.process_time() - start
    return spent


def same(a, b) -> bool:
    """Records of the two packages are different classes: compare their fields."""
    return repr(a).replace(BASE, "ruarticle") == repr(b)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="folder of .txt files (default: NEREL dev)")
    ap.add_argument("--against", default="HEAD", help="git revision to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    folder = Path(args.corpus) if args.corpus else _paths.shared("corpora", "nerel", "dev")
    items = prepared(folder)
    with tempfile.TemporaryDirectory() as tmp:
        base = load_base(args.against, Path(tmp))
        sides = {args.against: base.find, "working tree": quotes.find}
        times: dict[str, list[float]] = {name: [] for name in sides}
        outputs = {name: one_pass(find, items) for name, find in sides.items()}  # warm-up
        for n in range(args.rounds):
            for name, spent in alternating_pass(sides, items, n % 2 == 1).items():
                times[name].append(spent)
    for name, spent in times.items():
        print(f"{name:>14}: best {min(spent):.3f} s, median {statistics.median(spent):.3f} s CPU "
              f"over {args.rounds} passes of {len(items)} texts")
    old, new = outputs.values()
    differ = sum(not same(a, b) for a, b in zip(old, new))
    print(f"texts whose quotes differ: {differ}")
    ratio = statistics.median(times["working tree"]) / statistics.median(times[args.against])
    print(f"working tree / {args.against} (medians): {ratio:.3f}")


if __name__ == "__main__":
    main()
