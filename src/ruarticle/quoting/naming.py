"""Resolver methods for person names: full names, misspellings, named entities."""
from __future__ import annotations

import regex

from .. import morph
from ..records import Entity
from . import names
from .roster import fits, surname_forms, surname_keys
from .words import parses
from .offices import post_taken_for_name, post_taken_for_place
from .persons import can_name, heads, near_spelling, proper_mention, surname_stem
from .said import TITLE_TAIL

TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}
# endings of a man's name in the instrumental and dative, which no nominative has
# ("Сагиевым", "Ерланом", "Ерлану"): the genitive "-а" may be a woman's nominative
OBLIQUE_ENDINGS = frozenset({"ом", "ем", "ым", "им", "у", "ю"})
GENITIVE_ENDINGS = frozenset({"а", "я"})  # "Нурлана Жаксыбекова", "Игоря Зотова"
MISSPELT_LEAST = 6  # letters of a surname alone that is looked up among near spellings
LATIN_BRACKET = regex.compile(r"\s*\((?:[\p{Latin}\s.\"'«»()-])*$")  # "Макгирт (James (Buddy) "


class PersonNames:
    """Resolver's methods that name a person; mixed into ``Resolver``, which holds the state."""

    def _with_surname(self, entity_id, name: str):
        """A person called by first name and patronymic only is the one person of the
        article with that first name and a surname."""
        parts = name.split()
        if len(parts) != 2 or not any("Patr" in p.tag for p in morph.parses(parts[1].lower())[:1]):
            return entity_id, name
        full = {e.name: e.id for e in self.registry.entities if e.type == "PER"
                and len(e.name.split()) > 1 and e.name.split()[0] == parts[0] and e.name != name
                and not any("Patr" in p.tag for p in morph.parses(e.name.split()[-1].lower())[:1])}
        if len(full) != 1:
            return entity_id, name
        return next(iter(full.values())), next(iter(full))

    def _with_article(self, entity_id, name: str):
        """"Машааль заявил" after "Халед аль-Машааль": the one person whose surname is
        this one behind an Arabic article, even when the entities keep them apart."""
        full = {e.id: e.name for e in self.registry.entities
                if e.type == "PER" and _article_dropped(name.split(), e.name.split())}
        return next(iter(full.items())) if len(full) == 1 else (entity_id, name)

    def _entity_form(self, entity_id, name: str) -> str:
        """"Ерланом Сагиевым" read off the text for the person the entities stage calls
        "Ерлан Сагиев": each word the entity's with a case ending, the entity's name in
        the nominative is the speaker's name."""
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        if entity is None or entity.type != "PER" or entity.name == name:
            return name
        ours, theirs = name.split(), entity.name.split()
        # "-а" may be a woman's nominative ("Феруза Алимова"), unless the article writes the
        # entity's name as it stands: "Нурлан Жаксыбеков" makes "Нурлана Жаксыбекова" his genitive
        endings = OBLIQUE_ENDINGS | GENITIVE_ENDINGS if _written_as_named(entity) else OBLIQUE_ENDINGS
        if len(ours) != len(theirs) or not all(
                a.startswith(b) and a[len(b):] in endings for a, b in zip(ours, theirs)):
            return name
        return entity.name

    def _misspelt(self, entity_id, name: str, cue_gender: str | None):
        """A surname alone that the article spells once otherwise ("Сабурова" after
        "Екатерина Сабирова", "Кабейо" after "Диосдадо Кабельо"): the one person named in
        full whose surname is that close to it, of no other gender."""
        if " " in name or len(name) < MISSPELT_LEAST or self.roster.fullest(name) != name:
            return entity_id, name
        gender = cue_gender if cue_gender in ("masc", "femn") else names.gender_of(name)
        near = {n for n, surname, of in self._full_names() if near_spelling(surname, name)
                and fits(of, gender) and fits(gender, of)}
        if len(near) != 1:
            return entity_id, name
        found = next(iter(near))
        return self._entity_named(found), found

    def _full_names(self) -> list[tuple[str, str, str | None]]:
        """(name, surname, gender) of every person named with more than one word, once."""
        if self._named_in_full is None:
            full = {p.name for p in self.roster.persons} \
                | {e.name for e in self.registry.entities if e.type == "PER"}
            self._named_in_full = [(n, n.split()[-1], names.gender_of(n)) for n in sorted(full)
                                   if len(n.split()) > 1]
        return self._named_in_full

    def _in_cyrillic(self, entity_id, name: str):
        """A person the entities stage named by the Latin spelling given in brackets
        ("Джеймс «Бадди» Макгирт (James (Buddy) McGirt"): the name written before them."""
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        if entity is None or not name[:1].isascii() or not entity.mentions:
            return entity_id, name
        first = min(m.start for m in entity.mentions)
        opened = LATIN_BRACKET.search(self.text, max(0, first - TITLE_TAIL), first)
        if opened is None:
            return entity_id, name
        found = next((e for s, m_end, e in self.registry.overlapping(max(0, opened.start() - TITLE_TAIL), opened.start())
                      if e.type == "PER" and m_end == opened.start() and not e.name[:1].isascii()), None)
        return (found.id, found.name) if found is not None else (entity_id, name)

    def _oblique_after_head(self, words, name: str) -> bool:
        """"тренер Дадашева" when the article's man is Максим Дадашев: the name is in the
        genitive, so it depends on the post before it and names someone else."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or content[0].is_upper and not content[0].initial \
                or not any("nomn" in p.tag for p in parses(content[0])[:1]):
            return False
        full = self.roster.fullest(name)
        return full.split()[-1] != name.split()[-1] and len(full) > len(name)

    def _named_entity(self, words, start, end, gender=None) -> Entity | None:
        """The entity of a proper-name mention heading the phrase ("министр Антон
        Силуанов", "МИД России"); descriptions and adjectives ("норвежский премьер",
        "итальянские СМИ") are left to the post rules."""
        inside = [(TYPE_ORDER.get(e.type, 3), -s, e) for s, m_end, e in
                  self.registry.overlapping(start, end)
                  if proper_mention(words, s, m_end, e)
                  and heads(words, s, m_end, e.type, self.registry.gender.get(e.id))
                  and can_name(self.text[s:m_end], e) and not self._other_person(e, s, m_end, gender)
                  and not post_taken_for_place(self.text[s:m_end], e) and not post_taken_for_name(e)]
        return min(inside, key=lambda x: x[:2])[2] if inside else self._whole_body(words, start, end)

    def _other_person(self, entity, start, end, gender) -> bool:
        """A person of the other gender than the cue's, whose surname the mention does
        not even hold ("The New Times" the entities stage tied to a man, for "рассказала")."""
        if entity.type != "PER" or gender not in ("masc", "femn") or self._fits(entity, gender):
            return False
        return surname_stem(entity.name) not in self.text[start:end].lower().replace("ё", "е")


def _written_as_named(entity: Entity) -> bool:
    """Whether one of the entity's mentions is its name as written: the nominative
    the entities stage chose stands in the text, so it is no guess."""
    return any(m.text == entity.name for m in entity.mentions)


def _article_dropped(ours: list[str], theirs: list[str]) -> bool:
    """"Завахири заявил" after "Айман аль-Завахири": a surname alone, in any case, that
    is the entity's surname without its Arabic article names that person in full."""
    if len(ours) != 1 or len(theirs) < 2:
        return False
    bare = surname_forms(theirs[-1].lower().replace("ё", "е"))[1:]
    return bool(bare) and bare[0] in surname_keys(ours[0].lower().replace("ё", "е"))
