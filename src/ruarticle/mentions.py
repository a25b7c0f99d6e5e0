"""Mention candidates: NER spans and gazetteer places, aligned to razdel tokens.

Places refine NER: an NER location that is a known country or city takes its
ISO code and kind; places NER missed (country adjectives, abbreviations inside
organisation names) are added; places inside a person's name are dropped.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from . import morph, names, orgs, places, posts
from .posts import Span
from .records import Token
from .resources import word_set

REGION_HEADS = frozenset({"область", "край", "округ", "республика", "штат", "провинция",
                          "губерния", "автономия", "графство", "земля", "префектура"})
EDGE_PUNCTUATION = frozenset({"—", "–", "-", ",", ".", ":", ";", "!", "?"})
CITY_HEADS = frozenset({"город", "поселок", "село", "деревня", "станица"})


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    type: str                 # PER, ORG, LOC
    kind: str                 # person, organization, country, city, region, location
    country: str | None
    normal: str
    first: int                # token indices
    last: int
    bare_post: bool = False
    place_name: str | None = None   # display name of a known place
    key: str = ""             # merge key for organisations and places

    @property
    def span(self) -> Span:
        return Span(self.first, self.last, self.type, self.country,
                    self.kind if self.type == "LOC" else None)

    @property
    def weight(self) -> int:
        """How full a name is: a word written out counts twice an initial ("Владислав
        Юрьевич Сурков" over "В. Ю. Сурков")."""
        return sum(1 if w.endswith(".") else 2 for w in self.normal.split())


def candidates(text: str, tokens: tuple[Token, ...], spans) -> list[Candidate]:
    starts = [t.start for t in tokens]
    sentence_starts = frozenset(i for i, t in enumerate(tokens)
                                if i == 0 or tokens[i - 1].sentence != t.sentence)
    hits = places.find(tokens, sentence_starts)
    exact = {(h.start, h.end): h for h in hits}
    located = _Located(hits)
    found, ner_ranges = [], []
    for span in spans:
        first, last = _trimmed(tokens, *_token_range(starts, tokens, span.start, span.end))
        if first > last:
            continue
        words = [t.text for t in tokens[first:last + 1]]
        start, end = tokens[first].start, tokens[last].end
        if _office_word(words[0]) and (span.type != "PER" or not _named_after(tokens, first, last)):
            continue  # "Аким Караганды", "Аким области": a post and its place, no body, place or person
        ner_ranges.append((start, end, span.type))
        hit = exact.get((start, end))
        if span.type != "PER" and located.inside_widened(start, end):
            continue  # "Азия" of "Центральная Азия": the widened place stands instead
        if span.type == "LOC" and " ".join(names.phrase(words)).lower() in orgs.reclassified() \
                or span.type == "PER" and orgs.named_like_org(words):
            found.append(_organization(text, tokens, first, last, located))
        elif span.type == "ORG" and orgs.is_product(words):
            continue
        elif span.type == "LOC" and hit is None and first == last and first > 0 \
                and tokens[first - 1].text == ":" and _common_noun(tokens[first].text):
            continue  # "Лукашенко: Товарооборот с ...": a capitalised common noun, no place
        elif span.type == "LOC" or (hit is not None and hit.widened):
            found.append(_location(text, tokens, first, last, hit, located))
        elif span.type == "ORG":
            found.append(_organization(text, tokens, first, last, located))
        else:
            found.extend(_person(text, tokens, first, last))
    covered = _covering(ner_ranges)
    titles = {(s, e) for s, e, kind in ner_ranges if kind == "ORG" and _quoted(text, s, e)}
    for hit in hits:
        if not covered(hit) and not _nationality(tokens, hit) and (hit.start, hit.end) not in titles:
            found.append(_from_hit(hit))
    found = _outermost_people(found)
    found += _lexicon_orgs(text, tokens, found, hits)
    extended = _extended_orgs(text, tokens, found, hits)
    widened = {e.first for e in extended}
    # The widened name replaces the bare one: "МИД России" is one mention, not two.
    found = [c for c in found if not (c.type == "ORG" and c.first in widened)] + extended
    found = _joined_people(text, tokens, found + _known_surnames(text, tokens, found))
    found += _areas(text, tokens, found)
    return sorted(found, key=lambda c: (c.start, -c.end))


def _office_word(word: str) -> bool:
    """One word naming an office one person holds (office_posts.txt: "Аким", "Губернатор")."""
    return word[:1].isupper() and morph.lemma(word.lower()) in word_set("office_posts.txt")


def _named_after(tokens, first: int, last: int) -> bool:
    """Whether a first name or surname follows the office word at ``first``, inside the
    span or right after a one-word span ("Аким Иванов" is a man called Аким;
    "Аким Караганды" is the city's аким)."""
    end = last if last > first else first + 1
    return any(k < len(tokens) and tokens[k].sentence == tokens[first].sentence and any(
        p.tag.POS == "NOUN" and {"Name", "Surn"} & set(p.tag.grammemes)
        for p in morph.parses(tokens[k].text.lower())[:2]) for k in range(first + 1, end + 1))


def _areas(text, tokens, found) -> list[Candidate]:
    """"юге Лондона", "столицы США": an area of a named place is a location too."""
    places_at = {c.first: c for c in found
                 if c.type == "LOC" and tokens[c.first].text[:1].isupper()}
    out = []
    for i, token in enumerate(tokens[:-1]):
        place = places_at.get(i + 1)
        if place and token.end + 1 >= tokens[i + 1].start \
                and _genitive_word(tokens[place.last].text) \
                and morph.lemma(token.text.lower()) in word_set("area_words.txt"):
            normal = _phrase(text, tokens, i, place.last)
            out.append(Candidate(token.start, place.end, "LOC", "location", place.country, normal,
                                 i, place.last, key=f"location:{normal.lower()}"))
    return out


def _outermost_people(found) -> list[Candidate]:
    """Drop a person span inside another ("Дж" inside "Дж.Коми")."""
    kept, reach = [], -1
    for c in sorted(found, key=lambda c: (c.type != "PER", c.start, -c.end)):
        if c.type == "PER":
            if c.end <= reach:
                continue
            reach = c.end
        kept.append(c)
    return kept


def _nationality(tokens, hit) -> bool:
    """"российский программист", "французский язык": an adjective of a person or language."""
    if not hit.adjective:
        return False
    for token in tokens[hit.last + 1:hit.last + 5]:
        best = morph.best(token.text.lower())
        if best.tag.POS == "NOUN":
            return best.normal_form == "язык" or (
                "anim" in best.tag and morph.normal(best) not in posts.posts())
        if token.text not in (",", "и") and best.tag.POS not in ("ADJF", "PRTF", "CONJ"):
            return False
    return False


def _occupied(found) -> set[int]:
    return {i for c in found for i in range(c.first, c.last + 1)}


def _lexicon_orgs(text, tokens, found, hits) -> list[Candidate]:
    """Organisations named by common nouns: "правительство", "военной полиции",
    "российских властей", "пресс-служба главы кабмина РК", "сборной России"."""
    taken, out, countries = _occupied(found), [], _Countries(found)
    adjectives = {h.last for h in hits if h.adjective}
    places_after = {h.first: h for h in hits if not h.adjective}
    people = {c.first for c in found if c.type == "PER"}
    i = 0
    while i < len(tokens):
        match = orgs.lexicon_at(tokens, i) if i not in taken else None
        if match is None:
            i += 1
            continue
        last, mode = match
        first = orgs.left_modifiers(tokens, i, adjectives)
        place = places_after.get(last + 1)
        if mode == "chain":
            last = orgs.genitive_chain(tokens, last, people)
        elif mode == "ext" and place and _genitive(tokens, place):
            last = place.last
        elif (mode == "ext") or (mode == "adj" and first == i):
            i = last + 1
            continue
        out.append(_org(text, tokens, first, last, countries))
        i = last + 1
    return out


def _extended_orgs(text, tokens, found, hits) -> list[Candidate]:
    """"МИД России", "администрации Брянской области", "Совета Безопасности ООН": an
    organisation with a place or another organisation after it in the genitive."""
    after = {h.first: (h.last, tokens[h.last].text) for h in hits
             if not h.adjective and h.place.kind in ("country", "city")}
    for c in found:
        if c.type in ("LOC", "ORG") and tokens[c.first].text[:1].isupper():
            after.setdefault(c.first, (c.last, tokens[c.last].text))
    out, countries = [], _Countries(found)
    for c in found:
        nxt = after.get(c.last + 1)
        if c.type == "ORG" and nxt and tokens[c.last + 1].start - c.end <= 1 \
                and (_genitive_word(nxt[1]) or _republic_of(tokens, c.last + 1)) \
                and not orgs.told_outlet(tokens, c.last + 1):
            out.append(_org(text, tokens, c.first, nxt[0], countries))
    return out


def _genitive(tokens, hit) -> bool:
    return _genitive_word(tokens[hit.last].text) or _republic_of(tokens, hit.first)


def _republic_of(tokens, i: int) -> bool:
    """"Министерство здравоохранения Республики Казахстан": a state called "Республика"
    with its name in apposition is in the genitive by that first word, the name undeclined."""
    word = tokens[i].text
    return morph.lemma(word.lower()) == "республика" and _genitive_word(word)


def _genitive_word(word: str) -> bool:
    return word.isupper() or any("gent" in p.tag for p in morph.parses(word))


class _Countries:
    """The places with a country among the candidates, by start, so that an organisation's
    country is found without a pass over every candidate (a long text has thousands)."""

    def __init__(self, found):
        located = sorted((c.start, i, c.end, c.country) for i, c in enumerate(found)
                         if c.type == "LOC" and c.country)
        self.starts = [x[0] for x in located]
        self.located = located

    def within(self, start: int, end: int) -> str | None:
        """The country of the earliest listed place inside ``start:end``."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        inside = [x for x in self.located[lo:hi] if x[2] <= end]
        return min(inside, key=lambda x: x[1])[3] if inside else None


def _org(text, tokens, first, last, countries: _Countries) -> Candidate:
    start, end = tokens[first].start, tokens[last].end
    normal = _phrase(text, tokens, first, last)
    return Candidate(start, end, "ORG", "organization", countries.within(start, end),
                     normal, first, last, key=f"org:{normal.lower()}")


def _known_surnames(text, tokens, found) -> list[Candidate]:
    """A capitalised word that repeats a name NER found elsewhere: "Педченко родился ..."."""
    stems = {names.stem(w) for c in found if c.type == "PER"
             for w in c.normal.split() if w[:1].isupper() and len(w) > 2}
    taken, out = _occupied(found), []
    respellings = _Respellings(stems)
    for i, token in enumerate(tokens):
        word = token.text
        if i in taken or not word[:1].isupper() or word.isupper() or len(word) < 3:
            continue
        if _honorific(word.lower()):
            continue
        if names.stem(word) in stems or respellings.match(word):
            out.append(Candidate(token.start, token.end, "PER", "person", None, word, i, i))
    return out


def _joined_people(text, tokens, found) -> list[Candidate]:
    """"Хвана Чжан Епа" found as "Хвана" and "Чжан Епа": person spans only a space
    apart are one name when together they spell, in any case, a full name the article
    writes elsewhere ("Хван Чжан Еп"). Otherwise they may well be two people
    ("адвокат Александра Кокорина Андрей Ромашов")."""
    people = sorted((c for c in found if c.type == "PER"), key=lambda c: c.start)
    full = {_stems(c.normal) for c in people if len(c.normal.split()) > 1}
    joined, out = set(), []
    for a, b in zip(people, people[1:]):
        if id(a) in joined or b.first != a.last + 1 or text[a.end:b.start] != " " \
                or _stems(f"{a.normal} {b.normal}") not in full:
            continue
        joined |= {id(a), id(b)}
        out.append(Candidate(a.start, b.end, "PER", "person", None, text[a.start:b.end],
                             a.first, b.last))
    return [c for c in found if id(c) not in joined] + out


def _stems(name: str) -> tuple[str, ...]:
    return tuple(names.stem(w) for w in name.split())


SPELLING_MIN = 5


class _Respellings:
    """"Бонер" in an article about "Джон Бенер": a word unknown to the dictionary one
    letter from exactly one name NER found is that name spelt another way. Names are
    indexed by their one-letter deletions, so a word is compared with a few, not all."""

    def __init__(self, stems) -> None:
        self.by_deletion: dict[str, set[str]] = {}
        for s in stems:
            if len(s) >= SPELLING_MIN:
                for key in _deletions(s):
                    self.by_deletion.setdefault(key, set()).add(s)

    def match(self, word: str) -> bool:
        stem = names.stem(word)
        if len(stem) < SPELLING_MIN or not self.by_deletion:
            return False
        near = {s for key in _deletions(stem) for s in self.by_deletion.get(key, ())}
        if sum(names.one_edit(stem, s) for s in near) != 1:
            return False
        return not morph.known(word)


def _deletions(stem: str) -> set[str]:
    """The stem and every string one letter shorter: two strings one edit apart share one."""
    return {stem} | {stem[:k] + stem[k + 1:] for k in range(len(stem))}


def _person(text, tokens, first, last) -> list[Candidate]:
    """A person span without the titles NER glued to it ("Император Акихито"),
    with the initials it left out ("Б.Обама")."""
    while first <= last and _title(tokens[first].text):
        first += 1
    first = _past_post_of_place(tokens, first, last)
    first = _without_lead(tokens, first, last)
    if first > last:
        return []
    while first >= 2 and tokens[first - 1].text == "." and _initial(tokens[first - 2]) \
            and tokens[first].start - tokens[first - 2].start <= 4 \
            and "\n" not in text[tokens[first - 1].end:tokens[first].start]:  # "IT.\nАлександр"
        first -= 2
    return [Candidate(tokens[a].start, tokens[b].end, "PER", "person", None,
                      text[tokens[a].start:tokens[b].end], a, b)
            for a, b in _two_people(tokens, first, last)]


def _past_post_of_place(tokens, first, last) -> int:
    """"Аким Алматы Ерболат Досаев": a post word that is also a first name ("Аким"),
    followed by a place, opens the span; the person starts at the first name after it."""
    if last - first < 2 or posts.head_lemma(tokens[first].text) is None \
            or not morph.has_tag(tokens[first + 1].text, "Geox"):
        return first
    for k in range(first + 2, last):
        if morph.has_tag(tokens[k].text, "Name"):
            return k
    return first


def _two_people(tokens, first, last) -> list[tuple[int, int]]:
    """Token ranges of the people in one span: NER sometimes runs two names together,
    "Сергей Анатольевич Лебедев Путин" (a full Russian name has three words) or
    "Кима Чен Ира Ким Ир Сен" (the family name starts the next one)."""
    words = [t.text for t in tokens[first:last + 1]]
    if len(words) >= 4 and morph.has_tag(words[1], "Patr") and morph.has_tag(words[0], "Name") \
            and all(w[:1].isupper() and w.isalpha() for w in words[2:4]):
        return [(first, first + 2), *_two_people(tokens, first + 3, last)]
    for k in range(2, len(words) - 1):
        if words[k][:1].isupper() and names.stem(words[k]) == names.stem(words[0]):
            return [(first, first + k - 1), (first + k, last)]
    return [(first, last)]


def _title(word: str) -> bool:
    low = word.lower().replace("ё", "е")
    return _honorific(low) or (
        posts.head_lemma(word) is not None and low not in word_set("not_posts.txt")
        and not names.known_name(word))  # a guessed surname reading ("Замакима") is no name


NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox"})
VERBAL = frozenset({"INFN", "VERB", "ADVB", "GRND", "PREP", "CONJ"})
ADJECTIVES = frozenset({"ADJF", "PRTF"})


def _without_lead(tokens, first, last) -> int:
    """First token of a person span without the words NER glued before the name:
    a verb or adverb ("Отрешить Соловьева ...", "Вдобавок С.Антуфьев") or an
    adjective with its lifeless noun ("Государственной Думе Андрей Воробьёв")."""
    while last - first >= 2:
        if _only(tokens[first].text, VERBAL):
            step = 1
        elif _only(tokens[first].text, ADJECTIVES) and _lifeless(tokens[first + 1].text):
            step = 2
        else:
            break
        if not any(_name_word(t.text) for t in tokens[first + step:last + 1]):
            break
        first += step
    return first


def _only(word: str, kinds) -> bool:
    """A dictionary word every reading of which is of these parts of speech."""
    found = morph.parses(word)
    return bool(found) and all(names.known_parse(p) and p.tag.POS in kinds
                               and not NAME_TAGS & set(p.tag.grammemes) for p in found)


def _lifeless(word: str) -> bool:
    found = morph.parses(word)
    return bool(found) and all(names.known_parse(p) and p.tag.POS == "NOUN" and "inan" in p.tag
                               and not NAME_TAGS & set(p.tag.grammemes) for p in found)


def _name_word(word: str) -> bool:
    return any({"Name", "Surn"} & set(p.tag.grammemes) for p in morph.parses(word))


def _honorific(low: str) -> bool:
    """"Папу", "Сэра": a title before names in any case (honorifics.txt holds lemmas)."""
    return low in word_set("honorifics.txt") or morph.lemma(low) in word_set("honorifics.txt")


def _initial(token) -> bool:
    return token.text[:1].isupper() and len(token.text) <= 2 and token.text.isalpha()


def _trimmed(tokens, first, last) -> tuple[int, int]:
    """Without dashes, commas and stops NER left at the edges ("Мишель —")."""
    while first <= last and tokens[first].text in EDGE_PUNCTUATION:
        first += 1
    while last >= first and tokens[last].text in EDGE_PUNCTUATION:
        last -= 1
    if first < last and AGE.fullmatch(tokens[last].text):
        last -= 1  # "телеканалу DAZN 42-летний спортсмен": the age starts the next phrase
    if first < last and tokens[last].text in posts.CLOSE_QUOTES and not _opened(tokens, first, last):
        last -= 1  # 'союза Зимбабве — Патриотический фронт"': the opening mark is outside
    if first < last and tokens[first].text in posts.OPEN_QUOTES and not _closed(tokens, first, last):
        first += 1
    inside = [t.text for t in tokens[first:last + 1]]
    if last + 1 < len(tokens) and tokens[last + 1].text == "»" and tokens[last + 1].start == tokens[last].end \
            and inside.count("«") > inside.count("»"):
        last += 1  # "банк «Сибирский капитал": the mark it opened closes right after it
    return first, last


AGE = regex.compile(r"\d+-(летн|лет)\w*")


def _opened(tokens, first, last) -> bool:
    """Whether the closing mark at ``last`` closes a mark opened inside the span."""
    inner = [t.text for t in tokens[first:last]]
    if tokens[last].text == '"':
        return inner.count('"') % 2 == 1
    return any(w in posts.OPEN_QUOTES - {'"'} for w in inner)


def _closed(tokens, first, last) -> bool:
    inner = [t.text for t in tokens[first + 1:last + 1]]
    if tokens[first].text == '"':
        return inner.count('"') % 2 == 1
    return any(w in posts.CLOSE_QUOTES - {'"'} for w in inner)


def _token_range(starts, tokens, start, end):
    first = bisect.bisect_left(starts, start)
    if first > 0 and tokens[first - 1].end > start:
        first -= 1
    last = bisect.bisect_left(starts, end) - 1
    return first, last


def _quoted(text, start, end) -> bool:
    """Whether the span is all a name in quotation marks (the club «Астана» is no city)."""
    return text[start - 1:start] in posts.OPEN_QUOTES and text[end:end + 1] in posts.CLOSE_QUOTES


def _covering(ner_ranges):
    """Whether a place lies inside a person's name or a location NER already has (it is
    then dropped): among the ranges starting at or before it, the one reaching furthest."""
    ranges = sorted((start, end) for start, end, kind in ner_ranges if kind in ("PER", "LOC"))
    starts, reach, furthest = [r[0] for r in ranges], [], -1
    for _, end in ranges:
        furthest = max(furthest, end)
        reach.append(furthest)

    def covered(hit) -> bool:
        n = bisect.bisect_right(starts, hit.start)
        return n > 0 and reach[n - 1] >= hit.end
    return covered


def _from_hit(hit) -> Candidate:
    place = hit.place
    return Candidate(hit.start, hit.end, "LOC", place.kind, place.code or None, hit.normal,
                     hit.first, hit.last, place_name=place.name,
                     key=f"{place.kind}:{place.code}:{place.name}")


def _apposed_title(tokens, first, last) -> bool:
    """A name in quotation marks after the noun of its kind ("фонда «Даму»", "банка
    «Халык»") stays in the nominative whatever the noun's case. It is declined alone ("в
    «Газпроме»") and as another body's genitive ("совета «Единой России»"), where its
    first word can take the noun's case."""
    if first < 2 or last + 1 >= len(tokens) or tokens[first - 1].text not in posts.OPEN_QUOTES \
            or tokens[last + 1].text not in posts.CLOSE_QUOTES:
        return False
    noun = tokens[first - 2].text
    if noun.isupper() and 2 <= len(noun) <= 6 and noun.isalpha():
        return True  # "ОАХК «Барки Точик»", "АО «Самрук»": a legal form's letters decline nothing
    if not noun.islower():
        return False
    cases = {p.tag.case for p in morph.parses(noun) if p.tag.POS == "NOUN"}
    if morph.lemma(noun) not in word_set("quote_org_heads.txt"):
        if not cases:
            return False
        cases.add("gent")  # "аналитиков «Фридом Финанс»": after other nouns a declined name is a genitive
    return not any(p.tag.case in cases for p in morph.parses(tokens[first].text.lower()))


def _phrase(text, tokens, first, last) -> str:
    """Normal form of tokens first..last, with the text's own spacing between them."""
    forms = names.phrase([t.text for t in tokens[first:last + 1]])
    out, pos = [], tokens[first].start
    for token, form in zip(tokens[first:last + 1], forms):
        out += [text[pos:token.start], form]
        pos = token.end
    return "".join(out)


class _Located:
    """Places by position, so a span looks only at the places near it (not all of them)."""

    def __init__(self, hits) -> None:
        self.hits = sorted(hits, key=lambda h: h.start)  # already in order; stable
        self.starts = [h.start for h in self.hits]
        self.at: dict[int, list] = {}
        for h in self.hits:
            self.at.setdefault(h.first, []).append(h)
        self.widened = [h for h in self.hits if h.widened]
        self.widened_starts = [h.start for h in self.widened]
        self.widest = max((h.end - h.start for h in self.widened), default=0)

    def inside_widened(self, start: int, end: int) -> bool:
        """Whether a widened place ("Республики Казахстан") strictly holds the span; only
        places starting within the longest widened length before it can."""
        low = bisect.bisect_left(self.widened_starts, start - self.widest)
        high = bisect.bisect_right(self.widened_starts, start)
        return any(h.end >= end and (h.start, h.end) != (start, end)
                   for h in self.widened[low:high])

    def inside(self, start: int, end: int) -> list:
        found = []
        for k in range(bisect.bisect_left(self.starts, start), len(self.hits)):
            h = self.hits[k]
            if h.start >= end:
                break
            if h.end <= end:
                found.append(h)
        return found


def _common_noun(word: str) -> bool:
    """A dictionary noun none of whose readings is a place or a name."""
    found = morph.parses(word.lower())
    return morph.known(word.lower()) and found[0].tag.POS == "NOUN" and not any(
        t in p.tag for p in found for t in ("Geox", "Name", "Surn", "Orgn", "Abbr"))


def _location(text, tokens, first, last, hit, located) -> Candidate:
    if hit is not None:
        return _from_hit(hit)
    start, end = tokens[first].start, tokens[last].end
    normal = _phrase(text, tokens, first, last)
    inner = located.inside(start, end)
    country = (inner[0].place.code or None) if inner else None
    return Candidate(start, end, "LOC", _kind(normal), country, normal, first, last,
                     key=f"location:{normal.lower()}")


def _kind(normal: str) -> str:
    lemmas = {morph.lemma(w.lower()) for w in normal.split()}
    if lemmas & REGION_HEADS:
        return "region"
    if lemmas & CITY_HEADS:
        return "city"
    return "location"


def _organization(text, tokens, first, last, located) -> Candidate:
    start, end = tokens[first].start, tokens[last].end
    normal = text[start:end] if _apposed_title(tokens, first, last) else _phrase(text, tokens, first, last)
    inner = [h for h in located.inside(start, end) if h.place.kind == "country"]
    after = [h for h in located.at.get(last + 1, ()) if h.place.kind == "country"
             and not h.adjective and tokens[last + 1].start - tokens[last].end <= 1]
    country = (inner or after or [None])[0]
    return Candidate(start, end, "ORG", "organization", country.place.code if country else None,
                     normal, first, last, key=f"org:{normal.lower()}")
