"""What the words around a figure say about it: qualifier (около, более, до), change
(увеличился на), subject (what is measured) and the year it refers to."""
from __future__ import annotations

import regex

from .numdraft import Draft
from .numtokens import Tok
from .resources import once, table, word_set

MEASURES = frozenset({"money", "percent", "count", "quantity", "period", "age"})
YEAR_TIED = frozenset({"money", "percent", "count", "quantity", "age"})
CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–", "«", "»", "?", "!"})
CHANGE_WINDOW = 8
SUBJECT_WINDOW = 14
LATIN_OR_CAPITAL = regex.compile(r"[A-Z\p{Lu}][\p{L}\d-]*")
PREPOSITIONS = frozenset({"на", "в", "до", "за", "с", "от", "по", "к", "из", "при", "о", "об"})


@once
def _phrases(name: str) -> dict[tuple[str, ...], str]:
    return {tuple(words.split()): value for words, value in table(name)}


def _lemma_table(name: str) -> dict[str, str]:
    return {k: v for k, v in table(name)}


@once
def _changes() -> dict[str, str]:
    return _lemma_table("change_words.tsv")


@once
def _comparatives() -> dict[str, str]:
    return _lemma_table("change_comparatives.tsv")


# --- qualifier ----------------------------------------------------------------------

def qualifier(toks: tuple[Tok, ...], draft: Draft) -> str | None:
    if draft.kind not in MEASURES or draft.part == "to":
        return None
    before = _words_before(toks, draft.first)
    while before and (before[-1] in PREPOSITIONS - {"до"} or before[-1] in word_set("qualifier_fillers.txt")):
        before = before[:-1]  # "почти на 33%", "как минимум ещё два года"
    for length in (3, 2, 1):
        found = _phrases("qualifiers.tsv").get(tuple(before[-length:])) if len(before) >= length else None
        if found:
            if before[-1] == "до" and _is_target(toks, draft):
                return None
            return found
    after = tuple(t.low for t in toks[draft.end:draft.end + 2])
    return _phrases("qualifiers_after.tsv").get(after)


def _words_before(toks: tuple[Tok, ...], i: int) -> list[str]:
    words = []
    for k in range(i - 1, max(-1, i - 6), -1):
        tok = toks[k]
        if tok.text == "," and words and words[-1] == "чем":
            continue  # "более, чем на 3600 км"
        if tok.kind not in ("word", "other") or tok.text in (",", ".") or tok.text in CLAUSE_BREAKS:
            break
        words.append(tok.low)
    return words[::-1]


def _is_target(toks: tuple[Tok, ...], draft: Draft) -> bool:
    """"увеличить товарооборот до 35 млрд", "возрастёт до 3,1 тыс., а с октября — до 3,5 тыс.":
    "до" after a change word earlier in the sentence sets a target."""
    for tok in toks[:draft.first]:
        if tok.kind == "word" and _changes().get(tok.lemma):
            return True
    return False


def _change_word(toks: tuple[Tok, ...], i: int) -> tuple[str, int] | None:
    """The nearest change word before token i in the same clause: (direction, index)."""
    for k in range(i - 1, max(-1, i - 1 - CHANGE_WINDOW), -1):
        tok = toks[k]
        if tok.text in CLAUSE_BREAKS or tok.text == ".":
            return None
        direction = _changes().get(tok.lemma) if tok.kind == "word" else None
        if direction:
            return direction, k
    return None


# --- change -------------------------------------------------------------------------

def change(toks: tuple[Tok, ...], draft: Draft) -> str | None:
    """increase / decrease when the figure is the size of a change, null for levels and targets."""
    if draft.kind not in ("money", "percent", "count", "quantity") or draft.part in ("from", "to"):
        return None
    after = _comparative_after(toks, draft.end)
    prep = _preposition(toks, draft.first)
    direct = _direct_change(toks, draft.first)
    if direct:
        return direct
    if (prep == "на" or prep == "в" and draft.unit == "раз") and after in _comparatives():
        return _comparatives()[after]  # "на 14% больше", "в 1,5 раза больше"
    nxt = toks[draft.end] if draft.end < len(toks) else None
    if draft.kind == "percent" and nxt is not None and nxt.pos == "NOUN" \
            and _changes().get(nxt.lemma) in ("increase", "decrease"):
        return _changes()[nxt.lemma]  # "четырёхпроцентным ростом"
    found = _change_word(toks, draft.first)
    if found is None or found[0] == "target":
        return _change_after(toks, draft) if prep == "на" or draft.unit == "раз" else None
    direction, k = found
    if prep == "на" or draft.unit == "раз":  # "вырос на 5%", "вырос в 2 раза", "сократилась втрое"
        return direction
    if prep is None and toks[k].pos == "NOUN" and draft.kind == "percent":
        return direction  # "рост составил 8,4%"
    return None


@once
def _direct() -> dict[str, str]:
    return _lemma_table("change_direct.tsv")


def _direct_change(toks: tuple[Tok, ...], i: int) -> str | None:
    """"потеряла семь мандатов": a verb whose object is the change itself."""
    for k in range(i - 1, max(-1, i - 3), -1):
        tok = toks[k]
        if tok.kind != "word":
            return None
        if tok.lemma in _direct():
            return _direct()[tok.lemma]
        if tok.low not in _qualifier_words():
            return None
    return None


def _comparative_after(toks: tuple[Tok, ...], end: int) -> str:
    """"на 14% больше", "на 13 истребителей F-35 меньше": a comparative closing the figure."""
    for tok in toks[end:end + 3]:
        if tok.kind != "word":
            return ""
        if tok.lemma in _comparatives() or tok.low in _comparatives():
            return tok.low if tok.low in _comparatives() else tok.lemma
        if tok.pos in ("VERB", "INFN", "CONJ", "PREP"):
            return ""
    return ""


def _preposition(toks: tuple[Tok, ...], i: int) -> str | None:
    """The preposition governing the figure, past a qualifier ("почти на")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        low = toks[k].low
        if low in PREPOSITIONS:
            return low
        if toks[k].kind != "word" or low not in _qualifier_words():
            return None
    return None


@once
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for words, _ in table("qualifiers.tsv") for w in words.split())


def _change_after(toks: tuple[Tok, ...], draft: Draft) -> str | None:
    """"на 14% увеличился": a change verb right after the figure."""
    for tok in toks[draft.end:draft.end + 3]:
        direction = _changes().get(tok.lemma) if tok.kind == "word" else None
        if direction and direction != "target":
            return direction
    return None


# --- subject -------------------------------------------------------------------------

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
        if tok.pos == "NOUN" and _changes().get(tok.lemma) in ("increase", "decrease") \
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
    while k < len(toks) and toks[k].kind == "word" and toks[k].pos in ("ADJF", "PRTF") and toks[k].has("gent"):
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
    """"количество заявок достигло 1,2 миллиона": the noun a bare number counts."""
    heads = word_set("count_heads.txt")
    for k in range(draft.first - 1, max(-1, draft.first - 1 - SUBJECT_WINDOW), -1):
        tok = toks[k]
        if tok.text in CLAUSE_BREAKS or tok.text in (".", ","):
            return None
        if tok.kind == "word" and tok.lemma in heads:
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
