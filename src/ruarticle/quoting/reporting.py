"""A reporting verb and its complement: "заявил, что ...", "сообщил о том, что ...",
"отметил: ...", a phrase ("назвал арест нарушением", "попросил остановить бой"),
or a closing attribution ("..., сообщает ТАСС").

``verb`` decides which; the parts live in ``trailing`` (closing attributions), ``fronted``
(topics and objects put before the verb), ``phrase_speaker`` and ``phrase_extent`` (who
speaks a phrase report, where its content opens and ends)."""
from __future__ import annotations

from .. import morph
from . import phrases
from ..resources import word_set
from .addressees import oblique
from .marks import closing
from .documented import document_before, documented_lemma, is_documented
from .draft import Draft
from .lexicon import (ABOUT, QUOTING_NOUNS, THAT, asks, cue_lemma, cue_phrase, is_impersonal, is_phrase_verb,
                      clause_verb, listed_verb, negated_cue, opens_question, org_head, outlet_noun, phrase_frames, stance_lemma)
from .bounds import comma_clause_end, gerund_end, inserted_gerund_end, main_clause, relative_end, second_predicate
from .shapes import fits_frames, fronted_instrumental, instrumental, judged, kept_title, not_speech, verdict
from .sources import coordinate, genitive, shared_subject, source
from .words import Word, best_pos, char_span, is_future, is_name_like, is_person_name, is_proper, parses, verb_gender
from .fronted import fronted_about, fronted_object
from .trailing import closing_report
from .phrase_speaker import accuses, indefinite, left_out, phrase_speaker, substantive_subject, word_span
from .phrase_extent import (OPENING, almost, among, among_before, as_judgement, aside_end, in_the_role, names_as,
                            negated_before, own_clause_end, phrase_end, phrase_opening, reveals, time_end, venue_end)

COMPLEMENT_REACH = 12
ASKED_WORDS = 4  # "спросил у главы правительства Кыргызстана, как ..."
HYPOTHETICAL_REACH = 6
STOPS = frozenset({".", ";", "!", "?"})
LIST_JOINERS = frozenset({"и", "а", "также", "или"})
NEEDS_OUTLET = ("появиться информация",)  # news that reports only with its outlet named
INFINITIVE_ENDINGS = ("ть", "ти", "ться", "тись")
AS_ONLY = frozenset({"as"})
JUDGEMENTS = frozenset({"as", "ablt", "verdict"})
THIS_OPENERS = frozenset({"и", "а", "но", "всё", "все", "однако", "что"})  # "а это гарантирует"
ONLY = frozenset({"лишь", "только"})
REASON_HEADS = frozenset({"связи", "несмотря", "вследствие", "ввиду"})  # "в связи с тем, что"
CONFIRMING = ("подтвердить", "подтверждать")  # "подтвердил звание": kept, not said (quote_kept_titles.txt)


def verb(text, s, i):
    """A report led by the verb ``ws[i]`` (or a verb-and-noun cue starting there)."""
    ws = s.words
    multi = cue_phrase(ws, i)
    lemma, last = (multi[1], multi[0]) if multi else (cue_lemma(ws[i]) or documented_lemma(ws, i), i)
    negated = None if lemma else negated_cue(ws, i)
    stance = None if lemma or negated else stance_lemma(ws[i])
    # "Следствие установило, что ...", "дополнил, что ...": verbs reported with a clause only
    finding = None if lemma or negated or stance else clause_verb(ws[i])
    lemma = lemma or negated or stance or finding
    if not lemma:
        return _infinitive_report(text, s, i) or _named_passive(s, i)
    if _hypothetical(ws, i) or _future(ws[i]):
        return None
    if lemma in word_set("quote_interest_verbs.txt") and _instrumental_object(ws, i):
        return None  # "которым интересуются клубы": an interest, no question
    if i > 0 and ws[i - 1].low == "не" and lemma in word_set("quote_unsaid_negated.txt"):
        return None  # "не уточняют, что ...": what was not said is nobody's words
    published = _published_in(ws, i) if lemma in NEEDS_OUTLET else None
    if lemma in NEEDS_OUTLET and published is None:
        return None  # "Ранее появилась информация, что ...": a rumour with no source
    cue = (ws[i - 1].start if negated else ws[i].start, ws[last].end, lemma)
    gender = verb_gender(ws[i])
    # "определили, что ..." decides; only "определил X как Y" judges (a verb framed for "как" alone)
    comp = complement(ws, last, lemma) if phrase_frames(lemma) != AS_ONLY else None
    if _story_topic(ws, last, lemma):
        return None  # "приводит его рассказ об аварии:": what the story is about, the story follows
    if comp is not None:
        j, start = comp
        if _this_as_subject(ws, i):
            return None  # "Это говорит о том, что ...", "а это гарантирует, что": a fact tells
        speaker = shared_subject(ws, i) if coordinate(ws, i) \
            else source(ws, i, 0, j, subject_first=True)
        if speaker is None and (standing := substantive_subject(ws, i, gender)) is not None:
            speaker = char_span(ws, *standing)  # "Задержанный заявил, что ...": a participle for a person
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
    if negated and (trailing := closing_report(text, s, i, cue, gender, negated=True)):
        return trailing  # "..., не исключает газета.": what precedes is what was not ruled out
    if stance or finding or (negated and not is_phrase_verb(negated)) or lemma in word_set("quote_stands.txt"):
        return None  # only "не исключают, что ...", "уверен, что ...", "выступает за то, чтобы" report
    if negated:  # "не исключил продолжение тенденции": what is not ruled out
        return _phrase(text, s, i, last, lemma, cue, gender, negated=True)
    trailing = None if multi else closing_report(text, s, i, cue, gender) or fronted_about(s, i, cue, gender)
    if trailing:
        return trailing
    phrase = _phrase(text, s, i, last, lemma, cue, gender, bool(multi))
    put_first = None if multi else fronted_object(s, i, lemma, cue, gender)
    if phrase and put_first and _thing_as_subject(s.words, phrase[1]):
        return put_first  # "Факт насилия подтвердили члены ОНК": the people after the verb speak
    return phrase or put_first


def _thing_as_subject(ws, draft) -> bool:
    """The phrase report took a phrase before the verb that names no one ("Слова поддержки",
    "Факт насилия") as its speaker: that phrase is the object put first."""
    if draft.speaker is None or draft.speaker[1] > draft.cue[0]:
        return False
    span = word_span(ws, draft.speaker)
    return not phrases.names_someone(ws, span)


def _this_as_subject(ws, i) -> bool:
    """"это" (or "всё это") right before the verb, adverbs between, is its subject."""
    k = i - 1
    while k >= 0 and ws[k].is_word and ws[k].low != "это" and best_pos(ws[k]) in ("ADVB", "PRCL"):
        k -= 1
    opens = k == 0 or (k > 0 and (not ws[k - 1].is_word or ws[k - 1].low in THIS_OPENERS))
    return k >= 0 and opens and (ws[k].low == "это" or _neuter_fact(ws[k]))


def _neuter_fact(word) -> bool:
    """"Последнее говорило о том, что ...", "Случившееся говорит о ...": a neuter adjective
    or participle standing for a noun names a fact, and a fact tells, it does not speak."""
    first = parses(word)[0] if word.is_word else None
    return first is not None and first.tag.POS in ("ADJF", "PRTF") \
        and {"neut", "sing", "nomn"} <= set(first.tag.grammemes)


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
        if ws[k - 1].low in ("в", "во", "на") and ws[k].is_word and outlet_noun(ws[k]):
            end = k + 1
            while end < i and (ws[end].text in "«»\"" or is_proper(ws[end]) or _owner_word(ws[end])):
                end += 1  # "в газете «Московский комсомолец»", "на сайте китайской газеты Global Times"
            return ws[k].start, ws[end - 1].end
    return None


def _owner_word(word) -> bool:
    """A genitive adjective or noun naming whose medium it is ("сайте китайской газеты")."""
    return word.is_word and best_pos(word) in ("ADJF", "NOUN") and "gent" in parses(word)[0].tag


def _infinitive_report(text, s, i):
    """"успел заявить, что ...", "дали повод заговорить о том, что ...": an infinitive
    speech verb with a clause, unless the author speaks ("можно сказать, что")."""
    ws = s.words
    if not ws[i].low.endswith(INFINITIVE_ENDINGS):
        return None  # most words are no infinitive: skip the lookup
    lemma = cue_lemma(ws[i], ("INFN",))
    if lemma is None or i == 0 or _hypothetical(ws, i):
        return None
    g = i - 1
    while g > 0 and ws[g].low in ONLY:
        g -= 1  # "остаётся лишь заключить": the governor before the particle
    if g > 0 and ws[g].is_word and morph.lemma(ws[g].low) == "быть":
        g -= 1  # "должны были объявить": the governor before its tense
    governor = ws[g]
    if not governor.is_word or governor.low in word_set("quote_infinitive_governors.txt") \
            or any(morph.normal(p) in word_set("quote_infinitive_governors.txt") for p in parses(governor)[:1]):
        return None
    comp = complement(ws, i, lemma)
    if comp is None:
        return _phased_phrase(text, s, g, i, lemma)
    if ws[comp[0]].text == ":":
        return None
    speaker = source(ws, i, 0, comp[0], subject_first=True)
    if speaker is None and g == i - 1 and best_pos(governor) == "VERB":
        speaker = source(ws, g, 0, comp[0], subject_first=True)  # "Министр стал утверждать, что": the governor's subject
    cue = (ws[i].start, ws[i].end, lemma)
    end = main_clause(ws, comp[0]) or relative_end(ws, i, comp[0]) or s.end
    return ws[i].start, Draft("indirect", comp[1], end, -1, cue, speaker, None), {i}


def _phased_phrase(text, s, g, i, lemma):
    """"Жители стали требовать отставки мэра", "продолжают настаивать на отставке": a verb
    saying the speaking took place governs the infinitive speech verb; the pair is the cue,
    its subject the speaker, and the phrase the infinitive's frame allows the content."""
    ws = s.words
    if g != i - 1 or listed_verb(ws[g], "quote_phase_verbs.txt") is None or _future(ws[g]):
        return None
    cue = (ws[g].start, ws[i].end, lemma)
    return _phrase(text, s, g, i, lemma, cue, verb_gender(ws[g]))


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
    fronted = [w for w in ws[:i] if w.is_word and best_pos(w) == "NOUN" and instrumental(w) and not reveals(w)] \
        or [w for k, w in enumerate(ws[1:i], 1) if w.low == "качестве" and ws[k - 1].low == "в"] \
        or among_before(ws, i)  # "среди главных партнёров назывались страны ..."
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
        if ws[k].low == "если" or (ws[k].text in ("ли", "бы") and not almost(ws, k)):  # not the name "Ли"
            return True
    return False


def complement(ws, i, lemma):
    """(index, content start) of ", что" / "о том, что" / ":" after the cue, or of
    the reported question after "спросил,"."""
    if asks(lemma) and i + 2 < len(ws) and ws[i + 1].text == "," and opens_question(ws, i + 2):
        return None if negated_before(ws, i) else (i + 1, ws[i + 2].start)  # "не уточнил, когда"
    asked = _asked_person(ws, i, lemma)
    if asked is not None:
        return None if negated_before(ws, i) else (asked, ws[asked + 1].start)
    if _hearsay(ws, i):
        return i + 1, ws[i + 2].start
    j, stop = i + 1, min(i + 1 + COMPLEMENT_REACH, len(ws))
    while j < stop:
        w = ws[j]
        close = closing(ws, j, len(ws)) if w.text in "«\"" else None
        if close is not None and (j > i + 1 or oblique(ws[j + 1]) or _that_after(ws, close)):
            j = close + 1  # "сообщила «Интерфаксу», что": a quoted addressee
            continue
        if w.text in STOPS and not _glued_dot(ws, j) or w.text in "«\"" or (w.is_word and best_pos(w) in ("VERB", "INFN", "GRND")
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
            if w.low == "в" and _suspicion(ws, i, lemma):
                return None  # "его подозревают в том, что ...": a suspect's standing
            return j, ws[j + 4].start  # "о том, что", "на то, что"
        if w.low == "о" and j + 3 < len(ws) and ws[j + 1].low == "том" and ws[j + 2].text == "," \
                and opens_question(ws, j + 3):  # "рассказал о том, как ...": the reported question
            return None if negated_before(ws, i) else (j, ws[j + 3].start)
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


def _suspicion(ws, i, lemma) -> bool:
    """"подозревают": the investigators' suspicion of someone, not yet said to anyone
    (quote_suspecting_verbs.txt); "заподозрили" voices it."""
    return lemma in word_set("quote_suspecting_verbs.txt") and "impf" in parses(ws[i])[0].tag


def _glued_dot(ws, j) -> bool:
    """A dot with a word on both sides and no space, inside an outlet's name told the
    news ("сообщил Rus.Delfi, что"), ends no sentence."""
    return ws[j].text == "." and 0 < j < len(ws) - 1 and ws[j - 1].is_word and ws[j + 1].is_word \
        and ws[j - 1].end == ws[j].start and ws[j + 1].start == ws[j].end


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


def _phrase(text, s, i, last, lemma, cue, gender, multi=False, negated=False):
    """"назвал арест нарушением", "заявил о готовности": a phrase as the content."""
    ws = s.words
    passive = best_pos(ws[i]) == "PRTS" and is_impersonal(ws[i])  # "было объявлено о ..."
    if (best_pos(ws[i]) not in ("VERB", "GRND") and not passive) or last + 1 >= len(ws):
        return None
    if multi and lemma in word_set("quote_clause_only_phrases.txt"):
        return None  # "в полицию поступило заявление о пропаже": a complaint filed
    if multi and lemma in word_set("quote_question_phrases.txt") and ws[last + 1].low in ABOUT:
        return None  # "задавали вопросы о застройке": what was asked about
    span, j = phrase_speaker(ws, i, last, gender)
    if lemma in NEEDS_OUTLET:  # "в газете «МК» появилась информация о нападении": the outlet
        outlet = _published_in(ws, i)
        span = word_span(ws, outlet) if outlet else span
    # "в числе претендентов называли X"
    unnamed = lemma in word_set("quote_naming_verbs.txt") and gender == "plur" and among_before(ws, i)
    unnamed = unnamed or lemma in word_set("quote_self_reported.txt")  # "Из Бристоля поступают сообщения о поджогах"
    if j >= len(ws) or (span is None and not coordinate(ws, i) and not is_impersonal(ws[i]) and not unnamed
                        and not indefinite(ws, i, gender, accuses(lemma, ws[i]))
                        and not left_out(ws, i, gender)):
        return None  # a phrase report needs a named speaker or "и сообщил" after one
    if negated_before(ws, i) and not negated:
        return None  # "ещё не высказал свою точку зрения": nothing was said
    opened = phrase_opening(text, s, i, j, last, lemma, cue, span, gender, multi)
    if not isinstance(opened, int):
        if opened and opened[1].speaker is None and coordinate(ws, i):  # "..., после чего крикнул «...»"
            opened = opened[0], opened[1].with_(speaker=shared_subject(ws, i)), opened[2]
        return opened  # a finished quote ("кричит «...»", "назвал как ...") or None
    j = opened
    end = phrase_end(text, ws[j].start, s.end)
    end = gerund_end(ws, j, own_clause_end(ws, j, end))
    end = inserted_gerund_end(ws, i, j, end)
    end = min(end, main_clause(ws, j) or end, comma_clause_end(ws, j, end), aside_end(ws, j, end))
    later = next((w for k, w in enumerate(ws) if k > j and w.start < end and ws[k - 1].text == ","
                  and cue_lemma(w)), None)
    end = later.start if later else end  # "говоря о ..., отметил, что": the next report
    if ws[j - 1].low in ABOUT:
        end = time_end(ws, j, venue_end(ws, j, end))
    if lemma in word_set("quote_judging_verbs.txt") and ws[j - 1].low not in ABOUT and not judged(ws, j, end):
        return None
    if lemma in CONFIRMING and ws[j - 1].low not in ABOUT and kept_title(ws, j, end):
        return None  # "подтвердил звание чемпиона": a standing kept, nothing said
    if lemma in word_set("quote_believing_verbs.txt") and ws[j].low == "себя":
        return None  # "считает себя экспертом": how one sees oneself, not a claim
    if _suspicion(ws, i, lemma):
        return None  # "его подозревают в убийстве": a suspect's standing ("заподозрили" voices it)
    if lemma in word_set("quote_person_object_verbs.txt") and ws[j - 1].low not in ABOUT and _person_object(ws, j):
        return None  # "отметил вратаря Арсена Тулегенова": a person singled out, nothing said
    named = lemma in word_set("quote_judging_verbs.txt") or names_as(text, ws, j, end) or as_judgement(ws, j, end) \
        or fronted_instrumental(ws, i) or among(ws, j) or in_the_role(ws, i) \
        or among_before(ws, i)  # judging verbs checked above
    # "назвал решение политическим", "назвала сроки слишком сжатыми": the object's
    # adjective in the instrumental judges it (read also where "-ым" looks like a dative)
    judging = lemma in word_set("quote_naming_verbs.txt") and verdict(ws, j, end)
    if lemma in word_set("quote_naming_verbs.txt") and ws[j - 1].low not in ABOUT \
            and (not (named or judging) or reveals(ws[j]) and not judging):
        return None
    if not fits_frames(ws, j, end, phrase_frames(lemma)) \
            or not_speech(ws, j, end):
        return None  # "предложил награду", "отметил юбилей", "признал его виновным"
    speaker = char_span(ws, *span) if span else None
    if coordinate(ws, i):
        speaker = shared_subject(ws, i)
    return ws[i].start, Draft("indirect", ws[j].start, end, -1, cue, speaker, gender), {i}


def _instrumental_object(ws, i) -> bool:
    """A relative pronoun or a noun in the instrumental governed by ``ws[i]``: right after
    it, or the relative that opens its clause ("которым, по данным, интересуются")."""
    after = ws[i + 1] if i + 1 < len(ws) else None
    if after is not None and after.is_word and best_pos(after) == "NOUN" and parses(after)[0].tag.case == "ablt":
        return True
    comma = next((k for k in range(i - 1, -1, -1) if ws[k].text == "," and k + 1 < i
                  and ws[k + 1].low.startswith("котор")), None)
    return comma is not None and any(p.tag.case == "ablt" for p in parses(ws[comma + 1])[:3])


def _person_object(ws, j) -> bool:
    """The content opens with a person in the accusative ("вратаря", "Арсена Тулегенова"),
    adjectives before the noun allowed."""
    k = j
    while k < len(ws) and ws[k].is_word and best_pos(ws[k]) in ("ADJF", "PRTF") and not ws[k].is_upper:
        k += 1
    if k >= len(ws) or not ws[k].is_word:
        return False
    first = parses(ws[k])[0]
    return first.tag.POS == "NOUN" and "anim" in first.tag and first.tag.case in ("accs", "gent") \
        or is_person_name(ws[k]) and any(p.tag.case == "accs" for p in parses(ws[k]))


def _story_topic(ws, last: int, lemma: str) -> bool:
    """"рассказ об аварии": after a cited story, "о" names its topic, not its words."""
    return lemma.endswith("рассказ") and last + 1 < len(ws) and ws[last + 1].low in ABOUT
