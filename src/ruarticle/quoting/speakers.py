"""Speaker resolution: the mention at the attribution point -> document entity and name.

With entities (from the entities stage): a mention inside the speaker phrase,
a pronoun's latest fitting person, a post's holder. Without them (or when they
do not help): the person name inside the phrase in the nominative, persons
named earlier in the text, or an organisation name. A pronoun or a bare
description ("музыкант", "81-летний актёр") most often continues the person
who has just spoken, so recent speakers come first for those.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .. import morph
from ..records import Entity, Speaker
from ..resources import word_set
from . import names
from .words import Word, best_pos, parses, pronoun_gender, tokenize

TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}
POST_REACH = 4
GAP_POS = ("NOUN", "ADJF", None)  # "премьер-министр РК Алихан Смаилов", "глава МИД России"
MAIN_PERSON_MENTIONS = 2
CASE_ENDINGS = ("а", "у", "ом", "е", "ым", "ой", "ым")  # "Бертмана" is Бертман in another case
RECENT_REACH = 1500  # characters back to the previous speaker a pronoun may continue


@dataclass(frozen=True, slots=True)
class _Said:
    end: int
    entity: str | None
    name: str
    gender: str | None


@dataclass
class Resolver:
    text: str
    entities: tuple[Entity, ...] = ()
    _persons: list | None = field(default=None, repr=False)
    _words: list | None = field(default=None, repr=False)
    _proper: frozenset | None = field(default=None, repr=False)
    _said: list = field(default_factory=list, repr=False)

    def speaker(self, start: int, end: int, gender: str | None = None) -> Speaker:
        words = tokenize(self.text, start, end)
        entity_id, name, person = self._resolve(words, start, end, gender)
        if name and person and entity_id is None:
            name = names.with_gender(name, gender)
        if name:
            said_gender = self._gender(entity_id, name, gender) if person else None
            self._said.append(_Said(end, entity_id, name, _pronoun(words) or said_gender))
        return Speaker(start, end, self.text[start:end], entity_id, name)

    def _gender(self, entity_id, name, cue_gender):
        """A person's gender (an organisation has none a pronoun could pick up)."""
        if entity_id is not None:
            entity = next((e for e in self.entities if e.id == entity_id), None)
            if entity is None or entity.type != "PER":
                return None
        # a past-tense cue ("сказала") is surer than a guess from an unknown name
        return cue_gender if cue_gender in ("masc", "femn") else names.gender_of(name)

    def _resolve(self, words, start, end, gender):
        """(entity id, name, whether the speaker is a person) for a speaker phrase."""
        pronoun = _pronoun(words)
        if pronoun == "plur":
            return None, None, False  # "они": a group the rules cannot name
        if pronoun:
            recent = self._recent(start, pronoun)
            if recent:
                return recent.entity, recent.name, True
        entity = self._entity(words, start, end, pronoun or gender)
        if entity is not None:
            return entity.id, entity.name, entity.type == "PER"
        if pronoun:
            person = self._latest(start, pronoun)
            return None, person.name if person else None, True
        if names.organisation_head(words):
            named = names.organisation(words)
            if named is None and len([w for w in words if w.is_word]) == 1:
                said = self._recent_body(start, morph.lemma(words[0].low))
                if said:  # "по данным издания" -> the outlet named before
                    return said.entity, said.name, False
            return None, named, False
        body = _spoken_for(words)
        if body:
            return None, body, False
        named = names.name_in(words, self.proper())
        if named:
            return None, self._fullest(named[0]), named[1]
        post = _post(words)
        holder = self._holder(post, start, _places(words)) \
            if post and post not in word_set("quote_anonymous.txt") else None
        if holder:
            return None, holder, True
        if _description(words):
            wanted = gender or _noun_gender(words)
            person = self._recent(start, wanted, any_gender=wanted is None) or self._main_person(wanted)
            if person:
                return person.entity, person.name, True
        return None, names.organisation(words), False

    def _main_person(self, gender: str | None):
        """The person the article is about: the surname met most often."""
        counts: dict[str, int] = {}
        for p in self.persons():
            counts[p.name.split()[-1]] = counts.get(p.name.split()[-1], 0) + 1
        ranked = sorted((p for p in self.persons() if p.strong and p.gender == gender),
                        key=lambda p: (counts[p.name.split()[-1]], len(p.name)), reverse=True)
        if not ranked or counts[ranked[0].name.split()[-1]] < MAIN_PERSON_MENTIONS:
            return None
        return _Said(ranked[0].end, None, ranked[0].name, gender)

    # --- with entities ---------------------------------------------------------------

    def _entity(self, words, start, end, gender) -> Entity | None:
        if not self.entities:
            return None
        inside = [(TYPE_ORDER.get(e.type, 3), -m.start, e) for e in self.entities
                  for m in e.mentions if m.start < end and start < m.end
                  and _heads(words, m, e.type)]
        if inside:
            return min(inside, key=lambda x: x[:2])[2]
        if _pronoun(words):
            return self._latest_entity(start, gender)
        return self._post_entity(words, start)

    def _latest_entity(self, before: int, gender: str | None) -> Entity | None:
        best = None
        for e in self.entities:
            if e.type != "PER" or not _fits(names.gender_of(e.name), gender):
                continue
            starts = [m.start for m in e.mentions if m.start < before]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), e)
        return best[1] if best else None

    def _post_entity(self, words, before) -> Entity | None:
        post = _post(words)
        if not post:
            return None
        holders = [(r.start < before, r.start, e) for e in self.entities for r in e.roles
                   if _post_key(r.title) == post]
        return max(holders, key=lambda h: h[:2])[2] if holders else None

    # --- without entities -----------------------------------------------------------------

    def _recent(self, before: int, gender: str | None, any_gender: bool = False) -> _Said | None:
        """The latest speaker of the gender asked for (any person for a description
        whose noun shows none: "маэстро")."""
        for said in reversed(self._said):
            if said.end > before:
                continue
            if before - said.end > RECENT_REACH:
                return None
            if (gender is not None and said.gender == gender) or (any_gender and said.gender):
                return said
        return None

    def _recent_body(self, before: int, lemma: str) -> _Said | None:
        """The latest organisation speaker, preferring one named by the same noun."""
        bodies = [s for s in self._said if s.end <= before and before - s.end <= RECENT_REACH
                  and s.gender is None]
        same = [s for s in bodies if morph.lemma(s.name.split()[0].lower()) == lemma]
        return (same or bodies or [None])[-1]

    def persons(self) -> list:
        if self._persons is None:
            self._persons = names.persons(self.text)
        return self._persons

    def proper(self) -> frozenset:
        """Words written with a capital inside a sentence somewhere in the text."""
        if self._proper is None:
            self._proper = frozenset(w.low for w in self.words()
                                     if w.is_word and w.is_upper and not w.initial)
        return self._proper

    def words(self) -> list[Word]:
        if self._words is None:
            self._words = tokenize(self.text)
        return self._words

    def _latest(self, before, gender):
        fitting = [p for p in self.persons()
                   if p.end <= before and p.strong and _fits(p.gender, gender)]
        subjects = [p for p in fitting if p.subject]
        return (subjects or fitting or [None])[-1]

    def _fullest(self, name: str) -> str:
        """"Смаилов" -> "Алихан Смаилов", "Бертмана" -> "Дмитрий Бертман" when the full
        name appears in the text (the surname compared without its case ending)."""
        last = name.split()[-1].lower()
        fuller = [p.name for p in self.persons()
                  if _same_surname(p.name.split()[-1].lower(), last) and len(p.name) > len(name)]
        return fuller[0] if fuller else name

    def _holder(self, post: str, before: int, places: frozenset = frozenset()) -> str | None:
        """A post named earlier right before a person: "премьер-министр РК Алихан Смаилов"."""
        words = self.words()
        persons = self.persons()
        starts = [p.start for p in persons]
        stop = bisect_left([w.start for w in words], before)
        for k in range(stop - 1, -1, -1):
            if words[k].is_word and morph.lemma(words[k].low) == post \
                    and "anim" in parses(words[k])[0].tag:
                n = bisect_left(starts, words[k].end)
                if n < len(persons):
                    gap = [w for w in words[k + 1:] if w.start < persons[n].start]
                    if len(gap) <= POST_REACH and all(w.is_word and best_pos(w) in GAP_POS
                                                      for w in gap) \
                            and places <= {morph.lemma(w.low) for w in gap}:
                        return persons[n].name
        return None


def _spokesperson(words: list[Word]) -> int | None:
    """Index of the word after a spokesperson head ("представитель", "пресс-служба")."""
    content = [w for w in words if w.is_word]
    for n, w in enumerate(content[:3]):
        if morph.lemma(w.low) in word_set("quote_spokespeople.txt") and best_pos(w) == "NOUN":
            return n + 1
    return None


def _spoken_for(words: list[Word]) -> str | None:
    """"представитель Microsoft" -> "Microsoft": the organisation a spokesperson speaks for."""
    k = _spokesperson(words)
    content = [w for w in words if w.is_word]
    if k is None or k >= len(content):
        return None
    rest = words[next(n for n, w in enumerate(words) if w is content[k]):]
    if not any(w.is_upper or w.text in "«\"" for w in rest):
        return None  # "представитель министерства": no name to give
    return names.organisation(rest) or " ".join(w.text for w in rest if w.is_word)


def _heads(words: list[Word], mention, kind: str) -> bool:
    """Whether a mention is the speaker itself rather than a dependent of the phrase's
    head: "пресс-служба МИД" is not МИД, "внук Манделы" is not Мандела, but
    "министр Антон Силуанов" is Силуанов."""
    content = [w for w in words if w.is_word]
    index = next((n for n, w in enumerate(content) if w.end > mention.start), None)
    if index is None or index == 0:
        return index == 0
    last = max((n for n, w in enumerate(content) if w.start < mention.end), default=index)
    if kind == "ORG" and _spokesperson(words) is not None:
        return True  # "представитель Microsoft" speaks for Microsoft
    return kind == "PER" and not names.dependent(content, index, last + 1)


def _same_surname(full: str, seen: str) -> bool:
    if full == seen:
        return True
    return len(full) >= 4 and seen.startswith(full) and seen[len(full):] in CASE_ENDINGS


def _pronoun(words: list[Word]) -> str | None:
    """The gender a lone personal pronoun asks for ("он" -> masc), or None."""
    content = [w for w in words if w.is_word]
    return pronoun_gender(content[0]) if len(content) == 1 else None


def _post(words: list[Word]) -> str | None:
    """The lemma of a one-word common-noun speaker ("премьер-министр", "певица"), or of
    a post with its country ("президента России")."""
    content = [w for w in words if w.is_word]
    if len(content) == 2 and any("Geox" in p.tag for p in parses(content[1])[:1]):
        content = content[:1]
    if len(content) == 1 and not pronoun_gender(content[0]) \
            and (not content[0].is_upper or content[0].initial) and not content[0].text.isupper():
        return morph.lemma(content[0].low)
    return None


def _places(words: list[Word]) -> frozenset:
    """Lemmas of the places qualifying a post: "президента США" -> {"сша"}."""
    return frozenset(morph.lemma(w.low) for w in words
                     if w.is_word and any("Geox" in p.tag for p in parses(w)[:1]))


def _description(words: list[Word]) -> bool:
    """A singular person described by a common noun, with adjectives before it and at
    most a place after it: "музыкант", "81-летний актёр", "президента США"."""
    content = [w for w in words if w.is_word]
    head = next((n for n, w in enumerate(content) if best_pos(w) == "NOUN"), None)
    if head is None or any(best_pos(w) not in ("ADJF", "NUMR", None) and not w.text[0].isdigit()
                           for w in content[:head]):
        return False
    noun = parses(content[head])[0]
    rest = content[head + 1:]
    return ("anim" in noun.tag and "sing" in noun.tag and not rest
            and noun.normal_form not in word_set("quote_anonymous.txt"))


def _noun_gender(words: list[Word]) -> str | None:
    for w in words:
        if w.is_word and best_pos(w) == "NOUN":
            g = parses(w)[0].tag.gender
            return str(g) if g in ("masc", "femn") else None
    return None


def _post_key(title: str) -> str:
    first = title.split()[0] if title.split() else title
    return morph.lemma(first.lower())


def _fits(have: str | None, want: str | None) -> bool:
    if want is None or have is None:
        return True
    if want == "plur":
        return False
    return have == want or (want == "masc" and have == "neut")
