"""Mention candidates: NER spans and gazetteer places, aligned to razdel tokens.

Places refine NER: an NER location that is a known country or city takes its
ISO code and kind; places NER missed (country adjectives, abbreviations inside
organisation names) are added; places inside a person's name are dropped.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from . import morph, names, places
from .officials import Span
from .records import Token

REGION_HEADS = frozenset({"область", "край", "округ", "республика", "штат", "провинция",
                          "губерния", "автономия", "графство", "земля", "префектура"})
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
        return len(self.normal.split())


def candidates(text: str, tokens: tuple[Token, ...], spans) -> list[Candidate]:
    starts = [t.start for t in tokens]
    sentence_starts = frozenset(i for i, t in enumerate(tokens)
                                if i == 0 or tokens[i - 1].sentence != t.sentence)
    hits = places.find(tokens, sentence_starts)
    exact = {(h.start, h.end): h for h in hits}
    found, ner_ranges = [], []
    for span in spans:
        first, last = _token_range(starts, tokens, span.start, span.end)
        if first > last:
            continue
        words = [t.text for t in tokens[first:last + 1]]
        start, end = tokens[first].start, tokens[last].end
        ner_ranges.append((start, end, span.type))
        hit = exact.get((start, end))
        if span.type == "LOC":
            found.append(_location(start, end, first, last, words, hit, hits))
        elif span.type == "ORG":
            found.append(_organization(start, end, first, last, words, hits, tokens))
        else:
            found.append(Candidate(start, end, "PER", "person", None, text[start:end], first, last))
    for hit in hits:
        if not _covered(hit, ner_ranges):
            found.append(_from_hit(hit))
    return sorted(found, key=lambda c: (c.start, -c.end))


def _token_range(starts, tokens, start, end):
    first = bisect.bisect_left(starts, start)
    if first > 0 and tokens[first - 1].end > start:
        first -= 1
    last = bisect.bisect_left(starts, end) - 1
    return first, last


def _covered(hit, ner_ranges) -> bool:
    """A place is dropped inside a person's name or a location NER already has."""
    for start, end, kind in ner_ranges:
        if start <= hit.start and hit.end <= end:
            if kind == "PER" or kind == "LOC":
                return True
    return False


def _from_hit(hit) -> Candidate:
    place = hit.place
    return Candidate(hit.start, hit.end, "LOC", place.kind, place.code, hit.normal,
                     hit.first, hit.last, place_name=place.name,
                     key=f"{place.kind}:{place.code}:{place.name}")


def _location(start, end, first, last, words, hit, hits) -> Candidate:
    if hit is not None:
        return _from_hit(hit)
    normal = " ".join(names.phrase(words))
    inner = [h for h in hits if start <= h.start and h.end <= end]
    country = inner[0].place.code if inner else None
    return Candidate(start, end, "LOC", _kind(normal), country, normal, first, last,
                     key=f"location:{normal.lower()}")


def _kind(normal: str) -> str:
    lemmas = {morph.lemma(w.lower()) for w in normal.split()}
    if lemmas & REGION_HEADS:
        return "region"
    if lemmas & CITY_HEADS:
        return "city"
    return "location"


def _organization(start, end, first, last, words, hits, tokens) -> Candidate:
    normal = " ".join(names.phrase(words))
    inner = [h for h in hits if start <= h.start and h.end <= end and h.place.kind == "country"]
    after = [h for h in hits if h.first == last + 1 and h.place.kind == "country"
             and not h.adjective and tokens[last + 1].start - tokens[last].end <= 1]
    country = (inner or after or [None])[0]
    return Candidate(start, end, "ORG", "organization", country.place.code if country else None,
                     normal, first, last, key=f"org:{normal.lower()}")
