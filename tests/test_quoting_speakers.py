"""Speaker names resolved without entities."""
from ruarticle.quoting.speakers import Resolver


def speaker(text, phrase, gender=None, resolver=None):
    start = text.index(phrase)
    return (resolver or Resolver(text)).speaker(start, start + len(phrase), gender)


def test_post_resolves_to_the_person_named_with_it_earlier():
    text = "Премьер-министр РК Алихан Смаилов прибыл. Позже сказал премьер-министр."
    at = text.rindex("премьер-министр")
    assert Resolver(text).speaker(at, at + len("премьер-министр")).name == "Алихан Смаилов"


def test_surname_gets_the_full_name_from_the_text():
    text = "Певица Анна Орлова приехала в город. Орлова сказала, что рада."
    at = text.index("Орлова сказала")
    assert Resolver(text).speaker(at, at + len("Орлова")).name == "Анна Орлова"


def test_genitive_name_is_put_in_the_nominative():
    text = "По словам Алихана Смаилова, рост продолжится."
    assert speaker(text, "Алихана Смаилова").name == "Алихан Смаилов"


def test_relative_of_someone_is_not_that_person():
    text = "Нельсон Мандела в больнице. Внук Манделы сообщил, что ему лучше."
    assert speaker(text, "Внук Манделы").name is None


def test_organisation_with_a_quoted_name():
    text = "Медиахолдинг «Башинформ» заявил о готовности."
    assert speaker(text, "Медиахолдинг «Башинформ»").name == "Башинформ"
