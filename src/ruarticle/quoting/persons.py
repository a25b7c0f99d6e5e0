"""Word tests over person phrases: pronouns, gender and number, descriptions, mentions of names."""
from __future__ import annotations

import regex

from .. import acronyms, morph
from ..records import Entity
from ..posts import canonical
from ..resources import once, table, word_set
from . import names
from .lexicon import org_head
from ..names import EPITHET, edits_within, stem as name_stem
from .roster import nominative_in
from .words import (Word, best_pos, is_latin, is_name_like, is_person_name, is_proper, parses, pronoun_gender,
                    tokenize)
from .bodies import described_company, spokesperson

MIN_STEM_MATCH = 5  # letters of a surname that find it in any case ("Уитакер", "Уитакера")
PERSON_READING = 0.05  # least score of a noun's animate reading taken for a description
DEPENDENT_WORDS = 1  # "лидер консерваторов"; longer ones name a body ("глава группы наблюдателей")
MISSPELT_LONG = 7  # letters of a surname that may be misspelt in two letters


def declined(mention: str, name: str) -> bool:
    """Whether a mention ends in the name's last word with a case ending added
    ("Маркива" for "Виталий Маркив"): not the nominative, whatever the dictionary knows."""
    said, base = mention.split()[-1:], name.split()[-1:]
    if not said or not base:
        return False
    said, base = said[0].lower().replace("ё", "е"), base[0].lower().replace("ё", "е")
    return said != base and said.startswith(base) and len(said) - len(base) <= 2


def near_spelling(a: str, b: str) -> bool:
    """Two spellings of one surname: one letter apart, or two in a long name that keeps
    its first three letters ("Кабельо"/"Кабейо"); endings alone differ between relatives
    ("Иванов"/"Иванова")."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if a == b or a.startswith(b) or b.startswith(a) or a[:2] != b[:2]:
        return False
    most = 2 if max(len(a), len(b)) >= MISSPELT_LONG and a[:3] == b[:3] else 1
    return edits_within(a, b, most) <= most


def written_as_name(text: str, start: int, end: int, name: str = "") -> bool:
    """A mention with a name in it, not a common noun the entities stage tied to a person
    ("Сенатор заслужил ..." is no new subject); a word of the person's own name counts
    even when it is also a dictionary word ("Шерхан" of "Мин Бахадур Шерхан")."""
    own = set(name.split()[1:])
    return any(w.is_upper and (is_person_name(w) or not morph.known(w.low) or w.text in own)
               for w in tokenize(text, start, end) if w.is_word)


def possessor(text: str, start: int, end: int) -> bool:
    """A name in the genitive right after a common noun: "интервью господина Рахимова"."""
    words = tokenize(text, max(0, start - 40), end)
    inside = [w for w in words if w.start >= start and w.is_word]
    before = [w for w in words if w.end <= start and w.is_word]
    return bool(inside and before) and not before[-1].is_upper and best_pos(before[-1]) == "NOUN" \
        and any("gent" in p.tag for p in parses(inside[-1])[:2])


def plausible_person(entity: Entity) -> bool:
    """Not a lone dictionary word without any name reading ("Побритый")."""
    words = [w for w in tokenize(entity.name) if w.is_word]
    return len(words) != 1 or not morph.known(words[0].low) or is_person_name(words[0]) \
        or words[0].text.isupper()


def group(words: list[Word], animate: bool = False) -> bool:
    """A phrase headed by a plural noun for people that speak for no named body;
    ``animate`` (a plural verb) reads the head as people when it may be ("Критики
    Алиева считают", not "критики" as a thing's genitive)."""
    content = _past_modifiers([w for w in words if w.is_word])
    if not content or is_name_like(content[0]) or best_pos(content[0]) != "NOUN":
        return False
    served = morph.lemma(content[0].low) in word_set("quote_served_people.txt")  # "Клиенты банка «X»"
    if not served and any(w.text in "«\"" or (w.text.isupper() and len(w.text) > 1) for w in words):
        return False  # "Повстанцы «Талибана»", "боевики ИГ" speak for their organisation
    noun = person_noun(content[0]) if animate else parses(content[0])[0]
    return {"anim", "plur", "nomn"} <= set(noun.tag.grammemes) and not org_head(content[0]) \
        and morph.lemma(content[0].low) not in word_set("quote_spokespeople.txt")


def counted_or_substantive(words: list[Word]) -> bool:
    """"Оба претендента", "Знакомые артиста": two or more people counted, or a plural
    adjective standing for people, before a genitive or nothing: nobody one name fits."""
    content = [w for w in words if w.is_word]
    if not content or is_name_like(content[0]):
        return False
    first = parses(content[0])[0]
    if first.tag.POS == "NUMR" and "Coll" in first.tag or first.normal_form in ("оба", "обе"):
        return True
    counted = next((w for w in content[1:] if best_pos(w) not in ("ADJF", "PRTF")), None)
    if counted is not None and content[0].low in word_set("quote_quantifiers.txt") \
            and any({"NOUN", "plur", "gent"} <= set(p.tag.grammemes) | {p.tag.POS} for p in parses(counted)):
        return True  # "Несколько (крупных) заводов", "Ряд экспертов": some of many, none named
    rest_nominative = len(content) > 1 and any("nomn" in p.tag and p.tag.POS == "NOUN"
                                               for p in parses(content[1]))
    return first.tag.POS == "ADJF" and {"plur", "nomn"} <= set(first.tag.grammemes) \
        and not rest_nominative and len(content) > 1


def _past_modifiers(content: list[Word]) -> list[Word]:
    """The words from the head noun of a phrase opened by a plural participle or adjective:
    "Лечащие Чавеса кубинские врачи" -> "врачи" (Чавес depends on the participle)."""
    if len(content) < 2 or best_pos(content[0]) not in ("ADJF", "PRTF") \
            or not {"plur", "nomn"} <= set(parses(content[0])[0].tag.grammemes):
        return content
    for n, w in enumerate(content[1:], 1):
        tag = parses(w)[0].tag
        if tag.POS == "NOUN" and not is_name_like(w) and {"plur", "nomn"} <= set(tag.grammemes):
            return content[n:]
    return content


def stray_noun(first: Word, second: Word) -> bool:
    """A lowercase thing-noun left over from an adverbial before a person's noun in the
    nominative: the noun belongs to "в интервью", "в то же время", not to the speaker."""
    if not (first.is_word and second.is_word) or first.is_upper or org_head(first) \
            or best_pos(first) != "NOUN" or "inan" not in parses(first)[0].tag:
        return False
    head = person_noun(second)
    return head.tag.POS == "NOUN" and {"anim", "nomn"} <= set(head.tag.grammemes) \
        and not is_name_like(second)


def proper_mention(words: list[Word], start: int, end: int, entity: Entity | None = None) -> bool:
    """A mention written as a name ("Смаилов", "МИД"), not as an adjective ("итальянские",
    "норвежский") or a common noun the entities stage tied to a person ("коронер").
    With the entity: a surname declined as an adjective ("По словам Бельского", "по
    мнению Тельновой") is a name when it is the entity's own surname in another case."""
    inside = [w for w in words if w.is_word and start <= w.start and w.end <= end]
    if not inside:
        return False
    if all(best_pos(w) == "ADJF" and not _with_epithet(w) for w in inside):
        return entity is not None and adjectival_surname(inside, entity)
    first = inside[0]  # "собеседник ТАСС", "президента США" are posts, not names
    return is_proper(first) or (first.initial and is_name_like(first)) or first.text.isupper()


def _with_epithet(word: Word) -> bool:
    """"Уильямс-младшая": a capitalised name with an epithet, which reads as an adjective."""
    return word.is_upper and EPITHET.search(word.low) is not None


def adjectival_surname(inside: list[Word], entity: Entity) -> bool:
    """One capitalised word the dictionary reads only as an adjective ("Бельского",
    "Тимаковой"), whose stem is that of the person's surname ("Роман Бельский",
    "Наталья Тимакова"): the surname in an oblique case. A capitalised adjective opening a
    sentence ("Итальянские") shares no stem with anyone's surname."""
    parts = entity.name.split()
    return entity.type == "PER" and len(inside) == 1 and inside[0].is_upper and bool(parts) \
        and "-" not in inside[0].text and name_stem(inside[0].text) == name_stem(parts[-1])


def can_name(mention: str, entity: Entity) -> bool:
    """Whether a mention can name its entity: a person, an abbreviation, or a word of
    the entity's name ("Суд" is no mention of "Викиновости")."""
    if entity.type in ("PER", "LOC") or mention.isupper() or mention == entity.name:
        return True  # a place's mention names it in any form: "Британия" is Великобритания
    have = {morph.lemma(w.low) for w in tokenize(entity.name) if w.is_word}
    words = [w for w in tokenize(mention) if w.is_word]
    # "Генпрокуратура" shares no word with "Генеральная прокуратура" yet stands for it
    return any(morph.lemma(w.low) in have or acronyms.stands_for(w.text, entity.name) for w in words)


def _can_be_subject(word: Word) -> bool:
    return not morph.known(word.low) or any("nomn" in p.tag for p in parses(word))


def heads(words: list[Word], start: int, end: int, kind: str, gender: str | None = None) -> bool:
    """Whether a mention is the speaker itself rather than a dependent of the phrase's
    head: "пресс-служба МИД" is not МИД, "внук Манделы" is not Мандела, "его адвокат"
    is not he, but "министр Антон Силуанов" is Силуанов."""
    content = [w for w in words if w.is_word]
    index = next((n for n, w in enumerate(content) if w.end > start), None)
    if index == 0 and content[0].low in word_set("quote_possessives.txt") and len(content) > 1:
        return False
    if index == 0 and end < content[-1].end and not _can_be_subject(content[0]):
        return False  # "Интерфаксу источники": the addressee, then the speaker
    if index is None or index == 0:
        return index == 0
    last = max((n for n, w in enumerate(content) if w.start < end), default=index)
    if kind == "ORG" and spokesperson(words) is not None:
        return True  # "представитель Microsoft" speaks for Microsoft
    if kind == "ORG" and last == len(content) - 1 and described_company(content, index):
        return True  # "японский автопроизводитель Hoshida Motor" is Hoshida Motor
    if kind != "PER" or names.dependent(content, index, last + 1):
        return False
    # "тренер Дадашева" names a woman Дадашева or depends on the head: not the man Дадашев
    # a person's head is animate: "аналитика" after "по словам" is the analyst's genitive
    animate = [p for p in parses(content[0]) if "anim" in p.tag]
    head_nominative = any("nomn" in p.tag for p in (animate or parses(content[0]))[:1])
    mention = " ".join(w.text for w in content[index:last + 1])
    return not head_nominative or nominative_in(mention, gender)


def lone_pronoun(words: list[Word]) -> str | None:
    """The gender a lone personal pronoun asks for ("он" -> masc), or None."""
    content = [w for w in words if w.is_word]
    return pronoun_gender(content[0]) if len(content) == 1 else None


def one_nominative(word: Word) -> bool:
    """A word that may name one person in the nominative ("Хамад", not "Мии")."""
    return not morph.known(word.low) or not any("anim" in p.tag for p in parses(word)) \
        or any({"nomn", "sing"} <= set(p.tag.grammemes) for p in parses(word))


def surname_stem(name: str) -> str:
    return name.split()[-1].lower().replace("ё", "е")[:MIN_STEM_MATCH] if name.split() else ""


def description(words: list[Word]) -> bool:
    """A singular person described by a common noun, with adjectives before it and at
    most a place after it: "музыкант", "81-летний актёр", "президента США"."""
    content = [w for w in words if w.is_word]
    head = next((n for n, w in enumerate(content) if best_pos(w) == "NOUN"), None)
    if head is None or any(best_pos(w) not in ("ADJF", "NUMR", None) and not w.text[0].isdigit()
                           for w in content[:head]):
        return False
    noun = _singular_person(content[head])
    rest = content[head + 1:]
    return ("anim" in noun.tag and "sing" in noun.tag and _dependent(rest)
            and morph.normal(noun) not in word_set("quote_anonymous.txt"))


def _singular_person(word: Word):
    """A noun's person reading, singular when it has a likely one: "по словам девушки" is
    one girl's account, though the dictionary reads "девушки" first as a plural."""
    return next((p for p in parses(word) if p.tag.POS == "NOUN" and {"anim", "sing"} <= set(p.tag.grammemes)
                 and p.score >= PERSON_READING), person_noun(word))


def someone_else(words: list[Word]) -> bool:
    """A description headed by a functionary's noun ("коронер", "российский прокурор"):
    nobody the article has named, unless named with that very noun."""
    head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and morph.normal(person_noun(head)) in word_set("quote_functionaries.txt")


def person_noun(word: Word):
    """The reading of a noun as a person when it has a likely one: "политика" after
    "87-летнего" is the politician, not politics."""
    return next((p for p in parses(word) if p.tag.POS == "NOUN" and "anim" in p.tag
                 and p.score >= PERSON_READING), parses(word)[0])


def _dependent(rest: list[Word]) -> bool:
    """Words after a described person's noun that only say whose it is: "лидер
    консерваторов", "глава GM", "соратник северокорейского вождя" (genitives and names,
    no place after "в"); a second noun names a body ("глава группы наблюдателей")."""
    # a name in Latin letters is one word however many it has ("участница Pussy Riot")
    nouns = [w for n, w in enumerate(rest) if best_pos(w) != "ADJF"
             and not (n and is_latin(w) and is_latin(rest[n - 1]))]
    return len(nouns) <= DEPENDENT_WORDS and all(
        is_latin(w) or any("gent" in p.tag for p in parses(w)[:1]) and not is_person_name(w)
        for w in rest)  # "дядя Шварца" is not Шварц: a person's name makes it someone else


def head_gender(words: list[Word]) -> str | None:
    """The gender of a phrase's first noun ("газета «Коммерсант»" -> femn)."""
    head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    found = parses(head)[0].tag.gender if head is not None else None
    return str(found) if found else None


def maker(word: Word) -> bool:
    """"создатель", "основательница", "автор": a person known by what they made or own."""
    noun = person_noun(word)
    return noun.tag.POS == "NOUN" and "nomn" in noun.tag and morph.normal(noun) in word_set("quote_makers.txt")


def person_head(words: list[Word]) -> bool:
    """A phrase headed by a common noun for a person ("шеф", "глава"), not a body."""
    head = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return head is not None and (not head.is_upper or head.initial) and not org_head(head) \
        and {"anim", "sing"} <= set(parses(head)[0].tag.grammemes) and not is_name_like(head)


def noun_number(words: list[Word]) -> str | None:
    noun = next((w for w in words if w.is_word and best_pos(w) == "NOUN"), None)
    return None if noun is None else ("plur" if "plur" in parses(noun)[0].tag else "sing")


def unnamed_source(words: list[Word]) -> bool:
    """A phrase headed by "источник"/"собеседник", in any case ("по словам источника
    агентства в прокуратуре"): nobody the article names. The first nominative noun
    is the head, so "Интерфаксу источники" is one too; "неназванный представитель
    министерства" is nobody either."""
    for w in words:
        if w.is_word and morph.lemma(w.low) in word_set("quote_unnamed_modifiers.txt"):
            return True
        if w.is_word and best_pos(w) == "NOUN":
            if morph.lemma(w.low) in word_set("quote_unnamed_sources.txt"):
                return True
            if any("nomn" in p.tag for p in parses(w)[:2]):
                return False
    return False


def one_of_many(words: list[Word]) -> bool:
    """"Один агент", "Одна из пассажирок", "Один из членов политсовета «Единой России»":
    someone the writer counts out of many without a name, nobody the article names (a
    name given after it, "один из зрителей, Хоакин Ортис", still names them)."""
    content = [w for w in words if w.is_word]
    return len(content) >= 2 and content[0].low in ("один", "одна") \
        and (content[1].low == "из" or best_pos(content[1]) == "NOUN") \
        and not any(is_person_name(w) for w in content[1:])


def of_one_among(words: list[Word]) -> bool:
    """"Представитель одного из ТЦ", "стратег одной из управляющих компаний": someone of
    a body the article leaves unnamed among many; nobody, unless a person's name follows."""
    content = [w for w in words if w.is_word]
    at = next((n for n in range(1, len(content) - 1) if content[n + 1].low == "из"
               and morph.lemma(content[n].low) == "один" and not any("nomn" in p.tag for p in parses(content[n])[:1])),
              None)
    return at is not None and not any(is_person_name(w) for w in content[at + 2:])


def outlet_reporter(words: list[Word]) -> bool:
    """"корреспондент Kun.uz", "журналист агентства «Минск-Новости»": a newsroom's
    unnamed reporter, who asks or reports but is no one the reader could name; the
    outlet after the noun is only where they work. A name in the phrase ("журналист
    Иван Орлов") is someone."""
    content = [w for w in words if w.is_word]
    return len(content) > 1 and morph.lemma(content[0].low) in word_set("quote_newsroom_nouns.txt") \
        and "anim" in parses(content[0])[0].tag and not any(is_person_name(w) for w in content[1:])


def post_gender(words: list[Word]) -> str | None:
    """The gender a post's noun asks of its holder when no verb shows one: a feminine
    noun ("актриса") a woman; a masculine one ("депутата", "министр") anyone, as women
    hold posts under the masculine word."""
    found = noun_gender(words)
    return found if found == "femn" else None


def noun_gender(words: list[Word]) -> str | None:
    for w in words:
        if w.is_word and best_pos(w) == "NOUN":
            g = person_noun(w).tag.gender
            return str(g) if g in ("masc", "femn") else None
    return None


def description_covers(noun: str, posts: set[str]) -> bool:
    """Whether a description's noun may take up someone seen with ``posts``: its own
    post, one its hypernym covers ("монарх" the "король"), any for a general noun
    ("политик" the "министр"); "актер" is no one seen only as "сценарист"."""
    noun = noun.replace("ё", "е")
    covers = _covers().get(noun, frozenset())
    if noun not in word_set("posts.txt") or "*" in covers:
        return True
    known = {canonical(noun), noun} | covers
    return not posts or bool(known & ({canonical(p) for p in posts} | posts))


@once
def _covers() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table("quote_description_covers.tsv")}


# ", пожелавшая остаться неизвестной", "не пожелавший назвать свое имя": the writer
# withholds the name on purpose, so no one named nearby is meant
ANONYMOUS_AFTER = regex.compile(r"[^.!?\n«»]{0,60}?,\s*(?:не\s+)?(?:пожелавш|попросивш|захотевш)\w*\s+"
                                r"(?:остаться\s+(?:неизвестн|анонимн|неназванн|инкогнито)|не\s+называть"
                                r"|назвать|называть|представиться)",
                                regex.IGNORECASE)


def withheld_name(text: str, end: int) -> bool:
    """Whether the speaker phrase ending at ``end`` goes on to say its name is withheld."""
    return ANONYMOUS_AFTER.match(text, end) is not None
