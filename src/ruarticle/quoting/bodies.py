"""Word tests over organisations, press services, media and spokesmen of speaker phrases."""
from __future__ import annotations

from functools import lru_cache

from .. import acronyms, morph, places
from ..resources import grouped, once, table, word_set
from . import names, nations
from .lexicon import org_head
from .words import Word, best_pos, is_latin, is_person_name, parses, tokenize

SPOKESMEN = frozenset({"представитель", "спикер", "пресс-секретарь", "пресс-атташе"})  # one person, not "пресс-служба"


def state_of(name: str) -> str | None:
    """"Сеула" -> "Южная Корея": the state a capital named alone speaks for."""
    words = [w for w in tokenize(name) if w.is_word]
    if len(words) != 1:
        return None
    capitals = _capitals()
    return capitals.get(words[0].text.replace("ё", "е")) or capitals.get(
        morph.lemma(words[0].low).capitalize())


@once
def _capitals() -> dict[str, str]:
    return {capital.replace("ё", "е"): state for capital, state in table("quote_capitals.tsv")}


@once
def led_bodies() -> dict[str, str]:
    return dict(table("quote_led_bodies.tsv"))


@once
def served_bodies() -> dict[str, str]:
    """Bodies whose press service speaks for them -> the post heading a local one ("-" for none)."""
    return dict(table("quote_served_bodies.tsv"))


def staff_bodies() -> dict[str, tuple[str, ...]]:
    """Trade nouns -> the words one of which names the body they work for."""
    return grouped("quote_body_staff.tsv")


@once
def body_kinds() -> dict[str, str]:
    return {lemma: kind for lemma, kind in table("quote_body_kinds.tsv")}


@once
def _known_sources() -> frozenset:
    return frozenset(name for _, name in table("quote_source_aliases.tsv"))


@lru_cache(maxsize=4096)
def spokesman_title(title: str) -> bool:
    """A title headed by a spokesman's noun ("Официальный представитель МИД Казахстана")."""
    head = next((w for w in tokenize(title) if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and morph.lemma(head.low) in SPOKESMEN or _press_officer(title)


def _press_officer(title: str) -> bool:
    """A post in a press service ("начальник управления пресс-службы МИД"): its holder
    speaks for the body as its spokesman does."""
    return any(morph.lemma(w.low) in word_set("quote_press_units.txt") for w in tokenize(title) if w.is_word)


def after_head(words: list[Word]) -> list[Word]:
    """The words of a title after its head noun: "пресс-секретарь Президента" -> "Президента"."""
    content = [w for w in words if w.is_word]
    head = next((n for n, w in enumerate(content) if best_pos(w) == "NOUN"), len(content))
    return content[head + 1:]


def country_adjective(words: list[Word]):
    """The country a place adjective among ``words`` names ("румынское" -> Румыния)."""
    g = places.gazetteer()
    found = (g.adjectives.get(morph.lemma(w.low)) for w in words if w.is_word)
    return next((p for p in found if p is not None and p.kind == "country"), None)


def other_body(name: str, kind: str) -> bool:
    """A body headed by a noun of an organisation of another kind than ``kind`` ("Местная
    полиция", "Генштаб", "Минтранс" for an outlet or a company)."""
    head = next((w for w in tokenize(name) if w.is_word and best_pos(w) == "NOUN"), None)
    if head is not None and acronyms.short_form(head.text):  # "Минтранс": "Министерство транспорта"
        head = next((w for w in tokenize(acronyms.known()[acronyms.short_form(head.text)]) if w.is_word), head)
    return head is not None and org_head(head) and body_kinds().get(morph.lemma(head.low)) != kind


def media_name(name: str) -> bool:
    """A known news source ("Коммерсантъ", "Ъ") or a name with a newsy word ("Fox News",
    "Российская газета")."""
    if names.known_source(name) != name or name in _known_sources():
        return True
    words = [w for w in tokenize(name) if w.is_word]
    if any(part in word_set("quote_outlets.txt") for w in words for part in w.low.split("-")):
        return True  # "ИТАР-ТАСС", "Интерфакс": an agency the text need not call one
    return not _media_name_words().isdisjoint(morph.lemma(w.low) for w in words)


@once
def _media_name_words() -> frozenset:
    return word_set("quote_media_name_words.txt")


def spokesperson(words: list[Word]) -> int | None:
    """Index of the word after a spokesperson head ("представитель", "пресс-служба")."""
    content = [w for w in words if w.is_word]
    for n, w in enumerate(content[:3]):
        if morph.lemma(w.low) in word_set("quote_spokespeople.txt") and best_pos(w) == "NOUN":
            return n + 1
    return None


def one_spokesman(words: list[Word]) -> bool:
    """A phrase headed by the noun of one person speaking for a body ("Представитель
    министерства", "пресс-секретарь клуба"), not a press service."""
    head = next((w for w in words if w.is_word), None)
    return head is not None and morph.lemma(head.low) in SPOKESMEN


def spoken_for(words: list[Word]) -> str | None:
    """"представитель Microsoft" -> "Microsoft": the organisation a spokesperson speaks for."""
    k = spokesperson(words)
    content = [w for w in words if w.is_word]
    if k is None or k >= len(content):
        return None
    rest = words[next(n for n, w in enumerate(words) if w is content[k]):]
    if not any(w.is_upper or w.text in "«\"" for w in rest):
        return None  # "представитель министерства": no name to give
    if any(is_person_name(w) and not w.initial for w in rest) or _named_last(rest):
        return None  # "пресс-секретарь группы Александра Панфилова": the person speaks
    if not content[k].is_upper and morph.lemma(content[k].low) in word_set("posts.txt") \
            and "anim" in parses(content[k])[0].tag and not any(p.tag.POS == "ADJF" for p in parses(content[k])):
        return None  # "пресс-секретарь губернатора Санкт-Петербурга" speaks for a person, no body
    found = names.organisation(rest)
    if found is None and not content[k].is_upper:
        # "представитель полицейского управления Вашингтона": the body, in the nominative
        return names.head_nominative(rest)
    return found or " ".join(w.text for w in rest if w.is_word)


def _named_last(words: list[Word]) -> bool:
    """A phrase ending in a capitalised word that cannot be a genitive of the body:
    "представитель министерства Чонг Чун Хи" names the spokesman himself."""
    content = [w for w in words if w.is_word]
    if len(content) < 3:
        return False
    last = content[-1]
    return last.is_upper and not last.text.isupper() and not _ascii(last) \
        and not any("gent" in p.tag or "Geox" in p.tag for p in parses(last))


def _ascii(word: Word) -> bool:
    return word.text[:1].isascii()


def described_company(content: list[Word], index: int) -> bool:
    """"Японский автопроизводитель Hoshida Motor": an indeclinable name after a noun of
    what a company does is in apposition to it, not its genitive dependent."""
    name = content[index]
    return (is_latin(name) or name.text[:1] in "«\"") and any(
        best_pos(w) == "NOUN" and morph.lemma(w.low) in word_set("quote_org_descriptors.txt") for w in content[:index])


def people_state(words: list[Word]) -> str | None:
    """The state a lone plural people's noun speaks for ("американцы" -> США)."""
    content = [w for w in words if w.is_word]
    if len(content) != 1 or best_pos(content[0]) != "NOUN" \
            or not {"plur", "nomn"} <= set(parses(content[0])[0].tag.grammemes):
        return None
    return nations.state_of_people(morph.lemma(content[0].low))
