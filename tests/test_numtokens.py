from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def toks(text):
    return tokenize(Sentence(0, 0, 10, 10 + len(text), text))


def test_offsets_are_absolute():
    found = toks("Рост 5%")
    assert [(t.start, t.end) for t in found] == [(10, 14), (15, 16), (16, 17)]


def test_thousands_groups_are_joined():
    assert [t.text for t in toks("в 1 250 000 раз")] == ["в", "1 250 000", "раз"]
    assert [t.text for t in toks("до 250\u00a0000 машин")][1] == "250\u00a0000"


def test_years_are_not_joined_with_a_following_number():
    assert [t.text for t in toks("в 2019 300 человек")][1:3] == ["2019", "300"]


def test_digits_with_suffixes_and_ranges_stay_one_token():
    assert [t.text for t in toks("30-й 2-3 31-летнего")] == ["30-й", "2-3", "31-летнего"]


def test_names_with_digits_are_words():
    assert [t.kind for t in toks("Ту-154")] == ["word"]


def test_a_digit_run_too_long_for_a_figure_is_not_a_number():
    text = "Код " + "7" * 5000 + " рублей."
    toks = tokenize(Sentence(0, 0, 0, len(text), text))
    assert [t.kind for t in toks][:3] == ["word", "other", "word"]
