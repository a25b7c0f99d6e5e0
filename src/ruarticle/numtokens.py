"""Fine-grained tokens for the numbers stage: digits, words, signs and punctuation
with offsets into the original text.

razdel tokens glue "2-3%" or "т.п." differently from what the figure grammar
needs, so this stage reads its own tokens; each regex alternative is linear.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import morph
from .records import Sentence

TOKEN = regex.compile(
    r"(?P<entity>&nbsp;|&#160;)"  # an HTML space left in scraped text: part of the gap
    r"|(?P<url>(?:https?://|www\.)\S+)"
    # 19,7 | 1.250 | 2-3 | 30-й | 1990-е | 31-летнего | 100-долларовой
    r"|(?P<num>\d+(?:[.,]\d+)*+(?:[-‑]\d+(?:[.,]\d+)*+)?(?:[-‑]\p{L}+)?)"
    r"|(?P<word>\p{L}+(?:[-‑'’]\p{L}+)*+(?:[-‑]\d+)?)"
    r"|(?P<other>\S)"
)
# A digit run longer than this is an identifier or noise, never a figure (and Python refuses
# to turn more than 4,300 digits into an int).
MAX_NUMBER_CHARS = 40
# Spaces that may separate groups of thousands ("1 250 000"), also as HTML entities.
GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
ENTITY_SPACES = frozenset({"&nbsp;", "&#160;"})


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    kind: str  # url, num, word, other
    gap: str  # the characters between the previous token and this one
    # lowercase with ё as е: every reader asks for it, so it is made once per token
    low: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower().replace("ё", "е"))

    @property
    def lemma(self) -> str:
        return morph.lemma(self.low) if self.kind == "word" else self.low

    def has(self, grammeme: str) -> bool:
        return self.kind == "word" and morph.has_tag(self.low, grammeme)

    @property
    def pos(self) -> str | None:
        return morph.pos(self.low) if self.kind == "word" else None


def tokenize(sentence: Sentence) -> tuple[Tok, ...]:
    """Tokens of one sentence, with thousands groups joined into one number."""
    found: list[Tok] = []
    text, offset, last = sentence.text, sentence.start, 0
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "entity":
            continue
        start, end = match.span()
        if kind == "num" and end - start > MAX_NUMBER_CHARS:
            kind = "other"
        tok = Tok(offset + start, offset + end, text[start:end], kind, text[last:start])
        last = end
        if kind == "num" and found and _continues_group(found[-1], tok):
            prev = found.pop()
            tok = Tok(prev.start, tok.end, prev.text + tok.gap + tok.text, "num", prev.gap)
        found.append(tok)
    return tuple(found)


def _plain(text: str) -> str:
    """Digits with every kind of group space as a plain space."""
    for space in ENTITY_SPACES | GROUP_SPACES:
        text = text.replace(space, " ")
    return text


def _continues_group(prev: Tok, tok: Tok) -> bool:
    """"1 250" + " 000": a three-digit group after one space continues a number."""
    if prev.kind != "num" or tok.kind != "num" or not (tok.gap in GROUP_SPACES or tok.gap in ENTITY_SPACES):
        return False
    if len(prev.text) > MAX_NUMBER_CHARS:
        return False
    head = _plain(prev.text)
    groups = head.split(" ")
    if not all(g.isdigit() for g in groups) or not 1 <= len(groups[0]) <= 3:
        return False
    if any(len(g) != 3 for g in groups[1:]):
        return False
    tail = tok.text.split(",")[0]
    return len(tail) == 3 and tail.isdigit() and tok.text.count(",") <= 1
