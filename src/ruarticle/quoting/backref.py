"""Attributions that point back: "Об этом сообщил X" (the previous sentence is the
content) and fronted topics: "О смерти композитора сообщила его дочь"."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from . import phrases
from .draft import Draft, trim
from .marks import through_name
from .lexicon import ABOUT, according_noun, backref_at, cue_lemma, is_topic_verb, listed_verb, pointer_states
from .phrase_extent import phrase_end
from .sources import source
from .words import best_pos, char_span, is_latin, parses, tokenize, verb_gender

BACKREF_REACH = 9  # "Об этом 28 февраля 2013 года сообщили ..."
FRONTED_REACH = 8
SUBJECT_REACH = 6  # words of a subject between a fronted topic and its cue
MIN_CLAUSE = 3
TIME_OPENING = 5  # words of a time phrase before a fronted topic ("к настоящему времени")
TOPIC_WORDS = 4  # "о кончине певца только сейчас": a topic naming the news
INFORMATION = frozenset({"информацию", "сведения", "данные"})
SENTENCE_REACH = 400  # characters looked back for the sentence before the previous one
PREDICATES = ("VERB", "PRTS", "ADJS")


def _source_end(ws, k: int) -> int:
    """The first punctuation from ``ws[k]`` that ends the source's phrase; a quoted name's
    own stops do not ("сообщает телеграм-канал «Тула. Происшествия»")."""
    while k < len(ws):
        if ws[k].text in ",.;:!?":
            return k
        k = (through_name(ws, k, len(ws)) if ws[k].text == "«" else None) or k + 1
    return len(ws)


def backref(text, s, i, previous):
    """"Об этом сообщил X" opening a sentence (the content is the sentence before, or
    the pointing word itself when there is none), or after a colon or dash inside one:
    "Уитни Хьюстон была убита: об этом заявил детектив"."""
    ws = s.words
    inner = i > 1 and (ws[i - 1].text in (":", "—", "–", ";")
                       or (ws[i - 1].text == "," and _clause_before(ws, i - 1)))
    if i > 1 and not inner:
        return None
    n = backref_at(ws, i)
    if not n or (i + n < len(ws) and ws[i + n].low in ABOUT):
        return None  # "Информацию о пожаре передали ...": a topic of its own, no pointer
    if _determiner(ws, i + n):
        return None  # "Об этом человеке говорят разное": "этом" goes with its noun
    if pointer_states(ws, i, len(ws)):
        return None  # "Это стало известно ..., сообщает X": a statement with a closing cue
    informs = any(ws[k].low in INFORMATION for k in range(i, i + n))
    for j in range(i + n, min(i + n + BACKREF_REACH, len(ws))):
        if inner and ws[i].low == "это" and n == 1 and ws[j].text == ",":
            return None  # "— это 76 долларов, и в связи с этим высказали": "это" is a subject
        lemma = cue_lemma(ws[j]) or (_cites(ws[j]) if informs else None)
        if lemma:
            break
    else:
        return None
    if _own_clause_after(ws, j):
        return None  # "Это говорит о том, что ...", "Это гарантирует, что ...": "это" is the subject
    hi = _source_end(ws, j + 1)
    if hi == j + 1 and hi < len(ws) and ws[hi].text == ",":  # "Об этом сообщили, в группе X:"
        hi = _source_end(ws, hi + 1)
    speaker = source(ws, j, i + n, hi)
    cue = (ws[j].start, ws[j].end, lemma)
    if inner:
        start, end = trim(text, s.start, ws[i - 1].start)
    elif previous is not None:
        # "Эту информацию подтвердила X": information may span the two sentences before;
        # "Об этом сообщил X" closing a paragraph of two statements takes up both of them
        # ("Это подтвердил X" takes up one fact)
        first = _sentence_before(text, previous[0])
        if not informs and not (ws[i].low in ABOUT and _paragraph_of_news(text, first, previous)):
            first = previous[0]
        start, end = trim(text, first, previous[1])
    else:  # the sentence given alone: its pointing word stands for the content
        pointers = word_set("quote_backref_pointers.txt")
        pointing = next((k for k in range(i, i + n) if ws[k].low in pointers or ws[k].low == "это"), i + n - 1)
        start, end = ws[pointing].start, ws[pointing].end
    draft = Draft("indirect", start, end, -1, cue, speaker, verb_gender(ws[j]))
    return -1, draft, set(range(i, hi))




def _own_clause_after(ws, j) -> bool:
    """The cue ``ws[j]`` goes straight on to a clause of its own (", что", "о том, что"):
    the pointer before it is the subject that tells something, no object pointing back."""
    rest = [w.low for w in ws[j + 1:j + 5]]
    return rest[:2] in ([",", "что"], [",", "чтобы"]) \
        or (len(rest) == 4 and rest[1] in ("том", "то") and rest[2] == "," and rest[3] in ("что", "чтобы"))


def _cites(word) -> str | None:
    """"Такие данные привел X": a verb that reports only with figures for its object."""
    return listed_verb(word, "quote_citing_verbs.txt")


def _determiner(ws, k) -> bool:
    """"этом" followed by a lowercase noun or adjective that can only be in the
    prepositional case ("Об этом человеке"; not "Об этом журналистам", "Об этом
    городской суд")."""
    if k >= len(ws) or ws[k - 1].low != "этом" or not ws[k].is_word or not ws[k].text[0].islower():
        return False
    cases = {p.tag.case for p in parses(ws[k])}
    return best_pos(ws[k]) in ("NOUN", "ADJF") and cases == {"loct"}


def closing_sentence(text, s, i, previous):
    """"Рассказала его пресс-секретарь Светлана Оболенцева.": a sentence of a past-tense
    reporting verb and its speaker alone closes the report of the sentence before."""
    ws = s.words
    if i != 0 or previous is None or len(ws) < 3 or best_pos(ws[0]) != "VERB" \
            or "past" not in parses(ws[0])[0].tag:
        return None
    lemma = cue_lemma(ws[0], ("VERB",))
    hi = len(ws) - 1 if ws[-1].text in ".!" else len(ws)
    span = phrases.after(ws, 0, hi) if lemma else None
    if span is None or span[0] != 1 or span[1] != hi or not phrases.names_someone(ws, span):
        return None
    start, end = trim(text, *previous)
    draft = Draft("indirect", start, end, -1, (ws[0].start, ws[0].end, lemma), char_span(ws, *span),
                  verb_gender(ws[0]))
    return -1, draft, set(range(0, hi))


def _sentence_before(text, start) -> int:
    """The start of the sentence before the one at ``start`` when both are one piece of
    news: in the same paragraph (a line break, no blank line, between them), the earlier
    one ending in a full stop and reporting nothing itself ("X получил ранение. Неизвестный
    выстрелил в спину. Эту информацию подтвердила ...": both are what was confirmed)."""
    head = text[max(0, start - SENTENCE_REACH):start]
    stripped = head.rstrip()
    if not stripped.endswith(".") or "\n\n" in head[len(stripped):]:
        return start
    cut = max(stripped.rfind(". ", 0, len(stripped) - 1), stripped.rfind("\n", 0, len(stripped) - 1))
    if cut < 0 and start <= SENTENCE_REACH:
        first = 0  # the text's first sentence
    elif cut < 0 or "\n\n" in stripped[cut:]:
        return start
    else:
        first = start - len(head) + cut + (2 if stripped[cut] == "." else 1)
    words = tokenize(text, first, start)
    # it opens with a capital or a date ("26 ноября 2016 года умер ...")
    if len([w for w in words if w.is_word]) < MIN_CLAUSE or any(cue_lemma(w) for w in words) \
            or not (words[0].is_upper or words[0].text[:1].isdigit()):
        return start
    return first


def _paragraph_of_news(text, first, previous) -> bool:
    """The sentence at ``first`` opens the paragraph and, like the one after it, states
    something with a verb and reports nothing ("Автобус столкнулся с грузовиком. Пострадали
    11 человек. Об этом сообщили в МЧС": both sentences are what was reported; a dateline
    such as "МОСКВА, 3 марта." states nothing)."""
    if first >= previous[0] or text[:first].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    earlier, later = tokenize(text, first, previous[0]), tokenize(text, *previous)
    return any(w.is_word and best_pos(w) in PREDICATES for w in earlier) \
        and not any(cue_lemma(w) or according_noun(w, "datv") for w in later)


def _clause_before(ws, comma) -> bool:
    """"Результат теста положительный, об этом сообщают СМИ", "..., о чём объявил X":
    after a comma the pointer takes up a whole clause before it, one with a predicate
    (a finite verb, a short participle or adjective, or a dash), not an opening insert."""
    before = ws[:comma]
    # "Результат ... положительный": a predicate adjective closes the clause
    predicate = best_pos(before[-1]) == "ADJF" and "nomn" in parses(before[-1])[0].tag
    return sum(w.is_word for w in before) >= MIN_CLAUSE and (predicate or any(
        w.text in "—–" or (w.is_word and best_pos(w) in PREDICATES) for w in before)) \
        and not any(w.text == "," for w in before[:2])


def fronted(text, s, i, previous=None):
    """"О смерти Мендонсы сообщила его дочь": a topic put before the cue. A topic that
    only names the news of the unsourced statement just before ("Скончался певец X. О
    кончине певца сообщили родственники") stands for that statement."""
    ws = s.words
    if not opens_clause(ws, i) or len(ws) < i + 4 \
            or ws[i].low not in ABOUT or ws[i + 1].low in word_set("quote_backref_pointers.txt") \
            or ws[i + 1].low in word_set("quote_backref_relatives.txt"):
        return None  # ", о котором сообщил X" is a relative clause, not a topic put first
    t = i + 1  # the topic's first word
    k = next((k for k in range(t + 1, min(t + FRONTED_REACH + SUBJECT_REACH, len(ws)))
              if cue_lemma(ws[k], ("VERB",))), None)
    if k is None or not all(w.is_word or w.text in "«»\"" for w in ws[t:k]) \
            or is_topic_verb(cue_lemma(ws[k], ("VERB",))):
        return None
    hi = next((n for n in range(k + 1, len(ws)) if ws[n].text in ",.;:!?"), len(ws))
    subject = _subject_after_topic(ws, t, k)
    span = subject or (phrases.after(ws, k, hi) if k - t < FRONTED_REACH else None)
    if span is None:
        return None
    cue = (ws[k].start, ws[k].end, cue_lemma(ws[k], ("VERB",)))
    last = ws[subject[0] - 1].end if subject else ws[k - 1].end
    end = phrase_end(text, ws[t].start, last)  # "О X на условиях анонимности сообщили"
    start = ws[t].start
    if i == 0 and _names_the_news(text, ws, t, subject[0] if subject else k, previous):
        start, end = trim(text, *previous)
    draft = Draft("indirect", start, end, -1, cue, char_span(ws, *span), verb_gender(ws[k]))
    return ws[i].start, draft, set(range(i, hi))


def opens_clause(ws, i) -> bool:
    """``ws[i]`` opens its sentence or clause (after a dash, colon, comma or "что"), at most
    a time phrase before it: "В понедельник о своей отставке заявил X", "К настоящему
    времени о поддержке договора заявили восемь сенаторов"."""
    k = i - 1
    while k >= 0 and i - k <= TIME_OPENING and _time_word(ws, k, i):
        k -= 1
    if k < i - 1 and not any(phrases.time_noun(w) or w.low in word_set("quote_months.txt")
                             or best_pos(w) == "ADVB" for w in ws[k + 1:i]):
        return False  # "в 2019 году" has its noun; a bare "в" has none
    return k < 0 or ws[k].text in ("—", "–", ":", ",") or ws[k].low == "что"


def _time_word(ws, k, stop) -> bool:
    """A word of a time phrase or an adverb: "ещё", "в", "прошлом", "году", "2019", "марта"."""
    w = ws[k]
    if w.text.isdigit():
        return True
    if not w.is_word:
        return False
    lemma = morph.lemma(w.low)
    return best_pos(w) in ("ADVB", "PRCL", "PREP", "NUMR") or phrases.time_noun(w) \
        or lemma in word_set("quote_months.txt") \
        or (best_pos(w) == "ADJF" and k + 1 < stop and _time_word(ws, k + 1, stop))  # "прошлом году"


def _names_the_news(text, ws, t, stop, previous) -> bool:
    """The fronted topic ``ws[t:stop]`` is a short phrase of an event noun
    (quote_news_events.txt: "о кончине певца", "о несчастном случае") after a statement
    no one is said to have made: the topic takes that statement up, and the speaker is its
    source. A statement with a source of its own ("Как сообщает CBS, X умер. О смерти X
    сообщила его дочь") is not what the topic stands for."""
    if previous is None or stop - t > TOPIC_WORDS:
        return False
    events = word_set("quote_news_events.txt")
    if not any(w.is_word and best_pos(w) == "NOUN" and morph.lemma(w.low) in events for w in ws[t:stop]):
        return False
    before = [w for w in tokenize(text, *previous) if w.is_word]
    return len(before) >= MIN_CLAUSE and not any(cue_lemma(w) or according_noun(w, "datv") for w in before)


def _subject_after_topic(ws, t, k):
    """"Об отставке правительства премьер-министр Борисов заявил": a nominative subject
    between the topic and the cue, agreeing with it (not "О смерти Мендонсы сообщила"),
    as the word span, or None."""
    subject = phrases.before(ws, k, t + 1, verb_gender(ws[k]))
    plural = verb_gender(ws[k]) == "plur"
    # a Latin name ("Google") has no case to agree with
    if subject and (is_latin(ws[subject[0]]) or any("nomn" in p.tag and p.score >= 0.1 and ("plur" in p.tag) == plural
                                                    for p in parses(ws[subject[0]]))) \
            and phrases.names_someone(ws, subject):
        return subject
    return None
