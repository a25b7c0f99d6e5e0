"""Speaker phrases next to a reporting verb."""
from ruarticle.quoting import phrases
from ruarticle.quoting.words import tokenize


def around(text, verb):
    words = tokenize(text)
    i = [w.text for w in words].index(verb)
    return words, i


def spelled(words, span):
    return " ".join(w.text for w in words[span[0]:span[1]]) if span else None


def test_subject_with_its_post_before_the_verb():
    words, i = around("Вчера министр финансов Антон Силуанов заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "министр финансов Антон Силуанов"


def test_prepositional_phrase_between_subject_and_verb_is_skipped():
    words, i = around("Алихан Смаилов в ходе встречи отметил", "отметил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Алихан Смаилов"


def test_oblique_name_that_cannot_agree_is_stepped_over():
    words, i = around("Бадди Макгирт после известия о смерти Дадашева заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Бадди Макгирт"


def test_subject_after_the_verb_past_an_addressee():
    words, i = around("сообщил журналистам глава района Пётр Лосев", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) == "глава района Пётр Лосев"


def test_relative_pronoun_stands_for_its_antecedent():
    words, i = around("сенатор Барак Обама , который заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "сенатор Барак Обама"


def test_initial_belongs_to_the_name():
    words, i = around("сообщил министр А . Кудрин", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) == "министр А . Кудрин"


def test_conjunction_a_is_no_initial():
    words, i = around("Пётр молчал , а сообщил об этом Иван", "сообщил")
    assert phrases.np_word(words[words.index(next(w for w in words if w.text == "а"))]) is False


def test_post_runs_through_and_to_the_holders_name():
    words, i = around("сообщил министр культуры и туризма области Ольга Смирнова", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) \
        == "министр культуры и туризма области Ольга Смирнова"


def test_post_runs_through_a_preposition_to_the_holders_name():
    words, i = around("сказал глава союза против вырубки лесов Олег Зуев", "сказал")
    assert spelled(words, phrases.after(words, i, len(words))) \
        == "глава союза против вырубки лесов Олег Зуев"


def test_post_stops_before_a_preposition_without_a_name():
    words, i = around("сказал глава союза против вырубки лесов", "сказал")
    assert spelled(words, phrases.after(words, i, len(words))) == "глава союза"


def test_oblique_name_after_a_preposition_is_not_the_holder():
    words, i = around("сказал глава союза на встрече с Олегом Зуевым", "сказал")
    assert spelled(words, phrases.after(words, i, len(words))) == "глава союза"
