"""Indirect speech in one sentence: a reporting verb with its complement
("заявил, что ...", "сообщил о ...", "отметил: ..."), "по словам X, ...",
"как сообщил X, ...", "..., сообщает X", and "Об этом сообщил X" pointing back.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import phrases
from .draft import Draft, trim, unwrap
from .lexicon import (according_noun, backref_at, cue_lemma, is_impersonal,
                      is_phrase_verb, org_head)
from .words import Word, best_pos, is_name_like, is_proper, parses, tokenize, verb_gender
from ..resources import word_set

COMPLEMENT_REACH = 12
HYPOTHETICAL_REACH = 6
BACKREF_REACH = 9  # "Об этом 28 февраля 2013 года сообщили ..."
POSSESSIVES = frozenset({"его", "ее", "её", "их", "моему", "нашему", "ее"})
ABOUT = frozenset({"о", "об", "обо"})
THAT = frozenset({"что", "чтобы"})
STOPS = frozenset({".", ";", "!", "?"})
COLON_QUOTE = regex.compile(r":\s*[«„“\"]")
MIN_BEFORE_WORDS = 3
DANGLING = regex.compile(r"[,\s]+(?:и|а|но|а также)$")  # "..., и" left by a cut
JOINERS = frozenset({"и", "а", "но", "также", "однако"})
THIS = frozenset({"этом", "том", "нем", "ней", "них", "этого"})
PHRASE_STARTS = ("NOUN", "ADJF", "INFN", "PRTF", "NUMR", "NPRO")
DIRECTIVE_REACH = 4
PHRASE_END = regex.compile(r",?\s+(?:но|а|однако|хотя|поскольку|потому|так как|из-за|когда|если|после того)\s")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    words: list


def find(text: str, sentence: tuple[int, int], previous: tuple[int, int] | None,
         paragraph: int, inside_direct) -> list[Draft]:
    """Indirect quotes of one sentence; ``previous`` is the sentence before it."""
    s = Sentence(sentence[0], sentence[1], tokenize(text, *sentence))
    found: list[tuple[int, Draft]] = []
    used: set[int] = set()
    ws = s.words
    for i, word in enumerate(ws):
        if i in used or inside_direct(word.start):
            continue
        match = (_according(text, s, i) or _as_said(text, s, i) or _backref(text, s, i, previous)
                 or _verb(text, s, i))
        if match:
            anchor, draft, taken = match
            used.update(taken)
            found.append((anchor, draft.with_(paragraph=paragraph)))
    return _without_nested_beliefs(_cut(text, s, found))


def _without_nested_beliefs(drafts: list[Draft]) -> list[Draft]:
    beliefs = word_set("quote_belief_verbs.txt")
    return [d for d in drafts
            if not (d.cue and d.cue[2] in beliefs
                    and any(o is not d and o.start <= d.cue[0] < o.end for o in drafts))]


def _cut(text, s, found):
    """End a forward content where a coordinated report begins ("..., добавив, что")."""
    found.sort(key=lambda x: x[0])
    drafts = []
    for n, (anchor, d) in enumerate(found):
        end = d.end
        if d.cue and d.start > d.cue[0]:
            for later, other in found[n + 1:]:
                if other.cue and other.cue[2] in word_set("quote_belief_verbs.txt"):
                    continue
                if d.start < later < end and _coordinated(text, s, later, other):
                    end = later
                    break
        colon = COLON_QUOTE.search(text, d.start, end)
        if colon:
            end = colon.start()
        start, end = trim(text, d.start, end)
        tail = DANGLING.search(text, start, end)
        if tail:
            start, end = trim(text, start, tail.start())
        start, end = unwrap(text, start, end)
        if end - start > 1:
            drafts.append(d.with_(start=start, end=end))
    return drafts


def _coordinated(text, s, at, other) -> bool:
    """A later report joined by "и"/"а"/"но", a gerund ("..., добавив, что") or a
    "по словам" insert ends the content."""
    before = [w for w in s.words if w.end <= at][-2:]
    cue_words = [w for w in s.words if w.start == at]
    gerund = bool(cue_words) and best_pos(cue_words[0]) == "GRND"
    according = other.cue is not None and other.cue[2].startswith("по ")
    return gerund or according or any(w.low in JOINERS for w in before)


def _span(ws, a, b):
    return (ws[a].start, ws[b - 1].end)


def _speaker(ws, i, lo, hi):
    span = phrases.before(ws, i, lo, verb_gender(ws[i])) or phrases.after(ws, i, hi)
    return _span(ws, *span) if span else None


# --- "по словам X" --------------------------------------------------------------

def _according(text, s, i):
    ws = s.words
    if ws[i].low != "по":
        return None
    k = i + 1
    pronoun = None
    if k < len(ws) and ws[k].low in POSSESSIVES:
        pronoun, k = (ws[k].start, ws[k].end), k + 1
    if k >= len(ws) or not according_noun(ws[k]):
        return None
    speaker = pronoun or _genitive(ws, k + 1)
    if speaker is None:
        return None  # "по предварительным данным": a hedge with no source
    cue = (ws[i].start, ws[k].end, "по " + ws[k].low)
    end_of_phrase = max(speaker[1], ws[k].end)
    return _around(text, s, i, end_of_phrase, cue, speaker, None)


def _genitive(ws, k):
    j = k
    if j < len(ws) and ws[j].low in POSSESSIVES and j + 1 < len(ws) and ws[j + 1].is_word:
        j += 1  # "по словам его супруги Валентины"
    while j < len(ws) and j - k < phrases.MAX_NP and phrases._np_word(ws[j]):
        j += 1
    while j > k and not ws[j - 1].is_word and ws[j - 1].text not in "»\"":
        j -= 1
    return _span(ws, k, j) if j > k else None


def _around(text, s, i, phrase_end, cue, speaker, gender):
    """Content on whichever side of an inserted attribution holds the statement."""
    ws = s.words
    after = [w for w in ws if w.start >= phrase_end]
    before = [w for w in ws if w.end <= ws[i].start]
    taken = {n for n, w in enumerate(ws) if ws[i].start <= w.start < phrase_end}
    if after and after[0].text == "(":  # "по словам Фолькера Буфье (Volker Bouffier), ..."
        close = next((n for n, w in enumerate(after) if w.text == ")"), None)
        after = after[close + 1:] if close is not None else after
    if len([w for w in after if w.is_word]) >= MIN_BEFORE_WORDS:
        start = after[0].start
        return cue[0], Draft("indirect", start, s.end, -1, cue, speaker, gender), taken
    if len([w for w in before if w.is_word]) >= MIN_BEFORE_WORDS:
        return cue[0], Draft("indirect", s.start, ws[i].start, -1, cue, speaker, gender), taken
    return None


# --- "как сообщил X" -------------------------------------------------------------

def _as_said(text, s, i):
    ws = s.words
    if ws[i].low != "как":
        return None
    for j in range(i + 1, min(i + 3, len(ws))):
        lemma = cue_lemma(ws[j], ("VERB",))
        if lemma:
            break
        if best_pos(ws[j]) not in ("ADVB", "COMP", "PRCL"):
            return None
    else:
        return None
    hi = next((n for n in range(j + 1, len(ws)) if ws[n].text in ",.;:!?"), len(ws))
    span = phrases.after(ws, j, hi)
    speaker = _span(ws, *span) if span else None
    cue = (ws[i].start, ws[j].end, lemma)
    end = ws[hi - 1].end if hi > j + 1 else ws[j].end
    return _around(text, s, i, end, cue, speaker, verb_gender(ws[j]))


# --- "Об этом сообщил X" ------------------------------------------------------------

def _backref(text, s, i, previous):
    ws = s.words
    if previous is None or i > 1:
        return None
    n = backref_at(ws, i)
    if not n:
        return None
    for j in range(i + n, min(i + n + BACKREF_REACH, len(ws))):
        lemma = cue_lemma(ws[j])
        if lemma:
            break
    else:
        return None
    hi = next((k for k in range(j + 1, len(ws)) if ws[k].text in ",.;:!?"), len(ws))
    speaker = _source(ws, j, i + n, hi)
    cue = (ws[j].start, ws[j].end, lemma)
    start, end = trim(text, *previous)
    draft = Draft("indirect", start, end, -1, cue, speaker, verb_gender(ws[j]))
    return -1, draft, set(range(i, hi))


def _source(ws, j, lo, hi, subject_first=False):
    """Who speaks for cue ``ws[j]``: its subject, or "в сообщении X" for impersonal verbs."""
    if not is_impersonal(ws[j]):
        if subject_first and verb_gender(ws[j]) == "plur":
            span = phrases.before(ws, j, lo, "plur") or phrases.after(ws, j, hi)
            if span is None:
                return locative(ws, 0, len(ws))  # "сообщили в пресс-службе «Киностудии»"
        if subject_first:
            span = phrases.before(ws, j, lo, verb_gender(ws[j])) or phrases.after(ws, j, hi)
        else:
            span = phrases.after(ws, j, hi) or phrases.before(ws, j, lo, verb_gender(ws[j]))
        if span and not _is_document(ws[span[0]]):
            return _span(ws, *span)
    return locative(ws, lo, hi)


def _is_document(word: Word) -> bool:
    docs = word_set("quote_documents.txt")
    return any(p.normal_form in docs for p in parses(word))


def locative(ws, lo, hi):
    """"в заявлении МИД говорится" -> МИД; "в Минздраве заявили" -> Минздраве."""
    for k in range(lo, hi - 1):
        if ws[k].low not in ("в", "на", "во"):
            continue
        m = k + 1
        while m < hi - 1 and best_pos(ws[m]) == "ADJF":
            m += 1  # "в официальной группе", "на сайте столичной мэрии"
        head = ws[m]
        if _is_document(head):
            g = _genitive(ws, m + 1)
            if g and ws[m + 1].is_word and not cue_lemma(ws[m + 1]):
                return g
        elif is_name_like(head) or org_head(head):
            return _genitive(ws, k + 1)
    return None


# --- a reporting verb and its complement ------------------------------------------------

def _verb(text, s, i):
    ws = s.words
    lemma = cue_lemma(ws[i])
    if not lemma:
        return None
    if _hypothetical(ws, i):
        return None
    cue = (ws[i].start, ws[i].end, lemma)
    gender = verb_gender(ws[i])
    comp = _complement(ws, i)
    if comp is not None:
        j, start = comp
        speaker = _shared_subject(ws, i) if _coordinate(ws, i) \
            else _source(ws, i, 0, j, subject_first=True)
        return ws[i].start, Draft("indirect", start, s.end, -1, cue, speaker, gender), {i}
    trailing = _trailing(text, s, i, cue, gender)
    if trailing:
        return trailing
    return _phrase(text, s, i, lemma, cue, gender)


def _hypothetical(ws, i) -> bool:
    """"Если участник заявляет о ...": a condition, not a report."""
    for k in range(i - 1, max(-1, i - HYPOTHETICAL_REACH), -1):
        if ws[k].text in ",;:":
            return False
        if ws[k].low == "если" or ws[k].text in ("ли", "бы"):  # not the name "Ли"
            return True
    return False


def _coordinate(ws, i) -> bool:
    """A gerund ("..., настаивая, что") or a verb joined by "и" ("поздравил и пожелал")."""
    return best_pos(ws[i]) == "GRND" or (i > 0 and ws[i - 1].low in ("и", "а", "но"))


def _shared_subject(ws, i):
    """The subject of the reporting verb (else any finite verb) before a coordinated
    cue or gerund: "X напомнил, что ... был ..., и добавил" -> X."""
    verb = next((k for k in range(i - 1, -1, -1) if cue_lemma(ws[k], ("VERB",))), None)
    if verb is None:
        verb = next((k for k in range(i - 1, -1, -1) if best_pos(ws[k]) == "VERB"), None)
    if verb is None:
        return None
    span = phrases.before(ws, verb, 0, verb_gender(ws[verb]))
    return _span(ws, *span) if span else None


def _complement(ws, i):
    """(index, content start) of ", что" / "о том, что" / ":" after the cue."""
    j, stop = i + 1, min(i + 1 + COMPLEMENT_REACH, len(ws))
    while j < stop:
        w = ws[j]
        close = phrases.closing(ws, j, len(ws)) if w.text in "«\"" else None
        if close is not None and (j > i + 1 or phrases.oblique(ws[j + 1])):
            j = close + 1  # "сообщила «Интерфаксу», что": a quoted addressee
            continue
        if w.text in STOPS or w.text in "«\"" or (w.is_word and best_pos(w) in ("VERB", "INFN", "GRND")):
            return None
        if w.text == ":" and j + 1 < len(ws):
            return j, ws[j + 1].start
        if w.text == "," and j + 1 < len(ws) and ws[j + 1].low in THAT and j + 2 < len(ws):
            return j, ws[j + 2].start
        if j == i + 1 and w.low == "что" and j + 1 < len(ws):  # "сказал что" without the comma
            return j, ws[j + 1].start
        if best_pos(w) == "PREP" and j + 3 < len(ws) and ws[j + 1].low in ("то", "том") \
                and ws[j + 2].text == "," and ws[j + 3].low in THAT and j + 4 < len(ws):
            return j, ws[j + 4].start  # "о том, что", "на то, что"
        if w.low in ABOUT and not (j + 1 < len(ws) and ws[j + 1].low == "том"):
            return _colon(ws, j)  # "заявил о вступлении в борьбу за то, чтобы": a phrase
        j += 1
    return None


def _colon(ws, j):
    """"напомнила о его пути: ..." — a colon may still introduce the content."""
    for k in range(j, min(j + COMPLEMENT_REACH, len(ws) - 1)):
        if ws[k].text in STOPS:
            return None
        if ws[k].text == ":":
            return k, ws[k + 1].start
    return None


def _trailing(text, s, i, cue, gender):
    """"..., сообщает ТАСС." — the content is what precedes the cue."""
    ws = s.words
    if i == 0 or ws[i - 1].text not in (",", "—", "–") or best_pos(ws[i]) != "VERB":
        return None
    k = i - 1
    while k > 0 and ws[k - 1].text in (",", "—", "–"):
        k -= 1
    if len([w for w in ws[:k] if w.is_word]) < MIN_BEFORE_WORDS:
        return None
    hi = next((n for n in range(i + 1, len(ws)) if ws[n].text in ".;!?:"), len(ws))
    span = phrases.after(ws, i, hi)
    if span and span[1] < hi and ws[span[1]].low not in ("со", ",", "в", "на", "по", "(", "из"):
        return None  # "..., призвал все семейство преодолеть распри": not a closing attribution
    speaker = _span(ws, *span) if span else None
    if speaker is None and not is_impersonal(ws[i]):
        return None
    draft = Draft("indirect", s.start, ws[k].start, -1, cue, speaker, gender)
    return -1, draft, set(range(i, hi))


def _phrase(text, s, i, lemma, cue, gender):
    """"назвал арест нарушением", "заявил о готовности": a phrase as the content."""
    ws = s.words
    if best_pos(ws[i]) not in ("VERB", "GRND") or i + 1 >= len(ws):
        return None
    span = phrases.before(ws, i, 0, gender)
    j = i + 1
    if span is None:
        after = phrases.after(ws, i, len(ws))
        if after and after[0] == i + 1 and is_proper(ws[i + 1]):
            span, j = after, after[1]
    if j >= len(ws) or (span is None and not (i > 0 and ws[i - 1].low in JOINERS)
                        and not is_impersonal(ws[i])):
        return None  # a phrase report needs a named speaker or "и сообщил" after one
    if ws[j].low in ABOUT:
        if j + 1 >= len(ws) or ws[j + 1].low in THIS:
            return None
        j += 1
    elif not is_phrase_verb(lemma):
        return None
    else:
        j = _infinitive(ws, j)
    if ws[j].text in "«\"" and j == i + 1:
        return _quoted_after(ws, i, j, cue, span, gender)
    if not _phrase_start(ws[j]):
        return None
    end = PHRASE_END.search(text, ws[j].start, s.end)
    end = end.start() if end else s.end
    if lemma in ("назвать", "называть") and not _names_as(text, ws, j, end):
        return None
    speaker = _span(ws, *span) if span else None
    if _coordinate(ws, i):
        speaker = _shared_subject(ws, i)
    return ws[i].start, Draft("indirect", ws[j].start, end, -1, cue, speaker, gender), {i}


def _quoted_after(ws, i, j, cue, span, gender):
    """"крикнул «Слава Украине!»": words in marks right after the verb are direct speech."""
    close = next((k for k in range(j + 1, len(ws)) if ws[k].text in "»\""), None)
    if close is None or close == j + 1:
        return None
    inside = ws[j + 1:close]
    if not (ws[close - 1].text in "!?." or len([w for w in inside if w.is_word]) >= 3):
        return None
    speaker = _span(ws, *span) if span else None
    draft = Draft("direct", ws[j + 1].start, ws[close - 1].end, -1, cue, speaker, gender)
    return ws[i].start, draft, {i}


def _infinitive(ws, j):
    """"попросил судью остановить бой": a directive's content is its infinitive."""
    for k in range(j, min(j + DIRECTIVE_REACH, len(ws))):
        if not ws[k].is_word:
            break
        if best_pos(ws[k]) == "INFN":
            return k
    return j


def _phrase_start(word: Word) -> bool:
    return word.text in "«\"" or (word.is_word and (is_proper(word) or best_pos(word) in PHRASE_STARTS))


def _names_as(text, ws, j, end) -> bool:
    """"назвал выборы мошенничеством / «катастрофой»": naming as a judgement, not a name."""
    inside = [w for w in ws if ws[j].start <= w.start < end]
    return any(w.text in "«\"" for w in inside) or any(
        "ablt" in p.tag for w in inside if w.is_word for p in parses(w)[:1])
