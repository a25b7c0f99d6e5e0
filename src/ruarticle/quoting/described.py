"""The speaker span as a reader marks it: the whole description before the name
("Глава комитета по вопросам семьи, женщин и детей Елена Мизулина") and a
description set off by commas after it ("Россиянин, обвиняемый в атаке, заявил").

Only the shown span grows; the speaker is still resolved from the core phrase
the rules found, so a name inside the description cannot take its place.
"""
from __future__ import annotations

from .words import Word, best_pos, is_latin, is_proper, parses, tokenize

INNER_PREPOSITIONS = frozenset({"по", "при", "от", "для", "из"})  # "комитет по вопросам семьи", "завода из Балаклавы"
BOUNDARY = ".!?:;—–("
LEFT_REACH = 12
INSERT_REACH = 10
PLACE_PREPOSITIONS = frozenset({"в", "во", "из"})


def shown(text: str, speaker: tuple[int, int], cue: tuple[int, int], lo: int) -> tuple[int, int]:
    """The speaker span widened to its description; ``lo`` is where the paragraph starts."""
    start, end = speaker
    if end > cue[0]:
        return speaker  # the speaker follows the cue: its phrase was taken whole
    start = _left(tokenize(text, max(lo, start - 300), start), start)
    between = tokenize(text, end, cue[0])
    end = _insert(between, end)
    end = _bracket(between, end)
    end = _placed(tokenize(text, speaker[0], speaker[1]), between, end)
    return start, end


def _left(words: list[Word], start: int) -> int:
    """Step back over genitives, "и", commas and inner prepositions to a nominative head
    noun that opens the clause."""
    best, k = start, len(words)
    while k > 0 and len(words) - k < LEFT_REACH and _continues(words[k - 1]):
        k -= 1
        if _head(words[k]) and _opens(words, k) and _genitive_after(words, k):
            best = words[k].start
    return best


def _continues(word: Word) -> bool:
    if not word.is_word:
        return word.text in ",()"  # "Президент федерации (ВФЛА) Валентин Балахничев"
    if word.low == "и" or word.low in INNER_PREPOSITIONS:
        return True
    return is_proper(word) or best_pos(word) in ("NOUN", "ADJF", "PRTF", "NUMR")


def _head(word: Word) -> bool:
    best = parses(word)[0]
    return word.is_word and best.tag.POS == "NOUN" and "nomn" in best.tag


def _opens(words: list[Word], k: int) -> bool:
    return k == 0 or words[k - 1].text in BOUNDARY or best_pos(words[k - 1]) in ("ADVB", "CONJ")


def _genitive_after(words: list[Word], k: int) -> bool:
    """The head is followed by a word that depends on it, not by another subject."""
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    return nxt.low in INNER_PREPOSITIONS or nxt.low == "и" \
        or any("gent" in p.tag for p in parses(nxt)[:2]) \
        or best_pos(nxt) == "ADJF" or is_latin(nxt)  # "газета Il Sole 24 Ore"


def _insert(words: list[Word], end: int) -> int:
    """", обвиняемый в хакерской атаке," between the speaker and the cue."""
    if len(words) < 3 or words[0].text != "," or words[-1].text != "," or len(words) > INSERT_REACH:
        return end
    first = next((w for w in words if w.is_word), None)
    if first is None or any(w.text in BOUNDARY for w in words):
        return end
    if best_pos(first) in ("PRTF",) or (best_pos(first) == "NOUN" and "nomn" in parses(first)[0].tag):
        return words[-2].end
    return end


def _bracket(words: list[Word], end: int) -> int:
    """"Боб Стивенс (Bob Stevens) заявил": the bracket right after the name is its part."""
    if not words or words[0].text != "(":
        return end
    close = next((n for n, w in enumerate(words) if w.text == ")"), None)
    if close is not None and close <= INSERT_REACH \
            and all(w.is_word or w.text in ".,-" for w in words[1:close]):
        return words[close].end
    return end


def _placed(core: list[Word], words: list[Word], end: int) -> int:
    """"Источники в Кремле указывали", "Агент из города Мобил рассказал": a common noun
    speaker keeps the place that says who it is."""
    if not core or is_proper(core[-1]) or not _head(core[-1]) or not words \
            or words[0].low not in PLACE_PREPOSITIONS or len(words) > INSERT_REACH:
        return end
    inside = words[1:]
    if not inside or not any(is_proper(w) for w in inside) \
            or not all(w.text in "()" or (w.is_word and (is_proper(w) or best_pos(w) in ("NOUN", "ADJF")))
                       for w in inside):
        return end
    return words[-1].end
