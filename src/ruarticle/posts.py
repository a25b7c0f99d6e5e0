"""Posts: "премьер-министр РК", "глава МИД России", "посол США в России".

A post is a head word from ``posts.txt`` (or, right before a name, any animate
common noun) with the post adjectives before it (``post_modifiers.txt``) and
the chain after it: genitive organisations and countries ("госсовета КНР"),
"по"-phrases ("по правам человека") and, for envoys, "в"-places ("в России").
Its title, organisation and country are normalised here; who holds it is
decided in :mod:`ruarticle.officials`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import morph, names
from .resources import once, table, word_set

MAX_COMPLEMENT = 10
WIKI_QUOTES = regex.compile(r"'' (.*?) ''")
DASHES = frozenset({"—", "–", "-"})
ENVOYS = frozenset({"посол", "постпред", "представитель", "спецпредставитель", "полпред",
                    "консул"})
DELEGATES = frozenset({"депутат", "сенатор", "член", "конгрессмен", "кандидат", "представитель"})
OPEN_QUOTES = frozenset({"«", "\"", "„", "“"})
CLOSE_QUOTES = frozenset({"»", "\"", "“", "”"})
BARE_THING_SCORE = 0.5
ANIMATE_SCORE = 0.1  # a reading of a word before a name must be this likely to make it a post
NOT_NOUNS = frozenset({"CONJ", "PREP", "PRCL", "INTJ", "NPRO", "VERB", "INFN", "ADVB", "PRED",
                       "GRND", "COMP", "NUMR"})  # "Премьера нового шоу": too likely a thing to stand for a person


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens first..last that one recogniser found (an NER span or a place)."""
    first: int
    last: int
    type: str                  # PER, ORG or LOC
    country: str | None = None
    kind: str | None = None    # for places: country, city, region


@dataclass(frozen=True, slots=True)
class Post:
    first: int
    last: int
    start: int
    end: int
    head: str                  # lemma of the head word
    title: str
    organization: str | None
    country: str | None
    plural: bool
    person: int | None         # index into the people list, when attached
    generic: bool = False      # never a bare mention of a holder (see _generic)
    others: tuple[int, ...] = ()  # further holders of a plural post ("актрисы А, Б и В")


@once
def posts() -> frozenset[str]:
    return word_set("posts.txt")


@once
def known() -> frozenset[str]:
    """Posts and the occupations NEREL tags as professions (derived from its train split)."""
    return (posts() | word_set("professions.txt")) - word_set("not_professions.txt")


@once
def org_words() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2] if len(row) > 2 else "") for row in table("org_words.tsv")}


@once
def aliases() -> dict[str, str]:
    return {row[0]: row[1] for row in table("post_aliases.tsv")}


def canonical(head: str) -> str:
    """One key for one post: "премьер-министр" and "премьер" are the same."""
    return aliases().get(head, head)


def another_office(titles, head: str) -> bool:
    """"Аким города Ерлан Касымов ... Тренер сказал": a person whose titles include an
    office (office_posts.txt) and none with the post ``head`` is not that bare post's
    holder; a word that covers any office ("глава", "руководитель") may still be his.
    A bare office is left to the rules for offices (one holder at a time)."""
    offices = word_set("office_posts.txt")
    if head in word_set("office_covers.txt") or head in offices or canonical(head) in offices:
        return False
    keys = {head, canonical(head)}
    held = [(title.split()[0], title) for title in titles if title]
    return any(h in offices or t in offices for h, t in held) \
        and not any(h in keys or canonical(h) in keys or t in keys for h, t in held)


@lru_cache(maxsize=100_000)  # a pure function of the word form: worked out once per form
def head_lemma(word: str, before_name: bool = False) -> str | None:
    """The post a word names, if any: "Премьер-министра" -> "премьер-министр".

    Right before a name any animate common noun is taken as a post ("керамиста
    Геннадия Фисуна"), except family, nationality and plain people (not_posts.txt).
    """
    low = word.lower().replace("ё", "е")
    if low.startswith("экс-"):
        low = low[4:]
    pos = morph.pos(low)
    if pos in NOT_NOUNS:
        return None  # "После" is a preposition before it is the envoy's locative
    if not before_name and _mostly_thing(low):
        return None  # "политику" (policy), "во главе"
    listed = _listed_head(low)
    if listed:
        return listed
    if pos in ("ADJF", "PRTF") or not before_name or not word[1:].islower():
        return None  # only adjectives that can stand as nouns: "управляющий", "ведущий"
    return _animate_head(low, word.islower())


@lru_cache(maxsize=100_000)  # per lowercase form: head_lemma asks it in every case and context
def _listed_head(low: str) -> str | None:
    """The listed post an animate reading of the form names: "директора" -> "директор"."""
    for parse in morph.parses(low):
        # the lemma only for a person's reading: a participle's costs an inflection
        if _person_like(parse):
            lemma = _lemma(parse)
            if is_known(lemma):
                return lemma
    return None


@lru_cache(maxsize=100_000)
def _animate_head(low: str, lowercase: bool) -> str | None:
    """Any animate common noun taken as a post right before a name."""
    for parse in morph.parses(low):  # "стрелок" is first read as "стрелка"
        lemma = morph.normal(parse)
        if parse.tag.POS == "NOUN" and "anim" in parse.tag and parse.score >= ANIMATE_SCORE \
                and (lowercase or names.known_parse(parse)) \
                and lemma not in word_set("not_posts.txt") and not _nationality(lemma) \
                and lemma not in word_set("not_professions.txt") \
                and not {"Name", "Surn", "Patr"} & set(parse.tag.grammemes):
            return lemma
    return None


NATIONALITY_ENDINGS = ("ец", "анин", "янин", "ка", "ич")
NATIONALITY_PREFIX = 5


@once
def _place_prefixes() -> frozenset[str]:
    from .places import gazetteer

    return frozenset(a.replace("-", "")[:NATIONALITY_PREFIX] for a in gazetteer().adjectives)


def _nationality(lemma: str) -> bool:
    """"пуэрториканец", "американка": a people's name shares the start of a place adjective."""
    return lemma.endswith(NATIONALITY_ENDINGS) and len(lemma) > NATIONALITY_PREFIX + 1 \
        and lemma.replace("-", "")[:NATIONALITY_PREFIX] in _place_prefixes()


def is_known(lemma: str) -> bool:
    """A listed post or profession, or a compound of one ("вице-президент")."""
    parts = lemma.split("-")
    return bool(known() & {lemma, parts[0], parts[-1]})


def head_at(tokens, i, person_at) -> str | None:
    """The post whose head word is token i, if it is one."""
    word = tokens[i].text
    head = head_lemma(word, _before_name(tokens, i, person_at) or _capital_next(tokens, i))
    if head is None and _pope(tokens, i):
        return "папа"
    if head is None or (_adjectival(word) and _modifies_next(tokens, i)):
        return None
    return head


def _pope(tokens, i) -> bool:
    """"Папа Римский", "Папа Франциск", "на церемонии Папа подчеркнул": the pontiff, not
    somebody's dad (a capital inside a sentence says so as well as a name after it)."""
    word = tokens[i].text
    if morph.lemma(word.lower()) != "папа" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    inside = i > 0 and tokens[i - 1].sentence == tokens[i].sentence
    return morph.lemma(nxt.lower()) == "римский" or (
        word[:1].isupper() and (nxt[:1].isupper() or inside))


def extent(tokens, i, spans, person_at) -> tuple[int, int]:
    """First and last token of the post phrase around head token i."""
    return _modifiers(tokens, i), _complement(tokens, i, spans, person_at)


def _lemma(parse) -> str:
    """Noun lemma; a participle used as a noun keeps its own nominative ("управляющий")."""
    if parse.tag.POS == "PRTF":  # an adjective's normal form is already masculine nominative
        form = morph.inflect(parse, {"masc", "sing", "nomn"})
        if form is not None:
            return form.word.replace("ё", "е")
    return morph.normal(parse)


def _person_like(parse) -> bool:
    """An animate noun, or an adjective used as one ("управляющим", "учёному")."""
    pos = parse.tag.POS  # worked out anew on each access
    if pos == "NOUN":
        return "anim" in parse.tag.grammemes
    return pos in ("ADJF", "PRTF")


def _capital_next(tokens, i) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()


@lru_cache(maxsize=100_000)
def _mostly_thing(word: str, threshold: float = 0.75) -> bool:
    return sum(p.score for p in morph.parses(word) if "inan" in p.tag.grammemes) >= threshold


def _adjectival(word: str) -> bool:
    return morph.pos(word.lower()) in ("ADJF", "PRTF")


def _modifies_next(tokens, i) -> bool:
    """"ведущий специалист": an adjective agreeing with the noun after it modifies it."""
    if i + 1 >= len(tokens):
        return False
    mine = {(p.tag.case, p.tag.number) for p in morph.parses(tokens[i].text.lower())
            if p.tag.POS in ("ADJF", "PRTF")}
    return any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in mine
               for p in morph.parses(tokens[i + 1].text.lower()))


def _modifiers(tokens, i) -> int:
    first = i
    while first > 0 and tokens[first - 1].sentence == tokens[i].sentence:
        lemma = morph.lemma(tokens[first - 1].text.lower())
        if lemma not in word_set("post_modifiers.txt"):
            break
        first -= 1
    return first


def _complement(tokens, i, spans, person_at) -> int:
    """Last token of the post: the genitive chain, "по"-phrase or envoy's "в"-place."""
    last, j, head = i, i + 1, head_lemma(tokens[i].text, True)
    if j < len(tokens) and _title_adjective(tokens[i], tokens[j],
                                            j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()):
        last, j = j, j + 1  # "Папа Римский", "Патриархом Болгарским"
    while j < len(tokens) and j - i <= MAX_COMPLEMENT and tokens[j].sentence == tokens[i].sentence:
        if j in person_at or not _joined(tokens, j - 1, j):
            break
        span = spans.get(j)
        if span is not None and span.type != "PER":
            last = j = span.last
        elif _doubled_apostrophe(tokens, j):  # wiki quotes: отеля ''Sofitel''
            close = next((k + 1 for k in range(j + 2, min(j + 10, len(tokens) - 1))
                          if _doubled_apostrophe(tokens, k)), None)
            if close is None:
                break
            last = j = close
        elif tokens[j].text in OPEN_QUOTES:
            close = _closing_quote(tokens, j)
            if close is None:
                break
            last = j = close
        elif tokens[j].text.lower() == "по" and j + 1 < len(tokens) \
                and has_case(tokens[j + 1], "datv"):
            last = j = j + 1
        elif tokens[j].text.lower() in ("в", "во", "при") and head in ENVOYS and j + 1 in spans:
            last = j = spans[j + 1].last
        elif tokens[j].text.lower() == "от" and head in DELEGATES and j + 1 < len(tokens):
            last = j = _constituency(tokens, j + 1, spans)  # "депутат от «Единой России»"
        elif tokens[j].text in (",", "и") and _coordinated(tokens, j, person_at):
            last = j = _coordinated(tokens, j, person_at)
        elif genitive(tokens[j]) or (head in word_set("instrumental_posts.txt")
                                     and _instrumental(tokens[j])):
            last = j
        else:
            break
        j += 1
    return last


def _title_adjective(head, token, name_next: bool = False) -> bool:
    """A capitalised adjective after a post, agreeing with it, is part of the title; so is
    a lowercase one right before a name ("папа римский Бенедикт XVI")."""
    if not (token.text[:1].isupper() or name_next) or token.text.isupper() \
            or not token.text.isalpha() or "летн" in token.text.lower():
        return False  # "президент 89-летний Роберт Мугабе": an age, not a title
    cases = {(p.tag.case, p.tag.number) for p in morph.parses(head.text.lower())
             if p.tag.POS == "NOUN"}
    return any(p.tag.POS == "ADJF" and "Surn" not in p.tag and (p.tag.case, p.tag.number) in cases
               and p.score >= 0.2 for p in morph.parses(token.text.lower()))


def _instrumental(token) -> bool:
    """"(командующий) Сухопутными войсками": a noun phrase in the instrumental."""
    return not token.text.isupper() and any("ablt" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF")
                for p in morph.parses(token.text))


def _coordinated(tokens, j, person_at) -> int | None:
    """Last token of coordinated genitives after a post word: ", промышленности и
    торговли" in "министр инвестиций, промышленности и торговли". A list closes with
    "и"; a post word after the conjunction starts a new post ("министра и посла")."""
    last, closed = None, False
    while j + 1 < len(tokens) and tokens[j].text in (",", "и") and not closed:
        nxt = tokens[j + 1]
        if j + 1 in person_at or nxt.sentence != tokens[j].sentence \
                or not nxt.text.islower() or not genitive(nxt) \
                or head_lemma(nxt.text) is not None:
            break
        closed, last = tokens[j].text == "и", j + 1
        j = last + 1
    return last if closed else None


def _joined(tokens, a, b) -> bool:
    gap = tokens[b].start - tokens[a].end
    return gap <= 1


def _doubled_apostrophe(tokens, j) -> bool:
    return j + 1 < len(tokens) and tokens[j].text == tokens[j + 1].text == "'" \
        and tokens[j].end == tokens[j + 1].start


def _closing_quote(tokens, j):
    for k in range(j + 1, min(j + 8, len(tokens))):
        if tokens[k].text in CLOSE_QUOTES:
            return k
    return None


def _constituency(tokens, k, spans) -> int:
    """Last token of what a deputy represents: a place, a party in quotes, a word."""
    if k in spans:
        return spans[k].last
    if tokens[k].text in OPEN_QUOTES:
        return _closing_quote(tokens, k) or k
    return k


def has_case(token, case: str) -> bool:
    return any(case in p.tag for p in morph.parses(token.text))


def genitive(token) -> bool:
    """Whether a token may continue a genitive chain ("главы кабмина РК")."""
    word = token.text
    if len(word) < 2 or not word[0].isalpha():
        return False
    if word.isupper():
        return True  # abbreviations: МИД, ООН
    if morph.best(word).tag.POS in ("CONJ", "PREP", "PRCL", "INTJ", "NPRO", "VERB"):
        return False
    return any("gent" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR")
               for p in morph.parses(word))


def make(tokens, spans, first, head, last, head_word, holder) -> Post:
    """The post with its normal title, organisation and country."""

    words = [t.text for t in tokens[first:last + 1]]
    country, country_at = None, None
    for k in range(first, last + 1):
        span = spans.get(k)
        if span is not None and span.country and country is None:
            country = span.country
            if span.kind == "country":  # a city stays in the title: "аким Алматы"
                country_at = (k, span.last)
    org_at = _organization_start(tokens, spans, head + 1, last)
    title_end = last if country_at is None or country_at[1] != last else country_at[0] - 1
    title_words = words[:max(title_end, head) - first + 1]
    # The post's own words are common nouns: "Премьер-министр" at a sentence start is lowercased.
    title_words = [w.lower() if k <= head - first and not w.isupper() else w
                   for k, w in enumerate(title_words)]
    title = _joined_words(_title_case(names.phrase(title_words)))
    organization = None
    if org_at is not None:
        org_words_ = [t.text for t in tokens[org_at:last + 1]]
        organization = _balanced(_joined_words(_expand(names.phrase(org_words_))))
    plural = "plur" in morph.best(tokens[head].text).tag
    return Post(first, last, tokens[first].start, tokens[last].end, head_word, title,
                organization, country, plural, holder,
                _generic(tokens, head, last, head_word))


def _joined_words(words: list[str]) -> str:
    """Words with spaces between, commas and guillemets attached: "инвестиций, промышленности"."""
    joined = " ".join(words).replace(" ,", ",").replace("« ", "«").replace(" »", "»")
    return WIKI_QUOTES.sub(r"''\1''", joined.replace("' '", "''"))


def _balanced(name: str) -> str:
    """An organisation without the closing mark of the quotes it stood in: "Тобол",
    not "Тобол »" ("наставник «Тобола»")."""
    return name.strip("«»") if name.count("«") != name.count("»") else name


def _generic(tokens, head, last, head_word) -> bool:
    """Whether the post cannot stand for a person on its own ("членом Евросоюза",
    "основатель одной из компаний", "Премьера нового шоу", "выборы президента")."""
    before = morph.lemma(tokens[head - 1].text.lower()) if head else ""
    known_post = is_known(head_word) or head_word in word_set("sole_posts.txt")
    return (head_word in word_set("weak_posts.txt") or not known_post
            or before in word_set("generic_post_words.txt")
            or any(morph.lemma(t.text.lower()) == "один" for t in tokens[head + 1:last + 1])
            or _mostly_thing(tokens[head].text.lower(), BARE_THING_SCORE))


def _organization_start(tokens, spans, begin, last) -> int | None:
    for k in range(begin, last + 1):
        span = spans.get(k)
        if span is not None and span.type == "ORG":
            return k
        if morph.lemma(tokens[k].text.lower()) in org_words():
            return k
    return None


def _title_case(words: list[str]) -> list[str]:
    """Organisation words keep their usual spelling inside a title: "премьер Госсовета"."""
    out = []
    for word in words:
        spelling = org_words().get(morph.lemma(word.lower()), (None,))[0]
        out.append(word[:1].upper() + word[1:] if spelling and spelling[:1].isupper() else word)
    return out


def _expand(words: list[str]) -> list[str]:
    """Abbreviated organisation words in full: "Госсовет КНР" -> "Государственный совет КНР"."""
    out = []
    for word in words:
        entry = org_words().get(morph.lemma(word.lower()))
        full = entry[1] if entry else ""
        if full and morph.best(word).tag.case in ("nomn", "accs"):
            out.append(full)
        else:
            out.append(word)
    return out



def _before_name(tokens, i, person_at) -> bool:
    return i + 1 in person_at and tokens[i + 1].start - tokens[i].end <= 1
