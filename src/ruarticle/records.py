"""Frozen records that make up an :class:`Article`, and their plain-dict form.

Nothing here processes text: records are produced by the pipeline stages and
only know how to turn themselves into JSON-ready dicts and back.
"""
from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from typing import Any, Union

SCHEMA = "ruarticle/1"

PARAGRAPH_KINDS = (
    "category", "title", "lead", "body", "quote", "attribution", "byline", "boilerplate",
)

Value = Union[int, float, str, None]


def _record(cls):
    return dataclass(frozen=True, slots=True)(cls)


@_record
class Paragraph:
    index: int
    kind: str
    start: int
    end: int
    text: str


@_record
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@_record
class Token:
    """A razdel token; not part of the serialised record (see ``ruarticle.tokens``)."""
    index: int
    sentence: int
    start: int
    end: int
    text: str


@_record
class Related:
    """A teaser of another article found in a boilerplate block."""
    headline: str
    teaser: str | None
    age: str | None
    start: int
    end: int


@_record
class Meta:
    category: str | None = None
    title: str | None = None
    byline: str | None = None


@_record
class Mention:
    start: int
    end: int
    text: str
    normal: str


@_record
class Role:
    title: str
    organization: str | None
    country: str | None
    start: int
    end: int
    text: str


@_record
class Entity:
    id: str
    type: str
    kind: str
    name: str
    country: str | None
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()


@_record
class Number:
    kind: str
    start: int
    end: int
    text: str
    value: Value
    unit: str | None
    qualifier: str | None
    change: str | None
    subject: str | None
    year: int | None
    sentence: int | None


@_record
class Speaker:
    start: int
    end: int
    text: str
    entity: str | None
    name: str | None


@_record
class Cue:
    start: int
    end: int
    text: str
    lemma: str


@_record
class Quote:
    kind: str
    start: int
    end: int
    text: str
    speaker: Speaker | None
    cue: Cue | None
    paragraph: int


@_record
class Article:
    text: str
    meta: Meta = Meta()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    related: tuple[Related, ...] = ()
    entities: tuple[Entity, ...] = ()
    numbers: tuple[Number, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def to_dict(self) -> dict:
        """The JSON-ready form; its shape is documented in docs/schema.md."""
        return {"schema": SCHEMA, **_dump(self)}

    def to_json(self, **kwargs) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}, expected {SCHEMA!r}")
        return _load(cls, {k: v for k, v in data.items() if k != "schema"})

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))

    @property
    def title(self) -> str | None:
        return self.meta.title

    def paragraphs_of(self, *kinds: str) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind in kinds)

    def to_frames(self) -> dict:
        """pandas DataFrames of the records, by name (docs/frames.md); imports pandas."""
        from .frames import article_frames
        return article_frames(self)

    def _repr_html_(self) -> str:
        """The highlighted view Jupyter shows (``ruarticle.html``)."""
        from .html import render
        return render(self)

    def __repr__(self) -> str:
        head = (self.meta.title or self.text[:60]).replace("\n", " ")
        return (
            f"Article({head!r}, {len(self.paragraphs)} paragraphs, "
            f"{len(self.entities)} entities, {len(self.numbers)} numbers, "
            f"{len(self.quotes)} quotes)"
        )


def _dump(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _dump(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    return value


@lru_cache(maxsize=None)
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def _load(tp: Any, data: Any) -> Any:
    """Build a value of type ``tp`` from its dumped form."""
    if data is None:
        return None
    if is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{f.name: _load(hints[f.name], data[f.name])
                     for f in fields(tp) if f.name in data})
    origin = typing.get_origin(tp)
    if origin is tuple:
        item = typing.get_args(tp)[0]
        return tuple(_load(item, v) for v in data)
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(tp):
            if is_dataclass(arg):
                return _load(arg, data)
    return data
