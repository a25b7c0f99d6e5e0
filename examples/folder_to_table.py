"""Turn a folder of .txt articles into tables: the seven ruarticle frames, one file each.

    python examples/folder_to_table.py ARTICLES_DIR OUT_DIR [--jobs 2] [--format parquet|csv]

Writes OUT_DIR/paragraphs.parquet, sentences.parquet, ... (Parquet when pyarrow is installed,
else CSV), every row tagged with ``article_id`` = the file's name. Columns: docs/frames.md.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import ruarticle


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    files = sorted(args.folder.glob(args.pattern))
    # A stray byte should not cost the whole file: undecodable bytes become U+FFFD.
    texts = (path.read_text(encoding="utf-8", errors="replace") for path in files)
    results = ruarticle.extract_many(texts, n_jobs=args.jobs, progress=not args.quiet,
                                     errors="record")
    articles, ids, failed = [], [], 0
    for path, result in zip(files, results):
        if isinstance(result, ruarticle.Failure):
            print(f"{path}: {result.error}: {result.message}", file=sys.stderr)
            failed += 1
            continue
        articles.append(result)
        ids.append(path.name)
    written = _write(ruarticle.to_frames(articles, ids=ids), args.output, args.format)
    print(f"{len(articles)} articles, {failed} failed -> {', '.join(written)} in {args.output}")
    return 1 if failed else 0


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of UTF-8 .txt articles")
    parser.add_argument("output", type=Path, help="folder for the tables (created)")
    parser.add_argument("--pattern", default="*.txt", help="file name pattern (default *.txt)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (-1: all cores)")
    parser.add_argument("--format", choices=("parquet", "csv"),
                        help="default: parquet when pyarrow is installed, else csv")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser.parse_args(argv)


def _write(frames: dict, folder: Path, fmt: str | None) -> list[str]:
    fmt = fmt or ("parquet" if importlib.util.find_spec("pyarrow") else "csv")
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for name, frame in frames.items():
        target = folder / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(target, index=False)
        else:
            frame.to_csv(target, index=False)
        names.append(target.name)
    return names


if __name__ == "__main__":
    sys.exit(main())
