"""Entity names against the speaker names of quote gold: a check of the entities stage
alone, before any speaker resolution.

    .venv/bin/python benchmarks/entity_names.py [--shared PATH] gold.jsonl [...]

For every gold quote with a speaker phrase and a speaker name, the entities (PER or ORG)
with a mention inside the phrase are looked up; the quote counts as a name error when
none of them carries a name that agrees with the gold name (the attribution rule of
quotes_bench.py: the lemma of the last word of one name occurs in the other). Prints
each error and the count.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import ruarticle

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402
import quotes_bench  # noqa: E402


def errors(shared: Path, gold: Path):
    """(checked quotes, [(doc, speaker phrase, gold name, entity names)])."""
    checked, found = 0, []
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        try:
            text = quotes_bench.document(shared, record["doc"])
        except FileNotFoundError:
            continue
        entities = ruarticle.extract(text).entities
        for q in record["quotes"]:
            phrase, name = q.get("speaker_text"), q.get("speaker_name")
            at = text.find(phrase) if phrase and name else -1
            if at < 0:
                continue
            inside = {e.name for e in entities if e.type in ("PER", "ORG") for m in e.mentions
                      if at <= m.start and m.end <= at + len(phrase)}
            if inside:
                checked += 1
                if not any(quotes_bench.same_speaker(name, n) for n in inside):
                    found.append((record["doc"], phrase, name, sorted(inside)))
    return checked, found


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--shared", default=None, help="the shared folder (corpora)")
    args = parser.parse_args(argv)
    shared = Path(args.shared) if args.shared else _paths.shared()
    total, wrong = 0, 0
    for gold in args.gold:
        checked, found = errors(shared, gold)
        total, wrong = total + checked, wrong + len(found)
        for doc, phrase, name, names in found:
            print(f"{doc}\t{phrase[:70]!r}\tgold: {name}\tentities: {names}")
    print(f"entity name errors: {wrong} of {total} quotes whose speaker phrase holds an entity")


if __name__ == "__main__":
    main()
