"""Entities of an article: people, organisations and places, each merged over all
its mentions, with normal names, ISO country codes and officials' roles.

Flow: sentences -> razdel tokens -> NER spans (one batch) + gazetteer places ->
mention candidates -> posts attached to people -> merged entities.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import ner, officials, posts
from .clusters import cluster_people, cluster_things
from .mentions import Candidate, candidates
from .records import Entity, Mention, Paragraph, Role, Sentence
from .tokens import PROSE

# How many sentences back a bare post may look for its holder.
RECENT = 1
from .tokens import tokens as razdel_tokens


def find(text: str, paragraphs: tuple[Paragraph, ...],
         sentences: tuple[Sentence, ...]) -> tuple[Entity, ...]:
    """Entities of the prose paragraphs (title, lead, body, quotes), ids in order of mention."""
    prose = {p.index for p in paragraphs if p.kind in PROSE}
    sentences = tuple(s for s in sentences if s.paragraph in prose)
    if not sentences:
        return ()
    tokens = razdel_tokens(sentences)
    found = candidates(text, tokens, ner.spans(sentences))
    people = [c for c in found if c.type == "PER"]
    spans = {}
    for c in sorted((c for c in found if c.type != "PER"), key=lambda c: c.last - c.first):
        spans[c.first] = c.span  # the longest span starting at a token wins
    held = officials.find(tokens, spans, [c.span for c in people])
    groups = cluster_people(people) + cluster_things([c for c in found if c.type != "PER"])
    return _entities(text, tokens, groups, people, held, found)


@dataclass(slots=True)
class _Group:
    members: list
    roles: list = field(default_factory=list)
    heads: set = field(default_factory=set)


def _entities(text, tokens, groups, people, held, found) -> tuple[Entity, ...]:
    owner = {}
    built = []
    for group in groups:
        g = _Group(list(group))
        built.append(g)
        for c in group:
            owner[(c.start, c.end, c.type)] = g
    attached = set()
    for post in held:
        if post.person is None:
            continue
        attached.add(id(post))
        for index in (post.person, *post.others):
            p = people[index]
            g = owner[(p.start, p.end, p.type)]
            g.roles.append(post)
            g.heads.add(post.head)
    orgs = [(c.start, c.end) for c in found if c.type == "ORG"]
    for post in held:
        if id(post) in attached or post.plural or post.generic or _inside(post, orgs):
            continue
        # A bare post names the one person of its sentence; failing that, the one
        # person who holds the same post earlier in the article.
        holders = _recent_person(tokens, post, people, owner)
        if len(holders) != 1:
            holders = _holders(built, post, lambda head: head)
        if not holders:  # "премьер" for a "премьер-министр", "глава государства" for a president
            holders = _holders(built, post, posts.canonical)
        if len(holders) == 1:
            holders[0].roles.append(post)
            holders[0].members.append(_post_mention(text, post))
    ordered = sorted((g for g in built if g.members), key=lambda g: min(c.start for c in g.members))
    return tuple(_entity(text, f"E{i}", g) for i, g in enumerate(ordered, 1))


def _holders(built, post, key) -> list:
    """People who hold the post (compared by ``key``) earlier in the article."""
    head = key(post.head)
    return [g for g in built if any(key(p.head) == head and p.start < post.start for p in g.roles)]


def _recent_person(tokens, post, people, owner) -> list:
    """People named in the bare post's sentence ("Беннингтона нашли мертвым,
    41-летний музыкант ..."); when it names none, those of the sentence before."""
    sentence = tokens[post.first].sentence
    for back in range(RECENT + 1):
        near = {id(owner[(p.start, p.end, p.type)]): owner[(p.start, p.end, p.type)]
                for p in people if tokens[p.last].sentence == sentence - back
                and (back or p.end <= post.start or tokens[p.first].sentence == sentence)}
        if near:
            return list(near.values())
    return []


def _inside(post, spans) -> bool:
    return any(s <= post.start and post.end <= e for s, e in spans)


def _post_mention(text, post) -> Candidate:
    return Candidate(post.start, post.end, "PER", "person", None, post.title,
                     post.first, post.last, bare_post=True)


def _entity(text, eid, group: _Group) -> Entity:
    members = sorted(group.members, key=lambda c: (c.start, c.end))
    named = [c for c in members if not c.bare_post] or members
    first = named[0]
    name = max(named, key=lambda c: (c.weight, -c.start)).normal
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
    return max(set(codes), key=codes.count) if codes else None



