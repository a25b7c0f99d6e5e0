"""A noun of a speech act followed by the infinitive it asks for: "письмо с просьбой
разрешить ему остаться", "звучали призывы освободить заключённого", "на обещании
прекратить войны". The infinitive phrase is the content; the noun is the cue."""
from __future__ import annotations

from functools import lru_cache

from .. import morph
from ..resources import word_set
from .bounds import comma_clause_end, gerund_end
from .draft import Draft
from .lexicon import cue_phrase
from . import phrases
from .phrase_extent import called_upon, phrase_end
from .words import best_pos, can_be_case, char_span, parses, verb_gender

CLAUSE_STOPS = frozenset({",", ";", ":", "(", "—", "–"})
GENITIVE_REACH = 6  # words of the asker's genitive: "мэра Нью-Йорка Билла де Блазио"
PHRASE_REACH = 8  # words before the noun in which a verb-and-noun cue ("обратился с просьбой") may start


@lru_cache(maxsize=200_000)
def _request(low: str) -> bool:
    """Whether the word form may be a request noun (asked only of words that may report)."""
    return not word_set("quote_request_nouns.txt").isdisjoint(morph.lemmas(low))


def request(text, s, i):
    """(anchor, draft, taken) for a request noun at ``s.words[i]`` and its infinitive, or None."""
    ws = s.words
    if not ws[i].is_word or not _request(ws[i].low):
        return None  # a reporting verb, not a request noun
    if i + 1 >= len(ws) or best_pos(ws[i]) != "NOUN" or "datv" in parses(ws[i])[0].tag:
        return None  # "призыву подлежат граждане": the call-up, governed by the infinitive's verb
    asker = _asking_genitive(ws, i + 1)
    start = asker[1] if asker else called_upon(ws, i + 1) if ws[i + 1].low in ("к", "ко") else i + 1
    j = start
    if j is not None and j < len(ws) and ws[j].low == "не":
        j += 1  # "с требованием не допустить"
    if j is None or j >= len(ws) or best_pos(ws[j]) != "INFN" or _in_cue_phrase(ws, i):
        return None
    end = phrase_end(text, ws[start].start, s.end)
    end = gerund_end(ws, start, min(end, comma_clause_end(ws, start, end)))
    end = _before_predicate(ws, j, end)
    first = i - 1 if i > 0 and ws[i - 1].low in ("с", "со") else i  # the cue "с просьбой"
    cue = (ws[first].start, ws[i].end, morph.lemma(ws[i].low))
    speaker = char_span(ws, *asker) if asker else _asker(ws, i)
    return ws[i].start, Draft("indirect", ws[start].start, end, -1, cue, speaker, None), {i}


def _before_predicate(ws, j, end):
    """"С призывом уйти в отставку выступили активисты": when the noun phrase opens the
    sentence, the infinitive phrase ends before the sentence's own verb."""
    verb = next((w for w in ws[j + 1:] if w.start < end and w.is_word
                 and best_pos(w) in ("VERB", "PRTS")), None)
    return verb.start if verb is not None else end


def _asking_genitive(ws, k):
    """(start, end) word indices of the genitive naming who asked, between the noun and the
    infinitive ("призыв мэра Билла де Блазио прекратить демонстрации"), or None."""
    if k >= len(ws) or not ws[k].is_word or best_pos(ws[k]) not in ("NOUN", "ADJF") \
            or not can_be_case(ws[k], "gent"):
        return None
    end = k
    while end < min(len(ws), k + GENITIVE_REACH) and ws[end].is_word and best_pos(ws[end]) != "INFN" \
            and (phrases.np_word(ws[end]) or ws[end].low in word_set("name_particles.txt")):
        end += 1
    if end == k or end >= len(ws) or best_pos(ws[end]) != "INFN" or not phrases.names_someone(ws, (k, end)):
        return None
    return k, end


def _asker(ws, i):
    """Who asked: the subject before the verb of the noun's clause ("Габбард построила
    кампанию на обещании ..."), if it names someone."""
    v = next((k for k in range(i - 1, -1, -1) if ws[k].text in CLAUSE_STOPS
              or best_pos(ws[k]) in ("VERB", "GRND")), None)
    if v is None or ws[v].text in CLAUSE_STOPS:
        return None
    span = phrases.before(ws, v, 0, verb_gender(ws[v]))
    if span is None or not phrases.names_someone(ws, span) \
            or (span[0] > 0 and ws[span[0] - 1].is_word and best_pos(ws[span[0] - 1]) in ("NOUN", "PREP")):
        return None  # "в столице Иордании Аммане прошли демонстрации": a place, not a subject
    return char_span(ws, *span)


def _in_cue_phrase(ws, i) -> bool:
    """"обратился к мэру с просьбой": the verb-and-noun cue reports it with its subject."""
    return any((found := cue_phrase(ws, m)) and found[0] == i for m in range(max(0, i - PHRASE_REACH), i))
