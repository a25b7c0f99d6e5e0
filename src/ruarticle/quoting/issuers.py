"""Who issued a document named bare at an impersonal cue: "Президент федерации Булат
Утемуратов поздравил спортсменку с победой. «...», — говорится в поздравлении." and
"МИД опубликовал комментарий. В нём сказано, что ...". The sentence just before names
the document or the act that issues it; its subject wrote the words."""
from __future__ import annotations

from .. import morph
from ..resources import once
from . import phrases
from .lexicon import documents
from .words import best_pos, char_span, tokenize, verb_gender

NEAR = 48  # characters either side of the cue where "в поздравлении", "в нём" may stand
BACK = 600  # characters looked back for the sentence before the cue's
SENTENCES_BACK = 2  # sentences before the cue's that may name the document
PRONOUNS = frozenset({"нём", "нем", "ней"})  # "В нём говорится": the document just named
STOPS = frozenset({".", "!", "?"})


@once
def _issuing() -> dict[str, frozenset]:
    """Document lemma -> the lemmas that name or issue it (the noun itself among them)."""
    return {noun: frozenset([noun, *verbs]) for noun, verbs in documents("issued").items()}


def issuer(text: str, lo: int, told: int, cue: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of who issued the bare document at ``cue``, named in a sentence
    between ``lo`` and the one where the words told (from ``told``) begin, else None."""
    pointed = _pointed(text, cue)
    if pointed is None:
        return None
    lemmas = _issuing().get(pointed) if pointed else frozenset(_issuing())
    if lemmas is None:
        return None
    ws = tokenize(text, max(lo, told - BACK), told)
    ends = [n for n, w in enumerate(ws) if w.text in STOPS]
    if not ends:
        return None  # the cue's sentence opens the stretch: nothing before it
    bounds = [-1] + ends
    for k in range(len(bounds) - 1, max(0, len(bounds) - 1 - SENTENCES_BACK), -1):
        sentence = ws[bounds[k - 1] + 1:bounds[k]]
        if any(not lemmas.isdisjoint(morph.lemmas(w.low)) for w in sentence if w.is_word):
            return _subject(sentence)
    return None


def _pointed(text: str, cue: tuple[int, int]) -> str | None:
    """The lemma of the document "в/во" names right after or before the cue, "" for "в
    нём"/"в ней", None when there is no such bare document."""
    after = tokenize(text, cue[1], min(len(text), cue[1] + NEAR))
    k = 1
    while k < len(after) and best_pos(after[k]) == "ADJF":
        k += 1
    if k < len(after) and after[0].low in ("в", "во") and not (k + 1 < len(after) and after[k + 1].is_word):
        return _document(after[k])  # "— говорится в поздравлении." (no author after it)
    before = tokenize(text, max(0, cue[0] - NEAR), cue[0])
    k = len(before) - 1
    while k >= 0 and best_pos(before[k]) in ("ADVB", "PRCL", "CONJ"):
        k -= 1  # "В сообщении также говорится"
    noun, k = k, k - 1
    while k >= 0 and best_pos(before[k]) == "ADJF":
        k -= 1  # "В официальном комментарии"
    if noun < 1 or k < 0 or before[k].low not in ("в", "во") or k > 0 and before[k - 1].is_word:
        return None  # the locative must open the clause: not "В письме, которое ..."
    return _document(before[noun])


def _document(word) -> str | None:
    if not word.is_word:
        return None
    if word.low in PRONOUNS:
        return ""
    return next((lm for lm in morph.lemmas(word.low) if lm in _issuing()), None)


def _subject(sentence) -> tuple[int, int] | None:
    """The subject of the sentence's first finite verb, when it names someone."""
    verb = next((n for n, w in enumerate(sentence) if w.is_word and best_pos(w) == "VERB"
                 and not (w.is_upper and n > 0)), None)
    if verb is None:
        return None
    span = phrases.before(sentence, verb, 0, verb_gender(sentence[verb])) \
        or phrases.after(sentence, verb, len(sentence))
    if not span or not phrases.names_someone(sentence, span) \
            or any(w.low == "и" for w in sentence[span[0]:span[1]]):
        return None  # "Трамп и Путин": a joint document is no one person's
    return char_span(sentence, *span)
