"""Countries, major cities and regions found by gazetteer in any inflected form.

Country names come from ``countries.tsv`` (generated from CLDR and ISO 3166 by
``scripts/make_countries.py``) plus the hand-written ``country_aliases.tsv``;
cities and regions from ``places.tsv``. Names are matched by lemmas, so every
case of "Республика Казахстан" is found; abbreviations by exact spelling;
adjectives ("казахстанской") and both parts of compounds
("казахстанско-китайского") become mentions of their place.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from . import morph
from .records import Token
from .resources import once, table

MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Place:
    kind: str          # country, city or region
    code: str          # ISO alpha-2 of the country (the place's own country for cities)
    name: str          # display name, nominative


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    place: Place
    normal: str
    adjective: bool
    first: int         # index of the first token matched
    last: int          # index of the last token matched
    widened: bool = False  # a capitalised adjective joined the name ("Центральная Азия")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    names: dict        # tuple of lemmas -> (Place, nominative form)
    abbreviations: dict  # exact spelling -> Place
    adjectives: dict   # adjective lemma -> Place
    parts: dict        # first part of a compound adjective -> Place
    alternatives: dict  # ambiguous abbreviation -> its other reading ("РК": Korea)


def key(phrase: str) -> tuple[str, ...]:
    return tuple(morph.lemma(word.lower()) for word in phrase.split())


@once
def gazetteer() -> Gazetteer:
    names, abbreviations, adjectives, parts, alternatives = {}, {}, {}, {}, {}
    countries = {}
    for code, *forms in table("countries.tsv"):
        countries[code] = Place("country", code, forms[0])
    for code, kind, form in table("country_aliases.tsv"):
        if kind == "short":
            countries[code] = Place("country", code, form)
    for code, *forms in table("countries.tsv"):
        for form in forms:
            _add_name(names, abbreviations, form, countries[code])
    for code, kind, form in table("country_aliases.tsv"):
        place = countries.get(code) or Place("country", code, form)
        countries.setdefault(code, place)
        if kind in ("name", "abbr", "short"):
            _add_name(names, abbreviations, form, place)
        elif kind == "adj":
            adjectives[form] = place
            parts.setdefault(_compound_part(form), place)
        elif kind == "part":
            parts[form] = place
        elif kind == "alt":
            alternatives[form] = place
    for kind, code, name, *rest in table("places.tsv"):
        place = Place(kind, "" if code == "-" else code, name)
        _add_name(names, abbreviations, name, place)
        for form_key in map(key, _case_forms(name)):
            if not morph.known(form_key[0]):  # "уральской" is the adjective's, not Уральск's
                names.setdefault(form_key, (place, name))
        for adjective in (rest[0].split(",") if rest else ()):
            adjectives.setdefault(adjective, place)
            parts.setdefault(_compound_part(adjective), place)
    return Gazetteer(names, abbreviations, adjectives, parts, alternatives)


def place_of(lemma: str) -> Place | None:
    """The city, region or country whose one-word name has this lemma ("шымкент" of
    "Шымкента"), or None: the place a word names, whatever its case."""
    found = gazetteer().names.get((lemma,))
    return found[0] if found else None


def is_place(lemma: str) -> bool:
    """A lemma that is the one-word name of a place in the gazetteer."""
    return (lemma,) in gazetteer().names


def _add_name(names, abbreviations, form, place) -> None:
    if form.isupper() and len(form) <= 6:
        abbreviations.setdefault(form, place)
    else:
        names.setdefault(key(form), (place, form))


def _case_forms(name: str) -> list[str]:
    """The cases of a one-word place name: "Костаная" is guessed to be an adjective's
    form, so its lemma alone would not find "Костанай"."""
    if " " in name or "-" in name:
        return []
    noun = next((p for p in morph.parses(name.lower()) if "Geox" in p.tag), None)
    return [f.word for f in noun.lexeme if "sing" in f.tag] if noun is not None else []


def _compound_part(adjective: str) -> str:
    # "казахстанский" -> "казахстанско", as in "казахстанско-китайский"
    return adjective[:-2] + "о" if adjective.endswith(("ий", "ый")) else adjective


def find(tokens: tuple[Token, ...], sentence_starts: frozenset[int]) -> list[Hit]:
    """Every place mentioned in the tokens, longest match first, left to right."""
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        found = _name_at(tokens, i, sentence_starts)
        if found:
            hits.append(_widened(tokens, found))
            i = found.last + 1
            continue
        hits.extend(_word_at(tokens[i], i))
        i += 1
    return _by_context(hits)


def _by_context(hits: list[Hit]) -> list[Hit]:
    """An ambiguous abbreviation takes its other reading when only that country is
    otherwise named: "РК" is Kazakhstan, unless the text is about Korea."""
    alternatives = gazetteer().alternatives
    named = {h.place.code for h in hits if h.normal not in alternatives}
    out = []
    for hit in hits:
        other = alternatives.get(hit.normal)
        if other and other.code in named and hit.place.code not in named:
            hit = replace(hit, place=other)
        out.append(hit)
    return out


@once
def _first_words() -> frozenset[str]:
    """First words of all gazetteer names: most tokens start none and are skipped at once."""
    return frozenset(name[0] for name in gazetteer().names)


def _name_at(tokens, i, sentence_starts) -> Hit | None:
    names = gazetteer().names
    if not tokens[i].text[:1].isupper():
        return None
    first = _keys(tokens[i:i + 1])
    if not any(k[0] in _first_words() for k in first):
        return None
    for size in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
        words = tokens[i:i + size]
        if any(w.sentence != words[0].sentence for w in words):
            continue
        if not words[0].text[:1].isupper():
            continue
        for candidate in _keys(words):
            if candidate in names:
                place, form = names[candidate]
                if not _capitals_match(words, form):
                    continue
                if size == 1 and not _proper(words[0], i in sentence_starts):
                    break
                return Hit(words[0].start, words[-1].end, place, form, False, i, i + size - 1)
    return None


def _widened(tokens, hit: Hit) -> Hit:
    """A capitalised adjective agreeing with the place before it belongs to the name:
    "Центральной Азии" is one location, "Азия" is not a mention of its own. Not for
    countries: "Единая Россия" is a party."""
    k = hit.first - 1
    if k < 0 or hit.place.kind == "country" or tokens[k].sentence != tokens[hit.first].sentence \
            or not tokens[k].text[:1].isupper() or tokens[k].end + 1 < tokens[hit.first].start \
            or not _agrees(tokens[k].text, tokens[hit.first].text):
        return hit
    from . import names

    normal = " ".join(names.phrase([t.text for t in tokens[k:hit.last + 1]]))
    place = hit.place
    return Hit(tokens[k].start, hit.end, Place(place.kind, place.code, normal), normal, False,
               k, hit.last, True)


def _agrees(adjective: str, noun: str) -> bool:
    nouns = {(p.tag.case, p.tag.number, p.tag.gender) for p in morph.parses(noun)
             if p.tag.POS == "NOUN"}
    return any(p.tag.POS == "ADJF" and p.score >= 0.1
               and (p.tag.case, p.tag.number, p.tag.gender) in nouns
               for p in morph.parses(adjective.lower()))


def _capitals_match(words, form: str) -> bool:
    return all(w.text[:1].isupper() == f[:1].isupper() for w, f in zip(words, form.split()))


def _keys(words):
    """Lemma tuples the words may stand for (best lemma, then the form itself)."""
    best = tuple(morph.lemma(w.text.lower()) for w in words)
    plain = tuple(w.text.lower().replace("ё", "е") for w in words)
    return (best, plain) if plain != best else (best,)


def _proper(token: Token, sentence_initial: bool) -> bool:
    """A capitalised single word that is not a common word at a sentence start ("Того")."""
    if not sentence_initial:
        return True
    best = morph.best(token.text)
    return "Geox" in best.tag or best.tag.POS == "NOUN"


def _word_at(token: Token, index: int) -> list[Hit]:
    g = gazetteer()
    if token.text in g.abbreviations:
        place = g.abbreviations[token.text]
        return [Hit(token.start, token.end, place, token.text, False, index, index)]
    if "-" in token.text:
        return _compound(token, index)
    place = _adjective(token.text)
    if place:
        return [Hit(token.start, token.end, place, morph.lemma(token.text.lower()), True,
                    index, index)]
    return []


def _adjective(word: str) -> Place | None:
    return _adjective_of(word.lower())


@lru_cache(maxsize=100_000)
def _adjective_of(word: str) -> Place | None:
    adjectives = gazetteer().adjectives
    for parse in morph.parses(word):
        # the lemma first: a dict lookup, where the tag's part of speech is worked out
        # anew on each access, and almost no word is a place adjective
        lemma = morph.normal(parse)
        if lemma in adjectives and parse.tag.POS in ("ADJF", "ADJS"):
            return adjectives[lemma]
    return None


def _compound(token: Token, index: int) -> list[Hit]:
    """"казахстанско-китайского": each part is a mention of its own country."""
    parts = token.text.split("-")
    last = _adjective(parts[-1])
    if last is None:
        return []
    hits, offset = [], token.start
    for part in parts[:-1]:
        place = gazetteer().parts.get(part.lower())
        if place is None:
            return []
        hits.append(Hit(offset, offset + len(part), place, part.lower(), True, index, index))
        offset += len(part) + 1
    end = offset + len(parts[-1])
    hits.append(Hit(offset, end, last, morph.lemma(parts[-1].lower()), True, index, index))
    return hits
