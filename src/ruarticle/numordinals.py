"""When an ordinal is no figure ("первый зампред", "в первую очередь", "17-й больницы")
and when a cardinal is a rank ("на 34 месте")."""
from __future__ import annotations

from .numcore import Core
from .resources import table, word_set

# Nouns starting so are deputy posts ("замглавы", "вице-премьер").
POST_PREFIXES = ("зам", "вице")


def vague_plural(toks, core: Core) -> bool:
    """"в первые часы", "первые результаты": a plural "first" before a noun means "the
    earliest", not a rank; "одиннадцатые выборы" and "первыми в России" stay ordinals."""
    tok = toks[core.end - 1]
    if core.digits or core.values[0] != 1 or not (tok.has("plur") and not tok.has("sing")):
        return False
    k = core.end + 1 if core.end < len(toks) and toks[core.end].text == "," else core.end
    nxt = toks[k] if k < len(toks) else None  # "первые, предварительные результаты"
    return nxt is not None and nxt.kind in ("word", "num") and nxt.pos in ("NOUN", "ADJF", "NUMR", None)


def fixed_phrase(toks, core: Core) -> bool:
    """"первый зампред", "в первую очередь": ordinals inside posts and idioms."""
    lemma = None if core.digits else toks[core.end - 1].lemma
    idioms = set(table("ordinal_idioms.tsv"))
    posts = word_set("ordinal_posts.txt")
    for k in range(core.end, min(core.end + 2, len(toks))):
        nxt = toks[k]
        if nxt.kind != "word":
            return False
        if nxt.lemma in posts or nxt.low in posts or (lemma, nxt.lemma) in idioms:
            return True
        institution = core.digits and nxt.lemma in word_set("institution_nouns.txt")
        if nxt.low.startswith(POST_PREFIXES) or institution:
            return True  # "первый замглавнокомандующего", "17-й больницы"
        if nxt.pos not in ("ADJF", "PRTF"):
            return False
    return False


def is_place(toks, core: Core, j: int) -> bool:
    """"на 34 месте", "34 место в рейтинге": a rank, read as an ordinal."""
    tok = toks[j]
    if not (core.digits and len(core.values) == 1 and not core.scaled
            and tok.lemma in word_set("place_nouns.txt") and tok.has("sing") and not tok.has("plur")):
        return False
    value = int(core.values[0])
    if value % 10 != 1 or value % 100 == 11:
        return True  # a count would say "34 места"
    prev = toks[core.first - 1] if core.first else None
    return prev is not None and (prev.low == "на" or prev.lemma in ("занять", "занимать"))
