"""Quotations: direct, indirect and block quotes with their speakers and cues.

Quotes are found per paragraph (razdel splits sentences inside «...», so its
sentences are merged back over quotation marks), then speakers are resolved
against the document's entities when the entities stage supplies them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import replace

import regex

from . import morph
from .records import Cue, Entity, Paragraph, Quote, Sentence
from .quoting import (block, contentless, described, dialogue, direct, headline, indirect, interview, marks,
                      names, phrases)
from .quoting.draft import Draft
from .quoting.lexicon import is_impersonal
from .quoting.speakers import Resolver
from .quoting.words import best_pos, can_be_case, tokenize

WIKI_MARKUP = regex.compile(r"'{2,}")
PROSE = frozenset({"title", "lead", "body", "quote", "attribution"})
PRIORITY = {"direct": 0, "block": 1, "indirect": 2}
SAME_SPAN = 0.8
FINITE = ("VERB", "PRTS", "ADJS", "PRED")
PREDICATES = FINITE + ("INFN",)
ASIDE_GAP = regex.compile(r"\s*,\s*")
QUESTION = regex.compile(r"\bвопрос(?:ы|а|ов|ам)?\b", regex.IGNORECASE)
SENTENCE_END = regex.compile(r"[.!?…]\s")
NEIGHBOURS = 32  # quotes starting just before another one that may overlap it


def find(text: str, paragraphs: tuple[Paragraph, ...], sentences: tuple[Sentence, ...],
         entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    original, text = text, _unmarked(text)
    prose = [p for p in paragraphs if p.kind in PROSE]
    blocks = block.find(text, prose) + interview.find(text, prose)
    drafts = list(blocks)
    by_paragraph = defaultdict(list)
    for s in sentences:
        by_paragraph[s.paragraph].append((s.start, s.end))
    in_blocks = {d.paragraph for d in blocks}
    previous, said = None, []
    for p in prose:
        if p.index in in_blocks:
            previous, said = (p.start, p.end), [d for d in blocks if d.paragraph == p.index]
            continue
        before = _last_speaker(said, p.index - 1)
        found = direct.find(text, p.start, p.end, p.index) or block.trailing(text, p)
        found += headline.find(text, p)
        said = list(found)
        quoted = _quoted_regions(text, p, found)
        for clause in clauses(text, p, by_paragraph.get(p.index, [])):
            said += indirect.find(text, clause, previous, p.index, quoted)
            previous = clause
        said += direct.resumed(text, p.start, p.end, p.index, said, before)
        drafts += said
    titles = {p.index for p in prose if p.kind == "title"}
    drafts = [d for d in drafts if not contentless.empty(text, d) and not _question_topic(text, d)
              and not _status(text, d) and not _teaser(text, d, titles) and not _unsaid(text, d)]
    drafts = dialogue.attributed(text, prose, drafts)
    drafts = _without_embedded(text, drafts)
    drafts = _through_asides(text, drafts)
    by_index = {p.index: p for p in prose}
    drafts = [_closed(text, d, by_index.get(d.paragraph)) for d in drafts]
    return _read_back(original, _records(text, paragraphs, _dedupe(text, drafts), entities))


def _last_speaker(drafts: list[Draft], paragraph: int) -> Draft | None:
    """The last quote with a speaker in the paragraph just before."""
    spoken = [d for d in drafts if d.speaker and d.paragraph == paragraph]
    return max(spoken, key=lambda d: d.end) if spoken else None


def _unmarked(text: str) -> str:
    """Wiki italics and bold around words (two or three apostrophes, as in
    "сказал: ''«...»''") blanked out with as many spaces, so that the rules see plain
    text and every offset stays put."""
    return WIKI_MARKUP.sub(lambda m: " " * len(m.group()), text) if "''" in text else text


def _read_back(original: str, found: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Every record's strings read back from the original text at their offsets."""
    def spelled(record):
        return record if record is None else replace(record, text=original[record.start:record.end])
    return tuple(replace(q, text=original[q.start:q.end], speaker=spelled(q.speaker), cue=spelled(q.cue))
                 for q in found)


def clauses(text: str, p: Paragraph, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph's sentences, joined wherever a boundary falls inside quotation marks
    or brackets ("в Розенхайме (Бавария; Германия) в кругу семьи, сообщила ...")."""
    inside = _Intervals([(m.open + 1, m.close + 1) for m in marks.outer(text, p.start, p.end)]
                        + [(o + 1, c + 1) for o, c in marks.brackets(text, p.start, p.end)])
    merged: list[tuple[int, int]] = []
    for start, end in spans or [(p.start, p.end)]:
        if merged and inside.covers(start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _quoted_regions(text: str, p: Paragraph, drafts: list[Draft]):
    """Whether a position lies in direct speech: inside a direct quote, or inside the
    marks around one ("«Я надеюсь, — говорит он, — что ...»" holds its own attribution)."""
    starts = sorted(d.start for d in drafts)
    spans = [(d.start, d.end) for d in drafts]
    spans += [(m.open, m.close) for m in marks.outer(text, p.start, p.end)
              if bisect_left(starts, m.open) < bisect_left(starts, m.close)]
    return _Intervals(spans).covers


class _Intervals:
    """Disjoint merged intervals, asked about one position at a time in O(log n)."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


def _dedupe(text: str, drafts: list[Draft]) -> list[Draft]:
    """Keep one quote per span, direct before block before indirect. Only quotes that
    start close together are compared, so a long article stays linear."""
    kept: list[Draft] = []
    by_start: list[tuple[int, int]] = []  # (start, index into kept), sorted
    # "рассказывал о своих письмах:" + the speech itself: the topic is no second quote
    introducing = {d.cue[:2] for d in drafts if d.kind != "indirect" and d.cue}
    marked = {d.cue[:2] for d in drafts if d.kind == "direct" and d.cue}
    for d in sorted(drafts, key=lambda d: (PRIORITY[d.kind], d.start)):
        if d.kind == "indirect" and d.cue and d.cue[:2] in introducing and _topic(text, d):
            continue
        # "Она узнала об этом: «...», — сказала она": a closing cue that attributes
        # marked words does not also report the clause before them
        if d.kind == "indirect" and d.cue and d.cue[:2] in marked and d.cue[0] >= d.end:
            continue
        k = bisect_left(by_start, (d.end, -1))
        near = (kept[i] for _, i in by_start[max(0, k - NEIGHBOURS):k])
        if all(not _same(d, other) for other in near):
            insort(by_start, (d.start, len(kept)))
            kept.append(d)
    return sorted(kept, key=lambda d: (d.start, d.end))


def _closed(text: str, d: Draft, p: Paragraph | None) -> Draft:
    """Indirect content cut inside marks or brackets it opened ("противоречит
    высказыванию: „Любите врагов ваших“»") runs on to where they close."""
    if d.kind != "indirect" or p is None or not any(c in text[d.start:d.end] for c in "«„“\"("):
        return d
    spans = [(m.open, m.close) for m in marks.outer(text, p.start, p.end)] + marks.brackets(text, p.start, p.end)
    end = max([close + 1 for open_, close in spans if d.start <= open_ < d.end <= close] + [d.end])
    return d if end == d.end else d.with_(end=end)


def _through_asides(text: str, drafts: list[Draft]) -> list[Draft]:
    """"курс стабилен благодаря резервам, которые, по его словам, превысили 5 млрд":
    an aside "по его словам" inside a reported clause, whose verb is still to come, does
    not cut it in two."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d.start, d.end)):
        last = out[-1] if out else None
        if last is not None and last.kind == d.kind == "indirect" and _aside(text, last, d):
            out[-1] = last.with_(end=max(last.end, d.end))
            continue
        out.append(d)
    return out


def _aside(text: str, before: Draft, d: Draft) -> bool:
    if not d.cue or not (before.end <= d.cue[0] < d.cue[1] <= d.start):
        return False
    cue = text[d.cue[0]:d.cue[1]]
    tail = text.rfind(",", before.start, before.end) + 1 or before.start
    if any(best_pos(w) in FINITE for w in tokenize(text, tail, before.end) if w.is_word):
        return False  # "выборы станут выбором, по его словам, речь идёт ...": a new clause
    return cue[:3] == "по " and ASIDE_GAP.fullmatch(text, before.end, d.cue[0]) is not None \
        and ASIDE_GAP.fullmatch(text, d.cue[1], d.start) is not None


def _teaser(text: str, d: Draft, titles: set[int]) -> bool:
    """"Аким отчитался перед населением: газ, дороги и вода", "Индонезия: 687 черепах на
    самолёте": a title's list of topics after a colon, with no predicate, is no one's words."""
    if d.kind != "indirect" or d.paragraph not in titles or ":" not in text[max(0, d.start - 3):d.start]:
        return False
    return not any(best_pos(w) in PREDICATES for w in tokenize(text, d.start, d.end) if w.is_word)


def _unsaid(text: str, d: Draft) -> bool:
    """"Решение будет объявлено 15 января", "министр расскажет о планах": words still to
    be said are not yet anyone's (a direct quote keeps its own marks and dash)."""
    if d.kind != "indirect" or not d.cue:
        return False
    words = tokenize(text, d.cue[0], d.cue[1])
    before = tokenize(text, max(0, d.cue[0] - 8), d.cue[0])[-1:]
    best = morph.best(words[0].low) if words else None
    return best is not None and ("futr" in best.tag or [w.low for w in before] in (["будет"], ["будут"]))


def _status(text: str, d: Draft) -> bool:
    """"был объявлен чемпионом мира", "признанный лучшим игроком", "объявлен властями в
    розыск": a passive participle with a bare instrumental names a status or an act,
    nobody's words ("признано целесообразным усилить ..." has a clause and stays)."""
    if d.kind != "indirect" or not d.cue or d.cue[1] > d.start:
        return False  # "Причиной смерти названа ...": the words around the cue are the report
    cue = tokenize(text, d.cue[0], d.cue[1])
    words = [w for w in tokenize(text, d.start, d.end) if w.is_word]
    if not cue or not words or not morph.has_tag(cue[-1].low, "pssv") \
            or not can_be_case(words[0], "ablt"):
        return False
    return not any(best_pos(w) in ("VERB", "INFN") for w in words)


def _question_topic(text: str, d: Draft) -> bool:
    """"Отвечая на вопрос журналистов о стоимости билетов": what a question was about is
    nobody's words (the answer, if reported, is a quote of its own)."""
    if d.kind != "indirect" or not d.cue or not _topic(text, d):
        return False
    between = text[d.cue[1]:d.start] if d.cue[1] <= d.start else ""
    return QUESTION.search(between) is not None


def _without_embedded(text: str, drafts: list[Draft]) -> list[Draft]:
    """"отметил, что собирается ... «так скоро, как потребуется», пишет Reuters": marked
    words inside the clause of an indirect quote, not attributed from within it, are
    part of that one indirect quote."""
    indirect = sorted((d.start, d.end) for d in drafts if d.kind == "indirect")
    starts = [s for s, _ in indirect]

    def embedded(d: Draft) -> bool:
        if d.kind != "direct" or (d.cue and d.cue[0] < d.start):
            return False
        for start, end in indirect[max(0, bisect_right(starts, d.start) - NEIGHBOURS):bisect_right(starts, d.start)]:
            if start < d.start - 1 and d.end <= end + 1 and not SENTENCE_END.search(text, start, d.start):
                return True
        return False
    kept = [d for d in drafts if not embedded(d)]
    directs = sorted((d.start, d.cue[0] if d.cue and d.cue[0] >= d.end else -1) for d in kept if d.kind == "direct")
    relayed = [(d, _relayed(text, d, directs)) if d.kind == "indirect" else (d, None) for d in kept]
    return [d if at is None else d.with_(end=at) for d, at in relayed if at != -1]


def _relayed(text: str, d: Draft, directs: list[tuple[int, int]]) -> int | None:
    """An indirect quote's content running on past its sentence into marked speech ends
    with its sentence (the new end is returned). Within one sentence, a report of marked
    words that carries their own attribution ("«...», — говорится в сообщении СМИ, пишет
    газета") relays that quote and is no second one (-1)."""
    k = bisect_left(directs, (d.start, -1))
    if k == len(directs) or directs[k][0] >= d.end:
        return None
    stops = [m.start() for m in SENTENCE_END.finditer(text, d.start, directs[k][0])]
    if stops:
        return stops[-1]
    return -1 if 0 <= directs[k][1] < d.end else None


def _topic(text: str, d: Draft) -> bool:
    """Content that is the topic after "о"/"об", not a clause of its own."""
    return text[max(0, d.start - 4):d.start].split()[-1:] in (["о"], ["об"], ["обо"])


def _same(d: Draft, k: Draft) -> bool:
    inter = min(d.end, k.end) - max(d.start, k.start)
    if inter <= 0:
        return False
    union = max(d.end, k.end) - min(d.start, k.start)
    if inter / union >= SAME_SPAN:
        return True
    # indirect speech inside a direct or block quote is the quoted person's own report
    return d.kind == "indirect" and k.kind != "indirect" and inter >= 0.8 * (d.end - d.start)


def _records(text, paragraphs, drafts, entities) -> tuple[Quote, ...]:
    resolver = Resolver(text, tuple(entities))
    starts = [p.start for p in paragraphs]
    quotes, last, previous = [], {}, None
    for d in drafts:
        speaker = resolver.speaker(*d.speaker, d.gender) if d.speaker else None
        if speaker is not None and d.cue:
            speaker = _described(text, paragraphs, starts, _as_written(speaker, d), d)
            speaker = _with_colleagues(text, resolver, speaker, d)
        if speaker is None and _zero_subject(text, d):
            # "Также отметил, что ...": the speaker of this paragraph, or of the one before
            # when the verb's gender fits
            speaker = last.get(d.paragraph) or (
                previous[0] if previous and d.paragraph - previous[1] <= 1
                and d.gender is not None and d.gender == previous[2] else None)
        if speaker is not None and speaker.name:
            speaker = _unclipped(text, speaker)
        if speaker is not None:
            last[d.paragraph] = speaker
            previous = (speaker, d.paragraph, d.gender)
        cue = Cue(d.cue[0], d.cue[1], text[d.cue[0]:d.cue[1]], d.cue[2]) if d.cue else None
        end = _without_stop(text, d)
        quotes.append(Quote(d.kind, d.start, end, text[d.start:end], speaker, cue,
                            _paragraph_of(paragraphs, starts, d.start, d.paragraph)))
    return tuple(quotes)


def _with_colleagues(text, resolver, speaker, d):
    """"Иван Бозович и его коллеги": a group named by a person and "his" people speaks
    through that person."""
    start = d.speaker[0]
    if speaker.name or text[start:d.speaker[1]].split()[0].lower() not in phrases.POSSESSIVE:
        return speaker
    before = text[max(0, start - 4):start]
    if not before.endswith(" и "):
        return speaker
    at = start - 3
    person = [(s, e) for s, m_end, e in resolver.registry.overlapping(at - 1, at)
              if m_end == at and e.type == "PER"]
    if not person:
        return speaker
    s, e = person[0]
    shown = min(s, speaker.start)
    return replace(speaker, start=shown, text=text[shown:speaker.end], entity=e.id, name=e.name)


def _unclipped(text, speaker):
    name = names.unclipped(text, speaker.name)
    return speaker if name == speaker.name else replace(speaker, name=name)


def _without_stop(text: str, d: Draft) -> int:
    """Direct speech ends without its final full stop, as readers mark it ("!" and "?"
    belong to the words; a block quote keeps its paragraph whole)."""
    end = d.end
    if d.kind == "direct" and end - d.start > 1 and text[end - 1] == "." and text[end - 2] != ".":
        end -= 1
    return end


def _as_written(speaker, d):
    """A subject before a singular past-tense cue is in the nominative: when the resolved
    name clips the words written there ("Нор Донд" for "Нора Донда"), they are kept."""
    if not speaker.name or speaker.end > d.cue[0] or d.gender not in ("masc", "femn"):
        return speaker
    name, written = speaker.name.split(), speaker.text.split()[-len(speaker.name.split()):]
    if len(written) != len(name):
        return speaker
    fixed = [w if w != n and w.startswith(n) and len(w) - len(n) <= 2 and w[:1].isupper() else n
             for n, w in zip(name, written)]
    return replace(speaker, name=" ".join(fixed)) if fixed != name else speaker


def _described(text, paragraphs, starts, speaker, d):
    """The shown speaker span widened to its description (resolution is unchanged)."""
    k = bisect_right(starts, speaker.start) - 1
    lo = paragraphs[k].start if k >= 0 else 0
    start, end = described.shown(text, (speaker.start, speaker.end), d.cue, lo)
    if (start, end) == (speaker.start, speaker.end):
        return speaker
    return replace(speaker, start=start, end=end, text=text[start:end])


def _zero_subject(text: str, d: Draft) -> bool:
    """A cue whose subject is left out continues the last speaker ("Также отметил, что");
    impersonal and plural ones ("сообщается", "ей отвечали") have no speaker."""
    return d.cue is not None and not _impersonal(text, d.cue) and d.gender != "plur"


def _impersonal(text: str, cue) -> bool:
    words = tokenize(text, cue[0], cue[1])
    return bool(words) and is_impersonal(words[-1])


def _paragraph_of(paragraphs, starts: list[int], pos: int, default: int) -> int:
    k = bisect_right(starts, pos) - 1
    return paragraphs[k].index if k >= 0 and pos < paragraphs[k].end else default
