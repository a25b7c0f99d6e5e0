"""Months, years and decades in figures: "8 марта", "мае 2009 года", "1990-е годы"."""
from __future__ import annotations

from .numtokens import Tok
from .resources import once, table

YEAR_RANGE = (1000, 2100)
# With a year word ("2242 год") any four-digit number is a year.
NAMED_YEAR_RANGE = (1000, 9999)


@once
def _months() -> dict[str, tuple[int, bool]]:
    return {name: (int(number), form == "full") for name, number, form in table("months.tsv")}


def month(tok: Tok, after_day: bool = False) -> int | None:
    """The month a lowercase word names ("марта" 3); capitalised forms are names (Марта).
    Abbreviations ("янв.") and capitals ("25 Февраля") count only right after a day number."""
    if tok.kind != "word" or not (tok.text[:1].islower() or after_day):
        return None
    found = _months().get(tok.low) if after_day else None
    if found is None:
        found = _months().get(tok.lemma)
    if found is None or not (found[1] or after_day):
        return None
    return found[0]


def is_abbreviation(tok: Tok) -> bool:
    found = _months().get(tok.low)
    return found is not None and not found[1]


def months(tok: Tok) -> tuple[int, ...]:
    """"марте" -> (3,), "январем-мартом" -> (1, 3)."""
    if tok.kind != "word" or not tok.text[:1].islower():
        return ()
    single = month(tok)
    if single:
        return (single,)
    parts = tok.text.replace("‑", "-").split("-")
    if len(parts) != 2:
        return ()
    found = tuple(month(_part(tok, p)) for p in parts)
    return found if all(found) else ()


def _part(tok: Tok, text: str) -> Tok:
    return Tok(tok.start, tok.end, text, "word", tok.gap)


def is_year_value(value: float) -> bool:
    return value == int(value) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def year_word(toks: tuple[Tok, ...], j: int) -> int | None:
    """Index after "года"/"г."/"гг." at token j, or None."""
    if j >= len(toks) or toks[j].kind != "word":
        return None
    tok = toks[j]
    if tok.low in ("г", "гг"):
        return j + 2 if j + 1 < len(toks) and toks[j + 1].text == "." else j + 1
    if tok.low == "лет":  # "2000 лет" is a duration
        return None
    return j + 1 if tok.lemma == "год" or tok.low in ("годы", "годах", "годов", "годами") else None


def decade(value: int) -> int:
    """"90-х" 1990, "2000-е" 2000, "10-х" 2010."""
    if value >= 100:
        return value
    return 2000 + value if value <= 20 else 1900 + value


def date_value(year: int | None, month_number: int | None, day: int | None) -> str:
    y = f"{year:04d}" if year else "XXXX"
    m = f"{month_number:02d}" if month_number else "XX"
    d = f"{day:02d}" if day else "XX"
    return f"{y}-{m}-{d}"
