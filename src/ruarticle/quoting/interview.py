"""Interview transcripts: paragraphs opened by a speaker label ("Мустафа Джемилев: ...").

A label that opens two or more paragraphs of one article marks a transcript; the
paragraphs of a person's label are block quotes of that person (the interviewer's
label, "Голос Америки:" or "Корреспондент:", names no person and is left alone).
"""
from __future__ import annotations

from collections import Counter

import regex

from ..records import Paragraph
from .draft import Draft, trim
from .words import is_person_name, tokenize

LABEL = regex.compile(r"(\p{Lu}[\p{L}.-]*(?:[ \xa0]\p{Lu}[\p{L}.-]*){0,2}):[ \xa0]+(?=\S)")
MIN_LABELS = 2  # one "Фото: Reuters" line is no transcript


def find(text: str, paragraphs: list[Paragraph]) -> list[Draft]:
    labelled = [(p, m) for p in paragraphs if (m := LABEL.match(text, p.start, p.end))]
    counts = Counter(m.group(1) for _, m in labelled)
    drafts = []
    for p, m in labelled:
        if counts[m.group(1)] < MIN_LABELS or not _person(text, m.start(1), m.end(1)):
            continue
        start, end = trim(text, m.end(), p.end, keep_stop=True)
        if end > start:
            drafts.append(Draft("block", start, end, p.index, None, (m.start(1), m.end(1))))
    return drafts


def _person(text: str, start: int, end: int) -> bool:
    """A label naming a person: its last word is a first name or a surname."""
    words = tokenize(text, start, end)
    return bool(words) and is_person_name(words[-1])
