"""Reports led by a verb (quoting/reporting.py): phrase contents, reasons after "тем, что",
questions after "о том, как", fronted topics, infinitive cues and closing attributions.
Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_proposal_with_an_infinitive_is_reported():
    q = only("Министерство предложило продлить льготы для фермеров.")
    assert q.text == "продлить льготы для фермеров"


def test_hope_with_an_infinitive_is_an_aim_not_a_report():
    assert found("Тренер надеется вернуть лидера команды к финалу.") == ()


def test_reason_after_тем_что():
    q = only("Мэр мотивировал отказ тем, что бюджет города исчерпан.")
    assert q.text == "бюджет города исчерпан"


def test_what_is_referred_to_after_на():
    q = only("Губернатор сослался на данные опросов жителей.")
    assert q.text == "данные опросов жителей"


def test_referring_to_a_source_is_no_content():
    assert not found("Газета сослалась на источник в правительстве.")


def test_stressing_a_noun_phrase():
    q = only("Патриарх подчеркнул важность диалога между народами.")
    assert q.text == "важность диалога между народами"


def test_threat_with_an_infinitive():
    q = only("Профсоюз пригрозил начать забастовку в марте.")
    assert q.text.startswith("начать забастовку")


def test_reported_question_after_о_том_как():
    q = only("Инженер рассказал о том, как удалось спасти мост.")
    assert q.text == "как удалось спасти мост"


def test_verb_and_noun_cue_of_agreement():
    q = only("Аналитики сходятся во мнении, что рынок восстановится к лету.")
    assert q.text == "рынок восстановится к лету"


def test_request_in_a_verb_and_noun_cue():
    q = only("Жители обратились к мэру с просьбой отремонтировать дорогу.")
    assert q.text == "отремонтировать дорогу"


def test_focus_particle_opens_the_content():
    q = only("Председатель не исключил даже отставки правительства.")
    assert q.text == "даже отставки правительства"


def test_при_этом_ends_a_phrase():
    q = only("Суд расценил письмо как угрозу, при этом адвокат ничего не сказал.")
    assert q.text == "письмо как угрозу"


def test_topic_put_before_the_verb_and_its_speaker():
    q = only("О новых санкциях заявил глава МИД Франции.")
    assert q.text == "новых санкциях" and q.speaker.text == "глава МИД Франции"


def test_fronted_topic_needs_a_speaker_after_the_verb():
    assert not found("О новых санкциях заявили вчера.")


def test_negated_report_of_a_question_is_no_quote():
    assert not found("Спортсменка не сообщила о том, какой клуб она выберет.")


def test_phrase_ends_before_a_после_чего_clause():
    q = only("Сенатор осудил эту войну, после чего покинул трибуну.")
    assert q.text == "эту войну"


def test_infinitive_speech_verb_with_a_clause():
    q = only("Задержанный активист успел заявить, что полиция превысила полномочия.")
    assert q.text == "полиция превысила полномочия" and q.cue.text == "заявить"


def test_author_aside_with_an_infinitive_is_no_quote():
    assert not found("Можно сказать, что сезон удался.")
    assert not found("Следует отметить, что цены выросли.")


def test_refusal_to_say_is_no_quote():
    assert not found("Министр отказался сказать, когда откроют мост.")


def test_intended_statement_is_no_quote():
    assert not found("Премьер собирается объявить, что уходит в отставку.")


def test_infinitive_of_purpose_inside_a_content_is_no_new_report():
    q = only("Разведка заявила, что у неё достаточно данных, чтобы утверждать, что угрозы нет.")
    assert q.text == "у неё достаточно данных, чтобы утверждать, что угрозы нет"


def test_warning_names_its_addressee_before_the_topic():
    q = only("Агентство предупредило мировое сообщество о нехватке зерна.")
    assert q.text == "нехватке зерна"


def test_warning_without_a_topic_is_no_quote():
    assert not found("Агентство предупредило мировое сообщество.")


def test_naming_a_thing_without_a_judgement_is_no_quote():
    assert not found("Инженер назвал адрес склада.")


def test_fronted_clause_before_a_passive_report():
    q = only("О том, что фильм получил главный приз, было объявлено в пятницу.")
    assert q.text == "фильм получил главный приз" and q.speaker is None


def test_fronted_clause_before_a_verb_without_a_speaker_is_no_quote():
    assert not found("О том, что фильм получил приз, говорили давно.")


def test_appeal_after_к():
    q = only("Лидер оппозиции призвал к досрочным выборам.")
    assert q.text == "досрочным выборам"


def test_fronted_clause_is_not_the_topic_of_a_later_clause():
    qs = found("О том, что его выдвинут, стало известно в среду, а позже министр предложил ему пост.")
    assert not any(q.text.startswith("его выдвинут") for q in qs)


def test_relative_word_is_the_subject_of_a_phrase_report():
    q = only("На площадь вышли сотни жителей, которые требовали отставки мэра.")
    assert q.text == "отставки мэра" and q.speaker.text in ("которые", "сотни жителей")


def test_future_announcement_is_no_quote():
    assert not found("Оператор объявит о запуске сети в понедельник.")


def test_request_after_a_long_addressee():
    q = only("Жители обратились к мэру и губернатору области с просьбой закрыть свалку.")
    assert q.text == "закрыть свалку"


def test_fronted_topic_with_its_subject_before_the_verb_is_left_alone():
    assert not found("О своих планах Лужков рассказал в интервью агентству.")


def test_reason_given_for_это_in_a_gerund_clause():
    q = only("Рабочие прекратили забастовку, объяснив это заботой о своей безопасности.")
    assert q.text == "заботой о своей безопасности"


def test_closing_attribution_followed_by_a_date():
    q = only("Певица родила дочь, сообщают СМИ 1 сентября 2017 года.")
    assert q.text == "Певица родила дочь" and q.speaker.text == "СМИ"


def test_closing_verb_followed_by_an_object_is_no_attribution():
    assert not found("Компания выросла, сообщает отчёт 5 показателей роста.")


def test_incoming_reports_without_a_source_are_impersonal_speech():
    q = only("Поступают сообщения, что террористами был выпущен не снаряд, а ракета.")
    assert (q.cue.text, q.speaker, q.text) == ("Поступают сообщения", None, "террористами был выпущен не снаряд, а ракета")


def test_incoming_messages_without_a_clause_are_no_speech():
    assert found("В редакцию поступают сообщения от читателей.") == ()


def test_demand_made_of_someone_opens_after_the_addressee():
    q = only("МИД Китая потребовал от Японии вывода рыболовецких судов из спорных вод.")
    assert (q.speaker.text, q.text) == ("МИД Китая", "вывода рыболовецких судов из спорных вод")


def test_a_thing_received_from_someone_is_no_demand():
    assert found("Министерство получило письмо от Японии.") == ()


def test_topic_put_before_an_impersonal_passive():
    q = only("О назначении нового премьер-министра было объявлено 13 ноября.")
    assert (q.text, q.cue.text, q.speaker) == ("назначении нового премьер-министра", "было объявлено", None)


def test_topic_before_a_named_subject_is_no_passive_report():
    assert found("О своих планах Лужков рассказал журналистам.") == ()


def test_an_indefinite_plural_call_opening_the_sentence_is_impersonal_speech():
    q = only("Жителей призвали не выходить из домов.")
    assert (q.text, q.cue.text, q.speaker) == ("не выходить из домов", "призвали", None)


def test_an_indefinite_plural_call_opening_a_later_clause_is_impersonal_speech():
    q = only("Мосты закрыты, горожан просят не покидать квартиры.")
    assert (q.text, q.cue.text, q.speaker) == ("не покидать квартиры", "просят", None)


def test_a_nominative_in_the_clause_before_the_plural_verb_is_not_stepped_over():
    assert found("Мосты закрыты, спасатели продолжают искать пропавших.") == ()


def test_a_named_plural_subject_still_speaks():
    q = only("Врачи призвали жителей не выходить из домов.")
    assert q.speaker.text == "Врачи"


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


def test_a_fronted_topic_ends_at_the_cue_whatever_follows_the_speaker():
    q = only("Однако о том, что вопрос поднимался во время встречи, сказал в интервью лидер Меджлиса, "
             "народный депутат Мустафа Джемилев.")
    assert q.text == "вопрос поднимался во время встречи"


def test_a_topic_after_the_verb_makes_no_closing_attribution():
    q = only("Олег Петров, директор завода, заявил о своей отставке с поста.")
    assert q.text == "своей отставке с поста" and q.speaker.text.startswith("Олег Петров")


def test_closing_attribution_before_a_final_colon():
    q = only("Мост через реку закроют на ремонт до весны, сообщил источник в мэрии:")
    assert q.text == "Мост через реку закроют на ремонт до весны" and q.speaker.text == "источник в мэрии"


def test_an_impersonal_cue_before_a_colon_still_introduces():
    assert not found("В письме министерства, разосланном в пятницу, говорится:")


def test_fronted_topic_with_its_subject_before_the_cue():
    q = only("О закрытии завода губернатор области Пётр Иванов объявил в пятницу.")
    assert q.text == "закрытии завода" and q.speaker.text == "губернатор области Пётр Иванов"


def test_fronted_topic_after_a_dash():
    q = [q for q in found("Команда проиграла финал — о своём уходе тренер заявил сразу после матча.")
         if q.cue.text == "заявил"][0]
    assert q.text == "своём уходе"


def test_a_relative_о_котором_is_no_fronted_topic():
    assert not [q for q in found("Проект, о котором заявил мэр, отложен.") if q.text.startswith("котором")]


def test_closing_cue_with_a_possessive_speaker_after_a_date_insert():
    q = only("Завод возобновил работу, сообщила во вторник, 5 марта 2019 года, его пресс-служба.")
    assert q.text == "Завод возобновил работу" and q.speaker.text == "его пресс-служба"


def test_closing_cue_followed_by_a_prepositional_phrase_only():
    q = only("Рейс задержан на три часа, сообщили диспетчеры после проверки самолёта.")
    assert q.text == "Рейс задержан на три часа" and q.speaker.text == "диспетчеры"


def test_a_relative_clause_in_a_document_speaks_for_its_author():
    q = only("Министр направил письмо губернатору, в котором поблагодарил его за помощь.")
    assert q.cue.text == "поблагодарил" and q.speaker.text == "Министр"


def test_an_impersonal_naming_with_a_fronted_judgement():
    q = only("Причиной аварии названа ошибка диспетчера.")
    assert q.text == "Причиной аварии названа ошибка диспетчера" and q.speaker is None


def test_a_naming_after_someone_is_no_report():
    assert not found("Его именем названа улица в центре города.")


def test_a_superlative_naming_is_an_award():
    assert not found("Лучшим вратарём сезона назван Пётр Смирнов.")


def test_characterising_an_object_as_something():
    q = only("Тренер охарактеризовал нового игрока как очень надёжного защитника.")
    assert q.text == "нового игрока как очень надёжного защитника"


def test_a_judgement_led_by_an_adverb_after_a_fronted_object():
    q = only("Сам министр эти упрёки называл абсолютно беспочвенными.")
    assert q.text == "абсолютно беспочвенными"


def test_an_adverb_before_an_accusative_adjective_opens_no_judgement():
    assert not [q for q in found("Полиция называет более высокую цифру пострадавших.") if q.kind == "indirect"]


def test_closing_cue_with_two_coordinated_sources():
    q = only("Поезд сошёл с рельсов под Тверью, сообщают ТАСС и РИА Новости.")
    assert q.speaker.text == "ТАСС и РИА Новости"


def test_a_complaint_about_something_is_reported():
    q = only("Фермеры пожаловались на низкие закупочные цены.")
    assert q.text == "низкие закупочные цены"


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


def test_an_indefinite_plural_inside_a_что_clause_is_not_a_report_of_its_own():
    qs = found("Студенты утверждают, что им предложили за плату поучаствовать в опросе.")
    assert [q.cue.text for q in qs] == ["утверждают"]


def test_drawing_attention_to_a_clause_reports_it():
    q = only("Министр обратил внимание на то, что тарифы не менялись пять лет.")
    assert (q.text, q.cue.text) == ("тарифы не менялись пять лет", "обратил внимание")


def test_noticing_a_thing_is_no_report():
    assert found("Туристы обратили внимание на красивый закат.") == ()


def test_setting_a_task_is_a_directive_with_an_infinitive():
    q = only("Президент поставил задачу правительству снизить инфляцию.")
    assert q.text.endswith("снизить инфляцию") and q.cue.text == "поставил задачу"


def test_a_report_listed_after_a_comma_shares_the_subject():
    qs = found("Водитель признал вину, пожаловался на плохую дорогу и попросил снисхождения.")
    assert [(q.cue.text, q.speaker.text) for q in qs] == [
        ("признал", "Водитель"), ("пожаловался", "Водитель"), ("попросил", "Водитель")]


def test_a_score_with_a_colon_introduces_nothing():
    qs = found("Тренер сказал после матча, закончившегося со счётом 15:13:")
    assert [q.text for q in qs] == []


def test_a_singular_name_after_a_plural_verb_is_its_object_not_its_speaker():
    assert found("Сегодня в стране отмечают День Победы в память о погибших на войне.") == ()


def test_чтобы_after_a_thing_done_to_an_object_tells_why():
    assert found("Она отрезала прядь волос, чтобы сохранить её на память.") == ()


def test_чтобы_after_the_object_of_a_request_is_what_was_asked():
    assert only("Мэр попросил суд, чтобы заседание перенесли.").text == "заседание перенесли"


def test_a_verb_citing_something_after_a_comma_closes_no_report():
    assert found("Канал «Звезда», в свою очередь, ссылается на «надёжный источник в Минобороны», "
                 "но не приводит деталей.") == ()


def test_a_reason_the_speaker_gave_stays_in_the_request():
    q = only("Мэр попросил выделить средства на насосы, поскольку часть техники, по его словам, "
             "вышла из строя.")
    assert q.text == "выделить средства на насосы, поскольку часть техники, по его словам, вышла из строя"


def test_в_связи_с_тем_что_gives_a_reason_not_what_was_said():
    qs = found("Тренер назвал игрока лучшим в команде в связи с тем, что тот забил пять голов.")
    assert all(not q.text.startswith("тот забил") for q in qs)


def test_people_listed_after_a_colon_say_nothing():
    assert found("На вопросы журналистов отвечали: командир экипажа Иван Петров, "
                 "бортинженер Олег Сидоров и врач Анна Белова.") == ()


def test_a_closing_cue_after_a_pointer_reports_no_second_quote():
    qs = found("Иван Петров назначен заместителем губернатора. Об этом объявлено утром в понедельник, "
               "сообщил агентству источник в администрации.")
    assert [q.text for q in qs] == ["Иван Петров назначен заместителем губернатора"]


def test_a_negated_statement_verb_reports_nothing():
    assert found("Однако полиция не уточняет, что причиной пожара стала проводка.") == ()


def test_a_fronted_question_of_what_will_happen_is_a_topic():
    assert found("О том, что изменится для пациентов, журналистам рассказала министр.") == ()


def test_a_fronted_clause_telling_of_the_speaker_stays_a_report():
    assert only("О том, что уходит в отставку, рассказал министр.").text == "уходит в отставку"


def test_a_naming_passive_in_the_present_reports_the_sentence():
    q = only("Главными претендентами на пост тренера называются Иван Петров и Сергей Смирнов.")
    assert q.cue.text == "называются" and q.text.startswith("Главными претендентами")


def test_an_abbreviation_between_the_cue_and_что_is_no_verb():
    q = only("Министр уведомил членов МОК, что соревнования переносятся на осень.")
    assert q.text == "соревнования переносятся на осень"


def test_в_связи_с_тем_что_is_the_author_s_conjunction_not_a_complement():
    q = only("Журналисты называли её «звездой», в связи с тем, что она выиграла три турнира.")
    assert q.text == "её «звездой»"


def test_stating_a_finding_with_a_noun_phrase():
    q = only("Врачи констатировали перелом обеих ног.")
    assert q.text == "перелом обеих ног"


def test_proclaiming_a_noun_phrase():
    q = only("Лидер повстанцев провозгласил независимость региона.")
    assert q.text == "независимость региона"


def test_comparing_is_a_judgement_with_a_noun_phrase():
    q = only("Актёр сравнил съёмки фильма с армейской службой.")
    assert q.text == "съёмки фильма с армейской службой"


def test_a_plural_verb_after_где_speaks_for_unnamed_people():
    q = only("Активисты пришли к мэрии, где требовали роспуска городского совета.")
    assert (q.text, q.cue.text) == ("роспуска городского совета", "требовали")


def test_a_plural_verb_after_adjuncts_only_speaks_for_unnamed_people():
    q = only("В понедельник из Киева сообщили о задержании двух подозреваемых.")
    assert q.text == "задержании двух подозреваемых"


def test_a_plural_verb_after_a_person_object_is_an_event_not_a_report():
    assert found("Вечером мэру доложили о пожаре на складе.") == ()


def test_the_subject_before_a_gerund_insert_speaks_a_phrase_report():
    qs = found("Прокурор, признав смягчающие обстоятельства, тем не менее попросил суд назначить реальный срок.")
    assert [(q.cue.text, q.speaker.text) for q in qs if q.cue.text == "попросил"] == [("попросил", "Прокурор")]


def test_a_phrase_put_before_the_verb_with_its_speaker_after_it():
    q = only("Отставки губернатора потребовали местные журналисты.")
    assert (q.text, q.speaker.text) == ("Отставки губернатора", "местные журналисты")


def test_names_put_before_a_naming_verb_are_a_fact_told():
    assert found("Имена победителей конкурса назвал председатель жюри.") == ()


def test_a_singular_verb_after_adjuncts_only_goes_on_with_the_subject_before():
    qs = found("Новости\n\nУчёный вернулся в Москву. В 1990 году на съезде раскритиковал реформу образования.")
    assert [(q.text, q.cue.text) for q in qs] == [("реформу образования", "раскритиковал")]


def test_a_subject_put_after_the_verb_is_no_left_out_subject():
    qs = found("Новости\n\nСаммит откроется в среду. Впервые на встрече пообещал выступить министр финансов.")
    assert qs == ()


def test_a_clause_in_marks_right_after_a_speech_verb_is_direct_speech():
    q = only("Тренер закончил беседу, сказав «мы будем бороться до последней минуты».")
    assert (q.kind, q.text, q.cue.text) == ("direct", "мы будем бороться до последней минуты", "сказав")


def test_a_mark_opened_before_что_leaves_the_clause_as_content():
    qs = found("Спортсмен подтвердил участие, сказав, «что готов принять вызов».")
    assert ("готов принять вызов", "сказав") in [(q.text, q.cue.text) for q in qs]


def test_naming_in_the_role_put_before_the_verb_is_a_report():
    q = only("В качестве причины отставки министр назвал разногласия с премьером.")
    assert (q.text, q.cue.text) == ("разногласия с премьером", "назвал")


def test_naming_among_others_is_a_report():
    q = only("Пресс-секретарь назвал среди главных задач ведомства борьбу с коррупцией.")
    assert q.text == "среди главных задач ведомства борьбу с коррупцией"


def test_naming_a_thing_alone_is_no_report():
    assert found("Министр назвал дату начала работ.") == ()


def test_news_that_appeared_in_a_named_outlet_is_its_report():
    q = only("В прессе появилась информация о том, что министр покинет пост.")
    assert (q.text, q.cue.text, q.speaker.text) == ("министр покинет пост", "появилась информация", "прессе")


def test_news_that_appeared_with_no_outlet_is_a_rumour():
    assert found("Ранее появилась информация о том, что министр покинет пост.") == ()


def test_drawing_a_conclusion_reports_its_clause():
    q = only("Из своих наблюдений учёный сделал вывод, что климат меняется быстрее.")
    assert (q.text, q.cue.text) == ("климат меняется быстрее", "сделал вывод")


def test_giving_an_order_with_an_infinitive_reports_it():
    q = only("Мэр дал распоряжение возобновить работу метро.")
    assert (q.text, q.cue.text) == ("возобновить работу метро", "дал распоряжение")


def test_standing_for_a_clause_reports_it():
    q = only("Кандидат выступает за то, чтобы налоги снизили для малого бизнеса.")
    assert (q.text, q.cue.text) == ("налоги снизили для малого бизнеса", "выступает за")


def test_standing_for_a_team_is_sport_not_speech():
    assert found("Нападающий выступает за московский клуб третий сезон.") == ()


def test_where_a_topic_was_told_is_not_part_of_it():
    q = only("Вчера певица рассказала о помолвке в своём микроблоге.")
    assert q.text == "помолвке"


def test_a_document_keeps_where_it_appeared():
    q = only("Министр рассказал о публикации в газете.")
    assert q.text == "публикации в газете"


def test_an_initial_does_not_stop_the_search_for_an_infinitive():
    q = only("Губернатор предложил С. Петрову возглавить комиссию по тарифам.")
    assert q.text == "возглавить комиссию по тарифам"


def test_confessing_to_a_deed_reports_it():
    q = only("Бывший мэр признался в получении взяток от застройщиков.")
    assert (q.text, q.cue.text) == ("получении взяток от застройщиков", "признался")


def test_describing_as_is_a_judgement():
    q = only("Эксперт описал положение отрасли как близкое к кризису.")
    assert q.text == "положение отрасли как близкое к кризису"


def test_a_judgement_keeps_the_infinitive_of_its_object():
    q = only("Генерал оправдывал приказ отступить как вынужденную меру.")
    assert q.text == "приказ отступить как вынужденную меру"


def test_determining_that_is_a_decision_not_a_report():
    assert found("Участники совещания определили, что новый офис откроется в Казани.") == ()


def test_a_complaint_to_someone_reports_what_follows_на():
    q = only("Фермеры пожаловались министру сельского хозяйства на рост цен на топливо.")
    assert q.text == "рост цен на топливо"


def test_a_judgement_before_a_colon_and_marks_is_reported_too():
    qs = found("Архитектор называет реконструкцию вокзала ошибкой: «Здание потеряло свой облик навсегда».")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "реконструкцию вокзала ошибкой"),
                                             ("direct", "Здание потеряло свой облик навсегда")]


def test_a_stressed_position_before_marks_only_introduces_them():
    qs = found("Посол подчеркнул позицию своей страны: «Мы не признаем этих выборов».")
    assert [q.kind for q in qs] == ["direct"]


def test_the_reason_of_an_appeal_is_part_of_it():
    q = only("Мэр призвал жителей не выходить из домов, так как ветер усилится к вечеру.")
    assert q.text == "не выходить из домов, так как ветер усилится к вечеру"


def test_naming_among_candidates_put_first_reports_the_named():
    q = only("В числе возможных преемников тренера называли Петра Соколова.")
    assert (q.text, q.cue.text) == ("Петра Соколова", "называли")


def test_named_among_partners_with_a_reflexive_verb_is_the_whole_sentence():
    q = only("Среди главных партнёров страны назывались Китай и Индия.")
    assert q.text == "Среди главных партнёров страны назывались Китай и Индия"


def test_also_before_the_topic_leads_into_it():
    q = only("Профсоюз заявил и о подготовке общей забастовки.")
    assert q.text == "подготовке общей забастовки"


def test_an_infinitive_in_marks_after_the_addressee_is_the_content():
    q = only("Лидер партии призвал сторонников «выйти на улицы» в субботу.")
    assert q.text.startswith("«выйти на улицы»")


def test_a_year_abbreviation_before_a_capital_ends_a_phrase():
    qs = found("Губернатор пообещал построить мост до 2025г. Строительство начнётся весной.")
    assert qs[0].text == "построить мост до 2025г"


def test_question_after_the_person_asked():
    q = only("Депутат Иван Серов спросил министра финансов, когда выплатят долги по зарплате.")
    assert q.text == "когда выплатят долги по зарплате"
    assert q.speaker.text == "Депутат Иван Серов"


def test_a_determiner_all_opens_a_phrase_content():
    q = only("Мэр опроверг все слухи о своей отставке.")
    assert q.text == "все слухи о своей отставке"


def test_rejecting_accusations_is_speech_rejecting_a_proposal_is_not():
    q = only("Депутат отвергает все обвинения в свой адрес.")
    assert q.text == "все обвинения в свой адрес"
    assert not found("Совет директоров отверг предложение о слиянии компаний.")


def test_almost_is_neither_a_question_nor_a_denial():
    q = only("Губернатор чуть ли не впервые заявил, что бюджет области сбалансирован.")
    assert (q.text, q.speaker.text) == ("бюджет области сбалансирован", "Губернатор")
    q = only("Тренер едва ли не впервые назвал судейство предвзятым.")
    assert q.text == "судейство предвзятым"


def test_a_verb_of_both_aspects_reports_in_the_present():
    q = only("Спрос на жильё падает третий месяц подряд, констатирует агентство.")
    assert (q.text, q.speaker.text) == ("Спрос на жильё падает третий месяц подряд", "агентство")
    assert not found("Министр сообщит о своём решении в понедельник.")


def test_a_feminine_object_put_first_is_not_the_subject_of_a_masculine_verb():
    q = only("Гибель альпиниста подтвердил районный спасатель Пётр Ильин.")
    assert (q.text, q.speaker.text) == ("Гибель альпиниста", "районный спасатель Пётр Ильин")


def test_a_place_inside_the_subjects_description_is_no_source():
    q = only("Торговые сети, работающие в Поволжье, объявили о снижении цен на хлеб.")
    assert q.speaker is None or "Поволжье" not in q.speaker.text


def test_reports_that_come_in_name_no_speaker_and_a_place_is_none():
    q = only("Из Саратова поступают сообщения о перебоях с водой.")
    assert q.text == "перебоях с водой"
    assert q.speaker is None


def test_a_fronted_object_that_cannot_be_the_subject_of_the_verb():
    q = only("Гибель туристов подтвердил глава районной администрации.")
    assert q.text == "Гибель туристов"
    assert q.speaker.text == "глава районной администрации"
    q = only("Её слова подтвердил другой свидетель.")
    assert q.text == "Её слова"
    assert q.speaker.text == "другой свидетель"


def test_considering_someone_something_is_a_judgement_but_not_of_oneself():
    q = only("Правозащитники считают журналиста политическим заключённым.")
    assert (q.text, q.cue.text) == ("журналиста политическим заключённым", "считают")
    assert not found("Члены комиссии считают голоса вручную.")
    assert not found("Тренер считает себя учеником великого мастера.")


def test_a_sentence_opened_by_govoryat_and_a_comma_reports_the_clause():
    from quoted import found
    q = [q for q in found("Матч выдался тяжёлым. Говорят, после игры вратарь долго не выходил из раздевалки.")
         if q.cue and q.cue.text == "Говорят"]
    assert len(q) == 1 and q[0].text == "после игры вратарь долго не выходил из раздевалки" and q[0].speaker is None


def test_govoryat_inside_a_sentence_is_no_hearsay_opening():
    from quoted import found
    assert not [q for q in found("Об этом все говорят, но решения пока нет.") if q.text.startswith("но решения")]


def test_negated_closing_cue_reports_what_precedes():
    q = only("Через год цены на жильё могут снизиться, не исключает аналитик.")
    assert (q.text, q.speaker.text, q.cue.text) == ("Через год цены на жильё могут снизиться", "аналитик",
                                                     "не исключает")


def test_verb_and_noun_cue_of_a_proposal_made_to_someone():
    q = only("Фермеры обратились к правительству с предложением снизить налоги.")
    assert (q.text, q.speaker.text) == ("снизить налоги", "Фермеры")


def test_addressee_of_a_call_is_no_part_of_it():
    q = only("Профсоюз выступил с призывом к директору завода немедленно поднять зарплаты.")
    assert q.text == "немедленно поднять зарплаты"


def test_valuation_with_a_sum_is_reported():
    q = only("Аналитики банка оценили потери авиакомпании в 3 млрд рублей.")
    assert q.text == "потери авиакомпании в 3 млрд рублей" and q.cue.text == "оценили"


def test_rating_in_points_is_no_valuation():
    assert found("Жюри оценило выступление гимнастки в девять баллов.") == ()


def test_verb_after_a_gerund_insert_is_no_closing_cue():
    q = only("Компания Gartner, изучив цены последних сделок, оценила рынок облачных услуг в 40 млрд долларов.")
    assert q.text == "рынок облачных услуг в 40 млрд долларов" and q.speaker.text == "Компания Gartner"


def test_unnamed_accusers_of_a_person_object():
    q = only("Бывшего мэра обвиняют в растрате городских средств.")
    assert q.text == "растрате городских средств" and q.speaker is None


def test_unnamed_reporters_to_a_person_are_no_report():
    assert found("Ему доложили о пожаре на складе.") == ()


def test_tying_a_cause_to_an_effect():
    q = only("Экономисты связывают рост цен с неурожаем прошлого года.")
    assert q.text == "рост цен с неурожаем прошлого года"
    assert only("Аналитики связывают это с падением спроса.").text == "это с падением спроса"


def test_tying_with_the_subject_after_the_verb_is_no_report():
    assert found("Эти города связывает с морем старинный канал.") == ()


def test_seeing_a_judgement_in_something():
    q = only("Прокурор усмотрел в действиях чиновника признаки превышения полномочий.")
    assert q.text.endswith("признаки превышения полномочий") and q.cue.text == "усмотрел"


def test_predicting_a_post_for_someone():
    q = only("Журналисты прочат губернатору кресло министра.")
    assert q.text.endswith("кресло министра")


def test_author_aside_in_parentheses_ends_a_phrase_content():
    q = only("Тренер объявил о своем уходе из клуба (этого от него давно ждали болельщики) и уехал в отпуск.")
    assert q.text == "своем уходе из клуба"


def test_parenthesis_before_the_infinitive_stays_in_a_promise():
    q = found("Мэр пообещал в случае победы (выборы пройдут в мае) построить новый мост.")
    assert all("(" not in x.text or x.text.endswith("мост") for x in q)


def test_unnamed_suspicion_is_no_report():
    assert found("Его подозревают в получении взятки.") == ()


def test_an_unnamed_perfective_charge_is_an_act():
    assert found("Его обвинили в убийстве соседа.") == ()



def test_persuading_someone_to_do_a_thing():
    q = only("Адвокат упросил судью отложить заседание на неделю.")
    assert q.text.startswith("отложить заседание") and q.cue.text == "упросил"


def test_making_findings_public_and_dubbing_a_role():
    assert only("Прокурор озвучил выводы экспертизы.").text == "выводы экспертизы"
    assert found("Актриса озвучила главную героиню мультфильма.") == ()


def test_a_court_ruling_with_a_clause():
    q = only("Арбитражный суд постановил, что сделка была незаконной.")
    assert q.text == "сделка была незаконной" and q.cue.text == "постановил"


def test_voicing_a_concern_is_a_cue_phrase():
    q = only("Жители высказали озабоченность тем, что парк вырубят.")
    assert q.text == "парк вырубят" and q.cue.text == "высказали озабоченность"


def test_a_monarch_ordering_with_an_infinitive():
    q = only("Король повелел министрам восстановить разрушенный мост.")
    assert q.text.endswith("восстановить разрушенный мост") and q.cue.text == "повелел"
