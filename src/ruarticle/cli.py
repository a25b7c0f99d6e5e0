"""The ``ruarticle`` command line."""
from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from contextlib import nullcontext
from itertools import repeat
from pathlib import Path

from . import __version__
from .batch import Failure, extract_many
from .summary import summarize

FORMATS = ("json", "jsonl", "csv", "html", "summary")

# Formats written article by article as results arrive; the others need every article first.
STREAMED = {
    "json": lambda name, article: article.to_json(indent=2),
    "jsonl": lambda name, article: json.dumps({"source": name, **article.to_dict()},
                                              ensure_ascii=False),
    "summary": lambda name, article: summarize(article) + "\n",
}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format == "csv" and not args.output:
        parser.error("--format csv writes one file per frame: give a folder with --output")
    return args.run(args)


def entry() -> None:
    sys.exit(main())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ruarticle", description="Structured data from Russian news articles.")
    parser.add_argument("--version", action="version", version=f"ruarticle {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="extract article records from text files")
    ex.add_argument("files", nargs="*", metavar="FILE",
                    help="UTF-8 text files, one article each; - or nothing reads stdin")
    ex.add_argument("--format", choices=FORMATS, default="json",
                    help="json (default), jsonl (one line per article), csv (the seven frames, "
                         "needs --output DIR), html (a page), summary (readable text)")
    ex.add_argument("--output", "-o", metavar="PATH",
                    help="write here instead of stdout; a folder for --format csv")
    ex.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                    help="worker processes (-1: one per core); default 1")
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on stderr (default: for several files on a terminal)")
    ex.add_argument("--title", help="the article's title, when it is not the text's first line")
    ex.set_defaults(run=_run_extract)
    return parser


def _jobs(value: str) -> int:
    jobs = int(value)
    if jobs < 1 and jobs != -1:
        raise argparse.ArgumentTypeError("must be a positive number or -1")
    return jobs


def _run_extract(args) -> int:
    names = args.files or ["-"]
    failed: list[str] = []
    pending: deque[str] = deque()       # names of the texts handed over, in order
    show = args.progress if args.progress is not None else len(names) > 1 and sys.stderr.isatty()
    bar = _progress(len(names), show)

    def texts():
        for name in names:
            try:
                text = _read(name)
            except (OSError, UnicodeDecodeError) as error:
                _complain(f"cannot read {name}: {error}", failed, name, bar)
                bar.update(1)
                continue
            pending.append(name)
            yield text

    results = extract_many(texts(), n_jobs=args.jobs, errors="record",
                           titles=None if args.title is None else repeat(args.title))
    done: list[tuple[str, object]] = []
    with _open(args) as out:
        for result in results:
            name = pending.popleft()
            bar.update(1)
            if isinstance(result, Failure):
                _complain(f"cannot extract {name}: {result.error}: {result.message}",
                          failed, name, bar)
            elif args.format in STREAMED:
                print(STREAMED[args.format](name, result), file=out, flush=True)
            else:
                done.append((name, result))
        bar.close()
        _write_collected(args, done, out)
    return 1 if failed else 0


def _complain(message: str, failed: list, name: str, bar) -> None:
    failed.append(name)
    bar.write(f"ruarticle: {message}", file=sys.stderr)


def _progress(total: int, show: bool):
    from tqdm.auto import tqdm
    return tqdm(total=total, unit="file", file=sys.stderr, disable=not show, desc="ruarticle")


def _open(args):
    if args.format == "csv" or not args.output:
        return nullcontext(sys.stdout)
    return open(args.output, "w", encoding="utf-8")


def _write_collected(args, done: list, out) -> None:
    if args.format == "html":
        from .html import page
        out.write(page(done))
    elif args.format == "csv":
        from .frames import to_frames
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        frames = to_frames([a for _, a in done], ids=[name for name, _ in done])
        for name, frame in frames.items():
            frame.to_csv(folder / f"{name}.csv", index=False)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8") as handle:
        return handle.read()
