"""Inserted attributions: "по словам X, ...", "по мнению X", "..., как сообщил X"."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from . import phrases
from .draft import Draft
from .addressees import outlet_after_place, past_outlet_before_place, quoted_outlet
from .lexicon import according_noun, cue_lemma, is_impersonal, listed_verb, org_head, outlet_noun
from .shapes import instrumental
from .sources import document_source, genitive, is_document, locative
from .unsaid import a_thing
from .words import best_pos, char_span, is_latin, is_person_name, is_proper, parses, verb_gender

MIN_CONTENT_WORDS = 2  # "По словам эксперта, цены вырастут."
WRITTEN = ("сообщению", "заявлению")  # "Согласно сообщению, ...": a statement named before
ADJECTIVES = 2
SOURCE_REACH = 8
NAMED_SOURCE_REACH = 14  # words to a comma when the phrase ends in a person's name
SAYINGS = ("говорить", "говориться")  # "как говорится, ...": a proverb follows
NAME_WORDS = 3  # "согласно Ивану Петрову"
PP_TAIL = 4  # words of a prepositional phrase closing a speaker's description
APPOSITIONS = 3  # descriptions set off by commas after a source
CONJUNCT_SUBJECT = 5  # words of that clause's subject before an insert
CIRCUMSTANCE_WORDS = 3
CONNECTOR_WORDS = 3  # "в то же время": the longest connector opening a sentence  # "После аварии, по словам X, ...": a time or place the author sets


def according(text, s, i):
    ws = s.words
    k = _in_keeping(ws, i)  # "в соответствии с прогнозом ФАО" reads as "согласно прогнозу"
    from_words = k is None and _from_words(ws, i)  # "со слов очевидцев", "с его слов"
    if k is None and ws[i].low not in ("по", "согласно") and not from_words:
        return None
    if ws[i].low == "согласно":
        named = _named_person(ws, i + 1)
        if named is not None:  # "Согласно Марку, ...": the person's own account
            cue = (ws[i].start, ws[i].end, "согласно")
            return _around(text, s, i, named[1], cue, named, None)
    case = "ablt" if k else "gent" if from_words else "datv"
    k = k or i + 1
    pronoun = None
    if k < len(ws) and ws[k].low in word_set("quote_source_possessives.txt"):
        pronoun, k = (ws[k].start, ws[k].end), k + 1
    while k + 1 < len(ws) and k - i <= ADJECTIVES and best_pos(ws[k]) == "ADJF" \
            and not according_noun(ws[k], case):
        k += 1  # "по неофициальным данным X": the adjective keeps the source
    if k >= len(ws) or not according_noun(ws[k], case) or (ws[k].is_upper and not ws[k].initial):
        return None  # "Комитет по Оценке СМИ": a name, not a source
    # "по данным из Сеула", "по информации от представителей резиденции"
    source_at = k + 2 if k + 1 < len(ws) and ws[k + 1].low in ("из", "же", "от") else k + 1
    speaker = pronoun or (_longest(ws, source_at) if _genitive_can_start(ws, source_at) else None) \
        or _medium(ws, k + 1)
    told = _told_by(ws, k) if speaker is None else None
    if told is not None:  # "По информации, сообщенной представителем X, ...": X is the source
        participle, speaker = told
        cue = (ws[participle].start, ws[participle].end, cue_lemma(ws[participle], ("PRTF",)))
        return _around(text, s, i, speaker[1], cue, speaker, None)
    if speaker is None and ws[k].low not in WRITTEN and not _vouched(ws, i, k):
        return None  # "по предварительным данным": a hedge with no source
    opening = i == 0 or ws[i - 1].text in ",(—–"
    if morph.lemma(ws[k].low) in OPENING_ONLY and not opening:
        return None  # "чемпионский пояс по версии IBF": a title's ranking body, not a claim
    if speaker is not None and not pronoun and not opening and _action_noun(ws, k, source_at):
        return None  # "слушания по утверждению его кандидатуры": approval, not a claim
    opener = "согласно" if case == "ablt" else ws[i].low
    cue = (ws[i].start, ws[k].end, opener + " " + ws[k].low)
    end_of_phrase = max(speaker[1], ws[k].end) if speaker else ws[k].end
    return _around(text, s, i, end_of_phrase, cue, speaker, None)


def _medium(ws, k):
    """Character span of the medium after "в"/"на" that a report appeared in ("Согласно
    сообщениям в прессе", "по сообщениям на ''Reddit''", "по данным в СМИ"), or None."""
    if k + 1 >= len(ws) or ws[k].low not in ("в", "во", "на"):
        return None
    m = k + 1
    while m < len(ws) and ws[m].text in "«\"'":
        m += 1
    if m >= len(ws) or not ws[m].is_word or not (outlet_noun(ws[m]) or ws[m].text.isupper() and len(ws[m].text) > 1
                                                 or is_latin(ws[m]) and ws[m].is_upper):
        return None
    end = m + 1
    while end < len(ws) and (ws[end].text in "«»\"'" or ws[end].is_word and (is_latin(ws[end]) or is_proper(ws[end]))):
        end += 1  # "в газете «Вести»", "на ''Reddit''"
    while end > m + 1 and not ws[end - 1].is_word:
        end -= 1
    return ws[m].start, ws[end - 1].end


def _from_words(ws, i) -> bool:
    """"Со слов очевидцев, ...", "с его слов": the source's account, as "по словам"."""
    if ws[i].low not in ("с", "со"):
        return False
    k = i + 1 + (i + 1 < len(ws) and ws[i + 1].low in word_set("quote_source_possessives.txt"))
    return k < len(ws) and ws[k].low == "слов"


# report a claim only where they open a clause: "чемпион по версии IBF", "слушание дела по
# заявлению защитников леса" (a filing), "дорогу закрыли по заявлению МЧС" (at its request)
OPENING_ONLY = frozenset({"версия", "заявление"})


def _vouched(ws, i, k) -> bool:
    """After "согласно" a source-less noun described by a participle still names a
    document ("Согласно информации, опубликованной в «КП», ..."); "по официальным данным"
    stays a hedge."""
    return ws[i].low == "согласно" and k + 2 < len(ws) and ws[k + 1].text == "," \
        and best_pos(ws[k + 2]) == "PRTF"


def _told_by(ws, k):
    """(index of the participle, character span of the teller) of "информации, сообщенной
    официальным представителем X,": a passive speech participle after the noun with its
    agent in the instrumental, or None."""
    m = k + 2 if k + 2 < len(ws) and ws[k + 1].text == "," else k + 1
    if m + 1 >= len(ws) or not ws[m].is_word or "pssv" not in parses(ws[m])[0].tag \
            or cue_lemma(ws[m], ("PRTF",)) is None:
        return None
    end = next((n for n in range(m + 1, len(ws)) if not ws[n].is_word), len(ws))
    agent = ws[m + 1:end]
    if not agent or best_pos(agent[0]) == "PREP" or not any(instrumental(w) and best_pos(w) == "NOUN"
                                                              for w in agent[:3]):
        return None  # "заявлением, сделанным в интервью": no agent right after it
    return m, (agent[0].start, agent[-1].end)


def _action_noun(ws, k, source_at) -> bool:
    """"по утверждению кандидатуры", "поездка по оценке ситуации": inside a clause, nouns
    that also name an action report a source only when a person or a body follows them."""
    if morph.lemma(ws[k].low) not in word_set("quote_according_actions.txt") or source_at >= len(ws):
        return False
    if ws[source_at].low in word_set("quote_source_possessives.txt") and source_at + 1 < len(ws):
        source_at += 1  # "по утверждению его кандидатуры"
    head = ws[source_at]
    if not head.is_word or head.text[:1].isupper():
        return False
    return not org_head(head) and not any("anim" in p.tag for p in parses(head)[:2])


def _genitive_can_start(ws, k) -> bool:
    """"По данным эта трагедия ...": a word that cannot be genitive opens the clause,
    not the source (a comma was left out)."""
    while k < len(ws) and ws[k].text in "«\"„“(":
        k += 1  # «Вестей»
    if k >= len(ws) or not ws[k].is_word:
        return False
    if (ws[k].text.isupper() and len(ws[k].text) > 1) or is_latin(ws[k]):
        return True  # "По данным ТАСС": abbreviations and foreign names do not decline
    found = parses(ws[k])
    return not found or any("gent" in p.tag for p in found) \
        or not any(p.tag.case for p in found) or "UNKN" in found[0].tag \
        or _indeclinable_name(ws[k]) or _surname_before_comma(ws, k) or _before_genitive_surname(ws, k)


def _before_genitive_surname(ws, k) -> bool:
    """"По словам Эда Смита": a first name the dictionary reads only as a woman's
    nominative ("Эда") takes the case of the surname after it, which may be genitive."""
    return ws[k].is_upper and k + 1 < len(ws) and ws[k + 1].is_upper and ws[k + 1].is_word \
        and not ws[k + 1].text.isupper() and any("gent" in p.tag for p in parses(ws[k + 1]))


def _surname_before_comma(ws, k) -> bool:
    """"По словам Данна, ...": a capitalised word alone between the noun and the comma is
    the source's surname in the genitive, whatever name the dictionary reads it as (Данна)."""
    return ws[k].is_upper and not ws[k].text.isupper() and k + 1 < len(ws) and ws[k + 1].text == "," \
        and best_pos(ws[k]) == "NOUN"


def _indeclinable_name(word) -> bool:
    """"По словам Роналду": a foreign name ending in a vowel that Russian does not decline
    (the analyser only guesses cases for it)."""
    return word.text[:1].isupper() and word.low[-1:] in "оуюиеэ" \
        and not any(p.is_known for p in parses(word))


def _in_keeping(ws, i):
    """Index of the noun after "в соответствии с", or None."""
    if ws[i].low == "в" and i + 3 < len(ws) and ws[i + 1].low == "соответствии" \
            and ws[i + 2].low in ("с", "со"):
        return i + 3
    return None


def _named_person(ws, k):
    """Character span of the person's (or body's) name right after "согласно" and
    before a comma ("Согласно Марку,", "Согласно ООН,"), or None; a document
    ("согласно Конституции") is no source."""
    j = k
    while j < len(ws) and j - k < NAME_WORDS and (is_person_name(ws[j]) or _body_name(ws[j])):
        j += 1
    if j == k or j >= len(ws) or ws[j].text != ",":
        return None
    return char_span(ws, k, j)


def _body_name(word) -> bool:
    """"ООН", "Роскомнадзору": a capitalised name that is no document."""
    return word.is_word and word.text[:1].isupper() and (word.text.isupper() or is_proper(word)) \
        and not any(morph.normal(p) in word_set("quote_legal_acts.txt") for p in parses(word)[:2])


def _longest(ws, k):
    """The source phrase, running on to the next comma when a preposition interrupts it:
    "члена комитета Совфеда по обороне и безопасности Валерия Шнякина,", also over a
    short name in brackets ("Института международных отношений (IFRI) Лоры Дюпре,")."""
    span = genitive(ws, k)
    if span is None:
        return None
    end = next((n for n, w in enumerate(ws) if w.start >= span[1]), len(ws))
    comma = next((n for n in range(end, min(end + NAMED_SOURCE_REACH, len(ws))) if ws[n].text in ",.;:"), None)
    if comma is not None and comma - end >= SOURCE_REACH and not _name_closes(ws, comma):
        comma = None  # only a person's name closes a longer phrase
    if end < len(ws) and ws[end].text not in ",.;:" and comma is not None and ws[comma].text == "," \
            and all(w.is_word and best_pos(w) not in ("VERB", "GRND", "INFN") or _bracketed_abbreviation(ws, n)
                    for n, w in enumerate(ws[end:comma], end)) \
            and (any(w.is_upper or is_latin(w) for w in ws[end:comma]) or _prepositional_tail(ws, end, comma)):
        return span[0], ws[comma - 1].end  # "источника в правительстве,", "собеседника vc.ru,"
    return span


def _bracketed_abbreviation(ws, n) -> bool:
    """A bracket around a short name in capitals or Latin letters: "(IFRI)"."""
    inner = ws[n + 1] if ws[n].text == "(" else ws[n - 1] if ws[n].text == ")" else None
    return inner is not None and inner.is_word and (inner.text.isupper() or is_latin(inner)) \
        and (ws[n].text == ")" or n + 2 < len(ws) and ws[n + 2].text == ")")


def _name_closes(ws, comma) -> bool:
    """"... Лоры Дюпре,": a first name and surname before the comma, the first in the
    genitive the source takes (not "Пётр Завьялов," the subject of what follows)."""
    first = ws[comma - 2] if comma >= 2 else None
    return first is not None and all(w.is_word and w.is_upper and not w.text.isupper() for w in ws[comma - 2:comma]) \
        and any(p.tag.case == "gent" for p in parses(first)) \
        and not any(p.tag.case == "nomn" and "sing" in p.tag for p in parses(first))


def _around(text, s, i, phrase_end, cue, speaker, gender):
    """Content on whichever side of an inserted attribution holds the statement."""
    ws = s.words
    first = _sentence_start(ws, i)
    if first:  # "... в 2006г. По данным издания, ...": razdel left two sentences joined
        s = type(s)(ws[first].start, s.end, ws[first:])
        return _around(text, s, i - first, phrase_end, cue, speaker, gender)
    k = next((n for n in range(i, len(ws)) if ws[n].start >= phrase_end), len(ws))
    # "По мнению экспертов, опрошенных «Ведомостями», ...", "как сообщил источник, знакомый с ..."
    case = "gent" if cue[2].startswith(("по ", "согласно")) else "nomn"
    for _ in range(APPOSITIONS):  # ", генерального секретаря Osapp, крупнейшего профсоюза ...,"
        past = _past_participle_clause(ws, k, case)
        if past != k and _plural_after_one(ws[k + 1], gender):
            break  # "Как отметил Малашко, люди, которые ..., рискуют": the statement's subject
        if past != k and speaker and (best_pos(ws[k + 1]) == "NOUN" or is_person_name(ws[k + 1])
                                      or best_pos(ws[k + 1]) == "ADJF" and best_pos(ws[k + 2]) == "NOUN"):
            speaker = speaker[0], ws[past - 1].end  # the apposition names who the source is
        if past == k:
            break
        k = past
    if speaker:  # "очевидцев, которые были рядом": who they are, not what they say
        k = _source_relative(ws, k)
    if i > 0 and ws[i - 1].text == "," and k + 1 < len(ws) and ws[k].text == "," \
            and cue_lemma(ws[k + 1], ("VERB",)):
        return None  # "X, по данным газеты, отметила, что ...": the verb reports, the insert vouches
    if _reported_after(ws, k):
        return None  # "Как сообщает CNN, Баффет заявил, что ...": Баффет's report, vouched for
    if _inside_noun_phrase(ws, i, k):
        return None  # "весьма спорное, по мнению населения, решение": a view of one word
    taken = set(range(i, k))
    if k < len(ws) and ws[k].text == "(":  # "по словам Фолькера Буфье (Volker Bouffier), ..."
        close = next((n for n in range(k, min(len(ws), k + SOURCE_REACH * 2)) if ws[n].text == ")"), None)
        k = close + 1 if close is not None else k
    enough_after = _enough(ws, k, len(ws))
    # "Кроме того, по данным X, ...": a connector before the insert states nothing
    enough_before = _enough(ws, 0, i) and _opens_clause(ws, i)
    reported_before = any(cue_lemma(w) for w in ws[:i])  # "X заявил, что ..., по его словам, ..."
    relative = _relative_before(ws, i)
    if relative and enough_after:  # "у которой, по ее словам, забрали телефон, не работал ..."
        first = k + 1 if k < len(ws) and ws[k].text == "," else k
        comma = next((n for n in range(first, len(ws)) if ws[n].text in ",;"
                      and not (n + 1 < len(ws) and ws[n + 1].low in ("чтобы", "что"))), len(ws))
        end = ws[comma - 1].end if comma > first else s.end
        return cue[0], Draft("indirect", ws[k].start, end, -1, cue, speaker, gender), taken
    conjunct = _conjunct_subject(ws, i)
    own = speaker is not None and _own_words(text[speaker[0]:speaker[1]])
    if conjunct is not None and k + 1 < len(ws) and _enough(ws, conjunct, len(ws)) and not own:
        # "..., однако апартаменты, по информации риэлторов, нуждаются в ремонте": the
        # source vouches for the clause the conjunction opens, its subject included
        return cue[0], Draft("indirect", ws[conjunct].start, s.end, -1, cue, speaker, gender), taken
    if _after_conjunction(ws, i) and k + 1 < len(ws) and not reported_before:
        # "прошли в VIP-палате и, по данным Life, обошлись в 930 тысяч": the source vouches
        # for the conjunct it opens; one word left ("но, как пояснили, профилактические")
        # finishes the clause before it, so the whole sentence is the report
        start = ws[k].start if enough_after else _past_connector(ws, i, s.start)
        return cue[0], Draft("indirect", start, s.end, -1, cue, speaker, gender), taken
    inserted = enough_after and _opens_clause(ws, i)
    if enough_after and inserted and not reported_before and _circumstance_only(ws, i):
        # "После аварии, по утверждениям Алексея, он сбежал": when and where is the author's
        # frame; the source vouches for the clause after the insert
        return cue[0], Draft("indirect", ws[k].start, s.end, -1, cue, speaker, gender), taken
    if (enough_after and enough_before or inserted) and not reported_before:
        # "А премьеру зрители, по словам Бертмана, увидят в октябре": the whole sentence
        return cue[0], Draft("indirect", _past_connector(ws, i, s.start), s.end, -1, cue, speaker, gender), taken
    if enough_after:
        return cue[0], Draft("indirect", ws[k].start, s.end, -1, cue, speaker, gender), taken
    if enough_before:
        return cue[0], Draft("indirect", _past_connector(ws, i, s.start), ws[i].start, -1, cue, speaker, gender), taken
    return None


def _past_connector(ws, i, start) -> int:
    """Where a whole-sentence statement opens: past the author's connector and its comma
    ("Правда, были задержания, но, как пояснили в милиции, профилактические"), else ``start``."""
    comma = next((n for n in range(1, min(i, CONNECTOR_WORDS + 1)) if ws[n].text == ","), None)
    if comma is None or comma + 1 >= i or not all(w.is_word for w in ws[:comma]) \
            or " ".join(w.low for w in ws[:comma]) not in word_set("quote_connectors.txt"):
        return start
    return ws[comma + 1].start


def _plural_after_one(word, gender) -> bool:
    """A noun that is only plural after one person's cue ("как отметил", "по словам
    директора" keep their own number) opens the statement, not an apposition."""
    return gender in ("masc", "femn", "neut") and best_pos(word) == "NOUN" \
        and not any("sing" in p.tag for p in parses(word)[:3])


def _source_relative(ws, k) -> int:
    """"По словам очевидцев, которые были рядом с погибшим, водитель был пьян": a relative
    clause right after the source describes who they are; the statement starts after its
    closing comma (returned; ``k`` when there is no such clause)."""
    if k + 2 >= len(ws) or ws[k].text != "," or not ws[k + 1].low.startswith("котор"):
        return k
    close = next((n for n in range(k + 2, len(ws)) if ws[n].text in ",;:"), None)
    if close is None or ws[close].text != "," or not _enough(ws, close + 1, len(ws)):
        return k
    return close


def _conjunct_subject(ws, i) -> int | None:
    """The first word of a clause that ", однако"/", но"/", а" opens just before the insert
    at ``ws[i]``, when only its subject, a few words with no verb, stands between them."""
    if i < 4 or ws[i - 1].text != ",":
        return None
    n = i - 2
    while n >= 2 and i - 1 - n <= CONJUNCT_SUBJECT:
        if not ws[n].is_word or best_pos(ws[n]) in ("VERB", "INFN", "GRND", "PRTS", "CONJ", "PREP"):
            return None
        if ws[n - 1].low in word_set("quote_contrast_joiners.txt") and ws[n - 2].text == ",":
            return n
        n -= 1
    return None


def _after_conjunction(ws, i) -> bool:
    """The insert follows "и,", "а,", "но," or "однако," inside the sentence, a subordinator
    ("..., хотя, по словам X, ..."), or a colon ("дешевеет и на мировом рынке: по данным
    биржи, ..."): it opens a clause of its own."""
    return i > 2 and ((ws[i - 1].text == "," and (ws[i - 2].low in ("и", "а", "но", "однако")
                                                  or _subordinator_before(ws, i - 1)))
                      or ws[i - 1].text == ":")


def _subordinator_before(ws, comma) -> bool:
    """"хотя" or "так как" ends just before the comma, after a comma of its own."""
    for n in (1, 2):
        lo = comma - n
        if lo >= 1 and ws[lo - 1].text == "," \
                and " ".join(w.low for w in ws[lo:comma]) in word_set("quote_subordinators.txt"):
            return True
    return False


def _inside_noun_phrase(ws, i, k) -> bool:
    """The insert stands between an adjective and the noun it agrees with."""
    if i < 2 or ws[i - 1].text != "," or k + 1 >= len(ws) or ws[k].text != "," \
            or not ws[i - 2].is_word or not ws[k + 1].is_word \
            or best_pos(ws[i - 2]) != "ADJF" or best_pos(ws[k + 1]) != "NOUN" \
            or "Apro" in parses(ws[i - 2])[0].tag:  # "Кроме того, по данным X, решение ..."
        return False
    forms = {(p.tag.case, p.tag.number) for p in parses(ws[i - 2]) if p.tag.POS == "ADJF"}
    return any((p.tag.case, p.tag.number) in forms for p in parses(ws[k + 1]) if p.tag.POS == "NOUN")


def _reported_after(ws, k) -> bool:
    """After the insert's comma a subject and a reporting verb with its own ", что"
    ("По данным Вести.ру, на допросе Русаков заявил, что ...": where it was said may
    come first)."""
    if k >= len(ws) or ws[k].text != ",":
        return False
    if k + 1 < len(ws) and ws[k + 1].is_word and best_pos(ws[k + 1]) == "PREP":
        k += 1  # the preposition's noun is walked over with the subject
    j = k + 1
    while j < len(ws) and j - k <= phrases.MAX_NP and phrases.np_at(ws, j, len(ws)):
        j += 1
    lemma = cue_lemma(ws[j], ("VERB",)) if k + 1 < j < len(ws) - 2 else None
    return lemma is not None and ws[j + 1].text in (",", ":") and (ws[j + 1].text == ":" or ws[j + 2].low in ("что", "чтобы")) \
        and not (lemma in word_set("quote_evidence_verbs.txt") and a_thing(ws[k + 1:j]))  # "успех романа доказывает"


def _past_participle_clause(ws, k, case):
    """Index of the comma closing ", опрошенных газетой," or an apposition (", епископа
    церкви X,") after the source, else ``k``."""
    named = _named_apposition(ws, k, case) or _past_relative(ws, k)
    if named is not None:
        return named
    if k + 2 >= len(ws) or ws[k].text != "," or not ws[k + 1].is_word or ws[k + 1].is_upper \
            or best_pos(ws[k + 1]) not in ("PRTF", "ADJF", "NOUN") \
            or (best_pos(ws[k + 1]) == "ADJF" and best_pos(ws[k + 2]) == "NOUN"
                and not _described_by(ws[k + 2], case)) \
            or (best_pos(ws[k + 1]) == "NOUN" and "anim" not in parses(ws[k + 1])[0].tag) \
            or not ((_has_case(ws[k - 1], case)
                     or (case == "gent" and (_indeclinable_name(ws[k - 1]) or is_latin(ws[k - 1]))))
                    and _has_case(ws[k + 1], case)):
        return k  # it describes the source ("источник, знакомый с ..."), not "задержанный, ..."
    close = next((n for n in range(k + 2, min(len(ws), k + 2 + SOURCE_REACH)) if ws[n].text in ",.;:"), None)
    if close is None or ws[close].text != "," \
            or any(w.is_word and best_pos(w) in ("VERB", "INFN") for w in ws[k + 1:close]):
        return k
    return close


def _past_relative(ws, k):
    """Index of the comma closing ", которые были с погибшим," after "по свидетельству
    очевидцев": a relative clause describes the source; the statement follows it."""
    if k + 2 >= len(ws) or ws[k].text != "," or not ws[k + 1].low.startswith("котор"):
        return None
    close = next((n for n in range(k + 2, min(len(ws), k + 2 + 2 * SOURCE_REACH)) if ws[n].text in ",.;:"), None)
    return close if close is not None and ws[close].text == "," else None


def _named_apposition(ws, k, case):
    """Index of the comma closing ", Дэвида Маккина," after "по словам мужа погибшей": the
    person's name in the source's case set off by commas names the source; else None."""
    if case != "gent" or k + 3 >= len(ws) or ws[k].text != "," or not is_person_name(ws[k + 1]):
        return None
    close = next((n for n in range(k + 1, min(len(ws), k + 1 + NAME_WORDS + 1)) if not ws[n].is_word), None)
    if close is None or ws[close].text != "," or close == k + 1:
        return None
    name = ws[k + 1:close]
    if not all(is_proper(w) and _has_case(w, case) for w in name) or _singular_nominative(name[0]):
        return None  # "по словам врача, Иван выздоровел": a nominative opens the statement
    return close


def _singular_nominative(word) -> bool:
    return any({"nomn", "sing"} <= set(p.tag.grammemes) for p in parses(word))


def _described_by(noun, case) -> bool:
    """"генерального директора компании", "крупнейшего профсоюза": an adjective and a
    person or a body in the source's case describe the source, not the clause's subject."""
    # after "как сообщил X," a nominative phrase is the clause's subject ("другой сын ... призвал")
    return case == "gent" and _has_case(noun, case) \
        and (org_head(noun) or any("anim" in p.tag for p in parses(noun)[:2]))


def _has_case(word, case) -> bool:
    return any(p.tag.case == case for p in parses(word))


def _relative_before(ws, i) -> bool:
    """The insert stands in a relative clause: its words come after "который"/"где"."""
    k = i - 1
    while k >= 0 and ws[k].text == ",":
        k -= 1
    while k >= 0 and ws[k].text != ",":
        if ws[k].low in word_set("quote_name_relatives.txt"):
            return True
        k -= 1
    return False


def _opens_clause(ws, i) -> bool:
    """"Всего, по сообщениям X, задержано ...": words of the statement come before
    the insert (a connector such as "при этом" or "а" alone does not count)."""
    before = " ".join(w.low for w in ws[:i] if w.is_word)
    return bool(before) and before not in word_set("quote_connectors.txt")


def _circumstance_only(ws, i) -> bool:
    """The words before the insert are a short prepositional phrase of time or place and
    nothing else ("В настоящий момент", "После этого", "И по сей день"): no subject, verb or
    second phrase of the statement ("Всего", "Роули", "Главным нарушением" stay in it, and
    so does a longer frame, "В рамках расследования терактов в Бостоне")."""
    before = [w for w in ws[:i] if w.is_word]
    if before and before[0].low in ("и", "а", "но", "однако"):
        before = before[1:]
    if not before or len(before) > CIRCUMSTANCE_WORDS or best_pos(before[0]) != "PREP" \
            or any(w.text in ",;:—–" for w in ws[:i - 1]):
        return False
    return not any(best_pos(w) in ("VERB", "INFN", "PRTS", "PRTF", "GRND", "CONJ") for w in before)


def _sentence_start(ws, i) -> int:
    """``i`` when the cue opens a sentence after a full stop razdel missed, or opens the
    marks after a colon ("приводит фотографию: «По словам X, ...»"), else 0."""
    quoted = i > 2 and ws[i - 1].text in "«„\"" and ws[i - 2].text == ":"
    return i if (i > 1 and ws[i - 1].text in ".!?" or quoted) and ws[i].is_upper else 0


def _enough(ws, a, b) -> bool:
    """At least MIN_CONTENT_WORDS words in ``ws[a:b]``, counted only that far."""
    seen = 0
    for n in range(a, b):
        seen += ws[n].is_word
        if seen >= MIN_CONTENT_WORDS:
            return True
    return False


# --- "как сообщил X" -------------------------------------------------------------



def _time_clause(ws, i) -> bool:
    """"после того, как признал ...", "так, как": a clause of time or manner, not an
    inserted source ("Кроме того, как отмечает агентство," still is one)."""
    k = i - 1 if i > 0 and ws[i - 1].text == "," else i  # the comma is often left out
    before = [w.low for w in ws[max(0, k - 3):k]]
    return (k < i and before[-1:] == ["так"]) or " ".join(before[-2:]) in word_set("quote_time_correlatives.txt") \
        or " ".join(before[-3:]) in word_set("quote_time_correlatives.txt")

def as_said(text, s, i):
    ws = s.words
    if ws[i].low != "как" or _time_clause(ws, i):
        return None
    for j in range(i + 1, min(i + 3, len(ws))):
        lemma = cue_lemma(ws[j], ("VERB", "PRTS")) or _as_lemma(ws[j])  # "как было объявлено"
        if lemma:
            break
        if not ws[j].is_word or ws[j].low != "было" and best_pos(ws[j]) in ("NOUN", "VERB", "NPRO", "PREP"):
            return None  # only an adverb may stand between: "как позднее сообщил"
    else:
        return None
    if lemma in word_set("quote_name_giving_verbs.txt"):
        return None  # "(как называют себя сотрудники компании)": a name given, not what was said
    hi = next((n for n in range(j + 1, len(ws)) if ws[n].text in ",.;:!?" and not _initial(ws, n)),
              len(ws))
    if is_impersonal(ws[j]) and j + 1 < hi and ws[j + 1].is_word and best_pos(ws[j + 1]) != "PREP":
        hi = j + 1  # "Как сообщается Бабур прилетел": the comma was left out, nobody follows
    span = phrases.after(ws, j, hi)
    speaker = char_span(ws, *span) if span else None
    if span and verb_gender(ws[j]) == "plur" and quoted_outlet(ws, span):
        speaker = locative(ws, span[1], hi) or speaker  # "как пояснили «Ъ» в Минэнерго"
    elif span and verb_gender(ws[j]) == "plur" and past_outlet_before_place(ws, span[0], hi) > span[0]:
        # "как сообщили ТАСС в пресс-службе МЧС": the agency was told, the service spoke
        speaker = locative(ws, past_outlet_before_place(ws, span[0], hi), hi, marked=True) or speaker
    elif span and verb_gender(ws[j]) == "plur" and outlet_after_place(ws, j, span):
        speaker = locative(ws, j + 1, hi, marked=True) or speaker  # "как сообщили в МВД ТАСС"
    if speaker is None and verb_gender(ws[j]) == "plur":
        speaker = locative(ws, j + 1, hi, marked=True) or _from(ws, j + 1, hi)  # "как пояснили в ведомстве"
    if speaker is None and is_impersonal(ws[j]):  # "Как отмечается в пресс-релизе Нобелевского
        speaker = document_source(ws, j + 1, hi)  # комитета": the document's author; a bare one names nobody
    if speaker is None and (lemma in word_set("quote_belief_verbs.txt")
                            or (hi == j + 1 and lemma in SAYINGS)):
        return None  # "как полагают", "как говорится,": a hedge or a saying without a source
    cue = (ws[i].start, ws[j].end, lemma)
    end = ws[hi - 1].end if hi > j + 1 else ws[j].end
    # after a described speaker the apposition may open with adjectives: "один из
    # ветеранов, отставной генерал X," (after a name they start the main clause)
    described = bool(span) and ws[span[0]].is_word and not ws[span[0]].is_upper  # "источник «СЭ»" too
    if span and span[1] < hi and _prepositional_tail(ws, span[1], hi) and _apposition(ws, hi, True):
        span = span[0], hi  # "один из участников встречи на Эльбе, генерал X, ..."
        speaker = char_span(ws, *span)
    if speaker is not None and span and span[1] == hi:
        # "Как заявила Мария Фомушина, пресс-секретарь суда, ..."
        apposed = _apposition(ws, hi, described) or _participle_aside(ws, hi)
        if apposed is not None:
            speaker, end = (speaker[0], ws[apposed[0] - 1].end), ws[apposed[1] - 1].end
    return _around(text, s, i, end, cue, speaker, verb_gender(ws[j]))


def _participle_aside(ws, comma):
    """(comma, end of the insert) of ", не участвующий в деле," after "Как пояснил эксперт
    X": a participle clause in the nominative describes the speaker, the statement follows it."""
    k = comma + 1
    if k < len(ws) and ws[k].low == "не":
        k += 1
    if k >= len(ws) or not ws[k].is_word or not any(p.tag.POS == "PRTF" and "nomn" in p.tag for p in parses(ws[k])[:1]) \
            and not _adjective_with_object(ws, k):
        return None
    close = next((n for n in range(k + 1, min(len(ws), k + 1 + SOURCE_REACH)) if ws[n].text in ",.;:"), None)
    if close is None or ws[close].text != "," or any(best_pos(w) in ("VERB", "INFN") for w in ws[k + 1:close]):
        return None
    return comma, close


def _adjective_with_object(ws, k) -> bool:
    """", близкий к самарскому клубу,", ", знакомый с ситуацией,": an adjective in the
    nominative with its prepositional object describes the source like a participle does."""
    return k + 1 < len(ws) and not ws[k].is_upper and any(
        p.tag.POS == "ADJF" and "nomn" in p.tag for p in parses(ws[k])[:1]) and best_pos(ws[k + 1]) == "PREP"


def _as_lemma(word) -> str | None:
    """"установило" of "Как установило следствие,": a verb that attributes in the insert only."""
    return listed_verb(word, "quote_as_verbs.txt")


def _prepositional_tail(ws, k, hi) -> bool:
    """"встречи на Эльбе": the rest before the comma is one short prepositional phrase."""
    return hi - k <= PP_TAIL and best_pos(ws[k]) == "PREP" \
        and all(phrases.np_word(w) and w.is_word for w in ws[k + 1:hi])


def _initial(ws, n) -> bool:
    """The full stop of an initial ("Как сообщил А. Кудрин,") or inside a name glued
    around it ("как пишет «Gzt.Ru»,"): the phrase goes on."""
    if ws[n].text != "." or n == 0 or n + 1 >= len(ws):
        return False
    glued = ws[n - 1].end == ws[n].start and ws[n].end == ws[n + 1].start and ws[n + 1].is_word
    return glued or (len(ws[n - 1].text) == 1 and ws[n - 1].is_upper and ws[n + 1].is_upper)


def _apposition(ws, comma, adjectives=False):
    """(end of the apposition, end of the insert) of ", <post of the speaker>, [который
    ...,]" after a speaker's name, or None."""
    k = comma + 1
    while adjectives and k + 1 < len(ws) and ws[k].is_word and not ws[k].is_upper and best_pos(ws[k]) == "ADJF":
        k += 1  # ", отставной бригадный генерал X,"
    if k >= len(ws) or not ws[k].is_word or ws[k].is_upper and not ws[k].initial:
        return None
    head = parses(ws[k])[0]
    if head.tag.POS != "NOUN" or not {"anim", "nomn", "sing"} <= set(head.tag.grammemes):
        return None
    close = next((n for n in range(k, min(len(ws), k + SOURCE_REACH)) if ws[n].text in ",.;:"), None)
    if close is None or ws[close].text != "," \
            or any(best_pos(w) in ("VERB", "PRTS") for w in ws[k:close]):
        return None  # ", президент Медведев позвонил ей, чтобы ...": the statement itself
    end = close
    if close + 1 < len(ws) and ws[close + 1].low in word_set("quote_name_relatives.txt"):  # ", который принял решение ..."
        after = next((n for n in range(close + 1, len(ws)) if ws[n].text in ",.;:"), None)
        if after is None or ws[after].text != ",":
            return None
        end = after
    return close, end




def _from(ws, k, hi):
    """"как сообщили из федеральной прокуратуры": the body the report came from."""
    if k < hi and ws[k].low in ("из", "от"):
        return genitive(ws, k + 1)
    return None


def follows_from(text, s, i):
    """"Как следует из сообщения ведомства, ...": the document's author is the source."""
    ws = s.words
    if ws[i].low != "как" or i + 3 >= len(ws) or ws[i + 1].low != "следует" \
            or ws[i + 2].low != "из" or not is_document(ws[i + 3]):
        return None
    speaker = genitive(ws, i + 4) if i + 4 < len(ws) and ws[i + 4].is_word else None
    cue = (ws[i].start, ws[i + 3].end, "следовать из")
    return _around(text, s, i, speaker[1] if speaker else ws[i + 3].end, cue, speaker, None)


def _own_words(phrase: str) -> bool:
    """"по его словам", "по их данным": a possessive source, the speaker before going on
    (quote_own_words.txt, matched as written: the phrase is only lowered, so "её" is listed
    beside "ее")."""
    return phrase.lower() in word_set("quote_own_words.txt", False)  # unfolded
