"""Attributions that point back (quoting/backref.py), through the public extract()."""
from ruarticle import extract


def quotes(text):
    return [(q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(text).quotes]


def test_a_pointer_after_the_cue_stands_for_the_sentence_before():
    text = "Суд приговорил блогера к трём годам колонии. Его адвокат рассказал об этом в телеграм-канале."
    assert quotes(text) == [("Суд приговорил блогера к трём годам колонии", "Его адвокат", "рассказал")]


def test_a_pointer_in_a_sentence_alone_is_its_own_content():
    assert quotes("Его адвокат рассказал об этом в телеграм-канале.") == [("этом", "Его адвокат", "рассказал")]


def test_a_pointer_after_a_gerund_stands_for_the_clause_before():
    [(text, _, cue)] = quotes("Директор покинул свой пост, сообщив об этом в письме сотрудникам.")
    assert (text, cue) == ("Директор покинул свой пост", "сообщив")


def test_a_statement_already_reported_is_not_reported_twice():
    text = "Певица сообщила, что выздоровела. Она сообщила об этом в своём блоге."
    assert [q for q in quotes(text) if q[2] == "сообщила"] == [("выздоровела", "Певица", "сообщила")]


def test_a_pointer_in_a_relative_clause_is_no_backref():
    text = "Суд вынес решение. Документы, в которых она рассказала об этом, приобщены к делу."
    assert quotes(text) == []
