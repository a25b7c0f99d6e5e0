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


def test_the_asker_in_the_genitive_stands_before_the_infinitive():
    q = only("Горожане вышли на площадь, несмотря на призыв губернатора Андрея Смирнова отменить митинг.")
    assert (q.text, q.speaker.text) == ("отменить митинг", "губернатора Андрея Смирнова")


def test_the_addressee_after_к_is_not_asked():
    q = only("С призывом к министру подать в отставку выступили профсоюзы.")
    assert q.text == "подать в отставку"


def test_a_fronted_request_ends_before_the_sentence_verb():
    q = only("Его просьба перенести заседание осталась без ответа.")
    assert q.text == "перенести заседание"


def test_a_request_inside_a_claim_is_part_of_the_claim():
    q = only("Юристы уверяют, что просьба отложить суд поступила от прокурора в последний день.")
    assert q.cue.text == "уверяют"
