"""Bodies named by their function ("следствие", "регулятор"): the body of that function
the article has named before, by a word of its name ("Следственный комитет России (СК)"
... "По версии следствия" -> the committee)."""
from __future__ import annotations

import regex

from .. import morph
from ..resources import once, table
from .roster import Registry
from .abbreviations import nominative_name
from .words import Word, tokenize

RUN_ON = regex.compile(r"\s*(?:по\s+)?")  # "СК России по Москве": the parts of one body's name


@once
def _markers() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for noun, marker in table("quote_functional_bodies.tsv"):
        found[noun] = found.get(noun, ()) + (marker,)
    return found


def function_noun(words: list[Word]) -> str | None:
    """The lemma of a lone function noun in the singular ("следствия" -> "следствие"), or None."""
    content = [w for w in words if w.is_word]
    if len(content) != 1:
        return None
    lemma = morph.lemma(content[0].low)
    return lemma if lemma in _markers() else None


def body(registry: Registry, text: str, noun: str, before: int) -> tuple[str, str] | None:
    """(entity id, name) of the organisation of the function ``noun`` named last before
    ``before`` (else first after it), named by its whole phrase, or None."""
    markers = _markers()[noun]
    found = [(s, m_end, e) for s, m_end, e in registry.overlapping(0, len(text))
             if e.type == "ORG" and _marked(e.name, markers)]
    if not found:
        return None
    # the latest named before, else the first named after: "По версии следствия ..." opening
    # a report whose next paragraph gives "Следственное управление СК по области сообщило"
    earlier = [x for x in found if x[1] <= before]
    s, m_end, e = earlier[-1] if earlier else found[0]
    # "Главное следственное управление СК" + "СК России": the phrase from its first part
    s = min((s0 for s0, e0, e1 in registry.overlapping(s, s + 1)
             if s0 < s < e0 and e1.type == "ORG" and _marked(e1.name, markers)), default=s)
    named = nominative_name(text, tokenize(text, s, _phrase_end(registry, text, m_end)))
    return e.id, named if named and len(named) > len(e.name) else e.name


def _phrase_end(registry: Registry, text: str, end: int) -> int:
    """Where a body's phrase ends, over the names run on after it: "Следственное управление
    СК" + "СК России" + "по Новосибирской области" as the entities stage cuts it."""
    while True:
        nxt = [m_end for s, m_end, _ in registry.overlapping(end, end + 5)
               if s <= end + 4 and m_end > end and RUN_ON.fullmatch(text[min(s, end):s])]
        if not nxt:
            return end
        end = max(nxt)


def _marked(name: str, markers: tuple[str, ...]) -> bool:
    """Whether a body's name has a word of its function ("Следственный", "СК"); a press
    service's name ("пресс-служба СК") is no body of its own."""
    words = [w.low for w in tokenize(name) if w.is_word]
    if not words or words[0].startswith("пресс-"):
        return False
    joined = " ".join(words)
    for m in markers:
        if m.startswith("*"):
            if m[1:] in joined:
                return True
        elif any(joined[k:].startswith(m) and (k + len(m) == len(joined) or len(m) > 3
                                                or not joined[k + len(m)].isalnum())
                 for k in _word_starts(joined)):
            return True
    return False


def _word_starts(joined: str):
    yield 0
    for k, ch in enumerate(joined):
        if ch == " ":
            yield k + 1
