"""Headlines in the "Source: words" convention: "Кисин: Продолжайте ...", "СМИ: ...". """
from __future__ import annotations

from ..records import Paragraph
from .draft import Draft, trim
from .names import person_runs
from .words import is_name_like, tokenize

SOURCE_MAX_WORDS = 3


def find(text: str, p: Paragraph) -> list[Draft]:
    colon = text.find(": ", p.start, p.end)
    if p.kind != "title" or colon < 0:
        return []
    words = tokenize(text, p.start, colon)
    if not words or len(words) > SOURCE_MAX_WORDS or not all(is_name_like(w) for w in words):
        return []
    start, end = trim(text, colon + 1, p.end)
    if len(tokenize(text, start, end)) < 3:
        return []
    kind = "direct" if person_runs(words) else "indirect"
    speaker = (words[0].start, words[-1].end)
    return [Draft(kind, start, end, p.index, None, speaker, None)]
