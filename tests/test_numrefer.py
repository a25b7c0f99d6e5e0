from ruarticle import extract


def units(text):
    return [(n.text, n.kind, n.unit) for n in extract(text).numbers]


def test_bare_digits_borrow_the_last_count():
    assert units("Проголосовали 300 человек. Ещё 50 воздержались.")[-1] == ("50", "count", "человек")


def test_bare_scaled_number_may_borrow_money():
    assert units("Сделка стоила 5 млн евро. Вторая — 7 млн.")[-1] == ("7 млн", "money", "EUR")


def test_nothing_to_borrow_from_far_away():
    text = "Проголосовали 300 человек. Первая фраза. Вторая фраза. Третья фраза. Ещё 50 воздержались."
    assert units(text)[-1] == ("50", "count", None)


def test_bare_currency_follows_the_named_one():
    found = units("Долг — 10 млн канадских долларов. Из них 2 млн долларов погашено.")
    assert [u for _, _, u in found] == ["CAD", "CAD"]


def test_days_after_an_age_are_part_of_it():
    assert units("Тогда ему было 115 лет и 253 дня.") == [("115 лет", "age", "год"), ("253 дня", "age", "день")]


def test_coordinated_bare_number_counts_the_same():
    assert units("Он записал 40 сольных дисков и три в составе группы.")[-1] == ("три", "count", "диск")


def test_a_sentence_with_nothing_to_resolve_keeps_its_read():
    from ruarticle import numrefer
    from ruarticle.numbers import _read
    from ruarticle.records import Paragraph, Sentence

    text = "Завод выпустил 300 тракторов за год."
    sentence = Sentence(0, 0, 0, len(text), text)
    read = _read(sentence, Paragraph(0, "body", 0, len(text), text))
    assert numrefer.resolve([read])[0] is read
