from ruarticle import extract
from ruarticle.quoting.offices import attested, office_post
from ruarticle.quoting.words import tokenize
from ruarticle.records import Entity, Mention, Role


def test_a_role_after_a_name_across_a_sentence_end_is_not_its_apposition():
    post = "Председатель правительства"
    for text, held in (("Отставку принял Сергей Орлов.\n\nПредседатель правительства обещал.", False),
                       ("Отставку принял Сергей Орлов, председатель правительства.", True)):
        at = text.lower().index(post.lower())
        name = text.index("Сергей Орлов")
        orlov = Entity("E1", "PER", "x", "Сергей Орлов", None,
                       (Mention(name, name + len("Сергей Орлов"), "Сергей Орлов", "Сергей Орлов"),))
        assert attested(text, orlov, Role(post.lower(), None, None, at, at + len(post), post)) is held


def test_the_head_of_government_is_the_prime_minister_s_office():
    assert office_post(tokenize("Председатель правительства")) == "премьер-министр"


def test_a_country_adjective_inside_a_post_phrase_names_that_country_post():
    from ruarticle.quoting.offices import national_post
    from ruarticle.quoting.words import tokenize
    assert national_post(tokenize("Глава казахстанского государства"))[:2] == ("президент", "KZ")


def test_a_post_with_its_adjective_is_held_by_the_one_named_with_it():
    q = extract("Главный тренер «Зенита» Сергей Семак подвел итоги матча. Команда сыграла хорошо. "
                "«Мы довольны результатом», — сказал главный тренер.").quotes[0]
    assert q.speaker.name == "Сергей Семак"


def test_a_participle_post_with_the_instrumental_it_governs_is_the_participles_post():
    from ruarticle.quoting.offices import post_options
    assert post_options(tokenize("заведующая отделением реанимации")) == ["заведовать"]


def test_an_acting_officer_is_keyed_as_the_participle():
    from ruarticle.quoting.offices import post_options
    assert post_options(tokenize("исполняющий обязанности")) == ["исполнять"]


def test_a_post_given_in_an_appointment_is_held_by_the_one_appointed():
    q = extract("Заведующей отделением назначена врач Марина Щеглова. Главврач Ирина Котова рада. "
                "«Это опытный специалист», — сказала Котова. "
                "«Детям важно вернуться к обычной жизни», — добавила заведующая отделением.").quotes[-1]
    assert q.speaker.name == "Марина Щеглова"


def test_one_acting_in_a_post_is_keyed_as_the_participle_whatever_the_post():
    from ruarticle.quoting.offices import post_options
    assert post_options(tokenize("исполняющий обязанности главного тренера")) == ["исполнять"]
