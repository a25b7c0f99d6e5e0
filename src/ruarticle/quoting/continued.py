"""Resolver methods for a bare post or description taking up a person named before."""
from __future__ import annotations

from .. import morph
from ..names import stem as name_stem
from ..posts import another_office, canonical, posts
from ..records import Entity
from ..resources import word_set
from . import names
from .roster import fits, levels, post_key
from .words import best_pos, parses, tokenize
from .bodies import spokesperson
from .offices import (attested, in_places, initials, national_post, office_qualifiers, office_words, post_level,
                      post_options, post_places, qualifier, state_office)
from .persons import (description, description_covers, noun_gender, noun_number, person_head, person_noun, possessor,
                      post_gender, someone_else, surname_stem)
from .said import ANY_GENDER, EMPHATIC, JUST_SPOKEN_REACH, OFFICE_REACH, Said

TURN_OPENERS = "-–—«\"„"  # a paragraph of speech opens with a dash or a quotation mark
RELATIVE = "котор"  # "в котором", "которой": a relative clause opening
RELATIVE_LEAD = 3  # words between the comma and a description opening a relative clause
TITLE_REACH = 40  # characters before a name where the noun it depends on stands
BARE_WORDS = 2  # "официальный представитель"; longer phrases introduce someone
GOING_ON_REACH = 12  # characters after a speaker phrase where its "также" stands


class Continuations:
    """Resolver's methods that take a person up again by a post or a description; mixed
    into ``Resolver``, which holds the state."""

    def _post_or_description(self, words, start, end, gender):
        wanted = gender if gender in ("masc", "femn") else post_gender(words)
        apposed = self.roster.apposed(start) if noun_number(words) == "sing" else None
        if apposed is not None and fits(apposed.gender, wanted):
            # "Рустем Шакиров, имам мечети, заявил"; not "По словам Стаса, актриса назвала"
            return self._entity_named(apposed.name), apposed.name, True
        options = post_options(words)  # the first is the post itself, or None
        if options[0] and options[0] in word_set("quote_anonymous.txt"):
            # "источник", "собеседник": nobody in particular, unless a bare noun takes up
            # the person who has just spoken ("Аналитик Айдос Жумабеков считает ... –
            # пояснил эксперт")
            return self._named_since_speaker(options[0], words, start, gender) \
                or self._just_spoken(words, start) or self._subject_taken_up(options[0], words, start, gender) \
                or (None, None, False)
        guest = self._guest(words, start)
        if guest is not None:  # "сказал гость": the one who came on a visit, not the host
            return guest
        places, qualifiers, level = post_places(words), office_qualifiers(words), post_level(words)
        national = self._national_holder(words, start, wanted)
        if national is not None:  # "Таджикский министр": that country's, not the host's
            return national
        official = self._country_official(words, start, wanted)
        if official is not None:  # "Глава казахстанского МИД": not the Hungarian minister
            return official
        called = self._called_so(words, start, wanted)
        if called is not None:  # "Вице-премьер" after "Вице-премьер Казахстана" was Исабаев
            return called
        alike = self._titled_alike(words, start, wanted)
        if alike is not None:  # "Заместитель министра" after "заместитель министра Гулнора Юсупова"
            return alike
        going_on = self._going_on(words, start, end, wanted)
        if going_on is not None:  # "Спейси ответил ... Актёр также признался": not "Актёр Энтони Рэпп"
            return going_on
        here = self._speaking_here(words, start, wanted) if options[0] else None
        if here is not None:  # "Ирина Смирнова ... Она сообщила ... «...», – заявила депутат."
            return here
        for option in options if options[0] else ():
            holder = self.roster.holder(option, start, places, after=end, level=level) \
                or (self.roster.holder_by_level(option, start, level) if places and level else None)
            if holder and fits(self._holder_gender(holder), wanted):  # not "(муж) актрисы Сергей Сенин"
                return self._spoken_before(words, start, holder) \
                    or self._holder_speaking(option, holder, words, start, wanted, level) or (None, holder, True)
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
        leader = self._body_leader(words, start, wanted) or self._head_of_office_body(words, start, wanted)
        if leader is not None:  # "Руководитель профсоюза" -> "Председатель ЛПМР Аушра Пятраускене"
            return leader
        if description(words) and spokesperson(words) is None:
            if self._new_holder_of_thing(words, start):  # "Владелец летной школы сообщил":
                self._unnamed.append((end, wanted))  # someone new, whom "он" may take up
                return None, None, True
            owner = self._owner_before_relative(start, wanted)
            if owner is not None:  # "смерть Томаса Шефера ... письмо, в котором политик"
                return owner
            person = self._described(start, wanted, qualifiers, words, end)
            if person and person[1] is None:
                return person
            if person and (not someone_else(words) or self._seen_as(person, words)) \
                    and not self._holds_other_office(person, words, start, end):
                return person
        if (qualifiers is not None or state_office(office_words(words))) and not someone_else(words):
            person = self._renamed(words, start, end, wanted)
            if person is not None:  # "заявил Сергей Лавров. ... глава МИД РФ подтвердил"
                return person
        if person_head(words) or qualifiers is not None:
            # "официальный представитель" after the spokesman has spoken is that spokesman
            return self._just_spoken(words, start) or (None, None, True)
        return self._just_spoken(words, start) or (None, names.organisation(words), False)

    def _going_on(self, words, start, end, gender):
        """"Спейси ответил, что ... Актёр также признался, что ...": a bare description (not
        an office) with "также" or "тоже" after it goes on with the person who has just
        spoken, rather than with another named with that noun before."""
        content = [w for w in words if w.is_word]
        after = [w for w in tokenize(self.text, end, min(len(self.text), end + GOING_ON_REACH)) if w.is_word][:1]
        if not content or len(content) > BARE_WORDS or any(w.is_upper and not w.initial for w in content) \
                or not after or after[0].low not in word_set("quote_going_on.txt") or not description(words):
            return None
        if state_office(office_words(words)) or morph.lemma(content[0].low) in word_set("quote_offices.txt"):
            return None  # "Глава города также поручил": an office has its holder, whoever spoke
        recent = self._recent(start, gender or ANY_GENDER, any_gender=gender is None)
        if recent is None or recent.gender is None or start - recent.end > JUST_SPOKEN_REACH \
                or self._other_post(recent.entity, words, start) \
                or self._in_another_office(recent.entity, words, start):
            return None
        return recent.entity, recent.name, True

    def _new_holder_of_thing(self, words, start) -> bool:
        """"Владелец летной школы", "хозяин соседнего склада": a person's noun with a thing
        described anew in the genitive, the noun first met here, introduces someone the
        story has not named (no earlier "владелец" to take up); the last speaker is not them."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or any(w.is_upper and not w.initial for w in content) or national_post(words):
            return False  # "Глава российского государства" is an office, held by someone named
        head, rest = content[0], content[1:]
        reading = person_noun(head)
        if reading.tag.POS != "NOUN" or "anim" not in reading.tag or not all(any(p.tag.case == "gent" for p in parses(w)) for w in rest):
            return False
        if not any(best_pos(w) == "NOUN" and "inan" in parses(w)[0].tag for w in rest) \
                or not any(best_pos(w) == "ADJF" for w in rest):
            return False  # "глава компании": a bare body's noun takes up the one named before
        lemma = morph.lemma(head.low)
        return not any(morph.lemma(w.low) == lemma for w in self.roster.words_between(0, start) if w.is_word)

    def _named_since_speaker(self, post, words, start, gender):
        """A bare noun ("адвокат") right after the text has named someone with it, since
        the last speaker's words ("Представитель ответчика Гульмира Ташенова заявила ...
        Интересы дольщиков представляла адвокат Жанна Оспанова. — ..., — подчеркнула
        адвокат"): the one named with it, not the one who spoke before."""
        content = [w for w in words if w.is_word]
        if len(content) > BARE_WORDS or gender not in ("masc", "femn"):
            return None
        said = self._last_said(start)
        since = said.end if said is not None and start - said.end <= JUST_SPOKEN_REACH else None
        if since is None:
            return None
        seen = {surname_stem(e.name): (e.id, e.name) for at, role, e in self.registry.holders(post)
                if since <= at < start and attested(self.text, e, role) and self._fits(e, gender)}
        for at, name, _ in self.roster.named_with(post):
            if since <= at < start and fits(self._holder_gender(name), gender):
                seen.setdefault(surname_stem(name), (self._entity_named(name), name))
        if len(seen) != 1:
            return None
        return (*next(iter(seen.values())), True)

    def _subject_taken_up(self, post, words, start, gender):
        """A bare "специалист" (quote_taken_up_sources.txt) after a sentence whose subject is
        one named person of its gender: that person, not someone new."""
        if post not in word_set("quote_taken_up_sources.txt") or gender not in ("masc", "femn") \
                or len([w for w in words if w.is_word]) > 1:
            return None
        sentence = self._narrative_before(start)
        found = self._subject(self.roster.sentence_start(max(0, sentence - 1)), sentence, gender, first=True)
        return found[1] if found else None

    def _interlocutor(self, words, start):
        """A bare "собеседник" right after a named person has spoken, with no unnamed
        source since ("По словам Сатыбалдиева, ... — Мы готовы ..., — признался
        собеседник"): the one the journalist is talking to, not a source kept unnamed."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or morph.lemma(content[0].low) not in word_set("quote_interlocutors.txt"):
            return None  # "Источник сообщил": a source is nobody named
        said = self._last_said(start)
        if said is None or said.gender is None or start - said.end > JUST_SPOKEN_REACH:
            return None
        if any(w.is_word and morph.lemma(w.low) in word_set("quote_unnamed_sources.txt")
               for w in self.roster.words_between(said.end, start)):
            return None  # "сообщил источник в правительстве ... — добавил собеседник"
        return said.entity, said.name, True

    def _holder_speaking(self, post, holder, words, start, gender, level):
        """"Абдуллаев предложил ... Как подчеркнул министр": of two holders of a post in
        play (a minister hosting a colleague), the one who has just spoken, when the text
        names them with that post too and has not named the other again since. A
        leader's phrase ("Глава государства") is the host's title, not this rule's."""
        head = next((w for w in words if w.is_word), None)
        if head is None or canonical(morph.lemma(head.low)) != canonical(post):
            return None
        recent = self._recent(start, gender or ANY_GENDER, any_gender=gender is None)
        if recent is None or recent.name == holder or start - recent.end > JUST_SPOKEN_REACH \
                or not fits(names.gender_of(recent.name), gender or post_gender(words)) \
                or not self._seen_holding(recent, post, start, post_places(words), level):
            return None  # "актриса" is not the man who has just spoken of her
        stem = surname_stem(holder)
        if any(w.is_upper and w.low.replace("ё", "е").startswith(stem)
               for w in self.roster.words_between(recent.end, start)):
            return None  # "..., — сказал Абдуллаев. Икбал ответил, что ... – добавил министр"
        return recent.entity, recent.name, True

    def _seen_holding(self, said: Said, post: str, start: int, places, level) -> bool:
        """Whether the text names a speaker with ``post`` (or its alias) before ``start``,
        as the rules read it or the entities stage did, in the places and at the level
        the phrase names ("аким города" is no "аким района")."""
        stem = surname_stem(said.name)
        if any(s < start and surname_stem(name) == stem and places <= gap and self._at_level(gap, level)
               for s, name, gap in self.roster.named_with(post)):
            return True
        entity = self.registry.by_id.get(said.entity) if said.entity else None
        return entity is not None and any(
            r.start < start and canonical(post_key(r.title)) == canonical(post) and attested(self.text, entity, r)
            and in_places(r, places)
            and self._at_level(frozenset(morph.lemma(w.low) for w in tokenize(r.text) if w.is_word), level)
            for r in entity.roles)

    @staticmethod
    def _at_level(lemmas: frozenset, level: str | None) -> bool:
        """Whether a title names the level a post phrase asks for, if it asks for one."""
        return level is None or level in levels(lemmas)

    def _owner_before_relative(self, start, gender):
        """A description opening a relative clause ("письмо, в котором политик") whose
        sentence has named one person before it after a common noun ("смерть Томаса
        Шефера"): the thing the clause is about is theirs, so are the words. A
        description heading the main clause ("Комментируя слова Путина, политик") is
        someone else."""
        sentence = self.roster.sentence_start(start)
        comma = self.text.rfind(",", sentence, start)
        lead = tokenize(self.text, comma + 1, start) if comma >= 0 else []
        if not lead or len(lead) > RELATIVE_LEAD or not any(w.low.startswith(RELATIVE) for w in lead):
            return None
        owners = {e.id: e for s, m_end, e in self.registry.overlapping(sentence, comma)
                  if e.type == "PER" and m_end <= comma and self._fits(e, gender)
                  and self._of_a_thing(s, m_end) and not self.roster.quoted_at(s)}
        if len(owners) != 1:
            return None
        owner = next(iter(owners.values()))
        return owner.id, owner.name, True

    def _of_a_thing(self, start, end) -> bool:
        """A name right after a thing's noun ("дневник Сергея Ланина", "смерть Шефера"):
        its owner, not a post's holder ("министр Сергей Ланин")."""
        before = [w for w in tokenize(self.text, max(0, start - TITLE_REACH), start) if w.is_word]
        return possessor(self.text, start, end) or bool(before) and not before[-1].is_upper \
            and best_pos(before[-1]) == "NOUN" and "inan" in parses(before[-1])[0].tag

    def _speaking_here(self, words, start, gender):
        """A bare post ("депутат") closing a paragraph where one person named in it has
        been speaking and holds no post of their own: that person, before anyone named
        with the post earlier ("Депутат фракции Жанар Оспанова" two paragraphs back)."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or gender not in ("masc", "femn") or someone_else(words):
            return None  # "Злоумышленник утверждал" in the victim's paragraph is not the victim
        post = morph.lemma(content[0].low)
        paragraph = self._speaking_paragraph(start, post)
        recent = self._recent(start, gender)
        entity = self.registry.by_id.get(recent.entity) if recent and recent.entity else None
        if entity is None or recent.end < paragraph or recent.gender != gender \
                or not any(paragraph <= m.start < start for m in entity.mentions) \
                or any(attested(self.text, entity, r) for r in entity.roles):
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
                or entity is None and surname_stem(name) in self.text[:start].lower().replace("ё", "е"):
            return None
        return self._just_spoken(words, start)

    def _just_spoken(self, words, start):
        """The person a bare common noun ("эксперт", "официальный представитель") takes
        up: the last speaker, named a few sentences back, of the noun's gender."""
        content = [w for w in words if w.is_word]
        noun = person_noun(content[-1]) if content else None  # "нападающий" is a noun too
        if not content or len(content) > BARE_WORDS or noun.tag.POS != "NOUN" \
                or any(best_pos(w) != "ADJF" for w in content[:-1]) \
                or not {"anim", "sing"} <= set(noun.tag.grammemes) \
                or not any(c in noun.tag for c in ("nomn", "gent")):
            return None  # "в региональном минобре": a place, not a person speaking
        gender = noun_gender(words)
        body = self._spokesman(start, gender, JUST_SPOKEN_REACH) if gender else None
        if body is not None:  # "Чиновник подчеркнул" after "Представитель министерства сообщил"
            return body.entity, body.name, False
        recent = self._recent(start, gender or ANY_GENDER, any_gender=gender != "femn")
        if recent is None or start - recent.end > JUST_SPOKEN_REACH or recent.gender is None \
                or self._other_post(recent.entity, words, start) \
                or self._in_another_office(recent.entity, words, start):
            return None
        if someone_else(words) and not self._seen_as((recent.entity, recent.name), words):
            return None  # "Прокурор просил" after the lawyer has spoken: not the lawyer
        introduced = self._introduced(recent, start, gender)
        if introduced is not None:  # "Иначе считает директор центра Сергей Белоусов. Как полагает эксперт"
            return introduced.id, introduced.name, True
        return recent.entity, recent.name, True

    def _introduced(self, recent: Said, start: int, gender) -> Entity | None:
        """A person named for the first time as the subject of the sentence just before
        ``start``'s, after the last speaker, as holding a view ("Иную позицию занимает
        ..."), or one that sentence opens with emphatically ("Сам Лыков записал
        обращение. — ..., — сказал нападающий."): the newcomer a bare noun takes up."""
        # "— ... Спасибо каждому, — сказал нападающий.": the sentence the quoted words open
        quoted = self._quote[0] if self._quote and self._quote[0] < start else start
        sentence = self.roster.sentence_start(quoted)
        before = self.roster.sentence_start(max(0, sentence - 1))
        if before == sentence or before < recent.end:
            return None
        opening = [w for w in tokenize(self.text, before, sentence) if w.is_word]
        emphatic = bool(opening) and opening[0].low in EMPHATIC  # "Сам Лыков записал видеообращение"
        if not emphatic and not any(morph.lemma(w.low) in word_set("quote_view_words.txt") for w in opening):
            return None
        found = self._subject(before, sentence, gender, first=emphatic)
        entity = self.registry.by_id.get(found[1][0]) if found and found[1][0] else None
        # "Сам X" sets the one spoken about against those who spoke: named before or not
        if entity is None or entity.id == recent.entity \
                or not emphatic and min(m.start for m in entity.mentions) < before:
            return None
        return entity

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

    def _described(self, start, gender, qualifiers, words=(), end=None):
        """The person a description ("87-летний политик", "Новый глава GM") refers to: a
        subject named since the last speaker (or in the sentence before, when nobody has
        spoken), else that speaker, else the article's main person. An office with its
        qualifiers ("министр информации") must be seen with them near that person's name;
        an office is no one's who holds another ("Президент" after "пресс-секретарь
        Президента Руслан Желдибай" has spoken). Nobody named ((None, None, True)) when a
        person introduced without a name is the newer subject ("Одна из дольщиц"), or
        when the description stands inside someone's quoted words (a person of their story)."""
        if self._in_verbatim(start):
            return None, None, True  # "Вахтерша кричала: ..." in a student's words: one of her story
        recent = self._recent(start, gender, any_gender=gender is None)
        sentence = self._narrative_before(start)
        # with nobody speaking yet, only the sentence before may introduce the person
        since = self.roster.next_sentence(recent.end) if recent \
            else self.roster.sentence_start(max(0, sentence - 1))
        newer = self._subject(since, sentence, gender, first=False)
        nobody = self.roster.unnamed_subject(since, sentence, gender, introduced=True) \
            if gender in ("masc", "femn") else None
        if nobody is not None and (newer is None or nobody > newer[0]):
            return None, None, True  # "Одна из дольщиц рассказала ... — сказала женщина": nobody named
        main = self._main_person(gender)
        if newer and (recent or main) and self._named_again(recent or main, newer[0], start):
            newer = None
        if newer and (self._other_post(newer[1][0], words, start) or self._named_in_another_office(newer[1][0], words)):
            newer = None
        if newer and (recent or main) and self._fits_other(newer[1][1], recent or main, words, start, not recent):
            newer = None  # "принц Филипп" is no "79-летний монарх": the king spoken of is
        if recent and self._other_post(recent.entity, words, start):
            recent = None
        found = newer[1] if newer else (recent.entity, recent.name, True) if recent \
            else (main.entity, main.name, True) if main else None
        if found is not None and not newer:
            found = self._called_by_noun(words, start, gender, found) or found
        if found is None or qualifiers is None:
            return found
        return found if self._seen_with(found[1], qualifiers) else None

    def _named_in_another_office(self, entity_id, words) -> bool:
        """"Тренер сказал" after "Аким города Ерлан Касымов": the akim is no coach."""
        entity = self.registry.by_id.get(entity_id) if entity_id else None
        head = next((morph.lemma(w.low) for w in words if w.is_word and best_pos(w) == "NOUN"), None)
        return entity is not None and head is not None and head in posts() \
            and another_office([r.title for r in entity.roles], head)

    def _called_by_noun(self, words, start, gender, found):
        """"скандальный кандидат" while a student has been speaking, after "кандидата в
        президенты Дональда Трампа": a description whose noun the text put before one
        person's name is that person, not the speaker the text never called so."""
        head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
        if head is None or found[1] is None or self._seen_as(found, words):
            return None
        seen = [name for at, name, _ in self.roster.posts().get(person_noun(head).normal_form, ()) if at < start]
        holder = seen[-1] if seen else None  # named so before: a later namesake is not yet known
        if holder is None or holder == found[1] or not fits(self._holder_gender(holder), gender):
            return None
        return self._entity_named(holder), holder, True

    def _narrative_before(self, start: int) -> int:
        """Where the narrative a description takes its person from ends: the start of the
        speaker's sentence, or of the quote's when its words come first ("Одна из
        пострадавших, жительница Тагила Валентина Крюкова, ... <block of her words> —
        рассказала пенсионерка"): the people named in the words are not the narrative's."""
        sentence = self.roster.sentence_start(start)
        quote = self._quote
        if quote is None or not quote[0] < start or quote[0] >= sentence:
            return sentence
        return self.roster.sentence_start(quote[0])

    def _fits_other(self, name: str, other: Said, words, start: int, main: bool = False) -> bool:
        """Whether a description's noun fits the post ``other`` has been named with, or
        ``other`` is the article's main person named with none, and none ``name`` has
        ("король Альберт II" and "принц Филипп" for "монарх"); a newcomer named with a
        kindred word ("солистка" for "певица") keeps them."""
        head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
        if head is None or other.name == name:
            return False
        noun = person_noun(head).normal_form
        theirs, ours = self._posts_seen(name, start), self._posts_seen(other.name, start)
        # "сценарист Дэвид О. Расселл" is no "актёр", whom the article's main person may be
        # though never called so (a speaker never called so may be a newcomer's colleague)
        return bool(theirs) and not description_covers(noun, theirs) \
            and (description_covers(noun, ours) if ours else main)

    def _posts_seen(self, name: str, start: int) -> set:
        """The posts (of posts.txt) the text has named a person with before ``start``."""
        parts = {name_stem(p) for p in name.split() if len(p) > 2}  # "принца Карла" is Карл's
        posts = word_set("posts.txt")
        seen = set()
        for lemma, found in self.roster.posts().items():
            for at, named, gap in found:
                if at < start and parts & {name_stem(p) for p in named.split()}:
                    seen |= {p.replace("ё", "е") for p in (lemma, *gap)} & posts
        return seen

    def _seen_as(self, person, words) -> bool:
        """Whether the text names ``person`` with the head noun of ``words`` ("Судья Игорь
        Волков" for "60-летний судья")."""
        head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
        lemma = person_noun(head).normal_form if head is not None else None
        entity = self.registry.by_id.get(person[0]) if person[0] else None
        if entity is not None and any(post_key(r.title) == lemma and attested(self.text, entity, r)
                                      for r in entity.roles):
            return True
        return any(name == person[1] for _, name, _ in self.roster.posts().get(lemma, ()))

    def _seen_with(self, name: str, qualifiers: frozenset) -> bool:
        """Whether a qualifier of an office stands within a few words of a mention of
        the person: "General Motors (GM) Эдвард Уитакер" for "глава GM"."""
        surname = surname_stem(name)
        words = self.roster.words
        for k, w in enumerate(words):
            if w.is_upper and w.low.startswith(surname):
                near = words[max(0, k - OFFICE_REACH):k + OFFICE_REACH]
                if qualifiers <= {qualifier(v) for v in near if v.is_word} | initials(near):
                    return True
        return False
