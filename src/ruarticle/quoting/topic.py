"""The body an article is about: the one its headline opens with («Волжский кредит» ответил
на санкции, Сеть «Полка» увеличила выручку). Business and federal news name it once and then
say "в банке", "в компании", "пресс-служба перевозчика"; those bare nouns take it up, as a
reader does, when the text shows it to be a body of that kind."""
from __future__ import annotations

import math
from functools import cached_property

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


class ArticleTopic:
    """One article's headline body and what the text shows of it, worked out on the first
    bare "в банке" and kept: an article may have many, and the headline, the words before
    the name in marks, its first mention and its entity are the same for all of them."""

    def __init__(self, text: str, registry):
        self.text = text
        self.registry = registry

    def body(self, words, start: int):
        """(entity id, name, False) of the article's body taken up by a bare noun of its
        kind at ``start``, or None."""
        noun = topic_noun(words)
        name = self.name if noun else None
        if name is None or not self._of_kind(noun) or not self._first_end <= start:
            return None
        entity = self._entity
        return (entity.id if entity is not None else None), name, False

    @cached_property
    def name(self) -> str | None:
        return headline_body(self.text)

    def _of_kind(self, noun: str) -> bool:
        """Whether the text names the body right after a noun of ``noun``'s kind: "банк
        «Волжский кредит»", "Авиакомпания «Северный ветер»" for "компании"."""
        kind = body_kinds().get(noun)
        return any(lemma == noun or kind is not None and body_kinds().get(lemma) == kind
                   for lemma in self._before_name)

    @cached_property
    def _before_name(self) -> tuple[str, ...]:
        """The lemmas of the words right before the name opens in marks, in any case."""
        pattern = r"(\p{L}+)\s+«" + regex.escape(_stem(self.name))
        return tuple(morph.lemma(m.group(1).lower()) for m in regex.finditer(pattern, self.text, regex.IGNORECASE))

    @cached_property
    def _first_end(self) -> float:
        """Where the body's first mention (a word with its name's stem) ends; infinity
        where the text never names it."""
        first = _stem(self.name)
        return next((w.end for w in tokenize(self.text) if w.is_word and w.low.startswith(first)), math.inf)

    @cached_property
    def _entity(self):
        """The organisation entity whose name shares the body's stem, or None."""
        first = _stem(self.name)
        return next((e for e in self.registry.entities if e.type == "ORG"
                     and any(w.low.startswith(first) for w in tokenize(e.name) if w.is_word)), None)


def _stem(name: str) -> str:
    """The first letters of a body's name that its mentions share in any case."""
    return name.split()[0].lower()[:STEM]


def _opens_sentence(words, word) -> bool:
    """"Авиакомпания сослалась на ...": a common noun capitalised only as the sentence's first word."""
    return word is words[0] and not word.text.isupper() and morph.known(word.low)
