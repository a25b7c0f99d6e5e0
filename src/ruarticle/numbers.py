"""Numeric facts of an article: money, percentages, counts, quantities, years, dates,
periods, ordinals and ages, with value, unit, qualifier, change, subject and year.

Each prose sentence is tokenised (:mod:`numtokens`), identifiers are set aside
(:mod:`numskip`), figures are read (:mod:`numscan`) and then described by their
context (:mod:`numcontext`). Rules: ``spec/numbers.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from . import numcontext, numrefer, numskip, numsubject, numtokens
from .numdraft import Draft
from .numscan import scan
from .records import Number, Paragraph, Sentence
from .tokens import PROSE

# Bare digits below this, counting nothing, are footnote marks or list numbers.
STRAY_MAX = 10


@dataclass(frozen=True, slots=True)
class _Read:
    sentence: Sentence
    toks: tuple
    drafts: tuple[Draft, ...]


def find(text: str, paragraphs: tuple[Paragraph, ...],
         sentences: tuple[Sentence, ...]) -> tuple[Number, ...]:
    """Every figure in the prose sentences of ``text``, in order of appearance."""
    prose = {p.index: p for p in paragraphs if p.kind in PROSE}
    reads = [_read(s, prose[s.paragraph]) for s in sentences if s.paragraph in prose]
    reads = numrefer.resolve(reads)
    numbers: list[Number] = []
    subject: str | None = None
    years_before: list[tuple[int, int]] = []
    previous_paragraph = None
    for read in reads:
        if read.sentence.paragraph != previous_paragraph:
            years_before, previous_paragraph = [], read.sentence.paragraph
        years = _years(read.drafts)
        for draft in read.drafts:
            if _stray(read.toks, draft):
                continue
            number, subject = _describe(text, read, draft, subject, years, years_before)
            numbers.append(_parenthetical(text, numbers, number))
        years_before = years  # only the sentence right before counts
    return tuple(numbers)


def _read(sentence: Sentence, paragraph: Paragraph) -> _Read:
    toks = numtokens.tokenize(sentence)
    blocked = numskip.blocked(toks, sentence.text, sentence.start, sentence.start == paragraph.start)
    return _Read(sentence, toks, tuple(scan(toks, blocked)))


def _describe(text, read: _Read, draft: Draft, subject, years, years_before):
    toks = read.toks
    found = numsubject.subject(toks, draft, subject)
    start, end = toks[draft.first].start, toks[draft.end - 1].end
    number = Number(
        kind=draft.kind, start=start, end=end, text=text[start:end], value=draft.value,
        unit=draft.unit, qualifier=numcontext.qualifier(toks, draft),
        change=numcontext.change(toks, draft), subject=found,
        year=numsubject.year(draft, years, years_before), sentence=read.sentence.index)
    return number, found or subject


def _stray(toks, draft: Draft) -> bool:
    """Small bare digits listed between punctuation ("архивировано: 1, 2") are link marks."""
    if not (draft.kind == "count" and draft.unit is None and draft.bare == "digits"
            and isinstance(draft.value, int) and draft.value < STRAY_MAX):
        return False
    before = toks[draft.first - 1].text if draft.first else ""
    after = toks[draft.end].text if draft.end < len(toks) else ""
    return before in (":", ",", "(", "[") and after in (",", ")", "]", ";")


def _parenthetical(text: str, previous: list[Number], number: Number) -> Number:
    """"до 750 тысяч юаней (113 тысяч долларов)": a conversion in brackets shares the
    qualifier and change of the figure it restates."""
    if not previous or number.kind != previous[-1].kind:
        return number
    between = text[previous[-1].end:number.start].strip()
    if between != "(":
        return number
    source = previous[-1]
    return replace(number, qualifier=number.qualifier or source.qualifier,
                   change=number.change or source.change, subject=number.subject or source.subject)


def _years(drafts) -> list[tuple[int, int]]:
    """(token index, year) of the years and dated days named in a sentence."""
    found = []
    for draft in drafts:
        if draft.kind == "year" and draft.part != "range" or draft.kind == "year" and not found:
            found.append((draft.first, int(draft.value)))
        elif draft.kind == "date" and not str(draft.value).startswith("X"):
            found.append((draft.first, int(str(draft.value)[:4])))
    return found
