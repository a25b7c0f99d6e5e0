"""Closing attributions: "..., сообщает ТАСС.", "..., — так говорится в заявлении X",
or one inserted mid-sentence ("..., обещает Бертман, ..."): the content is the words around
the cue, the speaker follows it."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from . import phrases
from .addressees import addressee, quoted_addressee
from .draft import Draft
from .lexicon import ABOUT, backref_at, is_impersonal, is_topic_verb, phrase_frames, pointer_states
from .sources import body_after, document_source, locative
from .words import best_pos, char_span, is_proper, parses
from .fronted import fronted_topic, what_happens

MIN_BEFORE_WORDS = 2  # "Пожар потушен, сообщает ТАСС."
DASHES = (",", "—", "–", "-")


def closing_report(text, s, i, cue, gender, negated=False):
    """"..., сообщает ТАСС." — the content is what precedes the cue; an attribution
    inserted mid-sentence ("..., обещает Бертман, ...") leaves the whole sentence.
    A negated cue ("..., не исключает газета") opens at its "не"."""
    ws = s.words
    lead = i - 1 if negated else i  # the cue's first word
    so = lead > 1 and ws[lead - 1].low == "так" and ws[lead - 2].text in DASHES  # "..., — так говорится в"
    if lead == 0 or (ws[lead - 1].text not in DASHES and not so) or best_pos(ws[i]) != "VERB":
        return None
    if i + 1 < len(ws) and ws[i + 1].low in ABOUT:
        return None  # "X, глава компании, заявил о своём уходе": the topic follows, no closing cue
    if i + 1 < len(ws) and ws[i + 1].low == "на" and "on" in phrase_frames(cue[2]):
        return None  # "X, в свою очередь, ссылается на источник": what is cited follows
    if _after_gerund_insert(ws, i, gender):
        return None  # "SharesPost, проанализировав сделки, оценила X": the subject acts, nothing closes
    k = lead - 2 if so else lead - 1
    while k > 0 and ws[k - 1].text in DASHES:
        k -= 1
    connector = " ".join(w.low for w in ws[:k] if w.is_word) in word_set("quote_connectors.txt")
    # "Пожар потушен, сообщает ТАСС." needs two words before a closing cue; one word is
    # enough before an insert the clause goes on after ("Сейчас, добавил он, бюджет ...")
    words_before = len([w for w in ws[:k] if w.is_word])
    if not words_before or words_before < MIN_BEFORE_WORDS and not connector and not _goes_on(ws, i):
        return None
    hi = _before_time_tail(ws, i, next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:"), len(ws)))
    # "..., сообщается на сайте правовой информации": an impersonal cue has no subject after
    # it; the genitive belongs to the place it was published in
    placed = is_impersonal(ws[i]) and i + 1 < hi and ws[i + 1].low in ("в", "во", "на")
    span = None if placed else phrases.after(ws, i, hi)
    if span and _oblique_after_singular(ws, span, ws[i]):
        return None  # "..., угрожает Франции, ...": its object, not who speaks
    if span and (not phrases.names_someone(ws, span)
                 or (best_pos(ws[span[0]]) == "NUMR" and ws[span[0]].low not in ("один", "одна")
                     and not (gender in ("plur", "neut") and _counted_people(ws, span)))):
        return None  # "..., анонсировал пять премьер", "..., высказал сомнения": objects
    # "..., сообщила пресс-служба Министерства ... РФ (Минобрнауки).": the short name closes the phrase
    named = next((b for b in range(hi - 3, max(i, hi - 6), -1) if _bracketed_name(ws, b, hi)), hi)
    if span and span[1] + 1 < named and ws[span[1]].low == "и" \
            and all(phrases.np_word(w) for w in ws[span[1] + 1:named]):
        span = (span[0], named)  # "..., сообщают Пятый канал и РЕН ТВ": two sources
    if span and span[1] == named < hi:
        span = (span[0], hi)
    stop = span[1] if span else i + 1
    after = ws[stop] if stop < len(ws) else None
    if after is not None and after.text == ":" and not (span and stop + 1 == len(ws)):
        return None  # "В сообщении X, выпущенном ..., говорится:" introduces what follows
    # "..., сообщил источник «Интерфакса»:" closing the paragraph: what the colon
    # introduced was lost, what precedes is the named source's report
    rest = [w for w in ws[stop:hi] if w.is_word]
    inserted = after is not None and after.text == "," and len(rest) >= MIN_BEFORE_WORDS \
        and (best_pos(rest[0]) in ("NOUN", "ADJF", "PRTF", "NUMR", "VERB") or is_proper(rest[0])
             or rest[0].text[0].isdigit() or rest[0].low == "если") \
        and ws[k - 1].text not in "»\"”"  # not "«...», – сказал Трамп, когда ..."
    gerund_follows = after is not None and after.text == "," and bool(rest) \
        and (best_pos(rest[0]) == "GRND" or rest[0].low in ("со", "ссылаясь"))
    apposed = span is not None and (_dash_apposition(ws, stop, hi) or _agreeing_aside(ws, stop, hi, gender))
    inserted = inserted and not apposed
    if span and span[1] < hi and not inserted and not gerund_follows and not apposed \
            and after.low not in word_set("quote_closing_followers.txt") and not _date_tail(ws, stop, hi) \
            and not _adjunct_tail(ws, stop, hi) and not _told_tail(ws, stop, hi):
        return None  # "..., призвал все семейство преодолеть распри": not a closing attribution
    speaker = char_span(ws, *span) if span else None
    if gender == "plur":
        # "..., сообщили в пресс-службе ведомства": the place is the source, not its genitive
        speaker = body_after(ws, i, hi) or speaker
    if apposed and ws[stop].text in "—–":  # "..., считает Таня Марш — профессор университета": who she is
        speaker = (speaker[0], ws[hi - 1].end)
    if speaker is None and gender == "plur":
        speaker = locative(ws, i + 1, hi, marked=True)  # "..., сообщили в МЧС"
    if speaker is None and is_impersonal(ws[i]):
        speaker = document_source(ws, i + 1, hi)  # "..., говорится в заявлении МИД"
    if speaker is None and not is_impersonal(ws[i]):
        return None
    if connector and not inserted:
        return None  # "Тем временем, сообщает X." states nothing
    if not inserted and backref_at(ws, 0) and not pointer_states(ws, 0, k):
        return None  # "Об этом объявлено утром, сообщил X": the pointer's own report relays it
    end = s.end if inserted else ws[k].start
    # "Тем временем, сообщает X, ...": the statement is what follows the insert
    start = ws[stop + 1].start if connector and stop + 1 < len(ws) else s.start
    opened = _impersonal_opening(ws, k)
    if opened is not None and not inserted:
        start = ws[opened].start  # "Сообщается, что ..., сообщает РБК": what is reported, after "что"
    fronted = fronted_topic(ws)
    if fronted is not None and is_topic_verb(cue[2]) and what_happens(ws[fronted]):
        return None  # "О том, что произошло, рассказал очевидец": what he told about
    if fronted is not None:  # "(Однако) о том, что телеканал должен ему денег, заявил X"
        start, end = ws[fronted].start, ws[k].start  # an apposition after X adds no content
    draft = Draft("indirect", start, end, -1, cue, speaker, gender)
    return -1, draft, set(range(i, span[1] if span else i + 1))


def _impersonal_opening(ws, k) -> int | None:
    """Index of the statement's first word when the sentence opens with an impersonal
    cue and "что" ("Сообщается, что", "Отмечается, что") before ``ws[k]``, else None."""
    if k < 4 or not is_impersonal(ws[0]) or ws[1].text != "," or ws[2].low != "что":
        return None
    return 3


def _goes_on(ws, i) -> bool:
    """After the cue a pronoun or a name, a comma, then more words: "Сейчас, продолжал он,
    правительство выделило ...", an insert inside the sentence, not a closing cue."""
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:"), len(ws))
    span = phrases.after(ws, i, hi)
    return span is not None and span[1] + MIN_BEFORE_WORDS < hi and ws[span[1]].text == ","


def _after_gerund_insert(ws, i, gender) -> bool:
    """The verb follows a gerund's phrase set off by commas right after a subject that
    agrees with it: "Биржа, проанализировав сделки, оценила ...", one clause, no closing cue."""
    commas = [c for c in range(i) if ws[c].text == ","]
    if len(commas) < 2 or commas[-1] != i - 1:
        return False
    c = commas[-2]
    if i - 1 - c <= 2 or not ws[c + 1].is_word or best_pos(ws[c + 1]) != "GRND":
        return False
    lo = commas[-3] + 1 if len(commas) > 2 else 0
    return phrases.subject_before_comma(ws, c, lo, gender) is not None


def _bracketed_name(ws, stop, hi) -> bool:
    """"(Минобрнауки)" closing the sentence right after the speaker: the short name the
    speaker's body goes by, part of the speaker phrase."""
    inside = ws[stop + 1:hi - 1]
    return hi - stop >= 3 and ws[stop].text == "(" and ws[hi - 1].text == ")" \
        and 0 < len(inside) <= 3 and all(w.is_word and w.is_upper for w in inside)


def _adjunct_tail(ws, stop, hi) -> bool:
    """"..., подтвердила его партия после появления видео.": only a prepositional phrase
    with no verb of its own follows the speaker."""
    rest = ws[stop:hi]
    return bool(rest) and rest[0].is_word and best_pos(rest[0]) == "PREP" \
        and not any(w.is_word and best_pos(w) in ("VERB", "INFN", "GRND") for w in rest)


def _told_tail(ws, stop, hi) -> bool:
    """"..., заявил он журналистам.", "..., сообщил адвокат агентству «Интерфакс».", "...,
    сказал он «Ведомостям».": only the one told follows the speaker, a dative phrase (or an
    outlet by its name) with no verb of its own."""
    rest = ws[stop:hi]
    if not rest or any(w.is_word and best_pos(w) in ("VERB", "INFN", "GRND", "PRTS") for w in rest):
        return False
    return addressee(rest[0]) and "datv" in parses(rest[0])[0].tag or quoted_addressee(ws, stop, hi) \
        or rest[0].low in word_set("quote_outlets.txt")


def _before_time_tail(ws, i, hi) -> int:
    """Where the closing attribution ends before adverbs of time that end the sentence
    ("..., сообщили в банке позднее.", "..., заявил он вчера."): they tell when, not who."""
    while hi > i + 2 and ws[hi - 1].is_word and ws[hi - 1].low.replace("ё", "е") in word_set("quote_time_adverbs.txt"):
        hi -= 1
    return hi


def _date_tail(ws, stop, hi) -> bool:
    """"..., сообщают СМИ 1 сентября 2017 года.": only a date follows the speaker."""
    rest = ws[stop:hi]
    return bool(rest) and rest[0].text[:1].isdigit() and all(
        w.text.isdigit() or w.low in ("год", "года", "г", ".")
        or (w.is_word and any(morph.normal(p) in word_set("quote_months.txt") for p in parses(w)[:1]))
        for w in rest)


def _oblique_after_singular(ws, span, verb) -> bool:
    """A one-word "subject" of a singular verb that the dictionary knows with no singular
    nominative ("Франции"): an oblique object, since the verb would agree with its subject."""
    word = ws[span[0]]
    if span[1] - span[0] != 1 or not word.is_word or "sing" not in parses(verb)[0].tag or not morph.known(word.low):
        return False
    return not any(p.tag.case == "nomn" and "plur" not in p.tag for p in parses(word))


def _counted_people(ws, span) -> bool:
    """"два источника", "трое очевидцев": a count of people, who can be the ones telling."""
    noun = next((w for w in ws[span[0] + 1:span[1]] if w.is_word and best_pos(w) == "NOUN"), None)
    return noun is not None and ("anim" in parses(noun)[0].tag
                                 or morph.lemma(noun.low) in word_set("quote_anonymous.txt"))


def _agreeing_aside(ws, stop, hi, gender) -> bool:
    """"..., сообщил источник, знакомый с ситуацией.": a participle or adjective that agrees
    with the speaker and has no verb of its own after it to the sentence's end describes
    the speaker; it is no statement going on after an inserted cue."""
    rest = ws[stop + 1:hi]
    if stop >= hi or ws[stop].text != "," or not rest or not rest[0].is_word or gender is None:
        return False
    tag = parses(rest[0])[0].tag
    agrees = "plur" in tag if gender == "plur" else gender in tag and "sing" in tag
    counted = gender == "plur" and ws[stop - 1].is_word and "gent" in parses(ws[stop - 1])[0].tag \
        and any(w.is_word and best_pos(w) == "NUMR" for w in ws[max(0, stop - 3):stop - 1])
    case = "gent" if counted else "nomn"  # "два источника, знакомых с ...": after a count
    return tag.POS in ("PRTF", "ADJF") and case in tag and agrees \
        and not any(w.is_word and best_pos(w) in ("VERB", "INFN", "PRTS", "ADJS") for w in rest)


def _dash_apposition(ws, stop, hi) -> bool:
    """A dash after a closing attribution's speaker, then a noun phrase to the end of
    the sentence with no verb: the speaker's description."""
    rest = ws[stop + 1:hi]
    return stop < hi and ws[stop].text in "—–" and bool(rest) and rest[0].is_word \
        and best_pos(rest[0]) == "NOUN" \
        and not any(w.is_word and best_pos(w) in ("VERB", "INFN", "GRND") for w in rest)
