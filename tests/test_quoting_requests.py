"""A speech-act noun and the infinitive it asks for (quoting/requests.py).
Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_a_letter_with_a_request_reports_what_was_asked():
    q = only("Жильцы отправили в управу письмо с просьбой отремонтировать крышу.")
    assert (q.text, q.cue.text) == ("отремонтировать крышу", "с просьбой")


def test_a_promise_is_the_clause_subjects():
    q = only("Кандидат построил кампанию на обещании снизить налоги.")
    assert (q.text, q.speaker.text) == ("снизить налоги", "Кандидат")


def test_the_call_up_is_no_call():
    assert found("Призыву подлежать все граждане в возрасте от 18 лет.") == ()


def test_a_noun_inside_a_verb_cue_is_reported_once():
    q = only("Фермеры обратились к губернатору с просьбой снизить тарифы.")
    assert q.cue.text.startswith("обратились")
