from ruarticle import names


def nominative(*words):
    return " ".join(names.person(list(words), names.gender([list(words)])))


def test_masculine_surname_in_instrumental():
    assert nominative("Алиханом", "Смаиловым") == "Алихан Смаилов"


def test_feminine_unknown_name():
    assert nominative("Мирьяной", "Сполярич") == "Мирьяна Сполярич"


def test_hyphenated_first_name():
    assert nominative("Касым-Жомартом", "Токаевым") == "Касым-Жомарт Токаев"


def test_feminine_surname_in_ov():
    assert nominative("Марии", "Ивановой") == "Мария Иванова"


def test_masculine_surname_ending_in_a():
    assert nominative("Бараку", "Обаме") == "Барак Обама"


def test_stem_ignores_case_and_gender():
    assert names.stem("Смаилова") == names.stem("Смаиловым") == names.stem("Смаилов")


def test_phrase_head_and_adjectives_to_nominative():
    words = "Международного комитета Красного Креста".split()
    assert " ".join(names.phrase(words)) == "Международный комитет Красного Креста"


def test_phrase_adjective_that_is_also_a_surname():
    assert " ".join(names.phrase(["Московской", "области"])) == "Московская область"


def test_phrase_starting_with_abbreviation_is_kept():
    assert names.phrase(["МИД", "России"]) == ["МИД", "России"]


def test_phrase_keeps_the_stem_of_a_superlative():
    words = "Калининградскую высшую школу".split()
    assert " ".join(names.phrase(words)) == "Калининградская высшая школа"


def test_phrase_with_a_guessed_noun_is_kept():
    assert names.phrase(["Дорогинке"]) == ["Дорогинке"]


def test_plural_head():
    assert " ".join(names.phrase(["Соединенными", "Штатами"])) == "Соединенные Штаты"


def test_surname_with_soft_sign_in_instrumental():
    assert nominative("Олегом", "Ковалем") == "Олег Коваль"
