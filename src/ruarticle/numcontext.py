"""What the words around a figure say about it: its qualifier (около, более, до) and
whether it is the size of a change (увеличился на)."""
from __future__ import annotations

from .numdraft import Draft
from .numtokens import Tok
from .resources import once, table, word_set

MEASURES = frozenset({"money", "percent", "count", "quantity", "period", "age"})
CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "–", "«", "»", "?", "!"})
CHANGE_WINDOW = 8


@once
def _phrases(name: str) -> dict[tuple[str, ...], str]:
    return {tuple(words.split()): value for words, value in table(name)}


def _lemma_table(name: str) -> dict[str, str]:
    return {k: v for k, v in table(name)}


@once
def changes() -> dict[str, str]:
    return _lemma_table("change_words.tsv")


@once
def _comparatives() -> dict[str, str]:
    return _lemma_table("change_comparatives.tsv")


# --- qualifier ----------------------------------------------------------------------

def qualifier(toks: tuple[Tok, ...], draft: Draft) -> str | None:
    if draft.kind not in MEASURES or draft.part == "to":
        return None
    before = _words_before(toks, draft.first)
    skippable = (word_set("prepositions.txt") - {"до"}) | word_set("qualifier_fillers.txt")
    while before and before[-1] in skippable:
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
        if tok.kind == "word" and changes().get(tok.lemma):
            return True
    return False


def _change_word(toks: tuple[Tok, ...], i: int) -> tuple[str, int] | None:
    """The nearest change word before token i in the same clause: (direction, index)."""
    for k in range(i - 1, max(-1, i - 1 - CHANGE_WINDOW), -1):
        tok = toks[k]
        if tok.text in CLAUSE_BREAKS or tok.text == ".":
            return None
        direction = changes().get(tok.lemma) if tok.kind == "word" else None
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
            and changes().get(nxt.lemma) in ("increase", "decrease"):
        return changes()[nxt.lemma]  # "четырёхпроцентным ростом"
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
        if low in word_set("prepositions.txt"):
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
        direction = changes().get(tok.lemma) if tok.kind == "word" else None
        if direction and direction != "target":
            return direction
    return None
