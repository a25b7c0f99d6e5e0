"""Impersonal verbs that report only inside a named text (quoting/documented.py).
Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_a_supposition_in_a_named_study_is_reported():
    q = only("В статье предполагается, что озеро высохло около тысячи лет назад.")
    assert (q.text, q.cue.text) == ("озеро высохло около тысячи лет назад", "предполагается")


def test_a_supposition_with_no_text_is_a_plan():
    assert found("Предполагается, что мост откроют к осени.") == ()


def test_the_document_must_open_the_clause():
    assert found("Работы идут по графику, предполагается, что мост откроют к осени.") == ()


def test_the_text_speaks_when_no_author_is_named():
    assert only("В докладе констатируется, что число туристов выросло.").speaker.text == "докладе"


def test_a_bare_notice_speaks_for_the_body_just_cited():
    q = found("Телеканал «Звезда» сообщает, что учения завершились. "
              "В сообщении сказано, что в них участвовали триста человек.")[-1]
    assert q.speaker.text == "сообщении" and q.speaker.name == "Звезда"


def test_a_bare_notice_after_a_persons_words_names_no_one():
    q = found("Премьер Иван Петров заявил, что переговоры прошли успешно. "
              "«Стороны договорились о новой встрече», — говорится в заявлении.")[-1]
    assert q.speaker is None


def test_a_review_carries_the_words_of_the_body_that_issued_it():
    q = only("Банк России опубликовал данные. Число хищений выросло на 5%, говорится в обзоре регулятора.")
    assert q.text == "Число хищений выросло на 5%" and q.speaker.text == "регулятора"
    assert q.speaker.name == "Банк России"
