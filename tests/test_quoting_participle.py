"""Participle cues: "депутаты, считающие, что ..." report the view of the phrase they describe."""
from ruarticle import extract


def test_a_reporting_participle_before_that_clause():
    qs = extract("Против выступили депутаты оппозиции, считающие, что закон ударит по малому бизнесу.").quotes
    assert len(qs) == 1
    assert qs[0].text == "закон ударит по малому бизнесу"
    assert qs[0].cue.text == "считающие"
    assert qs[0].speaker.text == "депутаты оппозиции"


def test_a_participle_that_reports_nothing_is_no_cue():
    assert not extract("Компании, производящие, что угодно, растут быстрее остальных.").quotes
