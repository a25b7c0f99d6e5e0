"""Trimming a content span (quoting/draft.py)."""
from ruarticle.quoting.draft import trim, unwrap


def test_trim_drops_final_punctuation_and_spaces():
    text = " он ушёл. "
    s, e = trim(text, 0, len(text))
    assert text[s:e] == "он ушёл"


def test_trim_drops_a_closing_mark_whose_opening_lies_before_the_span():
    text = "«По словам X, он ушёл»."
    s, e = trim(text, text.index("он"), len(text))
    assert text[s:e] == "он ушёл"


def test_trim_keeps_marks_that_pair_inside_the_span():
    text = "назвал его «вруном»"
    s, e = trim(text, 0, len(text))
    assert text[s:e] == text


def test_trim_drops_an_opening_mark_whose_close_lies_after_the_span():
    text = '"он дал согласие, однако'
    s, e = trim(text, 0, text.index(","))
    assert text[s:e] == "он дал согласие"


def test_trim_drops_a_lone_straight_closing_mark():
    text = 'сказал, что не понимает этого".'
    s, e = trim(text, text.index("не"), len(text))
    assert text[s:e] == "не понимает этого"


def test_unwrap_drops_marks_around_the_whole_span_only():
    nested = "«план «Север» готов»"
    assert unwrap(nested, 0, len(nested)) == (1, len(nested) - 1)
    two = "«сделал всё», но «надо жить»"
    assert unwrap(two, 0, len(two)) == (0, len(two))
