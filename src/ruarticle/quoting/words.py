"""Word tokens with offsets, and the few morphological questions the quote rules ask."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import morph

TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")
OPEN_MARKS = "«„“\"‘"
CLOSE_MARKS = "»“”\"’"
DASHES = "—–-"
PRONOUNS = {"он": "masc", "она": "femn", "они": "plur", "его": "masc", "ее": "femn",
            "их": "plur", "него": "masc", "нее": "femn", "них": "plur", "ему": "masc",
            "ей": "femn", "им": "plur"}
NAME_TAGS = ("Name", "Surn", "Patr")
INITIAL_REACH = 8  # characters of marks and spaces looked through for a sentence start


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    initial: bool = False  # first word of a sentence: its capital says nothing

    @property
    def low(self) -> str:
        return self.text.lower().replace("ё", "е")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_upper(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    return [Word(m.start(), m.end(), m.group(), _initial(text, m.start()))
            for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def _initial(text: str, at: int) -> bool:
    k, stop = at - 1, max(-1, at - INITIAL_REACH)
    while k > stop and text[k] in " \t«\"„“—–-":
        k -= 1
    return k < 0 or text[k] in ".!?…\n\r:" or k == stop


def is_proper(word: Word) -> bool:
    """Capitalised inside a sentence, or a known name: a proper noun."""
    return word.is_word and word.is_upper and (not word.initial or is_name_like(word))


def parses(word: Word) -> tuple:
    return morph.parses(word.low)


def pos_in(word: Word, *pos: str, min_score: float = 0.05) -> bool:
    return any(p.tag.POS in pos and p.score >= min_score for p in parses(word))


def best_pos(word: Word) -> str | None:
    return parses(word)[0].tag.POS if word.is_word else None


def can_be_case(word: Word, case: str, min_score: float = 0.05) -> bool:
    return any(case in p.tag and p.score >= min_score for p in parses(word))


def is_latin(word: Word) -> bool:
    return regex.match(r"\p{Latin}", word.text) is not None


def is_name_like(word: Word) -> bool:
    """A capitalised proper name, abbreviation or foreign word."""
    if not word.is_word or not word.is_upper:
        return False
    if is_latin(word) or (word.text.isupper() and len(word.text) > 1):
        return True
    return any(t in p.tag for p in parses(word) for t in NAME_TAGS + ("Orgn", "Geox")) \
        or "UNKN" in parses(word)[0].tag


def is_person_name(word: Word) -> bool:
    return word.is_word and word.is_upper and any(
        t in p.tag and p.score >= 0.01 for p in parses(word) for t in NAME_TAGS)


def pronoun_gender(word: Word) -> str | None:
    return PRONOUNS.get(word.low)


def verb_gender(word: Word) -> str | None:
    """The gender (or plural) a past-tense verb form shows: "сказала" -> femn."""
    tag = parses(word)[0].tag
    if "plur" in tag:
        return "plur"
    for gender in ("masc", "femn", "neut"):
        if gender in tag:
            return gender
    return None


def char_span(words: list[Word], a: int, b: int) -> tuple[int, int]:
    """Character offsets covered by ``words[a:b]``."""
    return words[a].start, words[b - 1].end
