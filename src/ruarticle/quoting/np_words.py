"""Word tests of a speaker's noun phrase, shared by the walks before and after the cue:
which words may sit in the phrase, which can be its nominative head, and how the object of a
preposition is stepped over ("в колонке для издания The Hill")."""
from __future__ import annotations

from .. import morph
from ..resources import once, word_set
from .marks import through_name
from .lexicon import org_head
from .words import NP_POS, Word, best_pos, is_latin, is_name_like, is_proper, parses

FUNCTION_POS = ("CONJ", "PRCL", "PREP", "ADVB", "INTJ", "COMP", "VERB", "GRND", "INFN")
SKIP_POS = ("ADVB", "PRCL", "PRED")
NAME_MARKS = "«»\"„“”"
MAX_NP = 12
NAME_REACH = 8
POSSESSIVE = frozenset({"его", "ее", "её", "их"})


@once
def _instrumental_post_stems() -> tuple[str, ...]:
    return tuple(post[:-2] for post in word_set("instrumental_posts.txt"))  # "заведующ-ая", "-ий"


def modifier_lead(word: Word):
    """The nominative reading of a participle or adjective opening a phrase ("близкий",
    "насчитывающая"), or None."""
    return next((p for p in parses(word)[:1] if p.tag.POS in ("PRTF", "ADJF") and "nomn" in p.tag), None)


def described_noun(word: Word, lead) -> bool:
    """A common noun in the nominative agreeing with the modifier reading ``lead``
    ("источник" after "близкий к руководству"): the head the modifier leads to."""
    return word.is_word and not word.is_upper and any(
        p.tag.POS == "NOUN" and "nomn" in p.tag and p.tag.number == lead.tag.number
        and (p.tag.number == "plur" or p.tag.gender == lead.tag.gender or "Ms-f" in p.tag)
        for p in parses(word)[:2])


def instrumental_post(word: Word) -> bool:
    """"заведующая", "командующим": a post that governs the instrumental
    (instrumental_posts.txt), in any of its forms."""
    return word.is_word and word.low.startswith(_instrumental_post_stems())


def np_word(word: Word) -> bool:
    """Whether a token may sit inside a speaker's noun phrase."""
    if not word.is_word:
        return word.text in NAME_MARKS or word.text == "."  # initials: "А. С. Пушкина"
    if word.initial and word.low in word_set("quote_opening_prepositions.txt"):
        return False  # "Из Манчестера поступают сообщения": the dictionary's name reading of "Из"
    if is_proper(word) or is_latin(word):
        # a capitalised "verb" inside a sentence is a name: "Джек Лью" (лить)
        return is_name_like(word) or is_latin(word) or best_pos(word) not in FUNCTION_POS \
            or (not word.initial and best_pos(word) not in ("PREP", "CONJ", "PRCL")) \
            or _name_read_as_function(word)
    pos = best_pos(word)
    return pos in NP_POS or (pos == "NPRO" and any("Apro" in p.tag for p in parses(word))) or (word.text[0].isdigit() and "-" in word.text)


def _name_read_as_function(word: Word) -> bool:
    """"председатель Зане Витола": a foreign first name the dictionary knows only as a rare
    conjunction or particle; capitalised inside a sentence, such a word is a name."""
    return not word.initial and not word.text.isupper() and len(word.text) > 2 \
        and best_pos(word) in ("CONJ", "PRCL")


def np_at(words: list[Word], j: int, hi: int) -> bool:
    """np_word in context: an initial ("С. Собянина") belongs to a noun phrase too."""
    return np_word(words[j]) or initial_letter(words, j, hi)


def nominative(word: Word, plural_ok: bool = True) -> bool:
    if is_latin(word):
        return True  # "сообщает baltinfo.ru", "пишет The Hill"
    if is_proper(word) and not (best_pos(word) == "ADJF" and known_oblique(word)) and not _instrumental_only(word):
        return True  # "Челах" whatever the dictionary guesses; not "«Свободной прессе»"
    return any("nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR")
               and p.score >= 0.05 and (plural_ok or "plur" not in p.tag)
               for p in parses(word))


def _instrumental_only(word: Word) -> bool:
    """"назвал его маленьким Парижем": a known name read only in the instrumental is the
    judgement, never the subject."""
    return morph.known(word.low) and {p.tag.case for p in parses(word)} == {"ablt"}


def known_oblique(word: Word) -> bool:
    return morph.known(word.low) and not any("nomn" in p.tag for p in parses(word))


def is_personal_pronoun(word: Word) -> bool:
    return word.low in ("он", "она", "они")


def is_prep(word: Word) -> bool:
    return word.is_word and best_pos(word) == "PREP"


def is_adverb(word: Word) -> bool:
    return word.is_word and best_pos(word) == "ADVB"


def is_skippable(word: Word) -> bool:
    # "ли" of "чуть ли не впервые заявил" stands between the subject and the verb too
    return word.is_word and not is_name_like(word) and (best_pos(word) in SKIP_POS
                                                        or word.low in ("однако", "ли"))


def initial_letter(words: list[Word], j: int, hi: int) -> bool:
    """"А. Кудрин": a capital letter, a full stop and a capitalised word (not "В «X»")."""
    return j + 2 < hi and len(words[j].text) == 1 and words[j].is_upper \
        and (not words[j].initial or _after_initial(words, j)) \
        and words[j + 1].text == "." and words[j + 2].is_upper


def _after_initial(words: list[Word], j: int) -> bool:
    """"И. И. Петров": the second initial follows the first one's stop, which the
    tokenizer takes for a sentence end."""
    return j >= 2 and words[j - 1].text == "." and len(words[j - 2].text) == 1 and words[j - 2].is_upper


def time_noun(word: Word) -> bool:
    return word.is_word and not word.is_upper and morph.lemma(word.low) in word_set("quote_time_nouns.txt")


def names_a_source(word: Word) -> bool:
    return org_head(word) or morph.lemma(word.low) in word_set("quote_media_heads.txt")


def regional_body(words: list[Word], b: int) -> bool:
    """"ГУ МВД по Москве", "УФСБ по Татарстану": "по" and a place after an abbreviated body."""
    return words[b].low == "по" and b > 0 and b + 1 < len(words) and words[b - 1].is_word \
        and words[b - 1].text.isupper() and len(words[b - 1].text) > 1 and is_proper(words[b + 1])


def after_pp(words: list[Word], a: int, end: int, depth: int = 0, titled: bool = False) -> int:
    """Skip the object of a preposition: its adjectives and first noun, a name of that
    noun, then genitives and any prepositional phrase nested in it."""
    prep = words[a - 1].low if a > 0 else ""
    if a < end and words[a].low.startswith("котор"):
        return a + 1  # "на которых избранный президент говорит": the pronoun is the whole object
    if a + 1 < end and bare_demonstrative(words[a], words[a + 1]):
        return a + 1  # "При этом глава края сослался": "этом" is the whole object
    while a < end and best_pos(words[a]) in ("ADJF", "PRTF", "NUMR") and not is_name_like(words[a]):
        a += 1
    compound = a < end and f"{prep} {words[a].low}" in word_set("quote_compound_prepositions.txt")
    if a < end:
        a += 1
    a = _past_object_name(words, a, end, titled)
    while a < end and words[a].is_word and (not nominative(words[a]) or (compound and _genitive(words[a]))
                                             or _body_complement(words, a)):
        if is_prep(words[a]) and depth < 2:  # "в колонке для издания X": both are the author's
            a = after_pp(words, a + 1, end, depth + 1)
            continue
        a += 1
    return a


def bare_demonstrative(word: Word, following: Word) -> bool:
    """"этом" of "при этом глава": a demonstrative that does not agree in case with the
    noun after it stands alone ("в этом году" agrees: the year is its noun)."""
    tag = parses(word)[0].tag if word.is_word else None
    if tag is None or not following.is_word or not ("Apro" in tag or tag.POS == "NPRO"):
        return False
    case = parses(word)[0].tag.case
    return case is not None and not any(p.tag.case == case for p in parses(following))


def _body_complement(words: list[Word], a: int) -> bool:
    """"в министерстве образования", "в управлении здравоохранения": after a body's noun a
    thing's singular genitive is its field, not a plural subject ("образования")."""
    return a > 0 and org_head(words[a - 1]) and not is_name_like(words[a]) \
        and any({"gent", "sing", "inan"} <= set(p.tag.grammemes) and p.tag.POS == "NOUN" for p in parses(words[a]))


def _genitive(word: Word) -> bool:
    """Can be the genitive of a compound preposition: "во время свидания", "в ходе
    визита Путина" (a name only when it cannot be nominative)."""
    found = parses(word)
    return any("gent" in p.tag for p in found) and not (is_proper(word) and any("nomn" in p.tag for p in found))


def _past_object_name(words: list[Word], a: int, end: int, titled: bool = False) -> int:
    """"в колонке для издания The Hill один из участников": a Latin or quoted name right
    after the object names it when more of the sentence's phrase follows; with ``titled``
    a quoted name is skipped even at the end ("в мнении по делу «X» поддержал")."""
    k = a
    if k < end and words[k].text in "«\"":
        k = through_name(words, k, end) or k
        if titled and a < k and not names_a_source(words[a - 1]):
            return k
    else:
        while k < end and is_latin(words[k]):
            k += 1
    return k if a < k < end and words[k].is_word and np_word(words[k]) else a
