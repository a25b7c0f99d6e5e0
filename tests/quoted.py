"""Helpers shared by the quote tests: the quotes ``extract`` finds in a text."""
from ruarticle import extract


def found(text):
    return extract(text).quotes


def only(text):
    """The one quote of a text (the test fails when there are none or several)."""
    qs = found(text)
    assert len(qs) == 1, qs
    return qs[0]
