"""The speaker span as a reader marks it: the whole description before the name
("Глава комитета по вопросам семьи, женщин и детей Елена Мизулина") and a
description set off by commas after it ("Россиянин, обвиняемый в атаке, заявил").

Only the shown span grows; the speaker is still resolved from the core phrase
the rules found, so a name inside the description cannot take its place.
"""
from __future__ import annotations

from itertools import takewhile

from .. import posts
from ..resources import word_set
from .lexicon import org_head
from .marks import PAIRS
from .words import Word, best_pos, can_be_case, is_latin, is_proper, parses, tokenize

BOUNDARY = ".!?:;—–("
LEFT_REACH = 12
INSERT_REACH = 10
PLACE_PREPOSITIONS = frozenset({"в", "во", "из"})
PRONOUNS = frozenset({"он", "она", "они", "оно"})
NAME_REACH = 60  # characters looked through for the other mark of a quoted name
ONE = frozenset({"один", "одна", "одно", "одни"})  # "одна из солисток группы"
# each closing mark and the marks it may close ("»" -> "«"), from the one table of pairs
PAIRED = {close: "".join(o for o, cs in PAIRS.items() if close in cs) for close in "".join(PAIRS.values())}


def shown(text: str, speaker: tuple[int, int], cue: tuple[int, int], lo: int) -> tuple[int, int]:
    """The speaker span widened to its description; ``lo`` is where the paragraph starts."""
    start, end = speaker
    start, end = _balanced(text, start, end, lo)
    core = tokenize(text, speaker[0], speaker[1])
    if _pronoun(core):
        return start, end  # "В суде он рассказал": a pronoun takes no description or place
    if end > cue[0]:  # the speaker follows the cue: only a place or field closing the clause
        tail = _clause_tail(text, end)
        return start, _placed(core, tail, _field(core, tail, end))
    start = _left(tokenize(text, max(lo, start - 300), start), start, core)
    between = tokenize(text, end, cue[0])
    end = _insert(between, end)
    end = _field(core, between, end)
    end = _bracket(between, end)
    end = _placed(core, between, end)
    return start, end


def _pronoun(core: list[Word]) -> bool:
    return len(core) == 1 and core[0].low in PRONOUNS


def _clause_tail(text: str, end: int) -> list[Word]:
    """The words after a speaker up to the end of its clause (none if it runs long)."""
    words = tokenize(text, end, min(len(text), end + 120))
    stop = next((n for n, w in enumerate(words) if w.text in BOUNDARY or w.text == ","), None)
    return words[:stop] if stop is not None and stop <= INSERT_REACH else []


def _left(words: list[Word], start: int, core: list[Word]) -> int:
    """Step back over genitives, "и", commas, inner prepositions and quoted names to a
    nominative head noun (with its adjectives) that opens the clause."""
    k = _initials(words, len(words))
    best, steps = (words[k].start if k < len(words) else start), 0
    while k > 0 and steps < LEFT_REACH:
        steps += 1
        opened = _opening_mark(words, k - 1)
        if opened is not None:  # "группы «Ленинград»": a quoted name is one step
            k = opened
            continue
        if not _continues(words[k - 1]):
            break
        k -= 1
        if (_head(words[k]) or _one_of(words, k)) and _genitive_after(words, k):
            first = _adjectives_before(words, k)
            if _opens(words, first) or first == k and _post_after_name(words, k):
                best = words[first].start
        elif _counted(words[k:] + core) and _opens(words, k):  # "несколько десятков женщин", "более 50 женщин"
            best = words[k].start
    if best == start and k > 0 and words[k - 1].low in PLACE_PREPOSITIONS and not _post_core(core):
        return _body_located(words, k, best)
    return best


def _post_core(core: list[Word]) -> bool:
    """"(в Московском университете) министр образования": a post is a subject of its own,
    so the body before it is only where it spoke."""
    return bool(core) and core[0].is_word and posts.head_lemma(core[0].text) is not None


def _initials(words: list[Word], k: int) -> int:
    """"Б.Обама", "С. Джобс": initials before the surname are part of the name."""
    while k >= 2 and words[k - 1].text == "." and len(words[k - 2].text) == 1 and words[k - 2].is_upper:
        k -= 2
    return k


def _body_located(words: list[Word], k: int, best: int) -> int:
    """"(сообщили в) Главном управлении Нацполиции": a body named by where the news
    came from starts at its head noun, after the preposition."""
    j = k
    while j < len(words) and best_pos(words[j]) == "ADJF":
        j += 1
    if j < len(words) and words[j].start < best and org_head(words[j]) and words[j].low[:1].islower():
        return words[k].start
    return best


def _opening_mark(words: list[Word], k: int) -> int | None:
    """The index of the mark opening the quoted name that words[k] closes."""
    if words[k].text not in PAIRED:
        return None
    for j in range(k - 1, max(-1, k - LEFT_REACH), -1):
        if words[j].text in PAIRED[words[k].text]:
            return j
    return None


def _counted(words: list[Word]) -> bool:
    """A count, with its "более" or "около", of the genitive plural people after it
    ("30 октября" counts days)."""
    if words and words[0].low in word_set("quote_approximators.txt"):
        words = words[1:]
    if len(words) < 2 or not _count_word(words[0]) or not all(w.is_word for w in words):
        return False
    return {"gent", "plur"} <= set(parses(words[1])[0].tag.grammemes)


def _count_word(word: Word) -> bool:
    return word.text.isdigit() or word.low in word_set("quote_quantifiers.txt") or best_pos(word) == "NUMR"


def _one_of(words: list[Word], k: int) -> bool:
    return words[k].low in ONE and k + 1 < len(words) and words[k + 1].low == "из"


def _adjectives_before(words: list[Word], k: int) -> int:
    """"итальянская газета": the adjectives agreeing with a head belong to it."""
    while k > 0 and best_pos(words[k - 1]) == "ADJF" and "nomn" in parses(words[k - 1])[0].tag:
        k -= 1
    return k


def _post_after_name(words: list[Word], k: int) -> bool:
    """"В интервью Life.ru советник президента": a post right after a name or site
    opens the speaker though no boundary stands before it."""
    before = words[k - 1]
    return posts.head_lemma(words[k].text) is not None and (is_proper(before) or is_latin(before))


def _balanced(text: str, start: int, end: int, lo: int) -> tuple[int, int]:
    """A span cut inside a quoted name ("Ленинград» Василиса", "судьи «Олимпийских")
    is widened to the whole name."""
    inside = text[start:end]
    if inside.count("»") > inside.count("«"):
        at = text.rfind("«", lo, start)
        if at >= 0 and start - at < NAME_REACH:
            start = at
    elif inside.count("«") > inside.count("»"):
        at = text.find("»", end, end + NAME_REACH)
        if at >= 0:
            end = at + 1
    return start, end


def _continues(word: Word) -> bool:
    if not word.is_word:
        return word.text in ",()№"  # "Президент федерации (ВФЛА) Валентин Балахничев"
    if word.text.isdigit():
        return True  # "больницы № 17"
    if word.low == "и" or word.low in word_set("quote_inner_prepositions.txt") or _count_word(word) \
            or word.low in word_set("quote_approximators.txt"):
        return True
    return is_proper(word) or best_pos(word) in ("NOUN", "ADJF", "PRTF", "NUMR")


def _head(word: Word) -> bool:
    best = parses(word)[0]
    if not word.is_word or "nomn" not in best.tag:
        return False  # "Заведующий отделением" is a post though it parses as a participle
    return best.tag.POS == "NOUN" or posts.head_lemma(word.text) is not None


def _opens(words: list[Word], k: int) -> bool:
    return k == 0 or words[k - 1].text in BOUNDARY or best_pos(words[k - 1]) in ("ADVB", "CONJ") \
        or _after_circumstance(words, k)


def _after_circumstance(words: list[Word], k: int) -> bool:
    """"Во вторник итальянская газета", "На прошедшей неделе директор": a short
    prepositional phrase of time or place stands before the subject."""
    j = k - 1
    if best_pos(words[j]) != "NOUN":
        return False
    j -= 1
    while j >= 0 and best_pos(words[j]) == "ADJF":
        j -= 1
    return j >= 0 and best_pos(words[j]) == "PREP" and words[j].low not in word_set("quote_inner_prepositions.txt")


def _genitive_after(words: list[Word], k: int) -> bool:
    """The head is followed by a word that depends on it, not by another subject
    ("заведующий отделением": a participle post governs the instrumental)."""
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    governs = ("gent", "ablt") if parses(words[k])[0].tag.POS == "PRTF" else ("gent",)
    return nxt.low in word_set("quote_inner_prepositions.txt") or nxt.low == "и" \
        or any(case in p.tag for p in parses(nxt)[:2] for case in governs) \
        or best_pos(nxt) == "ADJF" or is_latin(nxt)  # "газета Il Sole 24 Ore"


def _insert(words: list[Word], end: int) -> int:
    """", обвиняемый в хакерской атаке," between the speaker and the cue."""
    if len(words) < 3 or words[0].text != "," or words[-1].text != "," or len(words) > INSERT_REACH:
        return end
    first = next((w for w in words if w.is_word), None)
    if first is None or any(w.text in BOUNDARY for w in words):
        return end
    if best_pos(first) in ("PRTF",) or (best_pos(first) == "NOUN" and "nomn" in parses(first)[0].tag):
        return words[-2].end
    return end


def _field(core: list[Word], words: list[Word], end: int) -> int:
    """"полиция по охране ресурсов Мэриленда", "Нацполиции по Кировоградской области":
    a body's field or district after "по", when it names a place or body."""
    if not core or not words or words[0].low != "по" or len(words) > INSERT_REACH:
        return end
    body = any(org_head(w) or w.is_upper for w in core)
    group = not is_proper(core[-1]) and _head(core[-1]) \
        and "plur" in parses(core[-1])[0].tag  # "эксперты по оружию", not "министр по телефону"
    inside = list(takewhile(lambda w: w.is_word and (is_proper(w) or best_pos(w) in ("NOUN", "ADJF")),
                            words[1:]))
    if not inside or not (body and any(is_proper(w) for w in inside) or group):
        return end
    return inside[-1].end


def _bracket(words: list[Word], end: int) -> int:
    """"Боб Стивенс (Bob Stevens) заявил": the bracket right after the name is its part."""
    if not words or words[0].text != "(":
        return end
    close = next((n for n, w in enumerate(words) if w.text == ")"), None)
    if close is not None and close <= INSERT_REACH \
            and all(w.is_word or w.text in ".,-" for w in words[1:close]):
        return words[close].end
    return end


def _noun_subject(word: Word) -> bool:
    """A common noun that may stand in the nominative ("лица" is also a genitive)."""
    return best_pos(word) == "NOUN" and can_be_case(word, "nomn")


def _placed(core: list[Word], words: list[Word], end: int) -> int:
    """"Источники в Кремле указывали", "Агент из города Мобил рассказал": a common noun
    speaker keeps the place that says who it is."""
    if not core or is_proper(core[-1]) or not _noun_subject(core[-1]) or not words \
            or words[0].low not in PLACE_PREPOSITIONS or len(words) > INSERT_REACH:
        return end
    inside = words[1:]
    if not inside or not any(is_proper(w) or org_head(w) for w in inside) \
            or not all(w.text in "()" or (w.is_word and (is_proper(w) or best_pos(w) in ("NOUN", "ADJF")))
                       for w in inside):
        return end
    return words[-1].end
