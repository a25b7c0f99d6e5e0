"""The furniture around a scraped page's headline: lines that belong to the site, not
to the article. A scraped page rarely opens with its headline: above it stand the site's
name ("Фонтанка.ру", "ТАСС"), a breadcrumb or rubric menu ("Новости › Общество",
"Авто  Технологии  Спорт"), a rubric ("Экономика", "Литва"); around it a line of date,
time, counters and reading time ("Вчера, 21:48 · 💬 143", "10 ноября 2025 · 7 мин.").

``furniture`` tells such a line from an article's own line by its form alone; which line
is the headline is the structure stage's choice.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import morph
from .resources import fold, once, word_set

WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")
LINE_MAX = 200  # characters: furniture lines are short
LABEL_MAX_WORDS = 4  # "ERR News на русском", "СИБ.ФМ — Новости Новосибирска"
REMNANT_MAX_WORDS = 3  # words a date line may carry besides its date: "Новости Кыргызстана", a city
# segments of a breadcrumb, a menu or a date line: "›", "|", "·", "•", "→" anywhere; "/", ">"
# and "»" only between spaces (a closing "»" ends a name: "«Динамо» обыграло"); or a run of
# spaces, a menu's only divider once its links lost their markup
SEPARATOR = regex.compile(r"\s*[|·•›→]\s*|\s+[/>»]\s+|\s{2,}")
_MONTH = (r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
          r"|янв|фев|мар|апр|авг|сен|сент|окт|ноя|дек)\p{L}*\.?")
DAY_MONTH = regex.compile(rf"\b\d{{1,2}}\s+{_MONTH}", regex.IGNORECASE | regex.VERSION1)  # 24 ноя
# what only a page's date line carries: a day and month alone may be a headline's ("Выборы 8 сентября")
# (a photo's caption carries a date with its year: "Митинг 12 марта 2011 года в Москве")
STRONG_MARKERS = regex.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"  # 21.10.2026
    r"|\b\d{1,2}:\d{2}\b"  # 14:05
    r"|\d+\s*мин\p{L}*\.?"  # 7 мин., 4 минуты (reading time)
    r"|\p{So}",  # a counter's eye or speech bubble
    regex.IGNORECASE | regex.VERSION1)
# a byline field on a date line: "Автор: Илья Гусев", "Текст: Елена Рыжова", "Беседовал ..."
FIELD = regex.compile(r"(?i:автор(?:ы)?|текст|интервью|фото|беседовал[аи]?)(?:\s*:|\s+(?=\p{Lu}))")
DOMAIN = regex.compile(r"[\p{L}\d-]{2,}\.\p{L}{2,4}(?![\p{L}\d])")  # "Фонтанка.ру", "NEWS.am", "66.RU"
QUOTE_MARKS = "«»„“”\""
DASHES = "-–—"
VERB_POS = ("VERB", "PRTS")


@dataclass(frozen=True, slots=True)
class Furniture:
    kind: str  # "site", "rubric" (one rubric), "menu" (a breadcrumb or menu) or "meta" (date, counters)
    rubric: str | None = None  # the rubric a rubric line names: a breadcrumb's last link


def furniture(text: str, below_title: bool = False) -> Furniture | None:
    """What ``text`` is if it is page furniture (None for an article's own line).

    A lone rubric counts only when a reader could tell it from a headline without its
    neighbours: a known rubric or a place name; a bare unknown word is ``lone_word``.
    ``below_title``: under a headline stand photo captions too ("Jay-Z", "MGM National
    Harbor", "Митинг 12 марта 2011 года"), so only a site's address or known name, a menu
    holding one, and a date line count there."""
    if len(text) > LINE_MAX or text[0] in DASHES:  # a dash opens a list's item or a turn of speech
        return None
    parts = [p.strip() for p in SEPARATOR.split(text) if p and p.strip()]
    # a menu's links in capitals are abbreviations ("ЖКХ", "ВХЛ"): there only an address or
    # a known name is a site's
    kinds = [_part(p, below_title or len(parts) > 1) for p in parts]
    if not parts or "text" in kinds:
        return None
    if "meta" in kinds:
        # alone, a line needs its date or time: a byline ("Беседовал Олег Ким", "Автор: Ольга
        # Шевчук") is the byline rules' to take, a heading ("Комментарии") the boilerplate
        # rules'; among parts a bare date beside words is a caption's ("Выступление Мадонны
        # 16 февраля 2020 года"), so the line needs a time, a counter or a meta word
        alone = len(parts) == 1 and (STRONG_MARKERS.search(text) or DAY_MONTH.search(text)) is not None
        return Furniture("meta") if alone or len(parts) > 1 and _strong(text) else None
    labels = [p for p, k in zip(parts, kinds) if k == "label"]
    if len(parts) > 1:  # a breadcrumb or a menu
        if below_title and "site" not in kinds:
            return None
        return Furniture("menu", labels[-1] if labels else None)
    if kinds[0] == "site":
        return Furniture("site")
    if not below_title and (_known_rubric(text) or _place(text)):
        return Furniture("rubric", text)
    return None


def lone_word(text: str) -> bool:
    """One word standing alone, not a person's name: a rubric or a site's name ("Соцсети",
    "Погода", "Слой") when a headline follows it."""
    words = WORD.findall(text)
    return len(words) == 1 and _part(text) == "label" and morph.best(words[0].lower()).is_known \
        and not morph.has_tag(words[0], "Surn", 0.05) and not morph.has_tag(words[0], "Name", 0.05)


def dated(text: str) -> bool:
    """A page's date line with the marks only such a line carries (a time, a numeric date,
    a counter, "обновлено"): a bare date may be a photo's caption ("17 ноября 1875 года.")."""
    found = furniture(text, True)
    return found is not None and found.kind == "meta" and _strong(text)


def has_verb(text: str) -> bool:
    return any(morph.pos(w.lower()) in VERB_POS for w in WORD.findall(text))


def _part(part: str, strict: bool = False) -> str:
    """"meta" (a date, time, counter or byline field), "site", "label" (a few words with no
    verb: a rubric, a menu link, a name) or "text" (anything an article might say)."""
    strong = _strong(part) or FIELD.match(part)
    if strong or DAY_MONTH.search(part) or all(_meta_word(w) for w in WORD.findall(part)):
        return "meta" if _remnant_short(part, bool(strong)) else "text"
    words = WORD.findall(part)
    if not words:
        return "meta"  # marks alone
    if len(words) > LABEL_MAX_WORDS or any(c in part for c in QUOTE_MARKS + ":?!") \
            or part.endswith((".", ",", ";")) or has_verb(part):
        return "text"
    return "site" if _site(part, words, strict) else "label"


def _strong(part: str) -> bool:
    """Marks only a page's date line carries: a time, a numeric date, a counter, reading
    time, a meta word ("обновлено")."""
    return bool(STRONG_MARKERS.search(part)
                or any(fold(w) in word_set("page_meta_markers.txt") for w in WORD.findall(part)))


def _remnant_short(part: str, strong: bool) -> bool:
    """What is left of a date line without its date, counters and meta words: at most a
    rubric, a city or an author's name; and nothing at all beside a bare day and month."""
    rest = DAY_MONTH.sub(" ", STRONG_MARKERS.sub(" ", FIELD.sub(" ", part)))
    words = [w for w in WORD.findall(rest) if not w.isdigit() and not _meta_word(w)]
    return len(words) <= (REMNANT_MAX_WORDS if strong else 0) and not has_verb(" ".join(words))


def _meta_word(word: str) -> bool:
    return fold(word) in word_set("page_meta_words.txt") or fold(word) in word_set("page_meta_markers.txt")


def _site(part: str, words: list[str], strict: bool) -> bool:
    """A site's name: an address ("Фонтанка.ру"), a known outlet's name opening it
    ("Sputnik Грузия", "РБК-Украина"), a first word ending as sites' names do ("Волга-Инфо"),
    or, not ``strict``, Latin or capital letters only
    ("Onliner", "ТАСС", "Forbes Life")."""
    if DOMAIN.search(part):
        return True
    if not strict and all(_latin(w) or (w.isupper() and len(w) > 1) for w in words):
        return True
    outlets = word_set("page_outlets.txt")
    first = fold(words[0]).split("-")[0]
    return fold(" ".join(words)) in outlets or first in outlets \
        or fold(words[0]).endswith(_outlet_endings()) and len(words[0]) > 6


@once
def _outlet_endings() -> tuple[str, ...]:
    return tuple(word_set("page_outlet_endings.txt"))


def _latin(word: str) -> bool:
    return all("a" <= c.lower() <= "z" or c.isdigit() for c in word if c.isalnum())


def _known_rubric(text: str) -> bool:
    return fold(text) in word_set("categories.txt")


def _place(text: str) -> bool:
    """"Литва", "Израиль", "Северный Кавказ": a region's rubric; every word capitalised and
    the last a place name."""
    words = WORD.findall(text)
    return 0 < len(words) <= 2 and all(w[0].isupper() for w in words) \
        and morph.has_tag(words[-1], "Geox", 0.1) and not has_verb(text)
