"""The order of stages: text -> structure -> sentences -> entities -> (numbers, quotes) -> Article."""
from __future__ import annotations

from . import entities, numbers, quotes, structure, tokens
from .records import Article


def extract(text: str, *, title: str | None = None) -> Article:
    """Turn the text of one article into an :class:`Article` record."""
    _check_text(text, "text")
    if title is not None:
        _check_text(title, "title")
    if not text.strip():
        return Article(text=text)
    layout = structure.segment(text, title)
    sentences = tokens.sentences(layout.paragraphs)
    people = entities.find(text, layout.paragraphs, sentences)
    figures = numbers.find(text, layout.paragraphs, sentences)
    said = quotes.find(text, layout.paragraphs, sentences, entities=people)
    return Article(text=text, meta=layout.meta, paragraphs=layout.paragraphs,
                   sentences=sentences, related=layout.related, entities=people,
                   numbers=figures, quotes=said)


def _check_text(value, name: str) -> None:
    if isinstance(value, str):
        return
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"{name} must be str, got {type(value).__name__}: "
                        "decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"{name} must be str, got {type(value).__name__}")
