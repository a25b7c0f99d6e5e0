"""Headlines in the "Source: words" convention: "Кисин: Продолжайте ...", "СМИ: ...". """
from __future__ import annotations

import regex

from .. import morph
from ..records import Paragraph
from ..resources import word_set
from .draft import Draft, trim, unwrap
from .lexicon import org_head
from .names import person_runs
from .offices import without_post_adjectives
from .words import SURNAME_ENDINGS, best_pos, is_name_like, parses, tokenize

SOURCE_MAX_WORDS = 3
QUOTED_MIN_WORDS = 3  # «Газпром»: ... is a name, not words said
POST_MAX_WORDS = 5  # "Министр окружающей среды Бразилии:"
MARKS = "«»„“\""
SENTENCE_STOP = regex.compile(r"(?<=\p{Ll}{3}[»\"]?)[.!?…]\s+(?=[\p{Lu}«„\"])")
DASHES = "-–—"
TOPIC_REACH = 8  # words after the colon where "о" may open the topic: "глава агентства по развитию туризма о"


def find(text: str, p: Paragraph) -> list[Draft]:
    colon = text.find(": ", p.start, p.end)
    if not _headline(text, p):
        return []
    if colon < 0:  # "«Нам не хватило холодной головы». Наставник «Тобола» — о поражении"
        stop = _stop_after_quote(text, p)
        quoted = _quoted_first(text, p.start, stop, p) if stop is not None else None
        if quoted is not None and quoted.speaker is not None:
            return [quoted]
        return _claim_then_source(text, p)
    opening = _last_sentence(text, p.start, colon)
    quoted = _quoted_first(text, opening, colon, p)
    if quoted is not None:
        return [quoted]
    # "Глава «Кыргызаэронавигации»:": the marks around a body's name after a post are no words
    # of the source ("«Газпром»: прибыль выросла" opens with a name, the topic)
    words = tokenize(text, opening, colon)
    words = [w for w in words if w.text not in MARKS] if words and words[0].is_word else words
    surname = _surname(words)
    post = _post_of(without_post_adjectives(words))
    body = not post and _body_of(words)  # "Мэрия Бишкека: ..." retells, a person's words are quoted
    if not words or len(words) > (POST_MAX_WORDS if post or body else SOURCE_MAX_WORDS) \
            or not (surname or post or body or all(is_name_like(w) for w in words) or _speaking_noun(words)):
        return []
    if all(morph.has_tag(w.low, "Geox") for w in words if w.is_word):
        return []  # "Приднестровье: фаворит проигрывает выборы": a place names the topic
    start, end = unwrap(text, *trim(text, colon + 1, p.end))
    if len(tokenize(text, start, end)) < 3:
        return []
    kind = "direct" if surname or post or person_runs(words) else "indirect"
    speaker = (words[0].start, words[-1].end + (text[words[-1].end:colon] in tuple(MARKS)))
    return [Draft(kind, start, end, p.index, None, speaker, None)]


def _claim_then_source(text: str, p: Paragraph) -> list[Draft]:
    """"Проезд в метро подорожает до 1,5 лари – мэрия": a claim, a dash, then who makes it
    (a body, a post, a surname or a speaking noun) closing the headline."""
    line = text[p.start:p.end].rstrip()
    dash = max(line.rfind(" – "), line.rfind(" — "))
    if dash < 0:
        return []
    words = [w for w in tokenize(text, p.start + dash + 3, p.start + len(line)) if w.text not in MARKS]
    claim = tokenize(text, p.start, p.start + dash)
    if not words or len(words) > POST_MAX_WORDS or len([w for w in claim if w.is_word]) < QUOTED_MIN_WORDS \
            or not any(w.is_word and best_pos(w) == "VERB" for w in claim):
        return []
    source = _post_of(without_post_adjectives(words)) or _body_of(words) or _surname(words) or _speaking_noun(words)
    if not source:
        return []
    start, end = unwrap(text, *trim(text, p.start, p.start + dash))
    return [Draft("indirect", start, end, p.index, None, (words[0].start, words[-1].end), None)]


def _stop_after_quote(text: str, p: Paragraph) -> int | None:
    """The full stop right after the marks that open a headline ("«...». Тренер — о ..."),
    else None."""
    start = p.start
    while start < p.end and text[start].isspace():
        start += 1
    if start >= p.end or text[start] != "«":
        return None
    close = text.find("»", start + 1, p.end)
    return close + 1 if close > 0 and text[close + 1:close + 3] in (". ", "! ", "? ") else None


def _last_sentence(text: str, start: int, colon: int) -> int:
    """Where the headline's sentence holding the colon opens: "«Динамо» обыграло «Неман».
    Тренер гостей: «Нас засудили»" gives the source its own sentence after the news. A
    stop counts after a lowercase word ("В. Путин:" keeps its initial)."""
    found = None
    for found in SENTENCE_STOP.finditer(text, start, colon):
        pass
    return found.end() if found is not None else start


def _quoted_first(text, start, colon, p):
    """"«Очереди сократятся»: вице-министр о реформе": the marked words open the headline
    and the colon leads to who said them; the source is named only before "о" (its topic),
    a dash may stand before it and a body's name in marks within it ("основатель «Кода
    Севера» — о выручке")."""
    while start < colon and text[start].isspace():
        start += 1
    if text[start] not in "«„\"" or text[colon - 1] not in "»“\"" \
            or len(tokenize(text, start + 1, colon - 1)) < QUOTED_MIN_WORDS:
        return None
    inner = text[start + 1:colon - 1]
    if any(c in inner for c in "«»„“\""):
        return None  # two quoted pieces, or a name inside: not one utterance
    words = tokenize(text, colon + 1, p.end)
    about = next((n for n, w in enumerate(words[:TOPIC_REACH]) if w.low in ("о", "об")), None)
    speaker = None
    source = words[:about] if about else []
    while source and source[-1].text in DASHES:
        source = source[:-1]
    # "глава агентства по развитию туризма о ...": a post may hold a prepositional phrase
    if source and source[0].is_word and sum(w.text in MARKS for w in source) % 2 == 0 and all(
            w.is_word and best_pos(w) in ("NOUN", "ADJF") or is_name_like(w) or w.text in MARKS or named
            or n > 0 and best_pos(w) == "PREP" for n, w, named in _in_marks(source)):
        speaker = (source[0].start, source[-1].end)
    return Draft("direct", start + 1, colon - 1, p.index, None, speaker, None)


def _in_marks(words):
    """(position, word, whether it stands inside marks): any word of a name in marks
    ("«Северной стали»", where "стали" reads as a verb) belongs to the source."""
    inside = False
    for n, w in enumerate(words):
        if w.text in MARKS:
            inside = w.text in "«„" or (w.text == '"' and not inside)
        yield n, w, inside and w.text not in MARKS


def _post_of(words) -> bool:
    """"Глава Малайзии:", "Президент Франции:", "Директор Исторического музея:": a
    person's post and, in the genitive, what it heads."""
    return 2 <= len(words) <= POST_MAX_WORDS and all(w.is_word for w in words) \
        and morph.lemma(words[0].low) in word_set("posts.txt") \
        and all((is_name_like(w) or _genitive(w)) and not w.initial for w in words[1:]) \
        and (is_name_like(words[-1]) or _genitive(words[-1], "NOUN"))


def _body_of(words) -> bool:
    """"Мэрия Бишкека:", "Минздрав Казахстана:", "Полиция Алматы:": a body's common noun and,
    in the genitive, where it is."""
    return 1 <= len(words) <= POST_MAX_WORDS and all(w.is_word for w in words) and org_head(words[0]) \
        and all(_genitive(w) for w in words[1:])


def _genitive(word, pos=None) -> bool:
    return any(p.tag.case == "gent" and (pos is None or p.tag.POS == pos) for p in parses(word)[:2])


def _speaking_noun(words) -> bool:
    """"Следствие:", "Эксперты:": one common noun naming who tells (an investigation,
    experts, doctors) is a source too."""
    if len(words) != 1 or not words[0].is_word:
        return False
    lemma = morph.lemma(words[0].low)
    return lemma in word_set("quote_headline_sources.txt") or lemma in word_set("quote_anonymous.txt")


def _surname(words) -> bool:
    """One capitalised word shaped like a surname: "Токаев:" (the dictionary reads
    "токаев" as a plural of "токай", so it is not known as a name)."""
    return len(words) == 1 and words[0].is_word and words[0].is_upper \
        and words[0].low.endswith(SURNAME_ENDINGS)


def _headline(text: str, p: Paragraph) -> bool:
    """A title, or a first line without a full stop that the structure stage left as the
    lead (a headline given alone)."""
    if p.kind == "title":
        return True
    line = text[p.start:p.end].strip()
    return p.index == 0 and "\n" not in line and not line.endswith((".", "…", ";", ":"))
