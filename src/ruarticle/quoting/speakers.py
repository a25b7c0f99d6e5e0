"""Speaker resolution: the mention at the attribution point -> document entity and name.

With entities (from the entities stage): a mention inside the speaker phrase,
a pronoun's latest fitting person, a post's holder. Without them (or when they
do not help): the person name inside the phrase in the nominative, persons
named earlier in the text, or an organisation name. A pronoun or a bare
description ("музыкант", "81-летний актёр") most often continues the person
who has just spoken, unless a newer subject has come up since; a person
introduced without a name ("33-летний мужчина") or a relative of a named one
("дядя Шварца") names nobody. Abbreviations get the full name the text gives,
a capital speaks for its state.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from .. import acronyms, morph, places, posts
from ..records import Entity, Speaker
from ..resources import once, table, word_set
from . import abbreviations, names, nations
from .lexicon import org_head
from ..names import edits_within
from ..posts import canonical
from .roster import Registry, Roster, fits, nominative_in, post_key
from .words import (Word, best_pos, is_latin, is_name_like, is_person_name, is_proper, parses,
                    post_participle, pronoun_gender, tokenize)

TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}
POSSESSIVES = frozenset({"его", "ее", "её", "их", "свой", "своя", "свои", "своего", "своей"})
VERBATIM_TRIES = 8  # latest quotes looked at for a position inside one
FORMER = ("бывший", "экс")  # "бывший президент" no longer holds the post
OFFICE_REACH = 8  # words around a person's name where an office's qualifier may stand
MIN_STEM_MATCH = 5  # letters of a surname that find it in any case ("Уитакер", "Уитакера")
QUALIFIER_STEM = 4  # "российский" and "Россия" qualify the same office
ANY_GENDER = "any"  # a person speaker whose name shows no gender ("Хван Чжан Еп")
RECENT_REACH = 1500
TURN_OPENERS = "-–—«\"„"  # a paragraph of speech opens with a dash or a quotation mark
REGIONS = frozenset({"область", "край", "республика", "округ"})
VIEW_REACH = 80  # characters after "У" where the person holding a view is named
JUST_SPOKEN_REACH = 600  # characters back to the speaker a bare "эксперт" takes up
BARE_WORDS = 2  # "официальный представитель"; longer phrases introduce someone  # characters back to the previous speaker a pronoun may continue
PERSON_READING = 0.05  # least score of a noun's animate reading taken for a description
DEPENDENT_WORDS = 1  # "лидер консерваторов"; longer ones name a body ("глава группы наблюдателей")
ROLE_GAP = 3  # characters between a role and its holder's name ("Бардо, актриса")
MISSPELT_LEAST = 6  # letters of a surname alone that is looked up among near spellings
MISSPELT_LONG = 7  # letters of a surname that may be misspelt in two letters
LATIN_BRACKET = regex.compile(r"\s*\((?:[\p{Latin}\s.\"'«»()-])*$")  # "Макгирт (James (Buddy) "
SENTENCE_GAP = regex.compile(r"[.!?\n]")  # "Орлова.\n\nПредседатель": no apposition across it
TITLE_TAIL = 40  # characters after a clipped role where the rest of its title may stand
SPOKESMEN = frozenset({"представитель", "спикер", "пресс-секретарь", "пресс-атташе"})  # one person, not "пресс-служба"
HOLDER_WINDOW = 400  # characters after a post phrase where its holder's name may stand
BRACKET_WORDS = 12  # tokens inside brackets after a post ("(Human Rights Foundation)")
APPOSED_WORDS = 8  # words of a second post set off by a comma before the holder's name
CLAUSE_CLOSERS = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "!", "?"})  # "(" opens the name in its own script
TITLE_REST = regex.compile(r"\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}")  # "ситуациям" after "министр по чрезвычайным"


@dataclass(frozen=True, slots=True)
class _Said:
    end: int
    entity: str | None
    name: str
    gender: str | None  # None for a body; ANY_GENDER for a person whose gender is unknown
    body_gender: str | None = None  # a body's head noun: "газета" is one "она" may continue


class Resolver:
    """Resolves the speakers of one article in text order; indexes are built once."""

    def __init__(self, text: str, entities: tuple[Entity, ...] = ()):
        self.text = text
        self.registry = Registry(tuple(entities), text)
        self._roster: Roster | None = None
        self._abbreviations: dict[str, str] | None = None
        self._spelled: dict[str, str | None] = {}  # names looked up in the text, found or not
        self._said: list[_Said] = []
        self._kinds: dict[tuple[str, str], bool] = {}
        self._cue_gender: dict[str, set] = {}  # person entity -> genders of the verbs they spoke with
        self._verbatim: list[tuple[int, int]] = []  # spans of the direct and block quotes so far
        self._qualifiers: dict = {}  # role -> the qualifier stems of its words
        self._named_in_full: list | None = None
        self._plural_posts: dict[str, bool] = {}

    def verbatim(self, start: int, end: int) -> None:
        """Note a quote's own words: the people named in them are no subjects of the
        narrative ("Топалов совершил побег ..." quoted, then "Чиновник добавил")."""
        self._verbatim.append((start, end))

    def _in_verbatim(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._verbatim[-VERBATIM_TRIES:])

    @property
    def abbreviations(self) -> dict[str, str]:
        """"ВАДА" -> "Всемирное антидопинговое агентство" where the article defines it."""
        if self._abbreviations is None:
            self._abbreviations = abbreviations.definitions(self.text)
        return self._abbreviations

    def _full_name(self, name: str) -> str | None:
        """An abbreviation's full name, defined in brackets or spelled out in the text."""
        if name in self.abbreviations:
            return self.abbreviations[name]
        if name not in self._spelled:
            self._spelled[name] = abbreviations.spelled_out(self.text, name)
        return self._spelled[name]

    @property
    def roster(self) -> Roster:
        if self._roster is None:
            self._roster = Roster(self.text)
        return self._roster

    def speaker(self, start: int, end: int, gender: str | None = None) -> Speaker:
        words = tokenize(self.text, start, end)
        cut = max((n + 1 for n, w in enumerate(words[:-1])
                   if w.text in ".!?" and words[n + 1].is_upper and not words[n - 1:n] == []
                   and words[n + 1].start > w.end  # "V1.RU" is a site's address, no sentence end
                   and not words[n - 1].initial and len(words[n - 1].text) > 1), default=0)
        if cut:  # "2012г. Нынешний глава государства": a speaker is within one sentence
            words, start = words[cut:], words[cut].start
        while len(words) > 1 and words[0].is_word and not is_name_like(words[0]) \
                and any(p.tag.POS in ("ADVB", "COMP") and p.score >= 0.1 for p in parses(words[0])):
            words = words[1:]  # "Позднее румынское ведомство": the adverb is no speaker
            start = words[0].start
        if len(words) > 1 and _stray_noun(words[0], words[1]):
            words = words[1:]  # "(В) интервью глава правительства", "(В то же) время супруга"
            start = words[0].start
        entity_id, name, person = self._resolve(words, start, end, gender)
        if name is None:
            entity_id, name, person = self._apposed(words, end, gender) or self._led_body(words, start) \
                or (entity_id, name, person)
        if person and name:  # "Тимур Темурович" addressed in an interview is Тимур Кападзе
            entity_id, name = self._with_surname(entity_id, name)
            entity_id, name = self._misspelt(entity_id, name, gender)
            entity_id, name = self._in_cyrillic(entity_id, name)
        if name and person and entity_id is None:
            name = names.with_gender(name, gender)
            entity_id = self._entity_named(name)
        fem = names.feminine_in(self._unplaced(words)) if name and person and gender == "femn" else None
        if fem and (names.gender_of(name) == "masc" or len(fem.split()) > len(name.split())):
            name = fem  # "Александра Панфилова сказала" is no Александр Панфилов
        elif name and not person:
            name = self._full_name(name) or names.known_source(names.one_word_nominative(name))
            name = self._short_as_written(words, name)
            name = self._of_named_place(words, name, start)
            state = _state_of(name)
            if state:  # "по данным Сеула": the capital speaks for its state
                name, entity_id = state, self._entity_of(state)
        if name:
            said_gender = (self._gender(entity_id, name, gender) or ANY_GENDER) if person else None
            body_gender = None if person else _head_gender(words)
            if person and entity_id and gender in ("masc", "femn"):
                self._cue_gender.setdefault(entity_id, set()).add(gender)  # "сказал" shows he is a man
            self._said.append(_Said(end, entity_id, name, _pronoun(words) or said_gender, body_gender))
        return Speaker(start, end, self.text[start:end], entity_id, name)

    def _apposed(self, words, end, gender):
        """"оператор проекта, компания «Каспий Газ»": a description that names nobody,
        set off by a comma from the name it describes; the part after the comma speaks."""
        comma = max((n for n, w in enumerate(words) if w.text == ","), default=None)
        rest = words[comma + 1:] if comma is not None else []
        if not any(w.is_word and w.is_upper or w.text in "«\"" for w in rest):
            return None  # "Один из жителей, пенсионер": a second description names nobody either
        found = self._resolve(rest, rest[0].start, end, gender)
        return found if found[1] else None

    def _unplaced(self, words):
        """The words of a phrase but place names ("жительница Астаны Динара"): a place
        in the genitive is no part of a woman's name."""
        return [w for w in words if not any(e.type == "LOC" for _, _, e in self.registry.overlapping(w.start, w.end))]

    def _led_body(self, words, start):
        """"По данным акимата" after "аким Павлодарской области Марат Оспанов": a body
        named by its bare noun is the one its head was last named as heading."""
        content = [w for w in words if w.is_word]
        post = _led_bodies().get(morph.lemma(content[0].low)) if len(content) == 1 and not content[0].is_upper else None
        if post is None:
            return None
        held = [r.text.split(maxsplit=1)[1] for _, r, e in self.registry.holders(post)
                if r.start < start and len(r.text.split()) > 1 and _attested(self.text, e, r)]
        return (None, f"{morph.lemma(content[0].low).capitalize()} {held[-1]}", False) if held else None

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

    def _misspelt(self, entity_id, name: str, cue_gender: str | None):
        """A surname alone that the article spells once otherwise ("Сабурова" after
        "Екатерина Сабирова", "Кабейо" after "Диосдадо Кабельо"): the one person named in
        full whose surname is that close to it, of no other gender."""
        if " " in name or len(name) < MISSPELT_LEAST or self.roster.fullest(name) != name:
            return entity_id, name
        gender = cue_gender if cue_gender in ("masc", "femn") else names.gender_of(name)
        near = {n for n, surname, of in self._full_names() if _near_spelling(surname, name)
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

    def _of_named_place(self, words, name: str, start: int) -> str:
        """"Мэрия столицы" after "мэрии Бишкека" -> "Мэрия Бишкека"; "управление
        здравоохранения региона" after "полиции Алматинской области" -> "Управление
        здравоохранения Алматинской области": a body of a place named by a common noun
        is the body of the place the article has named."""
        content = [w for w in words if w.is_word]
        parts = name.split()
        if len(content) < 2 or len(parts) < 2 or any(w.is_upper and w is not content[0] for w in content) \
                or morph.lemma(content[-1].low) not in word_set("quote_generic_places.txt"):
            return name
        head = " ".join(parts[:-1])
        if len(content) == 2:  # "мэрии Бишкека": the same body named with its place before
            found = self.roster.named_body(morph.lemma(content[0].low), start)
            if found is not None and not any(e.type != "LOC" for _, _, e in self.registry.overlapping(*found[:2])):
                return f"{head} {found[2]}"
        place = morph.lemma(content[-1].low)
        kinds = REGIONS if place == "регион" else {place}  # "региона" is its oblast, krai, republic
        regions = [e for s, m_end, e in self.registry.overlapping(max(0, start - RECENT_REACH), start)
                   if e.type == "LOC" and m_end <= start and e.name.split()[-1].lower() in kinds]
        return f"{head} {names.genitive(regions[-1].name)}" if regions else name

    def _short_as_written(self, words, name: str) -> str:
        """"в Минздраве" -> "Минздрав" when the article never spells the body's full name
        out: readers name a clipped compound as written; the entity keeps the full name."""
        # capitals ("СКР", "«Ъ»") are expanded by readers too; only "Мин..." words are not
        short = next((w for w in words if w.is_word and not w.text.isupper()
                      and acronyms.short_form(w.text)), None)
        if short is None or not acronyms.stands_for(short.text, name):
            return name
        first = name.split()[0].lower()
        if len(first) > 5 and first[:-2] in self.text.lower():  # rare: asked of short forms only
            return name
        return names.one_word_nominative(short.text)

    def _entity_of(self, name: str) -> str | None:
        """The id of the entity called exactly ``name``, if any."""
        return next((e.id for e in self.registry.entities if e.name == name), None)

    def _entity_named(self, name: str) -> str | None:
        entity = self.registry.person_named(name)
        return entity.id if entity is not None else None

    def _gender(self, entity_id, name, cue_gender):
        """A person's gender (an organisation has none a pronoun could pick up)."""
        if entity_id is not None:
            entity = self.registry.by_id.get(entity_id)
            if entity is None or entity.type != "PER":
                return None
        # a past-tense cue ("сказала") is surer than a guess from an unknown name
        return cue_gender if cue_gender in ("masc", "femn") else names.gender_of(name)

    def _resolve(self, words, start, end, gender):
        """(entity id, name, whether the speaker is a person) for a speaker phrase."""
        pronoun = _pronoun(words)
        if pronoun == "plur":  # "они": a group the rules cannot name, unless a body's people
            body = self._people_of_body(start)
            return (body.id, body.name, False) if body is not None else (None, None, False)
        if pronoun:
            return self._pronoun_person(start, pronoun)
        if _unnamed_source(words):
            return None, None, False  # "Интерфаксу источники", "источник в Генпрокуратуре"
        state = _people_state(words)
        if state:  # "американцы заявили": a people speaks for its state
            return self._entity_of(state), state, False
        if _group(words) or gender == "plur" and _counted_or_substantive(words):
            return None, None, False  # "Адвокаты Мингазова", "Республиканцы": many people
        family = self._family_member(words, start, end, gender)
        if family is not None:  # "жена российского бизнесмена" -> Алла Бут
            return family.id, family.name, True
        if self._someone_of(words, start, end):
            return None, None, False  # "Представитель Лопес", "Мать Магнитского": not Лопес
        holder = self._holder_after(words, end)
        if holder is not None:  # "первый вице-спикер, представитель КПУ Игорь Калетник"
            return holder
        body = self._spoken_for_clipped(words, start)
        if body:  # "пресс-служба кабмина" -> "Кабинет министров Кыргызстана"
            return body
        office = self._service_of(words, end)
        if office:  # "пресс-служба президента государства" -> the president
            return office
        entity = self._role_holder(words, end, gender) or self._spokesperson_named(words, start, gender) \
            or self._named_entity(words, start, end, gender) \
            or self._side(words, start, end)
        if entity is not None:
            return entity.id, entity.name, entity.type == "PER"
        body = self._body_by_noun(words, start) or self._body_of_kind(words, start)
        if body:  # "телекомпании" after "телекомпании НВО", "корпорации" after "компания Apple"
            return body
        body = self._spoken_for_noun(words, start)
        if body:  # "пресс-служба компании" -> the company named before
            return body
        if names.organisation_head(words):
            found = self._organisation(words, start)
            # "правительство сообщало" with no government named: "Правительство Венесуэлы"
            return found if found[1] else self._state_body(words) or found
        body = _spoken_for(words)
        if body:
            return None, body, False
        body = self._party_of(words, start)
        if body:
            return body
        if words[0].text in "«\"" and words[-1].text in "»\"":
            return None, names.organisation(words), False  # «Вестей»: a title, not a person
        content = [w for w in words if w.is_word]
        if len(content) == 1 and is_latin(content[0]) and not content[0].is_upper:
            return None, content[0].text, False  # "пишет baltinfo.ru": a site by its address
        named = None if _capitalised_post(words) else names.name_in(words, self.roster.proper)
        if named and not self._oblique_after_head(words, named[0]):
            return None, self.roster.fullest(named[0]), named[1]
        return self._post_or_description(words, start, end, gender)

    def _role_holder(self, words, end, gender) -> Entity | None:
        """"Премьер-министр Израиля заявил", "Шейх Хамад сказал": the entities stage put
        the post heading the phrase on a person right here, and either the phrase goes on
        with that person's name or the post is a state's office ("глава государства"); a
        bare "актриса" or "глава совета" it tied to someone is no proof."""
        content = [w for w in words if w.is_word]
        if not content or content[0].low in POSSESSIVES:
            return None
        wanted = gender if gender in ("masc", "femn") else _noun_gender(words)
        for r_start, r_end, e in self.registry.role_at(content[0].start):
            rest = [w for w in content if w.start >= r_end]
            if r_end > end or not rest and not self._fits(e, wanted):
                continue
            named = [w for w in rest if any(m.start <= w.start < m.end for m in e.mentions)]
            if rest and named == rest and any(w.is_upper for w in rest) \
                    and all(_one_nominative(w) for w in rest):
                return e  # "Шейх Хамад": the name in the phrase outweighs a guessed gender
            if not rest and _state_office([w for w in content if w.end <= r_end]) \
                    and not self._other_office(e.id, words, r_start, r_end) and _named_holder(self.text, e):
                return e
        return None

    def _holder_after(self, words, end):
        """A post phrase cut short at a bracket or a comma that goes on to its holder's
        name: "президент Фонда прав человека (Human Rights Foundation) Тор Халворссен",
        "лидер Меджлиса, народный депутат Украины Мустафа Джемилев", "директор музея и
        археолог из Новоселова, Александр Кержаев". The name must close the clause."""
        content = [w for w in words if w.is_word]
        if not content or not _person_head(words) or any(is_person_name(w) for w in content):
            return None
        ws = tokenize(self.text, end, min(len(self.text), end + HOLDER_WINDOW))  # not the roster: cheaper
        k = 0
        if k < len(ws) and ws[k].text == "(":
            close = next((m for m in range(k + 1, min(len(ws), k + BRACKET_WORDS)) if ws[m].text == ")"), None)
            if close is None or any(w.is_word and best_pos(w) in ("VERB", "GRND") for w in ws[k + 1:close]):
                return None
            k = close + 1
        else:
            m = k
            while m < len(ws) and m - k < APPOSED_WORDS and ws[m].is_word \
                    and best_pos(ws[m]) in ("PREP", "NOUN", "ADJF") \
                    and not (is_person_name(ws[m]) and best_pos(ws[m - 1]) != "PREP"):
                m += 1  # "из Новоселова" before the comma
            if m >= len(ws) or ws[m].text != "," or "\n" in self.text[end:ws[m].start]:
                return None
            k = m + 1
            m = k  # ", народный депутат Украины" after the comma: a second post
            while m < len(ws) and m - k < APPOSED_WORDS and (ws[m].text in "«»\"" or ws[m].is_word
                    and (best_pos(ws[m]) in ("NOUN", "ADJF", "PREP", None) or _participle_post(ws[m]))
                    and not is_person_name(ws[m])):
                m += 1
            if m > k and not any(w.is_word and not w.is_upper and ("anim" in _person_noun(w).tag
                                 and "nomn" in _person_noun(w).tag or _participle_post(w)) for w in ws[k:m]):
                return None  # ", в Москве Иван Петров ...": no post in apposition
            k = m
        if k >= len(ws) or not is_proper(ws[k]):
            return None
        person = next((e for s, m_end, e in self.registry.overlapping(ws[k].start, ws[k].end + 1)
                       if e.type == "PER" and s == ws[k].start), None)
        found = next((p for p in names.persons(self.text, ws[k].start, ws[-1].end) if p.start == ws[k].start), None)
        stop = next((m.end for m in person.mentions if m.start == ws[k].start), None) if person \
            else found.end if found and found.strong and found.subject else None
        if stop is None:
            return None
        n = next((n for n, w in enumerate(ws) if w.start >= stop), len(ws))
        if n < len(ws) and ws[n].text not in CLAUSE_CLOSERS and "\n" not in self.text[stop:ws[n].start]:
            return None  # "..., Иван Петров подтвердил": the name opens a clause of its own
        if person is not None:
            return person.id, person.name, True
        return self._entity_named(found.name), found.name, True

    def _role_qualifiers(self, role) -> set:
        """The qualifier stems of a role's words, kept: every spokesperson looks at them all."""
        if role not in self._qualifiers:
            self._qualifiers[role] = {_qualifier(w) for w in tokenize(role.text) if w.is_word}
        return self._qualifiers[role]

    def _spokesperson_named(self, words, start, gender) -> Entity | None:
        """"официальный представитель МИД" after "официальный представитель МИД РК Айбек
        Смадияров": the one person named earlier with every word of this spokesperson's post."""
        content = [w for w in words if w.is_word]
        k = _spokesperson(words)
        if k is None or k >= len(content) or any(is_person_name(w) for w in content):
            return None
        wanted = {_qualifier(w) for w in content}
        found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                 and any(r.start < start and wanted <= self._role_qualifiers(r) for r in e.roles)}
        if not found and gender in ("masc", "femn") \
                and all(morph.lemma(w.low) in SPOKESMEN or morph.lemma(w.low) == "официальный" for w in content[:k]):
            # "Спикер МИД сообщил" after "Официальный представитель МИД Казахстана Айбек
            # Смадияров": one spokesman's words stand for another's
            wanted = {_qualifier(w) for w in content[k:]}
            found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                     and any(r.start < start and _spokesman_title(r.text)
                             and wanted <= self._role_qualifiers(r) for r in e.roles)}
        if len(found) == 1:
            return next(iter(found.values()))
        return self._spokesman_speaking(content, k, start, gender) if not found else None

    def _spokesman_speaking(self, content, k, start, gender) -> Entity | None:
        """"представитель внешнеполитического ведомства" right after the ministry's press
        officer has spoken: a body named only by its common noun is his."""
        if gender not in ("masc", "femn") or not all(best_pos(w) == "ADJF" for w in content[k:-1]) \
                or content[-1].is_upper or morph.lemma(content[-1].low) not in word_set("quote_anaphoric_bodies.txt"):
            return None
        recent = self._recent(start, gender)
        entity = self.registry.by_id.get(recent.entity) if recent and recent.entity else None
        if entity is None or start - recent.end > JUST_SPOKEN_REACH \
                or not any(r.start < start and _spokesman_title(r.text) for r in entity.roles):
            return None
        return entity

    def _family_member(self, words, start, end, gender) -> Entity | None:
        """A relative named by a family noun is the one person of the article of that
        gender who bears the surname of the person it depends on ("Супруга «оружейного
        барона»" -> Алла Бут, wife of Виктор Бут), or of the last speaker ("супруга")."""
        content = [w for w in words if w.is_word]
        if not content or morph.lemma(content[0].low) not in word_set("quote_family.txt"):
            return None
        wanted = gender if gender in ("masc", "femn") else _noun_gender(words[:1])
        of = [e for s, m_end, e in self.registry.overlapping(content[0].end, end) if e.type == "PER"
              and self._fits(e, _noun_gender(tokenize(self.text, s, m_end)))]  # not "актрисы" for a man
        if not of and len(content) == 1:
            recent = self._recent(start, wanted)
            of = [self.registry.by_id[recent.entity]] if recent and recent.entity else []
        if not of:
            return None
        stem = _surname_stem(of[0].name)
        kin = [e for e in self.registry.entities if e.type == "PER" and e is not of[0]
               and len(e.name.split()) > 1 and _surname_stem(e.name) == stem]
        if len(content) == 1:  # the last speaker is the relative when kin of theirs is named
            return of[0] if kin and self.registry.gender.get(of[0].id) == wanted else None
        kin = [e for e in kin if self.registry.gender.get(e.id) == wanted]
        return kin[0] if len(kin) == 1 else None

    def _someone_of(self, words, start, end) -> bool:
        """A relative, lawyer or representative of a person who is named only as theirs
        ("Мать Магнитского", "Представитель Лопес"): an unnamed speaker, not that person."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or morph.lemma(content[0].low) not in word_set("quote_relations.txt"):
            return False
        people = [(s, m_end, e) for s, m_end, e in self.registry.overlapping(start, end)
                  if e.type == "PER" and s > content[0].start]
        if not people or any(s > content[1].start for s, _, _ in people):
            return False  # "адвокат Навального Вадим Кобзев": the lawyer is named
        s, m_end, e = people[0]
        last = max(n for n, w in enumerate(content) if w.start < m_end)
        if names.dependent(content, 1, last + 1):
            return True  # "Мать Магнитского": the person in the genitive
        # "Представитель Лопес": an undeclined surname of someone named in full elsewhere
        return last == 1 and any(len(m.text.split()) > 1 for m in e.mentions)

    def _spoken_for_noun(self, words, start):
        """"Пресс-секретарь группы" -> the group the article has named with that noun
        ("рок-группы Rolling Stones"): the body its noun alone takes up."""
        k = _spokesperson(words)
        content = [w for w in words if w.is_word]
        if k is None or len(content) != k + 1 or content[k].is_upper:
            return None
        return self._body_by_noun(content[k:], start)

    def _spoken_for_clipped(self, words, start):
        """A spokesperson of a clipped compound ("пресс-служба кабмина") speaks for the
        organisation named before by the full name it stands for ("Кабинет министров
        Кыргызстана")."""
        k = _spokesperson(words)
        content = [w for w in words if w.is_word]
        if k is None or len(content) != k + 1 or content[k].is_upper:
            return None
        full = posts.org_words().get(morph.lemma(content[k].low), ("", ""))[1]
        head = [w for w in tokenize(full) if w.is_word][:1]
        body = self.registry.latest_body(morph.lemma(head[0].low), start) if head else None
        return (body.id, body.name, False) if body is not None else None

    def _service_of(self, words, end):
        """A press service named by whom it serves, without a name ("пресс-служба
        президента государства", "в пресс-службе оборонного ведомства"): the post's
        holder or the body of that kind, as the words after the head find them alone."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or morph.lemma(content[0].low) not in word_set("quote_press_services.txt") \
                or any(is_proper(w) or w.is_upper for w in content[1:]):
            return None
        rest = [w for w in words if w.start >= content[1].start]
        found = self._body_of_kind(rest, rest[0].start) or self._post_or_description(rest, rest[0].start, end, None)
        return found if found and found[1] else None

    def _body_by_noun(self, words, start):
        """A common noun for a body, with adjectives at most ("телекомпании", "газета"):
        the body the article named last right after that noun ("телекомпании НВО")."""
        content = [w for w in words if w.is_word]
        if not content or any(best_pos(w) != "ADJF" for w in content[:-1]):
            return None
        noun = content[-1]
        if noun.is_upper and noun.start != content[0].start or noun.text.isupper() \
                or best_pos(noun) != "NOUN" or "anim" in parses(noun)[0].tag:
            return None
        found = self.roster.named_body(morph.lemma(noun.low), start)
        if found is None:  # "Республиканского центра иммунопрофилактики ... По данным центра"
            body = self.registry.latest_body(morph.lemma(noun.low), start)
            named = body is not None and len(body.name.split()) > 1
            return (body.id, body.name, False) if named else None
        at = [e for _, _, e in self.registry.overlapping(*found[:2])]
        bodies = [e for e in at if e.type == "ORG"]
        if bodies:
            return bodies[0].id, bodies[0].name, False
        if any(e.type == "PER" for e in at) or any(is_person_name(w) for w in tokenize(found[2])):
            return None  # "оппозиции Нино Бурджанадзе": its leader, not its name
        return None, found[2], False

    def _body_of_kind(self, words, start):
        """A common noun for a kind of body, with adjectives at most ("корпорации",
        "московского клуба", "Издание"): the body opening the sentence before, else the
        body of that kind named last before it, one named as a subject first ("сообщает
        телеканал Press TV со ссылкой на газету Asharq Alawsat. ... продолжает издание").
        The kind shows in a noun of it before the name ("компания Apple", "ФК «Спартак»"),
        in a word of the name ("Российская газета") or, for outlets, in a newsy name ("Fox News")."""
        content = [w for w in words if w.is_word]
        if not content or any(best_pos(w) != "ADJF" or is_proper(w) for w in content[:-1]):
            return None
        noun = content[-1]
        lemma = morph.lemma(noun.low)
        kind = _body_kinds().get(lemma)
        if kind is None or best_pos(noun) != "NOUN" or noun.text.isupper() or is_proper(noun) \
                or not any("sing" in p.tag for p in parses(noun)):
            return None
        subject = self._body_subject(start)
        if subject is not None and (self._of_kind(subject, kind)
                                    or lemma in word_set("quote_anaphoric_bodies.txt")):
            return subject.id, subject.name, False
        found = [(s, e) for s, m_end, e in self.registry.overlapping(max(0, start - RECENT_REACH), start)
                 if e.type == "ORG" and m_end <= start and self._of_kind(e, kind)]
        country = _country_adjective(content[:-1])
        if country is not None:  # "румынское ведомство": a body of Romania
            found = [(s, e) for s, e in found if e.country == country.code or country.name.lower()
                     in {morph.lemma(w.low) for w in tokenize(e.name) if w.is_word}]
            if not found:
                return None
        named = [(s, e) for s, e in found if not self._oblique_at(s)] or found
        if named:
            return named[-1][1].id, named[-1][1].name, False
        if kind in ("media", "company", "club"):  # an outlet is no police or ministry that has just spoken
            said = next((b for b in reversed(self._said) if b.end <= start and b.gender is None
                         and start - b.end <= RECENT_REACH), None)
            return (said.entity, said.name, False) if said and not _other_body(said.name, kind) \
                else (None, None, False)
        return None

    def _oblique_at(self, start: int) -> bool:
        """Whether a name at ``start`` stands in an oblique case: after a preposition or a
        noun that cannot be nominative ("со ссылкой на газету Asharq Alawsat")."""
        k = bisect_left(self.roster.starts, start)
        ws = self.roster.words
        m = k - 1
        while m >= 0 and ws[m].text in "«\"„":
            m -= 1
        before = ws[m] if m >= 0 and ws[m].is_word else None
        if before is not None and (best_pos(before) == "PREP" or best_pos(before) == "NOUN"
                                   and not before.is_upper and not any("nomn" in p.tag for p in parses(before))):
            return True
        first = ws[k] if k < len(ws) and ws[k].is_word else None
        return first is not None and morph.known(first.low) and not is_latin(first) \
            and not first.text.isupper() and not any("nomn" in p.tag for p in parses(first))

    def _of_kind(self, entity: Entity, kind: str) -> bool:
        key = (entity.id, kind)
        if key not in self._kinds:
            nouns = {lemma for lemma, k in _body_kinds().items() if k == kind}
            named = {morph.lemma(w.low) for w in tokenize(entity.name) if w.is_word}
            by_name = _media_name(entity.name) if kind == "media" else bool(named & nouns)
            self._kinds[key] = by_name or any(self._kind_before(m.start, nouns) for m in entity.mentions)
        return self._kinds[key]

    def _kind_before(self, start: int, nouns: frozenset) -> bool:
        """Whether a noun of ``nouns`` stands right before ``start`` ("компания «Казатомпром»")."""
        k = bisect_left(self.roster.starts, start) - 1
        ws = self.roster.words
        while k >= 0 and ws[k].text in "«\"„":
            k -= 1
        return k >= 0 and ws[k].is_word and morph.lemma(ws[k].low) in nouns

    def _state_body(self, words):
        """A state body named by its bare common noun ("правительство", "прокуратуры")
        that the article names nowhere in full: that body of the country in play."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or content[0].is_upper and not content[0].initial \
                or morph.lemma(content[0].low) not in word_set("quote_state_bodies.txt") \
                or "sing" not in parses(content[0])[0].tag:
            return None
        noun = morph.lemma(content[0].low).capitalize()
        country = self.roster.country_in_play()
        return None, f"{noun} {names.genitive(country)}" if country else noun, False

    def _party_of(self, words, start):
        """"представитель партии Цвангираи" -> the body the article shows him leading
        ("глава оппозиционного «Движения за демократические перемены» ... Цвангираи")."""
        k = _spokesperson(words)
        content = [w for w in words if w.is_word]
        if k is None or len(content) < k + 2 or content[k].is_upper \
                or not org_head(content[k]) or not all(is_name_like(w) for w in content[k + 1:]):
            return None
        led = self.roster.led_by(content[-1].low[:MIN_STEM_MATCH], start)
        return (None, led, False) if led else None

    def _oblique_after_head(self, words, name: str) -> bool:
        """"тренер Дадашева" when the article's man is Максим Дадашев: the name is in the
        genitive, so it depends on the post before it and names someone else."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or content[0].is_upper and not content[0].initial \
                or not any("nomn" in p.tag for p in parses(content[0])[:1]):
            return False
        full = self.roster.fullest(name)
        return full.split()[-1] != name.split()[-1] and len(full) > len(name)

    def _pronoun_person(self, start, pronoun):
        """"он"/"она": the subject of its own sentence, or a person whose words it is about
        there ("в интервью Рахимова, в котором он"); else the person who has just spoken,
        unless a newer subject has come up since. A newer subject introduced without a
        name ("33-летний мужчина") is nobody the rules can name."""
        sentence = self.roster.sentence_start(start)
        here = self._sentence_person(sentence, start, pronoun)
        if here is not None:
            return here
        body = self._speaking_body(start, pronoun)
        if body is not None:
            return body.entity, body.name, False
        holder = self._view_holder(sentence, pronoun)
        if holder is not None:  # "У аналитика Тимура Сыздыкова другое объяснение. По его мнению"
            return holder.id, holder.name, True
        recent = self._recent(start, pronoun)
        if recent is None:
            at, found = self._latest_person(start, pronoun)
            if found[1] is not None and self.roster.unnamed_subject(at + 1, sentence, pronoun) is not None:
                return None, None, True
            return found
        since = self.roster.next_sentence(recent.end)
        newer = self._subject(since, sentence, pronoun, first=False)
        # only an earlier sentence's subject: "Водитель, по его словам, был пьян" is his account
        nobody = self.roster.unnamed_subject(since, sentence, pronoun)
        if nobody is not None and (newer is None or nobody > newer[0]):
            return None, None, True
        if newer is not None and not self._named_again(recent, newer[0], start):
            return newer[1]
        return recent.entity, recent.name, True

    def _view_holder(self, sentence, pronoun) -> Entity | None:
        """The person the sentence before opens with after "У" ("У аналитика Тимура
        Сыздыкова другое объяснение"): the one who has a view, so "его" of the next one."""
        before = self.roster.sentence_start(max(0, sentence - 1))
        first = tokenize(self.text, before, min(sentence, before + 3))[:1]
        if before == sentence or not first or first[0].text != "У":
            return None
        people = [(s, e) for s, m_end, e in self.registry.overlapping(before, sentence)
                  if e.type == "PER" and m_end <= sentence and s - before <= VIEW_REACH]
        people = [p for p in people if p[0] == min(s for s, _ in people)]
        if len(people) != 1 or any(w.is_word and best_pos(w) in ("VERB", "PRTS")
                                   for w in tokenize(self.text, before, people[0][0])):
            return None  # "У здания суда собрались сторонники Петрова": a place, not a possessor
        return people[0][1] if self._fits(people[0][1], pronoun) else None

    def _speaking_body(self, start, pronoun) -> _Said | None:
        """"Об этом пишет газета «Коммерсант». По её данным": the body that has just
        spoken, when its noun is feminine like the pronoun and no woman was named since,
        in any case ("со ссылкой на Киру Ярмыш"); "его" is left to persons."""
        said = next((s for s in reversed(self._said) if s.end <= start), None)
        if said is None or pronoun != "femn" or said.gender is not None \
                or said.body_gender != "femn" or start - said.end > RECENT_REACH:
            return None
        named = any(e.type == "PER" and self._fits(e, pronoun)
                    for _, _, e in self.registry.overlapping(said.end, start)) \
            or any(fits(p.gender, pronoun) for p in self.roster.persons_in(said.end, start))
        return None if named else said

    def _named_again(self, said: _Said, after: int, before: int) -> bool:
        """Whether the last speaker is named again after the sentence at ``after`` and
        before ``before`` (in any case: "рекорд Дмитрия Ерохина"), which keeps them the
        one spoken of."""
        after = self.roster.next_sentence(after)
        entity = self.registry.by_id.get(said.entity) if said.entity else None
        # a name inside quotation marks is spoken of by someone: "«Ведерников уволен», —
        # сказал министр" keeps Ведерников no subject
        if entity is not None:
            return any(after < m.start < before and not self.roster.quoted_at(m.start)
                       and not self._of_a_body(m.start) for m in entity.mentions)
        stem = _surname_stem(said.name)
        words = self.roster.words[bisect_right(self.roster.starts, after):
                                  bisect_left(self.roster.starts, before)]
        return any(w.is_upper and w.low.startswith(stem) and not self.roster.quoted_at(w.start)
                   for w in words)

    def _of_a_body(self, pos: int) -> bool:
        """A name right after a body's noun ("администрации Обамы") names the body, not
        the person as the one spoken of."""
        k = bisect_left(self.roster.starts, pos)
        return k > 0 and self.roster.words[k - 1].is_word and org_head(self.roster.words[k - 1]) \
            and not self.roster.words[k - 1].is_upper

    def _sentence_person(self, lo, hi, gender):
        """The first person in the nominative in [lo, hi), else the latest in the genitive
        after a common noun ("интервью господина Рахимова")."""
        subject = self._subject(lo, hi, gender, first=True)
        if subject is not None:
            return subject[1]
        owners = [(s, e) for s, m_end, e in self.registry.overlapping(lo, hi)
                  if e.type == "PER" and m_end <= hi and self._fits(e, gender)
                  and _possessor(self.text, s, m_end) and not self.roster.quoted_at(s)]
        if owners:
            return owners[-1][1].id, owners[-1][1].name, True
        return None

    def _subject(self, lo, hi, gender, first: bool):
        """(position, resolution) of the first person that may be a subject in [lo, hi),
        or of the first in the latest sentence that has one: a nominative mention of a
        person entity, or a name the roster found."""
        found = [(s, (e.id, e.name, True)) for s, m_end, e in self.registry.overlapping(lo, hi)
                 if e.type == "PER" and m_end <= hi and self._fits(e, gender) and _plausible_person(e)
                 and _written_as_name(self.text, s, m_end, e.name) and not _declined(self.text[s:m_end], e.name)
                 and nominative_in(self.text[s:m_end], self.registry.gender.get(e.id))
                 and not self.roster.quoted_at(s) and not self._in_verbatim(s)]
        if not found:
            found = [(p.start, self._named_person(p, gender))
                     for p in self.roster.subjects_between(lo, hi, gender) if not self._in_verbatim(p.start)]
            found = [f for f in found if f[1] is not None]
        if not found:
            return None
        if first:
            return found[0]
        # the latest sentence with a subject, and its first one: "Путин согласился, если
        # Медведев выиграет" speaks of Путин
        last = self.roster.sentence_start(found[-1][0])
        return next(f for f in found if f[0] >= last)

    def _named_person(self, person, gender):
        """A person the roster found, with the entity of its mention when there is one
        (None when that entity is of the other gender)."""
        at = [e for _, _, e in self.registry.overlapping(person.start, person.end) if e.type == "PER"]
        if at and not self._fits(at[0], gender):
            return None
        return (at[0].id, at[0].name, True) if at else (None, person.name, True)

    def _latest_person(self, start, pronoun):
        """(position, resolution) of the latest fitting person named before ``start``."""
        found = self.registry.latest_person_at(start, pronoun)
        if found is not None and not _plausible_person(found[1]):
            found = None  # "Побритый наголо, он сказал": a word the entities stage took for a name
        person = self.roster.latest(start, pronoun)
        if found is not None and (person is None or person.start <= found[0]):
            return found[0], (found[1].id, found[1].name, True)
        if person is not None:  # nearer than any entity that fits: missed or mis-gendered there
            at = [e for _, _, e in self.registry.overlapping(person.start, person.end)]
            if any(e.type != "PER" for e in at):
                person = None  # "Сан-Диего" is a place the entities stage knows
            elif at:
                return person.start, (at[0].id, at[0].name, True)
        if person is None and found is not None:
            return found[0], (found[1].id, found[1].name, True)
        return (person.start if person else start), (None, person.name if person else None, True)

    def _organisation(self, words, start):
        named = names.organisation(words)
        content = [w for w in words if w.is_word]
        if not any(is_proper(w) for w in content) and _noun_number(words) != "plur" \
                and morph.lemma(content[-1].low) in word_set("quote_anaphoric_bodies.txt"):
            subject = self._body_subject(start)
            if subject is not None:  # "Прокуратура района организовала проверку. Ведомство сообщило"
                return subject.id, subject.name, False
            said = self._recent_body(start, morph.lemma(content[-1].low))
            if said:  # "румынское ведомство": the body that has just spoken
                return said.entity, said.name, False
        if named is None and len([w for w in words if w.is_word]) == 1:
            lemma = morph.lemma(words[0].low)
            said = self._recent_body(start, lemma, same_only=True)
            body = self.registry.latest_body(lemma, start) if said is None else None
            if body is not None:  # "Суд" -> "Европейский суд по правам человека"
                return body.id, body.name, False
            said = said or self._recent_body(start, lemma)
            if said:  # "по данным издания" -> the outlet named before
                return said.entity, said.name, False
        return None, named, False

    def _people_of_body(self, start) -> Entity | None:
        """"Специалисты Роспотребнадзора провели замеры. По их данным": the body whose
        people open the sentence before a plural pronoun speak through it."""
        here = self.roster.sentence_start(start)
        before = self.roster.sentence_start(max(0, here - 1))
        if before == here:
            return None
        words = [w for w in tokenize(self.text, before, here) if w.is_word]
        head = next((n for n, w in enumerate(words[:3]) if best_pos(w) == "NOUN"), None)
        if head is None or head + 1 >= len(words) or is_name_like(words[head]) \
                or not {"anim", "plur", "nomn"} <= set(_person_noun(words[head]).tag.grammemes):
            return None
        after = words[head + 1].start
        return next((e for s, _, e in self.registry.overlapping(after, after + 1) if e.type == "ORG" and s == after),
                    None)

    def _body_subject(self, start) -> Entity | None:
        """The organisation opening the sentence just before ``start``'s, as its subject."""
        here = self.roster.sentence_start(start)
        before = self.roster.sentence_start(max(0, here - 1))
        if before == here:
            return None
        return next((e for s, _, e in self.registry.overlapping(before, here)
                     if e.type == "ORG" and s == before), None)

    def _post_or_description(self, words, start, end, gender):
        apposed = self.roster.apposed(start) if _noun_number(words) == "sing" else None
        if apposed is not None:  # "Рустем Шакиров, имам мечети, заявил"
            return self._entity_named(apposed.name), apposed.name, True
        options = _post_options(words)  # the first is the post itself, or None
        if options[0] and options[0] in word_set("quote_anonymous.txt"):
            # "источник", "собеседник": nobody in particular, unless a bare noun takes up
            # the person who has just spoken ("Аналитик Айдос Жумабеков считает ... –
            # пояснил эксперт")
            return self._just_spoken(words, start) or (None, None, False)
        wanted = gender if gender in ("masc", "femn") else _post_gender(words)
        places, qualifiers = _places(words), _office_qualifiers(words)
        here = self._speaking_here(words, start, wanted) if options[0] else None
        if here is not None:  # "Ирина Смирнова ... Она сообщила ... «...», – заявила депутат."
            return here
        for option in options if options[0] else ():
            holder = self.roster.holder(option, start, places, after=end)
            if holder and fits(self._holder_gender(holder), wanted):  # not "(муж) актрисы Сергей Сенин"
                return self._spoken_before(words, start, holder) or (None, holder, True)
            entity = self._post_entity(option, words, start, end, wanted)
            if entity is not None:
                return self._spoken_before(words, start, entity.name, entity) \
                    or (entity.id, entity.name, True)
        titled = self._titled_before(words, start, wanted)
        if titled is not None:  # "министр энергетики" -> "министр энергетики Ерлан Сатпаев" before
            return titled.id, titled.name, True
        leader = self._ministry_leader(words, start, wanted)
        if leader is not None:  # "глава Минфина" -> the minister of finance named before
            return leader.id, leader.name, True
        if _description(words) and _spokesperson(words) is None:
            person = self._described(start, wanted, qualifiers, words, end)
            if person and (not _someone_else(words) or self._seen_as(person, words)) \
                    and not self._holds_other_office(person, words, start, end):
                return person
        if (qualifiers is not None or _state_office(_office_words(words))) and not _someone_else(words):
            person = self._renamed(words, start, end, wanted)
            if person is not None:  # "заявил Сергей Лавров. ... глава МИД РФ подтвердил"
                return person
        if _person_head(words) or qualifiers is not None:
            # "официальный представитель" after the spokesman has spoken is that spokesman
            return self._just_spoken(words, start) or (None, None, True)
        return self._just_spoken(words, start) or (None, names.organisation(words), False)

    def _holds_other_office(self, person, words, start, end) -> bool:
        """A state office proper ("Председатель правительства" -> премьер-министр) is not
        the one a described person holds when they hold another (a governor); a leader's
        word ("глава КНР") may stand for any of their offices."""
        if not _state_office(_office_words(words)) \
                or _office_post(words) in word_set("quote_leader_posts.txt"):
            return False
        return self._other_office(person[0] or self._entity_named(person[1]), words, start, end)

    def _holder_gender(self, name: str) -> str | None:
        """A holder's gender as the words agreeing with their name show it ("Андреа
        Занончелли говорил"), else as the name suggests."""
        entity = self.registry.person_named(name)
        found = self.registry.gender.get(entity.id) if entity is not None else None
        return found or names.gender_of(name)

    def _speaking_here(self, words, start, gender):
        """A bare post ("депутат") closing a paragraph where one person named in it has
        been speaking and holds no post of their own: that person, before anyone named
        with the post earlier ("Депутат фракции Жанар Оспанова" two paragraphs back)."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or gender not in ("masc", "femn"):
            return None
        post = morph.lemma(content[0].low)
        paragraph = self._speaking_paragraph(start, post)
        recent = self._recent(start, gender)
        entity = self.registry.by_id.get(recent.entity) if recent and recent.entity else None
        if entity is None or recent.end < paragraph or recent.gender != gender \
                or not any(paragraph <= m.start < start for m in entity.mentions) \
                or any(_attested(self.text, entity, r) for r in entity.roles):
            return None
        if any(paragraph <= r_start < start for r_start, _, _ in self.registry.holders(post)) \
                or any(paragraph <= s < start for s, _, _ in self.roster.posts().get(post, ())):
            return None  # "актриса Анна Белова" in this very paragraph is the one meant
        return entity.id, entity.name, True

    def _speaking_paragraph(self, start: int, post: str) -> int:
        """Where the paragraph of ``start`` begins, or the one before when this one names
        nobody before ``start`` (a dash-led turn closed by "– спросил депутат." goes on
        from the paragraph that named its speaker) and the post is one of many in the
        article ("Депутаты поспорили"), not one person's ("министр")."""
        paragraph = self.text.rfind("\n", 0, start) + 1
        if self.text[paragraph:paragraph + 1] not in TURN_OPENERS or not self._many_hold(post) \
                or any(e.type == "PER" for _, _, e in self.registry.overlapping(paragraph, start)):
            return paragraph
        k = paragraph - 1
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return self.text.rfind("\n", 0, k) + 1 if k > 0 else paragraph

    def _many_hold(self, post: str) -> bool:
        """Whether the article speaks of holders of ``post`` in the plural ("Депутаты")."""
        if post not in self._plural_posts:  # one pass over the article per post
            self._plural_posts[post] = any(w.is_word and w.low[:3] == post[:3] and morph.lemma(w.low) == post
                                           and "plur" in parses(w)[0].tag for w in self.roster.words)
        return self._plural_posts[post]

    def _spoken_before(self, words, start, name, entity=None):
        """A bare post ("наставник") whose only holder the article names after the quote:
        the person who has just spoken, when someone has, is the one meant."""
        if entity is not None and any(m.start < start for m in entity.mentions) \
                or entity is None and _surname_stem(name) in self.text[:start].lower().replace("ё", "е"):
            return None
        return self._just_spoken(words, start)

    def _just_spoken(self, words, start):
        """The person a bare common noun ("эксперт", "официальный представитель") takes
        up: the last speaker, named a few sentences back, of the noun's gender."""
        content = [w for w in words if w.is_word]
        noun = _person_noun(content[-1]) if content else None  # "нападающий" is a noun too
        if not content or len(content) > BARE_WORDS or noun.tag.POS != "NOUN" \
                or any(best_pos(w) != "ADJF" for w in content[:-1]) \
                or not {"anim", "sing"} <= set(noun.tag.grammemes) \
                or not any(c in noun.tag for c in ("nomn", "gent")):
            return None  # "в региональном минобре": a place, not a person speaking
        gender = _noun_gender(words)
        recent = self._recent(start, gender or ANY_GENDER, any_gender=gender != "femn")
        if recent is None or start - recent.end > JUST_SPOKEN_REACH or recent.gender is None \
                or self._other_post(recent.entity, words, start):
            return None
        if _someone_else(words) and not self._seen_as((recent.entity, recent.name), words):
            return None  # "Прокурор просил" after the lawyer has spoken: not the lawyer
        introduced = self._introduced(recent, start, gender)
        if introduced is not None:  # "Иначе считает директор центра Сергей Белоусов. Как полагает эксперт"
            return introduced.id, introduced.name, True
        return recent.entity, recent.name, True

    def _introduced(self, recent: _Said, start: int, gender) -> Entity | None:
        """A person named for the first time as the subject of the sentence just before
        ``start``'s, after the last speaker, as holding a view ("Иную позицию занимает
        ..."): the newcomer a bare noun takes up."""
        sentence = self.roster.sentence_start(start)
        before = self.roster.sentence_start(max(0, sentence - 1))
        if before == sentence or before < recent.end or not any(
                morph.lemma(w.low) in word_set("quote_view_words.txt") for w in tokenize(self.text, before, sentence)):
            return None
        found = self._subject(before, sentence, gender, first=False)
        entity = self.registry.by_id.get(found[1][0]) if found and found[1][0] else None
        if entity is None or entity.id == recent.entity or min(m.start for m in entity.mentions) < before:
            return None
        return entity

    def _titled_before(self, words, start, gender) -> Entity | None:
        """An office with its field and no name ("министр энергетики"): the one person
        seen before with a title of those very words, beside their name."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or any(w.is_upper for w in content) or best_pos(content[0]) != "NOUN" \
                or morph.lemma(content[0].low) not in word_set("quote_offices.txt"):
            return None
        wanted = [morph.lemma(w.low) for w in content]
        found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                 and any(r.start < start and list(_title_lemmas(r.title)[:len(wanted)]) == wanted
                         and _attested(self.text, e, r) for r in e.roles)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _ministry_leader(self, words, start, gender) -> Entity | None:
        """"глава Минфина": the one person named before as minister of that ministry
        ("Министр финансов РФ Антон Силуанов"): the ministry's full name and the post
        share the words after their first one."""
        content = [w for w in words if w.is_word]
        if len(content) != 2 or morph.lemma(content[0].low) not in word_set("quote_leader_posts.txt"):
            return None
        key = acronyms.short_form(content[1].text)
        full = acronyms.known().get(key, "").lower().split() if key else []
        if len(full) < 2 or not full[0].startswith("министерств"):
            return None
        found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                 and any(r.start < start and _ministers(r.title.lower().split(), full[1])
                         for r in e.roles)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _renamed(self, words, start, end, gender):
        """The person journalists call again by office: the first subject of this sentence
        or the one before ("Путин подписал указ. Об этом Президент России сообщил"), else
        the last speaker ("заявил Сергей Лавров. ... глава МИД РФ подтвердил"), unless
        that person holds another office."""
        sentence = self.roster.sentence_start(start)
        here = self._subject(self.roster.sentence_start(max(0, sentence - 1)), start, gender, first=True)
        recent = self._recent(start, gender)
        found = [here[1]] if here else []
        found += [(recent.entity, recent.name, True)] if recent else []
        return next((f for f in found if not self._other_office(f[0], words, start, end)), None)

    def _other_office(self, entity_id, words, start, end) -> bool:
        """Whether a person cannot hold the office a phrase names: a specific office
        must be one they hold, if they hold any ("министр" is no "президент"); a leader's
        post ("глава Минфина", "глава группы") must share a qualifier with one of theirs
        ("министр финансов")."""
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        leaders, offices = word_set("quote_leader_posts.txt"), word_set("quote_offices.txt")
        # as known so far, and written beside a name: "Путин назначил губернатором ..."
        # gives him no office
        held = [r for r in (entity.roles if entity else ()) if r.start < start
                and canonical(post_key(r.title)) in offices | leaders and _attested(self.text, entity, r)]
        post = _office_post(words)
        if post not in leaders:
            return bool(held) and all(canonical(post_key(r.title)) != canonical(post) for r in held)
        ours = _qualifier_stems(_specific(words))
        if not ours:
            return False  # "глава компании" may head any body the person is seen heading
        return not any(ours & (_qualifier_stems(tokenize(r.text)) | {r.country} | self._title_initials(r))
                       for r in held)

    def _title_initials(self, role) -> set:
        """The abbreviations a role's title spells with its words' initials, read on past
        a clipped title ("министр по чрезвычайным ситуациям" -> "мчс")."""
        return _initials(tokenize(self.text, role.start, role.end + TITLE_TAIL)[:OFFICE_REACH])

    def _described(self, start, gender, qualifiers, words=(), end=None):
        """The person a description ("87-летний политик", "Новый глава GM") refers to: a
        subject named since the last speaker (or in the sentence before, when nobody has
        spoken), else that speaker, else the article's main person. An office with its
        qualifiers ("министр информации") must be seen with them near that person's name;
        an office is no one's who holds another ("Президент" after "пресс-секретарь
        Президента Руслан Желдибай" has spoken)."""
        recent = self._recent(start, gender, any_gender=gender is None)
        sentence = self.roster.sentence_start(start)
        # with nobody speaking yet, only the sentence before may introduce the person
        since = self.roster.next_sentence(recent.end) if recent \
            else self.roster.sentence_start(max(0, sentence - 1))
        newer = self._subject(since, sentence, gender, first=False)
        main = self._main_person(gender)
        if newer and (recent or main) and self._named_again(recent or main, newer[0], start):
            newer = None
        if newer and self._other_post(newer[1][0], words, start):
            newer = None
        if recent and self._other_post(recent.entity, words, start):
            recent = None
        found = newer[1] if newer else (recent.entity, recent.name, True) if recent \
            else (main.entity, main.name, True) if main else None
        if found is None or qualifiers is None:
            return found
        return found if self._seen_with(found[1], qualifiers) else None

    def _seen_as(self, person, words) -> bool:
        """Whether the text names ``person`` with the head noun of ``words`` ("Судья Игорь
        Волков" for "60-летний судья")."""
        head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
        lemma = _person_noun(head).normal_form if head is not None else None
        entity = self.registry.by_id.get(person[0]) if person[0] else None
        if entity is not None and any(post_key(r.title) == lemma and _attested(self.text, entity, r)
                                      for r in entity.roles):
            return True
        return any(name == person[1] for _, name, _ in self.roster.posts().get(lemma, ()))

    def _other_post(self, entity_id, words, start) -> bool:
        """Whether a person is seen before ``start`` holding a post under the office a
        phrase names ("пресс-секретарь Президента Руслан Желдибай" is no "Президент")."""
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        office = _office_words(words)
        if entity is None or not office or morph.lemma(office[0].low) not in word_set("quote_offices.txt"):
            return False
        post = canonical(_office_post(words))
        return any(r.start < start and _attested(self.text, entity, r)
                   and any(canonical(morph.lemma(w.low)) == post for w in _after_head(tokenize(r.title)))
                   for r in entity.roles)

    def _seen_with(self, name: str, qualifiers: frozenset) -> bool:
        """Whether a qualifier of an office stands within a few words of a mention of
        the person: "General Motors (GM) Эдвард Уитакер" for "глава GM"."""
        surname = _surname_stem(name)
        words = self.roster.words
        for k, w in enumerate(words):
            if w.is_upper and w.low.startswith(surname):
                near = words[max(0, k - OFFICE_REACH):k + OFFICE_REACH]
                if qualifiers <= {_qualifier(v) for v in near if v.is_word} | _initials(near):
                    return True
        return False

    def _main_person(self, gender: str | None):
        top = self.roster.main_person(gender)
        return _Said(top.end, None, top.name, gender) if top else None

    # --- with entities ---------------------------------------------------------------

    def _named_entity(self, words, start, end, gender=None) -> Entity | None:
        """The entity of a proper-name mention heading the phrase ("министр Антон
        Силуанов", "МИД России"); descriptions and adjectives ("норвежский премьер",
        "итальянские СМИ") are left to the post rules."""
        inside = [(TYPE_ORDER.get(e.type, 3), -s, e) for s, m_end, e in
                  self.registry.overlapping(start, end)
                  if _proper_mention(words, s, m_end)
                  and _heads(words, s, m_end, e.type, self.registry.gender.get(e.id))
                  and _names(self.text[s:m_end], e) and not self._other_person(e, s, m_end, gender)
                  and not _post_taken_for_place(self.text[s:m_end], e) and not _post_taken_for_name(e)]
        return min(inside, key=lambda x: x[:2])[2] if inside else self._whole_body(words, start, end)

    def _other_person(self, entity, start, end, gender) -> bool:
        """A person of the other gender than the cue's, whose surname the mention does
        not even hold ("The New Times" the entities stage tied to a man, for "рассказала")."""
        if entity.type != "PER" or gender not in ("masc", "femn") or self._fits(entity, gender):
            return False
        return _surname_stem(entity.name) not in self.text[start:end].lower().replace("ё", "е")

    def _whole_body(self, words, start, end) -> Entity | None:
        """"Белый дом подтвердил": an organisation of common words that is the whole
        speaker phrase (a country's adjective opening it is left to the side rule:
        "Американские власти" speak for США)."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or not content[0].text[:1].isupper():
            return None
        found = self.registry.overlapping(start, end)
        if any(e.type == "LOC" and s <= content[0].start < m_end for s, m_end, e in found):
            return None
        return next((e for s, m_end, e in found if e.type == "ORG"
                     and s <= content[0].start and m_end >= content[-1].end), None)

    def _side(self, words, start, end) -> Entity | None:
        """"Украинская сторона" -> Украина: the place or body its adjective names."""
        content = [w for w in words if w.is_word]
        if len(content) != 2 or morph.lemma(content[1].low) not in word_set("quote_sides.txt"):
            return None
        return next((e for s, m_end, e in self.registry.overlapping(start, end)
                     if e.type in ("LOC", "ORG") and s <= content[0].start < m_end), None)

    def _post_entity(self, post, words, start, end, gender) -> Entity | None:
        """A bare post's holder among the entities: one whose role is that post, the
        latest before the quote, in the place the phrase names ("президента США")."""
        places = _places(words)
        for s, m_end, e in self.registry.overlapping(start, end):
            if e.type == "PER" and _holds(self.text, e, post) and self._fits(e, gender) \
                    and not _proper_mention(words, s, m_end) \
                    and (gender is None or self.registry.gender.get(e.id) == gender):
                return e  # the entities stage put this very post on its holder, of known gender
        holders = [(r_start < start, r_start, e) for r_start, role, e in self.registry.holders(post)
                   if _attested(self.text, e, role) and self._fits(e, gender) and _in_places(role, places)]
        return max(holders, key=lambda h: h[:2])[2] if holders else None

    def _fits(self, entity: Entity, gender: str | None) -> bool:
        """Whether a person may be of ``gender``: by the entities' agreement, else by the
        past-tense cues they have spoken with so far ("Абдиазис Абдинур сказал")."""
        known = self.registry.gender.get(entity.id)
        shown = self._cue_gender.get(entity.id, ())
        if known is None and len(shown) == 1:
            known = next(iter(shown))
        return fits(known, gender)

    # --- recent speakers ------------------------------------------------------------------

    def _recent(self, before: int, gender: str | None, any_gender: bool = False) -> _Said | None:
        """The latest speaker of the gender asked for (any person for a description
        whose noun shows none: "маэстро")."""
        for said in reversed(self._said):
            if said.end > before:
                continue
            if before - said.end > RECENT_REACH:
                return None
            if (gender is not None and said.gender in (gender, ANY_GENDER) and gender != "plur") \
                    or (any_gender and said.gender):
                return said
        return None

    def _recent_body(self, before: int, lemma: str, same_only: bool = False) -> _Said | None:
        """The latest organisation speaker, preferring one named by the same noun."""
        bodies = []
        for said in reversed(self._said):
            if said.end > before:
                continue
            if before - said.end > RECENT_REACH:
                break
            if said.gender is None:
                bodies.append(said)
        same = [s for s in bodies if morph.lemma(s.name.split()[0].lower()) == lemma]
        return (same or ([] if same_only else bodies) or [None])[0]


def _participle_post(word: Word) -> bool:
    """A participle (not an adjective) used as a post's noun: "заведующий лабораторией"."""
    return word.is_word and post_participle(word, proper=True) and parses(word)[0].tag.POS == "PRTF"


def _named_holder(text: str, entity: Entity) -> bool:
    """A person the entities stage may tie an office to by coreference: one with a first
    name and a surname, or seen with a post beside their name ("Продкорпорация", a body's
    one word taken for a person, is neither)."""
    return len(entity.name.split()) > 1 or any(_attested(text, entity, r) for r in entity.roles)


def _declined(mention: str, name: str) -> bool:
    """Whether a mention ends in the name's last word with a case ending added
    ("Маркива" for "Виталий Маркив"): not the nominative, whatever the dictionary knows."""
    said, base = mention.split()[-1:], name.split()[-1:]
    if not said or not base:
        return False
    said, base = said[0].lower().replace("ё", "е"), base[0].lower().replace("ё", "е")
    return said != base and said.startswith(base) and len(said) - len(base) <= 2


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one surname: one letter apart, or two in a long name that keeps
    its first three letters ("Кабельо"/"Кабейо"); endings alone differ between relatives
    ("Иванов"/"Иванова")."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if a == b or a.startswith(b) or b.startswith(a) or a[:2] != b[:2]:
        return False
    most = 2 if max(len(a), len(b)) >= MISSPELT_LONG and a[:3] == b[:3] else 1
    return edits_within(a, b, most) <= most



def _written_as_name(text: str, start: int, end: int, name: str = "") -> bool:
    """A mention with a name in it, not a common noun the entities stage tied to a person
    ("Сенатор заслужил ..." is no new subject); a word of the person's own name counts
    even when it is also a dictionary word ("Шерхан" of "Мин Бахадур Шерхан")."""
    own = set(name.split()[1:])
    return any(w.is_upper and (is_person_name(w) or not morph.known(w.low) or w.text in own)
               for w in tokenize(text, start, end) if w.is_word)


def _state_of(name: str) -> str | None:
    """"Сеула" -> "Южная Корея": the state a capital named alone speaks for."""
    words = [w for w in tokenize(name) if w.is_word]
    if len(words) != 1:
        return None
    capitals = _capitals()
    return capitals.get(words[0].text.replace("ё", "е")) or capitals.get(
        morph.lemma(words[0].low).capitalize())


@once
def _capitals() -> dict[str, str]:
    return {capital.replace("ё", "е"): state for capital, state in table("quote_capitals.tsv")}


def _possessor(text: str, start: int, end: int) -> bool:
    """A name in the genitive right after a common noun: "интервью господина Рахимова"."""
    words = tokenize(text, max(0, start - 40), end)
    inside = [w for w in words if w.start >= start and w.is_word]
    before = [w for w in words if w.end <= start and w.is_word]
    return bool(inside and before) and not before[-1].is_upper and best_pos(before[-1]) == "NOUN" \
        and any("gent" in p.tag for p in parses(inside[-1])[:2])


@once
def _led_bodies() -> dict[str, str]:
    return dict(table("quote_led_bodies.tsv"))


@once
def _body_kinds() -> dict[str, str]:
    return {lemma: kind for lemma, kind in table("quote_body_kinds.tsv")}


@once
def _known_sources() -> frozenset:
    return frozenset(name for _, name in table("quote_source_aliases.tsv"))


def _post_taken_for_place(mention: str, entity: Entity) -> bool:
    """A capitalised post opening a headline ("Аким Карагандинской области") that the
    entities stage took for a place or body: the post, no name."""
    content = [w for w in tokenize(mention) if w.is_word]
    return entity.type != "PER" and len(content) == 1 and not content[0].text.isupper() \
        and posts.is_known(morph.lemma(content[0].low))


def _post_taken_for_name(entity: Entity) -> bool:
    """A person whose whole name is one known post ("Аким" opening a sentence or a
    headline): the entities stage took the post for a first name."""
    content = [w for w in tokenize(entity.name) if w.is_word]
    return entity.type == "PER" and len(content) == 1 and posts.is_known(morph.lemma(content[0].low))


@lru_cache(maxsize=4096)
def _title_lemmas(title: str) -> tuple[str, ...]:
    return tuple(morph.lemma(w.low) for w in tokenize(title) if w.is_word)


@lru_cache(maxsize=4096)
def _spokesman_title(title: str) -> bool:
    """A title headed by a spokesman's noun ("Официальный представитель МИД Казахстана")."""
    head = next((w for w in tokenize(title) if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and morph.lemma(head.low) in SPOKESMEN or _press_officer(title)


def _press_officer(title: str) -> bool:
    """A post in a press service ("начальник управления пресс-службы МИД"): its holder
    speaks for the body as its spokesman does."""
    return any(morph.lemma(w.low) in word_set("quote_press_units.txt") for w in tokenize(title) if w.is_word)


def _after_head(words: list[Word]) -> list[Word]:
    """The words of a title after its head noun: "пресс-секретарь Президента" -> "Президента"."""
    content = [w for w in words if w.is_word]
    head = next((n for n, w in enumerate(content) if best_pos(w) == "NOUN"), len(content))
    return content[head + 1:]


def _country_adjective(words: list[Word]):
    """The country a place adjective among ``words`` names ("румынское" -> Румыния)."""
    g = places.gazetteer()
    found = (g.adjectives.get(morph.lemma(w.low)) for w in words if w.is_word)
    return next((p for p in found if p is not None and p.kind == "country"), None)


def _other_body(name: str, kind: str) -> bool:
    """A body headed by a noun of an organisation of another kind than ``kind`` ("Местная
    полиция", "Генштаб", "Минтранс" for an outlet or a company)."""
    head = next((w for w in tokenize(name) if w.is_word and best_pos(w) == "NOUN"), None)
    if head is not None and acronyms.short_form(head.text):  # "Минтранс": "Министерство транспорта"
        head = next((w for w in tokenize(acronyms.known()[acronyms.short_form(head.text)]) if w.is_word), head)
    return head is not None and org_head(head) and _body_kinds().get(morph.lemma(head.low)) != kind


def _media_name(name: str) -> bool:
    """A known news source ("Коммерсантъ", "Ъ") or a name with a newsy word ("Fox News",
    "Российская газета")."""
    if names.known_source(name) != name or name in _known_sources():
        return True
    return not _media_name_words().isdisjoint(morph.lemma(w.low) for w in tokenize(name) if w.is_word)


@once
def _media_name_words() -> frozenset:
    return word_set("quote_media_name_words.txt")


def _plausible_person(entity: Entity) -> bool:
    """Not a lone dictionary word without any name reading ("Побритый")."""
    words = [w for w in tokenize(entity.name) if w.is_word]
    return len(words) != 1 or not morph.known(words[0].low) or is_person_name(words[0]) \
        or words[0].text.isupper()


def _group(words: list[Word]) -> bool:
    """A phrase headed by a plural noun for people that speak for no named body."""
    content = _past_modifiers([w for w in words if w.is_word])
    if not content or is_name_like(content[0]) or best_pos(content[0]) != "NOUN" \
            or any(w.text in "«\"" or (w.text.isupper() and len(w.text) > 1) for w in words):
        return False  # "Повстанцы «Талибана»", "боевики ИГ" speak for their organisation
    noun = parses(content[0])[0]
    return {"anim", "plur", "nomn"} <= set(noun.tag.grammemes) and not org_head(content[0]) \
        and morph.lemma(content[0].low) not in word_set("quote_spokespeople.txt")



def _counted_or_substantive(words: list[Word]) -> bool:
    """"Оба претендента", "Знакомые артиста": two or more people counted, or a plural
    adjective standing for people, before a genitive or nothing: nobody one name fits."""
    content = [w for w in words if w.is_word]
    if not content or is_name_like(content[0]):
        return False
    first = parses(content[0])[0]
    if first.tag.POS == "NUMR" and "Coll" in first.tag or first.normal_form in ("оба", "обе"):
        return True
    rest_nominative = len(content) > 1 and any("nomn" in p.tag and p.tag.POS == "NOUN"
                                               for p in parses(content[1]))
    return first.tag.POS == "ADJF" and {"plur", "nomn"} <= set(first.tag.grammemes) \
        and not rest_nominative and len(content) > 1


def _past_modifiers(content: list[Word]) -> list[Word]:
    """The words from the head noun of a phrase opened by a plural participle or adjective:
    "Лечащие Чавеса кубинские врачи" -> "врачи" (Чавес depends on the participle)."""
    if len(content) < 2 or best_pos(content[0]) not in ("ADJF", "PRTF") \
            or not {"plur", "nomn"} <= set(parses(content[0])[0].tag.grammemes):
        return content
    for n, w in enumerate(content[1:], 1):
        tag = parses(w)[0].tag
        if tag.POS == "NOUN" and not is_name_like(w) and {"plur", "nomn"} <= set(tag.grammemes):
            return content[n:]
    return content


def _ministers(title: list[str], field: str) -> bool:
    """"министр финансов" heads "Министерство финансов": the post and the field agree."""
    return len(title) > 1 and title[0] == "министр" and title[1][:QUALIFIER_STEM] == field[:QUALIFIER_STEM]


def _stray_noun(first: Word, second: Word) -> bool:
    """A lowercase thing-noun left over from an adverbial before a person's noun in the
    nominative: the noun belongs to "в интервью", "в то же время", not to the speaker."""
    if not (first.is_word and second.is_word) or first.is_upper or org_head(first) \
            or best_pos(first) != "NOUN" or "inan" not in parses(first)[0].tag:
        return False
    head = _person_noun(second)
    return head.tag.POS == "NOUN" and {"anim", "nomn"} <= set(head.tag.grammemes) \
        and not is_name_like(second)


def _capitalised_post(words: list[Word]) -> bool:
    """"телеграмме Президента", "Аким Карагандинской области": a post written with a
    capital out of respect or opening a headline, with its jurisdiction at most, no name."""
    content = [w for w in words if w.is_word]
    if len(content) == 1:
        return posts.is_known(morph.lemma(content[0].low))
    post = _post(words)
    return bool(content) and content[0].is_upper and post is not None and posts.is_known(post) \
        and morph.lemma(content[-1].low) in word_set("quote_jurisdictions.txt")


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
    if any(is_person_name(w) and not w.initial for w in rest) or _named_last(rest):
        return None  # "пресс-секретарь группы Александра Панфилова": the person speaks
    found = names.organisation(rest)
    if found is None and not content[k].is_upper:
        # "представитель полицейского управления Вашингтона": the body, in the nominative
        return names.head_nominative(rest)
    return found or " ".join(w.text for w in rest if w.is_word)


def _named_last(words: list[Word]) -> bool:
    """A phrase ending in a capitalised word that cannot be a genitive of the body:
    "представитель министерства Чонг Чун Хи" names the spokesman himself."""
    content = [w for w in words if w.is_word]
    if len(content) < 3:
        return False
    last = content[-1]
    return last.is_upper and not last.text.isupper() and not _ascii(last) \
        and not any("gent" in p.tag or "Geox" in p.tag for p in parses(last))


def _ascii(word: Word) -> bool:
    return word.text[:1].isascii()


def _proper_mention(words: list[Word], start: int, end: int) -> bool:
    """A mention written as a name ("Смаилов", "МИД"), not as an adjective ("итальянские",
    "норвежский") or a common noun the entities stage tied to a person ("коронер")."""
    inside = [w for w in words if w.is_word and start <= w.start and w.end <= end]
    if not inside or all(best_pos(w) == "ADJF" for w in inside):
        return False
    first = inside[0]  # "собеседник ТАСС", "президента США" are posts, not names
    return is_proper(first) or (first.initial and is_name_like(first)) or first.text.isupper()


def _names(mention: str, entity: Entity) -> bool:
    """Whether a mention can name its entity: a person, an abbreviation, or a word of
    the entity's name ("Суд" is no mention of "Викиновости")."""
    if entity.type == "PER" or mention.isupper() or mention == entity.name:
        return True
    have = {morph.lemma(w.low) for w in tokenize(entity.name) if w.is_word}
    words = [w for w in tokenize(mention) if w.is_word]
    # "Генпрокуратура" shares no word with "Генеральная прокуратура" yet stands for it
    return any(morph.lemma(w.low) in have or acronyms.stands_for(w.text, entity.name) for w in words)


def _holds(text: str, entity: Entity, post: str) -> bool:
    return any(post_key(r.title) == post and _attested(text, entity, r) for r in entity.roles)


def _attested(text: str, entity: Entity, role) -> bool:
    """Whether a role stands right beside a name of its holder ("актриса Брижит Бардо",
    "Бардо, актриса"), or only the rest of its title between them ("министр по
    чрезвычайным| ситуациям |Чингис Аринов"): a bare "актриса" the entities stage tied
    to someone is no proof."""
    return any(m.text[:1].isupper() and (0 <= m.start - role.end <= ROLE_GAP
                                         or 0 <= role.start - m.end <= ROLE_GAP
                                         and not SENTENCE_GAP.search(text, m.end, role.start)
                                         or 0 <= m.start - role.end and _title_rest(text[role.end:m.start]))
               for m in entity.mentions)


def _title_rest(gap: str) -> bool:
    """A few lower-case words, as the end of a title clipped before them."""
    return bool(TITLE_REST.fullmatch(gap))


def _in_places(role, places: frozenset) -> bool:
    """Whether a role is held in every place a post phrase names, and is not a former one."""
    text = role.text.lower()
    if any(text.startswith(f) for f in FORMER):
        return False
    if not places:
        return True
    where = {morph.lemma(w.low) for w in tokenize(role.text) if w.is_word}
    where |= {morph.lemma(w.lower()) for w in (role.country, role.organization) if w}
    return places <= where


def _can_be_subject(word: Word) -> bool:
    return not morph.known(word.low) or any("nomn" in p.tag for p in parses(word))


def _heads(words: list[Word], start: int, end: int, kind: str, gender: str | None = None) -> bool:
    """Whether a mention is the speaker itself rather than a dependent of the phrase's
    head: "пресс-служба МИД" is not МИД, "внук Манделы" is not Мандела, "его адвокат"
    is not he, but "министр Антон Силуанов" is Силуанов."""
    content = [w for w in words if w.is_word]
    index = next((n for n, w in enumerate(content) if w.end > start), None)
    if index == 0 and content[0].low in POSSESSIVES and len(content) > 1:
        return False
    if index == 0 and end < content[-1].end and not _can_be_subject(content[0]):
        return False  # "Интерфаксу источники": the addressee, then the speaker
    if index is None or index == 0:
        return index == 0
    last = max((n for n, w in enumerate(content) if w.start < end), default=index)
    if kind == "ORG" and _spokesperson(words) is not None:
        return True  # "представитель Microsoft" speaks for Microsoft
    if kind == "ORG" and last == len(content) - 1 and _described_company(content, index):
        return True  # "японский автопроизводитель Hoshida Motor" is Hoshida Motor
    if kind != "PER" or names.dependent(content, index, last + 1):
        return False
    # "тренер Дадашева" names a woman Дадашева or depends on the head: not the man Дадашев
    head_nominative = any("nomn" in p.tag for p in parses(content[0])[:1])
    mention = " ".join(w.text for w in content[index:last + 1])
    return not head_nominative or nominative_in(mention, gender)


def _described_company(content: list[Word], index: int) -> bool:
    """"Японский автопроизводитель Hoshida Motor": an indeclinable name after a noun of
    what a company does is in apposition to it, not its genitive dependent."""
    name = content[index]
    return (is_latin(name) or name.text[:1] in "«\"") and any(
        best_pos(w) == "NOUN" and morph.lemma(w.low) in word_set("quote_org_descriptors.txt") for w in content[:index])


def _pronoun(words: list[Word]) -> str | None:
    """The gender a lone personal pronoun asks for ("он" -> masc), or None."""
    content = [w for w in words if w.is_word]
    return pronoun_gender(content[0]) if len(content) == 1 else None


def _post(words: list[Word]) -> str | None:
    """The lemma of a one-word common-noun speaker ("премьер-министр", "певица"), or of
    a post with its country ("президента России")."""
    content = [w for w in words if w.is_word]
    phrase = " ".join(morph.lemma(w.low) for w in content)
    if phrase in _post_phrases():
        return _post_phrases()[phrase]  # "глава государства" -> президент
    if len(content) == 2 and (any("Geox" in p.tag for p in parses(content[1])[:1])
                              or _oblique_name(content[1])
                              or morph.lemma(content[1].low) in word_set("quote_jurisdictions.txt")):
        content = content[:1]  # "президента США", "тренер Дадашева", "аким области": the post
    elif len(content) > 2 and morph.lemma(content[-1].low) in word_set("quote_jurisdictions.txt") \
            and all(best_pos(w) == "ADJF" and w.is_upper for w in content[1:-1]):
        content = content[:1]  # "Губернатор Свердловской области", "Аким Карагандинской области"
    if len(content) == 1 and not pronoun_gender(content[0]) \
            and (not content[0].is_upper or content[0].initial) and not content[0].text.isupper():
        return morph.lemma(content[0].low)
    return None


@once
def _post_table() -> dict[str, list[str]]:
    """Phrase -> the posts it may stand for, in the order tried."""
    return {phrase: posts.split("|") for phrase, posts in table("quote_post_phrases.tsv")}


@once
def _post_phrases() -> dict[str, str]:
    """Phrase -> the first post it may stand for."""
    return {phrase: options[0] for phrase, options in _post_table().items()}


def _post_options(words: list[Word]) -> list[str]:
    """Every post a speaker phrase may stand for: "глава региона" is a губернатор in
    Russia, an аким in Kazakhstan; a plain post stands for itself."""
    phrase = " ".join(morph.lemma(w.low) for w in words if w.is_word)
    return _post_table().get(phrase) or [_post(words)]


def _one_nominative(word: Word) -> bool:
    """A word that may name one person in the nominative ("Хамад", not "Мии")."""
    return not morph.known(word.low) or not any("anim" in p.tag for p in parses(word)) \
        or any({"nomn", "sing"} <= set(p.tag.grammemes) for p in parses(word))


def _qualifier_stems(words: list[Word]) -> set:
    """The qualifiers of a post phrase after its head, short forms spelled out:
    "глава Минфина" -> {"минф", "мини", "фина"}."""
    content = [w for w in words if w.is_word][1:]
    found = {_qualifier(w) for w in content if len(w.text) > 2 or w.text.isupper()}
    for w in content:
        key = acronyms.short_form(w.text)
        if key:
            found |= {_qualifier(v) for v in tokenize(acronyms.known()[key]) if v.is_word}
    return found


def _initials(words: list[Word]) -> set:
    """The abbreviations runs of words spell with their initials, as office qualifiers
    ("министр иностранных дел" -> "мид", "мид" in "глава МИД"); short words such as
    "по" are skipped."""
    letters = [w.low[0] for w in words if w.is_word and len(w.text) > 2 and w.text[0].isalpha()]
    return {"".join(letters[a:b])[:QUALIFIER_STEM] for a in range(len(letters))
            for b in range(a + 2, min(len(letters), a + QUALIFIER_STEM) + 1)}


def _office_words(words: list[Word]) -> list[Word]:
    """The words of a post phrase that say which office it is ("нынешний" does not)."""
    content = [w for w in words if w.is_word]
    while len(content) > 1 and morph.lemma(content[0].low) in word_set("quote_office_modifiers.txt") \
            and not content[0].low.startswith(FORMER):  # "бывший президент" holds it no more
        content = content[1:]
    return content


def _office_post(words: list[Word]) -> str:
    """The office a phrase names, as one word: "глава государства" -> "президент"."""
    content = _office_words(words)
    phrase = " ".join(morph.lemma(w.low) for w in content)
    head = next((w for w in content if best_pos(w) == "NOUN"), content[0])
    return _post_phrases().get(phrase) or morph.lemma(head.low)


def _people_state(words: list[Word]) -> str | None:
    """The state a lone plural people's noun speaks for ("американцы" -> США)."""
    content = [w for w in words if w.is_word]
    if len(content) != 1 or best_pos(content[0]) != "NOUN" \
            or not {"plur", "nomn"} <= set(parses(content[0])[0].tag.grammemes):
        return None
    return nations.state_of_people(morph.lemma(content[0].low))


def _surname_stem(name: str) -> str:
    return name.split()[-1].lower().replace("ё", "е")[:MIN_STEM_MATCH] if name.split() else ""


def _state_office(words: list[Word]) -> bool:
    """An office of a state: "глава государства", or an office with places only after
    it ("Премьер-министр Израиля", "президента США")."""
    if " ".join(morph.lemma(w.low) for w in words) in _post_phrases():
        return True
    return len(words) > 1 and morph.lemma(words[0].low) in word_set("quote_offices.txt") \
        and _places(words[1:]) and len(_places(words[1:])) == len(words) - 1


def _oblique_name(word: Word) -> bool:
    return word.is_upper and not word.initial and any(
        t in p.tag for p in parses(word)[:1] for t in ("Surn", "Name")) \
        and not any("nomn" in p.tag and "masc" in p.tag for p in parses(word))


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
    noun = _person_noun(content[head])
    rest = content[head + 1:]
    return ("anim" in noun.tag and "sing" in noun.tag and _dependent(rest)
            and noun.normal_form not in word_set("quote_anonymous.txt"))


def _someone_else(words: list[Word]) -> bool:
    """A description headed by a functionary's noun ("коронер", "российский прокурор"):
    nobody the article has named, unless named with that very noun."""
    head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and _person_noun(head).normal_form in word_set("quote_functionaries.txt")


def _person_noun(word: Word):
    """The reading of a noun as a person when it has a likely one: "политика" after
    "87-летнего" is the politician, not politics."""
    return next((p for p in parses(word) if p.tag.POS == "NOUN" and "anim" in p.tag
                 and p.score >= PERSON_READING), parses(word)[0])


def _dependent(rest: list[Word]) -> bool:
    """Words after a described person's noun that only say whose it is: "лидер
    консерваторов", "глава GM", "соратник северокорейского вождя" (genitives and names,
    no place after "в"); a second noun names a body ("глава группы наблюдателей")."""
    # a name in Latin letters is one word however many it has ("участница Pussy Riot")
    nouns = [w for n, w in enumerate(rest) if best_pos(w) != "ADJF"
             and not (n and is_latin(w) and is_latin(rest[n - 1]))]
    return len(nouns) <= DEPENDENT_WORDS and all(
        is_latin(w) or any("gent" in p.tag for p in parses(w)[:1]) and not is_person_name(w)
        for w in rest)  # "дядя Шварца" is not Шварц: a person's name makes it someone else


def _office_qualifiers(words: list[Word]) -> frozenset | None:
    """Lemmas that say which office a phrase headed by an office names ("Президент России"
    -> {"россия"}), or None when the head is no office or nothing qualifies it."""
    content = [w for w in words if w.is_word]
    head = next((w for w in content if best_pos(w) == "NOUN"), None)
    if head is None or morph.lemma(head.low) not in word_set("quote_offices.txt"):
        return None
    found = frozenset(_qualifier(w) for w in _specific(content) if w is not head and not w.text[0].isdigit()
                      and morph.lemma(w.low) not in word_set("quote_office_modifiers.txt"))
    return found or None


def _specific(words: list[Word]) -> list[Word]:
    """The words of a post phrase but generic body nouns, which qualify no office in
    particular ("глава компании" is the head of whichever company is in play)."""
    return [w for w in words if not w.is_word or w.is_upper and not w.initial
            or morph.lemma(w.low) not in word_set("quote_anaphoric_bodies.txt")]


def _qualifier(word: Word) -> str:
    """A word of an office's qualifier, compared across forms: a country however written
    ("российский", "РФ", "России" -> RU), else the start of its lemma."""
    g = places.gazetteer()
    place = g.abbreviations.get(word.text) or g.adjectives.get(morph.lemma(word.low)) \
        or g.names.get((morph.lemma(word.low),), (None,))[0]
    return place.name if place is not None else morph.lemma(word.low)[:QUALIFIER_STEM]


def _head_gender(words: list[Word]) -> str | None:
    """The gender of a phrase's first noun ("газета «Коммерсант»" -> femn)."""
    head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    found = parses(head)[0].tag.gender if head is not None else None
    return str(found) if found else None


def _person_head(words: list[Word]) -> bool:
    """A phrase headed by a common noun for a person ("шеф", "глава"), not a body."""
    head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and (not head.is_upper or head.initial) and not org_head(head) \
        and {"anim", "sing"} <= set(parses(head)[0].tag.grammemes) and not is_name_like(head)


def _noun_number(words: list[Word]) -> str | None:
    noun = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return None if noun is None else ("plur" if "plur" in parses(noun)[0].tag else "sing")


def _unnamed_source(words: list[Word]) -> bool:
    """A phrase headed by "источник"/"собеседник", in any case ("по словам источника
    агентства в прокуратуре"): nobody the article names. The first nominative noun
    is the head, so "Интерфаксу источники" is one too; "неназванный представитель
    министерства" is nobody either."""
    for w in words:
        if w.is_word and morph.lemma(w.low) in word_set("quote_unnamed_modifiers.txt"):
            return True
        if w.is_word and best_pos(w) == "NOUN":
            if morph.lemma(w.low) in word_set("quote_unnamed_sources.txt"):
                return True
            if any("nomn" in p.tag for p in parses(w)[:2]):
                return False
    return False


def _post_gender(words: list[Word]) -> str | None:
    """The gender a post's noun asks of its holder when no verb shows one: a feminine
    noun ("актриса") a woman; a masculine one ("депутата", "министр") anyone, as women
    hold posts under the masculine word."""
    found = _noun_gender(words)
    return found if found == "femn" else None


def _noun_gender(words: list[Word]) -> str | None:
    for w in words:
        if w.is_word and best_pos(w) == "NOUN":
            g = _person_noun(w).tag.gender
            return str(g) if g in ("masc", "femn") else None
    return None
