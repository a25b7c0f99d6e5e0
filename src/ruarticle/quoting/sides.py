"""Resolver methods for the sides of a trial: "государственный обвинитель" speaks through
the one prosecutor the article names, wherever it names them.

A court report calls the prosecutor by the post of the trial ("Государственный обвинитель
просил ...") before or after it names them with their office ("прокурор Вера Клименко");
with one such person in the article, the post is that person. One table,
quote_trial_sides.tsv; the function nouns ("обвинение", "защита") are left unnamed.
"""
from __future__ import annotations

from .. import morph
from ..resources import once, table
from .persons import noun_gender
from .roster import fits


@once
def _sides() -> dict[str, tuple[str, ...]]:
    """The lemmas of a side's phrase -> the posts of those who speak for it."""
    return {phrase: tuple(posts.split("|")) for phrase, posts in table("quote_trial_sides.tsv")}


class TrialSides:
    """Resolver's methods for a trial side; mixed into ``Resolver``, which holds the state."""

    def _trial_side(self, words, gender):
        """(entity id, name, True) of the one person the article names with a post of the
        side the phrase names, or None."""
        content = [w for w in words if w.is_word]
        if not content or any(w.is_upper and not w.initial for w in content):
            return None  # "прокурор Иван Петров": a name says who
        posts = _sides().get(" ".join(morph.lemma(w.low) for w in content))
        if posts is None:
            return None
        # "Государственный обвинитель просил" may be a woman; "сказала" is never a man
        wanted = gender if gender in ("masc", "femn") and gender != noun_gender(content) else None
        found = {name for post in posts for _, name, _ in self.roster.named_with(post)}
        found |= {e.name for post in posts for _, _, e in self.registry.holders(post)}
        people = {self._side_name(name) for name in found}
        people = {name for name in people if not any(other != name and other.endswith(name) for other in people)}
        if len(people) != 1:
            return None  # no one, or a prosecutor and a second one: which is meant is not said
        name = next(iter(people))
        if not fits(self._holder_gender(name), wanted):
            return None
        return self._entity_named(name), name, True

    def _side_name(self, name: str) -> str:
        """A holder's name as the entities give it ("Адвокат Сафаряна Лилит Аветисян": not
        her client's surname), else the fullest the text gives."""
        entity = self.registry.person_named(name)
        return entity.name if entity is not None else self.roster.fullest(name)
