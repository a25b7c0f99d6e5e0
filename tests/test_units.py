from ruarticle import units
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def toks(text):
    return tokenize(Sentence(0, 0, 0, len(text), text))


def test_currency_words_signs_and_abbreviations():
    assert units.currency(toks("долларов"), 0).unit == "USD"
    assert units.currency(toks("€"), 0).unit == "EUR"
    assert units.currency(toks("руб. в год"), 0).end == 2
    assert units.currency(toks("тенге"), 0).unit == "KZT"


def test_named_currencies():
    assert units.currency(toks("кипрских фунтов"), 0).unit == "CYP"
    assert units.currency(toks("долларов США"), 0).end == 2
    assert units.currency(toks("фунтов стерлингов"), 0).unit == "GBP"


def test_adjective_without_a_currency_is_nothing():
    assert units.currency(toks("новых домов"), 0) is None


def test_percent_and_points():
    assert units.percent(toks("%"), 0).unit == "%"
    assert units.percent(toks("процентных пункта"), 0).unit == "п.п."
    assert units.percent(toks("п.п."), 0).unit == "п.п."


def test_measures():
    assert (units.measure(toks("тонн"), 0).unit, units.measure(toks("тонн"), 0).kind) == ("тонна", "quantity")
    assert units.measure(toks("месяцев"), 0).kind == "period"
    assert units.measure(toks("кв. м"), 0).unit == "кв. м"


def test_currency_adjective_stems():
    assert units.currency_stem("долларовой") == "USD"
    assert units.currency_stem("летний") is None


def test_areas_written_out_are_normalised():
    assert units.measure(toks("квадратных километров"), 0).unit == "кв. км"
