"""Speed and memory of ruarticle against natasha's own pipeline, in one run.

    python benchmarks/speed.py [CORPUS_DIR] [--limit N] [--rounds R] [--skip-pool]
                               [--copies 3] [--pool-rounds 3] [--steady N] [--steady-corpus DIR]

Measures, on a folder of articles (default: NEREL dev):
- throughput: ruarticle's full ``extract`` and natasha's documented pipeline (Segmenter,
  NewsMorphTagger, NewsSyntaxParser, NewsNERTagger on a Doc), alternating article by article in
  one process after a warm-up, so machine load affects both alike; and natasha's segmentation +
  NER alone; with ``--steady N``, in the steady state of a long batch instead: both first run
  over N other news articles (from NEREL train), so per-word-form caches hold what a
  long-running process has met (the measured articles are not seen before they are timed);
- cold start: a fresh process importing ruarticle and running the first ``extract``;
- peak RSS of a fresh process that extracts the whole folder;
- linearity: one ~1 MB article made by joining the folder against the sum of its parts;
- ``extract_many`` with 2 processes against 1 on the folder repeated 3 times (282 NEREL dev
  articles), alternating runs (see batch_bench.py).
Prints a markdown report; paste it into docs/performance.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import shared  # noqa: E402

DEFAULT_CORPUS = shared("corpora", "nerel", "dev")
STEADY_CORPUS = shared("corpora", "nerel", "train")
MEGABYTE = 1_000_000


def load_texts(folder: Path, limit: int | None) -> list[str]:
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [p.read_text("utf-8") for p in paths]


_BLAS = None


def one_thread():
    """natasha runs on one BLAS thread, as ruarticle's NER does: on a shared machine several
    BLAS threads fight over the cores and make natasha's times erratic (and far slower),
    which would flatter the ratio."""
    global _BLAS
    if _BLAS is None:  # built once: building it costs a millisecond or two
        from threadpoolctl import ThreadpoolController
        _BLAS = ThreadpoolController()
    return _BLAS.limit(limits=1, user_api="blas")


def natasha_pipeline():
    from natasha import (Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(emb)
    syntax, ner = NewsSyntaxParser(emb), NewsNERTagger(emb)

    def full(text):
        with one_thread():
            return _full(text)

    def ner_only(text):
        with one_thread():
            return _ner_only(text)

    def _full(text):
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        return doc

    def _ner_only(text):
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        return doc

    return full, ner_only


def alternate(texts: list[str], runners: dict, rounds: int) -> dict[str, float]:
    """Seconds spent by each runner over all texts, interleaved article by article."""
    spent = dict.fromkeys(runners, 0.0)
    for _ in range(rounds):
        for text in texts:
            for name, run in runners.items():
                start = time.perf_counter()
                run(text)
                spent[name] += time.perf_counter() - start
    return spent


def throughput(texts, runners, rounds: int, chars: int, label: str) -> None:
    spent = alternate(texts, runners, rounds)
    n = len(texts) * rounds
    print(f"Throughput, {label}\n")
    print("| pipeline | articles/s | characters/s |\n|---|---|---|")
    for name, seconds in spent.items():
        print(f"| {name} | {n / seconds:.1f} | {chars * rounds / seconds:,.0f} |")
    ratio = spent["natasha full pipeline"] / spent["ruarticle extract"]
    ratio_ner = spent["natasha segment+NER"] / spent["ruarticle extract"]
    print(f"\nruarticle / natasha full pipeline throughput: **{ratio:.2f}x**; "
          f"/ natasha segment+NER: {ratio_ner:.2f}x\n")


def in_fresh_process(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return result.stdout.strip()


def cold_start() -> float:
    code = ("import time; t = time.perf_counter(); import ruarticle; "
            "ruarticle.extract('Премьер-министр РК Алихан Смаилов заявил, что рост составил 14%.'); "
            "print(time.perf_counter() - t)")
    return min(float(in_fresh_process(code)) for _ in range(3))


def peak_rss_mb(folder: Path, limit: int | None) -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    code = (
        "import pathlib, ruarticle\n"
        f"paths = sorted(pathlib.Path({str(folder)!r}).glob('*.txt'))[:{limit!r}]\n"
        "for p in paths: ruarticle.extract(p.read_text('utf-8'))\n"
        "status = pathlib.Path('/proc/self/status').read_text().split('VmHWM:')[1]\n"
        "print(int(status.split()[0]) / 1024)\n")
    return float(in_fresh_process(code))


def linearity(texts: list[str], extract) -> tuple[int, float, float]:
    """(size, seconds for the joined ~1 MB text, seconds for its parts one by one)."""
    parts, size = [], 0
    while size < MEGABYTE:
        for text in texts:
            parts.append(text)
            size += len(text) + 2
            if size >= MEGABYTE:
                break
    joined = "\n\n".join(parts)
    start = time.perf_counter()
    extract(joined)
    whole = time.perf_counter() - start
    start = time.perf_counter()
    for part in parts:
        extract(part)
    return len(joined), whole, time.perf_counter() - start


def pool_speedup(texts: list[str], copies: int, rounds: int) -> dict | None:
    """extract_many with 2 processes against 1 on the folder repeated ``copies`` times,
    alternating ``rounds`` times (see batch_bench.py); with the pure-Python loop check of
    what the machine allows at the same moments."""
    import statistics

    import ruarticle
    from batch_bench import batch, capacity
    if getattr(ruarticle, "extract_many", None) is None:
        return None
    work = texts * copies
    for text in work:  # the parent warm, as in a long-running job
        ruarticle.extract(text)
    wall, loop = {1: [], 2: []}, {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            wall[jobs].append(batch(work, jobs)[0])
            loop[jobs].append(capacity(jobs, 16))
    median = {jobs: statistics.median(v) for jobs, v in wall.items()}
    return {"articles": len(work), "one": median[1], "two": median[2],
            "best": min(wall[1]) / min(wall[2]),
            "machine": statistics.median(loop[1]) / statistics.median(loop[2])}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--skip-pool", action="store_true")
    parser.add_argument("--copies", type=int, default=3, help="the folder repeated for the pool")
    parser.add_argument("--pool-rounds", type=int, default=3)
    parser.add_argument("--steady", type=int, default=0,
                        help="run N other articles before timing (steady state of a long batch)")
    parser.add_argument("--steady-corpus", type=Path, default=STEADY_CORPUS)
    args = parser.parse_args()

    texts = load_texts(args.corpus, args.limit)
    chars = sum(map(len, texts))
    print(f"# Speed on {len(texts)} articles from {args.corpus} "
          f"({chars / len(texts):.0f} characters each on average)\n")
    print(f"Machine: {machine()}\n")

    cold = cold_start()
    peak = peak_rss_mb(args.corpus, args.limit)
    import ruarticle
    natasha_full, natasha_ner = natasha_pipeline()
    runners = {"ruarticle extract": ruarticle.extract, "natasha full pipeline": natasha_full,
               "natasha segment+NER": natasha_ner}
    alternate(texts[:5], runners, 1)  # warm-up: models loaded, caches primed
    label = "fresh caches: a warm-up of 5 articles"
    if args.steady:
        alternate(load_texts(args.steady_corpus, args.steady), runners, 1)
        label = f"steady state: after {args.steady} other articles from {args.steady_corpus}"
    throughput(texts, runners, args.rounds, chars, label)

    print(f"Cold start (fresh process: import + first extract, best of 3): **{cold:.2f} s**\n")
    print(f"Peak RSS of a process extracting the whole folder: **{peak:.0f} MB**\n")
    size, whole, parts = linearity(texts, ruarticle.extract)
    print(f"One {size / MEGABYTE:.2f} MB article: {whole:.2f} s; its parts one by one: "
          f"{parts:.2f} s; ratio **{whole / parts:.2f}**\n")
    if not args.skip_pool:
        pool = pool_speedup(texts, args.copies, args.pool_rounds)
        if pool is None:
            print("extract_many: not available in this version\n")
        else:
            print(f"extract_many on {pool['articles']} articles (the folder x{args.copies}, "
                  f"fork, models loaded once in the parent; median of {args.pool_rounds} "
                  f"alternating runs, starting the pool included): 1 process {pool['one']:.2f} s, "
                  f"2 processes {pool['two']:.2f} s, speed-up **{pool['one'] / pool['two']:.2f}x** "
                  f"(best runs: {pool['best']:.2f}x; a pure-Python loop in 2 processes at the "
                  f"same moments: {pool['machine']:.2f}x)\n")


if __name__ == "__main__":
    main()
