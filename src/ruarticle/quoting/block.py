"""Block quotes: paragraphs of speech without marks, attributed by a neighbouring
line ("подчеркнул премьер-министр." after, "Х сказал:" before) or by a trailing
"— сказала Х." inside the paragraph itself.
"""
from __future__ import annotations

import regex

from ..morph import has_tag
from ..records import Paragraph
from ..resources import word_set
from . import direct, marks, phrases
from .draft import Draft, trim
from .lexicon import cue_lemma, is_impersonal
from .words import best_pos, is_proper, parses, tokenize, verb_gender

TRAILING = regex.compile(r"\s[—–]\s*(?=\p{Ll})")
TRAILING_MAX_WORDS = 14
BULLETS = "*•·"
TOLD_REACH = 6  # words between a cue and its ", что": "сообщил РИА «Новости», что"
LOST_GAP = 3  # two blank lines: the page's blockquote stood there and was lost


def find(text: str, paragraphs: list[Paragraph]) -> list[Draft]:
    """Paragraphs the structure stage marked as quotes, and body paragraphs introduced
    by a colon line with a reporting verb that the structure stage left alone
    ("обещает Бертман, зрителям покажут:" + "12 февраля мы представим ...")."""
    drafts = []
    for n, p in enumerate(paragraphs):
        introduced = n > 0 and p.kind in ("lead", "body") and paragraphs[n - 1].text.rstrip().endswith(":")
        if p.kind == "quote" or introduced:
            drafts += _quote_paragraph(text, paragraphs, n)
    return drafts


def _quote_paragraph(text, paragraphs, n) -> list[Draft]:
    p = paragraphs[n]
    prev = paragraphs[n - 1] if n > 0 else None
    gap = text.count("\n", prev.end, p.start) if prev is not None else 0
    lost = (gap >= 2 and _narrative(text, p) and not _documentary(text, prev)) \
        or (gap >= LOST_GAP and (_authors(text, prev, p) or _narrative(text, p, every=True)))
    if p.text.rstrip().endswith(":") or lost:
        return []  # an introduction whose speech the page lost, and the author goes on
    if prev is not None and prev.kind == "quote" and _reports(text, p):
        return []  # the speech ended with the paragraph before: the author reports another source
    nxt, intro = _run_ends(paragraphs, n)
    found = None
    if nxt is not None and nxt.kind == "attribution" and _trails(text, nxt):
        found = direct.author(text, *_undashed(text, nxt))
    if found is None and intro is not None and intro.text.rstrip().endswith(":"):
        found = direct.before_colon(text, intro.start, intro.end) or _first_person_after(text, intro, p)
    if found is None:
        return []
    cue, speaker, gender = found
    whole = marks.outer(text, p.start, p.end)
    kind, start, end = "block", p.start, p.end
    if len(whole) == 1 and whole[0].open == p.start and whole[0].close >= p.end - 2:
        kind, start, end = "direct", whole[0].start, whole[0].end
    start, end = trim(text, start, end, keep_stop=True)
    return [Draft(kind, start, end, p.index, cue, speaker, gender)]


def _run_ends(paragraphs, n):
    """The paragraphs after and before the run of quote paragraphs holding paragraph n:
    one attribution serves a speech that runs over several paragraphs."""
    after = n + 1
    while after < len(paragraphs) and paragraphs[after].kind == "quote":
        after += 1
    before = n - 1
    while before >= 0 and paragraphs[before].kind == "quote" \
            and not paragraphs[before].text.rstrip().endswith(":"):
        before -= 1
    return (paragraphs[after] if after < len(paragraphs) else None,
            paragraphs[before] if before >= 0 else None)


def _first_person_after(text, prev, p):
    """"Хозяин плантации Джино Дескальси:" / "простил обвиняемого:" + "Я его прощаю, ...":
    a paragraph speaking in the first or second person after a colon line is speech,
    whatever the line's verb; the person the line names first, if any, speaks."""
    words = tokenize(text, prev.start, prev.end)
    verb = next((n for n, w in enumerate(words) if w.is_word and best_pos(w) == "VERB"), None)
    # a verb's person alone speaks only after a sentence with a verb: "Полный текст
    # документа:" + "... постановляю: ..." is a decree's formula
    told = any(w.is_word and best_pos(w) == "VERB" for w in _last_sentence(words))
    if _third_person_words(text, p, verbs=told) is not None:
        return None
    span = (phrases.before(words, verb, 0, verb_gender(words[verb]))
            or phrases.after(words, verb, len(words))) if verb is not None else None
    if span is not None:  # "представитель РПЦ, который ... простил обвиняемого:"
        return None, (words[span[0]].start, words[span[1] - 1].end), None
    return None, direct.clause_person(text, prev.start, prev.end), None


def _last_sentence(words):
    ends = [n for n, w in enumerate(words[:-1]) if w.text in ".!?"]
    return words[ends[-1] + 1:] if ends else words


def _documentary(text, intro) -> bool:
    """"Об этом сообщается на сайте ведомства:": an impersonal cue introduces a document's
    words, which name their own body in the third person ("Ведомство напоминает ...")."""
    return intro.text.rstrip().endswith(":") \
        and any(w.is_word and is_impersonal(w) for w in tokenize(text, intro.start, intro.end))


def _authors(text, intro, p) -> bool:
    """After a person's "сказал:" and a blank where the speech was, a paragraph telling
    of past events ("Он добавил, что ...", "Премьера состоялась ...") or citing a source
    ("По его словам, ...") with no first or second person is the author going on. A
    document's words ("В сообщении говорится:") need no person, so they are not judged so."""
    words = _third_person_words(text, p)
    if words is None:
        return False
    if any(w.is_word and is_impersonal(w) for w in tokenize(text, intro.start, intro.end)):
        return False
    first = _first_sentence(words, ".")  # "!" may be a title's
    cited = bool(words) and words[0].low == "по" and any(w.low in ("словам", "мнению") for w in words[1:3])
    return cited or _encyclopedic(first) \
        or any(w.is_word and has_tag(w.low, "past") and best_pos(w) == "VERB" for w in first)


def _reports(text, p) -> bool:
    """"Пассажиры, опрошенные корреспондентом, жалуются, что ...": a paragraph with no first
    or second person whose first sentence reports a clause with its own cue is the author's."""
    words = _third_person_words(text, p)
    if words is None:
        return False
    first = _first_sentence(words)
    return any(n > 0 and cue_lemma(w, ("VERB",)) and n + 2 < len(first) and first[n + 1].text == ","
               and first[n + 2].low == "что" for n, w in enumerate(first))


def _third_person_words(text, p, verbs=True):
    """The words of paragraph ``p``, or None when it speaks in the first or second person
    ("я", "мы", "вы"; with ``verbs`` also a verb's person, "Считаю"): only a paragraph without them may be the author's own. Words in
    quotation marks are someone quoted by the author ("«К нам просьб не поступало», —
    отметил он"), not the paragraph speaking."""
    words = tokenize(text, p.start, p.end)
    quoted = [(m.open, m.close) for m in marks.outer(text, p.start, p.end)]
    own = [w for w in words if not any(a < w.start < b for a, b in quoted)]
    return None if any(w.low in word_set("speaker_words.txt") or verbs and _personal_verb(w) for w in own) else words


def _personal_verb(word) -> bool:
    """"Считаю", "надеемся", "знаете": a verb in the first or second person speaks even
    when its pronoun is dropped."""
    tag = parses(word)[0].tag if word.is_word and best_pos(word) == "VERB" else None
    return tag is not None and ("1per" in tag or "2per" in tag)


def _first_sentence(words, ends=".!?"):
    """The words before the first sentence end."""
    return words[:next((n for n, w in enumerate(words) if w.text in ends), len(words))]


def _encyclopedic(first) -> bool:
    """"Дарио Фо (, 24 марта 1926 года, Санджано, Италия) — итальянский драматург": a
    name with the years of life in brackets opens an encyclopedia's article."""
    k = next((n for n, w in enumerate(first) if not (w.is_word and is_proper(w))), len(first))
    if k == 0 or k >= len(first) or first[k].text != "(":
        return False
    close = next((n for n in range(k, len(first)) if first[n].text == ")"), None)
    return close is not None and any(len(w.text) == 4 and w.text.isdigit() for w in first[k:close])


def _narrative(text, p, every=False) -> bool:
    """Third-person reporting ("министр назвал ...") with no first or second person in it:
    the author speaking, not a quoted speaker. After the blank where a page lost even a
    document's words ("В заявлении говорится:" and two empty lines), ``every`` sentence
    is asked: a document does not retell a named person's words to an agency."""
    words = _third_person_words(text, p)
    if words is None:
        return False
    if every:
        return any(_named_retelling(sentence) for sentence in _sentences(words))
    first = _first_sentence(words)
    cue = next((n for n, w in enumerate(first) if cue_lemma(w, ("VERB",))), None)
    return cue is not None and any(is_proper(w) for w in first[:cue])


def _named_retelling(sentence) -> bool:
    """"Президент ВФЛА Иван Петров сообщил РИА «Новости», что ...": a named subject, a cue
    and, within a few words (whom it was told), its own ", что"."""
    for n, w in enumerate(sentence):
        if n and cue_lemma(w, ("VERB",)) and any(is_proper(v) for v in sentence[:n]):
            rest = [v.low for v in sentence[n + 1:n + 1 + TOLD_REACH]]
            if any(a == "," and b == "что" for a, b in zip(rest, rest[1:])):
                return True
    return False


def _sentences(words):
    """The words of each sentence."""
    out, last = [], 0
    for n, w in enumerate(words):
        if w.text in ".!?":
            out.append(words[last:n])
            last = n + 1
    return out + [words[last:]] if last < len(words) else out


def _trails(text, p) -> bool:
    """"подчеркнул премьер-министр." follows its speech; "X написал:" introduces the next."""
    start, end = _undashed(text, p)
    return start < end and text[start].islower() and not text[start:end].rstrip().endswith(":")


def _undashed(text, p):
    start = p.start
    while start < p.end and text[start] in "—–- ":
        start += 1
    return start, p.end


def trailing(text: str, p: Paragraph) -> list[Draft]:
    """"<speech> — сказала Варвара Визбор." in one paragraph without marks."""
    hits = list(TRAILING.finditer(text, p.start, p.end))
    if not hits:
        return []
    hit = hits[-1]
    if len(tokenize(text, hit.end(), p.end)) > TRAILING_MAX_WORDS or \
            text[hit.start() - 1] in "»\"“”" or not cue_lemma(tokenize(text, hit.end(), p.end)[0]):
        return []
    found = direct.author(text, hit.end(), p.end)
    if not found:
        return []
    cue, speaker, gender = found
    line = max(p.start, text.rfind("\n", p.start, hit.start()) + 1)  # the speech is on its line
    if _apposition_closes(text, line, hit.start()):
        return []
    if text[line] in BULLETS:
        return []  # "* 5079 год — сочла последним Ванга": a list item
    start, end = trim(text, line, hit.start(), keep_stop=True)
    kind = "direct" if text[line] in "—–-" else "block"
    unclosed = not any(c in text[start:end] for c in "»”")
    if unclosed and text[start] in "«„“":
        start += 1
    if unclosed and start > line and text[start - 1] in "«„“":
        kind = "direct"  # "«Я не могу ... — написал Миллер.": the mark opened it
    if end - start < 20:
        return []
    return [Draft(kind, start, end, p.index, cue, speaker, gender)]


def _apposition_closes(text, line, dash) -> bool:
    """"Её мать – актриса Дебби Рейнольдс – сказала, что ...": the dash closes an
    apposition opened by a dash in the same sentence, with no comma or stop before it as
    speech would have ("..., — сказала она")."""
    before = text[line:dash].rstrip()
    if not before or before[-1] in ",.!?…»\"“”":
        return False
    sentence = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    return regex.search(r"\s[—–]\s", before[sentence + 1:]) is not None
