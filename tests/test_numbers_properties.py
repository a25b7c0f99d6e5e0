"""Properties that hold for any input: no crash, offsets point into the text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from ruarticle import extract

PIECES = list("0123456789 ,.-–%$€«»()/:№\n") + [
    "млн", "тыс.", "рублей", "года", "марта", "на", "до", "около", "два", "третий", "-летнего", "с", "по",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_gives_consistent_offsets(pieces):
    text = "".join(pieces)
    for number in extract(text).numbers:
        assert text[number.start:number.end] == number.text
        assert number.kind in ("money", "percent", "count", "quantity", "year", "date", "period",
                               "ordinal", "age")


def test_huge_digit_runs_are_not_amounts():
    assert all(n.kind != "money" for n in extract("9" * 40 + " долларов").numbers)
