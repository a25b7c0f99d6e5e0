"""Entity records built from NEREL's own annotation, standing in for the entities stage.

Persons are grouped by surname, organisations and places by their lowercased text;
WORKS_AS relations give roles, and a bare profession naming exactly one role holder
becomes a mention of that person, as the entities stage is meant to do. Used by
``quotes_bench.py --entities`` to measure speaker resolution with entities.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ruarticle import morph
from ruarticle.quoting.names import nominative
from ruarticle.quoting.words import best_pos, tokenize
from ruarticle.records import Entity, Mention, Role

TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
         "STATE_OR_PROVINCE": "LOC"}


def _read(ann: Path):
    spans, works_as = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) == 3 and ";" not in parts[1]:
            kind, start, end = parts[1].split()
            spans[parts[0]] = (kind, int(start), int(end), parts[2])
        elif line.startswith("R") and len(parts) >= 2 and parts[1].startswith("WORKS_AS"):
            _, a, b = parts[1].split()
            works_as.append((a.split(":")[1], b.split(":")[1]))
    return spans, works_as


def _key(kind: str, text: str) -> str:
    words = [w for w in tokenize(text) if w.is_word]
    if kind == "PER" and words:
        return morph.lemma(words[-1].low)
    return " ".join(morph.lemma(w.low) for w in words)


def _title(text: str) -> str:
    return " ".join(morph.lemma(w.low) for w in tokenize(text) if w.is_word)


def _nominative_phrase(text: str) -> str:
    """An organisation or place name with its first word in the nominative."""
    words = tokenize(text)
    if not words or not words[0].is_word:
        return text
    first = morph.best(words[0].low)
    form = first.inflect({"nomn"}) if "nomn" not in first.tag else None
    head = form.word if form else words[0].text
    head = head[:1].upper() + head[1:] if words[0].text[:1].isupper() else head
    return head + text[words[0].end:]


def entities(ann: Path) -> tuple[Entity, ...]:
    spans, works_as = _read(ann)
    groups: dict[tuple[str, str], list] = defaultdict(list)
    of_span = {}
    for tid, (kind, start, end, text) in spans.items():
        words = [w for w in tokenize(text) if w.is_word]
        if kind in TYPES and words and best_pos(words[0]) != "ADJF" or kind == "PERSON":
            key = (TYPES[kind], _key(TYPES[kind], text))
            groups[key].append(Mention(start, end, text, text))
            of_span[tid] = key
    roles: dict[tuple[str, str], list] = defaultdict(list)
    for person, job in works_as:
        if person in of_span and job in spans:
            _, start, end, text = spans[job]
            roles[of_span[person]].append(Role(_title(text), None, None, start, end, text))
    holders = defaultdict(set)
    for key, rs in roles.items():
        for r in rs:
            holders[r.title].add(key)
    used = {(r.start, r.end) for rs in roles.values() for r in rs}
    for tid, (kind, start, end, text) in spans.items():
        if kind == "PROFESSION" and (start, end) not in used and len(holders[_title(text)]) == 1:
            groups[next(iter(holders[_title(text)]))].append(Mention(start, end, text, text))
    found = []
    for n, (key, mentions) in enumerate(sorted(groups.items(), key=lambda g: min(m.start for m in g[1])), 1):
        longest = max((m for m in mentions if m.text[:1].isupper()), key=lambda m: len(m.text),
                      default=mentions[0])
        name = nominative(tokenize(longest.text)) if key[0] == "PER" else _nominative_phrase(longest.text)
        found.append(Entity(f"E{n}", key[0], "", name, None,
                            tuple(sorted(mentions, key=lambda m: m.start)), tuple(roles.get(key, ()))))
    return tuple(found)
