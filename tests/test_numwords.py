import pytest

from ruarticle import numwords


@pytest.mark.parametrize("word, value, role", [
    ("восемью", 8, "card"),
    ("двух", 2, "card"),
    ("полутора", 1.5, "card"),
    ("тысяч", 1000, "scale"),
    ("млрд", 1e9, "scale"),
    ("третьего", 3, "ord"),
    ("шестеро", 6, "coll"),
    ("трети", 0.3333, "frac"),
    ("дважды", 2, "times"),
])
def test_word_values_in_any_case(word, value, role):
    entry = numwords.word(word)
    assert (entry.value, entry.role) == (value, role)


def test_ordinary_words_are_not_numbers():
    assert numwords.word("дом") is None


@pytest.mark.parametrize("text, value", [
    ("19,7", 19.7),
    ("1 250 000", 1250000),
    ("1\u00a0250", 1250),
    ("27.5", 27.5),
    ("1.500", 1500),
])
def test_digits(text, value):
    assert numwords.digits(text) == value


def test_dot_with_three_digits_before_a_scale_is_decimal():
    assert numwords.digits("1.250", before_scale=True) == 1.25


def test_compose_runs_of_words():
    words = [numwords.word(w) for w in "три миллиона двести тысяч".split()]
    assert numwords.compose(words) == 3_200_000


def test_continues_only_in_place_order():
    assert numwords.continues(numwords.word("двадцать"), numwords.word("пять"))
    assert not numwords.continues(numwords.word("пять"), numwords.word("шесть"))


def test_tidy_makes_integers_int():
    assert isinstance(numwords.tidy(18e9), int)
    assert numwords.tidy(0.1 + 0.2) == 0.3
