"""When an ordinal is no figure ("первый зампред", "в первую очередь", "17-й больницы")
and when a cardinal is a rank ("на 34 месте")."""
from __future__ import annotations

from .numcore import Core
from .numtokens import Tok
from .resources import table, word_set

# Nouns starting so are deputy posts ("замглавы", "вице-премьер").
POST_PREFIXES = ("зам", "вице")


def plural_only(tok: Tok) -> bool:
    return tok.has("plur") and not tok.has("sing")


def fixed_phrase(toks, core: Core) -> bool:
    """"первый зампред", "в первую очередь": ordinals inside posts and idioms."""
    lemma = None if core.digits else toks[core.end - 1].lemma
    idioms = {(a, b) for a, b in table("ordinal_idioms.tsv")}
    posts = word_set("ordinal_posts.txt")
    for k in range(core.end, min(core.end + 2, len(toks))):
        nxt = toks[k]
        if nxt.kind != "word":
            return False
        if nxt.lemma in posts or nxt.low in posts or (lemma, nxt.lemma) in idioms:
            return True
        if nxt.low.startswith(POST_PREFIXES) or core.digits and nxt.lemma in word_set("institution_nouns.txt"):
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
