"""Attributions that point back: "Об этом сообщил X" (the previous sentence is the
content) and fronted topics: "О смерти композитора сообщила его дочь"."""
from __future__ import annotations

from .draft import Draft, trim
from .lexicon import backref_at, cue_lemma
from .sources import source
from .words import verb_gender

BACKREF_REACH = 9  # "Об этом 28 февраля 2013 года сообщили ..."


def backref(text, s, i, previous):
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
    speaker = source(ws, j, i + n, hi)
    cue = (ws[j].start, ws[j].end, lemma)
    start, end = trim(text, *previous)
    draft = Draft("indirect", start, end, -1, cue, speaker, verb_gender(ws[j]))
    return -1, draft, set(range(i, hi))


