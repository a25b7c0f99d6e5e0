"""Resolver methods naming a state body by what the text says around it: a regional
branch by the place it serves, written after its mention ("МВД по Республике Татарстан",
"ГУ МВД России по Санкт-Петербургу и Ленинградской области", "Главное управление
Нацполиции в Одесской области"), and a bare "в министерстве" by the minister named before
("заместитель министра сельского хозяйства" -> "Министерство сельского хозяйства")."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import morph, places
from ..resources import word_set
from . import names
from .organisations import REGIONS, press_service
from .persons import MIN_STEM_MATCH
from .said import RECENT_REACH
from .words import best_pos, parses, tokenize

JURISDICTION = re.compile(r"\s+(по|в)\s+(?=\w)")  # "МВД по Республике Татарстан", "... в Одесской области"
PLACE_JOINER = re.compile(r"\s+и\s+(?=\w)")  # "по Санкт-Петербургу и Ленинградской области"


class Branches:
    """Resolver's methods for branches and ministries; mixed into ``Resolver``."""

    def _with_jurisdiction(self, name: str, entity_id: str | None, start: int, end: int) -> str:
        """"МВД по Республике Татарстан", "ГУ МВД по Самарской области", "Главное управление
        Нацполиции в Одесской области": a regional branch is named with the place it serves,
        written after the body's own mention ("по" and a place; "в" and a region), so the
        place stays in its name, even when the speaker phrase stops before it."""
        inside = [(s, m_end, e) for s, m_end, e in self.registry.overlapping(start, end) if m_end <= end]
        own = max(((s, m_end) for s, m_end, e in inside if e.type == "ORG" and (e.id == entity_id or e.name == name)
                   and not press_service(e.name)), key=lambda x: x[1], default=None)
        if own is None:
            return name
        body_start, body_end = self._whole_branch(inside, *own)
        tail = JURISDICTION.match(self.text, body_end)
        place_end = self._places_from(tail.end(), tail.group(1) == "в") if tail else None
        if place_end is None:
            return name
        served = self._served_places(tail, place_end)
        if served.split()[-1].lower()[:MIN_STEM_MATCH] in name.lower():
            return name  # "Управление МВД по Тульской области" named with its place already
        if (body_start, body_end) != own:  # "ГУ МВД России": the branch, not the ministry
            name = names.head_nominative(tokenize(self.text, body_start, body_end)) or name
        return f"{name} {served}"

    @staticmethod
    def _whole_branch(inside, start: int, end: int) -> tuple[int, int]:
        """The span of a body's mention with the organisation mentions it overlaps and the
        country after it: "ГУ МВД" and "МВД России" are one "ГУ МВД России"."""
        grown = True
        while grown:
            grown = False
            for s, m_end, e in inside:
                overlaps = s < end and m_end > start and (s < start or m_end > end) and e.type == "ORG" \
                    and not press_service(e.name)
                if overlaps or e.type == "LOC" and s == end + 1 and m_end > end:
                    start, end, grown = min(start, s), max(end, m_end), True
                    break
        return start, end

    def _served_places(self, tail, end: int) -> str:
        """"по Петербургу" -> "по Санкт-Петербургу": the places after the preposition as
        written, but a place the entities know by a longer name takes that name, in the
        case the preposition governs."""
        case = "datv" if tail.group(1) == "по" else "loct"
        parts, at = [tail.group(1)], tail.end()
        for s, m_end, e in self.registry.overlapping(at, end):
            if e.type != "LOC" or s < at:
                continue
            parts.append(self.text[at:s].strip())
            written = self.text[s:m_end]
            name = _official_city(e.name)
            longer = len(name.split()) == 1 and name.lower().endswith(morph.lemma(written.lower())) \
                and len(name) > len(morph.lemma(written.lower()))
            parts.append(names.declined(name, case) if longer else written)
            at = m_end
        return " ".join(p for p in parts if p)

    def _places_from(self, start: int, regions_only: bool) -> int | None:
        """Where the places named from ``start`` end ("Санкт-Петербургу и Ленинградской
        области"), a region's only with ``regions_only``; None when no place opens there."""
        end = None
        while True:
            place = next((m_end for s, m_end, e in self.registry.overlapping(start, start + 1)
                          if e.type == "LOC" and s == start and (not regions_only or _region(e.name))), None)
            if place is None:
                return end
            end = place
            joined = PLACE_JOINER.match(self.text, end)
            if joined is None:
                return end
            start = joined.end()

    def _minister_ministry(self, words, start):
        """"Заместитель министра охраны окружающей среды Гия Беридзе рассказал ... В
        министерстве добавили": a bare ministry is the one of the minister (or deputy)
        named last before it, by the field his post names, of the place it names or
        else of the country the article is about."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or content[0].is_upper or morph.lemma(content[0].low) != "министерство":
            return None
        before = self.roster.words_between(max(0, start - RECENT_REACH), start)
        posts = (n for n in range(len(before) - 1, -1, -1) if before[n].is_word
                 and morph.lemma(before[n].low) in word_set("quote_minister_posts.txt"))
        # "— сказал замминистра." names no field: the post written out before it does
        field = next((f for f in (self._ministry_field(before[n + 1:]) for n in posts) if f), None)
        if not field:
            return None
        name = "Министерство " + " ".join(w.text for w in field)
        if not any(e.type == "LOC" for w in field for _, _, e in self.registry.overlapping(w.start, w.end)):
            country = self.roster.country_in_play()
            name = f"{name} {names.genitive(country)}" if country else name
        return None, name, False

    def _ministry_field(self, after) -> list:
        """The words a minister's post names his field with: lower-case words after
        "министра" up to a name, and a place named with them ("финансов России")."""
        field = []
        for w in after:
            if not w.is_word:
                break
            place = any(e.type == "LOC" for _, _, e in self.registry.overlapping(w.start, w.end))
            if w.is_upper and not place or not place and best_pos(w) != "CONJ" \
                    and not any("gent" in p.tag and p.tag.POS in ("NOUN", "ADJF") for p in parses(w)):
                break  # "министр заявил": no field
            field.append(w)
            if place:
                break
        while field and best_pos(field[-1]) == "CONJ":
            field.pop()
        return field


@lru_cache(maxsize=256)
def _official_city(name: str) -> str:
    """"Петербург" -> "Санкт-Петербург": a city's short name stands for the city of the same
    country whose hyphenated name ends with it; other names stay as they are."""
    cities = {place.name: place for place, _ in places.gazetteer().names.values() if place.kind == "city"}
    short = cities.get(name)
    if short is None:
        return name
    return next((full for full, place in cities.items() if full.endswith("-" + name) and place.code == short.code), name)


def _region(name: str) -> bool:
    """Whether a place's name is a region's ("Одесская область", "Забайкальский край")."""
    words = name.lower().split()
    return bool(words) and morph.lemma(words[-1]) in REGIONS or bool(words) and words[0] in REGIONS
