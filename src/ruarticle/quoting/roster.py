"""Indexes over one article, built once, so that resolving each speaker costs a few
dictionary look-ups and binary searches instead of scans over the whole text:
the person names the quote rules find themselves (``Roster``) and the entity
records of the entities stage (``Registry``)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from dataclasses import replace

import regex

from .. import morph, places, posts
from ..names import EPITHET, stem as name_stem
from ..posts import canonical
from ..records import Entity
from . import abbreviations, names
from ..resources import once, table, word_set
from .words import Word, best_pos, is_name_like, parses, tokenize

CASE_ENDINGS = ("а", "у", "ом", "е", "ым", "ой")  # "Бертмана" is Бертман in another case
MIN_STEM = 4
READABLE = regex.compile(r"[\p{Cyrillic}\p{Latin}]")  # a name a reader can read (not "马凌"), asked of every entity
# not after an initial: "С. Собянин пообещал, что А. Александров ..." is one sentence
SENTENCE_END = regex.compile(r"(?:(?<!\b\p{Lu})\.|[!?…])[»”\"')]*\s+(?=[«„\"(]?[\p{Lu}\d])|\n+")
ONE_OF = {"один": "masc", "одна": "femn"}  # "один из участников": someone unnamed
OPENING_MARKS = "«„“"
CLOSING_MARKS = "»”"
POST_REACH = 4  # words between a post and the name of its holder
GAP_POS = ("NOUN", "ADJF", None)  # "премьер-министр РК Алихан Смаилов", "глава МИД России"
TITLE_PREPOSITIONS = frozenset({"по"})  # "министр по чрезвычайным ситуациям Чингис Аринов"
GAP_PREPOSITIONS = TITLE_PREPOSITIONS | {"от"}  # "кандидат от Республиканской партии Дональд Трамп"
GENDERS = ("masc", "femn", "neut", None)
HOLDER_TRIES = 32  # earlier occurrences of a post tried when places must match
LEADER_REACH = 16  # tokens between a leader's post and the leader's name
BODY_REACH = 400  # words looked back for the body a spokesman's common noun stands for
VOWELS = "аеёиоуыэюяaeiouy"
DASHES = ("—", "–", "-")
CONSONANTS = "бвгджзклмнпрстфхцчшщ"
MASCULINE_CASE_ENDINGS = CASE_ENDINGS[:4]  # "Абдинура", "Абдинуру", "Абдинуром", "об Абдинуре": not -ым/-ой
AGREEMENT_REACH = 24  # characters around a name where an agreeing word is looked for
APPOINTMENT_REACH = 8  # words before an appointment's verb where its post may open

# endings a surname of the adjective kind has only out of the nominative: "Раневскую
# играет Наталья Ведерникова" names the part played, an object, whatever the dictionary
OBLIQUE_SURNAME = ("скую", "цкую", "ского", "цкого", "скому", "цкому")


def fits(have: str | None, want: str | None) -> bool:
    """Whether a person of gender ``have`` may be called by a word of gender ``want``."""
    if want is None or have is None:
        return True
    if want == "plur":
        return False
    return have == want or (want == "masc" and have == "neut")


def surname_forms(surname: str) -> list[str]:
    """A surname as later mentions give it: an Arabic one loses its article, so "Айман
    аль-Завахири" is "Завахири" afterwards ("Башар аль-Асад" -> "Асад")."""
    article, dash, rest = surname.partition("-")
    if dash and article in word_set("quote_name_articles.txt") and len(rest) >= MIN_STEM:
        return [surname, rest]
    if dash and len(article) >= MIN_STEM and len(rest) >= MIN_STEM and "-" not in rest \
            and not EPITHET.search(surname):
        return [surname, rest]  # "Стефанишин-Пайпер" is "Пайпер" afterwards
    return [surname]


def surname_keys(word: str) -> list[str]:
    """The surname a word may be, with and without a case ending ("бертмана" -> бертман),
    and without an epithet ("Уильямс-младшая" is a Уильямс)."""
    word = EPITHET.sub("", word)
    keys = [word]
    keys += [word[:-len(e)] for e in CASE_ENDINGS
             if word.endswith(e) and len(word) - len(e) >= MIN_STEM]
    return keys


class _Latest:
    """The latest of some dated items before a position, per gender, in O(log n)."""

    def __init__(self, items):  # (position, gender, item)
        self.at: dict = defaultdict(list)
        self.items: dict = defaultdict(list)
        for pos, gender, item in sorted(items, key=lambda x: x[0]):
            self.at[gender].append(pos)
            self.items[gender].append(item)

    def before(self, pos: int, want: str | None):
        best = self.before_at(pos, want)
        return best[1] if best else None

    def before_at(self, pos: int, want: str | None):
        """(position, item) of the latest fitting item before ``pos``, or None."""
        best = None
        for gender in GENDERS:
            if not fits(gender, want):
                continue
            k = bisect_left(self.at[gender], pos)
            if k and (best is None or self.at[gender][k - 1] > best[0]):
                best = (self.at[gender][k - 1], self.items[gender][k - 1])
        return best


class Roster:
    """Person names found in the text by the quote rules, and the words around them."""

    def __init__(self, text: str):
        self.text = text
        self.words: list[Word] = tokenize(text)
        self.starts = [w.start for w in self.words]
        self.persons = names.persons(text)
        self.person_starts = [p.start for p in self.persons]
        self.proper = frozenset(w.low for w in self.words
                                if w.is_word and w.is_upper and not w.initial)
        strong = [p for p in self.persons if p.strong]
        self._strong = _Latest((p.end, p.gender, p) for p in strong)
        self._subjects = _Latest((p.end, p.gender, p) for p in strong if p.subject)
        self._surnames: dict[str, dict[str, int]] = defaultdict(dict)  # surname -> name -> first
        for n, p in enumerate(self.persons):
            for key in surname_forms(p.name.split()[-1].lower()):
                self._surnames[key].setdefault(p.name, n)
        self.sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self._posts: dict[str, list[tuple[int, str, frozenset]]] | None = None
        self._country: str | None = None
        self._aliases: dict[str, list[tuple[int, str, frozenset]]] = {}
        self._main: dict = {}
        self._genders: dict = {}  # (name, gender) -> the gender the text shows
        self._capitalised: frozenset[str] | None = None  # capitalised word forms, made on first need

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        return self.sentence_starts[bisect_right(self.sentence_starts, pos) - 1]

    def next_sentence(self, pos: int) -> int:
        """Where the sentence after the one holding ``pos`` starts."""
        k = bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[k] if k < len(self.sentence_starts) else len(self.text)

    def quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` is inside quotation marks opened earlier in its paragraph: more
        opening than closing marks, or an odd number of straight ones, since its line began.
        The marks' offsets are listed once per article, so each call costs a few binary
        searches instead of a rescan of the paragraph."""
        if getattr(self, "_marks", None) is None:  # the first call for this article
            found = [(m.start(), m.group()) for m in regex.finditer(
                f"[\n{OPENING_MARKS}{CLOSING_MARKS}\"]", self.text)]
            self._marks = tuple([k for k, c in found if c in chars]
                                for chars in ("\n", OPENING_MARKS, CLOSING_MARKS, '"'))
        newlines, opening, closing, straight = self._marks
        k = bisect_left(newlines, pos)
        line = newlines[k - 1] + 1 if k else 0

        def since_line(at: list[int]) -> int:
            return bisect_left(at, pos) - bisect_left(at, line)
        return since_line(opening) > since_line(closing) or since_line(straight) % 2 == 1

    def subjects_between(self, lo: int, hi: int, gender: str | None):
        """Strong persons that may be the subject (nominative), in [lo, hi), in text order."""
        a = bisect_left(self.person_starts, lo)
        b = bisect_left(self.person_starts, hi)
        return [p for p in self.persons[a:b] if p.strong and p.subject and p.end <= hi
                and fits(p.gender, gender) and not self.quoted_at(p.start)]

    def persons_in(self, lo: int, hi: int):
        """Persons named in any case within [lo, hi)."""
        a = bisect_left(self.person_starts, lo)
        b = bisect_left(self.person_starts, hi)
        return [p for p in self.persons[a:b] if p.end <= hi]

    def _apposing_dash(self, word: Word) -> bool:
        """A dash inside a line (not one opening a turn of dialogue)."""
        line = self.text.rfind("\n", 0, word.start) + 1
        return word.text in DASHES and bool(self.text[line:word.start].strip())

    def unnamed_subject(self, lo: int, hi: int, gender: str | None, introduced: bool = False) -> int | None:
        """Where the latest person introduced without a name ("33-летний мужчина",
        "один из участников") stands as a subject in [lo, hi), or None. ``introduced``
        asks for a noun with a word before it that introduces ("Неизвестный мужчина"),
        not a bare one that may take up someone named ("Женщина раньше мечтала")."""
        found = None
        words = self.words[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        for k, w in enumerate(words):
            if not w.is_word:
                continue
            nobody = w.low in word_set("quote_unnamed_persons.txt") and _gender_fits(w, gender) \
                and not _named_beside(words, k) and (not introduced or _modified(words, k))
            # "Круз, ..., — один из фаворитов": after a dash it describes the one named
            one_of = w.low in ONE_OF and fits(ONE_OF[w.low], gender) \
                and k + 2 < len(words) and words[k + 1].low == "из" \
                and not (k and self._apposing_dash(words[k - 1]))
            if (nobody or one_of) and not self.quoted_at(w.start):
                found = w.start
        return found

    def _gender_of(self, person) -> str | None:
        """A person's gender as the text shows it: "Владислава Челаха" beside "Владислав
        Челах" is his genitive, not a woman; a name of no known gender, by its declension.
        Kept per name: both questions search the whole text (a long text has many mentions)."""
        key = (person.name, person.gender)
        if key not in self._genders:
            his = person.gender == "femn" and self._his_genitive(person)
            self._genders[key] = "masc" if his else person.gender or self._declined_as_his(person) \
                or self._titled_woman(person)
        return self._genders[key]

    def _his_genitive(self, person) -> bool:
        parts = person.name.split()
        if len(parts) == 1 and parts[0][-1:] == "а":
            return self._named_man(parts[0][:-1]) and not self._named_woman(parts[0])
        if len(parts) < 2 or not all(w[-1:] in "ая" for w in parts):
            return False  # "Петрова" alone may be Петров's wife
        return regex.search(r"\b" + regex.escape(" ".join(w[:-1] for w in parts)) + r"\b", self.text) is not None

    def _titled_woman(self, person) -> str | None:
        """"femn" for a name of no known gender written right after a feminine noun for a
        person ("Израильтянка Наама Иссахар", "журналистку Нааму"); a masculine noun tells
        nothing ("министр" may be a woman)."""
        stem = person.name.split()[-1][:-1] or person.name
        for p in self.persons:
            if p.name.split()[-1][:len(stem)] != stem:
                continue
            k = bisect_left(self.starts, p.start)
            if k and self.words[k - 1].is_word and best_pos(self.words[k - 1]) == "NOUN" \
                    and {"anim", "femn", "sing"} <= set(parses(self.words[k - 1])[0].tag.grammemes) \
                    and not is_name_like(self.words[k - 1]):
                return "femn"
        return None

    def _named_man(self, surname: str) -> bool:
        """Whether the text names a man in full with this surname ("Владимир Путин")."""
        return any(p.gender == "masc" and len(p.name.split()) > 1 and p.name.split()[-1] == surname
                   for p in self.persons)

    def _named_woman(self, surname: str) -> bool:
        """Whether the text names a woman in full with this surname ("Анна Путина"): then
        the lone "Путина" may be hers; otherwise it is the man's genitive."""
        return any(len(p.name.split()) > 1 and p.name.split()[-1] == surname for p in self.persons)

    def _declined_as_his(self, person) -> str | None:
        """"masc" for a name of no known gender whose surname, ending in a consonant, the
        text declines ("Абдинур" -> "Абдинура"): a woman's such surname stays as it is."""
        surname = person.name.split()[-1]
        if surname[-1:].lower() not in CONSONANTS:
            return None
        if self._capitalised is None:
            self._capitalised = frozenset(w.text for w in self.words if w.is_upper)
        return "masc" if any(surname + e in self._capitalised for e in MASCULINE_CASE_ENDINGS) else None

    def latest(self, before: int, gender: str | None):
        """The latest strong person ending before ``before``, a possible subject first."""
        return self._subjects.before(before + 1, gender) or self._strong.before(before + 1, gender)

    def apposed(self, start: int):
        """The person named right before ", " + a description starting at ``start``."""
        k = bisect_left(self.person_starts, start) - 1
        if k < 0:
            return None
        person = self.persons[k]
        between = self.text[person.end:start]
        # a name declined out of the nominative ("программ Кинга, глава RT сообщила") is no subject
        declined = self.text[person.start:person.end].split()[-1:] != person.name.split()[-1:]
        return person if between.strip() == "," and len(between) <= 3 and not declined else None

    def fullest(self, name: str) -> str:
        """"Смаилов" -> "Алихан Смаилов", "Бертмана" -> "Дмитрий Бертман" when the full
        name appears in the text (the surname compared without its case ending)."""
        bare = EPITHET.sub("", name)  # "Уильямс-младшая" is one of the Уильямсы named in full
        found = [(n, full) for key in surname_keys(name.split()[-1].lower())
                 for full, n in self._surnames.get(key, {}).items() if len(full) > len(bare)]
        return min(found)[1] if found else name

    def holder(self, post: str, before: int, places: frozenset = frozenset(),
               after: int | None = None, level: str | None = None) -> str | None:
        """A post named earlier right before a person: "премьер-министр РК Алихан Смаилов".
        With a level ("аким области"), one named at that level first, then one named at
        no other level ("Аким Алматы" is the city's, "аким района" is not)."""
        if level is None:
            return self._holder_of(post, before, places, after, None)
        return self._holder_of(post, before, places, after, lambda gap: level in levels(gap)) \
            or self._holder_of(post, before, places, after, lambda gap: levels(gap) <= {level})

    def holder_by_level(self, post: str, before: int, level: str) -> str | None:
        """"Хоким Ташкента" after "хокима города Шавката Абдуллаева": the holder named with
        the level's common noun only ("города"), no place of their own."""
        return self._holder_of(post, before, frozenset(), None, lambda gap: any(
            _level_words().get(lemma) == level for lemma in gap) and not any(
            places.is_place(lemma) for lemma in gap))

    def _holder_of(self, post, before, places, after, level_fits):
        exact = self._holder(self.posts().get(post, ()), before, places, after, level_fits)
        if exact is not None:  # "премьер-министр" before its alias "премьер" (another man's post)
            return self._colleague_after(self.posts().get(post, ()), exact, before) or exact
        found = self._holder(self._aliases.get(canonical(post), ()), before, places, after, level_fits)
        return self._colleague_after(self._aliases.get(canonical(post), ()), found, before) or found

    def words_between(self, start: int, end: int):
        """The words of the article starting in [start, end)."""
        return self.words[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def named_with(self, post: str):
        """(start, name, gap lemmas) of every post or alias of it named before a person."""
        self.posts()
        return sorted({*self._posts.get(post, ()), *self._aliases.get(canonical(post), ())})

    def _colleague_after(self, seen, name, before):
        """"Депутат Мария Лыкова ... Ее коллега по фракции Ирина Шестакова": a colleague
        named after the holder holds the same post and is the nearer one meant."""
        at = max((s for s, n, _ in seen if n == name and s < before), default=None)
        if at is None:
            return None
        later = [n for s, n, _ in self.posts().get("коллега", ()) if at < s < before
                 and self._last_named(at, s) == name]
        return later[-1] if later else None

    def _last_named(self, lo: int, hi: int) -> str | None:
        """The name of the last person named in [lo, hi): whose colleague "Его коллега" at
        ``hi`` is ("министр Таалайбек Жумабаев ... Депутат Мирлан Токтосунов ... Его
        коллега Айбек Сулайманов" is the deputy's, not the minister's)."""
        found = self.persons_in(lo, hi)
        return found[-1].name if found else None

    def _holder(self, seen, before, places, after, level_fits=None):
        k = bisect_left(seen, (before,))
        for start, name, gap in reversed(seen[max(0, k - HOLDER_TRIES):k]):
            if places <= gap and (level_fits is None or level_fits(gap)):
                return name
        # a headline speaks of the official the article names later ("Премьер Японии объявил")
        after = before if after is None else after
        return next((name for start, name, gap in seen[k:k + HOLDER_TRIES]
                     if start >= after and places <= gap and (level_fits is None or level_fits(gap))), None)

    def posts(self) -> dict:
        """Animate common nouns followed within a few words by a person's name, by lemma."""
        if self._posts is None:
            self._posts = defaultdict(list)
            self._aliases = defaultdict(list)
            for k, w in enumerate(self.words):
                if not w.is_word or w.is_upper and not w.initial \
                        or k and (_depends_on_person(self.words[k - 1], w) or _sought(self.words[k - 1], w)):
                    continue  # "Заместитель акима области Азамат Сафаров" is no аким
                found = self._named_after(k)
                if found:
                    lemma = morph.lemma(w.low)
                    self._posts[lemma].append((w.start, *found))
                    self._aliases[canonical(lemma)].append((w.start, *found))
            for start, lemma, name, gap, future in self._appointments():
                if future and any(other != name for _, other, _ in self._posts.get(lemma, ())):
                    continue  # "Король Густав ... Карл станет новым королём": the post is Густав's yet
                self._posts[lemma].append((start, name, gap))
                self._aliases[canonical(lemma)].append((start, name, gap))
            for seen in (*self._posts.values(), *self._aliases.values()):
                seen.sort(key=lambda x: x[0])  # the holder look-ups bisect by position
        return self._posts

    def _appointments(self):
        """(post start, post lemma, holder's name, gap lemmas, whether in the future) of the
        posts an appointment gives: the post stands before the verb and the name after it
        ("Заведующей отделением назначена врач Марина Щеглова", "На пост губернатора
        назначен Алексей Иванов"), or the name before the verb and the post after it
        ("Марина Щеглова назначена заведующей отделением"), where the post follows no name
        either."""
        for k, w in enumerate(self.words):
            if not w.is_word or w.is_upper and not w.initial \
                    or morph.lemma(w.low) not in word_set("quote_appointment_verbs.txt"):
                continue
            tag = parses(w)[0].tag
            if tag.POS not in ("VERB", "PRTS") or "sing" not in tag:
                continue  # "Сопредседателями стали ...": several people, not one holder
            gender = str(tag.gender) if tag.gender else None
            holder = self._appointee(k, gender)
            if holder is not None:
                for start, lemma, gap in _appointed_posts(self._appointment_phrase(k, -1)):
                    yield start, lemma, holder, gap, "futr" in tag
            # "Путин назначил министром Ивана Петрова": an active giver's subject is no holder
            taker = self._taker(k, gender) if tag.POS == "PRTS" \
                or morph.lemma(w.low) in word_set("quote_taking_verbs.txt") else None
            if taker is not None:
                for start, lemma, gap in _appointed_posts(self._appointment_phrase(k, 1)):
                    yield start, lemma, taker, gap, "futr" in tag

    def _taker(self, k: int, gender: str | None) -> str | None:
        """The person named right before an appointment's verb at ``k``, as its subject
        and of its gender ("Марина Щеглова назначена", "Иван Петров был назначен",
        "Иван Петров официально стал")."""
        j = k
        while j > 0 and self.words[j - 1].is_word and (best_pos(self.words[j - 1]) == "ADVB"
                                                      or morph.lemma(self.words[j - 1].low) == "быть"):
            j -= 1
        n = bisect_right(self.person_starts, self.words[j - 1].start) - 1 if j else -1
        if n < 0 or self.persons[n].end != self.words[j - 1].end:
            return None  # "Иван Петров, ранее ..., назначен": not right before the verb
        person = self.persons[n]
        before = self.words[bisect_left(self.starts, person.start) - 1] if person.start > self.starts[0] else None
        if before is not None and before.is_word and not before.is_upper and (
                best_pos(before) == "PREP" or best_pos(before) == "NOUN" and {"inan", "nomn"} <= set(parses(before)[0].tag.grammemes)):
            return None  # "смерть Ким Ён Чжина станет ...": the thing is the subject, not the name ("2016 года X" is)
        if not (person.subject and person.strong and fits(person.gender, gender)
                and nominative_in(self.text[person.start:person.end], person.gender)):
            return None  # "Сын Ивана Петрова стал министром": the son is
        return person.name

    def _appointee(self, k: int, gender: str | None) -> str | None:
        """The person an appointment's verb at ``k`` names after it, in the nominative and
        of the verb's gender, with at most a description between ("назначена врач Марина
        Щеглова"); None when a thing follows ("назначен штраф", "стал известен")."""
        n = bisect_left(self.person_starts, self.words[k].end)
        if n == len(self.persons):
            return None
        person = self.persons[n]
        gap = _past_quoted_names(self.words[k + 1:bisect_left(self.starts, person.start)])
        if gap is None or len(gap) > POST_REACH or not all(
                isinstance(g, list) or g.is_word and best_pos(g) in (*GAP_POS, "ADVB") for g in gap):
            return None
        if not (person.subject and person.strong and fits(person.gender, gender)
                and nominative_in(self.text[person.start:person.end], person.gender)):
            return None  # "назначен" before "Анна Белова" is not hers; "заместительница Сергея Собянина" is his
        return person.name

    def _in_subject(self, word: Word) -> bool:
        """Whether a word is part of a person's name that may be a subject ("Назначенный
        на пост министра Иван Петров стал"), not one in the genitive ("Убийцей Дениса
        Вороненкова стал")."""
        n = bisect_right(self.person_starts, word.start) - 1
        return n >= 0 and self.persons[n].end >= word.end and self.persons[n].subject

    def _appointment_phrase(self, k: int, step: int) -> list[Word]:
        """The words right before (``step`` -1) or after (1) an appointment's verb at ``k``
        that may hold its post, in text order: nouns, adjectives, participles,
        prepositions, numbers and quoted names, up to the first other word, punctuation
        mark or person's name ("что | новым министром здравоохранения", "назначен
        исполняющим обязанности губернатора | ."), past adverbs by the verb ("официально")."""
        j = k + step
        while 0 <= j < len(self.words) and self.words[j].is_word and best_pos(self.words[j]) == "ADVB":
            j += step  # "Новым министром официально стал"
        phrase: list[Word] = []
        while 0 <= j < len(self.words) and len(phrase) < APPOINTMENT_REACH:
            w = self.words[j]
            if self._in_subject(w) or not (
                    w.text in OPENING_MARKS + CLOSING_MARKS + '"' or w.text.isdigit() or w.is_upper
                    or w.is_word and best_pos(w) in ("NOUN", "ADJF", "PRTF", "PREP")):  # "с 1 марта"
                break  # "Назначенный на пост министра Иван Петров стал ...": his own post
            phrase.append(w)
            j += step
        return phrase[::step]

    def _named_after(self, k: int):
        w = self.words[k]
        if best_pos(w) != "NOUN" or "anim" not in parses(w)[0].tag:
            return None
        n = bisect_left(self.person_starts, w.end)
        if n == len(self.persons):
            return None
        stop = bisect_left(self.starts, self.persons[n].start)
        gap = _past_sought_office(_past_quoted_names(self.words[k + 1:stop]))
        if gap is None or len(gap) > POST_REACH or not all(
                isinstance(g, list) or g.is_word and (best_pos(g) in GAP_POS or g.low in GAP_PREPOSITIONS)
                for g in gap):
            return None
        lemmas = [morph.lemma(w.low) for g in gap for w in (g if isinstance(g, list) else (g,)) if w.is_word]
        return self.persons[n].name, frozenset(lemmas)

    def led_by(self, stem: str, before: int) -> str | None:
        """The body named in quotation marks between a leader's post ("глава", "лидер")
        and the name of the person with surname ``stem``: the latest such before
        ``before``, else the first after it (a lead speaks of what the text explains)."""
        k = bisect_left(self.starts, before)
        for n in [*range(k - 1, -1, -1), *range(k, len(self.words))]:
            w = self.words[n]
            if not (w.is_upper and w.low.startswith(stem)):
                continue
            lead = next((m for m in range(n - 1, max(-1, n - LEADER_REACH), -1)
                         if morph.lemma(self.words[m].low) in word_set("quote_leader_posts.txt")), None)
            quoted = _quoted_between(self.words, lead + 1, n) if lead is not None else None
            if quoted:
                return abbreviations.nominative_name(self.text, quoted)
        return None

    def named_body(self, lemma: str, before: int):
        """(start, end, name) of the latest body named right after a common noun with
        ``lemma`` ("рок-группы Rolling Stones", "партии «Яблоко»") before ``before``."""
        k = bisect_left(self.starts, before)
        for n in range(k - 1, max(-1, k - BODY_REACH), -1):
            w = self.words[n]
            if w.is_word and (not w.is_upper or w.initial) and morph.lemma(w.low.rsplit("-", 1)[-1]) == lemma:
                run = self._name_after(n + 1, before)
                if run:
                    return run[0].start, run[-1].end, " ".join(v.text for v in run)
        return None

    def described_body(self, lemma: str, before: int) -> str | None:
        """"Комитет по тарифам и ценам Курской области": the latest body before ``before``
        named in lower case by a noun with ``lemma`` and the words that say whose or of
        what it is ("по ...", a genitive), up to a verb or a punctuation mark."""
        k = bisect_left(self.starts, before)
        for n in range(k - 1, max(-1, k - BODY_REACH), -1):
            w = self.words[n]
            if w.is_word and not w.is_upper and morph.lemma(w.low) == lemma:
                rest = self._described_by(n + 1, before)
                if rest:
                    return " ".join([lemma.capitalize()] + [v.text for v in rest])
        return None

    def _described_by(self, n: int, before: int) -> list[Word]:
        words = self.words
        if n >= len(words) or not words[n].is_word or not (words[n].low in TITLE_PREPOSITIONS
                                                            or _genitive(words[n])):
            return []
        run = []
        while n < len(words) and words[n].end <= before and words[n].is_word \
                and (best_pos(words[n]) in ("NOUN", "ADJF", "PREP", "CONJ") or words[n].is_upper):
            run.append(words[n])
            n += 1
        while run and best_pos(run[-1]) in ("PREP", "CONJ"):
            run.pop()
        return run if len(run) >= 2 else []

    def _name_after(self, n: int, before: int) -> list[Word]:
        """The capitalised words (inside quotation marks, if any) right after word ``n``."""
        words = self.words
        quoted = n < len(words) and words[n].text in "«\"„"
        k = n + quoted
        run = []
        while k < len(words) and words[k].end <= before and words[k].is_word \
                and (words[k].is_upper or quoted and run) and not words[k].initial:
            run.append(words[k])
            k += 1
        return run

    def country_in_play(self) -> str | None:
        """The country the article names most often, by name, abbreviation or adjective
        ("Венесуэлы", "США", "парагвайского"), as written in the nominative; None for none."""
        if self._country is None:
            g = places.gazetteer()
            counts: dict[str, int] = defaultdict(int)
            for w in self.words:
                if not w.is_word:
                    continue
                lemma = morph.lemma(w.low)
                place = g.abbreviations.get(w.text) or (g.names.get((lemma,)) or (None,))[0] \
                    if w.is_upper else g.adjectives.get(lemma)
                if place is not None and place.kind == "country":
                    counts[place.name] += 1
            self._country = max(counts, key=counts.get) if counts else ""
        return self._country or None

    def main_person(self, gender: str | None):
        """The person the article is about: the surname met most often, or None; any
        person's for a description that shows no gender ("85-летний лауреат")."""
        if gender not in self._main:
            stems = {p.name: name_stem(p.name.split()[-1]) for p in self.persons}
            counts: dict[str, int] = defaultdict(int)
            for p in self.persons:  # in any case: "Альберта" is Альберт met once more
                counts[stems[p.name]] += 1
            headline_end = self.text.find("\n")
            titled = {stems[p.name] for p in self.persons if p.start < headline_end}
            ranked = sorted((p for p in self.persons if p.strong
                             and (gender is None or self._gender_of(p) == gender)),
                            key=lambda p: (counts[stems[p.name]], stems[p.name] in titled, len(p.name)), reverse=True)
            top = ranked[0] if ranked else None  # as often as another, the one the headline names
            self._main[gender] = top if top and counts[stems[top.name]] >= 2 else None
        return self._main[gender]


class Registry:
    """The entity records of the article, indexed by mention position, surname and post."""

    def __init__(self, entities: tuple[Entity, ...], text: str = ""):
        named = [_named(e) for e in entities if e.name.strip() or e.mentions]
        self.entities = tuple(_as_woman(e, text) for e in named)
        self.by_id = {e.id: e for e in self.entities}
        # a man's name read back as a woman's ("Мартин Биг" -> "Мартина Биг") is hers for pronouns
        women = {e.id for e, was in zip(self.entities, named) if e.name != was.name}
        spans = sorted(((m.start, m.end, e) for e in self.entities for m in e.mentions),
                       key=lambda x: x[:2])
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self._longest = max((m_end - s for s, m_end, _ in spans), default=0)
        self.gender = {e.id: "femn" if e.id in women else _agreed_gender(text, e) or names.gender_of(e.name)
                       for e in self.entities if e.type == "PER"}
        people = [(m, e) for e in self.entities if e.type == "PER" for m in e.mentions]
        self._persons = _Latest((m.start, self.gender[e.id], e) for m, e in people)
        self._subjects = _Latest((m.start, self.gender[e.id], e) for m, e in people
                                 if m.text == e.name or nominative_in(m.text, self.gender[e.id]))
        self._roles: dict[str, list] = defaultdict(list)
        for e in self.entities:
            for r in e.roles:
                if _dependent_role(text, r) and not _named_in_its_case(r, e):
                    continue
                self._roles[post_key(r.title)].append((r.start, r, e))
                if canonical(post_key(r.title)) != post_key(r.title):
                    self._roles[canonical(post_key(r.title))].append((r.start, r, e))
        for key in self._roles:
            self._roles[key].sort(key=lambda x: x[0])
        self._role_spans = sorted(((r.start, r.end, e) for e in self.entities if e.type == "PER"
                                   for r in e.roles), key=lambda x: x[:2])
        self._role_starts = [x[0] for x in self._role_spans]
        self._longest_role = max((x[1] - x[0] for x in self._role_spans), default=0)
        self._bodies: dict[str, _Latest] = {}
        by_word = defaultdict(list)
        for e in self.entities:
            if e.type == "ORG":
                for lemma in _body_words(e.name):
                    by_word[lemma] += [(m.start, None, e) for m in e.mentions]
        self._bodies = {lemma: _Latest(items) for lemma, items in by_word.items()}
        self._surnames: dict[str, list[Entity]] = defaultdict(list)
        for e in self.entities:
            if e.type == "PER":
                for key in surname_forms(e.name.split()[-1].lower().replace("ё", "е")):
                    self._surnames[key].append(e)
        self._cities: tuple[list, list[int]] | None = None  # built on the first question: few articles ask

    def __bool__(self) -> bool:
        return bool(self.entities)

    def latest_city(self, before: int) -> str | None:
        """The city named last before ``before`` ("В Ташкенте"), in the nominative: of the
        city mentions starting before it, the latest that has ended there too."""
        if self._cities is None:
            self._cities = _city_mentions(self._spans)
        cities, starts = self._cities
        k = bisect_left(starts, before)
        while k > 0:  # past only the cities whose mention runs on over ``before``
            k -= 1
            if 0 < cities[k][1] <= before:
                return cities[k][2]
        return None

    def overlapping(self, start: int, end: int):
        """(mention start, mention end, entity) of the mentions inside [start, end)."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [x for x in self._spans[lo:hi] if x[1] > start]

    def latest_person(self, before: int, gender: str | None) -> Entity | None:
        """The latest person named as a possible subject, else the latest named at all:
        "X заявил, что был в резиденции Медведева. Он ..." is X."""
        found = self.latest_person_at(before, gender)
        return found[1] if found else None

    def latest_person_at(self, before: int, gender: str | None):
        """(mention start, entity) of latest_person."""
        return self._subjects.before_at(before, gender) or self._persons.before_at(before, gender)

    def latest_body(self, lemma: str, before: int) -> Entity | None:
        """The organisation named last before ``before`` with ``lemma`` in its name."""
        index = self._bodies.get(lemma)
        return index.before(before, None) if index else None

    def role_at(self, pos: int):
        """(role start, role end, person) of the roles covering ``pos``: the entities stage
        put that post on that person at this very place."""
        lo = bisect_left(self._role_starts, pos - self._longest_role)  # no role reaches further back
        hi = bisect_right(self._role_starts, pos)
        return [x for x in self._role_spans[lo:hi] if x[1] > pos]

    def holders(self, post: str):
        """(role start, role, entity) of everyone holding ``post``, in text order."""
        return self._roles.get(post) or self._roles.get(canonical(post), ())

    def person_named(self, name: str) -> Entity | None:
        """The person entity whose surname ends ``name`` ("Алихан Смаилов" -> E1)."""
        last = name.split()[-1].lower().replace("ё", "е") if name.split() else ""
        for key in surname_keys(last):
            found = self._surnames.get(key)
            if found and len(found) == 1:
                return found[0]
        return None


def _city_mentions(spans) -> tuple[list, list[int]]:
    """(start, end, nominative name) of the mentions of places the gazetteer knows as
    cities, in the order of ``spans``, and their starts."""
    g = places.gazetteer()
    cities = []
    for start, end, e in spans:
        if e.type == "LOC":
            found = g.names.get(tuple(morph.lemma(w.low) for w in tokenize(e.name) if w.is_word))
            if found is not None and found[0].kind == "city":
                cities.append((start, end, found[0].name))
    return cities, [c[0] for c in cities]


@lru_cache(maxsize=10_000)
def levels(lemmas: frozenset) -> frozenset:
    """The levels of territory some lemmas name: "область", "района", or a city or
    region by its name ("Аким Алматы" holds the city's post)."""
    found = set()
    for lemma in lemmas:
        level = _level_words().get(lemma)
        place = places.place_of(lemma)
        kind = place.kind if place else None
        found.add(level or {"city": "город", "region": "область"}.get(kind))
    return frozenset(found - {None})


@once
def _level_words() -> dict[str, str]:
    return dict(table("quote_post_levels.tsv"))


def _appointed_posts(phrase: list[Word]) -> list[tuple[int, str, frozenset]]:
    """(start, lemma, gap lemmas) of the posts in the words before an appointment's verb:
    the first person's noun in the instrumental ("Новым министром здравоохранения",
    "В среду заведующей отделением"), and a person's noun in the genitive
    after a seat ("На пост губернатора", "Исполняющим обязанности главного тренера":
    the one acting is called by that post too)."""
    words = [w for w in phrase if w.is_word]
    found = []
    # not after a preposition: "вместе с директором" is company, not the post given
    head = next((n for n, w in enumerate(words) if _person_noun_in(w, "ablt")
                 and not (n and best_pos(words[n - 1]) == "PREP")), None)
    # "стала первой женщиной ...": a noun for anyone is no post to take anyone up by
    if head is not None and morph.lemma(words[head].low) not in word_set("quote_unnamed_persons.txt"):
        found.append(_post_with_gap(words, head))
    for n, w in enumerate(words):
        if morph.lemma(w.low) not in word_set("quote_post_seats.txt"):
            continue
        # "Кандидатом на пост мэра стал": the post sought, not given; "Исполняющим обязанности" acts in it
        if n and _sought_by(words, n) and not (n - 1 == head and best_pos(words[head]) == "PRTF"):
            continue
        post = next((m for m in range(n + 1, len(words)) if not _modifier(words[m])), None)
        if post is not None and _person_noun_in(words[post], "gent") and post != head:
            found.append(_post_with_gap(words, post))  # not "Место заведующей" twice
    return found


def _sought_by(words: list[Word], n: int) -> bool:
    """Whether the seat at ``n`` depends on a person's noun before it, by itself or
    after a preposition ("кандидатом на пост", "претендентом на должность")."""
    before = words[n - 2] if n > 1 and best_pos(words[n - 1]) == "PREP" else words[n - 1]
    return any(p.tag.POS == "NOUN" and "anim" in p.tag or p.tag.POS == "PRTF" for p in parses(before)[:1])


def _post_with_gap(words: list[Word], n: int) -> tuple[int, str, frozenset]:
    """A post's start and lemma, and the lemmas of its qualifiers: the words after it up
    to a preposition other than "по" ("отделением реанимации | с 1 марта")."""
    end = next((m for m in range(n + 1, len(words)) if best_pos(words[m]) == "PREP"
                and words[m].low not in TITLE_PREPOSITIONS), len(words))
    return words[n].start, morph.lemma(words[n].low), frozenset(morph.lemma(w.low) for w in words[n + 1:end])


def _modifier(word: Word) -> bool:
    """An adjective before a post ("новым", "главного"), not itself a noun for a person."""
    return not _person_noun_in(word, "ablt") and not _person_noun_in(word, "gent") \
        and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word))


def _person_noun_in(word: Word, case: str) -> bool:
    """Whether a lower-case word (or one opening a sentence) may be a noun for a person
    in the singular of ``case``: an animate noun ("министром", "главой") or a participle
    used as one ("заведующей", "исполняющим")."""
    if not word.is_word or word.is_upper and not word.initial \
            or any(t in parses(word)[0].tag for t in ("Name", "Surn", "Geox")):
        return False
    return any(case in p.tag and "sing" in p.tag and (p.tag.POS == "NOUN" and "anim" in p.tag
                                                      or p.tag.POS == "PRTF" and "Subx" in p.tag)
               and not any(t in p.tag for t in ("Name", "Surn", "Patr", "Abbr"))  # "по" read as a surname
               for p in parses(word))


def _depends_on_person(before: Word, word: Word) -> bool:
    """A post in the genitive right after a common noun for a person ("заместитель
    акима", "помощник президента"): the name that follows holds the first post."""
    return before.is_word and not is_name_like(before) and best_pos(before) == "NOUN" \
        and "anim" in parses(before)[0].tag and "gent" in parses(word)[0].tag


def _sought(before: Word, word: Word) -> bool:
    """"кандидат в президенты": a plural person noun in the nominative form after "в" is
    the office someone runs for or is made ("в депутаты", "в мэры"), not one they hold."""
    return before.low == "в" and word.is_word and best_pos(word) == "NOUN" \
        and {"anim", "plur", "nomn"} <= set(parses(word)[0].tag.grammemes)


def _past_sought_office(gap: list | None) -> list | None:
    """The gap with "в президенты" taken as one item, as a quoted name is: "кандидата в
    президенты от Республиканской партии Дональда Трампа" holds the candidacy."""
    if gap is None:
        return None
    items, n = [], 0
    while n < len(gap):
        if n + 1 < len(gap) and not isinstance(gap[n], list) and not isinstance(gap[n + 1], list) \
                and _sought(gap[n], gap[n + 1]):
            items.append(gap[n:n + 2])
            n += 2
            continue
        items.append(gap[n])
        n += 1
    return items


def _dependent_role(text: str, role) -> bool:
    """A role the entities stage read out of "заместитель акима области Сафаров"."""
    before = [w for w in tokenize(text, max(0, role.start - 40), role.start) if w.is_word][-1:]
    first = [w for w in tokenize(role.text) if w.is_word][:1]
    return bool(before and first) and _depends_on_person(before[0], first[0])


def _named_in_its_case(role, entity: Entity) -> bool:
    """"дочь президента Узбекистана Ислама Каримова": a name right after the post that
    cannot be a nominative agrees with the post in the genitive, so holds it; the first
    name shows the case ("Нурлан Сейтов" may be a nominative, "Ислама Каримова" not)."""
    for m in entity.mentions:
        words = [w for w in tokenize(m.text) if w.is_word]
        if 0 <= m.start - role.end <= 2 and len(words) > 1 \
                and any("gent" in p.tag for p in parses(words[0])) \
                and not any("nomn" in p.tag for p in parses(words[0])):
            return True
    return False


def _agreed_gender(text: str, entity: Entity) -> str | None:
    """The gender the words agreeing with a person's names show, when they all agree:
    "61-летняя Мартин Обри", "Мартин Обри признала" (a guess from "Мартин" is masculine)."""
    found = set()
    for m in entity.mentions:
        surname = entity.name.split()[-1].lower()[:MIN_STEM] if entity.name.split() else ""
        if surname not in m.text.lower() or not all(
                not morph.known(w.low) or any({"nomn", "sing"} <= set(p.tag.grammemes) for p in parses(w))
                for w in tokenize(m.text) if w.is_word):
            continue  # "Певица просила", "сын Мии Фэрроу сказал": not this name's agreement
        before = [w for w in tokenize(text, max(0, m.start - AGREEMENT_REACH), m.start) if w.is_word][-1:]
        after = [w for w in tokenize(text, m.end, m.end + AGREEMENT_REACH) if w.is_word][:1]
        for w in before:
            tag = parses(w)[0].tag
            if tag.POS in ("ADJF", "PRTF") and {"sing", "nomn"} <= set(tag.grammemes):
                found.add(str(tag.gender))
        # "интервью господина Волкова была": the name depends on a thing's noun before it;
        # a person's post before it ("Прокурор Андреа Занончелли говорил") is in apposition
        dependent = any(best_pos(w) == "PREP" or best_pos(w) == "NOUN" and not (
            "nomn" in parses(w)[0].tag and posts.is_known(morph.lemma(w.low))) for w in before)
        for w in after if not dependent else ():
            tag = parses(w)[0].tag
            if tag.POS == "VERB" and "past" in tag and "sing" in tag:
                found.add(str(tag.gender))
    found &= {"masc", "femn"}
    return found.pop() if len(found) == 1 else None


def _as_woman(entity: Entity, text: str) -> Entity:
    """"Алия Нурпеисова считает": a name the entities stage read as a man's in the genitive
    ("Алий Нурпеисов") is a woman's in the nominative when a verb follows it, as a subject."""
    if entity.type != "PER" or not text or names.gender_of(entity.name) != "masc":
        return entity
    surname = entity.name.split()[-1].lower()[:MIN_STEM] if entity.name.split() else ""
    for m in entity.mentions:
        words = [w for w in tokenize(m.text) if w.is_word]
        if len(words) < 2 or surname not in m.text.lower() or not (
                all(_womans_nominative(w) for w in words) or _undeclined_womans(words, entity.name)):
            continue
        after = [w for w in tokenize(text, m.end, m.end + AGREEMENT_REACH) if w.is_word or w.text in ".,;:"]
        while after and after[0].is_word and best_pos(after[0]) in ("ADVB", "PRCL"):
            after = after[1:]  # "Нурпеисова также напомнила"
        tag = parses(after[0])[0].tag if after and after[0].is_word else None
        if tag is not None and tag.POS == "VERB" and tag.gender != "masc" and "plur" not in tag \
                and (tag.gender == "femn" or not _after_oblique_noun(text, m.start)) \
                or after and after[0].text == "." and _postposed_subject(text, m.start):
            return replace(entity, name=" ".join(w.text for w in words))
    return entity


def _after_oblique_noun(text: str, start: int) -> bool:
    """"Партия бывшего премьер-министра Петра Илиева набирает": a name right after a
    person's noun that cannot be nominative is in its case, whatever verb follows (after
    a body's genitive, "Директор фонда Валерия Котова", it may still be the subject)."""
    before = [w for w in tokenize(text, max(0, start - AGREEMENT_REACH), start) if w.is_word or w.text in ".,;:"]
    word = before[-1] if before else None
    return word is not None and word.is_word and not word.is_upper and best_pos(word) == "NOUN" \
        and "anim" in parses(word)[0].tag and not any("nomn" in p.tag for p in parses(word))


def _undeclined_womans(words: list[Word], name: str) -> bool:
    """"Мартина Биг": a man's surname ending in a consonant declines with his first name
    ("Мартина Бига"), so a first name in -а beside that surname as it stands in the
    nominative is a woman's ("Мартина"), not a man's in the genitive."""
    parts = name.split()
    if len(words) != 2 or len(parts) != 2:
        return False
    first, surname = words
    return surname.text == parts[1] and surname.low[-1] not in VOWELS \
        and first.text == parts[0] + "а"


def _postposed_subject(text: str, start: int) -> bool:
    """"На заседании выступила и адвокат Эльмира Жумабаева.": a woman's verb opens the
    sentence with no subject before it, so the name ending the sentence is that subject."""
    lo = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    words = [w for w in tokenize(text, lo, start) if w.is_word]
    verbs = [n for n, w in enumerate(words) if best_pos(w) == "VERB"]
    if len(verbs) != 1:
        return False
    tag = parses(words[verbs[0]])[0].tag
    return {"femn", "sing", "past"} <= set(tag.grammemes) and not any(
        parses(w)[0].tag.POS in ("NOUN", "NPRO") and "nomn" in parses(w)[0].tag for w in words[:verbs[0]])


def _womans_nominative(word: Word) -> bool:
    return word.is_upper and any({"femn", "nomn", "sing"} <= set(p.tag.grammemes)
                                 and ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) for p in parses(word))


def _named(entity: Entity) -> Entity:
    """An entity the entities stage left without a readable name ("", "马凌") is called by
    its longest mention in Cyrillic or Latin letters."""
    if READABLE.search(entity.name):
        return entity
    forms = [m.normal or m.text for m in entity.mentions]
    readable = [f for f in forms if READABLE.search(f)] or forms
    return replace(entity, name=max(readable, key=len))


def _past_quoted_names(gap: list[Word]) -> list | None:
    """The words between a post and a name, a name in quotation marks taken as one item
    (a list of its words): "главный тренер «Приволжья» Олег Савченко", "директор ТОО
    «Сункар» Иван Петров"; None when a mark is left open."""
    items, n = [], 0
    while n < len(gap):
        if gap[n].text in OPENING_MARKS or gap[n].text == '"':
            close = next((m for m in range(n + 1, len(gap)) if gap[m].text in CLOSING_MARKS + '"'), None)
            if close is None or close == n + 1:
                return None
            items.append(gap[n + 1:close])
            n = close + 1
            continue
        items.append(gap[n])
        n += 1
    return items


def _quoted_between(words: list[Word], a: int, b: int) -> list[Word] | None:
    """The words inside the first pair of quotation marks among ``words[a:b]``."""
    marks = [n for n in range(a, b) if words[n].text in "«»\"“”„"]
    if len(marks) < 2 or marks[1] - marks[0] < 2:
        return None
    return words[marks[0] + 1:marks[1]]


def _named_beside(words: list[Word], k: int) -> bool:
    """"Джон Эрнест студент", "мужчина Иван Петров", "этот мужчина": someone already named."""
    near = [words[n] for n in (k - 1, k + 1) if 0 <= n < len(words)]
    return any(w.is_word and w.is_upper and not w.initial for w in near) \
        or (k > 0 and words[k - 1].low in word_set("quote_anaphoric.txt"))


def _modified(words: list[Word], k: int) -> bool:
    """A noun with an adjective or a number before it ("33-летний мужчина")."""
    return k > 0 and words[k - 1].is_word and (best_pos(words[k - 1]) in ("ADJF", "NUMR")
                                               or words[k - 1].text[:1].isdigit())


def _gender_fits(word: Word, gender: str | None) -> bool:
    found = parses(word)[0].tag.gender
    return fits(str(found) if found else None, gender)


def nominative_in(mention: str, gender: str | None) -> bool:
    """Whether every word of a mention can be in the nominative, in the person's gender
    ("Сергея Орлова" cannot, nor "Медведева" for a man). Words after a name particle
    are the lineage, in the case it asks ("Хамад бен Халифа Аль Тани")."""
    words = [w for w in tokenize(mention) if w.is_word]
    cut = next((n for n, w in enumerate(words) if n and w.text in word_set("name_particles.txt")), None)
    words = words[:cut]
    if len(words) == 2 and _first_name_nominative(words[0], gender) and words[1].is_upper:
        return True  # "Октавиан Бурлаку": a first name in the nominative; the surname does not decline
    return bool(words) and all(
        not morph.known(w.low) and not w.low.endswith(OBLIQUE_SURNAME) or _only_a_thing(w)
        or _surname_taken_for_plural(w, gender) or any(
            "nomn" in p.tag and (gender not in ("masc", "femn") or p.tag.gender in (gender, None))
            for p in parses(w))
        for w in words)


def _first_name_nominative(word: Word, gender: str | None) -> bool:
    """A first name of the gender the dictionary knows only in the nominative ("Октавиан",
    not "Ивану")."""
    names = [p for p in parses(word) if "Name" in p.tag]
    return bool(names) and all(p.tag.case == "nomn" and (gender not in ("masc", "femn") or p.tag.gender == gender)
                               for p in names)


def _surname_taken_for_plural(word, gender) -> bool:
    """"Сапарбаев", "Жумабаев", "Мещеряков": a man's surname the dictionary reads only as
    the plural genitive of a first name or a noun ("Сапарбай", "мещеряк"), which no name
    in a mention is."""
    return gender != "femn" and word.text[:1].isupper() and word.low.endswith(("ов", "ев", "ёв", "ин")) \
        and all("plur" in p.tag and p.tag.POS == "NOUN" for p in parses(word))


def _only_a_thing(word) -> bool:
    """A capitalised word whose dictionary readings are all things ("Хамад" read as a
    plural of "хамада"): a foreign name the dictionary does not know, in any case."""
    return word.text[:1].isupper() and not any("anim" in p.tag for p in parses(word))


def post_key(title: str) -> str:
    first = title.split()[0] if title.split() else title
    return morph.lemma(first.lower())


def _genitive(word: Word) -> bool:
    return best_pos(word) in ("NOUN", "ADJF") and any("gent" in p.tag for p in parses(word)[:1])


def _body_words(name: str) -> set[str]:
    """The lemmas a body is looked up by: all of its name's, but only the head of a press
    service's ("пресс-служба акимата мегаполиса" is no акимат a bare "акимата" takes up)."""
    words = [w for w in tokenize(name) if w.is_word]
    if words and morph.lemma(words[0].low) in word_set("quote_press_services.txt"):
        return {morph.lemma(words[0].low)}
    return {morph.lemma(w.low) for w in words}
