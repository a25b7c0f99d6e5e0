"""Words written up or chanted: slogans on placards and banners, inscriptions, chants.

"Болельщики встретили его баннерами «Ты наш капитан!», «Возвращение легенды»",
"«Перед законом все равны!», «Мы за справедливость» гласили плакаты", "Шестая заповедь
гласит: «Не прелюбодействуй»", "«Нам семь тысяч лет» — это лозунг выставки": marked words
that a noun of an inscription or chant introduces, or that a verb "гласить" ties to what
bears them, are direct speech of whoever holds them up, however short; a run of marks
joined by commas or "и" is one list of them.
"""
from __future__ import annotations

import regex

from .. import morph
from ..resources import data_lines, fold, once
from . import phrases
from .draft import Draft, trim
from .marks import Marked
from .words import Word, best_pos, char_span, tokenize, verb_gender

LISTED = regex.compile(r"\s*[!?.…]?\s*(?:,|,?\s+(?:и|или|а\s+также))\s*")  # between "»" and "«"
READ_VERB = "гласить"  # "плакаты гласили", "заповедь гласит"
THIS_IS = regex.compile(r"\s*[—–-]\s+это\s+(\w+)")  # "«...» — это лозунг"
SENTENCE_END = regex.compile(r"[.!?…]\s+(?=\p{Lu})")
MIN_WORDS = 2
CLAUSE_REACH = 16  # words back from the noun to the verb whose subject holds the inscription
HOLDING = ("VERB", "GRND")  # "облачившись в футболки с надписью «...»": the gerund's clause holds it


@once
def _nouns() -> dict[str, bool]:
    """Lemma -> whether it names a chant (any length counts)."""
    return {fold(line.split()[0]): line.endswith("*") for line in data_lines("quote_inscription_nouns.txt")}


def find(text: str, lo: int, hi: int, paragraph: int, outer: list[Marked], taken: list[Draft]) -> list[Draft]:
    """Direct quotes for each run of marks that an inscription introduces."""
    drafts = []
    for run in _runs(text, outer):
        found = _introduced(text, lo, hi, run)
        if found is None:
            continue
        cue, speaker, gender, chant = found
        for m in run:
            if any(d.start < m.close and m.open < d.end for d in taken) or not _said(text, m, chant):
                continue
            s, e = trim(text, m.start, m.end, keep_stop=True)
            if e > s:
                drafts.append(Draft("direct", s, e, paragraph, cue, speaker, gender))
    return drafts


def _runs(text: str, outer: list[Marked]) -> list[list[Marked]]:
    """Marks listed one after another ("«A», «B» и «C»") grouped together."""
    runs: list[list[Marked]] = []
    for m in outer:
        if runs and LISTED.fullmatch(text, runs[-1][-1].close + 1, m.open):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _said(text: str, m: Marked, chant: bool) -> bool:
    """A chant however short; a written slogan of two words at least, or one exclaimed."""
    words = [w for w in tokenize(text, m.start, m.end) if w.is_word]
    return bool(words) and (chant or len(words) >= MIN_WORDS or "!" in text[m.start:m.end])


def _introduced(text: str, lo: int, hi: int, run: list[Marked]):
    """(cue, speaker, gender, chant) when the run is an inscription's words, else None."""
    head = tokenize(text, _sentence_start(text, lo, run[0].open), run[0].open)
    tail = tokenize(text, run[-1].close + 1, hi)
    k = len(head) - 1
    if k >= 0 and head[k].text == ":":
        k -= 1
    if k >= 0 and head[k].is_word:
        noun = _noun(head[k])
        if noun is not None:
            return _held(head, k, noun)  # None for a caption: a name of what is shown
        if _reads(head[k]):  # "Шестая заповедь гласит: «...»"
            gender = verb_gender(head[k])
            span = phrases.before(head, k, 0, gender)
            return _cue(head[k]), _chars(head, span), gender, False
    if tail and tail[0].is_word and _reads(tail[0]):  # "«...», «...» гласили плакаты в руках пикетчиков"
        span = phrases.after(tail, 0, len(tail))
        return _cue(tail[0]), _chars(tail, span), verb_gender(tail[0]), False
    this = THIS_IS.match(text, run[-1].close + 1, hi)
    if this and _noun_lemma(this.group(1)) in _nouns():  # "«...» — это лозунг выставки"
        start, end = this.span(1)
        return (start, end, _noun_lemma(this.group(1))), None, None, False
    return None


def _noun(word: Word) -> str | None:
    lemma = _noun_lemma(word.low)
    return lemma if lemma in _nouns() and best_pos(word) == "NOUN" else None


def _noun_lemma(form: str) -> str:
    return morph.lemma(form.lower())


def _reads(word: Word) -> bool:
    return word.is_word and best_pos(word) == "VERB" and morph.lemma(word.low) == READ_VERB


def _cue(word: Word) -> tuple[int, int, str]:
    return word.start, word.end, morph.lemma(word.low)


def _held(head: list[Word], k: int, noun: str):
    """The inscription noun at ``k``: its holders are the subject of the clause's verb
    ("Болельщики приветствовали игрока баннерами «...»"); with no verb before it in the
    sentence, or a subject that names no one, the words are a caption or a name, None."""
    cue = (head[k].start, head[k].end, noun)
    verb = next((n for n in range(k - 1, max(-1, k - CLAUSE_REACH), -1)
                 if head[n].text in ".!?;" or head[n].is_word and best_pos(head[n]) in HOLDING), None)
    if verb is None or not head[verb].is_word:
        return None  # "Пикет у больницы. Плакат «Врачи тоже люди»": a caption, no one shown holding it
    if best_pos(head[verb]) == "GRND":  # "спартаковцы ..., облачившись в футболки с надписью": the main verb's subject
        verb = next((n for n in range(verb - 1, -1, -1) if head[n].is_word and best_pos(head[n]) == "VERB"), verb)
    gender = verb_gender(head[verb])
    span = phrases.before(head, verb, 0, gender)
    if span is None or not phrases.names_someone(head, span):
        return None  # "Кампания проходит под лозунгом «...»": an event's motto, no one holds it up
    return cue, _chars(head, span), gender, _nouns()[noun]


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts within the paragraph from ``lo``."""
    ends = list(SENTENCE_END.finditer(text, lo, at))
    return ends[-1].end() if ends else lo


def _chars(words: list[Word], span) -> tuple[int, int] | None:
    return char_span(words, *span) if span else None
