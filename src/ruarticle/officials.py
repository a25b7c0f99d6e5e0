"""Officials: which person holds each post the text names.

A post belongs to the person named right after it ("президент Казахстана
Касым-Жомарт Токаев"), in apposition before it ("Алихан Смаилов,
премьер-министр Казахстана,"), before an instrumental post ("Назарбаева
работала вице-премьером"), to every person a plural post lists ("актрисы А, Б
и В"), and to the holder of the next post in a chain ("артист, сценарист и
режиссер Б").
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache

from . import morph, names, posts
from .posts import Post, Span
from .records import Token

APPOSITION_GAP = 3
BRACKET_SPAN = 30  # how far back a closing bracket after a name may open
PREDICATE_GAP = 6
LIST_GAP = 6
ONE_OF_GAP = 4  # words between "один из" and its plural post: "пяти лучших"
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")
COMITATIVE = frozenset({"с", "со", "между", "за", "под", "над", "перед", "пред"})
OTHERS = frozenset({"другой", "прочий"})
OFFICES = frozenset({"пост", "должность"})
LIST_WORDS = frozenset({"были", "стали", "является", "являются", ",", ":", "—", "–", "-", "среди", "которых", "них", "как", "в", "том",
                        "числе", "такие", "такими", "это"})


def find(tokens: tuple[Token, ...], spans: dict[int, Span], people: list[Span]) -> list[Post]:
    """Every post in the tokens, attached to a person where the text says who holds it."""
    found = []
    person_at = {p.first: i for i, p in enumerate(people)}
    person_end = {p.last: i for i, p in enumerate(people)}
    inside_person = {t for p in people for t in range(p.first, p.last + 1)}
    men = _men(tokens, people)
    for i, token in enumerate(tokens):
        if i in inside_person:
            continue
        head = posts.head_at(tokens, i, person_at)
        if head is None:
            continue
        listed = ()
        first, last = posts.extent(tokens, i, spans, person_at)
        if _nested(found, i, last):
            continue  # "акима области" of "Заместитель акима области Сафаров": not his post
        holder = _holder(tokens, first, i, last, people, person_at, person_end, men)
        if holder is None and "plur" in morph.best(token.text.lower()).tag:
            holder = _list_after(tokens, last, person_at)
            listed = _list_before(tokens, first, people, person_end) if holder is None else ()
            if holder is None and not listed:
                holder = _one_of_subject(tokens, first, person_end)
            if listed:
                holder, others = listed[0], listed[1:]
        post = posts.make(tokens, spans, first, i, last, head, holder)
        if listed:
            post = replace(post, others=others)
        elif holder is not None and _may_be_plural(token.text):
            post = replace(post, others=_enumeration(tokens, people, person_at, holder))
            if not post.others and people[holder].first > last and _only_plural(token.text) \
                    and not _one_of(tokens, first):
                post = replace(post, person=None)  # "Адвокаты Ивана Петрова": not his post
        found.append(post)
    return _predicates(tokens, _chains(tokens, found), people)


def _nested(found, i, last) -> bool:
    """Whether a post word stands inside the title of the post before it, which it
    qualifies ("заместитель министра энергетики", "пресс-секретарь президента РФ")."""
    return bool(found) and found[-1].first < i and last <= found[-1].last


def _skip_brackets(tokens, k) -> int:
    if k < len(tokens) and tokens[k].text == "(":
        for j in range(k + 1, min(k + 12, len(tokens))):
            if tokens[j].text == ")":
                return j + 1
    return k


def _may_be_plural(word: str) -> bool:
    return any("plur" in p.tag for p in morph.parses(word.lower()))


def _only_plural(word: str) -> bool:
    return all("plur" in p.tag for p in morph.parses(word.lower()) if p.tag.POS == "NOUN")


def _list_after(tokens, last, person_at) -> int | None:
    """The first person of a list a plural post introduces: "писатели, среди которых — А и Б"."""
    for k in range(last + 1, min(last + 1 + LIST_GAP, len(tokens))):
        if k in person_at:
            return person_at[k]
        if tokens[k].text.lower() not in LIST_WORDS or tokens[k].sentence != tokens[last].sentence:
            return None
    return None


def _one_of(tokens, first) -> bool:
    """"одна из солисток группы «Ленинград» Василиса Старшова": one of the plural post."""
    return first >= 2 and tokens[first - 1].text.lower() == "из" \
        and morph.lemma(tokens[first - 2].text.lower()) == "один"


def _one_of_subject(tokens, first, person_end) -> int | None:
    """"Нолан является одним из четырёх игроков НХЛ", "Гергиев — один из важнейших
    дирижёров": the person just before "один из" is one of the plural post."""
    k = first - 1
    while k > 0 and first - k <= ONE_OF_GAP and tokens[k].text.lower() != "из":
        k -= 1
    if k < 1 or tokens[k].text.lower() != "из" or morph.lemma(tokens[k - 1].text.lower()) != "один":
        return None
    if any(t.text in (",", ".", "«", "»") for t in tokens[k + 1:first]):
        return None
    for j in range(k - 2, max(-1, k - 2 - PREDICATE_GAP), -1):
        if tokens[j].sentence != tokens[first].sentence or tokens[j].text in (".", ";"):
            return None
        if j in person_end:
            return person_end[j]
    return None


def _list_before(tokens, first, people, person_end) -> tuple[int, ...]:
    """Everyone of a list a plural post closes: "Пикассо, Дали и других художников"."""
    k = first - 1
    if k < 1 or morph.lemma(tokens[k].text.lower()) not in OTHERS or tokens[k - 1].text != "и":
        return ()
    k -= 1  # at "и"
    listed = []
    while k - 1 in person_end and tokens[k - 1].sentence == tokens[first].sentence:
        listed.append(person_end[k - 1])
        k = people[listed[-1]].first - 1
        if k < 0 or tokens[k].text != ",":
            break
    return tuple(reversed(listed))


def _enumeration(tokens, people, person_at, holder) -> tuple[int, ...]:
    """The people listed after the first holder of a plural post: ", Б (проект «В») и Г"."""
    others, k = [], _skip_brackets(tokens, people[holder].last + 1)
    while k < len(tokens) and tokens[k].text in (",", "и") and tokens[k].sentence == tokens[
            people[holder].last].sentence:
        k += 1
        if k < len(tokens) and tokens[k].text == "и":
            k += 1
        if k not in person_at:
            break
        others.append(person_at[k])
        k = _skip_brackets(tokens, people[person_at[k]].last + 1)
    return tuple(others)


def _chains(tokens, found: list[Post]) -> list[Post]:
    """"народный артист России, сценарист и кинорежиссер Владимир Бортко" and
    "Боб Дилан — автор-исполнитель, художник, писатель": one holder for a whole list."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):  # the holder comes after the list
        if out[k].person is None and out[k + 1].person is not None \
                and _listed(tokens, out[k], out[k + 1]):
            out[k] = replace(out[k], person=out[k + 1].person)
    for k in range(1, len(out)):  # the holder comes before it
        if out[k].person is None and out[k - 1].person is not None \
                and _listed(tokens, out[k - 1], out[k]):
            out[k] = replace(out[k], person=out[k - 1].person)
    return out


def _listed(tokens, post: Post, nxt: Post) -> bool:
    """Whether two posts stand side by side in one list ("Эмир Катара шейх": no word at all)."""
    if nxt.first - post.last > 3 or post.plural != nxt.plural or nxt.first <= post.last:
        return False  # "заявил журналистам заместитель министра": an addressee, no list;
        # "пресс-секретарь президента": the post inside a post is someone else's
    return {t.text for t in tokens[post.last + 1:nxt.first]} <= {",", "и", "а", "также"}


def _predicates(tokens, found: list[Post], people) -> list[Post]:
    """"Назарбаева работала вице-премьером": an instrumental post after its holder."""
    out = []
    by_last = sorted((p.last, i) for i, p in enumerate(people))
    by_first = sorted((p.first, i) for i, p in enumerate(people))
    for post in found:
        head = _head_index(tokens, post)
        if post.person is None and not post.plural and not governed(tokens, post.first) and (
                posts.has_case(tokens[head], "ablt") or _office(tokens, post.first)):
            sentence = tokens[head].sentence
            before = [i for i in _near(by_last, post.first - PREDICATE_GAP, post.first - 1)
                      if tokens[people[i].last].sentence == sentence]
            after = [i for i in _near(by_first, post.last + 1, post.last + PREDICATE_GAP)
                     if tokens[people[i].first].sentence == sentence]
            if before and after and _clause_break(tokens, people[before[-1]].last, post.first):
                before = []  # "министром стал Хэйг, а министром обороны станет Фокс"
            if before or after:  # "Новым руководителем ... назначен Сергей Кравцов"
                post = replace(post, person=before[-1] if before else after[0])
        out.append(post)
    return out


def _near(keyed: list[tuple[int, int]], lo: int, hi: int) -> list[int]:
    """The indices whose key lies in ``lo..hi``, in index order (people in a long text are
    many; a post looks only a few words around itself)."""
    a, b = bisect.bisect_left(keyed, (lo, -1)), bisect.bisect_right(keyed, (hi, len(keyed)))
    return sorted(i for _, i in keyed[a:b])


def _office(tokens, first) -> bool:
    """"занимавший пост министра финансов", "ушёл с поста директора ЦРУ": the post
    named as an office its holder takes or leaves."""
    return first >= 2 and morph.lemma(tokens[first - 1].text.lower()) in OFFICES \
        and tokens[first - 2].text.lower() not in ("на",) \
        and morph.pos(tokens[first - 2].text.lower()) in (
            "VERB", "PRTF", "PRTS", "GRND", "PREP", "INFN")


def governed(tokens, first) -> bool:
    """"переговоры с министром": an instrumental after a preposition is no predicate;
    after a passive participle it is the agent ("утверждённом президентом")."""
    if first == 0:
        return False
    word = tokens[first - 1].text.lower()
    best = morph.best(word)
    return word in COMITATIVE or (best.tag.POS == "PRTF" and "pssv" in best.tag)


def _clause_break(tokens, a, b) -> bool:
    return any(t.text in (",", ";", "а") for t in tokens[a + 1:b])


def _head_index(tokens, post: Post) -> int:
    for k in range(post.first, post.last + 1):
        if posts.head_lemma(tokens[k].text, True) == post.head:
            return k
    return post.first


def _men(tokens, people) -> frozenset[str]:
    """Surnames the article writes in a man's nominative ("Дадашев"): their "-а" form
    is then his genitive, not a woman's name ("тренер Дадашева")."""
    return frozenset(tokens[p.last].text.lower() for p in people
                     if tokens[p.last].text.lower().endswith(SURNAME_ENDINGS))


def _oblique_man(post: Token, name: Token, men) -> bool:
    low = name.text.lower()
    post_cases = {p.tag.case for p in morph.parses(post.text) if p.tag.POS == "NOUN"}
    return low.endswith("а") and low[:-1] in men and not post_cases & {"gent", "accs"}


def _holder(tokens, first, head, last, people, person_at, person_end, men) -> int | None:
    """The person the post belongs to, from the words around it."""
    after = last + 1
    while after < len(tokens) and after - last <= 2 and (
            tokens[after].text in ("»", *posts.DASHES) or _age(tokens[after].text)):
        after += 1  # "президент 89-летний Роберт Мугабе"
    for _ in range(2):  # "пресс-секретарю экс-президента Билла Клинтона Джо Локхарту"
        if after not in person_at or tokens[after].sentence != tokens[head].sentence:
            break
        person = people[person_at[after]]
        dash = person.last + 1 < len(tokens) and tokens[person.last + 1].text in posts.DASHES
        gap = 2 if dash else 1
        following = person_at.get(person.last + gap)
        if following is not None and posts.has_case(tokens[person.last], "gent") \
                and not _noun_case(tokens[head], "gent") and all(
                _agree(tokens[head], tokens[k])
                for k in (people[following].first, people[following].last)):
            return following  # "Адвокат Гаева Александр Аснис"
        if _agrees_with_name(tokens, head, person) and not _oblique_man(tokens[head], tokens[person.last], men):
            return person_at[after]
        after = person.last + 1
    if last + 1 < len(tokens) and morph.pos(tokens[last + 1].text.lower()) == "VERB" \
            and not posts.has_case(tokens[head], "ablt"):
        return None  # "Желдибай, Президент поручил": the subject of the next clause
    return _apposition(tokens, first, head, person_end)


def _noun_case(token, case: str) -> bool:
    """Whether the post word may be a noun in this case ("президента" is genitive,
    so "дочь президента Нурсултана Назарбаева Даригу" keeps the post with him)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == case for p in morph.parses(token.text))


def _age(word: str) -> bool:
    return "-летн" in word.lower()


def _apposition(tokens, first, head, person_end) -> int | None:
    """"Алихан Смаилов, премьер-министр", "Мандела — первый президент ЮАР"."""
    k = first - 1
    skipped = 0
    while k >= 0 and skipped < APPOSITION_GAP and _modifier_like(tokens[k]):
        k, skipped = k - 1, skipped + 1
    if k >= 1 and tokens[k].text.lower() == "из" and morph.lemma(tokens[k - 1].text.lower()) \
            == "один":  # "Сэлис, один из руководителей компании"
        k -= 2
    elif "plur" in morph.best(tokens[head].text.lower()).tag:
        return None  # "министр Ерсайын Нагаспаев, акимы областей": the next items of a list
    if k >= 0 and tokens[k].text in {",", "(", *posts.DASHES}:
        k = _before_age(tokens, k - 1)
    elif not posts.has_case(tokens[head], "ablt"):
        return None  # without a comma or dash only "назначил Иванова министром" links
    if k >= 0 and tokens[k].text == ")":  # "Брайан Орсер (Brian Orser) — фигурист"
        k = _opening_bracket(tokens, k) - 1
    if k >= 0 and k in person_end and tokens[k].sentence == tokens[head].sentence:
        return person_end[k]
    return None


def _before_age(tokens, k) -> int:
    """Step back over an age between a name and its post: "Бачелет — 54 года, врач"."""
    if k >= 2 and tokens[k - 1].text.isdigit() and morph.lemma(tokens[k].text.lower()) == "год" \
            and tokens[k - 2].text in {",", *posts.DASHES}:
        return k - 3
    return k


def _opening_bracket(tokens, k) -> int:
    for j in range(k - 1, max(-1, k - BRACKET_SPAN), -1):
        if tokens[j].text == "(":
            return j
    return k


def _modifier_like(token) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF", "NUMR") or "NUMB" in p.tag
               for p in morph.parses(token.text)) and token.text not in (",",)


def _agrees_with_name(tokens, head, person) -> bool:
    """The post agrees with the name's first and last words; a foreign surname that does
    not decline ("Абдельхамид Бенслимане") takes the case of the first name before it."""
    first, last = tokens[person.first], tokens[person.last]
    if person.last > person.first and len(names.undeclined([first.text, last.text])) == 2:
        return True  # "Адвокат Александру Попеску": neither word declines
    undeclined = person.last > person.first and names.VOWEL_END.search(last.text) is not None \
        and not names.known_name(last.text)
    return _agree(tokens[head], first) and (undeclined or _agree(tokens[head], last))


def _agree(post: Token, name: Token) -> bool:
    return _words_agree(post.text, name.text)


@lru_cache(maxsize=50_000)  # a pure function of the two forms, asked for every name near a post
def _words_agree(post: str, name: str) -> bool:
    post_cases = {p.tag.case for p in morph.parses(post) if p.tag.POS == "NOUN"}
    name_cases = {p.tag.case for p in morph.parses(name)  # a person is one: no plurals
                  if p.tag.POS == "NOUN" and p.score >= 0.05 and "plur" not in p.tag.grammemes}
    if name[:1].isupper() and name.lower().endswith(SURNAME_ENDINGS):
        name_cases.add("nomn")  # "Силуанов" is read as the plural genitive of "Силуан"
    return not post_cases or not name_cases or bool(post_cases & name_cases) or (
        name[:1].isupper() and not any(p.tag.POS == "NOUN" and
                                       {"Name", "Surn"} & set(p.tag.grammemes)
                                       for p in morph.parses(name)))
