"""Attributions pointing back (quoting/backref.py). Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_об_этом_points_back_at_the_sentence_before():
    qs = found("Памятник открыли в субботу. Об этом журналистам сообщил мэр.")
    assert [q.text for q in qs] == ["Памятник открыли в субботу"]


def test_этом_with_a_noun_of_its_own_points_at_nothing():
    qs = found("Памятник открыли в субботу. Об этом человеке говорят разное, особенно на Урале.")
    assert qs == ()


def test_an_adjective_that_may_open_the_subject_keeps_the_pointer():
    qs = found("Иск отклонили. Об этом городской суд сообщил в пятницу.")
    assert [q.text for q in qs] == ["Иск отклонили"]


def test_figures_pointed_back_at_are_cited_by_the_speaker():
    qs = found("За зиму в районе выявлено 40 случаев гриппа. Такие данные привела главный врач Ирина Белова.")
    assert [(q.text, q.cue.text, q.speaker.text) for q in qs] == [
        ("За зиму в районе выявлено 40 случаев гриппа", "привела", "главный врач Ирина Белова")]


def test_an_opinion_pointed_back_at_is_the_sentence_before():
    qs = found("Тарифы на воду поднимут весной. Такое мнение в эфире радио высказал экономист Олег Сомов.")
    assert [(q.text, q.cue.text, q.speaker.text) for q in qs] == [
        ("Тарифы на воду поднимут весной", "высказал", "экономист Олег Сомов")]


def test_a_pointer_with_a_verb_of_its_own_is_a_statement_closed_by_its_cue():
    qs = found("Вратарь Павел Орлов пропустит финал. Это стало известно после осмотра в клинике, "
               "где врачи нашли у него надрыв связки, сообщает «Спорт-Экспресс».")
    assert [(q.text, q.cue.text, q.speaker.text) for q in qs] == [
        ("Это стало известно после осмотра в клинике, где врачи нашли у него надрыв связки",
         "сообщает", "«Спорт-Экспресс»")]


def test_a_pointer_that_reports_itself_still_points_back():
    qs = found("Вратарь Павел Орлов пропустит финал. Это подтвердили в клубе, сообщает ТАСС.")
    assert [q.text for q in qs] == ["Вратарь Павел Орлов пропустит финал"]


def test_a_fronted_event_topic_takes_up_the_unsourced_news_before_it():
    qs = found("Вчера под Тверью разбился рейсовый автобус.\n\nОб аварии сообщила полиция области.")
    assert [(q.text, q.cue.text, q.speaker.text) for q in qs] == [
        ("Вчера под Тверью разбился рейсовый автобус", "сообщила", "полиция области")]


def test_a_fronted_event_topic_after_sourced_news_stays_a_topic():
    qs = found("Как сообщает ТАСС, композитор Олег Лунин умер в больнице.\n\n"
               "О смерти композитора сообщила его дочь.")
    assert [q.text for q in qs] == ["композитор Олег Лунин умер в больнице", "смерти композитора"]


def test_backref_source_named_with_a_stop_inside_its_marks():
    qs = found("В Перми водитель автобуса уснул за рулём. Об этом сообщает телеграм-канал «Пермь. Срочно».")
    assert [q.speaker.name for q in qs] == ["Пермь. Срочно"]


def test_a_fronted_topic_after_a_time_phrase():
    q = only("В понедельник о своей отставке заявил министр финансов.")
    assert (q.text, q.speaker.text) == ("своей отставке", "министр финансов")
    q = only("К настоящему времени о поддержке законопроекта заявили уже двенадцать депутатов.")
    assert q.text == "поддержке законопроекта"


def test_a_fronted_topic_opening_a_что_clause():
    q = only("Выяснилось, что о пожаре сообщили соседи.")
    assert q.text == "пожаре" and q.speaker.text == "соседи"


def test_a_fronted_topic_before_a_latin_subject():
    q = only("Похоже, что о сделке Google сообщил вместе с отчётом за квартал.")
    assert q.text == "сделке" and q.speaker.text == "Google"


def test_a_topic_after_a_place_is_no_fronted_topic():
    assert not [q for q in found("В городе о пожаре говорили все.") if q.text == "пожаре"]


def test_это_before_a_verb_with_its_own_clause_is_a_subject_not_a_pointer():
    assert not found("Продажи выросли на треть. Это говорит о том, что экономика растёт.")
    assert not found("Продажи выросли на треть. Всё это лишь подтверждает, что спрос вернулся.")


def test_это_pointing_back_before_its_speaker_still_reports():
    qs = found("Продажи выросли на треть. Это подтвердил министр экономики.")
    assert [(q.text, q.speaker.text) for q in qs] == [("Продажи выросли на треть", "министр экономики")]


def test_a_pointer_closing_a_paragraph_of_two_statements_takes_up_both():
    text = ("Автобус столкнулся с грузовиком\n\nВ районе рейсовый автобус столкнулся с грузовым "
            "автомобилем. Пострадали 11 человек, среди них двое детей. Об этом сообщили в МЧС республики.")
    q = only(text)
    assert q.text.startswith("В районе рейсовый автобус") and q.text.endswith("двое детей")
    text = "5 марта 2020 года умер известный художник. Ему было 90 лет. Об этом сообщила его дочь."
    assert only(text).text.startswith("5 марта 2020 года умер")


def test_a_pointer_after_a_sentence_with_its_own_report_takes_up_that_sentence():
    text = ("Премьер поручил проверить цены на уголь. Ранее жители жаловались на рост цен. "
            "Об этом сообщил вице-премьер.")
    assert "Ранее жители жаловались на рост цен" in [q.text for q in found(text)]


def test_this_confirmed_takes_up_one_fact():
    text = ("Вечером состояние артиста ухудшилось. Прибывшие врачи не смогли его спасти. "
            "Это подтвердил его сын.")
    assert only(text).text == "Прибывшие врачи не смогли его спасти"
