"""Quotes nested inside direct speech: a speaker who retells someone's words in marks
("«Нам отвечали: „Дети просто привередничают“. Вот и дождались», — возмущается
женщина"). The retold words are a quote of their own, with the verb inside as cue;
"я"/"мы" before that verb is the outer speaker himself ("Я сказал ребятам: «...»").
"""
from __future__ import annotations

import regex

from ..resources import word_set
from . import direct
from .draft import Draft
from .words import parses, tokenize

SUBJECT_REACH = 3
SENTENCE_END = regex.compile(r"[.!?…]\s+")  # words before the inner cue where "я" may stand ("Я ей сказала:")


def within(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts with the marked, cued quotes inside every direct quote added."""
    out = list(drafts)
    spans = {(d.start, d.end) for d in drafts}
    for d in drafts:
        if d.kind != "direct" or not _has_marks(text, d):
            continue
        for inner in direct.find(text, d.start, d.end, d.paragraph):
            if not _inside(inner, d) or (inner.start, inner.end) in spans:
                continue
            spans.add((inner.start, inner.end))
            out.append(_first_person(text, inner, d))
    return out


def _has_marks(text: str, d: Draft) -> bool:
    return any(c in text[d.start:d.end] for c in "«„\"")


def _inside(inner: Draft, outer: Draft) -> bool:
    """Retold words strictly inside the outer quote, with their own cue inside it too."""
    return inner.cue is not None and outer.start <= inner.cue[0] and inner.cue[1] <= outer.end \
        and outer.start <= inner.start and inner.end <= outer.end \
        and (inner.start, inner.end) != (outer.start, outer.end)


def _first_person(text: str, inner: Draft, outer: Draft) -> Draft:
    """"Я сказала ему: «...»" — the one who says "я" is the outer quote's speaker (a name
    earlier in the sentence, "Когда художник Лаптев принёс макет, я сказала ему", is not
    the subject). With no subject at all, "Директор был против. Потом сказал: «...»", the
    verb goes on from the subject that opens the sentence before."""
    lo = max(outer.start, inner.speaker[1]) if inner.speaker else outer.start
    before = tokenize(text, lo, inner.cue[0])[-SUBJECT_REACH:]
    if outer.speaker is not None and any(w.low in word_set("quote_first_person.txt") for w in before):
        return inner.with_(speaker=outer.speaker, gender=outer.gender)
    if inner.speaker is None and inner.gender in ("masc", "femn"):
        subject = _sentence_subject(text, outer.start, inner.cue[0], inner.gender)
        if subject is not None:
            return inner.with_(speaker=subject)
    return inner


def _sentence_subject(text: str, lo: int, cue_at: int, gender: str) -> tuple[int, int] | None:
    """The capitalised noun in the nominative that opens the sentence before the cue's."""
    sentences = [m.end() for m in SENTENCE_END.finditer(text, lo, cue_at)]
    if not sentences:
        return None
    starts = [lo] + sentences
    words = tokenize(text, starts[-2], starts[-1])
    if not words or not words[0].text[:1].isupper():
        return None
    first = words[0]
    if any(p.tag.POS == "NOUN" and "nomn" in p.tag and gender in p.tag and p.score >= 0.3 for p in parses(first)) \
            and not any(p.tag.POS in ("NPRO", "ADVB", "CONJ", "PREP") for p in parses(first)):
        return first.start, first.end
    return None
