"""Named-entity spans from natasha's bundled slovnet NER model.

The model files are read straight from the installed natasha package, without
importing natasha itself (its ``MorphVocab`` would drag in pymorphy2).
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from slovnet.bio import bio_spans
from slovnet.shape import word_shape
from slovnet.token import Token as SlovnetToken

from .records import Sentence, Token
from .tokens import tokens as razdel_tokens
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


def spans(sentences: tuple[Sentence, ...],
          tokens: tuple[Token, ...] | None = None) -> tuple[Span, ...]:
    """NER spans of all sentences, tagged in one batch, in original-text offsets.

    ``tokens`` are the sentences' razdel tokens when the caller has them already
    (the model reads razdel's words, so they need not be cut a second time).
    """
    if not sentences:
        return ()
    words = _words(sentences, tokens if tokens is not None else razdel_tokens(sentences))
    found: list[Span] = []
    for sentence, sentence_words, tags in zip(sentences, words, _tags(words)):
        for span in bio_spans(sentence_words, tags):
            for start, stop in _pieces(sentence.text, span.start, span.stop):
                found.append(Span(sentence.start + start, sentence.start + stop,
                                  span.type, sentence.index))
    return tuple(found)


def _words(sentences, tokens) -> list[list[SlovnetToken]]:
    """Each sentence's tokens, in offsets from the sentence start."""
    by_sentence: dict[int, list] = {s.index: [] for s in sentences}
    starts = {s.index: s.start for s in sentences}
    for t in tokens:
        if t.sentence in by_sentence:
            offset = starts[t.sentence]
            by_sentence[t.sentence].append(SlovnetToken(t.start - offset, t.end - offset, t.text))
    return [by_sentence[s.index] for s in sentences]


def _tags(words) -> list[list[str]]:
    """BIO tags of every sentence: shortest sentences batched together, so batches pad little."""
    infer = tagger().infer
    order = sorted(range(len(words)), key=lambda n: len(words[n]))
    items = [_item(words[n]) for n in order]
    batches = (infer.encoder.input(items[k:k + BATCH]) for k in range(0, len(items), BATCH))
    with _blas().limit(limits=1, user_api="blas"):
        tagged = list(infer.decoder(infer.process(batches)))
    tags: list = [None] * len(words)
    for n, sentence_tags in zip(order, tagged):
        tags[n] = sentence_tags
    return tags


def _item(words) -> tuple[list[int], list[int]]:
    ids = [_encoded(w.text) for w in words]
    return [word for word, _ in ids], [shape for _, shape in ids]


@lru_cache(maxsize=200_000)
def _encoded(word: str) -> tuple[int, int]:
    """The model's (word id, shape id) of a word form, worked out once per form."""
    encoder = tagger().infer.encoder
    return encoder.words_vocab.encode(word.lower()), encoder.shapes_vocab.encode(word_shape(word))


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
