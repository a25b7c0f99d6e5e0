"""Word tests over posts, offices and titles of speaker phrases ("президента США", "глава Минфина")."""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import acronyms, morph, places, posts
from ..records import Entity
from ..resources import once, table, word_set
from .np_words import instrumental_post
from .roster import levels, post_key
from .words import Word, best_pos, parses, post_participle, pronoun_gender, tokenize

FORMER = ("бывший", "экс")  # "бывший президент" no longer holds the post
QUALIFIER_STEM = 4  # "российский" and "Россия" qualify the same office
ROLE_GAP = 3  # characters between a role and its holder's name ("Бардо, актриса")
SENTENCE_GAP = regex.compile(r"[.!?\n]")  # "Орлова.\n\nПредседатель": no apposition across it
TITLE_REST = regex.compile(r"\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}")  # "ситуациям" after "министр по чрезвычайным"


def participle_post(word: Word) -> bool:
    """A participle (not an adjective) used as a post's noun: "заведующий лабораторией"."""
    return word.is_word and post_participle(word, proper=True) and parses(word)[0].tag.POS == "PRTF"


def named_holder(text: str, entity: Entity) -> bool:
    """A person the entities stage may tie an office to by coreference: one with a first
    name and a surname, or seen with a post beside their name ("Продкорпорация", a body's
    one word taken for a person, is neither)."""
    return len(entity.name.split()) > 1 or any(attested(text, entity, r) for r in entity.roles)


def post_taken_for_place(mention: str, entity: Entity) -> bool:
    """A capitalised post opening a headline ("Аким Карагандинской области") that the
    entities stage took for a place or body: the post, no name."""
    content = [w for w in tokenize(mention) if w.is_word]
    return entity.type != "PER" and len(content) == 1 and not content[0].text.isupper() \
        and (posts.is_known(morph.lemma(content[0].low))
             or morph.lemma(content[0].low) in word_set("quote_offices.txt"))  # "Хоким Ташкентской области"


def post_taken_for_name(entity: Entity) -> bool:
    """A person whose whole name is one known post ("Аким" opening a sentence or a
    headline), or one with the place it is held in: the entities stage took the post
    for a first name."""
    content = [w for w in tokenize(entity.name) if w.is_word]
    # "Хоким Ташкента" opening a sentence: the post and the place it is held in
    head = morph.lemma(content[0].low) if content else ""
    return entity.type == "PER" and 0 < len(content) <= 2 \
        and (posts.is_known(head) or head in word_set("quote_offices.txt")) \
        and all(places.is_place(morph.lemma(w.low)) for w in content[1:])


@lru_cache(maxsize=4096)
def title_lemmas(title: str) -> tuple[str, ...]:
    return tuple(morph.lemma(w.low) for w in tokenize(title) if w.is_word)


def ministers(title: list[str], field: str) -> bool:
    """"министр финансов" heads "Министерство финансов": the post and the field agree."""
    return len(title) > 1 and title[0] == "министр" and title[1][:QUALIFIER_STEM] == field[:QUALIFIER_STEM]


def capitalised_post(words: list[Word]) -> bool:
    """"телеграмме Президента", "Аким Карагандинской области": a post written with a
    capital out of respect or opening a headline, with its jurisdiction at most, no name."""
    content = [w for w in words if w.is_word]
    if len(content) == 1:
        return posts.is_known(morph.lemma(content[0].low))
    post = _post(words)
    if not content or not content[0].is_upper or post is None:
        return False
    if len(content) == 2 and post in word_set("quote_offices.txt") \
            and places.is_place(morph.lemma(content[1].low)):
        return True  # "Хоким Ташкента добавил": the city's хоким, named before
    return (posts.is_known(post) or post in word_set("quote_offices.txt")) \
        and morph.lemma(content[-1].low) in word_set("quote_jurisdictions.txt")


def holds(text: str, entity: Entity, post: str) -> bool:
    return any(post_key(r.title) == post and attested(text, entity, r) for r in entity.roles)


def attested(text: str, entity: Entity, role) -> bool:
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


def in_places(role, places: frozenset) -> bool:
    """Whether a role is held in every place a post phrase names, and is not a former one."""
    text = role.text.lower()
    if any(text.startswith(f) for f in FORMER):
        return False
    if not places:
        return True
    where = {morph.lemma(w.low) for w in tokenize(role.text) if w.is_word}
    where |= {morph.lemma(w.lower()) for w in (role.country, role.organization) if w}
    return places <= where


def _post(words: list[Word]) -> str | None:
    """The lemma of a one-word common-noun speaker ("премьер-министр", "певица"), or of
    a post with its country ("президента России")."""
    content = [w for w in words if w.is_word]
    phrase = " ".join(morph.lemma(w.low) for w in content)
    if phrase in _post_phrases():
        return _post_phrases()[phrase]  # "глава государства" -> президент
    if content and not content[0].is_upper:  # "главный тренер", "генеральный директор": the noun holds the post
        content = without_post_adjectives(content)  # ("Государственный обвинитель" opening a sentence is a side's)
    if _governs_instrumental(content) or _acting(content):
        content = content[:1]  # "заведующая отделением", "исполняющий обязанности ...": the participle's post
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


def without_post_adjectives(words: list[Word]) -> list[Word]:
    """The words from a post's noun on: its own adjectives (post_modifiers.txt) dropped,
    the last word always kept ("Главный тренер «Сабаила»" -> "тренер «Сабаила»")."""
    k = 0
    while k < len(words) - 1 and words[k].is_word and morph.lemma(words[k].low) in word_set("post_modifiers.txt"):
        k += 1
    return words[k:]


def _governs_instrumental(content: list[Word]) -> bool:
    """"заведующая отделением", "командующий войсками": a participle post with the
    instrumental it governs, which says what it heads, as a place does for an office;
    the post is the participle's (its lemma, "заведовать", keys the holder either way)."""
    return len(content) > 1 and instrumental_post(content[0]) \
        and (participle_post(content[0]) or best_pos(content[0]) == "NOUN") \
        and any(p.tag.case == "ablt" for p in parses(content[1])[:1]) \
        and all(any(p.tag.case in ("ablt", "gent") for p in parses(w)) for w in content[2:])  # "отделением реанимации"


def _acting(content: list[Word]) -> bool:
    """"исполняющий обязанности (главного тренера)": one acting in a post, keyed by the
    participle whatever the post, as the roster keys the one appointed to act."""
    return len(content) > 1 and " ".join(morph.lemma(w.low) for w in content[:2]) in word_set("quote_acting_phrases.txt")


@once
def _post_table() -> dict[str, list[str]]:
    """Phrase -> the posts it may stand for, in the order tried."""
    return {phrase: posts.split("|") for phrase, posts in table("quote_post_phrases.tsv")}


@once
def _post_phrases() -> dict[str, str]:
    """Phrase -> the first post it may stand for."""
    return {phrase: options[0] for phrase, options in _post_table().items()}


def post_options(words: list[Word]) -> list[str]:
    """Every post a speaker phrase may stand for: "глава региона" is a губернатор in
    Russia, an аким in Kazakhstan; a plain post stands for itself."""
    phrase = " ".join(morph.lemma(w.low) for w in words if w.is_word)
    return _post_table().get(phrase) or [_post(words)]


def qualifier_stems(words: list[Word]) -> set:
    """The qualifiers of a post phrase after its head, short forms spelled out:
    "глава Минфина" -> {"минф", "мини", "фина"}."""
    content = [w for w in words if w.is_word][1:]
    found = {qualifier(w) for w in content if len(w.text) > 2 or w.text.isupper()}
    for w in content:
        key = acronyms.short_form(w.text)
        if key:
            found |= {qualifier(v) for v in tokenize(acronyms.known()[key]) if v.is_word}
    return found


def initials(words: list[Word]) -> set:
    """The abbreviations runs of words spell with their initials, as office qualifiers
    ("министр иностранных дел" -> "мид", "мид" in "глава МИД"); short words such as
    "по" are skipped."""
    letters = [w.low[0] for w in words if w.is_word and len(w.text) > 2 and w.text[0].isalpha()]
    return {"".join(letters[a:b])[:QUALIFIER_STEM] for a in range(len(letters))
            for b in range(a + 2, min(len(letters), a + QUALIFIER_STEM) + 1)}


def office_words(words: list[Word]) -> list[Word]:
    """The words of a post phrase that say which office it is ("нынешний" does not)."""
    content = [w for w in words if w.is_word]
    while len(content) > 1 and morph.lemma(content[0].low) in word_set("quote_office_modifiers.txt") \
            and not content[0].low.startswith(FORMER):  # "бывший президент" holds it no more
        content = content[1:]
    return content


def office_post(words: list[Word]) -> str:
    """The office a phrase names, as one word: "глава государства" -> "президент"."""
    content = office_words(words)
    phrase = " ".join(morph.lemma(w.low) for w in content)
    head = next((w for w in content if best_pos(w) == "NOUN"), content[0])
    national = national_post(words)  # "глава российского государства" -> "президент"
    return _post_phrases().get(phrase) or (national[0] if national else morph.lemma(head.low))


def state_office(words: list[Word]) -> bool:
    """An office of a state: "глава государства", or an office with places only after
    it ("Премьер-министр Израиля", "президента США")."""
    if " ".join(morph.lemma(w.low) for w in words) in _post_phrases():
        return True
    return len(words) > 1 and morph.lemma(words[0].low) in word_set("quote_offices.txt") \
        and post_places(words[1:]) and len(post_places(words[1:])) == len(words) - 1


def _oblique_name(word: Word) -> bool:
    return word.is_upper and not word.initial and any(
        t in p.tag for p in parses(word)[:1] for t in ("Surn", "Name")) \
        and not any("nomn" in p.tag and "masc" in p.tag for p in parses(word))


def post_places(words: list[Word]) -> frozenset:
    """Lemmas of the places qualifying a post: "президента США" -> {"сша"}."""
    return frozenset(morph.lemma(w.low) for w in words
                     if w.is_word and any("Geox" in p.tag for p in parses(w)[:1]))


def post_level(words: list[Word]) -> str | None:
    """The level of territory a post phrase names after its head ("аким области" ->
    "область", "глава Алматы" -> "город"), when it names one."""
    found = levels(frozenset(morph.lemma(w.low) for w in [w for w in words if w.is_word][1:]))
    return next(iter(found)) if len(found) == 1 else None


def national_post(words: list[Word]) -> tuple[str, str, str] | None:
    """(post, country code or "", the adjective's lemma) of a post after a place's
    adjective: "Таджикский министр" -> ("министр", "TJ", "таджикский"), "Вологодский
    губернатор" -> ("губернатор", "", "вологодский"); that place's holder, not another's."""
    content = [w for w in words if w.is_word]
    if len(content) == 3 and best_pos(content[0]) == "NOUN" and best_pos(content[1]) == "ADJF":
        # "Глава российского государства": the place's adjective inside a post's phrase
        content, head = content[1:2], [content[0], content[2]]
    elif len(content) == 2 and best_pos(content[0]) == "ADJF" and best_pos(content[1]) == "NOUN":
        content, head = content[:1], content[1:]
    else:
        return None
    adjective = morph.lemma(content[0].low)
    place = places.gazetteer().adjectives.get(adjective)
    post = _post(head)
    if place is None or not post:
        return None
    return post, place.code if place.kind == "country" else "", adjective


def countries_of(lemmas) -> frozenset:
    """The country codes some words of a title name: "пакистан", "узбекский", "рк"."""
    g = places.gazetteer()
    found = set()
    for lemma in lemmas:
        place = g.adjectives.get(lemma) or (g.names.get((lemma,)) or (None,))[0] \
            or g.abbreviations.get(lemma.upper())
        if place is not None and place.kind == "country":
            found.add(place.code)
    return frozenset(found)


def office_qualifiers(words: list[Word]) -> frozenset | None:
    """Lemmas that say which office a phrase headed by an office names ("Президент России"
    -> {"россия"}), or None when the head is no office or nothing qualifies it."""
    content = [w for w in words if w.is_word]
    head = next((w for w in content if best_pos(w) == "NOUN"), None)
    if head is None or morph.lemma(head.low) not in word_set("quote_offices.txt"):
        return None
    found = frozenset(qualifier(w) for w in specific(content) if w is not head and not w.text[0].isdigit()
                      and morph.lemma(w.low) not in word_set("quote_office_modifiers.txt"))
    return found or None


def specific(words: list[Word]) -> list[Word]:
    """The words of a post phrase but generic body nouns, which qualify no office in
    particular ("глава компании" is the head of whichever company is in play)."""
    return [w for w in words if not w.is_word or w.is_upper and not w.initial
            or morph.lemma(w.low) not in word_set("quote_anaphoric_bodies.txt")]


def qualifier(word: Word) -> str:
    """A word of an office's qualifier, compared across forms: a country however written
    ("российский", "РФ", "России" -> RU), else the start of its lemma."""
    g = places.gazetteer()
    place = g.abbreviations.get(word.text) or g.adjectives.get(morph.lemma(word.low)) \
        or g.names.get((morph.lemma(word.low),), (None,))[0]
    return place.name if place is not None else morph.lemma(word.low)[:QUALIFIER_STEM]
