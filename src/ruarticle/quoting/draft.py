"""The shape every finder returns before speakers are resolved."""
from __future__ import annotations

from dataclasses import dataclass, replace

TRAIL = " \t\n\r\xa0,;:.—–-"
TRAIL_KEEP_STOP = " \t\n\r\xa0,;:—–-"
LEAD = " \t\n\r\xa0—–-,:"


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str
    start: int
    end: int
    paragraph: int
    cue: tuple[int, int, str] | None = None          # start, end, lemma
    speaker: tuple[int, int] | None = None
    gender: str | None = None                        # shown by the cue verb

    def with_(self, **changes) -> Draft:
        return replace(self, **changes)


def trim(text: str, start: int, end: int, keep_stop: bool = False) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces, dashes and the final punctuation."""
    tail = TRAIL_KEEP_STOP if keep_stop else TRAIL
    while start < end and (text[start] in LEAD or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in tail or text[end - 1].isspace()):
        end -= 1
    if end > start and (text[end - 1] == "»" and "«" not in text[start:end]
                        or text[end - 1] == '"' and text.count('"', start, end) == 1):
        return trim(text, start, end - 1, keep_stop)  # the close of marks opened before the span
    if end > start and (text[start] == "«" and "»" not in text[start:end]
                        or text[start] == '"' and text.count('"', start, end) == 1):
        return trim(text, start + 1, end, keep_stop)  # the open of marks closed after the span
    return start, end


def unwrap(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop one pair of marks that wraps the whole span: «...» -> ..."""
    if end - start > 2 and text[start] in "«„“\"" and text[end - 1] in "»“”\"":
        inner = text[start + 1:end - 1]
        if not any(c in inner for c in "«»„“”\"") or inner.count("«") == inner.count("»") > 0 and _nested(inner):
            return start + 1, end - 1
    return start, end


def _nested(inner: str) -> bool:
    """Marks inside that open before they close: «a «b» c», not «a», но «b»."""
    depth = 0
    for c in inner:
        depth += (c == "«") - (c == "»")
        if depth < 0:
            return False
    return True
