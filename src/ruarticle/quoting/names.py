"""Speaker names without the entities stage: person names put in the nominative,
persons mentioned in the text (for pronouns and posts), organisation descriptions."""
from __future__ import annotations

from dataclasses import dataclass

from .. import morph
from .lexicon import org_head
from .words import Word, is_name_like, is_person_name, parses, tokenize

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
MAX_NAME = 4


@dataclass(frozen=True, slots=True)
class Person:
    """A run of capitalised name words somewhere in the text."""
    start: int
    end: int
    name: str
    gender: str | None


def person_runs(words: list[Word]) -> list[tuple[int, int]]:
    """Index ranges of name-like runs holding at least one first name or surname
    (a capitalised word inside a sentence counts as name-like: "Костас Тассулас")."""
    runs, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and j - i < MAX_NAME and _capital(words[j]) \
                and (j == i or words[j].start - words[j - 1].end <= 1):
            j += 1
        a, b = i, j
        while a < b and not _in_name(words[a]):
            a += 1
        while b > a and not _in_name(words[b - 1]):
            b -= 1
        if b > a and any(is_person_name(w) for w in words[a:b]):
            runs.append((a, b))
        i = max(j, i + 1)
    return runs


def _capital(word: Word) -> bool:
    return word.is_word and (is_name_like(word) or (word.is_upper and not word.initial))


def _in_name(word: Word) -> bool:
    """Abbreviations and place names ("РК", "Польши") border a name but are not part of it."""
    if word.text.isupper() and len(word.text) > 1:
        return False
    return is_person_name(word) or not any(
        t in p.tag for p in parses(word)[:1] for t in ("Geox", "Orgn"))


def persons(text: str, start: int = 0, end: int | None = None) -> list[Person]:
    words = tokenize(text, start, end)
    found = []
    for a, b in person_runs(words):
        run = words[a:b]
        found.append(Person(run[0].start, run[-1].end, nominative(run), gender(run)))
    return found


def _person_parses(word: Word):
    return [p for p in parses(word) if any(t in p.tag for t in ("Name", "Surn", "Patr"))]


def gender(run: list[Word]) -> str | None:
    for word in run:
        for p in _person_parses(word):
            for g in ("masc", "femn"):
                if g in p.tag:
                    return g
    return None


def nominative(run: list[Word]) -> str:
    """A person's name put in the nominative: "Алихана Смаилова" -> "Алихан Смаилов"."""
    if all(any("nomn" in p.tag for p in parses(w)) or not _known(w) for w in run):
        return " ".join(w.text for w in run)
    shared = set(CASES)
    for word in run:
        cases = {c for p in _person_parses(word) for c in CASES if c in p.tag}
        if cases:
            shared &= cases
    if not shared or "nomn" in shared:
        return " ".join(w.text for w in run)
    case = next(c for c in CASES if c in shared)
    sex = gender(run)
    return " ".join(_inflect(w, case, sex) for w in run)


def _known(word: Word) -> bool:
    return morph.analyzer().word_is_known(word.low)


def _inflect(word: Word, case: str, sex: str | None) -> str:
    if not _known(word) and not word.low.endswith(("ова", "ева", "ина", "ына", "ого", "ского")):
        return word.text
    for p in _person_parses(word):
        if case in p.tag and (sex is None or sex in p.tag or "ms-f" in p.tag):
            form = p.inflect({"nomn"})
            if form:
                return _recase(form.word, word.text)
    return word.text


def _recase(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def name_in(words: list[Word], text: str) -> str | None:
    """The last person-name run inside a speaker phrase, in the nominative; else the
    last run of capitalised words that are not merely sentence-initial ("Мадонна")."""
    runs = person_runs(words)
    if runs:
        a, b = runs[-1]
        return nominative(words[a:b])
    capital = [n for n, w in enumerate(words) if w.is_word and w.is_upper
               and not (w.text.isupper() and len(w.text) > 1)
               and (n > 0 or not _sentence_initial(text, w.start))]
    if capital and capital[-1] == len([w for w in words]) - 1 - _trailing_marks(words):
        b = capital[-1] + 1
        a = b - 1
        while a - 1 in capital:
            a -= 1
        return nominative(words[a:b])
    return None


def _trailing_marks(words: list[Word]) -> int:
    n = 0
    while n < len(words) and not words[-1 - n].is_word:
        n += 1
    return n


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].strip()
    return before == "" or before[-1] in ".!?…:\n"


def organisation(words: list[Word]) -> str | None:
    """An organisation-like speaker: a quoted name, or a description with an org head."""
    content = [w for w in words if w.is_word]
    if not content:
        return None
    quoted = _quoted(words)
    if quoted:
        return quoted
    if org_head(content[0]):
        head = _inflect_common(content[0])
        return " ".join([head[:1].upper() + head[1:]] + [w.text for w in content[1:]])
    if all(is_name_like(w) for w in content):
        return " ".join(w.text for w in content)
    return None


def _quoted(words: list[Word]) -> str | None:
    texts = [w.text for w in words]
    if "«" in texts and "»" in texts:
        a, b = texts.index("«"), texts.index("»")
        if a < b:
            return " ".join(w.text for w in words[a + 1:b] if w.is_word)
    return None


def _inflect_common(word: Word) -> str:
    parse = parses(word)[0]
    if "nomn" in parse.tag:
        return word.text
    form = parse.inflect({"nomn"})
    return form.word if form else word.text


def post_lemma(words: list[Word]) -> str | None:
    """The lemma of a bare post ("премьер-министр", "певица"), if the phrase is one noun."""
    content = [w for w in words if w.is_word]
    if len(content) == 1 and not content[0].is_upper or (content and not any(
            is_name_like(w) for w in content[1:]) and not content[0].is_upper):
        return morph.lemma(content[0].low)
    if len(content) == 1:
        return morph.lemma(content[0].low)
    return None
