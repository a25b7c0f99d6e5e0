"""Speaker names in the wrong form: the right person found, the name written wrongly.

    .venv/bin/python benchmarks/names_forms.py [GOLD.jsonl ...] [--all] [--entities]

For every gold quote matched by a predicted one (quotes_bench's Jaccard rule) whose
predicted speaker mention is the gold mention (their spans overlap), the resolved name is
compared with the gold speaker_name. A difference counts when the two names share a
word stem (the same person: "Жаксыбекова" for "Нурлан Жаксыбеков"), and is put in a
family by how the words differ (an oblique ending left, a wrong sex, a stripped
foreign ending, a word missing or extra). ``scored wrong`` marks those quotes_bench counts
as a wrong speaker (it compares the last words' lemmas); the rest differ only where the
bench does not look (a first name, a patronymic). --all lists those too.

--entities adds the entity-level check: every PER entity with a mention inside a gold
speaker phrase whose name differs in form from the gold speaker_name (before any
speaker resolution; see entity_names.py).

Without gold files it reads every development gold: the NEREL dev quote gold, the own
sets, the fresh sets, reserve/articles_20a and the styled development sets. Held-out sets
are never read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import ruarticle

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _paths  # noqa: E402
import quotes_bench as qb  # noqa: E402

STYLED_DEV = ("1", "3", "5", "6", "7", "11", "13", "16", "18", "22")


def development_gold(shared: Path) -> list[Path]:
    gold = qb.REPO / "benchmarks" / "gold"
    return (sorted((shared / "gold").glob("quotes_*.jsonl"))
            + sorted(gold.glob("quotes_*.jsonl"))
            + sorted((gold / "fresh").glob("articles_*.jsonl"))
            + [gold / "reserve" / "articles_20a.jsonl"]
            + [gold / "styled" / f"styled_{n}.jsonl" for n in STYLED_DEV])


def _plain(name: str) -> list[str]:
    return re.findall(r"[\w-]+", name.lower().replace("ё", "е"))


def _akin(a: str, b: str) -> bool:
    """Two forms of one name word: a common beginning all but a case or sex ending long."""
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return k >= 3 and k >= min(len(a), len(b)) - 3


def same_person(gold: str, pred: str) -> bool:
    g, p = _plain(gold), _plain(pred)
    return bool(g and p) and any(_akin(x, y) for x in g for y in p)


def _personal(name: str) -> bool:
    """A person's name as the quote stage writes one: capitalised words, none an
    organisation's word (a speaker without an entity may be a body)."""
    words = name.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.isupper() and len(w) > 1 for w in words)


OBLIQUE = ("а", "у", "ом", "ым", "ем", "ой", "ы", "е", "ю", "я", "ою", "ей")


def family(gold: str, pred: str) -> str:
    """How the predicted name differs from the gold one, word by word."""
    g, p = _plain(gold), _plain(pred)
    if any(len(w.rstrip(".")) == 1 for w in p + g) and len(p) != len(g):
        return "initials"
    pairs = [(x, y) for x in g for y in p if _akin(x, y) and x != y]
    if not pairs:
        return "words missing" if len(p) < len(g) else "words extra"
    x, y = pairs[-1]
    if y.startswith(x) and y[len(x):] in OBLIQUE:
        return "oblique ending left"
    if x.startswith(y) and x[len(y):] in ("а", "я", "ая", "на"):
        return "sex guessed wrong (feminine made masculine)"
    if y.startswith(x) and y[len(x):] in ("а", "ая"):
        return "sex guessed wrong (masculine made feminine)"
    if x.startswith(y):
        return "ending stripped (declined as if oblique)"
    return "ending changed"


def _overlaps(text: str, quote_at: int, phrase: str, speaker) -> bool:
    """Whether the predicted speaker mention is the gold one: the gold phrase's occurrence
    nearest the quote overlaps the predicted span (or the texts contain each other)."""
    low_g, low_p = phrase.lower(), speaker.text.lower()
    if low_g in low_p or low_p in low_g:
        return True
    spots = [m.start() for m in re.finditer(re.escape(phrase), text)]
    if not spots:
        return False
    at = min(spots, key=lambda s: abs(s - quote_at))
    return at < speaker.end and speaker.start < at + len(phrase)


def _documents(shared: Path, path: Path):
    """(gold item, document text) of each gold line whose document is found; the gold's
    own text folder is searched first while the caller iterates."""
    given = list(qb.CORPORA)
    qb.CORPORA[:0] = qb.texts_of(path)
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            try:
                yield item, qb.document(shared, item["doc"])
            except FileNotFoundError:
                continue
    finally:
        qb.CORPORA[:] = given


def quote_forms(shared: Path, path: Path):
    """(doc, gold mention, gold name, predicted name, scored wrong) per form difference."""
    for item, text in _documents(shared, path):
        gold = qb.locate(text, item["quotes"])
        article, pred = qb.predict(shared, item["doc"], text, False)
        kinds = {e.id: e.type for e in article.entities}
        for gi, pi in qb.match(gold, pred):
            at, _, g = gold[gi]
            p = pred[pi]
            name, phrase = g.get("speaker_name"), g.get("speaker_text")
            if not (name and phrase and p.speaker and p.speaker.name):
                continue
            if kinds.get(p.speaker.entity, "PER") != "PER" or not _personal(p.speaker.name):
                continue  # an organisation's name: see entity_names.py
            if not _overlaps(text, at, phrase, p.speaker):
                continue
            if _plain(name) == _plain(p.speaker.name) or not same_person(name, p.speaker.name):
                continue
            yield (item["doc"], phrase, name, p.speaker.name,
                   not qb.same_speaker(name, p.speaker.name))


def entity_forms(shared: Path, path: Path):
    """(doc, gold mention, gold name, entity name) for PER entities inside gold mentions."""
    for item, text in _documents(shared, path):
        entities = [e for e in ruarticle.extract(text).entities if e.type == "PER"]
        seen = set()
        for q in item["quotes"]:
            phrase, name = q.get("speaker_text"), q.get("speaker_name")
            if not (phrase and name) or (phrase, name) in seen:
                continue
            seen.add((phrase, name))
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
            inside = {e.name for e in entities for m in e.mentions
                      if any(a <= m.start and m.end <= b for a, b in spans)}
            for found in sorted(inside):
                if _plain(found) != _plain(name) and same_person(name, found):
                    yield item["doc"], phrase, name, found, not qb.same_speaker(name, found)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--shared", default=None)
    ap.add_argument("--all", action="store_true", help="also list differences the bench does not score")
    ap.add_argument("--entities", action="store_true", help="also check the entities' names")
    args = ap.parse_args(argv)
    shared = Path(args.shared) if args.shared else _paths.shared()
    golds = args.gold or development_gold(shared)
    checks = [("quotes", quote_forms)] + ([("entities", entity_forms)] if args.entities else [])
    for label, check in checks:
        families, wrong, total = Counter(), 0, 0
        for path in golds:
            for doc, phrase, name, found, scored_wrong in check(shared, path):
                total += 1
                wrong += scored_wrong
                kind = family(name, found)
                families[kind] += 1
                if scored_wrong or args.all:
                    mark = "WRONG" if scored_wrong else "ok"
                    print(f"{label}\t{mark}\t{path.stem}/{doc}\t{phrase[:50]!r}\tgold: {name}\t"
                          f"ours: {found}\t[{kind}]")
        print(f"{label}: {total} names in another form, {wrong} scored as a wrong speaker")
        for kind, n in families.most_common():
            print(f"  {n:4d}  {kind}")


if __name__ == "__main__":
    main()
