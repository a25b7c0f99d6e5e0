"""Inserted attributions: "по словам X", "по данным X", "как сообщил X"."""
from ruarticle import extract
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_source_ends_where_a_word_cannot_be_genitive():
    q = only("По данным полиции пострадавшая женщина была доставлена в больницу.")
    assert q.speaker.text == "полиции"


def test_source_keeps_its_genitive_words():
    q = only("По данным полиции Вологодской области, пострадавших нет.")
    assert q.speaker.text == "полиции Вологодской области"


def test_indeclinable_abbreviation_ends_a_source_before_a_nominative():
    q = only("По сообщениям СМИ обстановка в столице остаётся напряжённой.")
    assert q.speaker.text == "СМИ"


def test_initial_does_not_end_the_attribution():
    q = only("Как сообщил В. Соколов, поезда пойдут по новому графику.")
    assert q.speaker.text == "В. Соколов"
    assert q.text == "поезда пойдут по новому графику"


def test_apposition_after_a_prepositional_tail_names_the_speaker():
    q = only("Как пишет один из участников встречи на Волге, отставной полковник Пётр Сомов, "
             "ветеранов осталось немного.")
    assert q.speaker.text.endswith("отставной полковник Пётр Сомов")
    assert q.text == "ветеранов осталось немного"


def test_prepositional_tail_without_an_apposition_is_left_out():
    q = only("Как сообщил мэр в разговоре, дорогу отремонтируют.")
    assert q.speaker.text == "мэр"


def test_adjective_after_a_named_source_opens_the_main_clause():
    qs = extract("Вчера, как передаёт ТАСС, второй сын Ивана Петрова, который подписал письмо, "
                 "призвал родных помириться.").quotes
    assert [q.speaker.text for q in qs if q.cue.text == "как передаёт"] == ["ТАСС"]


def test_insert_before_a_reporting_verb_leaves_the_report_to_the_verb():
    qs = extract("Местная полиция, по данным газеты, отметила, что задержанных нет.").quotes
    assert [(q.cue.text, q.speaker.text) for q in qs] == [("отметила", "Местная полиция")]


def test_insert_before_another_verb_is_the_report():
    q = only("Пожар, по словам спасателей, начался ночью.")
    assert q.cue.text == "по словам" and q.speaker.text == "спасателей"


def test_participle_clause_about_the_source_is_not_content():
    q = only("По мнению экономистов, опрошенных газетой, налоги не вырастут.")
    assert q.text == "налоги не вырастут" and q.speaker.text == "экономистов"


def test_participle_subject_of_the_content_stays_in_it():
    q = only("По данным полиции, задержанный, находившийся в розыске, признал вину.")
    assert q.text.startswith("задержанный")


def test_prepositional_phrase_before_the_comma_belongs_to_the_source():
    q = only("По информации источника в правительстве, налоги не вырастут.")
    assert q.text == "налоги не вырастут" and q.speaker.text == "источника в правительстве"


def test_initial_opens_a_genitive_source():
    q = only("Комитет, по словам С. Собянина, должен активно развиваться.")
    assert q.speaker.text == "С. Собянина"


def test_abbreviated_source_after_po_dannym():
    q = only("По данным ТАСС, министр уехал в отпуск на две недели.")
    assert q.speaker.text == "ТАСС" and q.text == "министр уехал в отпуск на две недели"


def test_insert_before_a_subject_with_its_own_report_leaves_the_report_to_it():
    qs = extract("Как сообщает CNN, инвестор заявил, что его семья не будет комментировать сделку.").quotes
    assert [(q.cue.text, q.speaker.text) for q in qs] == [("заявил", "инвестор")]


def test_kak_after_a_time_correlative_is_no_inserted_source():
    qs = extract("Петреус подал в отставку после того, как признал свою ошибку.").quotes
    assert all(q.cue.text != "как признал" for q in qs)


def test_krome_togo_kak_otmechaet_is_an_inserted_source():
    q = only("Кроме того, как отмечает агентство, другим плюсом схемы является быстрая доставка.")
    assert (q.cue.text, q.speaker.text) == ("как отмечает", "агентство")


def test_an_indeclinable_foreign_name_is_a_genitive_source():
    q = only("По словам Роналду, мать никогда не видела ребенка.")
    assert (q.speaker.text, q.text) == ("Роналду", "мать никогда не видела ребенка")


def test_kak_after_a_time_correlative_without_a_comma():
    qs = extract("Петреус подал в отставку после того как признал свою ошибку.").quotes
    assert all(q.cue.text != "как признал" for q in qs)


def test_an_action_noun_before_a_thing_is_no_source():
    assert extract("Слушания в Сенате по утверждению его кандидатуры были отложены.").quotes == ()


def test_an_action_noun_before_a_person_is_a_source():
    q = only("По оценке экспертов, рынок вырастет на пять процентов.")
    assert (q.cue.text, q.speaker.text) == ("По оценке", "экспертов")


def test_description_of_a_nominative_source_is_not_content():
    q = only("Как сообщил источник, знакомый с ситуацией, мост закроют.")
    assert q.text == "мост закроют" and q.speaker.text == "источник"


def test_adjective_of_the_contents_subject_stays_in_the_content():
    q = only("По словам министра, новый, более широкий мост откроют в мае.")
    assert q.text.startswith("новый")


def test_apposition_of_the_source_is_not_content():
    q = only("По словам одного из участников, епископа церкви Григория Петрова, статья противоречит закону.")
    assert q.text == "статья противоречит закону"
    assert q.speaker.text == "одного из участников, епископа церкви Григория Петрова"


def test_noun_opening_the_content_after_the_source_stays_in_it():
    q = only("По словам министра, мосты, дороги и школы отремонтируют.")
    assert q.text == "мосты, дороги и школы отремонтируют"


def test_inanimate_genitive_after_the_source_opens_the_content():
    q = only("По словам министра, цены, по всей видимости, вырастут.")
    assert q.text.startswith("цены")


def test_source_noun_spelled_with_yo():
    q = only("Согласно отчёту ведомства, мост закроют в мае.")
    assert q.cue.text == "Согласно отчёту" and q.speaker.text == "ведомства"


def test_noun_outside_the_list_is_no_source():
    assert extract("Согласно графику ведомства, мост закроют в мае.").quotes == ()


def test_po_versii_opening_a_clause_reports_a_claim():
    q = only("По версии следствия, мужчина действовал в одиночку.")
    assert (q.cue.text, q.speaker.text, q.text) == ("По версии", "следствия", "мужчина действовал в одиночку")


def test_po_versii_after_a_title_names_a_ranking_body():
    assert found("Боксёр завоевал чемпионский пояс по версии Североамериканской федерации бокса.") == ()


def test_an_action_noun_opening_the_sentence_reports_any_source():
    q = only("По утверждению правоохранительных органов, сбежавший водитель был пойман.")
    assert (q.cue.text, q.speaker.text) == ("По утверждению", "правоохранительных органов")


def test_soglasno_a_body_reports_its_claim():
    q = only("Согласно ООН, число беженцев выросло вдвое.")
    assert (q.cue.text, q.speaker.text, q.text) == ("Согласно", "ООН", "число беженцев выросло вдвое")


def test_soglasno_a_legal_act_states_a_rule():
    assert found("Согласно Конституции Молдавии, президент отстраняется от власти.") == ()


def test_according_opening_marks_after_a_colon_reports_what_follows():
    q = only("Издание приводит фотографию: «По словам специалистов, он вёл себя как военный».")
    assert q.text == "он вёл себя как военный" and q.cue.text == "По словам"


def test_a_connector_before_an_inserted_source_is_not_part_of_the_content():
    q = only("Кроме того, по данным источников, решение об отставке было принято заранее.")
    assert q.text == "решение об отставке было принято заранее"


def test_according_to_information_told_by_an_agent_in_the_instrumental():
    q = only("По информации, сообщённой представителем полиции Иваном Котовым, угонщик задержан.")
    assert q.text == "угонщик задержан" and q.speaker.text.startswith("представителем полиции")


def test_a_hedge_with_a_participle_and_no_agent_stays_unsourced():
    assert not found("По информации, полученной ночью, угонщик задержан.")


def test_an_insert_after_и_vouches_for_the_conjunct_it_opens():
    q = only("Свадьба прошла в загородном клубе и, по данным журнала, обошлась в миллион рублей.")
    assert q.text == "обошлась в миллион рублей"


def test_one_word_after_но_and_the_insert_finishes_the_clause_before():
    q = only("Задержания были, но, как пояснили в полиции, профилактические.")
    assert q.text == "Задержания были, но, как пояснили в полиции, профилактические"


def test_по_заявлению_inside_a_clause_is_a_filing_not_a_claim():
    assert found("В пятницу в суде состоится слушание дела по заявлению жителей о вырубке парка.") == ()


def test_по_заявлению_opening_a_sentence_is_a_claim():
    assert only("По заявлению властей, стрельбу открыл местный житель.").text == "стрельбу открыл местный житель"


def test_an_insert_between_an_adjective_and_its_noun_claims_nothing():
    assert found("Мэра критиковали за спорное, по мнению жителей, решение о вырубке парка.") == ()


def test_согласно_a_document_described_by_a_participle_names_a_source():
    q = only("Согласно информации, опубликованной в газете, министр подал в отставку.")
    assert q.text == "министр подал в отставку" and q.cue.text == "Согласно информации"


def test_по_a_source_less_noun_with_a_participle_stays_a_hedge():
    assert found("По данным, полученным вчера, министр подал в отставку.") == ()


def test_a_finding_verb_attributes_inside_a_как_insert():
    q = only("Как установило следствие, директор вывел деньги через подставные фирмы.")
    assert q.text == "директор вывел деньги через подставные фирмы" and q.speaker.text == "следствие"


def test_a_finding_verb_alone_states_a_fact():
    assert found("Суд установил размер ущерба.") == ()


def test_a_source_described_by_an_adjective_and_a_post_keeps_the_description():
    q = only("По словам Ивана Орлова, генерального директора завода, выпуск вырос вдвое.")
    assert (q.text, q.speaker.text) == ("выпуск вырос вдвое", "Ивана Орлова, генерального директора завода")


def test_after_как_сообщил_a_nominative_phrase_is_the_subject():
    q = only("Как сообщил Интерфакс, новый глава района отказался от служебной машины.")
    assert q.text.startswith("Как сообщил") or q.text.startswith("новый глава района")


def test_insert_after_a_colon_or_however_vouches_for_the_clause_it_opens():
    q = only("Цены на зерно растут и в Европе: по данным биржи Euronext, пшеница подорожала на 9%.")
    assert q.text == "пшеница подорожала на 9%"
    q = only("Сумма сделки не называется, однако, по информации «Ведомостей», она превысила 2 млрд рублей.")
    assert q.text == "она превысила 2 млрд рублей"


def test_a_report_inside_the_account_an_inserted_source_vouches_for_stays_in_it():
    qs = found("По данным полиции, вечером пенсионеру позвонил незнакомец и сообщил, что его сын попал в аварию.")
    outer = next(q for q in qs if q.cue.text == "По данным")
    assert outer.text == "вечером пенсионеру позвонил незнакомец и сообщил, что его сын попал в аварию"


def test_an_insert_after_a_subordinator_vouches_for_the_clause_it_opens():
    q = only("Матч перенесли на воскресенье, так как, по мнению тренера, игрокам нужен отдых.")
    assert q.text == "игрокам нужен отдых"
    q = only("Завод остановлен, хотя, по утверждению профсоюза, заказов хватает до осени.")
    assert q.text == "заказов хватает до осени"


def test_a_name_set_off_by_commas_after_the_source_is_part_of_it():
    q = only("По словам адвоката, Марии Ивановой, суд затянулся на полгода.")
    assert q.text == "суд затянулся на полгода"
    assert q.speaker.text == "адвоката, Марии Ивановой"
    q = only("По словам врача, Иван Петров уже выздоровел.")
    assert q.text == "Иван Петров уже выздоровел"


def test_an_apposition_after_a_latin_name_in_the_source():
    q = only("По словам Анны Ли, директора Medialab, крупнейшего агентства страны, рынок растёт.")
    assert q.text == "рынок растёт"


def test_surname_read_as_a_first_name_is_still_the_source():
    q = only("По словам Данна, правительство не станет откладывать налоговую реформу.")
    assert q.speaker.text == "Данна"


def test_source_after_от():
    q = only("По информации от представителей мэрии, ремонт моста закончится в мае.")
    assert (q.text, q.speaker.text) == ("ремонт моста закончится в мае", "представителей мэрии")


def test_testimony_of_witnesses_past_a_relative_clause():
    q = only("По свидетельству соседей, которые слышали крики, драка началась после полуночи.")
    assert q.text == "драка началась после полуночи" and q.cue.text == "По свидетельству"


def test_a_relative_clause_describing_the_source_is_not_the_statement():
    q = only("По словам соседей, которые слышали крики, драка началась около полуночи.")
    assert (q.text, q.cue.text, q.speaker.text) == ("драка началась около полуночи", "По словам", "соседей")


def test_testimony_of_witnesses_is_an_attribution():
    q = only("По свидетельству пассажиров, водитель автобуса говорил по телефону.")
    assert (q.text, q.cue.text, q.speaker.text) == (
        "водитель автобуса говорил по телефону", "По свидетельству", "пассажиров")


def test_a_certificate_named_with_its_topic_is_no_source():
    assert found("Пособие выдают по свидетельству о рождении ребёнка.") == ()


def test_an_insert_after_однако_and_a_subject_vouches_for_that_clause_alone():
    qs = found("Как отметили в пресс-службе театра, билеты уже распроданы, однако зрители, "
               "по информации перекупщиков, ищут лишние места.")
    assert [q.text for q in qs] == ["билеты уже распроданы", "зрители, по информации перекупщиков, ищут лишние места"]


def test_an_insert_with_his_own_words_after_но_goes_on_with_the_speaker():
    q = only("Министр заявил, что цены вырастут, но зарплаты, по его словам, тоже вырастут.")
    assert q.text == "цены вырастут, но зарплаты, по его словам, тоже вырастут"


def test_a_participle_clause_after_the_named_speaker_is_no_content():
    q = only("Как рассказал эксперт Олег Зуев, не участвующий в проекте, работы затянутся на год.")
    assert q.speaker.text == "эксперт Олег Зуев" and q.text == "работы затянутся на год"


def test_a_name_given_in_a_как_insert_is_no_attribution():
    qs = found("Волонтёры (как называют себя участники движения) раздали продукты.")
    assert not qs


def test_как_объявил_still_attributes():
    q = only("Как объявил министр, выборы пройдут в марте.")
    assert q.text == "выборы пройдут в марте"


def test_an_agency_told_before_a_locative_source_after_kak_is_not_the_source():
    q = only("Как сообщили Интерфаксу в пресс-службе МЧС, пожар потушен к утру.")
    assert q.speaker.text == "пресс-службе МЧС" and q.text == "пожар потушен к утру"
    q = only("Как рассказали РИА Новости в компании «Северсталь», завод работает штатно.")
    assert q.speaker.text == "компании «Северсталь»"


def test_impersonal_as_clause_gives_the_documents_author():
    text = ("Премию получил физиолог Иван Петров. Как отмечается в пресс-релизе Нобелевского комитета, "
            "открытия Петрова сделали возможным лечение бесплодия.")
    [quote] = extract(text).quotes
    assert quote.speaker.name == "Нобелевский комитет"
    [quote] = extract("Как сообщается, работа завершится в будущем году.").quotes
    assert quote.speaker is None or quote.speaker.name is None


def test_a_quoted_name_in_the_source_is_taken_whole():
    q = only("По оценке аналитиков «Фридом Финанс», рубль укрепится.")
    assert q.speaker.text == "аналитиков «Фридом Финанс»" and q.text == "рубль укрепится"


def test_a_possessive_source_goes_on_with_the_whole_sentence_written_with_or_without_yo():
    for her in ("её", "ее"):
        text = ("Анна Петрова рассказала о ремонте дома. "
                f"Работы затянулись, однако квартира, по {her} словам, уже готова к продаже.")
        q = next(q for q in found(text) if q.speaker.text == her)
        assert q.text.startswith("Работы затянулись")
    text = ("Анна Петрова рассказала о ремонте дома. "
            "Работы затянулись, однако квартира, по словам риэлторов, уже готова к продаже.")
    assert next(q for q in found(text) if q.speaker.text == "риэлторов").text.startswith("квартира")


def test_a_plural_noun_after_one_persons_insert_opens_the_statement():
    q = only("Как отметил экономист Павел Жук, пенсионеры, которые живут одни, тратят на лекарства треть пенсии.")
    assert q.text == "пенсионеры, которые живут одни, тратят на лекарства треть пенсии" and q.speaker.name == "Павел Жук"


def test_so_slov_is_the_sources_account():
    q = only("Со слов очевидцев, водитель превысил скорость.")
    assert (q.text, q.speaker.text, q.cue.text) == ("водитель превысил скорость", "очевидцев", "Со слов")
    assert only("С его слов, машина загорелась сама.").speaker.text == "его"
    assert not found("Портрет преступника составлен со слов очевидцев.")


def test_as_said_in_a_body_to_an_outlet_names_the_body():
    q = only("Как сообщили в МВД РИА Новости, подозреваемый задержан в аэропорту.")
    assert q.speaker.text == "МВД"


def test_a_short_time_frame_before_the_insert_is_the_authors():
    q = only("После обеда, по словам соседей, во дворе снова появился дым.")
    assert q.text == "во дворе снова появился дым"


def test_a_place_frame_without_a_comma_is_left_out_too():
    q = only("На данный момент по данным МЧС известно о трёх погибших.")
    assert (q.text, q.speaker.text) == ("известно о трёх погибших", "МЧС")


def test_a_subject_before_the_insert_stays_in_the_statement():
    q = only("Директор школы, по словам родителей, знал о проблеме заранее.")
    assert q.text.startswith("Директор школы")


def test_a_longer_frame_before_the_insert_stays_in_the_statement():
    q = only("В рамках проверки деятельности управляющей компании, по данным прокуратуры, выявлены нарушения.")
    assert q.text.startswith("В рамках проверки")


def test_a_relayed_report_with_a_place_before_its_subject_is_the_speakers_alone():
    qs = found("По данным телеканала, на допросе водитель заявил, что ничего не помнит.")
    assert [(q.text, q.speaker.text) for q in qs] == [("ничего не помнит", "водитель")]


def test_according_to_a_first_name_read_as_a_woman_s_before_a_genitive_surname():
    q = only("По словам Эда Смита, дорогу откроют завтра.")
    assert (q.speaker.text, q.speaker.name) == ("Эда Смита", "Эд Смит")


def test_a_site_after_the_source_noun_belongs_to_the_source():
    from ruarticle import extract
    text = "Министр Иван Жаров промолчал. По словам собеседника news.ru, сотрудники не выходили на работу."
    q = extract(text).quotes[-1]
    assert (q.speaker.text, q.speaker.name, q.text) == ("собеседника news.ru", None, "сотрудники не выходили на работу")


def test_a_connector_before_the_insert_is_no_part_of_the_statement():
    q = only("Поэтому, по словам адвоката, речь идёт о давлении на свидетелей.")
    assert q.text == "речь идёт о давлении на свидетелей"


def test_a_whole_sentence_statement_opens_past_the_authors_connector():
    q = only("Правда, были пострадавшие, но, как пояснили в больнице, легко.")
    assert q.text == "были пострадавшие, но, как пояснили в больнице, легко"


def test_reports_in_the_press_name_their_medium():
    q = only("Согласно сообщениям в прессе, следователи провели обыск в офисе компании.")
    assert q.speaker.text == "прессе" and q.text == "следователи провели обыск в офисе компании"


def test_reports_on_a_named_site_name_it():
    q = only("По сообщениям на Reddit, сервис перестал работать ещё ночью.")
    assert q.speaker.text == "Reddit" and q.text == "сервис перестал работать ещё ночью"


def test_data_as_of_a_date_name_no_source():
    assert found("По данным на 1 октября, запасы воды снизились.") == ()


def test_an_adjective_with_its_object_after_an_outlets_source_describes_the_source():
    q = only("Как сообщил источник «СЭ», близкий к самарскому клубу, стороны обсуждают трансфер.")
    assert q.text == "стороны обсуждают трансфер"


def test_a_modal_connector_before_an_inserted_source_states_nothing():
    q = only("Без сомнения, пишет газета «Clarin», речь идет о заказном убийстве.")
    assert q.text == "речь идет о заказном убийстве"


def test_a_source_runs_over_a_bracketed_abbreviation_to_a_genitive_name():
    q = only("По словам эксперта по странам Сахеля парижского Института международных отношений (IFRI) "
             "Лоры Дюпре, у нового контингента мало шансов.")
    assert q.speaker.text.endswith("(IFRI) Лоры Дюпре") and q.speaker.name == "Лора Дюпре"
    assert q.text == "у нового контингента мало шансов"


def test_a_nominative_name_after_a_long_source_phrase_opens_the_content():
    q = only("По версии следствия 3 февраля в квартире на Гаврской улице в Петербурге Пётр Завьялов, "
             "находясь в состоянии опьянения, напал на соседа.")
    assert q.speaker.text == "следствия"


def test_a_thing_that_shows_inside_the_content_leaves_the_report_whole():
    q = only("Как считает член жюри, критик Денис Арсеньев, успех «Просеки» доказывает, что читателю "
             "снова интересна проза о труде.")
    assert q.speaker.name == "Денис Арсеньев"
    assert q.text == "успех «Просеки» доказывает, что читателю снова интересна проза о труде"
