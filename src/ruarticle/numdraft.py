"""A figure found in a sentence before its context is read: token span, kind, value, unit."""
from __future__ import annotations

from dataclasses import dataclass

from . import numwords
from .numcore import Core


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str
    first: int  # index of the first token
    end: int  # index after the last token
    value: int | float | str
    unit: str | None
    part: str | None = None  # "range" (tight range), "from" / "to" (от X до Y)
    noun: str | None = None  # currency noun lemma, to resolve a bare "фунтов" later
    named: bool = False  # the currency was named explicitly
    bare: str | None = None  # a count without a noun: "digits", "scaled" or "words"


Found = tuple[list[Draft], int]  # the drafts a reader found, and the index after them


def each(core: Core, kind: str, unit, end: int, noun=None, named=False) -> list[Draft]:
    """One draft per value (a tight range gives two with the same span)."""
    part = part_of(core)
    return [Draft(kind, core.first, end, numwords.tidy(v), unit, part, noun, named)
            for v in core.values]


def part_of(core: Core) -> str | None:
    return "range" if len(core.values) > 1 else None
