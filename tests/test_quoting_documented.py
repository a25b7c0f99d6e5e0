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
