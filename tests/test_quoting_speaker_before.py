"""The subject phrase before a reporting verb (quoting/speaker_before.py)."""
import pytest

from ruarticle import extract
from ruarticle.quoting import speaker_before
from ruarticle.quoting.words import tokenize
from quoted import only  # noqa: E402 (tests folder is on sys.path)
from spans import around, spelled  # noqa: E402


def phrase_before(text):
    """The subject phrase before the last word of ``text`` (a verb), spelled out."""
    words = tokenize(text)
    verb = words[-1]
    ending = verb.text[-1]
    gender = {"и": "plur", "а": "femn", "о": "neut"}.get(ending, "masc")
    return spelled(words, speaker_before.before(words, len(words) - 1, 0, gender))


def test_capital_preposition_before_a_title_is_no_initial():
    words, i = around("Источник : В « Удмуртавтодоре » опровергли", "опровергли")
    assert spelled(words, speaker_before.before(words, i, 0, "plur")) != "В « Удмуртавтодоре »"


def test_name_the_dictionary_knows_only_as_a_plural_of_other_names_is_a_subject():
    words, i = around("Вчера Лазиз Кудратов рассказал", "рассказал")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) == "Лазиз Кудратов"


def test_name_nested_in_a_name_with_one_closing_mark_stays_in_the_subject():
    words, i = around("Глава АО « НАК « Казатомпром » Меиржан Юсупов заявил", "заявил")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) \
        == "Глава АО « НАК « Казатомпром » Меиржан Юсупов"


def test_name_ending_a_fronted_object_is_not_part_of_the_subject_post():
    words, i = around("На вопрос о дебюте вратаря Нурали Жаксылыка наставник ответил", "ответил")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) == "наставник"
    words, i = around("На вопрос о пункте « Хоргос » официальный представитель ответил", "ответил")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) == "официальный представитель"


def test_long_participle_insert_between_subject_and_verb_is_skipped():
    words, i = around("Иван Петров , служивший на далёкой заставе « Северная » в горной области "
                      "на границе с соседней страной и обвинённый в краже двух ящиков "
                      "и трёх мешков , заявил", "заявил")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) == "Иван Петров"


def test_name_after_a_prepositional_object_gives_way_to_an_earlier_subject():
    words, i = around("Министр Иван Петров , который руководит ведомством , после выступления "
                      "Марио сообщил", "сообщил")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) == "Министр Иван Петров"


def test_two_posts_joined_by_and_before_a_singular_verb_are_one_person():
    words, i = around("вчера бывший мэр города и лидер партии « Рассвет » объявил", "объявил")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) \
        == "бывший мэр города и лидер партии « Рассвет »"


def test_clause_with_a_verb_between_commas_is_not_skipped():
    words, i = around("актриса , на которую все смотрели , попросила", "попросила")
    assert speaker_before.before(words, i, 0, "femn") is None


def test_title_of_a_prepositional_object_is_stepped_over():
    words, i = around("Судья Олег Зуев в особом мнении по делу « Петров и другие против города » "
                      "поддержал", "поддержал")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) == "Судья Олег Зуев"


def test_participle_phrase_before_a_post_stays_in_the_mention():
    words, i = around("Открывший заседание председатель совета Ольга Смирнова заявила", "заявила")
    assert spelled(words, speaker_before.before(words, i, 0, "femn")) \
        == "Открывший заседание председатель совета Ольга Смирнова"


def test_relative_pronoun_is_the_whole_prepositional_object():
    words, i = around("кадры , на которых избранный президент говорит", "говорит")
    assert spelled(words, speaker_before.before(words, i, 0, None)) == "избранный президент"


def test_list_of_titles_belongs_to_their_author():
    words, i = around("режиссёр « Сталкер » , « Солярис » и « Зеркало » сказал", "сказал")
    assert spelled(words, speaker_before.before(words, i, 0, "masc")) \
        == "режиссёр « Сталкер » , « Солярис » и « Зеркало »"


# The subject phrase before a reporting verb: (text, verb, the verb's gender, the phrase).
SUBJECTS_BEFORE = [
    pytest.param("Вчера министр финансов Антон Силуанов заявил", "заявил", "masc", "министр финансов Антон Силуанов",
                 id="subject_with_its_post_before_the_verb"),
    pytest.param("Алихан Смаилов в ходе встречи отметил", "отметил", "masc", "Алихан Смаилов",
                 id="prepositional_phrase_between_subject_and_verb_is_skipped"),
    pytest.param("Бадди Макгирт после известия о смерти Дадашева заявил", "заявил", "masc", "Бадди Макгирт",
                 id="oblique_name_that_cannot_agree_is_stepped_over"),
    pytest.param("сенатор Барак Обама , который заявил", "заявил", "masc", "сенатор Барак Обама",
                 id="relative_pronoun_stands_for_its_antecedent"),
    pytest.param("Министр А . Кудрин заявил", "заявил", "masc", "Министр А . Кудрин",
                 id="initial_before_the_verb_belongs_to_the_name"),
    pytest.param("В тот же день Южная Корея заявила", "заявила", "femn", "Южная Корея",
                 id="time_noun_before_a_subject_is_the_authors_adverbial"),
    pytest.param("Вчера неделя моды сообщила", "сообщила", "femn", "неделя моды",
                 id="time_noun_with_its_genitive_stays_a_phrase"),
    pytest.param("в интервью « Голосу Америки » Олег Зуев говорил", "говорил", "masc", "Олег Зуев",
                 id="title_that_cannot_be_nominative_is_an_object_not_the_subject"),
    pytest.param("Вчера « Единая Россия » заявила", "заявила", "femn", "« Единая Россия »",
                 id="nominative_title_is_the_subject"),
    pytest.param("После выступления Марио сообщил", "сообщил", "masc", "Марио",
                 id="name_after_a_prepositional_object_is_kept_when_nothing_precedes"),
    pytest.param("Об отставке министра и глава правительства заявил", "заявил", "masc", "глава правительства",
                 id="an_object_before_and_is_not_joined_to_the_subject"),
    pytest.param("Местная полиция , по данным газеты , отметила", "отметила", "femn", "Местная полиция",
                 id="attribution_insert_between_subject_and_verb_is_skipped"),
    pytest.param("Кроме того , он , как сообщается , сообщил", "сообщил", "masc", "он",
                 id="kak_soobshchaetsya_insert_is_skipped"),
    pytest.param("актриса , на случай трагического финала , попросила", "попросила", "femn", "актриса",
                 id="prepositional_insert_is_skipped"),
    pytest.param("Олег Зуев , известный певец и актёр , написал", "написал", "masc", "Олег Зуев",
                 id="apposition_opening_with_an_adjective_is_skipped"),
    pytest.param("Олег Зуев , известный певец , актёр и режиссёр , написал", "написал", "masc", "Олег Зуев",
                 id="listed_apposition_with_inner_commas_is_skipped"),
    pytest.param("Статья в журнале « Огонёк » сообщила", "сообщила", "femn", "« Огонёк »",
                 id="title_of_a_media_object_stays_a_source"),
    pytest.param("Совет по вопросам культуры вчера заявил", "заявил", "masc", "Совет по вопросам культуры",
                 id="po_phrase_of_a_capitalised_body_is_part_of_its_name"),
    pytest.param("Вчера министр по делам молодёжи заявил", "заявил", "masc", "министр по делам молодёжи",
                 id="po_phrase_of_a_post_is_part_of_it"),
    pytest.param("Олег Зуев по телефону заявил", "заявил", "masc", "Олег Зуев",
                 id="po_phrase_after_a_name_is_the_authors"),
    pytest.param("Вчера сотрудник по телефону заявил", "заявил", "masc", "сотрудник",
                 id="one_word_po_phrase_after_a_post_is_the_authors"),
    pytest.param("Пресс-служба ГУ МЧС по Московской области сообщила", "сообщила", "femn", "Пресс-служба ГУ МЧС по Московской области",
                 id="regional_branch_before_the_verb"),
    pytest.param("Музыкант Джон Лайдон в интервью The Daily Mail сказал", "сказал", "masc", "Музыкант Джон Лайдон",
                 id="an_outlet_after_v_intervyu_is_not_the_subject"),
    pytest.param("Министр в эфире телеканала «Россия 24» заявил", "заявил", "masc", "Министр",
                 id="an_outlet_in_the_genitive_after_v_efire_is_not_the_subject"),
    pytest.param("Химик Олег Седов из лаборатории института РАН , который вёл опыты , заявил", "заявил", "masc",
                 "Химик Олег Седов", id="an_abbreviation_closing_a_genitive_pp_is_not_the_subject"),
    pytest.param("Певица Ольга Белова в своём Telegram написала", "написала", "femn", "Певица Ольга Белова",
                 id="a_channel_after_v_svoyom_is_not_the_subject"),
    pytest.param("Один из туристов , студент Павел , в беседе с журналистом Vesti.kz рассказал", "рассказал", "masc",
                 "Один из туристов , студент Павел", id="the_subject_before_a_comma_past_v_besede_s_reporterom"),
    pytest.param("В интервью ТАСС министр заявил", "заявил", "masc", "министр",
                 id="the_subject_after_v_intervyu_and_an_outlet"),
    pytest.param("В интервью министр заявил", "заявил", "masc", "министр",
                 id="v_intervyu_alone_keeps_the_subject"),
    pytest.param("в эфире телеканала «Дождь» Андрей Воробьёв называл", "называл", "masc", "Андрей Воробьёв",
                 id="a_named_subject_after_a_quoted_outlet"),
    pytest.param("В сентябре 2017 года « Коммерсант » писал", "писал", "masc", "« Коммерсант »",
                 id="title_after_a_date_is_the_subject"),
    pytest.param("судьи суда , хотя и не признали дело политическим , однако посчитали", "посчитали", "plur", "судьи суда",
                 id="concessive_insert_and_odnako_are_skipped"),
    pytest.param("судьи суда решили , что Петров однако посчитал", "посчитал", "masc", "Петров",
                 id="clause_with_its_own_subject_before_the_comma_is_not_skipped"),
    pytest.param("Источник , близкий к расследованию , сообщил", "сообщил", "masc", "Источник",
                 id="adjective_insert_between_subject_and_verb_is_skipped"),
    pytest.param("Город , красивый как никогда , встретил , и мэр сообщил", "сообщил", "masc", "мэр",
                 id="adjective_clause_with_a_verb_is_not_skipped"),
    pytest.param("Вчера « Рассвет » и « Заря » заявили", "заявили", "plur", "« Рассвет » и « Заря »",
                 id="titles_joined_without_an_author_stay_as_found"),
    pytest.param("Трудности перевода Депутаты края попросили", "попросили", "plur", "Депутаты края",
                 id="glued_headline_before_a_capitalised_subject_is_left_out"),
    pytest.param("Представитель Министерства обороны заявил", "заявил", "masc", "Представитель Министерства обороны",
                 id="capitalised_genitive_inside_a_post_stays"),
]


@pytest.mark.parametrize("text, verb, gender, expected", SUBJECTS_BEFORE)
def test_subject_before_the_verb(text, verb, gender, expected):
    words, i = around(text, verb)
    assert spelled(words, speaker_before.before(words, i, 0, gender)) == expected


def test_a_comma_left_between_subject_and_verb():
    q = only("Глава МЧС Сергей Орлов, призвал жителей покинуть опасный район.")
    assert q.speaker.text == "Глава МЧС Сергей Орлов" and q.text.startswith("покинуть")


def test_a_comma_after_a_clause_start_finds_no_subject():
    assert phrase_before("Когда поезд пришёл, заявил") is None


def test_a_counted_genitive_subject():
    assert phrase_before("Позже более 30 учёных заявили") == "более 30 учёных"


def test_a_subject_counted_by_a_quantity_word():
    assert phrase_before("Затем несколько сотен жителей потребовали") == "несколько сотен жителей"


def test_genitives_joined_by_и_stay_in_the_subject():
    assert phrase_before("Академия художеств и архитектуры объявила") == "Академия художеств и архитектуры"


def test_при_этом_is_no_prepositional_phrase_around_the_subject():
    assert phrase_before("При этом директор школы сообщил") == "директор школы"


def test_a_quoted_title_inside_an_adjunct_is_stepped_over():
    assert phrase_before("Для выполнения требований «закона Яровой» министерство предложило") == "министерство"


def test_a_description_and_a_name_set_off_by_a_comma_are_one_subject():
    q = only("Другой депутат, Бахытбек Смагул, заявил, что заводы не построят в срок.")
    assert q.speaker.text == "депутат, Бахытбек Смагул" and q.speaker.name == "Бахытбек Смагул"


def test_a_voiced_doubt_is_the_cue_not_the_speaker():
    q = only("Депутат Асель Нурланова выразила сомнение, что заводы построят в срок.")
    assert q.cue.text == "выразила сомнение" and q.speaker.name == "Асель Нурланова"


def test_a_connector_opening_the_clause_is_no_object_before_the_subject():
    assert phrase_before("Вместе с тем аким области попросил") == "аким области"


def test_one_of_a_group_set_off_with_a_name_is_one_subject():
    assert phrase_before("Один из фермеров района, Алибек Нуров, сказал") == "Один из фермеров района , Алибек Нуров"


def test_a_neuter_thing_before_a_masculine_verb_is_its_object_put_first():
    assert phrase_before("Это решение в пятницу поддержал") is None


def test_named_person_before_a_plural_verb_is_its_object():
    # "Смирнова" cannot be the subject of "обвиняют": the accused is put first
    assert phrase_before("Тренера Олега Смирнова обвиняют") is None


def test_named_people_joined_by_and_are_the_subject_of_a_plural_verb():
    assert phrase_before("Олег и Анна Смирновы заявили") == "Олег и Анна Смирновы"


def test_neuter_relative_clause_between_subject_and_verb_is_stepped_over():
    assert phrase_before("Тренер Петров , в интервью , которое дал после матча , сказал") == "Тренер Петров"


def test_prepositional_insert_ending_in_a_name_in_marks_is_stepped_over():
    assert phrase_before("Министр Олег Петров , в интервью телеканалу « Дождь » , заявил") == "Министр Олег Петров"


def test_description_then_post_with_a_prepositional_phrase_and_name():
    q = only("Инициатор поправок, заместитель председателя комиссии по транспорту Ольга Рябова, "
             "напомнила журналистам, что число пассажиров выросло вдвое.")
    assert q.speaker.name == "Ольга Рябова"


def test_description_with_a_genitive_owner_then_named_post():
    q = only("Соратник Карпова по партии, депутат Игорь Седов, поддержал запрос и заявил, "
             "что такая же ситуация сложилась в школах.")
    assert q.speaker.name == "Игорь Седов"


def test_a_quoted_name_after_a_preposition_is_no_subject():
    ws = tokenize("Пенсионерка Ольга Лис в группе жильцов во «ВКонтакте» написала")
    a, b = speaker_before.before(ws, len(ws) - 1, 0, "femn")
    assert " ".join(w.text for w in ws[a:b]) == "Пенсионерка Ольга Лис"


def test_one_of_many_before_the_verb_is_the_subject_with_its_genitive():
    ws = tokenize("Один из членов совета «Зелёной партии» предположил")
    a, b = speaker_before.before(ws, len(ws) - 1, 0, "masc")
    assert " ".join(w.text for w in ws[a:b]) == "Один из членов совета « Зелёной партии »"
    ws = tokenize("Вчера одна из пассажирок автобуса рассказала")
    a, b = speaker_before.before(ws, len(ws) - 1, 0, "femn")
    assert " ".join(w.text for w in ws[a:b]) == "одна из пассажирок автобуса"


def test_a_phrase_ending_in_one_of_runs_over_the_genitive_after_it():
    q = only("Аналитик одного из крупных банков заявил, что рубль ослабнет.")
    assert q.speaker.text == "Аналитик одного из крупных банков" and q.speaker.name is None


def test_an_apposition_opened_by_an_adjective_is_no_insert_to_step_over():
    q = only("Один из кандидатов, муниципальный депутат Олег Зуев, заявил, что подаст жалобу.")
    assert q.speaker.name == "Олег Зуев"


def test_a_description_then_a_post_with_the_name_set_off_by_commas_is_the_subject():
    q = only("Один из пострадавших, водитель маршрутки Игорь Лысенко, рассказал, что тормоза отказали.")
    assert q.speaker.name == "Игорь Лысенко"


def test_a_description_opening_with_a_possessive_and_a_surname_that_is_a_common_word():
    q = only("Ее коллега по цеху, солистка оперы Анна Ласточка, сказала, что гастроли перенесут.")
    assert q.speaker.name == "Анна Ласточка"


def test_one_of_them_is_the_subject_though_unnamed():
    q = only("Один из пассажиров, летевший из Антальи, рассказал, что самолет трясло полчаса.")
    assert q.speaker.text.startswith("Один из пассажиров") and q.speaker.name is None


def test_a_date_between_the_subject_and_the_verb_is_stepped_over():
    q = only("Ольга Голодец 22 октября 2013 года сообщила, что министр покинет свой пост.")
    assert q.speaker.text == "Ольга Голодец"
    assert only("Министр 5 марта заявил, что цены снизятся.").speaker.text == "Министр"


def test_a_place_closing_a_prepositional_phrase_after_the_name_is_no_subject():
    assert phrase_before("Экономист Иван Петров из Университета Южной Калифорнии сказал") == "Экономист Иван Петров"


def test_a_place_in_an_oblique_case_before_the_subject_belongs_to_the_phrase_before():
    assert phrase_before("После переговоров в столице Германии Франция заявила") == "Франция"


def test_a_participle_insert_opening_with_its_adjunct_is_stepped_over():
    q = only("Анна Лис, в течение 12 лет возглавлявшая городской театр, объявила об уходе на пенсию.")
    assert q.text == "уходе на пенсию" and q.speaker.name == "Анна Лис"


def test_a_prepositional_insert_without_a_participle_is_no_description():
    assert speaker_before._participle_after_adjunct(tokenize("в течение 12 лет")) is False


@pytest.mark.parametrize("often", ["несколько раз", "не раз", "два раза"])
def test_how_often_between_the_subject_and_its_verb_is_no_part_of_the_subject(often):
    q = only(f"Министр финансов Ирина Ким {often} заявляла, что налоги не вырастут.")
    assert (q.speaker.text, q.speaker.name) == ("Министр финансов Ирина Ким", "Ирина Ким")


def test_an_apposition_opening_with_an_age_names_the_subject():
    q = extract("Оратор, 20-летний Хамзат Азимов, заявил, что победа близка.").quotes[0]
    assert q.speaker.name == "Хамзат Азимов"


def test_a_latin_outlet_closing_a_prepositional_phrase_is_no_subject():
    q = extract("Актриса Анджелина Джоли на страницах американского издания The New York Times призналась, "
                "что перенесла операцию.").quotes[0]
    assert q.speaker.name == "Анджелина Джоли"


def test_a_modifier_with_its_own_objects_opening_the_clause_joins_its_noun():
    assert phrase_before("Знакомый с ситуацией источник рассказал") == "Знакомый с ситуацией источник"
    assert phrase_before("Живущая по соседству пенсионерка рассказала") == "Живущая по соседству пенсионерка"


def test_an_insert_holding_someone_elses_age_and_name_is_stepped_over():
    q = only("Адвокат Александру Попеску, представляющий интересы одного из задержанных, 24-летнего "
             "Богдана Ионеску, заявил телеканалу Digi24, что его клиент не знал о происхождении денег.")
    assert q.speaker.text == "Адвокат Александру Попеску" and q.speaker.name == "Александру Попеску"


def test_a_quoted_name_read_as_a_conjunction_is_stepped_over_with_its_preposition():
    assert phrase_before("Мендеш в интервью газете « А Бола » признался") == "Мендеш"
