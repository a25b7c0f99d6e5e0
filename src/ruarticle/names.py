"""Normal (nominative) forms of names: people, gender-aware; organisations and
places as phrases whose head noun and its agreeing adjectives are inflected.

pymorphy3 knows common first names and surnames; for the rest (most foreign
names) a few ending rules do the job: "Смаиловым" -> "Смаилов",
"Мирьяной" -> "Мирьяна".
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import morph
from .resources import word_lines

NAME_TAGS = ("Name", "Surn", "Patr")
# Oblique endings -> nominative endings, per gender; tried in order.
MASC_RULES = [
    (regex.compile(r"(.+[бвгдзклмнпрстфхжшчщц])(?:ой|ою|ы)$"), r"\1а"),  # Маэхарой -> Маэхара
    (regex.compile(r"(.+(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е)$"), r"\1"),
    (regex.compile(r"(.+(?:ск|цк))(?:ого|ому|им|ом)$"), r"\1ий"),
    (regex.compile(r"(.+[аеиоуэюя])(?:я|ю|ем)$"), r"\1й"),
    (regex.compile(r"(.+[бвгдзклмнпрстфх])(?:ем|я|ю)$"), r"\1ь"),  # Ковалем -> Коваль
    (regex.compile(r"(.+[бвгдзклмнпрстфхжшчщц])(?:а|у|ом|ем|е)$"), r"\1"),
]
FEMN_RULES = [
    (regex.compile(r"(.+(?:ов|ев|ёв|ин|ын))(?:ой|у)$"), r"\1а"),
    (regex.compile(r"(.+(?:ск|цк))(?:ой|ую)$"), r"\1ая"),
    (regex.compile(r"(.+и)(?:и|ей|ю)$"), r"\1я"),
    (regex.compile(r"(.+[бвгдзклмнпрстфх])(?:ой|ы|у|е)$"), r"\1а"),
    (regex.compile(r"(.+[жшчщц])(?:ей|и|у|е)$"), r"\1а"),
]
STEM = regex.compile(r"(?:ого|ому|ыми|ым|ими|им|ом|ой|ую|ая|ий|ый|ем|ей|ею|ью|а|я|у|ю|е|ы|и|о|ь)$")
INDECLINABLE_TAIL = regex.compile(r"[иоэ]$")
SHORT_STEM = regex.compile(r"(?<=^[^аеёиоуыэюя]?[аеёиоуыэюя][^аеёиоуыэюяйь])[аяуюе]$")
# A lone "-а" is no hint: "Донда" may be a woman, "Хамдалла" a man.
# "-ем" after a consonant is a man's instrumental ("Кемалем", "Аксоем"); a woman's ends in -ей, -ью
MASC_HINT = regex.compile(r"(?:ым|ом|[^ьаеиоуыэюя]ем|[ое]ем)$")
FEMN_HINT = regex.compile(r"(?:[оеё]в|ин|ын|ск|цк|[^аеиоуыэюя]н)(?:ой|ую|ая|ой)$|(?:ой)$")


@lru_cache(maxsize=100_000)  # clustering asks for the same words' stems over and over
def stem(word: str) -> str:
    """A case- and gender-free key of a name word: Смаилова, Смаиловым -> смаилов."""
    word = word.lower().replace("ё", "е")
    if "-" in word.strip("-"):  # "Бернерсом-Ли", "Бернерс-Ли": each part by itself
        return "-".join(stem(part) for part in word.split("-"))
    if len(word) == 3:  # "Епа", "Ира": a short stem's one-vowel ending, as in "Еп", "Ир"
        return SHORT_STEM.sub("", word)
    if word.endswith(("им", "ым")) and _nominative_name(word):
        return word  # "Максим", "Ибрагим": the name itself, not an instrumental ending
    return STEM.sub("", word) if len(word) > 3 else word


def _nominative_name(low: str) -> bool:
    return any("Name" in p.tag and p.tag.case == "nomn" and known_parse(p) for p in morph.parses(low))


def gender(forms: list[list[str]], said: list[str] = ()) -> str | None:
    """'masc' or 'femn' from every written form of one person's name, or None.

    A declined surname ("Панфиловой", "Панфиловым") outweighs a first name whose
    forms are shared by both sexes ("Александра": his genitive, her nominative).
    ``said``: the gender of each mention's agreeing verb ("Юсупова отметила"), worth a
    sure first name each (see ``agreement``)."""
    if "masc" not in said and any(_undeclined_beside(words) for words in forms) \
            and not any(len(words) > 1 and _mans_nominative(words[0]) for words in forms):
        return "femn"  # the declension proves it; only an agreeing verb or "Евгений" may say otherwise
    votes = {"masc": 0, "femn": 0}
    for sex in said:
        votes[sex] += 3  # surer than any first name: "Александра" is his genitive or her nominative
    for words in forms:
        for word in words:
            known, sure = _dictionary_gender(word)
            if known:
                votes[known] += 2 if sure else 1
            elif MASC_HINT.search(word.lower()):
                votes["masc"] += 2
            elif FEMN_HINT.search(word.lower()) and not _masculine_adjective(word):
                votes["femn"] += 2  # "Второй", "Толстой" may be a man's nominative
    if votes["masc"] == votes["femn"]:
        return None
    return max(votes, key=votes.get)


def _mans_nominative(word: str) -> bool:
    """A man's first name as it stands ("Александр"), none of its singular readings a woman's."""
    return _dictionary_gender(word) == ("masc", True) and any(
        known_parse(p) and {"Name", "masc", "nomn", "sing"} <= p.tag.grammemes for p in morph.parses(word))


def _undeclined_beside(words: list[str]) -> bool:
    """"Евгения Альбац": a first name that is his genitive or her nominative, before a
    surname ending in a consonant left as it is. A man's such surname declines with his
    first name ("Евгения Альбаца"), a woman's does not: she is named in the nominative."""
    if len(words) < 2 or not CONSONANT_END.search(words[-1].lower()) or not cyrillic(words[-1]):
        return False
    readings = [p for p in morph.parses(words[0]) if "Name" in p.tag.grammemes and known_parse(p)]
    return any({"femn", "nomn", "sing"} <= p.tag.grammemes for p in readings) \
        and any("masc" in p.tag.grammemes and p.tag.case not in ("nomn", None) for p in readings)


@lru_cache(maxsize=100_000)  # per word form: asked for every word of every mention of a person
def _dictionary_gender(word: str) -> tuple[str | None, bool]:
    """(the likelier gender of a known first name, whether no reading has the other)."""
    score = {"masc": 0.0, "femn": 0.0}
    for p in morph.parses(word):
        if "Name" in p.tag.grammemes and known_parse(p) and p.tag.gender in score and _usual(p):
            score[p.tag.gender] += p.score
    likely = max(score, key=score.get)
    if score[likely] < 0.3:
        return None, False
    return likely, min(score.values()) == 0


def known_name(word: str) -> bool:
    """Whether pymorphy3's dictionary knows the word as a first name, surname or patronymic."""
    return any(known_parse(p) and not p.tag.grammemes.isdisjoint(NAME_TAGS) for p in morph.parses(word))


def _usual(parse) -> bool:
    """A reading a name in news has: not a plural ("Ир" of "Ира") nor an informal
    vocative ("Ир!"), which would turn the Korean "Ир" into "Ира"."""
    grammemes = parse.tag.grammemes
    return "plur" not in grammemes and "Infr" not in grammemes


def one_edit(one: str, other: str) -> bool:
    """Whether two different strings are one substitution, insertion or deletion apart."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    short, long_ = sorted((one, other), key=len)
    k = next((i for i, (a, b) in enumerate(zip(short, long_)) if a != b), len(short))
    rest = short[k + 1:] if len(short) == len(long_) else short[k:]
    return long_[k + 1:] == rest


def edits_within(a: str, b: str, most: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``most + 1`` once it exceeds ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > most:
            return most + 1
    return row[-1]


def known_parse(parse) -> bool:
    """A dictionary word, not a guess built from a known ending ("Хамд" + "алла")."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


# What the other forms of one name word prove about how it declines.
A_DECLENSION = regex.compile(r"[^аеиоуыэюяй](?:ой|ою|ы)$")     # Дондой, Донды: -а is its nominative
BARE = regex.compile(r"(?<!ом|ым|ем|им)(?<=[бвгдзклмнпрстфхжшчщцьй])$")  # Панфилов, Амстель; not Ковалем
# Юкия, Гия: "-ия" may be a man's nominative as much as the genitive of an "-ий"
A_FORM = regex.compile(r"(?:[^аеиоуыэюя][ая]|[иь]я)$")
VOWEL_END = regex.compile(r"[еиоуэю]$", regex.IGNORECASE)
J_NOMINATIVE = regex.compile(r"[^аеиоуыэюя][оеу]й$")  # Аксой (Аксоем), Гарсией is no such
FEMININE_OBLIQUE = regex.compile(r"(?:[оеё]в|[иы]н|ск|цк)ой$")  # Петровой, Брянской
CONSONANT_END = regex.compile(r"[бвгдзклмнпрстфхжшчщць]$")
OBLIQUE_Y = regex.compile(r"[бвгдзклмнпрстфхжшчщц]ы$")  # "Зумы": no one's nominative
CONSONANT_A = regex.compile(r"[^аеиоуыэюяйь]а$")
RUSSIAN_SURNAME = regex.compile(r"(?:[оеё]в|[иы]н)а$")
ROMANIAN_SURNAME = ("еску", "эску", "ску")
EPITHET = regex.compile(r"-(?:младш|старш)\p{Ll}*$")  # "Буш-младший": the surname is "Буш"


def nominatives(mentions: list[list[str]], said: list[str] = (), cased: list[bool] = ()) -> dict[str, str]:
    """The nominative of every name word of one person, from all its mentions.

    A word's forms across the article decide what an ending means: "Маэхара" alone
    may be indeclinable or a woman's name and is kept; "Панфилова" next to
    "Панфиловым" is a man's genitive; "Донда" next to "Донды" is a woman's nominative.
    ``said``: the genders agreeing words show, one per mention that has them;
    ``cased``: per mention, whether the words around it show an oblique case (a post
    before it that cannot be nominative: "министра Фаридуна Назарзода").
    """
    sex = gender(mentions, list(said) + _his_genitives(mentions, cased))
    # a later word in "-ы" ("Джейкоба Зумы") shows the mention oblique as a post before it does
    cased = [n < len(cased) and cased[n] or len(words) > 1 and any(
        OBLIQUE_Y.search(w.lower()) for w in words[1:]) for n, words in enumerate(mentions)]
    forms: dict[str, list[str]] = {}
    oblique = set()  # words written next to a first name in an oblique case
    upright = {}  # word -> whether every mention of it has a first name that is a nominative
    fixed = {w for words in mentions for w in undeclined(words)}
    for n, words in enumerate(mentions):
        declined = any(oblique_first_name(w) for w in words) or cased[n] \
            and not any(_nominative_of(w, sex) for w in words)  # "У министра Иван Петров забрал"
        for word in words:
            seen = forms.setdefault(stem(word), [])
            if seen.count(word) < 2:  # two of a form tell all the rules need: linear in mentions
                seen.append(word)
            if declined:
                oblique.add(word)
            beside = any(_nominative_of(w, sex) for w in words if w != word) \
                or _j_after_bare(words, word)
            if len(words) > 1 or not J_NOMINATIVE.search(word.lower()):  # a lone "Аксой" says nothing
                upright[word] = upright.get(word, True) and beside
    forms = _j_stems_joined(forms)
    out = {}
    for seen in forms.values():
        declined = any(w in oblique for w in seen)
        for word in dict.fromkeys(seen):
            if len(set(seen)) == 1 and upright.get(word, False) and not known_name(word):
                out[word] = word  # "Михаил Хасая": beside "Михаил" the surname is a nominative
                continue
            if word in fixed and len(set(seen)) == 1:
                out[word] = word  # "Лоры Дюпре": no genitive of "Дюпра", an undeclined surname
                continue
            if sex == "femn" and len(set(seen)) == 1 and _mans_name_only(word):
                out[word] = word  # "Сауле Ержанова": a woman's name the dictionary knows only as a man's form
                continue
            out[word] = _hyphenated(word, sex, seen, declined)
    return _agreeing_in_case(mentions, forms, out, sex, cased)


def undeclined(words: list[str]) -> list[str]:
    """The words of one mention that keep their form in every case."""
    return _romanian(words) + _undeclined_beside_genitive(words)


def _romanian(words: list[str]) -> list[str]:
    """"Александру Попеску", "Богдана Ионеску": a Romanian surname in "-ску" never declines,
    nor does a first name in "-у" before it ("Александру", "Раду")."""
    if not words or not words[-1].lower().endswith(ROMANIAN_SURNAME) or known_name(words[-1]):
        return []
    return [words[-1]] + [w for w in words[:-1] if w.lower().endswith("у")]


def _undeclined_beside_genitive(words: list[str]) -> list[str]:
    """Surnames after a first name that is a genitive ("Лоры") which have no genitive
    reading themselves ("Дюпре", read as a dative of "Дюпра"): they do not decline."""
    if len(words) < 2 or not _genitive_first_name(words[0]):
        return []
    return [w for w in words[1:] if cyrillic(w) and not known_name(w)
            and not any(p.tag.case == "gent" for p in morph.parses(w))]


def _genitive_first_name(word: str) -> bool:
    found = [p for p in morph.parses(word) if "Name" in p.tag.grammemes and known_parse(p)]
    return bool(found) and all(p.tag.case == "gent" or "plur" in p.tag.grammemes for p in found) \
        and any(p.tag.case == "gent" for p in found)


def _mans_name_only(word: str) -> bool:
    """The dictionary reads the word only as a form of a man's first name."""
    found = [p for p in morph.parses(word) if "Name" in p.tag.grammemes and known_parse(p)]
    return bool(found) and all(p.tag.gender == "masc" for p in found) \
        and not any(p.tag.case == "nomn" for p in found)


def _nominative_of(word: str, sex: str | None) -> bool:
    """A first name that can only be a nominative, of a person of this sex: "Эда" is
    her nominative, and for a man his genitive ("шерифа Эда Смита")."""
    return _nominative_only(word) and not (sex == "masc" and _her_nominative_only(word))


def _his_genitives(mentions, cased) -> list[str]:
    """A vote for a man per mention the words around show oblique ("шерифа Эда Смита")
    whose first name reads only as a woman's nominative: hers would be oblique there
    too ("шерифа Эды Смит"), so the "-а" is his genitive ("Эд")."""
    return ["masc" for n, words in enumerate(mentions)
            if n < len(cased) and cased[n] and len(words) > 1 and (
                _her_nominative_only(words[0]) and not RUSSIAN_SURNAME.search(words[-1].lower())
                or _indeclinable_first(words[0]) and RUSSIAN_SURNAME.search(words[-1].lower()))]
    # "Оксана Ветлугина" may be hers; "хокима Хайрулло Бозорова": a first name that never
    # declines leaves the surname to show the case, and hers would be "Бозоровой" there


def _indeclinable_first(word: str) -> bool:
    """A man's first name in "-о"/"-у"/"-и" that keeps its form ("Хайрулло", "Абдулло")."""
    found = [p for p in morph.parses(word) if "Name" in p.tag.grammemes]
    return bool(found) and INDECLINABLE_TAIL.search(word.lower()) is not None \
        and all("Fixd" in p.tag.grammemes and "masc" in p.tag.grammemes for p in found)


@lru_cache(maxsize=100_000)  # per word form: asked for the first word of oblique mentions
def _her_nominative_only(word: str) -> bool:
    found = [p for p in morph.parses(word) if "Name" in p.tag.grammemes and known_parse(p)]
    return bool(found) and CONSONANT_A.search(word.lower()) is not None \
        and all({"femn", "nomn"} <= p.tag.grammemes for p in found)


def _j_after_bare(words: list[str], word: str) -> bool:
    """"Кемаль Аксой": a man's first name in its bare form can only be a nominative, so
    the "-ой" of the surname after it is the nominative's own (as in "Толстой"), no case
    ending to strip. A Russian woman's surname ("Кармен Петровой") is left to the rules."""
    return len(words) > 1 and word != words[0] and J_NOMINATIVE.search(word.lower()) is not None \
        and not FEMININE_OBLIQUE.search(word.lower()) and BARE.search(words[0].lower()) is not None \
        and cyrillic(words[0]) and not oblique_first_name(words[0])


def _j_stems_joined(forms: dict[str, list[str]]) -> dict[str, list[str]]:
    """"Аксой" and "Аксоем" are one word declined like "герой": the nominative's "-ой"
    is no adjective's ending, as the other form shows (its stem is "аксо", not "акс")."""
    for key, seen in list(forms.items()):
        for word in seen:
            other = word.lower().replace("ё", "е")[:-1]
            if J_NOMINATIVE.search(word.lower()) and other != key and other in forms:
                forms[key] = seen + forms.pop(other)
                break
    return forms


def _agreeing_in_case(mentions, forms, out: dict[str, str], sex: str | None,
                      cased: list[bool] = ()) -> dict[str, str]:
    """The words of one mention share its case: beside a surname proven oblique by its
    own paradigm ("Назарзоды" of "Назарзода"), a first name the dictionary does not
    know is oblique too, and an "-а" there is a man's genitive ("Фаридуна": a woman's
    "Фаридуна" would be "Фаридуны"). A mention the words around it show oblique
    ("министра Фаридуна Назарзода") says the same of its first name, not of its
    surname, which may not decline at all."""
    if sex == "femn":
        return out
    seen_of = {w: seen for seen in forms.values() for w in seen}
    for n, words in enumerate(mentions):
        if not any(out.get(w, w) != w and out[w] in seen_of.get(w, ()) for w in words):
            if n < len(cased) and cased[n] and len(words) > 1 and _declinable_a(words[0], seen_of) \
                    and CONSONANT_A.search(words[0].lower()):  # "Юкия" may be his nominative
                out[words[0]] = _by_rules(words[0], "masc")
            continue
        for word in words:
            if _declinable_a(word, seen_of):
                out[word] = _by_rules(word, "masc")
    return out


def _declinable_a(word: str, seen_of: dict) -> bool:
    """An unknown Cyrillic name word seen in one form only, ending in "-а" after a
    consonant: in an oblique case, a man's genitive."""
    return len(set(seen_of.get(word, ()))) == 1 and A_FORM.search(word.lower()) is not None \
        and not known_name(word) and cyrillic(word) and "-" not in word


@lru_cache(maxsize=100_000)  # per word form: asked for each word beside every other of a mention
def _nominative_only(word: str) -> bool:
    """A known first name none of whose readings is an oblique case: "Михаил", "Сергей"."""
    found = [p for p in morph.parses(word) if "Name" in p.tag.grammemes and known_parse(p)]
    return bool(found) and all(p.tag.case == "nomn" and "sing" in p.tag.grammemes for p in found)


@lru_cache(maxsize=100_000)  # per word form: asked for every word of every mention
def oblique_first_name(word: str) -> bool:
    """A known first name that is hardly ever a nominative: "Игоря", "Элвиса", "Джону";
    not "Панфилов", a surname before it is the plural of "Панфил"."""
    total = nominative = 0.0
    for p in morph.parses(word):
        # a prepositional reading needs its preposition, which no name written bare has:
        # "Сауле" is a Kazakh woman's name before it is Saul's "о Сауле"
        if "Name" in p.tag.grammemes and known_parse(p) and _usual(p) and p.tag.case not in ("loct", "loc2"):
            if "Fixd" in p.tag.grammemes:
                return False  # "Амаду" never declines: it says nothing of the case
            total += p.score
            nominative += p.score if p.tag.case == "nomn" else 0
    return total > 0 and nominative < 0.2 * total


def person(words: list[str], sex: str | None) -> list[str]:
    """Nominative form of each word of a person's name."""
    return [_hyphenated(word, sex) for word in words]


def _hyphenated(word: str, sex: str | None, seen: list[str] = (), oblique=None) -> str:
    if "-" in word:  # Касым-Жомартом: only the last part declines
        head, _, tail = word.rpartition("-")
        if tail.islower() and cyrillic(tail):  # Буша-младшего: the name and its epithet
            heads = [w.rpartition("-")[0] for w in seen]
            return _name_word(head, sex, heads, oblique) + "-" + _epithet(tail, sex)
        tails = [w.rpartition("-")[2] for w in seen]
        if INDECLINABLE_TAIL.search(tail):  # "Бернерсом-Ли": the part before "Ли" declines
            heads = [w.rpartition("-")[0] for w in seen]
            return _name_word(head, sex, heads, oblique) + "-" + tail
        return head + "-" + _name_word(tail, sex, tails, oblique)
    return _name_word(word, sex, seen, oblique)


def _name_word(word: str, sex: str | None, seen: list[str] = (), oblique=None) -> str:
    """``seen``: every form of this word in the article; ``oblique``: whether it stood
    next to a declined first name (None: unknown, the old ending rules apply)."""
    if not word[:1].isalpha() or word.isupper() or not cyrillic(word):
        return word
    fixed = _fixed_suffix(word)
    if fixed:
        return fixed
    adjective = _adjectival(word, sex)
    if adjective:
        return adjective
    if oblique is not None and not known_name(word):
        return _unknown_word(word, sex, seen, oblique)
    if oblique is False and sex and _may_be_nominative(word, sex):
        return word  # "Абдулла" is a nominative too, not only Абдулл's genitive
    for parse in morph.parses(word):
        if (known_parse(parse) and any(t in parse.tag for t in NAME_TAGS)
                and _gender_fits(parse, sex) and _usual(parse)):
            if parse.tag.case == "nomn":
                return word
            form = morph.inflect(parse, {"nomn", "sing"})
            if form:
                return _cased(form.word, word)
    return _by_rules(word, sex)


@lru_cache(maxsize=10_000)
def _fixed_suffix(word: str) -> str | None:
    """"Назарзода", "Мамедзаде" (name_fixed_suffixes.txt) as written, "Назарзоды" as
    "Назарзода"; None for other words."""
    low = word.lower()
    for suffix in word_lines("name_fixed_suffixes.txt"):
        if low.endswith(suffix) and len(low) > len(suffix):
            return word
        if suffix.endswith("а") and len(low) > len(suffix) + 1 and \
                regex.search(regex.escape(suffix[:-1]) + r"(?:ы|е|у|ой|ою)$", low):
            return word[:len(low) - len(low.rpartition(suffix[:-1])[2])] + "а"
    return None


def _masculine_adjective(word: str) -> bool:
    return any(p.tag.POS == "ADJF" and {"masc", "nomn"} <= set(p.tag.grammemes) and known_parse(p)
               for p in morph.parses(word))


def _adjectival(word: str, sex: str | None) -> str | None:
    """A name word every reading of which is an adjective the dictionary knows
    declines as one: "Долгорукому" -> "Долгорукий", "Поперечного" -> "Поперечный";
    "Второй" of "Теодориус Второй" stays."""
    found = morph.parses(word)
    if not found or found[0].tag.POS != "ADJF" or not all(
            known_parse(p) and not any(t in p.tag for t in NAME_TAGS) for p in found):
        return None
    form = morph.inflect(found[0], {"nomn", "sing", sex or "masc"})
    return _cased(form.word, word) if form else None


def _epithet(word: str, sex: str | None) -> str:
    """"младшего" -> "младший": an adjective after a name, in the nominative of the
    person's sex (masculine when unknown: such epithets mostly follow men's names)."""
    for parse in morph.parses(word):
        if parse.tag.POS == "ADJF" and known_parse(parse):
            form = morph.inflect(parse, {"nomn", "sing", sex or "masc"})
            return form.word if form else word
    return word


def _may_be_nominative(word: str, sex: str) -> bool:
    return any(known_parse(p) and "Name" in p.tag and p.tag.case == "nomn" and "sing" in p.tag
               and _gender_fits(p, sex) for p in morph.parses(word))


def _by_rules(word: str, sex: str | None) -> str:
    rules = FEMN_RULES if sex == "femn" else MASC_RULES if sex == "masc" else []
    for pattern, replacement in rules:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word


def _unknown_word(word: str, sex: str | None, seen: list[str], oblique: bool) -> str:
    """A name pymorphy3 does not know: endings are stripped only when another form
    of the same word proves the stem; otherwise a form that may be nominative stays."""
    lower = [w.lower() for w in seen] or [word.lower()]
    declines_in_a = any(A_DECLENSION.search(w) for w in lower)
    bare = next((w for w in seen if BARE.search(w.lower())), None)
    if bare and (sex != "femn" or not declines_in_a):
        return bare  # Панфилов, or a woman's indeclinable Визбор, seen written as is
    if any(w.lower().endswith(("ом", "ым")) for w in seen) and not declines_in_a:
        sex = "masc"  # Панфиловым: a consonant stem, a man
    a_form = next((w for w in seen if A_FORM.search(w.lower())), None)
    if a_form and sex != "masc" or a_form and declines_in_a:
        return a_form  # Донда (Донды), Маэхара (Маэхарой)
    if a_form:  # every form of the word follows what its -а form means
        proven = sex == "masc" and (RUSSIAN_SURNAME.search(a_form.lower()) or oblique or
                                    any(w.lower().endswith(("ом", "ым")) for w in seen))
        return _by_rules(a_form, "masc") if proven else a_form  # Хамдалла, Маэхара stay
    if len(set(lower)) == 1 and (len(lower) >= 2 or not oblique) and VOWEL_END.search(word):
        return word  # a form that never changes or may not: indeclinable (Китано, Туре)
    if sex is None and declines_in_a:
        sex = "femn"
    return _by_rules(word, sex)


def _gender_fits(parse, sex: str | None) -> bool:
    return sex is None or sex in parse.tag or "ms-f" in parse.tag


CYRILLIC = regex.compile(r"\p{Cyrillic}")


def cyrillic(word: str) -> bool:
    """Whether the word has any Cyrillic letter (Russian, Kazakh, Ukrainian, ...)."""
    return CYRILLIC.search(word) is not None


def _cased(form: str, like: str) -> str:
    """Copy the capitalisation of ``like`` onto ``form`` (part by part for hyphens)."""
    if "ё" not in like.lower():
        form = form.replace("ё", "е")
    if like.isupper() and len(like) > 1:
        return form.upper()
    parts, models = form.split("-"), like.split("-")
    if len(parts) != len(models):
        return form[:1].upper() + form[1:] if like[:1].isupper() else form
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for p, m in zip(parts, models))


def phrase(words: list[str]) -> list[str]:
    """Nominative form of a noun phrase: the head noun and the adjectives before it.

    "Международного комитета Красного Креста" -> "Международный комитет Красного Креста".
    """
    return list(_phrase(tuple(words)))


@lru_cache(maxsize=50_000)  # an article names the same organisations and posts again and again
def _phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    head = _head(words)
    if head is None:
        return words
    compound = morph.compound_tail(words[0]) if head == 0 else None
    if compound:  # "Нацполиции Украины" -> "Нацполиция Украины"
        return (_cased(compound[0] + compound[1].normal_form, words[0]), *words[1:])
    case, number, parses = _agreement(words[:head + 1])
    if parses is None or case == "nomn":
        return words
    out = list(words)
    noun = parses[-1]
    if not known_parse(noun):
        return words  # a guessed noun ("Дорогинка") would be inflected into nonsense
    for i, parse in enumerate(parses):
        wanted = {"nomn", number}
        if i < head and number == "sing" and noun.tag.gender:
            wanted.add(noun.tag.gender)
        form = morph.inflect(parse, wanted)
        word = form.word if form is not None else None
        if word is not None and not _same_stem(word, words[i], i == head) and i < head:
            word = _swap_ending(word, words[i])  # "высшую" -> "высшая", not "высочайшая"
        if word is None or not _same_stem(word, words[i], i == head):
            return words
        out[i] = _cased(word, words[i])
    return tuple(out)


def _same_stem(form: str, word: str, noun: bool = False) -> bool:
    """Inflection changes endings only ("высшую" must not become "высочайшая"); a noun
    may also drop a fleeting vowel ("отца" -> "отец")."""
    form, word = form.lower().replace("ё", "е"), word.lower().replace("ё", "е")
    stem = ENDING.sub("", word) if len(word) > 3 else word
    if noun:
        stem = stem[:max(1, len(stem) - 1)]
    return form.startswith(stem)


ENDING = regex.compile(r"(?:ами|ями|ого|его|ому|ему|ыми|ими|ах|ях|ов|ев|ей|ой|ом|ем|ую|юю|ая|яя"
                       r"|ое|ее|ые|ие|ый|ий|ых|их|ым|им|ам|ям|а|я|у|ю|е|о|ы|и|ь|й)$")


ADJ_ENDING = regex.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ую|юю|ой|ей|ых|их|ым|им|ом|ем|ая|яя|ое|ее|ые|ие|ый|ий)$")


def _swap_ending(form: str, word: str) -> str | None:
    """The word's own stem with the ending of the inflected form."""
    old, new = ADJ_ENDING.search(word.lower()), ADJ_ENDING.search(form.lower())
    if not old or not new:
        return None
    return word[:old.start()] + new.group()


def _head(words: list[str]) -> int | None:
    """Index of the first noun after leading adjectives, or None."""
    for i, word in enumerate(words):
        if not cyrillic(word) or (word.isupper() and len(word) > 1):
            return None
        tags = {p.tag.POS for p in morph.parses(word)}
        adjective = bool(tags & {"ADJF", "PRTF", "NUMR"})
        if adjective and i + 1 < len(words) and _noun_like(words[i + 1]):
            continue  # "Московской области": an adjective that may also be a surname
        if "NOUN" in tags:
            return i
        if not adjective:
            return None
    return None


def _noun_like(word: str) -> bool:
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in morph.parses(word))


def _agreement(words: list[str]):
    """(case, number, parses) under which the leading adjectives agree with the noun."""
    noun_word = words[-1]
    for noun in morph.parses(noun_word):
        if noun.tag.POS != "NOUN" or noun.tag.case is None:
            continue
        chosen = []
        for word in words[:-1]:
            parse = _agreeing(word, noun)
            if parse is None:
                break
            chosen.append(parse)
        else:
            return noun.tag.case, noun.tag.number or "sing", [*chosen, noun]
    return None, None, None


def _agreeing(word: str, noun):
    for parse in morph.parses(word):
        tag = parse.tag
        if tag.POS not in ("ADJF", "PRTF", "NUMR") or tag.case != noun.tag.case:
            continue
        if tag.number == noun.tag.number and (
                tag.number == "plur" or tag.gender in (None, noun.tag.gender)):
            return parse
    return None
