"""Organisations written by an abbreviation or short form ("ВАДА", "МИД России",
"Генпрокуратура") are named by their full name, so that one body carries one name
across articles. The article's own definition ("Всемирное антидопинговое агентство
(ВАДА)") comes first; failing that, org_abbreviations.tsv. The short form stays the
mention's text; only the normal form (and so the entity name) becomes the full name.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from . import morph, names
from .mentions import Candidate
from . import posts
from .posts import CLOSE_QUOTES
from .resources import once, table

OPEN, CLOSE = "(", ")"


@once
def known() -> dict[str, str]:
    """Short form (as written for capitals, else lowercase lemma) -> full name: the
    short words posts already expand (org_words.tsv) and org_abbreviations.tsv."""
    found = {short: full for short, (_, full) in posts.org_words().items() if full}
    found.update((short, next(iter(names.values()))) for short, names in by_country().items())
    return found


@once
def by_country() -> dict[str, dict[str | None, str]]:
    """Short form -> {country code, or None for any country: full name}, from
    org_abbreviations.tsv; the first row of a short form is its usual reading."""
    found: dict[str, dict[str | None, str]] = {}
    for row in table("org_abbreviations.tsv"):
        found.setdefault(row[0], {}).setdefault(row[2] if len(row) > 2 else None, row[1])
    return found


def short_form(word: str) -> str | None:
    """The table key a word stands for: "МИД" as written, "Минфина" by its lemma."""
    if not word[:1].isupper():
        return None
    if word.isupper():
        return word if word in known() else None
    low = word.lower()
    if low in known():  # "Минприроды", "Минцифры": the form is the short form itself
        return low
    lemma = morph.lemma(low)
    return lemma if lemma in known() else None


def stands_for(word: str, name: str) -> bool:
    """Whether a listed short form names an organisation called ``name``: "Минфина"
    stands for "Министерство финансов России". For later stages that check a mention
    against the entity name it belongs to (the words of the two share nothing)."""
    key = short_form(word)
    return key is not None and name.lower().startswith(known()[key].lower())


def expand(tokens, found: list) -> list:
    """Candidates with organisations that open with a short form renamed in full, and
    listed abbreviations NER left out ("сообщили в СКР") added as organisations."""
    found = _split_people(tokens, found)
    missed = _missed(tokens, found)
    if missed:  # kept in text order, as the candidates come
        found = sorted(found + missed, key=lambda c: (c.start, -c.end))
    defined = _defined(tokens, found)
    defined.update(_initialled(tokens, found, defined))
    country = _article_country(found)
    out = []
    for c in found:
        full = _full_name(tokens[c.first].text, defined, c.country or country) \
            if c.type == "ORG" else None
        if full is None:
            out.append(c)
            continue
        rest = _rest(tokens, c)
        if c.country and c.country in by_country().get(short_form(tokens[c.first].text), {}):
            rest = []  # "Нацбанк Казахстана": the full name already names the country
        normal = " ".join([full, *rest])
        out.append(replace(c, normal=normal, key=f"org:{normal.lower()}"))
    return out


def _split_people(tokens, found) -> list:
    """A person span that opens with a listed short form ("Минпромстроя Айдар Ахметов",
    "Минцифры") is the body, then the person (if any name is left)."""
    out = []
    for c in found:
        if c.type != "PER" or short_form(tokens[c.first].text) is None:
            out.append(c)
            continue
        word = tokens[c.first]
        out.append(Candidate(word.start, word.end, "ORG", "organization", None, word.text,
                             c.first, c.first, key=f"org:{word.text.lower()}"))
        if c.last > c.first:
            rest = tokens[c.first + 1:c.last + 1]
            out.append(replace(c, start=rest[0].start, first=c.first + 1,
                               normal=" ".join(t.text for t in rest)))
    return out


def _missed(tokens, found) -> list:
    """Listed capital abbreviations no candidate covers: the list says they are bodies."""
    taken = {i for c in found for i in range(c.first, c.last + 1)}
    return [Candidate(t.start, t.end, "ORG", "organization", None, t.text, i, i,
                      key=f"org:{t.text.lower()}")
            for i, t in enumerate(tokens)
            if i not in taken and t.text.isupper() and t.text in known()]


def _full_name(word: str, defined: dict[str, str], country: str | None) -> str | None:
    if word in defined:
        return defined[word]
    key = short_form(word)
    if key is None:
        return None
    names = by_country().get(key, {None: known()[key]})
    if country in names or None in names:
        return names.get(country, names.get(None))
    # a body of one country ("Минцифры" of Russia) is no reading of another's short form
    return next(iter(names.values())) if country is None else None


def _article_country(found) -> str | None:
    """The country the article names most often, by its places ("Астана" is Kazakhstan)."""
    codes = [c.country for c in found if c.type == "LOC" and c.country]
    return max(dict.fromkeys(codes), key=codes.count) if codes else None


def _rest(tokens, c) -> list[str]:
    """What follows the short form in the name's normal ("МИД России" -> "России").
    The normal keeps one word per token, so its tail is the words after the first."""
    words = c.normal.split()
    if len(words) == c.last - c.first + 1:
        return words[1:]
    return [t.text for t in tokens[c.first + 1:c.last + 1]]


def _defined(tokens, found) -> dict[str, str]:
    """Abbreviations the article defines: an organisation right before "(ABBR)"
    ("Всемирное антидопинговое агентство (ВАДА)") or "ABBR (full name)"."""
    orgs = [c for c in found if c.type == "ORG"]
    ending = {c.last: c for c in orgs}
    starting = {c.first: c for c in orgs}
    defined: dict[str, str] = {}
    for i in range(1, len(tokens) - 2):
        if tokens[i].text != OPEN:
            continue
        inner, after = tokens[i + 1].text, tokens[i + 2].text
        before = ending.get(i - 2 if tokens[i - 1].text in CLOSE_QUOTES else i - 1)
        if after == CLOSE and _acronym(inner) and before and before.first < before.last:
            defined.setdefault(inner, before.normal)
            continue
        full = starting.get(i + 1)
        word = tokens[i - 1].text
        if full and full.first < full.last and _acronym(word) and \
                full.last + 1 < len(tokens) and tokens[full.last + 1].text == CLOSE:
            defined.setdefault(word, full.normal)
    return defined


def _initialled(tokens, found, defined) -> dict[str, str]:
    """Abbreviations opening an organisation's name that spell the initials of words the
    article writes out in another name: "ДП Мангистауской области" after "пресс-служба
    департамента полиции Мангистауской области" is the "Департамент полиции"."""
    orgs = [c for c in found if c.type == "ORG"]
    wanted = {w for w in (tokens[c.first].text for c in orgs)
              if CYRILLIC_ACRONYM.fullmatch(w) and w not in defined and short_form(w) is None}
    out = {}
    for word in wanted:
        found_runs = {" ".join(run) for c in orgs
                      for run in _runs([w.strip(QUOTES) for w in c.normal.split()], word)}
        if len(found_runs) == 1:
            out[word] = found_runs.pop()
    return out


def _runs(words: list[str], acronym: str):
    """Runs of whole words whose first letters spell the acronym, in the nominative."""
    n = len(acronym)
    for k in range(len(words) - n + 1):
        run = words[k:k + n]
        if all(w.isalpha() and len(w) > 2 for w in run) \
                and "".join(w[0] for w in run).upper() == acronym:
            phrase = run if k == 0 else names.phrase(run)
            yield [phrase[0][:1].upper() + phrase[0][1:], *phrase[1:]]


QUOTES = "«»\"„“”"
CYRILLIC_ACRONYM = regex.compile(r"[А-ЯЁ]{2,5}")


def _acronym(word: str) -> bool:
    """"ВАДА", "ZANU-PF", "G20": capitals, with digits or hyphens at most."""
    return ACRONYM.fullmatch(word) is not None


ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d]*")
