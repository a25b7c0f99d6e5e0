from ruarticle import extract
from ruarticle.quoting.persons import heads
from ruarticle.quoting.words import tokenize


def test_a_name_after_a_post_heads_it_only_in_the_person_s_gender():
    words = tokenize("Тренер Дадашева")
    at = words[1]
    assert not heads(words, at.start, at.end, "PER", "masc")  # the boxer's trainer
    assert heads(words, at.start, at.end, "PER", "femn")  # a trainer called Дадашева


def test_a_hypernym_description_covers_the_posts_under_it():
    from ruarticle.quoting.persons import description_covers
    assert description_covers("монарх", {"король"})
    assert not description_covers("монарх", {"принц"})
    assert description_covers("политик", {"министр"})  # a general noun takes up any post
    assert not description_covers("актёр", {"сценарист"})
    assert description_covers("актёр", set())  # someone named with no post may be anyone


def test_a_quantifier_before_a_plural_genitive_counts_people():
    from ruarticle.quoting.persons import counted_or_substantive
    assert counted_or_substantive(tokenize("Несколько жильцов"))
    assert counted_or_substantive(tokenize("Ряд экспертов"))
    assert not counted_or_substantive(tokenize("Жильцы дома"))


def test_a_surname_declined_as_an_adjective_is_a_proper_mention_of_its_person():
    from ruarticle.quoting.persons import proper_mention
    from ruarticle.records import Entity
    words = tokenize("По словам Бельского")
    at = words[-1]
    lawyer = Entity("E1", "PER", "person", "Роман Бельский", None)
    stranger = Entity("E2", "PER", "person", "Иван Орлов", None)
    assert proper_mention(words, at.start, at.end, lawyer)
    assert not proper_mention(words, at.start, at.end, stranger)
    assert not proper_mention(words, at.start, at.end)  # without the entity: an adjective


def test_customers_of_a_named_body_are_a_group_not_the_body():
    from ruarticle.quoting.persons import group
    assert group(tokenize("Пассажиры авиакомпании «Крылья»"))
    assert group(tokenize("Вкладчики банка «Заря»"))
    assert not group(tokenize("Сотрудники «Газпрома»"))


def test_someone_of_one_among_many_bodies_names_nobody():
    from ruarticle.quoting.persons import of_one_among
    assert of_one_among(tokenize("Представитель одной из строительных компаний"))
    assert not of_one_among(tokenize("Лидер одной из партий Иван Петров"))
    assert not of_one_among(tokenize("Одна из пассажирок"))


def test_a_quantified_group_with_adjectives_names_no_body():
    q = extract("Несколько крупных заводов пообещали поднять цену на молоко.").quotes[0]
    assert q.speaker.text == "Несколько крупных заводов" and q.speaker.name is None


def test_a_surname_with_an_epithet_is_the_person_named_in_full():
    from ruarticle import extract
    [q] = extract("Серена Уильямс выиграла турнир. Уильямс-младшая сообщила о своей беременности.").quotes
    assert q.speaker.text == "Уильямс-младшая" and q.speaker.name == "Серена Уильямс"
