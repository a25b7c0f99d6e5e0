"""Bodies named by their function ("следствие", "регулятор", "правоохранители",
"спецслужба", "антимонопольная служба"): the body of that function the article has named,
by a word of its name ("Следственный комитет России (СК)" ... "По версии следствия" -> the
committee). One table, quote_functional_bodies.tsv."""
from __future__ import annotations

import regex

from .. import morph
from ..resources import grouped
from .roster import Registry
from .abbreviations import nominative_name
from .lexicon import org_head
from .words import Word, best_pos, tokenize

RUN_ON = regex.compile(r"\s*(?:по\s+)?")  # "СК России по Москве": the parts of one body's name


def _markers() -> dict[str, tuple[str, ...]]:
    """Function nouns -> the words one of which names the body of that function."""
    return grouped("quote_functional_bodies.tsv")


def function_noun(words: list[Word]) -> str | None:
    """The lemma of a function noun in the singular ("следствия" -> "следствие"), with its
    adjective ("антимонопольной службы" -> "антимонопольный служба"), or None."""
    content = [w for w in words if w.is_word and best_pos(w) != "PREP"]
    if not 1 <= len(content) <= 2 or any(w.is_upper for w in content[1:]):
        return None
    lemma = " ".join(morph.lemma(w.low) for w in content)
    return lemma if lemma in _markers() else None


def fits(noun: str):
    """The test of a body's name for the function ``noun``: whether it has a word of it."""
    markers = _markers()[noun]
    return lambda name: marked(name, markers)


def named_body(registry: Registry, text: str, noun: str, before: int) -> tuple[str, str, bool] | None:
    """(entity id, name, False) of the organisation of the function ``noun`` named last
    before ``before``, named by its whole phrase, else the first named after it; or None.
    (A resolver first asks for the latest such body that has spoken.)"""
    markers = _markers()[noun]
    found = [(s, m_end, e) for s, m_end, e in registry.overlapping(0, len(text))
             if e.type == "ORG" and marked(e.name, markers) and _a_body(e.name)]
    if not found:
        return None
    # the latest named before, else the first named after: "По версии следствия ..." opening
    # a report whose next paragraph gives "Следственное управление СК по области сообщило"
    earlier = [x for x in found if x[1] <= before]
    s, m_end, e = earlier[-1] if earlier else found[0]
    # "Главное следственное управление СК" + "СК России": the phrase from its first part
    s = min((s0 for s0, e0, e1 in registry.overlapping(s, s + 1)
             if s0 < s < e0 and e1.type == "ORG" and marked(e1.name, markers)), default=s)
    named = nominative_name(text, tokenize(text, s, _phrase_end(registry, text, m_end)))
    return e.id, named if named and len(named) > len(e.name) else e.name, False


def _phrase_end(registry: Registry, text: str, end: int) -> int:
    """Where a body's phrase ends, over the names run on after it: "Следственное управление
    СК" + "СК России" + "по Новосибирской области" as the entities stage cuts it."""
    while True:
        nxt = [m_end for s, m_end, _ in registry.overlapping(end, end + 5)
               if s <= end + 4 and m_end > end and RUN_ON.fullmatch(text[min(s, end):s])]
        if not nxt:
            return end
        end = max(nxt)


def marked(name: str, markers: tuple[str, ...]) -> bool:
    """Whether a body's name has a word of its function: "Следственный", "СК", "банк
    россии" (words in a row), "*надзор" (anywhere in a word: "Роскомнадзор"). Also the
    matcher of quote_body_staff.tsv ("спасатели" -> "мчс")."""
    low = [w.low for w in tokenize(name) if w.is_word]
    return any(_marks(low[k:], m) for k in range(len(low)) for m in markers)


def _marks(words: list[str], marker: str) -> bool:
    """Whether ``words`` open with the marker's words (or the starts of them, longer than
    three letters); a marker after "*" anywhere in the first word."""
    if marker.startswith("*"):
        return bool(words) and marker[1:] in words[0]
    parts = marker.split()
    return len(words) >= len(parts) and all(
        w == m or len(m) > 3 and w.startswith(m) for w, m in zip(words, parts))


def _a_body(name: str) -> bool:
    """Whether the entities stage's name is a body's: not a press service ("пресс-служба
    СК"), nor a common noun alone ("Полиция")."""
    words = [w for w in tokenize(name) if w.is_word]
    return bool(words) and not words[0].low.startswith("пресс-") and not (
        len(words) == 1 and not words[0].text.isupper() and org_head(words[0]) and morph.known(words[0].low))
