"""Indirect contents that say nothing: the addressee of a speech act named by a verb and
its object ("выразил соболезнования родным погибших", "принёс извинения болельщикам")."""
from __future__ import annotations

from .draft import Draft
from .words import Word, best_pos, parses, tokenize

CASES_OF_CONTENT = ("nomn", "accs", "gent")  # what a phrase content may open with


def empty(text: str, d: Draft) -> bool:
    """A content right after a cue phrase that holds its own object ("выразил
    соболезнования") and is only a dative noun phrase: whom the words were for."""
    if d.kind != "indirect" or not d.cue or d.start < d.cue[1] or " " not in d.cue[2]:
        return False
    if text[d.cue[1]:d.start].strip(" \xa0"):
        return False  # "выразил надежду, что ...", "выразил мнение о ...": words follow
    words = [w for w in tokenize(text, d.start, d.end) if w.is_word]
    return bool(words) and _dative_phrase(words)


def _dative_phrase(words: list[Word]) -> bool:
    """"семье актрисы", "родным и близким погибших": no case but the dative fits the
    first word, and no verb follows."""
    first = parses(words[0])
    return best_pos(words[0]) in ("NOUN", "ADJF") and any("datv" in p.tag for p in first) \
        and not any(c in p.tag for p in first for c in CASES_OF_CONTENT) \
        and not any(best_pos(w) in ("VERB", "INFN") for w in words)
