from ruarticle import numdates
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def toks(text):
    return tokenize(Sentence(0, 0, 0, len(text), text))


def test_month_alone_with_a_year():
    drafts, end = numdates.month_alone(toks("мае 2009 года"), 0)
    assert (drafts[0].value, end) == ("2009-05-XX", 3)


def test_numeric_date():
    drafts, _ = numdates.numeric_date(toks("30.04.2020"), 0)
    assert drafts[0].value == "2020-04-30"


def test_year_after_accepts_suffixed_years():
    assert numdates.year_after(toks("2010-го"), 0) == (2010, 1)
