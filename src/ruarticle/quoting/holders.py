"""Resolver methods for the holder of a post a phrase names (spokesmen, ministers, relatives)."""
from __future__ import annotations

from .. import acronyms, morph
from ..records import Entity
from ..resources import once, table, word_set
from . import names
from ..posts import canonical
from .roster import fits, post_key
from .words import best_pos, is_person_name, is_proper, parses, tokenize
from .bodies import SPOKESMEN, after_head, one_spokesman, spokesman_title, spokesperson
from .offices import (attested, countries_of, holds, in_places, initials, ministers, named_holder,
                      national_post, office_post, office_words, participle_post, post_options, post_places,
                      qualifier, qualifier_stems, specific, state_office, title_lemmas)
from .persons import (noun_gender, one_nominative, person_head, person_noun, proper_mention,
                      surname_stem)
from .said import JUST_SPOKEN_REACH, OFFICE_REACH, TITLE_TAIL

HOLDER_WINDOW = 400  # characters after a post phrase where its holder's name may stand
BRACKET_WORDS = 12  # tokens inside brackets after a post ("(Human Rights Foundation)")
APPOSED_WORDS = 8  # words of a second post set off by a comma before the holder's name
CATAPHORA_REACH = 300  # characters after a post where the same post's holder may be named
CLAUSE_CLOSERS = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "!", "?"})  # "(" opens the name in its own script


class Holders:
    """Resolver's methods that find a post's holder; mixed into ``Resolver``, which holds the state."""

    def _role_holder(self, words, end, gender) -> Entity | None:
        """"Премьер-министр Израиля заявил", "Шейх Хамад сказал": the entities stage put
        the post heading the phrase on a person right here, and either the phrase goes on
        with that person's name or the post is a state's office ("глава государства"); a
        bare "актриса" or "глава совета" it tied to someone is no proof."""
        content = [w for w in words if w.is_word]
        if not content or content[0].low in word_set("quote_possessives.txt"):
            return None
        wanted = gender if gender in ("masc", "femn") else noun_gender(words)
        for r_start, r_end, e in self.registry.role_at(content[0].start):
            rest = [w for w in content if w.start >= r_end]
            if r_end > end or not rest and not self._fits(e, wanted):
                continue
            named = [w for w in rest if any(x is e for _, _, x in self.registry.overlapping(w.start, w.start + 1))]
            if rest and named == rest and any(w.is_upper for w in rest) \
                    and all(one_nominative(w) for w in rest):
                return e  # "Шейх Хамад": the name in the phrase outweighs a guessed gender
            if not rest and state_office([w for w in content if w.end <= r_end]) \
                    and not self._other_office(e.id, words, r_start, r_end) and named_holder(self.text, e) \
                    and not self._held_by_other(content, e, r_start):
                return e
        return None

    def _held_by_other(self, content, entity, start) -> bool:
        """Whether the office a described post stands for ("Глава региона" -> "губернатор")
        was named before beside someone other than the person the entities tied it to:
        "Губернатор Игорь Руденя ... Главврач Павел Носов сказал ... Глава региона" is the
        governor, whoever spoke last."""
        options = post_options(content)
        if len(content) < 2 or options == [None] or options[0] == morph.lemma(content[0].low):
            return False  # a plain post ("Премьер-министр Израиля") stands for itself
        holder = next((h for h in (self.roster.holder(o, start) for o in options) if h), None)
        return holder is not None and self.registry.person_named(holder) is not entity

    def _holder_after(self, words, end):
        """A post phrase cut short at a bracket or a comma that goes on to its holder's
        name: "президент Фонда прав человека (Human Rights Foundation) Тор Халворссен",
        "лидер Меджлиса, народный депутат Украины Мустафа Джемилев", "директор музея и
        археолог из Новоселова, Александр Кержаев". The name must close the clause."""
        content = [w for w in words if w.is_word]
        if not content or not person_head(words) or any(is_person_name(w) for w in content):
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
                    and (best_pos(ws[m]) in ("NOUN", "ADJF", "PREP", None) or participle_post(ws[m]))
                    and not is_person_name(ws[m])):
                m += 1
            if m > k and not any(w.is_word and not w.is_upper and ("anim" in person_noun(w).tag
                                 and "nomn" in person_noun(w).tag or participle_post(w)) for w in ws[k:m]):
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
            self._qualifiers[role] = {qualifier(w) for w in tokenize(role.text) if w.is_word}
        return self._qualifiers[role]

    def _spokesperson_named(self, words, start, gender) -> Entity | None:
        """"официальный представитель МИД" after "официальный представитель МИД РК Айбек
        Смадияров": the one person named earlier with every word of this spokesperson's post."""
        content = [w for w in words if w.is_word]
        k = spokesperson(words)
        if k is None or k >= len(content) and k < 2 or any(is_person_name(w) for w in content):
            return None  # a bare "представитель" may be anyone's; "Официальный представитель" is the one
        wanted = {qualifier(w) for w in content}
        found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                 and any(r.start < start and wanted <= self._role_qualifiers(r) for r in e.roles)}
        if not found and gender in ("masc", "femn") \
                and all(morph.lemma(w.low) in SPOKESMEN or morph.lemma(w.low) == "официальный" for w in content[:k]):
            # "Спикер МИД сообщил" after "Официальный представитель МИД Казахстана Айбек
            # Смадияров": one spokesman's words stand for another's
            wanted = {qualifier(w) for w in content[k:]}
            found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                     and any(r.start < start and spokesman_title(r.text)
                             and wanted <= self._role_qualifiers(r) for r in e.roles)}
        if len(found) == 1:
            return next(iter(found.values()))
        return self._spokesman_speaking(content, k, start, gender) \
            or self._member_speaking(words, content, k, start, gender) if not found else None

    def _member_speaking(self, words, content, k, start, gender) -> Entity | None:
        """"— уточнила Сябренко. ... — отметила представитель Philips.": one speaking for a
        body by its name, with a verb of their gender, right after a person named beside
        that name ("директора ... Philips в России Елену Сябренко") has spoken, is that person."""
        if gender not in ("masc", "femn") or not one_spokesman(words) or k >= len(content) \
                or not all(w.is_upper for w in content[k:]):
            return None
        recent = self._recent(start, gender)
        entity = self.registry.by_id.get(recent.entity) if recent and recent.entity else None
        if entity is None or entity.type != "PER" or start - recent.end > JUST_SPOKEN_REACH \
                or not self._seen_with(entity.name, frozenset(qualifier(w) for w in content[k:])):
            return None
        return entity

    def _spokesman_speaking(self, content, k, start, gender) -> Entity | None:
        """"представитель внешнеполитического ведомства" right after the ministry's press
        officer has spoken: a body named only by its common noun is his."""
        if gender not in ("masc", "femn") or not all(best_pos(w) == "ADJF" for w in content[k:-1]) \
                or content[-1].is_upper or morph.lemma(content[-1].low) not in word_set("quote_anaphoric_bodies.txt"):
            return None
        recent = self._recent(start, gender)
        entity = self.registry.by_id.get(recent.entity) if recent and recent.entity else None
        if entity is None or start - recent.end > JUST_SPOKEN_REACH \
                or not any(r.start < start and spokesman_title(r.text) for r in entity.roles):
            return None
        return entity

    def _family_member(self, words, start, end, gender) -> Entity | None:
        """A relative named by a family noun is the one person of the article of that
        gender who bears the surname of the person it depends on ("Супруга «оружейного
        барона»" -> Алла Бут, wife of Виктор Бут), or of the last speaker ("супруга")."""
        content = [w for w in words if w.is_word]
        if not content or morph.lemma(content[0].low) not in word_set("quote_family.txt"):
            return None
        wanted = gender if gender in ("masc", "femn") else noun_gender(words[:1])
        of = [e for s, m_end, e in self.registry.overlapping(content[0].end, end) if e.type == "PER"
              and self._fits(e, noun_gender(tokenize(self.text, s, m_end)))]  # not "актрисы" for a man
        if not of and len(content) == 1:
            recent = self._recent(start, wanted)
            of = [self.registry.by_id[recent.entity]] if recent and recent.entity else []
        if not of:
            return None
        stem = surname_stem(of[0].name)
        kin = [e for e in self.registry.entities if e.type == "PER" and e is not of[0]
               and len(e.name.split()) > 1 and surname_stem(e.name) == stem]
        if len(content) == 1:  # the last speaker is the relative when kin of theirs is named
            return of[0] if kin and self.registry.gender.get(of[0].id) == wanted else None
        kin = [e for e in kin if self.registry.gender.get(e.id) == wanted]
        return kin[0] if len(kin) == 1 else None

    def _someone_of(self, words, start, end) -> bool:
        """A relative, lawyer or representative of a person who is named only as theirs
        ("Мать Магнитского", "Представитель Лопес"): an unnamed speaker, not that person."""
        content = [w for w in words if w.is_word]
        while len(content) > 2 and best_pos(content[0]) == "ADJF" and (not content[0].is_upper or content[0].initial) \
                and not content[2].is_upper and "anim" in person_noun(content[2]).tag:
            content = content[1:]  # "близкая подруга супруги ...", not "младший брат Пётр"
        if len(content) < 2 or morph.lemma(content[0].low) not in word_set("quote_relations.txt"):
            return False
        people = [(s, m_end, e) for s, m_end, e in self.registry.overlapping(start, end)
                  if e.type == "PER" and s > content[0].start]
        later = [(s, m_end) for s, m_end, _ in people if s > content[1].start] if people else \
            [(p.start, p.end) for p in self.roster.persons_in(start, end) if p.start > content[1].start]
        if later:
            return self._named_after_relation(content, later[-1])
        if not people:
            return self._someone_of_named(content, start, end)
        s, m_end, e = people[0]
        last = max(n for n, w in enumerate(content) if w.start < m_end)
        if names.dependent(content, 1, last + 1):
            return True  # "Мать Магнитского": the person in the genitive
        # "Представитель Лопес": an undeclined surname of someone named in full elsewhere
        return last == 1 and any(len(m.text.split()) > 1 for m in e.mentions)

    @staticmethod
    def _named_after_relation(content, span) -> bool:
        """A name after the relation's noun and another word: "адвокат Навального Вадим
        Кобзев" names the lawyer (nominative); "подруга супруги Джигарханяна Виталины
        Цымбалюк-Романовской" names the wife (genitive), so the friend is unnamed; after
        a body's noun ("представитель партии Цвангираи") the bodies' rules decide."""
        if "anim" not in person_noun(content[1]).tag:
            return False
        a = next(n for n, w in enumerate(content) if w.start >= span[0])
        b = max(n for n, w in enumerate(content) if w.start < span[1])
        return names.dependent(content, a, b + 1)

    def _someone_of_named(self, content, start, end) -> bool:
        """"Прислуга Макафи" with no entity there: a lone undeclined surname after the
        relation's noun, of someone the text names in full elsewhere ("Джон Макафи")."""
        found = [p for p in self.roster.persons_in(start, end) if p.start > content[0].start]
        if len(found) != 1 or found[0].start != content[1].start or len(content) != 2:
            return False
        return names.dependent(content, 1, 2) or len(self.roster.fullest(found[0].name).split()) > 1

    def _holds_other_office(self, person, words, start, end) -> bool:
        """A state office proper ("Председатель правительства" -> премьер-министр) is not
        the one a described person holds when they hold another (a governor); a leader's
        word ("глава КНР") may stand for any of their offices."""
        entity_id = person[0] or self._entity_named(person[1])
        if self._in_another_office(entity_id, words, start):
            return True
        if not state_office(office_words(words)) \
                or office_post(words) in word_set("quote_leader_posts.txt"):
            return False
        return self._other_office(entity_id, words, start, end)

    def _in_another_office(self, entity_id, words, start) -> bool:
        """A bare office ("премьер-министр поручил") is not taken up by a person the text
        has shown only in other offices of their own ("аким Павлодарской области Марат
        Оспанов" has just reported): leaders' words ("глава") may name any office."""
        content = [w for w in words if w.is_word]
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        if entity is None or len(content) != 1 or best_pos(content[0]) != "NOUN":
            return False
        office, offices = canonical(morph.lemma(content[0].low)), _own_offices()
        if office not in offices:
            return False
        held = {canonical(post_key(r.title)) for r in entity.roles
                if r.start < start and canonical(post_key(r.title)) in offices and attested(self.text, entity, r)}
        return bool(held) and office not in held

    def _holder_gender(self, name: str) -> str | None:
        """A holder's gender as the words agreeing with their name show it ("Андреа
        Занончелли говорил"), else as the name suggests."""
        entity = self.registry.person_named(name)
        found = self.registry.gender.get(entity.id) if entity is not None else None
        return found or names.gender_of(name)

    def _titled_before(self, words, start, gender) -> Entity | None:
        """An office with its field and no name ("министр энергетики"): the one person
        seen before with a title of those very words, beside their name."""
        content = [w for w in words if w.is_word]
        # the post itself may open the sentence ("Министр энергетики также заверила"); a
        # capital further on may be a body's name ("председатель Нацбанка"), not a person's
        if len(content) < 2 or any(is_person_name(w) for w in content[1:]) \
                or best_pos(content[0]) != "NOUN" \
                or morph.lemma(content[0].low) not in word_set("quote_offices.txt"):
            return None
        wanted = [morph.lemma(w.low) for w in content]
        found = {e.id: e for e in self.registry.entities if e.type == "PER" and self._fits(e, gender)
                 and any(r.start < start and list(title_lemmas(r.title)[:len(wanted)]) == wanted
                         and attested(self.text, e, r) for r in e.roles)}
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
                 and any(r.start < start and ministers(r.title.lower().split(), full[1])
                         for r in e.roles)}
        return next(iter(found.values())) if len(found) == 1 else None

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
                and canonical(post_key(r.title)) in offices | leaders and attested(self.text, entity, r)]
        post = office_post(words)
        if post not in leaders:
            return bool(held) and all(canonical(post_key(r.title)) != canonical(post) for r in held)
        ours = qualifier_stems(specific(words))
        if not ours:
            return False  # "глава компании" may head any body the person is seen heading
        return not any(ours & (qualifier_stems(tokenize(r.text)) | {r.country} | self._title_initials(r))
                       for r in held)

    def _title_initials(self, role) -> set:
        """The abbreviations a role's title spells with its words' initials, read on past
        a clipped title ("министр по чрезвычайным ситуациям" -> "мчс")."""
        return initials(tokenize(self.text, role.start, role.end + TITLE_TAIL)[:OFFICE_REACH])

    def _other_post(self, entity_id, words, start) -> bool:
        """Whether a person is seen before ``start`` holding a post under the office a
        phrase names ("пресс-секретарь Президента Руслан Желдибай" is no "Президент")."""
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        office = office_words(words)
        if entity is None or not office or morph.lemma(office[0].low) not in word_set("quote_offices.txt"):
            return False
        post = canonical(office_post(words))
        return any(r.start < start and attested(self.text, entity, r)
                   and any(canonical(morph.lemma(w.low)) == post for w in after_head(tokenize(r.title)))
                   for r in entity.roles)

    def _titled_alike(self, words, start, gender):
        """"Заместитель министра рассказала" after "заместитель министра Гулнора Юсупова",
        "глава федерации" after "Президент федерации Эркин Бекмуратов": a post with its
        complement, written before a person's name with the same words (a leader's post
        for another), takes up that one person, whoever has spoken last; with no one so
        named before, the one so named a sentence or two later."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or best_pos(content[0]) != "NOUN" or any(w.is_upper for w in content[1:]):
            return None
        head = morph.lemma(content[0].low)
        leaders = word_set("quote_leader_posts.txt")
        heads = leaders | {"президент"} if head in leaders else {head}
        rest = {morph.lemma(w.low) for w in content[1:]}
        seen = [(at, name, gap) for post in heads for at, name, gap in self.roster.posts().get(post, ())
                if rest <= gap and fits(self._holder_gender(name), gender)]
        found = {surname_stem(name): name for at, name, _ in seen if at < start}
        if not found:  # "Как сообщил начальник управления дорог, ... Начальник управления дорог
            # Иван Петров добавил": named with the very same words right after ("лидер партии
            # «Гражданское движение»" names another party)
            found = {surname_stem(name): name for at, name, gap in seen
                     if start < at <= start + CATAPHORA_REACH and gap == rest}
        if len(found) != 1:
            return None
        name = next(iter(found.values()))
        return self._entity_named(name), name, True

    def _national_holder(self, words, start, gender):
        """"Таджикский министр" in a story of two ministers: the latest person named before
        with that post for that country ("министра иностранных дел Таджикистана Фаридуна
        Назарзода"), by the rules or by the entities stage, not the other country's."""
        found = national_post(words)
        if found is None:
            return None
        post, country, adjective = found

        def placed(lemmas) -> bool:  # "Вологодской области" for a region's adjective
            return country in countries_of(lemmas) if country else adjective in lemmas

        seen = [(s, self._entity_named(name), name) for s, name, gap in self.roster.named_with(post)
                if placed(gap)]
        seen += [(r.start, e.id, e.name) for e in self.registry.entities if e.type == "PER"
                 for r in e.roles if canonical(post_key(r.title)) == canonical(post)
                 and (country and r.country == country or placed({morph.lemma(w.low) for w in tokenize(r.text)
                                                                  if w.is_word}))
                 and attested(self.text, e, r)]
        seen = [x for x in seen if fits(self._holder_gender(x[2]), gender)]
        # the latest before, else a headline's official the text names later
        before = [x for x in seen if x[0] < start] \
            or sorted((x for x in seen if x[0] > start), key=lambda x: x[0])[:1]
        if not before:
            return None
        _, entity_id, name = max(before, key=lambda x: x[0])
        return entity_id, name, True

    def _post_entity(self, post, words, start, end, gender) -> Entity | None:
        """A bare post's holder among the entities: one whose role is that post, the
        latest before the quote, in the place the phrase names ("президента США")."""
        places = post_places(words)
        for s, m_end, e in self.registry.overlapping(start, end):
            if e.type == "PER" and holds(self.text, e, post) and self._fits(e, gender) \
                    and not proper_mention(words, s, m_end) \
                    and (gender is None or self.registry.gender.get(e.id) == gender):
                return e  # the entities stage put this very post on its holder, of known gender
        holders = [(r_start < start, r_start, e) for r_start, role, e in self.registry.holders(post)
                   if attested(self.text, e, role) and self._fits(e, gender) and in_places(role, places)]
        return max(holders, key=lambda h: h[:2])[2] if holders else None

    def _body_leader(self, words, start, gender) -> tuple | None:
        """"Руководитель профсоюза" after "Председатель ЛПМР Аушра Пятраускене": a leader's
        noun with a kind of body in the genitive is the one person named before with a
        leader's post of a body of that kind, whatever the title ("председатель",
        "директор"), the body named by its noun or by an abbreviation the article spells out."""
        content = [w for w in words if w.is_word]
        if len(content) != 2 or any(w.is_upper and not w.initial for w in content) \
                or morph.lemma(content[0].low) not in word_set("quote_leader_posts.txt") \
                or best_pos(content[1]) != "NOUN" or not any(p.tag.case == "gent" for p in parses(content[1])):
            return None
        kind = morph.lemma(content[1].low)
        # named before only: a leader named later may head another body of the kind
        # ("лидер партии «Гражданское движение»" after the party in play)
        people = {self.roster.fullest(name) for title in word_set("quote_leader_titles.txt")
                  for at, name, gap in self.roster.named_with(title) if at < start and self._heads_kind(gap, kind)}
        return self._the_one(people, gender)

    def _head_of_office_body(self, words, start, gender) -> tuple | None:
        """"— отметил прокурор." after "Самарская транспортная прокуратура начала проверку.
        Руководитель ведомства Андрей Лучинин ...": a bare office is held by the one person
        named before as head of the body of that office, by its noun or by "ведомства"
        right after that body is named."""
        content = [w for w in words if w.is_word]
        body = _office_bodies().get(morph.lemma(content[0].low)) if len(content) == 1 else None
        if body is None or content[0].is_upper and not content[0].initial:
            return None
        people = {self.roster.fullest(name) for title in word_set("quote_leader_titles.txt") | {"начальник"}
                  for at, name, gap in self.roster.named_with(title)
                  if at < start and (body in gap or gap & word_set("quote_anaphoric_bodies.txt")
                                     and body in self._lemmas_before(at))}
        return self._the_one(people, gender)

    def _the_one(self, people: set, gender) -> tuple | None:
        """The person when ``people`` holds just one and the verb's gender allows them, as
        (entity id, name, True); else None."""
        if len(people) != 1:
            return None
        name = next(iter(people))
        if not fits(self._holder_gender(name), gender):
            return None
        entity = self.registry.person_named(name)
        return (entity.id, entity.name, True) if entity is not None else (None, name, True)

    def _lemmas_before(self, at: int) -> set:
        """The lemmas of the words of the sentence before ``at``'s and of its own start."""
        sentence = self.roster.sentence_start(at)
        lo = self.roster.sentence_start(max(0, sentence - 1))
        return {morph.lemma(w.low) for w in self.roster.words_between(lo, at) if w.is_word}

    def _addressee_relative(self, words, start, gender) -> tuple | None:
        """"Корр.: Ваш тренер говорил, что ..." in an interview with the article's person:
        the one the text names as that person's ("Тренер Захарьина Владимир Орехов"), else
        someone unnamed; never the person addressed."""
        content = [w for w in words if w.is_word]
        if len(content) != 2 or content[0].low not in word_set("quote_address_possessives.txt", False):
            return None
        main = self.roster.main_person(None)
        if main is None:
            return None, None, True
        people = {self._of_person(name, gap, main.name) for _, name, gap in
                  self.roster.named_with(morph.lemma(content[1].low))} - {None}
        return self._the_one(people, gender) or (None, None, True)

    def _of_person(self, name: str, gap, owner: str) -> str | None:
        """The name of one named as ``owner``'s ("Тренер Захарьина Владимир Орехов": the
        owner's surname between the noun and the name, or read as the name's first word)."""
        stem = surname_stem(owner)
        words = name.split()
        if any(g.startswith(stem) for g in gap) and name != owner:
            return self.roster.fullest(name)
        if len(words) > 2 and words[0].lower().replace("ё", "е").startswith(stem):
            return " ".join(words[1:])
        return None

    def _heads_kind(self, gap, kind: str) -> bool:
        """Whether the words between a post and its holder's name name a body of ``kind``:
        the noun itself ("председатель профсоюза"), or an abbreviation whose full name has
        it ("Председатель ЛПМР" where ЛПМР is "Литовский профсоюз медицинских работников")."""
        if kind in gap:
            return True
        spelled = {abbr.lower(): full for abbr, full in self.abbreviations.items()}
        return any(kind in {morph.lemma(w.low) for w in tokenize(spelled[lemma]) if w.is_word}
                   for lemma in gap if lemma in spelled)


@once
def _office_bodies() -> dict[str, str]:
    """An office -> the noun of the body its holder heads ("прокурор" -> "прокуратура")."""
    return dict(table("quote_office_bodies.tsv"))


@once
def _own_offices() -> frozenset[str]:
    """The offices a person holds in their own right, not a leader's word ("глава") that
    may stand for any of them: built once, asked for every bare office a speaker is."""
    return word_set("quote_offices.txt") - word_set("quote_leader_posts.txt")
