"""pymorphy3 analysis, shared by every stage and cached per distinct word form."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .resources import once, word_set

PLURAL_NAME_SCORE = 0.15  # a nominative plural this likely keeps a compound name as written ("Россети")


@once
def analyzer():
    import pymorphy3  # imported lazily: building the analyzer reads its dictionaries

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """All pymorphy3 parses of a word form, best first."""
    word = _encodable(word)
    try:
        return tuple(analyzer().parse(word))
    except ValueError:  # pymorphy3 asks unicodedata for names some characters lack
        return tuple(analyzer().parse(_named(word)))


@lru_cache(maxsize=200_000)
def known(word: str) -> bool:
    """Whether the form is in pymorphy3's dictionary."""
    try:
        return analyzer().word_is_known(_encodable(word))
    except ValueError:
        return False


def _named(word: str) -> str:
    """The word with characters that have no Unicode name replaced by U+FFFD."""
    return "".join(c if unicodedata.name(c, None) else "\ufffd" for c in word)


def _encodable(word: str) -> str:
    """pymorphy3's dictionaries look words up as UTF-8, which lone surrogates cannot be."""
    try:
        word.encode("utf-8")
        return word
    except UnicodeEncodeError:
        return word.encode("utf-8", "replace").decode("utf-8")


def best(word: str):
    return parses(word)[0]


@lru_cache(maxsize=200_000)
def pos(word: str) -> str | None:
    """Part of speech of the most likely parse ("NOUN", "ADJF", ...; None for non-words).

    A plain string: pymorphy3's ``tag.POS`` is a str subclass whose ``==`` is written in
    Python (it checks the other side is a grammeme), and the rules compare parts of speech
    tens of thousands of times per article; the cache also holds no object per form then."""
    found = best(word).tag.POS
    return None if found is None else str(found)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The most likely lemma, lowercase, with ё folded to е."""
    return best(word).normal_form.replace("ё", "е")


def normal(parse) -> str:
    """A parse's lemma with ё folded to е, the form the word lists hold: "ребёнок" would
    never be found among them."""
    return parse.normal_form.replace("ё", "е")


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma pymorphy3 considers possible for the form."""
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word))


def inflect(parse, grammemes):
    """``parse.inflect(grammemes)``, worked out once per parse and grammemes: pymorphy3
    builds the word's whole lexeme for it (hundreds of forms for a participle), and the
    same names and posts are put into the nominative again and again."""
    return _inflected(parse, frozenset(grammemes))


@lru_cache(maxsize=100_000)
def _inflected(parse, grammemes: frozenset):
    return parse.inflect(grammemes)


@lru_cache(maxsize=400_000)
def has_tag(word: str, grammeme: str, min_score: float = 0.0) -> bool:
    """Whether any parse scoring at least ``min_score`` carries the grammeme."""
    return any(grammeme in p.tag and p.score >= min_score for p in parses(word))


@lru_cache(maxsize=50_000)
def compound_tail(word: str) -> tuple | None:
    """(first part, parse of the rest) of a body's compound name the dictionary lacks:
    after a listed first part (compound_prefixes.txt) it declines by its last part, a
    singular noun in an oblique case ("росавиации" -> "рос", "авиации"); None otherwise."""
    low = word.lower()
    if known(low):
        return None
    prefix = next((p for p in word_set("compound_prefixes.txt") if low.startswith(p) and len(low) - len(p) >= 4), None)
    rest = parses(low[len(prefix):]) if prefix else ()
    if not rest or rest[0].tag.POS != "NOUN" or "sing" not in rest[0].tag or rest[0].tag.case in (None, "nomn") \
            or any(p.tag.case == "nomn" and "plur" in p.tag and p.score >= PLURAL_NAME_SCORE for p in rest):
        return None
    return prefix, rest[0]
