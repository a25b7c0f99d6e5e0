"""Dates, years and decades read from tokens: "8 марта", "мае 2009 года", "3-4 июня 2010 г.",
"30.04.2020", "с 13 по 14 апреля", "1990-е". Word lists and month names live in :mod:`dates`."""
from __future__ import annotations

from dataclasses import replace

from . import dates, numcore, units
from .numcore import Core
from .numdraft import Draft, Found, part_of


def numeric_date(toks, i) -> Found | None:
    found = numcore.numeric_date(toks[i])
    if found is None:
        return None
    end = dates.year_word(toks, i + 1) or i + 1
    return [Draft("date", i, end, dates.date_value(*found), None)], end


def month_alone(toks, i) -> Found | None:
    """"в марте", "мае 2009 года"."""
    numbers = dates.months(toks[i])
    if not numbers:
        return None
    year, end = year_after(toks, i + 1)
    if year is None and end + 2 < len(toks) and toks[end].low in ("по", "до", "и", "-", "–", "—") \
            and dates.months(toks[end + 1]):
        year = year_after(toks, end + 2)[0]  # "с ноября по декабрь 2010 года"
    part = "range" if len(numbers) > 1 else None
    return [Draft("date", i, end, dates.date_value(year, n, None), None, part) for n in numbers], end


def date(toks, core: Core) -> Found:
    number = dates.month(toks[core.end], after_day=True)
    end = core.end + 1
    if dates.is_abbreviation(toks[core.end]):  # "5 янв." takes its dot
        end = units.abbreviation_end(toks, end)
    year, end = year_after(toks, end)
    if year is None:
        year = _range_year(toks, end)
    return [Draft("date", core.first, end, dates.date_value(year, number, int(day)), None, part_of(core))
            for day in core.values], end


def _range_year(toks, j: int) -> int | None:
    """"с 21 сентября по 13 октября 2006 года": the first day takes the second one's year."""
    if j + 3 < len(toks) and toks[j].low in ("по", "до", "-", "–", "—") and toks[j + 1].kind == "num" \
            and dates.month(toks[j + 2], after_day=True):
        return year_after(toks, j + 3)[0]
    return None


def year_after(toks, j: int) -> tuple[int | None, int]:
    """A year right after a month: "мае 2009 года", "марта 2020 г.", "сентября 2010-го"."""
    digits = toks[j].text.split("-")[0] if j < len(toks) and toks[j].kind == "num" else ""
    if digits.isdigit() and len(digits) == 4 and toks[j].text[4:5] in ("", "-"):
        value = int(digits)
        if dates.is_year_value(value):
            return value, dates.year_word(toks, j + 1) or j + 1
    return None, j


def is_days(core: Core) -> bool:
    """"8" or "3-4" before a month name."""
    return not core.scaled and all(v == int(v) and 1 <= v <= 31 for v in core.values)


def is_year(core: Core, named: bool = False) -> bool:
    """Four digits that can be a year; ``named`` when a year word follows ("2242 год")."""
    low, high = dates.NAMED_YEAR_RANGE if named else dates.YEAR_RANGE
    return (core.digits and not core.scaled and len(core.raw) == 4 and core.raw.isdigit()
            and all(v == int(v) and low <= v <= high for v in core.values))


def is_decade(toks, core: Core) -> bool:
    """"1990-е", "90-х годов", "в начале 90-х он" are decades; "30-х чтениях", "40-е место"
    (a lowercase noun or adjective follows) are ordinals."""
    j = core.end
    if len(core.raw) == 4 or dates.year_word(toks, j) is not None:
        return True
    if len(core.raw) != 2:
        return False
    nxt = toks[j] if j < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return True
    if nxt.pos in ("ADJF", "PRTF"):
        return False  # "30-х Королёвских чтениях"
    return nxt.pos != "NOUN" or nxt.text[:1].isupper()  # "в 90-е Россия", but "40-е место"


def date_pair(core: Core, rest: list[Draft], after: int, opener: bool, drafts, end) -> Found:
    """"с 13 по 14 апреля", "20 и 21 марта": the first day shares the second's month."""
    value = str(rest[0].value)
    if not is_days(core) or len(core.values) > 1 or value.endswith("XX"):
        return drafts, end
    day = f"{int(core.values[0]):02d}"
    first = replace(rest[0], first=core.first, end=core.end, value=value[:8] + day,
                    part="from" if opener else None, bare=None)
    return [first] + rest, after
