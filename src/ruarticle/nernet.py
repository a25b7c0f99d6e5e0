"""slovnet's NER network run on packed sentences: the same weights, less work per call.

slovnet pads every sentence of a batch to the longest one and builds its convolution
windows from a channels-first array, which costs a copy per layer in a poor memory order.
Here the sentences of a chunk sit end to end in one channels-last array, each followed by
one zero row. The convolutions (kernel 3, padding 1) see zeros at every sentence edge,
exactly as with slovnet's zero padding (its pad embeddings are zero vectors too), and no
row is wasted on padding. The CRF then decodes many sentences together. A sentence longer
than a pass (CHUNK tokens: a text without punctuation) is scored in pieces that overlap by
the network's reach, so memory stays bounded and the scores stay the same.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Tokens per forward pass: bounds memory on huge texts (the first layer's windows take
# 4 kB per token); one ordinary article fits in one pass.
CHUNK = 4096
# Sentences x longest sentence per CRF group: bounds the padded scores it decodes (256 kB).
DECODE_AREA = 8192
# Tokens on each side a token's scores depend on: three convolutions of width 3.
CONTEXT = 3


@dataclass(frozen=True, slots=True)
class Layer:
    weight: np.ndarray   # (kernel * in, out): window rows laid out kernel-major
    bias: np.ndarray
    scale: np.ndarray    # batch norm folded into one multiply and one add
    shift: np.ndarray


@dataclass(frozen=True, slots=True)
class Net:
    word_indexes: np.ndarray   # navec: word id -> quantised code per sub-vector
    word_codes: np.ndarray     # (sub-vectors, centroids, sub-vector size)
    shapes: np.ndarray         # shape id -> embedding
    layers: tuple[Layer, ...]
    proj_weight: np.ndarray
    proj_bias: np.ndarray
    transitions: np.ndarray    # CRF: score of tag i followed by tag j

    @property
    def width(self) -> int:
        """Size of a word vector: sub-vectors x their size."""
        return self.word_codes.shape[0] * self.word_codes.shape[2]


def build(model) -> Net:
    """Take the arrays out of a loaded slovnet ``NER`` model."""
    layers = []
    for layer in model.encoder.layers:
        out, inp, kernel = layer.conv.weight.shape
        if kernel != 3 or layer.conv.padding != 1:
            raise ValueError("packed NER expects convolutions of kernel 3, padding 1")
        weight = layer.conv.weight.array.transpose(2, 1, 0).reshape(kernel * inp, out)
        norm = layer.norm
        scale = norm.weight.array / norm.std.array
        layers.append(Layer(np.ascontiguousarray(weight), layer.conv.bias.array,
                            scale, norm.bias.array - norm.mean.array * scale))
    word = model.emb.word
    return Net(word.indexes.array, word.codes.array, model.emb.shape.weight.array,
               tuple(layers), model.head.proj.weight.array, model.head.proj.bias.array,
               model.head.crf.transitions.array)


def tag_ids(net: Net, words: list[list[int]], shapes: list[list[int]]) -> list[list[int]]:
    """The best tag id sequence of every sentence (lists of word and shape ids)."""
    lengths = [len(w) for w in words]
    scores: list = [[] for _ in words]
    for batch in _batches(_pieces(lengths)):
        for (n, _, _), piece in zip(batch, _emissions(net, words, shapes, batch)):
            scores[n].append(piece)
    found: list = [[] for _ in words]
    for group in _groups(lengths):
        joined = [np.concatenate(scores[n]) if len(scores[n]) > 1 else scores[n][0]
                  for n in group]
        for n, tags in zip(group, _decode(net, joined)):
            found[n] = tags
    return found


def _pieces(lengths: list[int]):
    """(sentence, first token, end token): whole sentences, or CHUNK-long parts of longer ones."""
    for n, size in enumerate(lengths):
        for first in range(0, size, CHUNK):
            yield n, first, min(size, first + CHUNK)


def _batches(pieces):
    """Pieces in groups of at most CHUNK tokens: one forward pass each."""
    batch, size = [], 0
    for piece in pieces:
        if batch and size + piece[2] - piece[1] > CHUNK:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += piece[2] - piece[1]
    if batch:
        yield batch


def _groups(lengths: list[int]):
    """Sentence numbers, longest first, in the groups the CRF decodes together: a group pads
    every sentence to its first (longest) one, so its sentences x that length stays within
    DECODE_AREA (or it is one sentence)."""
    order = sorted((n for n in range(len(lengths)) if lengths[n]), key=lambda n: -lengths[n])
    group: list[int] = []
    for n in order:
        if group and (len(group) + 1) * lengths[group[0]] > DECODE_AREA:
            yield group
            group = []
        group.append(n)
    if group:
        yield group


def _emissions(net: Net, words, shapes, batch) -> list[np.ndarray]:
    """Per piece, the (tokens, tags) scores the CRF decodes.

    A piece cut out of a longer sentence brings CONTEXT tokens of its sentence on each side,
    so its own tokens see exactly the neighbours they have in the whole sentence."""
    spans, kept, filled, row = [], [], [], 1
    for n, first, end in batch:
        low, high = max(0, first - CONTEXT), min(len(words[n]), end + CONTEXT)
        spans.append((n, low, high))
        filled.append(np.arange(row, row + high - low))
        kept.append(np.arange(row + first - low, row + end - low))
        row += high - low + 1  # and a zero row after it
    filled, kept = np.concatenate(filled), np.concatenate(kept)
    word_ids = np.fromiter((i for n, lo, hi in spans for i in words[n][lo:hi]), np.int64,
                           len(filled))
    shape_ids = np.fromiter((i for n, lo, hi in spans for i in shapes[n][lo:hi]), np.int64,
                            len(filled))
    x = np.zeros((row, net.width + net.shapes.shape[1]), np.float32)
    x[filled, :net.width] = _word_vectors(net, word_ids)
    x[filled, net.width:] = net.shapes[shape_ids]
    gaps = np.ones(row, bool)
    gaps[filled] = False
    for layer in net.layers:
        x = _convolve(x, layer, gaps)
    scores = x[kept] @ net.proj_weight + net.proj_bias
    return np.split(scores, np.cumsum([end - first for _, first, end in batch[:-1]]))


def _word_vectors(net: Net, word_ids: np.ndarray) -> np.ndarray:
    """navec's vectors of the words: sub-vector s of word w is centroid indexes[w, s] of
    sub-vector s, i.e. row s * centroids + indexes[w, s] of the codes laid end to end (one
    flat take: six times faster than indexing the 3-d codes with two arrays)."""
    parts, centroids, size = net.word_codes.shape
    rows = net.word_indexes[word_ids] + np.arange(0, parts * centroids, centroids)
    return np.take(net.word_codes.reshape(parts * centroids, size), rows, axis=0) \
        .reshape(len(word_ids), parts * size)


def _convolve(x: np.ndarray, layer: Layer, gaps: np.ndarray) -> np.ndarray:
    """One conv + ReLU + batch-norm layer; the zero rows between sentences stay zero."""
    windows = np.concatenate((x[:-2], x[1:-1], x[2:]), axis=1)
    out = np.empty((len(x), layer.weight.shape[1]), np.float32)
    inner = out[1:-1]
    np.matmul(windows, layer.weight, out=inner)
    inner += layer.bias
    np.maximum(inner, 0, out=inner)
    inner *= layer.scale
    inner += layer.shift
    out[gaps] = 0
    return out


def _decode(net: Net, emissions: list[np.ndarray]) -> list[list[int]]:
    """Viterbi over sentences sorted longest first: at step t only a prefix is still going.
    The forward pass scores all sentences at once; the way back, a lookup per token, is
    walked in plain Python (a numpy call per step cost more than the lookups it does)."""
    lengths = [len(e) for e in emissions]
    longest, tags_count = lengths[0], net.transitions.shape[0]
    padded = np.zeros((longest, len(emissions), tags_count), np.float32)  # step-major
    for n, e in enumerate(emissions):
        padded[:len(e), n] = e
    going = np.count_nonzero(np.array(lengths) > np.arange(longest)[:, None], axis=1).tolist()
    score = padded[0].copy()
    history: list = [None]
    for t in range(1, longest):
        step = score[:going[t], :, None] + net.transitions
        step += padded[t, :going[t], None, :]
        history.append(step.argmax(1).tolist())
        score[:going[t]] = step.max(1)
    paths = []
    for n, (size, tag) in enumerate(zip(lengths, score.argmax(1).tolist())):
        path = [tag]
        for t in range(size - 1, 0, -1):
            tag = history[t][n][tag]
            path.append(tag)
        path.reverse()
        paths.append(path)
    return paths
