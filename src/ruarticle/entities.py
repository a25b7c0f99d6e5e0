"""Entities of an article: people, organisations and places, each merged over all
its mentions, with normal names, ISO country codes and officials' roles.

Flow: sentences -> razdel tokens -> NER spans (one batch) + gazetteer places ->
mention candidates -> posts attached to people -> merged entities.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from . import acronyms, agreement, morph, names, ner, officials, orgforms, posts
from .clusters import cluster_people, cluster_things
from .mentions import Candidate, candidates
from .resources import word_set
from .records import Entity, Mention, Paragraph, Role, Sentence
from .tokens import PROSE
from .tokens import tokens as razdel_tokens

# How many sentences back a bare post may look for its holder.
RECENT = 1
# An instrumental post ("работал инженером") continues a biography: its subject may have
# been named a few sentences earlier ("Булавин родился в 1953 году. ... Работал ...").
PREDICATE_RECENT = 5
# How many tokens away the closest of several people may be to take a bare post.
NEAREST = 4
# How many characters from its holder's nearest name a bare post may stand: further
# away, "президент" is mostly some other president (train 0-499: 4 right of 60).
NAMED_REACH = 300


def find(text: str, paragraphs: tuple[Paragraph, ...],
         sentences: tuple[Sentence, ...]) -> tuple[Entity, ...]:
    """Entities of the prose paragraphs (title, lead, body, quotes), ids in order of mention."""
    prose = {p.index for p in paragraphs if p.kind in PROSE}
    sentences = tuple(s for s in sentences if s.paragraph in prose)
    if not sentences:
        return ()
    tokens = razdel_tokens(sentences)
    found = _without_dateline(tokens, candidates(text, tokens, ner.spans(sentences, tokens)))
    found = orgforms.fullest(tokens, acronyms.expand(tokens, found))
    people = [c for c in found if c.type == "PER"]
    spans = {}
    for c in sorted((c for c in found if c.type != "PER"), key=lambda c: c.last - c.first):
        spans[c.first] = c.span  # the longest span starting at a token wins
    held = officials.find(tokens, spans, [c.span for c in people])
    groups = _transcribed(tokens, people, cluster_people(
        people, agreement.genders(tokens, people), agreement.oblique(tokens, people)))
    groups += cluster_things([c for c in found if c.type != "PER"])
    return _entities(text, tokens, groups, people, held, found)


def _without_dateline(tokens, found) -> list:
    """A dateline ("ТАШКЕНТ, 14 октября. /Корр./ —") names its city in capitals, which
    NER takes for an organisation: the known place alone stays. Its "/Корр./" is no entity."""
    places = {(c.start, c.end) for c in found if c.type == "LOC" and c.place_name}
    skip = word_set("dateline_words.txt")
    return [c for c in found
            if not (c.type != "LOC" and (c.start, c.end) in places and _capitals(tokens, c))
            and not (c.type != "PER" and c.normal.lower().strip("./") in skip)]


def _transcribed(tokens, people, groups) -> list:
    """"Сабриэлем Матиасом (Subriel Matías)": a name in Latin letters in brackets right
    after a person's name is the same person, spelled in the original."""
    end_at = {p.last: (p.start, p.end) for p in people}
    group_of = {(c.start, c.end): n for n, g in enumerate(groups) for c in g}
    for p in people:
        before = end_at.get(p.first - 2)
        if before is None or tokens[p.first - 1].text != "(" or names.cyrillic(tokens[p.first].text):
            continue
        mine, theirs = group_of[(p.start, p.end)], group_of[before]
        if mine != theirs:
            groups[theirs] = groups[theirs] + groups[mine]
            groups[mine] = []
            group_of.update({(c.start, c.end): theirs for c in groups[theirs]})
    return [g for g in groups if g]


def _capitals(tokens, c) -> bool:
    word = tokens[c.first].text
    return c.first == c.last and word.isupper() and len(word) > 3


@dataclass(slots=True)
class _Group:
    members: list
    roles: list = field(default_factory=list)


def _entities(text, tokens, groups, people, held, found) -> tuple[Entity, ...]:
    built = [_Group(list(group)) for group in groups]
    owner = {(c.start, c.end, c.type): g for g in built for c in g.members}
    holder_of = [owner[(p.start, p.end, p.type)] for p in people]
    bare = []
    for post in held:
        if post.person is None:
            bare.append(post)
        for index in (post.person, *post.others) if post.person is not None else ():
            holder_of[index].roles.append(post)
    _resolve_bare(text, tokens, bare, people, holder_of, built, found)
    ordered = sorted((g for g in built if g.members), key=lambda g: min(c.start for c in g.members))
    return tuple(_entity(text, f"E{i}", g) for i, g in enumerate(ordered, 1))


def _resolve_bare(text, tokens, bare, people, holder_of, built, found) -> None:
    """A bare post ("премьер-министр отметил") names the one person of its sentence
    (or the sentence before); failing that, the one person who holds the same post
    earlier in the article. It becomes a mention and a role of that person."""
    in_org = {i for c in found if c.type == "ORG" for i in range(c.first, c.last + 1)}
    by_sentence: dict[int, list[int]] = {}
    for index, p in enumerate(people):
        by_sentence.setdefault(tokens[p.last].sentence, []).append(index)
    exact, alias = {}, {}  # post word (or its canonical alias) -> [(start, person)]
    for g in built:
        for role in g.roles:
            _held(exact, alias, role, g)
    # Named mentions by position, per person; the loop below adds only bare-post mentions.
    named_ends = {id(g): sorted(c.end for c in g.members if not c.bare_post) for g in built}
    for post in bare:
        if post.plural or post.generic or (post.first in in_org and post.last in in_org) \
                or _unlikely_holder(tokens, post):
            continue
        holders = []  # "переговоры с министром": someone other than the sentence's people
        if not officials.governed(tokens, post.first):
            holders = _recent_person(tokens, post, people, by_sentence, holder_of)
        if len(holders) > 1:
            holders = _nearest(tokens, post, people, by_sentence, holder_of)
        if len(holders) == 1 and posts.another_office([r.title for r in holders[0].roles], post.head):
            holders = []  # a person named as аким is no bare "тренер"
        office = _office(post)
        if len(holders) == 1 and _deputy(holders[0], post):
            holders = []  # "заместитель акима Сафаров ... аким призвал": the аким himself
        if len(holders) != 1 or office:
            earlier = _earlier(exact.get(office or post.head, ()), post)
            if len(holders) != 1 or len(earlier) == 1:
                holders = earlier  # "усилиях президента": the president named before, not Бенер
        if not holders:  # "премьер" for a "премьер-министр", "наставник" for a "тренер"
            holders = _earlier(alias.get(posts.canonical(post.head), ()), post)
        if len(holders) == 1 and (_named_near(named_ends.get(id(holders[0]), ()), post)
                                  or post.head in word_set("sole_posts.txt")):
            holders[0].roles.append(post)
            holders[0].members.append(_post_mention(text, post))
            _held(exact, alias, post, holders[0])


def _deputy(group, post) -> bool:
    """Whether a person holds a post under the bare one ("заместитель акима",
    "пресс-секретарь главы государства" under "президент") and not the bare post itself."""
    under = [title.split()[1:] for title in {r.title for r in group.roles}
             if title.split()[0] != post.head]
    held = any(r.head == post.head for r in group.roles)
    post_key = posts.canonical(post.head)
    return not held and any(
        morph.lemma(w) == post.head or posts.canonical(" ".join([morph.lemma(w), *ws[k + 1:]]))
        == post_key for ws in under for k, w in enumerate(ws))


def _office(post) -> str | None:
    """An office one person holds at a time, by its head ("президент") or as a whole
    ("глава государства": "глава" alone heads any body)."""
    offices = word_set("office_posts.txt")
    return post.head if post.head in offices else post.title if post.title in offices else None


def _unlikely_holder(tokens, post) -> bool:
    """A bare post opening a quoted name ("фильм «Президент» вышел") is a title, no person;
    after an infinitive ("хочу стать мэром") it is an aim, not a post held."""
    if post.first == 0:
        return False
    before = tokens[post.first - 1].text
    return before in ("«", '"', "„") or morph.pos(before.lower()) == "INFN"


def _named_near(ends, post) -> bool:
    """Whether a named mention ends within NAMED_REACH of the post (ends sorted)."""
    k = bisect.bisect_left(ends, post.start)
    return any(abs(post.start - ends[j]) < NAMED_REACH for j in (k - 1, k) if 0 <= j < len(ends))


def _held(exact, alias, role, group) -> None:
    for key in {role.head, role.title}:  # a whole title for offices such as "глава государства"
        exact.setdefault(key, []).append((role.start, group))
    alias.setdefault(posts.canonical(role.head), []).append((role.start, group))


def _earlier(held, post) -> list:
    return list({id(g): g for start, g in held if start < post.start}.values())


def _nearest(tokens, post, people, by_sentence, holder_of) -> list:
    """Of several people in the post's sentence, the one named closest to it."""
    close = [(min(abs(people[i].first - post.last), abs(post.first - people[i].last)), i)
             for i in by_sentence.get(tokens[post.first].sentence, ())
             if not _other_party(tokens, post, people[i])]
    close = [pair for pair in close if pair[0] <= NEAREST]
    return [holder_of[min(close)[1]]] if close else []


def _recent_person(tokens, post, people, by_sentence, holder_of) -> list:
    """People named in the bare post's sentence ("Беннингтона нашли мертвым,
    41-летний музыкант ..."); when it names none, those of the sentences before."""
    sentence = tokens[post.first].sentence
    reach = PREDICATE_RECENT if posts.has_case(tokens[post.first], "ablt") else RECENT
    for back in range(reach + 1):
        near = {id(holder_of[i]): holder_of[i] for i in by_sentence.get(sentence - back, ())
                if back or not _other_party(tokens, post, people[i])}
        if near:
            return list(near.values())
    return []


def _other_party(tokens, post, person) -> bool:
    """Whether a person of the post's own sentence is plainly someone else: the speaker
    of what mentions the post ("Кобб рассказала, что у боксёра ..."), the subject of what
    the post's holder reports (", передает корреспондент"), a name right
    after the post that did not take it ("жена президента США Мелания Трамп"), or a
    name after a preposition while the post is the subject ("с Олегом Ковалем глава")."""
    a, b = sorted((post.last, person.last))
    between = tokens[a + 1:b]
    said = [k for k, t in enumerate(between) if _speech_verb(t)]
    if said and any(t.text.lower() in ("что", ":") for t in between[said[0]:]):
        return True
    if person.last + 1 == post.first and tokens[post.first].text[:1].islower():
        return True  # "о дебюте вратаря Нурали Жаксылыка наставник ответил": a post precedes its name
    if person.last < post.first and _closing_source(tokens[person.last + 1:post.first]):
        return True  # "Токаев принял участие ..., передает корреспондент": the reporter
    if person.last < post.first and _verb_object(tokens, post):
        return True  # "Министр поблагодарил спортсмена": whom the subject acted on
    if person.first == post.last + 1 and not _agrees(tokens, post, person):
        return True
    if person.first > post.last + 1 and posts.has_case(tokens[post.first], "nomn") \
            and not posts.has_case(tokens[person.first], "nomn"):
        return True  # "глава региона поручил заместителю Азамату Сафарову": whom he addressed
    if person.first == 0:
        return False
    before = morph.best(tokens[person.first - 1].text.lower())
    return before.tag.POS == "PREP" and posts.has_case(tokens[post.first], "nomn")


def _verb_object(tokens, post) -> bool:
    """A post right after a verb in the accusative or dative is its object (an
    instrumental one is what the subject became: "стал президентом")."""
    if post.first == 0 or morph.pos(tokens[post.first - 1].text.lower()) != "VERB":
        return False
    cases = {p.tag.case for p in morph.parses(tokens[post.first].text)}
    return not cases & {"nomn", "ablt"} and bool(cases & {"accs", "datv"})


def _closing_source(between) -> bool:
    """Whether the words between a person and a post end in a closing attribution
    (", сообщает"), whose source the post is."""
    return len(between) >= 2 and between[-2].text == "," and _speech_verb(between[-1])


def _speech_verb(token) -> bool:
    return morph.lemma(token.text.lower()) in word_set("speech_verbs.txt")


def _agrees(tokens, post, person) -> bool:
    """Whether a name may stand in apposition to the post before it (same case)."""
    cases = {p.tag.case for p in morph.parses(tokens[post.first].text) if p.tag.POS == "NOUN"}
    return any(p.tag.case in cases for p in morph.parses(tokens[person.first].text))


def _post_mention(text, post) -> Candidate:
    return Candidate(post.start, post.end, "PER", "person", None, post.title,
                     post.first, post.last, bare_post=True)


def _entity(text, eid, group: _Group) -> Entity:
    members = sorted(group.members, key=lambda c: (c.start, c.end))
    named = [c for c in members if not c.bare_post] or members
    first = named[0]
    # a person written both ways is named as Russian readers know him ("Тор Халворссен"
    # over "Thor Halvorssen Mendoza")
    script = (lambda c: names.cyrillic(c.normal)) if first.type == "PER" else (lambda c: True)
    name = max(named, key=lambda c: (script(c), c.weight, -c.start)).normal
    kind = first.kind
    country = _country(members, group.roles)
    mentions = tuple(dict.fromkeys(
        Mention(c.start, c.end, text[c.start:c.end], c.normal) for c in members))
    roles = tuple(dict.fromkeys(
        Role(p.title, p.organization, p.country, p.start, p.end, text[p.start:p.end])
        for p in sorted(group.roles, key=lambda p: p.start)))
    if first.type == "LOC" and first.place_name:
        name = first.place_name
    return Entity(eid, first.type, kind, name, country, mentions, roles)


def _country(members, roles) -> str | None:
    codes = [c.country for c in members if c.country]
    codes += [p.country for p in roles if p.country]
    # dict, not set: of equally frequent codes the first named wins, in every process
    return max(dict.fromkeys(codes), key=codes.count) if codes else None



