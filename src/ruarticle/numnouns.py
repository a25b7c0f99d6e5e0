"""The noun a number counts: "135 товарным позициям", "12 погибших"; and when a counted
"два" is no figure ("двух стран")."""
from __future__ import annotations

from . import dates, morph
from .numcore import Core
from .numtokens import Tok
from .resources import word_set


def counted(toks, j: int) -> tuple[str, int] | None:
    """The lemma of a counted noun after a number, past at most two adjectives."""
    for k in range(j, min(j + 3, len(toks))):
        tok = toks[k]
        if tok.kind != "word" or not tok.text[:1].islower() or tok.gap.strip():
            return _substantive(toks, j, k)
        lemma = _noun_lemma(tok)
        if lemma and lemma not in word_set("number_blocker_after.txt"):
            return (lemma, k + 1) if not dates.month(tok) else None
        pos = tok.pos
        if pos not in ("ADJF", "PRTF"):
            return _substantive(toks, j, k)
    return None


def _substantive(toks, j: int, k: int) -> tuple[str, int] | None:
    """"12 погибших.", "14 раненых —": a plural adjective or participle standing for a noun."""
    if k != j + 1:
        return None
    parse = next((p for p in morph.parses(toks[j].low)
                  if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag and "gent" in p.tag), None)
    if parse is None:
        return None
    form = morph.inflect(parse, {"masc", "sing", "nomn"})
    lemma = form.word.replace("ё", "е") if form else None
    return (lemma, k) if lemma in word_set("substantives.txt") else None


def _noun_lemma(tok: Tok) -> str | None:
    """The lemma of a likely noun reading ("ассиста" is also read as a short adjective)."""
    if tok.pos in ("ADJF", "PRTF", "PREP", "CONJ", "PRCL", "INFN", "VERB"):
        return None
    for parse in morph.parses(tok.low):
        if parse.tag.POS == "NOUN" and parse.score >= 0.15:
            return _hyphenated(tok.low) or morph.normal(parse)
    return None


def _hyphenated(word: str) -> str | None:
    """"хот-догов" -> "хот-дог": only the last part of a hyphenated noun declines."""
    head, dash, tail = word.rpartition("-")
    if not dash or not head:
        return None
    return f"{head}-{morph.lemma(tail)}"


def is_pair(toks, core: Core, counted: tuple[str, int]) -> bool:
    """"между двумя странами": the parties of a relation, not a figure; but "двум
    государствам еврозоны" and "два других государства" are counts."""
    noun, end = counted
    if core.digits or core.values != (2.0,) or noun not in word_set("pair_nouns.txt"):
        return False
    if end - core.end > 1:
        return False  # an adjective in between
    nxt = toks[end] if end < len(toks) else None
    return not (nxt is not None and nxt.kind == "word" and (nxt.text[:1].isupper() or nxt.pos == "NOUN"))


def plural_next(toks, j: int) -> bool:
    for k in range(j, min(j + 3, len(toks))):
        if toks[k].kind != "word":
            return False
        if toks[k].pos == "NOUN":
            return "plur" in morph.best(toks[k].low).tag
    return False
