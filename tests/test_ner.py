from ruarticle import ner, structure
from ruarticle.tokens import sentences


def spans_of(text):
    layout = structure.segment(text)
    return [(text[s.start:s.end], s.type) for s in ner.spans(sentences(layout.paragraphs))]


def test_spans_are_in_original_offsets_across_sentences():
    text = "Погода была хорошей.\n\nГлава МИД России Сергей Лавров прибыл в Пекин."
    found = spans_of(text)
    assert ("Сергей Лавров", "PER") in found and ("Пекин", "LOC") in found


def test_span_is_split_at_brackets():
    text = "Финансовым директором назначен Дэвид Эберсман (David Ebersman), сообщает газета."
    found = [t for t, kind in spans_of(text) if kind == "PER"]
    assert "Дэвид Эберсман" in found and "David Ebersman" in found


def test_no_sentences_no_spans():
    assert ner.spans(()) == ()


def test_navec_vectors_are_read_as_navec_itself_reads_them():
    import numpy as np
    from navec import Navec

    path = ner._natasha_dir() / ner.NAVEC
    own, light = Navec.load(str(path)), ner._navec(path)
    assert light.meta.id == own.meta.id
    assert np.array_equal(light.pq.indexes, own.pq.indexes)
    assert np.array_equal(light.pq.codes, own.pq.codes)
