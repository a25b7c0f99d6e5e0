from ruarticle.numscan import _may_start
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def toks(text):
    return {t.text: t for t in tokenize(Sentence(0, 0, 0, len(text), text))}


def test_ordinary_words_and_punctuation_cannot_start_a_figure():
    found = toks("Министр прибыл в Пекин, сообщили журналисты.")
    assert not any(_may_start(t) for t in found.values())


def test_digits_number_words_months_and_signs_may_start_a_figure():
    found = toks("В марте двадцать пять сорокалетних заплатили $5 за полгода и ещё год")
    for word in ("марте", "двадцать", "сорокалетних", "$", "5", "полгода", "год"):
        assert _may_start(found[word]), word


def test_a_url_cannot_start_a_figure():
    assert not _may_start(toks("см. https://example.com/2020")["https://example.com/2020"])
