"""Who speaks for a reporting verb: subjects, locatives, relative clauses."""
from ruarticle import extract
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def speakers(text):
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in extract(text).quotes]


def test_relative_clause_about_the_subjects_letter_reports_the_subjects_words():
    assert ("заявил", "Глава района Олег Зуев") in speakers(
        "Глава района Олег Зуев направил письмо жителям, в котором заявил, что мост починят.")


def test_impersonal_report_in_the_subjects_document_is_the_subjects():
    assert speakers("Минздрав опубликовал справку, в которой говорилось, что вакцина безопасна.") \
        == [("говорилось", "Минздрав")]


def test_impersonal_report_in_a_place_names_nobody():
    assert speakers("Министр приехал в город, в котором говорилось, что мост закроют.") \
        == [("говорилось", None)]


def test_genitive_source_runs_through_and():
    assert speakers("По данным полиции и спасателей, пострадавших нет.") \
        == [("По данным", "полиции и спасателей")]


def test_genitive_source_stops_before_and_with_a_nominative():
    assert speakers("По данным полиции и пострадавшие, и свидетели молчат.")[0][1] == "полиции"


def test_verb_after_a_comma_shares_the_subject_of_the_verb_before():
    assert ("объявила", "Министр") in speakers("Министр вышла к журналистам, объявила, что уходит в отставку.")


def test_verb_after_a_relative_clause_does_not_borrow_its_subject():
    assert speakers("Министр вышла к журналистам, которые объявили, что уходят.") == [("объявили", None)]


def test_verb_of_another_form_does_not_share_the_subject():
    assert speakers("Министр вышла к журналистам, объявили, что она уходит.") == [("объявили", None)]


def test_coordinated_verb_in_a_relative_clause_about_a_letter_is_the_writers():
    found = speakers("Актёр Пётр Сомов написал письмо в редакцию, в котором резко раскритиковал "
                     "мэра Ивана Зуева и обвинил его во лжи.")
    assert ("обвинил", "Актёр Пётр Сомов") in found


def test_coordinated_verb_after_an_object_without_a_subject_keeps_no_object_as_speaker():
    found = speakers("Письмо, в котором раскритиковали мэра Ивана Зуева и обвинили его во лжи, пропало.")
    assert all(speaker != "мэра Ивана Зуева" for _, speaker in found)


def test_place_of_an_event_before_a_relative_clause_is_no_speaker():
    assert speakers("В мэрии прошло совещание о ремонте дорог, на котором предложили "
                    "закрыть мост.") == [("предложили", None)]


def test_place_named_in_the_verbs_own_clause_speaks():
    assert speakers("В мэрии предложили закрыть мост на ремонт.") == [("предложили", "мэрии")]


def test_body_in_a_locative_after_a_plural_verb_is_the_source():
    found = speakers("Мост закроют на ремонт в мае. Об этом «Интерфаксу» сообщили в пресс-службе ведомства.")
    assert found == [("сообщили", "пресс-службе ведомства")]


def test_document_in_a_locative_after_a_plural_verb_is_not_the_source():
    found = speakers("Мост закроют в мае, сообщили в интервью ТАСС представители компании.")
    assert found == [("сообщили", "представители компании")]


def test_verb_after_odnako_and_a_concessive_insert_keeps_the_subject_before_it():
    found = speakers("Судьи суда, хотя и не признали «Дело Петрова» политическим, однако посчитали, "
                     "что права нарушены.")
    assert ("посчитали", "Судьи суда") in found


def test_verb_after_i_shares_the_subject_of_the_first_verb():
    assert ("сказал", "младший брат Пётр") in speakers("Позвонил младший брат Пётр и сказал, что приедет.")


def test_name_after_a_quoted_name_in_a_locative_is_the_addressee():
    found = speakers("В пресс-службе компании «Заря» РИА Новости сообщили, что мост закроют.")
    assert found == [("сообщили", "пресс-службе компании «Заря»")]


def test_persons_name_after_a_quoted_name_is_the_holder():
    found = speakers("По словам секретаря совета «Зари» Андрея Турова, мост закроют.")
    assert found == [("По словам", "секретаря совета «Зари» Андрея Турова")]


def test_name_in_straight_marks_opens_a_genitive_source():
    assert speakers('По данным "Ъ", мост закроют в мае.') == [("По данным", '"Ъ"')]


def test_a_cue_joined_by_а_across_a_time_phrase_shares_the_subject():
    q = only("Мэр Иван Петров закрыл рынок, а во вторник объявил о переносе ярмарки.")
    assert q.text == "переносе ярмарки" and q.speaker.text == "Мэр Иван Петров"


def test_a_cue_joined_by_и_across_a_comparative_shares_the_subject():
    q = only("Актриса Анна Белова покинула театр, и позднее назвала этот год худшим в карьере.")
    assert q.speaker.text == "Актриса Анна Белова"


def test_a_closing_impersonal_cue_takes_the_author_its_document_names():
    assert speakers("Мост закроют на ремонт, говорится в сообщении городской администрации.") \
        == [("говорится", "городской администрации")]
    assert speakers("Мост закроют на ремонт, говорится в пресс-релизе, подписанном мэром.") \
        == [("говорится", "мэром")]
    assert speakers("Ранее в опубликованном вчера докладе «Газеты недели» сообщалось, что мост закроют.") \
        == [("сообщалось", "«Газеты недели»")]


def test_a_closing_impersonal_cue_with_a_bare_document_names_nobody():
    assert speakers("Мост закроют на ремонт, говорится в сообщении.") == [("говорится", None)]
    assert speakers("Мост закроют на ремонт, говорится в заявлении, опубликованном вчера.") \
        == [("говорится", None)]


def test_a_relative_clause_opened_by_a_noun_or_preposition_is_stepped_over():
    assert speakers("Зуев, контракт которого с клубом истекает летом, заявил, что останется в команде.") \
        == [("заявил", "Зуев")]
    assert speakers("Анна Белова, с которой он работал много лет, считает, что он невиновен.") \
        == [("считает", "Анна Белова")]


def test_a_clause_with_a_noun_and_no_relative_is_not_stepped_over():
    assert speakers("Зуев, контракт истекает летом, заявил клуб, что продлевать его не станут.")[0][1] != "Зуев"


def test_inserts_in_a_row_between_subject_and_verb_are_stepped_over():
    text = ("Премьер-министр Иван Петров, выступая во вторник, 25 июня, перед депутатами, "
            "заявил, что уходит в отставку.")
    assert [q.speaker.name for q in extract(text).quotes] == ["Иван Петров"]


def test_a_name_set_off_by_commas_after_a_description_is_not_an_apposition_stepped_over():
    text = ("Соперник Ивана Петрова, владельца сети, Олег Зуев, управляющий фондом, "
            "выступил против сделки, полагая, что имеет права на бренд.")
    assert [q.speaker.name for q in extract(text).quotes] == ["Олег Зуев"]


def test_a_capitalised_name_read_as_a_verb_is_not_the_main_clause_s_verb():
    text = "После съезда Кернес покинул Украину, но вскоре вернулся, заявив о верности стране."
    assert [q.speaker.text for q in extract(text).quotes if q.speaker] == ["Кернес"]


def test_a_lowercase_main_verb_still_gives_the_gerund_its_subject():
    text = "Вчера депутат Олег Зуев покинул зал, заявив о несогласии с решением."
    assert [q.speaker.text for q in extract(text).quotes if q.speaker] == ["депутат Олег Зуев"]


def test_an_outlet_told_the_news_before_a_locative_source_is_not_the_source():
    assert speakers("Цены вырастут, сообщили РБК в управлении МВД России.") \
        == [("сообщили", "управлении МВД России")]
    assert speakers("Цены вырастут, рассказали «Интерфаксу» в пресс-службе МВД России.") \
        == [("рассказали", "пресс-службе МВД России")]


def test_an_outlet_after_a_bodys_genitive_is_the_one_told():
    assert speakers("В городском управлении транспорта ТАСС сообщили, что маршрут продлят.") \
        == [("сообщили", "городском управлении транспорта")]
    assert speakers("В департаменте образования Ufa1.ru сообщили, что школу откроют.") \
        == [("сообщили", "департаменте образования")]
    assert speakers("В пресс-службе МЧС ТАСС сообщили, что пожар потушен.") \
        == [("сообщили", "пресс-службе МЧС")]


def test_a_sites_address_after_a_company_noun_is_the_companys_name():
    assert speakers("В пресс-службе банка Kaspi.kz сообщили, что приложение заработает утром.") \
        == [("сообщили", "пресс-службе банка Kaspi.kz")]


def test_a_compound_preposition_is_no_locative_source():
    assert speakers("В ходе обыска задержанным сообщили, что дело передано в суд.") == [("сообщили", None)]
    assert speakers("В рамках проверки в прокуратуре сообщили, что нарушений нет.") == [("сообщили", "прокуратуре")]


def test_a_body_named_in_marks_after_v_is_the_speaker():
    from quoted import found
    q = [q for q in found("В «Теплосети» заявили, что отопление дадут к выходным.") if q.cue.text == "заявили"]
    assert q and q[0].speaker is not None and q[0].speaker.text == "«Теплосети»"


def test_a_document_in_marks_after_v_is_no_speaker():
    from quoted import found
    q = [q for q in found("В «Правилах перевозок» говорится, что багаж до десяти килограммов провозят бесплатно.")]
    assert all(q.speaker is None or "Правил" not in q.speaker.text for q in q)


def test_place_inside_a_relative_clause_about_the_accused_is_no_source():
    # "обвиняют" with no subject: the place belongs to the description of the accused
    assert speakers("Судью, который работает в Твери, обвиняют в том, что он брал взятки.") \
        == [("обвиняют", None)]


def test_concessive_clause_without_a_subject_shares_the_main_clauses():
    assert speakers("Мэр Ольга Орлова подписала указ, хотя всегда уверяла, что не станет этого делать.") \
        == [("уверяла", "Мэр Ольга Орлова")]


def test_concessive_clause_with_its_own_subject_keeps_it():
    assert speakers("Мэр Ольга Орлова подписала указ, хотя депутат заявил, что указ незаконен.") \
        == [("заявил", "депутат")]


def test_a_connective_between_и_and_the_cue_keeps_the_subject():
    qs = found("Экологи осмотрели берег, и в связи с этим высказали озабоченность тем, что река загрязнена.")
    assert any(q.text == "река загрязнена" and q.speaker and q.speaker.text == "Экологи" for q in qs)


def test_named_channel_is_the_subject_of_a_singular_cue():
    q = only("Телеграм-канал «Омск онлайн» пишет, что на улице Ленина прорвало трубу.")
    assert q.speaker.name == "Омск онлайн"


def test_site_with_a_latin_name_is_the_subject():
    q = only("Сайт Fontanka сообщает, что мост закроют на ремонт.")
    assert q.speaker.name == "Fontanka"


def test_channel_of_a_body_is_no_source_of_its_own():
    q = only("Канал ведомства сообщает, что мост закроют на ремонт.")
    assert q.speaker is None or q.speaker.name != "Канал ведомства"


def test_gerund_shares_the_subject_before_a_fronted_infinitive_and_its_object():
    q = only("Директор завода Олег Сомов ситуацию обсуждать отказался, сославшись на то, "
             "что проверка ещё идёт.")
    assert q.speaker.name == "Олег Сомов"


def test_authors_aside_is_no_clause_a_gerund_belongs_to():
    q = only("Напомним, что в 2019 году министр Андрей Лапин ушёл в отставку, пообещав "
             "помогать своему преемнику.")
    assert q.speaker.name == "Андрей Лапин"


def test_a_report_listed_after_a_clause_shares_the_first_speaker():
    qs = found("Губернатор Сидоров заявил, что мост откроют в мае, призвал водителей запастись терпением.")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("мост откроют в мае", "Губернатор Сидоров"), ("запастись терпением", "Губернатор Сидоров")]


def test_document_whose_relative_clause_names_who_wrote_it():
    q = only("В обращении, которое мэр города Олег Дронов направил жителям в пятницу, "
             "говорится, что отопление дадут к выходным.")
    assert q.speaker.name == "Олег Дронов"


def test_document_whose_relative_clause_names_no_one():
    q = only("В документе, который подписали в понедельник, говорится, что отопление дадут к выходным.")
    assert q.speaker is None


def test_an_outlet_told_in_the_dative_ends_a_fronted_body():
    # business press: "В пресс-службе X «Ведомостям» сообщили" names the outlet told
    assert speakers("В пресс-службе завода «Ведомостям» сообщили, что линия остановлена.") \
        == [("сообщили", "пресс-службе завода")]


def test_there_opening_a_plural_report_is_the_body_that_has_just_spoken():
    qs = found("Завод «Ромашка» остановит линию до конца месяца, сообщили в пресс-службе компании. "
               "Там также уточнили, что ремонт займет неделю.")
    assert (qs[-1].speaker.text, qs[-1].speaker.name) == ("Там", "Ромашка")


def test_there_as_a_place_with_someone_told_names_nobody():
    qs = found("Он поехал в Томск. Там ему рассказали, что завод закрыт.")
    assert qs[-1].speaker is None


def test_a_coordinated_cue_after_a_time_phrase_shares_the_subject_of_a_predicate():
    q = only("Бывший министр менее осторожен и уже в прошлом году открыто заявил о своих планах.")
    assert q.text == "своих планах" and q.speaker.text == "Бывший министр"


def test_a_report_at_the_subject_s_own_meeting_is_the_subject_s():
    q = only("Губернатор провёл совещание, на котором раскритиковал подрядчиков за срыв сроков.")
    assert (q.text, q.speaker.text) == ("подрядчиков за срыв сроков", "Губернатор")
    q = only("Министр провёл брифинг, где заявил, что цены снизятся.")
    assert q.speaker.text == "Министр"


def test_outlet_told_after_a_plural_verb_leaves_the_body_in_the_locative_speaking():
    text = "В МЧС сообщили ТАСС, что пожар локализован."
    assert [(q.speaker.text, q.speaker.name) for q in extract(text).quotes] == [("МЧС", "МЧС")]


def test_outlet_of_two_words_told_after_a_plural_verb_is_no_speaker():
    text = "В пресс-службе «Аэрофлота» сообщили РИА Новости, что рейсы выполняются по расписанию."
    assert [q.speaker.name for q in extract(text).quotes] == ["Аэрофлот"]


def test_outlet_told_in_a_city_names_no_speaker_from_the_city():
    text = "В Казани сообщили ТАСС, что проверка начата."
    assert [q.speaker.name for q in extract(text).quotes] != ["Казань"]


def test_a_quoted_nominative_name_after_a_body_noun_is_the_body():
    q = extract("В компании «Северная звезда» заявили, что предприятие работает.").quotes[0]
    assert q.speaker.name == "Северная звезда"


def test_a_quoted_outlet_after_a_body_noun_is_told():
    q = extract("В мэрии «Ъ» сообщили, что ремонт завершится.").quotes[0]
    assert q.speaker.text == "мэрии"


def test_a_thing_put_first_before_a_plural_verb_leaves_the_place_speaking():
    q = extract("В ОАХК «Барки Точик» ограничения объяснили тем, что уровень воды ниже нормы.").quotes[0]
    assert q.speaker.text == "ОАХК «Барки Точик»"


def test_a_verb_after_после_чего_shares_the_clauses_subject():
    q = extract("Министр выслушал доклад, после чего заявил, что реформа продолжится.").quotes[0]
    assert q.speaker.text == "Министр"
    q = extract("Парень поднёс к голове карабин, после чего крикнул «Ня! Пока!» и нажал на спуск.").quotes[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Ня! Пока!", "Парень")


def test_an_object_pronoun_after_a_place_is_no_owner_of_it():
    q = extract("В правительстве их назвали героями.").quotes[0]
    assert q.speaker.text == "правительстве"
    q = extract("В пресс-службе его компании сообщили, что он уволился.").quotes[0]
    assert q.speaker.text == "пресс-службе его компании"
