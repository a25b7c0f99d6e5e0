"""Who speaks for a phrase report ("назвал арест нарушением"): the subject before the
verb, over inserts set off by commas, a relative word, a place ("В Минобороны назвали"), a
document's author, or nobody named when an indefinite-personal plural speaks for unnamed
people ("Жителей призвали не выходить из домов")."""
from __future__ import annotations

from ..resources import once, word_set
from . import phrases
from .lexicon import phrase_frames
from .bounds import dependent
from .sources import IN_WHICH, before_relative, clause_start, coordinate, is_document, locative, relative_author
from .words import best_pos, is_latin, is_proper, parses

RELATIVE_REACH = 3  # words between "на котором" and its verb
OBJECT_RELATIVES = frozenset({"которую", "которого", "которому", "которым"})  # "свадьбу, которую назвали"
INDEFINITE_OPENING = 2  # words an indefinite-personal verb may follow: "Британцев призвали"
UNNAMED_REACH = 7  # words of objects and adjuncts before a plural verb with no subject
UNNAMED_OPENERS = frozenset({"и", "а", "но", "где"})  # a clause of its own, of unnamed people
STILL = frozenset({"тем", "не", "менее"})  # "тем не менее" before the verb
CLAUSE_BREAKS = frozenset({",", ":", ";"})


@once
def _insert_openers() -> frozenset[str]:
    """Words that open an inserted clause: the relatives without the conjunctions of a
    content ("что", "если"), and "однако", "хотя", "как"."""
    return (word_set("quote_clause_openers.txt") - {"что", "чтобы", "если", "когда"}) | {"однако", "хотя", "как"}


def accuses(lemma, word) -> bool:
    """"обвиняют в коррупции", "упрекали в расизме": charges people keep making; "его обвинили
    в убийстве" is mostly the formal charge, an act, and "подозревают в убийстве" the
    investigators' suspicion, not yet said to anyone."""
    return "in" in phrase_frames(lemma) and lemma not in word_set("quote_suspecting_verbs.txt") \
        and "impf" in parses(word)[0].tag


def indefinite(ws, i, gender, accusing=False) -> bool:
    """"круглый стол, на котором предложили ...": a plural verb right after a relative
    word speaks for the unnamed people of the event; ``accusing`` verbs ("его обвиняют в
    коррупции") name the accused, not the speakers, in their person object."""
    if gender != "plur":
        return False
    if any(w.low in IN_WHICH or w.low in OBJECT_RELATIVES for w in ws[max(0, i - RELATIVE_REACH):i]):
        return True
    # "Жителей призвали не выходить из домов": a plural verb opening the sentence, or a
    # clause of it ("дороги перекрыты, жителей просят не выходить"), after at most its
    # object, with no nominative before it and an infinitive after, speaks for unnamed
    # people ("Ратификацию подтвердили шесть стран" has its subject after it)
    opening = _clause_opening(ws, i)
    if opening < i and ws[opening].low in UNNAMED_OPENERS:
        return _no_subject(ws, opening + 1, i, accusing)  # "..., где требовали допуска", "и его требовали"
    if opening < i and ws[opening].low in dependent():
        return False  # "утверждают, что им предложили ...": inside what someone else says
    return (i - opening <= INDEFINITE_OPENING and all(
        w.is_word and not any("nomn" in p.tag for p in parses(w)[:2]) for w in ws[opening:i])
        and any(w.is_word and best_pos(w) == "INFN" for w in ws[i + 1:i + 1 + INDEFINITE_OPENING + 1])) \
        or _no_subject(ws, opening, i, accusing)


def left_out(ws, i, gender) -> bool:
    """"В 1988 году на конференции раскритиковал перестройку.": a singular past verb that
    opens its sentence after adjuncts only goes on with the subject of the sentence before."""
    return gender in ("masc", "femn") and best_pos(ws[i]) == "VERB" and "past" in parses(ws[i])[0].tag \
        and _no_subject(ws, 0, i) and not _subject_later(ws, i)


def _subject_later(ws, i) -> bool:
    """A nominative noun after the verb in its clause, not a preposition's: the subject put
    last ("Впервые обещал быть председатель КНР")."""
    for k in range(i + 1, len(ws)):
        if ws[k].text in ",;:.!?":
            return False
        if ws[k].is_word and best_pos(ws[k]) == "NOUN" and "nomn" in parses(ws[k])[0].tag \
                and best_pos(ws[k - 1]) != "PREP":
            return True
    return False


def _no_subject(ws, a, i, accusing=False) -> bool:
    """"его даже упрекали в расизме", "в числе претендентов называли X": a plural verb
    whose clause names nobody before it (only objects, adverbs and prepositional phrases
    there) and after it (no nominative right after the verb) speaks for unnamed people."""
    if i - a > UNNAMED_REACH or i + 1 >= len(ws):
        return False
    governed = False  # a noun after a preposition is its object, whatever its case
    for w in ws[a:i]:
        if not w.is_word:
            return False
        pos = best_pos(w)
        if pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ") or w.low in word_set("quote_clause_openers.txt"):
            return False
        if pos == "PREP":
            governed = True
        elif pos == "NOUN" and governed:
            governed = False
        elif not governed and (any("nomn" in p.tag for p in parses(w)[:2])
                               or (_person_object(w) and not accusing)):
            return False  # a subject; or whom it was said to or of ("ему доложили о")
    following = ws[i + 1]
    return following.is_word and (best_pos(following) in ("PREP", "INFN") or not (
        is_proper(following) or any("nomn" in p.tag for p in parses(following)[:2])))


def _person_object(w) -> bool:
    """"его", "ему", "Понтеса": a person as an object, the one the verb tells or asks;
    with it an unnamed plural verb is often a plain event ("ему доложили о ...")."""
    return w.low in word_set("quote_person_objects.txt") or is_proper(w) \
        or (best_pos(w) == "NOUN" and "anim" in parses(w)[0].tag)


def _clause_opening(ws, i) -> int:
    """The first word after the nearest comma, colon or semicolon before ``ws[i]``."""
    k = i - 1
    while k >= 0 and ws[k].text not in CLAUSE_BREAKS:
        k -= 1
    return k + 1


def _inserted_before(ws, span, i) -> bool:
    """A comma stands between the subject phrase and the cue (an insert was stepped over)."""
    return any(w.text == "," for w in ws[span[1]:i])


def phrase_speaker(ws, i, last, gender):
    """(word span of the speaker or None, index after the cue) of a phrase report."""
    # "День рождения X объявлен праздником": a passive's subject is what was announced
    span = phrases.before(ws, i, 0, gender) if best_pos(ws[i]) != "PRTS" else None
    if span is not None and _inserted_before(ws, span, i) and not phrases.names_someone(ws, span) \
            and not any(is_proper(w) or is_document(w) for w in ws[span[0]:span[1]]):
        span = None  # "Практика, существующая в России, говорит о ...": no one speaks
    j = last + 1
    if span is None:
        after = phrases.after(ws, i, len(ws))
        if after and after[0] == i + 1 and is_proper(ws[i + 1]) and not _singular_after_plural(ws[i + 1], gender):
            span, j = after, after[1]
    if span is None and gender == "plur" and not coordinate(ws, i):
        opening = clause_start(ws, i)  # "В Минобороны назвали сообщения фейком"
        located = locative(ws, opening, _before_insert(ws, opening, i), marked=True)
        located = before_relative(ws, i, 0, located, any_noun=False)  # "В компании «X», которая ..., объяснили"
        span = word_span(ws, located) if located else None
    if span is None:
        span = _relative_subject(ws, i)
    if span is None:
        span = _subject_over_inserts(ws, i, gender)
    if span is None:  # "выпустило заявление, в котором назвало X Y": the document's author
        author = relative_author(ws, i, 0)
        span = word_span(ws, author) if author else None
    if span is None:
        span = substantive_subject(ws, i, gender)
    return span, j


def substantive_subject(ws, i, gender):
    """"Задержанный признался в краже", "Все протестующие потребовали отставки мэра": a
    participle or adjective standing for people ("задержанный", "пострадавшие", "собравшиеся")
    is the whole subject of its clause, in the nominative and agreeing with the verb; the
    noun-phrase walk waits for a noun after it and finds no subject."""
    k = i - 1
    while k >= 0 and ws[k].is_word and best_pos(ws[k]) in ("ADVB", "PRCL"):
        k -= 1  # "Задержанный сразу признался"
    if k < 0 or not _agreeing_form(ws[k], gender) or not _acting_person(ws[k]):
        return None
    a = k
    while a > 0 and _agreeing_form(ws[a - 1], gender):
        a -= 1  # "Все задержанные", "Многие пострадавшие"
    if a > _clause_opening(ws, a) or (a > 0 and ws[a - 1].text not in CLAUSE_BREAKS and ws[a - 1].low != "и") \
            or ws[a].low in word_set("quote_clause_openers.txt"):
        return None  # only the clause's own opening: not "отчёт, который прислал ..."
    return a, k + 1


def _acting_person(word) -> bool:
    """A participle that names people: one the dictionary knows as a noun ("задержанный",
    "обвиняемый") or an active one ("протестующие", "собравшиеся"); a passive one may stand
    for things ("Данные указывают на ...", "Полученные сведения")."""
    first = parses(word)[0]
    return first.tag.POS == "PRTF" and ("Subx" in first.tag or "actv" in first.tag)


def _agreeing_form(word, gender) -> bool:
    """An adjective or participle in the nominative of the verb's number and gender."""
    if not word.is_word or gender not in ("masc", "femn", "plur"):
        return False
    number = "plur" if gender == "plur" else "sing"
    return any(p.tag.POS in ("ADJF", "PRTF") and "nomn" in p.tag and number in p.tag
               and (gender == "plur" or gender in p.tag) for p in parses(word)[:2])


def word_span(ws, chars):
    """Word indices ``[a, b)`` covering a character span."""
    a = next(k for k, w in enumerate(ws) if w.start >= chars[0])
    b = next(k for k, w in enumerate(ws) if w.end >= chars[1]) + 1
    return a, b


def _before_insert(ws, lo, i) -> int:
    """Where a place naming the source of ``ws[i]`` must end: before a participle's or a
    relative clause's insert, which describes the subject ("Сети, имеющие магазины в
    Англии, объявили"); "Кроме того, в УВД призвали" keeps its place."""
    return next((k for k in range(lo, i - 1) if ws[k].text == "," and ws[k + 1].is_word
                 and (best_pos(ws[k + 1]) == "PRTF" or ws[k + 1].low in word_set("quote_phrase_relatives.txt"))), i)


def _singular_after_plural(word, gender) -> bool:
    """"в Израиле отмечают День Иерусалима": a capitalised word that can only be a
    singular nominative is no subject of a plural verb, but its object."""
    if gender != "plur" or word.text.isupper() or is_latin(word):
        return False
    return not any("nomn" in p.tag and "plur" in p.tag for p in parses(word))


def _subject_over_inserts(ws, i, gender):
    """"Прокурор, признав преступление незначительным, тем не менее просил ...", "Защитник,
    ссылаясь на то, что ..., попросил о ...": the subject before a chain of inserts set off
    by commas (a gerund's or participle's phrase, a relative clause, "однако ...") that
    ends right before the verb (adverbs allowed between)."""
    k = i - 1
    while k >= 0 and ws[k].is_word and (best_pos(ws[k]) in ("ADVB", "PRCL", "CONJ") or ws[k].low in STILL):
        k -= 1
    if k < 1 or ws[k].text != ",":
        return None
    commas = [c for c in range(k) if ws[c].text == ","]
    ends = commas[1:] + [k]
    for c, end in reversed(list(zip(commas, ends))):
        opener = ws[c + 1]
        if not opener.is_word:
            return None
        # a participle with words of its own opens an insert ("находившийся в розыске");
        # alone it is a noun ("задержанный")
        if (best_pos(opener) in ("GRND", "PRTF") and end - c > 2) or opener.low in _insert_openers():
            lo = max([m + 1 for m in commas if m < c], default=0)
            found = phrases.subject_before_comma(ws, c, lo, gender)
            if found is not None and best_pos(ws[found[0]]) != "PREP":
                return found
            continue
        if opener.low not in word_set("quote_insert_goes_on.txt"):
            return None
    return None


def _relative_subject(ws, i):
    """"люди, которые требовали возвращения островов": the relative word is the subject
    (adverbs may stand between it and the verb)."""
    k = i - 1
    while k > 0 and ws[k].is_word and best_pos(ws[k]) == "ADVB":
        k -= 1
    if k > 0 and ws[k - 1].text == "," and ws[k].low in word_set("quote_relative_subjects.txt") - {"кто"}:
        return k, k + 1
    return None
