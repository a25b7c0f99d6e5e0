"""What a figure measures and when: the subject as a short lemma phrase ("товарооборот"),
the counted noun of a bare number, and the year the figure refers to."""
from __future__ import annotations

import regex

from .numcontext import changes
from .numdraft import Draft
from .numtokens import Tok
from .resources import word_set

YEAR_TIED = frozenset({"money", "percent", "count", "quantity", "age"})
CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–", "«", "»", "?", "!"})
SUBJECT_WINDOW = 14
LATIN_OR_CAPITAL = regex.compile(r"[A-Z\p{Lu}][\p{L}\d-]*")


def subject(toks: tuple[Tok, ...], draft: Draft, previous: str | None) -> str | None:
    """The measured thing as a lemma: the subject of "составил / вырос / достиг", or the
    noun after a change noun ("увеличению товарооборота до"); "показатель" refers back."""
    if draft.kind not in YEAR_TIED:
        return None
    if draft.kind == "percent":
        share = _share_of(toks, draft.end)
        if share:
            return share  # "5% акций Facebook"
    for k in range(draft.first - 1, max(-1, draft.first - 1 - SUBJECT_WINDOW), -1):
        tok = toks[k]
        if tok.text in (";", ":") or tok.kind != "word":
            continue
        if tok.pos == "NOUN" and changes().get(tok.lemma) in ("increase", "decrease") \
                and k + 1 < draft.first:
            noun = _genitive_after(toks, k + 1, draft.first)
            if noun:
                return _resolve(noun, previous)
        if tok.lemma in word_set("subject_predicates.txt"):
            noun = _nominative_before(toks, k)
            return _resolve(noun, previous) if noun else None
    return None


def _share_of(toks: tuple[Tok, ...], j: int) -> str | None:
    """"5% акций Facebook" -> "акция Facebook": the whole a percentage is taken of."""
    k = j
    while k < len(toks) and toks[k].kind == "word" and toks[k].pos in ("ADJF", "PRTF") \
            and toks[k].has("gent"):
        k += 1
    if k >= len(toks) or toks[k].kind != "word" or toks[k].pos != "NOUN" or not toks[k].has("gent") \
            or not toks[k].text[:1].islower() or toks[k].lemma in word_set("subject_skip.txt"):
        return None
    name = toks[k + 1].text if k + 1 < len(toks) and LATIN_OR_CAPITAL.match(toks[k + 1].text) else ""
    return f"{toks[k].lemma} {name}".strip()


def _genitive_after(toks: tuple[Tok, ...], k: int, stop: int) -> str | None:
    for tok in toks[k:stop]:
        if tok.kind != "word":
            return None
        if tok.pos == "NOUN":
            return tok.lemma if tok.has("gent") else None
    return None


def _nominative_before(toks: tuple[Tok, ...], k: int) -> str | None:
    """The nearest noun in the nominative before the verb at k, past generic heads."""
    for m in range(k - 1, max(-1, k - SUBJECT_WINDOW), -1):
        tok = toks[m]
        if tok.kind != "word" or tok.pos not in ("NOUN", "NPRO") or _in_phrase(toks, m):
            continue
        if not tok.has("nomn") or not _subject_like(tok, m):
            continue
        m = _phrase_head(toks, m)
        tok = toks[m]
        if tok.lemma in word_set("subject_generic.txt") and tok.lemma not in word_set("subject_anaphora.txt"):
            inner = _genitive_after(toks, m + 1, k)
            return inner or tok.lemma
        return tok.lemma
    return None


def _subject_like(tok: Tok, m: int) -> bool:
    """Lowercase nouns, or abbreviations such as ВВП; never calendar words."""
    if tok.lemma in word_set("subject_skip.txt"):
        return False
    return tok.text[:1].islower() or m == 0 or tok.text.isupper() and len(tok.text) > 1


def _in_phrase(toks: tuple[Tok, ...], m: int) -> bool:
    """Whether the noun at m sits in a prepositional phrase ("инвестиций в основной капитал")."""
    k = m - 1
    while k >= 0 and toks[k].kind == "word" and toks[k].pos in ("ADJF", "PRTF", "NUMR"):
        k -= 1
    return k >= 0 and toks[k].kind == "word" and toks[k].pos == "PREP"


def _phrase_head(toks: tuple[Tok, ...], m: int) -> int:
    """"экспорт (российской) нефти": a possible genitive after a nominative noun is its
    complement, so the head is the noun before it."""
    k = m - 1
    while k >= 0 and toks[k].kind == "word" and toks[k].pos in ("ADJF", "PRTF"):
        k -= 1
    if k >= 0 and toks[k].pos == "NOUN" and toks[k].has("nomn") and toks[m].has("gent") \
            and _subject_like(toks[k], k):
        return _phrase_head(toks, k)
    return m


def _resolve(noun: str, previous: str | None) -> str | None:
    if noun in word_set("subject_anaphora.txt"):
        return previous
    return noun


def counted_noun(toks: tuple[Tok, ...], draft: Draft) -> str | None:
    """The noun a bare number counts: "количество заявок достигло 1,2 миллиона", and for
    plain digits also a change noun's object ("сокращение членов кабмина с 14 до 11")."""
    heads = word_set("count_heads.txt")
    for k in range(draft.first - 1, max(-1, draft.first - 1 - SUBJECT_WINDOW), -1):
        tok = toks[k]
        if tok.text in CLAUSE_BREAKS or tok.text in (".", ","):
            return None
        if tok.kind != "word":
            continue
        changed = (draft.bare == "digits" and tok.pos == "NOUN"
                   and changes().get(tok.lemma) in ("increase", "decrease"))
        if tok.lemma in heads or changed:
            return _genitive_after(toks, k + 1, draft.first)
    return None


# --- year ----------------------------------------------------------------------------

def year(draft: Draft, same: list[tuple[int, int]], before: list[tuple[int, int]]) -> int | None:
    """The year a figure refers to: the nearest year in its sentence, else the previous
    sentence's last one. ``same``/``before`` are (token index, year) pairs."""
    if draft.kind not in YEAR_TIED:
        return None
    if same:
        return min(same, key=lambda p: (abs(p[0] - draft.first), p[0] > draft.first))[1]
    return before[-1][1] if before else None
