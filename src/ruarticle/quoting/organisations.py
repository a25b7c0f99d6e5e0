"""Resolver methods for bodies: named by a common noun, spoken for, of a kind, of a state."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .. import morph, places, posts
from ..records import Entity
from ..resources import word_set
from . import functional, names
from .lexicon import org_head
from .words import Word, best_pos, is_latin, is_name_like, is_person_name, is_proper, parses, tokenize
from .bodies import (body_kinds, country_adjective, led_bodies, media_name, other_body, served_bodies,
                     spokesman_title, spokesperson, staff_bodies)
from .functional import marked
from .np_words import time_noun
from .offices import attested
from .persons import MIN_STEM_MATCH, maker, noun_number, person_noun
from .said import JUST_SPOKEN_REACH, RECENT_REACH

REGIONS = frozenset({"область", "край", "республика", "округ"})
CITIES = frozenset({"город", "столица"})
CLIPPED_ENDINGS = ("", "а", "у", "е", "ом")  # "минобре" is "минобр", which no dictionary knows
ORGANISERS = frozenset({"организатор"})  # the people an event's organiser speaks through
ORGANISING = frozenset({"организовать", "организовывать"})  # verbs saying who organised it
MAIN_BODY_TIMES = 3  # times an article names the body it is about, at least
MIN_NAME_STEM = 4  # letters of a name's stem counted in the text ("Анга" of "Ангара")
NAME_ENDING = 2  # letters a name's case ending may change ("Ледокол", "Ледокола")


class Organisations:
    """Resolver's methods that find a body; mixed into ``Resolver``, which holds the state."""

    def _led_body(self, words, start):
        """"По данным акимата" after "аким Павлодарской области Марат Оспанов": a body
        named by its bare noun is the one its head was last named as heading."""
        content = [w for w in words if w.is_word]
        post = led_bodies().get(morph.lemma(content[0].low)) if len(content) == 1 and not content[0].is_upper else None
        if post is None:
            return None
        held = [r.text.split(maxsplit=1)[1] for _, r, e in self.registry.holders(post)
                if r.start < start and len(r.text.split()) > 1 and attested(self.text, e, r)]
        return (None, f"{morph.lemma(content[0].low).capitalize()} {held[-1]}", False) if held else None

    def _of_named_place(self, words, name: str, start: int) -> str:
        """"Мэрия столицы" after "мэрии Бишкека" -> "Мэрия Бишкека"; "управление
        здравоохранения региона" after "полиции Алматинской области" -> "Управление
        здравоохранения Алматинской области": a body of a place named by a common noun
        is the body of the place the article has named."""
        content = [w for w in words if w.is_word]
        parts = name.split()
        if len(content) < 2 or len(parts) < 2 or any(w.is_upper and w is not content[0] for w in content) \
                or morph.lemma(content[-1].low) not in word_set("quote_generic_places.txt") \
                or morph.lemma(parts[-1].lower()) != morph.lemma(content[-1].low):
            return name  # "Акимат Туркестанской области" for "акимата региона" names its place
        head = " ".join(parts[:-1])
        if len(content) == 2:  # "мэрии Бишкека": the same body named with its place before
            found = self.roster.named_body(morph.lemma(content[0].low), start)
            if found is not None and not any(e.type != "LOC" for _, _, e in self.registry.overlapping(*found[:2])):
                return f"{head} {found[2]}"
        place = morph.lemma(content[-1].low)
        if place in CITIES:  # "хокимияте города" after "В Ташкенте": the city named last
            city = self.registry.latest_city(start)
            return f"{head} {names.genitive(city)}" if city else name
        kinds = REGIONS if place == "регион" else {place}  # "региона" is its oblast, krai, republic
        region = self._latest_region(start, kinds)
        return f"{head} {names.genitive(region)}" if region else name

    def _latest_region(self, start: int, kinds) -> str | None:
        """The name of the place of one of ``kinds`` ("область") named last shortly before
        ``start``, or None."""
        regions = [e for s, m_end, e in self.registry.overlapping(max(0, start - RECENT_REACH), start)
                   if e.type == "LOC" and m_end <= start and e.name.split()[-1].lower() in kinds]
        return regions[-1].name if regions else None

    def _regional_ministry(self, words, start):
        """"регионального минздрава", "В региональном минобре": a ministry clipped in lower
        case after a word of the region ("областной", "краевой") is that ministry of the
        region the article has named last: "Министерство здравоохранения Омской области"."""
        content = [w for w in words if w.is_word]
        if len(content) != 2 or any(w.is_upper for w in content) \
                or morph.lemma(content[0].low) not in word_set("quote_regional_adjectives.txt"):
            return None
        full = _clipped_ministry(content[1].low)
        if full is None:
            return None
        region = self._latest_region(start, REGIONS)
        return None, f"{full} {names.genitive(region)}" if region else full, False

    def _city_body(self, words, start):
        """"По данным мэрии", "в пресс-службе мэрии": a city's own body named by its bare
        noun is the body of the city the article has named last ("Мэрия Красноярска")."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or content[0].is_upper \
                or morph.lemma(content[0].low) not in word_set("quote_city_bodies.txt"):
            return None
        city = self.registry.latest_city(start)
        return (None, f"{morph.lemma(content[0].low).capitalize()} {names.genitive(city)}", False) if city else None

    def _acronym_in_form(self, name: str) -> str | None:
        """"АО «НК «КТЖ»" -> "Казахстан темир жолы": an abbreviation behind legal-form
        words takes the full name the article spells out for it."""
        content = [w for w in tokenize(name) if w.is_word]
        if len(content) < 2 or not content[-1].text.isupper() or len(content[-1].text) < 2 \
                or any(body_kinds().get(w.low) != "company" for w in content[:-1]):
            return None
        return self._full_name(content[-1].text)

    def _spoken_for_noun(self, words, start):
        """"Пресс-секретарь группы" -> the group the article has named with that noun
        ("рок-группы Rolling Stones"): the body its noun alone takes up."""
        noun = _spoken_for(words)
        return self._body_by_noun([noun], start) if noun is not None else None

    def _spoken_for_clipped(self, words, start):
        """A spokesperson of a clipped compound ("пресс-служба кабмина") speaks for the
        organisation named before by the full name it stands for ("Кабинет министров
        Кыргызстана")."""
        noun = _spoken_for(words)
        if noun is None:
            return None
        full = posts.org_words().get(morph.lemma(noun.low), ("", ""))[1]
        head = [w for w in tokenize(full) if w.is_word][:1]
        body = self.registry.latest_body(morph.lemma(head[0].low), start) if head else None
        return (body.id, body.name, False) if body is not None else None

    def _service_of(self, words, end):
        """A press service named by whom it serves, without a name ("пресс-служба
        президента государства", "в пресс-службе оборонного ведомства"): the post's
        holder or the body of that kind, as the words after the head find them alone."""
        content = [w for w in words if w.is_word]
        while len(content) > 2 and best_pos(content[0]) == "ADJF" and not content[0].is_upper:
            content = content[1:]  # "официальный сайт клуба"
        if len(content) < 2 or not _press_service_word(content[0]):
            return None
        served = self._served_body(words, content, end)
        if served is not None:  # "пресс-служба главы кабмина": the government's press office
            return served
        if any(is_proper(w) or w.is_upper for w in content[1:]):
            return None
        rest = [w for w in words if w.start >= content[1].start]
        found = self._city_body(rest, end) or self._body_of_kind(rest, rest[0].start) or self._post_or_description(rest, rest[0].start, end, None)
        return found if found and found[1] else None

    def _served_body(self, words, content, end):
        """"пресс-служба главы кабмина", "пресс-служба акимата региона": the press office
        of a collective body (or of its leader) is the body's own, so the body speaks: as
        the article names it in full, else the government of the country in play, else a
        local body by the place its head was named with."""
        k = 2 if len(content) > 2 and morph.lemma(content[1].low) in word_set("quote_leader_posts.txt") else 1
        noun = morph.lemma(content[k].low)
        head = served_bodies().get(noun)
        if head is None or any(w.is_upper and not w.text.isupper() for w in content[k + 1:]):
            return None
        place = self._holder_place(head, end) if head != "-" else None
        if place:  # a local body by its head's place, surer than a name the entities guessed
            return None, f"{noun.capitalize()} {place}", False
        full = posts.org_words().get(noun, ("", ""))[1] or noun
        body = self.registry.latest_body(morph.lemma(full.split()[0].lower()), end)
        if body is not None and len(body.name.split()) > 1 and body.name[:1].isupper():
            return body.id, body.name, False
        if head != "-":
            return None
        country = self.roster.country_in_play()
        return None, f"Правительство {names.genitive(country)}" if country else "Правительство", False

    def _holder_place(self, post: str, before: int) -> str | None:
        """The place words a post's latest holder was named with, as written: "Туркестанской
        области" of "акима Туркестанской области Бахытжана Оразалиева"."""
        seen = [x for x in self.roster.posts().get(post, ()) if x[0] < before and x[2]]
        if not seen:
            return None
        at, _, gap = max(seen)
        after = self.roster.words_between(at, len(self.text))[1:]
        run = []
        for w in after:
            if not w.is_word or morph.lemma(w.low) not in gap:
                break
            run.append(w.text)
        return " ".join(run) or None

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
            named = body is not None and len(body.name.split()) > 1 and _same_adjectives(content[:-1], body.name)
            return (body.id, body.name, False) if named else None
        at = [e for _, _, e in self.registry.overlapping(*found[:2])]
        bodies = [e for e in at if e.type == "ORG"]
        if bodies and all(press_service(e.name) for e in bodies):
            return None  # "акимата" after "пресс-служба акимата мегаполиса": the body, not its press service
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
        kind = body_kinds().get(lemma)
        if kind is None or best_pos(noun) != "NOUN" or noun.text.isupper() or is_proper(noun) \
                or not any("sing" in p.tag for p in parses(noun)):
            return None
        mine = self._opening_body(self.roster.sentence_start(start), start)
        if mine is not None and self._of_kind(mine, kind):  # "Авиакомпания «X» отменила рейсы,
            return mine.id, mine.name, False                # сообщила пресс-служба перевозчика"
        subject = self._body_subject(start, own=kind == "office")
        if subject is not None and (self._of_kind(subject, kind) or lemma in word_set("quote_anaphoric_bodies.txt")
                                    and (kind == "office" or not other_body(subject.name, kind))):
            # "Прокуратура начала проверку, передает ТАСС. По данным агентства": no agency
            return subject.id, subject.name, False
        same = self._same_noun_spoken(lemma, start) if len(content) == 1 else None
        if same is None and kind == "office" and len(content) == 1:
            same = self._office_just_spoken(start)
        if same is not None:  # "сообщает Национальное агентство вина. По данным агентства": no news agency
            return same.entity, same.name, False
        found = [(s, e) for s, m_end, e in self.registry.overlapping(max(0, start - RECENT_REACH), start)
                 if e.type == "ORG" and m_end <= start and self._of_kind(e, kind)]
        country = country_adjective(content[:-1])
        if country is not None:  # "румынское ведомство": a body of Romania
            found = [(s, e) for s, e in found if e.country == country.code or country.name.lower()
                     in {morph.lemma(w.low) for w in tokenize(e.name) if w.is_word}]
            if not found:
                return None
        named = [(s, e) for s, e in found if not self._oblique_at(s)] or found
        if named:
            return named[-1][1].id, named[-1][1].name, False
        described = self.roster.described_body(lemma, start) if kind == "office" and len(content) == 1 else None
        if described:  # "утвердил комитет по тарифам и ценам Курской области. В комитете пояснили"
            return None, described, False
        if kind in ("media", "company", "club"):  # an outlet is no police or ministry that has just spoken
            said = next((b for b in reversed(self._said) if b.end <= start and b.gender is None
                         and start - b.end <= RECENT_REACH), None)
            if said and not other_body(said.name, kind) and not (kind != "media" and self._outlet(said)):
                return said.entity, said.name, False
            near = self._body_near(start, kind) or self._main_body(start, kind) if kind != "media" else None
            return (near.id, near.name, False) if near else (None, None, False)
        return None

    def _body_just_spoken(self, start: int):
        """The last speaker when it is a body (no person) that spoke shortly before, or None."""
        said = self._last_said(start)
        if said is None or said.gender is not None or start - said.end > JUST_SPOKEN_REACH:
            return None
        return said

    def _same_noun_spoken(self, lemma: str, start: int):
        """The body that has just spoken when its name has the noun ``lemma`` itself
        ("Национальное агентство вина" for "агентства"), or None."""
        said = self._body_just_spoken(start)
        return said if said and lemma in {morph.lemma(w.low) for w in tokenize(said.name) if w.is_word} else None

    def _office_just_spoken(self, start: int):
        """"По данным Министерства иностранных дел Армении, ... В ведомстве также сообщили":
        a bare "ведомство" goes on with the state body that has just spoken, though another
        one was named as a subject before it; None when the last speaker is no such body."""
        said = self._body_just_spoken(start)
        if said is None or self._outlet(said):
            return None
        entity = self.registry.by_id.get(said.entity) if said.entity else None
        return said if entity is not None and self._of_kind(entity, "office") else None

    def _kind_just_spoken(self, words, start):
        """"В пресс-службе «Уральца» поблагодарили Лыкова. «...», — добавили в клубе": a bare
        noun of a club or a company goes on with the body that has just spoken, when it may
        be of that kind (no outlet, no ministry), before the club the headline is about."""
        content = [w for w in words if w.is_word]
        kind = body_kinds().get(morph.lemma(content[0].low)) if len(content) == 1 and not content[0].is_upper else None
        said = self._body_just_spoken(start) if kind in ("company", "club") else None
        if said is None or other_body(said.name, kind) or self._outlet(said) or press_service(said.name):
            return None
        return said.entity, said.name, False

    def _outlet(self, said) -> bool:
        """Whether a body that has spoken is a news outlet ("портала «Футбольные цифры»"):
        no club or company."""
        entity = self.registry.by_id.get(said.entity) if said.entity else None
        entity = entity or next((e for e in self.registry.entities if e.type == "ORG" and e.name == said.name), None)
        return media_name(said.name) or entity is not None and self._of_kind(entity, "media")

    def _body_near(self, start: int, kind: str) -> Entity | None:
        """"Спортивный директор «Приволжья» опроверг слухи. Как сообщили в пресс-службе
        клуба": the body named last in this sentence or the one before, no outlet and no
        body of another kind."""
        # a quote before its attribution counts as the attribution's own sentence: "В «X» не
        # согласились. «...», — сказали в пресс-службе компании" takes up X
        anchor = min(start, self._quote[0]) if self._quote else start
        lo = self.roster.sentence_start(max(0, self.roster.sentence_start(anchor) - 1))
        found = [e for _, m_end, e in self.registry.overlapping(lo, start) if m_end <= start and self._may_be(e, kind)]
        return found[-1] if found else None

    def _may_be(self, entity: Entity, kind: str) -> bool:
        """Whether an organisation may be a body of ``kind`` (a club, a company): no outlet,
        no body headed by another kind's noun, no spokesman or press service."""
        return entity.type == "ORG" and not self._of_kind(entity, "media") and not other_body(entity.name, kind) \
            and not spokesman_title(entity.name) and not press_service(entity.name)

    def _main_body(self, start: int, kind: str) -> Entity | None:
        """"Как сообщила пресс-служба клуба" in a match report naming «Ледокол» seven times and
        «Тайфун» three: with no body of the kind named close before, the one the article names
        most (headline, captions and tags included) is the one it is about; a tie names none."""
        named = {e.id: e for _, m_end, e in self.registry.overlapping(0, start) if m_end <= start and self._may_be(e, kind)}
        counts = sorted(((self._times_named(e.name), e) for e in named.values()), key=lambda x: -x[0])
        if not counts or counts[0][0] < MAIN_BODY_TIMES or len(counts) > 1 and counts[1][0] == counts[0][0]:
            return None
        return counts[0][1]

    def _times_named(self, name: str) -> int:
        """How many words of the text open with the stem of a body's name ("Ледокол",
        "«Ледокола»", "ХК «Ледокол»"), in any case."""
        first = next((w.low for w in tokenize(name) if w.is_word), "")
        stem = first[:max(MIN_NAME_STEM, len(first) - NAME_ENDING)]
        if len(stem) < MIN_NAME_STEM:
            return 0
        if stem not in self._name_counts:
            self._name_counts[stem] = sum(w.low.startswith(stem) for w in self.roster.words if w.is_word)
        return self._name_counts[stem]

    def _oblique_at(self, start: int) -> bool:
        """Whether a name at ``start`` stands in an oblique case: after a preposition or a
        noun that cannot be nominative ("со ссылкой на газету Asharq Alawsat")."""
        k = bisect_left(self.roster.starts, start)
        ws = self.roster.words
        m = k - 1
        while m >= 0 and ws[m].text in "«\"„":
            m -= 1
        before = ws[m] if m >= 0 and ws[m].is_word else None
        if before is not None and time_noun(before):
            before = None  # "опубликовал 24 декабря «Коммерсантъ»": a date, then the subject
        if before is not None and (best_pos(before) == "PREP" or best_pos(before) == "NOUN"
                                   and not before.is_upper and not any("nomn" in p.tag for p in parses(before))):
            return True
        first = ws[k] if k < len(ws) and ws[k].is_word else None
        return first is not None and morph.known(first.low) and not is_latin(first) \
            and not first.text.isupper() and not any("nomn" in p.tag for p in parses(first))

    def _of_kind(self, entity: Entity, kind: str) -> bool:
        key = (entity.id, kind)
        if key not in self._kinds:
            nouns = {lemma for lemma, k in body_kinds().items() if k == kind}
            named = {morph.lemma(w.low) for w in tokenize(entity.name) if w.is_word}
            by_name = media_name(entity.name) if kind == "media" else bool(named & nouns) \
                or kind == "office" and _office_name(entity.name)
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
        k = spokesperson(words)
        content = [w for w in words if w.is_word]
        if k is None or len(content) < k + 2 or content[k].is_upper \
                or not org_head(content[k]) or not all(is_name_like(w) for w in content[k + 1:]):
            return None
        led = self.roster.led_by(content[-1].low[:MIN_STEM_MATCH], start)
        return (None, led, False) if led else None

    def _organisation(self, words, start):
        named = names.organisation(words)
        content = [w for w in words if w.is_word]
        if not any(is_proper(w) for w in content) and noun_number(words) != "plur" \
                and morph.lemma(content[-1].low) in word_set("quote_anaphoric_bodies.txt"):
            subject = self._body_subject(start, own=body_kinds().get(morph.lemma(content[-1].low)) == "office")
            if subject is not None:  # "Прокуратура района организовала проверку. Ведомство сообщило"
                return subject.id, subject.name, False
            said = self._recent_body(start, morph.lemma(content[-1].low))
            if said and not _other_kind(said.name, content[-1]):  # "румынское ведомство": the body
                return said.entity, said.name, False                # that has just spoken
        if named is None and len([w for w in words if w.is_word]) == 1:
            lemma = morph.lemma(words[0].low)
            said = self._recent_body(start, lemma, same_only=True)
            body = self.registry.latest_body(lemma, start) if said is None else None
            if body is not None:  # "Суд" -> "Европейский суд по правам человека"
                return body.id, body.name, False
            said = said or self._recent_body(start, lemma)
            # "по данным издания" -> the outlet named before; but "Суд расценил" after the words
            # of an outlet, or of a body whose foreign name shows no kind, is no such body, nor
            # is "компании" the antimonopoly service that has just spoken
            if said and (lemma in word_set("quote_media_heads.txt") or not self._outlet(said)
                         and not is_latin(tokenize(said.name)[0])) and not _other_kind(said.name, words[0]):
                return said.entity, said.name, False
        return None, named, False

    def _staff_of(self, words, end):
        """"Синоптики Алтайского ЦГМС", "экспертов Евразийского банка развития": people
        named by their trade before the body they work for speak for that body."""
        content = [w for w in words if w.is_word]
        if len(content) < 2 or is_proper(content[0]) or morph.lemma(content[0].low) not in staff_bodies() \
                or not {"anim", "plur"} <= set(person_noun(content[0]).tag.grammemes):
            return None
        body = next((e for s, m_end, e in self.registry.overlapping(content[1].start, end)
                     if e.type == "ORG" and m_end >= content[-1].end and _described_from(content[1:], s)), None)
        return (body.id, names.head_nominative(tokenize(body.name)) or body.name, False) if body else None

    def _body_named_in(self, words, start, end):
        """"биржи LME", "Главное управление МЧС России", "Всемирная продовольственная
        программа ООН (ВПП)": a phrase no other rule names, yet with a body named in it,
        is that body speaking, by the full name its bracketed abbreviation stands for, else
        by the run of names it writes. Not when a person is named in it or one person
        heads it ("член политсовета «Единой России»" is someone of the body)."""
        content = [w for w in words if w.is_word]
        head = next((w for w in content if best_pos(w) == "NOUN"), None)
        if head is None or maker(head) \
                or {"anim", "sing"} <= set(person_noun(head).tag.grammemes) and not head.text.isupper():
            return None  # "Владельцы WFC" own the body and speak for themselves
        inside = [(s, m_end, e) for s, m_end, e in self.registry.overlapping(start, end)
                  if s >= start and m_end <= end]
        if any(e.type == "PER" for _, _, e in inside):
            return None
        bodies = sorted(((s, -m_end, e) for s, m_end, e in inside if e.type == "ORG" and _proper_body(e.name)),
                        key=lambda x: x[:2])
        if not bodies:
            return None
        last = content[-1]
        if words[-1].text == ")" and last.text in self.abbreviations:  # "... ООН (ВПП)"
            entity = next((e for s, _, e in bodies if s == last.start), None)
            return (entity.id if entity else None), self.abbreviations[last.text], False
        first, chain_end = bodies[0][2], -bodies[0][1]
        for s, neg_end, _ in bodies[1:]:
            if s > chain_end + 1:
                return None  # "ООН и ЕС": two bodies, neither the speaker alone
            chain_end = max(chain_end, -neg_end)
        if chain_end == -bodies[0][1]:
            return first.id, first.name, False
        whole = [w for w in tokenize(self.text, bodies[0][0], chain_end) if w.is_word]
        return first.id, names.head_nominative(whole) or first.name, False

    def _organiser(self, words, start):
        """"Акцию организовало движение «Зеленый берег». ... По данным организаторов": the
        organisers of an event are the body the text has said organised it, last before;
        None when it named none."""
        content = [w for w in words if w.is_word]
        if not content or content[0].is_upper or morph.lemma(content[0].low) not in ORGANISERS \
                or any(w.is_upper for w in content[1:]):
            return None
        before = self.roster.words_between(max(0, start - RECENT_REACH), start)
        verbs = [w for w in before if w.is_word and morph.lemma(w.low) in ORGANISING]
        for verb in reversed(verbs):
            lo = self.roster.sentence_start(verb.start)
            hi = next((w.start for w in before if w.start > verb.start and w.text in ".!?"), start)
            body = next((e for _, m_end, e in self.registry.overlapping(lo, hi) if e.type == "ORG" and m_end <= hi
                         and not self._of_kind(e, "media")), None)
            if body is not None:
                return body.id, body.name, False
        return None

    def _staff_body(self, words, start):
        """"По данным спасателей" right after "В ГУ МЧС сообщили": people named by a trade
        that one kind of body has ("спасатели", "синоптики") speak for the body of that
        kind that has just been named; farther off they are nobody in particular."""
        content = [w for w in words if w.is_word]
        marker = staff_bodies().get(morph.lemma(content[0].low), ("-",)) if len(content) == 1 else ("-",)
        if marker == ("-",):
            return None
        return self._spoken_or_named(start, lambda name: marked(name, marker), JUST_SPOKEN_REACH)

    def _regional_branch(self, words, start):
        """"По данным регионального управления МВД" after "в пресс-службе УМВД России по
        Тульской области": a regional office of a body written by its abbreviation is the
        branch of that body the article has named, the latest that has spoken, else the
        one named last ("УМВД", "ГУ МВД", "управление МЧС по ...")."""
        content = [w for w in words if w.is_word]
        if len(content) != 3 or morph.lemma(content[0].low) not in word_set("quote_regional_adjectives.txt") \
                or content[1].is_upper or best_pos(content[1]) != "NOUN" or not content[2].text.isupper():
            return None
        abbr, noun = content[2].text, morph.lemma(content[1].low)
        return self._spoken_or_named(start, lambda name: _branch_of(name, abbr, noun))

    def _bare_service(self, words, start):
        """"— говорится в ответе пресс-службы." after "В пресс-службе банка подтвердили": a
        press service named without whom it serves speaks for the body that has just spoken."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or not _press_service_word(content[0]):
            return None
        said = self._last_said(start)  # a person's press service is no body's
        if said is None or said.gender is not None or start - said.end > JUST_SPOKEN_REACH \
                or press_service(said.name):
            return None
        return said.entity, said.name, False

    def _there_body(self, words, start):
        """"Там отметили" after "сообщили в пресс-службе академии": the body that has just
        spoken; with none close before, nobody the rules can name."""
        content = [w for w in words if w.is_word]
        if len(content) != 1 or content[0].low != "там":
            return None
        said = next((s for s in reversed(self._said) if s.end <= start and s.gender is None
                     and start - s.end <= JUST_SPOKEN_REACH), None)
        return (said.entity, said.name, False) if said else (None, None, False)

    def _function_body(self, noun: str, start: int):
        """"По версии следствия", "в спецслужбе": the body of that function that spoke
        last, else the one the article names (``functional.named_body``); or None."""
        return self._spoken_or_named(start, functional.fits(noun),
                                     named=lambda: functional.named_body(self.registry, self.text, noun, start))

    def _spoken_or_named(self, start, fits, reach: int | None = None, named=None):
        """(id, name, False) of the body whose name ``fits`` that spoke last before
        ``start``, else of the one named last before it (or what ``named()`` finds);
        within ``reach`` characters if given."""
        lo = 0 if reach is None else max(0, start - reach)
        for said in reversed(self._said):
            if lo <= said.end <= start and said.gender is None and fits(said.name):
                return said.entity, said.name, False
        if named is not None:
            return named()
        found = [e for _, m_end, e in self.registry.overlapping(lo, start)
                 if e.type == "ORG" and m_end <= start and fits(e.name)]
        return (found[-1].id, found[-1].name, False) if found else None

    def _national_body(self, words, start, end):
        """"В российском Минфине", "Французский МИД": a body written by its short form
        after a country's adjective is that country's: "Министерство финансов России"."""
        content = [w for w in words if w.is_word]
        if len(content) != 2 or not content[1].is_upper or is_person_name(content[1]):
            return None
        country = country_adjective(content[:1])
        body = next((e for s, m_end, e in self.registry.overlapping(content[1].start, end)
                     if e.type == "ORG" and s == content[1].start and m_end == content[1].end), None)
        if country is None or body is None or country.code and body.country not in (None, country.code):
            return None
        place = names.genitive(country.name)
        return body.id, body.name if place in body.name else f"{body.name} {place}", False

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
                or not {"anim", "plur", "nomn"} <= set(person_noun(words[head]).tag.grammemes):
            return None
        after = words[head + 1].start
        return next((e for s, _, e in self.registry.overlapping(after, after + 1) if e.type == "ORG" and s == after),
                    None)

    def _body_subject(self, start, own: bool = False) -> Entity | None:
        """The organisation opening the sentence just before ``start``'s, as its subject;
        with ``own``, first the one opening ``start``'s own sentence ("Прокуратура области
        взяла дело на контроль, говорится на сайте ведомства")."""
        here = self.roster.sentence_start(start)
        found = self._opening_body(here, start) if own else None
        before = self.roster.sentence_start(max(0, here - 1))
        if found is not None or before == here:
            return found
        return self._opening_body(before, here)

    def _opening_body(self, lo: int, hi: int) -> Entity | None:
        """The organisation named first in [lo, hi), after adjectives at most: "Транспортная
        прокуратура взяла ..." names the body by the whole phrase."""
        for s, m_end, e in self.registry.overlapping(lo, hi):
            if e.type != "ORG" or m_end > hi:
                continue
            before = [w for w in tokenize(self.text, lo, s) if w.is_word]
            if s == lo:
                return e
            if before and all(best_pos(w) == "ADJF" and not is_proper(w) for w in before) \
                    and e.name[:1].islower():
                phrase = self.text[lo:m_end]
                return replace(e, name=phrase[:1].upper() + phrase[1:])
        return None

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


def _clipped_ministry(low: str) -> str | None:
    """"минздрава" -> "Министерство здравоохранения": the full name of a clipped ministry."""
    words = posts.org_words()
    for stem in dict.fromkeys([morph.lemma(low)] + [low[:-len(e)] if e else low for e in CLIPPED_ENDINGS
                                                    if low.endswith(e)]):
        full = words.get(stem, ("", ""))[1]
        if full.startswith("Министерство"):
            return full
    return None


def _other_kind(name: str, noun: Word) -> bool:
    """Whether a body's name shows it is no club or company that ``noun`` ("компании",
    "клуба") may take up: "Федеральная антимонопольная служба" is no company."""
    kind = body_kinds().get(morph.lemma(noun.low))
    return kind in ("company", "club") and other_body(name, kind)


def _proper_body(name: str) -> bool:
    """A body's name with a proper word in it ("LME", "Главное управление МЧС", "Газпром"),
    not common words the entities took for one ("Российские власти", "Полиция")."""
    content = [w for w in tokenize(name) if w.is_word]
    return bool(content) and (any(w.is_upper for w in content[1:]) or content[0].text.isupper()
                              or is_latin(content[0])
                              or len(content) == 1 and content[0].is_upper
                              and not (org_head(content[0]) and morph.known(content[0].low)))


def _branch_of(name: str, abbr: str, noun: str) -> bool:
    """Whether a body's name is a branch of the body ``abbr`` stands for: "УМВД России"
    or "ГУ МВД России" of "МВД", "Главное управление МЧС" of "управление МЧС"."""
    content = [w for w in tokenize(name) if w.is_word]
    if any(w.text.isupper() and w.text != abbr and w.text.endswith(abbr) for w in content):
        return True
    return any(w.text == abbr for w in content) and any(
        morph.lemma(w.low) == noun or w.text.isupper() and w.text != abbr for w in content)


def _described_from(words, start: int) -> bool:
    """Whether the body's name at ``start`` follows ``words`` after common words at most:
    "аналитики инвестиционной компании Qazaq Capital Research" as "Синоптики Алтайского ЦГМС"."""
    return any(w.start == start for w in words) and not any(
        w.is_upper for w in words if w.start < start)


def press_service(name: str) -> bool:
    """"пресс-служба клуба": the entities stage names a press service as a body of its own."""
    first = next((w for w in tokenize(name) if w.is_word), None)
    return first is not None and _press_service_word(first)


def _press_service_word(word: Word) -> bool:
    """"пресс-служба", "пресс-секретариат": a word naming a press service."""
    return morph.lemma(word.low) in word_set("quote_press_services.txt")


def _spoken_for(words) -> Word | None:
    """The body's noun after a spokesperson's word, the last and lowercase ("пресс-секретарь
    группы" -> "группы"), or None."""
    k = spokesperson(words)
    content = [w for w in words if w.is_word]
    if k is None or len(content) != k + 1 or content[k].is_upper:
        return None
    return content[k]


def _same_adjectives(adjectives: list[Word], name: str) -> bool:
    """Whether a body's name has the place adjectives of a phrase taking it up: "Американские
    власти" are no "европейские власти" named before (other adjectives may differ:
    "регионального центра" for "Республиканский центр ...")."""
    named = {morph.lemma(w.low) for w in tokenize(name) if w.is_word}
    placed = places.gazetteer().adjectives
    return all(morph.lemma(w.low) in named for w in adjectives if morph.lemma(w.low) in placed)


def _office_name(name: str) -> bool:
    """"Минздрав", "Роскомнадзор": a one-word name shaped like a state office's."""
    low = name.lower()
    parts = word_set("quote_office_name_parts.txt")
    return " " not in low and any(low.startswith(p[:-1]) if p.endswith("-") else low.endswith(p[1:])
                                  for p in parts if len(low) > len(p) + 2)
