"""Reporting cues from the data files: verbs, impersonal verbs, "по словам"-nouns."""
from __future__ import annotations

from functools import lru_cache

from .. import morph
from ..resources import fold, once, table, word_lines, word_set
from .words import Word, parses

ABOUT = frozenset({"о", "об", "обо"})  # the preposition of a report's topic
THAT = frozenset({"что", "чтобы"})  # the conjunctions that open a report's clause
QUOTING_NOUNS = ("слово", "цитата", "рассказ")  # "привёл слова X": the cue quotes someone else, who speaks

CUE_POS = ("VERB", "GRND", "PRTS")
FRONTED_GAP = 6  # words of the subject between a fronted cue noun and its verb
PHRASE_GAP = 3  # words allowed inside a verb-and-noun cue: "выразил в этой связи надежду"
PREPOSITION_GAP = 7
PHRASE_PREPOSITIONS = frozenset({"с", "к", "в"})
SPEAKERS_OWN = ("1per", "2per", "impr")  # "считаем", "обещаю", "напомним": the quoted speaking
NAMED_PASSIVES = ("называться",)  # "Главными кандидатами называются X и Y": no cue verb, still a report


@once
def documents(part: str) -> dict[str, tuple[str, ...]]:
    """The document nouns (lemmas) of quote_documents.tsv that play ``part``: "carries"
    (a source's words, "в заявлении МИД говорится") or "issued" (named bare, by the one
    the sentence before names: "— говорится в поздравлении."), each with the verbs that
    issue it. One list, so that a document noun is written once."""
    return {fold(row[0]): tuple(v for v in row[2:] if v) for row in table("quote_documents.tsv")
            if part in row[1].split(",")}


@once
def _backrefs() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in word_lines("quote_backrefs.txt"))


@once
def _cue_verbs() -> frozenset[str]:
    # impersonal reporting forms ("прогнозируется") count as cues too
    # and so do the phrase-taking verbs ("сослался на опросы") that speech_verbs.txt lacks
    return (word_set("speech_verbs.txt") | word_set("quote_impersonal.txt") | frozenset(_frames())) \
        - word_set("quote_not_cues.txt")


def cue_lemma(word: Word, pos: tuple[str, ...] = CUE_POS) -> str | None:
    """The speech-verb lemma of a finite verb, gerund or short participle, else None."""
    return _cue_lemma(word.low, pos) if word.is_word else None


@lru_cache(maxsize=200_000)
def _cue_lemma(low: str, pos: tuple[str, ...]) -> str | None:
    """cue_lemma per word form: every word of every sentence is asked."""
    verbs = _cue_verbs()
    for p in morph.parses(low):
        lemma = morph.normal(p)
        if p.tag.POS in pos and lemma in verbs and p.score >= 0.05 \
                and not any(g in p.tag for g in SPEAKERS_OWN) \
                and (p.tag.POS != "PRTS" or lemma in word_set("quote_impersonal.txt")):
            return lemma
    return None


def channel_noun(form: str) -> bool:
    """A noun for a channel or site that publishes in its own name ("телеграм-канал", "сайт")."""
    return not word_set("quote_channel_nouns.txt").isdisjoint(morph.lemmas(form))


def listed_verb(word: Word, name: str) -> str | None:
    """The lemma of ``word`` read as a verb of the data file ``name`` (one of its two
    likeliest readings), else None: verbs that report only in one frame."""
    if not word.is_word:
        return None
    return next((morph.normal(p) for p in parses(word)[:2]
                 if p.tag.POS == "VERB" and morph.normal(p) in word_set(name)), None)


def clause_verb(word: Word) -> str | None:
    """The lemma of a verb of quote_clause_verbs.txt (one that reports a clause only),
    unless the quoted speak of themselves ("сожалею, что")."""
    lemma = listed_verb(word, "quote_clause_verbs.txt")
    if lemma is None or any(g in parses(word)[0].tag for g in SPEAKERS_OWN):
        return None
    return lemma


def stance_lemma(word: Word) -> str | None:
    """"уверен", "убеждены": a conviction that reports a view when ", что" follows."""
    return _stance_lemma(word.low) if word.is_word else None


@lru_cache(maxsize=200_000)
def _stance_lemma(low: str) -> str | None:
    stances = word_set("quote_stance.txt")
    return next((morph.normal(p) for p in morph.parses(low)
                 if p.tag.POS in ("ADJS", "PRTS") and morph.normal(p) in stances), None)


def is_impersonal(word: Word) -> bool:
    """"сообщается", "говорится", "было заявлено": no grammatical speaker."""
    impersonal = word_set("quote_impersonal.txt")
    return any(morph.normal(p) in impersonal
               and (p.tag.POS == "PRTS" or (p.normal_form.endswith(("ся", "сь")) and "sing" in p.tag
                                            and ("3per" in p.tag or "neut" in p.tag)))
               for p in parses(word))


def is_phrase_verb(lemma: str) -> bool:
    return lemma in word_set("quote_phrase_verbs.txt") or lemma in _frames()


@once
def _frames() -> dict[str, frozenset[str]]:
    """Lemma -> the shapes its phrase content may take (quote_phrase_frames.tsv)."""
    return {line.split("\t")[0]: frozenset(line.split("\t")[1].split())
            for line in word_lines("quote_phrase_frames.tsv")}


def phrase_frames(lemma: str) -> frozenset[str]:
    """The shapes a phrase content of ``lemma`` may take; empty when any phrase will do."""
    return _frames().get(lemma, frozenset())


def not_content(word: Word) -> bool:
    """"юбилей", "виновным": a word showing a celebrated date, a verdict or a decree."""
    return word.is_word and any(morph.normal(p) in word_set("quote_not_contents.txt")
                                or p.normal_form.endswith("летие")  # "85-летие", "столетие"
                                for p in parses(word)[:1])


def according_noun(word: Word, case: str = "datv") -> bool:
    """"по словам", "согласно прогнозу" (dative); "в соответствии с прогнозом" (instrumental)."""
    nouns = word_set("quote_according.txt")
    return word.low in nouns or any(morph.normal(p) in nouns and case in p.tag
                                    for p in parses(word))  # the lists fold ё: "отчёт"


OUTLETS = ("пресса", "сми")  # "в прессе появилась информация": outlets by their common noun


def outlet_noun(word: Word) -> bool:
    """"прессе", "газете", "сайте", "блогах": a medium news appears in."""
    lemma = morph.lemma(word.low)
    return lemma in OUTLETS or lemma in word_set("quote_media_heads.txt") \
        or lemma in word_set("quote_venue_nouns.txt")


def org_head(word: Word) -> bool:
    return not word_set("quote_org_heads.txt").isdisjoint(morph.lemmas(word.low))


@once
def _backref_starts() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in _backrefs())


def backref_at(words: list[Word], i: int) -> int:
    """Length of a back-pointing opener ("об этом") starting at ``words[i]``, or 0."""
    if i >= len(words) or words[i].low not in _backref_starts():
        return 0  # most words start no opener: skip the phrase list
    for phrase in _backrefs():
        n = len(phrase)
        if tuple(w.low for w in words[i:i + n]) == phrase:
            return n
    return 0


def pointer_states(words: list[Word], i: int, stop: int) -> bool:
    """"Это стало известно после обследования, сообщает X", "Это произошло ночью, передаёт
    ТАСС": a back-pointing "это" that is the subject of a verb of its own, one that reports
    nothing, opens a statement of the sentence, not a report that points back."""
    if i >= len(words) or words[i].low != "это" or backref_at(words, i) != 1:
        return False  # "Такие данные привела X": other pointers are the object of their verb
    for w in words[i + 1:stop]:
        if cue_lemma(w):
            return False  # "Это подтвердили в МВД": the pointer's own report
        if w.is_word and w.low not in AUXILIARIES and any(
                p.tag.POS == "VERB" for p in parses(w)[:1]):
            return True
    return False


AUXILIARIES = frozenset({"был", "была", "было", "были", "будет", "будут"})  # "Это было объявлено"


@once
def _phrases_by_verb() -> dict[str, list[tuple[str, ...]]]:
    """The verb-and-noun cues of the data file, by their verb's lemma, in file order."""
    by_verb: dict[str, list[tuple[str, ...]]] = {}
    for line in word_lines("quote_cue_phrases.txt"):
        phrase = tuple(line.split())
        by_verb.setdefault(phrase[0], []).append(phrase)
    return by_verb


@lru_cache(maxsize=200_000)
def _verb_lemmas(low: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(morph.normal(p) for p in morph.parses(low)
                               if p.tag.POS in ("VERB", "GRND", "INFN")))


def cue_phrase(words: list[Word], i: int) -> tuple[int, str] | None:
    """(index of the last word, phrase) of a verb-and-noun cue starting at ``words[i]``:
    "привёл слова", "раскрыл свою мысль", "пришло к выводу"."""
    if not words[i].is_word:
        return None
    by_verb = _phrases_by_verb()
    for phrase in (p for lemma in _verb_lemmas(words[i].low) for p in by_verb.get(lemma, ())):
        k = i
        for part in phrase[1:]:
            k = _next_part(words, k, part)
            if k is None:
                break
        if k is not None:
            return k, " ".join(phrase)
        if len(phrase) == 2 and phrase[1] in word_set("quote_fronted_cue_nouns.txt") \
                and _fronted_noun(words, i, phrase[1]):
            return i, " ".join(phrase)  # "Особое внимание глава региона обратил на ..."
    return None


def _fronted_noun(words: list[Word], i: int, noun: str) -> bool:
    """The noun of a two-word cue opens the sentence, an adjective at most before it, and
    no punctuation stands between it and the verb: "Особое внимание министр обратил на"."""
    k = 1 if len(words) > 1 and words[0].is_word and morph.pos(words[0].low) == "ADJF" else 0
    return k + 1 < i <= k + 1 + FRONTED_GAP and noun in morph.lemmas(words[k].low) \
        and all(w.is_word for w in words[k + 1:i])


def _next_part(words: list[Word], k: int, part: str) -> int | None:
    """Index of the next word of a cue phrase after ``words[k]``; a preposition may stand
    after a longer addressee ("обращается к ФАС и министерству торговли с просьбой")."""
    gap = PREPOSITION_GAP if part in PHRASE_PREPOSITIONS else PHRASE_GAP
    for m in range(k + 1, min(k + gap + 2, len(words))):
        if part in morph.lemmas(words[m].low):
            return m
        if not words[m].is_word and words[m].text not in "«»\"":
            return None  # punctuation other than quotation marks ends the phrase
    return None


def asks(lemma: str) -> bool:
    return lemma in word_set("quote_question_verbs.txt")


def opens_question(words: list[Word], j: int) -> bool:
    """A reported question starts at ``words[j]``: "всё ли ...", "как ..."."""
    if j >= len(words) or not words[j].is_word:
        return False
    return words[j].low in word_set("quote_question_words.txt") or (
        j + 1 < len(words) and words[j + 1].low == "ли")


def is_topic_verb(lemma: str | None) -> bool:
    return lemma in word_set("quote_topic_verbs.txt")


def negated_cue(words: list[Word], i: int) -> str | None:
    """The lemma of a verb that reports when negated: "не исключил, что ..."."""
    if i == 0 or words[i - 1].low != "не" or not words[i].is_word:
        return None
    return _negated_lemma(words[i].low)


@lru_cache(maxsize=200_000)
def _negated_lemma(low: str) -> str | None:
    cues = word_set("quote_negated_cues.txt")
    return next((morph.normal(p) for p in morph.parses(low)
                 if p.tag.POS in ("VERB", "GRND") and morph.normal(p) in cues), None)


def may_report(word: Word) -> bool:
    """Whether ``word`` may lead a report of the word-led rules (a reporting verb, its
    participle or infinitive, a verb-and-noun cue, a negated cue, a stance, a naming
    passive, a verb before "об этом"): one of its lemmas is a lemma those rules accept. Every rule asks more (a
    part of speech, a score, a neighbour), so nothing they accept fails here; the lemmas
    come from the same data files, so a cue added to one passes too. About 98% of words
    fail it and skip the rules; a new word form costs one set test, not the rules' own."""
    return word.is_word and _may_report(word.low)


@lru_cache(maxsize=200_000)
def _may_report(low: str) -> bool:
    return not _report_lemmas().isdisjoint(morph.lemmas(low))


@once
def _report_lemmas() -> frozenset[str]:
    """The lemmas of cue_lemma, stance_lemma, negated_cue, cue_phrase, the request
    nouns (requests.py), the verbs of documented.py and the clause-only verbs, ё folded (morph.lemmas folds it)."""
    found = _cue_verbs() | word_set("quote_stance.txt") | word_set("quote_negated_cues.txt") \
        | frozenset(_phrases_by_verb()) | frozenset(NAMED_PASSIVES) | word_set("quote_request_nouns.txt") \
        | word_set("quote_documented_verbs.txt") | word_set("quote_clause_verbs.txt")
    return frozenset(lemma.replace("ё", "е") for lemma in found)
