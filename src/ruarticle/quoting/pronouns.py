"""Resolver methods for pronouns: the subject or the speaker a pronoun continues."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .. import morph
from ..records import Entity
from ..resources import word_set
from .lexicon import org_head
from .roster import fits, nominative_in
from .words import best_pos, parses, tokenize
from .persons import declined, description_covers, person_noun, plausible_person, possessor, surname_stem, written_as_name
from .said import RECENT_REACH, Said

VIEW_REACH = 80  # characters after "У" where the person holding a view is named
MIN_STEM = 3  # letters a surname keeps before the ending a case changes
NAME_CHARS = 40  # characters of a mention enough to read its first word's case


class Pronouns:
    """Resolver's methods that resolve a pronoun; mixed into ``Resolver``, which holds the state."""

    def _pronoun_person(self, start, pronoun):
        """"он"/"она": the subject of its own sentence, or a person whose words it is about
        there ("в интервью Рахимова, в котором он"); else the person who has just spoken,
        unless a newer subject has come up since. A newer subject introduced without a
        name ("33-летний мужчина") is nobody the rules can name."""
        sentence = self.roster.sentence_start(start)
        here = self._sentence_person(sentence, start, pronoun)
        if here is not None:
            return here
        described = self._described_here(sentence, start, pronoun)
        if described is not None:  # "Слова премьера обидели актёра, и он ответил": the actor
            return described
        body = self._speaking_body(start, pronoun) or self._spokesman(start, pronoun, RECENT_REACH)
        if body is not None:
            return body.entity, body.name, False
        holder = self._view_holder(sentence, pronoun)
        if holder is not None:  # "У аналитика Тимура Сыздыкова другое объяснение. По его мнению"
            return holder.id, holder.name, True
        unnamed = self._unnamed_last(start, pronoun)
        if unnamed is not None:  # "сообщил источник в комиссии. По его словам": the source,
            # unless a sentence since has a subject of its own ("Хамдалла сформировал ... Он")
            newer = self._subject(self.roster.next_sentence(unnamed), sentence, pronoun, first=False)
            return newer[1] if newer is not None else (None, None, True)
        recent = self._recent(start, pronoun)
        if recent is None:
            at, found = self._latest_person(start, pronoun)
            if found[1] is not None and self.roster.unnamed_subject(at + 1, sentence, pronoun) is not None:
                return None, None, True
            return self._subject_of_sentence(at, found, sentence, pronoun)
        since = self.roster.next_sentence(recent.end)
        newer = self._subject(since, sentence, pronoun, first=False)
        # only an earlier sentence's subject: "Водитель, по его словам, был пьян" is his account
        nobody = self.roster.unnamed_subject(since, sentence, pronoun)
        if nobody is not None and (newer is None or nobody > newer[0]):
            return None, None, True
        if newer is not None and not self._named_again(recent, newer[0], start):
            return newer[1]
        return recent.entity, recent.name, True

    def _subject_of_sentence(self, at, found, sentence, pronoun):
        """"Балахничев сообщил, что о местонахождении Ортеги у него сведений нет. «...», —
        отметил он.": the person named last stands in an oblique case inside a sentence
        whose subject is another person of the pronoun's gender; the pronoun continues
        the subject, not the one spoken of."""
        first = next((w for w in tokenize(self.text, at, min(sentence, at + NAME_CHARS)) if w.is_word), None)
        if found[1] is None or at >= sentence or first is None or not _oblique(first.text, found[1], pronoun):
            return found  # "... и тренер Патрик Муратоглу. Он": a subject of its own
        subject = self._subject(self.roster.sentence_start(at), sentence, pronoun, first=True)
        if subject is None or subject[0] >= at or subject[1][1] == found[1]:
            return found
        return subject[1]

    def _described_here(self, sentence, start, pronoun):
        """A pronoun after a bare description in its own sentence ("обидели актёра, и
        он"): the person it describes. When the last speaker has been named with another
        post only ("премьер-министр Жан-Марк Эро" for "актёра"), that is the article's
        main person, not the speaker (or the person named last)."""
        if pronoun not in ("masc", "femn"):
            return None
        words = tokenize(self.text, sentence, start)
        noun = next((person_noun(w) for n, w in reversed(list(enumerate(words)))
                     if self._bare_description(words, n, pronoun)), None)
        if noun is None:
            return None
        recent, main = self._recent(start, pronoun), self._main_person(pronoun)
        other = recent.name if recent else self._latest_person(start, pronoun)[1][1]
        if not other or main is None or main.name == other or other in main.name:
            return None
        theirs, ours = self._posts_seen(other, start), self._posts_seen(main.name, start)
        if not theirs or description_covers(noun.normal_form, theirs) \
                or ours and not description_covers(noun.normal_form, ours):
            return None
        return self._entity_named(main.name), main.name, True

    @staticmethod
    def _bare_description(words, n, gender) -> bool:
        """An animate singular post noun of the gender, written small and not before a
        name ("актёра", not "актёра Ивана Петрова")."""
        w = words[n]
        if not w.is_word or w.is_upper or best_pos(w) != "NOUN" or "anim" not in parses(w)[0].tag:
            return False  # "услышали критику": the thing first, not "критик"
        noun = person_noun(w)
        if not {"anim", "sing"} <= set(noun.tag.grammemes) or noun.tag.gender != gender \
                or morph.normal(noun) not in word_set("posts.txt"):
            return False
        return not (n + 1 < len(words) and words[n + 1].is_upper)

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

    def _speaking_body(self, start, pronoun) -> Said | None:
        """"Об этом пишет газета «Коммерсант». По её данным": the body that has just
        spoken, when its noun is feminine like the pronoun and no woman was named since,
        in any case ("со ссылкой на Киру Ярмыш"); "его" is left to persons."""
        said = self._last_said(start)
        if said is None or pronoun != "femn" or said.gender is not None \
                or said.body_gender != "femn" or start - said.end > RECENT_REACH:
            return None
        named = any(e.type == "PER" and self._fits(e, pronoun)
                    for _, _, e in self.registry.overlapping(said.end, start)) \
            or any(fits(p.gender, pronoun) for p in self.roster.persons_in(said.end, start))
        return None if named else said

    def _spokesman(self, start, gender, reach) -> Said | None:
        """"Представитель министерства сообщил ... Он заявил", "... Чиновник подчеркнул":
        the body whose unnamed spokesman has just spoken, in the spokesman's gender, when
        no person of that gender has been named since."""
        said = self._last_said(start)
        if said is None or said.spokesman is None or said.spokesman != gender or start - said.end > reach:
            return None
        named = any(e.type == "PER" and self._fits(e, gender)
                    for _, _, e in self.registry.overlapping(said.end, start)) \
            or any(fits(p.gender, gender) for p in self.roster.persons_in(said.end, start))
        return None if named else said

    def _named_again(self, said: Said, after: int, before: int) -> bool:
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
        stem = surname_stem(said.name)
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
                  and possessor(self.text, s, m_end) and not self.roster.quoted_at(s)]
        if owners:
            return owners[-1][1].id, owners[-1][1].name, True
        return None

    def _subject(self, lo, hi, gender, first: bool):
        """(position, resolution) of the first person that may be a subject in [lo, hi),
        or of the first in the latest sentence that has one: a nominative mention of a
        person entity, or a name the roster found."""
        found = [(s, (e.id, e.name, True)) for s, m_end, e in self.registry.overlapping(lo, hi)
                 if e.type == "PER" and m_end <= hi and self._fits(e, gender) and plausible_person(e)
                 and written_as_name(self.text, s, m_end, e.name) and not declined(self.text[s:m_end], e.name)
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
        if found is not None and not plausible_person(found[1]):
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


def _oblique(word: str, name: str, gender: str) -> bool:
    """Whether a mention's first word is a case form of the name other than the nominative:
    one the dictionary reads so, or the name's last word with its ending changed or added
    ("Ортеги", "Маркива" for Ортега, Маркив)."""
    last = name.split()[-1].lower().replace("ё", "е")
    said = word.lower().replace("ё", "е")
    if said == last or said == name.split()[0].lower():
        return False
    return declined(word, name) or len(last) > MIN_STEM and said[:-1] == last[:-1] \
        or not nominative_in(word, gender)
