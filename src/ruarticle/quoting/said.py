"""The speakers a Resolver has resolved so far, and the reaches its method families share."""
from __future__ import annotations

from dataclasses import dataclass

OFFICE_REACH = 8  # words around a person's name where an office's qualifier may stand
ANY_GENDER = "any"  # a person speaker whose name shows no gender ("Хван Чжан Еп")
RECENT_REACH = 1500  # characters back to the previous speaker a pronoun may continue
JUST_SPOKEN_REACH = 600  # characters back to the speaker a bare "эксперт" takes up
TITLE_TAIL = 40  # characters after a clipped role where the rest of its title may stand
EMPHATIC = ("сам", "сама")  # "Сам актёр заявил": the one spoken about, set against who spoke


@dataclass(frozen=True, slots=True)
class Said:
    """A speaker resolved so far, where its phrase ends."""
    end: int
    entity: str | None
    name: str
    gender: str | None  # None for a body; ANY_GENDER for a person whose gender is unknown
    body_gender: str | None = None  # a body's head noun: "газета" is one "она" may continue
    spokesman: str | None = None  # the gender of the one person who spoke for a body
    # ("Представитель министерства сообщил"): "он", "чиновник" after it go on for the body
