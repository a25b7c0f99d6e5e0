"""Interviews written as dash-led turns: the interviewer asks ("– Почему так происходит?"),
the interviewee answers ("– Причин несколько. ..."). Answers carry no attribution of their
own; they are the words of the person the headline or the lead names.
"""
from __future__ import annotations

import regex

from ..records import Paragraph
from ..resources import word_set
from . import marks
from .draft import Draft, trim
from .names import person_runs
from .words import DASHES, Word, is_latin, tokenize

FIRST_SENTENCE = regex.compile(r"[^.!?…]*[.!?…]")
MIN_QUESTIONS = 2  # one question in a dash line may be rhetoric, two make an interview


def attributed(text: str, paragraphs: list[Paragraph], drafts: list[Draft]) -> list[Draft]:
    """Answer turns take the interviewee's first mention as their speaker; an answer the
    rules did not take for speech (no "я" or "мы" in it) is speech here."""
    questions = _answers_that_ask({p.index for p in paragraphs if _turn(text, p) and _asks(text, p)}, text, paragraphs)
    questions |= _plain_questions(text, paragraphs)
    if len(questions) >= MIN_QUESTIONS:
        questions |= _prompts(text, paragraphs, questions)
    drafts = _answers_go_on(text, paragraphs, questions, drafts)
    drafts = _introduced_turns(text, paragraphs, questions, drafts)
    if len(questions) < MIN_QUESTIONS:
        return drafts
    first = min(questions)
    who = _interviewee(text, paragraphs) or _headline_source(text, paragraphs, drafts, first) \
        or _introduced(text, paragraphs, first)
    if who is None:
        return drafts
    if _own_interview(text, paragraphs, first):
        drafts = [d for d in drafts if not (d.paragraph in questions and d.cue is None and d.speaker is None)]
    out = [d.with_(speaker=who) if d.kind == "direct" and d.speaker is None and d.cue is None
           and d.paragraph - 1 in questions else d for d in drafts]
    mine = _by_paragraph(drafts)
    for p in paragraphs:
        if p.index - 1 in questions and p.index not in questions and _turn(text, p) \
                and _whole_turn(text, p, mine.get(p.index, [])) is None:
            out += _answer(text, p, who)
    return out


def _by_paragraph(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """The drafts of each paragraph, so that a long article is walked once."""
    mine: dict[int, list[Draft]] = {}
    for d in drafts:
        mine.setdefault(d.paragraph, []).append(d)
    return mine


def _answer(text: str, p: Paragraph, who: tuple[int, int]) -> list[Draft]:
    """A dash-led answer turn as the words of ``who``."""
    start, end = trim(text, p.start, p.end, keep_stop=True)
    return [Draft("direct", start, end, p.index, None, who)] if end > start else []


def _whole_turn(text: str, p: Paragraph, drafts: list[Draft]) -> Draft | None:
    """The quote of a turn's own words, opening right after its dash (not the words it
    retells: "Представитель покупателя сказал мне: «...»" inside an answer); ``drafts`` are the
    paragraph's."""
    return next((d for d in drafts if d.kind in ("direct", "block")
                 and p.start <= d.start and not text[p.start:d.start].strip(" \xa0" + DASHES)), None)


def _prompts(text: str, paragraphs: list[Paragraph], questions: set[int]) -> set[int]:
    """In an interview turns alternate, so in a run of dash-led turns the interviewer's
    turns stand at every other place, prompts without a question mark among them ("– Говорят,
    вы отменили репетицию." "– Одну. ..."). The run may open with a question or, after a
    line naming the speaker ("Виктор Ерохин, главный тренер:"), with an answer; a run where
    questions fall on both places is left alone."""
    prompts: set[int] = set()
    for run in _turn_runs(text, paragraphs):
        asked = [n for n, k in enumerate(run) if k in questions]
        if len(run) > 1 and asked and len({n % 2 for n in asked}) == 1:
            prompts.update(run[asked[0] % 2::2])
    return prompts


def _own_interview(text: str, paragraphs: list[Paragraph], first_question: int) -> bool:
    """The outlet says before the first question that it asks them ("рассказала нашему
    корреспонденту", "мы поговорили с ...", "В интервью Gazeta.uz", "рассказала Forbes", a
    byline "Беседовал Олег Ким"), so its questions are no one's quoted words."""
    own = word_set("quote_own_interview.txt")
    for p in paragraphs:
        if p.index < first_question:
            words = tokenize(text, p.start, p.end)
            lows = [w.low for w in words]
            if lows and lows[0] in own or any(f"{a} {b}" in own for a, b in zip(lows, lows[1:])) \
                    or any(_told_outlet(a, b) for a, b in zip(words, words[1:])):
                return True
    return False


def _told_outlet(verb: Word, outlet: Word) -> bool:
    """"рассказала Forbes": a telling verb with an outlet's Latin name for whom it told."""
    return verb.low in word_set("quote_interview_telling.txt") and is_latin(outlet) and outlet.text[:1].isupper()


def _turn_runs(text: str, paragraphs: list[Paragraph]) -> list[list[int]]:
    runs: list[list[int]] = []
    for p in paragraphs:
        if not _turn(text, p):
            continue
        if runs and runs[-1][-1] == p.index - 1:
            runs[-1].append(p.index)
        else:
            runs.append([p.index])
    return runs


def _plain_questions(text: str, paragraphs: list[Paragraph]) -> set[int]:
    """Questions printed as plain paragraphs (their bold lost in scraping) that a dash-led
    turn answers: "Почему так происходит?" "– Причин несколько." """
    return {p.index for p, after in zip(paragraphs, paragraphs[1:])
            if p.kind == "body" and after.index == p.index + 1 and not _turn(text, p)
            and text[p.start:p.end].rstrip().endswith("?") and _turn(text, after) and not _asks(text, after)}


def _asks(text: str, p: Paragraph) -> bool:
    """A turn that asks: it ends in a question mark, or its first sentence does ("– Хватит
    ли врачей? В регионах их и так не хватает.")."""
    turn = text[p.start:p.end].rstrip()
    first = FIRST_SENTENCE.match(turn)
    return turn.endswith("?") or first is not None and first.group().endswith("?")


def _answers_that_ask(questions: set[int], text: str, paragraphs: list[Paragraph]) -> set[int]:
    """The interviewer does not ask twice in a row: a turn right after a question that opens
    with a question of its own but ends in a statement is the answer ("– Вы пробовали сами?"
    "– Честно? В юности — да.")."""
    by_index = {p.index: p for p in paragraphs}
    return {n for n in questions if n - 1 not in questions
            or text[by_index[n].start:by_index[n].end].rstrip().endswith("?")}


def _answers_go_on(text: str, paragraphs: list[Paragraph], questions: set[int], drafts: list[Draft]) -> list[Draft]:
    """An answer with no attribution right after a question whose turn before it was
    someone's answered words ("наставник ответил: – Он молодец." "– Можно ли ...?" "– Пока
    ...") is that person's next answer, and passes the speaker on to the answer after it."""
    by_index = {p.index: p for p in paragraphs}
    out, mine = list(drafts), _by_paragraph(drafts)
    speaking: dict[int, Draft] = {}
    for p in paragraphs:
        if p.index in questions:
            continue
        if not _turn(text, p):  # "Зуев ответил: «Он молодец»." before a question
            told = [d for d in mine.get(p.index, []) if d.speaker and d.kind in ("direct", "block")]
            speaking.update({p.index: told[-1]} if told else {})
            continue
        own = _whole_turn(text, p, mine.get(p.index, []))
        before = speaking.get(p.index - 2)
        if own is not None and own.speaker is not None:
            speaking[p.index] = own
        elif before is not None and p.index - 1 in questions and p.index - 1 in by_index:
            if own is None:
                new = [d.with_(speaker=before.speaker, gender=before.gender) for d in _answer(text, p, before.speaker)]
            elif own.kind == "direct" and own.cue is None:
                new = [own.with_(speaker=before.speaker, gender=before.gender)]
                out.remove(own)
            else:
                continue
            out += new
            speaking.update((d.paragraph, d) for d in new)
    return out


def _introduced_turns(text: str, paragraphs: list[Paragraph], questions: set[int],
                      drafts: list[Draft]) -> list[Draft]:
    """"Капитан команды Иван Лебедев признался, что ..." + "— Когда ведешь 2:1, каждая минута
    длится вечность.": a dash-led turn with no attribution of its own right after the
    author's paragraph reporting someone's words goes on with that speaker's words. A turn
    in a run of turns, or one answering a question ("Но ведь министерство обещало деньги?"),
    is a dialogue's or an interview's, and is left to them."""
    by_index = {p.index: p for p in paragraphs}
    out, mine = list(drafts), _by_paragraph(drafts)
    for p in paragraphs:
        prev, nxt = by_index.get(p.index - 1), by_index.get(p.index + 1)
        if not _turn(text, p) or {p.index, p.index - 1} & questions or prev is None or _turn(text, prev) \
                or prev.kind not in ("lead", "body") or nxt is not None and _turn(text, nxt):
            continue
        own = _whole_turn(text, p, mine.get(p.index, []))
        speaker = _reporter(mine.get(prev.index, []))
        if own is not None and own.kind == "direct" and own.speaker is None and own.cue is None and speaker:
            out[out.index(own)] = own.with_(speaker=speaker.speaker, gender=speaker.gender)
    return out


def _reporter(mine: list[Draft]) -> Draft | None:
    """The last of a paragraph's quotes with a speaker, not one retold inside another."""
    spoken = [d for d in mine if d.speaker is not None
              and not any(k is not d and k.kind != "indirect" and k.start <= d.start and d.end <= k.end for k in mine)]
    return max(spoken, key=lambda d: d.end) if spoken else None


def _turn(text: str, p: Paragraph) -> bool:
    return text[p.start:p.start + 1] in DASHES


def _introduced(text: str, paragraphs: list[Paragraph], first_question: int) -> tuple[int, int] | None:
    """With no one named in the title or the lead, the interviewee is the person the
    paragraph just before the first question introduces ("Агентство поговорило с
    кардиологом Ниной Лазаревой."), a photo's caption or credit between them aside. A full
    name is the one introduced ("Писательница из Лиепаи Инга Страутмане ... в Лиепае"), and
    a name in quotation marks is a body's ("По данным «СПАРК-Интерфакса»")."""
    before = [p for p in paragraphs if p.index < first_question]
    if not before or before[-1].kind != "body" or _turn(text, before[-1]):
        return None
    p = before[-1]
    words = tokenize(text, p.start, p.end)
    quoted = [(m.open, m.close) for m in marks.outer(text, p.start, p.end)]
    runs = [(a, b) for a, b in person_runs(words) if not any(o < words[a].start < c for o, c in quoted)]
    full = [(a, b) for a, b in runs if b - a > 1]
    if not runs:
        return None
    a, b = (full or runs)[-1]
    return words[a].start, words[b - 1].end


def _headline_source(text: str, paragraphs: list[Paragraph], drafts: list[Draft],
                     first_question: int) -> tuple[int, int] | None:
    """A headline over the interview quoting a person by name ("Инга Страутмане: «Русский
    язык для меня — не политика»") names the interviewee, wherever the page put it."""
    heads = {p.index for p in paragraphs if p.index < first_question}
    for d in drafts:
        if d.paragraph in heads and d.kind == "direct" and d.cue is None and d.speaker is not None:
            words = tokenize(text, *d.speaker)
            if words and d.speaker[1] <= d.start and any(b == len(words) for _, b in person_runs(words)):
                return d.speaker
    return None


def _interviewee(text: str, paragraphs: list[Paragraph]) -> tuple[int, int] | None:
    """The person named first in the title or the lead ("Асхат Оразбеков: К 2027 году ...")."""
    for p in paragraphs:
        if p.kind not in ("title", "lead"):
            continue
        words = tokenize(text, p.start, p.end)
        runs = person_runs(words)
        if runs:
            a, b = runs[0]
            return words[a].start, words[b - 1].end
    return None
