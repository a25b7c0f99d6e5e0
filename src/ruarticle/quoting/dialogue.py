"""Interviews written as dash-led turns: the interviewer asks ("– Почему так происходит?"),
the interviewee answers ("– Причин несколько. ..."). Answers carry no attribution of their
own; they are the words of the person the headline or the lead names.
"""
from __future__ import annotations

import regex

from ..records import Paragraph
from ..resources import word_set
from .draft import Draft, trim
from .names import person_runs
from .words import DASHES, tokenize

FIRST_SENTENCE = regex.compile(r"[^.!?…]*[.!?…]")
MIN_QUESTIONS = 2  # one question in a dash line may be rhetoric, two make an interview


def attributed(text: str, paragraphs: list[Paragraph], drafts: list[Draft]) -> list[Draft]:
    """Answer turns take the interviewee's first mention as their speaker; an answer the
    rules did not take for speech (no "я" or "мы" in it) is speech here."""
    questions = _answers_that_ask({p.index for p in paragraphs if _turn(text, p) and _asks(text, p)}, text, paragraphs)
    questions |= _plain_questions(text, paragraphs)
    drafts = _answers_go_on(questions, drafts)
    if len(questions) < MIN_QUESTIONS:
        return drafts
    who = _interviewee(text, paragraphs) or _introduced(text, paragraphs, min(questions))
    if who is None:
        return drafts
    questions |= _prompts(text, paragraphs, questions)
    if _own_interview(text, paragraphs, min(questions)):
        drafts = [d for d in drafts if not (d.paragraph in questions and d.cue is None and d.speaker is None)]
    out = [d.with_(speaker=who) if d.kind == "direct" and d.speaker is None and d.cue is None
           and d.paragraph - 1 in questions else d for d in drafts]
    taken = {d.paragraph for d in drafts}
    for p in paragraphs:
        if p.index - 1 in questions and p.index not in questions and p.index not in taken and _turn(text, p):
            start, end = trim(text, p.start, p.end, keep_stop=True)
            if end > start:
                out.append(Draft("direct", start, end, p.index, None, who))
    return out


def _prompts(text: str, paragraphs: list[Paragraph], questions: set[int]) -> set[int]:
    """In an interview turns alternate, so a run of dash-led turns opened by a question
    has the interviewer's turns at every other place, prompts without a question mark
    among them ("– Говорят, вы отменили репетицию." "– Одну. ..."). A run where a
    question falls on an answer's place is left alone."""
    prompts: set[int] = set()
    for run in _turn_runs(text, paragraphs):
        asking = run[::2]
        if run[0] in questions and not questions.intersection(run[1::2]) and len(run) > 1:
            prompts.update(asking)
    return prompts


def _own_interview(text: str, paragraphs: list[Paragraph], first_question: int) -> bool:
    """The outlet says before the first question that it asks them ("рассказала нашему
    корреспонденту", "мы поговорили с ...", a byline "Беседовал Олег Ким"), so its questions
    are no one's quoted words."""
    own = word_set("quote_own_interview.txt")
    for p in paragraphs:
        if p.index < first_question:
            words = [w.low for w in tokenize(text, p.start, p.end)]
            if words and words[0] in own or any(f"{a} {b}" in own for a, b in zip(words, words[1:])):
                return True
    return False


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


def _answers_go_on(questions: set[int], drafts: list[Draft]) -> list[Draft]:
    """An answer with no attribution right after a question whose turn before it was
    someone's answered words ("наставник ответил: – Он молодец." "– Можно ли ...?" "– Пока
    ...") is that person's next answer."""
    spoken = {d.paragraph: d.speaker for d in drafts if d.speaker is not None and d.kind in ("direct", "block")}
    return [d.with_(speaker=spoken[d.paragraph - 2])
            if d.kind == "direct" and d.speaker is None and d.cue is None and d.paragraph - 1 in questions
            and d.paragraph - 2 in spoken and d.paragraph - 2 not in questions else d for d in drafts]


def _turn(text: str, p: Paragraph) -> bool:
    return text[p.start:p.start + 1] in DASHES


def _introduced(text: str, paragraphs: list[Paragraph], first_question: int) -> tuple[int, int] | None:
    """With no one named in the title or the lead, the interviewee is the person the
    paragraph just before the first question introduces ("Агентство поговорило с
    кардиологом Ниной Лазаревой.")."""
    before = [p for p in paragraphs if p.index < first_question and p.kind == "body"]
    if not before or before[-1].index != first_question - 1:
        return None
    p = before[-1]
    words = tokenize(text, p.start, p.end)
    runs = person_runs(words)
    if not runs:
        return None
    a, b = runs[-1]
    return words[a].start, words[b - 1].end


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
