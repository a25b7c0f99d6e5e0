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

``Resolver`` holds the article's state and the main steps; its method families
live in naming, organisations, pronouns, holders and continued, the word tests
they share in offices, bodies and persons.
"""
from __future__ import annotations

import re
from functools import cached_property

from .. import morph
from ..records import Entity, Speaker
from ..resources import word_set
from . import abbreviations, functional, names, topic
from .np_words import POSSESSIVE
from .roster import Registry, Roster, fits, nominative_in
from .words import best_pos, is_latin, is_name_like, parses, tokenize
from .bodies import one_spokesman, people_state, spoken_for, state_of
from .offices import capitalised_post
from .persons import (counted_or_substantive, description, group, head_gender, lone_pronoun, maker, of_one_among,
                      one_of_many, outlet_reporter, post_gender, stray_noun, unnamed_source, withheld_name)
from .said import ANY_GENDER, EMPHATIC, JUST_SPOKEN_REACH, RECENT_REACH, Said
from .naming import PersonNames
from .organisations import Organisations
from .branches import Branches
from .pronouns import Pronouns
from .holders import Holders
from .continued import Continuations
from .visitors import Visitors
from .sides import TrialSides

SITE_END = re.compile(r"\.[a-z]{2,10}(?!\w)")  # the domain a mention cut at the dot leaves out
APPOSITION_MARKS = (",", "—", "–")  # what sets a name off from the description before it
VERBATIM_TRIES = 8  # latest quotes looked at for a position inside one
BARE_POS = ("ADVB", "CONJ", "PRCL")  # words that may open a clause whose subject is left out
SOURCE_NOUN_CHARS = 40  # characters before a phrase where "словам" of "по словам X" stands
SPOKEN_OF_REACH = 2000  # characters back to the one "Сам же тренер" sets against the last speaker


class Resolver(PersonNames, Organisations, Branches, Pronouns, Holders, Continuations, Visitors, TrialSides):
    """Resolves the speakers of one article in text order; indexes are built once."""

    def __init__(self, text: str, entities: tuple[Entity, ...] = ()):
        self.text = text
        self.registry = Registry(tuple(entities), text)
        self._roster: Roster | None = None
        self._abbreviations: dict[str, str] | None = None
        self._spelled: dict[str, str | None] = {}  # names looked up in the text, found or not
        self._said: list[Said] = []
        self._kinds: dict[tuple[str, str], bool] = {}
        self._cue_gender: dict[str, set] = {}  # person entity -> genders of the verbs they spoke with
        self._verbatim: list[tuple[int, int]] = []  # spans of the direct and block quotes so far
        self._qualifiers: dict = {}  # role -> the qualifier stems of its words
        self._named_in_full: list | None = None
        self._plural_posts: dict[str, bool] = {}
        self._visitor_list: list | None = None  # (position, name) of visitors, made on first need
        self._official_list: list | None = None  # officials named with a country's post, made on first need
        self._offices_called: list = []  # (start, office, entity id, name) of offices naming a person
        self._quote: tuple[int, int] | None = None  # the words of the speaker being resolved
        self._unnamed: list[tuple[int, str | None]] = []  # (end, gender) of unnamed people who spoke
        self._name_counts: dict[str, int] = {}  # a body name's stem -> words of the text it opens

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
        short = abbreviations.short_key(name)  # "в Росавиации" after "(Росавиация)"
        if short in self.abbreviations:
            return self.abbreviations[short]
        if name not in self._spelled:
            self._spelled[name] = abbreviations.spelled_out(self.text, name)
        return self._spelled[name]

    @cached_property
    def _topic(self) -> topic.ArticleTopic:
        """The headline's body bare "в банке" may take up, looked at once per article."""
        return topic.ArticleTopic(self.text, self.registry)

    @property
    def roster(self) -> Roster:
        if self._roster is None:
            self._roster = Roster(self.text)
        return self._roster

    def speaker(self, start: int, end: int, gender: str | None = None,
                quote: tuple[int, int] | None = None, together: bool = True) -> Speaker:
        """The speaker of the phrase at [start, end); ``quote`` is the span of the words it
        says, so that the people named in them are not taken for the narrative's."""
        self._quote = quote
        end = self._with_domain(start, end)
        words = tokenize(self.text, start, end)
        cut = max((n + 1 for n, w in enumerate(words[:-1])
                   if w.text in ".!?" and words[n + 1].is_upper and not words[n - 1:n] == []
                   and words[n + 1].start > w.end  # "V1.RU" is a site's address, no sentence end
                   and not words[n - 1].initial and len(words[n - 1].text) > 1
                   and not _in_marks(words, n)), default=0)
        if cut:  # "2012г. Нынешний глава государства": a speaker is within one sentence
            words, start = words[cut:], words[cut].start
        while len(words) > 1 and words[0].is_word and not is_name_like(words[0]) \
                and words[0].low not in word_set("quote_quantifiers.txt") \
                and any(p.tag.POS in ("ADVB", "COMP") and p.score >= 0.1 for p in parses(words[0])):
            words = words[1:]  # "Позднее румынское ведомство": the adverb is no speaker
            start = words[0].start
        if len(words) > 1 and stray_noun(words[0], words[1]):
            words = words[1:]  # "(В) интервью глава правительства", "(В то же) время супруга"
            start = words[0].start
        joint = self._named_together(start, end) if gender == "plur" and together else None
        if joint:  # "Депутаты Госдумы Адальби Шхагошев и Александр Грибов предложили": no one entity
            return Speaker(start, end, self.text[start:end], None, joint)
        entity_id, name, person = self._emphatic(self._with_emphatic_lead(words, start), start, gender) \
            or self._resolve(words, start, end, gender)
        if name is None:
            entity_id, name, person = self._apposed(words, end, gender) or self._led_body(words, start) \
                or (entity_id, name, person)
        if person and name:  # "Тимур Темурович" addressed in an interview is Тимур Кападзе
            entity_id, name = self._with_surname(entity_id, name)
            entity_id, name = self._misspelt(entity_id, name, gender)
            entity_id, name = self._in_cyrillic(entity_id, name)
            entity_id, name = self._with_article(entity_id, name)
            name = names.without_body(self._entity_form(entity_id, name))
        if name and person and entity_id is None:
            name = names.with_gender(name, gender)
            entity_id = self._entity_named(name)
            name = self._entity_form(entity_id, name)  # a holder named in the genitive
        fem = names.feminine_in(self._unplaced(words)) if name and person and gender == "femn" else None
        if fem and (names.gender_of(name) == "masc" or len(fem.split()) > len(name.split())
                    and not _ends_with_name(fem, name)):
            name = fem  # "Александра Панфилова сказала" is no Александр Панфилов
        elif name and not person:
            name = self._full_name(name) or self._acronym_in_form(name) \
                or names.known_source(names.body_nominative(name))
            name = self._of_named_place(words, name, start)
            name = self._with_jurisdiction(name, entity_id, start, end)
            state = state_of(name)
            if state:  # "по данным Сеула": the capital speaks for its state
                name, entity_id = state, self._entity_of(state)
        if name and not person and entity_id is None and name.split()[0].lower() in POSSESSIVE:
            name = None  # "Его компания", "их партия": someone's body, not its name
        if name and person:
            self._note_office(words, start, entity_id, name)
        if name:
            said_gender = (self._gender(entity_id, name, gender) or ANY_GENDER) if person else None
            body_gender = None if person else head_gender(words)
            if person and entity_id and gender in ("masc", "femn"):
                self._cue_gender.setdefault(entity_id, set()).add(gender)  # "сказал" shows he is a man
            spokesman = gender if not person and gender in ("masc", "femn") and one_spokesman(words) else None
            self._said.append(Said(end, entity_id, name, lone_pronoun(words) or said_gender, body_gender, spokesman))
        return Speaker(start, end, self.text[start:end], entity_id, name)

    def zero_subject(self, cue_start: int, gender: str | None) -> Speaker | None:
        """"Министр Иван Петров выступил на форуме. Также отметил, что ...": a past-tense cue
        opening its sentence after connectors only, with no subject of its own, continues
        the person of its gender the sentence before opens with; None when there is none."""
        sentence = self.roster.sentence_start(cue_start)
        if gender not in ("masc", "femn") or sentence == 0 or not _bare_opening(self.text, sentence, cue_start):
            return None
        before = self.roster.sentence_start(sentence - 1)
        found = self._subject(before, sentence, gender, first=True)
        if found is None and _verb_opening(self.text, before, sentence, gender):
            # "Неоднократно выступал с заявлениями. Также заявлял, что ...": a biography's
            # run of subjectless sentences is about the article's person
            found = self._article_person(gender)
        if found is None:
            return None
        at, (entity_id, _, _) = found
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        end = next((m.end for m in entity.mentions if m.start == at), None) if entity else \
            next((p.end for p in self.roster.persons_in(at, sentence) if p.start == at), None)
        return self.speaker(at, end, gender) if end is not None else None

    def _article_person(self, gender):
        """(position, resolution) of the person the article is about: the one the rules
        name most, else the person entity with most mentions (twice at least)."""
        main = self.roster.main_person(gender)
        if main is not None:
            return main.start, (self._entity_named(main.name), main.name, True)
        people = [e for e in self.registry.entities if e.type == "PER" and len(e.mentions) >= 2
                  and self._fits(e, gender)]
        top = max(people, key=lambda e: len(e.mentions), default=None)
        if top is None or sum(len(e.mentions) == len(top.mentions) for e in people) > 1:
            return None
        first = min(top.mentions, key=lambda m: m.start)
        return first.start, (top.id, top.name, True)

    def _with_domain(self, start: int, end: int) -> int:
        """"передает корреспондент Kun.uz.": a site's address at a sentence end reads as a
        name and a full stop; the domain after the dot belongs to the name."""
        site = SITE_END.match(self.text, end)
        if site and end > start and self.text[end - 1].isascii() and self.text[end - 1].isalnum():
            return site.end()
        return end

    def _apposed(self, words, end, gender):
        """"оператор проекта, компания «Каспий Газ»", "Застройщик — компания «Гранд Марин»":
        a description that names nobody, set off by a comma or a dash from the name it
        describes; the part after the comma speaks."""
        comma = max((n for n, w in enumerate(words) if w.text in APPOSITION_MARKS), default=None)
        rest = words[comma + 1:] if comma is not None else []
        if rest and best_pos(rest[0]) in ("PRTF", "GRND"):
            return None  # "Женщина, назвавшаяся матерью Мартина": a clause about her, not her name
        if not any(w.is_word and w.is_upper or w.text in "«\"" for w in rest):
            return None  # "Один из жителей, пенсионер": a second description names nobody either
        found = self._resolve(rest, rest[0].start, end, gender)
        return found if found[1] else None

    def _unplaced(self, words):
        """The words of a phrase but place names ("жительница Астаны Динара"): a place
        in the genitive is no part of a woman's name."""
        return [w for w in words if not any(e.type == "LOC" for _, _, e in self.registry.overlapping(w.start, w.end))]

    def _names_person(self, words) -> bool:
        """Whether the entities see a person inside the phrase."""
        return any(e.type == "PER" for _, _, e in self.registry.overlapping(words[0].start, words[-1].end))

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
        pronoun = lone_pronoun(words)
        if pronoun == "plur":  # "они": a group the rules cannot name, unless a body's people
            body = self._people_of_body(start)
            return (body.id, body.name, False) if body is not None else (None, None, False)
        if pronoun:
            return self._pronoun_person(start, pronoun)
        there = self._there_body(words, start) or self._bare_service(words, start)
        if there:  # "Там отметили", "в ответе пресс-службы": the body that has just spoken
            return there
        if withheld_name(self.text, end) and not self._names_person(words):
            return None, None, False  # "..., пожелавший остаться неизвестным"; "Азат, попросивший не
            # называть его фамилию" is still Азат
        if unnamed_source(words) or of_one_among(words):
            # "источник в Генпрокуратуре", "Представитель одного из ТЦ": a pronoun may take them up
            found = self._interlocutor(words, start) if unnamed_source(words) else None
            if found is None:
                self._unnamed.append((end, gender if gender in ("masc", "femn") else head_gender(words)))
            return found or (None, None, False)
        if one_of_many(words):  # "Один агент сказал": no one the article names
            return None, None, True
        if outlet_reporter(words) and not self._names_person(words):
            return None, None, False  # "корреспондент Kun.uz": the outlet's reporter, unnamed
        side = self._trial_side(words, gender) or self._addressee_relative(words, start, gender)
        if side is not None:  # "Государственный обвинитель" -> the prosecutor named; "Ваш тренер"
            return side
        channel = names.channel(words)
        if channel:  # "телеграм-канал «Тула. Происшествия»": the channel by its own name
            return self._entity_of(channel), channel, False
        function = functional.function_noun(words)
        if function:  # "По версии следствия", "в спецслужбе": the body of that function, if any
            return self._function_body(function, start) or (None, None, False)
        state = people_state(words)
        if state:  # "американцы заявили": a people speaks for its state
            return self._entity_of(state), state, False
        body = self._staff_of(words, end) or self._staff_body(words, start) or self._organiser(words, start) \
            or self._regional_branch(words, start) or self._national_body(words, start, end)
        if body:  # "Синоптики Алтайского ЦГМС", "спасателей" after "В ГУ МЧС сообщили"
            return body
        if group(words) and not self._one_source(words, start) \
                or gender == "plur" and (counted_or_substantive(words) or group(words, animate=True)):
            return None, None, False  # "Адвокаты Мингазова", "Республиканцы": many people
        family = self._family_member(words, start, end, gender)
        if family is not None:  # "жена российского бизнесмена" -> Алла Бут
            return family.id, family.name, True
        if self._someone_of(words, start, end):  # "Представитель Лопес", "Мать Магнитского": not Лопес,
            # unless a name follows ("соседка Лапиной, пенсионерка Людмила Игнатьевна")
            return self._holder_after(words, end) or (None, None, False)
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
        body = self._kind_just_spoken(words, start) or self._topic.body(words, start)
        if body:  # "В банке объяснили" in a report headed «Волжский кредит» ответил на санкции
            return body
        body = self._body_by_noun(words, start) or self._body_of_kind(words, start)
        if body:  # "телекомпании" after "телекомпании НВО", "корпорации" after "компания Apple"
            return body
        body = self._spoken_for_noun(words, start)
        if body:  # "пресс-служба компании" -> the company named before
            return body
        body = self._regional_ministry(words, start) or self._city_body(words, start) \
            or self._minister_ministry(words, start)
        if body:  # "регионального минздрава" -> "Министерство здравоохранения Омской области"
            return body
        if names.organisation_head(words):
            found = self._organisation(words, start)
            # "правительство сообщало" with no government named: "Правительство Венесуэлы"
            return found if found[1] else self._state_body(words) or found
        body = spoken_for(words)
        if body:  # "Власти Британии": the country by its own name, Великобритания
            country = None if body.isupper() else self._country_in(words, body)  # "Власти ЮАР" stay "ЮАР"
            return (country.id, country.name, False) if country else (None, body, False)
        body = self._party_of(words, start)
        if body:
            return body
        if words[0].text in "«\"" and words[-1].text in "»\"":
            return None, names.organisation(words), False  # «Вестей»: a title, not a person
        content = [w for w in words if w.is_word]
        if len(content) == 1 and is_latin(content[0]) and not content[0].is_upper:
            return None, content[0].text, False  # "пишет baltinfo.ru": a site by its address
        maker = self._maker_of(words, start, end, gender)
        if maker is not None:  # "создатель Facebook" is Марк Цукерберг, not Facebook
            return maker
        named = None if capitalised_post(words) else names.name_in(words, self.roster.proper)
        if named and not self._oblique_after_head(words, named[0]):
            return None, self.roster.fullest(named[0]), named[1]
        found = self._post_or_description(words, start, end, gender)
        return found if found[1] else self._body_named_in(words, start, end) or found

    def _country_in(self, words, body: str) -> Entity | None:
        """The country entity the phrase names as the whole ``body`` spoken for ("Британии"),
        if any; "министерства здравоохранения Чехии" is a ministry, not Чехия."""
        found = {e.id: e for s, m_end, e in self.registry.overlapping(words[0].start, words[-1].end)
                 if e.kind == "country" and self.text[s:m_end] == body}
        return next(iter(found.values())) if len(found) == 1 else None

    def _one_source(self, words, start) -> bool:
        """"По словам девушки": after the noun of an according phrase the head is a
        genitive, so a form the dictionary reads first as a plural nominative is one
        person's singular."""
        before = [w for w in tokenize(self.text, max(0, start - SOURCE_NOUN_CHARS), start) if w.is_word][-1:]
        head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
        return bool(before) and head is not None and morph.lemma(before[0].low) in word_set("quote_according.txt") \
            and any({"anim", "sing", "gent"} <= set(p.tag.grammemes) for p in parses(head)) \
            and not any("Fixd" in p.tag for p in parses(head))  # "по прогнозам майя": a people

    def _emphatic(self, words, start, gender):
        """"Сам актёр", "Сама женщина": the person the text has been speaking about,
        set against those who spoke of them; the one named with that noun ("Актёр Иван
        Орлов"), else the article's main person of the gender, never the last speaker."""
        content = [w for w in words if w.is_word and w.low != "же"]  # "Сам же актёр"
        if len(content) < 2 or content[0].low not in EMPHATIC or not description(content[1:]) \
                or any(w.is_upper and is_name_like(w) for w in content[1:]):
            return None  # "Сам Алимбаев": a name says who, whoever the main person is
        wanted = gender if gender in ("masc", "femn") else post_gender(content[1:])
        recent = self._recent(start, wanted or ANY_GENDER, any_gender=wanted is None)
        noun = next(w for w in content[1:] if best_pos(w) == "NOUN")
        named = self.roster.holder(morph.lemma(noun.low), start)
        main = self._main_person(wanted)
        for name in (named, main.name if main else None):
            if name and not (recent and recent.name == name) and fits(names.gender_of(name), wanted):
                return self._entity_named(name), name, True
        other = self._spoken_of(start, wanted, recent.name if recent else None)
        return (other.id, other.name, True) if other is not None else None

    def _spoken_of(self, start, gender, speaker):
        """The person named last before ``start`` in the narrative (not inside quoted words),
        other than the last speaker: "Ветеран уверен, что Дик Адвокат запоздал. «...» Сам же
        главный тренер ..." is Адвокат."""
        for at, _, e in reversed(self.registry.overlapping(max(0, start - SPOKEN_OF_REACH), start)):
            if e.type == "PER" and e.name != speaker and self._fits(e, gender) and not self._in_verbatim(at):
                return e
        return None

    def _with_emphatic_lead(self, words, start):
        """"Сам же главный тренер заявил": the mention leaves out "Сам же" before it, yet the
        emphasis still sets the one spoken about against the last speaker."""
        lead = [w for w in tokenize(self.text, max(0, start - 12), start) if w.is_word]
        if lead and lead[-1].low == "же":
            lead = lead[:-1]
        return lead[-1:] + words if lead and lead[-1].low in EMPHATIC and words[0].low not in EMPHATIC else words

    def _maker_of(self, words, start, end, gender):
        """A maker's or owner's noun before the name of what they made ("создатель
        Facebook", "автор «Малхолланд Драйва»"): the person the article names with that
        noun, or the one described so; the name after it is no speaker."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or content[0].is_upper or not maker(content[0]) \
                or not any(w.is_upper or w.text in "«\"" for w in words[1:]):
            return None  # "автор петиции": a thing with no name, whose maker may be anyone
        found = self._post_or_description(words, start, end, gender)
        if not found[1]:  # "автор «Диких сердцем» и «Шоссе в никуда»": the one spoken of
            found = self._described(start, gender if gender in ("masc", "femn") else None, None, words, end)
        return found if found and found[1] and found[2] else None

    def _main_person(self, gender: str | None):
        top = self.roster.main_person(gender)
        if top and gender is None and self.registry and self._entity_named(top.name) is None:
            return None  # of any gender, only a person the entities know too: "на Московской" is a street
        if top is None:
            return None
        # the entity's name ("Роберт Де Ниро"), not a run the roster joined across a caption
        entity = self.registry.person_named(top.name)
        return Said(top.end, entity.id if entity else None, entity.name if entity else top.name, gender)

    def _fits(self, entity: Entity, gender: str | None) -> bool:
        """Whether a person may be of ``gender``: by the entities' agreement, else by the
        past-tense cues they have spoken with so far ("Абдиазис Абдинур сказал")."""
        known = self.registry.gender.get(entity.id)
        shown = self._cue_gender.get(entity.id, ())
        if known is None and len(shown) == 1:
            known = next(iter(shown))
        return fits(known, gender)

    # --- recent speakers ------------------------------------------------------------------

    def _unnamed_last(self, before: int, pronoun: str) -> int | None:
        """Where the words of an unnamed person of the pronoun's gender end when they spoke
        last, just before ("сообщил источник в комиссии. По его словам, ..."): the pronoun
        is that source; None when someone else spoke last."""
        latest = next(((end, g) for end, g in reversed(self._unnamed) if end <= before), None)
        said = self._last_said(before)
        if latest is not None and latest[1] == pronoun and before - latest[0] <= JUST_SPOKEN_REACH \
                and (said is None or said.end < latest[0]):
            return latest[0]
        return None

    def _last_said(self, before: int) -> Said | None:
        """The latest speaker whose words ended before ``before``, however far back."""
        return next((s for s in reversed(self._said) if s.end <= before), None)

    def _named_together(self, start: int, end: int) -> str | None:
        """"A и B", "A, B и C": people named one after another, joined by "и" or commas,
        that close a plural speaker's phrase speak together; their names, joined as written."""
        found = [(s, e, ent) for s, e, ent in self.registry.overlapping(start, end) if ent.type == "PER" and e <= end
                 and nominative_in(self.text[s:e], self.registry.gender.get(ent.id))]  # not "Адвокаты Ивана Петрова и ..."
        if len(found) < 2 or self.text[found[-1][1]:end].strip(" »\"") or len({f[2].id for f in found}) < len(found):
            return None
        joins = [self.text[a[1]:b[0]] for a, b in zip(found, found[1:])]
        if not joins[-1].strip().startswith("и") or any(not (j.strip() == "и" or j.strip() == ",")
                                                       and not _post_between(j) for j in joins):
            return None
        names = [f[2].name for f in found]
        return ", ".join(names[:-1]) + " и " + names[-1]

    def _recent_speakers(self, before: int):
        """The speakers whose words ended before ``before``, latest first, as far back as
        a reader still remembers (RECENT_REACH characters)."""
        for said in reversed(self._said):
            if said.end > before:
                continue
            if before - said.end > RECENT_REACH:
                return
            yield said

    def _recent(self, before: int, gender: str | None, any_gender: bool = False) -> Said | None:
        """The latest speaker of the gender asked for (any person for a description
        whose noun shows none: "маэстро")."""
        for said in self._recent_speakers(before):
            if (gender is not None and said.gender in (gender, ANY_GENDER) and gender != "plur") \
                    or (any_gender and said.gender):
                return said
        return None

    def _recent_body(self, before: int, lemma: str, same_only: bool = False) -> Said | None:
        """The latest organisation speaker, preferring one named by the same noun."""
        bodies = []
        for said in self._recent_speakers(before):
            if said.gender is None:
                bodies.append(said)
        same = [s for s in bodies if morph.lemma(s.name.split()[0].lower()) == lemma]
        return (same or ([] if same_only else bodies) or [None])[0]


def _post_between(join: str) -> bool:
    """" и премьер-министр Турции ": a conjunction and the next person's post."""
    join = join.strip()
    return join.startswith(("и ", ", ")) and not any(c in join for c in ".;:!?")


def _bare_opening(text: str, sentence: int, cue_start: int) -> bool:
    """Whether only connectors, adverbs and commas stand between a sentence's start and
    its cue ("Также", "Кроме того,", "При этом"): no word there could be the subject."""
    words = [w for w in tokenize(text, sentence, cue_start) if w.is_word]
    lowered = " ".join(w.low for w in words)
    for connector in sorted(word_set("quote_connectors.txt"), key=len, reverse=True):
        if lowered == connector or lowered.startswith(connector + " "):
            words = words[len(connector.split()):]
            break
    return all(best_pos(w) in BARE_POS for w in words)


def _verb_opening(text: str, start: int, end: int, gender: str) -> bool:
    """Whether a sentence opens with a past-tense verb of ``gender`` after adverbs at most
    ("Неоднократно выступал ..."): its subject is left out too."""
    words = [w for w in tokenize(text, start, end) if w.is_word]
    first = next((w for w in words if best_pos(w) not in BARE_POS), None)
    return first is not None and best_pos(first) == "VERB" \
        and any(p.tag.POS == "VERB" and "past" in p.tag and gender in p.tag for p in parses(first)[:1])


def _in_marks(words, n: int) -> bool:
    """Whether ``words[n]`` stands inside «...»: "телеграм-канал «Тула. Происшествия»" is one name."""
    depth = 0
    for w in words[:n]:
        depth += (w.text == "«") - (w.text == "»" and depth > 0)
    return depth > 0


def _ends_with_name(longer: str, name: str) -> bool:
    """"Малаховой Татьяна Ершова" around "Татьяна Ершова": the words before a full name
    are someone else's (her client's), not more of her name."""
    words = name.split()
    return len(words) >= 2 and longer.split()[-len(words):] == words
