"""Abbreviations an article defines itself: "Всемирное антидопинговое агентство (ВАДА)"
lets a speaker written "ВАДА" be named by the full name, in the nominative."""
from __future__ import annotations

import regex

from .. import morph
from .lexicon import org_head
from .words import Word, best_pos, is_person_name, parses, recase, tokenize

DEFINED = regex.compile(r"\(\s*(\p{Lu}[\p{Lu}\d-]{1,11})\s*\)")
# "представитель NHS (Национальная служба здравоохранения Великобритании)": the full name after
# (a gloss after a dash or comma inside the brackets is not part of it)
EXPLAINED = regex.compile(r"(?<![\p{L}\d-])(\p{Lu}[\p{Lu}\d-]{1,11})\s*"
                          r"\((\p{Lu}[^()\n\d—–,;]{4,150}?)\s*(?:[—–,;][^()\n]*)?\)")
# "Федеральное агентство воздушного транспорта (Росавиация)": a compound short name of a
# body, one capitalised word with lower case after the capital (or a second capital: "ГосНИИ")
SHORT = regex.compile(r"\(\s*(\p{Lu}\p{Ll}{3,}(?:\p{Lu}\p{Ll}*)?)\s*\)")
NOT_SHORT = frozenset({"Geox", "Name", "Surn", "Patr"})  # "(Москва)", "(Иванов)": a place or person
SENTENCE_STOPS = frozenset(".!?()«»\"")
SPELLED = regex.compile(r"\p{Lu}{2,6}")  # an abbreviation its full name's initials may spell
NAME_REACH = 10  # words looked back from the bracket for the full name
NAME_POS = ("NOUN", "ADJF", "PRTF", "NUMR")
FUNCTION_POS = ("PREP", "CONJ")  # "по", "и", "в" inside a name give it no letter
CLOSING = "»\"”"
OPENING = "«\"„“"


def definitions(text: str) -> dict[str, str]:
    """Abbreviation -> the full name written right before it in brackets."""
    found: dict[str, str] = {}
    for m in DEFINED.finditer(text):
        words = tokenize(text, max(0, m.start() - 200), m.start())[-NAME_REACH * 2:]
        name = _quoted(text, words) or _plain(text, words)
        if name and m.group(1) not in found:
            found[m.group(1)] = name
    for m in EXPLAINED.finditer(text):
        words = tokenize(text, m.start(2), m.end(2))
        if m.group(1) not in found and _name_like(words):
            found[m.group(1)] = _nominative(text, words)
    for m in SHORT.finditer(text):
        name = _body_before(text, m.start()) if _short_form(m.group(1)) else None
        if name and m.group(1) not in found:
            found[m.group(1)] = name
    return found


def short_key(name: str) -> str:
    """The bracketed nominative a short name is defined by: "Роскомнадзора" -> "Роскомнадзор"."""
    return morph.lemma(name.lower()).capitalize() if name[:1].isupper() and name[1:].islower() else name


def _short_form(word: str) -> bool:
    """A body's compound short name ("Роскомнадзор", "Минобрнауки"), no place or person."""
    return not any(NOT_SHORT & set(p.tag.grammemes) for p in parses(tokenize(word)[0])[:2])


def _body_before(text: str, at: int) -> str | None:
    """The full name of a body written right before a bracket, two words or more whose
    head is an organisation's ("Федеральная служба по надзору в сфере связи")."""
    words = tokenize(text, max(0, at - 300), at)[-NAME_REACH * 3:]
    name = _quoted(text, words) or _plain_body(text, words)
    head = next((w for w in tokenize(name or "") if w.is_word and best_pos(w) == "NOUN"), None)
    return name if head is not None and org_head(head) else None


def _plain_body(text: str, words: list[Word]) -> str | None:
    """"Федеральная служба по надзору в сфере связи, информационных технологий и массовых
    коммуникаций": a body's name runs back over its complements (commas and prepositions
    too) to its capitalised start, an adjective or the body's noun, within the sentence."""
    k = len(words)
    while k > 0 and words[k - 1].text not in SENTENCE_STOPS \
            and (k == len(words) or not _line_break(text, words[k - 1], words[k])):
        k -= 1
    run = words[k:]
    first = next((n for n, w in enumerate(run) if w.is_upper and w.is_word
                  and (best_pos(w) in ("ADJF", "PRTF") or org_head(w))), None)
    if first is None or len(run) - first < 2:
        return None
    return _nominative(text, run[first:])


def _name_like(words: list[Word]) -> bool:
    """Two words or more of a name ("Национальная служба здравоохранения"), not a remark."""
    content = [w for w in words if w.is_word]
    return len(content) >= 2 and all(w.is_word for w in words) \
        and all(w.is_upper or best_pos(w) in NAME_POS + FUNCTION_POS for w in content)


def spelled_out(text: str, abbreviation: str) -> str | None:
    """"ОБСЕ" -> "Организация по безопасности и сотрудничеству в Европе": a name in the
    text whose words, prepositions and conjunctions aside, begin with the letters of an
    abbreviation that is not defined in brackets."""
    if not SPELLED.fullmatch(abbreviation):
        return None
    words = tokenize(text)
    for k, w in enumerate(words):
        if abbreviation.isascii() and "-" in w.text and not w.text.isupper() \
                and "".join(part[:1] for part in w.text.split("-")) == abbreviation:
            return w.text  # "HP" for "Hewlett-Packard"
        if w.is_upper and w.text[0] == abbreviation[0] and not w.text.isupper():
            run = _initials_run(text, words, k, abbreviation)
            if run:
                return _nominative(text, run)
    return None


def _initials_run(text: str, words: list[Word], k: int, abbreviation: str) -> list[Word] | None:
    spelled = ""
    for n in range(k, min(len(words), k + 3 * len(abbreviation))):
        w = words[n]
        if not w.is_word or is_person_name(w) or (n > k and _line_break(text, words[n - 1], w)):
            return None  # "Сергей Кузнецов" spells no "СК"
        if best_pos(w) in FUNCTION_POS:
            continue
        spelled += w.text[0].upper()
        if not abbreviation.startswith(spelled):
            return None
        if spelled == abbreviation:
            return words[k:n + 1]
    return None


def _line_break(text: str, left: Word, right: Word) -> bool:
    return "\n" in text[left.end:right.start]


def _quoted(text: str, words: list[Word]) -> str | None:
    """"лидер «Африканского национального союза» (ZANU-PF)": the name inside the marks."""
    if not words or words[-1].text not in CLOSING:
        return None
    opening = next((k for k in range(len(words) - 2, -1, -1) if words[k].text in OPENING), None)
    if opening is None or opening == len(words) - 2:
        return None
    return _nominative(text, words[opening + 1:-1])


def _plain(text: str, words: list[Word]) -> str | None:
    """"сообщило Всемирное антидопинговое агентство (ВАДА)": adjectives and nouns back to
    the first capitalised one."""
    k = len(words)
    while k > 0 and len(words) - k < NAME_REACH and _in_plain_name(words, k - 1) \
            and (k == len(words) or not _line_break(text, words[k - 1], words[k])):
        k -= 1
    run = words[k:]
    # a capital inside the sentence starts the name; the sentence's first word only
    # when there is no other ("Эксперты Всемирного агентства (ВАДА)")
    first = next((n for n, w in enumerate(run) if w.is_upper and not w.initial), None)
    if first is None or len(run) - first < 2:  # "Антидопинговое агентство США (USADA)"
        first = next((n for n, w in enumerate(run) if w.is_upper), None)
    if first is None or len(run) - first < 2:
        return None  # a single word before the bracket is no full name worth giving
    return _nominative(text, run[first:])


def _in_plain_name(words: list[Word], n: int) -> bool:
    """A word of a name: capitalised, a noun or adjective, or "и" between two adjectives
    ("Всемирной продовольственной и сельскохозяйственной организации")."""
    w = words[n]
    if not w.is_word:
        return False
    if w.low == "и":
        return 0 < n < len(words) - 1 and best_pos(words[n - 1]) == "ADJF" \
            and best_pos(words[n + 1]) == "ADJF"
    return w.is_upper or best_pos(w) in NAME_POS


def nominative_name(text: str, words: list[Word]) -> str | None:
    """A body's name as written ("Движения за демократические перемены") in the nominative."""
    return _nominative(text, words)


def _nominative(text: str, words: list[Word]) -> str | None:
    """The name with its words up to the head noun put in the nominative:
    "Всемирного антидопингового агентства" -> "Всемирное антидопинговое агентство"."""
    if not words:
        return None
    start, end = words[0].start, words[-1].end
    head_word = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    # "Сирийских" reads first as locative: the name's case is the one its head noun has too
    cases = {p.tag.case for p in parses(head_word)} if head_word is not None else set()
    first = parses(words[0])[0]
    parse = next((p for p in parses(words[0]) if p.tag.case in cases and p.tag.POS == first.tag.POS), first)
    case = parse.tag.case
    if case in (None, "nomn") or not words[0].is_word:
        return text[start:end]
    head = next((p for p in parses(head_word) if p.tag.case == case), parses(head_word)[0]) \
        if head_word is not None else None
    agree = {"nomn"}
    if head is not None and head.tag.number:
        agree.add(head.tag.number)
        if head.tag.number == "sing" and head.tag.gender:
            agree.add(head.tag.gender)  # "Африканского союза" -> "Африканский союз"
    out, pos = [], start
    for w in words:
        # "вооружённых" reads first as locative: the reading in the name's case agrees
        p = parses(w)[0]
        p = next((q for q in parses(w) if q.tag.case == case and q.tag.POS == p.tag.POS), p)
        wanted = agree if p.tag.POS != "NOUN" else {"nomn"}
        form = morph.inflect(p, wanted) if p.tag.case == case and w.is_word else None
        out.append(text[pos:w.start] + (recase(form.word, w.text, all_caps=False) if form else w.text))
        pos = w.end
        if p.tag.POS == "NOUN":
            out.append(text[pos:end])
            break
    return "".join(out)
