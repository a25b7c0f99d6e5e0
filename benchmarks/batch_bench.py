"""Throughput of extract_many on a realistic batch: one process against worker processes,
and the check that both give the same records.

    python benchmarks/batch_bench.py [CORPUS_DIR] [--pattern GLOB] [--copies 3] [--rounds 3]
                                     [--jobs 1 2] [--quiet SECONDS]

The batch is the folder repeated ``--copies`` times (NEREL dev x 3: 282 articles). The parent
extracts the batch once untimed (models loaded, caches primed, as in a long-running job), then
the runs alternate, ``--rounds`` times, so the machine's load falls on all alike; the median
of each is reported. Times include starting the pool (forked workers share the parent's
models). To tell what the machine itself allows, the same alternation times a pure-Python
loop split over the same numbers of processes.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import shared  # noqa: E402

import ruarticle  # noqa: E402

SPIN = 3_000_000  # loop steps per unit of the capacity check: about 0.1 s


def _spin(units: int) -> int:
    total = 0
    for n in range(units * SPIN):
        total += n & 7
    return total


def capacity(jobs: int, units: int) -> float:
    """Seconds for ``units`` of pure-Python work spread over ``jobs`` processes."""
    start = time.perf_counter()
    if jobs == 1:
        _spin(units)
    else:
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_spin, [1] * units))
    return time.perf_counter() - start


def idle_share(seconds: float = 0.5) -> float:
    """Share of all cores' time idle over the next ``seconds`` (Linux /proc/stat)."""
    def sample():
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        return fields[3] + fields[4], sum(fields)
    idle, total = sample()
    time.sleep(seconds)
    idle2, total2 = sample()
    return (idle2 - idle) / max(1, total2 - total)


def wait_for_quiet(limit: float) -> bool:
    """Wait up to ``limit`` seconds until the machine is at least 90% idle; whether it was."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if idle_share() >= 0.9:
            return True
    return False


def batch(texts: list[str], jobs: int) -> tuple[float, float, list]:
    """(wall seconds, CPU seconds of this process and its finished workers, records)."""
    before = _cpu()
    start = time.perf_counter()
    articles = list(ruarticle.extract_many(texts, n_jobs=jobs))
    return time.perf_counter() - start, _cpu() - before, articles


def _cpu() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=shared("corpora", "nerel", "dev"))
    parser.add_argument("--pattern", default="*.txt")
    parser.add_argument("--copies", type=int, default=3, help="the folder repeated N times")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--quiet", type=float, default=0, metavar="SECONDS",
                        help="before each round wait up to SECONDS for an idle machine "
                             "(other people's jobs); rounds that never got one are reported")
    args = parser.parse_args()
    texts = [p.read_text("utf-8") for p in sorted(args.corpus.glob(args.pattern))] * args.copies
    print(f"{len(texts)} texts, {sum(map(len, texts)) / 1000:.0f}k characters "
          f"from {args.corpus} (x{args.copies})")
    reference = [ruarticle.extract(t) for t in texts]  # warm-up, and the records to match
    spent = {jobs: [] for jobs in args.jobs}
    cpu = {jobs: [] for jobs in args.jobs}
    machine = {jobs: [] for jobs in args.jobs}
    same, noisy = True, 0
    for _ in range(args.rounds):
        if args.quiet and not wait_for_quiet(args.quiet):
            noisy += 1
        for jobs in args.jobs:
            seconds, cpu_seconds, articles = batch(texts, jobs)
            spent[jobs].append(seconds)
            cpu[jobs].append(cpu_seconds)
            same = same and articles == reference
            machine[jobs].append(capacity(jobs, 8 * max(args.jobs)))
    first = args.jobs[0]
    base, base_machine = statistics.median(spent[first]), statistics.median(machine[first])
    base_best, base_cpu = min(spent[first]), statistics.median(cpu[first])
    print("\n| n_jobs | seconds (median) | speed-up (median) | seconds (best) | speed-up (best) "
          "| CPU seconds | speed-up if every process had its own core "
          "| pure-Python loop speed-up (median) |")
    print("|---|---|---|---|---|---|---|---|")
    for jobs in args.jobs:
        median, loop = statistics.median(spent[jobs]), statistics.median(machine[jobs])
        best, used = min(spent[jobs]), statistics.median(cpu[jobs])
        print(f"| {jobs} | {median:.2f} | {base / median:.2f}x | {best:.2f} "
              f"| {base_best / best:.2f}x | {used:.2f} | {jobs * base_cpu / used:.2f}x "
              f"| {base_machine / loop:.2f}x |")
    print(f"\nruns: { {j: [round(s, 2) for s in v] for j, v in spent.items()} }")
    print(f"same records in every run as one extract after another: {same}")
    if args.quiet:
        print(f"rounds started without an idle machine: {noisy} of {args.rounds}")


if __name__ == "__main__":
    main()
