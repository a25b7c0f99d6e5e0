"""Reports pointing back with "об этом" after the verb (quoting/pointing.py).
Sentences written for these tests."""
from ruarticle import extract
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_previous_sentence_is_the_content():
    qs = found("Суд отменил приговор активисту. Его адвокат рассказал об этом журналистам.")
    assert [(q.text, q.cue.text, q.speaker.text) for q in qs] == [
        ("Суд отменил приговор активисту", "рассказал", "Его адвокат")]


def test_clause_before_the_gerund_is_the_content():
    qs = found("Директор покинул свой пост, сообщив об этом в письме сотрудникам.")
    assert [q.text for q in qs] == ["Директор покинул свой пост"]


def test_negated_report_points_nowhere():
    assert not found("Суд отменил приговор. Адвокат не сообщил об этом журналистам.")


def test_future_report_points_nowhere():
    assert not found("Суд отменил приговор. Адвокат сообщит об этом позже.")


def test_a_report_repeated_with_об_этом_is_one_quote():
    qs = found("Певица сообщила, что выздоровела. Она сообщила об этом в своём блоге.")
    assert [q.text for q in qs] == ["выздоровела"]


def test_a_pointer_in_a_relative_clause_is_no_backref():
    text = "Суд вынес решение. Документы, в которых она рассказала об этом, приобщены к делу."
    assert extract(text).quotes == ()


def test_pointer_after_a_comma_takes_the_clause_before():
    q = only("Завод остановил выпуск машин, о чём сообщил его директор Иван Сидоров.")
    assert q.text == "Завод остановил выпуск машин" and q.cue.text == "сообщил"


def test_pointer_after_a_comma_with_a_predicate_adjective():
    q = only("Анализ спортсмена на допинг отрицательный, об этом сообщили врачи.")
    assert q.text.endswith("отрицательный") and q.speaker.text == "врачи"


def test_pointer_after_an_opening_insert_takes_no_clause():
    assert not found("Кроме того, об этом сообщил министр.")


def test_an_object_pointing_back_takes_the_sentence_before():
    qs = found("Завод в Липецке остановил выпуск тракторов. В министерстве промышленности подтвердили эту информацию.")
    assert [(q.text, q.cue.text) for q in qs] == [("Завод в Липецке остановил выпуск тракторов", "подтвердили")]
    q = only("Глава клиники опроверг эту информацию.")
    assert q.text == "эту информацию"  # given alone: the pointing words stand for the news
    q = only("Министр подтвердил эти данные о потерях урожая.")
    assert q.text == "эти данные о потерях урожая"


def test_a_pointer_at_a_report_earlier_in_its_sentence_stands_for_that_report():
    text = "Местные СМИ сообщали о пяти пострадавших, однако позже полиция опровергла эту информацию."
    qs = found("Пожар начался ночью.\n\n" + text)
    assert ("эту информацию", "опровергла") in [(q.text, q.cue.text) for q in qs]


def test_a_relative_clause_on_the_subject_reports_nothing_of_its_own():
    text = ("Вратарь Олег Синицын решил завершить карьеру. «Сокол», которого считают лучшим "
            "вратарём лиги, объявил об этом на пресс-конференции.")
    qs = found(text)
    assert ("Вратарь Олег Синицын решил завершить карьеру", "объявил") in [(q.text, q.cue.text) for q in qs]
