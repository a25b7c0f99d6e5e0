from dataclasses import replace

import numpy as np

from ruarticle import ner, nernet

SENTENCES = [
    "Глава МИД России Сергей Лавров прибыл в Пекин .".split(),
    "Да .".split(),
    "Компания Яндекс открыла офис в Казани , сообщил Аркадий Волож .".split(),
    ["Москва"],
]


def slovnet_tags(words):
    """The reference: slovnet's own inference, one sentence per batch (no padding at all)."""
    infer = ner.tagger().infer
    batch = infer.encoder.input([infer.encoder.item(words)])
    return list(infer.decoder(infer.process([batch])))[0]


def packed_tags(sentences):
    items = [[ner._encoded(w) for w in words] for words in sentences]
    found = nernet.tag_ids(ner.network(), [[w for w, _ in i] for i in items],
                           [[s for _, s in i] for i in items])
    names = ner._tag_names()
    return [[names[i] for i in ids] for ids in found]


def test_packed_sentences_tag_as_slovnet_tags_each_alone():
    assert packed_tags(SENTENCES) == [slovnet_tags(words) for words in SENTENCES]


def test_sentences_split_over_passes_and_crf_groups_tag_the_same(monkeypatch):
    whole = packed_tags(SENTENCES)
    monkeypatch.setattr(nernet, "CHUNK", 5)
    monkeypatch.setattr(nernet, "DECODE_AREA", 5)
    assert packed_tags(SENTENCES) == whole


def test_empty_sentence_gets_no_tags():
    assert packed_tags([[], ["Москва"]]) == [[], slovnet_tags(["Москва"])]


def test_crf_groups_put_longest_first_and_bound_the_padded_area(monkeypatch):
    monkeypatch.setattr(nernet, "DECODE_AREA", 8)
    # lengths 5 | 3, 2 (2 x 3 = 6 cells) | 1 (a third sentence of the group would make 9)
    assert list(nernet._groups([1, 3, 0, 2, 5])) == [[4], [1, 3], [0]]


def test_viterbi_follows_transitions_over_emissions():
    # tag 1 followed by tag 0 costs 100
    net = replace(ner.network(), transitions=np.array([[0, 0], [-100, 0]], np.float32))
    emissions = [np.array([[0, 1], [0.5, 0], [0, 2]], np.float32)]
    # by emissions alone the best path is 1, 0, 1; the transition cost keeps it on 1
    assert nernet._decode(net, emissions)[0] == [1, 1, 1]


def test_viterbi_decodes_sentences_of_different_lengths_together():
    net = replace(ner.network(), transitions=np.zeros((2, 2), np.float32))
    emissions = [np.array([[0, 1], [1, 0], [0, 1]], np.float32), np.array([[1, 0]], np.float32)]
    assert nernet._decode(net, emissions) == [[1, 0, 1], [0]]


def test_a_sentence_longer_than_a_pass_is_scored_in_pieces_with_the_same_tags(monkeypatch):
    long = "Вчера глава МИД России Сергей Лавров прибыл в Пекин , где встретился с Ван И .".split()
    whole = packed_tags([long, ["Москва"]])
    monkeypatch.setattr(nernet, "CHUNK", 4)
    assert list(nernet._pieces([len(long)]))[:2] == [(0, 0, 4), (0, 4, 8)]
    assert packed_tags([long, ["Москва"]]) == whole


def test_pieces_of_a_sentence_score_as_the_whole_sentence():
    long = "Вчера глава МИД России Сергей Лавров прибыл в Пекин , где встретился с Ван И .".split()
    ids = [ner._encoded(w) for w in long]
    words, shapes = [[w for w, _ in ids]], [[s for _, s in ids]]
    whole = nernet._emissions(ner.network(), words, shapes, [(0, 0, len(long))])[0]
    cut = [(0, 0, 5), (0, 5, 11), (0, 11, len(long))]
    pieces = np.concatenate(nernet._emissions(ner.network(), words, shapes, cut))
    assert np.allclose(pieces, whole, rtol=1e-5, atol=1e-5)


def test_word_vectors_are_navec_sub_vectors_laid_end_to_end():
    net = ner.network()
    ids = np.array([0, 5, 249_999, 5])
    codes = net.word_codes
    expected = codes[np.arange(codes.shape[0]), net.word_indexes[ids]].reshape(len(ids), -1)
    assert np.array_equal(nernet._word_vectors(net, ids), expected)
