"""The shown speaker span: the description around the name, as a reader marks it."""
from ruarticle import extract


def only(text):
    quotes = extract(text).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_description_with_a_genitive_list_before_the_name():
    q = only("Глава комитета по вопросам семьи, женщин и детей Елена Мизулина считает, что закон нужен.")
    assert q.speaker.text == "Глава комитета по вопросам семьи, женщин и детей Елена Мизулина"
    assert q.speaker.name == "Елена Мизулина"


def test_participial_description_between_speaker_and_cue():
    q = only("Россиянин, обвиняемый в хакерской атаке, заявил о своей невиновности.")
    assert q.speaker.text == "Россиянин, обвиняемый в хакерской атаке"


def test_coordinated_speakers_are_shown_together():
    q = only("Лоббисты и активисты, поддерживающие поправки, утверждают, что они полезны.")
    assert q.speaker.text == "Лоббисты и активисты, поддерживающие поправки"


def test_time_before_the_speaker_is_not_part_of_it():
    q = only("В понедельник министр Иван Петров заявил, что цены вырастут.")
    assert q.speaker.text == "министр Иван Петров"


def test_shown_span_points_into_the_text():
    text = "Глава городского департамента культуры Ханс Кюпперс сказал, что Гергиев велик."
    q = only(text)
    assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_bracket_after_the_name_is_part_of_the_speaker():
    q = only("Глава компании Боб Стивенс (Bob Stevens) заявил, что продажи выросли.")
    assert q.speaker.text == "Глава компании Боб Стивенс (Bob Stevens)"


def test_bracket_inside_the_description_is_part_of_it():
    q = only("Президент федерации (ВФЛА) Валентин Балахничев сообщил, что данных нет.")
    assert q.speaker.text == "Президент федерации (ВФЛА) Валентин Балахничев"


def test_place_of_a_common_noun_speaker():
    q = only("Источники в Кремле указывали, что закон примут весной.")
    assert q.speaker.text == "Источники в Кремле"


def test_place_after_a_named_speaker_is_not_his_description():
    q = only("Путин в Москве заявил, что налоги снизят.")
    assert q.speaker.text == "Путин"


def test_time_after_a_common_noun_speaker_is_no_place():
    q = only("Министр в понедельник заявил, что налоги снизят.")
    assert q.speaker.text == "Министр"


def test_description_with_a_place_after_from():
    q = only("Работник трубного завода из Балаклавы Ярослав Песков заявил о намерении переплыть Енисей.")
    assert q.speaker.text == "Работник трубного завода из Балаклавы Ярослав Песков"
