"""Whether a phrase content has a shape its verb allows (quote_phrase_frames.tsv) and
says something rather than naming a celebrated date, a verdict or an award."""
from __future__ import annotations

from .. import morph
from ..resources import once, table, word_set
from .lexicon import ABOUT, not_content
from .words import Word, best_pos, parses

DIRECTIVE_REACH = 4  # words after the content's first in which "в" may follow an object
TOTALS = frozenset({"все", "всю", "весь", "всех"})  # "отверг все обвинения": a determiner, read as a particle
FRAME_OPENERS = {"on": ("на",), "in": ("в", "во"), "k": ("к",)}  # "сослался на опросы", "призвал к миру"
WITH = ("с", "со")
VOICED_WORDS = 3  # words of the object looked at: "главного героя мультфильма" (an adjective read as a noun)
VALUE_REACH = 4  # words after "в" in which the number's unit stands: "в 19,2 млрд долларов"
ADJUNCT_REACH = 4  # words of a time or place adjunct before an infinitive


def fits_frames(ws, j, end, frames) -> bool:
    """Whether the content from ``ws[j]`` has one of the shapes its verb allows."""
    if not frames or "np" in frames:
        return True
    opener = ws[j - 1].low
    first = ws[j + 1] if ws[j].low in ("не", "«") and j + 1 < len(ws) else ws[j]
    inside = [w for w in ws[j:] if w.start < end]
    if best_pos(first) == "PREP":  # "поручил до конца года создать": the adjunct leads in
        first = next((w for w in inside if (not w.is_word and w.text != "«")  # "в обмен «начать ...»"
                      or best_pos(w) in ("INFN", "VERB")), first)
    return ("inf" in frames and best_pos(first) == "INFN") \
        or ("as" in frames and any(w.low == "как" for w in inside[1:])) \
        or ("ablt" in frames and judged(ws, j, end)) \
        or ("verdict" in frames and verdict(ws, j, end) and not _best_of(inside)) \
        or ("acc" in frames and not _judgement_in(ws)) \
        or ("to" in frames and opener in ABOUT) \
        or ("in" in frames and any(w.low in FRAME_OPENERS["in"] for w in inside[1:DIRECTIVE_REACH]))\
        or ("sum" in frames and valued(inside)) \
        or ("with" in frames and tied(inside)) \
        or ("said" in frames and _voiced(inside)) \
        or any(f in frames and opener in FRAME_OPENERS[f] for f in FRAME_OPENERS) \
        or any(f.startswith("=") and _headed_by(inside, f[1:]) for f in frames)


def _best_of(inside) -> bool:
    """"Жюри признало фильм лучшим", "признали его лучшим вратарём сезона": a superlative in
    the instrumental awards a title, a ruling says whether a thing is lawful or valid."""
    return any(w.is_word and {"Supr", "ablt"} <= set(parses(w)[0].tag.grammemes) for w in inside)


def kept_title(ws, j, end) -> bool:
    """"подтвердил звание чемпиона", "подтвердило кредитный рейтинг": the content's head noun
    (adjectives and "свой" before it) is a standing kept (quote_kept_titles.txt), no words."""
    inside = [w for w in ws[j:] if w.start < end]
    head = next((w for w in inside if not (w.is_word and best_pos(w) in ("ADJF", "PRTF", "NPRO"))), None)
    return head is not None and head.is_word and morph.lemma(head.low) in word_set("quote_kept_titles.txt")


def _voiced(inside) -> bool:
    """"озвучил результаты экспертизы": what was made public is a thing, not a character or a
    work dubbed by an actor ("озвучил героя", "озвучил мультфильм", quote_voiced_works.txt)."""
    nouns = [w for w in inside[:VOICED_WORDS] if w.is_word and best_pos(w) == "NOUN"]
    return bool(nouns) and not any("anim" in parses(w)[0].tag
                                   or morph.lemma(w.low) in word_set("quote_voiced_works.txt") for w in nouns)


def tied(inside) -> bool:
    """"связывают подорожание с засухой": an object first, then what it is tied to; "связывает
    с Россией история" has its subject after the verb, no object of a speaker's, and "связал
    свою жизнь с армией" is an idiom (quote_tied_idioms.txt)."""
    head = next((w for w in inside if w.is_word and best_pos(w) == "NOUN"), None)
    return bool(inside) and inside[0].is_word and best_pos(inside[0]) != "PREP" \
        and any(w.low in WITH for w in inside[1:]) \
        and not (head and morph.lemma(head.low) in word_set("quote_tied_idioms.txt"))


def valued(inside) -> bool:
    """"капитализацию Facebook в 19,2 млрд долларов": an object and, after "в", a number
    with a unit of money or a share; "в пять баллов" rates, it puts no value."""
    for k, w in enumerate(inside[1:-1], 1):
        number = inside[k + 1]
        if w.low in FRAME_OPENERS["in"] and (number.text[:1].isdigit() or best_pos(number) == "NUMR"):
            return any(_value_word(u) for u in inside[k + 2:k + 2 + VALUE_REACH])
    return False


def _value_word(word: Word) -> bool:
    return word.text == "%" or (word.is_word and (word.low in word_set("quote_value_words.txt")
                                                 or morph.lemma(word.low) in _value_lemmas()))


@once
def _value_lemmas() -> frozenset[str]:
    """Currency nouns (currencies.tsv) and the magnitudes of quote_value_words.txt."""
    return word_set("quote_value_words.txt") | frozenset(key for kind, key, _ in table("currencies.tsv") if kind == "word")


def _headed_by(inside, lemma) -> bool:
    """The content opens with the noun ``lemma``, adjectives before it allowed."""
    head = next((w for w in inside if not (w.is_word and (best_pos(w) == "ADJF" or w.low in TOTALS))), None)
    return head is not None and head.is_word and morph.lemma(head.low) == lemma


def fronted_instrumental(ws, i) -> bool:
    """"Причиной отставки источник назвал ...": the judgement opens the sentence."""
    return bool(ws) and instrumental(ws[0]) and best_pos(ws[0]) == "NOUN" and i > 1


def _judgement_in(ws) -> bool:
    """An instrumental outside a prepositional phrase anywhere in the sentence: "признал
    его виновным", "лучшим фильмом признана картина" are verdicts and awards."""
    return any(instrumental(w) and best_pos(ws[k - 1]) != "PREP" for k, w in enumerate(ws) if k)


def not_speech(ws, j, end) -> bool:
    """A celebrated date or a decree as the first noun ("отметил своё 90-летие"), or a
    verdict in the instrumental ("признал его виновным")."""
    if ws[j - 1].low in ABOUT:
        return False  # "объявил о награде", "сообщил о присуждении премии": told about, not given
    if infinitive_opens(ws, j) or infinitive_opens(ws, _past_time_adjunct(ws, j, end)):
        return False  # "потребовали наказать виновных", "пообещал в ближайшие дни провести": what was asked
    inside = [w for w in ws[j:] if w.start < end]
    # a verdict's instrumental comes before any preposition: "с незаконными фермами" is none
    free = inside[:next((n for n, w in enumerate(inside) if best_pos(w) == "PREP"), len(inside))]
    if any(w.low == "словами" for w in free):
        return True  # "поблагодарил X следующими словами:": how; the words come after the colon
    nouns = [n for n, w in enumerate(inside) if w.is_word and best_pos(w) == "NOUN"][:2]
    # the first noun and a genitive right after it, adjectives between: "конец еврейского праздника"
    heads = [inside[n] for n in nouns if n == nouns[0] or (all(
        w.is_word and best_pos(w) in ("ADJF", "PRTF", "NUMR") for w in inside[nouns[0] + 1:n])
        and any("gent" in p.tag for p in parses(inside[n])[:2]))]
    return any(not_content(w) for w in heads) \
        or any(not_content(w) and best_pos(w) in ("ADJF", "PRTF") and any("ablt" in p.tag for p in parses(w))
               for w in free) \
        or _fronted_date(ws, j, inside) \
        or _award(ws, j, free)  # a verdict adjective, not "назвал это худшим днём"


def _past_time_adjunct(ws, j, end) -> int:
    """The index after a leading prepositional adjunct ("в ближайшие дни", "до конца
    года") when an infinitive follows it, else ``j``: its noun is no date celebrated."""
    if best_pos(ws[j]) != "PREP":
        return j
    k = j + 1
    while k < len(ws) and ws[k].start < end and k - j <= ADJUNCT_REACH \
            and (ws[k].text.isdigit() or ws[k].is_word and best_pos(ws[k]) in ("ADJF", "NOUN", "NUMR")):
        k += 1
    return k if k < len(ws) and k > j + 1 else j


def infinitive_opens(ws, j) -> bool:
    """An infinitive opens the content at ``ws[j]``, "не" before it allowed ("не сдаваться")."""
    at = j + 1 if ws[j].low == "не" and j + 1 < len(ws) else j
    return ws[at].is_word and best_pos(ws[at]) == "INFN"


def _award(ws, j, free) -> bool:
    """"Нобелевской премией отмечены создатели светодиодов", "жюри отметило фильм призом":
    a prize in the instrumental, before the verb in its clause or in the phrase after it,
    tells what was given, not said."""
    before = []
    for w in reversed(ws[:j]):
        if w.text in ",;:":
            break
        before.append(w)
    return any(w.is_word and best_pos(w) == "NOUN" and instrumental(w)
               and morph.lemma(w.low) in word_set("quote_prizes.txt") for w in before + free)


def _fronted_date(ws, j, inside) -> bool:
    """"Годовщину со дня рождения поэта отметили шествием": the celebrated date stands
    before the verb and the phrase after it, in the instrumental, is how it was marked."""
    head = next((w for w in inside if w.is_word and best_pos(w) in ("NOUN", "ADJF")), None)
    if head is None or not instrumental(head):
        return False
    for w in reversed(ws[:j]):
        if w.text in ",;:":
            return False
        if w.is_word and best_pos(w) == "NOUN" and not_content(w) and "accs" in parses(w)[0].tag:
            return True
    return False


def instrumental(word: Word) -> bool:
    return word.is_word and any("ablt" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF")
                                for p in parses(word)[:1])


def judged(ws, j, end) -> bool:
    """"объявил смерть убийством", "посчитал дискуссию «неэтичной»": an instrumental
    judgement before any preposition ("объявил тендер на ремонт" announces a thing)."""
    for w in ws[j:]:
        if w.start >= end or best_pos(w) == "PREP" or not (w.is_word or w.text in "«»\""):
            return False
        if w.is_word and any("ablt" in p.tag and p.tag.POS in ("NOUN", "ADJF") and "Fixd" not in p.tag
                             for p in parses(w)):
            return True  # indeclinables ("и" as an abbreviation, "его") fit every case
    return False


def verdict(ws, j, end) -> bool:
    """"признал закон о выборах не соответствующим Конституции", "признала операторов
    виновными": an instrumental adjective or participle of the object, anywhere in the
    content but not inside a prepositional phrase ("с новым руководством")."""
    if best_pos(ws[j - 1]) == "PRTS":
        return False  # "признан лучшим игроком": an award, nobody speaks
    inside = [k for k in range(j, len(ws)) if ws[k].start < end]
    judged_object = any(ws[k].is_word and best_pos(ws[k]) in ("NOUN", "NPRO")
                        and any("accs" in p.tag for p in parses(ws[k])[:2]) for k in inside)  # "подписи признали недействительными": the object is left out
    return judged_object and any(ws[k].is_word and best_pos(ws[k]) in ("ADJF", "PRTF") and not _governed(ws, k)
                                 and any("ablt" in p.tag for p in parses(ws[k])[:3]) for k in inside)


def _governed(ws, k) -> bool:
    """A preposition governs the word, adjectives allowed between: "с самым новым"."""
    m = k - 1
    while m >= 0 and ws[m].is_word and best_pos(ws[m]) in ("ADJF", "PRTF", "ADVB"):
        m -= 1
    return m >= 0 and ws[m].is_word and best_pos(ws[m]) == "PREP"
