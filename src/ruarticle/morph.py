"""pymorphy3 analysis, shared by every stage and cached per distinct word form."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .resources import once


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
    """Part of speech of the most likely parse ("NOUN", "ADJF", ...; None for non-words)."""
    return best(word).tag.POS


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The most likely lemma, lowercase, with ё folded to е."""
    return best(word).normal_form.replace("ё", "е")


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
    stack = parse.methods_stack
    if len(stack) != 1 or type(stack[0][0]) is not _dictionary_unit():
        return parse.inflect(grammemes)  # guessed words: pymorphy3's own way
    return _dictionary_inflected(parse, grammemes)


@once
def _dictionary_unit() -> type:
    from pymorphy3.units import DictionaryAnalyzer

    return DictionaryAnalyzer


def _dictionary_inflected(parse, grammemes: frozenset):
    """``parse.inflect`` for a dictionary word, without building its lexeme: pymorphy3 makes
    a Parse of every form of the paradigm (hundreds for a verb) to keep one. The form it
    would keep depends only on the paradigm, the parse's tag and the grammemes asked for,
    so that choice is made once; only the chosen form is spelled out."""
    unit, _, para_id, _ = parse.methods_stack[0]
    index = _chosen_form(unit.dict, para_id, parse.tag, grammemes)
    if index is None:
        return None
    prefix, tag, suffix = _paradigm(unit.dict, para_id)[index]
    idx = parse.methods_stack[0][3]
    stem = unit.dict.build_stem(unit.dict.paradigms[para_id], idx, parse.word)
    word = prefix + stem + suffix
    return analyzer()._result_type(word, tag, parse.normal_form, 1.0,
                                   ((unit, word, para_id, index),))


@lru_cache(maxsize=20_000)
def _paradigm(dictionary, para_id: int) -> tuple:
    """(prefix, tag, suffix) of every form of a paradigm."""
    return tuple(dictionary.build_paradigm_info(para_id))


@lru_cache(maxsize=100_000)
def _chosen_form(dictionary, para_id: int, tag, required: frozenset) -> int | None:
    """The paradigm form pymorphy3's ``_inflect`` keeps: among the forms with every required
    grammeme (rare cases folded into common ones if none has them), the first most
    similar to the tag with the required grammemes put in."""
    forms = _paradigm(dictionary, para_id)
    possible = [i for i, form in enumerate(forms) if required <= form[1].grammemes]
    if not possible:
        required = type(tag).fix_rare_cases(required)
        possible = [i for i, form in enumerate(forms) if required <= form[1].grammemes]
    wanted = tag.updated_grammemes(required)

    def similarity(i):
        have = forms[i][1].grammemes
        return len(wanted & have) - 0.1 * len(wanted ^ have)

    return max(possible, key=similarity, default=None)


@lru_cache(maxsize=400_000)
def has_tag(word: str, grammeme: str, min_score: float = 0.0) -> bool:
    """Whether any parse scoring at least ``min_score`` carries the grammeme."""
    return any(grammeme in p.tag and p.score >= min_score for p in parses(word))
