"""A report whose topic points back: "Его адвокат рассказал об этом в телеграм-канале"
(the sentence before is the content), "В МВД подтвердили эту информацию" (an object that
points back) and "Джобс покинул пост, сообщив об этом в письме" (the clause before the
gerund is)."""
from __future__ import annotations

from ..resources import once, word_set
from .draft import Draft, trim
from .lexicon import ABOUT, cue_lemma
from .sources import shared_subject, source
from .words import best_pos, parses, tokenize, verb_gender

POINTER_REACH = 3  # words between the verb and "об этом": "сообщил журналистам об этом"
RELATIVE_REACH = 4  # "в которых Кэтрин рассказала об этом"


def pointing(text, s, i, previous):
    """(anchor, draft, taken) of a cue ``ws[i]`` followed by "об этом", or None."""
    ws = s.words
    k = next((k for k in range(i + 1, min(i + 1 + POINTER_REACH, len(ws) - 1))
              if (ws[k].low in ABOUT and ws[k + 1].low in word_set("quote_pointers.txt")) or pointing_object(ws, k)), None)
    if k is None or any(not w.is_word for w in ws[i + 1:k]):
        return None  # checked first: few words have "об этом" after them
    lemma = cue_lemma(ws[i], ("VERB", "GRND"))
    if lemma is None or (i > 0 and ws[i - 1].low == "не") or "futr" in parses(ws[i])[0].tag:
        return None
    hi = next((n for n in range(k + 2, len(ws)) if ws[n].text in ",.;:!?"), len(ws))
    cue = (ws[i].start, ws[i].end, lemma)
    if best_pos(ws[i]) == "GRND" and i > 1 and ws[i - 1].text == ",":
        start, end = trim(text, s.start, ws[i - 1].start)  # ", сообщив об этом": the clause before
        speaker = shared_subject(ws, i)
    elif any(w.low.startswith("котор") for w in ws[max(0, i - RELATIVE_REACH):i]):
        return None  # "Документы, в которых она рассказала об этом": not the sentence before
    elif previous is not None and not _reported_before(ws, i):
        if any(cue_lemma(w, ("VERB",)) for w in tokenize(text, *previous)):
            return None  # "Мадонна сообщила, что ... . Певица сообщила об этом в четверг": said once
        start, end = trim(text, *previous)
        speaker = source(ws, i, 0, hi, subject_first=True)
    else:  # the sentence given alone, or pointing at a report earlier in it ("X сообщали о
        # двух погибших, однако МЧС опровергли эту информацию"): the pointing words stand for the content
        start, end = ws[k if pointing_object(ws, k) else k + 1].start, ws[k + 1].end
        speaker = source(ws, i, 0, hi, subject_first=True)
    if speaker is None or end <= start:
        return None
    draft = Draft("indirect", start, end, -1, cue, speaker, verb_gender(ws[i]))
    return -1, draft, set(range(i, k + 2))


def _reported_before(ws, i) -> bool:
    """A clause of its own with a reporting verb before the comma ahead of ``ws[i]``:
    what the pointer points at is in this sentence, not the one before."""
    comma = next((n for n in range(i - 1, 0, -1) if ws[n].text == ","), None)
    return comma is not None and any(cue_lemma(w, ("VERB",)) for w in _main_clauses(ws[:comma]))


def _main_clauses(words):
    """The words outside relative clauses: in "«Лидс», которого считают лучшим, объявил об
    этом" the verb of "которого считают" describes the subject, it reports nothing."""
    kept, relative = [], False
    for n, w in enumerate(words):
        if w.text == ",":
            relative = any(x.low.startswith("котор") for x in words[n + 1:n + 3])
        elif not relative:
            kept.append(w)
    return kept


@once
def pointer_nouns() -> frozenset[str]:
    """The nouns of quote_pointer_objects.txt ("информацию"): a sentence with none of them
    and no "об этом" points back at nothing."""
    return frozenset(phrase.split()[-1] for phrase in word_set("quote_pointer_objects.txt"))


def pointing_object(ws, k) -> bool:
    """"эту информацию" at ``ws[k]`` closing its clause: the object stands for news told
    before ("подтвердили эту информацию в понедельник"), not for one of its own ("подтвердил
    эти данные о потерях") nor for what a colon brings next."""
    return k + 1 < len(ws) and f"{ws[k].low} {ws[k + 1].low}" in word_set("quote_pointer_objects.txt") \
        and (k + 2 == len(ws) or (not ws[k + 2].is_word and ws[k + 2].text != ":")
             or best_pos(ws[k + 2]) in ("PREP", "ADVB") and ws[k + 2].low not in ABOUT)
