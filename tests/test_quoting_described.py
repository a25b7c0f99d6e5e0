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


def test_a_quoted_name_inside_the_description_is_stepped_over():
    q = only("В среду одна из солисток группы «Звезда» Анна Белова сообщила, что покидает группу.")
    assert q.speaker.text == "одна из солисток группы «Звезда» Анна Белова"


def test_a_post_after_a_site_name_opens_the_speaker():
    q = only("В интервью Vc.ru советник мэра по транспорту Олег Зимин сказал, что метро продлят.")
    assert q.speaker.text == "советник мэра по транспорту Олег Зимин"


def test_a_participle_post_with_its_instrumental_and_a_numbered_institution():
    q = only("Заведующий отделением хирургии больницы № 5 Пётр Сомов заявил, что больной стабилен.")
    assert q.speaker.text == "Заведующий отделением хирургии больницы № 5 Пётр Сомов"


def test_adjectives_of_the_head_after_a_time_phrase():
    q = only("Во вторник немецкая газета Die Zeit сообщила, что сделка сорвалась.")
    assert q.speaker.text == "немецкая газета Die Zeit"


def test_a_place_before_a_name_is_no_description():
    q = only("В Самаре Иван Петров заявил, что готов к выборам.")
    assert q.speaker.text == "Иван Петров"


def test_a_body_after_the_preposition_of_the_source_and_its_district():
    q = only("В Главном управлении полиции по Тверской области сообщили, что задержан подозреваемый.")
    assert q.speaker.text == "Главном управлении полиции по Тверской области"


def test_a_post_speaking_in_a_body_is_not_the_body():
    q = only("Вчера в Московском университете министр образования заявил, что реформа продолжится.")
    assert q.speaker.text == "министр образования"


def test_a_manner_phrase_after_a_person_is_not_his_field():
    q = only("Иван Петров по телефону сообщил, что готов к выборам.")
    assert q.speaker.text == "Иван Петров"


def test_a_span_cut_inside_quotation_marks_takes_the_whole_name():
    q = only("Это была трудная победа, — отметил тренер клуба «Северные волки» Олег Рябов.")
    assert q.speaker.text.startswith("тренер клуба «Северные волки»")


def test_a_count_of_people_with_its_approximation():
    q = only("После публикации более 40 сотрудников заявили, что знали о нарушениях.")
    assert q.speaker.text == "более 40 сотрудников"


def test_a_date_before_the_speaker_is_no_count():
    q = only("12 марта министр Иван Петров заявил, что цены вырастут.")
    assert q.speaker.text == "министр Иван Петров"


def test_the_field_of_a_group_of_experts():
    q = only("Некоторые специалисты по вирусам в первые дни предположили, что вспышка случайна.")
    assert q.speaker.text == "Некоторые специалисты по вирусам"


def test_sources_in_a_body():
    q = only("Источники в прокуратуре сообщают, что дело закрыто.")
    assert q.speaker.text == "Источники в прокуратуре"


def test_a_place_closing_a_speaker_after_the_cue():
    q = only("Переговоры продолжатся завтра, добавили дипломаты в Вене.")
    assert q.speaker.text == "дипломаты в Вене"


def test_a_place_before_a_pronoun_is_not_its_description():
    q = only("В суде она рассказала, что о сделке ничего не знала.")
    assert q.speaker.text == "она"
