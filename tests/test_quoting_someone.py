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


def test_a_noun_read_first_as_a_thing_with_a_likely_animate_reading_is_someone():
    for phrase, expected in (("звезда сериала", True), ("звезда «Маски»", True),
                             ("отставка премьера", False)):
        words = tokenize(phrase)
        assert names_someone(words, (0, len(words))) is expected, phrase


def test_a_star_after_a_fronted_topic_speaks():
    q = only("О помолвке звезда сериала написала в своём блоге.")
    assert q.text == "помолвке" and q.speaker.text == "звезда сериала"


def test_a_body_named_by_its_function_closes_a_report():
    q = only("Причина пожара пока не установлена, сообщает следствие.")
    assert q.text == "Причина пожара пока не установлена" and q.speaker.text == "следствие"


def test_forensic_examiners_close_a_report():
    q = only("Причина смерти пока не установлена, сообщает судмедэкспертиза.")
    assert q.speaker.text == "судмедэкспертиза"


def test_a_capitalised_indeclinable_noun_opening_the_sentence_may_be_a_name():
    from ruarticle.quoting.someone import names_someone
    from ruarticle.quoting.words import tokenize
    words = tokenize("Рено часто говорила")
    assert names_someone(words, (0, 1))


def test_a_modifiers_phrase_is_headed_by_the_noun_it_describes():
    q = only("Сделка сорвалась, рассказал близкий к руководству компании источник.")
    assert q.speaker.text == "близкий к руководству компании источник"
    assert q.text == "Сделка сорвалась"
