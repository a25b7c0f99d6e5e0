"""Where quote content ends once all finders have spoken: marked words inside an indirect
clause, an indirect report running into marked speech, an aside "по его словам" in the
middle of a clause, marks or brackets left open at the end.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ..records import Paragraph
from . import marks
from .draft import Draft
from .lexicon import backref_at
from .words import best_pos, tokenize

FINITE = ("VERB", "PRTS", "ADJS", "PRED")
ASIDE_GAP = regex.compile(r"\s*,\s*")
SENTENCE_END = regex.compile(r"[.!?…]\s")
# "металлоискателейВпервые": a lowercase word glued to a capitalised one ("«УралТеплоСтрой»" opens with a capital)
GLUED = regex.compile(r"(?<![\p{L}\d-])[а-яё]{4,}(?=[А-ЯЁ][а-яё])")
NEIGHBOURS = 32  # reports starting just before a quote that may hold it


def settled(text: str, prose: list[Paragraph], drafts: list[Draft]) -> list[Draft]:
    by_index = {p.index: p for p in prose}
    drafts = _through_asides(text, _without_embedded(text, drafts))
    return [_unglued(text, _closed(text, d, by_index.get(d.paragraph))) for d in drafts]


def _unglued(text: str, d: Draft) -> Draft:
    """"рамки металлоискателейВпервые за 17 лет ...": a page that lost a line break glued
    the next line's first word to the content's last one; the content ends at the glue."""
    if d.kind != "indirect":
        return d
    glue = GLUED.search(text, d.start, d.end)
    return d if glue is None else d.with_(end=glue.end())


def _without_embedded(text: str, drafts: list[Draft]) -> list[Draft]:
    """"отметил, что собирается ... «так скоро, как потребуется», пишет Reuters": marked
    words inside the clause of an indirect quote, not attributed from within it, are
    part of that one indirect quote."""
    indirect = sorted((d.start, d.end) for d in drafts if d.kind == "indirect")
    starts = [s for s, _ in indirect]

    def embedded(d: Draft) -> bool:
        if d.kind != "direct" or (d.cue and d.cue[0] < d.start):
            return False
        for start, end in indirect[max(0, bisect_right(starts, d.start) - NEIGHBOURS):bisect_right(starts, d.start)]:
            if start < d.start - 1 and d.end <= end + 1 and not SENTENCE_END.search(text, start, d.start):
                return True
        return False
    kept = [d for d in drafts if not embedded(d)]
    directs = sorted((d.start, d.cue[0] if d.cue and d.cue[0] >= d.end else -1) for d in kept if d.kind == "direct")
    relayed = [(d, _relayed(text, d, directs)) if d.kind == "indirect" else (d, None) for d in kept]
    return [d if at is None else d.with_(end=at) for d, at in relayed if at != -1]


def _relayed(text: str, d: Draft, directs: list[tuple[int, int]]) -> int | None:
    """An indirect quote's content running on past its sentence into marked speech ends
    with its sentence (the new end is returned). Within one sentence, a report of marked
    words that carries their own attribution ("«...», — говорится в сообщении СМИ, пишет
    газета") relays that quote and is no second one (-1)."""
    k = bisect_left(directs, (d.start, -1))
    if k == len(directs) or directs[k][0] >= d.end:
        return None
    stops = [m.start() for m in SENTENCE_END.finditer(text, d.start, directs[k][0])]
    if stops:
        return stops[-1]
    return -1 if 0 <= directs[k][1] < d.end else None


def _through_asides(text: str, drafts: list[Draft]) -> list[Draft]:
    """"курс стабилен благодаря резервам, которые, по его словам, превысили 5 млрд":
    an aside "по его словам" inside a reported clause, whose verb is still to come, does
    not cut it in two."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d.start, d.end)):
        last = out[-1] if out else None
        if last is not None and last.kind == d.kind == "indirect" and _aside(text, last, d):
            out[-1] = last.with_(end=max(last.end, d.end))
            if not _pointed(text, last, d):
                continue
        out.append(d)
    return out


def _pointed(text: str, before: Draft, d: Draft) -> bool:
    """"X отмечает, что ...: об этом, по сведениям Y, договорились ...": after a colon an
    insert follows only a pointer to what came before; the clause it opens is a statement
    of its own, nested in X's."""
    colon = text.rfind(":", before.start, before.end)
    words = [w for w in tokenize(text, colon + 1, before.end) if w.is_word] if colon >= 0 else []
    return bool(words) and backref_at(words, 0) == len(words)


def _aside(text: str, before: Draft, d: Draft) -> bool:
    if not d.cue or not (before.end <= d.cue[0] < d.cue[1] <= d.start):
        return False
    cue = text[d.cue[0]:d.cue[1]]
    # the clause the aside sits in starts after the last comma or colon ("фактором остается
    # политика: расходы бюджета, по оценке Нацбанка, поддерживают спрос")
    tail = max(text.rfind(",", before.start, before.end), text.rfind(":", before.start, before.end)) + 1 \
        or before.start
    words = [w for w in tokenize(text, tail, before.end) if w.is_word]
    if any(best_pos(w) in FINITE for w in words):
        return False  # "выборы станут выбором, по его словам, речь идёт ...": a new clause
    named = d.speaker is not None and d.speaker[0] >= d.cue[1]  # "по словам сторонников", not "по его словам"
    if named and words and words[-1].low.startswith("котор"):
        return False  # "«революцию», которая, по словам сторонников, означает ...": their view
    after = max(d.cue[1], d.speaker[1]) if d.speaker else d.cue[1]  # "по оценке Нацбанка,"
    return cue[:3] == "по " and ASIDE_GAP.fullmatch(text, before.end, d.cue[0]) is not None \
        and ASIDE_GAP.fullmatch(text, after, d.start) is not None


def _closed(text: str, d: Draft, p: Paragraph | None) -> Draft:
    """Indirect content cut inside marks or brackets it opened ("противоречит
    высказыванию: „Любите врагов ваших“»") runs on to where they close."""
    if d.kind != "indirect" or p is None or not any(c in text[d.start:d.end] for c in "«„“\"("):
        return d
    spans = [(m.open, m.close) for m in marks.outer(text, p.start, p.end)] + marks.brackets(text, p.start, p.end)
    end = max([close + 1 for open_, close in spans if d.start <= open_ < d.end <= close] + [d.end])
    return d if end == d.end else d.with_(end=end)
