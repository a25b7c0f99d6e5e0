"""The number at the start of a figure: digits or number words, a range, a scale word.

A :class:`Core` knows its value(s) and where it ends; what it counts is decided
by :mod:`ruarticle.numscan`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from . import numwords
from .numtokens import Tok
from .resources import once, table, word_set

NUM = regex.compile(r"(\d+(?:[.,]\d+)*+)(?:[-‑](\d+(?:[.,]\d+)*+))?(?:[-‑](\p{L}+))?")
NUMERIC_DATE = regex.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
DASHES = frozenset("-‑–—")
SPACES = regex.compile(r"[ \u00a0\u202f\u2009]|&nbsp;|&#160;")


@dataclass(frozen=True, slots=True)
class Core:
    first: int  # index of the first token
    end: int  # index after the last token
    values: tuple[float, ...]  # one value, or two for a range ("2-3", "14–15")
    role: str  # card, ord, coll, frac, times
    digits: bool
    suffix: str = ""  # letters after a hyphen: "й" in "30-й", "летнего" in "31-летнего"
    scaled: bool = False
    raw: str = ""
    scale: float = 1.0  # the scale word's factor, when one follows the digits


def read(toks: tuple[Tok, ...], i: int) -> Core | None:
    """The number starting at token i, with a tight range and a scale word."""
    core = _digits(toks[i], i) if toks[i].kind == "num" else _words(toks, i)
    if core is None or core.suffix:
        return core
    core = _vulgar_fraction(toks, _tight_range(toks, core))
    return _scale(toks, core)


def _digits(tok: Tok, i: int) -> Core | None:
    match = NUM.fullmatch(SPACES.sub("", tok.text))
    if not match:
        return None
    first = numwords.digits(match.group(1))
    if first is None:
        return None
    values = (first,)
    if match.group(2):
        second = numwords.digits(match.group(2))
        values = (first, second) if second is not None else values
    return Core(i, i + 1, values, "card", True, (match.group(3) or "").lower(), raw=match.group(1))


def _words(toks: tuple[Tok, ...], i: int) -> Core | None:
    """A run of number words: "двадцать пять миллиардов", "полутора миллиардов", "третьего"."""
    if toks[i].kind != "word":
        return None
    run, j = _word_run(toks, i)
    if not run or run[0].role == "scale" and not _lone_scale(toks, i):
        return None
    if len(run) == 1 and numwords.rather_noun(toks[i].text) and not _noun_follows(toks, j):
        return None  # "в другую семью" is a family, "семью комнатами" seven rooms
    return _fraction(toks, i, j, run) or _whole(toks, i, j, run)


def _word_run(toks: tuple[Tok, ...], i: int) -> tuple[list, int]:
    """The number words from i on that make one number, and the index after them."""
    run, j = [], i
    while j < len(toks) and toks[j].kind == "word":
        entry = numwords.word(toks[j].text)
        if entry is None or (run and not numwords.continues(run[-1], entry)):
            break
        run.append(entry)
        j += 1
        if entry.role in ("ord", "coll", "times"):
            break
    return run, j


def _fraction(toks: tuple[Tok, ...], i: int, j: int, run: list) -> Core | None:
    """"две трети": a share ("четверть миллиарда" is a plain number, composed in _whole)."""
    if len(run) > 1 and run[-1].role == "frac":
        return Core(i, j, (numwords.compose(run[:-1]) * run[-1].value,), "frac", False)
    return None


def _whole(toks: tuple[Tok, ...], i: int, j: int, run: list) -> Core:
    role = run[-1].role if run[-1].role in ("ord", "coll", "times", "frac") else "card"
    if role == "ord" and len(run) > 1:  # "двадцать третьего"
        return Core(i, j, (sum(e.value for e in run),), "ord", False)
    value = numwords.compose(run) if role == "card" else run[-1].value
    scales = [e.value for e in run if e.role == "scale"]
    core = Core(i, j, (value,), role, False, scaled=bool(scales), scale=scales[-1] if scales else 1.0)
    return _half(toks, core)


def _noun_follows(toks: tuple[Tok, ...], j: int) -> bool:
    return j < len(toks) and toks[j].kind == "word" and toks[j].pos in ("NOUN", "ADJF", "PRTF")


def _lone_scale(toks: tuple[Tok, ...], i: int) -> bool:
    """"тысяча", "более миллиона": a scale word alone is a number only in the singular
    or after a qualifier; plural "тысячи людей" is vague."""
    lone = word_set("lone_scales.txt")
    if toks[i].low in lone:
        return True
    return i > 0 and toks[i - 1].low in _qualifying() and toks[i].low.startswith(tuple(lone))


@once
def _qualifying() -> frozenset[str]:
    """The single words of the qualifier table ("более", "около", "до")."""
    return frozenset(words for words, _ in table("qualifiers.tsv") if " " not in words)


def _half(toks: tuple[Tok, ...], core: Core) -> Core:
    """"два с половиной (миллиона)": add a half before any scale word."""
    j = core.end
    if (core.role == "card" and not core.scaled and j + 1 < len(toks)
            and toks[j].low == "с" and toks[j + 1].lemma == "половина"):
        return replace(core, end=j + 2, values=(core.values[0] + 0.5,))
    return core


def _vulgar_fraction(toks: tuple[Tok, ...], core: Core) -> Core:
    """"36 ¾": a fraction sign after whole digits adds to them."""
    j = core.end
    fractions = _fraction_signs()
    if not core.digits or len(core.values) > 1 or j >= len(toks) or toks[j].text not in fractions:
        return core
    return replace(core, end=j + 1, values=(core.values[0] + fractions[toks[j].text],))


@once
def _fraction_signs() -> dict[str, float]:
    return {sign: float(value) for sign, value in table("vulgar_fractions.tsv")}


def _tight_range(toks: tuple[Tok, ...], core: Core) -> Core:
    """"14–15", "1,2—2", "два-три": a second number after a dash."""
    j = core.end
    if len(core.values) > 1 or j + 1 >= len(toks) or toks[j].text not in DASHES:
        return core
    if core.role not in ("card",):
        return core
    nxt = toks[j + 1]
    other = _digits(nxt, j + 1) if nxt.kind == "num" else _words(toks, j + 1)
    if other is None or other.digits != core.digits or other.role != "card" or other.suffix:
        return core
    if other.scaled and not core.scaled and not core.digits:
        return core
    return replace(core, end=other.end, values=core.values + other.values,
                   scaled=core.scaled or other.scaled)


def _scale(toks: tuple[Tok, ...], core: Core) -> Core:
    """"19,7 млрд", "8,1 миллиона", "250 тыс.": multiply by a scale word after digits."""
    j = core.end
    if core.scaled or j >= len(toks) or toks[j].kind != "word":
        return _half(toks, core) if not core.digits else core
    entry = numwords.word(toks[j].text)
    if entry is None or entry.role != "scale":
        return core
    end = j + 2 if _abbreviation_dot(toks, j) else j + 1
    values = core.values
    if core.digits and len(values) == 1 and "." in core.raw:  # "1.250 млрд" is 1.25
        values = (numwords.digits(core.raw, before_scale=True),)
    values = tuple(v * entry.value for v in values)
    core = replace(core, end=end, values=values, scaled=True, scale=entry.value)
    return _smaller_part(toks, core)


def _smaller_part(toks: tuple[Tok, ...], core: Core) -> Core:
    """"1 млн 200 тыс.": digits with a smaller scale word continue the number."""
    j = core.end
    if len(core.values) > 1 or j + 1 >= len(toks) or toks[j].kind != "num":
        return core
    rest = _digits(toks[j], j)
    if rest is None or rest.suffix or len(rest.values) > 1:
        return core
    rest = _scale(toks, rest)
    if not rest.scaled or rest.scale >= core.scale:
        return core
    return replace(core, end=rest.end, values=(core.values[0] + rest.values[0],))


def _abbreviation_dot(toks: tuple[Tok, ...], j: int) -> bool:
    """Whether the dot after a scale abbreviation belongs to it: always for "тыс.", for
    "млн." only when the sentence goes on ("млн. руб."), else it ends the sentence."""
    if j + 1 >= len(toks) or toks[j + 1].text != "." or toks[j + 1].gap:
        return False
    if toks[j].low == "тыс":
        return True
    if toks[j].low not in ("млн", "млрд", "трлн"):
        return False
    return j + 2 < len(toks) and toks[j + 2].text[:1].islower()


def numeric_date(tok: Tok) -> tuple[int, int, int] | None:
    """"30.04.2020" -> (2020, 4, 30)."""
    match = NUMERIC_DATE.fullmatch(tok.text) if tok.kind == "num" else None
    if not match:
        return None
    day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    return (year, month, day) if 1 <= day <= 31 and 1 <= month <= 12 else None
