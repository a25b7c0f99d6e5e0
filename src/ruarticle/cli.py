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
    "summary": lambda name, article: f"== {name} ==\n{summarize(article)}\n",
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
    show = args.progress if args.progress is not None else len(names) > 1 and sys.stderr.isatty()
    batch = _Batch(names, show)
    pairs = batch.results(n_jobs=args.jobs,
                          titles=None if args.title is None else repeat(args.title))
    try:
        with _open(args) as out:
            if args.format in STREAMED:
                for name, article in pairs:
                    print(STREAMED[args.format](name, article), file=out, flush=True)
            else:
                _write_collected(args, list(pairs), out)
    except OSError as error:        # the output, not an input: nothing more can be written
        print(f"ruarticle: cannot write {args.output or 'stdout'}: {error}", file=sys.stderr)
        return 1
    return 1 if batch.failed else 0


class _Batch:
    """The files of one command: read in order, failures reported in one line each."""

    def __init__(self, names: list[str], show_progress: bool):
        from tqdm.auto import tqdm
        self.names = names
        self.failed = 0
        self.pending: deque[str] = deque()      # names of the texts handed over, in order
        self.bar = tqdm(total=len(names), unit="file", file=sys.stderr, desc="ruarticle",
                        disable=not show_progress)

    def texts(self):
        for name in self.names:
            try:
                text = _read(name)
            except (OSError, UnicodeDecodeError) as error:
                self.fail(f"cannot read {name}: {error}")
                self.bar.update(1)
                continue
            self.pending.append(name)
            yield text

    def results(self, **options):
        """(name, Article) pairs in input order; the files that failed are left out."""
        for result in extract_many(self.texts(), errors="record", **options):
            name = self.pending.popleft()
            self.bar.update(1)
            if isinstance(result, Failure):
                self.fail(f"cannot extract {name}: {result.error}: {result.message}")
            else:
                yield name, result
        self.bar.close()

    def fail(self, message: str) -> None:
        self.failed += 1
        self.bar.write(f"ruarticle: {message}", file=sys.stderr)


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
