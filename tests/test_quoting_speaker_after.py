"""The speaker phrase after a reporting verb (quoting/speaker_after.py)."""
import pytest

from ruarticle import extract
from ruarticle.quoting import speaker_after
from quoted import only  # noqa: E402 (tests folder is on sys.path)
from spans import around, spelled  # noqa: E402


def test_post_runs_through_and_to_the_holders_name():
    words, i = around("сообщил министр культуры и туризма области Ольга Смирнова", "сообщил")
    assert spelled(words, speaker_after.after(words, i, len(words))) \
        == "министр культуры и туризма области Ольга Смирнова"


def test_post_runs_through_a_preposition_to_the_holders_name():
    words, i = around("сказал глава союза против вырубки лесов Олег Зуев", "сказал")
    assert spelled(words, speaker_after.after(words, i, len(words))) \
        == "глава союза против вырубки лесов Олег Зуев"


def test_genitive_of_a_compound_preposition_is_no_speaker():
    words, i = around("заявил во время свидания", "заявил")
    assert speaker_after.after(words, i, len(words)) is None


# The speaker phrase after a reporting verb: (text, verb, the phrase).
SPEAKERS_AFTER = [
    pytest.param("сообщили в воскресенье , 8 июля 2018 года , представители полиции", "сообщили",
                 "представители полиции", id="a_date_set_off_by_commas_before_the_speaker"),
    pytest.param("сообщил журналистам глава района Пётр Лосев", "сообщил", "глава района Пётр Лосев",
                 id="subject_after_the_verb_past_an_addressee"),
    pytest.param("сообщил министр А . Кудрин", "сообщил", "министр А . Кудрин",
                 id="initial_belongs_to_the_name"),
    pytest.param("сказал глава союза против вырубки лесов", "сказал", "глава союза",
                 id="post_stops_before_a_preposition_without_a_name"),
    pytest.param("сказал глава союза на встрече с Олегом Зуевым", "сказал", "глава союза",
                 id="oblique_name_after_a_preposition_is_not_the_holder"),
    pytest.param("заявил своей жене Иван Петров", "заявил", "Иван Петров",
                 id="reflexive_possessive_marks_an_addressee_after_the_verb"),
    pytest.param("заявили матери погибших", "заявили", "матери погибших",
                 id="noun_after_the_verb_without_a_reflexive_is_the_subject"),
    pytest.param("заявил во время встречи министр", "заявил", "министр",
                 id="subject_after_a_compound_preposition_and_its_genitive"),
    pytest.param("пишет в колонке для издания The Hill генерал Питер Цвак", "пишет", "генерал Питер Цвак",
                 id="nested_preposition_and_a_media_name_stay_the_authors"),
    pytest.param("сообщил в четверг Reuters", "сообщил", "Reuters",
                 id="latin_name_with_nothing_after_it_is_the_speaker"),
    pytest.param("сообщила пресс-служба ГУ МВД по Москве", "сообщила", "пресс-служба ГУ МВД по Москве",
                 id="regional_branch_of_an_abbreviated_body_runs_through_its_place"),
    pytest.param("сообщил представитель МВД по телефону", "сообщил", "представитель МВД",
                 id="po_after_an_abbreviation_with_a_common_word_is_not_a_branch"),
    pytest.param("рассказывает вернувшийся из экспедиции в горы Илья Сомов", "рассказывает",
                 "вернувшийся из экспедиции в горы Илья Сомов", id="a_participle_runs_on_to_the_name_it_describes"),
    pytest.param("сказал « Известиям » один из организаторов акции , студент философского факультета "
                 "Белградского университета Никола Станоевич .", "сказал",
                 "один из организаторов акции , студент философского факультета Белградского университета "
                 "Никола Станоевич", id="a_name_after_a_described_persons_noun_set_off_by_a_comma"),
    pytest.param("сказал DW один из организаторов протеста под Медыкой , фермер из Люблинского воеводства "
                 "Томаш Вуйцик .", "сказал", "один из организаторов протеста под Медыкой , фермер из "
                 "Люблинского воеводства Томаш Вуйцик", id="one_of_after_an_outlet_told_runs_past_a_place_to_the_name"),
    pytest.param("рассказал близкий к руководству компании источник", "рассказал",
                 "близкий к руководству компании источник", id="an_adjective_runs_on_to_the_noun_it_describes"),
    pytest.param("сообщил знакомый с ситуацией собеседник агентства", "сообщил",
                 "знакомый с ситуацией собеседник агентства", id="the_described_noun_keeps_its_genitive"),
    pytest.param("сообщила насчитывающая более 8 тысяч членов организация", "сообщила",
                 "насчитывающая более 8 тысяч членов организация", id="a_participle_runs_over_a_number_to_its_noun"),
    pytest.param("написал эксперт в своём блоге", "написал", "эксперт",
                 id="v_svoyom_after_an_unnamed_source_is_the_verbs_place"),
    pytest.param("заявил « Интерфаксу » источник в правительстве", "заявил", "источник в правительстве",
                 id="unnamed_source_keeps_where_it_sits"),
    pytest.param("заявил министр в правительстве", "заявил", "министр",
                 id="named_speaker_does_not_take_a_place_after_it"),
]


@pytest.mark.parametrize("text, verb, expected", SPEAKERS_AFTER)
def test_speaker_after_the_verb(text, verb, expected):
    words, i = around(text, verb)
    assert spelled(words, speaker_after.after(words, i, len(words))) == expected


def test_an_outlet_after_a_reporter_told_is_no_speaker():
    words, i = around("Фермер рассказал корреспонденту Zakon.kz, что сроки сдвинут.", "рассказал")
    assert speaker_after.after(words, i, len(words)) is None
    words, i = around("Сроки сдвинут, сообщил журналисту ТАСС заместитель мэра Олег Рябов.", "сообщил")
    assert spelled(words, speaker_after.after(words, i, len(words))) == "заместитель мэра Олег Рябов"


def test_an_outlet_before_a_participle_post_is_the_addressee():
    words, i = around("Работы идут, — сообщил РБК управляющий филиалом Андрей Сомов.", "сообщил")
    assert spelled(words, speaker_after.after(words, i, len(words))).startswith("управляющий")


def test_a_quoted_dative_after_the_subject_is_the_one_told():
    words, i = around("«Цены вырастут», — сказал аналитик «Коммерсанту».", "сказал")
    assert spelled(words, speaker_after.after(words, i, len(words))) == "аналитик"


def test_a_name_after_a_comma_closing_the_clause_is_the_described_speaker():
    q = only("«Такого я не ждал», — сказал один из болельщиков, 40-летний Мигель Санчес.")
    assert q.speaker.text == "один из болельщиков, 40-летний Мигель Санчес"
    assert q.speaker.name == "Мигель Санчес"
    q = only("«Мы готовы», — сказал тренер, Москва.")
    assert q.speaker.text == "тренер"


def test_a_name_in_marks_runs_over_its_own_full_stop():
    words, i = around("пишет телеграм-канал «Омск. Новости» со ссылкой на очевидцев", "пишет")
    assert spelled(words, speaker_after.after(words, i, len(words))) == "телеграм-канал « Омск . Новости »"


def test_an_outlet_in_english_marks_before_the_speaker_was_told():
    # Kommersant writes its own name “Ъ” in English marks: "пояснил “Ъ” юрист X"
    q = only("Как пояснил “Ъ” юрист Олег Зуев, срок давности истек.")
    assert q.speaker.text == "юрист Олег Зуев" and q.text == "срок давности истек"


def test_post_runs_through_a_quoted_name_after_a_preposition_to_the_holders_name():
    words, i = around("сообщила коллега по ансамблю «Звонкие» Анна Белова", "сообщила")
    assert spelled(words, speaker_after.after(words, i, len(words))) \
        == "коллега по ансамблю « Звонкие » Анна Белова"  # words joined by spaces


def test_a_bodys_field_in_the_genitive_is_no_subject_after_it():
    # "образования" may be a plural nominative, but after "министерстве" it is the ministry's field
    [quote] = extract("Занятия в школе приостановлены до пятницы, сообщили в министерстве образования.").quotes
    assert (quote.text, quote.speaker.name) == ("Занятия в школе приостановлены до пятницы",
                                                "Министерство образования")


def test_an_airport_or_a_hospital_speaks_as_a_body():
    [quote] = extract("Рейсы задержаны до утра, сообщили в аэропорту.").quotes
    assert quote.text == "Рейсы задержаны до утра" and quote.speaker.text == "аэропорту"


@pytest.mark.parametrize("place", ["школе", "колонии", "горсовете", "водоканале", "оперштабе"])
def test_a_school_a_colony_or_a_council_speaks_as_a_body(place):
    [quote] = extract(f"Подача воды восстановлена, сообщили в {place}.").quotes
    assert quote.text == "Подача воды восстановлена" and quote.speaker.text == place


def test_a_site_address_in_capitals_is_one_word_told_the_news():
    q = only("Как пояснили E1.RU в теплоснабжающей компании «УралТеплоСеть», срок связан с заменой трубы.")
    assert q.speaker.name == "УралТеплоСеть"


def test_the_instrumental_a_post_governs_is_part_of_the_post():
    q = only("«Для ребенка важно вернуться к обычной жизни», — добавила заведующая отделением.")
    assert q.speaker.text == "заведующая отделением"
