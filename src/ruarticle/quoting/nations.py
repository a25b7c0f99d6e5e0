"""A people named as a speaker speaks for its state: "американцы" -> США.

Russian forms the adjective of a country from the same stem as the name of its people
("американец" / "американский", "немец" / "немецкий", "россиянин" / "российский"), so
the people's noun is turned into the adjectives it may share a stem with and looked up
among the place adjectives the gazetteer knows.
"""
from __future__ import annotations

from functools import lru_cache

from .. import places

# (letters cut from the people's noun, adjective ending put in their place)
DERIVATIONS = (("ец", "ский"), ("ец", "йский"), ("ец", "ецкий"), ("янин", "ский"), ("янин", "йский"),
               ("тянин", "ский"),
               ("анин", "ский"), ("анин", "йский"), ("ок", "ецкий"), ("", "ский"))


@lru_cache(maxsize=4096)
def state_of_people(lemma: str) -> str | None:
    """The country whose people a noun lemma names ("американец" -> "США"), or None."""
    adjectives = places.gazetteer().adjectives
    for cut, ending in DERIVATIONS:
        if not lemma.endswith(cut) or len(lemma) - len(cut) < 3:
            continue
        place = adjectives.get(lemma[:len(lemma) - len(cut)] + ending)
        if place is not None and place.kind == "country":
            return place.name
    return None
