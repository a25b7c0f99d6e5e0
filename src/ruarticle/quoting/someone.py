"""Whether a noun phrase can name a speaker: a proper name, an animate noun, a source's
kind ("агентство", "источник"), not an event ("отравление Скрипалей")."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .words import Word, best_pos, is_latin, is_proper, parses
from .functional import function_noun
from .np_words import POSSESSIVE, described_noun, is_personal_pronoun, modifier_lead, names_a_source

ANIMATE_SCORE = 0.3  # an animate reading this likely names a person ("звезда" 0.375)


def names_someone(words: list[Word], span: tuple[int, int]) -> bool:
    """A phrase that can name a speaker: a proper name or an animate noun, not
    "отравление Скрипалей". A modifier's phrase is headed by the noun it agrees with
    ("близкий к руководству источник")."""
    inside = words[span[0]:span[1]]
    if len(inside) == 1 and span[1] < len(words) and words[span[1]].low == "из":
        return True  # "один из собеседников агентства"
    lead = modifier_lead(inside[0]) if len(inside) > 2 and not is_proper(inside[0]) else None
    described = next((w for w in inside[2:] if described_noun(w, lead)), None) \
        if lead and not described_noun(inside[1], lead) else None
    head = described or next((w for w in inside if w.is_word and w.low not in POSSESSIVE  # "его партия"
                              and (best_pos(w) in ("NOUN", "NPRO", None) or is_proper(w))), None)
    # the head decides: "отравление Скрипалей" is an event, "агентство MAP" a source
    named_outlet = any(is_latin(w) for w in inside) or _abbreviated(words, span[1])  # "канал NBC News"
    return head is not None and (is_proper(head) or is_latin(head) or is_personal_pronoun(head)
                                 or names_a_source(head) or named_outlet or _animate(head)
                                 or morph.lemma(head.low) in word_set("quote_anonymous.txt")
                                 or function_noun([head]) is not None  # "сообщает следствие"
                                 or _guessed_person(head) or _indeclinable_name(head))  # "источник", "омудсмен"


def _animate(word: Word) -> bool:
    """An animate noun, also one the dictionary reads first as a thing: "звезда «Маски»"
    is a celebrity before it is a star in the sky."""
    return any("anim" in p.tag and p.score >= ANIMATE_SCORE for p in parses(word)[:2])


def _abbreviated(words: list[Word], k: int) -> bool:
    """"Исламское государство (ИГ)": an abbreviation in brackets after the phrase makes it a name."""
    return k + 2 < len(words) and words[k].text == "(" and words[k + 2].text == ")" \
        and words[k + 1].text.isupper() and len(words[k + 1].text) > 1


def _indeclinable_name(word: Word) -> bool:
    """"Рено говорила" at a sentence start: a capitalised indeclinable noun the dictionary
    knows only as a thing (a car's make) is a loanword name, a person's or a company's."""
    return word.is_upper and any("Fixd" in p.tag for p in parses(word)[:1])


def _guessed_person(word: Word) -> bool:
    """A word the dictionary does not know but may read as a person ("омудсмен")."""
    return not morph.known(word.low) and any({"anim", "nomn"} <= set(p.tag.grammemes)
                                             and p.score >= 0.3 for p in parses(word))
