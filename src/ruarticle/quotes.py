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

from . import morph, posts
from .resources import word_set
from .records import Cue, Entity, Paragraph, Quote, Sentence, Speaker
from .quoting import (block, contentless, described, dialogue, direct, documented, extent, headline, indirect, interview,
                      issuers, marks, names, nested, phrases, unsaid)
from .quoting.draft import Draft
from .quoting.lexicon import is_impersonal, is_topic_verb
from .quoting.speakers import Resolver
from .quoting.words import best_pos, is_person_name, parses, tokenize

WIKI_MARKUP = regex.compile(r"'{2,}")
ENGLISH_PAIR = regex.compile(r"“([^“”„«»\n]{1,300})”")  # “Ъ”: one pair of English outer marks on a line
WIKI_LINK = regex.compile(r"(\[https?://\S+\s+)([^\[\]\n]{1,40}?)\]")  # "[http://... заявил]"
PROSE = frozenset({"title", "lead", "body", "quote", "attribution"})
PRIORITY = {"direct": 0, "block": 1, "indirect": 2}
SAME_SPAN = 0.8
POST_REACH = 30  # characters before a named speaker where the post introducing them stands
NEIGHBOURS = 32  # quotes starting just before another one that may overlap it
CAPTION_LENGTH = 120  # characters of a photo caption left in the body
CLOSING_STOPS = frozenset('.!?…»"”:;)')
# a full stop after a lower-case word of three letters or more ("г.Москва", "С.Собянин",
# "Яндекс.Маркет" stay) or a closing bracket, glued to a capitalised word: two sentences
# joined where a line break was lost
GLUED = regex.compile(r"(?:(?<=(?<!\w)\p{Ll}{3,})\.|\))(?=\p{Lu}\p{Ll}{2,})")
AUXILIARY_REACH = 8  # characters looked back through for "было" before a passive cue
NAME_MARKS = "«»\"„“”()"  # marks around a name, no part of its words



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
    previous, said, voice = None, [], None
    for p in prose:
        voice = _last_voice(said, voice)
        if p.index in in_blocks:
            previous, said = (p.start, p.end), [d for d in blocks if d.paragraph == p.index]
            drafts += _retold(text, p, said)
            drafts += _retold_reports(text, p, by_paragraph.get(p.index, []))
            continue
        before = _last_speaker(said, p.index - 1)
        found = direct.find(text, p.start, p.end, p.index) or block.trailing(text, p) \
            or direct.standalone(text, p.start, p.end, p.index, voice)
        found += headline.find(text, p)
        said = list(found)
        quoted = _quoted_regions(text, p, found)
        caption = _caption(text, p)  # "Об этом" after a photo caption points past it
        for clause in clauses(text, p, by_paragraph.get(p.index, [])):
            said += indirect.find(text, clause, previous, p.index, quoted)
            previous = previous if caption else clause
        said += direct.resumed(text, p.start, p.end, p.index, said, before)
        drafts += said
    titles = {p.index for p in prose if p.kind == "title"}
    headings = unsaid.subheads(text, prose)
    drafts = [d for d in drafts if not contentless.empty(text, d) and not unsaid.no_quote(text, d, titles, headings)]
    drafts = dialogue.attributed(text, prose, drafts)
    drafts = nested.within(text, drafts)
    drafts = extent.settled(text, prose, drafts)
    found = _headline_posts(text, titles, _records(text, paragraphs, _dedupe(text, drafts), entities), entities)
    found = _not_repeated(found)
    return _read_back(original, found)


def _not_repeated(found: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """"Министр сообщил о завершении ремонта. Об этом он рассказал журналистам.": a report
    pointing back at words the same speaker is already reported saying in them tells where
    they were said, not a second statement; the first report stays the quote."""
    def repeats(q: Quote) -> bool:
        if q.kind != "indirect" or not q.cue or q.cue.start < q.end or not q.speaker or not q.speaker.name:
            return False
        return any(k is not q and q.start <= k.start and k.end <= q.end and k.speaker
                   and k.speaker.name == q.speaker.name for k in found)
    return tuple(q for q in found if not repeats(q))


def _caption(text: str, p: Paragraph) -> bool:
    """A photo's caption left in the body of a scraped page ("Леннарт Юханссон", "3D-модель
    молекулы"): a short line with no closing stop and no verb. "Об этом сообщил X" after
    it points past it, at the last sentence of the text."""
    line = text[p.start:p.end].strip()
    if p.kind not in ("body", "lead") or not line or len(line) > CAPTION_LENGTH or line[-1] in CLOSING_STOPS:
        return False
    return not any(w.is_word and best_pos(w) in ("VERB", "PRTS") for w in tokenize(text, p.start, p.end))


def _headline_posts(text: str, titles: set[int], found: tuple[Quote, ...],
                    entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """"Министр культуры: ..." over an article that names "министр культуры Анна Ли": a
    headline's source given by a post alone is the first named speaker the body introduces
    by that post (written just before the name, or a role of the name's entity)."""
    out = list(found)
    by_id = {e.id: e for e in entities}
    for n, q in enumerate(out):
        if q.paragraph not in titles or not q.speaker or not _unnamed_post(q.speaker, bool(q.cue)):
            continue
        post = posts.canonical(morph.lemma(q.speaker.text.split()[0].lower()))
        body = _leader_of(q.speaker.text, post)
        holder = next((k.speaker for k in out[n + 1:] if k.speaker and k.speaker.name
                       and (_introduced_by(_lemmas_before(text, k.speaker), post, body)
                            or post in _role_words(by_id.get(k.speaker.entity)))), None)
        if holder is not None:
            out[n] = replace(q, speaker=replace(q.speaker, entity=holder.entity, name=holder.name))
    return tuple(out)


def _role_words(entity: Entity | None) -> set[str]:
    """The words of an entity's roles by canonical lemma ("посланник" of "специальный посланник ...")."""
    return {posts.canonical(morph.lemma(w.text.lower())) for r in entity.roles for w in tokenize(r.title)} \
        if entity is not None else set()


def _lemmas_before(text: str, speaker: Speaker) -> set[str]:
    """The words of a speaker phrase and just before it, by canonical lemma."""
    return {posts.canonical(morph.lemma(w.text.lower()))
            for w in tokenize(text, max(0, speaker.start - POST_REACH), speaker.end) if w.is_word}


def _leader_of(source: str, post: str) -> frozenset[str]:
    """"Глава «УзАвтоХолдинга»": the words of the body a leader's word ("глава") heads."""
    if post not in word_set("quote_leader_posts.txt"):
        return frozenset()
    return frozenset(morph.lemma(w.low) for w in tokenize(source)[1:] if w.is_word)


def _introduced_by(seen: set[str], post: str, body: frozenset[str]) -> bool:
    """The post itself before a named speaker, or, for a leader of a body, any head's post
    with that body's words ("генеральный директор «УзАвтоХолдинга» Фаррух Абдуллаев")."""
    return post in seen or bool(body) and body <= seen and bool(seen & word_set("quote_head_posts.txt"))


def _unnamed_post(speaker: Speaker, cued: bool) -> bool:
    """A headline's source named by no one's name: nothing resolved ("Министр культуры:"),
    or, with a cue, a post the resolver could only spell out ("Спецпосланник ООН предупредил")."""
    if speaker.name is None:
        return not cued
    return cued and speaker.entity is None and speaker.name.lower() == speaker.text.lower() \
        and posts.head_lemma(speaker.text.split()[0]) is not None


def _retold(text: str, p: Paragraph, said: list[Draft]) -> list[Draft]:
    """"Мне позвонил мужчина и сказал: «...»" inside a block quote: marked words the
    speaker retells with their own cue and speaker are a quote of their own."""
    return [d for d in direct.find(text, p.start, p.end, p.index)
            if d.cue and d.speaker and all(k.start < d.start or d.end < k.end for k in said)]


def _retold_reports(text: str, p: Paragraph, spans: list[tuple[int, int]]) -> list[Draft]:
    """"Борис сам всё планировал. Он сообщил, что прилетит позже": inside a block quote,
    a report whose subject is someone other than the speaker (a third-person pronoun or
    a name) retells that person's words, a quote of its own."""
    out, previous = [], None
    for clause in clauses(text, p, spans):
        out += [d for d in indirect.find(text, clause, previous, p.index, lambda pos: False)
                if _third_person(text, d)]
        previous = clause
    return out


def _third_person(text: str, d: Draft) -> bool:
    """A clause reported by "он"/"она"/"они" ("Он сказал, что ..."): not the quoted "я" or
    "мы", nor a body a press release names in the third person as it speaks for itself."""
    if d.speaker is None or d.cue is None or not d.speaker[1] <= d.cue[0]:
        return False
    words = tokenize(text, *d.speaker)
    if 1 <= len(words) <= 2 and all(is_person_name(w) for w in words):
        return True  # "Андрей предложил разработать ...", "Путин выразил уверенность, что ..."
    return d.cue[0] < d.start and len(words) == 1 and words[0].low in word_set("quote_third_pronouns.txt") \
        and "что" in text[d.cue[1]:d.start].lower().split()


def _last_voice(drafts: list[Draft], voice: Draft | None) -> Draft | None:
    """The last quote in marks or in a block with a speaker, up to the paragraph just done."""
    spoken = [d for d in drafts if d.speaker and d.kind in ("direct", "block")]
    return max(spoken, key=lambda d: d.end) if spoken else voice


def _last_speaker(drafts: list[Draft], paragraph: int) -> Draft | None:
    """The last quote with a speaker in the paragraph just before."""
    spoken = [d for d in drafts if d.speaker and d.paragraph == paragraph]
    return max(spoken, key=lambda d: d.end) if spoken else None


def _unmarked(text: str) -> str:
    """Wiki italics and bold around words (two or three apostrophes, as in
    "сказал: ''«...»''") and the address of a short wiki link ("X [http://... заявил], что")
    blanked out with as many spaces, and English double quotes used as the outer marks
    (“Ъ”, “Газпром”) read as « », so that the rules see plain text and every offset
    stays put."""
    text = WIKI_MARKUP.sub(lambda m: " " * len(m.group()), text) if "''" in text else text
    text = WIKI_LINK.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " ", text) if "[http" in text else text
    return ENGLISH_PAIR.sub(lambda m: _as_guillemets(text, m), text) if "“" in text else text


def _as_guillemets(text: str, m) -> str:
    """«» for a “...” pair that stands outside any «...»; inner marks stay as written."""
    line = text.rfind("\n", 0, m.start()) + 1
    before = text[line:m.start()]
    return m.group() if before.count("«") > before.count("»") else f"«{m.group(1)}»"


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
    return [part for span in merged for part in _unglued(text, *span, inside)]


def _unglued(text: str, start: int, end: int, inside: _Intervals) -> list[tuple[int, int]]:
    """"... майских указов.Присутствовавший на заседании ...", "(Kingdom of Eswatini)Официальный
    ответ": a line break lost in a scraped page glues two sentences with no space, and the
    sentence splitter reads them as one; they are split again outside marks and brackets."""
    parts, at = [], start
    for m in GLUED.finditer(text, start, end):
        if not inside.covers(m.end()):
            parts.append((at, m.end()))
            at = m.end()
    return parts + [(at, end)]


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
    # ("сообщила о госпитализации:" + the statement still reports the hospitalisation)
    introducing = {d.cue[:2] for d in drafts if d.kind != "indirect" and d.cue}
    # closing cues only: "Об этом рассказал X: «...»" opens the marks and still points back
    marked = {d.cue[:2] for d in drafts if d.kind == "direct" and d.cue and d.start < d.cue[0]}
    # of two reports of one span the one that names its source is kept ("Сообщается, что
    # ..., сообщает РБК": РБК's, not the impersonal cue's)
    for d in sorted(drafts, key=lambda d: (PRIORITY[d.kind], d.start, d.speaker is None)):
        if d.kind == "indirect" and d.cue and d.cue[:2] in introducing and is_topic_verb(d.cue[2]) \
                and unsaid.topic(text, d):
            continue
        # "Она узнала об этом: «...», — сказала она": a closing cue that attributes
        # marked words does not also report the clause before them
        if d.kind == "indirect" and d.cue and d.cue[:2] in marked and d.cue[0] >= d.end:
            continue
        k = bisect_left(by_start, (d.end, -1))
        near = (kept[i] for _, i in by_start[max(0, k - NEIGHBOURS):k])
        if all(not _same(text, d, other) for other in near):
            insort(by_start, (d.start, len(kept)))
            kept.append(d)
    return sorted(kept, key=lambda d: (d.start, d.end))


def _same(text: str, d: Draft, k: Draft) -> bool:
    inter = min(d.end, k.end) - max(d.start, k.start)
    if inter <= 0:
        return False
    union = max(d.end, k.end) - min(d.start, k.start)
    if inter / union >= SAME_SPAN:
        return True
    if d.kind == k.kind == "indirect" and d.cue and k.start <= d.cue[0] and d.end <= k.end \
            and d.cue[2] in word_set("quote_request_nouns.txt"):
        return True  # "утверждают, что просьба спеть поступила от организаторов": part of their claim
    # indirect speech inside a direct or block quote is the quoted person's own report,
    # unless the quote names someone else saying it ("Врач сказала, что перелома нет")
    return d.kind == "indirect" and k.kind != "indirect" and inter >= 0.8 * (d.end - d.start) \
        and not _third_party(text, d, k)


def _third_party(text: str, d: Draft, k: Draft) -> bool:
    """Reported speech inside a direct quote whose speaker, named inside that quote, is a
    noun or a name rather than the quoted person's "я"/"мы" or a pronoun."""
    if k.kind == "indirect" or d.speaker is None or d.cue is None or not (k.start <= d.speaker[0] < d.speaker[1] <= k.end):
        return False
    if k.kind == "block":
        return _third_person(text, d)
    words = tokenize(text, *d.speaker)
    return bool(words) and words[0].text[:1].isupper() and not any(w.low in word_set("quote_not_third.txt") for w in words)


def _records(text, paragraphs, drafts, entities) -> tuple[Quote, ...]:
    resolver = Resolver(text, tuple(entities))
    starts = [p.start for p in paragraphs]
    quotes, last, previous = [], {}, None
    persons = {e.id for e in entities if e.type == "PER"}
    for d in drafts:
        speaker = resolver.speaker(*d.speaker, d.gender, (d.start, d.end)) if d.speaker else None
        if speaker is not None and d.cue:
            speaker = _described(text, paragraphs, starts, _as_written(speaker, d), d, resolver)
            speaker = _with_colleagues(text, resolver, speaker, d)
        if speaker is None and _zero_subject(text, d):
            # "Также отметил, что ...": the speaker of this paragraph, or of the one before
            # when the verb's gender fits
            speaker = last.get(d.paragraph) or (
                previous[0] if previous and d.paragraph - previous[1] <= 1
                and d.gender is not None and d.gender == previous[2] else None) \
                or resolver.zero_subject(d.cue[0], d.gender)  # the subject of the sentence before
        if speaker is None and previous and d.gender == "plur" == previous[2] and _joined_cue(text, previous[3], d):
            speaker = previous[0]  # "В МЧС сообщили, что ..., и добавили, что ...": the same body
        if speaker is None and previous and d.paragraph - previous[1] <= 1:
            speaker = _notice_of(text, d, previous[0], persons)
        if speaker is None and d.cue and _impersonal(text, d.cue):
            speaker = _issued_by(text, paragraphs, starts, resolver, d)
        if speaker is not None and speaker.name:
            speaker = _unclipped(text, speaker)
        if speaker is not None and previous and d.paragraph - previous[1] <= 1:
            speaker = _agency_interlocutor(speaker, previous[0])
        if speaker is not None and speaker.name:
            speaker = _not_the_teller(text, d, speaker, quotes)
        if speaker is not None:
            last[d.paragraph] = speaker
            previous = (speaker, d.paragraph, d.gender, d.cue[1] if d.cue else d.end)
        if d.kind != "indirect":
            resolver.verbatim(d.start, d.end)
        cue = _cue(text, d.cue) if d.cue else None
        end = _without_stop(text, d)
        quotes.append(Quote(d.kind, d.start, end, text[d.start:end], speaker, cue,
                            _paragraph_of(paragraphs, starts, d.start, d.paragraph)))
    return tuple(quotes)


def _not_the_teller(text, d, speaker, quotes):
    """"— Мама. Она всегда говорила: «...»" inside an interviewee's answer: in words spoken
    in the first person the speaker is "я", so "он"/"она" reporting there is someone else,
    never the one whose words hold them; with no one else named it stays unresolved."""
    words = tokenize(text, *d.speaker) if d.speaker else []
    if len(words) != 1 or words[0].low not in word_set("quote_third_pronouns.txt"):
        return speaker
    for q in _same_paragraph(quotes, d.paragraph):
        if q.kind != "indirect" and q.start <= d.speaker[0] < q.end and q.speaker and q.speaker.name == speaker.name \
                and any(w.low in word_set("speaker_words.txt") for w in tokenize(text, q.start, q.end)):
            return replace(speaker, entity=None, name=None)
    return speaker


def _same_paragraph(quotes, paragraph):
    """The records made so far in ``paragraph``, walked back from the last."""
    for q in reversed(quotes):
        if q.paragraph != paragraph:
            return
        yield q


def _notice_of(text, d, previous, persons):
    """"— говорится в сообщении." right after "сообщает телеканал Press TV": a notice
    named bare is the one of the source just cited, so it speaks for that body (after
    a person's words "в заявлении" is often a joint one, or of his office: no one named)."""
    if d.cue is None or not previous.name or previous.entity in persons or not _impersonal(text, d.cue):
        return None
    found = documented.bare_document(text, d.cue[0], d.cue[1])
    if found is None:
        return None
    return Speaker(found[0], found[1], text[found[0]:found[1]], previous.entity, previous.name)


def _issued_by(text, paragraphs, starts, resolver, d):
    """"X поздравил спортсменку. «...», — говорится в поздравлении.": a document named
    bare is the one the sentence before says X issued, in this paragraph or the one before."""
    told = min(d.start, d.cue[0])  # the words themselves may stand between: "«...», — говорится в"
    k = bisect_right(starts, told) - 1
    lo = paragraphs[max(0, k - 1)].start if k >= 0 else 0
    found = issuers.issuer(text, lo, told, d.cue[:2])
    return resolver.speaker(*found, together=False) if found else None  # a document's issuers are no speaker phrase


def _agency_interlocutor(speaker, previous):
    """"сказал собеседник агентства" right after "сообщил РИА Новости представитель
    Мосгоризбиркома": the same representative, so the body he spoke for."""
    words = speaker.text.lower().split()
    if speaker.name or len(words) != 2 or not words[0].startswith("собеседник") \
            or words[1] not in word_set("quote_reporter_nouns.txt"):
        return speaker
    if not previous.name or not previous.text.lower().startswith("представител"):
        return speaker
    return replace(speaker, entity=previous.entity, name=previous.name)


def _cue(text: str, found: tuple[int, int, str]) -> Cue:
    """The cue as written, with the auxiliary of a passive ("было объявлено")."""
    start, end, lemma = found
    if " " not in text[start:end] and morph.pos(text[start:end].lower()) == "PRTS":
        before = tokenize(text, max(0, start - AUXILIARY_REACH), start)[-1:]
        if before and before[0].low in word_set("quote_auxiliaries.txt") and text[before[0].end:start].isspace():
            start = before[0].start
    return Cue(start, end, text[start:end], lemma)


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
    name = speaker.name.split()
    written = [w.strip(NAME_MARKS) for w in speaker.text.split()[-len(name):]]  # no "»" of «Гранд Марин»
    if len(written) != len(name):
        return speaker
    fixed = [w if w != n and w.startswith(n) and len(w) - len(n) <= 2 and w[:1].isupper() else n
             for n, w in zip(name, written)]
    return replace(speaker, name=" ".join(fixed)) if fixed != name else speaker


def _described(text, paragraphs, starts, speaker, d, resolver):
    """The shown speaker span widened to its description. Resolution is unchanged unless
    the narrow mention named nobody and the description ends in a name ("водитель из
    Токмока Эркин Жумабаев")."""
    k = bisect_right(starts, speaker.start) - 1
    lo = paragraphs[k].start if k >= 0 else 0
    start, end = described.shown(text, (speaker.start, speaker.end), d.cue, lo)
    if (start, end) == (speaker.start, speaker.end):
        return speaker
    named_end = _before_clause(text, speaker.end, end)  # "Военные, захватившие здание ZBC": not ZBC
    first = _first_conjunct(text, start, speaker)
    if first is not None:  # "Глава администрации и представители РПЦ": the one named first leads
        lead = resolver.speaker(start, first, d.gender, (d.start, d.end))
        if lead.name is not None:
            return replace(lead, end=end, text=text[start:end])
    # "края" of "В Государственной лесной службе Забайкальского края": the whole names the body
    if speaker.name is None and (named_end > speaker.end or start < speaker.start):
        wide = resolver.speaker(start, named_end, d.gender, (d.start, d.end))
        if wide.name is not None:
            return replace(wide, end=end, text=text[wide.start:end])
    return replace(speaker, start=start, end=end, text=text[start:end])


def _first_conjunct(text: str, start: int, speaker) -> int | None:
    """The end of a first conjunct when the mention resolved is a group joined to it by "и"
    ("... и представители РПЦ", "... и его коллеги"), else None."""
    head = text[start:speaker.start]
    if not head.endswith(" и ") or start >= speaker.start - 3:
        return None
    words = [w for w in tokenize(text, speaker.start, speaker.end) if w.is_word]
    noun = next((w for w in words if w.low not in word_set("quote_possessives.txt", False)), None)
    if noun is None or best_pos(noun) != "NOUN" or "plur" not in parses(noun)[0].tag:
        return None
    return speaker.start - 3


def _before_clause(text: str, start: int, end: int) -> int:
    """Where a description's first participle or relative clause opens after ``start``
    ("Курьер Азат, попросивший не называть ..."), else ``end``."""
    words = tokenize(text, start, end)
    return next((w.start for w, nxt in zip(words, words[1:]) if w.text == ","
                 and (best_pos(nxt) in ("PRTF", "GRND") or nxt.low in indirect.RELATIVE_NOMINATIVES)), end)


def _joined_cue(text: str, after: int, d: Draft) -> bool:
    """A plural cue with no subject joined to the cue before it in the same sentence by
    "и", "а также", "однако" ("назвали данные обнадёживающими, однако напомнили")."""
    if d.cue is None or not after <= d.cue[0] or _impersonal(text, d.cue) or regex.search(r"[.!?;]", text[after:d.cue[0]]):
        return False
    words = [w for w in tokenize(text, after, d.cue[0]) if w.is_word]
    return bool(words) and words[-1].low in word_set("quote_joiners.txt") \
        or len(words) > 1 and words[-2].low in word_set("quote_joiners.txt") and words[-1].low == "также"


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
