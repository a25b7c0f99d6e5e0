from ruarticle import dates
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def toks(text):
    return tokenize(Sentence(0, 0, 0, len(text), text))


def test_months_in_any_case_lowercase_only():
    assert dates.month(toks("марте")[0]) == 3
    assert dates.month(toks("Марта")[0]) is None


def test_abbreviated_months_only_after_a_day():
    assert dates.month(toks("дек")[0]) is None
    assert dates.month(toks("дек")[0], after_day=True) == 12


def test_year_words():
    assert dates.year_word(toks("году"), 0) == 1
    assert dates.year_word(toks("г. в"), 0) == 2
    assert dates.year_word(toks("дом"), 0) is None


def test_decades():
    assert dates.decade(90) == 1990
    assert dates.decade(10) == 2010
    assert dates.decade(1980) == 1980


def test_date_values_with_unknown_parts():
    assert dates.date_value(None, 3, 8) == "XXXX-03-08"
    assert dates.date_value(2009, 5, None) == "2009-05-XX"
