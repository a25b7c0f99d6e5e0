"""The order of stages: text -> structure -> sentences -> entities -> (numbers, quotes) -> Article."""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

from . import entities, numbers, quotes, structure, tokens
from .records import Article


def extract(text: str, *, title: str | None = None) -> Article:
    """Turn the text of one article into an :class:`Article` record."""
    _check_text(text, "text")
    if title is not None:
        _check_text(title, "title")
    if not text.strip():
        return Article(text=text)
    with _collector_paused():
        layout = structure.segment(text, title)
        sentences = tokens.sentences(layout.paragraphs)
        people = entities.find(text, layout.paragraphs, sentences)
        figures = numbers.find(text, layout.paragraphs, sentences)
        said = quotes.find(text, layout.paragraphs, sentences, entities=people)
    # built with the collector on again: this allocation lets it take up, on this call's
    # time, the collection the article's allocations have earned
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


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector held off for the stages of one article.

    An article allocates tens of thousands of short-lived containers (reference counting
    frees them) and leaves a few thousand long-lived ones in the word-form caches. With the
    collector running, it scans the young objects every 700 allocations and, every few dozen
    articles, traverses every cached pymorphy parse in a full collection: about 8% of the time
    of ``extract`` with fresh caches. Paused, the article's survivors are scanned once, when it
    is done, under the collector's usual thresholds. Only the calling thread's work runs in
    that time, so the pause is taken only when no other Python thread is running (their
    garbage must not wait for ours) and when the collector is on (a caller who turned it off
    keeps it off)."""
    if not gc.isenabled() or threading.active_count() > 1:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
