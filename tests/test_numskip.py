from ruarticle import numskip
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def blocked_texts(text, paragraph_start=True):
    toks = tokenize(Sentence(0, 0, 0, len(text), text))
    return [toks[i].text for i in sorted(numskip.blocked(toks, text, 0, paragraph_start))]


def test_phone_numbers():
    assert blocked_texts("Тел. 8-800-555-35-35") != []
    assert blocked_texts("Сумма 1 250 000 000 тенге") == []


def test_model_names_and_glued_letters():
    assert blocked_texts("Xiaomi Watch 5") == ["5"]
    assert blocked_texts("Tele2") == ["2"]


def test_glued_units_are_allowed():
    assert blocked_texts("в 2008г. и 10км") == []


def test_times_and_scores():
    assert blocked_texts("в 10:30") == ["10", "30"]


def test_identifiers_after_numero_and_article():
    assert blocked_texts("закон № 5 и ст. 158") == ["5", "158"]
    assert blocked_texts("по 159 УК РФ") == ["159"]


def test_short_quotes_are_names():
    assert "36,6" in blocked_texts("крем «36,6» в аптеке")
    assert blocked_texts("Он сказал: «Выручка выросла на 36,6 процента за год»") == []


def test_list_markers():
    assert blocked_texts("1. Иванов") == ["1"]
    assert blocked_texts("1. Иванов", paragraph_start=False) == ["1"]
    assert blocked_texts("Получено 5. Иванов") == []


def test_item_numbers_before_capitalised_words():
    assert blocked_texts("Условия 1 Трудоустройство 2 Заработная плата", paragraph_start=False) == ["1", "2"]
    assert blocked_texts("Он получил 2 Оскара", paragraph_start=False) == []
