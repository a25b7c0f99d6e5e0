"""Word tokens with offsets, and the few morphological questions the quote rules ask."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import morph
from ..resources import word_set

TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*"
                      r"(?:\.(?i:ру|ru|рф|com|org|net|info|ua|by|kz|kg|uz|tj|az|am|ge|md|su|tv|io|news|media|online|lv|lt|ee)(?![\p{L}\p{N}]))?"  # "Лента.ру", "E1.RU"
                      r"|[^\s\p{L}\p{N}]")
OPEN_MARKS = "«„“\"‘"
CLOSE_MARKS = "»“”\"’"
DASHES = "—–-"
PRONOUNS = {"он": "masc", "она": "femn", "они": "plur", "его": "masc", "ее": "femn",
            "их": "plur", "него": "masc", "нее": "femn", "них": "plur", "ему": "masc",
            "ей": "femn", "им": "plur"}
NAME_TAGS = ("Name", "Surn", "Patr")
NP_POS = ("NOUN", "ADJF", "NUMR", "PRTF")  # the parts of speech of a noun phrase
LATIN = regex.compile(r"\p{Latin}")
SURNAME_ENDINGS = ("ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "цкий", "ская",
                   "цкая", "енко", "швили", "дзе", "ян", "янц")
INITIAL_REACH = 8  # characters of marks and spaces looked through for a sentence start
LEADERS = " \t«\"„“—–-"  # what may stand between a sentence end and its first word
ENDERS = ".!?…\n\r:"
_new = tuple.__new__  # builds a Word without the Python-level __new__ of NamedTuple
WHOLE_TEXT_MIN = 400  # texts this long are tokenized once and sliced


class Word(NamedTuple):
    """A token with offsets; the derived fields are computed once, when tokenizing,
    because the rules ask for them thousands of times."""
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence: its capital says nothing
    low: str       # lowercase, ё folded to е
    is_word: bool
    is_upper: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Tokens of ``text[start:end]`` with offsets into ``text``. A long text is
    tokenized once and its ranges are sliced out of that (the rules ask for the
    same paragraph's words again and again)."""
    end = len(text) if end is None else end
    if len(text) < WHOLE_TEXT_MIN:
        return list(_short(text, start, end))
    words, starts, ends = _whole(text)
    a = bisect_left(starts, start)
    b = bisect_right(ends, end, lo=a)
    return words[a:b]


def _scan(text: str, start: int, end: int) -> list[Word]:
    # one loop without helper calls: it runs once per word of every article
    words = []
    for m in TOKEN.finditer(text, start, end):
        token, at = m.group(), m.start()
        # initial: the text's start or a sentence end before it, with only LEADERS between
        # (a longer run of LEADERS than the reach counts as a start too)
        before = text[at - INITIAL_REACH + 1 if at >= INITIAL_REACH else 0:at].rstrip(LEADERS)
        words.append(_new(Word, (at, m.end(), token, not before or before[-1] in ENDERS,
                                 token.lower().replace("ё", "е"), token[0].isalnum(),
                                 token[0].isupper() or _arabic_name(token))))
    return words


def _arabic_name(token: str) -> bool:
    """"аль-Завахири", "ад-Дин": a name behind a lowercase Arabic article is as proper as a
    capitalised one (the speaker walks and the name tests ask for a capital)."""
    article, dash, rest = token.partition("-")
    return bool(dash) and rest[:1].isupper() and article in word_set("quote_name_articles.txt")


@lru_cache(maxsize=4096)
def _short(text: str, start: int, end: int) -> tuple[Word, ...]:
    """A short text's tokens (a name, a post): the roster asks for the same names' words
    again and again; callers get a list of their own."""
    return tuple(_scan(text, start, end))


@lru_cache(maxsize=8)
def _whole(text: str) -> tuple[list[Word], list[int], list[int]]:
    """Every token of a long text (the article being processed), kept for reuse."""
    words = _scan(text, 0, len(text))
    return words, [w.start for w in words], [w.end for w in words]


def is_proper(word: Word) -> bool:
    """Capitalised inside a sentence, or a known name: a proper noun."""
    return word.is_word and word.is_upper and (not word.initial or is_name_like(word))


def parses(word: Word) -> tuple:
    return morph.parses(word.low)


def pos_in(word: Word, *pos: str, min_score: float = 0.05) -> bool:
    return any(p.tag.POS in pos and p.score >= min_score for p in parses(word))


def best_pos(word: Word) -> str | None:
    return morph.pos(word.low) if word.is_word else None


def is_future(word: Word) -> bool:
    """A verb in the future tense only: "заявит", "сообщит". One of both aspects
    ("констатирует", "гарантирует") also reads as the present, which news reports use."""
    verbs = [p for p in parses(word) if p.tag.POS == "VERB"]
    return bool(verbs) and "futr" in parses(word)[0].tag and not any("pres" in p.tag for p in verbs)


def can_be_case(word: Word, case: str, min_score: float = 0.05) -> bool:
    return any(case in p.tag and p.score >= min_score for p in parses(word))


def is_latin(word: Word) -> bool:
    """A Latin word, or a site's address such as "24.kg"."""
    return LATIN.match(word.text) is not None or ("." in word.text and LATIN.search(word.text) is not None)


def is_name_like(word: Word) -> bool:
    """A capitalised proper name, abbreviation or foreign word."""
    if not word.is_word or not word.is_upper:
        return False
    if is_latin(word) or (word.text.isupper() and len(word.text) > 1):
        return True
    return _name_tagged(word.low)


@lru_cache(maxsize=200_000)
def _name_tagged(low: str) -> bool:
    found = morph.parses(low)
    return any(t in p.tag for p in found for t in NAME_TAGS + ("Orgn", "Geox")) \
        or "UNKN" in found[0].tag \
        or not morph.known(low) \
        or surname_as_plural(low, found)  # "Бельянинов", "Пегула": a capitalised word the dictionary lacks


def surname_as_plural(low: str, found) -> bool:
    """"Русаков" capitalised is a surname the dictionary lacks, not the genitive plural
    of "русак" it reads (a plural common noun is not written with a capital)."""
    return low.endswith(("ов", "ев", "ин", "ын")) and all(
        p.tag.POS == "NOUN" and "plur" in p.tag and "nomn" not in p.tag for p in found)


def is_person_name(word: Word) -> bool:
    return word.is_word and word.is_upper and _person_tagged(word.low)


@lru_cache(maxsize=200_000)
def _person_tagged(low: str) -> bool:
    return any(t in p.tag and p.score >= 0.01 for p in morph.parses(low) for t in NAME_TAGS)


def pronoun_gender(word: Word) -> str | None:
    return PRONOUNS.get(word.low)


def verb_gender(word: Word) -> str | None:
    """The gender (or plural) a past-tense verb form shows: "сказала" -> femn."""
    return _verb_gender(word.low)


@lru_cache(maxsize=200_000)
def _verb_gender(low: str) -> str | None:
    tag = morph.parses(low)[0].tag
    if "plur" in tag:
        return "plur"
    for gender in ("masc", "femn", "neut"):
        if gender in tag:
            return gender
    return None


def char_span(words: list[Word], a: int, b: int) -> tuple[int, int]:
    """Character offsets covered by ``words[a:b]``."""
    return words[a].start, words[b - 1].end


def post_participle(word: Word, proper: bool = False) -> bool:
    """A participle or adjective used as a post's noun, in the nominative ("заведующая",
    "управляющий"); a proper noun only when ``proper`` (a capital opening the phrase)."""
    if not word.is_word or not proper and is_proper(word):
        return False
    found = parses(word)[0]
    return found.tag.POS in ("PRTF", "ADJF") and "Subx" in found.tag and "nomn" in found.tag


def recase(form: str, like: str, *, letters: bool = False, all_caps: bool = True) -> str:
    """An inflected dictionary form (lowercase) written with the capitals of the word it
    stands for: all in capitals after an abbreviation ("МВД"; not with ``all_caps``
    off), else a capital first letter ("Москвы" -> "Москва") or, with ``letters``, each
    capital of the stem the two share ("Волго-Вятское", "АэроВолга")."""
    if all_caps and like.isupper() and len(like) > 1:
        return form.upper()
    if letters:
        return "".join(c.upper() if n < len(like) and like[n].isupper() and c.lower() == like[n].lower() else c
                       for n, c in enumerate(form))
    return form[:1].upper() + form[1:] if like[:1].isupper() else form
