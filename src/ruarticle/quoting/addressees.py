"""The one told, never the speaker: an outlet or a person the words were said to, named
next to the cue ("сообщил «Интерфаксу»", "рассказал РИА Новости источник", "сообщили РБК
в управлении МВД", "заявил журналистам"). ``phrases`` and ``sources`` step over them."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .marks import through_name
from .words import NP_POS, Word, best_pos, is_latin, is_proper, parses, post_participle

DATIVE_SCORE = 0.2  # a reading this likely at least
ADDRESSEE_WORDS = 3  # words of an outlet told the news ("РИА Новости") before a locative source


def addressee(word: Word) -> bool:
    """"сказал Песков журналистам": a common word that can be neither the subject nor
    a genitive of it starts the verb's object."""
    if not word.is_word or is_proper(word) or is_latin(word) or best_pos(word) not in NP_POS:
        return False
    return not any(("nomn" in p.tag or "gent" in p.tag) and p.score >= 0.05 for p in parses(word))


def oblique(word: Word) -> bool:
    """A dative or other oblique form such as "Интерфаксу", "Reuters" excepted. The
    likeliest reading decides: pymorphy3 lists a guessed abbreviation's readings first
    ("РИА-новости" as a dative)."""
    best = _likeliest(word)
    return any(c in best.tag for c in ("datv", "ablt", "loct")) and "nomn" not in best.tag


def quoted_addressee(words: list[Word], j: int, hi: int) -> bool:
    """"сказал экономист «Интерфаксу»": a quoted name in the dative after the subject is
    the one told."""
    return words[j].text in "«\"" and j + 1 < hi and words[j + 1].is_word and words[j + 1].is_upper \
        and (oblique(words[j + 1]) and "datv" in _likeliest(words[j + 1]).tag or _dative_only(words[j + 1]))


def _likeliest(word: Word):
    return max(parses(word), key=lambda p: p.score)


def _dative_only(word: Word) -> bool:
    """«Слою»: a name read as a noun in the dative among other readings (a verb, a
    locative), never as a nominative or genitive noun."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
    return any("datv" in p.tag and p.score >= DATIVE_SCORE for p in nouns) \
        and not any("nomn" in p.tag or "gent" in p.tag for p in nouns)


def told_outlet(words: list[Word], j: int, hi: int) -> bool:
    """"— сказал юрист РБК.": a news outlet named last after a person's noun that is no
    outlet's staff (no "корреспондент", "редактор") is the one told, not the speaker's employer.
    An unnamed source's outlet ("собеседник ТАСС") stays in the phrase: it is how the source
    is known."""
    if j == 0 or j + 1 < hi and words[j + 1].is_word or words[j].low not in word_set("quote_outlets.txt"):
        return False
    noun = words[j - 1]
    lemma = morph.lemma(noun.low)
    return noun.is_word and best_pos(noun) == "NOUN" and "anim" in parses(noun)[0].tag \
        and lemma not in word_set("quote_newsroom_nouns.txt") and lemma not in word_set("quote_outlet_staff.txt") \
        and lemma not in word_set("quote_unnamed_sources.txt")


def quoted_outlet(ws, span) -> bool:
    """A short name in quotation marks that cannot be a genitive: «Ъ», «Интерфаксу»
    (told something), not «Газпрома» (whose press service speaks)."""
    inside = ws[span[0]:span[1]]
    content = [w for w in inside if w.is_word]
    return len(inside) >= 3 and inside[0].text in "«\"" and inside[-1].text in "»\"" \
        and 0 < len(content) <= 3 and not any("gent" in p.tag for p in parses(content[-1]))


def told_between(ws, place_end: int, k: int) -> bool:
    """Nothing but addressees ("журналистам") between a locative source and ``ws[k]``."""
    return all(addressee(w) for w in ws[:k] if w.start >= place_end)


def past_outlet_before_person(words: list[Word], a: int, j: int) -> int:
    """"сообщил РИА Новости представитель ведомства": names followed by a person noun in
    the nominative were the addressee; the speaker is the noun phrase after them."""
    first = k = _past_name(words, a, j)
    counted = k < j and words[k].is_word and best_pos(words[k]) == "NUMR"
    if counted:  # "рассказали РБК два источника": the count opens the speaker
        k += 1
    while k < j and words[k].is_word and best_pos(words[k]) == "ADJF" and not is_proper(words[k]):
        k += 1  # "журналу People официальный представитель"
    if first < j and k < j and post_participle(words[k]):
        return first  # "рассказала НГС заведующая секцией"
    if first == a or k >= j or not words[k].is_word or best_pos(words[k]) != "NOUN":
        return a
    noun = parses(words[k])[0]
    person = "anim" in noun.tag or morph.lemma(words[k].low) in word_set("quote_anonymous.txt")
    case = "gent" if counted else "nomn"  # "два источника"
    return first if person and case in noun.tag else a  # "рассказал ТАСС источник"


def past_outlet_before_place(ws, k, hi) -> int:
    """Past an outlet told the news before the locative source ("сообщили РБК в
    управлении МВД", "рассказали «Интерфаксу» в пресс-службе"), else ``k`` itself."""
    m = k
    if m < hi and ws[m].text in "«\"":
        m = next((n + 1 for n in range(m + 1, min(hi, m + ADDRESSEE_WORDS + 2)) if ws[n].text in "»\""), k)
    else:
        m = _past_name(ws, k, hi, ADDRESSEE_WORDS)
    return m if m > k and m < hi and ws[m].low in ("в", "во", "на") else k


def outlet_after_place(ws, j: int, span) -> bool:
    """"как сообщили в МВД ТАСС": an outlet's name after the place the words come from
    was told them; the place after the verb is the source."""
    return span[0] > j + 1 and ws[span[0]].low in word_set("quote_outlets.txt") \
        and any(w.low in ("в", "во", "на") for w in ws[j + 1:span[0]])


def _past_name(ws, k: int, hi: int, reach: int | None = None) -> int:
    """The index after an outlet's name written in capitals or Latin letters ("РИА
    Новости", "NBC News") that opens at ``ws[k]``, at most ``reach`` words of it."""
    m = k
    while m < hi and (reach is None or m - k < reach) and ws[m].is_word and (is_proper(ws[m]) or is_latin(ws[m])):
        m += 1
    return m


def past_outlet(words: list[Word], j: int, hi: int) -> int:
    """The index after an object ``words[j]``, and after the outlet's name that follows a
    newsroom noun ("рассказала корреспонденту Tengrinews.kz", "журналисту ТАСС"): the
    outlet is the one told, so no speaker."""
    k = j + 1
    if not words[j].is_word or morph.lemma(words[j].low) not in word_set("quote_newsroom_nouns.txt"):
        return k
    if k < hi and words[k].text in "«\"":
        return through_name(words, k, hi) or k
    while k < hi and (is_latin(words[k]) or len(words[k].text) > 1 and words[k].text.isupper()
                      or words[k].text == "." and k + 1 < hi and words[k - 1].end == words[k].start
                      and words[k + 1].start == words[k].end):  # "V1.RU"
        k += 1
    return k
