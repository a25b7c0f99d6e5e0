"""The body an article is about: the one its headline opens with («Волжский кредит» ответил
на санкции, Сеть «Полка» увеличила выручку). Business and federal news name it once and then
say "в банке", "в компании", "пресс-служба перевозчика"; those bare nouns take it up, as a
reader does, when the text shows it to be a body of that kind."""
from __future__ import annotations

import regex

from .. import morph
from ..resources import word_set
from .bodies import body_kinds
from .words import tokenize

HEAD_LINES = 4  # first non-empty lines where a page's headline stands (after a breadcrumb)
LONG_LINE = 200  # characters: a line this long is the body text, no headline
# «Name» or "Сеть «Name»" opening a line
OPENING_NAME = regex.compile(r"^(?:\p{L}+\s+)?«([^«»\n]{2,60})»")
# "Клиенты банка «Name»": a body's noun and its name a few words into the line
NOUN_NAME = regex.compile(r"^(?:\p{L}+\s+){1,2}?(\p{L}+)\s+«([^«»\n]{2,60})»")
STEM = 4  # letters of a name's first word matched in any case ("Волжском кредите")


def headline_body(text: str) -> str | None:
    """The quoted name opening one of the page's first short lines, a headline (no full
    stop ends it, a line break follows), or None."""
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:HEAD_LINES]
    for line in lines:
        if len(line) > LONG_LINE or line.endswith(".") or text.find(line) + len(line) >= len(text.rstrip()):
            return None
        m = OPENING_NAME.match(line)
        if m:
            return m.group(1).strip()
        m = NOUN_NAME.match(line)
        if m and morph.lemma(m.group(1).lower()) in word_set("quote_headline_body_nouns.txt"):
            return m.group(2).strip()
    return None


def topic_noun(words) -> str | None:
    """The lemma of a lone lower-case noun that may take up the article's body, or None."""
    content = [w for w in words if w.is_word]
    if len(content) != 1 or content[0].is_upper and not _opens_sentence(words, content[0]):
        return None
    lemma = morph.lemma(content[0].low)
    return lemma if lemma in word_set("quote_headline_body_nouns.txt") else None


def of_kind(text: str, name: str, noun: str) -> bool:
    """Whether the text names ``name`` right after a noun of ``noun``'s kind: "банк
    «Волжский кредит»", "Авиакомпания «Северный ветер»" for "компании"."""
    kind = body_kinds().get(noun)
    first = _stem(name)
    for m in regex.finditer(r"(\p{L}+)\s+«" + regex.escape(first), text, regex.IGNORECASE):
        lemma = morph.lemma(m.group(1).lower())
        if lemma == noun or kind is not None and body_kinds().get(lemma) == kind:
            return True
    return False


def spoken_of(text: str, name: str, before: int) -> bool:
    """Whether the body is named in the text before ``before`` (its first word's stem)."""
    first = _stem(name)
    return any(w.low.startswith(first) for w in tokenize(text, 0, before) if w.is_word)


def body(text: str, registry, words, start: int):
    """(entity id, name, False) of the article's body taken up by a bare noun of its kind
    at ``start``, or None."""
    noun = topic_noun(words)
    name = headline_body(text) if noun else None
    if name is None or not of_kind(text, name, noun) or not spoken_of(text, name, start):
        return None
    first = _stem(name)
    entity = next((e for e in registry.entities if e.type == "ORG"
                   and any(w.low.startswith(first) for w in tokenize(e.name) if w.is_word)), None)
    return (entity.id if entity is not None else None), name, False


def _stem(name: str) -> str:
    """The first letters of a body's name that its mentions share in any case."""
    return name.split()[0].lower()[:STEM]


def _opens_sentence(words, word) -> bool:
    """"Авиакомпания сослалась на ...": a common noun capitalised only as the sentence's first word."""
    return word is words[0] and not word.text.isupper() and morph.known(word.low)
