"""Speaker phrases next to a reporting verb."""
import pytest

from ruarticle.quoting import phrases
from ruarticle.quoting.words import tokenize
from quoted import only  # noqa: E402 (tests folder is on sys.path)


def around(text, verb):
    words = tokenize(text)
    i = [w.text for w in words].index(verb)
    return words, i


def spelled(words, span):
    return " ".join(w.text for w in words[span[0]:span[1]]) if span else None


def phrase_before(text):
    """The subject phrase before the last word of ``text`` (a verb), spelled out."""
    words = tokenize(text)
    verb = words[-1]
    ending = verb.text[-1]
    gender = {"и": "plur", "а": "femn", "о": "neut"}.get(ending, "masc")
    return spelled(words, phrases.before(words, len(words) - 1, 0, gender))


def test_capital_preposition_before_a_title_is_no_initial():
    words, i = around("Источник : В « Удмуртавтодоре » опровергли", "опровергли")
    assert spelled(words, phrases.before(words, i, 0, "plur")) != "В « Удмуртавтодоре »"


def test_name_the_dictionary_knows_only_as_a_plural_of_other_names_is_a_subject():
    words, i = around("Вчера Лазиз Кудратов рассказал", "рассказал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Лазиз Кудратов"


def test_name_nested_in_a_name_with_one_closing_mark_stays_in_the_subject():
    words, i = around("Глава АО « НАК « Казатомпром » Меиржан Юсупов заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) \
        == "Глава АО « НАК « Казатомпром » Меиржан Юсупов"


def test_name_ending_a_fronted_object_is_not_part_of_the_subject_post():
    words, i = around("На вопрос о дебюте вратаря Нурали Жаксылыка наставник ответил", "ответил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "наставник"
    words, i = around("На вопрос о пункте « Хоргос » официальный представитель ответил", "ответил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "официальный представитель"


def test_post_runs_through_and_to_the_holders_name():
    words, i = around("сообщил министр культуры и туризма области Ольга Смирнова", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) \
        == "министр культуры и туризма области Ольга Смирнова"


def test_post_runs_through_a_preposition_to_the_holders_name():
    words, i = around("сказал глава союза против вырубки лесов Олег Зуев", "сказал")
    assert spelled(words, phrases.after(words, i, len(words))) \
        == "глава союза против вырубки лесов Олег Зуев"


def test_genitive_of_a_compound_preposition_is_no_speaker():
    words, i = around("заявил во время свидания", "заявил")
    assert phrases.after(words, i, len(words)) is None


def test_long_participle_insert_between_subject_and_verb_is_skipped():
    words, i = around("Иван Петров , служивший на далёкой заставе « Северная » в горной области "
                      "на границе с соседней страной и обвинённый в краже двух ящиков "
                      "и трёх мешков , заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Иван Петров"


def test_name_after_a_prepositional_object_gives_way_to_an_earlier_subject():
    words, i = around("Министр Иван Петров , который руководит ведомством , после выступления "
                      "Марио сообщил", "сообщил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Министр Иван Петров"


def test_two_posts_joined_by_and_before_a_singular_verb_are_one_person():
    words, i = around("вчера бывший мэр города и лидер партии « Рассвет » объявил", "объявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) \
        == "бывший мэр города и лидер партии « Рассвет »"


def test_clause_with_a_verb_between_commas_is_not_skipped():
    words, i = around("актриса , на которую все смотрели , попросила", "попросила")
    assert phrases.before(words, i, 0, "femn") is None


def test_title_of_a_prepositional_object_is_stepped_over():
    words, i = around("Судья Олег Зуев в особом мнении по делу « Петров и другие против города » "
                      "поддержал", "поддержал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Судья Олег Зуев"


def test_participle_phrase_before_a_post_stays_in_the_mention():
    words, i = around("Открывший заседание председатель совета Ольга Смирнова заявила", "заявила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) \
        == "Открывший заседание председатель совета Ольга Смирнова"


def test_relative_pronoun_is_the_whole_prepositional_object():
    words, i = around("кадры , на которых избранный президент говорит", "говорит")
    assert spelled(words, phrases.before(words, i, 0, None)) == "избранный президент"


def test_list_of_titles_belongs_to_their_author():
    words, i = around("режиссёр « Сталкер » , « Солярис » и « Зеркало » сказал", "сказал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) \
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
    assert spelled(words, phrases.before(words, i, 0, gender)) == expected


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
    assert spelled(words, phrases.after(words, i, len(words))) == expected


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


def test_an_outlet_with_a_latin_name_names_a_source():
    q = only("Сенат утвердил бюджет страны, сообщает канал Fox News.")
    assert q.speaker.text == "канал Fox News"


def test_a_phrase_with_an_abbreviation_in_brackets_is_a_name():
    q = only("Народный фронт (НФ) опубликовал заявление, в котором назвал выборы фарсом.")
    assert q.speaker.text == "Народный фронт (НФ)"


def test_a_description_and_a_name_set_off_by_a_comma_are_one_subject():
    q = only("Другой депутат, Бахытбек Смагул, заявил, что заводы не построят в срок.")
    assert q.speaker.text == "депутат, Бахытбек Смагул" and q.speaker.name == "Бахытбек Смагул"


def test_a_voiced_doubt_is_the_cue_not_the_speaker():
    q = only("Депутат Асель Нурланова выразила сомнение, что заводы построят в срок.")
    assert q.cue.text == "выразила сомнение" and q.speaker.name == "Асель Нурланова"


def test_a_connector_opening_the_clause_is_no_object_before_the_subject():
    assert phrase_before("Вместе с тем аким области попросил") == "аким области"


def test_an_outlet_after_a_reporter_told_is_no_speaker():
    words, i = around("Фермер рассказал корреспонденту Zakon.kz, что сроки сдвинут.", "рассказал")
    assert phrases.after(words, i, len(words)) is None
    words, i = around("Сроки сдвинут, сообщил журналисту ТАСС заместитель мэра Олег Рябов.", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) == "заместитель мэра Олег Рябов"


def test_one_of_a_group_set_off_with_a_name_is_one_subject():
    assert phrase_before("Один из фермеров района, Алибек Нуров, сказал") == "Один из фермеров района , Алибек Нуров"


def test_an_outlet_before_a_participle_post_is_the_addressee():
    words, i = around("Работы идут, — сообщил РБК управляющий филиалом Андрей Сомов.", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))).startswith("управляющий")


def test_a_quoted_dative_after_the_subject_is_the_one_told():
    words, i = around("«Цены вырастут», — сказал аналитик «Коммерсанту».", "сказал")
    assert spelled(words, phrases.after(words, i, len(words))) == "аналитик"


def test_a_capitalised_preposition_opening_the_sentence_is_no_speaker():
    words, i = around("Из Саратова поступают сообщения о перебоях с водой.", "поступают")
    assert phrases.before(words, i, 0, "plur") is None


def test_a_name_after_a_comma_closing_the_clause_is_the_described_speaker():
    q = only("«Такого я не ждал», — сказал один из болельщиков, 40-летний Мигель Санчес.")
    assert q.speaker.text == "один из болельщиков, 40-летний Мигель Санчес"
    assert q.speaker.name == "Мигель Санчес"
    q = only("«Мы готовы», — сказал тренер, Москва.")
    assert q.speaker.text == "тренер"


def test_a_name_only_in_the_instrumental_is_no_speaker():
    q = only("Писатель, побывав в Казани, назвал её настоящим Парижем.")
    assert q.speaker.text == "Писатель"


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


def test_a_quoted_name_after_a_preposition_is_no_subject():
    ws = tokenize("Пенсионерка Ольга Лис в группе жильцов во «ВКонтакте» написала")
    a, b = phrases.before(ws, len(ws) - 1, 0, "femn")
    assert " ".join(w.text for w in ws[a:b]) == "Пенсионерка Ольга Лис"
