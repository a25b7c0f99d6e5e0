"""The subject phrase before a reporting cue.

A speaker is found by walking away from the cue over words that can belong to
a noun phrase (nouns, adjectives, names, abbreviations, quoted names) and then
trimming the walk so that it starts with a word that can be nominative; inserts set off
by commas, outlets the words were told in and objects put first are stepped over.
"""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .marks import closing
from .lexicon import org_head
from .words import Word, best_pos, is_latin, is_name_like, is_person_name, is_proper, parses
from .np_words import (MAX_NP, NAME_MARKS, NAME_REACH, POSSESSIVE, after_pp, bare_demonstrative, described_noun,
                       initial_letter, is_personal_pronoun, is_prep, is_skippable, known_oblique, modifier_lead,
                       names_a_source, nominative, np_word, regional_body, time_noun)
from .someone import names_someone

SHARED_NAME_WORDS = 3  # words of a name before a name nested in it that shares its »
FEMININE_SURNAME = ("ова", "ева", "ина", "ына", "ская", "цкая")
PP_REACH = 4
PP_WORDS = frozenset({"PREP", "NOUN", "NUMR", "ADJF"})  # "в течение 13 лет", "на прошлой неделе"
INSERT_REACH = 32
INSERTS = 4  # inserts set off by commas in a row: ", обращаясь во вторник, 25 июня, к нации,"
INSERTED_PP = 5  # words of a prepositional phrase set off by commas before the verb
SELF = frozenset({"сам", "сама", "сами"})


def before(words: list[Word], i: int, lo: int = 0, gender: str | None = None) -> tuple[int, int] | None:
    """The subject phrase ending before ``words[i]`` (indices ``[a, b)``), or None."""
    span = _before(words, i, lo, gender)
    return _with_leading_modifier(words, span, lo) if span else span


def _with_leading_modifier(words: list[Word], span: tuple[int, int], lo: int) -> tuple[int, int]:
    """"Знакомый с ситуацией источник рассказал": a participle or adjective opening the
    clause with its own objects describes the noun the walk stopped at; take it in."""
    a = span[0]
    if not words[a].is_word or is_proper(words[a]):
        return span
    for k in range(a - 1, max(lo, a - NAME_REACH) - 1, -1):
        if not (words[k].is_word or words[k].text[:1].isdigit()) or best_pos(words[k]) in ("VERB", "CONJ"):
            return span
        lead = modifier_lead(words[k])
        if lead is not None and described_noun(words[a], lead) and is_prep(words[k + 1]) \
                and (k == lo or not words[k - 1].is_word or words[k - 1].low in ("и", "а", "но", "однако")):
            return k, span[1]
    return span


def _before(words: list[Word], i: int, lo: int = 0, gender: str | None = None) -> tuple[int, int] | None:
    """The subject phrase ending before ``words[i]``.

    A phrase whose first word cannot agree with the verb's gender is an oblique
    name inside a prepositional phrase ("о смерти Дадашева заявил"): step over it."""
    lo = _past_connector(words, lo, i)
    j = _skip_insert(words, _skip_left(words, i - 1, lo, guard=True), lo)
    if j >= lo and words[j].text == ",":
        return _subject_before_comma(words, j, lo, gender)
    one = _one_of(words, i, lo) if gender != "plur" else None
    if one is not None:  # "Один из членов политсовета предположил": one of them, with the genitive
        return one
    if j >= lo and words[j].text in "—–":
        return _subject_before_dashes(words, j, lo, gender)
    fallback = None  # a lone name after a prepositional object, used if nothing else is found
    for _ in range(4):
        span = _phrase_ending(words, j, lo)
        if span is not None and gender == "plur" and (_lone_singular(words, span) or _singular_named(words, span)):
            a = span[0]
            if a - 2 >= lo and words[a - 1].low == "и" and np_word(words[a - 2]):
                other = _phrase_ending(words, a - 2, lo)  # "Трамп и Путин заявили"
                return (other[0] if other else a - 2), span[1]
            span = None  # "Путина спросили": an object before an impersonal plural
        told = span is not None and _told_in(words, span, lo)
        if told:  # "В интервью ТАСС министр заявил": the subject follows the outlet
            rest = _after_outlet(words, span)
            if rest < span[1]:
                return rest, span[1]
        if span is not None and not told:
            first = next(a for a in range(span[0], span[1]) if words[a].is_word)
            if _closes_genitive_pp(words, first, lo) or _closes_place_pp(words, span, lo) \
                    or _latin_closes_genitive_pp(words, span, lo):
                pass  # "Анна Мельникова из Института археологии РАН, которая ...": not РАН
            elif gender in ("masc", "femn") and _quoted_after_prep(words, span, lo):
                pass  # "Ирина Пак во «ВКонтакте» написала" (but "В «X» подтвердили" is X's word)
            elif _agrees(words[first], gender) and fallback is None and _after_object(words, span, lo):
                fallback = span  # "X, который ..., до заявления Монти сообщил": Монти is no subject
            elif _agrees(words[first], gender) and not _head_disagrees(words, span, gender):
                span = _with_title_list(words, _with_org_topic(words, _through_one_of(words, span, i), i), lo)
                return _with_first_description(words, span, lo, gender)
            else:
                agreeing = next((a for a in range(first, span[1]) if words[a].is_word
                                 and nominative(words[a]) and _agrees(words[a], gender)
                                 and not _closes_genitive_pp(words, a, lo)
                                 and not _head_disagrees(words, (a, span[1]), gender)), None)
                if agreeing is not None:
                    return agreeing, span[1]  # "анонимности высокопоставленный представитель"
        left = (span[0] - 1 if told else span[0]) if span else _opening_mark(words, j, lo)
        k = next((k for k in range(left - 1, max(lo - 1, left - PP_REACH - 2), -1)
                  if is_prep(words[k]) or not (words[k].is_word or words[k].text in NAME_MARKS)), None)
        if k is not None and not is_prep(words[k]):
            return fallback  # never across punctuation: "в Кабуле, где ... отметил"
        if k is None:
            return fallback
        j = _skip_left(words, k - 1, lo, guard=False)
        if fallback is not None:
            j = _skip_insert(words, j, lo)
        elif told and j >= lo and words[j].text == ",":
            # "X, в разговоре с корреспондентом Kaktus.media признался": past the outlet
            return _subject_before_comma(words, j, lo, gender)
    return fallback


def _opening_mark(words: list[Word], j: int, lo: int) -> int:
    """Where a walk goes on left of ``words[j]``: before the opening mark when a quoted name
    ends there ("в интервью газете «А Бола»", whose "А" reads as a conjunction), else j + 1."""
    if words[j].text != "»":
        return j + 1
    k = next((k for k in range(j - 1, max(lo - 1, j - NAME_REACH), -1) if words[k].text in "«»"), None)
    return k if k is not None and words[k].text == "«" else j + 1


def _quoted_after_prep(words: list[Word], span: tuple[int, int], lo: int) -> bool:
    """A name in quotation marks right after a preposition ("во «ВКонтакте»"): an
    indeclinable name agrees with any verb, yet the preposition makes it no subject."""
    a = span[0]
    return words[a].text in NAME_MARKS and a - 1 >= lo and is_prep(words[a - 1])


def _closes_genitive_pp(words: list[Word], a: int, lo: int, latin_name: bool = False) -> bool:
    """An abbreviation or Latin name after a chain of genitive nouns opened by a preposition
    ("из Института археологии РАН") ends that prepositional phrase: it is no subject."""
    if not (is_latin(words[a]) or words[a].text.isupper()) or a - 2 < lo or not _genitive_noun(words[a - 1]) \
            or words[a - 1].is_upper or not latin_name and a + 1 < len(words) and words[a + 1].is_word \
            and words[a + 1].is_upper:
        return False  # "из микрорайона КЖБИ Раиса Ковальчук": a name follows, the phrase goes on
    k = a - 1
    while k > lo and a - k <= PP_REACH and not is_prep(words[k]) \
            and (_genitive_noun(words[k]) or _genitive_adjective(words[k]) and k < a - 1):
        k -= 1
    if k > lo and k < a - 1 and not is_prep(words[k]) and _oblique_noun(words[k]) and is_prep(words[k - 1]):
        k -= 1  # "на страницах (американского) издания The New York Times": the noun the preposition governs
    return is_prep(words[k])


def _latin_closes_genitive_pp(words: list[Word], span: tuple[int, int], lo: int) -> bool:
    """"на страницах американского издания The New York Times": a Latin name of several
    words after the genitives a preposition opens ends that phrase; it is no subject."""
    latin = next((k for k in range(span[0], span[1]) if is_latin(words[k])), None)
    if latin is None or latin == span[0] and latin + 1 < span[1] and not is_latin(words[latin + 1]):
        return False
    if not all(is_latin(w) or not w.is_word for w in words[latin:span[1]]):
        return False
    return _closes_genitive_pp(words, latin, lo, latin_name=True)


def _genitive_adjective(word: Word) -> bool:
    return word.is_word and not word.is_upper and best_pos(word) == "ADJF" and "gent" in parses(word)[0].tag


def _oblique_noun(word: Word) -> bool:
    return word.is_word and not word.is_upper and best_pos(word) == "NOUN" \
        and not any(p.tag.case == "nomn" for p in parses(word))


def _closes_place_pp(words: list[Word], span: tuple[int, int], lo: int) -> bool:
    """"Джонатан Тэплин из Университета Южной Калифорнии говорит": a lone place name that
    may be a genitive, after genitive nouns and adjectives a preposition opens, ends that
    phrase (the university's place), though the dictionary also reads it as a plural
    nominative; the subject stands before the preposition."""
    a = span[0]
    if span[1] - a != 1 or not any("Geox" in p.tag and p.tag.case == "gent" for p in parses(words[a])):
        return False
    k, nouns = a - 1, 0
    while k > lo and a - k <= PP_REACH and words[k].is_word and not is_prep(words[k]) \
            and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses(words[k])):
        nouns += best_pos(words[k]) == "NOUN"
        k -= 1
    return nouns > 0 and k < a - 1 and is_prep(words[k])


def _genitive_noun(word: Word) -> bool:
    found = parses(word)
    return word.is_word and any(p.tag.POS == "NOUN" and "gent" in p.tag for p in found) \
        and not any({"nomn", "sing"} <= set(p.tag.grammemes) for p in found)


def _past_connector(words: list[Word], lo: int, i: int) -> int:
    """The index after a connector of several words opening the clause ("Вместе с тем
    аким области попросил", "Кроме того министр заявил"): its pronoun is no object
    that the subject's words could belong to."""
    for n in (4, 3, 2):
        if lo + n < i and " ".join(w.low for w in words[lo:lo + n]) in word_set("quote_connectors.txt"):
            return lo + n
    return lo


def subject_before_comma(words: list[Word], comma: int, lo: int, gender) -> tuple[int, int] | None:
    """The subject phrase that opens the clause from ``lo`` and ends at ``comma``, or None."""
    return _subject_before_comma(words, comma, lo, gender)


def _subject_before_comma(words: list[Word], comma: int, lo: int, gender) -> tuple[int, int] | None:
    """"Министр обороны Эхуд Барак, призвал": a comma left between a subject that opens
    the clause (after adjuncts at most, no verb, no other comma) and its verb."""
    span = _phrase_ending(words, comma - 1, lo)
    if span is None or span[1] != comma or not names_someone(words, span):
        return None
    head = span[0] + 1 if span[1] - span[0] > 1 and _age_word(words[span[0]]) else span[0]  # "20-летний Хамзат"
    if not _agrees(words[head], gender) or not nominative(words[head]):
        return None
    if gender == "plur" and _singular_opening(words[span[0]]):
        return None  # "Депутата Петрова, который ..., обвиняют": the one accused, put first
    if any(w.is_word and best_pos(w) in ("VERB", "INFN", "GRND", "PRTS") for w in words[lo:span[0]]):
        return None
    if not any(w.text == "," for w in words[lo:span[0]]):
        return span
    return _apposed_pair(words, span, lo, gender) or _described_then_named(words, span, lo, gender)


def _age_word(word: Word) -> bool:
    """"20-летний", "45-летняя": a number glued to an adjective of age."""
    return word.text[:1].isdigit() and "-" in word.text


def _described_then_named(words: list[Word], span, lo: int, gender) -> tuple[int, int] | None:
    """"Автор законопроекта, председатель комитета по социальной политике Гульнара
    Хасанова, напомнила": a description opening the clause, a comma, then a post with a
    prepositional phrase and the person's name ending at the comma before the verb. The
    description names no one else, so the name is the subject."""
    inside = words[span[0]:span[1]]
    last = inside[-1] if inside else None
    # a surname that is also a common word ("Орлик") after a first name is a name too
    named = last is not None and (is_person_name(last) or len(inside) > 1 and last.is_upper
                                  and is_person_name(inside[-2]) and "nomn" in parses(inside[-2])[0].tag)
    if not named or not _agrees(last, gender) or not any("nomn" in p.tag for p in parses(last)):
        return None
    commas = [k for k in range(lo, span[0]) if words[k].text == ","]
    head = lo + 1 if words[lo].low in POSSESSIVE and lo + 1 < commas[0] else lo  # "Ее партнер по сцене,"
    if len(commas) != 1 or commas[0] == lo or not nominative(words[head], plural_ok=False):
        return None  # one description before, opening the clause with its nominative head
    if any(not (w.text == "," or np_word(w) or is_prep(w)) for w in words[lo:span[0]]):
        return None
    return span


def _subject_before_dashes(words: list[Word], dash: int, lo: int, gender) -> tuple[int, int] | None:
    """"Её мать – актриса Дебби Рейнольдс – сказала": a subject and its apposition set off
    by a pair of dashes, together, or None."""
    inner = _phrase_ending(words, dash - 1, lo)
    if inner is None or inner[1] != dash or inner[0] - 1 <= lo or words[inner[0] - 1].text not in "—–":
        return None
    outer = before(words, inner[0] - 1, lo, gender)
    if outer is None or outer[1] != inner[0] - 1 or not names_someone(words, inner):
        return None
    return outer[0], dash


def _apposed_pair(words: list[Word], span, lo: int, gender) -> tuple[int, int] | None:
    """"Другой депутат, Бахытбек Смагул, выразил": a description and a name set off by
    one comma, together opening the clause, are one subject."""
    comma = span[0] - 1
    first = _phrase_ending(words, comma - 1, lo) if comma - 1 >= lo and words[comma].text == "," else None
    first = _one_of(words, comma, lo) or first
    if first is None or first[1] != comma or not _agrees(words[first[0]], gender) \
            or not nominative(words[first[0]]) \
            or any(w.text == "," for w in words[lo:first[0]]):
        return None
    return first[0], span[1]


def _one_of(words: list[Word], comma: int, lo: int) -> tuple[int, int] | None:
    """"Одна из пассажирок автобуса," before ``comma``: "один из" and its genitive phrase."""
    k = comma - 1
    while k > lo and (words[k].is_word and np_word(words[k]) or words[k].text in NAME_MARKS) \
            and words[k].low != "из":
        k -= 1  # "один из членов политсовета «Единой России»": a quoted name is part of it
    if k - 1 < lo or k == comma - 1 or words[k].low != "из" or words[k - 1].low not in word_set("quote_one_of.txt"):
        return None
    return k - 1, comma


def _through_one_of(words: list[Word], span: tuple[int, int], i: int) -> tuple[int, int]:
    """"Аналитик одного из крупных банков заявил": a phrase ending in "одного" runs on
    over "из" and the genitive phrase after it (an unnamed one among many), not before ``i``."""
    b = span[1]
    if b + 1 >= i or words[b].low != "из" or morph.lemma(words[b - 1].low) != "один":
        return span
    k = b + 1
    while k < i and words[k].is_word and np_word(words[k]):
        k += 1
    return (span[0], k) if k > b + 1 else span


def _quantified(words: list[Word], j: int, end: int, lo: int) -> int | None:
    """Start of "более 50 женщин", "несколько десятков женщин": a genitive plural head
    counted by a number or a quantity word at ``words[j]``; None when there is none."""
    head = words[end - 1]
    if j < lo or not head.is_word or not {"plur", "gent"} <= set(parses(head)[0].tag.grammemes):
        return None
    count = words[j]
    if not (count.text[:1].isdigit() or (count.is_word and (best_pos(count) == "NUMR"
                                                            or count.low in word_set("quote_quantifiers.txt")))):
        return None
    while j - 1 >= lo and words[j - 1].low in word_set("quote_approximators.txt"):
        j -= 1  # "более", "около", "свыше"
    return j


def _told_in(words: list[Word], span: tuple[int, int], lo: int) -> bool:
    """"в интервью The Daily Mail сказал", "в эфире телеканала «Россия 24» заявил": an
    outlet written as an indeclinable name after "в интервью" is where the words were
    said, not who said them ("В интервью министр заявил" keeps its subject)."""
    first = words[span[0]]
    if not (is_latin(first) or first.text in NAME_MARKS or (first.text.isupper() and len(first.text) > 1)):
        return False
    k = span[0] - 1
    if k - 1 >= lo and morph.lemma(words[k].low) == "свой" and is_prep(words[k - 1]):
        return True  # "в своём Instagram": "свой" points back to the subject, so this is not it
    if k - 3 >= lo and words[k - 1].low in ("с", "со") and _instrumental_noun(words[k]) \
            and _media_context(words[k - 2]):
        k -= 2  # "в разговоре с корреспондентом Kaktus.media": the outlet's reporter was told
    if k - 2 >= lo and words[k].is_word and not words[k].is_upper and _media_context(words[k - 1]):
        k -= 1  # the kind of outlet in the genitive: "телеканала", "газеты"
    return k - 1 >= lo and _media_context(words[k]) and is_prep(words[k - 1])


def _instrumental_noun(word: Word) -> bool:
    return word.is_word and not word.is_upper and any(p.tag.POS == "NOUN" and "ablt" in p.tag for p in parses(word)[:1])


def _after_outlet(words: list[Word], span: tuple[int, int]) -> int:
    """Where the words after an outlet's name start: after its closing mark, its Latin
    words or its abbreviation."""
    a, b = span
    if words[a].text in NAME_MARKS:
        return next((k + 1 for k in range(a + 1, b) if words[k].text in NAME_MARKS), b)
    if is_latin(words[a]):
        return next((k for k in range(a, b) if words[k].is_word and not is_latin(words[k])), b)
    return a + 1


def _media_context(word: Word) -> bool:
    return word.is_word and morph.lemma(word.low) in word_set("quote_media_contexts.txt")


def _with_org_topic(words: list[Word], span: tuple[int, int], i: int) -> tuple[int, int]:
    """"Совет по американо-исламским отношениям заявил", "министр по делам молодёжи
    заявил": the "по" phrase of a capitalised body or of a post is part of it."""
    b, end = span[1], i
    while end - 1 > b and is_skippable(words[end - 1]):
        end -= 1  # "... отношениям вчера заявил"
    head = words[b - 1]
    # a post's phrase has two words at least: "по делам молодёжи", not "по телефону"
    post = head.is_word and not is_name_like(head) and not (head.is_upper and not head.initial) \
        and {"anim", "nomn"} <= set(parses(head)[0].tag.grammemes) and end - b >= 3
    if b + 1 >= end or words[b].low != "по" or not ((head.is_upper and org_head(head)) or post
                                                    or regional_body(words, b)) \
            or not all(w.is_word and np_word(w) for w in words[b + 1:end]):
        return span
    return span[0], end


def _with_title_list(words: list[Word], span: tuple[int, int], lo: int) -> tuple[int, int]:
    """"автор «Диких сердцем», «Шоссе в никуда» и «Малхолланд Драйва» сказал": the last of
    a list of titles is no subject; the person whose titles they are is."""
    a = span[0]
    if words[a].text not in "«\"":
        return span
    while a - 2 >= lo and words[a - 1].text in (",", "и") and words[a - 2].text in "»\"":
        opening = next((k for k in range(a - 3, max(lo - 1, a - 3 - NAME_REACH), -1)
                       if words[k].text in "«\""), None)
        if opening is None:
            return span
        a = opening
    if a == span[0] or a - 1 < lo or not words[a - 1].is_word or is_proper(words[a - 1]) \
            or "anim" not in parses(words[a - 1])[0].tag:
        return span
    head = _phrase_ending(words, a - 1, lo)
    return (head[0], span[1]) if head else span


def _with_first_description(words: list[Word], span: tuple[int, int], lo: int, gender) -> tuple[int, int]:
    """"бывший премьер-министр и лидер партии объявил": a singular verb makes the two
    descriptions joined by "и" one person."""
    a = span[0]
    if gender not in ("masc", "femn") or a - 2 < lo or words[a - 1].low != "и" \
            or is_proper(words[a]) or not np_word(words[a - 2]):
        return span
    other = _phrase_ending(words, a - 2, lo)
    if other is None or not any(w.is_word and best_pos(w) == "NOUN" and not is_proper(w)
                                and {"nomn", "anim"} <= set(parses(w)[0].tag.grammemes)
                                for w in words[other[0]:a - 1]):
        return span
    return other[0], span[1]


def _after_object(words: list[Word], span: tuple[int, int], lo: int) -> bool:
    """A single name right after a prepositional phrase's noun ("до заявления Монти"):
    more likely that noun's genitive than the subject."""
    a = span[0]
    return span[1] - a == 1 and is_proper(words[a]) and a - 1 >= lo and words[a - 1].is_word \
        and not is_proper(words[a - 1]) and best_pos(words[a - 1]) == "NOUN" \
        and any(is_prep(w) for w in words[max(lo, a - 4):a - 1])


def _skip_insert(words, j, lo):
    """Step over ", заразившийся вирусом," or ", 31 марта," between subject and verb, and
    over inserts in a row (", обращаясь во вторник, 25 июня, к нации по ТВ,")."""
    skipped = False
    for _ in range(INSERTS):
        if j < lo or words[j].text != ",":
            return j
        k = next((k for k in range(j - 1, max(lo - 1, j - INSERT_REACH), -1)
                  if words[k].text == ","), None)
        if k is None or k + 1 >= j:
            return _skip_left(words, j - 1, lo, guard=True) if skipped else j
        head = words[k + 1:min(j, k + 5)]
        noun = next((w for w in head if best_pos(w) != "ADJF"), head[0])  # ", известный певец,"
        person = "anim" in parses(noun)[0].tag and "nomn" in parses(noun)[0].tag
        if person and k > lo and not is_proper(words[k - 1]):
            k = _apposition_start(words, k, lo)  # ", известный певец, актёр и деятель,"
        apposition = person and k > lo and is_proper(words[k - 1]) \
            and not is_proper(noun)  # "Зорькин, председатель суда, высказал", not ", Аарон Гринспен,"
        inside = words[k + 1:j]
        aside = len(inside) <= 3 and (all(best_pos(w) in ("ADVB", "PRCL", "CONJ") for w in inside)
                                      or " ".join(w.low for w in inside) in word_set("quote_connectors.txt"))
        # ", контракт которого ... ,": a relative genitive after the clause's first noun;
        # "Сабирова, с которой ... ,": a preposition and a relative after a person's name
        owned = len(head) > 1 and (head[1].low in word_set("quote_owner_relatives.txt") and best_pos(head[0]) == "NOUN"
                                   or head[1].low in word_set("quote_phrase_relatives.txt") and is_prep(head[0]) and k > lo
                                   and is_person_name(words[k - 1]))
        # ", 20-летний Хамзат Азимов," names the subject; ", 24-летнего Богдана Ионеску," someone's object
        named_age = _age_word(head[0]) and any("nomn" in p.tag for p in parses(head[0])) \
            and any(is_person_name(w) for w in inside)
        if not (head[0].text[0].isdigit() and not named_age or head[0].low in word_set("quote_phrase_relatives.txt") or owned or apposition or aside
                or head[0].low == "хотя"  # ", хотя и не признали дело политическим, однако посчитали"
                or _adjective_insert(inside)  # ", близкий к расследованию,", ", довольный итогом,"
                or any(best_pos(w) in ("GRND", "PRTF") for w in head) or _inserted_phrase(inside)
                or _participle_after_adjunct(inside)):
            return _skip_left(words, j - 1, lo, guard=True) if skipped else j
        j, skipped = k, True  # ", напротив," / ", в свою очередь," between subject and verb is skipped
    return _skip_left(words, j - 1, lo, guard=True) if skipped else j


def _participle_after_adjunct(inside: list[Word]) -> bool:
    """", в течение 13 лет занимавший пост президента компании,": a participle clause
    describing the subject that opens with its time or place adjunct."""
    if not inside or not is_prep(inside[0]):
        return False
    k = next((n for n, w in enumerate(inside)
              if not (w.text.isdigit() or w.is_word and best_pos(w) in PP_WORDS)), len(inside))
    return 1 < k <= PP_REACH + 1 and k < len(inside) and inside[k].is_word and best_pos(inside[k]) == "PRTF" \
        and "nomn" in parses(inside[k])[0].tag


def _apposition_start(words: list[Word], k: int, lo: int) -> int:
    """The comma after a name that opens a listed apposition ending at the comma ``k``,
    or ``k`` itself when none does."""
    for m in range(k - 1, max(lo, k - INSERT_REACH), -1):
        if words[m].is_word and best_pos(words[m]) in ("VERB", "INFN", "PRTS", "GRND"):
            return k
        if words[m].text == "," and m > lo and is_proper(words[m - 1]):
            return m
    return k


def _adjective_insert(inside: list[Word]) -> bool:
    """A nominative adjective with its complement and no verb, set off by commas; not an
    adjective opening a noun phrase of its own (", муниципальный депутат Калуги Артем Зуев,"
    names the subject described before it)."""
    return len(inside) >= 2 and inside[0].is_word and best_pos(inside[0]) == "ADJF" \
        and "nomn" in parses(inside[0])[0].tag and not inside[0].is_upper \
        and all(w.is_word and best_pos(w) not in ("VERB", "INFN", "PRTS") for w in inside) \
        and not _noun_after_adjectives(inside)


def _noun_after_adjectives(inside: list[Word]) -> bool:
    """The first word after the leading adjectives is a nominative noun: "муниципальный депутат"."""
    head = next((w for w in inside if best_pos(w) != "ADJF"), None)
    return head is not None and best_pos(head) == "NOUN" and "nomn" in parses(head)[0].tag


def _inserted_phrase(inside: list[Word]) -> bool:
    """", по данным газеты,", ", как сообщается,", ", на случай беды,": an attribution or a
    short prepositional phrase set off by commas between the subject and its verb."""
    if not inside or not inside[0].is_word:
        return False
    if inside[0].low == "как" and len(inside) <= 3 and any(best_pos(w) == "VERB" for w in inside[1:]):
        return True
    # a name in marks may close it: ", в интервью телеканалу «Дождь»,"
    return is_prep(inside[0]) and sum(w.is_word for w in inside) <= INSERTED_PP \
        and all(w.is_word and best_pos(w) not in ("VERB", "INFN", "PRTS") or w.text in NAME_MARKS
                for w in inside)


def _phrase_ending(words, j, lo):
    if j >= lo and words[j].low in SELF and j - 1 >= lo and is_personal_pronoun(words[j - 1]):
        return j - 1, j  # "он сам сообщил"
    if j >= lo and is_personal_pronoun(words[j]):
        return j, j + 1
    if j >= lo and words[j].low in word_set("quote_relative_subjects.txt") and j - 2 >= lo and words[j - 1].text == ",":
        return _phrase_ending(words, j - 2, lo)  # "Обама, который заявил": the antecedent
    end = j + 1
    while j >= lo and end - j <= MAX_NP and (np_word(words[j]) or initial_letter(words, j, len(words))
                                             or _joins_genitives(words, j, lo)):
        if words[j].text in "»\"" and (words[j].text == "»" or _closes_straight(words, j)):
            # a quoted name is one unit: «Говорит Москва», "Сеть поддержки выборов в Зимбабве"
            opening = next((k for k in range(j - 1, max(lo - 1, j - NAME_REACH), -1)
                            if words[k].text in "«\""), None)
            j = opening if opening is not None else j
        j -= 1
    a = j + 1
    counted = _quantified(words, j, end, lo)
    if counted is not None and not any(w.is_word and nominative(w) for w in words[a:end]):
        return counted, end  # "более 50 женщин рассказали"
    if j >= lo and is_prep(words[j]):
        a = after_pp(words, a, end, titled=True)
    while a < end and not (words[a].is_word and nominative(words[a])):
        a += 1
    if a + 1 < end and time_noun(words[a]) and words[a + 1].is_word and nominative(words[a + 1]) \
            and not any("gent" in p.tag for p in parses(words[a + 1])):
        a += 1  # "В тот же день Южная Корея заявила": the day is the author's
    if a >= end and j - 1 >= lo and words[j].low == "из" and words[j - 1].low in word_set("quote_one_of.txt"):
        return j - 1, end  # "Одна из пострадавших рассказала": one of them, unnamed
    if a >= end:
        return None
    a = _past_glued_headline(words, a, end)
    a = _past_oblique_place(words, a, end)
    a = _past_fronted_object(words, a, end)
    if a > 0 and words[a - 1].text in "«\"":
        a -= 1
    a = _past_oblique_title(words, a, end)
    if a is None:
        return None
    if a > lo and words[a - 1].low in POSSESSIVE:
        a -= 1  # "Его дочь рассказала"
    marks = [w.text for w in words[a:end]]
    if marks.count("»") > marks.count("«") and marks[-1] != "»":
        # "для реализации требований «пакета Яровой» ФСБ": the title belongs to the object
        a = a + marks.index("»") + 1
        while a < end and not (words[a].is_word and nominative(words[a])):
            a += 1
        marks = [w.text for w in words[a:end]]
    if a >= end or not _balanced(marks):
        return None  # cut through a quoted title: not a speaker
    if not any(w.is_word and (is_proper(w) or best_pos(w) == "NOUN") for w in words[a:end]):
        return None  # "её" of "по её словам" names nobody by itself
    return a, end


def _balanced(texts: list[str]) -> bool:
    """Every « closed, one » closing both a name and the name nested right after its
    first words ("АО «НАК «Казатомпром»")."""
    stack: list[int] = []
    for k, t in enumerate(texts):
        if t == "«":
            stack.append(k)
        elif t == "»":
            if not stack:
                return False
            inner = stack.pop()
            if stack and inner - stack[-1] <= SHARED_NAME_WORDS + 1 and texts[k + 1:k + 2] != ["»"]:
                stack.pop()
    return not stack


def _joins_genitives(words: list[Word], j: int, lo: int) -> bool:
    """"академия наук и литературы": "и" between a genitive that cannot be nominative
    and another genitive belongs inside the phrase."""
    if words[j].low != "и" or j - 1 < lo or j + 1 >= len(words):
        return False
    left, right = words[j - 1], words[j + 1]
    return left.is_word and right.is_word and not is_name_like(left) and np_word(left) and np_word(right) \
        and any("gent" in p.tag for p in parses(left)) and not any("nomn" in p.tag for p in parses(left)) \
        and any("gent" in p.tag for p in parses(right))


def _past_fronted_object(words: list[Word], a: int, end: int) -> int:
    """"На вопрос о дебюте вратаря Нурали Жаксылыка наставник ответил", "на пункте пропуска
    «Хоргос» официальный представитель": a post comes before its holder's name, so a
    lowercase person noun in the nominative right after a name or a closing mark starts
    the subject; the name belongs to the fronted object."""
    for k in range(a + 1, end):
        prev = words[k - 1]
        if not (prev.text in "»\"" or (prev.is_upper and not prev.initial)) or words[k].is_upper:
            continue
        m = k
        while m < end - 1 and words[m].is_word and best_pos(words[m]) == "ADJF":
            m += 1  # "официальный представитель"
        w = words[m]
        if w.is_word and not w.is_upper and best_pos(w) == "NOUN" \
                and {"anim", "nomn"} <= set(parses(w)[0].tag.grammemes):
            return k
    return a


def _past_glued_headline(words: list[Word], a: int, end: int) -> int:
    """"Трудности перевода Депутаты Приморья попросили": a capitalised common noun that can
    only be nominative, after a lowercase word that is no source's kind, starts the
    sentence whose headline the page glued to it."""
    for k in range(a + 1, end):
        w, prev = words[k], words[k - 1]
        if w.is_word and w.is_upper and not w.initial and not is_name_like(w) and not is_latin(w) \
                and prev.is_word and not prev.is_upper and not names_a_source(prev) \
                and best_pos(w) == "NOUN" and morph.known(w.low) \
                and not any(p.tag.case and p.tag.case != "nomn" and p.tag.case != "accs" for p in parses(w)):
            return k
    return a


def _past_oblique_place(words: list[Word], a: int, end: int) -> int:
    """"После переговоров в столице Германии Франция заявила": a place name the dictionary
    knows only in oblique cases, right before a capitalised word, closes the phrase before
    it; the subject starts after it."""
    w = words[a]
    if a + 1 >= end or not words[a + 1].is_upper or not w.is_word or not w.is_upper or not morph.known(w.low):
        return a
    places = [p for p in parses(w) if "Geox" in p.tag]  # not "германий", a plural of an element
    if not places or "Geox" not in parses(w)[0].tag or any("nomn" in p.tag for p in places):
        return a
    return a + 1


def _past_oblique_title(words: list[Word], a: int, end: int) -> int | None:
    """"в интервью «Голосу Америки» Александр Белов говорил": a quoted title whose first
    word cannot be nominative is someone's object; the subject is what follows it."""
    if words[a].text not in "«\"":
        return a
    close = closing(words, a, end)
    if close is None or close == a + 1 or not known_oblique(words[a + 1]):
        return a
    a = close + 1
    while a < end and not (words[a].is_word and nominative(words[a])):
        a += 1
    return a if a < end else None


def _lone_singular(words: list[Word], span: tuple[int, int]) -> bool:
    """One word that cannot be a plural nominative: no subject of a plural verb."""
    content = [w for w in words[span[0]:span[1]] if w.is_word]
    if len(content) != 1 or content[0].text.isupper() or is_latin(content[0]):
        return False
    return not any("plur" in p.tag and "nomn" in p.tag for p in parses(content[0])) \
        and best_pos(content[0]) != "NPRO"


def _singular_named(words: list[Word], span: tuple[int, int]) -> bool:
    """"Депутата Ивана Петрова обвиняют": a person's name that cannot be a plural
    nominative, with nobody joined to it by "и", is the object of a plural verb."""
    inside = words[span[0]:span[1]]
    return any(is_person_name(w) for w in inside) and not any(w.low == "и" or w.text == "," for w in inside) \
        and _singular_opening(inside[0])


def _singular_opening(word: Word) -> bool:
    """A phrase opening with a word that cannot be a plural nominative ("Депутата",
    "Ивана") is no subject of a plural verb; abbreviations and foreign names may be."""
    if not word.is_word or word.text.isupper() or is_latin(word):
        return False
    return not any("plur" in p.tag and "nomn" in p.tag for p in parses(word)) \
        and best_pos(word) != "NPRO"


def _only_plural_names(word: Word) -> bool:
    """"Лазиз", "Кудратов": the dictionary knows them only as plurals of other names
    (Лазиза, Кудрат), which a name in the news never is; the name is as if unknown."""
    named = [p for p in parses(word) if "Name" in p.tag or "Surn" in p.tag]
    return bool(named) and all("plur" in p.tag for p in named)


def _agrees(word: Word, gender: str | None) -> bool:
    """A person's name before a past-tense verb must be able to be its nominative subject."""
    if gender in ("masc", "femn", "neut") and not is_name_like(word):
        # a singular verb wants a subject that can be singular: not "сомнения высказал"
        nominatives = [p for p in parses(word) if "nomn" in p.tag and p.score >= 0.01]
        if nominatives and all("plur" in p.tag for p in nominatives):
            return False
    if gender in (None, "plur", "neut") or not is_person_name(word):
        return True
    if not morph.known(word.low) or _only_plural_names(word):
        return gender != "masc" or not word.low.endswith(FEMININE_SURNAME)
    return any("nomn" in p.tag and (gender in p.tag or "ms-f" in p.tag or p.tag.gender is None)
               for p in parses(word) if p.score >= 0.01)


def _head_disagrees(words: list[Word], span: tuple[int, int], gender: str | None) -> bool:
    """"Смерть музыканта подтвердил коронер", "Её слова подтвердил пассажир": a common noun
    heading the phrase that cannot be the subject of the singular verb (a plural, or a
    feminine or neuter thing before a masculine verb) is the object put first."""
    at = next((k for k in range(*span) if words[k].is_word and words[k].low not in POSSESSIVE
               and best_pos(words[k]) not in ("ADJF", "PRTF")), None)
    head = words[at] if at is not None else None
    if head is None or gender not in ("masc", "femn", "neut") or best_pos(head) != "NOUN" \
            or is_name_like(head) or "-" in head.text:
        return False  # "Аким области Асаин Байханов": a name or post, not a thing
    if at > 0 and words[at - 1].text in NAME_MARKS:
        return False  # "режиссёр «Зеркала» сказал": a title in marks heads nothing
    if any(is_person_name(w) and any("nomn" in p.tag for p in parses(w)) for w in words[span[0]:span[1]]):
        return False  # "исполняющий обязанности председателя Иван Петров": the name is the subject
    nominatives = [p for p in parses(head) if "nomn" in p.tag and p.score >= 0.01]
    if not nominatives or any(p.tag.POS != "NOUN" for p in nominatives):
        return False
    if all("plur" in p.tag for p in nominatives):
        return True
    return gender == "masc" and all(("femn" in p.tag or "neut" in p.tag) and "inan" in p.tag
                                    for p in nominatives)  # "Такое мнение высказал X"


def _skip_left(words: list[Word], j: int, lo: int, guard: bool = True) -> int:
    """Step left over adverbs and short prepositional phrases between subject and verb."""
    for _ in range(4):
        while j >= lo and (is_skippable(words[j]) or words[j].text == ")"):
            if words[j].text == ")":  # "представитель ZESN (Zimbabwe ...) назвал"
                opening = next((k for k in range(j - 1, max(lo - 1, j - INSERT_REACH), -1)
                                if words[k].text == "("), None)
                if opening is None:
                    return j
                j = opening
            j -= 1
        if _repeat_count(words, j, lo):
            j -= 2  # "Председатель Сейма Инесе Калныня несколько раз призывала"
            continue
        titled = _titled_object(words, j, lo)
        if titled is not None:
            j = titled - 1  # "в особом мнении по делу «X и другие» поддержал"
            continue
        dated = _bare_date(words, j, lo)
        if dated is not None:
            j = dated - 1  # "Ольга Голодец 22 октября 2013 года сообщила"
            continue
        if j >= lo and words[j].is_word and "nomn" in parses(words[j])[0].tag:
            return j  # the word next to the verb is its subject, not a prepositional object
        k = next((k for k in range(j, max(lo - 1, j - PP_REACH), -1)
                  if is_prep(words[k]) or not words[k].is_word), None)
        if k is None or not is_prep(words[k]) or (
                guard and any(is_name_like(w) for w in words[k + 1:j + 1])):
            return j
        if k + 2 <= j and bare_demonstrative(words[k + 1], words[k + 2]):
            return j  # "При этом глава края": the subject follows "при этом"
        if words[k].low == "из" and k - 1 >= lo and words[k - 1].low in word_set("quote_one_of.txt"):
            return j  # "Одна из дольщиц, пожелавшая ...,": the genitive belongs to the subject
        j = k - 1
    return j


def _repeat_count(words: list[Word], j: int, lo: int) -> bool:
    """"несколько раз", "не раз", "два раза" at ``words[j]``: how often, not who."""
    if j - 1 < lo or not words[j].is_word or morph.lemma(words[j].low) != "раз":
        return False
    count = words[j - 1]
    return count.text.isdigit() or count.is_word and (
        count.low in word_set("quote_repeat_counts.txt") or best_pos(count) == "NUMR")


def _bare_date(words: list[Word], j: int, lo: int) -> int | None:
    """Index of the day of a date with no preposition ("22 октября", "5 марта 2013 года",
    "5 марта 2013 г.") that ends at ``words[j]``, or None."""
    k = j
    if k >= lo and words[k].text == "." and k - 1 >= lo and words[k - 1].low == "г":
        k -= 1
    if k >= lo and words[k].low in ("года", "г"):
        if k - 1 < lo or not words[k - 1].text.isdigit():
            return None
        k -= 2
    if k - 1 < lo or not words[k].is_word or not words[k - 1].text.isdigit() \
            or morph.lemma(words[k].low) not in word_set("quote_months.txt"):
        return None
    return k - 1


def _titled_object(words: list[Word], j: int, lo: int) -> int | None:
    """Index of the preposition of "по делу «X»" when ``words[j]`` closes that title."""
    if j < lo or words[j].text not in "»\"":
        return None
    opening = next((k for k in range(j - 1, max(lo - 1, j - NAME_REACH), -1)
                    if words[k].text in "«\""), None)
    if opening is None or opening - 1 < lo or not words[opening - 1].is_word \
            or is_proper(words[opening - 1]) or best_pos(words[opening - 1]) != "NOUN" \
            or names_a_source(words[opening - 1]):
        return None  # "в журнале «Огонёк» сообщили": the title may be the source
    k = opening - 2
    while k >= lo and words[k].is_word and best_pos(words[k]) == "ADJF":
        k -= 1  # "по уголовному делу «X»"
    return k if k >= lo and is_prep(words[k]) and not time_noun(words[opening - 1]) else None


def _closes_straight(words: list[Word], j: int) -> bool:
    """A straight mark right after a word closes a quoted name."""
    return j > 0 and words[j - 1].is_word and words[j - 1].end == words[j].start
