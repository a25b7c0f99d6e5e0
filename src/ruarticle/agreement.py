"""The sex of a person from the words that agree with one mention of them.

Russian marks the subject's gender on a past-tense verb and on a short adjective:
"Асанова с этим не согласилась", "Жаксыбеков подчеркнул", "— ..., — заявила Юсупова."
A name alone often does not tell ("Юсупова" is her nominative and his genitive), so
every mention that is the subject of such a word casts a vote, and ``names.gender``
sums the votes of all mentions of one person.
"""
from __future__ import annotations

import regex

from . import morph, names, posts
from .resources import word_set

# How many words may stand between a subject and its verb: "Асанова с этим не согласилась".
SUBJECT_REACH = 5
# How many words an aside between commas may have: "Алимова, в свою очередь, назвала".
ASIDE_REACH = 5
# How many capitalised words (places, abbreviations) may stand between a post and a name.
PLACES_BETWEEN = 2
# How many words a post's complement may have: "председатель комитета по социальной политике".
POST_REACH = 6
GENDERS = ("masc", "femn")
# What may follow a speech verb at once, with no subject between: "заявила, что", "отметила:".
CLAUSE_OPENERS = frozenset({",", ":", "что"})
# Before a quoted statement's verb: "— ..., — заявила Асанова."
INVERSION_MARKS = frozenset({"—", "–", ",", "-"})
CLOSERS = frozenset({".", ",", ";", "!", "?", "…", "(", ")"})
# Endings no nominative of that sex has: "Смаиловым" is no woman's subject form,
# "Жаксыбековой", "Жаксыбекова" no man's.
NOT_MASCULINE = regex.compile(r"(?:[оеё]в|[иы]н|ск|цк)(?:а|ой|ую|у)$")
NOT_FEMININE = regex.compile(r"(?:ым|им|ом|ем|ому|ему|ого|его)$")


def genders(tokens, people) -> dict[tuple[int, int], str]:
    """(start, end) of each person mention whose agreeing words show a sex -> 'masc'/'femn'."""
    out = {}
    for c in people:
        sex = mention_gender(tokens, c.first, c.last)
        if sex:
            out[(c.start, c.end)] = sex
    return out


def oblique(tokens, people) -> frozenset[tuple[int, int]]:
    """(start, end) of each person mention right after a post in the genitive ("министра
    Таджикистана Фаридуна Назарзода", "генерал-лейтенанта Аксары Кердпола") or a word
    governing the genitive ("по словам", "у"; genitive_governors.txt): whether the name is the post's apposition or its genitive, it stands in the
    genitive, so "Фаридуна" is Фаридун's, not a woman's name."""
    return frozenset((c.start, c.end) for c in people if _after_oblique_post(tokens, c.first))


def _after_oblique_post(tokens, first: int) -> bool:
    sentence = tokens[first].sentence
    if _after_genitive_governor(tokens, first):
        return True  # "по словам Эда Смита", "у Эда Смита"
    if first and tokens[first - 1].sentence == sentence and _his_genitive_adjective(tokens[first - 1].text):
        return True  # "26-летнего Брендана Маррокко": the adjective agrees with the name
    j, stepped = first - 1, 0
    while j > 0 and stepped < PLACES_BETWEEN and tokens[j].sentence == sentence \
            and tokens[j].text[:1].isupper() and tokens[j].text.replace("-", "").isalpha():
        j, stepped = j - 1, stepped + 1  # "премьер-министра РК", "министра Таджикистана"
    for k in range(j, max(-1, j - POST_REACH), -1):  # "министра иностранных дел"
        token = tokens[k]
        low = token.text.lower()
        if token.sentence != sentence or not low.replace("-", "").isalpha():
            return False
        best = morph.best(low)
        if not token.text.islower() and (best.tag.POS != "ADJF" or k == j):
            return False  # "хокима Ферганской области": a place's adjective in the complement
        if best.tag.POS == "NOUN" and "anim" in best.tag:
            # a genitive only: "избранный премьер-министром Японии Ёсихико Нода объявил" has
            # the name for its subject after a predicate in the instrumental
            # "по данным хокима ...": after a genitive governor a post read as a nominative too is not one
            return posts.head_lemma(low, before_name=True) is not None \
                and posts.has_case(token, "gent") \
                and (not posts.has_case(token, "nomn") or _after_genitive_governor(tokens, k)) \
                and _singular_genitive(low) and not _of_a_person(tokens, k)
        if best.tag.POS not in ("NOUN", "ADJF", "PREP"):
            return False
    return False


def _after_genitive_governor(tokens, first: int) -> bool:
    """Whether the one or two words before the name govern its genitive (genitive_governors.txt)."""
    before = [t.text.lower() for t in tokens[max(0, first - 2):first] if t.sentence == tokens[first].sentence]
    governors = word_set("genitive_governors.txt")
    return bool(before) and (before[-1] in governors or " ".join(before[-2:]) in governors)


def _singular_genitive(low: str) -> bool:
    """"министра": one holder; "секцией хищных млекопитающих Оксана": a plural genitive
    depends on a noun before it and tells nothing of the name's case."""
    return any({"gent", "sing"} <= p.tag.grammemes for p in morph.parses(low) if p.tag.POS == "NOUN")


def _of_a_person(tokens, k: int) -> bool:
    """Whether the post at token k depends on a person's noun before it ("дочь капитана
    Ханна Ингрэм-Мур"): the name may then be that person's, in any case."""
    if k == 0 or tokens[k - 1].sentence != tokens[k].sentence or not tokens[k - 1].text.isalpha():
        return False
    best = morph.best(tokens[k - 1].text.lower())
    return best.tag.POS == "NOUN" and "anim" in best.tag


def _his_genitive_adjective(word: str) -> bool:
    """An adjective that can only be a masculine genitive or animate accusative
    ("26-летнего", "известного", "бывшего"): a name right after it stands in that case."""
    if not word[:1].islower() and not word[:1].isdigit():
        return False
    found = morph.parses(word.lower())
    return bool(found) and found[0].tag.POS in ("ADJF", "PRTF") and all(
        p.tag.case in ("gent", "accs") and "sing" in p.tag and p.tag.gender in ("masc", "neut")
        for p in found)


def mention_gender(tokens, first: int, last: int) -> str | None:
    """'masc' or 'femn' when the mention (tokens first..last) is the subject of a
    past-tense verb or short adjective right after it, or of a speech verb right before
    it in an inverted attribution; None when nothing agrees with it."""
    if not _may_be_subject(tokens, first, last):
        return None
    sex = _agreeing_after(tokens, last) or _inverted_verb(tokens, first, last) or _woman_noun_before(tokens, first)
    return sex if sex and _nominative_of(tokens[last].text, sex) else None


def _woman_noun_before(tokens, first: int) -> str | None:
    """'femn' for a name set after a noun only a woman is called by, in the nominative
    ("продавщица Алайского рынка Мавжуда Рахимова", "пенсионерка Гульнора Каримова"): the
    name is its apposition, so hers; nouns of either sex ("директор") tell nothing."""
    sentence = tokens[first].sentence
    j, stepped = first - 1, 0
    while j > 0 and stepped < PLACES_BETWEEN and tokens[j].sentence == sentence and tokens[j].text[:1].isupper():
        j, stepped = j - 1, stepped + 1  # "жительница Ташкента Дильноза Юсупова"
    for k in range(j, max(-1, j - POST_REACH), -1):
        token = tokens[k]
        low = token.text.lower()
        if token.sentence != sentence or not low.replace("-", "").isalpha():
            return None
        found = [p for p in morph.parses(low) if p.tag.POS == "NOUN" and "anim" in p.tag]
        if found and morph.best(low).tag.POS == "NOUN":
            woman = all(p.tag.gender == "femn" and "sing" in p.tag and "Name" not in p.tag
                        and "Surn" not in p.tag for p in found) and any(p.tag.case == "nomn" for p in found)
            opens = k == 0 or tokens[k - 1].sentence != sentence  # "Продавщица ... сказала"
            return "femn" if woman and (token.text.islower() or opens) else None
        if morph.best(low).tag.POS not in ("NOUN", "ADJF", "PREP", "PRTF"):
            return None
    return None


def _may_be_subject(tokens, first: int, last: int) -> bool:
    """A name after a preposition is never a subject ("у Асанова дочь заболела"), nor one
    after a kinship word or a post in an oblique case ("жена Асанова заявила": his wife;
    "дочь президента Узбекистана Каримова": the place between is stepped over), nor
    one whose first name is in an oblique case ("Ислама Каримова")."""
    if any(names.oblique_first_name(t.text) for t in tokens[first:last + 1]) \
            and not _verb_opening_clause(tokens, last):
        return False
    j = first - 1
    while j > 0 and tokens[j].sentence == tokens[first].sentence \
            and tokens[j - 1].sentence == tokens[j].sentence and tokens[j].text[:1].isupper():
        j -= 1  # "президента Узбекистана Каримова": to the common noun before the place
    if j < 0 or tokens[j].sentence != tokens[first].sentence:
        return True
    before = tokens[j]
    if not before.text.isalpha():
        return True
    best = morph.best(before.text.lower())
    if best.tag.POS == "PREP":
        return False
    if best.tag.POS != "NOUN":
        return True
    if "anim" not in best.tag:  # "партия Путина смогла", "министр образования Юсупова"
        return _post_complement(tokens, j)
    return _nominative_post(before)


def _verb_opening_clause(tokens, last: int) -> bool:
    """"Феруза Алимова заявила, что": a verb right after the name that opens a clause
    at once leaves no room for another subject, so a first name the dictionary knows
    only as a man's oblique form ("Феруза" of "Феруз") is a woman's nominative here.
    A fronted object has its subject after the verb ("Игоря Иванова задержала полиция")."""
    if last + 2 >= len(tokens) or tokens[last + 2].sentence != tokens[last].sentence:
        return False
    verb = morph.best(tokens[last + 1].text.lower())
    return verb.tag.POS == "VERB" and verb.tag.tense == "past" \
        and tokens[last + 2].text.lower() in CLAUSE_OPENERS


def _nominative_post(token) -> bool:
    return posts.head_lemma(token.text.lower(), before_name=True) is not None \
        and posts.has_case(token, "nomn")


def _post_complement(tokens, j: int) -> bool:
    """Whether the thing named before a name (token j) belongs to a post in the
    nominative ("председатель комитета по социальной политике Хасанова"); a name after
    any other thing is its genitive ("под руководством Быкова", "партия Путина")."""
    for k in range(j - 1, max(-1, j - 1 - POST_REACH), -1):
        token = tokens[k]
        if token.sentence != tokens[j].sentence or not token.text.isalpha():
            return False
        best = morph.best(token.text.lower())
        if best.tag.POS == "NOUN" and "anim" in best.tag:
            return _nominative_post(token)
        if best.tag.POS not in ("NOUN", "ADJF", "PREP"):
            return False
    return False


def _agreeing_after(tokens, last: int) -> str | None:
    """The gender of the first past-tense verb or short adjective of the mention's clause;
    an aside between commas is stepped over ("Алимова, в свою очередь, назвала")."""
    sentence = tokens[last].sentence
    j, reach = last + 1, last + 2 + SUBJECT_REACH
    while j < min(len(tokens), reach):
        token = tokens[j]
        low = token.text.lower()
        if token.sentence == sentence and low == "," and j == last + 1:
            j = _after_aside(tokens, j)
            reach = j + 1 + SUBJECT_REACH
            continue
        if token.sentence != sentence or not low.isalpha() or low in word_set("subject_clause_words.txt"):
            return None
        parse = morph.best(low)
        if parse.tag.POS in ("VERB", "ADJS", "PRTS"):
            return _singular_gender(parse)
        j += 1
    return None


def _after_aside(tokens, comma: int) -> int:
    """The token after the comma closing a short aside of words without a verb or a
    clause word; past the end of the text when there is none."""
    for k in range(comma + 1, min(len(tokens), comma + 2 + ASIDE_REACH)):
        low = tokens[k].text.lower()
        if low == "," and k > comma + 1:
            return k + 1
        if not low.isalpha() or low in word_set("subject_clause_words.txt") or morph.best(low).tag.POS in (
                "VERB", "ADJS", "PRTS", "INFN", "GRND", "PRTF"):
            break
    return len(tokens)


def _inverted_verb(tokens, first: int, last: int) -> str | None:
    """"— ..., — заявила Асанова.": a speech verb after a dash or comma, with the name
    ending the clause, has the name for its subject."""
    verb = first - 1
    if verb >= 1 and tokens[verb].text.islower() and posts.head_lemma(tokens[verb].text, True):
        verb -= 1  # "заявила министр Юсупова"
    if verb < 1 or tokens[verb - 1].text not in INVERSION_MARKS:
        return None
    after = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if after not in CLOSERS:
        return None
    low = tokens[verb].text.lower()
    parse = morph.best(low)
    if parse.tag.POS != "VERB" or morph.lemma(low) not in word_set("speech_verbs.txt"):
        return None
    return _singular_gender(parse)


def _singular_gender(parse) -> str | None:
    tag = parse.tag
    if "sing" not in tag or tag.gender not in GENDERS:
        return None
    if tag.POS == "VERB" and "past" not in tag:
        return None
    return str(tag.gender)


def _nominative_of(word: str, sex: str) -> bool:
    """Whether the last word of the mention may be a nominative of that sex: a verb's
    gender is its subject's, and a word that cannot be the subject gets no vote."""
    low = word.lower().replace("ё", "е")
    if regex.search(NOT_MASCULINE if sex == "masc" else NOT_FEMININE, low):
        return False
    known = [p for p in morph.parses(low)
             if names.known_parse(p) and {"Name", "Surn"} & set(p.tag.grammemes)]
    return not known or any("nomn" in p.tag and (sex in p.tag or "ms-f" in p.tag) for p in known)
