"""Named-entity spans from natasha's bundled slovnet NER model.

The model files are read straight from the installed natasha package, without
importing natasha itself (its ``MorphVocab`` would drag in pymorphy2).
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from slovnet.shape import word_shape

from . import nernet
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
    from slovnet import NER

    root = _natasha_dir()
    return NER.load(str(root / MODEL), batch_size=BATCH).navec(_navec(root / NAVEC))


def _navec(path: Path) -> SimpleNamespace:
    """The parts of a navec archive the NER model reads: its id and the quantised vectors.

    navec's own loader also builds a 250,000-word vocabulary and similarity tables the tagger
    never uses: a quarter of a second at start-up and 100 MB at its peak."""
    import numpy as np
    from navec.meta import Meta
    from navec.tar import Tar

    with Tar(str(path)) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        packed = tar.load("pq.bin")
        vectors, _, parts, centroids = (int(n) for n in np.frombuffer(packed.read(16), np.uint32))
        indexes = np.frombuffer(packed.read(vectors * parts), np.uint8).reshape(vectors, parts)
        codes = np.frombuffer(packed.read(), np.float32).reshape(parts, centroids, -1)
    return SimpleNamespace(meta=meta, pq=SimpleNamespace(indexes=indexes, codes=codes))


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
        for start, stop, kind in _bio(sentence_words, tags):
            for left, right in _pieces(sentence.text, start - sentence.start,
                                       stop - sentence.start):
                found.append(Span(sentence.start + left, sentence.start + right,
                                  kind, sentence.index))
    return tuple(found)


def _words(sentences, tokens) -> list[list[Token]]:
    """Each sentence's tokens."""
    by_sentence: dict[int, list] = {s.index: [] for s in sentences}
    for t in tokens:
        words = by_sentence.get(t.sentence)
        if words is not None:
            words.append(t)
    return [by_sentence[s.index] for s in sentences]


def _bio(words: list[Token], tags: list[str]):
    """(start, end, type) of each tagged run: B- opens a span, I- extends it, O closes it."""
    kind = start = stop = None
    for word, tag in zip(words, tags):
        part, _, tag_type = tag.partition("-")
        if part == "I":
            stop = word.end
        elif part in ("B", "O"):
            if kind:
                yield start, stop, kind
            kind = tag_type if part == "B" else None
            start, stop = word.start, word.end
    if kind:
        yield start, stop, kind


def _tags(words) -> list[list[str]]:
    """BIO tags of every sentence, all sentences of the article in one packed pass."""
    items = [_item(sentence) for sentence in words]
    with _blas().limit(limits=1, user_api="blas"):
        found = nernet.tag_ids(network(), [w for w, _ in items], [s for _, s in items])
    names = _tag_names()
    return [[names[i] for i in ids] for ids in found]


@once
def network() -> nernet.Net:
    return nernet.build(tagger().infer.model)


@once
def _tag_names() -> list[str]:
    return list(tagger().infer.decoder.tags_vocab.items)


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
