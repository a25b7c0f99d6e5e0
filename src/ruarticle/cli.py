"""The ``ruarticle`` command line."""
from __future__ import annotations

import argparse
import sys

from . import __version__
from .pipeline import extract
from .summary import summarize

FORMATS = ("json", "summary")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return args.run(args)


def entry() -> None:
    sys.exit(main())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ruarticle", description="Structured data from Russian news articles.")
    parser.add_argument("--version", action="version", version=f"ruarticle {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="extract an article record from a text file")
    ex.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file, or - for stdin")
    ex.add_argument("--format", choices=FORMATS, default="json")
    ex.add_argument("--title", help="the article's title, when it is not the text's first line")
    ex.set_defaults(run=_run_extract)
    return parser


def _run_extract(args) -> int:
    status = 0
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as error:
            print(f"ruarticle: cannot read {name}: {error}", file=sys.stderr)
            status = 1
            continue
        article = extract(text, title=args.title)
        out = article.to_json(indent=2) if args.format == "json" else summarize(article)
        print(out)
    return status


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8") as handle:
        return handle.read()
