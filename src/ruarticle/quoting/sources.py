"""Who speaks for a reporting cue: its subject, the subject it shares with the verb
it is coordinated with, or a source named in a locative ("в заявлении МИД говорится")."""
from __future__ import annotations

from functools import lru_cache

from .. import morph
from ..resources import once, table, word_set
from . import phrases
from .addressees import addressee, past_outlet_before_place, quoted_addressee, quoted_outlet, told_between
from .bounds import dependent, next_report
from .marks import closing, through_name
from .np_words import POSSESSIVE, is_prep
from .lexicon import THAT, channel_noun, cue_lemma, documents, is_impersonal, is_topic_verb, org_head
from .words import (Word, best_pos, char_span, is_latin, is_name_like, is_person_name, parses, verb_gender)

RELATIVE_INSERT_REACH = 16  # words of a relative clause between a locative source and its verb
LOCATIVE_REACH = 12  # words around the cue where "в сообщении X" / "в пресс-службе X" may stand
TOLD_NAME_WORDS = 2  # words of an outlet's name told the news ("ТАСС", "РИА Новости")
JOINING = ("и", "а", "но", "однако")  # "признает ..., однако считает": one subject
CONCESSIVE = ("хотя",)  # "..., хотя подчёркивал": a subordinate clause sharing the subject
IN_WHICH = frozenset({"котором", "которой", "которых"})
OBJECT_RELATIVES = frozenset({"которую", "которого", "которых"})  # accusative: the relative is no subject
ADJUNCT_WORDS = 5  # words between "и"/"а" and a coordinated cue: "и уже в прошлом году официально заявил"
FRONTED_OBJECT = 4  # words of an infinitive and its object put before the verb


def source(ws, j, lo, hi, subject_first=False):
    """Who speaks for cue ``ws[j]``: its subject, or "в сообщении X" for impersonal verbs."""
    found = _source(ws, j, lo, hi, subject_first)
    if found is None:
        found = relative_author(ws, j, lo) or listed_subject(ws, j, lo) or there(ws, j, lo)
    return found


def there(ws, j, lo):
    """"Там отметили, что ...": "там" opening the clause of a plural verb with no subject
    points back to the body whose words were just reported (the resolver takes it up)."""
    if verb_gender(ws[j]) != "plur" or is_impersonal(ws[j]):
        return None
    k = j - 1
    while k > lo and ws[k].low != "там" and (phrases.is_adverb(ws[k]) or ws[k].low in ("также", "же", "тоже")):
        k -= 1  # "Там также уточнили"
    if k < lo or ws[k].low != "там" or k > lo and ws[k - 1].text not in ".;:" and ws[k - 1].low not in JOINING:
        return None
    return char_span(ws, k, k + 1)


def listed_subject(ws, j, lo):
    """"X вышла к журналистам, объявила: ...": a verb after a comma with no subject of its
    own shares the subject of the finite verb of the same form before it."""
    if j - 1 <= lo or ws[j - 1].text != "," or best_pos(ws[j]) != "VERB":
        return None
    main = next((m for m in range(j - 2, lo - 1, -1) if best_pos(ws[m]) == "VERB"
                 or ws[m].text in ".;:!?"), None)
    if main is None or best_pos(ws[main]) != "VERB" or verb_gender(ws[main]) != verb_gender(ws[j]) \
            or any(w.low in IN_WHICH or w.low in ("что", "который", "которая", "которые", "если", "когда")
                   for w in ws[main:j]):
        return None
    span = phrases.before(ws, main, lo, verb_gender(ws[main]))
    return char_span(ws, *span) if span and phrases.names_someone(ws, span) else None


def clause_start(ws, j) -> int:
    """Where a locative source of ``ws[j]`` may start: not before a relative clause
    opening ("..., на котором предложили") that holds the verb."""
    start = max(0, j - LOCATIVE_REACH)
    for k in range(j - 1, start, -1):
        if ws[k].low in IN_WHICH or ws[k].low in ("который", "которые", "где"):
            return k
    return start


def _past_inserts(ws, k, lo):
    """Step back from ``ws[k]`` over adverbs, commas and inserts ("в частности") that
    may stand between a relative "в котором" and its verb."""
    while k > lo:
        if (phrases.is_adverb(ws[k]) and ws[k].low != "где") or ws[k].text == ",":
            k -= 1  # "где" opens the relative itself
            continue
        n = next((len(p) for p in _relative_inserts() if k - len(p) + 1 > lo
                  and tuple(w.low for w in ws[k - len(p) + 1:k + 1]) == p), 0)
        if not n:
            return k
        k -= n
    return k


@lru_cache(maxsize=1)
def _relative_inserts() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in word_set("quote_relative_inserts.txt"))


def relative_author(ws, j, lo):
    """"X опубликовал справку, в которой говорилось, что", "X прочёл письмо, в котором
    заявил, что": a report inside a relative clause about X's own document is X's."""
    k = _past_inserts(ws, j - 1, lo)  # "в котором достаточно резко раскритиковал"
    object_relative = k - 1 >= lo and ws[k].low in OBJECT_RELATIVES and ws[k - 1].text == "," \
        and not is_impersonal(ws[j]) and verb_gender(ws[j]) in ("masc", "femn")
    own_event = not object_relative and _at_own_event(ws, j, k, lo)
    if object_relative:
        k += 1  # "позвонил знакомой, которую попросил": the one asked is the object, X asks
    elif own_event:
        k += ws[k].low == "где"  # "провёл пресс-конференцию, где заявил", "совещание, на котором"
    elif k - 2 < lo or ws[k].low not in IN_WHICH or ws[k - 1].low not in ("в", "во") \
            or ws[k - 2].text != ",":
        return None
    antecedent = k - 3
    while antecedent >= lo and ws[antecedent].is_word and best_pos(ws[antecedent]) != "NOUN":
        antecedent -= 1
    if is_impersonal(ws[j]) and not (antecedent >= lo and is_document(ws[antecedent])):
        return None
    main = next((m for m in range(k - 3, lo - 1, -1) if best_pos(ws[m]) == "VERB"), None)
    if main is None or (object_relative or own_event) and verb_gender(ws[main]) != verb_gender(ws[j]):
        return None  # "устроил свадьбу, которую назвали", "прошёл стол, на котором предложили": others
    span = phrases.before(ws, main, lo, verb_gender(ws[main]))
    return char_span(ws, *span) if span and phrases.names_someone(ws, span) else None


def before_relative(ws, j, lo, place, any_noun=True):
    """"В компании «X», которая выиграла контракт в 2023 году, объяснили": with a relative
    clause closed right before the verb ``ws[j]``, the locative source before it, unless
    ``place`` (found nearer the verb) already stands before it; else ``place``."""
    opened = _relative_insert(ws, j, lo)
    if opened is None or place is not None and place[0] <= ws[opened].start:
        return place
    return locative(ws, max(lo, opened - LOCATIVE_REACH), opened, any_noun=any_noun, marked=True)


def _relative_insert(ws, j, lo) -> int | None:
    """The comma opening a relative clause closed right before the verb ``ws[j]``
    (", которая выиграла контракт в 2023 году,"), else None."""
    if j - 1 <= lo or ws[j - 1].text != ",":
        return None
    for k in range(j - 2, max(lo, j - RELATIVE_INSERT_REACH), -1):
        if ws[k].text in ",;:":
            return None
        if ws[k].low.startswith("котор"):
            at = k - 1 if k - 1 > lo and is_prep(ws[k - 1]) else k
            return at - 1 if at - 1 > lo and ws[at - 1].text == "," else None
    return None


def _at_own_event(ws, j, k, lo) -> bool:
    """"провёл совещание, на котором раскритиковал", "брифинг, где заявил": a statement
    made at the subject's own event; telling about a topic there ("на которой рассказал об
    итогах") is the event's agenda, not a statement."""
    if is_topic_verb(cue_lemma(ws[j])) or verb_gender(ws[j]) not in ("masc", "femn"):
        return False  # "на котором предложили": unnamed people, not the event's subject
    where = ws[k].low == "где" and k - 1 >= lo and ws[k - 1].text == ","
    return where or k - 2 >= lo and ws[k].low in IN_WHICH and ws[k - 1].low == "на" and ws[k - 2].text == ","


def _source(ws, j, lo, hi, subject_first=False):
    if verb_gender(ws[j]) == "plur" and not is_impersonal(ws[j]):
        body = body_after(ws, j, hi)
        if body is not None:
            return body  # "сообщили в пресс-службе ведомства": not "ведомства" alone
    if not is_impersonal(ws[j]):
        if subject_first and verb_gender(ws[j]) == "plur":
            span = phrases.before(ws, j, lo, "plur") or phrases.after(ws, j, hi)
            if span is not None and span[0] > j and not phrases.names_someone(ws, span):
                place = before_relative(ws, j, lo, None)  # "В компании «X», которая ..., объяснили задержки"
                if place is not None:
                    return place
            if span is None:  # "сообщили в аукционном доме", not "в Думе прошёл стол, на котором"
                place = locative(ws, clause_start(ws, j), _reach(ws, j, len(ws)), any_noun=True, marked=True)
                place = before_relative(ws, j, lo, place)
                return None if place and _in_closed_relative(ws, place[0], j) else place
        if subject_first:
            span = phrases.before(ws, j, lo, verb_gender(ws[j])) or phrases.after(ws, j, hi)
        else:
            span = phrases.after(ws, j, hi) or phrases.before(ws, j, lo, verb_gender(ws[j]))
        if span and verb_gender(ws[j]) == "plur" and _named_told(ws, span, j):
            place = _body_locative(ws, max(lo, j - LOCATIVE_REACH), j)
            if place:  # "В МВД сообщили ТАСС, что": the outlet is told, the body speaks
                return place
        if span and verb_gender(ws[j]) == "plur" and quoted_outlet(ws, span) and not _body_named(ws, span):
            place = locative(ws, max(lo, j - LOCATIVE_REACH), _reach(ws, j, hi), any_noun=True)
            if place:  # "В мэрии «Ъ» сообщили": the quoted name is the one told
                told = ws[span[0]].start
                return (place[0], ws[span[0] - 1].end) if place[0] < told < place[1] else place
        if span and verb_gender(ws[j]) == "plur" and subject_first:
            place = locative(ws, max(lo, j - LOCATIVE_REACH), j)
            if place and place[0] <= ws[span[0]].start and told_between(ws, place[1], span[0]) \
                    and not (_plural_subject(ws[span[0]]) and not addressee(ws[span[0] - 1])):
                return place  # "В пресс-службе ГИМ журналистам ... сообщили": the body speaks
            if place and place[0] < ws[span[0]].start and _fronted_thing(ws, span) \
                    and (place[1] <= ws[span[0]].start or ws[span[0] - 1].text in "»\"" or ws[span[0] - 1].text.isupper()):
                # "В ОАХК «Барки Точик» ограничения объяснили тем, что": the body explains them
                return place[0], min(place[1], ws[span[0] - 1].end)
        if span and (not is_document(ws[span[0]]) or named_channel(ws, span)):
            return char_span(ws, *span)
        if verb_gender(ws[j]) != "plur":
            return None  # "в Кабуле, где ... отметил": a place is no speaker of a singular verb
    place = locative(ws, max(lo, j - LOCATIVE_REACH), _reach(ws, j, hi), marked=not is_impersonal(ws[j]))
    if place is None and is_impersonal(ws[j]):
        place = _opening_document(ws, lo, j)
    return None if place and _in_closed_relative(ws, place[0], j) else place


def _body_named(ws, span) -> bool:
    """"В компании «Северная звезда» заявили": a quoted name in the nominative that cannot be
    a dative, right after a body's common noun, is that body's name, not an outlet told."""
    inside = [w for w in ws[span[0]:span[1]] if w.is_word]
    before = ws[span[0] - 1] if span[0] > 0 else None
    last = parses(inside[-1]) if inside else ()
    return before is not None and before.is_word and not before.is_upper and org_head(before) \
        and not inside[-1].text.isupper() and any("nomn" in p.tag for p in last) \
        and not any("datv" in p.tag for p in last)


def _fronted_thing(ws, span) -> bool:
    """A one-noun "subject" that is a thing ("ограничения"), not a body or people: the
    object put first, before a plural verb whose subject the place before it names."""
    words = [w for w in ws[span[0]:span[1]] if w.is_word]
    return len(words) == 1 and best_pos(words[0]) == "NOUN" and not words[0].is_upper \
        and "inan" in parses(words[0])[0].tag and not org_head(words[0]) and not phrases.names_someone(ws, span) \
        and morph.lemma(words[0].low) not in word_set("quote_collective_speakers.txt") \
        and any(p.tag.case == "accs" for p in parses(words[0]))


def _named_told(ws, span, j) -> bool:
    """"сообщили ТАСС", "сообщили Onliner": a short name right after a plural verb that
    cannot be its plural subject (no "власти", "белорусские эксперты") is the one told."""
    words = ws[span[0]:span[1]]
    return span[0] == j + 1 and 0 < len(words) <= TOLD_NAME_WORDS and all(w.is_word and w.is_upper for w in words) \
        and (words[0].text.isupper() or is_latin(words[0]))  # "ТАСС", "РИА Новости", "Onliner"


def _body_locative(ws, lo, hi):
    """A body in a locative before the verb ("В МВД", "В Белорусской федерации футбола
    (БФФ)", "В «Газпроме»"), no place: "В Москве сообщили ТАСС" names nobody who speaks."""
    place = locative(ws, lo, hi, marked=True)
    if place is None:
        return None
    inside = [w for w in ws if place[0] <= w.start < place[1]]
    head = next((w for w in inside if not w.is_word or best_pos(w) != "ADJF"), None)
    return place if head is not None and (head.text in "«\"" or head.text.isupper() or org_head(head)) else None


def _opening_document(ws, lo, j):
    """"В обращении, которое мэр ... направил жителям в пятницу, говорится": a document
    opening the clause, whose relative clause keeps it beyond the usual reach of the cue."""
    if j - lo < 3 or ws[lo].low not in ("в", "во"):
        return None
    m = _past_modifiers(ws, lo + 1, j)
    return _relative_writer(ws, m, j) if is_document(ws[m]) else None


def _in_closed_relative(ws, at: int, j: int) -> bool:
    """"Министра, который живёт в Москве, обвиняют": a place inside a relative clause that
    describes someone before the verb and is closed by a comma before it is part of that
    description, not where the words come from."""
    opening = next((k for k in range(j - 1, 0, -1) if ws[k].end <= at and ws[k - 1].text == ","
                    and ws[k].low in word_set("quote_phrase_relatives.txt")), None)
    if opening is not None and opening >= 2 and ws[opening].low in word_set("quote_written_relatives.txt") and is_document(ws[opening - 2]):
        return False  # "в заявлении, которое распространил МИД, говорится": who wrote it
    return opening is not None and any(w.text == "," and w.start > at for w in ws[opening:j])


def _reach(ws, j, hi) -> int:
    """Where a locative source after cue ``ws[j]`` must stand before: within reach and
    before the reported words ("сообщили, что дело передано в суд": not the court)."""
    end = min(hi, j + LOCATIVE_REACH)
    return next((n for n in range(j + 1, end) if ws[n].low in THAT or ws[n].text == ":"), end)


def body_after(ws, j, hi):
    """"сообщили в пресс-службе ведомства", "заявили в Минздраве": a body named in a
    locative right after a plural verb is where the words come from."""
    k = j + 1
    while k < hi and phrases.is_adverb(ws[k]):
        k += 1
    k = past_outlet_before_place(ws, k, hi)
    if k + 1 >= hi or ws[k].low not in ("в", "во", "на"):
        return None
    m = k + 1
    while m < hi - 1 and best_pos(ws[m]) == "ADJF":
        m += 1
    if not (org_head(ws[m]) or is_name_like(ws[m])) or is_document(ws[m]):
        return None
    return _through_head(ws, k + 1, m, hi)


def _plural_subject(word: Word) -> bool:
    """"власти", "эксперты": a word that can be the plural subject itself."""
    return not word.text.isupper() and any("plur" in p.tag and "nomn" in p.tag for p in parses(word))


def is_document(word: Word) -> bool:
    return not documents("carries").keys().isdisjoint(morph.lemmas(word.low))


def named_channel(ws, span) -> bool:
    """"Телеграм-канал «Саратов сейчас» пишет", "Сайт Meduza сообщает": a channel named
    after its noun publishes in its own name; "канал ведомства" names only a place."""
    head, rest = ws[span[0]], ws[span[0] + 1:span[1]]
    if not channel_noun(head.low) or not rest:
        return False
    return rest[0].text in "«\"„" or is_latin(rest[0]) or is_name_like(rest[0])


def locative(ws, lo, hi, any_noun=False, marked=False):
    """"в заявлении МИД говорится" -> МИД; "в Минздраве заявили" -> Минздраве; with
    ``marked``, for people's verbs, "в «Водоканале» заявили" -> «Водоканале» (what
    "говорится" is in, "в «Правилах перевозок»", is a text)."""
    for k in range(lo, hi - 1):
        if ws[k].low not in ("в", "на", "во") or compound_preposition(ws, k):
            continue  # "В ходе задержания сообщили": an adverbial, not where the words come from
        m = _past_modifiers(ws, k + 1, hi)
        head = ws[m]
        quoted = _quoted_body(ws, m, hi) if marked else None
        if quoted is not None:
            return quoted
        if is_document(head):
            g = document_author(ws, m, hi)
            if g:
                return g
        elif is_name_like(head) or org_head(head) or (any_noun and best_pos(head) == "NOUN"):
            return _through_head(ws, k + 1, m, hi)
    return None


def compound_preposition(ws, k) -> bool:
    """"в ходе", "в рамках", "на фоне": a preposition and noun that together govern a genitive."""
    return k + 1 < len(ws) and f"{ws[k].low} {ws[k + 1].low}" in word_set("quote_compound_prepositions.txt")


def _quoted_body(ws, m, hi):
    """"В «Водоканале» заявили": a name in marks after the preposition is the body itself
    (a document in marks, "в «Правилах перевозок»", is none)."""
    if ws[m].text not in "«\"„" or m + 1 >= hi or not ws[m + 1].is_word or is_document(ws[m + 1]):
        return None
    close = closing(ws, m, hi)
    return (ws[m].start, ws[close].end) if close is not None and close > m + 1 else None


def _past_modifiers(ws, m, hi) -> int:
    """The head after a preposition's adjectives and participles ("в официальной группе",
    "в опубликованном сегодня пресс-релизе")."""
    while m < hi - 1 and (best_pos(ws[m]) in ("ADJF", "PRTF")
                          or best_pos(ws[m]) == "ADVB" and m > 0 and best_pos(ws[m - 1]) == "PRTF"):
        m += 1
    return m


def document_source(ws, lo, hi):
    """"..., говорится в пресс-релизе компании" -> компании: the author an impersonal
    cue's document names after it; a bare document ("в заявлении") names nobody."""
    for k in range(lo, hi - 1):
        if ws[k].low in ("в", "на", "во"):
            m = _past_modifiers(ws, k + 1, hi)
            return document_author(ws, m, hi) if is_document(ws[m]) else None
    return None


def document_author(ws, m, hi):
    """The author named after the document ``ws[m]``: its genitive ("заявлении МИД",
    "публикации «Независимой газеты»") or the agent of a participle set off by a comma
    ("пресс-релизе, выпущенном прокурором")."""
    first = m + 1
    if first + 1 < hi and ws[first].text in "«\"„" and ws[first + 1].is_word:
        first += 1  # the quoted name's mark is part of it
    if first < hi and ws[first].is_word and not cue_lemma(ws[first]):
        return genitive(ws, m + 1)
    if m + 3 < hi and ws[m + 1].text == "," and ws[m + 2].is_word and best_pos(ws[m + 2]) == "PRTF" \
            and any("ablt" in p.tag for p in parses(ws[m + 3])) and phrases.np_word(ws[m + 3]):
        return genitive(ws, m + 3)  # the agent in the instrumental: "выпущенном Вэнсом"
    return _relative_writer(ws, m, hi)


def _relative_writer(ws, m, hi):
    """"в письме, которое глава компании Дэниел Фостер разослал сотрудникам, говорится":
    the subject of a relative clause whose object is the document wrote it."""
    if m + 3 >= hi or ws[m + 1].text != "," or ws[m + 2].low not in word_set("quote_written_relatives.txt"):
        return None
    end = next((k for k in range(m + 3, hi) if ws[k].text in ",;:"), hi)
    verb = next((k for k in range(m + 3, end) if ws[k].is_word and best_pos(ws[k]) == "VERB"), None)
    if verb is None:
        return None
    span = phrases.before(ws, verb, m + 3, verb_gender(ws[verb])) or phrases.after(ws, verb, end)
    return char_span(ws, *span) if span and phrases.names_someone(ws, span) else None


def _through_head(ws, first, head, hi):
    """The place phrase from ``ws[first]`` at least through its head noun and the
    genitives after it: "в российском министерстве финансов" (not "российском")."""
    span = genitive(ws, first)
    after = genitive(ws, head + 1) if head + 1 < hi and ws[head + 1].is_word \
        and not cue_lemma(ws[head + 1]) and not _not_genitive(ws[head + 1]) and not _object_pronoun(ws, head + 1) \
        and not _outlet_told(ws, head + 1) else None  # not "в банке позднее", "в МВД ТАСС"
    end = after[1] if after else ws[head].end
    return ws[first].start, max(end, span[1] if span else 0)




def coordinate(ws, i) -> bool:
    """A gerund ("..., настаивая, что") or a verb joined by "и" ("поздравил и пожелал")."""
    if best_pos(ws[i]) == "GRND" or (i > 0 and ws[i - 1].low in JOINING) or _sequel(ws, i):
        return True
    n = _connective_before(ws, i)
    if n and i - n > 0 and ws[i - n - 1].low in JOINING:
        return True  # "и в связи с этим высказали", "и при этом заявил"
    # "и поэтому потребовала", "а также призвал", "и позднее назвала", "а во вторник
    # объявил": adverbs or a time phrase between
    k = i - 1
    while k > 0 and i - k <= ADJUNCT_WORDS and ws[k].low not in JOINING and _adjunct_word(ws, k):
        k -= 1
    return (k < i - 1 and ws[k].low in JOINING) or _listed_report(ws, i) or _concessive(ws, k, i)


def _concessive(ws, k, i) -> bool:
    """"X стала лидером, хотя (всегда) подчёркивала, что ...": a "хотя" clause with no
    subject of its own shares the main clause's."""
    return 0 < k < i - 1 and ws[k].text == "," and ws[k + 1].low in CONCESSIVE \
        and all(_adjunct_word(ws, m) for m in range(k + 2, i))


def _sequel(ws, i) -> bool:
    """", после чего крикнул", ", затем заявил": the next act of the clause's subject."""
    for phrase in word_set("quote_sequel_openers.txt"):
        n = len(phrase.split())
        if i > n and ws[i - n - 1].text == "," and " ".join(w.low for w in ws[i - n:i]) == phrase:
            return True
    return False


def _connective_before(ws, i) -> int:
    """The number of words of a connective phrase ("в связи с этим", "при этом") right
    before ``ws[i]``, else 0."""
    for phrase in _connectives():
        n = len(phrase)
        if i >= n and tuple(w.low for w in ws[i - n:i]) == phrase:
            return n
    return 0


@once
def _connectives() -> tuple[tuple[str, ...], ...]:
    """Connective phrases between "и" and a coordinated cue, each as its words; their last
    words differ, so at most one can end at a given word and their order does not matter."""
    return tuple(sorted(tuple(line.split()) for line in word_set("quote_coordinate_connectives.txt")))


def _listed_report(ws, i) -> bool:
    """A report listed after a comma with no "и" ("признал вину, пожаловался на условия и
    попросил ..."): a reporting verb of the same form ends the clause before it, and the
    sentence so far holds no subordinate clause ("который ..., однако отказался, призвал")."""
    if i < 2 or ws[i - 1].text != ",":
        return False
    if _after_clause_report(ws, i):
        return True
    k = i - 2
    while k > 0 and ws[k].text != "," and not cue_lemma(ws[k], ("VERB",)):
        k -= 1
    if not cue_lemma(ws[k], ("VERB",)) or verb_gender(ws[k]) != verb_gender(ws[i]):
        return False
    return not any(w.low in dependent() for w in ws[:i - 1])


def _after_clause_report(ws, i) -> bool:
    """"заявил, что референдум незаконен, призвал воздержаться ...": the comma before
    ``ws[i]`` ends the clause a cue of the same form opened with ", что", and no relative
    word or conjunction before that cue makes its subject someone else's."""
    gender = verb_gender(ws[i])
    k = next((k for k in range(i - 2, 0, -1) if ws[k].text in ".;:!?" or (
        cue_lemma(ws[k], ("VERB",)) and k + 2 < i and ws[k + 1].text == ","
        and ws[k + 2].low in THAT)), None)
    if k is None or not ws[k].is_word or verb_gender(ws[k]) != gender \
            or any(w.low in dependent() for w in ws[:k]):
        return False
    return next_report(ws, k + 2, i - 1, gender)


def _adjunct_word(ws, k) -> bool:
    """An adverb, a particle, a comparative ("позднее") or a word of a time phrase."""
    w = ws[k]
    if not w.is_word:
        return False
    comparative = any(p.tag.POS == "COMP" for p in parses(w)[:3])  # "позднее", "раньше"
    # "в прошлом году": a preposition or an adjective before the time noun
    timed = k + 1 < len(ws) and (phrases.time_noun(ws[k + 1]) or (
        k + 2 < len(ws) and best_pos(ws[k + 1]) == "ADJF" and phrases.time_noun(ws[k + 2])))
    return best_pos(w) in ("ADVB", "PRCL", "CONJ") or comparative \
        or phrases.time_noun(w) or (best_pos(w) in ("PREP", "ADJF") and timed)


def shared_subject(ws, i):
    """The subject of the reporting verb (else any finite verb) before a coordinated
    cue or gerund: "X напомнил, что ... был ..., и добавил" -> X."""
    verb = next((k for k in range(i - 1, -1, -1) if cue_lemma(ws[k], ("VERB",))), None)
    if verb is None:  # the main clause's verb, not one inside a subordinate clause
        verb = next((k for k in range(i) if best_pos(ws[k]) in ("VERB", "ADJS", "PRTS")  # "X менее сдержан и заявил"
                     and not (ws[k].is_upper and not ws[k].initial)  # "Кернес" is no verb
                     and not _authors_aside(ws, k)), None)
    if verb is None:
        return None
    span = phrases.before(ws, verb, 0, verb_gender(ws[verb])) or _before_fronted_infinitive(ws, verb)
    if span is None and ws[i - 1].low not in ("и", "а"):
        # "судьи, хотя и не признали ..., однако посчитали": the subject before the insert
        span = phrases.before(ws, i, 0, verb_gender(ws[i]))
    if span is None:
        author = relative_author(ws, verb, 0)  # "письмо, в котором раскритиковал X и обвинил"
        if author is not None:
            return author
        span = phrases.after(ws, verb, i)  # "позвонил младший брат Пётр и сказал"
        span = span if span and phrases.names_someone(ws, span) else None
    return char_span(ws, *span) if span else None




def _authors_aside(ws, k) -> bool:
    """"Напомним, что ...", "Отметим, ...": the author's "we" opening the sentence is no
    clause whose subject a later gerund or verb could share."""
    return k + 1 < len(ws) and ws[k + 1].text in (",", "что") \
        and any("1per" in p.tag and "plur" in p.tag for p in parses(ws[k])[:1])


def _before_fronted_infinitive(ws, verb):
    """"X ситуацию комментировать отказался, сославшись на ...": an infinitive with its
    object put before the verb stands between the subject and it; the subject is before them."""
    k, infinitive = verb - 1, False
    while k > 0 and verb - k <= FRONTED_OBJECT and ws[k].is_word and not is_name_like(ws[k]) \
            and (best_pos(ws[k]) in ("NOUN", "ADJF", "PREP") or best_pos(ws[k]) == "INFN" and not infinitive):
        infinitive = infinitive or best_pos(ws[k]) == "INFN"
        k -= 1  # "ситуацию комментировать", "комментировать ситуацию"
    if not infinitive:
        return None
    span = phrases.before(ws, k + 1, 0, verb_gender(ws[verb]))
    return span if span and phrases.names_someone(ws, span) else None


def genitive(ws, k):
    """The noun phrase starting at ``ws[k]`` ("его супруги Валентины Бондаревой")."""
    j = k
    if j < len(ws) and ws[j].low in word_set("quote_source_possessives.txt") and j + 1 < len(ws) and ws[j + 1].is_word:
        j += 1
    while j < len(ws) and j - k < phrases.MAX_NP and (phrases.np_at(ws, j, len(ws)) or _and_genitive(ws, j, k)) \
            and not (j > k and (_nominative_name(ws[j]) or addressee(ws[j]) or _object_pronoun(ws, j)
                                or _not_genitive(ws[j]) or _name_after_title(ws, j) or _outlet_told(ws, j)
                                or quoted_addressee(ws, j, len(ws)))):
        # "аналитиков «Фридом Финанс»": the words of a quoted name are not tested one by one
        named = through_name(ws, j, len(ws)) if j > k and ws[j].text in "«\"„" else None
        j = named or j + 1  # "в пресс-службе банка «Интерфаксу» подтвердили": the dative name was told
    while j > k and not ws[j - 1].is_word and ws[j - 1].text not in "»\"":
        j -= 1
    return char_span(ws, k, j) if j > k else None


def _object_pronoun(ws, j) -> bool:
    """"её" of "В Индии её считают": "его/её/их" with no noun after it to own is the
    verb's object ("его компании" is a possessive)."""
    return ws[j].low in POSSESSIVE and not (j + 1 < len(ws) and ws[j + 1].is_word
                                                 and best_pos(ws[j + 1]) in ("NOUN", "ADJF", "PRTF"))


def _outlet_told(ws, j) -> bool:
    """"в фонде капремонта V1.RU сообщили", "в пресс-службе ведомства ТАСС": an outlet's
    name after a body's genitive is the one told (after "агентства", "портала" it is the
    name of that outlet)."""
    word, before = ws[j], ws[j - 1]
    outlet = word.low in word_set("quote_outlets.txt")
    if outlet and before.is_word and len(before.text) > 1 and before.text.isupper():
        return True  # "в пресс-службе МЧС ТАСС сообщили": no body's name ends in an agency's
    if not word.is_word or not before.is_word or before.is_upper or org_head(before) \
            and morph.lemma(before.low) not in _offices():
        return False  # "в банке Kaspi.kz", "в пресс-службе Kaspi.kz": the name is the body's
    address = "." in word.text and is_latin(word) or j + 2 < len(ws) and is_latin(word) \
        and ws[j + 1].text == "." and ws[j + 1].start == word.end and ws[j + 2].start == ws[j + 1].end
    return address or outlet


@once
def _offices() -> frozenset:
    """Nouns of state offices ("ведомство", "министерство"), which no outlet is named after."""
    return frozenset(lemma for lemma, kind in table("quote_body_kinds.tsv") if kind == "office")


def _nominative_name(word: Word) -> bool:
    """"по сведениям изданий Кинчев находится": a name that cannot be genitive starts
    the clause (the comma was left out), so the source stops before it."""
    return is_person_name(word) and not any("gent" in p.tag for p in parses(word)) \
        and any("nomn" in p.tag for p in parses(word))


def _name_after_title(ws, j) -> bool:
    """"в пресс-службе компании «Газпром» РИА Новости сообщили": a second name right
    after a quoted one is the addressee (a person's name there is a genitive holder)."""
    closed = ws[j - 1].text == "»" or (ws[j - 1].text == '"' and j > 1 and ws[j - 2].is_word
                                       and ws[j - 2].end == ws[j - 1].start)  # not an opening mark
    return closed and ws[j].is_word and ws[j].is_upper and not is_person_name(ws[j])


def _and_genitive(ws, j, k) -> bool:
    """"правительства и губернатора области": "и" joining two genitives."""
    if j == k or ws[j].low != "и" or j + 1 >= len(ws) or not ws[j + 1].is_word:
        return False
    following = ws[j + 1]
    return phrases.np_word(following) and not _not_genitive(following) \
        and any("gent" in p.tag for p in parses(following))


def _not_genitive(word: Word) -> bool:
    """"по мнению прокуратуры конечная цена": a common word with no genitive reading
    opens the clause (the comma was left out); names and abbreviations do not decline."""
    if not word.is_word or word.is_upper or is_latin(word):
        return False
    found = parses(word)
    return any(p.tag.case for p in found) and "UNKN" not in found[0].tag \
        and not any("gent" in p.tag or "gen2" in p.tag for p in found)
