"""Ages and durations: whether "N лет" is a person's age ("юноше 24 года", "в возрасте
61 года", "31-летний") or a period ("10 лет", "10-летний контракт")."""
from __future__ import annotations

from . import morph, numwords
from .numcore import Core
from .numdraft import Draft
from .numtokens import Tok
from .resources import table, word_set

# How likely a reading must be to count a word as a person ("юноше" is also a locative).
PERSON_MIN_SCORE = 0.1
CLAUSE_ENDS = frozenset({".", ";", ":", "(", ")", "!", "?", "—", "–"})


def is_age(toks, core: Core, end: int) -> bool:
    """"в возрасте 24 лет", "ему исполнилось 100 лет", "юноше 24 года", "которому было 49 лет",
    "старше 70 лет", "девочка 8 лет"."""
    clause = _clause_before(toks, core.first)
    if any(t.lemma in word_set("age_cues.txt") for t in clause):
        return True
    if end + 1 < len(toks) and toks[end].low == "от" and toks[end + 1].low == "роду":
        return True
    if end < len(toks) and toks[end].lemma == "жизнь":
        return True  # "на 75 году жизни"
    k = core.first - 1
    if k < 0:
        return False
    if toks[k].low in ("в", "с"):
        return _age_from(toks, core, k, end)  # "в 19 лет", "с 14 лет"
    if _named_age(toks, k, end):
        return True  # "Келли 52 года."
    while k > 0 and (toks[k].low in word_set("age_skippable.txt") or toks[k].kind == "num"):
        k -= 1  # "всем им от 25 до 80 лет", "которому сейчас 23 года"
    prev = toks[k]
    if _person(prev, "nomn") and prev.text[:1].islower():
        return True  # "девочка 8 лет", "девочки от 13 до 16 лет"
    if prev.low in word_set("age_pronouns.txt") or prev.low in word_set("age_comparatives.txt"):
        return True
    if prev.lemma == "быть":
        return any(_person(t, "datv") for t in clause)
    return _person(prev, "datv")


def _named_age(toks, k: int, end: int) -> bool:
    """A name right before "N лет" that closes the clause: "Келли 52 года."."""
    prev = toks[k]
    closes = end >= len(toks) or toks[end].kind == "other" and toks[end].text in ".,;)"
    if prev.kind != "word" or not prev.text[:1].isupper() or not closes:
        return False
    return k > 0 or any(prev.has(g) for g in ("Name", "Surn", "Patr"))


def _age_from(toks, core: Core, k: int, end: int) -> bool:
    """"в 19 лет" and "с 14 лет" are ages, but not "раз в 2 года", "срок в один год" or
    "с четырёх лет до одного года"."""
    if core.scaled or core.values[0] >= 120:
        return False
    if k > 0 and (toks[k - 1].lemma == "раз" or toks[k - 1].lemma in word_set("duration_nouns.txt")):
        return False
    return not (end < len(toks) and toks[end].low == "до")


def _clause_before(toks, i: int, limit: int = 10):
    """Tokens before i back to the start of the clause, at most ``limit``."""
    out = []
    for tok in reversed(toks[max(0, i - limit):i]):
        if tok.text in CLAUSE_ENDS:
            break
        out.append(tok)
    return out[::-1]


def _person(tok: Tok, case: str | None) -> bool:
    """A noun or personal pronoun for a person, in ``case`` if given (best parse only)."""
    if tok.kind != "word":
        return False
    if tok.low in word_set("age_pronouns.txt"):
        return case in (None, "datv")
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and (case is None or case in p.tag)
               and p.score >= PERSON_MIN_SCORE for p in morph.parses(tok.low))


def age_next(toks, j: int, anniversary: bool = False) -> bool:
    """"100-летний ветеран / юбилей", "42-летняя Ма Лин" are ages; "10-летний контракт",
    "десятилетних научных исследований" durations."""
    for k in range(j, min(j + 3, len(toks))):
        tok = toks[k]
        if tok.kind != "word":
            return True
        if tok.lemma in word_set("age_cues.txt"):
            return True
        if anniversary and tok.pos == "NOUN":  # "80-летия писателя", but "40-летия Победы"
            return _person(tok, None)
        if tok.text[:1].isupper():  # "42-летняя Ма Лин"
            return True
        if tok.pos == "NOUN":
            return tok.has("anim") and tok.lemma not in word_set("duration_nouns.txt")
        if tok.pos not in ("ADJF", "PRTF"):
            return True
    return True


def compound_unit(suffix: str, max_head: int = 2) -> tuple[str, str] | None:
    """(unit, kind) of an adjective or noun glued to a number, past a case ending ("хлетний")."""
    for stem, unit, kind in table("compound_units.tsv"):
        head, found, _ = suffix.partition(stem)
        if found and len(head) <= max_head:
            return unit, kind
    return None


def compound_draft(toks, first: int, end: int, value: float, unit: tuple[str, str],
                   anniversary: bool = False) -> Draft:
    """"31-летний" (an age), "10-летний контракт" (a period), "5-процентный", "688-страничную"."""
    name, kind = unit
    if name == "год":
        kind = "age" if age_next(toks, end, anniversary) else "period"
    return Draft(kind, first, end, numwords.tidy(value), name)
