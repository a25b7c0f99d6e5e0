"""Participle cues: "депутаты, считающие, что закон ...": the participle reports
the view of the noun phrase it describes, with the clause after ", что" as content,
or the judgement or demand inside its own clause ("Украина, считающая кредит
политическим, ...")."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from . import phrases
from .draft import Draft
from .lexicon import ABOUT, cue_lemma, is_phrase_verb, org_head, phrase_frames
from .phrase_extent import time_end, venue_end
from .reporting import complement
from .shapes import instrumental
from .words import best_pos, char_span, is_proper, parses, verb_gender

PARTICIPLE = ("PRTF",)
HEAD_POS = ("NOUN", "ADJF", "PRTF", "NUMR")
HEAD_REACH = 5  # words of the described phrase looked back through
MIN_CLAUSE = 2
WISHING = ("желать", "пожелать")  # "пожелавшая остаться неизвестной": who wished to
DEMANDING = ("требовать", "потребовать")  # "девушки, желающие попасть в сборную": who want to, not who ask
MARKS = "«»\"„“"


def participle(text, s, i):
    ws = s.words
    if i < 2 or i + 2 >= len(ws) or ws[i - 1].text != ",":
        return None
    lemma = cue_lemma(ws[i], PARTICIPLE)
    if lemma is None:
        return None
    if _thing_described(ws, i - 1):
        return None  # "видом транспорта, связывающим его с центром": a thing says nothing
    cue = (ws[i].start, ws[i].end, lemma)
    if ws[i + 1].text == "," and ws[i + 2].low == "что" and i + 3 < len(ws):
        draft = Draft("indirect", ws[i + 3].start, _clause_end(ws, i, i + 3, s.end), -1, cue, _described(ws, i - 1))
        return ws[i].start, draft, {i}
    clause = complement(ws, i, lemma)
    if clause is not None and ws[clause[0]].text != ":":
        # "лидеры, аргументировавшие позицию тем, что ...", "заявившие о том, что ..."
        draft = Draft("indirect", clause[1], _clause_end(ws, i, i + 1, s.end), -1, cue, _described(ws, i - 1))
        return ws[i].start, draft, {i}
    topic = _topic(ws, i)
    if topic is not None:  # "Фергюсона, объявившего об уходе с поста,": what was announced
        end = time_end(ws, i + 2, venue_end(ws, i + 2, ws[topic - 1].end))  # not "ранее в понедельник"
        draft = Draft("indirect", ws[i + 2].start, end, -1, cue, _described(ws, i - 1))
        return ws[i].start, draft, {i}
    end = _judgement(ws, i, lemma)
    if end is None:
        return None
    draft = Draft("indirect", ws[i + 1].start, ws[end - 1].end, -1, cue, _described(ws, i - 1))
    return ws[i].start, draft, {i}


def _clause_end(ws, i, k, end):
    """"Депутат, заявивший, что закон приведёт к репрессиям, покинул зал": the content
    ends where the described subject's own verb follows a comma, a finite verb agreeing
    with the participle ("законы, принятые вчера, приведут" does not agree with it)."""
    tag = parses(ws[i])[0].tag
    if tag.case != "nomn":
        return end  # the phrase described is no subject: its verb cannot be told apart
    agree = "plur" if tag.number == "plur" else tag.gender
    depth = 0
    for n in range(k, len(ws) - 1):
        depth += (ws[n].text == "«") - (ws[n].text == "»")
        if depth <= 0 and ws[n].text == "," and _agreeing_verb(ws[n + 1], tag.number, agree):
            return ws[n - 1].end
    return end


def _agreeing_verb(word, number, agree) -> bool:
    """A finite verb of the participle's number, and of its gender in the past tense."""
    tag = parses(word)[0].tag
    if tag.POS != "VERB" or tag.mood != "indc":
        return False
    if "past" in tag:
        return verb_gender(word) == agree
    return tag.number == number and tag.person == "3per"


def _topic(ws, i):
    """End of a participial clause whose content follows "о" ("журналист, сообщивший
    об аресте коллеги"): the next comma outside quotation marks, or the sentence end."""
    if ws[i + 1].low not in ABOUT or ws[i + 2].low in word_set("quote_pointers.txt") or not ws[i + 2].is_word \
            or "Apro" in parses(ws[i + 2])[0].tag:
        return None  # "сообщивших о данном изделии": a thing pointed back at, no content
    depth = 0
    for n in range(i + 2, len(ws)):
        depth += ws[n].text == "«"
        depth -= ws[n].text == "»"
        if ws[n].text in ";:!?" or (depth <= 0 and ws[n].text == ","):
            return n if n > i + 2 else None
    end = len(ws) - 1 if ws[-1].text in ".!?" else len(ws)
    return end if end > i + 2 else None


def _judgement(ws, i, lemma):
    """End of a participial clause that holds a judgement or a demand: "Украина,
    считающая этот кредит политически обусловленным," / "депутаты, призывающие
    отменить закон,"; None for any other clause."""
    if not (is_phrase_verb(lemma) or lemma in word_set("quote_believing_verbs.txt")):
        return None
    # marks inside the clause hold words of it: "охарактеризовавший партию как «партию жуликов»"
    end = next((n for n in range(i + 1, len(ws)) if not ws[n].is_word and ws[n].text not in MARKS), len(ws))
    clause = ws[i + 1:end]
    closed = end == len(ws) or ws[end].text in ",:;" or (end == len(ws) - 1 and ws[end].text in ".!")
    if len(clause) < MIN_CLAUSE or not closed or best_pos(clause[0]) == "PREP":
        return None  # "связанного с импичментом": an adjunct first, no judgement of an object
    # "меры, призванные прояснить ...": a passive participle tells what a thing is meant for
    passive = any("pssv" in p.tag for p in parses(ws[i])[:1])
    demand = best_pos(clause[0]) == "INFN" and lemma not in WISHING and not passive
    # after a passive participle the instrumental is who acted ("кандидатуры, предложенные
    # ему парламентом"), no judgement
    judged = not passive and any(instrumental(w) for w in clause[1:])
    named_as = not passive and _judged_as(lemma, clause)
    return end if demand or judged or named_as or _demanded_thing(ws, i, lemma, clause, passive) else None


def _judged_as(lemma, clause) -> bool:
    """"критик, охарактеризовавший фильм как провал,": an object judged after "как", for a
    verb whose frames take it (or any phrase)."""
    frames = phrase_frames(lemma)
    return (not frames or "as" in frames) and any(w.low == "как" for w in clause[1:-1])


def _demanded_thing(ws, i, lemma, clause, passive) -> bool:
    """"Испании, требовавшей его экстрадиции": a past participle of demanding with a noun
    object, describing a person, a body or a country; "дома, требующие ремонта" need, they
    do not demand."""
    tag = parses(ws[i])[0].tag
    head = ws[i - 2]
    return lemma in DEMANDING and not passive and "past" in tag \
        and best_pos(clause[0]) in ("NOUN", "NPRO", "ADJF") \
        and head.is_word and (is_proper(head) or org_head(head) or "anim" in parses(head)[0].tag)


def _phrase_start(ws, comma) -> int:
    """Where the words of a noun phrase ending at the participle's comma begin."""
    a = comma
    while a > 0 and comma - a < HEAD_REACH and ws[a - 1].is_word \
            and (is_proper(ws[a - 1]) or best_pos(ws[a - 1]) in HEAD_POS):
        a -= 1
    return a


def _thing_described(ws, comma) -> bool:
    """The participle agrees with an inanimate common noun that is no body right before
    its comma ("основным видом транспорта, связывающим"): a thing, not a speaker."""
    a = _phrase_start(ws, comma)
    if a == comma:
        return False
    first = _agreeing_head(ws, a, comma)
    head = next((w for w in ws[first:comma] if w.is_word and best_pos(w) == "NOUN"), ws[first])
    return head.is_word and best_pos(head) == "NOUN" and not is_proper(head) and not org_head(head) \
        and "inan" in parses(head)[0].tag and morph.lemma(head.low) not in word_set("quote_collective_speakers.txt") \
        and not any(best_pos(w) == "NOUN" and ("anim" in parses(w)[0].tag or org_head(w) or is_proper(w))
                    for w in ws[a:comma] if w.is_word)


def _described(ws, comma):
    """The noun phrase right before the participle's comma ("представители ХДС")."""
    a = _phrase_start(ws, comma)
    if a == comma or not any(best_pos(w) == "NOUN" or is_proper(w) for w in ws[a:comma]):
        return None
    a = _agreeing_head(ws, a, comma)
    member = _member(ws, a)
    return member if member is not None else char_span(ws, a, comma)


def _agreeing_head(ws, a, comma) -> int:
    """Where the described phrase starts: at the last noun before the comma that agrees with
    the participle after it in number and case ("в удовлетворении ходатайства прокуратуры,
    требовавшей": the prosecutors demanded, not the petition), its genitives kept
    ("представители ХДС, считающие"); ``a`` when no noun agrees or the participle is unclear."""
    tag = next((p.tag for p in parses(ws[comma + 1])[:2] if p.tag.POS in PARTICIPLE), None)
    if tag is None or tag.number is None or tag.case is None:
        return a
    heads = [k for k in range(a, comma) if ws[k].is_word and best_pos(ws[k]) == "NOUN"
             and any(p.tag.number == tag.number and p.tag.case == tag.case for p in parses(ws[k])[:3])]
    if not heads or heads[-1] == a:
        return a
    k = heads[-1]
    while k > a and ws[k - 1].is_word and best_pos(ws[k - 1]) in ("ADJF", "PRTF"):
        k -= 1  # "известной прокуратуры": its adjectives
    return k


def _member(ws, a):
    """"X принадлежит к меньшинству, считающему, что": the view is X's, who belongs."""
    if a < 2 or ws[a - 1].low not in ("к", "ко") \
            or morph.lemma(ws[a - 2].low) not in word_set("quote_membership_verbs.txt"):
        return None
    span = phrases.before(ws, a - 2, 0, verb_gender(ws[a - 2]))
    return char_span(ws, *span) if span else None
