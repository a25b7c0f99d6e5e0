"""Digits that are not figures: phone numbers, times, list markers, model names,
quoted names («36,6»), law and article numbers, URLs."""
from __future__ import annotations

import regex

from . import dates, numwords, units
from .numtokens import Tok
from .resources import word_set

# A run of digits with phone punctuation; trimmed and checked in code, possessive so linear.
PHONE = regex.compile(r"\+?\d[\d\- ()\u00a0]{8,}+")
SHORT_QUOTE = regex.compile(r"«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^“”\n]{1,40}”")
QUOTE_NAME_MAX_WORDS = 4
LATIN = regex.compile(r"[A-Za-z]")
CLOCK = regex.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
FRACTION = regex.compile(r"(\d{1,2})/(\d{1,2})(?![\d/.,])")


def blocked(toks: tuple[Tok, ...], text: str, offset: int, paragraph_start: bool) -> frozenset[int]:
    """Indices of tokens that must not start a figure. ``text`` is the sentence, starting
    at ``offset`` in the article; ``paragraph_start`` says it opens its paragraph."""
    spans = _phone_spans(text, offset) + _quoted_names(text, offset)
    found = {i for i, tok in enumerate(toks) if any(s <= tok.start < e for s, e in spans)}
    for i, tok in enumerate(toks):
        if tok.kind == "num" and _identifier(toks, i, text, offset):
            found.add(i)
    found |= _list_markers(toks, paragraph_start)
    for i, tok in enumerate(toks):  # "пунктам 1 и 7": the numbers listed with an identifier
        if tok.kind == "num" and i > 1 and toks[i - 1].low in ("и", ",", "или") and i - 2 in found \
                and toks[i - 2].kind == "num":
            found.add(i)
    return frozenset(found)


def _list_markers(toks: tuple[Tok, ...], paragraph_start: bool) -> set[int]:
    """"1. Михаил Саакашвили — 52,1 %", "2) ...", "Условия 1 Трудоустройство 2 Зарплата":
    small numbers opening a list item."""
    found = {i for i in range(len(toks) - 1) if _bare_item_number(toks, i)}
    for i, tok in enumerate(toks[:-1]):
        if tok.kind != "num" or not tok.text.isdigit() or len(tok.text) > 2:
            continue
        mark = toks[i + 1]
        last = i + 2 == len(toks)  # razdel may cut the sentence right after "2."
        if mark.text not in ".)" or mark.gap or not (last or toks[i + 2].text[:1].isupper()):
            continue
        if i == 0 or toks[i - 1].kind in ("other", "num"):
            found.add(i)  # after punctuation, a sign or a figure: "— 52,1 % 2. Петров"
    return found


def _bare_item_number(toks: tuple[Tok, ...], i: int) -> bool:
    """A small number before a capitalised word it cannot count: "1 Помиловать", "2 Настоящий
    Указ" (but "2 Оскара", "25 Февраля")."""
    tok, nxt = toks[i], toks[i + 1]
    if tok.kind != "num" or not tok.text.isdigit() or int(tok.text) > 20 or nxt.kind != "word":
        return False
    if not nxt.text[:1].isupper() or nxt.text.isupper() or dates.month(nxt, after_day=True):
        return False
    return not nxt.has("gent")


def _phone_spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    for match in PHONE.finditer(text):
        chunk = match.group().rstrip(" -(\u00a0")
        digits = sum(ch.isdigit() for ch in chunk)
        if digits >= 9 and (chunk.startswith("+") or "(" in chunk or chunk.count("-") >= 2):
            spans.append((offset + match.start(), offset + match.start() + len(chunk)))
    return spans


def _quoted_names(text: str, offset: int) -> list[tuple[int, int]]:
    """Short quoted strings are names: «36,6», «Формула 1», «Три минуты тишины»."""
    spans = []
    for match in SHORT_QUOTE.finditer(text):
        inner = match.group()[1:-1]
        if len(inner.split()) <= QUOTE_NAME_MAX_WORDS:
            spans.append((offset + match.start(), offset + match.end()))
    return spans


def _measure_follows(toks: tuple[Tok, ...], j: int) -> bool:
    if j >= len(toks):
        return False
    scale = numwords.word(toks[j].text) if toks[j].kind == "word" else None
    return bool((scale and scale.role == "scale") or units.percent(toks, j)
                or units.currency(toks, j) or units.measure(toks, j))


def _identifier(toks: tuple[Tok, ...], i: int, text: str, offset: int) -> bool:
    """Model names (Watch 5, Tele2), codes, times (10:30), numbers after "№", "статья", "дом"."""
    return (_glued(toks, i, text, offset) or _clock(toks, i) or _marked_after(toks, i)
            or _marked_before(toks, i))


def _glued(toks: tuple[Tok, ...], i: int, text: str, offset: int) -> bool:
    """Digits touching letters or code punctuation: "Tele2", "2-6-27/2016", "#5"."""
    tok = toks[i]
    before = text[tok.start - offset - 1] if tok.start > offset else " "
    after = text[tok.end - offset] if tok.end - offset < len(text) else " "
    rest = text[tok.end - offset:tok.end - offset + 2]
    if len(rest) == 2 and rest[0] == "." and rest[1].isalpha():
        return True  # "0.facebook.com"
    if len(rest) == 2 and rest[0] in "-‑/" and rest[1].isdigit():
        return not _small_fraction(text[tok.start - offset:])  # "2-6-27/2016": a document number
    unit_follows = i + 1 < len(toks) and toks[i + 1].low in word_set("glued_units.txt")
    return (before.isalpha() or after.isalpha() and not unit_follows
            or before in "/#@_" or after in "/_@")


def _small_fraction(text: str) -> bool:
    """"3/4" standing alone (but not "24/7" or "19/38")."""
    match = FRACTION.match(text)
    return bool(match) and 0 < int(match.group(1)) < int(match.group(2)) <= 10


def _clock(toks: tuple[Tok, ...], i: int) -> bool:
    """Either side of "10:30" or "3:1"; "06.00" or "6.00 по московскому времени"."""
    if CLOCK.fullmatch(toks[i].text):
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if toks[i].text.startswith("0") or nxt in word_set("clock_words.txt") or nxt == "по":
            return True
    if i + 2 < len(toks) and toks[i + 1].text == ":" and not toks[i + 1].gap \
            and toks[i + 2].kind == "num" and not toks[i + 2].gap:
        return True
    return i > 0 and toks[i - 1].text == ":" and not toks[i].gap and not toks[i - 1].gap


def _marked_after(toks: tuple[Tok, ...], i: int) -> bool:
    """"158 статьи", "(159 УК РФ)", "184 ФЗ"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    blockers = word_set("number_blocker_after.txt")
    return nxt is not None and nxt.kind == "word" and (nxt.low in blockers or nxt.lemma in blockers)


def _marked_before(toks: tuple[Tok, ...], i: int) -> bool:
    """"№ 5", "ст. 158", "дом 5", "Watch 5" / "BMW 320" (but "Facebook 5%")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.text in ("№", "#"):
        return True
    if prev.kind == "word" and LATIN.search(prev.text) and units.sign(prev) is None:
        return not _measure_follows(toks, i + 1)
    if prev.text == "." and i > 1:
        prev = toks[i - 2]
    blockers = word_set("number_blockers.txt")
    return prev.kind == "word" and (prev.low in blockers or prev.lemma in blockers)
