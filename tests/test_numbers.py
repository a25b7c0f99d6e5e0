"""The numbers stage end to end: one sentence (or two) per rule of spec/numbers.md."""
import pytest

from ruarticle import extract


def figures(text):
    return extract(text).numbers


def only(text):
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def brief(text):
    return [(n.text, n.kind, n.value, n.unit) for n in figures(text)]


# --- offsets and sentences ---------------------------------------------------------

def test_offsets_point_into_the_original_text():
    text = "Заголовок новости\n\nВыручка выросла на 12% и достигла 3,5\u00a0млрд рублей."
    for number in figures(text):
        assert text[number.start:number.end] == number.text


def test_sentence_index_is_given():
    text = "Фраза без чисел.\n\nВ другой фразе 5 яблок."
    number = only(text)
    assert extract(text).sentences[number.sentence].text.endswith("5 яблок.")


def test_boilerplate_is_not_read():
    text = "Новость о заводе\n\nЗавод выпустил 300 машин.\n\nRecent Posts\n\nЦены выросли на 5%"
    assert [n.text for n in figures(text)] == ["300 машин"]


# --- money ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Сделка стоила 18 млрд долларов.", 18e9, "USD"),
    ("Бюджет составил 8,1 миллиона евро.", 8.1e6, "EUR"),
    ("Штраф — 1 250 000 руб.", 1250000, "RUB"),
    ("Кредит выдан на 10 млн тенге.", 1e7, "KZT"),
    ("Инвестиции составят 7 млрд юаней.", 7e9, "CNY"),
    ("Фонд получил $27.5 млн.", 27.5e6, "USD"),
    ("Клуб заплатил £22 млн.", 22e6, "GBP"),
    ("Проект обошёлся в полтора миллиарда рублей.", 1.5e9, "RUB"),
    ("Выручка — четверть миллиарда гривен.", 2.5e8, "UAH"),
    ("Он выиграл два с половиной миллиона рублей.", 2.5e6, "RUB"),
])
def test_money_value_and_currency(text, value, unit):
    number = only(text)
    assert (number.kind, number.value, number.unit) == ("money", value, unit)


def test_named_dollar_is_not_usd():
    assert only("Сумма — 100 млн гонконгских долларов.").unit == "HKD"


def test_bare_currency_follows_the_named_one():
    found = figures("Доходы составили 667,2 млн кипрских фунтов. Из них 111,2 млн фунтов — налоги.")
    assert [n.unit for n in found] == ["CYP", "CYP"]


def test_currency_adjective_from_digits():
    number = only("Он расплатился 100-долларовой купюрой.")
    assert (number.kind, number.value, number.unit) == ("money", 100, "USD")


def test_bare_scaled_number_restates_money():
    found = figures("Штраф составил 1,5 млн долларов. Его могут поднять до 3 миллионов.")
    assert (found[1].kind, found[1].value, found[1].unit) == ("money", 3e6, "USD")


def test_conversion_in_brackets_is_not_the_source_of_a_bare_figure():
    found = brief("Победитель получит 368 млн рублей (около 5,8 млн долларов), второе место — 316 млн.")
    assert found[-1] == ("316 млн", "money", 316e6, "RUB")


# --- percent ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Доля выросла до 52,1 %.", 52.1, "%"),
    ("Инфляция составила 11,7 процента.", 11.7, "%"),
    ("Ставка выросла на 2 процентных пункта.", 2, "п.п."),
    ("Рейтинг снизился на 3 п.п.", 3, "п.п."),
])
def test_percent(text, value, unit):
    number = only(text)
    assert (number.kind, number.value, number.unit) == ("percent", value, unit)


def test_shares_in_words_are_percentages():
    assert brief("Он получил больше половины голосов.") == [("половины", "percent", 50, "%")]
    assert brief("Треть акций продана.")[0][2] == 33.33


# --- counts, quantities, periods -------------------------------------------------------

def test_count_unit_is_the_lemma_of_the_counted_noun():
    number = only("Экспорт вырос по 135 товарным позициям.")
    assert (number.text, number.kind, number.unit) == ("135 товарным позициям", "count", "позиция")


def test_number_words_in_any_case():
    assert brief("Дом с восемью спальными комнатами.") == [("восемью спальными комнатами", "count", 8, "комната")]
    assert brief("Прибыло двух тысяч гостей.")[0][2] == 2000


def test_collective_and_multiplicative_numbers():
    assert brief("Двое мужчин задержаны.") == [("Двое мужчин", "count", 2, "мужчина")]
    assert brief("Его дважды избирали.") == [("дважды", "count", 2, "раз")]


def test_quantity_with_unit_abbreviation():
    assert brief("Завод стоит в 110 км от Москвы.") == [("110 км", "quantity", 110, "км")]
    assert brief("Урожай — 5 тыс. тонн.") == [("5 тыс. тонн", "quantity", 5000, "тонна")]


def test_speed_unit():
    assert brief("Скорость — 140 км/ч.")[0][3] == "км/ч"


def test_period():
    assert brief("За 10 месяцев продажи выросли.") == [("10 месяцев", "period", 10, "месяц")]
    assert brief("Аренду продлили на год.") == [("год", "period", 1, "год")]
    assert brief("Ремонт займёт полгода.") == [("полгода", "period", 0.5, "год")]


def test_bare_number_counts_what_a_neighbour_counts():
    found = brief("Обработаны протоколы 3070 избирательных участков (из 3512).")
    assert found[1] == ("3512", "count", 3512, "участок")


def test_bare_number_before_iz_counts_what_follows():
    assert brief("Партия получит 30 из 101 места.")[0] == ("30", "count", 30, "место")


def test_counted_noun_after_kolichestvo():
    found = brief("Количество заявок достигло 1,2 миллиона.")
    assert found == [("1,2 миллиона", "count", 1.2e6, "заявка")]


# --- years, dates ------------------------------------------------------------------------

def test_years_keep_the_year_word():
    assert brief("По итогам 2021 года рост продолжился.") == [("2021 года", "year", 2021, None)]


def test_year_ranges_give_two_records():
    found = brief("В 1995—2006 годах он руководил банком.")
    assert [v for _, _, v, _ in found] == [1995, 2006]


def test_decades_are_their_first_year():
    assert brief("В 1990-е годы завод закрыли.")[0][1:3] == ("year", 1990)
    assert brief("В 90-х годах завод закрыли.")[0][1:3] == ("year", 1990)


@pytest.mark.parametrize("text, value", [
    ("Встреча назначена на 8 марта.", "XXXX-03-08"),
    ("Это случилось 30 апреля 2020 года.", "2020-04-30"),
    ("Он приехал в мае 2009 года.", "2009-05-XX"),
    ("В феврале цены упали.", "XXXX-02-XX"),
    ("Закон от 03.04.2017 вступил в силу.", "2017-04-03"),
])
def test_dates(text, value):
    number = only(text)
    assert (number.kind, number.value) == ("date", value)


def test_day_ranges_share_the_month():
    assert [n.value for n in figures("Заседание прошло с 13 по 14 апреля.")] == ["XXXX-04-13", "XXXX-04-14"]
    assert [n.value for n in figures("Сбросы были 3-4 июня 2010 г.")] == ["2010-06-03", "2010-06-04"]


def test_capitalised_month_is_a_name():
    assert figures("Марта пришла домой.") == ()


# --- ranges --------------------------------------------------------------------------------

def test_tight_range_gives_two_records_with_one_span():
    found = figures("Доля на рынке — 14–15%.")
    assert [(n.text, n.value) for n in found] == [("14–15%", 14), ("14–15%", 15)]


def test_loose_range_borrows_scale_and_unit():
    found = brief("Стоимость — от 5 до 7 млн рублей.")
    assert found == [("5", "money", 5e6, "RUB"), ("7 млн рублей", "money", 7e6, "RUB")]


def test_coordinated_numbers_share_scale_and_unit():
    found = brief("Google вложил 100 и 200 млн долларов.")
    assert [v for _, _, v, _ in found] == [1e8, 2e8]


# --- ordinals and ages -----------------------------------------------------------------------

def test_ordinals_in_words_and_digits():
    assert brief("Откроют третий пункт пропуска.") == [("третий", "ordinal", 3, None)]
    assert brief("Матч 29-го тура прошёл вчера.") == [("29-го", "ordinal", 29, None)]


def test_ordinals_in_posts_and_idioms_are_skipped():
    assert figures("Первый зампред правительства прилетел.") == ()
    assert figures("Это в первую очередь вопрос денег.") == ()
    assert figures("Ветеран Второй мировой войны.") == ()


def test_rank_is_an_ordinal():
    assert brief("Он занял 34 место в рейтинге.") == [("34", "ordinal", 34, None)]


@pytest.mark.parametrize("text, value", [
    ("31-летний футболист перешёл в клуб.", 31),
    ("Сорокалетнего владельца мастерской наградили.", 40),
    ("Он умер в возрасте 61 года.", 61),
    ("Юноше было 24 года.", 24),
    ("Люди старше 70 лет должны сдавать экзамен.", 70),
    ("Он умер на 97-м году жизни.", 97),
])
def test_ages(text, value):
    number = only(text)
    assert (number.kind, number.value, number.unit) == ("age", value, "год")


def test_duration_adjective_is_a_period():
    assert only("Подписан 10-летний контракт.").kind == "period"


# --- not numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Компания показала Xiaomi Watch 5 и новые часы.",
    "Абоненты Tele2 довольны.",
    "В продажу поступил крем «36,6».",
    "Звоните по телефону +7 (727) 123-45-67.",
    "Подробности на https://example.com/news/2021/15 сайте.",
    "Его обвиняют по статье 158 УК РФ.",
    "Дело возбуждено по ч. 2 ст. 159.",
    "Закон № 44-ФЗ принят.",
    "Встреча начнётся в 10:30.",
    "Самолёт Ту-154 приземлился.",
    "Эфир начнётся в 11 часов.",
    "Они встретились около 5 утра.",
    "Между деловыми кругами двух стран нет связей.",
])
def test_not_numbers(text):
    assert figures(text) == ()


def test_list_markers_are_skipped():
    text = "Итоги голосования\n\n1. Иванов — 52,1 % 2. Петров — 24,98 %"
    assert [n.value for n in figures(text)] == [52.1, 24.98]


# --- qualifier -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, qualifier", [
    ("Показатель вырос почти на 33%.", "approx"),
    ("Сделка оценивается примерно в 100 млн долларов.", "approx"),
    ("Ущерб превысил порядка 45 тысяч рублей.", "approx"),
    ("Аудитория — более 400 млн пользователей.", "more_than"),
    ("Собрано свыше 30 млн фунтов стерлингов.", "more_than"),
    ("Акции упали более чем на 40 %.", "more_than"),
    ("Они прожили там как минимум ещё два года.", "more_than"),
    ("Приют примет менее 50 собак.", "less_than"),
    ("Гостей будет не больше 900 человек.", "less_than"),
    ("Завод будет выпускать до 250 000 автомобилей в год.", "less_than"),
    ("Их было 20 с лишним человек.", "more_than"),
])
def test_qualifier(text, qualifier):
    assert figures(text)[0].qualifier == qualifier


def test_do_after_a_change_word_is_a_target_not_a_limit():
    number = only("Цель — увеличение товарооборота до 35 млрд долларов.")
    assert (number.qualifier, number.change) == (None, None)


def test_conversion_in_brackets_shares_the_qualifier():
    found = figures("Оплата — до 750 тысяч юаней (113 тысяч долларов).")
    assert [n.qualifier for n in found] == ["less_than", "less_than"]


# --- change ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, change", [
    ("Товарооборот увеличился на 14% и достиг 18 млрд долларов.", "increase"),
    ("Экспорт сократился на 5 млн тонн.", "decrease"),
    ("Поставки газа ограничат на 85%.", "decrease"),
    ("Годовой рост аудитории составил 8,4%.", "increase"),
    ("Цены на 10% выше, чем год назад.", "increase"),
    ("Выручка выросла в 2 раза.", "increase"),
    ("Коалиция потеряла семь мандатов.", "decrease"),
])
def test_change(text, change):
    assert figures(text)[0].change == change


def test_level_after_a_change_has_no_change():
    found = figures("Товарооборот увеличился на 14% и достиг 18 млрд долларов.")
    assert [n.change for n in found] == ["increase", None]


def test_from_to_levels_have_no_change():
    found = figures("Ставка выросла с 10 до 15%.")
    assert [n.change for n in found] == [None, None]


# --- subject and year ---------------------------------------------------------------------------

def test_subject_skips_generic_heads():
    found = figures("По итогам 2021 года объем товарооборота увеличился на 14%.")
    assert found[1].subject == "товарооборот"


def test_subject_resolves_pokazatel_to_the_previous_subject():
    found = figures("Объем экспорта вырос на 5%. За 10 месяцев показатель вырос на 7%.")
    assert [n.subject for n in found if n.kind == "percent"] == ["экспорт", "экспорт"]


def test_subject_after_a_change_noun():
    found = figures("Поставлена цель по увеличению товарооборота до 35 млрд долларов к 2030 году.")
    assert found[0].subject == "товарооборот"


def test_year_from_the_same_sentence():
    found = figures("Поставлена цель по увеличению товарооборота до 35 млрд долларов к 2030 году.")
    assert (found[0].year, found[1].kind, found[1].year) == (2030, "year", None)


def test_year_from_the_previous_sentence():
    found = figures("DST купила акции в мае 2009 года. Тогда 2% акций обошлись в 200 млн долларов.")
    assert [n.year for n in found[1:]] == [2009, 2009]


def test_no_year_without_one_in_reach():
    assert only("Завод выпустил 300 машин.").year is None


# --- further rules -------------------------------------------------------------------------

def test_compound_number_adjectives():
    assert brief("Прошли двухнедельные слушания.") == [("двухнедельные", "period", 2, "неделя")]
    assert brief("Дана 60-дневная отсрочка.") == [("60-дневная", "period", 60, "день")]


def test_anniversary_of_a_person_is_an_age_of_an_event_a_period():
    assert brief("В честь 80-летия писателя выпустили монету.")[0][1] == "age"
    assert brief("Памятник в честь 40-летия Победы.")[0][1] == "period"


def test_month_ranges_give_two_dates():
    assert [n.value for n in figures("В январе-марте 2011 года выручка росла.")][:2] == ["2011-01-XX", "2011-03-XX"]


def test_times_words():
    found = figures("Выручка выросла вдвое, а прибыль сократилась втрое.")
    assert [(n.value, n.unit, n.change) for n in found] == [(2, "раз", "increase"), (3, "раз", "decrease")]


def test_year_with_an_ordinal_ending():
    assert brief("Это больше, чем в 2020-м.") == [("2020-м", "year", 2020, None)]


def test_year_glued_to_g():
    assert brief("Это было в 2008г.")[0][1:3] == ("year", 2008)


def test_million_and_thousands_together():
    assert brief("Выручка составила 1 млн 200 тыс. рублей.") == [("1 млн 200 тыс. рублей", "money", 1_200_000, "RUB")]


def test_indeclinable_currency():
    assert brief("Курс — 505 тенге.") == [("505 тенге", "money", 505, "KZT")]


def test_negated_and_institution_ordinals_are_skipped():
    assert figures("Это уже не первый случай.") == ()
    assert figures("Его отвезли в 17-ю больницу.") == ()


def test_number_word_read_as_a_noun_when_likelier():
    assert figures("Детей отдали в другую семью.") == ()


def test_year_reaches_only_the_previous_sentence():
    found = figures("В 2020 году открылся завод. Он большой. Там работают 300 человек.")
    assert found[-1].year is None


def test_scale_dot_at_the_end_of_a_sentence_is_not_taken():
    assert figures("Facebook посетили 714 млн. Это много.")[0].text == "714 млн"


def test_plural_first_before_a_noun_is_vague_but_other_plural_ordinals_count():
    assert figures("В первые часы подано много заявок.") == ()
    assert brief("Начались одиннадцатые выборы.") == [("одиннадцатые", "ordinal", 11, None)]


def test_exceeding_verb_is_more_than():
    assert only("Ущерб превысил 300 миллионов долларов.").qualifier == "more_than"


def test_elliptic_target_after_a_change_verb():
    found = figures("МРОТ возрастёт до 3,1 тыс. руб, а с 1 октября — до 3,5 тыс. руб.")
    assert [n.qualifier for n in found if n.kind == "money"] == [None, None]


def test_spaced_compound_age():
    assert brief("85-ти летний Папа назначил кардиналов.")[0][:3] == ("85-ти летний", "age", 85)


def test_word_range_borrows_the_scale():
    found = figures("Штраф — от четырех до пяти тысяч рублей.")
    assert [(n.value, n.unit) for n in found] == [(4000, "RUB"), (5000, "RUB")]


def test_counted_participle_standing_for_people():
    assert brief("В ДТП 12 погибших.") == [("12 погибших", "count", 12, "погибший")]


def test_clock_time_with_minutes_is_skipped():
    assert figures("Он умер в 3 часа 18 минут.") == ()


def test_capitalised_month_after_a_day():
    assert only("Это случилось 25 Февраля 1986 года.").value == "1986-02-25"


def test_bare_number_does_not_borrow_from_a_subgroup():
    found = brief("Погибли 12 человек, среди которых десять женщин. Около 40 пострадали.")
    assert found[-1] == ("40", "count", 40, "человек")


def test_temperatures_below_zero_and_degree_signs():
    assert brief("Ночью -15 градусов, днём +30°C, утром минус 5 градусов.") == [
        ("-15 градусов", "quantity", -15, "градус"), ("30°C", "quantity", 30, "градус"),
        ("минус 5 градусов", "quantity", -5, "градус")]


def test_subunits_are_hundredths():
    assert brief("Цена выросла на 50 копеек.") == [("50 копеек", "money", 0.5, "RUB")]


def test_small_fractions_are_shares_but_not_codes():
    assert brief("Он отбыл 3/4 срока.") == [("3/4", "percent", 75, "%")]
    assert figures("Магазин работает 24/7, дом 19/38.") == ()


def test_decades_before_a_verb_or_pronoun_and_ordinals_before_a_noun():
    assert brief("В начале 90-х он уехал.")[0][1:3] == ("year", 1990)
    assert brief("Он занял 40-е место.")[0][1:3] == ("ordinal", 40)


def test_month_range_shares_the_year():
    assert [n.value for n in figures("С ноября по декабрь 2010 года шли протесты.")] == ["2010-11-XX", "2010-12-XX"]


def test_month_with_a_suffixed_year():
    assert only("Нефтепровод открыли в конце сентября 2010-го.").value == "2010-09-XX"


def test_bolee_comma_chem():
    assert only("Трубы протянулись более, чем на 3600 км.").qualifier == "more_than"


def test_times_word_before_its_change_verb():
    assert only("Поставки вдвое увеличат объём.").change == "increase"


def test_clock_ranges_are_skipped():
    assert figures("Участки открыты с 8 часов утра до 20 часов.") == ()


def test_far_years_with_a_year_word_and_durations_in_let():
    assert brief("Конец света ждут в 2242 году, а не через 2000 лет.") == [
        ("2242 году", "year", 2242, None), ("2000 лет", "period", 2000, "год")]


def test_clock_with_a_dot_is_skipped():
    assert figures("Это случилось в 06.00 по московскому времени.") == ()


def test_day_range_shares_the_year():
    found = figures("Матч пройдёт с 21 сентября по 13 октября 2006 года.")
    assert [n.value for n in found] == ["2006-09-21", "2006-10-13"]


def test_domain_names_are_not_numbers():
    assert figures("Проект 0.facebook.com растёт.") == ()


def test_subject_of_a_share_is_the_whole_it_is_taken_of():
    assert figures("Фонд купил 5% акций Facebook.")[0].subject == "акция Facebook"


def test_numbers_serialise():
    import json
    data = json.loads(extract("Выручка выросла на 14% и достигла 18 млрд долларов.").to_json())
    assert data["numbers"][1]["value"] == 18_000_000_000 and data["numbers"][0]["change"] == "increase"


def test_dotted_clock_before_msk_and_day_ranges_from_one():
    assert figures("ДТП произошло примерно в 23.20 мск.") == ()
    assert [n.value for n in figures("Фестиваль пройдёт с 1 по 5 мая.")] == ["XXXX-05-01", "XXXX-05-05"]


def test_age_after_stuknut_and_approx_age():
    assert brief("Рокеру в этом месяце стукнет 73.") == [("73", "age", 73, "год")]
    assert only("Ему было примерно 45 лет.").kind == "age"


def test_compound_counts_and_quantities():
    assert brief("Он выпустил 688-страничную книгу.") == [("688-страничную", "count", 688, "страница")]
    assert brief("Это пятиэтажный дом.") == [("пятиэтажный", "count", 5, "этаж")]
    assert brief("Пятикратный чемпион вернулся.") == [("Пятикратный", "count", 5, "раз")]


def test_bare_digits_count_the_object_of_a_change_noun():
    found = brief("Будет сокращение членов кабмина с 14 до 11.")
    assert [u for *_, u in found] == ["член", "член"]


def test_vulgar_fractions_and_hyphenated_nouns():
    assert brief("Она съела 36 ¾ хот-дога.") == [("36 ¾ хот-дога", "count", 36.75, "хот-дог")]


def test_age_comparatives_are_qualifiers():
    assert only("Пособие получат студенты старше 18 лет.").qualifier == "more_than"


def test_html_space_entities():
    assert brief("Налог 75&nbsp;% и штраф 1&nbsp;000 рублей.") == [
        ("75&nbsp;%", "percent", 75, "%"), ("1&nbsp;000 рублей", "money", 1000, "RUB")]


def test_combining_number_forms():
    assert brief("Двукратный чемпион приехал.") == [("Двукратный", "count", 2, "раз")]


def test_ages_of_named_people_and_of_a_group():
    assert only("Певцу предъявлены обвинения. Келли 52 года.").kind == "age"
    assert [n.kind for n in figures("Жертвы — девочки от 13 до 16 лет.")] == ["age", "age"]


def test_collective_numeral_alone_counts_people():
    assert brief("Двое погибли, ещё четверо госпитализированы.")[-1] == ("четверо", "count", 4, "человек")


def test_numbers_listed_with_an_identifier_are_identifiers():
    assert figures("Дело возбуждено по пунктам 1 и 7 части 2 статьи 104.") == ()


def test_decade_before_a_proper_noun_ordinal_before_an_adjective():
    assert brief("В 90-е Россия изменилась.")[0][1:3] == ("year", 1990)
    assert brief("На 30-х Королёвских чтениях спорили.")[0][1:3] == ("ordinal", 30)


def test_one_unit_of_time_next_to_a_verb():
    assert brief("Джонсон неделю провёл в больнице.") == [("неделю", "period", 1, "неделя")]
    assert figures("В этот месяц было тихо.") == ()
