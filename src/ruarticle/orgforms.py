"""An organisation is named by the fullest form the article writes: a country closing its
name by abbreviation ("Министерства энергетики КР") is written out as the article spells
that country elsewhere in a name ("Кабинета министров Кыргызской Республики"), so both
forms of one body share one key, and the entity takes the fuller name.
"""
from __future__ import annotations

from dataclasses import replace


def fullest(tokens, found: list) -> list:
    """Candidates with a closing country abbreviation of an organisation spelled out."""
    closing = _closing_countries(found)
    spelled = {}
    for c, place in closing.values():
        tail = None if _abbreviation(tokens, place) else _tail(c, place)
        if tail:
            spelled.setdefault(place.country, tail)
    out = []
    for c in found:
        place = closing[id(c)][1] if id(c) in closing else None
        full = spelled.get(place.country) if place and _abbreviation(tokens, place) else None
        if not full:
            out.append(c)
            continue
        normal = " ".join(c.normal.split()[:-1] + full)
        out.append(replace(c, normal=normal, key=f"org:{normal.lower()}"))
    return out


def _closing_countries(found) -> dict:
    """id(organisation) -> (it, the country its name ends with): "МИД РК" -> "РК"."""
    countries = {c.last: c for c in found if c.type == "LOC" and c.country}
    out = {}
    for c in found:
        place = countries.get(c.last)
        if c.type == "ORG" and place is not None and place.first > c.first \
                and len(c.normal.split()) == c.last - c.first + 1:  # one word per token
            out[id(c)] = (c, place)
    return out


def _abbreviation(tokens, place) -> bool:
    word = tokens[place.first].text
    return place.first == place.last and word.isupper() and len(word) <= 4


def _tail(c, place) -> list[str] | None:
    """The words of the country as the name writes them ("Кыргызской Республики"), when
    they are more than one word (a plain "Киргизии" is no fuller than "КР")."""
    words = c.normal.split()[place.first - c.last - 1:]
    return words if len(words) > 1 else None
