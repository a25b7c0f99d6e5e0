"""Organisation rules on top of NER: drop what is not an organisation (media in
general, social networks), find organisations named by common nouns
("правительство", "полиция"), and extend a name by the country or city that
follows it in the genitive ("МИД России"), keeping the shorter name as well.
"""
from __future__ import annotations

from . import morph, posts
from .resources import once, table, word_set

MAX_CHAIN = 4


@once
def heads() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(lemma sequence, mode) pairs, longest first."""
    rows = [(tuple(morph.lemma(w) for w in row[0].split()), row[1])
            for row in table("org_heads.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@once
def _heads_by_first() -> dict[str, tuple[int, ...]]:
    """First lemma -> positions in heads(): a token looks up only the phrases it can start."""
    index: dict[str, list[int]] = {}
    for n, (key, _) in enumerate(heads()):
        index.setdefault(key[0], []).append(n)
    return {first: tuple(rows) for first, rows in index.items()}


@once
def reclassified() -> dict[str, str]:
    return {row[0]: row[1] for row in table("reclassified.tsv")}


def named_like_org(words: list[str]) -> bool:
    """"Викиновостям": a person span whose lemmas name an organisation (reclassified.tsv)."""
    return reclassified().get(" ".join(morph.lemma(w.lower()) for w in words)) == "ORG"


def is_product(words: list[str]) -> bool:
    """"СМИ", "Facebook", "Интернет": spans NER calls organisations that are not."""
    low = " ".join(words).lower().replace("ё", "е")
    return low in word_set("not_orgs.txt") or " ".join(
        morph.lemma(w.lower()) for w in words) in word_set("not_orgs.txt")


def lexicon_at(tokens, i) -> tuple[int, str] | None:
    """(last token, mode) when an organisation noun phrase starts at token i."""
    rows, index = heads(), _heads_by_first()
    options = morph.lemmas(tokens[i].text.lower())
    if index.keys().isdisjoint(options):
        return None  # most words head no listed organisation noun
    for n in sorted(n for lemma in options for n in index.get(lemma, ())):
        key, mode = rows[n]
        end = i + len(key)
        if end > len(tokens) or tokens[end - 1].sentence != tokens[i].sentence:
            continue
        if all(key[k] in morph.lemmas(tokens[i + k].text.lower()) for k in range(len(key))):
            return end - 1, mode
    return None


def genitive_chain(tokens, last, stop: set[int]) -> int:
    """Extend over a genitive chain ("пресс-служба главы кабмина РК")."""
    j = last + 1
    while j < len(tokens) and j - last <= MAX_CHAIN and j not in stop:
        token = tokens[j]
        if token.sentence != tokens[last].sentence or token.start - tokens[j - 1].end > 1:
            break
        if not posts.genitive(token) or j > last + 1 and told_outlet(tokens, j):
            break
        j += 1
    return j - 1


def told_outlet(tokens, j: int) -> bool:
    """"в МЧС ТАСС сообщили", "пресс-служба МЧС ТАСС": a news outlet right after an
    abbreviation was told the news; it is no part of that body's name ("пресс-служба ТАСС",
    "совет директоров РБК" are the outlet's own)."""
    return j > 0 and tokens[j - 1].text.isupper() and tokens[j].text.lower() in word_set("quote_outlets.txt")


def left_modifiers(tokens, i, place_adjectives: set[int]) -> int:
    """First token of the name: place adjectives and org_modifiers.txt words before the noun."""
    first = i
    while first > 0 and tokens[first - 1].sentence == tokens[i].sentence and first > i - 2:
        k = first - 1
        if k not in place_adjectives and morph.lemma(tokens[k].text.lower()) not in word_set(
                "org_modifiers.txt"):
            break
        first = k
    return first
