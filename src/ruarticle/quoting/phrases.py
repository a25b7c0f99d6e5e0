"""Noun phrases next to a reporting cue: who is speaking.

A speaker is found by walking away from the cue over words that can belong to
a noun phrase (nouns, adjectives, names, abbreviations, quoted names) and then
trimming the walk so that it starts with a word that can be nominative.
"""
from __future__ import annotations

from .words import Word, best_pos, is_name_like, parses

NP_POS = ("NOUN", "ADJF", "NUMR", "PRTF")
SKIP_POS = ("ADVB", "PRCL", "PRED")
NAME_MARKS = "«»\"„“”"
MAX_NP = 12
PP_REACH = 4


def _np_word(word: Word) -> bool:
    """Whether a token may sit inside a speaker's noun phrase."""
    if not word.is_word:
        return word.text in NAME_MARKS or word.text == "."  # initials: "А. С. Пушкина"
    if is_name_like(word):
        return True
    return best_pos(word) in NP_POS or (word.text[0].isdigit() and "-" in word.text)


def _nominative(word: Word, plural_ok: bool = True) -> bool:
    if is_name_like(word):
        return True
    return any("nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR")
               and p.score >= 0.05 and (plural_ok or "plur" not in p.tag)
               for p in parses(word))




def is_personal_pronoun(word: Word) -> bool:
    return word.low in ("он", "она", "они")


def _is_prep(word: Word) -> bool:
    return word.is_word and best_pos(word) == "PREP"


def _is_skippable(word: Word) -> bool:
    return word.is_word and not is_name_like(word) and best_pos(word) in SKIP_POS


def before(words: list[Word], i: int, lo: int = 0, singular: bool = False) -> tuple[int, int] | None:
    """The subject phrase ending before ``words[i]`` (indices ``[a, b)``), or None."""
    j = _skip_left(words, i - 1, lo)
    if j >= lo and is_personal_pronoun(words[j]):
        return j, j + 1
    end = j + 1
    while j >= lo and end - j <= MAX_NP and _np_word(words[j]):
        j -= 1
    a = j + 1
    if j >= lo and _is_prep(words[j]):
        a = _after_pp(words, a, end)
    while a < end and not (words[a].is_word and _nominative(words[a], not singular)):
        a += 1
    if a >= end:
        return None
    return a, end


def _skip_left(words: list[Word], j: int, lo: int) -> int:
    """Step left over adverbs and short prepositional phrases between subject and verb."""
    for _ in range(4):
        while j >= lo and _is_skippable(words[j]):
            j -= 1
        k = next((k for k in range(j, max(lo - 1, j - PP_REACH), -1)
                  if _is_prep(words[k]) or not words[k].is_word), None)
        if k is None or not _is_prep(words[k]) or any(is_name_like(w) for w in words[k + 1:j + 1]):
            return j
        j = k - 1
    return j


def _after_pp(words: list[Word], a: int, end: int) -> int:
    """Skip the object of a preposition: its adjectives and first noun, then genitives."""
    while a < end and best_pos(words[a]) in ("ADJF", "PRTF", "NUMR") and not is_name_like(words[a]):
        a += 1
    if a < end:
        a += 1
    while a < end and not _nominative(words[a]) and words[a].is_word:
        a += 1
    return a


def after(words: list[Word], i: int, hi: int) -> tuple[int, int] | None:
    """The subject phrase after the cue ``words[i]`` and before ``hi``, or None."""
    j = i + 1
    for _ in range(6):
        if j >= hi:
            return None
        word = words[j]
        if _is_skippable(word):
            j += 1
        elif _is_prep(word):
            j = _after_pp(words, j + 1, hi)
        elif word.is_word and is_personal_pronoun(word):
            return j, j + 1
        elif word.is_word and _nominative(word) and _np_word(word):
            break
        elif word.is_word and _np_word(word) and not is_name_like(word):
            j += 1  # an object such as "журналистам"
        else:
            return None
    else:
        return None
    a = j
    while j < hi and j - a < MAX_NP and _np_word(words[j]) and not _closes_phrase(words, j, a):
        j += 1
    while j > a and not words[j - 1].is_word and words[j - 1].text != "»" and words[j - 1].text != '"':
        j -= 1
    return (a, j) if j > a else None


def _closes_phrase(words: list[Word], j: int, a: int) -> bool:
    # a full stop ends the phrase unless it follows a single capital (an initial)
    return words[j].text == "." and not (j > a and len(words[j - 1].text) == 1
                                         and words[j - 1].is_upper)
