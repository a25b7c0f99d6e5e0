"""Indirect quotes that report no words: the addressee of a speech act named by a verb and
its object ("выразил соболезнования родным погибших"), a prospect that a thing, not a
speaker, "promises" or "threatens" ("кризис угрожает дестабилизировать экономику"), or an
object that points at the words that follow ("подтвердил эту информацию: ...")."""
from __future__ import annotations

from .. import morph
from ..resources import word_set
from .draft import Draft
from .lexicon import org_head
from .words import Word, best_pos, is_name_like, is_proper, parses, tokenize

CASES_OF_CONTENT = ("nomn", "accs", "gent")  # what a phrase content may open with




def empty(text: str, d: Draft) -> bool:
    return _addressed(text, d) or _thing_speaks(text, d) or _pointing_object(text, d)


def _pointing_object(text: str, d: Draft) -> bool:
    """"подтвердил эту информацию: ...", "опровергла эту информацию, сообщив, что ...",
    "критиковали этот арест, называя его ...": an object that only points at what the
    words after it (a colon, a gerund's report) say is no content of its own."""
    if d.kind != "indirect" or not d.cue or d.start < d.cue[1]:
        return False
    words = [w for w in tokenize(text, d.start, d.end) if w.is_word]
    if len(words) != 2 or words[0].low not in word_set("quote_content_pointers.txt") or best_pos(words[1]) != "NOUN":
        return False
    after = [w for w in tokenize(text, d.end, min(len(text), d.end + 40))][:3]
    if after and after[0].text == ",":
        after = after[1:]
    return bool(after) and (after[0].text == ":" or (after[0].is_word and best_pos(after[0]) == "GRND"))


def _thing_speaks(text: str, d: Draft) -> bool:
    """A verb that reports only with a speaker as its subject, whose subject is a
    common inanimate noun that names no body ("кризис", "выдвижение", "сделка")."""
    if d.kind != "indirect" or not d.cue or not d.speaker \
            or d.cue[2] not in word_set("quote_speaker_only_cues.txt"):
        return False
    words = [w for w in tokenize(text, *d.speaker) if w.is_word]
    head = next((w for w in words if best_pos(w) == "NOUN"), None)
    # a capital may be a name's ("Нода пообещал") unless it only opens the sentence
    # ("Сделка ожидает"); "Легенда кино Брижит Бардо" is a person
    common = head is not None and (head.text[0].islower() or (head.initial and not is_name_like(head)))
    body = head is not None and org_head(head) and not (
        morph.lemma(head.low) in word_set("quote_enterprise_heads.txt") and "sing" in parses(head)[0].tag)
    return common and not body \
        and morph.lemma(head.low) not in word_set("quote_collective_speakers.txt") \
        and all("inan" in p.tag for p in parses(head)[:1]) and not any(is_proper(w) for w in words)


def _addressed(text: str, d: Draft) -> bool:
    """A content right after a cue phrase that holds its own object ("выразил
    соболезнования") and is only a dative noun phrase: whom the words were for."""
    if d.kind != "indirect" or not d.cue or d.start < d.cue[1] or " " not in d.cue[2]:
        return False
    if text[d.cue[1]:d.start].strip(" \xa0"):
        return False  # "выразил надежду, что ...", "выразил мнение о ...": words follow
    words = [w for w in tokenize(text, d.start, d.end) if w.is_word]
    return bool(words) and _dative_phrase(words)


def _dative_phrase(words: list[Word]) -> bool:
    """"семье актрисы", "родным и близким погибших": no case but the dative fits the
    first word, and no verb follows."""
    first = parses(words[0])
    return best_pos(words[0]) in ("NOUN", "ADJF") and any("datv" in p.tag for p in first) \
        and not any(c in p.tag for p in first for c in CASES_OF_CONTENT) \
        and not any(best_pos(w) in ("VERB", "INFN") for w in words)
