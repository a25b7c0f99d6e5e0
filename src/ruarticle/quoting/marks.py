"""Pairs of quotation marks, nested ones included, found in one left-to-right pass; and
the closing mark of a short quoted name among tokens (``closing``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .words import Word

# Opening mark -> closing marks it accepts. “ opens English-style pairs and closes „.
PAIRS = {"«": "»", "„": "“”", "“": "”", "‘": "’", '"': '"'}
MARK = re.compile('[«»„“”‘’"]')
BRACKET = re.compile(r"[()]")
NAME_REACH = 8  # tokens looked through for the closing mark of a short quoted name


@dataclass(frozen=True, slots=True)
class Marked:
    """Text between a pair of marks: ``open``/``close`` are the marks' offsets."""
    open: int
    close: int
    depth: int

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


def pairs(text: str, start: int = 0, end: int | None = None) -> tuple[Marked, ...]:
    """Every balanced pair in ``text[start:end]``, sorted by opening offset."""
    return _pairs(text, start, len(text) if end is None else end)


@lru_cache(maxsize=2048)
def _pairs(text: str, start: int, end: int) -> tuple[Marked, ...]:
    # kept: the finders and the stage ask for the same paragraph's and sentence's pairs
    # five times over (direct, indirect, block, extent, the clause bounds)
    stack: list[tuple[str, int]] = []
    found: list[Marked] = []
    for m in MARK.finditer(text, start, end):  # only the marks themselves matter
        i, char = m.start(), m.group()
        if stack and char in PAIRS[stack[-1][0]] and _may_close(text, i, start, char):
            mark, at = stack.pop()
            found.append(Marked(at, i, len(stack)))
            if _shared_close(text, stack, at, i, end):
                found.append(Marked(stack.pop()[1], i, len(stack)))
        elif char in PAIRS and _may_open(text, i, start, end, char):
            stack.append((char, i))
    return tuple(sorted(found, key=lambda m: m.open))


def brackets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Outermost balanced round brackets in ``text[start:end]`` as (open, close) offsets."""
    end = len(text) if end is None else end
    found, opened = [], []
    for m in BRACKET.finditer(text, start, end):  # only the brackets themselves matter
        i = m.start()
        if text[i] == "(":
            opened.append(i)
        elif opened:
            at = opened.pop()
            if not opened:
                found.append((at, i))
    return found


def outer(text: str, start: int = 0, end: int | None = None) -> list[Marked]:
    return [m for m in pairs(text, start, end) if m.depth == 0]


def _shared_close(text: str, stack, inner: int, i: int, end: int) -> bool:
    """«НАК «Казатомпром»: a name nested in a name right after its first words ends
    with one mark for both (the typesetter drops the second »)."""
    if not stack or stack[-1][0] != "«" or text[inner] != "«" or text[i + 1:i + 2] == "»":
        return False
    closes, opens = text.find("»", i + 1, end), text.find("«", i + 1, end)
    if closes >= 0 and (opens < 0 or closes < opens):
        return False  # «Мы знали, что «Тобол» сильно начинает»: the outer mark closes later
    words = text[stack[-1][1] + 1:inner].split()
    return 0 < len(words) <= SHARED_MAX_WORDS and inner - stack[-1][1] <= SHARED_MAX_CHARS \
        and words[0][:1].isupper() and "«" not in text[i + 1:min(end, i + 3)]


SHARED_MAX_WORDS = 3
SHARED_MAX_CHARS = 40


def _may_open(text: str, i: int, start: int, end: int, char: str) -> bool:
    if char in "«„":
        return True
    after = text[i + 1] if i + 1 < end else " "
    before = text[i - 1] if i > start else " "
    # straight and English marks open only before a word, after a space or bracket
    return not after.isspace() and (before.isspace() or before in "([«„“:—–-/")


def _may_close(text: str, i: int, start: int, char: str) -> bool:
    if char in "»":
        return True
    before = text[i - 1] if i > start else " "
    return not before.isspace()


def closing(words: list[Word], j: int, hi: int) -> int | None:
    """The closing mark of a short quoted name opened at ``words[j]`` (English marks,
    “Ъ”, close only their own pair)."""
    accepted = PAIRS[words[j].text] if words[j].text in "“„" else "»\""
    for k in range(j + 1, min(hi, j + NAME_REACH)):
        if words[k].text in accepted:
            return k
    return None


def through_name(words: list[Word], j: int, hi: int) -> int | None:
    """The index after the short quoted name opened at ``words[j]``, its closing mark
    included: the stops inside it are the name's ("телеграм-канал «Тула. Происшествия»"),
    not the phrase's end. None when no mark closes it near."""
    close = closing(words, j, hi)
    return close + 1 if close is not None else None
