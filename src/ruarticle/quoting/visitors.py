"""Resolver methods for two officials of different countries meeting: "гость" is the
one who came on a visit, a post with a country ("Глава казахстанского МИД") that
country's official.

A report of talks names the visitor once ("делегацию во главе с X", "X, прибывшим в
Астану") and then calls them "гость" or "высокий гость"; the host is the one who
received them. With no such words, the visitor is the one official whose title names a
country other than the one of the city the story is datelined in ("ТУРКЕСТАН. ... хокима
Ташкентской области Узбекистана Шухрата Каримова").
"""
from __future__ import annotations

import regex

from .. import morph, places
from ..resources import word_set
from ..posts import canonical
from .offices import attested, countries_of
from .roster import fits, post_key
from .words import best_pos, is_person_name, tokenize
from ..names import stem as name_stem

LED_BY = regex.compile(r"\bво\s+главе\s+со?\s")  # "делегацию во главе с вице-президентом ..."
CLAUSE_END = regex.compile(r"[,.;:!?\n]")  # where the clause naming a delegation's leader closes
LED_REACH = 120  # characters after "во главе с" where the leader's name stands
ARRIVAL_REACH = 3  # words after the name's comma where "прибывшим" stands
MIN_STEM = 3  # letters of the shorter surname stem that must open the longer


class Visitors:
    """Resolver's methods for a visitor; mixed into ``Resolver``, which holds the state."""

    def _guest(self, words, start):
        """"сказал гость", "По словам высокого гостя": the visitor named before ``start``."""
        content = [w for w in words if w.is_word]
        if not content or morph.lemma(content[-1].low) not in word_set("quote_guest_nouns.txt"):
            return None
        seen = [(at, name) for at, name in self._visitors() if at < start]
        if not seen:
            return None
        return self._person_by_surname(max(seen)[1], start)

    def _country_official(self, words, start, gender):
        """"министр иностранных дел РК", "Глава казахстанского МИД", "Вице-премьер
        Казахстана" where officials of two countries have been named: the one of the
        country the phrase names, by the same post if any holds it, else the only one."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or best_pos(content[0]) != "NOUN":
            return None
        country = countries_of(morph.lemma(w.low) for w in _unquoted(words) if w is not content[0])
        if len(country) != 1:
            return None  # "секретарь президиума «Единой России»": a party's name is no country
        officials = [o for o in self._officials(start) if fits(self._holder_gender(o[1]), gender)]
        ours = [o for o in officials if country <= o[3]]
        if not ours or len(ours) == len(officials):
            return None  # no other country's official in play
        post = canonical(morph.lemma(content[0].low))
        same = [o for o in ours if post in o[4]]
        if not same and len({_surname(o[1]) for o in ours}) > 1:
            return None
        _, name, entity_id, _, _ = max(same or ours, key=lambda o: o[0])
        return entity_id, name, True

    def _officials(self, before: int) -> list:
        """(position, name, entity id, countries, posts) of each person named with a post
        before ``before``, by the entities stage or the rules; the article's list is made
        on the first question."""
        if self._official_list is None:
            found = []
            for e in self.registry.entities:
                for r in e.roles if e.type == "PER" else ():
                    if attested(self.text, e, r):
                        countries = countries_of(morph.lemma(w.low) for w in tokenize(r.text) if w.is_word)
                        found.append((r.start, e.name, e.id, countries | ({r.country} if r.country else set()),
                                      {canonical(post_key(r.title))}))
            for post, seen in self.roster.posts().items():
                for at, name, gap in seen:
                    countries = countries_of(gap)
                    if countries:
                        found.append((at, name, self._entity_named(name), countries, {canonical(post)}))
            self._official_list = found
        return [o for o in self._official_list if o[0] < before]

    def _called_so(self, words, start, gender):
        """A bare office ("Вице-премьер") after a phrase with it ("Вице-премьер Казахстана")
        has been resolved to one person: that person again, though the other official has
        spoken since."""
        content = [w for w in words if w.is_word]
        if len(content) != 1:
            return None
        found = {name: entity for at, post, entity, name in self._offices_called
                 if at < start and post == canonical(morph.lemma(content[0].low))
                 and fits(self._holder_gender(name), gender)}
        if len(found) != 1:
            return None
        name, entity = next(iter(found.items()))
        return entity, name, True

    def _note_office(self, words, start, entity, name) -> None:
        """Remember that a phrase with an office and what qualifies it ("Вице-премьер
        Казахстана", "узбекский министр") named a person without their name; a bare
        office, itself resolved by guess, proves nothing."""
        content = [w for w in words if w.is_word]
        head = next((w for w in content if best_pos(w) == "NOUN"), None)
        if len(content) >= 2 and head is not None and morph.lemma(head.low) in word_set("quote_offices.txt") \
                and not any(is_person_name(w) for w in content):
            self._offices_called.append((start, canonical(morph.lemma(head.low)), entity, name))

    def _visitors(self) -> list:
        """(position, name as written) of each visitor the article names, by the words that
        say so, else by the one foreign country named in a title."""
        if self._visitor_list is None:
            found = self._led_or_arrived()
            self._visitor_list = found or self._foreigner()
        return self._visitor_list

    def _led_or_arrived(self) -> list:
        found = []
        for m in LED_BY.finditer(self.text):
            person = self._first_person(m.end(), min(len(self.text), m.end() + LED_REACH))
            if person:
                found.append(person)
        words = self.roster.words
        for k, w in enumerate(words):
            if w.text != "," or not k or not words[k - 1].is_upper:
                continue
            after = [v for v in words[k + 1:k + 1 + ARRIVAL_REACH] if v.is_word]
            if after and morph.lemma(after[0].low) in word_set("quote_arrival_verbs.txt"):
                found.append((words[k - 1].start, words[k - 1].text))
        return found

    def _first_person(self, lo: int, hi: int):
        """The first person named in [lo, hi) before the clause closes."""
        stop = CLAUSE_END.search(self.text, lo, hi)
        hi = stop.start() if stop else hi
        people = [(s, self.text[s:e_end]) for s, e_end, e in self.registry.overlapping(lo, hi) if e.type == "PER"]
        people += [(p.start, p.name) for p in self.roster.persons_in(lo, hi)]
        if not people:
            return None
        at, name = min(people, key=lambda x: (x[0], -len(x[1])))  # the fullest at the first place
        return at, name

    def _foreigner(self) -> list:
        host = self._dateline_country()
        if host is None:
            return []
        foreign = {}
        for at, name, gap in sorted(x for seen in self.roster.posts().values() for x in seen):
            countries = countries_of(gap)
            if countries and host not in countries:
                foreign.setdefault(_surname(name), (at, name))
        for e in self.registry.entities:
            for r in e.roles if e.type == "PER" else ():
                if r.country and r.country != host:
                    foreign.setdefault(_surname(e.name), (r.start, e.name))
        return list(foreign.values()) if len({_surname(n) for _, n in foreign.values()}) == 1 else []

    def _dateline_country(self) -> str | None:
        """The country of the first city the article names (its dateline's)."""
        g = places.gazetteer()
        for w in self.roster.words:
            if w.is_word and w.is_upper:
                found = g.names.get((morph.lemma(w.low),))
                if found and found[0].kind == "city":
                    return found[0].code
        return None

    def _person_by_surname(self, written: str, start: int):
        """(entity id, name, True) of the person with the surname of ``written``: the
        fullest name the text gives in the nominative, else the entities stage's."""
        named = [p for p in self.roster.persons if p.strong and p.subject and p.start < start
                 and same_surname(p.name, written)]
        if named:
            name = max(named, key=lambda p: len(p.name.split())).name
            return self._entity_named(name), name, True
        entity = next((e for e in self.registry.entities if e.type == "PER" and same_surname(e.name, written)), None)
        return (entity.id, entity.name, True) if entity is not None else None


def _surname(name: str) -> str:
    return name_stem(name.split()[-1])


def same_surname(a: str, b: str) -> bool:
    """Whether two names end in one surname in any case: "Кемаль Аксой", "Кемалем Аксоем"
    (stems "акс" and "аксо": one opens the other)."""
    x, y = sorted((_surname(a), _surname(b)), key=len)
    return len(x) >= MIN_STEM and y.startswith(x)


def _unquoted(words):
    """The words of a phrase outside quotation marks: a body's quoted name («Единая Россия»)
    names no country even when a country's name is in it."""
    depth, out = 0, []
    for w in words:
        if w.text in "«„“":
            depth += 1
        elif w.text in "»”":
            depth = max(0, depth - 1)
        elif w.text == '"':
            depth = 0 if depth else 1
        elif w.is_word and not depth:
            out.append(w)
    return out
