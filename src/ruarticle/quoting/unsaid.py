"""Drafts that look like reports but are nobody's words: the topic of a question, a
status given by a passive participle, a title's list of topics, words still to be said,
a thing talked about, a cited headline, a thing that shows or needs ("Проблема требует
вмешательства").
"""
from __future__ import annotations

import regex

from .. import morph
from ..resources import word_set
from ..records import Paragraph
from .draft import Draft
from .lexicon import is_topic_verb, org_head
from .phrases import names_someone
from .sources import is_document
from .words import DASHES, best_pos, can_be_case, is_future, is_latin, is_proper, parses, tokenize

PREDICATES = ("VERB", "PRTS", "ADJS", "PRED", "INFN")
TALKING = ("высказаться", "высказываться")  # "высказался о ...": a view on a topic
INTRODUCING = ("сказать",)  # "сказал о кастинге:" (a topic verb only before a colon)
REFERENCE_REACH = 300  # characters of a link and a cited title before the cue
SUBHEAD_MAX_WORDS = 8
QUESTION = regex.compile(r"\bвопрос(?:ы|а|ов|ам)?\b", regex.IGNORECASE)
# an article of a code: "(ч. 2 ст. 212 УК РФ)", "статья 282 УК РФ", "по статье 159"
CODE_ARTICLE = regex.compile(r"\b(?:ст\.|стать[яиеюй])\s*\d|\bУК\b|\bКоАП\b")


def no_quote(text: str, d: Draft, titles: set[int], headings: frozenset[int] = frozenset()) -> bool:
    """Whether an indirect draft is one of the kinds below (``titles``: title paragraphs,
    ``headings``: subheads, see ``subheads``)."""
    if d.kind != "indirect":
        return False
    return d.paragraph in headings or _question_topic(text, d) or _status(text, d) or _teaser(text, d, titles) \
        or _unsaid(text, d) or _talked_about(text, d) or _cited_headline(text, d) \
        or _introduces_words(text, d) or _charged(text, d) or _legal_charge(text, d) \
        or _plot(text, d)


def subheads(text: str, paragraphs: list[Paragraph]) -> frozenset[int]:
    """Body lines between two body paragraphs that are short and end with no punctuation
    ("Банк обещает компенсации"): a page's subheads, which sum up what follows in a
    headline's words and report nobody's statement of their own."""
    return frozenset(p.index for before, p, after in zip(paragraphs, paragraphs[1:], paragraphs[2:])
                     if before.kind == p.kind == after.kind == "body" and _heading(text, p))


def _heading(text: str, p: Paragraph) -> bool:
    line = text[p.start:p.end].strip()
    return bool(line) and "\n" not in line and line[-1].isalnum() and line[0] not in DASHES + "«„\"" \
        and len([w for w in tokenize(text, p.start, p.end) if w.is_word]) <= SUBHEAD_MAX_WORDS


def _cited_headline(text: str, d: Draft) -> bool:
    """"...было опровергнуто[http://... В «X» опровергли задержание :: Политика :: РИА Новости]":
    a wiki reference quotes the headline of its source, another article's title, not words
    the article reports. The cue sits inside brackets that open with a link."""
    if not d.cue:
        return False
    opening = text.rfind("[", max(0, d.cue[0] - REFERENCE_REACH), d.cue[0])
    return opening >= 0 and text.startswith("[http", opening) and "]" not in text[opening:d.cue[0]] \
        and "\n" not in text[opening:d.cue[0]]


def topic(text: str, d: Draft) -> bool:
    """Content that is the topic after "о"/"об", not a clause of its own."""
    return text[max(0, d.start - 4):d.start].lower().split()[-1:] in (["о"], ["об"], ["обо"])


def _talked_about(text: str, d: Draft) -> bool:
    """"рассказала журналистам о судьбе деда", "высказался о действиях тренера": a talk
    or a view whose topic is a thing talked about (quote_topic_nouns.txt) reports no
    statement; "рассказал о договорённости", "высказался о намерении уйти" do."""
    if not d.cue or not topic(text, d):
        return False
    lemma = d.cue[2]
    if not (is_topic_verb(lemma) or lemma in TALKING or lemma.endswith(" мнение")):
        return False
    head = next((w for w in tokenize(text, d.start, d.end) if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and morph.lemma(head.low) in word_set("quote_topic_nouns.txt")


def _introduces_words(text: str, d: Draft) -> bool:
    """"Один агент сказал о кастинге:", "говорит о том, что касается покушения:": a talk
    about something that ends in a colon announces the words that follow; what they are
    about is not itself a statement ("объявил об отставке тренера:" still reports one)."""
    if not d.cue or d.cue[0] > d.start or not topic(text, d) or not text.startswith(":", d.end):
        return False
    return is_topic_verb(d.cue[2]) or d.cue[2] in INTRODUCING


def _charged(text: str, d: Draft) -> bool:
    """"Задержанному сообщено о подозрении", "полиция сообщила о подозрении водителю": in
    Ukrainian legal usage a notice of suspicion is a charge served, not a statement
    (quote_served_notices.txt); "сообщили, что подозревают ..." stays a report."""
    if not d.cue or not topic(text, d) or d.cue[2] != "сообщить":
        return False
    head = next((w for w in tokenize(text, d.start, d.end) if w.is_word), None)
    return head is not None and morph.lemma(head.low) in word_set("quote_served_notices.txt")


def _legal_charge(text: str, d: Draft) -> bool:
    """"Его обвиняли в массовых беспорядках (ч. 2 ст. 212 УК РФ)", "Роскомнадзор усмотрел
    признаки экстремизма (статья 282 УК РФ)": a charge or finding that cites an article of
    a code is a legal act, not words someone said."""
    return d.cue is not None and d.cue[2] in word_set("quote_charging_verbs.txt") \
        and CODE_ARTICLE.search(text, d.start, d.end) is not None


def _plot(text: str, d: Draft) -> bool:
    """"Фильм рассказывает о мальчике, ...", "Картина повествует о ...": a work's plot told,
    no one's words (the subject is the work itself, not its author)."""
    if not d.cue or not d.speaker or not is_topic_verb(d.cue[2]):
        return False
    words = [w for w in tokenize(text, *d.speaker) if w.is_word]
    return len(words) == 1 and morph.lemma(words[0].low) in word_set("quote_story_works.txt")


def _question_topic(text: str, d: Draft) -> bool:
    """"Отвечая на вопрос журналистов о стоимости билетов": what a question was about is
    nobody's words (the answer, if reported, is a quote of its own)."""
    if not d.cue or not topic(text, d):
        return False
    between = text[d.cue[1]:d.start] if d.cue[1] <= d.start else ""
    return QUESTION.search(between) is not None


def _status(text: str, d: Draft) -> bool:
    """"был объявлен чемпионом мира", "признанный лучшим игроком", "объявлен властями в
    розыск": a passive participle with a bare instrumental names a status or an act,
    nobody's words ("признано целесообразным усилить ..." has a clause and stays)."""
    if not d.cue or d.cue[1] > d.start:
        return False  # "Причиной смерти названа ...": the words around the cue are the report
    cue = tokenize(text, d.cue[0], d.cue[1])
    words = [w for w in tokenize(text, d.start, d.end) if w.is_word]
    if not cue or not words or not morph.has_tag(cue[-1].low, "pssv") \
            or not can_be_case(words[0], "ablt"):
        return False
    return not any(best_pos(w) in ("VERB", "INFN") for w in words)


def _teaser(text: str, d: Draft, titles: set[int]) -> bool:
    """"Аким отчитался перед населением: газ, дороги и вода", "Индонезия: 687 черепах на
    самолёте": a title's list of topics after a colon, with no predicate, is no one's words."""
    if d.paragraph not in titles or ":" not in text[max(0, d.start - 3):d.start]:
        return False
    return not any(best_pos(w) in PREDICATES for w in tokenize(text, d.start, d.end) if w.is_word)


def _unsaid(text: str, d: Draft) -> bool:
    """"Решение будет объявлено 15 января", "министр расскажет о планах": words still to
    be said are not yet anyone's (a direct quote keeps its own marks and dash)."""
    if not d.cue:
        return False
    words = tokenize(text, d.cue[0], d.cue[1])
    before = tokenize(text, max(0, d.cue[0] - 8), d.cue[0])[-1:]
    return bool(words) and (is_future(words[0]) or [w.low for w in before] in (["будет"], ["будут"]))


def shown_by_a_thing(text: str, d: Draft) -> bool:
    """"Успех романа доказывает, что ...", "Проблема требует вмешательства": a verb that
    also means "to show" or "to need" with a thing for its subject (no person, body,
    document, outlet or study) reports nobody's words."""
    if not d.cue or not d.speaker or d.cue[2] not in word_set("quote_evidence_verbs.txt"):
        return False
    return a_thing(tokenize(text, d.speaker[0], d.speaker[1]))


def a_thing(words) -> bool:
    """A subject phrase headed by a thing: no person, body, document, outlet or study."""
    head = next((w for w in words if w.is_word and best_pos(w) not in ("ADJF", "PRTF", "NUMR")
                 and w.low not in word_set("quote_quantifiers.txt")), None)  # "Тысячи демонстрантов"
    if head is None or best_pos(head) != "NOUN" or is_proper(head) or is_latin(head) \
            or head.text[:1].isupper() and not head.initial or any(w.text in "«\"„“" for w in words[:words.index(head)]):
        return False  # "«Эхо Москвы» говорит о ...": a name ("успех «Просеки»" is a thing)
    if org_head(head) or is_document(head) or any("anim" in p.tag for p in parses(head)) \
            or morph.lemma(head.low) in word_set("quote_findings.txt") \
            or morph.lemma(head.low) in word_set("quote_spokespeople.txt") \
            or morph.lemma(head.low) in word_set("quote_collective_speakers.txt"):  # "власти требуют", "оппозиция обещала"
        return False
    return not names_someone(words, (words.index(head), len(words)))
