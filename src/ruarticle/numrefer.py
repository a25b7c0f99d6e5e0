"""What bare mentions refer to across sentences: the unit of a bare number ("из 3512",
"714 млн") and the currency of a bare "фунтов" after "кипрских фунтов"."""
from __future__ import annotations

from dataclasses import replace

from . import numsubject
from .numdraft import Draft

# How many sentences back a bare number may borrow the unit of a counted one.
INHERIT_SENTENCES = 2
# What a collective numeral counts when no noun follows ("двое", "четверо"): people.
COLLECTIVE_UNIT = "человек"


def resolve(reads: list) -> list:
    """``reads`` carry ``sentence``, ``toks`` and ``drafts``; the same, with units filled in."""
    return _age_tails(_resolve_currencies(_inherit_units(reads)))


def _age_tails(reads: list) -> list:
    """"ему было 115 лет и 253 дня": the days after an age are part of the age."""
    out = []
    for read in reads:
        drafts = list(read.drafts)
        for n in range(1, len(drafts)):
            prev, draft = drafts[n - 1], drafts[n]
            between = [t.low for t in read.toks[prev.end:draft.first]]
            if prev.kind == "age" and draft.kind == "period" and between in ([], ["и"]):
                drafts[n] = replace(draft, kind="age")
        out.append(_with_drafts(read, drafts))
    return out


def _inherit_units(reads: list) -> list:
    """What a bare number counts: the noun after "количество" ("количество заявок достигло
    1,2 миллиона"), else the unit of a recent figure ("3070 участков (из 3512)", "1 млрд
    человек ... Facebook — 714 млн"; a scaled one may also restate money)."""
    last: dict[str, tuple[int, Draft]] = {}
    out = []
    for read in reads:
        drafts = []
        for n, draft in enumerate(read.drafts):
            if draft.bare:
                draft = (_of_next(read, n) or _coordinated(read, drafts, draft)
                         or _bare_unit(read, draft, last))
            if _is_source(read.toks, draft):
                last["count" if draft.kind == "count" else "money"] = (read.sentence.index, draft)
                last["any"] = (read.sentence.index, draft)
            drafts.append(draft)
        out.append(_with_drafts(read, drafts))
    return out


def _with_drafts(read, drafts: list):
    """The read with these drafts; the same read when none changed (most sentences have
    no figure to resolve, and every pass would copy each read)."""
    if len(drafts) == len(read.drafts) and all(a is b for a, b in zip(drafts, read.drafts)):
        return read
    return replace(read, drafts=tuple(drafts))


def _of_next(read, n: int) -> Draft | None:
    """"30 из 101 места": a bare number counts what the next one after "из" counts."""
    draft = read.drafts[n]
    if n + 1 >= len(read.drafts):
        return None
    nxt = read.drafts[n + 1]
    between = [t.low for t in read.toks[draft.end:nxt.first]]
    if between != ["из"] or nxt.unit is None or nxt.kind not in ("count", "money"):
        return None
    return replace(draft, kind=nxt.kind, unit=nxt.unit, bare=None)


def _coordinated(read, done: list, draft: Draft) -> Draft | None:
    """"более 40 сольных дисков и три": a bare number joined to a counted one counts the same."""
    if not done or done[-1].unit is None or done[-1].kind not in ("count", "money", "quantity", "period"):
        return None
    between = [t.low for t in read.toks[done[-1].end:draft.first]]
    if between not in (["и"], [","], ["или"]):
        return None
    return replace(draft, kind=done[-1].kind, unit=done[-1].unit, bare=None)


def _is_source(toks, draft: Draft) -> bool:
    """Whether a later bare number may borrow this figure's unit."""
    return (draft.kind in ("count", "money") and draft.unit is not None
            and not _bracketed(toks, draft) and not _subset(toks, draft))


def _bracketed(toks, draft: Draft) -> bool:
    """A figure in brackets restates another ("368 млн рублей (около 5,8 млн долларов)")."""
    return any(t.text == "(" for t in toks[max(0, draft.first - 2):draft.first])


def _subset(toks, draft: Draft) -> bool:
    """"..., среди которых десять женщин": a part of the group counted before."""
    return any(t.low in ("которых", "них") for t in toks[max(0, draft.first - 3):draft.first])


def _bare_unit(read, draft: Draft, last: dict) -> Draft:
    noun = numsubject.counted_noun(read.toks, draft)
    if noun:
        return replace(draft, unit=noun)
    if draft.bare == "collective":  # "ещё четверо госпитализированы"
        return replace(draft, unit=COLLECTIVE_UNIT)
    if draft.bare == "words":
        return draft
    source = last.get("any" if draft.bare == "scaled" else "count")
    if source is None or read.sentence.index - source[0] > INHERIT_SENTENCES:
        return draft
    found = source[1]
    return replace(draft, kind=found.kind, unit=found.unit, noun=found.noun, named=found.named)


def _resolve_currencies(reads: list) -> list:
    """A bare "фунтов" after "кипрских фунтов" is the same currency."""
    named: dict[str, str] = {}
    out = []
    for read in reads:
        drafts = []
        for draft in read.drafts:
            if draft.kind == "money" and draft.noun:
                if draft.named:
                    named[draft.noun] = draft.unit
                elif draft.noun in named:
                    draft = replace(draft, unit=named[draft.noun])
            drafts.append(draft)
        out.append(_with_drafts(read, drafts))
    return out
