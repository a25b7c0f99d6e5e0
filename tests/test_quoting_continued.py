"""People taken up again by a post or a description (quoting/continued.py). Sentences written for these tests."""
from ruarticle import extract


def test_a_bare_specialist_after_a_named_subject_takes_him_up():
    q = extract("Сам Мартыненко отказался обсуждать причины ухода. «Я не хочу никого обвинять», "
                "— сказал специалист.").quotes[0]
    assert q.speaker.name == "Мартыненко"


def test_a_bare_specialist_after_no_person_is_nobody_named():
    q = extract("Цены на жильё продолжат расти. «Спрос пока высокий», — сказал специалист.").quotes[0]
    assert q.speaker.name is None
