"""Bodies named by their function: "следствие", "регулятор"."""
from quoted import found


def _speaker_of(text, content_start):
    q = next(q for q in found(text) if q.text.startswith(content_start))
    return q.speaker


def test_investigation_is_the_investigating_body_named_before():
    text = ("Главное следственное управление СК России по Москве возбудило уголовное дело о мошенничестве. "
            "По версии следствия, бизнесмен похитил у банка 300 млн рублей.")
    s = _speaker_of(text, "бизнесмен похитил")
    assert (s.text, s.name) == ("следствия", "Главное следственное управление СК России по Москве")


def test_investigation_with_no_investigating_body_named_names_nobody():
    text = "Бизнесмена задержали в аэропорту. По версии следствия, он похитил у банка 300 млн рублей."
    s = _speaker_of(text, "он похитил")
    assert s.text == "следствия" and s.name is None


def test_regulator_is_the_supervisory_body_named_before():
    text = ("Федеральная служба по надзору в сфере транспорта проверила перевозчика. "
            "По данным регулятора, компания нарушала график отдыха водителей.")
    s = _speaker_of(text, "компания нарушала")
    assert s.name == "Федеральная служба по надзору в сфере транспорта"


def test_investigation_opening_a_report_is_the_body_named_after_it():
    text = ("По версии следствия, бизнесмен похитил у банка 300 млн рублей. "
            "Главное следственное управление СК России по Москве сообщило, что он задержан.")
    s = _speaker_of(text, "бизнесмен похитил")
    assert s.name == "Главное следственное управление СК России по Москве"


def test_investigation_is_the_investigating_body_that_spoke_before_one_named_since():
    text = ("Как сообщили в Следственном комитете России, бизнесмен задержан в аэропорту. "
            "Ранее Следственное управление по Тверской области возбудило дело о его фирме. "
            "По версии следствия, бизнесмен похитил у банка 300 млн рублей.")
    s = _speaker_of(text, "бизнесмен похитил")
    assert s.name == "Следственный комитет России"


def test_investigation_is_the_police_of_a_country_where_the_police_investigates():
    text = ("Во Львове задержали двух мошенников, сообщили в Национальной полиции Украины. "
            "По данным следствия, они выманили у пенсионеров более 2 млн гривен.")
    s = _speaker_of(text, "они выманили")
    assert s.name == "Национальная полиция Украины"


def test_a_financial_institution_is_the_bank_named_before():
    text = ("Клиенты Приморского торгового банка пожаловались на сбой приложения. "
            "«Все операции будут проведены», — говорится в заявлении финучреждения.")
    s = _speaker_of(text, "Все операции")
    assert s.text == "финучреждения" and "банк" in s.name


def test_a_function_noun_keeps_every_marker_of_its_body_in_file_order():
    from ruarticle.resources import grouped
    assert grouped("quote_functional_bodies.tsv")["следствие"][:2] == ("следствен", "ск")


def test_regulator_is_the_competition_authority_named_before():
    text = ("Совет по конкуренции утвердил новые тарифы газовой компании Moldovagaz. "
            "Регулятор также указал, что компания должна сократить потери в сетях.")
    s = _speaker_of(text, "компания должна")
    assert (s.text, s.name) == ("Регулятор", "Совет по конкуренции")
