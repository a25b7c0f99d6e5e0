"""A reporting verb and its complement: "заявил, что ...", "сообщил о том, что ...",
"отметил: ...", a phrase ("назвал арест нарушением", "попросил остановить бой"),
or a closing attribution ("..., сообщает ТАСС")."""
from __future__ import annotations

import regex

from .. import morph
from ..resources import once, word_set
from . import phrases
from .addressees import oblique
from .marks import closing
from .documented import document_before, documented_lemma, is_documented
from .draft import Draft
from .lexicon import (ABOUT, QUOTING_NOUNS, asks, backref_at, cue_lemma, pointer_states, cue_phrase, is_impersonal, is_phrase_verb,
                      is_topic_verb, negated_cue, opens_question, org_head, phrase_frames, stance_lemma)
from .bounds import (ALSO, clause_after_and, clauses_with_verbs, comma_clause_end, dependent, gapped, gerund_end,
                     inserted_gerund_end, main_clause, new_predicate, relative_end, second_predicate,
                     time_inside)
from .shapes import FRAME_OPENERS, TOTALS, fits_frames, fronted_instrumental, instrumental, judged, not_speech
from .sources import (IN_WHICH, body_after, clause_start, coordinate, document_source, genitive, is_document,
                      locative, relative_author, shared_subject, source)
from .words import (Word, best_pos, can_be_case, char_span, is_future, is_latin, is_name_like, is_proper,
                    parses, verb_gender)

COMPLEMENT_REACH = 12
ASKED_WORDS = 4  # "спросил у главы правительства Кыргызстана, как ..."
HYPOTHETICAL_REACH = 6
THAT = frozenset({"что", "чтобы"})
STOPS = frozenset({".", ";", "!", "?"})
MIN_BEFORE_WORDS = 2  # "Пожар потушен, сообщает ТАСС."
DASHES = (",", "—", "–", "-")
LIST_JOINERS = frozenset({"и", "а", "также", "или"})
PHRASE_STARTS = ("NOUN", "ADJF", "INFN", "PRTF", "NUMR", "NPRO")
DIRECTIVE_REACH = 4
INFINITIVE_REACH = 8
NEEDS_OUTLET = ("появиться информация",)  # news that reports only with its outlet named
OUTLETS = ("пресса", "сми")  # words before the infinitive of a verb framed for one: addressee, term
RELATIVE_REACH = 3  # words between "на котором" and its verb
OBJECT_RELATIVES = frozenset({"которую", "которого", "которому", "которым"})  # "свадьбу, которую назвали"
ADJUNCT_REACH = 4  # words between a cue and its "о": "сообщил в субботу о"
OPENING = "«\"„“"
POINTING = ("указать", "указывать", "настаивать", "настоять")  # "указал на ...": the content
HOPES = ("надежда", "уверенность")  # "выразил надежду на ...": what is hoped is the content
DEMANDING = ("требовать", "потребовать", "просить", "попросить")
STANCE_TAKING = ("высказаться", "высказываться")
INFINITIVE_ENDINGS = ("ть", "ти", "ться", "тись")
AS_ONLY = frozenset({"as"})
JUDGEMENTS = frozenset({"as", "ablt", "verdict"})
POINTED_FRAMES = frozenset({"as", "with"})  # frames whose object may be "это": the judgement follows
VENUE_PREPOSITIONS = frozenset({"в", "во", "на"})
ONE_OF_LOCATIVE = ("одном", "одной")  # "в одном из изданий"
FOCUS = ("даже", "только", "лишь", "именно")  # "указал только бездействие": part of the content
ALSO_WORDS = ("и", "также", "тоже")  # "заявили и о ...": "и" meaning "also"
# a reason after the phrase ("призвал X ..., так как ...") is given by the speaker and stays
PHRASE_END = regex.compile(
    r"(?<![\s,]),?\s+(?:но|а|однако|хотя|из-за|после того)\s"
    r"|,\s+(?:при этом|тогда как|в то время как|после чего)\s"  # the author goes on
    r"|,\s+в связи с тем,"  # and gives his reason
    r"|,\s+(?:чья|чей|чьё|чье|чьи)\s"  # "реорганизовать ФИФА, чья репутация ...": about the object
    r"|(?P<time>\s(?:в|во)\s(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|ходе)\s"
    r"|\s(?:вчера|сегодня)\s)"  # time adjuncts are the author's
    r"|\sна\sуслови(?:ях|и)\sанонимности"  # so is the source's condition
    r"|(?<=\d\s?гг?)\.\s+(?=\p{Lu})")  # "на выборах 2012г. Нынешний ...": a sentence razdel missed

REASON_HEADS = frozenset({"связи", "несмотря", "вследствие", "ввиду"})  # "в связи с тем, что"


def verb(text, s, i):
    """A report led by the verb ``ws[i]`` (or a verb-and-noun cue starting there)."""
    ws = s.words
    multi = cue_phrase(ws, i)
    lemma, last = (multi[1], multi[0]) if multi else (cue_lemma(ws[i]) or documented_lemma(ws, i), i)
    negated = None if lemma else negated_cue(ws, i)
    stance = None if lemma or negated else stance_lemma(ws[i])
    lemma = lemma or negated or stance
    if not lemma:
        return _infinitive_report(s, i) or _named_passive(s, i)
    if _hypothetical(ws, i) or _future(ws[i]):
        return None
    if i > 0 and ws[i - 1].low == "не" and lemma in word_set("quote_unsaid_negated.txt"):
        return None  # "не уточняют, что ...": what was not said is nobody's words
    published = _published_in(ws, i) if lemma in NEEDS_OUTLET else None
    if lemma in NEEDS_OUTLET and published is None:
        return None  # "Ранее появилась информация, что ...": a rumour with no source
    cue = (ws[i - 1].start if negated else ws[i].start, ws[last].end, lemma)
    gender = verb_gender(ws[i])
    # "определили, что ..." decides; only "определил X как Y" judges (a verb framed for "как" alone)
    comp = complement(ws, last, lemma) if phrase_frames(lemma) != AS_ONLY else None
    if comp is not None:
        j, start = comp
        speaker = shared_subject(ws, i) if coordinate(ws, i) \
            else source(ws, i, 0, j, subject_first=True)
        if multi and lemma.endswith(QUOTING_NOUNS):
            speaker = genitive(ws, last + 1) or speaker  # "привёл слова знакомого семьи"
        if speaker and speaker[0] < cue[1] and speaker[1] > cue[0]:
            speaker = None  # "Высказываются предположения, что": the cue's own noun
        speaker = published or speaker
        if speaker is None and is_documented(lemma):
            speaker = document_before(ws, i)  # "В публикации предполагается": the text speaks
        if ws[j].text == ":" and (ws[j + 1].text in OPENING or ws[j + 1].text == "'"):
            # "крикнул: «...»" is direct speech, found with its marks; "называет X злом: «...»"
            # reports its phrase too
            return _phrase_before_colon(text, s, i, last, lemma, cue, gender, j, bool(multi))
        end = second_predicate(ws, j, gender) or main_clause(ws, j) or relative_end(ws, i, j) \
            or s.end
        return ws[i].start, Draft("indirect", start, end, -1, cue, speaker, gender), {i}
    if negated and (trailing := _trailing(text, s, i, cue, gender, negated=True)):
        return trailing  # "..., не исключает газета.": what precedes is what was not ruled out
    if stance or (negated and not is_phrase_verb(negated)) or lemma in word_set("quote_stands.txt"):
        return None  # only "не исключают, что ...", "уверен, что ...", "выступает за то, чтобы" report
    if negated:  # "не исключил продолжение тенденции": what is not ruled out
        return _phrase(text, s, i, last, lemma, cue, gender, negated=True)
    trailing = None if multi else _trailing(text, s, i, cue, gender) or _fronted_about(s, i, cue, gender)
    if trailing:
        return trailing
    return _phrase(text, s, i, last, lemma, cue, gender, bool(multi)) \
        or (None if multi else _fronted_object(s, i, lemma, cue, gender))


def _phrase_before_colon(text, s, i, last, lemma, cue, gender, colon, multi):
    """The judgement between a naming cue and the colon that opens marked speech:
    "называет вмешательство властей злом: «...»"; None when the colon follows the cue."""
    if colon <= last + 1 or multi or not (lemma in word_set("quote_naming_verbs.txt") or phrase_frames(lemma) & JUDGEMENTS):
        return None  # "подчеркнул позицию США: «...»" introduces the marks, it says nothing of its own
    ws = s.words
    return _phrase(text, type(s)(s.start, ws[colon].start, ws[:colon]), i, last, lemma, cue, gender)


def _published_in(ws, i):
    """"В прессе появилась информация", "в газете «МК» появилась информация": the outlet
    (the word span after "в") that makes a piece of news a report, or None."""
    for k in range(i - 1, 0, -1):
        if ws[k].text in ",;:":
            return None
        if ws[k - 1].low in ("в", "во") and ws[k].is_word \
                and (morph.lemma(ws[k].low) in OUTLETS or morph.lemma(ws[k].low) in word_set("quote_media_heads.txt")):
            end = k + 1
            while end < i and (ws[end].text in "«»\"" or is_proper(ws[end])):
                end += 1  # "в газете «Московский комсомолец»"
            return ws[k].start, ws[end - 1].end
    return None


def _infinitive_report(s, i):
    """"успел заявить, что ...", "дали повод заговорить о том, что ...": an infinitive
    speech verb with a clause, unless the author speaks ("можно сказать, что")."""
    ws = s.words
    if not ws[i].low.endswith(INFINITIVE_ENDINGS):
        return None  # most words are no infinitive: skip the lookup
    lemma = cue_lemma(ws[i], ("INFN",))
    if lemma is None or i == 0 or _hypothetical(ws, i):
        return None
    governor = ws[i - 1]
    if not governor.is_word or governor.low in word_set("quote_infinitive_governors.txt") \
            or any(p.normal_form in word_set("quote_infinitive_governors.txt") for p in parses(governor)[:1]):
        return None
    comp = complement(ws, i, lemma)
    if comp is None or ws[comp[0]].text == ":":
        return None
    speaker = source(ws, i, 0, comp[0], subject_first=True)
    cue = (ws[i].start, ws[i].end, lemma)
    end = main_clause(ws, comp[0]) or relative_end(ws, i, comp[0]) or s.end
    return ws[i].start, Draft("indirect", comp[1], end, -1, cue, speaker, None), {i}


def _named_passive(s, i):
    """"Причиной смерти названа сердечная недостаточность", "Главными кандидатами
    называются X и Y": an impersonal naming with the judgement put first in the
    instrumental; the whole sentence is what was said, by no one named."""
    ws = s.words
    if not ws[i].low.startswith(("назван", "называ")) or i < 2 or i + 1 >= len(ws):
        return None  # most words are no naming passive: skip the lookups
    passive = any((p.normal_form == "назвать" and p.tag.POS == "PRTS")
                  or (p.normal_form == "называться" and p.tag.POS == "VERB") for p in parses(ws[i])[:2])
    # "Её именем назван астероид" names a thing after someone, it judges nothing
    fronted = [w for w in ws[:i] if w.is_word and best_pos(w) == "NOUN" and instrumental(w) and not _reveals(w)] \
        or [w for k, w in enumerate(ws[1:i], 1) if w.low == "качестве" and ws[k - 1].low == "в"] \
        or _among_before(ws, i)  # "среди главных партнёров назывались страны ..."
    award = any(w.is_word and "Supr" in parses(w)[0].tag for w in ws[:i])  # "Лучшим игроком назван"
    if not passive or not fronted or award or any(w.text in ",;:" or best_pos(w) == "VERB" for w in ws[:i]) \
            or not any(w.is_word and _nominative_noun(w) for w in ws[i + 1:]):
        return None
    cue = (ws[i].start, ws[i].end, "назвать")
    return ws[i].start, Draft("indirect", s.start, s.end, -1, cue, None, None), {i}


def _nominative_noun(w) -> bool:
    return is_proper(w) or (best_pos(w) == "NOUN" and "nomn" in parses(w)[0].tag)


def _future(word: Word) -> bool:
    """"объявит о присоединении", "заявит, что": speech not yet made."""
    return best_pos(word) == "VERB" and is_future(word)


def _hypothetical(ws, i) -> bool:
    """"Если участник заявляет о ...": a condition, not a report."""
    for k in range(i - 1, max(-1, i - HYPOTHETICAL_REACH), -1):
        if ws[k].text in ",;:":
            return False
        if ws[k].low == "если" or (ws[k].text in ("ли", "бы") and not _almost(ws, k)):  # not the name "Ли"
            return True
    return False


def _almost(ws, k) -> bool:
    """"чуть ли не впервые заявил", "едва ли не каждый день повторял": "ли" and "не" at
    ``ws[k]`` make "almost", neither a question nor a denial."""
    at = k if ws[k].low == "ли" else k - 1
    return 0 < at < len(ws) - 1 and ws[at].low == "ли" and ws[at - 1].low in ("чуть", "едва") \
        and ws[at + 1].low == "не"


def complement(ws, i, lemma):
    """(index, content start) of ", что" / "о том, что" / ":" after the cue, or of
    the reported question after "спросил,"."""
    if asks(lemma) and i + 2 < len(ws) and ws[i + 1].text == "," and opens_question(ws, i + 2):
        return None if _negated(ws, i) else (i + 1, ws[i + 2].start)  # "не уточнил, когда"
    asked = _asked_person(ws, i, lemma)
    if asked is not None:
        return None if _negated(ws, i) else (asked, ws[asked + 1].start)
    if _hearsay(ws, i):
        return i + 1, ws[i + 2].start
    j, stop = i + 1, min(i + 1 + COMPLEMENT_REACH, len(ws))
    while j < stop:
        w = ws[j]
        close = closing(ws, j, len(ws)) if w.text in "«\"" else None
        if close is not None and (j > i + 1 or oblique(ws[j + 1]) or _that_after(ws, close)):
            j = close + 1  # "сообщила «Интерфаксу», что": a quoted addressee
            continue
        if w.text in STOPS or w.text in "«\"" or (w.is_word and best_pos(w) in ("VERB", "INFN", "GRND")
                                                 and not (is_name_like(w) and not w.initial)):
            return None  # "уведомил членов МОК, что": a name is no verb ("мок" of "мокнуть")
        if w.text == ":" and j + 1 < len(ws) and not _score(ws, j):
            return (j, ws[j + 1].start) if _predicate_in(ws, j + 1) else None
        if w.text == "," and j + 1 < len(ws) and ws[j + 1].low in THAT and j + 2 < len(ws):
            if ws[j + 1].low == "чтобы" and _purpose(ws, i, j, lemma):
                return None
            return j, ws[j + 2].start
        if w.text == "," and j + 3 < len(ws) and ws[j + 1].text in "«\"" and ws[j + 2].low in THAT:
            return j, ws[j + 3].start  # "сказав, «что готов принять вызов»": the mark opens early
        if w.low == "что" and j + 1 < len(ws) and ws[j - 1].is_word \
                and best_pos(ws[j - 1]) != "PREP":  # "сказал что", "подтвердил в среду что"
            return j, ws[j + 1].start
        if best_pos(w) == "PREP" and j + 3 < len(ws) and ws[j + 1].low in ("то", "том", "тем") \
                and ws[j + 2].text == "," and ws[j + 3].low in THAT and ws[j - 1].low in REASON_HEADS:
            return None  # "в связи с тем, что", "несмотря на то, что": why, not what was said
        if best_pos(w) == "PREP" and j + 3 < len(ws) and ws[j + 1].low in ("то", "том") \
                and ws[j + 2].text == "," and ws[j + 3].low in THAT and j + 4 < len(ws):
            return j, ws[j + 4].start  # "о том, что", "на то, что"
        if w.low == "о" and j + 3 < len(ws) and ws[j + 1].low == "том" and ws[j + 2].text == "," \
                and opens_question(ws, j + 3):  # "рассказал о том, как ...": the reported question
            return None if _negated(ws, i) else (j, ws[j + 3].start)
        if w.low in ("то", "того") and j == i + 1 and ws[i].low in ("за", "против") and j + 3 < len(ws) \
                and ws[j + 1].text == "," and ws[j + 2].low in THAT:
            return j, ws[j + 3].start  # "выступает за то, чтобы ...": what is stood for
        if w.low == "тем" and j + 3 < len(ws) and ws[j + 1].text == "," and ws[j + 2].low in THAT:
            if best_pos(ws[j - 1]) == "PREP":
                return None  # "в связи с тем, что", "с тем, чтобы": a conjunction of the author's
            return j, ws[j + 3].start  # "мотивировал отказ тем, что ...": the reason given
        if w.low in ABOUT and not (j + 1 < len(ws) and ws[j + 1].low == "том"):
            return _colon(ws, j)  # "заявил о вступлении в борьбу за то, чтобы": a phrase
        j += 1
    return None


def _hearsay(ws, i) -> bool:
    """"Говорят, после игры тренер плакал": a sentence opened by an impersonal verb of
    saying and a comma reports the clause that follows, "что" left out."""
    return ws[i].initial and ws[i].low in word_set("quote_hearsay.txt") and i + 2 < len(ws) \
        and ws[i + 1].text == "," and ws[i + 2].low not in THAT and _predicate_in(ws, i + 2)


def _asked_person(ws, i, lemma):
    """Index of the comma in "спросил главу правительства, как ...": the person asked
    stands between a verb of asking and the reported question."""
    if lemma not in word_set("quote_asking_verbs.txt"):
        return None
    for j in range(i + 1, min(i + 2 + ASKED_WORDS, len(ws) - 1)):
        if ws[j].text == ",":
            return j if j > i + 1 and opens_question(ws, j + 1) else None
        if not ws[j].is_word or best_pos(ws[j]) in ("VERB", "INFN", "GRND", "PRTF", "PRTS", "CONJ"):
            return None
    return None


def _purpose(ws, i, j, lemma) -> bool:
    """"отрезала палец, чтобы завладеть кольцом", "написал письмо, чтобы ...": after a
    thing done to an object, ", чтобы" tells why, unless the verb asks for something."""
    if is_phrase_verb(lemma):
        return False  # "попросил суд, чтобы ...", "потребовал, чтобы ..."
    return any(w.is_word and best_pos(w) == "NOUN" and not org_head(w)
               and any({"inan", "accs"} <= set(p.tag.grammemes) for p in parses(w)[:2]) for w in ws[i + 1:j])


def _score(ws, j) -> bool:
    """"со счётом 15:13", "в 10:30": a colon glued between digits is no colon."""
    return 0 < j < len(ws) - 1 and ws[j - 1].text.isdigit() and ws[j + 1].text.isdigit() \
        and ws[j - 1].end == ws[j].start and ws[j].end == ws[j + 1].start


def _predicate_in(ws, k) -> bool:
    """What follows "подтвердил:" says something rather than listing names
    ("подтвердили шесть стран: Алжир, Египет и Россия")."""
    if all(w.text in ",." or (w.is_word and (is_proper(w) or w.low in LIST_JOINERS)) for w in ws[k:]):
        return False
    return not _people_listed(ws, k)


def _people_listed(ws, k) -> bool:
    """"отвечали: командир экспедиции Уильям Макартур, бортинженер Валерий Токарев и ...":
    people, each a post and a name, listed with no verb: who, not what was said."""
    items = [[]]
    for w in ws[k:]:
        if w.text in ",;" or w.low in LIST_JOINERS:
            items.append([])
        elif w.text != ".":
            items[-1].append(w)
    items = [item for item in items if item]
    return len(items) >= 2 and not any(w.is_word and best_pos(w) in ("VERB", "INFN", "PRTS", "GRND")
                                       for item in items for w in item) \
        and all(is_proper(item[-1]) for item in items)


def _that_after(ws, k) -> bool:
    """", что" right after ``ws[k]``: "заявил «Ъ», что" names an addressee."""
    return k + 2 < len(ws) and ws[k + 1].text == "," and ws[k + 2].low in THAT


def _colon(ws, j):
    """"напомнила о его пути: ..." — a colon may still introduce the content."""
    for k in range(j, min(j + COMPLEMENT_REACH, len(ws) - 1)):
        if ws[k].text in STOPS:
            return None
        if ws[k].text == ":":
            return k, ws[k + 1].start
    return None


def _trailing(text, s, i, cue, gender, negated=False):
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
    if len([w for w in ws[:k] if w.is_word]) < MIN_BEFORE_WORDS and not connector:
        return None
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:"), len(ws))
    span = phrases.after(ws, i, hi)
    if span and (not phrases.names_someone(ws, span)
                 or (best_pos(ws[span[0]]) == "NUMR" and ws[span[0]].low not in ("один", "одна"))):
        return None  # "..., анонсировал пять премьер", "..., высказал сомнения": objects
    if span and span[1] + 1 < hi and ws[span[1]].low == "и" \
            and all(phrases.np_word(w) for w in ws[span[1] + 1:hi]):
        span = (span[0], hi)  # "..., сообщают Пятый канал и РЕН ТВ": two sources
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
    apposed = span is not None and _dash_apposition(ws, stop, hi)
    if span and span[1] < hi and not inserted and not gerund_follows and not apposed \
            and after.low not in word_set("quote_closing_followers.txt") and not _date_tail(ws, stop, hi) \
            and not _adjunct_tail(ws, stop, hi):
        return None  # "..., призвал все семейство преодолеть распри": not a closing attribution
    speaker = char_span(ws, *span) if span else None
    if gender == "plur":
        # "..., сообщили в пресс-службе ведомства": the place is the source, not its genitive
        speaker = body_after(ws, i, hi) or speaker
    if apposed:  # "..., считает Таня Марш — профессор университета": who she is
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
    fronted = _fronted_topic(ws)
    if fronted is not None and is_topic_verb(cue[2]) and _what_happens(ws[fronted]):
        return None  # "О том, что произошло, рассказал очевидец": what he told about
    if fronted is not None:  # "(Однако) о том, что телеканал должен ему денег, заявил X"
        start, end = ws[fronted].start, ws[k].start  # an apposition after X adds no content
    draft = Draft("indirect", start, end, -1, cue, speaker, gender)
    return -1, draft, set(range(i, span[1] if span else i + 1))


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


def _adjunct_tail(ws, stop, hi) -> bool:
    """"..., подтвердила его партия после появления видео.": only a prepositional phrase
    with no verb of its own follows the speaker."""
    rest = ws[stop:hi]
    return bool(rest) and rest[0].is_word and best_pos(rest[0]) == "PREP" \
        and not any(w.is_word and best_pos(w) in ("VERB", "INFN", "GRND") for w in rest)


def _date_tail(ws, stop, hi) -> bool:
    """"..., сообщают СМИ 1 сентября 2017 года.": only a date follows the speaker."""
    rest = ws[stop:hi]
    return bool(rest) and rest[0].text[:1].isdigit() and all(
        w.text.isdigit() or w.low in ("год", "года", "г", ".")
        or (w.is_word and any(p.normal_form in word_set("quote_months.txt") for p in parses(w)[:1]))
        for w in rest)


def _fronted_about(s, i, cue, gender):
    """"О грядущем назначении сообщили представители администрации": a topic put first,
    the speaker after the verb."""
    ws = s.words
    k = 1 if ws and best_pos(ws[0]) in ("ADVB", "CONJ", "PRCL") else 0
    topic = _fronted_topic(ws)
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


def _fronted_object(s, i, lemma, cue, gender):
    """"Отставки мэра потребовали журналисты", "Гибель бойца подтвердили источники": the
    phrase put first, the speaker (a nominative that names someone) right after the verb."""
    ws = s.words
    if not is_phrase_verb(lemma) or phrase_frames(lemma) or lemma in word_set("quote_naming_verbs.txt") \
            or best_pos(ws[i]) != "VERB" or i < 2:
        return None  # "Имена финалистов назвал X" tells a fact
    b = i
    while b > 0 and ws[b - 1].low in SHARED_ADVERBS:
        b -= 1  # "также подтвердили"
    a = b
    while a > 0 and ws[a - 1].is_word and (phrases.np_word(ws[a - 1]) or best_pos(ws[a - 1]) == "PREP"
                                           or ws[a - 1].low == "и"):
        a -= 1
    while a < b and (best_pos(ws[a]) in ("PREP", "ADVB", "CONJ") or not _object_case(ws[a])):
        a += 1  # "Утром в понедельник, ... сообщение": adjuncts before the object are the author's
    noun = a + 1 if ws[a].low in phrases.POSSESSIVE and a + 1 < b else a  # "Её слова подтвердил X"
    if b - a < 2 or (a > 0 and ws[a - 1].text != "," and best_pos(ws[a - 1]) != "ADVB") \
            or best_pos(ws[noun]) != "NOUN" or "anim" in parses(ws[noun])[0].tag:
        return None
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:,"), len(ws))
    k = i + 1 + (i + 1 < hi and ws[i + 1].low in SHARED_ADVERBS)  # "выражали и представители"
    span = phrases.after(ws, k - 1, hi)
    if span and span[0] > k and all(w.is_word and best_pos(w) == "ADJF" for w in ws[k:span[0]]):
        span = (k, span[1])  # "подтвердил другой пассажир": the adjective is the speaker's
    # the noun decides the case, not an adjective before it ("окружной коронер", "другой пассажир")
    words = [w for w in ws[span[0]:span[1]] if w.is_word] if span else []
    head = next((w for w in words if best_pos(w) == "NOUN" or is_proper(w)), words[0] if words else None)
    if span is None or span[0] != k or head is None or not phrases.names_someone(ws, span) \
            or not (is_proper(head) or any("nomn" in p.tag for p in parses(head)[:2])):
        return None
    draft = Draft("indirect", ws[a].start, ws[b - 1].end, -1, cue, char_span(ws, *span), gender)
    return ws[i].start, draft, set(range(i, span[1]))


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
    if is_topic_verb(cue[2]) and _what_happens(ws[k]):
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


def _what_happens(word) -> bool:
    """"что изменится", "что произошло": "что" as the subject of a future or a neuter
    past verb asks what happens; "что уходит в отставку" may tell of the speaker."""
    if best_pos(word) != "VERB":
        return False
    tag = parses(word)[0].tag
    return "futr" in tag or ("past" in tag and "neut" in tag)


def _fronted_topic(ws) -> int | None:
    """Index of the first word after a sentence-opening "о том, что", a joiner allowed
    before it ("Однако о том, что ..."), or None."""
    k = 1 if ws and ws[0].low in word_set("quote_joiners.txt") else 0
    if len(ws) > k + 4 and ws[k].low in ABOUT and ws[k + 1].low == "том" \
            and ws[k + 2].text == "," and ws[k + 3].low in THAT:
        return k + 4
    return None


def _dash_apposition(ws, stop, hi) -> bool:
    """A dash after a closing attribution's speaker, then a noun phrase to the end of
    the sentence with no verb: the speaker's description."""
    rest = ws[stop + 1:hi]
    return stop < hi and ws[stop].text in "—–" and bool(rest) and rest[0].is_word \
        and best_pos(rest[0]) == "NOUN" \
        and not any(w.is_word and best_pos(w) in ("VERB", "INFN", "GRND") for w in rest)


def _phrase(text, s, i, last, lemma, cue, gender, multi=False, negated=False):
    """"назвал арест нарушением", "заявил о готовности": a phrase as the content."""
    ws = s.words
    passive = best_pos(ws[i]) == "PRTS" and is_impersonal(ws[i])  # "было объявлено о ..."
    if (best_pos(ws[i]) not in ("VERB", "GRND") and not passive) or last + 1 >= len(ws):
        return None
    span, j = _phrase_speaker(ws, i, last, gender)
    if lemma in NEEDS_OUTLET:  # "в газете «МК» появилась информация о нападении": the outlet
        outlet = _published_in(ws, i)
        span = _word_span(ws, outlet) if outlet else span
    # "в числе претендентов называли X"
    unnamed = lemma in word_set("quote_naming_verbs.txt") and gender == "plur" and _among_before(ws, i)
    unnamed = unnamed or lemma in word_set("quote_self_reported.txt")  # "Из Бристоля поступают сообщения о поджогах"
    if j >= len(ws) or (span is None and not coordinate(ws, i) and not is_impersonal(ws[i]) and not unnamed
                        and not _indefinite(ws, i, gender, _accusing(lemma, ws[i]))
                        and not _left_out(ws, i, gender)):
        return None  # a phrase report needs a named speaker or "и сообщил" after one
    if _negated(ws, i) and not negated:
        return None  # "ещё не высказал свою точку зрения": nothing was said
    opened = _phrase_opening(text, s, i, j, last, lemma, cue, span, gender, multi)
    if not isinstance(opened, int):
        return opened  # a finished quote ("кричит «...»", "назвал как ...") or None
    j = opened
    end = phrase_end(text, ws[j].start, s.end)
    end = gerund_end(ws, j, _own_clause_end(ws, j, end))
    end = inserted_gerund_end(ws, i, j, end)
    end = min(end, main_clause(ws, j) or end, comma_clause_end(ws, j, end), _aside_end(ws, j, end))
    later = next((w for k, w in enumerate(ws) if k > j and w.start < end and ws[k - 1].text == ","
                  and cue_lemma(w)), None)
    end = later.start if later else end  # "говоря о ..., отметил, что": the next report
    if ws[j - 1].low in ABOUT:
        end = _venue_end(ws, j, end)
    if lemma in word_set("quote_judging_verbs.txt") and ws[j - 1].low not in ABOUT and not judged(ws, j, end):
        return None
    if lemma in word_set("quote_believing_verbs.txt") and ws[j].low == "себя":
        return None  # "считает себя экспертом": how one sees oneself, not a claim
    named = lemma in word_set("quote_judging_verbs.txt") or _names_as(text, ws, j, end) or _as_judgement(ws, j, end) \
        or fronted_instrumental(ws, i) or _among(ws, j) or _in_the_role(ws, i) \
        or _among_before(ws, i)  # judging verbs checked above
    if lemma in word_set("quote_naming_verbs.txt") and ws[j - 1].low not in ABOUT and (not named or _reveals(ws[j])):
        return None
    if not fits_frames(ws, j, end, phrase_frames(lemma)) \
            or not_speech(ws, j, end):
        return None  # "предложил награду", "отметил юбилей", "признал его виновным"
    speaker = char_span(ws, *span) if span else None
    if coordinate(ws, i):
        speaker = shared_subject(ws, i)
    return ws[i].start, Draft("indirect", ws[j].start, end, -1, cue, speaker, gender), {i}


INDEFINITE_OPENING = 2  # words an indefinite-personal verb may follow: "Британцев призвали"
UNNAMED_REACH = 7  # words of objects and adjuncts before a plural verb with no subject
UNNAMED_OPENERS = frozenset({"и", "а", "но", "где"})  # a clause of its own, of unnamed people
SHARED_ADVERBS = frozenset({"также", "и", "тоже", "уже"})  # "также подтвердили", "выражали и X"
STILL = frozenset({"тем", "не", "менее"})  # "тем не менее" before the verb
CLAUSE_BREAKS = frozenset({",", ":", ";"})
PP_WORDS = 2  # a preposition and its noun, not counted in an infinitive's reach


@once
def _insert_openers() -> frozenset[str]:
    """Words that open an inserted clause: the relatives without the conjunctions of a
    content ("что", "если"), and "однако", "хотя", "как"."""
    return (word_set("quote_clause_openers.txt") - {"что", "чтобы", "если", "когда"}) | {"однако", "хотя", "как"}



def _accusing(lemma, word) -> bool:
    """"обвиняют в коррупции", "упрекали в расизме": charges people keep making; "его обвинили
    в убийстве" is mostly the formal charge, an act, and "подозревают в убийстве" the
    investigators' suspicion, not yet said to anyone."""
    return "in" in phrase_frames(lemma) and lemma not in word_set("quote_suspecting_verbs.txt") \
        and "impf" in parses(word)[0].tag


def _indefinite(ws, i, gender, accusing=False) -> bool:
    """"круглый стол, на котором предложили ...": a plural verb right after a relative
    word speaks for the unnamed people of the event; ``accusing`` verbs ("его обвиняют в
    коррупции") name the accused, not the speakers, in their person object."""
    if gender != "plur":
        return False
    if any(w.low in IN_WHICH or w.low in OBJECT_RELATIVES for w in ws[max(0, i - RELATIVE_REACH):i]):
        return True
    # "Жителей призвали не выходить из домов": a plural verb opening the sentence, or a
    # clause of it ("дороги перекрыты, жителей просят не выходить"), after at most its
    # object, with no nominative before it and an infinitive after, speaks for unnamed
    # people ("Ратификацию подтвердили шесть стран" has its subject after it)
    opening = _clause_opening(ws, i)
    if opening < i and ws[opening].low in UNNAMED_OPENERS:
        return _no_subject(ws, opening + 1, i, accusing)  # "..., где требовали допуска", "и его требовали"
    if opening < i and ws[opening].low in dependent():
        return False  # "утверждают, что им предложили ...": inside what someone else says
    return (i - opening <= INDEFINITE_OPENING and all(
        w.is_word and not any("nomn" in p.tag for p in parses(w)[:2]) for w in ws[opening:i])
        and any(w.is_word and best_pos(w) == "INFN" for w in ws[i + 1:i + 1 + INDEFINITE_OPENING + 1])) \
        or _no_subject(ws, opening, i, accusing)


def _left_out(ws, i, gender) -> bool:
    """"В 1988 году на конференции раскритиковал перестройку.": a singular past verb that
    opens its sentence after adjuncts only goes on with the subject of the sentence before."""
    return gender in ("masc", "femn") and best_pos(ws[i]) == "VERB" and "past" in parses(ws[i])[0].tag \
        and _no_subject(ws, 0, i) and not _subject_later(ws, i)


def _subject_later(ws, i) -> bool:
    """A nominative noun after the verb in its clause, not a preposition's: the subject put
    last ("Впервые обещал быть председатель КНР")."""
    for k in range(i + 1, len(ws)):
        if ws[k].text in ",;:.!?":
            return False
        if ws[k].is_word and best_pos(ws[k]) == "NOUN" and "nomn" in parses(ws[k])[0].tag \
                and best_pos(ws[k - 1]) != "PREP":
            return True
    return False


def _no_subject(ws, a, i, accusing=False) -> bool:
    """"его даже упрекали в расизме", "в числе претендентов называли X": a plural verb
    whose clause names nobody before it (only objects, adverbs and prepositional phrases
    there) and after it (no nominative right after the verb) speaks for unnamed people."""
    if i - a > UNNAMED_REACH or i + 1 >= len(ws):
        return False
    governed = False  # a noun after a preposition is its object, whatever its case
    for w in ws[a:i]:
        if not w.is_word:
            return False
        pos = best_pos(w)
        if pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ") or w.low in word_set("quote_clause_openers.txt"):
            return False
        if pos == "PREP":
            governed = True
        elif pos == "NOUN" and governed:
            governed = False
        elif not governed and (any("nomn" in p.tag for p in parses(w)[:2])
                               or (_person_object(w) and not accusing)):
            return False  # a subject; or whom it was said to or of ("ему доложили о")
    following = ws[i + 1]
    return following.is_word and (best_pos(following) in ("PREP", "INFN") or not (
        is_proper(following) or any("nomn" in p.tag for p in parses(following)[:2])))


def _person_object(w) -> bool:
    """"его", "ему", "Понтеса": a person as an object, the one the verb tells or asks;
    with it an unnamed plural verb is often a plain event ("ему доложили о ...")."""
    return w.low in word_set("quote_person_objects.txt") or is_proper(w) \
        or (best_pos(w) == "NOUN" and "anim" in parses(w)[0].tag)


def _clause_opening(ws, i) -> int:
    """The first word after the nearest comma, colon or semicolon before ``ws[i]``."""
    k = i - 1
    while k >= 0 and ws[k].text not in CLAUSE_BREAKS:
        k -= 1
    return k + 1


def _inserted_before(ws, span, i) -> bool:
    """A comma stands between the subject phrase and the cue (an insert was stepped over)."""
    return any(w.text == "," for w in ws[span[1]:i])


def _phrase_speaker(ws, i, last, gender):
    """(word span of the speaker or None, index after the cue) of a phrase report."""
    # "День рождения X объявлен праздником": a passive's subject is what was announced
    span = phrases.before(ws, i, 0, gender) if best_pos(ws[i]) != "PRTS" else None
    if span is not None and _inserted_before(ws, span, i) and not phrases.names_someone(ws, span) \
            and not any(is_proper(w) or is_document(w) for w in ws[span[0]:span[1]]):
        span = None  # "Практика, существующая в России, говорит о ...": no one speaks
    j = last + 1
    if span is None:
        after = phrases.after(ws, i, len(ws))
        if after and after[0] == i + 1 and is_proper(ws[i + 1]) and not _singular_after_plural(ws[i + 1], gender):
            span, j = after, after[1]
    if span is None and gender == "plur" and not coordinate(ws, i):
        opening = clause_start(ws, i)  # "В Минобороны назвали сообщения фейком"
        located = locative(ws, opening, _before_insert(ws, opening, i), marked=True)
        span = _word_span(ws, located) if located else None
    if span is None:
        span = _relative_subject(ws, i)
    if span is None:
        span = _subject_over_inserts(ws, i, gender)
    if span is None:  # "выпустило заявление, в котором назвало X Y": the document's author
        author = relative_author(ws, i, 0)
        span = _word_span(ws, author) if author else None
    return span, j


def _before_insert(ws, lo, i) -> int:
    """Where a place naming the source of ``ws[i]`` must end: before a participle's or a
    relative clause's insert, which describes the subject ("Сети, имеющие магазины в
    Англии, объявили"); "Кроме того, в УВД призвали" keeps its place."""
    return next((k for k in range(lo, i - 1) if ws[k].text == "," and ws[k + 1].is_word
                 and (best_pos(ws[k + 1]) == "PRTF" or ws[k + 1].low in word_set("quote_phrase_relatives.txt"))), i)


def _singular_after_plural(word, gender) -> bool:
    """"в Израиле отмечают День Иерусалима": a capitalised word that can only be a
    singular nominative is no subject of a plural verb, but its object."""
    if gender != "plur" or word.text.isupper() or is_latin(word):
        return False
    return not any("nomn" in p.tag and "plur" in p.tag for p in parses(word))


def _subject_over_inserts(ws, i, gender):
    """"Прокурор, признав преступление незначительным, тем не менее просил ...", "Защитник,
    ссылаясь на то, что ..., попросил о ...": the subject before a chain of inserts set off
    by commas (a gerund's or participle's phrase, a relative clause, "однако ...") that
    ends right before the verb (adverbs allowed between)."""
    k = i - 1
    while k >= 0 and ws[k].is_word and (best_pos(ws[k]) in ("ADVB", "PRCL", "CONJ") or ws[k].low in STILL):
        k -= 1
    if k < 1 or ws[k].text != ",":
        return None
    commas = [c for c in range(k) if ws[c].text == ","]
    ends = commas[1:] + [k]
    for c, end in reversed(list(zip(commas, ends))):
        opener = ws[c + 1]
        if not opener.is_word:
            return None
        # a participle with words of its own opens an insert ("находившийся в розыске");
        # alone it is a noun ("задержанный")
        if (best_pos(opener) in ("GRND", "PRTF") and end - c > 2) or opener.low in _insert_openers():
            lo = max([m + 1 for m in commas if m < c], default=0)
            found = phrases.subject_before_comma(ws, c, lo, gender)
            if found is not None and best_pos(ws[found[0]]) != "PREP":
                return found
            continue
        if opener.low not in word_set("quote_insert_goes_on.txt"):
            return None
    return None


def _relative_subject(ws, i):
    """"люди, которые требовали возвращения островов": the relative word is the subject
    (adverbs may stand between it and the verb)."""
    k = i - 1
    while k > 0 and ws[k].is_word and best_pos(ws[k]) == "ADVB":
        k -= 1
    if k > 0 and ws[k - 1].text == "," and ws[k].low in word_set("quote_relative_subjects.txt") - {"кто"}:
        return k, k + 1
    return None


def _phrase_opening(text, s, i, j, last, lemma, cue, span, gender, multi):
    """Index of the word that opens the content after the cue, or a finished result."""
    ws = s.words
    while j + 1 < len(ws) and ws[j + 1].low in ABOUT and (best_pos(ws[j]) in ("PRCL", "ADVB")
                                                         or ws[j].low in ALSO_WORDS):
        j += 1  # "говорилось только о ранении", "заявили и о подготовке": the particle leads into the topic
    j = _past_adjunct(ws, j, "to" in phrase_frames(lemma))
    if ws[j].low == "на" and lemma in POINTING and j + 1 < len(ws):
        return j + 1  # "указал на трудности", "настаивают на банкротстве"
    if any(ws[j].low in FRAME_OPENERS[f] for f in phrase_frames(lemma) & FRAME_OPENERS.keys()) \
            and j + 1 < len(ws) and _phrase_start(ws[j + 1]):
        return j + 1  # "сослался на результаты опросов", "упрекали в расизме"
    k = _past_addressee(ws, j) if "on" in phrase_frames(lemma) else j
    if k > j and ws[k].low in FRAME_OPENERS["on"] and k + 1 < len(ws) and _phrase_start(ws[k + 1]):
        return k + 1  # "пожаловались премьер-министру России на руководителя региона"
    if ws[j].low in ("за", "против") and lemma in STANCE_TAKING and j + 1 < len(ws):
        return j + 1  # "высказался против поправок"
    if multi and lemma.endswith(HOPES) and ws[j].low in ("на", "в") and j + 1 < len(ws) \
            and best_pos(ws[j + 1]) in PHRASE_STARTS:
        return j + 1  # "выразил надежду на скорое восстановление отношений"
    if ws[j].low == "для" and lemma in DEMANDING and j + 1 < len(ws):
        return j  # "требовал для украинца 17 лет тюрьмы": the beneficiary opens the demand
    if ws[j].low == "от" and lemma in DEMANDING and j + 2 < len(ws):
        k = j + 2  # "потребовал от Японии вывода судов": whom it was asked of comes first
        while k < len(ws) and ws[k].is_word and is_proper(ws[k]):
            k += 1  # "от властей Японии"
        return k if k < len(ws) and _phrase_start(ws[k], ws[k + 1] if k + 1 < len(ws) else None) else None
    if multi and ws[j].low in ("к", "ко"):
        k = called_upon(ws, j)  # "выступили с призывом к спикеру уйти в отставку"
        if k is not None:
            return k  # whom the call was made to is no part of what was asked
    if ws[j].low in ABOUT:
        if j + 1 >= len(ws) or ws[j + 1].low in word_set("quote_this.txt") \
                or (best_pos(ws[i]) == "GRND" and is_topic_verb(lemma)):
            return None  # "об этом", "говоря о геноциде": no statement
        return j + 1  # after "о" any word may open the topic ("о ещё трёх пострадавших")
    if ws[j].text in OPENING and lemma in word_set("quote_shout_verbs.txt"):
        return _quoted_after(ws, i, j, cue, span, gender)  # "кричит «Аллах Акбар»"
    if not (multi or is_phrase_verb(lemma)):
        # "сказав «мы принялись за дело»": a clause in marks right after any speech verb
        return _quoted_after(ws, i, j, cue, span, gender) if ws[j].text in OPENING and j == last + 1 \
            and lemma not in word_set("quote_naming_verbs.txt") else None
    if ws[j].low == "это" and phrase_frames(lemma) & POINTED_FRAMES:
        return j  # "расценил это как угрозу", "связывают это с засухой"
    if ws[j].low == "это" and "ablt" in phrase_frames(lemma) and j + 1 < len(ws):
        return j + 1  # "объяснив это заботой о безопасности": the reason
    if lemma in word_set("quote_naming_verbs.txt") and ws[j].low == "как" and j + 1 < len(ws):
        return _named_as(text, s, i, j, cue, span, gender)
    if lemma in word_set("quote_naming_verbs.txt") and _among(ws, j):
        return j  # "назвала среди задач X координацию ...": what is named among them
    # "оправдывал решение открыть огонь как шаг": a judgement's infinitive belongs to its object
    k = j if "as" in phrase_frames(lemma) else \
        _infinitive(ws, j, INFINITIVE_REACH if "inf" in phrase_frames(lemma) else DIRECTIVE_REACH)
    if k > j and best_pos(ws[j]) == "PREP" and all(w.is_word or w.text == "«" for w in ws[j:k]):
        return j  # "обещали до конца жизни раздать ...": a leading adjunct is part of it
    j = k
    if ws[j].text in "«\"" and j == last + 1 and lemma not in word_set("quote_naming_verbs.txt"):
        return _quoted_after(ws, i, j, cue, span, gender)
    return j if _phrase_start(ws[j], ws[j + 1] if j + 1 < len(ws) else None) else None


def _past_addressee(ws, j) -> int:
    """The index after a dative addressee ("премьер-министру России") that opens at ``ws[j]``,
    its genitives included; ``j`` when no dative noun opens there."""
    if not (ws[j].is_word and best_pos(ws[j]) == "NOUN" and "datv" in parses(ws[j])[0].tag):
        return j
    k = j + 1
    while k < min(len(ws), j + ADJUNCT_REACH) and ws[k].is_word and best_pos(ws[k]) in ("NOUN", "ADJF") \
            and not _is_opener(ws[k]):
        k += 1
    return k


def called_upon(ws, j):
    """Index of the infinitive after "к" and the dative addressee of a call ("с призывом
    к властям страны немедленно освободить X"), or None when no infinitive follows."""
    k = j + 1
    while k < min(len(ws), j + 1 + ADJUNCT_REACH) and ws[k].is_word \
            and best_pos(ws[k]) in ("NOUN", "ADJF", "NPRO") and k - j <= ADJUNCT_REACH:
        k += 1
    if k == j + 1 or not can_be_case(ws[j + 1], "datv"):
        return None
    m = k
    while m < len(ws) and ws[m].is_word and best_pos(ws[m]) == "ADVB":
        m += 1  # "немедленно уйти": the adverb is part of what was asked
    return k if m < len(ws) and best_pos(ws[m]) == "INFN" else None


def _is_opener(word) -> bool:
    return any(word.low in openers for openers in FRAME_OPENERS.values())


def _past_adjunct(ws, j, told=False):
    """"сообщил в субботу об обнаружении", "предупредила граждан о морозах": a time phrase
    or an addressee may stand between the verb and its "о" topic; an object may not
    ("опубликовала историю о юноше" tells a story, it reports no statement)."""
    for k in range(j + 1, min(j + ADJUNCT_REACH, len(ws) - 1)):
        if ws[k].low in ABOUT:
            return k if _adjuncts(ws[j:k], told) else j
    return j


def _adjuncts(words, told=False) -> bool:
    governed = False  # a noun right after a preposition is its object, not the verb's
    for w in words:
        if not w.is_word or w.low in THAT or w.low == "не":
            return False
        pos = best_pos(w)
        if pos == "PREP":
            governed = True
        elif pos == "NOUN" and not governed and not (told or _addressee(w)):
            return False
        elif pos in ("VERB", "INFN", "GRND", "CONJ", "PRTF", "PRTS"):
            return False
        elif pos == "NOUN":
            governed = False
    return True


def _addressee(w) -> bool:
    """"журналистам", "граждан": a dative or an animate object is whom it was told to."""
    tag = parses(w)[0].tag
    return "datv" in tag or ("anim" in tag and ("accs" in tag or "gent" in tag))


def _word_span(ws, chars):
    """Word indices ``[a, b)`` covering a character span."""
    a = next(k for k, w in enumerate(ws) if w.start >= chars[0])
    b = next(k for k, w in enumerate(ws) if w.end >= chars[1]) + 1
    return a, b


def phrase_end(text: str, start: int, end: int) -> int:
    """Where a phrase content ends: ", но ..." and the like, not inside quotation marks
    ("назвал ситуацию «сложной, но контролируемой»")."""
    for m in PHRASE_END.finditer(text, start, end):
        before = text[start:m.start()]
        if before.count("«") > before.count("»") or before.count('"') % 2:
            continue
        if m.group("time") and time_inside(text, start, m.start()):
            continue
        if ALSO.match(text, m.start()) and not new_predicate(text, m.end(), end):
            continue
        if gapped(text, m.start(), end):
            continue  # ", а Минстрою – мониторить ...": the same order to a second addressee
        return m.start()
    return end


def _aside_end(ws, j, end):
    """A phrase content ends before a parenthesis with a verb of its own, the author's aside,
    when a verb of the author's follows it: "заявил о своём уходе (в этом он был солидарен
    с X) и работал ..."; "объяснил это возрастом (ему исполнится 71 год), а также ..." goes on. A content that opens with an
    adjunct ("пообещал в случае победы (...) сформировать ...") has not reached its head yet."""
    if best_pos(ws[j]) == "PREP":
        return end
    for k in range(j + 1, len(ws)):
        if ws[k].start >= end:
            break
        if ws[k].text == "(":
            close = next((m for m in range(k + 1, len(ws)) if ws[m].text == ")"), len(ws))
            goes_on = next((m for m in range(close + 1, len(ws)) if ws[m].text in ",;:.!?"), len(ws))
            if any(w.is_word and best_pos(w) == "VERB" for w in ws[k + 1:close]) \
                    and any(w.is_word and best_pos(w) == "VERB" for w in ws[close + 1:goes_on]):
                return ws[k - 1].end  # the aside, then a clause of the author's ("и уехал")
    return end


def _own_clause_end(ws, j, end):
    """A phrase content ends where "и" joins a finite verb of the speaker's own:
    "назвал инцидент провокацией и покинул зал"; after an infinitive the verb
    may stand further on ("пообещал не сдаваться и уже на второй встрече сумел уговорить")."""
    infinitive = best_pos(ws[j]) == "INFN" or (ws[j].low == "не" and j + 1 < len(ws)
                                               and best_pos(ws[j + 1]) == "INFN")
    reach = DIRECTIVE_REACH * 2 if infinitive else 1
    for k in range(j + 1, len(ws)):
        if ws[k].start >= end:
            break
        if ws[k].low == "и" and (any(best_pos(w) == "VERB" for w in ws[k + 1:k + 1 + reach]
                                    if w.start < end) or clause_after_and(ws, k + 1, end)):
            return ws[k - 1].end
    return end


def _named_as(text, s, i, j, cue, span, gender):
    """"охарактеризовал процесс как политически мотивированный": the judgement after "как"."""
    ws = s.words
    end = phrase_end(text, ws[j].start, s.end)
    speaker = char_span(ws, *span) if span else None
    draft = Draft("indirect", ws[j].start, end, -1, cue, speaker, gender)
    return ws[i].start, draft, {i}


def _quoted_after(ws, i, j, cue, span, gender, speaker=None):
    """"крикнул «Слава Украине!»": words in marks right after the verb are direct speech."""
    close = next((k for k in range(j + 1, len(ws)) if ws[k].text in "»\"”“"), None)
    if close is None or close == j + 1:
        return None
    inside = ws[j + 1:close]
    shouted = cue[2] in word_set("quote_shout_verbs.txt")  # "кричит «Аллах Акбар»"
    if not (shouted or ws[close - 1].text in "!?." or len([w for w in inside if w.is_word]) >= 3):
        return None
    speaker = char_span(ws, *span) if span else speaker
    draft = Draft("direct", ws[j + 1].start, ws[close - 1].end, -1, cue, speaker, gender)
    return ws[i].start, draft, {i}


def _negated(ws, i) -> bool:
    """"не уточнил", "ещё не высказал"; "тем не менее просил" denies nothing."""
    return any(ws[k].low == "не" and ws[k + 1].low != "менее" and not _almost(ws, k)
               for k in range(max(0, i - 2), i))


def _infinitive(ws, j, reach):
    """"попросил судью остановить бой": a directive's content is its infinitive. Neither a
    prepositional adjunct ("до конца года") nor the comma of a listed addressee
    ("Министерству инвестиций, промышленности и торговли") uses up the reach."""
    end, k = j + reach, j
    while k < min(end, len(ws)):
        if _initial(ws, k):
            end, k = end + 1, k + 2  # "предложил В. Путину баллотироваться": an initial is no stop
            continue
        if ws[k].text == "," and j < k < len(ws) - 1 and ws[k + 1].is_word and ws[k + 1].low not in dependent():
            end += 1
        elif ws[k].text == "«" and k + 1 < len(ws) and best_pos(ws[k + 1]) == "INFN":
            return k  # "предложил в обмен «начать с чистого листа»": the infinitive in marks
        elif not ws[k].is_word or best_pos(ws[k]) == "VERB":
            break  # "поручил акимам районов до 1 мая провести": addressee and term come first
        elif best_pos(ws[k]) == "INFN":
            return k - 1 if k > j and ws[k - 1].low == "не" else k  # "пообещал не сдаваться"
        elif best_pos(ws[k]) == "PREP" and (k == j or reach >= INFINITIVE_REACH):
            end += PP_WORDS  # not after the object of a verb framed for no infinitive
        k += 1
    return j


def _venue_end(ws, j, end):
    """"сообщили о браке в своих блогах", "рассказали о переходе ... в одном из изданий":
    a "в"/"на" phrase naming the medium, after the topic's noun and before any verb of the
    topic, says where it was told; the topic ends before it."""
    for k in range(j + 1, len(ws) - 1):
        w = ws[k]
        if w.start >= end or not w.is_word or best_pos(w) in ("VERB", "INFN", "PRTS", "GRND"):
            return end
        if w.low in VENUE_PREPOSITIONS and _venue(ws, k + 1) and not is_document(ws[k - 1]):
            return ws[k - 1].end  # not "о публикации в газете": where the document appeared
    return end


def _venue(ws, k) -> bool:
    """The venue noun in the prepositional case at ``ws[k]``, over "своём" and adjectives
    before it ("в своих блогах"), or counted among others ("в одном из изданий")."""
    one_of = k + 1 < len(ws) and ws[k].low in ONE_OF_LOCATIVE and ws[k + 1].low == "из"
    k += 2 if one_of else 0
    while k < len(ws) and ws[k].is_word and best_pos(ws[k]) in ("ADJF", "PRTF", "NPRO"):
        k += 1
    if k >= len(ws) or not ws[k].is_word or best_pos(ws[k]) != "NOUN" \
            or morph.lemma(ws[k].low) not in word_set("quote_venue_nouns.txt"):
        return False
    return one_of or any(c in p.tag for p in parses(ws[k])[:2] for c in ("loct", "loc2"))


def _initial(ws, k) -> bool:
    """"В." of "В. Путину", "А. С. Иванову": a capital letter and a full stop before a name."""
    return k + 2 < len(ws) and len(ws[k].text) == 1 and ws[k].text.isupper() \
        and ws[k + 1].text == "." and ws[k + 2].text[:1].isupper()


def _phrase_start(word: Word, following: Word | None = None) -> bool:
    if word.low == "не" and following is not None:
        return best_pos(following) == "INFN"  # "пообещал не сдаваться"
    if (word.low in FOCUS or word.low in TOTALS) and following is not None:  # "опроверг все подозрения"
        return _phrase_start(following)  # "не исключил даже лишения", "указал только бездействие"
    if following is not None and best_pos(word) == "ADVB" and best_pos(following) in ("ADJF", "PRTF") \
            and "ablt" in parses(following)[0].tag:
        return True  # "называл политически мотивированными": the judgement, its object put first
    return word.text in "«\"" or (word.is_word and (is_proper(word) or best_pos(word) in PHRASE_STARTS))


def _among(ws, j) -> bool:
    """"среди задач", "в числе причин": what is named is counted among others."""
    return ws[j].low == "среди" or (ws[j].low == "в" and j + 1 < len(ws) and ws[j + 1].low == "числе")


def _among_before(ws, i) -> bool:
    """"В числе претендентов называли X", "среди партнёров назывались страны": what is
    named is counted among others put before the verb."""
    return any(_among(ws, k) for k in range(i))


def _in_the_role(ws, i) -> bool:
    """"В качестве причины она назвала ...": the role named comes before the verb."""
    return any(w.low == "качестве" and k > 0 and ws[k - 1].low == "в" for k, w in enumerate(ws[:i]))


def _reveals(word: Word) -> bool:
    """"назвали имя лидера", "назвал сумму": a fact told, not a judgement."""
    return word.is_word and any(p.normal_form in word_set("quote_named_things.txt")
                                for p in parses(word)[:1])


def _as_judgement(ws, j, end) -> bool:
    """"охарактеризовал Коми как высококвалифицированного сотрудника": the object, then
    "как" and the judgement (a noun phrase or a quotation)."""
    return any(w.low == "как" and k + 1 < len(ws) and ws[k + 1].start < end
               and (ws[k + 1].text in OPENING or best_pos(ws[k + 1]) in ("ADJF", "PRTF", "NOUN", "ADVB"))
               for k, w in enumerate(ws) if k > j and w.start < end)


def _names_as(text, ws, j, end) -> bool:
    """"назвал выборы мошенничеством / «катастрофой»": naming as a judgement, not a name."""
    inside = [w for w in ws if ws[j].start <= w.start < end]
    return any(w.text in "«\"" for w in inside) or any(
        "ablt" in p.tag for w in inside if w.is_word for p in parses(w)[:1])
