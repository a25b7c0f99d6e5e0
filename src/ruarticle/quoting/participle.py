"""Participle cues: "депутаты, считающие, что закон ...": the participle reports
the view of the noun phrase it describes, with the clause after ", что" as content."""
from __future__ import annotations

from .draft import Draft
from .lexicon import cue_lemma
from .words import best_pos, char_span, is_proper

PARTICIPLE = ("PRTF",)
HEAD_POS = ("NOUN", "ADJF", "PRTF", "NUMR")
HEAD_REACH = 5  # words of the described phrase looked back through


def participle(text, s, i):
    ws = s.words
    if i < 2 or i + 3 >= len(ws) or ws[i - 1].text != "," or ws[i + 1].text != "," \
            or ws[i + 2].low != "что":
        return None
    lemma = cue_lemma(ws[i], PARTICIPLE)
    if lemma is None:
        return None
    cue = (ws[i].start, ws[i].end, lemma)
    draft = Draft("indirect", ws[i + 3].start, s.end, -1, cue, _described(ws, i - 1))
    return ws[i].start, draft, {i}


def _described(ws, comma):
    """The noun phrase right before the participle's comma ("представители ХДС")."""
    a = comma
    while a > 0 and comma - a < HEAD_REACH and ws[a - 1].is_word \
            and (is_proper(ws[a - 1]) or best_pos(ws[a - 1]) in HEAD_POS):
        a -= 1
    if a == comma or not any(best_pos(w) == "NOUN" or is_proper(w) for w in ws[a:comma]):
        return None
    return char_span(ws, a, comma)
