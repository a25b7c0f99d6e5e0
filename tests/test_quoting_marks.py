"""Quotation mark pairs: nesting, straight marks, apostrophes."""
from ruarticle.quoting import marks


def spans(text):
    return [(text[m.start:m.end], m.depth) for m in marks.pairs(text)]


def test_guillemets_with_nested_low_high_marks():
    assert spans("Он сказал: «Я был в „Газпроме“ вчера»") == [
        ("Я был в „Газпроме“ вчера", 0), ("Газпроме", 1)]


def test_straight_marks_pair_up_around_words():
    assert spans('Фильм "Сияние" вышел.') == [("Сияние", 0)]


def test_an_apostrophe_is_not_a_closing_mark():
    assert spans("Песня I Can’t Resist вышла.") == []


def test_unbalanced_mark_is_ignored():
    assert spans("Он сказал: «незаконченная фраза") == []


def test_name_nested_in_a_name_shares_its_closing_mark():
    assert spans("АО «НАК «Казатомпром» заявило: «Мы выполним план»") == [
        ("НАК «Казатомпром", 0), ("Казатомпром", 1), ("Мы выполним план", 0)]


def test_speech_holding_a_nested_name_keeps_both_closing_marks():
    assert spans("«Мы работаем с ТОО «Рога и копыта» давно», — сказал он") == [
        ("Мы работаем с ТОО «Рога и копыта» давно", 0), ("Рога и копыта", 1)]


def test_outermost_round_brackets():
    assert marks.brackets("Он (в Москве (ЦАО)) и (там)") == [(3, 18), (22, 26)]


def test_the_closing_mark_of_a_short_quoted_name_is_found():
    from ruarticle.quoting.marks import closing
    from ruarticle.quoting.words import tokenize
    ws = tokenize("газета «Новые известия» пишет")
    assert closing(ws, 1, len(ws)) == 4
    assert closing(tokenize("«" + "слово " * 12 + "»"), 0, 14) is None  # too long for a name


def test_a_quoted_name_is_stepped_over_with_the_stop_inside_it():
    from ruarticle.quoting.marks import through_name
    from ruarticle.quoting.words import tokenize
    ws = tokenize("канал «Омск. Новости» пишет")
    assert [w.text for w in ws][through_name(ws, 1, len(ws)):] == ["пишет"]
    assert through_name(tokenize("«" + "слово " * 12 + "»"), 0, 14) is None  # too long for a name


def test_a_name_quoted_inside_a_quotation_closes_before_it():
    text = "Тренер недоволен. «Мы знали, что «Тобол» сильно начинает», — сказал тренер."
    outer = [m for m in marks.pairs(text) if m.depth == 0]
    assert [(text[m.open], text[m.close]) for m in outer] == [("«", "»")]
    assert text[outer[0].open + 1:outer[0].close] == "Мы знали, что «Тобол» сильно начинает"
