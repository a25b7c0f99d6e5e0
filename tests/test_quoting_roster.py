"""Per-article indexes: names found by the quote rules and the entity registry."""
from ruarticle.quoting.roster import Registry, Roster, fits, nominative_in
from ruarticle.records import Entity, Mention, Role


def person(id_, name, *mentions, roles=()):
    return Entity(id_, "PER", "person", name, None, tuple(Mention(s, s + len(t), t, t) for s, t in mentions), roles)


def test_surname_in_another_case_finds_the_full_name():
    roster = Roster("Режиссёр Дмитрий Бертман поставил оперу. Зрители хвалят Бертмана.")
    assert roster.fullest("Бертмана") == "Дмитрий Бертман"


def test_post_named_before_a_person_gives_its_holder():
    text = "Премьер-министр РК Алихан Смаилов прибыл в Пекин. Позже он уехал."
    assert Roster(text).holder("премьер-министр", len(text)) == "Алихан Смаилов"


def test_headline_post_takes_the_holder_named_later():
    text = "Премьер объявил о реформе.\n\nПремьер-министр России Михаил Мишустин выступил в Думе."
    assert Roster(text).holder("премьер", 5, frozenset({"россия"})) == "Михаил Мишустин"


def test_person_apposed_before_a_description():
    text = "Рустем Шакиров, имам мечети, заявил, что всё спокойно."
    roster = Roster(text)
    assert roster.apposed(text.index("имам")).name == "Рустем Шакиров"


def test_a_position_inside_open_marks_is_quoted():
    text = "Он сказал: «Иван придёт». Иван пришёл.\nОна ответила: «Петр"
    roster = Roster(text)
    assert roster.quoted_at(text.index("Иван"))
    assert not roster.quoted_at(text.index("Иван пришёл"))
    assert roster.quoted_at(text.index("Петр"))


def test_marks_open_in_one_paragraph_do_not_reach_the_next():
    text = "Он сказал: «Иван придёт\nИван пришёл."
    assert not Roster(text).quoted_at(text.index("Иван пришёл"))


def test_an_odd_number_of_straight_marks_quotes():
    text = 'Он сказал: "Иван придёт" и "Петр'
    roster = Roster(text)
    assert roster.quoted_at(text.index("Петр")) and not roster.quoted_at(text.index('и "Петр'))


def test_quoted_at_counts_the_marks_since_the_line_began_at_every_position():
    text = 'Он: «а „б“ в» и "г" — «д\n«е» ж "з\n\n» и» к” «л'
    roster = Roster(text)
    for pos in range(len(text) + 1):
        before = text[text.rfind("\n", 0, pos) + 1:pos]
        opened = sum(before.count(c) for c in "«„“") > sum(before.count(c) for c in "»”")
        assert roster.quoted_at(pos) == (opened or before.count('"') % 2 == 1), pos


def test_a_pronoun_prefers_a_person_named_as_subject():
    text = "Иван Петров рассказал о поездке Сергея Орлова. Он доволен."
    ivan = person("E1", "Иван Петров", (0, "Иван Петров"))
    sergey = person("E2", "Сергей Орлов", (text.index("Сергея"), "Сергея Орлова"))
    assert Registry((ivan, sergey)).latest_person(text.index("Он"), "masc").id == "E1"


def test_mentions_inside_a_span_are_found():
    ivan = person("E1", "Иван Петров", (10, "Иван Петров"))
    assert [e.id for _, _, e in Registry((ivan,)).overlapping(0, 30)] == ["E1"]


def test_organisation_found_by_a_word_of_its_name():
    court = Entity("E3", "ORG", "organization", "Европейский суд по правам человека", None,
                   (Mention(0, 34, "Европейский суд по правам человека", "x"),))
    assert Registry((court,)).latest_body("суд", 100).id == "E3"


def test_roles_indexed_by_post_with_its_aliases():
    role = Role("премьер-министр", None, "JP", 0, 15, "премьер-министр")
    noda = person("E1", "Ёсихико Нода", (16, "Ёсихико Нода"), roles=(role,))
    assert [e.id for _, _, e in Registry((noda,)).holders("премьер")] == ["E1"]


def test_gender_fit():
    assert fits("masc", "masc") and fits(None, "femn") and not fits("femn", "masc")


def test_exact_post_wins_over_an_alias_held_by_someone_else():
    text = ("Встретились премьер-министр РК Алихан Смаилов и премьер Госсовета КНР Ли Кэцян. "
            "Позже выступил премьер-министр.")
    assert Roster(text).holder("премьер-министр", text.rindex("премьер")) == "Алихан Смаилов"


def test_a_capitalised_name_the_dictionary_reads_only_as_a_thing_may_be_nominative():
    assert nominative_in("Хамад", "masc")
    assert not nominative_in("Сергея Орлова", "masc")


def test_post_in_the_genitive_after_a_deputy_names_no_holder():
    text = ("Аким области Берик Ахметов открыл заседание. "
            "Заместитель акима области Нурлан Сейтов доложил о ремонте.")
    assert [name for _, name, _ in Roster(text).posts()["аким"]] == ["Берик Ахметов"]


def test_role_of_the_head_a_deputy_serves_is_not_the_deputys():
    text = "Заместитель акима области Нурлан Сейтов доложил о ремонте."
    at = text.index("акима области")
    seitov = person("E1", "Нурлан Сейтов", (26, "Нурлан Сейтов"),
                    roles=(Role("аким области", None, None, at, at + 13, "акима области"),))
    assert Registry((seitov,), text).holders("аким") == ()


def test_post_with_a_title_after_po_names_its_holder():
    text = "Выступил министр по чрезвычайным ситуациям Дамир Касенов. Позже он уехал."
    assert Roster(text).holder("министр", len(text)) == "Дамир Касенов"


def test_country_in_play_is_the_one_named_most_often():
    text = "Посол США прибыл в Каракас. Власти Венесуэлы и венесуэльская армия готовятся к визиту."
    assert Roster(text).country_in_play() == "Венесуэла"


def test_a_verb_after_a_name_in_apposition_to_a_post_shows_the_gender():
    text = "Прокурор Андреа Росси говорил, что вина доказана."
    e = person("E1", "Андреа Росси", (text.index("Андреа"), "Андреа Росси"))
    assert Registry((e,), text).gender["E1"] == "masc"


def test_a_verb_after_a_name_depending_on_a_relative_shows_no_gender_of_the_name():
    text = "Отец Андреа Росси говорил, что дочь невиновна."
    e = person("E1", "Андреа Росси", (text.index("Андреа"), "Андреа Росси"))
    assert Registry((e,), text).gender["E1"] != "masc"


def test_a_name_read_as_a_mans_genitive_is_a_womans_before_a_verb():
    text = "Директор фонда Валерия Котова также считает, что цены вырастут."
    e = person("E1", "Валерий Котов", (text.index("Валерия"), "Валерия Котова"))
    registry = Registry((e,), text)
    assert registry.by_id["E1"].name == "Валерия Котова" and registry.gender["E1"] == "femn"


def test_a_name_ending_a_sentence_after_a_womans_verb_is_hers():
    text = "На совещании выступила и директор фонда Валерия Котова. Она предложила снизить цены."
    e = person("E1", "Валерий Котов", (text.index("Валерия"), "Валерия Котова"))
    assert Registry((e,), text).by_id["E1"].name == "Валерия Котова"
    text = "Полиция задержала Валерия Котова."
    e = person("E1", "Валерий Котов", (text.index("Валерия"), "Валерия Котова"))
    assert Registry((e,), text).by_id["E1"].name == "Валерий Котов"


def test_a_surname_read_only_as_a_plural_first_name_can_be_nominative():
    assert nominative_in("Мурат Сапарбаев", "masc")
    assert not nominative_in("Сергея Орлова", "masc")


def test_first_name_in_a_beside_an_undeclined_surname_is_a_womans():
    text = "Певица Мартина Кох приехала в Казань. Мартина Кох выступила в субботу."
    first, second = text.index("Мартина Кох"), text.rindex("Мартина Кох")
    entity = Entity("E1", "PER", "person", "Мартин Кох", None,
                    (Mention(first, first + 11, "Мартина Кох", "Мартин Кох"),
                     Mention(second, second + 11, "Мартина Кох", "Мартин Кох")), ())
    registry = Registry((entity,), text)
    assert registry.by_id["E1"].name == "Мартина Кох"
    assert registry.gender["E1"] == "femn"


def test_a_mans_genitive_with_a_declined_surname_stays_his():
    text = "Жена Мартина Бига сказала, что он уехал."
    at = text.index("Мартина Бига")
    entity = Entity("E1", "PER", "person", "Мартин Биг", None,
                    (Mention(at, at + 12, "Мартина Бига", "Мартин Биг"),), ())
    assert Registry((entity,), text).by_id["E1"].name == "Мартин Биг"


def test_a_name_of_unknown_gender_whose_surname_declines_is_a_mans():
    text = ("Боксёр Кваме Оппонг выиграл бой. Тренер Оппонга доволен. "
            "Вечером Кваме Оппонг вернулся домой.")
    assert Roster(text).main_person("masc").name == "Кваме Оппонг"


def test_main_person_of_any_gender_for_a_description_without_one():
    text = "Певица Анна Орлова выступила. Орлова спела две песни. Зал аплодировал Орловой."
    assert Roster(text).main_person(None).name == "Анна Орлова"


def test_described_body_is_the_noun_with_what_it_is_of():
    from ruarticle.quoting.roster import Roster
    text = "Проект одобрил комитет по образованию городской думы. Позже в комитете добавили"
    assert Roster(text).described_body("комитет", text.rindex("комитете")) == "Комитет по образованию городской думы"
    assert Roster("Комитет заседал. В комитете добавили").described_body("комитет", 20) is None


def test_one_of_after_a_dash_describes_the_person_named_before():
    text = "Ранее Петров — один из лидеров партии — заявил о планах. Он уверен в победе."
    assert Roster(text).unnamed_subject(0, text.index("Он уверен"), "masc") is None


def test_one_of_opening_a_sentence_is_someone_unnamed():
    text = "Петров пришёл на митинг. Один из участников сказал, что он устал."
    assert Roster(text).unnamed_subject(0, len(text), "masc") == text.index("Один")


def test_a_mans_genitive_name_is_no_woman_for_the_main_person():
    text = ("Мать солдата Ярослава Громака приехала в часть. Ярослав Громак служит там год. "
            "Адвокат Ярослава Громака подал жалобу.")
    assert Roster(text).main_person("femn") is None


def test_a_colleague_named_after_a_holder_holds_the_same_post():
    text = ("Депутат Олег Санин выступил против закона. Его коллега по комитету Пётр Жуков "
            "поддержал закон. По мнению депутата, закон нужен.")
    assert Roster(text).holder("депутат", text.index("По мнению")) == "Пётр Жуков"


def test_without_a_colleague_the_holder_named_with_the_post():
    text = "Депутат Олег Санин выступил против закона. По мнению депутата, закон вреден."
    assert Roster(text).holder("депутат", text.index("По мнению")) == "Олег Санин"


def test_main_person_counts_a_name_in_any_case_and_prefers_the_headline_one():
    text = ("Пётр Орлов ушёл в отставку\n"
            "Петра Орлова поблагодарили коллеги. Петру Орлову вручили награду. "
            "Иван Сидоров выступил. Иван Сидоров сказал речь. Иван Сидоров ушёл.")
    assert Roster(text).main_person(None).name.startswith("Петр")


def test_the_city_named_last_before_a_place_is_found():
    text = "В Казани и в Самаре прошли выставки. Мэрия города сообщила о рекорде."
    def place(eid, name, word):
        at = text.index(word)
        return Entity(eid, "LOC", "city", name, None, (Mention(at, at + len(word), word, name),))
    registry = Registry((place("E1", "Казань", "Казани"), place("E2", "Самара", "Самаре")), text)
    assert registry.latest_city(text.index("Мэрия")) == "Самара"
    assert registry.latest_city(text.index("и в")) == "Казань"
    assert registry.latest_city(text.index("Казани") + 2) is None  # a mention not yet ended


def test_post_with_a_level_takes_the_holder_named_at_that_level():
    text = ("Совещание провел аким области Ерлан Садыков. "
            "Затем выступил аким Темиртау Асхат Нуров. Позже добавил аким области.")
    at = text.rindex("аким области")
    assert Roster(text).holder("аким", at, level="область") == "Ерлан Садыков"


def test_post_with_a_level_skips_a_holder_named_at_another_level():
    text = ("Аким Алматы Данияр Омаров открыл сессию. "
            "Слово взял аким Бостандыкского района Марат Ахметов. Его спросил аким города.")
    at = text.rindex("аким города")
    assert Roster(text).holder("аким", at, level="город") == "Данияр Омаров"


def test_post_before_a_quoted_name_and_a_person_gives_its_holder():
    text = "Главный тренер «Сокола» Андрей Лапин не искал оправданий."
    assert Roster(text).holder("тренер", len(text), frozenset({"сокол"})) == "Андрей Лапин"


def test_surname_the_dictionary_reads_as_a_plural_noun_is_a_nominative_name():
    assert nominative_in("Андрей Мещеряков", "masc")
    assert nominative_in("Олег Русаков", "masc")


def test_colleague_of_a_later_person_holds_no_post_of_the_earlier_holder():
    text = ("Перед депутатами отчитался министр энергетики Иван Белов. Депутат Олег Санин "
            "раскритиковал доклад. Его коллега Пётр Жуков предложил отставку. Позже министр ответил.")
    assert Roster(text).holder("министр", text.rindex("министр")) == "Иван Белов"


def test_a_later_mention_may_drop_an_arabic_article_from_the_surname():
    roster = Roster("Президент Сирии Башар аль-Асад выступил. Асада поддержали союзники.")
    assert roster.fullest("Асада") == "Башар аль-Асад"


def test_a_candidacy_is_the_post_of_the_name_after_it_not_the_office_sought():
    text = "Кандидат в мэры от партии «Родина» Олег Сомов провёл митинг. Он выступил."
    posts = Roster(text).posts()
    assert [name for _, name, _ in posts["кандидат"]] == ["Олег Сомов"]
    assert "мэр" not in posts


def test_a_lone_surname_in_a_womans_form_is_the_genitive_of_the_man_named_in_full():
    text = ("Глава города Олег Сомов приехал в школу. Ученики ждали Сомова с утра. "
            "Учителя встретили Сомова цветами.")
    assert Roster(text).main_person("femn") is None


def test_a_name_after_a_feminine_noun_is_a_womans():
    text = "Израильтянка Авива Шарон прилетела в Москву. Авива Шарон провела ночь в участке."
    assert Roster(text).main_person("femn").name == "Авива Шарон"


def test_the_second_part_of_a_double_surname_finds_the_full_name():
    roster = Roster("Астронавт Анна Вербицкая-Норман вышла в открытый космос. Позже Норман вернулась.")
    assert roster.fullest("Норман") == "Анна Вербицкая-Норман"


def test_a_surname_with_an_epithet_finds_the_one_named_in_full():
    roster = Roster("Президент Джордж Буш выступил в конгрессе. Буш-младший заявил, что война продолжится.")
    assert roster.fullest("Буш-младший") == "Джордж Буш"


def test_adjective_surname_in_an_oblique_ending_is_no_nominative_even_unknown():
    assert not nominative_in("Заречинскую", "femn")  # "Заречинскую играет Анна Котова"
    assert nominative_in("Заречинская", "femn")



def test_an_initial_before_a_surname_ends_no_sentence():
    text = "Но С. Собянин уже пообещал, что А. Александров останется. Мэр обещал решить позднее."
    roster = Roster(text)
    assert roster.sentence_start(text.index("Александров")) == 0
    assert roster.sentence_start(text.index("Мэр")) == text.index("Мэр")


def test_a_post_given_before_its_verb_is_held_by_the_name_after_it():
    text = "Заведующей отделением назначена врач Марина Щеглова. В центре сорок коек."
    assert Roster(text).holder("заведовать", len(text)) == "Марина Щеглова"


def test_an_appointment_after_a_date_gives_the_post_with_its_qualifiers_only():
    text = "В среду главой района с 1 марта избран Олег Смирнов. Выборы прошли спокойно."
    assert [(name, gap) for _, name, gap in Roster(text).posts()["глава"]] == [("Олег Смирнов", {"район"})]


def test_an_acting_post_is_held_as_the_post_acted_in():
    text = "Исполняющим обязанности главного тренера назначен Денис Кравчук. Команда проиграла."
    roster = Roster(text)
    assert roster.holder("тренер", len(text)) == roster.holder("исполнять", len(text)) == "Денис Кравчук"


def test_a_post_after_a_seat_is_given_to_the_name_after_the_verb():
    text = "На пост губернатора назначен Алексей Иванов. Регион ждет перемен."
    assert Roster(text).holder("губернатор", len(text)) == "Алексей Иванов"


def test_a_post_sought_by_a_candidate_is_not_given():
    text = "Третьим кандидатом на пост мэра стал инженер Павел Горин. Выборы пройдут осенью."
    roster = Roster(text)
    assert roster.holder("мэр", len(text)) is None and roster.holder("кандидат", len(text)) == "Павел Горин"


def test_an_appointment_of_a_thing_names_no_holder():
    text = "Штраф назначен водителю. Дата суда назначена на май. Иван Петров возмутился."
    assert not Roster(text).posts()


def test_an_appointment_verb_of_the_other_gender_names_no_holder():
    text = "Новым директором назначена Иван Петров."
    assert Roster(text).holder("директор", len(text)) is None


def test_a_name_in_the_genitive_after_an_appointment_is_not_the_holder():
    text = "На должность руководителя аппарата назначена помощница Сергея Орлова. Она работала в Москве."
    assert Roster(text).holder("руководитель", len(text)) is None


def test_a_post_given_after_the_verb_is_held_by_the_name_before_it():
    text = "Врач Марина Щеглова назначена заведующей отделением. В центре сорок коек."
    assert Roster(text).holder("заведовать", len(text)) == "Марина Щеглова"


def test_the_subject_of_an_active_giving_verb_holds_no_post():
    text = "Президент Олег Сидоров назначил министром своего заместителя. Реформа продолжится."
    assert Roster(text).holder("министр", len(text)) is None


def test_a_post_someone_will_take_is_not_yet_theirs_while_another_holds_it():
    text = "Король Густав отрекся. Принц Карл станет новым королём. Реформа продолжится."
    assert Roster(text).holder("король", len(text)) == "Густав"
    text = "Принц Карл станет новым королём. Реформа продолжится."
    assert Roster(text).holder("король", len(text)) == "Карл"


def test_a_name_after_a_things_noun_takes_no_post():
    text = "Смерть Ким Ён Чжина стала последним эпизодом кампании. Реформа продолжится."
    assert not any(name == "Ким Ён Чжин" for seen in Roster(text).posts().values() for _, name, _ in seen)


def test_a_noun_for_anyone_is_no_post_taken():
    text = "Анна Белова стала первой женщиной в этой должности."
    assert "женщина" not in Roster(text).posts()


def test_a_nominative_first_name_vouches_for_an_undeclined_surname():
    assert nominative_in("Октавиан Бурлаку", "masc")
    assert not nominative_in("Ивану Петрову", "masc")
    assert not nominative_in("Мария Бурлаку", "masc")


def test_a_name_after_a_persons_genitive_noun_is_in_that_case_before_any_verb():
    text = "Партия бывшего премьер-министра Петра Илиева набирает 26% голосов."
    e = person("E1", "Петр Илиев", (text.index("Петра"), "Петра Илиева"))
    assert Registry((e,), text).by_id["E1"].name == "Петр Илиев"
