"""Impersonal verbs that report only inside a named text: "В публикации предполагается,
что ...". Without "в статье", "в докладе" before them they state a plan or a hedge."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .sources import document_author, is_document
from .words import best_pos, tokenize

CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–"})


def documented_lemma(ws, i) -> str | None:
    """The lemma of ``ws[i]`` when it is such a verb and "в/во" + a document noun opens its
    clause before it ("В статье журнала предполагается"), else None."""
    if not ws[i].is_word or best_pos(ws[i]) != "VERB":
        return None
    lemma = next((lm for lm in morph.lemmas(ws[i].low) if lm in word_set("quote_documented_verbs.txt")), None)
    return lemma if lemma is not None and document_before(ws, i) is not None else None


def document_before(ws, i):
    """(start, end) characters of who speaks in the document after "в/во" in the clause
    before ``ws[i]``: its author ("В статье журнала" -> "журнала") or the document itself
    ("В публикации предполагается" -> "публикации"); None when there is none."""
    for k in range(i - 1, 0, -1):
        if ws[k].text in CLAUSE_STOPS:
            return None
        if ws[k - 1].low in ("в", "во") and is_document(ws[k]):
            return document_author(ws, k, i) or (ws[k].start, ws[k].end)
    return None


def is_documented(lemma: str) -> bool:
    return lemma in word_set("quote_documented_verbs.txt")


DOCUMENT_REACH = 40  # characters either side of the cue to look for "в сообщении"


def bare_document(text: str, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """(start, end) of a document named bare at an impersonal cue ("— говорится в
    сообщении.", "В пресс-релизе сказано, что"): no author follows, so the notice is the
    one of the source just cited; None when the cue has no such document."""
    after = tokenize(text, cue_end, min(len(text), cue_end + DOCUMENT_REACH))
    if len(after) >= 2 and after[0].low in ("в", "во") and _issued(after[1]) \
            and (len(after) == 2 or after[2].text in DOCUMENT_ENDS):
        return after[1].start, after[1].end
    before = tokenize(text, max(0, cue_start - DOCUMENT_REACH), cue_start)
    if len(before) >= 2 and before[-2].low in ("в", "во") and _issued(before[-1]) \
            and (len(before) == 2 or before[-3].text in DOCUMENT_ENDS or before[-3].low in ("и", "также", "а")):
        return before[-1].start, before[-1].end
    return None


DOCUMENT_ENDS = frozenset({".", ",", ";", "!", "?", "—", "–", "»"})


def _issued(word) -> bool:
    return word.is_word and not word_set("quote_issued_documents.txt").isdisjoint(morph.lemmas(word.low))
