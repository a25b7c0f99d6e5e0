"""Where a phrase content opens after its cue (past adjuncts, addressees and the
preposition of the verb's frame: "указал на ...", "потребовал от X ...") and where it ends
(", но ...", a clause or an aside of the author's, the venue it was told in), and whether a
naming or a judgement is one ("назвал выборы мошенничеством", not "назвал сумму")."""
from __future__ import annotations

import regex

from .. import morph
from ..resources import word_set
from .draft import Draft
from .lexicon import ABOUT, THAT, is_phrase_verb, is_topic_verb, phrase_frames
from .bounds import ALSO, TIME_HOSTS, clause_after_and, dependent, gapped, new_predicate, time_inside
from .shapes import FRAME_OPENERS, TOTALS, infinitive_opens
from .names import CASES
from .sources import is_document
from .words import Word, best_pos, can_be_case, char_span, is_proper, parses, tokenize

PHRASE_STARTS = ("NOUN", "ADJF", "INFN", "PRTF", "NUMR", "NPRO")
DIRECTIVE_REACH = 4
INFINITIVE_REACH = 8
PP_WORDS = 2  # a preposition and its noun, not counted in an infinitive's reach
ADJUNCT_WORDS = frozenset({"PREP", "NOUN", "ADJF", "NUMR"})  # an adjunct's words before an infinitive
ASIDE_REACH = 24  # words of a bracketed aside inside a leading adjunct
ADJUNCT_REACH = 4  # words between a cue and its "о": "сообщил в субботу о"
OPENING = "«\"„“"
POINTING = ("указать", "указывать", "настаивать", "настоять")  # "указал на ...": the content
ATTENTION = ("обратить внимание", "обращать внимание")  # "обратил внимание на рост цен": what it is drawn to
HOPES = ("надежда", "уверенность")  # "выразил надежду на ...": what is hoped is the content
DEMANDING = ("требовать", "потребовать", "просить", "попросить")
STANCE_TAKING = ("высказаться", "высказываться")
POINTED_FRAMES = frozenset({"as", "with"})  # frames whose object may be "это": the judgement follows
WEEKDAYS = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"})
VENUE_PREPOSITIONS = frozenset({"в", "во", "на"})
ONE_OF_LOCATIVE = ("одном", "одной")  # "в одном из изданий"
FOCUS = ("даже", "только", "лишь", "именно")  # "указал только бездействие": part of the content
JUDGEMENT_WINDOW = 40  # characters around ", но" read for the adjective on either side
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


def phrase_opening(text, s, i, j, last, lemma, cue, span, gender, multi):
    """Index of the word that opens the content after the cue, or a finished result."""
    ws = s.words
    if multi and j == last + 1 and j + 1 < len(ws) and ws[j].text in "—–" and ws[j + 1].is_word:
        j += 1  # "поставил перед тренером задачу — выйти в плей-офф": the dash opens what the noun holds
    while j + 1 < len(ws) and ws[j + 1].low in ABOUT and (best_pos(ws[j]) in ("PRCL", "ADVB")
                                                         or ws[j].low in ALSO_WORDS):
        j += 1  # "говорилось только о ранении", "заявили и о подготовке": the particle leads into the topic
    j = _past_adjunct(ws, j, "to" in phrase_frames(lemma))
    if ws[j].low == "на" and lemma in POINTING and j + 1 < len(ws):
        return j + 1  # "указал на трудности", "настаивают на банкротстве"
    if lemma in ATTENTION:
        k = _whose_attention(ws, j)
        if k + 1 < len(ws) and ws[k].low == "на" and _matter(ws, k + 1):
            return k + 1  # "обратил внимание (подрядчиков) на необходимость ремонта"
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
    if lemma in word_set("quote_naming_verbs.txt") and among(ws, j):
        return j  # "назвала среди задач X координацию ...": what is named among them
    # "оправдывал решение открыть огонь как шаг": a judgement's infinitive belongs to its object
    k = j if "as" in phrase_frames(lemma) else \
        _infinitive(ws, j, INFINITIVE_REACH if "inf" in phrase_frames(lemma) else DIRECTIVE_REACH)
    if k > j and best_pos(ws[j]) == "PREP" and all(w.is_word or w.text == "«" or _bracketed(ws, j, n)
                                                 for n, w in enumerate(ws[j:k], j)):
        return j  # "обещали до конца жизни раздать ...": a leading adjunct is part of it
    j = k
    if multi and j == last + 1 and _occasion(ws, j):
        return j  # "выразили соболезнования в связи с гибелью экипажа": what they were for
    if ws[j].text in "«\"" and j == last + 1 and lemma not in word_set("quote_naming_verbs.txt"):
        return _quoted_after(ws, i, j, cue, span, gender)
    return j if _phrase_start(ws[j], ws[j + 1] if j + 1 < len(ws) else None) else None


def _occasion(ws, j) -> bool:
    """"в связи с ...", "по поводу ...": the event a feeling voiced by a verb and its noun
    ("выразил соболезнования", "выразил сожаление") is about; not a word that only points
    at what happened ("в связи с произошедшим", "по поводу этого")."""
    pair = " ".join(w.low for w in ws[j:j + 2])
    k = j + 2 if pair == "по поводу" else j + 3
    opens = pair == "по поводу" or pair == "в связи" and j + 2 < len(ws) and ws[j + 2].low in ("с", "со")
    if not (opens and k < len(ws) and ws[k].is_word) or ws[k].low in word_set("quote_this.txt"):
        return False
    if best_pos(ws[k]) in ("PRTF", "ADJF"):
        return _described_noun(ws, k)  # "в связи с появившимися сутки назад обвинениями"
    return best_pos(ws[k]) != "NPRO"


def _described_noun(ws, k) -> bool:
    """A participle or an adjective at ``ws[k]`` describes a noun in its case a few words on
    ("появившимися сутки назад обвинениями"); standing alone it only points ("в связи с
    произошедшим")."""
    cases = {c for p in parses(ws[k])[:2] for c in CASES if c in p.tag}
    for w in ws[k + 1:k + 1 + ADJUNCT_REACH]:
        if not w.is_word:
            return False
        if best_pos(w) == "NOUN" and any(c in p.tag for p in parses(w)[:2] for c in cases):
            return True
    return False


def _matter(ws, k) -> bool:
    """An abstract matter heads the phrase at ``ws[k]`` ("необходимость ремонта", "рост
    цен", "недопустимость нарушений"): attention drawn to it is a statement; drawn to a
    thing ("на красивый закат") it is only noticing."""
    head = next((w for w in ws[k:k + ADJUNCT_REACH] if w.is_word and best_pos(w) == "NOUN"), None)
    if head is None:
        return False
    lemma = morph.lemma(head.low)
    return lemma in word_set("quote_attention_matters.txt") \
        or lemma.endswith(tuple(word_set("quote_abstract_endings.txt")))


def _whose_attention(ws, j) -> int:
    """The index after the genitive of those whose attention is drawn ("обратил внимание
    подрядчиков на ..."), ``j`` when "на" follows at once."""
    k = j
    while k < min(len(ws), j + ADJUNCT_REACH) and ws[k].is_word and best_pos(ws[k]) in ("NOUN", "ADJF") \
            and "gent" in parses(ws[k])[0].tag:
        k += 1
    return k


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
    reach = j + ADJUNCT_REACH
    for k in range(j + 1, len(ws) - 1):
        if ws[k].low in ABOUT:
            return k if _adjuncts(ws[j:k], told) else j
        if ws[k].is_word and is_proper(ws[k]):
            reach += 1  # "попросил президента России Владимира Путина о": names lengthen the addressee
        if k + 1 >= reach:
            break
    return j


def _adjuncts(words, told=False) -> bool:
    governed = False  # a noun right after a preposition is its object, not the verb's
    owner = False  # a noun after an addressee may be its genitive ("президента России")
    for w in words:
        if not w.is_word or w.low in THAT or w.low == "не":
            return False
        pos = best_pos(w)
        if pos == "PREP":
            governed, owner = True, False
        elif pos == "NOUN" and not governed and not (told or _addressee(w)) \
                and not (owner and can_be_case(w, "gent")):
            return False
        elif pos in ("VERB", "INFN", "GRND", "CONJ", "PRTF", "PRTS"):
            return False
        elif pos == "NOUN":
            governed, owner = False, not governed
    return True


def _addressee(w) -> bool:
    """"журналистам", "граждан": a dative or an animate object is whom it was told to."""
    tag = parses(w)[0].tag
    return "datv" in tag or ("anim" in tag and ("accs" in tag or "gent" in tag))


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
        if _paired_judgement(text, start, m):
            continue
        return m.start()
    return end


def _paired_judgement(text, start, m) -> bool:
    """"назвал решение рискованным, но логичным шагом": "но" between two adjectives of one
    case pairs two judgements of the speaker's, no turn of the author's."""
    before = tokenize(text, max(start, m.start() - JUDGEMENT_WINDOW), m.start())[-1:]
    after = tokenize(text, m.end(), min(len(text), m.end() + JUDGEMENT_WINDOW))[:1]
    if not before or not after or not (before[0].is_word and after[0].is_word) \
            or best_pos(before[0]) != "ADJF" or best_pos(after[0]) != "ADJF" \
            or m.group().strip(" ,") not in ("но", "однако"):
        return False
    cases = {c for p in parses(before[0])[:2] for c in CASES if c in p.tag}
    return any(c in p.tag for p in parses(after[0])[:2] for c in cases)


def aside_end(ws, j, end):
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


def own_clause_end(ws, j, end):
    """A phrase content ends where "и" joins a finite verb of the speaker's own:
    "назвал инцидент провокацией и покинул зал"; after an infinitive the verb
    may stand further on ("пообещал не сдаваться и уже на второй встрече сумел уговорить")."""
    reach = DIRECTIVE_REACH * 2 if infinitive_opens(ws, j) else 1
    for k in range(j + 1, len(ws)):
        if ws[k].start >= end:
            break
        if ws[k].low == "и" and not _second_infinitive(ws, k + 1) \
                and (any(best_pos(w) == "VERB" for w in ws[k + 1:k + 1 + reach]
                         if w.start < end) or clause_after_and(ws, k + 1, end)):
            return ws[k - 1].end
    return end


def _second_infinitive(ws, k) -> bool:
    """"воздержаться от поездок и не останавливаться у рек": "и" joins a second infinitive
    of the same request, whatever verb a word after it may look like ("русел")."""
    if k < len(ws) and ws[k].low == "не":
        k += 1
    return k < len(ws) and best_pos(ws[k]) == "INFN"


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


def negated_before(ws, i) -> bool:
    """"не уточнил", "ещё не высказал"; "тем не менее просил" denies nothing."""
    return any(ws[k].low == "не" and ws[k + 1].low != "менее" and not almost(ws, k)
               for k in range(max(0, i - 2), i))


def almost(ws, k) -> bool:
    """"чуть ли не впервые заявил", "едва ли не каждый день повторял": "ли" and "не" at
    ``ws[k]`` make "almost", neither a question nor a denial."""
    at = k if ws[k].low == "ли" else k - 1
    return 0 < at < len(ws) - 1 and ws[at].low == "ли" and ws[at - 1].low in ("чуть", "едва") \
        and ws[at + 1].low == "не"


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
        elif ws[k].text == "(" and _leading_adjunct(ws, j, k):
            close = next((m for m in range(k + 1, min(len(ws), k + ASIDE_REACH)) if ws[m].text == ")"), None)
            if close is None:
                break
            end, k = end + close + 1 - k, close + 1  # "пообещал в случае победы (...) сформировать"
            continue
        elif not ws[k].is_word or best_pos(ws[k]) == "VERB":
            break  # "поручил акимам районов до 1 мая провести": addressee and term come first
        elif best_pos(ws[k]) == "INFN":
            return k - 1 if k > j and ws[k - 1].low == "не" else k  # "пообещал не сдаваться"
        elif best_pos(ws[k]) == "PREP" and (k == j or reach >= INFINITIVE_REACH):
            end += PP_WORDS  # not after the object of a verb framed for no infinitive
        elif _leading_adjunct(ws, j, k + 1) and end - j < ASIDE_REACH:
            end += 1  # "пообещал в случае победы Владимира Путина на выборах сформировать"
        k += 1
    return j


def _bracketed(ws, j, n) -> bool:
    """``ws[n]`` stands inside brackets opened after ``ws[j]``, or is one of them."""
    opened = sum((w.text == "(") - (w.text == ")") for w in ws[j:n])
    return opened > 0 or ws[n].text == "("


def _leading_adjunct(ws, j, k) -> bool:
    """``ws[j:k]`` is still the prepositional adjunct a content opens with ("в случае победы
    Владимира Путина на выборах"): prepositions and the nouns, adjectives and numbers they govern."""
    return k > j and best_pos(ws[j]) == "PREP" and all(
        w.text.isdigit() or w.is_word and best_pos(w) in ADJUNCT_WORDS for w in ws[j:k])


def venue_end(ws, j, end):
    """"сообщили о браке в своих блогах", "рассказали о переходе ... в одном из изданий":
    a "в"/"на" phrase naming the medium, after the topic's noun and before any verb of the
    topic, says where it was told; the topic ends before it."""
    for k in range(j + 1, len(ws) - 1):
        w = ws[k]
        if w.start >= end or not w.is_word or best_pos(w) in ("VERB", "INFN", "PRTS", "GRND", "PRTF"):
            return end  # "о решениях, принятых на совещании": where the topic's own event took place
        if w.low in VENUE_PREPOSITIONS and _venue(ws, k + 1) and not is_document(ws[k - 1]):
            return ws[k - 1].end  # not "о публикации в газете": where the document appeared
    return end


def time_end(ws, j, end):
    """"сообщили о смерти политика ранее в понедельник", "о пропаже утром": a time adjunct
    closing an "о" topic says when it was told, the author's; "о трагедии, произошедшей
    накануне" keeps the time of its participle."""
    inside = [k for k in range(j, len(ws)) if ws[k].start < end and ws[k].is_word]
    if len(inside) < 2 or inside[-1] != inside[0] + len(inside) - 1:
        return end  # a comma or a mark inside: no plain adjunct closes it
    last = inside[-1]
    first = last - 1 if ws[last - 1].low in ("в", "во") and morph.lemma(ws[last].low) in WEEKDAYS else last
    if first == last and ws[last].low.replace("ё", "е") not in word_set("quote_time_adverbs.txt"):
        return end
    if first > j and ws[first - 1].low in ("ранее", "позднее", "позже"):
        first -= 1  # "ранее в понедельник"
    if first <= j or not ws[first - 1].is_word or best_pos(ws[first - 1]) in TIME_HOSTS:
        return end
    return ws[first - 1].end


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
    if word.low == "это" and following is not None and following.is_word and best_pos(following) == "NOUN":
        return True  # "считает это решение нейтральным": "это" points out the noun, as "эти" does
    if (word.low in FOCUS or word.low in TOTALS) and following is not None:  # "опроверг все подозрения"
        return _phrase_start(following)  # "не исключил даже лишения", "указал только бездействие"
    if following is not None and best_pos(word) == "ADVB" and best_pos(following) in ("ADJF", "PRTF") \
            and "ablt" in parses(following)[0].tag:
        return True  # "называл политически мотивированными": the judgement, its object put first
    if word.low == "это" and following is not None and best_pos(following) == "NOUN" \
            and "neut" in parses(following)[0].tag:
        return True  # "назвал это учение «руководящей идеей»": "это" goes with its noun
    return word.text in "«\"" or (word.is_word and (is_proper(word) or best_pos(word) in PHRASE_STARTS))


def among(ws, j) -> bool:
    """"среди задач", "в числе причин": what is named is counted among others."""
    return ws[j].low == "среди" or (ws[j].low == "в" and j + 1 < len(ws) and ws[j + 1].low == "числе")


def among_before(ws, i) -> bool:
    """"В числе претендентов называли X", "среди партнёров назывались страны": what is
    named is counted among others put before the verb."""
    return any(among(ws, k) for k in range(i))


def in_the_role(ws, i) -> bool:
    """"В качестве причины она назвала ...": the role named comes before the verb."""
    return any(w.low == "качестве" and k > 0 and ws[k - 1].low == "в" for k, w in enumerate(ws[:i]))


def reveals(word: Word) -> bool:
    """"назвали имя лидера", "назвал сумму": a fact told, not a judgement."""
    return word.is_word and any(morph.normal(p) in word_set("quote_named_things.txt")
                                for p in parses(word)[:1])


def as_judgement(ws, j, end) -> bool:
    """"охарактеризовал Коми как высококвалифицированного сотрудника": the object, then
    "как" and the judgement (a noun phrase or a quotation)."""
    return any(w.low == "как" and k + 1 < len(ws) and ws[k + 1].start < end
               and (ws[k + 1].text in OPENING or best_pos(ws[k + 1]) in ("ADJF", "PRTF", "NOUN", "ADVB"))
               for k, w in enumerate(ws) if k > j and w.start < end)


def names_as(text, ws, j, end) -> bool:
    """"назвал выборы мошенничеством / «катастрофой»": naming as a judgement, not a name."""
    inside = [w for w in ws if ws[j].start <= w.start < end]
    words = [w for w in inside if w.is_word]
    # "назвал решение политическим": an adjective ending the phrase, though its first reading is a plural dative
    last = bool(words) and best_pos(words[-1]) == "ADJF" and any("ablt" in p.tag for p in parses(words[-1])[:3])
    return last or any(w.text in "«\"" for w in inside) or any("ablt" in p.tag for w in words for p in parses(w)[:1])
