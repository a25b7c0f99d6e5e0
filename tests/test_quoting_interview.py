"""Interview transcripts: label lines of a person are block quotes of that person."""
from ruarticle import extract

TRANSCRIPT = (
    "Журнал поговорил с фермером о новом урожае.\n\n"
    "Корреспондент: Каким был этот год?\n\n"
    "Иван Соколов: Тяжёлым. Дожди шли весь июль, и зерно пришлось сушить.\n\n"
    "Корреспондент: А что будет дальше?\n\n"
    "Иван Соколов: Будем сеять рожь. Она выносливее пшеницы.\n"
)


def test_answers_under_a_repeated_person_label_are_block_quotes():
    qs = [q for q in extract(TRANSCRIPT).quotes if q.kind == "block"]
    assert [q.text for q in qs] == ["Тяжёлым. Дожди шли весь июль, и зерно пришлось сушить.",
                                    "Будем сеять рожь. Она выносливее пшеницы."]
    assert {q.speaker.text for q in qs} == {"Иван Соколов"}


def test_the_interviewers_label_is_no_speaker():
    assert all("Каким был" not in q.text for q in extract(TRANSCRIPT).quotes)


def test_a_single_label_line_is_no_transcript():
    text = "Погода испортилась к вечеру.\n\nИван Соколов: Тяжёлый был год для всех фермеров.\n"
    assert not [q for q in extract(text).quotes if q.kind == "block"]
