"""Where a reported content ends: before a second predicate of the speaker, where the
main clause resumes after a subordinate, relative or gerund clause, before a gerund
clause or a clause joined by "и" with a subject of its own."""
from __future__ import annotations

import regex

from ..resources import once, word_set
from .lexicon import THAT, cue_lemma, opens_question
from .words import best_pos, parses, tokenize, verb_gender

ALSO = regex.compile(r",?\s+а\s+также\s")
TIME_HOSTS = ("INFN", "PRTF", "ADJF")  # "выйти в четверг", "состоявшегося в пятницу визита"
NOMINATIVE_POS = ("NOUN", "NPRO", "ADJF")
JOINED_ADJUNCT = 4  # words of an adjunct between ", и" and the speaker's next verb


def second_predicate(ws, j, gender) -> int | None:
    """Where ", и" or ", после чего" joins a second verb of the speaker to the cue
    ("потребовала, чтобы США выдали Гюлена, и направила документы"; "сказал, что уходит,
    после чего отправился во дворец"): the content ends before the comma."""
    if gender is None:
        return None
    for k in range(j + 2, len(ws) - 2):
        if ws[k].low == "и" and ws[k - 1].is_word and _past_of(ws[k + 1], gender):
            # "заявил, что обвинения сняты и ходатайствовал об увольнении": no comma needed
            # when the content's own predicate is of another form
            if not _speaker_acts(ws, j, k, gender) and _predicate_of_other_form(ws, j, k, gender):
                return ws[k - 1].end
        if ws[k].text != ",":
            continue
        if ws[k + 1].low == "и" and _joined_verb_of(ws, k + 2, gender):
            return None if _speaker_acts(ws, j, k, gender) else ws[k - 1].end
        if ws[k + 1].low == "и" and _present_cue_of(ws[k + 2], gender) and _own_predicate(ws, j, k) \
                and not _subjectless(ws, j):
            # "высказался, что ..., и верит, что ...": what he holds now; "заявил, что знает,
            # как ..., и надеется, что ..." tells of himself in both verbs, one content
            return ws[k - 1].end
        if next_report(ws, j, k, gender):
            return ws[k - 1].end
        if ws[k + 1].low == "после" and ws[k + 2].low == "чего" and any(
                w.is_word and best_pos(w) == "VERB" and verb_gender(w) == gender
                and "past" in parses(w)[0].tag for w in ws[k + 3:k + 5]):
            return ws[k - 1].end
    return None


def next_report(ws, j, k, gender) -> bool:
    """"заявил, что референдум незаконен, призвал воздержаться ... и сообщил, что ...":
    after the comma at ``k`` (and "однако"/"но"/"а") a speech verb of the speaker's form
    lists his next statement; the content before it has a predicate of its own, so the
    verb is not the content's ("сказал, что министр, приехавший вчера, заявил ...")."""
    n = k + 1 + (ws[k + 1].low in word_set("quote_contrast_joiners.txt"))
    if n >= len(ws) or not (_past_of(ws[n], gender) or _present_cue_of(ws[n], gender)) or cue_lemma(ws[n]) is None:
        return False
    return _own_predicate(ws, j, k)


def _own_predicate(ws, j, k) -> bool:
    """A stretch of ``ws[j+1:k]`` between commas, opened by no relative word or
    conjunction, holds a finite verb or a short form."""
    opened = True
    for n in range(j + 1, k):
        w = ws[n]
        if w.text == ",":
            opened = n + 1 < k and ws[n + 1].low not in dependent()
        elif opened and w.is_word and best_pos(w) in ("VERB", "PRTS", "ADJS", "PRED"):
            return True
    return False


def _joined_verb_of(ws, k, gender) -> bool:
    """A verb of the speaker's form at ``ws[k]`` after ", и", or after an adjunct that opens
    with a preposition or an adverb there: ", и в связи с этим высказали ..."."""
    if ws[k].is_word and best_pos(ws[k]) in ("PREP", "ADVB"):
        m = next((m for m in range(k + 1, min(len(ws), k + JOINED_ADJUNCT + 1))
                  if not ws[m].is_word or best_pos(ws[m]) in ("VERB", "INFN", "GRND", "CONJ")), None)
        k = m if m is not None else k
    return ws[k].is_word and best_pos(ws[k]) == "VERB" and verb_gender(ws[k]) == gender


def _subjectless(ws, j) -> bool:
    """The content opens with its verb ("заявил, что знает, как ..."): the speaker tells of
    himself, and verbs joined later are his content's too."""
    n = j + 1 + (j + 1 < len(ws) and ws[j + 1].low in THAT)
    return n < len(ws) and ws[n].is_word and best_pos(ws[n]) == "VERB"


def _present_cue_of(word, gender) -> bool:
    """A speech or belief verb in the present, third person, of the speaker's number:
    "считает" after "заявил" (sing), "полагают" after "сообщили" (plur)."""
    if gender is None or not word.is_word or best_pos(word) != "VERB" or cue_lemma(word) is None:
        return False
    tag = parses(word)[0].tag
    number = "plur" if gender == "plur" else "sing"
    return "pres" in tag and "3per" in tag and number in tag


def _past_of(word, gender) -> bool:
    """A singular past-tense verb of the speaker's gender: "ходатайствовал" after "заявил"."""
    return gender in ("masc", "femn") and word.is_word and best_pos(word) == "VERB" \
        and "past" in parses(word)[0].tag and verb_gender(word) == gender


def _predicate_of_other_form(ws, j, k, gender) -> bool:
    """The content between ``j`` and ``k`` has a predicate (a finite verb or a short
    participle) and none of them shows the speaker's gender."""
    found = [w for w in ws[j + 1:k] if w.is_word and best_pos(w) in ("VERB", "PRTS")]
    return bool(found) and not any(verb_gender(w) == gender for w in found)


def _speaker_acts(ws, j, k, gender) -> bool:
    """"признал, что 27 июля на улице подобрал бутылку ..., и бросил её": the content's
    own first verb has no subject of its own (only dates and prepositional phrases come
    before it) and the speaker's gender, so a verb joined by ", и" goes on telling what
    the speaker did."""
    for n in range(j + 1, k):
        w = ws[n]
        if not w.is_word:
            if w.text in ",;:":
                return False
            continue
        if best_pos(w) == "VERB":
            return verb_gender(w) == gender
        governed = any(best_pos(x) == "PREP" for x in ws[max(j + 1, n - 2):n] if x.is_word)
        if not governed and best_pos(w) in NOMINATIVE_POS and any("nomn" in p.tag for p in parses(w)[:2]):
            return False
    return False


def main_clause(ws, j) -> int | None:
    """In a sentence opened by "Хотя"/"Поскольку" or a gerund, where the main clause begins
    after the content: a comma, then a subject and a finite verb before the next comma."""
    opener = " ".join(w.low for w in ws[:5] if w.is_word)
    gerund = bool(ws) and ws[0].is_word and best_pos(ws[0]) == "GRND"  # "Торопясь объявить, что ..."
    subordinate = word_set("quote_subordinate_openers.txt")
    if not gerund and not any(opener == sub or opener.startswith(sub + " ") for sub in subordinate):
        return None
    for k in range(j + 1, len(ws) - 1):
        if ws[k].text != "," or not ws[k + 1].is_word or best_pos(ws[k + 1]) not in NOMINATIVE_POS \
                or ws[k + 1].low in word_set("quote_relatives.txt"):
            continue
        stop = next((n for n in range(k + 1, len(ws)) if ws[n].text in ",;:"), len(ws))
        if any(w.is_word and best_pos(w) == "VERB" for w in ws[k + 1:stop]):
            return ws[k - 1].end
    return None


def relative_end(ws, i, j) -> int | None:
    """"Лидер, который заявил, что ..., был задержан": a report inside a relative clause
    ends where the sentence's own predicate resumes after a comma."""
    k = i - 1
    while k >= 0 and ws[k].text != ",":
        k -= 1
    if not any(w.low in word_set("quote_relatives.txt") and w.low not in ("что", "кто") for w in ws[k + 1:i]):
        return None
    for n in range(j + 1, len(ws) - 1):
        if ws[n].text == "," and ws[n + 1].is_word and best_pos(ws[n + 1]) in ("VERB", "PRTS"):
            return ws[n - 1].end
    return None


def clauses_with_verbs(words) -> int:
    """How many comma-separated stretches of ``words`` hold a finite verb."""
    count, verb = 0, False
    for w in words + [None]:
        if w is None or w.text == ",":
            count, verb = count + verb, False
        elif w.is_word and best_pos(w) in ("VERB", "PRTS") and w.low not in word_set("quote_auxiliaries.txt"):
            verb = True
    return count


def time_inside(text: str, start: int, at: int) -> bool:
    """"выйти в четверг на улицы", "визита, состоявшегося в пятницу": the time belongs
    to the word before it, inside the content."""
    words = tokenize(text, start, at)
    return bool(words) and words[-1].is_word and best_pos(words[-1]) in TIME_HOSTS


def new_predicate(text: str, start: int, end: int) -> bool:
    """", а также направила ...": a finite verb before the next comma begins a new
    statement; ", а также процедуру ..." only adds to the content."""
    stop = text.find(",", start, end)
    return any(w.is_word and best_pos(w) == "VERB"
               for w in tokenize(text, start, end if stop < 0 else stop))


GAPPED = regex.compile(r",?\s+а\s+([^,;.:!?—–]+?)\s[—–]\s+(\w+)")


def gapped(text: str, at: int, end: int) -> bool:
    """", а Министерству строительства – ежедневно мониторить ход работ": after "а" a
    second addressee and, past a dash standing for the verb left out, its own order;
    the directive goes on (an infinitive follows the dash, no verb comes before it)."""
    m = GAPPED.match(text, at, end)
    if m is None:
        return False
    before = [w for w in tokenize(text, m.start(1), m.end(1)) if w.is_word]
    after = [w for w in tokenize(text, m.start(2), min(end, m.end(2) + 40)) if w.is_word][:3]
    return bool(before) and not any(best_pos(w) in ("VERB", "INFN") for w in before) \
        and any(best_pos(w) == "INFN" for w in after)


def gerund_end(ws, j, end):
    """", шантажируя Францию", ", не называя имён": a gerund clause tells what the
    speaker did besides."""
    for k in range(j + 1, len(ws) - 1):
        if ws[k].start >= end:
            break
        g = k + 2 if ws[k + 1].low == "не" and k + 2 < len(ws) else k + 1
        if ws[k].text == "," and best_pos(ws[g]) == "GRND":
            return ws[k - 1].end
    return end


def inserted_gerund_end(ws, i, j, end):
    """"Прокурор, признав преступление незначительным, просил суд ...": a gerund cue set
    off by commas ends its content at the comma where the main clause's verb resumes."""
    if i == 0 or ws[i - 1].text != "," or best_pos(ws[i]) != "GRND":
        return end
    depth = 0
    for k in range(j + 1, len(ws)):
        if ws[k].start >= end:
            break
        depth += ws[k].text == "«"
        depth -= ws[k].text == "»"
        if depth <= 0 and ws[k].text == "," and any(
                w.start < end and w.is_word and best_pos(w) == "VERB" for w in ws[k + 1:]):
            return ws[k - 1].end
    return end


def clause_after_and(ws, k, end) -> bool:
    """"сообщили о фальсификациях и граждане вышли на улицы": "и" joins a clause with a
    subject of its own (nouns and adjectives, then a finite verb)."""
    for n in range(k, min(k + 4, len(ws))):
        if ws[n].start >= end or not ws[n].is_word:
            return False
        pos = best_pos(ws[n])
        if pos == "VERB":
            return n > k
        if pos not in NOMINATIVE_POS or not any("nomn" in p.tag for p in parses(ws[n])[:1]):
            return False
    return False


@once
def dependent() -> frozenset[str]:
    """Words that open a clause depending on the phrase before the comma (after a
    preposition: "с которой столкнулась страна"): the relatives and the conjunctions."""
    return word_set("quote_relatives.txt") | word_set("quote_dependent_conjunctions.txt")


def comma_clause_end(ws, j, end) -> int:
    """A phrase content ends at a comma followed by a clause with a predicate of its
    own, a finite verb or a short form ("обещает провести расследование, на месте
    работает комиссия"; "попросила выйти на сцену, истолковал просьбу"; "просят не
    выходить из домов, над районом перекрыты полёты"); a clause a relative word or conjunction opens
    depends on the phrase and stays."""
    depth = 0
    for k in range(j + 1, len(ws) - 1):
        if ws[k].start >= end:
            break
        if ws[k].text in "(«":
            depth += 1
        elif ws[k].text in ")»":
            depth -= 1
        if ws[k].text != "," or depth or _dependent(ws, k):
            continue
        stop = next((n for n in range(k + 1, len(ws)) if ws[n].text in ",;:" or ws[n].start >= end), len(ws))
        if any(w.is_word and _predicate(w) for w in ws[k + 1:stop]):
            return ws[k - 1].end
    return end


def _predicate(word) -> bool:
    """A finite verb, or a form that may be a short participle ("закрыты", "перекрыты";
    not the adverb-like "очевидно")."""
    return best_pos(word) == "VERB" or any(p.tag.POS == "PRTS" for p in parses(word))


def _dependent(ws, k) -> bool:
    """The clause after the comma at ``k`` hangs on the phrase: a relative or question word
    opens it, or "то"/"том" points at it ("забывать о том, в каком положении ..."); the
    relative may follow a preposition and its noun ("о стрельбе, в результате которой ...")."""
    return not ws[k + 1].is_word or ws[k - 1].low in ("то", "том") \
        or any(ws[n].low in dependent() or opens_question(ws, n) for n in range(k + 1, min(k + 4, len(ws))))
