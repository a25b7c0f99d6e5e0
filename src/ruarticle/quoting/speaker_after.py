"""The speaker phrase after a reporting cue ("сообщил РИА Новости представитель X",
"сказал один из зрителей, 62-летний Хоакин Ортис"): a walk right over adverbs, dates,
addressees and prepositional objects to a nominative, then over the words of its phrase."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .addressees import (addressee, oblique, past_outlet, past_outlet_before_person, quoted_addressee,
                         told_outlet)
from .marks import closing, through_name
from .words import Word, best_pos, is_latin, is_name_like, is_person_name, is_proper, parses
from .np_words import (MAX_NP, NAME_REACH, POSSESSIVE, after_pp, described_noun, initial_letter, instrumental_post,
                       is_personal_pronoun, is_prep, is_skippable, modifier_lead, nominative, np_word, regional_body)


def after(words: list[Word], i: int, hi: int) -> tuple[int, int] | None:
    """The subject phrase after the cue ``words[i]`` and before ``hi``, or None."""
    j = i + 1
    for _ in range(6):
        if j >= hi:
            return None
        word = words[j]
        if initial_letter(words, j, hi):
            break  # "сообщил В. Соколов": not the preposition "в"
        elif is_skippable(word):
            j += 1
        elif word.is_word and morph.lemma(word.low) == "свой":
            j += 2 if j + 1 < hi and np_word(words[j + 1]) else 1  # "заявил своей матери"
        elif _date(words, j, hi):
            j += 2  # "пишет 9 сентября газета"
        elif _date_insert(words, j, hi) is not None:
            j = _date_insert(words, j, hi)  # "сообщили в воскресенье, 8 июля 2018 года, представители"
        elif is_prep(word):
            j = after_pp(words, j + 1, hi)
        elif word.is_word and is_personal_pronoun(word):
            return j, j + 1
        elif word.low in POSSESSIVE and j + 1 < hi and words[j + 1].is_word and nominative(words[j + 1]) \
                and np_word(words[j + 1]):
            j += 1  # "его партия": the possessive is taken back in below
        elif word.text in "«\"“„":  # “Ъ” in Kommersant's own text
            close = closing(words, j, hi)
            if close is None:
                return None
            inner = words[j + 1] if j + 1 < close else None
            named = close + 1 < hi and words[close + 1].is_word and nominative(words[close + 1]) \
                and np_word(words[close + 1]) and not is_proper(words[close + 1])
            if inner is not None and nominative(inner) and not oblique(inner) and not named:
                break  # "сообщает «Медиазона»"
            j = close + 1  # "сообщил «Интерфаксу»", "рассказал "Ъ" источник": an addressee
        elif word.is_word and nominative(word) and np_word(word):
            break
        elif word.is_word and np_word(word) and not is_name_like(word):
            j = past_outlet(words, j, hi)  # an object such as "журналистам"
        else:
            return None
    else:
        return None
    a = j
    if a > i + 1 and words[a - 1].low in POSSESSIVE:
        a -= 1  # "сообщила его дочь"
    while j < hi and j - a < MAX_NP and not _closes_phrase(words, j, a) and (
            np_word(words[j]) or initial_letter(words, j, hi) or _joins_descriptions(words, j, hi)) \
            and not (j > a and (addressee(words[j]) and not _governed_instrumental(words, a, j)
                                 or quoted_addressee(words, j, hi) or told_outlet(words, j, hi))):
        j += 1
    j = _through_inner_pp(words, a, j, hi)
    j = _through_source_place(words, a, j, hi)
    j = _through_participle(words, a, j, hi)
    if j < hi and regional_body(words, j):  # "пресс-служба ГУ МВД по Москве"
        j += 1
        while j < hi and j - a < MAX_NP and words[j].is_word and (np_word(words[j]) or words[j].low == "и"):
            j += 1
    while j > a and not words[j - 1].is_word and words[j - 1].text != "»" and words[j - 1].text != '"':
        j -= 1
    if words[a].text in "«\"":  # a quoted name runs to its closing mark: «Новый Регион — Урал»
        j = max(j, through_name(words, a, hi) or j)
    j = _through_open_name(words, a, j, hi)
    a = past_outlet_before_person(words, a, j)
    if all(is_proper(w) or is_latin(w) for w in words[a:j]) and j + 2 < hi and words[j].low in ("в", "во"):
        m = next((m for m in range(j + 1, min(j + 4, hi)) if _person_noun(words[m])), None)
        if m is not None:  # "сообщил РИА Новости в четверг представитель X": the addressee
            a, j = m, m + 1
            while j < hi and j - a < MAX_NP and np_word(words[j]) and not _closes_phrase(words, j, a):
                j += 1
    if j > a + 1 and j + 1 < hi and words[j - 1].low in word_set("quote_one_of.txt") and words[j].low == "из" \
            and all(is_latin(w) or w.text.isupper() for w in words[a:j - 1]):
        a = j - 1  # "сказал DW один из организаторов": the outlet told
    if j == a + 1 and j + 1 < hi and words[a].low in word_set("quote_one_of.txt") and words[j].low == "из":
        j += 1  # "один из участников встречи"
        while j < hi and j - a < MAX_NP and np_word(words[j]) and words[j].is_word:
            j += 1
        placed = after_pp(words, j + 1, hi) if j < hi and is_prep(words[j]) else j
        named = _named_after_comma(words, placed, placed, hi) if placed > j + 1 else placed
        if named > placed:  # "один из организаторов протеста под Медыкой, фермер ... Томаш Вуйцик"
            return a, named
    if j > a:
        j = _named_after_comma(words, a, j, hi)
    return (a, j) if j > a else None


def _date(words: list[Word], j: int, hi: int) -> bool:
    """A day and month: "9 сентября"."""
    return j + 1 < hi and words[j].text.isdigit() and len(words[j].text) <= 2 \
        and morph.lemma(words[j + 1].low) in word_set("quote_months.txt")


def _date_insert(words: list[Word], j: int, hi: int) -> int | None:
    """The index after ", 8 июля 2018 года," set off by commas at ``words[j]``, or None."""
    if words[j].text != "," or not _date(words, j + 1, hi):
        return None
    k = j + 3
    if k < hi and words[k].text.isdigit() and len(words[k].text) == 4:
        k += 1
        if k < hi and words[k].low in ("года", "г"):
            k += 1
    if k < hi and words[k].text == ".":
        k += 1  # "2018 г."
    return k + 1 if k < hi and words[k].text == "," else None


def _through_open_name(words: list[Word], a: int, j: int, hi: int) -> int:
    """"телеграм-канал «Тула. Происшествия»": a name opened in the phrase runs to its
    closing mark over the stop inside it; the end of the phrase, else ``j``."""
    opened = next((k for k in range(j - 1, a, -1) if words[k].text in "«»"), None)
    if opened is None or words[opened].text != "«":
        return j
    k = through_name(words, opened, hi)
    if k is None:
        return j
    while k < hi and k - a < MAX_NP and words[k].is_word and is_proper(words[k]):
        k += 1  # "лидер движения «Нет — за наши села» Виорика Русу": the leader's name after it
    return k


def _named_after_comma(words: list[Word], a: int, j: int, hi: int) -> int:
    """"сказал один из зрителей, 62-летний Хоакин Ортис.": a person's name set off by a
    comma after a description, closing the clause, is who the description is; the end of
    the phrase through the name, else ``j``."""
    if j + 1 >= hi or words[j].text != "," or any(is_proper(w) for w in words[a:j]):
        return j
    k = j + 1
    while k < hi and k - j <= 3 and words[k].is_word and not words[k].is_upper \
            and (best_pos(words[k]) == "ADJF" or words[k].text[:1].isdigit()):
        k += 1  # "62-летний"
    named = _name_after_description(words, k, hi) if k < hi and _person_noun(words[k]) else None
    if named is not None:  # "..., студент философского факультета университета Никола Станоевич."
        return named if named == hi or words[named].text in ".;!?" else j
    m = k
    while m < hi and m - k < 3 and is_proper(words[m]) and not words[m].text.isupper() \
            and nominative(words[m], plural_ok=False) and not any("Geox" in p.tag for p in parses(words[m])):
        m += 1
    closes = m == hi or words[m].text in ".;!?"
    return m if m > k and closes else j


def _name_after_description(words: list[Word], k: int, hi: int) -> int | None:
    """"фермер из Люблинского воеводства Томаш Вуйцик": the end of the name after a
    person's noun and the words that describe it, else None."""
    for m in range(k + 1, min(hi, k + NAME_REACH)):
        if not words[m].is_word:
            return None
        end = _holder_name_end(words, m, hi)
        if end is not None:
            return end
    return None


def _through_inner_pp(words: list[Word], a: int, j: int, hi: int) -> int:
    """"представитель комитета при прокуратуре Владимир Маркин", "министр науки и
    технологий Хорхе Арреаза": a post cut short by a preposition or "и" runs on through
    the holder's name when one follows before any punctuation."""
    if j >= hi or j == a or words[j].low not in word_set("quote_name_links.txt") \
            or any(is_person_name(w) and not w.initial for w in words[a:j]):
        return j
    k = j + 1
    while k < hi and k - a < MAX_NP + NAME_REACH:
        named = through_name(words, k, hi) if words[k].text in "«\"" else None
        if named is not None:  # "коллега по группе «Блестящие» Ольга Орлова"
            k = named
            continue
        if not words[k].is_word or not (np_word(words[k]) or words[k].low in word_set("quote_name_links.txt")):
            break
        end = _holder_name_end(words, k, hi)
        if end is not None:
            return end
        k += 1
    return j


def _through_source_place(words: list[Word], a: int, j: int, hi: int) -> int:
    """"источник в правительстве", "собеседник из окружения министра": an unnamed source
    is described by where it sits."""
    if j + 1 >= hi or j - a != 1 or words[j].low not in ("в", "во", "из", "на", "при") \
            or morph.lemma(words[a].low) not in word_set("quote_anonymous.txt") \
            or morph.lemma(words[j + 1].low) == "свой":
        return j  # "аналитик в своём Telegram-канале": "свой" is the subject's, the place the verb's
    k = j + 1
    while k < hi and k - a < MAX_NP and words[k].is_word and np_word(words[k]):
        k += 1
    return k if k > j + 1 else j


def _through_participle(words: list[Word], a: int, j: int, hi: int) -> int:
    """"признаётся приехавший с семьёй из Самары Дмитрий Орлов", "рассказал близкий к
    руководству компании источник": a participle or adjective opening the phrase takes its
    own objects before the name or noun it describes; run on to that word."""
    lead = modifier_lead(words[a])
    if j != a + 1 or lead is None:
        return j
    k = j
    while k < hi and k - a < MAX_NP + NAME_REACH and (words[k].is_word or words[k].text[:1].isdigit()):
        end = _holder_name_end(words, k, hi) if lead.tag.POS == "PRTF" else None
        if end is not None:
            return end
        if described_noun(words[k], lead):
            k += 1
            while k < hi and k - a < MAX_NP + NAME_REACH and words[k].is_word and np_word(words[k]) \
                    and any(p.tag.case == "gent" for p in parses(words[k])[:2]):
                k += 1  # "знакомый с ситуацией собеседник агентства"
            return _through_source_place(words, k - 1, k, hi)
        if best_pos(words[k]) == "VERB":
            break
        k += 1
    return j


def _holder_name_end(words: list[Word], k: int, hi: int) -> int | None:
    """The end of a person's name that opens at ``words[k]`` and can be the subject
    ("Дмитрий Орлов", not "Дмитрием Орловым"): its capitalised words; else None."""
    if not (is_person_name(words[k]) and not words[k].initial and _can_be_nominative(words[k])):
        return None
    while k < hi and words[k].is_word and words[k].is_upper and np_word(words[k]):
        k += 1
    return k


def _can_be_nominative(word: Word) -> bool:
    """"Дмитрий Новиков" may be a subject, "Сергеем Лавровым" may not."""
    return not morph.known(word.low) or any("nomn" in p.tag for p in parses(word))


def _person_noun(word: Word) -> bool:
    if not word.is_word or best_pos(word) != "NOUN" or is_proper(word):
        return False
    noun = parses(word)[0]
    return "nomn" in noun.tag and ("anim" in noun.tag
                                   or morph.lemma(word.low) in word_set("quote_anonymous.txt"))


def _joins_descriptions(words: list[Word], j: int, hi: int) -> bool:
    """"глава компании и совладелец канала Артур Перепёлкин": one person, two posts."""
    return words[j].low == "и" and j + 1 < hi and words[j + 1].is_word \
        and not is_proper(words[j + 1]) and nominative(words[j + 1]) and np_word(words[j + 1])


def _governed_instrumental(words: list[Word], a: int, j: int) -> bool:
    """"заведующая отделением", "командующий войсками": the instrumental a post governs
    is part of the post, not whom the words were told to."""
    return any(instrumental_post(w) for w in words[a:j]) \
        and any(p.tag.case == "ablt" for p in parses(words[j])[:1])


def _closes_phrase(words: list[Word], j: int, a: int) -> bool:
    # a full stop ends the phrase unless it follows a single capital (an initial)
    return words[j].text == "." and not (j > a and len(words[j - 1].text) == 1
                                         and words[j - 1].is_upper)
