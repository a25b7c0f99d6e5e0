"""pandas DataFrames of Article records: one frame per kind of record.

The columns and dtypes are fixed by :data:`SCHEMAS` (documented in docs/frames.md), so a frame
has the same shape whether it is built from one article, many, or none. Rows are collected as
plain tuples first and turned into a frame once, which keeps many small articles cheap. pandas is
imported only here, and only when a frame is asked for.
"""
from __future__ import annotations

from bisect import bisect_right
from numbers import Integral
from typing import Iterable

from .records import Article, Number

FRAMES = ("paragraphs", "sentences", "entities", "mentions", "officials", "numbers", "quotes")

_I, _S, _F = "Int64", "string", "Float64"

SCHEMAS: dict[str, tuple[tuple[str, str], ...]] = {
    "paragraphs": (("index", _I), ("kind", _S), ("start", _I), ("end", _I), ("text", _S)),
    "sentences": (("index", _I), ("paragraph", _I), ("start", _I), ("end", _I), ("text", _S)),
    "entities": (("id", _S), ("type", _S), ("kind", _S), ("name", _S), ("country", _S),
                 ("mentions", _I), ("roles", _I), ("start", _I), ("end", _I)),
    "mentions": (("entity", _S), ("type", _S), ("start", _I), ("end", _I), ("text", _S),
                 ("normal", _S), ("paragraph", _I), ("sentence", _I)),
    "officials": (("entity", _S), ("name", _S), ("title", _S), ("organization", _S),
                  ("country", _S), ("start", _I), ("end", _I), ("text", _S),
                  ("paragraph", _I), ("sentence", _I)),
    "numbers": (("index", _I), ("kind", _S), ("start", _I), ("end", _I), ("text", _S),
                ("value", _S), ("value_num", _F), ("unit", _S), ("qualifier", _S),
                ("change", _S), ("subject", _S), ("year", _I), ("sentence", _I),
                ("paragraph", _I)),
    "quotes": (("index", _I), ("kind", _S), ("start", _I), ("end", _I), ("text", _S),
               ("paragraph", _I), ("speaker", _S), ("speaker_name", _S),
               ("speaker_entity", _S), ("speaker_start", _I), ("speaker_end", _I),
               ("cue", _S), ("cue_lemma", _S), ("cue_start", _I), ("cue_end", _I)),
}


def article_frames(article: Article) -> dict:
    """The seven frames of one article (``Article.to_frames()``)."""
    return _build(_rows(article), id_dtype=None)


def to_frames(articles: Iterable[Article], ids: Iterable | None = None) -> dict:
    """The frames of many articles, concatenated, with a leading ``article_id`` column.

    ``ids`` name the articles (file names, database keys); by default they are the positions
    0, 1, 2, ... ``article_id`` is ``Int64`` when every id is an integer, else ``string``.
    """
    articles = list(articles)
    ids = list(range(len(articles))) if ids is None else list(ids)
    if len(ids) != len(articles):
        raise ValueError(f"{len(ids)} ids for {len(articles)} articles")
    rows: dict[str, list] = {name: [] for name in FRAMES}
    for article_id, article in zip(ids, articles):
        for name, part in _rows(article).items():
            rows[name].extend((article_id, *row) for row in part)
    return _build(rows, id_dtype=_id_dtype(ids))


def _id_dtype(ids: list) -> str:
    integral = all(isinstance(i, Integral) and not isinstance(i, bool) for i in ids)
    return _I if integral else _S


def _build(rows: dict[str, list], id_dtype: str | None) -> dict:
    import pandas as pd

    frames = {}
    for name in FRAMES:
        schema = SCHEMAS[name] if id_dtype is None else (("article_id", id_dtype),) + SCHEMAS[name]
        columns = list(zip(*rows[name])) or [()] * len(schema)
        if id_dtype == _S:      # a string id column takes ints, paths and names alike
            columns[0] = [None if i is None else str(i) for i in columns[0]]
        frames[name] = pd.DataFrame({col: pd.array(list(values), dtype=dtype)
                                     for (col, dtype), values in zip(schema, columns)})
    return frames


class _Locator:
    """Paragraph and sentence index of a character offset (None outside them)."""

    def __init__(self, article: Article):
        self._paragraphs = article.paragraphs
        self._sentences = article.sentences
        self._p_starts = [p.start for p in article.paragraphs]
        self._s_starts = [s.start for s in article.sentences]

    def paragraph(self, offset: int) -> int | None:
        return _find(self._paragraphs, self._p_starts, offset)

    def sentence(self, offset: int) -> int | None:
        return _find(self._sentences, self._s_starts, offset)


def _find(records, starts: list[int], offset: int) -> int | None:
    i = bisect_right(starts, offset) - 1
    return records[i].index if i >= 0 and offset < records[i].end else None


def _rows(article: Article) -> dict[str, list[tuple]]:
    where = _Locator(article)
    return {
        "paragraphs": [(p.index, p.kind, p.start, p.end, p.text) for p in article.paragraphs],
        "sentences": [(s.index, s.paragraph, s.start, s.end, s.text) for s in article.sentences],
        "entities": [_entity_row(e) for e in article.entities],
        "mentions": [(e.id, e.type, m.start, m.end, m.text, m.normal,
                      where.paragraph(m.start), where.sentence(m.start))
                     for e in article.entities for m in e.mentions],
        "officials": [(e.id, e.name, r.title, r.organization, r.country or e.country,
                       r.start, r.end, r.text, where.paragraph(r.start), where.sentence(r.start))
                      for e in article.entities for r in e.roles],
        "numbers": [_number_row(i, n, where) for i, n in enumerate(article.numbers)],
        "quotes": [_quote_row(i, q) for i, q in enumerate(article.quotes)],
    }


def _entity_row(entity) -> tuple:
    first = min(entity.mentions, key=lambda m: m.start, default=None)
    return (entity.id, entity.type, entity.kind, entity.name, entity.country,
            len(entity.mentions), len(entity.roles),
            first.start if first else None, first.end if first else None)


def _number_row(index: int, number: Number, where: _Locator) -> tuple:
    value, value_num = _value(number.value)
    return (index, number.kind, number.start, number.end, number.text, value, value_num,
            number.unit, number.qualifier, number.change, number.subject, number.year,
            number.sentence, where.paragraph(number.start))


def _value(value) -> tuple[str | None, float | None]:
    """A number's value as text (always) and as a float (when it is numeric)."""
    if value is None:
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value), float(value)
    return str(value), None


def _quote_row(index: int, quote) -> tuple:
    speaker, cue = quote.speaker, quote.cue
    return (index, quote.kind, quote.start, quote.end, quote.text, quote.paragraph,
            *((speaker.text, speaker.name, speaker.entity, speaker.start, speaker.end)
              if speaker else (None,) * 5),
            *((cue.text, cue.lemma, cue.start, cue.end) if cue else (None,) * 4))
