"""Where a phrase content opens and ends (quoting/phrase_extent.py): past addressees and
adjuncts, up to the author's clause, aside or venue; namings and judgements. Sentences written for these tests."""
from ruarticle import extract
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_what_is_referred_to_after_на():
    q = only("Губернатор сослался на данные опросов жителей.")
    assert q.text == "данные опросов жителей"


def test_referring_to_a_source_is_no_content():
    assert not found("Газета сослалась на источник в правительстве.")


def test_focus_particle_opens_the_content():
    q = only("Председатель не исключил даже отставки правительства.")
    assert q.text == "даже отставки правительства"


def test_при_этом_ends_a_phrase():
    q = only("Суд расценил письмо как угрозу, при этом адвокат ничего не сказал.")
    assert q.text == "письмо как угрозу"


def test_phrase_ends_before_a_после_чего_clause():
    q = only("Сенатор осудил эту войну, после чего покинул трибуну.")
    assert q.text == "эту войну"


def test_warning_names_its_addressee_before_the_topic():
    q = only("Агентство предупредило мировое сообщество о нехватке зерна.")
    assert q.text == "нехватке зерна"


def test_warning_without_a_topic_is_no_quote():
    assert not found("Агентство предупредило мировое сообщество.")


def test_naming_a_thing_without_a_judgement_is_no_quote():
    assert not found("Инженер назвал адрес склада.")


def test_demand_made_of_someone_opens_after_the_addressee():
    q = only("МИД Китая потребовал от Японии вывода рыболовецких судов из спорных вод.")
    assert (q.speaker.text, q.text) == ("МИД Китая", "вывода рыболовецких судов из спорных вод")


def test_a_thing_received_from_someone_is_no_demand():
    assert found("Министерство получило письмо от Японии.") == ()


def test_directive_with_its_addressee_and_term_before_the_infinitive():
    q = only("Аким поручил акимам районов до конца года провести обследование домов.")
    assert q.text == "провести обследование домов" and q.cue.text == "поручил"


def test_infinitive_of_a_noun_after_an_admission_is_not_its_content():
    q = only("Министры признали провалы в работе и готовность нести ответственность.")
    assert q.text.startswith("провалы")


def test_instrumental_after_a_preposition_is_no_verdict():
    q = only("Премьер поручил министрам усилить борьбу с незаконными свалками.")
    assert q.text == "усилить борьбу с незаконными свалками"


def test_during_an_event_stays_inside_a_promise():
    q = only("Она пообещала поддержать Олланда во время его президентской кампании.")
    assert q.text == "поддержать Олланда во время его президентской кампании"


def test_a_phrase_content_ends_before_a_comma_clause_with_its_own_verb():
    q = found("Правительство обещает провести расследование аварии, на месте катастрофы работает комиссия.")
    assert [x.text for x in q] == ["провести расследование аварии"]


def test_a_phrase_content_ends_before_a_comma_clause_with_a_short_participle():
    q = only("Мэрия попросила не подходить к реке, над набережной натянуты провода.")
    assert q.text == "не подходить к реке"


def test_a_relative_clause_after_a_preposition_stays_in_a_phrase_content():
    q = only("Он призвал бороться с коррупцией, с которой столкнулась страна.")
    assert q.text == "бороться с коррупцией, с которой столкнулась страна"


def test_a_clause_after_o_tom_is_the_topic_of_a_phrase_content():
    q = only("Он призвал не забывать о том, в каком положении оказались беженцы.")
    assert q.text == "не забывать о том, в каком положении оказались беженцы"


def test_characterising_an_object_as_something():
    q = only("Тренер охарактеризовал нового игрока как очень надёжного защитника.")
    assert q.text == "нового игрока как очень надёжного защитника"


def test_a_judgement_led_by_an_adverb_after_a_fronted_object():
    q = only("Сам министр эти упрёки называл абсолютно беспочвенными.")
    assert q.text == "абсолютно беспочвенными"


def test_an_adverb_before_an_accusative_adjective_opens_no_judgement():
    assert not [q for q in found("Полиция называет более высокую цифру пострадавших.") if q.kind == "indirect"]


def test_a_listed_addressee_with_commas_does_not_hide_the_infinitive():
    q = only("Премьер поручил Министерству энергетики, транспорта и связи подготовить план ремонта.")
    assert q.text == "подготовить план ремонта"


def test_a_relative_clause_after_the_addressee_is_not_stepped_over():
    assert found("Премьер поручил министерству, которое отвечает за дороги, закрыть трассу.") == ()


def test_a_leading_prepositional_adjunct_opens_a_promise():
    q = only("Фонд обещал до конца следующего года построить школу.")
    assert q.text == "до конца следующего года построить школу"


def test_a_prepositional_phrase_after_an_object_does_not_reach_a_later_infinitive():
    q = only("Министры признали провалы в работе и готовность нести ответственность.")
    assert q.text.startswith("провалы")


def test_a_leading_adjunct_before_the_infinitive_of_a_framed_directive():
    q = only("Президент поручил до конца года создать карту свободных участков.")
    assert q.text == "до конца года создать карту свободных участков"


def test_a_reason_the_speaker_gave_stays_in_the_request():
    q = only("Мэр попросил выделить средства на насосы, поскольку часть техники, по его словам, "
             "вышла из строя.")
    assert q.text == "выделить средства на насосы, поскольку часть техники, по его словам, вышла из строя"


def test_a_clause_in_marks_right_after_a_speech_verb_is_direct_speech():
    q = only("Тренер закончил беседу, сказав «мы будем бороться до последней минуты».")
    assert (q.kind, q.text, q.cue.text) == ("direct", "мы будем бороться до последней минуты", "сказав")


def test_naming_in_the_role_put_before_the_verb_is_a_report():
    q = only("В качестве причины отставки министр назвал разногласия с премьером.")
    assert (q.text, q.cue.text) == ("разногласия с премьером", "назвал")


def test_naming_among_others_is_a_report():
    q = only("Пресс-секретарь назвал среди главных задач ведомства борьбу с коррупцией.")
    assert q.text == "среди главных задач ведомства борьбу с коррупцией"


def test_naming_a_thing_alone_is_no_report():
    assert found("Министр назвал дату начала работ.") == ()


def test_where_a_topic_was_told_is_not_part_of_it():
    q = only("Вчера певица рассказала о помолвке в своём микроблоге.")
    assert q.text == "помолвке"


def test_a_document_keeps_where_it_appeared():
    q = only("Министр рассказал о публикации в газете.")
    assert q.text == "публикации в газете"


def test_an_initial_does_not_stop_the_search_for_an_infinitive():
    q = only("Губернатор предложил С. Петрову возглавить комиссию по тарифам.")
    assert q.text == "возглавить комиссию по тарифам"


def test_describing_as_is_a_judgement():
    q = only("Эксперт описал положение отрасли как близкое к кризису.")
    assert q.text == "положение отрасли как близкое к кризису"


def test_a_judgement_keeps_the_infinitive_of_its_object():
    q = only("Генерал оправдывал приказ отступить как вынужденную меру.")
    assert q.text == "приказ отступить как вынужденную меру"


def test_a_complaint_to_someone_reports_what_follows_на():
    q = only("Фермеры пожаловались министру сельского хозяйства на рост цен на топливо.")
    assert q.text == "рост цен на топливо"


def test_the_reason_of_an_appeal_is_part_of_it():
    q = only("Мэр призвал жителей не выходить из домов, так как ветер усилится к вечеру.")
    assert q.text == "не выходить из домов, так как ветер усилится к вечеру"


def test_naming_among_candidates_put_first_reports_the_named():
    q = only("В числе возможных преемников тренера называли Петра Соколова.")
    assert (q.text, q.cue.text) == ("Петра Соколова", "называли")


def test_also_before_the_topic_leads_into_it():
    q = only("Профсоюз заявил и о подготовке общей забастовки.")
    assert q.text == "подготовке общей забастовки"


def test_an_infinitive_in_marks_after_the_addressee_is_the_content():
    q = only("Лидер партии призвал сторонников «выйти на улицы» в субботу.")
    assert q.text.startswith("«выйти на улицы»")


def test_a_year_abbreviation_before_a_capital_ends_a_phrase():
    qs = found("Губернатор пообещал построить мост до 2025г. Строительство начнётся весной.")
    assert qs[0].text == "построить мост до 2025г"


def test_a_determiner_all_opens_a_phrase_content():
    q = only("Мэр опроверг все слухи о своей отставке.")
    assert q.text == "все слухи о своей отставке"


def test_addressee_of_a_call_is_no_part_of_it():
    q = only("Профсоюз выступил с призывом к директору завода немедленно поднять зарплаты.")
    assert q.text == "немедленно поднять зарплаты"


def test_author_aside_in_parentheses_ends_a_phrase_content():
    q = only("Тренер объявил о своем уходе из клуба (этого от него давно ждали болельщики) и уехал в отпуск.")
    assert q.text == "своем уходе из клуба"


def test_parenthesis_before_the_infinitive_stays_in_a_promise():
    q = found("Мэр пообещал в случае победы (выборы пройдут в мае) построить новый мост.")
    assert all("(" not in x.text or x.text.endswith("мост") for x in q)


def test_a_naming_of_this_and_a_neuter_noun():
    q = only("Премьер назвал это решение «грубой ошибкой правительства».")
    assert q.text == "это решение «грубой ошибкой правительства»" and q.cue.text == "назвал"


def test_a_judgement_adjective_ending_the_phrase_counts_though_read_first_as_a_dative():
    q = only("Депутат Олег Зуев назвал решение суда политическим.")
    assert q.text == "решение суда политическим" and q.cue.text == "назвал"


def test_condolences_over_an_event_report_what_they_were_for():
    q = only("Губернатор выразил соболезнования в связи с гибелью горняков.")
    assert (q.text, q.cue.text) == ("в связи с гибелью горняков", "выразил соболезнования")


def test_condolences_over_what_happened_say_nothing():
    assert found("Посол выразил соболезнования в связи с произошедшим.") == ()


def test_condolences_to_the_family_alone_say_nothing():
    assert found("Губернатор выразил соболезнования семьям погибших.") == ()


def test_a_dash_after_the_cue_noun_opens_what_it_holds():
    q = only("Владелец клуба поставил перед тренером задачу — выйти в финал турнира.")
    assert (q.text, q.cue.text) == ("выйти в финал турнира", "поставил перед тренером задачу")


def test_but_between_two_judgements_of_one_case_keeps_both():
    q = only("Мэр назвал закрытие сквера неприятным, но необходимым решением.")
    assert q.text == "закрытие сквера неприятным, но необходимым решением"


def test_but_before_a_verb_still_ends_a_judgement():
    q = only("Мэр назвал закрытие сквера неприятным, но горожане с ним не согласились.")
    assert q.text == "закрытие сквера неприятным"


def test_a_long_leading_adjunct_with_an_aside_before_the_promised_infinitive():
    q = only("Мэр пообещал в случае победы своей партии на городских выборах (они пройдут осенью) "
             "построить новый мост.")
    assert q.text == ("в случае победы своей партии на городских выборах (они пройдут осенью) "
                      "построить новый мост")


def test_what_attention_is_drawn_to_is_the_content():
    q = only("Мэр обратил особое внимание на рост тарифов на вывоз мусора.")
    assert q.text == "рост тарифов на вывоз мусора" and q.cue.text == "обратил особое внимание"


def test_whose_attention_is_drawn_is_no_part_of_the_content():
    q = only("Мэр обратил внимание подрядчиков на необходимость закончить ремонт к осени.")
    assert q.text == "необходимость закончить ремонт к осени"


def test_attention_drawn_to_a_thing_is_only_noticing():
    assert found("Прохожие обратили внимание на яркую вывеску.") == ()


def test_attention_put_first_before_the_subject_still_cues():
    q = only("Особое внимание мэр города обратил на недопустимость задержек с ремонтом.")
    assert q.text == "недопустимость задержек с ремонтом" and q.speaker.text == "мэр города"


def test_imperfective_advice_reports_its_infinitive():
    q = only("Минздрав советует туристам воздерживаться от поездок в жаркие страны.")
    assert q.text == "воздерживаться от поездок в жаркие страны" and q.cue.text == "советует"


def test_a_feeling_over_an_event_described_by_a_participle():
    q = only("Компания выразила глубокую озабоченность в связи с появившимися вчера обвинениями "
             "в адрес актёра.")
    assert q.text == "в связи с появившимися вчера обвинениями в адрес актёра"


def test_a_feeling_over_what_happened_points_at_nothing():
    assert found("Президент выразил соболезнования в связи с произошедшим.") == ()


def test_an_addressee_named_by_post_and_name_comes_before_the_topic():
    q = only("Губернатор Пётр Орлов попросил президента России Ивана Котова о досрочной отставке.")
    assert q.text == "досрочной отставке"


def test_a_genitive_after_an_addressee_belongs_to_it():
    q = only("Тренер рассказал журналистам местной газеты о своих планах на сезон.")
    assert q.text == "своих планах на сезон"


def test_an_object_after_a_place_is_no_addressee():
    assert found("Режиссёр добавил в сценарий подробности о детстве героя.") == ()


def test_the_meeting_a_topic_was_told_at_is_the_authors():
    q = only("Посол рассказал о предках президента на встрече в Фонде «Наследие» в Москве.")
    assert q.text == "предках президента"


def test_a_meeting_where_the_topics_own_event_took_place_stays():
    q = only("Министр рассказал о решениях, принятых на совещании в Кремле.")
    assert q.text == "решениях, принятых на совещании в Кремле"


def test_a_time_closing_the_topic_says_when_it_was_told():
    q = only("Агентство сообщило о гибели альпиниста утром.")
    assert q.text == "гибели альпиниста"


def test_a_weekday_closing_the_topic_is_the_authors():
    q = only("Пресс-служба сообщила о закрытии моста в понедельник.")
    assert q.text == "закрытии моста"


def test_the_time_of_a_participle_in_the_topic_stays():
    q = only("Губернатор сообщил о пожаре, произошедшем накануне.")
    assert q.text == "пожаре, произошедшем накануне"


def test_a_second_infinitive_after_and_belongs_to_the_request():
    q = extract("МЧС призвало жителей воздержаться от поездок в ущелья и не останавливаться на ночлег у русел рек.").quotes[0]
    assert q.text == "воздержаться от поездок в ущелья и не останавливаться на ночлег у русел рек"
