"""Whether a phrase can name a speaker (quoting/someone.py)."""
from ruarticle.quoting.someone import names_someone
from ruarticle.quoting.words import tokenize
from quoted import only  # noqa: E402 (tests folder is on sys.path)


def test_an_outlet_with_a_latin_name_names_a_source():
    q = only("Сенат утвердил бюджет страны, сообщает канал Fox News.")
    assert q.speaker.text == "канал Fox News"


def test_a_phrase_with_an_abbreviation_in_brackets_is_a_name():
    q = only("Народный фронт (НФ) опубликовал заявление, в котором назвал выборы фарсом.")
    assert q.speaker.text == "Народный фронт (НФ)"


def test_a_person_or_a_source_is_someone_an_event_is_not():
    for phrase, expected in (("пресс-секретарь министра", True), ("агентство Reuters", True),
                             ("отравление соседей", False)):
        words = tokenize(phrase)
        assert names_someone(words, (0, len(words))) is expected, phrase


def test_a_capitalised_indeclinable_noun_opening_the_sentence_may_be_a_name():
    from ruarticle.quoting.someone import names_someone
    from ruarticle.quoting.words import tokenize
    words = tokenize("Рено часто говорила")
    assert names_someone(words, (0, 1))
