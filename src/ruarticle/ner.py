"""Named-entity spans from natasha's bundled slovnet NER model.

The model files are read straight from the installed natasha package, without
importing natasha itself (its ``MorphVocab`` would drag in pymorphy2).
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from .records import Sentence
from .resources import once

NAVEC = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
MODEL = "data/model/slovnet_ner_news_v1.tar"
# Sentences per model call; they are sorted by length first, so a batch pads little.
BATCH = 64


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str  # PER, ORG or LOC
    sentence: int


def _natasha_dir() -> Path:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("ruarticle needs the natasha package for its NER model files")
    return Path(list(spec.submodule_search_locations)[0])


@once
def _blas():
    """numpy's BLAS pool: the model's small matrix products run fastest (and in time
    linear in the input) on one thread; several threads fight over the cores."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@once
def tagger():
    from navec import Navec
    from slovnet import NER

    root = _natasha_dir()
    return NER.load(str(root / MODEL), batch_size=BATCH).navec(Navec.load(str(root / NAVEC)))


def spans(sentences: tuple[Sentence, ...]) -> tuple[Span, ...]:
    """NER spans of all sentences, tagged in one batch, in original-text offsets."""
    if not sentences:
        return ()
    found: list[Span] = []
    model = tagger()
    order = sorted(range(len(sentences)), key=lambda n: len(sentences[n].text))
    with _blas().limit(limits=1, user_api="blas"):
        tagged = list(model.map([sentences[n].text for n in order]))
    markups = [None] * len(sentences)
    for n, markup in zip(order, tagged):
        markups[n] = markup
    for sentence, markup in zip(sentences, markups):
        for span in markup.spans:
            for start, stop in _pieces(sentence.text, span.start, span.stop):
                found.append(Span(sentence.start + start, sentence.start + stop,
                                  span.type, sentence.index))
    return tuple(found)


def _pieces(text: str, start: int, stop: int):
    """Split a span at brackets: "Дэвид Эберсман (David Ebersman)" names one person twice."""
    piece = start
    for i in range(start, stop + 1):
        if i == stop or text[i] in "()[]":
            left, right = piece, i
            while left < right and not text[left].isalnum() and text[left] not in "«\"":
                left += 1
            while right > left and text[right - 1] in " \u00a0,;:":
                right -= 1
            if right > left:
                yield left, right
            piece = i + 1
