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


def test_capital_preposition_before_a_title_is_no_initial():
    words, i = around("Источник : В « Удмуртавтодоре » опровергли", "опровергли")
    assert spelled(words, phrases.before(words, i, 0, "plur")) != "В « Удмуртавтодоре »"


def test_initial_before_the_verb_belongs_to_the_name():
    words, i = around("Министр А . Кудрин заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Министр А . Кудрин"


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


def test_time_noun_before_a_subject_is_the_authors_adverbial():
    words, i = around("В тот же день Южная Корея заявила", "заявила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "Южная Корея"


def test_time_noun_with_its_genitive_stays_a_phrase():
    words, i = around("Вчера неделя моды сообщила", "сообщила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "неделя моды"


def test_title_that_cannot_be_nominative_is_an_object_not_the_subject():
    words, i = around("в интервью « Голосу Америки » Олег Зуев говорил", "говорил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Олег Зуев"


def test_nominative_title_is_the_subject():
    words, i = around("Вчера « Единая Россия » заявила", "заявила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "« Единая Россия »"


def test_reflexive_possessive_marks_an_addressee_after_the_verb():
    words, i = around("заявил своей жене Иван Петров", "заявил")
    assert spelled(words, phrases.after(words, i, len(words))) == "Иван Петров"


def test_noun_after_the_verb_without_a_reflexive_is_the_subject():
    words, i = around("заявили матери погибших", "заявили")
    assert spelled(words, phrases.after(words, i, len(words))) == "матери погибших"


def test_genitive_of_a_compound_preposition_is_no_speaker():
    words, i = around("заявил во время свидания", "заявил")
    assert phrases.after(words, i, len(words)) is None


def test_subject_after_a_compound_preposition_and_its_genitive():
    words, i = around("заявил во время встречи министр", "заявил")
    assert spelled(words, phrases.after(words, i, len(words))) == "министр"


def test_nested_preposition_and_a_media_name_stay_the_authors():
    words, i = around("пишет в колонке для издания The Hill генерал Питер Цвак", "пишет")
    assert spelled(words, phrases.after(words, i, len(words))) == "генерал Питер Цвак"


def test_latin_name_with_nothing_after_it_is_the_speaker():
    words, i = around("сообщил в четверг Reuters", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) == "Reuters"


def test_long_participle_insert_between_subject_and_verb_is_skipped():
    words, i = around("Иван Петров , служивший на далёкой заставе « Северная » в горной области "
                      "на границе с соседней страной и обвинённый в краже двух ящиков "
                      "и трёх мешков , заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Иван Петров"


def test_name_after_a_prepositional_object_gives_way_to_an_earlier_subject():
    words, i = around("Министр Иван Петров , который руководит ведомством , после выступления "
                      "Марио сообщил", "сообщил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Министр Иван Петров"


def test_name_after_a_prepositional_object_is_kept_when_nothing_precedes():
    words, i = around("После выступления Марио сообщил", "сообщил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Марио"


def test_two_posts_joined_by_and_before_a_singular_verb_are_one_person():
    words, i = around("вчера бывший мэр города и лидер партии « Рассвет » объявил", "объявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) \
        == "бывший мэр города и лидер партии « Рассвет »"


def test_an_object_before_and_is_not_joined_to_the_subject():
    words, i = around("Об отставке министра и глава правительства заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "глава правительства"


def test_attribution_insert_between_subject_and_verb_is_skipped():
    words, i = around("Местная полиция , по данным газеты , отметила", "отметила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "Местная полиция"


def test_kak_soobshchaetsya_insert_is_skipped():
    words, i = around("Кроме того , он , как сообщается , сообщил", "сообщил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "он"


def test_prepositional_insert_is_skipped():
    words, i = around("актриса , на случай трагического финала , попросила", "попросила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "актриса"


def test_clause_with_a_verb_between_commas_is_not_skipped():
    words, i = around("актриса , на которую все смотрели , попросила", "попросила")
    assert phrases.before(words, i, 0, "femn") is None


def test_apposition_opening_with_an_adjective_is_skipped():
    words, i = around("Олег Зуев , известный певец и актёр , написал", "написал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Олег Зуев"


def test_listed_apposition_with_inner_commas_is_skipped():
    words, i = around("Олег Зуев , известный певец , актёр и режиссёр , написал", "написал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Олег Зуев"


def test_title_of_a_prepositional_object_is_stepped_over():
    words, i = around("Судья Олег Зуев в особом мнении по делу « Петров и другие против города » "
                      "поддержал", "поддержал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Судья Олег Зуев"


def test_title_of_a_media_object_stays_a_source():
    words, i = around("Статья в журнале « Огонёк » сообщила", "сообщила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "« Огонёк »"


def test_po_phrase_of_a_capitalised_body_is_part_of_its_name():
    words, i = around("Совет по вопросам культуры вчера заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Совет по вопросам культуры"


def test_po_phrase_of_a_post_is_part_of_it():
    words, i = around("Вчера министр по делам молодёжи заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "министр по делам молодёжи"


def test_po_phrase_after_a_name_is_the_authors():
    words, i = around("Олег Зуев по телефону заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Олег Зуев"


def test_one_word_po_phrase_after_a_post_is_the_authors():
    words, i = around("Вчера сотрудник по телефону заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "сотрудник"


def test_participle_phrase_before_a_post_stays_in_the_mention():
    words, i = around("Открывший заседание председатель совета Ольга Смирнова заявила", "заявила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) \
        == "Открывший заседание председатель совета Ольга Смирнова"

def test_regional_branch_of_an_abbreviated_body_runs_through_its_place():
    words, i = around("сообщила пресс-служба ГУ МВД по Москве", "сообщила")
    assert spelled(words, phrases.after(words, i, len(words))) == "пресс-служба ГУ МВД по Москве"


def test_po_after_an_abbreviation_with_a_common_word_is_not_a_branch():
    words, i = around("сообщил представитель МВД по телефону", "сообщил")
    assert spelled(words, phrases.after(words, i, len(words))) == "представитель МВД"


def test_regional_branch_before_the_verb():
    words, i = around("Пресс-служба ГУ МЧС по Московской области сообщила", "сообщила")
    assert spelled(words, phrases.before(words, i, 0, "femn")) == "Пресс-служба ГУ МЧС по Московской области"



def test_an_outlet_after_v_intervyu_is_not_the_subject():
    words, i = around("Музыкант Джон Лайдон в интервью The Daily Mail сказал", "сказал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Музыкант Джон Лайдон"


def test_an_outlet_in_the_genitive_after_v_efire_is_not_the_subject():
    words, i = around("Министр в эфире телеканала «Россия 24» заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Министр"


def test_the_subject_after_v_intervyu_and_an_outlet():
    words, i = around("В интервью ТАСС министр заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "министр"


def test_v_intervyu_alone_keeps_the_subject():
    words, i = around("В интервью министр заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "министр"


def test_a_named_subject_after_a_quoted_outlet():
    words, i = around("в эфире телеканала «Дождь» Андрей Воробьёв называл", "называл")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Андрей Воробьёв"


def test_title_after_a_date_is_the_subject():
    words, i = around("В сентябре 2017 года « Коммерсант » писал", "писал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "« Коммерсант »"


def test_relative_pronoun_is_the_whole_prepositional_object():
    words, i = around("кадры , на которых избранный президент говорит", "говорит")
    assert spelled(words, phrases.before(words, i, 0, None)) == "избранный президент"


def test_concessive_insert_and_odnako_are_skipped():
    words, i = around("судьи суда , хотя и не признали дело политическим , однако посчитали", "посчитали")
    assert spelled(words, phrases.before(words, i, 0, "plur")) == "судьи суда"


def test_clause_with_its_own_subject_before_the_comma_is_not_skipped():
    words, i = around("судьи суда решили , что Петров однако посчитал", "посчитал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Петров"


def test_unnamed_source_keeps_where_it_sits():
    words, i = around("заявил « Интерфаксу » источник в правительстве", "заявил")
    assert spelled(words, phrases.after(words, i, len(words))) == "источник в правительстве"


def test_named_speaker_does_not_take_a_place_after_it():
    words, i = around("заявил министр в правительстве", "заявил")
    assert spelled(words, phrases.after(words, i, len(words))) == "министр"


def test_adjective_insert_between_subject_and_verb_is_skipped():
    words, i = around("Источник , близкий к расследованию , сообщил", "сообщил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Источник"


def test_adjective_clause_with_a_verb_is_not_skipped():
    words, i = around("Город , красивый как никогда , встретил , и мэр сообщил", "сообщил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "мэр"


def test_list_of_titles_belongs_to_their_author():
    words, i = around("режиссёр « Сталкер » , « Солярис » и « Зеркало » сказал", "сказал")
    assert spelled(words, phrases.before(words, i, 0, "masc")) \
        == "режиссёр « Сталкер » , « Солярис » и « Зеркало »"


def test_titles_joined_without_an_author_stay_as_found():
    words, i = around("Вчера « Рассвет » и « Заря » заявили", "заявили")
    assert spelled(words, phrases.before(words, i, 0, "plur")) == "« Рассвет » и « Заря »"


def test_glued_headline_before_a_capitalised_subject_is_left_out():
    words, i = around("Трудности перевода Депутаты края попросили", "попросили")
    assert spelled(words, phrases.before(words, i, 0, "plur")) == "Депутаты края"


def test_capitalised_genitive_inside_a_post_stays():
    words, i = around("Представитель Министерства обороны заявил", "заявил")
    assert spelled(words, phrases.before(words, i, 0, "masc")) == "Представитель Министерства обороны"
