"""Speaker resolution: the mention at the attribution point -> document entity and name.

With entities (from the entities stage): a mention inside the speaker phrase,
a pronoun's latest fitting person, a post's holder. Without them (or when they
do not help): the person name inside the phrase in the nominative, persons
named earlier in the text, or an organisation description.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .. import morph
from ..records import Entity, Speaker
from . import names
from .words import Word, pronoun_gender, tokenize

TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}
POST_REACH = 6
RECENT_REACH = 700  # characters back to the previous speaker a pronoun may continue


@dataclass
class Resolver:
    text: str
    entities: tuple[Entity, ...] = ()
    _persons: list | None = field(default=None, repr=False)
    _words: list | None = field(default=None, repr=False)
    # speakers resolved so far: (end offset, entity id, name, gender)
    _said: list = field(default_factory=list, repr=False)

    def speaker(self, start: int, end: int, gender: str | None = None) -> Speaker:
        words = tokenize(self.text, start, end)
        pronoun = pronoun_gender(words[0]) if len(words) == 1 else None
        recent = self._recent_speaker(start, pronoun or gender) if pronoun else None
        if recent:
            entity_id, name = recent
        else:
            entity = self._entity(words, start, end, gender)
            entity_id = entity.id if entity else None
            name = entity.name if entity else self._name(words, start, gender)
        if name and not pronoun:
            self._said.append((end, entity_id, name, gender or names.gender(tokenize(name))))
        return Speaker(start, end, self.text[start:end], entity_id, name)

    def _recent_speaker(self, before: int, gender: str | None):
        """A pronoun most often continues the person who spoke just before."""
        for end, entity_id, name, said_gender in reversed(self._said):
            if end > before:
                continue
            if before - end > RECENT_REACH:
                return None
            if said_gender is not None and said_gender == gender:
                return entity_id, name
        return None

    # --- with entities ---------------------------------------------------------------

    def _entity(self, words, start, end, gender) -> Entity | None:
        if not self.entities:
            return None
        inside = [(TYPE_ORDER.get(e.type, 3), -m.start, e) for e in self.entities
                  for m in e.mentions if m.start < end and start < m.end]
        if inside:
            return min(inside, key=lambda x: x[:2])[2]
        if len(words) == 1 and pronoun_gender(words[0]):
            return self._latest_person(start, pronoun_gender(words[0]) or gender)
        return self._post_holder(words, start)

    def _latest_person(self, before: int, gender: str | None) -> Entity | None:
        best = None
        for e in self.entities:
            if e.type != "PER" or not _fits(_entity_gender(e), gender):
                continue
            starts = [m.start for m in e.mentions if m.start < before]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), e)
        return best[1] if best else None

    def _post_holder(self, words, before) -> Entity | None:
        post = _post(words)
        if not post:
            return None
        holders = [e for e in self.entities for r in e.roles
                   if _post_key(r.title) == post and r.start < before]
        holders = holders or [e for e in self.entities for r in e.roles if _post_key(r.title) == post]
        return holders[-1] if len({e.id for e in holders}) >= 1 and holders else None

    # --- without entities -----------------------------------------------------------------

    def _name(self, words, start, gender) -> str | None:
        if len(words) == 1 and pronoun_gender(words[0]):
            person = self._latest(start, pronoun_gender(words[0]) or gender)
            return person.name if person else None
        found = names.name_in(words, self.text)
        if found:
            return self._fullest(found, start)
        post = _post(words)
        holder = self._holder(post, start) if post else None
        if holder:
            return holder
        return names.organisation(words)

    def persons(self) -> list:
        if self._persons is None:
            self._persons = names.persons(self.text)
        return self._persons

    def _latest(self, before, gender):
        fitting = [p for p in self.persons() if p.end <= before and _fits(p.gender, gender)]
        return fitting[-1] if fitting else None

    def _fullest(self, name: str, before: int) -> str:
        """"Смаилов" -> "Алихан Смаилов" when the full name appeared earlier."""
        last = name.split()[-1].lower()
        fuller = [p.name for p in self.persons()
                  if p.name.split()[-1].lower() == last and len(p.name) > len(name)]
        return fuller[0] if fuller else name

    def _holder(self, post: str, before: int) -> str | None:
        """A post named earlier right before a person: "премьер-министр РК Алихан Смаилов"."""
        if self._words is None:
            self._words = tokenize(self.text)
        words = self._words
        persons = self.persons()
        starts = [p.start for p in persons]
        stop = bisect_left([w.start for w in words], before)
        for k in range(stop - 1, -1, -1):
            if words[k].is_word and morph.lemma(words[k].low) == post:
                n = bisect_left(starts, words[k].end)
                if n < len(persons) and n < len(starts):
                    gap = [w for w in words[k + 1:] if w.start < persons[n].start]
                    if len(gap) <= POST_REACH and not any(w.text in ".!?;" for w in gap):
                        return persons[n].name
        return None


def _post(words: list[Word]) -> str | None:
    content = [w for w in words if w.is_word]
    if len(content) == 1 and not pronoun_gender(content[0]):
        return morph.lemma(content[0].low)
    return None


def _post_key(title: str) -> str:
    first = title.split()[0] if title.split() else title
    return morph.lemma(first.lower())


def _entity_gender(entity: Entity) -> str | None:
    return names.gender(tokenize(entity.name))


def _fits(have: str | None, want: str | None) -> bool:
    if want is None or have is None:
        return True
    if want == "plur":
        return False
    return have == want or (want == "masc" and have == "neut")
