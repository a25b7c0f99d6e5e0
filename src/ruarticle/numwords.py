"""Values of numbers written in digits or in words (any case, via pymorphy3 lemmas)."""
from __future__ import annotations

from dataclasses import dataclass

from . import morph
from .resources import once, table

# Which parts of speech a number-word lemma may carry, per role.
ROLE_POS = {
    "card": {"NUMR", "ADJF", "NOUN"},
    "scale": {"NOUN"},
    "ord": {"ADJF"},
    "coll": {"NUMR"},
    "frac": {"NOUN"},
    "times": {"ADVB"},
}


# Longer digit runs are codes, not amounts (and would overflow as floats).
MAX_DIGITS = 15


@dataclass(frozen=True, slots=True)
class Word:
    value: float
    role: str  # card, scale, ord, coll, frac, times


@once
def _words() -> dict[str, Word]:
    return {lemma: Word(float(value), role) for lemma, value, role in table("number_words.tsv")}


@once
def half_words() -> dict[str, tuple[float, str | None, str]]:
    """пол- compounds: lemma -> (value, unit, kind)."""
    return {row[0]: (float(row[1]), row[2] or None, row[3]) for row in table("half_words.tsv")}


def word(text: str) -> Word | None:
    """The number a word names, if any: "восемью" 8, "тысяч" 1e3, "третьего" 3rd."""
    low = text.lower().replace("ё", "е")
    entries = _words()
    if low in entries and entries[low].role in ("scale", "times"):
        return entries[low]
    for parse in morph.parses(low):
        entry = entries.get(morph.normal(parse))
        if entry and parse.tag.POS in ROLE_POS[entry.role]:
            return entry
    return None


def rather_noun(text: str) -> bool:
    """Whether the likeliest reading is some other noun ("семью" -> семья)."""
    parse = morph.best(text.lower().replace("ё", "е"))
    return parse.tag.POS == "NOUN" and morph.normal(parse) not in _words()


def digits(text: str, before_scale: bool = False) -> float | None:
    """"19,7" 19.7, "1 250 000" 1250000, "1.500" 1500 (but 1.5 before a scale word)."""
    text = text.replace("&nbsp;", "").replace("&#160;", "")
    clean = "".join(ch for ch in text if ch not in " \u00a0\u202f\u2009")
    if "," in clean and "." not in clean and clean.count(",") == 1:
        clean = clean.replace(",", ".")
    parts = clean.split(".")
    if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and not before_scale):
        clean = "".join(parts) if all(len(p) == 3 for p in parts[1:]) else clean
    if sum(ch.isdigit() for ch in clean) > MAX_DIGITS:
        return None  # a code or a run of numbers, not an amount
    try:
        return float(clean)
    except ValueError:
        return None


def compose(entries: list[Word]) -> float:
    """The value of a run of cardinal and scale words: "три миллиона двести тысяч"."""
    total, current = 0.0, 0.0
    for entry in entries:
        if entry.role == "scale":
            total += (current or 1) * entry.value
            current = 0.0
        else:
            current += entry.value
    return total + current


def continues(previous: Word, nxt: Word) -> bool:
    """Whether ``nxt`` extends a number word run ending in ``previous`` ("сто двадцать")."""
    if nxt.role == "scale":
        return previous.role in ("card", "frac") and previous.value < 1000
    if previous.role == "scale":
        return nxt.role in ("card", "ord") and nxt.value < previous.value
    if nxt.role == "frac":  # "две трети"
        return previous.role == "card" and previous.value < 10 and nxt.value < 0.5
    if previous.role != "card" or nxt.role not in ("card", "ord"):
        return False
    if 100 <= previous.value < 1000 and previous.value % 100 == 0:
        return nxt.value < 100
    return 20 <= previous.value < 100 and previous.value % 10 == 0 and nxt.value < 10


def tidy(value: float) -> int | float:
    """Integers as int, other values rounded off float noise."""
    if abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 6)
