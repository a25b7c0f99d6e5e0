"""Impersonal verbs that report only inside a named text: "В публикации предполагается,
что ...". Without "в статье", "в докладе" before them they state a plan or a hedge."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .sources import document_author, is_document
from .words import best_pos

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
