"""Reports led by a verb (quoting/reporting.py): the verb's complement (", что", a reason
after "тем, что", a question after "о том, как"), infinitive cues, namings in the passive and
the phrases the verbs' frames take. Fronted topics, closing attributions and a phrase's
speaker and extent have test files of their own. Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_proposal_with_an_infinitive_is_reported():
    q = only("Министерство предложило продлить льготы для фермеров.")
    assert q.text == "продлить льготы для фермеров"


def test_hope_with_an_infinitive_is_an_aim_not_a_report():
    assert found("Тренер надеется вернуть лидера команды к финалу.") == ()


def test_reason_after_тем_что():
    q = only("Мэр мотивировал отказ тем, что бюджет города исчерпан.")
    assert q.text == "бюджет города исчерпан"


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


def test_negated_report_of_a_question_is_no_quote():
    assert not found("Спортсменка не сообщила о том, какой клуб она выберет.")


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


def test_appeal_after_к():
    q = only("Лидер оппозиции призвал к досрочным выборам.")
    assert q.text == "досрочным выборам"


def test_future_announcement_is_no_quote():
    assert not found("Оператор объявит о запуске сети в понедельник.")


def test_request_after_a_long_addressee():
    q = only("Жители обратились к мэру и губернатору области с просьбой закрыть свалку.")
    assert q.text == "закрыть свалку"


def test_reason_given_for_это_in_a_gerund_clause():
    q = only("Рабочие прекратили забастовку, объяснив это заботой о своей безопасности.")
    assert q.text == "заботой о своей безопасности"


def test_incoming_reports_without_a_source_are_impersonal_speech():
    q = only("Поступают сообщения, что террористами был выпущен не снаряд, а ракета.")
    assert (q.cue.text, q.speaker, q.text) == ("Поступают сообщения", None, "террористами был выпущен не снаряд, а ракета")


def test_incoming_messages_without_a_clause_are_no_speech():
    assert found("В редакцию поступают сообщения от читателей.") == ()


def test_an_impersonal_naming_with_a_fronted_judgement():
    q = only("Причиной аварии названа ошибка диспетчера.")
    assert q.text == "Причиной аварии названа ошибка диспетчера" and q.speaker is None


def test_a_naming_after_someone_is_no_report():
    assert not found("Его именем названа улица в центре города.")


def test_a_superlative_naming_is_an_award():
    assert not found("Лучшим вратарём сезона назван Пётр Смирнов.")


def test_a_complaint_about_something_is_reported():
    q = only("Фермеры пожаловались на низкие закупочные цены.")
    assert q.text == "низкие закупочные цены"


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


def test_чтобы_after_a_thing_done_to_an_object_tells_why():
    assert found("Она отрезала прядь волос, чтобы сохранить её на память.") == ()


def test_чтобы_after_the_object_of_a_request_is_what_was_asked():
    assert only("Мэр попросил суд, чтобы заседание перенесли.").text == "заседание перенесли"


def test_в_связи_с_тем_что_gives_a_reason_not_what_was_said():
    qs = found("Тренер назвал игрока лучшим в команде в связи с тем, что тот забил пять голов.")
    assert all(not q.text.startswith("тот забил") for q in qs)


def test_people_listed_after_a_colon_say_nothing():
    assert found("На вопросы журналистов отвечали: командир экипажа Иван Петров, "
                 "бортинженер Олег Сидоров и врач Анна Белова.") == ()


def test_a_negated_statement_verb_reports_nothing():
    assert found("Однако полиция не уточняет, что причиной пожара стала проводка.") == ()


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


def test_a_mark_opened_before_что_leaves_the_clause_as_content():
    qs = found("Спортсмен подтвердил участие, сказав, «что готов принять вызов».")
    assert ("готов принять вызов", "сказав") in [(q.text, q.cue.text) for q in qs]


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


def test_confessing_to_a_deed_reports_it():
    q = only("Бывший мэр признался в получении взяток от застройщиков.")
    assert (q.text, q.cue.text) == ("получении взяток от застройщиков", "признался")


def test_determining_that_is_a_decision_not_a_report():
    assert found("Участники совещания определили, что новый офис откроется в Казани.") == ()


def test_a_judgement_before_a_colon_and_marks_is_reported_too():
    qs = found("Архитектор называет реконструкцию вокзала ошибкой: «Здание потеряло свой облик навсегда».")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "реконструкцию вокзала ошибкой"),
                                             ("direct", "Здание потеряло свой облик навсегда")]


def test_a_stressed_position_before_marks_only_introduces_them():
    qs = found("Посол подчеркнул позицию своей страны: «Мы не признаем этих выборов».")
    assert [q.kind for q in qs] == ["direct"]


def test_named_among_partners_with_a_reflexive_verb_is_the_whole_sentence():
    q = only("Среди главных партнёров страны назывались Китай и Индия.")
    assert q.text == "Среди главных партнёров страны назывались Китай и Индия"


def test_question_after_the_person_asked():
    q = only("Депутат Иван Серов спросил министра финансов, когда выплатят долги по зарплате.")
    assert q.text == "когда выплатят долги по зарплате"
    assert q.speaker.text == "Депутат Иван Серов"


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


def test_verb_and_noun_cue_of_a_proposal_made_to_someone():
    q = only("Фермеры обратились к правительству с предложением снизить налоги.")
    assert (q.text, q.speaker.text) == ("снизить налоги", "Фермеры")


def test_valuation_with_a_sum_is_reported():
    q = only("Аналитики банка оценили потери авиакомпании в 3 млрд рублей.")
    assert q.text == "потери авиакомпании в 3 млрд рублей" and q.cue.text == "оценили"


def test_rating_in_points_is_no_valuation():
    assert found("Жюри оценило выступление гимнастки в девять баллов.") == ()


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


def test_being_suspected_of_a_crime_is_no_report():
    assert not found("Власти подозревают двоих мужчин в поджоге склада.")
    assert only("Полиция заподозрила водителя в употреблении наркотиков.").cue.text == "заподозрила"
    assert only("Следователи подозревают, что у поджигателей были сообщники.").cue.text == "подозревают"


def test_an_order_given_with_велел():
    q = only("Президент велел министрам подготовить доклад к пятнице.")
    assert (q.text, q.cue.text) == ("подготовить доклад к пятнице", "велел")


def test_подтверждается_is_an_impersonal_cue():
    q = only("Подтверждается, что среди пострадавших есть двое детей.")
    assert q.text == "среди пострадавших есть двое детей" and q.speaker is None
    assert not found("Информация о пострадавших пока не подтверждается.")


def test_a_fact_that_guarantees_is_no_speaker():
    assert not found("Фонд владеет контрольным пакетом, а это гарантирует, что сделку одобрят.")


def test_остаётся_заключить_is_the_authors_aside():
    assert not found("Остаётся лишь заключить, что реформа провалилась.")
    assert not found("Остаётся добавить, что матч перенесли на осень.")


def test_an_outlet_told_the_news_may_have_a_dot_in_its_name():
    q = only("Водитель автобуса рассказал Rus.Postimees, что тормоза отказали на спуске.")
    assert q.text == "тормоза отказали на спуске" and q.speaker.text == "Водитель автобуса"


def test_naming_with_an_instrumental_adjective_judges_the_object():
    q = only("Оппозиция назвала итоги голосования сфальсифицированными.")
    assert q.text == "итоги голосования сфальсифицированными" and q.cue.text == "назвала"


def test_naming_judges_even_where_the_adjective_reads_as_a_dative():
    q = only("Посол назвал этот шаг недружественным.")
    assert q.text == "этот шаг недружественным"


def test_naming_deadlines_only_reveals_them():
    assert not found("Подрядчик назвал сроки окончания ремонта моста.")


def test_naming_deadlines_with_a_judgement_judges_them():
    q = only("Профсоюз назвал сроки перехода слишком сжатыми.")
    assert q.text == "сроки перехода слишком сжатыми"


def test_this_before_a_noun_opens_the_judged_object():
    q = only("Аналитик считает это снижение ставки запоздалым.")
    assert q.text == "это снижение ставки запоздалым"


def test_an_expressed_concern_with_its_matter_is_a_phrase_report():
    q = only("Наблюдатели выразили озабоченность в связи с подсчётом голосов.")
    assert (q.text, q.cue.text) == ("в связи с подсчётом голосов", "выразили озабоченность")
    # condolences name whom they were for, not what was said
    assert not found("Мэр выразил соболезнования семьям погибших.")


def test_praise_with_its_object_is_a_phrase_report_like_criticism():
    q = only("Тренер похвалил защитников за самоотверженность.")
    assert (q.text, q.cue.lemma) == ("защитников за самоотверженность", "похвалить")


def test_sharing_an_opinion_reports_what_it_is_about():
    q = only("Посол поделился мнением о статусе спорных островов.")
    assert (q.text, q.cue.text) == ("статусе спорных островов", "поделился мнением")


def test_reaching_a_conclusion_reports_it():
    q = only("Эксперты пришли к заключению, что пожар начался из-за проводки.")
    assert (q.text, q.cue.text) == ("пожар начался из-за проводки", "пришли к заключению")


def test_statements_coming_in_with_a_clause_report_it():
    q = only("Из министерства поступили заявления, что школу не закроют.")
    assert q.text == "школу не закроют"


def test_a_statement_filed_about_a_theft_is_a_complaint():
    assert found("В полицию поступило заявление о краже велосипеда.") == ()


def test_wanting_is_no_speech_act():
    assert found("Оппозиция желает проведения досрочных выборов.") == ()


def test_wishing_someone_well_is_one():
    q = only("Президент пожелал спортсменам успехов на Олимпиаде.")
    assert q.cue.text == "пожелал"


def test_a_neuter_fact_that_tells_is_no_speaker():
    assert found("Случившееся говорит о том, что правила безопасности нарушались годами.") == ()


def test_a_neuter_body_still_speaks():
    q = only("Министерство сообщило, что правила безопасности нарушались годами.")
    assert q.speaker.text == "Министерство"


def test_an_obligation_in_the_past_tense_is_still_no_report():
    assert found("Власти города должны были объявить о том, кто возглавит команду.") == ()


def test_news_on_a_named_site_is_its_report():
    q = only("Вчера на сайте городской газеты «Вестник» появилась информация о том, что мост "
             "закроют на ремонт.")
    assert q.text == "мост закроют на ремонт" and q.speaker.text == "сайте городской газеты «Вестник»"


def test_news_in_blogs_is_their_report():
    q = only("Кроме того, в блогах появилась информация о том, что фанаты готовят новую акцию.")
    assert q.text == "фанаты готовят новую акцию" and q.speaker.text == "блогах"


def test_how_it_feels_after_о_том_is_the_reported_question():
    q = only("Вратарь рассказал о том, каково это — десять лет спустя вернуться в родной клуб.")
    assert q.text == "каково это — десять лет спустя вернуться в родной клуб"


def test_a_suspicion_in_том_что_is_a_suspects_standing():
    assert not found("Задержан второй охранник, его подозревают в том, что он открыл ворота.")
    q = only("Полиция заподозрила водителя в том, что он был пьян.")
    assert q.text == "он был пьян"


def test_what_an_inquiry_found_is_reported_with_a_clause():
    q = only("Прокуратура установила, что подрядчик завысил стоимость работ.")
    assert q.text == "подрядчик завысил стоимость работ" and q.cue.text == "установила"
    assert only("Биологи выяснили, что лоси зимуют в долине.").text == "лоси зимуют в долине"


def test_finding_verbs_without_a_clause_report_nothing():
    assert found("Спортсменка установила новый мировой рекорд.") == ()
    assert found("Инспекторы выяснили причину задержки рейса.") == ()


def test_an_oath_of_loyalty_or_to_do_something_is_reported():
    assert only("Новобранцы клянутся в верности знамени полка.").text == "верности знамени полка"
    assert only("Тренер поклялся вывести команду в высшую лигу.").text == "вывести команду в высшую лигу"


def test_characterising_someone_as_something():
    q = only("Соседи характеризуют фермера как спокойного и работящего человека.")
    assert q.text == "фермера как спокойного и работящего человека"


def test_a_disposal_with_an_infinitive_is_an_act():
    assert found("Судья распорядился освободить обвиняемого из-под стражи.") == ()


def test_calling_something_in_question_is_reported():
    q = only("Аудиторы поставили под сомнение расчёты подрядчика.")
    assert (q.text, q.cue.text) == ("расчёты подрядчика", "поставили под сомнение")
    assert found("Новые факты ставят под сомнение версию обвинения.") == ()


def test_rarer_verbs_of_saying_report_a_clause_only():
    assert only("Прораб обмолвился, что сроки сдачи сорваны.").text == "сроки сдачи сорваны"
    assert only("Синоптики предрекают, что весна будет ранней.").text == "весна будет ранней"
    assert found("Библиотека дополнила фонд редкими книгами.") == ()
    assert found("Жалеем и сожалеем, что не приехали.") == ()


def test_a_verb_saying_the_speaking_began_or_went_on_leads_a_phrase_report():
    q = only("Фермеры стали требовать компенсации за потоп.")
    assert (q.text, q.cue.text, q.speaker.text) == ("компенсации за потоп", "стали требовать", "Фермеры")
    assert only("Соседи продолжают жаловаться на запах.").text == "запах"


def test_a_decision_to_speak_is_no_report():
    assert found("Директор решил объявить о закрытии филиала.") == ()
    assert found("Жильцы станут требовать перерасчёта.") == ()


def test_an_infinitive_report_is_spoken_by_its_governors_subject():
    q = only("Директор поспешил заверить, что зарплаты выплатят вовремя.")
    assert (q.text, q.speaker.text) == ("зарплаты выплатят вовремя", "Директор")


def test_a_participle_standing_for_a_person_speaks_a_clause():
    q = only("Пострадавший заявил, что водитель скрылся.")
    assert (q.text, q.speaker.text) == ("водитель скрылся", "Пострадавший")


def test_confirming_a_standing_keeps_it_and_says_nothing():
    assert found("Борец подтвердил титул чемпиона Европы.") == ()
    assert found("Агентство подтвердило рейтинг банка на прежнем уровне.") == ()
    assert only("Пресс-служба подтвердила отставку тренера.").text == "отставку тренера"


def test_keeping_to_a_statement_reports_what_it_said():
    q = only("Представитель Еврокомиссии Лаура Бертини ограничилась заявлением о том, что Брюссель "
             "«следит за ситуацией».")
    assert q.cue.text == "ограничилась заявлением" and q.text == "Брюссель «следит за ситуацией»"
