"""Reports whose content is put before the verb, the speaker after it: a topic ("О грядущем
назначении сообщили представители администрации", "О том, что ..., заявил X", "О назначении
было объявлено 13 ноября") or a phrase ("Отставки мэра потребовали журналисты")."""
from __future__ import annotations

from ..resources import word_set
from . import phrases
from .draft import Draft
from .lexicon import ABOUT, THAT, is_impersonal, is_phrase_verb, is_topic_verb, phrase_frames
from .bounds import clauses_with_verbs
from .words import best_pos, char_span, is_proper, parses




def fronted_about(s, i, cue, gender):
    """"О грядущем назначении сообщили представители администрации": a topic put first,
    the speaker after the verb."""
    ws = s.words
    k = 1 if ws and (best_pos(ws[0]) in ("ADVB", "CONJ", "PRCL") or _first_to_tell(ws[0])) else 0
    topic = fronted_topic(ws)
    if topic is not None:
        return _fronted_clause(s, i, topic, cue, gender)
    passive = _fronted_passive(ws, k, i)
    if passive is not None:
        return ws[i].start, Draft("indirect", ws[k + 1].start, ws[passive - 1].end, -1, cue, None, None), {i}
    if i < k + 2 or ws[k].low not in ABOUT or ws[k + 1].low in word_set("quote_this.txt") \
            or best_pos(ws[i]) != "VERB" or any(
                w.text in ",;:!?()" or best_pos(w) in ("VERB", "INFN", "GRND")
                for w in ws[k + 1:i]):
        return None
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:"), len(ws))
    span = phrases.after(ws, i, hi)
    subject = phrases.before(ws, i, k + 1, gender)
    if span is None or (subject and subject[1] == i):
        return None  # "О своих планах Лужков рассказал": a subject before the verb
    draft = Draft("indirect", ws[k + 1].start, ws[i - 1].end, -1, cue, char_span(ws, *span), gender)
    return ws[i].start, draft, set(range(i, span[1]))


def _first_to_tell(word) -> bool:
    """"Первыми о рейдах рассказали канадские СМИ": who told it first, the speaker's role."""
    return word.low in ("первым", "первой", "первыми")


def fronted_object(s, i, lemma, cue, gender):
    """"Отставки мэра потребовали журналисты", "Гибель бойца подтвердили источники", "Позже эту
    версию подтвердила X": the phrase put first (after an adverb of time, if any), the speaker
    (a nominative that names someone) right after the verb."""
    ws = s.words
    if not is_phrase_verb(lemma) or phrase_frames(lemma) or lemma in word_set("quote_naming_verbs.txt") \
            or best_pos(ws[i]) != "VERB" or i < 2:
        return None  # "Имена финалистов назвал X" tells a fact
    b = i
    while b > 0 and ws[b - 1].low in word_set("quote_shared_adverbs.txt"):
        b -= 1  # "также подтвердили"
    a = b
    while a > 0 and ws[a - 1].is_word and (phrases.np_word(ws[a - 1]) or best_pos(ws[a - 1]) == "PREP"
                                           or ws[a - 1].low == "и"):
        a -= 1
    while a < b and (best_pos(ws[a]) in ("PREP", "ADVB", "CONJ") or not _object_case(ws[a])):
        a += 1  # "Утром в понедельник, ... сообщение": adjuncts before the object are the author's
    # "Её слова подтвердил X", "Эту версию подтвердила X": the noun after a possessive or a
    # demonstrative ("Иную точку зрения высказал X:" opens the words after the colon)
    noun = a + 1 if (ws[a].low in phrases.POSSESSIVE or ws[a].low in word_set("quote_content_pointers.txt")) \
        and a + 1 < b else a
    if b - a < 2 or (a > 0 and ws[a - 1].text != "," and best_pos(ws[a - 1]) not in ("ADVB", "COMP")) \
            or best_pos(ws[noun]) != "NOUN" or "anim" in parses(ws[noun])[0].tag:
        return None
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:,"), len(ws))
    k = i + 1 + (i + 1 < hi and ws[i + 1].low in word_set("quote_shared_adverbs.txt"))  # "выражали и представители"
    span = phrases.after(ws, k - 1, hi)
    if span and span[0] > k and all(w.is_word and best_pos(w) == "ADJF" for w in ws[k:span[0]]):
        span = (k, span[1])  # "подтвердил другой пассажир": the adjective is the speaker's
    # the noun decides the case, not an adjective before it ("окружной коронер", "другой пассажир")
    words = [w for w in ws[span[0]:span[1]] if w.is_word] if span else []
    head = next((w for w in words if best_pos(w) == "NOUN" or is_proper(w)), words[0] if words else None)
    if span is None or span[0] != k or head is None or not phrases.names_someone(ws, span) \
            or not any("nomn" in p.tag for p in parses(head)[:3]) \
            or not _agrees(head, words, ws[i]):
        return None
    draft = Draft("indirect", ws[a].start, ws[b - 1].end, -1, cue, char_span(ws, *span), gender)
    return ws[i].start, draft, set(range(i, span[1]))


def _agrees(head, words, verb) -> bool:
    """The subject after the verb agrees with it in number: "Решение суда обещает компании
    разбирательства" has no singular subject for "обещает" ("мэр и губернатор" may share one)."""
    tag = parses(verb)[0].tag
    if is_proper(head) or any(w.low == "и" for w in words) or tag.number is None:
        return True
    return any("nomn" in p.tag and tag.number in p.tag for p in parses(head)[:3])


def _object_case(w) -> bool:
    """A word that can be a fronted object: accusative or genitive."""
    return w.is_word and any(c in p.tag for p in parses(w)[:2] for c in ("accs", "gent"))


def _fronted_passive(ws, k, i) -> int | None:
    """"О назначении премьера было объявлено 13 ноября": a topic put before an impersonal
    passive; the index of "было" that ends the topic, or None."""
    if i < k + 3 or ws[k].low not in ABOUT or ws[k + 1].low in word_set("quote_this.txt") \
            or best_pos(ws[i]) != "PRTS" or not is_impersonal(ws[i]) or ws[i - 1].low not in ("было", "будет"):
        return None
    topic = ws[k + 1:i - 1]
    if not topic or any(not w.is_word or best_pos(w) in ("VERB", "INFN", "GRND") for w in topic):
        return None
    return i - 1


def _fronted_clause(s, i, k, cue, gender):
    """"О том, что X удостоен премии, было объявлено в феврале": the clause put first
    (from word k) is the content, up to the verb (and its auxiliary "было")."""
    ws = s.words
    if is_topic_verb(cue[2]) and what_happens(ws[k]):
        return None  # "О том, что изменится для пациентов, рассказала X": what she told about
    last = i - 1
    while last > k and (ws[last].text == "," or ws[last].low in word_set("quote_auxiliaries.txt")):
        last -= 1
    if last <= k or not (best_pos(ws[i]) == "VERB" or is_impersonal(ws[i])) \
            or clauses_with_verbs(ws[k:i]) > 1:
        return None  # "О том, что ..., стало известно ..., днём позже X предложил": not its topic
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:"), len(ws))
    span = phrases.after(ws, i, hi)
    if span is None and not is_impersonal(ws[i]):
        return None
    speaker = char_span(ws, *span) if span else None
    draft = Draft("indirect", ws[k].start, ws[last].end, -1, cue, speaker, gender)
    return ws[i].start, draft, set(range(i, span[1] if span else i + 1))


def what_happens(word) -> bool:
    """"что изменится", "что произошло": "что" as the subject of a future or a neuter
    past verb asks what happens; "что уходит в отставку" may tell of the speaker."""
    if best_pos(word) != "VERB":
        return False
    tag = parses(word)[0].tag
    return "futr" in tag or ("past" in tag and "neut" in tag)


def fronted_topic(ws) -> int | None:
    """Index of the first word after a sentence-opening "о том, что", a joiner allowed
    before it ("Однако о том, что ..."), or None."""
    k = 1 if ws and ws[0].low in word_set("quote_joiners.txt") else 0
    if len(ws) > k + 4 and ws[k].low in ABOUT and ws[k + 1].low == "том" \
            and ws[k + 2].text == "," and ws[k + 3].low in THAT:
        return k + 4
    return None
