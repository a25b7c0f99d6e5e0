"""What a number measures: currencies (ISO 4217), percent, physical units and periods."""
from __future__ import annotations

from dataclasses import dataclass

from .numtokens import Tok
from .resources import once, table


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # money, percent, quantity, period
    unit: str
    end: int  # index of the token after the unit
    named: bool = False  # the currency was named explicitly ("кипрских фунтов")
    noun: str | None = None  # the currency noun's lemma, to resolve bare mentions later
    factor: float = 1.0  # 0.01 for "копеек", "центов"


@once
def _currencies() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {"word": {}, "named": {}, "sign": {}, "stem": {}, "sub": {}}
    for kind, key, code in table("currencies.tsv"):
        found[kind][key] = code
    return found


@once
def _units() -> dict[str, tuple[str, str]]:
    return {key: (unit, kind) for key, unit, kind in table("units.tsv")}


@once
def _areas() -> dict[tuple[str, str], str]:
    return {(adjective, noun): short for adjective, noun, short in table("area_units.tsv")}


def currency_stem(suffix: str) -> str | None:
    """"долларовой" -> USD: the currency of an adjective made from "100-долларовый"."""
    for stem, code in _currencies()["stem"].items():
        if suffix.startswith(stem):
            return code
    return None


def sign(tok: Tok) -> str | None:
    return _currencies()["sign"].get(tok.low.rstrip("."))


def _dot(toks: tuple[Tok, ...], j: int) -> int:
    """Skip the abbreviation dot after token j-1."""
    return j + 1 if j < len(toks) and toks[j].text == "." and not toks[j].gap else j


def abbreviation_end(toks: tuple[Tok, ...], j: int) -> int:
    """The index after an abbreviation ending at j-1: its dot is its own only when the
    sentence goes on in lowercase ("5 км. в час"); at the end it closes the sentence."""
    if j + 1 < len(toks) and toks[j].text == "." and not toks[j].gap \
            and (toks[j + 1].text[:1].islower() or toks[j + 1].text in ",;)"):
        return j + 1
    return j


def currency(toks: tuple[Tok, ...], j: int) -> Unit | None:
    """A currency named at token j: "$", "руб.", "долларов", "кипрских фунтов", "долларов США"."""
    if j >= len(toks):
        return None
    tok = toks[j]
    code = sign(tok) if tok.kind != "num" else None
    if code and (tok.kind == "other" or tok.text.isupper() or not tok.text.isascii()):
        # signs, Russian abbreviations ("руб."), or Latin codes written as codes ("USD")
        return Unit("money", code, _dot(toks, j + 1))
    if tok.kind != "word":
        return None
    sub = _currencies()["sub"].get(tok.lemma) or _currencies()["sub"].get(tok.low)
    if sub:  # "50 копеек", "30 центов"
        return Unit("money", sub, abbreviation_end(toks, j + 1), factor=0.01)
    words, named = _currencies()["word"], _currencies()["named"]
    noun = _name(tok)
    if noun not in words and j + 1 < len(toks) and _name(toks[j + 1]) in words:
        # an adjective before the noun: "кипрских фунтов"
        pair = f"{tok.lemma} {_name(toks[j + 1])}"
        return Unit("money", named[pair], j + 2, True, _name(toks[j + 1])) if pair in named else None
    if noun not in words:
        return None
    if j + 1 < len(toks):
        pair = f"{noun} {toks[j + 1].lemma}"
        if pair in named:
            return Unit("money", named[pair], j + 2, True, noun)
    return Unit("money", words[noun], j + 1, False, noun)


def _name(tok: Tok) -> str:
    """The currency-table key of a word: its lemma, or the form itself for indeclinable
    names that pymorphy3 lemmatises wrongly ("тенге" -> "тенг")."""
    return tok.low if tok.low in _currencies()["word"] else tok.lemma


def percent(toks: tuple[Tok, ...], j: int) -> Unit | None:
    """"%", "процентов", "процентных пункта", "п.п."."""
    if j >= len(toks):
        return None
    tok = toks[j]
    if tok.text == "%":
        return Unit("percent", "%", j + 1)
    if tok.kind == "word" and tok.lemma in ("процент", "процентный"):
        if j + 1 < len(toks) and toks[j + 1].lemma == "пункт":
            return Unit("percent", "п.п.", j + 2)
        if tok.lemma == "процент":
            return Unit("percent", "%", j + 1)
    if tok.low == "п" and _points(toks, j):
        return Unit("percent", "п.п.", _points(toks, j))
    return None


def _points(toks: tuple[Tok, ...], j: int) -> int | None:
    """"п.п." / "п. п." as tokens п . п ."""
    texts = [t.low for t in toks[j:j + 4]]
    if texts[:3] == ["п", ".", "п"]:
        return _dot(toks, j + 3)
    return None


def measure(toks: tuple[Tok, ...], j: int) -> Unit | None:
    """A physical unit or a period: "км", "тонн", "кв. м", "месяцев", "лет", "°C"."""
    if j < len(toks) and toks[j].text == "°":
        celsius = j + 1 < len(toks) and toks[j + 1].text in ("C", "С") and not toks[j + 1].gap
        return Unit("quantity", "градус", j + 2 if celsius else j + 1)
    if j >= len(toks) or toks[j].kind != "word":
        return None
    tok = toks[j]
    if j + 1 < len(toks) and (tok.lemma, toks[j + 1].lemma) in _areas():  # "квадратных километров"
        return Unit("quantity", _areas()[(tok.lemma, toks[j + 1].lemma)], j + 2)
    if tok.low in ("кв", "куб") and j + 2 < len(toks) and toks[j + 1].text == ".":
        inner = measure(toks, j + 2)
        if inner:
            return Unit("quantity", f"{tok.low}. {inner.unit}", inner.end)
    units = _units()
    key = tok.low if tok.low in units else tok.lemma
    if key not in units:
        return None
    unit, kind = units[key]
    end = abbreviation_end(toks, j + 1) if key == tok.low and len(key) <= 4 else j + 1
    if end + 1 < len(toks) and toks[end].text == "/" and not toks[end].gap and not toks[end + 1].gap:
        per = measure(toks, end + 1)  # "км/ч", "т/сутки"
        if per is not None:
            return Unit("quantity", f"{tok.text.lower()}/{toks[end + 1].text.lower()}", per.end)
    return Unit(kind, unit, end)
