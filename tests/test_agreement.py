"""A person's sex from the words agreeing with a mention: sentences written for the tests."""
from ruarticle import agreement, names
from ruarticle.records import Paragraph
from ruarticle.tokens import sentences, tokens


def said(text, name):
    """The gender agreement finds for the mention ``name`` in ``text``."""
    paragraph = Paragraph(0, "body", 0, len(text), text)
    found = tokens(sentences((paragraph,)))
    words = name.split()
    first = next(i for i, t in enumerate(found)
                 if [x.text for x in found[i:i + len(words)]] == words)
    return agreement.mention_gender(found, first, first + len(words) - 1)


def test_a_past_tense_verb_shows_its_subjects_sex():
    assert said("Дилноза Каримбаева посетила новую школу.", "Дилноза Каримбаева") == "femn"
    assert said("Каримбаев открыл новую школу.", "Каримбаев") == "masc"


def test_words_between_subject_and_verb_are_stepped_over():
    assert said("Депутат Айпери Жумалиева с этим не согласилась.", "Айпери Жумалиева") == "femn"


def test_a_short_adjective_agrees_too():
    assert said("Министр Сайёра Турсунова уверена в успехе реформы.", "Сайёра Турсунова") == "femn"


def test_an_inverted_attribution_after_a_quote():
    text = "— Работы много, — сказала Сайёра Турсунова."
    assert said(text, "Сайёра Турсунова") == "femn"


def test_a_name_that_cannot_be_the_subject_gets_no_vote():
    # his genitive after a relative or a preposition, her case after an oblique post
    assert said("Жена Турсунова заявила, что уедет.", "Турсунова") is None
    assert said("У Турсунова дочь заболела.", "Турсунова") is None
    assert said("Дочь президента Турции Турсунова рассказала о поездке.", "Турсунова") is None
    assert said("Команда под руководством Турсунова проиграла.", "Турсунова") is None


def test_a_post_and_its_complement_before_the_name_are_no_obstacle():
    text = "Председатель комитета по образованию Айпери Жумалиева выступила с докладом."
    assert said(text, "Айпери Жумалиева") == "femn"


def test_the_verbs_gender_must_fit_the_names_form():
    # "Турсуновой" is no subject, so "заявил" is someone else's
    assert said("Турсуновой министр заявил, что всё готово.", "Турсуновой") is None


def test_the_vote_decides_a_surname_shared_by_both_sexes():
    # "Турсунова" is her nominative and his genitive; the verb says which
    assert names.nominatives([["Нигора", "Каримова"]], ["femn"])["Каримова"] == "Каримова"
    assert names.nominatives([["Нигора", "Каримова"]])["Каримова"] == "Каримов"
    assert names.gender([["Александра"], ["Турсунова"]], ["femn"]) == "femn"


def test_an_aside_between_commas_is_stepped_over():
    text = "Прокурор Дилноза Каримбаева, в свою очередь, назвала доводы защиты слабыми."
    assert said(text, "Дилноза Каримбаева") == "femn"
    assert said("Каримбаева, которую мы спросили, ответил брат.", "Каримбаева") is None


def _oblique(text, name):
    paragraph = Paragraph(0, "body", 0, len(text), text)
    found = tokens(sentences((paragraph,)))
    words = name.split()
    first = next(i for i, t in enumerate(found)
                 if [x.text for x in found[i:i + len(words)]] == words)
    return agreement._after_oblique_post(found, first)


def test_a_post_that_cannot_be_nominative_shows_the_name_s_case():
    assert _oblique("Встречу провели при участии министра Каната Бекова.", "Каната Бекова")
    # the place between the post and the name is stepped over, so is the post's field
    assert _oblique("Прибыл визит министра иностранных дел Кыргызстана Жээнбека Кулубаева.",
                    "Жээнбека Кулубаева")
    assert _oblique("Под председательством премьер-министра РК Нурлана Бекова.", "Нурлана Бекова")


def test_a_nominative_post_or_a_thing_tells_no_case():
    assert not _oblique("Министр Каната Бекова не застал.", "Каната Бекова")  # may be apposed or not
    assert not _oblique("Партия Нурлана Бекова завершила съезд.", "Нурлана Бекова")


def test_a_predicate_in_the_instrumental_tells_no_case():
    # "избранный премьером Ёсихико Нода объявил": the name is the subject
    assert not _oblique("Избранный накануне премьер-министром Японии Кэнта Сато объявил состав.", "Кэнта Сато")


def test_a_man_s_genitive_adjective_before_a_name_shows_its_case():
    assert _oblique("Врачи осмотрели 26-летнего Брендана Маррокко.", "Брендана Маррокко")
    assert not _oblique("Врачи осмотрели 26-летнюю Брендану Маррокко.", "Брендану Маррокко")
    assert not _oblique("Известный Брендан Маррокко приехал.", "Брендан Маррокко")


def test_a_post_that_depends_on_a_person_tells_no_case():
    # the name may be the daughter's, in the nominative
    assert not _oblique("В апреле дочь капитана Ханна Ингрэм-Мур предложила поход.", "Ханна Ингрэм-Мур")


def test_a_man_s_oblique_first_name_is_her_nominative_before_a_speech_clause():
    # the dictionary knows "Азиза" only as the genitive of "Азиз"; "заявила, что" leaves
    # no room for another subject, while a fronted object has one after the verb
    assert said("Азиза Норматова заявила, что школа откроется.", "Азиза Норматова") == "femn"
    assert said("Игоря Норматова задержала полиция.", "Игоря Норматова") is None


def test_a_name_after_a_word_governing_the_genitive_is_oblique():
    assert _oblique("По словам Эда Смита, дорогу откроют завтра.", "Эда Смита")
    assert _oblique("У Эда Смита двое детей.", "Эда Смита")


def test_a_plural_genitive_before_a_name_tells_no_case():
    assert not _oblique("Заведующая секцией хищных млекопитающих Оксана Ветлугина рассказала о котятах.",
                        "Оксана Ветлугина")


def test_a_noun_only_a_woman_is_called_by_makes_her_name_hers():
    assert said("«Цены растут», — говорит продавщица Алайского рынка Мавжуда Рахимова.", "Мавжуда Рахимова") == "femn"
    assert said("Продавщица Мавжуда Рахимова говорит, что цены растут.", "Мавжуда Рахимова") == "femn"


def test_a_noun_of_either_sex_before_a_name_tells_nothing():
    assert said("«Цены растут», — говорит директор рынка Мавжуда Рахимова.", "Мавжуда Рахимова") is None


def test_a_post_after_a_genitive_governor_makes_the_name_after_it_oblique():
    text = "По данным хокима Ферганской области Хайрулло Бозорова, прирост показали хозяйства."
    found = tokens(sentences((Paragraph(0, "body", 0, len(text), text),)))
    first = [t.text for t in found].index("Хайрулло")
    people = [type("C", (), {"first": first, "start": found[first].start, "end": found[first + 1].end})]
    assert agreement.oblique(found, people) == frozenset({(found[first].start, found[first + 1].end)})
