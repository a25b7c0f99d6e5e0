"""A digest of `extract(text).to_dict()` over corpora, to prove a change leaves outputs alone.

    .venv/bin/python benchmarks/output_digest.py [CORPUS_DIR[:LIMIT] ...] [--each]

Default corpora: NEREL dev, factRuEval devset and the first 150 NEREL train texts.
Prints one SHA-256 per corpus and one over all; --each also prints one line per text,
so two runs can be diffed to find the texts whose output changed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402

from ruarticle import extract  # noqa: E402


def default_corpora() -> list[str]:
    corpora = _paths.shared("corpora")
    return [str(corpora / "nerel" / "dev"), str(corpora / "factrueval" / "devset"),
            f"{corpora / 'nerel' / 'train'}:150"]


def texts(spec: str) -> list[Path]:
    """The .txt files of a folder in name order; ``FOLDER:N`` keeps the first N."""
    folder, _, limit = spec.rpartition(":") if spec.rpartition(":")[2].isdigit() else (spec, "", "")
    paths = sorted(Path(folder).glob("*.txt"))
    return paths[:int(limit)] if limit else paths


def digest(path: Path) -> str:
    record = extract(path.read_text(encoding="utf-8")).to_dict()
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", help="folders of .txt files, FOLDER:N for the first N")
    ap.add_argument("--each", action="store_true", help="print the digest of every text")
    args = ap.parse_args(argv)
    total = hashlib.sha256()
    for spec in args.corpora or default_corpora():
        corpus = hashlib.sha256()
        paths = texts(spec)
        for path in paths:
            line = f"{path.name} {digest(path)}"
            corpus.update(line.encode("utf-8"))
            if args.each:
                print(line)
        total.update(corpus.digest())
        print(f"{spec}: {len(paths)} texts {corpus.hexdigest()}")
    print(f"all: {total.hexdigest()}")


if __name__ == "__main__":
    main()
