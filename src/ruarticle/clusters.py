"""Grouping mentions into entities: people by name parts (full name, surname
alone, initials, any case), organisations and places by their normal key.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from . import morph, names
from .resources import word_set
from .mentions import Candidate

WORD = regex.compile(r"\p{L}[\p{L}'’\-]*\.?")


def _parts(text: str) -> tuple[list[str], list[str]]:
    """(name words, initials) of a person mention; lowercase words like "миссис" are skipped."""
    words, initials = [], []
    for w in WORD.findall(text):
        if w.endswith(".") and len(w) <= 3:
            initials.append(w[0])
        elif w[:1].isupper():
            words.append(w.rstrip("."))
    return words, initials


class _Person:
    def __init__(self):
        self.members: list[tuple[Candidate, list[str], list[str]]] = []
        self.first: str | None = None
        self.last: str | None = None
        self.order = 0  # when it was first named

    def add(self, candidate, words, initials):
        self.members.append((candidate, words, initials))
        if len(words) >= 2:
            self.first = self.first or _stem(words[0])
            self.last = self.last or _stem(words[-1])
        elif words and self.last is None and self.first is None:
            self.last = _stem(words[0])

    def fits_full(self, words, initials) -> bool:
        first, last = _stem(words[0]), _stem(words[-1])
        if last != self.last:  # "Шавкат Мирзиёв" for "Шавкат Мирзиёев": a slip in the surname
            return self.first == first and (_misspelling(last, self.last)
                                            or _j_declined(last, self.last))
        return self.first is None or _alike(self.first, first)

    def fits_single(self, word, initials) -> bool:
        stem = _stem(word)
        if stem == self.last:
            return not initials or self.first is None or self.first.startswith(initials[0].lower())
        return not initials and self.first is not None and _alike(stem, self.first)


def _stem(word: str) -> str:
    """A name word's stem for matching, without an epithet: "Вэнс-младший" is Вэнс."""
    return names.stem(names.EPITHET.sub("", word))


def _misspelling(one: str, other: str | None) -> bool:
    return other is not None and min(len(one), len(other)) > SPELLING_MIN \
        and names.one_edit(one, other)


def _j_declined(one: str, other: str | None) -> bool:
    """"Аксой" and "Аксоем" stem to "акс" and "аксо": a surname declined like "герой",
    whose "-ой" the stem takes for an adjective's ending."""
    if other is None:
        return False
    short, long_ = sorted((one, other), key=len)
    return len(short) >= 2 and long_[:-1] == short and long_[-1] in "оеу"


def _alike(one: str, other: str) -> bool:
    """First-name stems that differ by one final letter are one name: "Андрей" and
    "Андрея" stem to "андр" and "андре", "Николай" and "Николая" likewise; longer
    ones may differ by any one letter."""
    if one == other:
        return True
    short, long_ = sorted((one, other), key=len)
    if len(short) >= SPELLING_MIN + 1:  # "Бриджит" and "Брижит": two spellings of one name
        return names.one_edit(one, other)
    return len(short) >= 3 and len(long_) == len(short) + 1 and long_.startswith(short)


class _Index:
    """People by the stems of their first and last names, so that a mention is compared
    only with the people whose name it can share (not with everyone so far)."""

    def __init__(self):
        self.groups: list[_Person] = []
        self.by_stem: dict[str, list[_Person]] = {}

    def new(self) -> _Person:
        self.groups.append(_Person())
        self.groups[-1].order = len(self.groups)
        return self.groups[-1]

    def add(self, group: _Person, c, words, initials) -> None:
        known = (group.first, group.last)
        group.add(c, words, initials)
        for stem in {group.first, group.last} - set(known) - {None}:
            self.by_stem.setdefault(stem, []).append(group)

    def sharing(self, *words) -> list[_Person]:
        seen = {}
        for word in words:
            for g in self.by_stem.get(_stem(word), ()):
                seen[id(g)] = g
        return sorted(seen.values(), key=lambda g: g.order)


def cluster_people(people: list[Candidate], said: dict | None = None,
                   oblique: frozenset = frozenset()) -> list[list[Candidate]]:
    """People's mentions grouped by person, each named in the nominative; ``said``:
    (start, end) of a mention -> the gender its agreeing verb shows; ``oblique``: (start,
    end) of the mentions a post before them shows to be in an oblique case (``agreement``)."""
    index = _Index()
    parsed = [(c, *_parts(c.normal)) for c in people]  # a person's normal is still its text
    addressed = _addressed(parsed)
    for c, words, initials in parsed:  # full names first: they define the people
        if len(words) >= 2 and id(c) not in addressed:
            match = next((g for g in index.sharing(words[-1], words[0])
                          if g.fits_full(words, initials)), None)
            index.add(match or index.new(), c, words, initials)
    for c, words, initials in parsed:
        if len(words) == 1 or id(c) in addressed:
            fits = [g for g in index.sharing(words[0]) if g.fits_single(words[0], initials)]
            if len(words) > 1:  # "Тимур Темурович": a first name, never a surname
                fits = [g for g in fits if g.first and _alike(g.first, _stem(words[0]))]
            match = _nearest(fits, c) if fits else None if len(words) > 1 \
                else _misspelt(index, words[0])
            index.add(match or index.new(), c, words, initials)
    for c, words, initials in parsed:
        if not words:
            index.add(index.new(), c, words, initials)
    return [_normalised(g, said or {}, oblique) for g in index.groups]


def _addressed(parsed) -> set[int]:
    """Mentions by first name and patronymic ("Тимур Темурович", "Марии Ивановны") of
    someone the article names in full ("Тимур Кападзе"): matched by the first name, not
    taken for a person surnamed "Темурович" ("Новак Джокович" alone stays a full name)."""
    full = {_stem(w[0]) for _, w, _ in parsed
            if len(w) >= 2 and not (len(w) == 2 and PATRONYMIC.search(w[1].lower()))}
    return {id(c) for c, w, _ in parsed if len(w) == 2 and PATRONYMIC.search(w[1].lower())
            and any(_alike(_stem(w[0]), first) for first in full)}


PATRONYMIC = regex.compile(r"\p{L}{2,}(?:[оеё]вич|ьич|ич)(?:а|у|ем|е)?$|\p{L}{2,}(?:[оеё]вн|ичн)(?:а|ы|е|у|ой)$")

SPELLING_MIN = 4  # stems of shorter surnames one letter apart are often different people


LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def _misspelt(index: _Index, word):
    """The one person whose surname is one letter from this lone surname: a second
    spelling of it in the same article ("Буффье" for "Буфье", "Бонер" for "Бенер").
    The stems one edit away are looked up, so the cost does not grow with the people."""
    stem = _stem(word)
    if len(stem) < SPELLING_MIN or morph.known(word):
        return None  # "Буров", "Мессии": a word of its own, not a slip of another
    near = {id(g): g for other in _one_edit_away(stem) for g in index.by_stem.get(other, ())
            if g.first is not None and g.last == other and len(other) >= SPELLING_MIN}
    return next(iter(near.values())) if len(near) == 1 else None


def _one_edit_away(stem: str) -> set[str]:
    """Every Cyrillic string one deletion, substitution or insertion from the stem."""
    out = {stem[:k] + stem[k + 1:] for k in range(len(stem))}
    for k in range(len(stem) + 1):
        out |= {stem[:k] + ch + stem[k:] for ch in LETTERS}
        if k < len(stem):
            out |= {stem[:k] + ch + stem[k + 1:] for ch in LETTERS if ch != stem[k]}
    return out


def _nearest(fits, c):
    before = [g for g in fits if min(m[0].start for m in g.members) <= c.start]
    pool = before or fits
    return max(pool, key=lambda g: max(m[0].start for m in g.members if m[0].start <= c.start)
               if before else 0)


def _normalised(group: _Person, said: dict, oblique: frozenset = frozenset()) -> list[Candidate]:
    votes = [said[(c.start, c.end)] for c, _, _ in group.members if (c.start, c.end) in said]
    nominative = names.nominatives([words for _, words, _ in group.members], votes,
                                   [(c.start, c.end) in oblique for c, _, _ in group.members])
    out = []
    for c, words, initials in group.members:
        named = _with_particles(c.normal, words)
        normal = _undoubled([w if k and named[k - 1].lower() in ARTICLES else nominative.get(w, w)
                             for k, w in enumerate(named)])
        out.append(replace(c, normal=" ".join([f"{i}." for i in initials] + normal)))
    return out


ARTICLE_PREFIX = regex.compile(r"^\p{Ll}{1,3}-\p{Lu}")  # "аль-Амрики", "ар-Раи", "эль-Барадеи"
ARTICLES = frozenset({"аль", "эль", "ал", "ас", "ад", "ат", "ан"})  # "Аль Тани" is not "Таня"


def _with_particles(text: str, words: list[str]) -> list[str]:
    """The name words with the particles written inside the name ("Усама бен Ладен",
    "Абу Абдул Барр аль-Амрики"); they take no part in matching, only in the name."""
    if not any(not w[:1].isupper() for w in WORD.findall(text)):
        return words
    out, left = [], list(words)
    for w in WORD.findall(text):
        if left and w.rstrip(".") == left[0]:
            out.append(left.pop(0))
        elif ARTICLE_PREFIX.match(w) or out and left and w.lower() in word_set("name_particles.txt"):
            out.append(w)
    return out + left


def _undoubled(words: list[str]) -> list[str]:
    """A word written twice in a row is a slip: "Максим Дадашев Дадашев"."""
    return [w for k, w in enumerate(words) if k == 0 or names.stem(w) != names.stem(words[k - 1])]


def cluster_things(found: list[Candidate]) -> list[list[Candidate]]:
    groups: dict[str, list[Candidate]] = {}
    for c in found:
        groups.setdefault(c.key or f"{c.type}:{c.normal.lower()}", []).append(c)
    for bare, placed in _placed_orgs(found).items():
        if bare in groups and len(placed) == 1 and placed[0] in groups:
            groups[placed[0]] = groups.pop(bare) + groups[placed[0]]
    return list(groups.values())


def _placed_orgs(found: list[Candidate]) -> dict[str, list[str]]:
    """Bare organisation key -> keys of the same name with a place after it: "МВД" and
    "МВД Киргизии" in one article are one ministry, unless two countries' are named."""
    ends = {c.last: c for c in found if c.type == "LOC"}
    placed: dict[str, list[str]] = {}
    for c in found:
        place = ends.get(c.last)
        if c.type != "ORG" or place is None or place.first <= c.first:
            continue
        tail = len(place.normal.split()) if place.normal else 0
        words = c.normal.split()
        if not c.key or tail == 0 or len(words) <= tail:
            continue
        bare = "org:" + " ".join(words[:-tail]).lower()
        if c.key not in placed.setdefault(bare, []):
            placed[bare].append(c.key)
    return placed
