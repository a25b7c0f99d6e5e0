"""Indirect speech in one sentence: a reporting verb with its complement
("заявил, что ...", "сообщил о ...", "отметил: ..."), "по словам X, ...",
"как сообщил X, ...", "..., сообщает X", and "Об этом сообщил X" pointing back.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .. import morph
from ..resources import word_set
from . import marks
from .according import according, as_said, follows_from
from .backref import backref, closing_sentence, fronted
from .draft import Draft, trim, unwrap
from .lexicon import ABOUT, cue_lemma, may_report
from .participle import participle
from .pointing import pointer_nouns, pointing
from .reporting import verb
from .requests import request
from .unsaid import shown_by_a_thing
from .words import best_pos, parses, tokenize, verb_gender

COLON_QUOTE = regex.compile(r":\s*[«„“\"]")
# where the author takes the sentence back: ";", ", однако" reporting someone else, and
# ", имея в виду", the author's note on what the speaker meant
AUTHOR_TURN = regex.compile(r";|,\s+однако\s|(?P<meant>,\s+имея\s+в\s+виду\s)")
REFUSAL_REACH = 5  # words of the clause after ", но" where the refusal stands ("от подробностей отказались")
OUTCOME_TURN = regex.compile(r",\s+(?:однако|но)\s")  # what came of a request or a proposal
OPENING_MARKS = {"«": "»", '"': '"', "„": "“", "“": "”"}  # an opening mark and its close
OPENERS = frozenset({"по", "согласно", "как"})  # words that may open an inserted attribution
INNER_BACKREF = (":", "—", "–", ";", ",")  # "...: об этом заявил X", "..., о чём сообщил X"
LATER_REACH = 16  # later reports in one sentence looked at for a cut
RELATIVE_NOMINATIVES = frozenset({"который", "которая", "которое", "которые"})
JOINED_REACH = 5  # words of adjuncts between ", и" and a later report's subject
RELATIVE_REACH = 4  # words between a relative word and the cue of its clause


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    words: list


def find(text: str, sentence: tuple[int, int], previous: tuple[int, int] | None,
         paragraph: int, inside_direct) -> list[Draft]:
    """Indirect quotes of one sentence; ``previous`` is the sentence before it."""
    s = Sentence(sentence[0], sentence[1], tokenize(text, *sentence))
    found: list[tuple[int, Draft]] = []
    used: set[int] = set()
    ws = s.words
    # "об этом", "эту информацию" are rare: asked once, before the verb's own complement (when
    # the sentence before reports itself, "опроверг эту информацию" stays a phrase report)
    pointed = not (word_set("quote_pointers.txt").isdisjoint(w.low for w in ws)
                   and pointer_nouns().isdisjoint(w.low for w in ws))
    for i, word in enumerate(ws):
        opener = word.low in OPENERS or i <= 1 or ws[i - 1].text in INNER_BACKREF
        led = may_report(word)  # False for most words: the word-led rules would find nothing
        if not (opener or led or word.low in ABOUT) or i in used or inside_direct(word.start):
            continue
        match = (opener and (according(text, s, i) or as_said(text, s, i) or follows_from(text, s, i)
                             or backref(text, s, i, previous) or fronted(text, s, i, previous)
                             or closing_sentence(text, s, i, previous))) \
            or (word.low in ABOUT and not opener and fronted(text, s, i, previous)) \
            or (led and ((pointed and pointing(text, s, i, previous)) or verb(text, s, i)
                         or participle(text, s, i) or request(text, s, i)))
        if match:
            anchor, draft, taken = match
            used.update(taken)
            found.append((anchor, draft.with_(paragraph=paragraph)))
    # "успех романа доказывает, что ...": a thing's showing cuts no report it stands in
    found = [(anchor, d) for anchor, d in found if not shown_by_a_thing(text, d)]
    drafts = _without_nested_beliefs(_cut(text, s, found))
    return _without_quoted_reports(text, s, _without_relative_reports(text, drafts))


def _without_relative_reports(text: str, drafts: list[Draft]) -> list[Draft]:
    """"рассказал, что был изнасилован заключёнными, которые угрожали убить его": a report
    in a relative clause inside another report's content describes someone in it, and an
    unsourced "как сообщалось" there recalls earlier reports; both are part of that
    content, not quotes of their own."""
    if len(drafts) < 2:
        return drafts

    def relative(d: Draft) -> bool:  # "которые (неоднократно) угрожали", "в котором просили"
        before = tokenize(text, max(0, d.cue[0] - 40), d.cue[0])[-RELATIVE_REACH:]
        k = max((n for n, w in enumerate(before) if w.low in word_set("quote_relatives_before_cue.txt")), default=None)
        if k is None or any(w.text in ",;:" for w in before[k + 1:]):
            return False
        # "сторонники, которые доказывали, что ...": people of the content with a statement
        # of their own stay a quote
        return not (before[k].low in RELATIVE_NOMINATIVES and "что" in text[d.cue[1]:d.start].split())
    def earlier(d: Draft) -> bool:  # "не скончалась, как сообщалось ранее, но ...": an aside
        return d.speaker is None and text[d.cue[0]:d.cue[1]].lower().startswith("как ")
    return [d for d in drafts
            if not (d.cue and any(o is not d and o.start < d.cue[0] < o.end for o in drafts)
                    and (relative(d) or earlier(d)))]


def _without_quoted_reports(text: str, s: Sentence, drafts: list[Draft]) -> list[Draft]:
    """"сказала, что хотела стать юристом, «потому что не хотела, чтобы мне указывали, что
    делать»": a cue inside the marks of a fragment that another report of the sentence
    quotes is part of that fragment, no report of its own."""
    if len(drafts) < 2:
        return drafts
    quoted = [(m.open, m.close) for m in marks.pairs(text, s.start, s.end)]

    def inside(d: Draft) -> bool:
        return any(o is not d and o.start <= a < d.cue[0] < b <= o.end
                   for o in drafts for a, b in quoted)
    return [d for d in drafts if not (d.cue and inside(d))]


def _without_nested_beliefs(drafts: list[Draft]) -> list[Draft]:
    beliefs = word_set("quote_belief_verbs.txt")
    return [d for d in drafts
            if not (d.cue and d.cue[2] in beliefs
                    and any(o is not d and o.start <= d.cue[0] < o.end for o in drafts))]


def _cut(text, s, found):
    """End a forward content where a coordinated report begins ("..., добавив, что")."""
    found.sort(key=lambda x: x[0])
    # "X заявил, что ..., передает ТАСС": the closing attribution is not X's words
    closing = [(d.start, d.cue[0]) for _, d in found if d.cue and d.end <= d.cue[0]]
    starts = [w.start for w in s.words]
    drafts = []
    for n, (anchor, d) in enumerate(found):
        end = d.end
        if d.cue and d.start > d.cue[0]:
            # "По словам X, ..., факт насилия подтвердили члены ОНК": a report whose object is
            # put first begins at that object
            end = min([end] + [a if d.start < a else c for a, c in closing if d.start < c < end])
            shield = _marks_close(text, d.start, end)
            for later, other in found[n + 1:n + 1 + LATER_REACH]:
                if later >= end:
                    break
                if later < shield:
                    continue  # a report inside the source's own marked words is part of them
                if other.cue and other.cue[2] in word_set("quote_belief_verbs.txt") \
                        and not _gerund_at(s.words, starts, later):
                    continue  # "заявил, что ..., считают эксперты" — but ", полагая, что" is his own
                if _vouched_account(d, other):
                    continue  # "По информации полиции, ей позвонил мужчина и сообщил, что ...": the account holds the call
                if d.start < later and _coordinated(s, starts, d, later, other) \
                        and not _enclosed(text, d.start, later):  # the source's own words go on
                    # ", а глава МИДа Маэхара отметил": the next report begins at its subject
                    subject = other.speaker[0] if other.speaker else later
                    end = subject if d.start < subject < later else later
                    # "..., однако апартаменты, по информации риэлторов, нуждаются": the
                    # vouched clause begins before its insert
                    end = other.start if d.start < other.start < end else end
                    k = bisect_left(starts, end)
                    if k < len(starts) and starts[k] == end:
                        end = _joined_clause(s.words, k, d.start) or end  # "..., и в связи с этим X призвали"
                    break
        colon = COLON_QUOTE.search(text, d.start, end)
        if colon:
            end = colon.start()
        if d.cue and end > d.cue[1]:  # forward, or a whole sentence around "по словам X"
            end = _author_turn(text, max(d.start, d.cue[1]), end)
            if d.start > d.cue[1] and not _inserted_attribution(text, d):
                end = _refusal_turn(text, d.start, end, d.gender)
            if _phrase_complement(text, d):
                end = _outcome_turn(text, d.start, end)
        start, end = trim(text, d.start, end)
        start, end = _without_dangling(text, start, end)
        wrapped = unwrap(text, start, end)
        if wrapped != (start, end) and _inserted_attribution(text, d):
            d = d.with_(kind="direct")  # "По данным X, «...»": the words themselves, in marks
        start, end = wrapped
        if end - start > 1:
            drafts.append(d.with_(start=start, end=end))
    return drafts


def _vouched_account(d: Draft, other: Draft) -> bool:
    """A report by someone inside the clause an inserted source vouches for ("По данным
    следствия, X позвонил и сообщил, что ...") is part of that source's account."""
    return d.cue is not None and other.cue is not None and d.cue[2].startswith(("по ", "согласно")) \
        and not other.cue[2].startswith(("по ", "согласно", "как "))


def _gerund_at(ws, starts, at) -> bool:
    k = bisect_left(starts, at)
    return k < len(ws) and ws[k].start == at and best_pos(ws[k]) == "GRND"


def _marks_close(text: str, start: int, end: int) -> int:
    """Where the marks end when the content opens with one ("Как рассказал источник,
    "..., однако Сечин сказал, что ...""), else ``start``."""
    k = start
    while k < end and text[k] in " ,\u00a0":
        k += 1
    if k >= end or text[k] not in OPENING_MARKS:
        return start
    close = text.find(OPENING_MARKS[text[k]], k + 1, end + 2)
    return close if close >= 0 else start


def _author_turn(text: str, start: int, end: int) -> int:
    """Where the author takes the sentence back ("..., однако позже это опровергли"); an
    "однако" inside a relative clause ("который подписал, однако отказался") or inside
    marks or brackets (the source's own words) is not that."""
    # "как рассказал источник, «..., однако ...»": marks opened right before the content
    shield = _marks_close(text, start, end)
    for turn in AUTHOR_TURN.finditer(text, start, end):
        if turn.start() < shield:
            continue
        comma = text.rfind(",", start, turn.start())  # -1 (none) must not reach back to 0
        clause = text[comma + 1 if comma >= 0 else start:turn.start()].split()
        if (clause and clause[0].lower() in word_set("quote_cut_relatives.txt")) or _enclosed(text, start, turn.start()):
            continue
        if text[turn.start()] == ";" or turn.group("meant") or _reported(text, turn.end(), end):
            return turn.start()
    return end


def _refusal_turn(text: str, start: int, end: int, gender: str | None) -> int:
    """"подтвердили, что проверка проводилась, но от подробностей отказались", "..., однако
    не стал распространяться о причинах": after ", но"/", однако" the author tells that the
    speaker would say no more; the content ends before it."""
    for turn in OUTCOME_TURN.finditer(text, start, end):
        if _enclosed(text, start, turn.start()):
            continue
        comma = text.rfind(",", start, turn.start())
        clause = text[comma + 1 if comma >= 0 else start:turn.start()].split()
        if clause and clause[0].lower() in word_set("quote_cut_relatives.txt"):
            continue  # "который подписал письмо, однако позже отказался": the relative's own turn
        stop = text.find(",", turn.end(), end)
        if _refuses(tokenize(text, turn.end(), end if stop < 0 else stop)[:REFUSAL_REACH], gender):
            return turn.start()
    return end


def _refuses(words, gender: str | None) -> bool:
    """The speaker's own past refusal among the first words of a clause: a verb of declining
    agreeing with the cue ("отказались"), a denied report ("не уточнил") or a declined one
    ("не стал распространяться"); "но не стал продавать акции" may be the claim's subject's."""
    for n, w in enumerate(words):
        if not w.is_word or best_pos(w) != "VERB" or "past" not in parses(w)[0].tag \
                or verb_gender(w) != gender:
            continue
        lemma = morph.lemma(w.low)
        if lemma in word_set("quote_declining.txt"):
            return True
        denied = n and words[n - 1].low == "не"
        if denied and lemma in word_set("quote_unsaid_negated.txt"):
            return True
        after = words[n + 1] if n + 1 < len(words) else None
        if denied and lemma == "стать" and after is not None and best_pos(after) == "INFN" \
                and morph.lemma(after.low) in word_set("quote_declining.txt") | word_set("quote_unsaid_negated.txt"):
            return True
    return False


def _phrase_complement(text: str, d: Draft) -> bool:
    """A forward content that is a phrase, an infinitive or a "чтобы" clause ("распорядились
    усыпить слоних", "просил отложить заседание"), not a "что" clause or a colon's words."""
    if d.cue is None or d.start < d.cue[1] or _inserted_attribution(text, d):
        return False
    between = text[d.cue[1]:d.start]
    return ":" not in between and "что" not in between.lower().split()


def _outcome_turn(text: str, start: int, end: int) -> int:
    """"просил восемь лет, однако суд назначил три года", "распорядились, чтобы слоних
    усыпили, однако владелец обжаловал это решение": after a request, a proposal or a
    phrase, ", однако"/", но" and a clause with its own verb tell what came of it."""
    for turn in OUTCOME_TURN.finditer(text, start, end):
        if _enclosed(text, start, turn.start()):
            continue
        if any(w.is_word and best_pos(w) in ("VERB", "PRTS") for w in tokenize(text, turn.end(), end)):
            return turn.start()
    return end


def _reported(text: str, start: int, end: int) -> bool:
    """Whether the author speaks after "однако": reporting someone else ("однако позже это
    опровергли") or in an aside ("однако не стоит забывать"); the speaker's own "однако
    остается выше нормы" goes on."""
    stop = text.find(",", start, end)
    words = tokenize(text, start, end if stop < 0 else stop)
    if words and (words[0].text in OPENING_MARKS or _own_verb(words[0])):
        return False  # "однако «стоит найти в себе силы»", "однако считает необходимым": the speaker's
    return any(cue_lemma(w, ("VERB", "PRTS")) or w.low in word_set("quote_author_asides.txt")
               and _aside_infinitive(words[n + 1:n + 3]) for n, w in enumerate(words))


def _aside_infinitive(after) -> bool:
    """"(стоит) забывать", "(следует) учесть": the aside asks the reader to mind something;
    "(стоит) компенсировать" is the speaker's advice."""
    infinitive = next((w for w in after if w.is_word and best_pos(w) == "INFN"), None)
    return infinitive is None or morph.lemma(infinitive.low) in word_set("quote_aside_infinitives.txt")


def _own_verb(word) -> bool:
    """A singular finite verb right after "однако": no subject of its own, so the
    speaker's ("..., однако считает необходимым обратиться в ЕСПЧ")."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "VERB" and "sing" in found[0].tag \
        and found[0].tag.person != "1per"


def _enclosed(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside brackets or marks opened in the content, or inside the
    marks that open right before it ("источник сказал, "... , однако ..."")."""
    before = text[start:at]
    if before.count("(") > before.count(")") or before.count("«") > before.count("»") \
            or before.count('"') % 2 == 1:
        return True
    lead = text[max(0, start - 2):start].rstrip()
    if not lead or lead[-1] not in OPENING_MARKS:
        return False
    close = text.find(OPENING_MARKS[lead[-1]], start)
    return close > at and not ('"' == lead[-1] and before.count('"'))


def _inserted_attribution(text: str, d: Draft) -> bool:
    """"по словам X", "как сообщил X": attributions that do not rephrase what follows."""
    return bool(d.cue) and (d.cue[2].startswith(("по ", "согласно "))
                            or text[d.cue[0]:d.cue[1]].lower().startswith("как "))


def _without_dangling(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a conjunction left at the end by a cut: "..., и" -> "..."."""
    for _ in range(3):
        head, _, last = text[start:end].rpartition(" ")
        before = head.rpartition(" ")[2].lower().strip(",")
        joiners = word_set("quote_joiners.txt")
        dangling = last.lower() in joiners or (before in joiners and last.isalpha() and best_pos_of(last) == "ADVB") \
            or _leads_on(text, head, last, start + len(head) + 1 + len(last))
        if not head or not dangling:  # "..., и" or "..., и поэтому" left by a cut
            break
        start, end = trim(text, start, start + len(head))
    return start, end


def _leads_on(text, head, last, end) -> bool:
    """"пояснил, что ..., поэтому:": an adverb after a comma, before the colon that opens
    the speech itself, leads the reader on; it is the author's."""
    return head.endswith(",") and last.isalpha() and text[end:end + 1] == ":" and best_pos_of(last) == "ADVB"


def best_pos_of(token: str) -> str | None:
    return best_pos(tokenize(token)[0])


def _coordinated(s, starts, d, at, other) -> bool:
    """A later report joined by "и"/"а"/"но", a gerund ("..., добавив, что") or a
    "по словам" insert ends the content."""
    # the later report begins at its own subject when that comes first: ", а X отметил"
    begin = other.speaker[0] if other.speaker and d.start < other.speaker[0] < at else at
    k = bisect_left(starts, begin)
    before = s.words[max(0, k - 2):k]
    gerund = k < len(s.words) and s.words[k].start == at and best_pos(s.words[k]) == "GRND"
    according = other.cue is not None and other.cue[2].startswith(("по ", "согласно "))
    # "..., ей отвечали, что": a new clause with a report of its own ("..., после того как
    # эксперты пришли к выводу, что ...": a subordinate clause is part of the content)
    clause = bool(before) and before[0].text == "," and before[0].start > d.start \
        and other.start > at and not _subordinate(before[-1])
    # "..., сторонники пишут, что ...": a subject right after the comma, then its own verb
    subject = bool(before) and before[-1].text == "," and before[-1].start > d.start \
        and other.speaker is not None and other.speaker[0] == begin and other.start > at \
        and k < len(s.words) and s.words[k].low not in word_set("quote_cut_relatives.txt")  # "..., которые угрожали"
    # "Защитник, ссылаясь на то, что ..., попросил о ...": the gerund's subject goes on
    resumed = bool(before) and before[-1].text == "," and d.cue is not None and other.speaker is not None \
        and other.speaker[1] <= d.cue[0] < at and other.start > at
    return gerund or according or clause or subject or resumed or any(w.low in word_set("quote_joiners.txt") for w in before) \
        or (other.speaker is not None and other.speaker[0] == begin and _joined_clause(s.words, k, d.start) is not None)


def _subordinate(word) -> bool:
    """"как", "когда", "если": a conjunction that opens a clause inside the content (the
    joiners "и", "а", "но" open one of the author's own)."""
    return word.is_word and best_pos(word) == "CONJ" and word.low not in word_set("quote_joiners.txt")


def _joined_clause(ws, k, start) -> int | None:
    """", и в связи с этим ряд звёзд призвали": a comma, a joiner and adjuncts with no verb
    open the clause whose subject is ``ws[k]``, a report of its own, not the content's;
    where that comma stands, else None."""
    for m in range(k - 1, max(-1, k - 2 - JOINED_REACH), -1):
        w = ws[m]
        if w.text == ",":
            # ", и в связи с этим X", ", в ответ X": a joiner or an adjunct opens the clause
            # (", после того как X призвал": a subordinate clause, no adjunct)
            adjunct = best_pos(ws[m + 1]) == "PREP" and not any(best_pos(x) == "CONJ" for x in ws[m + 1:k]) \
                if m + 1 < k else False
            joined = ws[m].start > start and m + 1 < k and (ws[m + 1].low in word_set("quote_joiners.txt") or adjunct)
            return ws[m].start if joined else None
        if not w.is_word or best_pos(w) in ("VERB", "INFN", "GRND", "PRTF", "PRTS"):
            return None
    return None


