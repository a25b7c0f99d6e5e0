"""Speaker names without the entities stage: person names put in the nominative,
persons mentioned in the text (for pronouns and posts), organisation names."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .. import morph, places
from ..names import CONSONANT_A, EPITHET, undeclined
from ..posts import canonical, posts
from ..resources import once, table, word_set
from .lexicon import channel_noun, org_head
from .words import Word, best_pos, is_latin, is_name_like, is_person_name, parses, recase, surname_as_plural, tokenize

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
MAX_NAME = 4
DEPUTY = "заместитель"  # the post clipped deputies' titles stand for ("замглавы", "зампред")
PLACES_BETWEEN = 2  # "премьер-министра РК", "министра Таджикистана": where the post is held
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
INSTRUMENTAL = "ом"  # "Фаррухом Икбалом": a hard-stem man's name in the instrumental
FEMININE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")
# a surname declining the Russian way, in any case: "Жумабаев", "Рахимовой", "Лупинского"
DECLINED_SURNAME = regex.compile(r"(?:[оеё]в|[иы]н)(?:а|у|ым|ой|е|ых)?$|[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую)$")
DECLINED_ENDINGS = ("ы", "и", "у", "ю", "е", "ом", "ем", "ой")  # an oblique-looking unknown word
MASCULINE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой")
BODY_ENDINGS = ("а", "у", "ом", "е", "ы", "ой", "ю", "я", "ем")  # case endings of a body's name
CLOSE_UP = regex.compile(r" ([.,!?])")  # "Тула . Происшествия" written back as "Тула. Происшествия"


@dataclass(frozen=True, slots=True)
class Person:
    """A run of capitalised name words somewhere in the text."""
    start: int
    end: int
    name: str
    gender: str | None
    subject: bool  # the run can be nominative: a likelier antecedent for "он"/"она"
    strong: bool   # two words or more, or a first name or surname the dictionary knows


def person_runs(words: list[Word]) -> list[tuple[int, int]]:
    """Index ranges of runs of capitalised words on one line that look like a
    person's name: one of them a known first name or surname, or two or more
    capitalised words the dictionary does not know ("Флоранс Девуар")."""
    runs, i, n = [], 0, len(words)
    while i < n:
        j = i
        while j < n and j - i < MAX_NAME and _person_word(words[j]) \
                and (j == i or _adjacent(words[j - 1], words[j])):
            j += 1
        if j == i:  # most words are no name's: nothing to trim or widen
            i += 1
            continue
        a, b = i, j
        while a < b and not _in_name(words[a]):
            a += 1
        while b > a and not _in_name(words[b - 1]):
            b -= 1
        a = _last_person_start(words, a, b)
        run = words[a:b]
        if run and any(is_person_name(w) for w in run):
            # a nominative first name opens the name unless a nominative surname comes first
            # ("Лис Ирина"); "Думе Андрей Воробьёв" is no name
            while a > 0 and b - a < MAX_NAME \
                    and (not _first_name(words[a]) or _can_be_nominative(words[a - 1:a])) \
                    and _surname_like(words[a - 1]) and not _known_common(words[a - 1]) \
                    and not _oblique_thing(words[a - 1]) and not _place_name(words[a - 1]) \
                    and is_latin(words[a - 1]) == is_latin(words[a]) \
                    and _adjacent(words[a - 1], words[a]):
                a -= 1
            while b < n and b - a < MAX_NAME and _surname_like(words[b]) \
                    and _adjacent(words[b - 1], words[b]):
                b += 1  # "Ирина Лис": a surname that is also a common word
            runs.append((a, b))
        elif len(run) >= 2 and not any(w.initial or _known(w) or is_latin(w) for w in run):
            runs.append((a, b))
        i = max(j, i + 1)
    return runs


def _oblique_thing(word: Word) -> bool:
    """A dictionary noun for a thing that cannot be nominative ("председатель Кабмина
    Адылбек Турдалиев"): capitalised, it heads a body's name in the genitive, and a
    surname put before a first name ("Лис Ирина") stands in the name's own case."""
    return _known(word) and not _person_parses(word) and best_pos(word) == "NOUN" \
        and not any("nomn" in p.tag for p in parses(word))


def _place_name(word: Word) -> bool:
    """A city, region or country of the gazetteer in any case ("аким Шымкента Габит
    Сыздыкбеков"): it says where a post is held, before the holder's name."""
    return places.is_place(morph.lemma(word.low))


def without_body(name: str) -> str:
    """"Мажилиса Ерлан Саиров" (a name the entities stage read on from "Депутат
    Мажилиса"): a native body's word or a place opening a person's name of three or more
    words is where the post is held, not part of the name."""
    words = [w for w in tokenize(name) if w.is_word]
    k = 0
    while len(words) - k > 2 and (body_word(words[k].low) or _place_name(words[k])):
        k += 1
    return name[words[k].start:] if k else name


def _known_common(word: Word) -> bool:
    """A dictionary word that is mostly a common noun or adjective ("Глава", "Представитель")."""
    best = parses(word)[0]
    return _known(word) and best.tag.POS in ("NOUN", "ADJF") and "anim" in best.tag


def _last_person_start(words: list[Word], a: int, b: int) -> int:
    """"... имени Н. П. Акимова Татьяна Казакова": a first name after a surname starts
    another person."""
    for k in range(b - 1, a, -1):
        if _first_name(words[k]) and not _first_name(words[k - 1]) and words[k - 1].text != ".":
            return k
    return a


def _first_name(word: Word) -> bool:
    best = parses(word)[0]
    return "Name" in best.tag and "nomn" in best.tag


def _adjacent(left: Word, right: Word) -> bool:
    return right.start - left.end <= 1


def _surname_like(word: Word) -> bool:
    return (word.is_word and word.is_upper and not word.initial and _in_name(word)
            and not (word.text.isupper() and len(word.text) > 1) and not body_word(word.low))


def _person_word(word: Word) -> bool:
    """A word that may belong to a person's name: a known first name or surname, or
    a capitalised word the dictionary does not know ("Тассулас", "Reuters")."""
    if not word.is_word or not word.is_upper or body_word(word.low):
        return False
    return is_person_name(word) or not _known(word) or (word.text.isupper() and len(word.text) > 1) \
        or _abbreviation_read(word)


def _abbreviation_read(word: Word) -> bool:
    """A capitalised word not in capitals that the dictionary reads first as an
    abbreviation ("Семак" as "СЭМАК"): no abbreviation is written so, a surname is."""
    return word.is_word and not word.text.isupper() and "Abbr" in parses(word)[0].tag


@lru_cache(maxsize=20_000)
def body_word(low: str) -> bool:
    """A word of a native body's name in any case ("Кенеша", "Мажлисом", "Акорды"):
    capitalised and unknown, it would pass for a person's name."""
    return low in word_set("quote_native_bodies.txt") or _listed_body(low) is not None


def _listed_body(low: str) -> str | None:
    """The listed nominative of a native body's word in an oblique case ("акорды" ->
    "акорда"), by its case ending, or None."""
    bodies = word_set("quote_native_bodies.txt")
    for ending in BODY_ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and stem:
            for listed in (stem, stem + "а"):
                if listed in bodies:
                    return listed
    return None


def _in_name(word: Word) -> bool:
    """Abbreviations and place names ("РК", "Польши") border a name but are not part of it."""
    if word.text.isupper() and len(word.text) > 1:
        return False
    if _abbreviation_read(word):
        return True  # "Семак" read as an abbreviation's Orgn: written so, it is a name
    if any(t in parses(word)[0].tag.grammemes for t in ("Geox", "Orgn")):
        return False  # "Дании" is a country before it is a name
    return is_person_name(word) or not any(
        t in p.tag.grammemes for p in parses(word)[:1] for t in ("Geox", "Orgn"))


def persons(text: str, start: int = 0, end: int | None = None) -> list[Person]:
    words = tokenize(text, start, end)
    found = []
    for a, b in person_runs(words):
        run = words[a:b]
        if _region_adjective(words, a, b):
            continue  # "Московской области": a region, not a woman named Московская
        if _post_of_body(words, a, b):
            continue  # "Аким города": the post, not a man named Аким
        woman = _woman_after_title(words, a, b)
        name = " ".join(w.text for w in run) if woman else nominative(run, _title_cases(words, a))
        strong = len(run) >= 2 or any(_known(w) and _person_parses(w) for w in run)
        found.append(Person(run[0].start, run[-1].end, name, gender_of(name),
                            (woman or _can_be_nominative(run)) and not _after_oblique_noun(words, a)
                            and not _unknown_instrumental(run),
                            strong))
    return found


def _region_adjective(words: list[Word], a: int, b: int) -> bool:
    """A lone capitalised adjective before a lowercase region's or city's noun
    ("Московской области", "Алтайского края"): a place's name, which looks like a
    woman's or man's surname ("-ская", "-ский") yet names nobody."""
    after = words[b] if b < len(words) else None
    return b - a == 1 and after is not None and after.is_word and not after.is_upper \
        and best_pos(words[a]) == "ADJF" and morph.lemma(after.low) in word_set("quote_jurisdictions.txt")


def _post_of_body(words: list[Word], a: int, b: int) -> bool:
    """A lone capitalised word that is also a post ("Аким", "Мэр") followed by a lowercase
    genitive ("Аким города", "Мэр Москвы" is a name-run of its own): the post of a body."""
    after = words[b] if b < len(words) else None
    return b - a == 1 and after is not None and after.is_word and not after.is_upper \
        and morph.lemma(words[a].low) in posts() \
        and any(p.tag.POS == "NOUN" and "gent" in p.tag for p in parses(after)[:2])


def _woman_after_title(words: list[Word], a: int, b: int) -> bool:
    """"Обвинитель Феруза Алимова": after a title in the nominative, a name whose surname
    can be a woman's nominative is hers, though the dictionary reads an unlisted first name
    as a man's genitive ("Феруз")."""
    before = words[a - 1] if a else None
    if before is None or not before.is_word or before.is_upper and not _known_common(before) \
            or best_pos(before) != "NOUN" or b - a < 2:
        return False
    before_cases = [p.tag for p in parses(before) if p.tag.POS == "NOUN"]
    if not any("nomn" in t for t in before_cases) or any("gent" in t for t in before_cases):
        return False
    last = words[b - 1]
    return any("Surn" in p.tag and "femn" in p.tag and "nomn" in p.tag for p in parses(last))


def _title_cases(words: list[Word], a: int) -> frozenset:
    """The cases of a person's post right before a name, which the name in apposition
    shares: "премьер-министра Нурлана Жаксыбекова" is his genitive, not a woman's
    nominative. Only a post that cannot be nominative tells (a noun for a thing,
    "словам Иванова", governs the name instead). A place between them ("премьер-министра
    РК Нурлана Жаксыбекова", "министра Таджикистана") is stepped over."""
    k = a - 1
    while k > 0 and a - k <= PLACES_BETWEEN and words[k].is_word and words[k].is_upper \
            and (words[k].text.isupper() or _place_name(words[k])):
        k -= 1
    before = words[k] if k >= 0 else None
    if before is None or not before.is_word or before.is_upper:
        return frozenset()
    nouns = [p for p in parses(before) if p.tag.POS == "NOUN"]
    if not nouns or any("nomn" in p.tag for p in nouns) or not all("anim" in p.tag for p in nouns):
        return frozenset()
    head = words[k - 1] if k else None  # "дочь капитана Ханна": the name may be the daughter's
    if head is not None and head.is_word and best_pos(head) == "NOUN" and "anim" in parses(head)[0].tag:
        return frozenset()
    return frozenset(c for p in nouns for c in CASES if c in p.tag)


def _after_oblique_noun(words: list[Word], a: int) -> bool:
    """A name right after a common noun that cannot be nominative ("депутатов Жогорку
    Кенеша", "словам Иванова") depends on that noun: it is no subject."""
    before = words[a - 1] if a else None
    return before is not None and before.is_word and not before.is_upper \
        and best_pos(before) == "NOUN" and not any("nomn" in p.tag for p in parses(before))


def _person_parses(word: Word):
    # the grammeme set, not ``t in p.tag``: pymorphy3 checks every asked grammeme is
    # known first, which costs more than the question itself (asked per word of a text)
    return [p for p in parses(word) if not p.tag.grammemes.isdisjoint(PERSON_GRAMMEMES)]


@lru_cache(maxsize=50_000)
def gender_of(name: str) -> str | None:
    """The gender of a nominative name: a known first name, else the surname's ending."""
    words = [w for w in tokenize(name) if w.is_word]
    # a double first name shows its gender in either part ("Жан-Франсуа", "Анна-Мария")
    parts = [v for w in words[:-1] if "-" in w.text for v in tokenize(w.text.replace("-", " ")) if v.is_word]
    for word in (w for w in [*words, *parts] if morph.known(w.low)):  # guesses for unknown names mislead
        for p in _person_parses(word):
            if "Name" in p.tag and "nomn" in p.tag and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)
    if words:
        last = words[-1].low
        if last.endswith(FEMININE_ENDINGS):
            return "femn"
        if last.endswith(MASCULINE_ENDINGS):
            return "masc"
    return None


def _can_be_nominative(run: list[Word]) -> bool:
    return all(any("nomn" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in parses(w))
               or not _known(w)
               for w in run)


def nominative(run: list[Word], hint: frozenset = frozenset()) -> str:
    """A person's name put in the nominative: "Алихана Смаилова" -> "Алихан Смаилов".
    ``hint`` holds the cases the phrase's head allows ("члена комитета Валерия Шнякина")."""
    if _unknown_instrumental(run):
        return " ".join(w.text[:-len(INSTRUMENTAL)] for w in run)
    shared = set(CASES)
    for word in run:
        # a plural reading is no person's case: "Людмилы" is no nominative of one Людмила
        cases = {c for p in _person_parses(word) if "plur" not in p.tag.grammemes
                 for c in CASES if c in p.tag.grammemes}
        if cases:
            shared &= cases
    if hint and shared & hint and "nomn" not in hint:
        shared &= hint
    elif _can_be_nominative(run) or not shared or hint and shared == {"loct"}:
        # "Советник совета Григоре Лупу": read only in the prepositional after a head that
        # governs no such case, the name is foreign and undeclined
        return " ".join(w.text for w in run)
    case = next(c for c in CASES if c in shared)
    sex = next((str(p.tag.gender) for w in run for p in _person_parses(w)
                if case in p.tag and p.tag.gender in ("masc", "femn")), None)
    return " ".join(_inflect(w, case, sex) for w in run)


def _unknown_instrumental(run: list[Word]) -> bool:
    """"с министром Фаррухом Икбалом": a foreign name the dictionary does not know, every
    word of it ending in the instrumental "-ом" after a consonant, is the name without it
    (no nominative name of two such words is written so)."""
    return len(run) >= 2 and all(
        not _known(w) and len(w.low) > len(INSTRUMENTAL) + 2 and w.low.endswith(INSTRUMENTAL)
        and w.low[-len(INSTRUMENTAL) - 1] not in "аеёиоуыэюяйь" for w in run)


def _known(word: Word) -> bool:
    return morph.known(word.low)


def _inflect(word: Word, case: str, sex: str | None) -> str:
    if not _known(word) and not word.low.endswith(("ова", "ева", "ина", "ына", "ого", "ского")):
        return word.text
    candidates = _person_parses(word) or [p for p in parses(word) if p.tag.POS == "NOUN"]
    if sex == "femn" and case != "nomn" and word.low.endswith("ой") and any(
            {"Surn", "masc", "nomn"} <= p.tag.grammemes for p in candidates):
        return recase(word.low[:-2] + "ая", word.text)  # "Яровой", a man's "Яровой": her "Яровая"
    for p in candidates:
        if case in p.tag and "sing" in p.tag and (sex is None or sex in p.tag or "ms-f" in p.tag
                                                  or p.tag.gender is None or not _person_parses(word)):
            form = morph.inflect(p, {"nomn"})
            if form:
                return recase(form.word, word.text)
    return word.text


def name_in(words: list[Word], proper: frozenset = frozenset()) -> tuple[str, bool] | None:
    """The person named by a speaker phrase, in the nominative, and whether it is
    surely a person: its name run, or else its trailing capitalised words ("Поп-звезда
    Мадонна", "NBC News"). A name that depends on the phrase's head ("менеджер Мии
    Фэрроу", "внук Манделы", "собеседник ТАСС") names someone else. Titles in quotation
    marks ("автор «Малхолланд Драйва»") name works, not people."""
    content = [w for w in _unquoted(words) if w.is_word]
    if not content:
        return None
    runs = [(a, b) for a, b in person_runs(content)
            if not dependent(content, a, b) and not _behind_common_noun(content, a, b)
            and not _post_as_name(content, a, b)]
    if runs:
        a, b = runs[-1]
        return nominative(content[a:b], _head_cases(content) if a > 0 else frozenset()), True
    b = len(content)
    a = b
    while a > 0 and _capital_word(content[a - 1], proper):
        a -= 1
    if a == b:
        return _latin_tail(content)
    if any(best_pos(w) == "NOUN" and not w.is_upper for w in content[1:a]):
        return None  # "Шеф полиции Сан-Диего": the name belongs to "полиции"
    run = content[a:b]
    if a > 0 and (morph.lemma(content[0].low) in word_set("quote_leader_posts.txt")
                  or canonical(content[0].low) == DEPUTY):
        return None  # "глава Минсвязи", "замглавы Нацбанка": the body led, not the leader's name
    if not run or _vague(run) or dependent(content, a, b) \
            or (a > 0 and any(w.text.isupper() for w in run)):
        return None
    return nominative(run), not any(is_latin(w) for w in run)


def _post_as_name(content: list[Word], a: int, b: int) -> bool:
    """"Аким Алматы", "Аким области": a post that is also a first name ("Аким"), opening
    the phrase and followed by what it governs, is the post."""
    return a == 0 and b == 1 and len(content) > 1 \
        and morph.lemma(content[0].low) in word_set("posts.txt")


def _unquoted(words: list[Word]) -> list[Word]:
    """The words outside «...» pairs (a phrase in quotation marks alone is kept whole)."""
    out, depth = [], 0
    for w in words:
        if w.text == "«":
            depth += 1
        elif w.text == "»" and depth:
            depth -= 1
        elif not depth:
            out.append(w)
    return out if any(w.is_word for w in out) else words


def _behind_common_noun(content: list[Word], a: int, b: int) -> bool:
    """"Шеф полиции Сан-Диего": a name without a first name after a common noun that
    is not the head belongs to that noun ("министр ... России Сергей Лавров" keeps his)."""
    if any(_first_name(w) or any("Name" in p.tag for p in parses(w)[:2]) for w in content[a:b]):
        return False
    return any(best_pos(w) == "NOUN" and not w.is_upper for w in content[1:a])


def _head_cases(content: list[Word]) -> frozenset:
    """The cases a common-noun head allows, which its apposition shares."""
    head = content[0]
    if is_name_like(head):
        return frozenset()
    return frozenset(c for p in parses(head) if p.tag.POS == "NOUN" for c in CASES if c in p.tag)


def _capital_word(word: Word, proper: frozenset) -> bool:
    if not word.is_upper:
        return False
    if any("Geox" in p.tag for p in parses(word)[:1]):
        return False
    return not word.initial or word.low in proper or not _known(word)  # "Викиновости"


def dependent(content: list[Word], a: int, b: int) -> bool:
    """Whether ``content[a:b]`` is a genitive or other dependent of the head word."""
    if a == 0:
        return False
    head = content[0]
    head_cases = {c for p in parses(head) for c in CASES
                  if c in p.tag and p.tag.POS == "NOUN" and p.score >= 0.1 and "Arch" not in p.tag}
    if not head_cases or is_name_like(head):
        return False
    if b - a > 1 and len(undeclined([w.text for w in content[a:b]])) == b - a:
        return False  # "Адвокат Александру Попеску": a name that does not decline shows no case
    first = _case_carrier(content, a, b)  # the first name, or the name itself, carries the case
    relation = a == 1 and morph.lemma(head.low) in word_set("quote_relations.txt")  # "Внук Деди Сетиавана"
    if first is content[a] and b - a > 1 and not _known(first) and not relation:
        # "Представитель полиции Нуну Варела", "депутат Думитру Арсене": a first name the
        # dictionary does not know shows no case; a surname shows it only when it declines
        # the Russian way
        first = content[b - 1]
        if not DECLINED_SURNAME.search(first.low):
            return False
    person = [p for p in _person_parses(first) if "plur" not in p.tag]
    if first is not content[a]:  # a surname read as a surname, not as a guessed first name
        person = [p for p in person if "Surn" in p.tag] or person
    if person:
        run_cases = {c for p in person for c in CASES if c in p.tag} | _his_genitive(content, a)
    elif _known(first) or first.low.endswith(DECLINED_ENDINGS):
        run_cases = {c for p in parses(first) for c in CASES
                     if c in p.tag and "plur" not in p.tag}  # one person: singular
    else:
        run_cases = set()
    # no noun governs the prepositional case: a first name read only so ("Григоре Лупу",
    # "Андрее") is a foreign one that does not decline
    run_cases -= {"loct"}
    if not run_cases:  # an unknown word, or one read only as a plural ("Хамад"): any case
        run_cases = set(CASES)
    return not (head_cases & run_cases)


def _his_genitive(content: list[Word], a: int) -> set[str]:
    """"шерифа Эда Смита": a first name in "-а" the dictionary knows only as a woman's
    nominative, before a surname in "-а" no Russian woman's surname ends in, is a man's
    genitive or accusative (hers would be "Эды Смит")."""
    first, nxt = content[a], content[a + 1] if a + 1 < len(content) else None
    if nxt is None or not nxt.is_upper or not CONSONANT_A.search(first.low) or not CONSONANT_A.search(nxt.low) \
            or nxt.low.endswith(FEMININE_ENDINGS):
        return set()
    return {"gent", "accs"}


def _case_carrier(content: list[Word], a: int, b: int) -> Word:
    """The word of a name that shows its case: the first, unless it is indeclinable
    ("Антониу Гутерриша": the surname's ending says genitive), then the surname read as one."""
    first = content[a]
    last = content[b - 1]
    if b - a < 2 or not any("Fixd" in p.tag for p in _person_parses(first)) \
            or last.low.endswith(FEMININE_ENDINGS):
        return first  # "Нилуфар Раджабова" may be her nominative as well as his genitive
    return last


def _vague(run: list[Word]) -> bool:
    """"СМИ", "итальянские СМИ": a source too vague to name."""
    return bool(run) and run[-1].low in word_set("quote_vague_sources.txt")


def organisation(words: list[Word]) -> str | None:
    """An organisation speaker: a quoted name, a trailing proper name after an
    organisation word ("концерн Bayer"), or a description of two or more words
    headed by one ("министерство культуры Польши"), or a name like "Белый дом"."""
    content = [w for w in words if w.is_word]
    if not content or _vague(content):
        return None
    quoted = _quoted(words)
    if quoted:
        return quoted
    tail = _trailing_names(content)
    rest = content[:len(content) - len(tail)]
    # "Канцелярия президента Джейкоба Зумы": a person after a post is whose the body is
    # "Администрация Барака Обамы": a person's name in the genitive is the body's owner
    held = tail and rest and any(is_person_name(w) for w in tail) and (
        not rest[-1].is_upper and "anim" in parses(rest[-1])[0].tag or _oblique_person(tail[0]))
    if tail and any(org_head(w) for w in rest) and not held:
        return " ".join(w.text for w in tail)
    noun = next((n for n, w in enumerate(content) if best_pos(w) == "NOUN"), None)
    if noun is not None and org_head(content[noun]) and (len(content) >= 2 or noun > 0):
        return head_nominative(content)
    if all(is_name_like(w) for w in content) or (content[0].is_upper and not content[0].initial) \
            or (is_name_like(content[-1]) and all(best_pos(w) == "ADJF" for w in content[:-1])):
        return " ".join(w.text for w in content)
    return None


def organisation_head(words: list[Word]) -> bool:
    """Whether the phrase's first noun names an organisation ("агентство «Ассошиэйтед пресс»")."""
    noun = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return noun is not None and not is_person_name(noun) and org_head(noun)


def _oblique_person(word: Word) -> bool:
    """A first name or surname the dictionary reads only in oblique cases ("Барака")."""
    found = _person_parses(word)
    return bool(found) and not any("nomn" in p.tag for p in found)


def _trailing_names(content: list[Word]) -> list[Word]:
    n = len(content)
    while n > 0 and is_name_like(content[n - 1]) and not any(
            "Geox" in p.tag for p in parses(content[n - 1])[:1]):
        n -= 1
    return content[n:]


def channel(words: list[Word]) -> str | None:
    """"Телеграм-канал «Тула. Происшествия»", "Telegram-канал Mash", "сайт Meduza": a
    channel's own name after its noun, as written ("Telegram-канал" is no part of it)."""
    if len(words) < 2 or not channel_noun(words[0].text.lower()):
        return None
    rest = words[1:]
    if rest[0].text in "«\"" and len(rest) > 2 and rest[-1].text in "»\"":
        rest = rest[1:-1]
    elif not all(w.is_word and (is_latin(w) or w.is_upper) for w in rest):
        return None  # "канал ведомства": no name of its own
    return CLOSE_UP.sub(r"\1", " ".join(w.text for w in rest)) or None


def _quoted(words: list[Word]) -> str | None:
    texts = [w.text for w in words]
    opening, closing = ("«", "»") if "«" in texts else ('"', '"')
    if opening in texts and closing in texts[texts.index(opening) + 1:]:
        a = texts.index(opening)
        b = texts.index(closing, a + 1)
        after_name = a > 0 and words[a - 1].is_upper and not words[a - 1].initial
        if a < b and not after_name:  # "группа Института Пушкина «ВКонтакте»": a page, not the body
            inside = [w for w in words[a + 1:b] if w.is_word]
            if len(inside) == 1:
                return _quoted_nominative(inside[0])
            return " ".join(w.text for w in inside)
    return None


def one_word_nominative(name: str) -> str:
    """An organisation's one-word name as written in an oblique case ("Вестей",
    "Интерфаксу") put in the nominative; other names unchanged."""
    words = tokenize(name)
    if len(words) != 1 or not words[0].is_upper or words[0].text.isupper():
        return name  # several words, or an abbreviation ("ВАДА") that does not decline
    if surname_as_plural(words[0].low, morph.parses(words[0].low)):
        return name  # "Русаков заявил": a surname, not the plural "русаки"
    return _native_nominative(words[0]) or _quoted_nominative(words[0])


def _native_nominative(word: Word) -> str | None:
    """"пресс-служба Акорды" -> "Акорда": a native body's word (quote_native_bodies.txt)
    in an oblique case, by its listed nominative; the dictionary does not know it."""
    low = word.low.replace("ё", "е")
    listed = _listed_body(low) if low not in word_set("quote_native_bodies.txt") else None
    return recase(listed, word.text) if listed else None


def _quoted_nominative(word: Word) -> str:
    """"по данным «Вестей»" -> "Вести": a one-word title in an oblique case, in the
    nominative of its own number."""
    found = parses(word)
    compound = _compound_nominative(word)
    if compound:
        return compound
    if word.text.isupper() or any("nomn" in p.tag for p in found):
        return word.text
    if not morph.known(word.low):
        return _guessed_nominative(word)
    form = morph.inflect(found[0], {"nomn", found[0].tag.number}) if found[0].tag.number else None
    return recase(form.word, word.text, letters=True) if form else word.text


def _compound_nominative(word: Word) -> str | None:
    """"Росавиации", "Нацполиции", "Росстата" -> "Росавиация", "Нацполиция", "Росстат"."""
    found = morph.compound_tail(word.low)
    return recase(found[0] + found[1].normal_form, word.text, letters=True) if found else None


def _guessed_nominative(word: Word) -> str:
    """"в «Саратовводоканале»", "заявлении Нацфронта" -> "Саратовводоканал", "Нацфронт":
    a body's name no dictionary knows, whose ending can only be an oblique case, takes the
    lemma pymorphy3 guesses for an inanimate noun. Where it also guesses a feminine "-а"
    ("Эгеспоре"), the bare stem: companies, clubs and agencies are mostly named by words
    ending in a consonant ("-пром", "-канал", "-спор")."""
    if is_latin(word) or not word.text.replace("-", "").isalpha():  # "Спорт-Экспресса" too
        return word.text
    weights: dict[str, float] = {}
    for p in parses(word):
        if p.tag.POS == "NOUN" and "inan" in p.tag and "sing" in p.tag:
            weights[p.normal_form] = weights.get(p.normal_form, 0.0) + p.score
    if not weights:
        return word.text  # "Ростехе" read as a person's nickname: better left as written
    bare = [n for n in weights if not n.endswith(("а", "я", "о", "е"))]
    lemma = max(bare or weights, key=lambda n: weights[n])
    # a guess that respells the stem ("ростёха") is no reading of this name
    return recase(lemma, word.text, letters=True) if word.low.startswith(lemma[:-1]) else word.text


def body_nominative(name: str) -> str:
    """A body's name as the entities stage or the speaker phrase wrote it, in the
    nominative, its capitals, abbreviations and punctuation kept: one word ("Ростуризме"),
    adjectives before an abbreviation ("Приморского УГМС"), or a head noun that can only be
    oblique before words that depend on it ("Госагентстве архитектуры, строительства и ЖКХ")."""
    content = [w for w in tokenize(name) if w.is_word]
    if len(content) < 2:
        return one_word_nominative(name)
    return _before_abbreviation(name, content) or _oblique_head(name, content) or name


def _before_abbreviation(name: str, content: list[Word]) -> str | None:
    """"Волго-Вятского УГМС" -> "Волго-Вятское УГМС": adjectives in an oblique case
    before an abbreviation take the nominative of the abbreviation's head noun."""
    abbreviation, adjectives = content[-1], content[:-1]
    if len(abbreviation.text) < 2 or not abbreviation.text.isupper() or is_latin(abbreviation) \
            or not all(_adjective_parses(w) for w in adjectives) \
            or any("nomn" in p.tag for w in adjectives for p in _adjective_parses(w)):
        return None
    genders = {p.tag.gender for p in _adjective_parses(adjectives[-1])}
    gender = "femn" if genders == {"femn"} else _abbreviation_gender(abbreviation.text)
    return _respelled(name, {w: _agreeing(w, {"sing", gender}) for w in adjectives})


def _adjective_parses(word: Word) -> list:
    return [p for p in parses(word) if p.tag.POS == "ADJF" and "sing" in p.tag]


def _abbreviation_gender(abbreviation: str) -> str:
    """The gender of the noun an abbreviation stands for: by its first letters, else as the
    dictionary knows it ("МВД"), else masculine."""
    for prefix, gender in _abbreviation_prefixes():
        if abbreviation.startswith(prefix):
            return gender
    known = morph.parses(abbreviation.lower()) if morph.known(abbreviation.lower()) else ()
    return next((p.tag.gender for p in known if p.tag.gender in ("masc", "neut", "femn")), "masc")


@once
def _abbreviation_prefixes() -> tuple[tuple[str, str], ...]:
    """The first letters of abbreviations with their head noun's gender, longest first."""
    rows = sorted(table("quote_abbreviation_genders.tsv"), key=lambda r: -len(r[0]))
    return tuple((prefix, gender) for prefix, gender, *_ in rows)


def _oblique_head(name: str, content: list[Word]) -> str | None:
    """"Госагентстве архитектуры" -> "Госагентство архитектуры", "Московского комсомольца"
    -> "Московский комсомолец", "Всемирной продовольственной и сельскохозяйственной
    организации ООН": a capitalised head noun no parse of which is nominative, after
    adjectives at most, goes into the nominative with them; the words after it depend on it
    and stay as written."""
    if not content[0].is_upper or content[0].text.isupper():
        return None
    at = 0
    while at < len(content) and (content[at].low == "и" or best_pos(content[at]) == "ADJF"):
        at += 1
    if at == len(content) or content[at].text.isupper() or best_pos(content[at]) != "NOUN" \
            or any("nomn" in p.tag for w in content[:at] if w.low != "и" for p in parses(w)):
        return None
    head = content[at]
    if at + 1 < len(content) and content[at + 1].low == "и":
        return None  # "Канады и Великобритании": names joined, each of them in that case
    # singular adjectives rule out the head's plural reading ("Всемирной ... организации")
    single = at > 0 and not any("plur" in p.tag for w in content[:at] if w.low != "и" for p in parses(w))
    readings = [p for p in parses(head) if not (single and "plur" in p.tag)]
    if not readings or any("nomn" in p.tag for p in readings):
        return None
    found = readings[0]
    form = morph.inflect(found, {"nomn", found.tag.number}) if found.tag.number else None
    nominative = recase(form.word, head.text, letters=True) if form and morph.known(head.low) else _quoted_nominative(head)
    if nominative == head.text:
        return None
    agree = {"plur"} if "plur" in found.tag else {"sing", found.tag.gender}
    forms = {w: _agreeing(w, agree) for w in content[:at] if w.low != "и"}
    if at:
        nominative = nominative[:1].lower() + nominative[1:] if head.text[:1].islower() else nominative
    return _respelled(name, {**forms, head: nominative})


def _agreeing(word: Word, agree: set) -> str:
    """An adjective in the nominative of its noun's gender or number, capitals kept."""
    adjectives = [p for p in parses(word) if p.tag.POS == "ADJF"]
    # of several adjectives spelt alike, the one already of the wanted gender or number
    parse = next((p for p in adjectives if agree <= p.tag.grammemes), adjectives[0] if adjectives else parses(word)[0])
    form = morph.inflect(parse, {"nomn"} | agree)
    return recase(form.word, word.text, letters=True) if form else word.text


def _respelled(name: str, forms: dict) -> str:
    """``name`` with some of its words replaced, everything between them kept."""
    out, at = [], 0
    for word in sorted(forms, key=lambda w: w.start):
        out += [name[at:word.start], forms[word]]
        at = word.end
    return "".join(out) + name[at:]


def head_nominative(words: list[Word]) -> str | None:
    """A described body in the nominative, its words after the head noun as written:
    "столичной мэрии" -> "Столичная мэрия", "полицейского управления Вашингтона" ->
    "Полицейское управление Вашингтона"."""
    content = [w for w in words if w.is_word]
    if len(content) > 1 and content[-1].text.isupper():  # "Алтайского ЦГМС": the abbreviation's gender
        text = " ".join(w.text for w in content)
        found = _before_abbreviation(text, [w for w in tokenize(text) if w.is_word])
        if found:
            return found
    nouns = [n for n, w in enumerate(content) if best_pos(w) == "NOUN"]
    # "полицейского" may be a noun, but before another noun it is that noun's modifier
    noun = next((n for n in nouns if not any(p.tag.POS == "ADJF" for p in parses(content[n]))),
                nouns[0] if nouns else None)
    if noun is None:
        return None
    head = parses(content[noun])[0]
    agree = {g for g in ("masc", "femn", "neut", "plur") if g in head.tag}  # "полицейского управления"
    group = [_inflect_common(w, agree if n < noun else set()) for n, w in enumerate(content[:noun + 1])]
    group[0] = group[0][:1].upper() + group[0][1:]
    return " ".join(group + [w.text for w in content[noun + 1:]])


def _inflect_common(word: Word, agree: set = frozenset()) -> str:
    """The word in the nominative; a modifier also in its head noun's gender or number."""
    parse = next((p for p in parses(word) if p.tag.POS == "ADJF"), None) if agree else None
    parse = parse or parses(word)[0]
    if "nomn" in parse.tag and not agree or word.text.isupper():  # "МИД" stays "МИД", not "Мид"
        return word.text
    form = morph.inflect(parse, {"nomn"} | set(agree)) or morph.inflect(parse, {"nomn"})
    return form.word if form else word.text


def feminine_in(words: list[Word]) -> str | None:
    """The name words of a phrase whose verb is feminine, as written: the subject of
    "сказала" is already in the nominative ("Александра Панфилова")."""
    run = [w for w in words if w.is_word and w.is_upper and (is_person_name(w) or not morph.known(w.low))]
    if not run or not run[-1].low.endswith(("а", "я")) or EPITHET.search(run[-1].low):
        return None  # "Уильямс-младшая": the epithet's ending, not the name's
    return " ".join(w.text for w in run)


def with_gender(name: str, gender: str | None) -> str:
    """Re-read a name in the gender its verb shows: "Владислава Челаха" said by a man
    ("он шепнул") is Владислав Челах, not Владислава."""
    words = [w for w in tokenize(name) if w.is_word]
    if gender not in ("masc", "femn") or not words or gender_of(name) in (gender, None):
        return name
    for case in CASES[1:]:
        forms = [_inflect_gendered(w, case, gender) for w in words]
        if all(forms):
            return " ".join(forms)
    return name


def _inflect_gendered(word: Word, case: str, gender: str) -> str | None:
    for p in _person_parses(word) or parses(word):
        if case in p.tag and gender in p.tag and "sing" in p.tag:
            form = morph.inflect(p, {"nomn"})
            return recase(form.word, word.text) if form else None
    return None


def known_source(name: str) -> str:
    """"Ъ", "газета «Коммерсант»" -> "Коммерсантъ": a news source by the name readers know."""
    aliases = _source_aliases()
    words = regex.findall(r"[\w-]+", name.lower().replace("ё", "е"))
    while len(words) > 1 and morph.lemma(words[0]) in word_set("quote_media_heads.txt"):
        words = words[1:]
    for key in (" ".join(words), " ".join(morph.lemma(w) for w in words)):
        if key in aliases:
            return aliases[key]
    return name


@once
def _source_aliases() -> dict[str, str]:
    return {variant: canonical for variant, canonical in table("quote_source_aliases.tsv")}


WORD_TAIL = regex.compile(r"[\p{L}-]*")


def unclipped(text: str, name: str) -> str:
    """A name whose indeclinable surname lost its ending somewhere upstream ("Акакий
    Нишнианидз" for "Нишнианидзе") gets the ending back from the text, when the
    longer word is written there and the dictionary marks it as indeclinable."""
    words = name.split()
    last = words[-1] if words else ""
    at = text.find(last) if len(last) > 2 else -1
    if at < 0:
        return name
    written = last + WORD_TAIL.match(text, at + len(last)).group()
    if written == last or len(written) - len(last) > 2 or not _indeclinable(written.lower()):
        return name
    return " ".join(words[:-1] + [written])


@lru_cache(maxsize=4096)
def _indeclinable(low: str) -> bool:
    return any("Fixd" in p.tag and "Surn" in p.tag for p in morph.parses(low))


def _latin_tail(content: list[Word]) -> tuple[str, bool] | None:
    """"пользователь ЖЖ zyalt", "блогера Wedding word": a nickname or a site in Latin
    letters, whatever its case, after a common noun names the speaker."""
    a = len(content)
    while a > 0 and is_latin(content[a - 1]):
        a -= 1
    if a == len(content) or a == 0:
        return None
    return " ".join(w.text for w in content[a:]), False


def genitive(name: str) -> str:
    """A place's name in the genitive, word by word ("Южная Корея" -> "Южной Кореи");
    abbreviations and words the dictionary cannot decline stay as written, and so does the
    name that follows "Республика" ("Республики Татарстан")."""
    return declined(name, "gent")


def declined(name: str, case: str) -> str:
    """A place's name in ``case`` ("datv": "Санкт-Петербург" -> "Санкт-Петербургу"), word
    by word, as ``genitive`` does."""
    words, out = name.split(), []
    for k, word in enumerate(words):
        if k and words[k - 1].lower() == "республика":
            out.extend(words[k:])  # the name after "Республика" is an apposition
            break
        parse = next((p for p in morph.parses(word.lower()) if "nomn" in p.tag), None)
        form = morph.inflect(parse, {case}) if parse is not None and not word.isupper() else None
        out.append(_cased_as(form.word, word) if form is not None else word)
    return " ".join(out)


def _cased_as(form: str, word: str) -> str:
    """A declined form with the capitals of the word it was made from, part by part:
    "санкт-петербургу" for "Санкт-Петербург" -> "Санкт-Петербургу"."""
    written = word.split("-")
    parts = form.split("-")
    if len(parts) != len(written):
        return form.capitalize() if word[:1].isupper() else form
    return "-".join(p.capitalize() if w[:1].isupper() else p for p, w in zip(parts, written))
