"""The quotations stage, one rule per test, on sentences written for these tests."""
from ruarticle import Article, extract, quotes
from ruarticle.records import Entity, Mention, Role
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_offsets_point_into_the_original_text():
    text = "Министр заявил: «Мы построим мост через реку». Работы начнутся весной."
    for q in found(text):
        assert text[q.start:q.end] == q.text
        assert text[q.cue.start:q.cue.end] == q.cue.text
        assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_direct_attribution_after_the_marks():
    q = only("«Мы готовы к переговорам и ждём ответа», — сказал Иван Петров.")
    assert (q.kind, q.text) == ("direct", "Мы готовы к переговорам и ждём ответа")
    assert (q.cue.text, q.cue.lemma) == ("сказал", "сказать")
    assert q.speaker.text == "Иван Петров"


def test_direct_attribution_before_a_colon():
    q = only("Глава компании Ольга Смирнова заявила: «Прибыль выросла вдвое за год».")
    assert q.kind == "direct" and q.text == "Прибыль выросла вдвое за год"
    assert q.speaker.name == "Ольга Смирнова"


def test_interrupted_utterance_is_two_quotes_with_one_speaker():
    qs = found("«Первая часть ответа, — сказал Сергей Орлов. — Вторая часть ответа».")
    assert [q.text for q in qs] == ["Первая часть ответа", "Вторая часть ответа"]
    assert {q.speaker.text for q in qs} == {"Сергей Орлов"}


def test_dialogue_dash_paragraph():
    q = only("— Мы откроем школу в сентябре, — сообщил мэр города.")
    assert q.kind == "direct" and q.text == "Мы откроем школу в сентябре"
    assert q.speaker.text == "мэр города"


def test_nested_marks_stay_inside_the_content():
    q = only("«Мы продали акции „Газпрома“ ещё весной», — пояснил аналитик Павел Зуев.")
    assert q.text == "Мы продали акции „Газпрома“ ещё весной"


def test_straight_marks():
    q = only('"Решение принято окончательно", - заявил судья Антон Белов.')
    assert q.text == "Решение принято окончательно"


def test_names_in_marks_are_not_quotes():
    assert found("Команда «Барыс» обыграла «Сибирь», а журнал «Огонёк» вышел в пятницу.") == ()


def test_scare_quotes_are_not_quotes():
    assert found("Так называемые «эксперты» опять ошиблись в прогнозах на урожай.") == ()


def test_indirect_with_chto():
    q = only("Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.")
    assert (q.kind, q.text, q.cue.text) == ("indirect", "бюджет будет исполнен", "заявил")
    assert q.speaker.text == "Министр финансов Антон Силуанов"
    assert q.speaker.name == "Антон Силуанов"


def test_indirect_with_o_tom_chto():
    q = only("Губернатор сообщил о том, что дороги отремонтируют к осени.")
    assert q.text == "дороги отремонтируют к осени"


def test_indirect_with_a_colon():
    q = only("Врач отметил: пациент идёт на поправку.")
    assert q.text == "пациент идёт на поправку"


def test_phrase_complement():
    q = only("Президент Франции Эмманюэль Макрон назвал арест журналиста нарушением прав человека.")
    assert q.text == "арест журналиста нарушением прав человека"
    assert q.cue.lemma == "назвать"


def test_directive_takes_the_infinitive():
    q = only("Тренер Олег Ким попросил судью остановить бой.")
    assert q.text == "остановить бой"


def test_po_slovam():
    q = only("По словам Марии Ивановой, выставка откроется в мае.")
    assert q.text == "выставка откроется в мае"
    assert q.cue.text == "По словам" and q.speaker.text == "Марии Ивановой"
    assert q.speaker.name == "Мария Иванова"


def test_hedge_without_a_source_is_not_a_quote():
    assert found("По предварительным данным, пожар начался из-за проводки.") == ()


def test_kak_soobshchil():
    q = only("Как сообщил глава района Пётр Лосев, мост закроют на ремонт.")
    assert q.text == "мост закроют на ремонт" and q.cue.text == "Как сообщил"


def test_trailing_media_attribution():
    q = only("В городе открылся новый вокзал, сообщает ТАСС.")
    assert q.text == "В городе открылся новый вокзал"
    assert q.speaker.text == "ТАСС" and q.cue.lemma == "сообщать"


def test_ob_etom_points_back_to_the_previous_sentence():
    qs = found("Завод остановил выпуск машин. Об этом сообщила пресс-служба предприятия.")
    assert len(qs) == 1
    assert qs[0].text == "Завод остановил выпуск машин"
    assert qs[0].speaker.text == "пресс-служба предприятия"


def test_impersonal_cue_has_no_speaker():
    q = only("Сообщается, что поезд задержится на два часа.")
    assert q.text == "поезд задержится на два часа" and q.speaker is None


def test_pronoun_takes_the_latest_fitting_person():
    text = ("Анна Козлова возглавила фонд. Она рассказала, что фонд поможет больницам.")
    q = only(text)
    assert q.speaker.text == "Она" and q.speaker.name == "Анна Козлова"


def test_block_quote_with_a_trailing_attribution_line():
    text = ("Заголовок статьи о встрече\n\n"
            "Мы готовы работать вместе над этой задачей и дальше,\n\n"
            "подчеркнул министр Иван Носов.\n\nДругие новости дня здесь.")
    q = only(text)
    assert q.kind == "block"
    assert q.text == "Мы готовы работать вместе над этой задачей и дальше"
    assert q.speaker.text == "министр Иван Носов" and q.cue.text == "подчеркнул"


def test_block_quote_after_a_colon_line():
    text = ("Заголовок статьи о фестивале\n\nДиректор фестиваля Ирина Лис сказала:\n"
            "Мы ждём гостей со всего мира. Программа будет богатой.\n\nБилеты уже в продаже.")
    q = only(text)
    assert q.kind == "block" and q.text.startswith("Мы ждём гостей")
    assert q.speaker.name == "Ирина Лис"


def test_a_report_by_he_inside_a_block_quote_is_a_quote_of_its_own():
    text = ("Заголовок статьи о последнем звонке\n\nВдова писателя Анна Лис рассказала:\n"
            "Мы говорили накануне вечером. Он сказал, что закончит роман к весне. "
            "Я ему поверила.\n\nПрощание состоится в пятницу.")
    quotes = found(text)
    assert [q.kind for q in quotes] == ["block", "indirect"]
    assert quotes[1].text == "закончит роман к весне" and quotes[1].speaker.text == "Он"


def test_the_quoted_persons_own_report_inside_a_block_stays_in_it():
    text = ("Заголовок статьи о последнем звонке\n\nВдова писателя Анна Лис рассказала:\n"
            "Мы говорили накануне вечером. Я сказала, что буду ждать его к ужину. "
            "Он не пришёл.\n\nПрощание состоится в пятницу.")
    assert [q.kind for q in found(text)] == ["block"]


def test_each_paragraph_of_a_speech_run_takes_the_one_attribution():
    text = ("Заголовок статьи о переговорах\n\n"
            "Подобные шаги не останутся без ответа. Мы будем вынуждены принимать меры.\n\n"
            "Мы неоднократно предупреждали об этом наших партнеров,\n\n"
            "подчеркнул министр Иван Носов.\n\nПереговоры продолжатся в январе.")
    quotes = found(text)
    assert [q.kind for q in quotes] == ["block", "block"]
    assert {q.speaker.name for q in quotes} == {"Иван Носов"}


def test_headline_source_shaped_like_a_surname_the_dictionary_misreads():
    q = found("Токаев: Мы должны обеспечить доступность образования\nПрезидент выступил в Астане.")[0]
    assert q.kind == "direct" and q.speaker.text == "Токаев"


def test_headline_source_colon_convention():
    q = found("Кисин: Продолжайте помнить о трагедии\nПианист выступил в Ереване.")[0]
    assert q.kind == "direct" and q.text == "Продолжайте помнить о трагедии"
    assert q.cue is None and q.speaker.text == "Кисин"


def test_headline_source_may_be_a_common_noun_that_tells():
    q = found("Эксперты: Цены на жильё продолжат расти\nАналитики опубликовали доклад.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("indirect", "Цены на жильё продолжат расти", "Эксперты")


def test_post_resolves_to_the_entity_holding_it():
    text = "Премьер-министр Алихан Смаилов прибыл в Пекин. Ситуация в регионе стабильна, отметил премьер-министр."
    layout = extract(text)
    person = Entity("E1", "PER", "person", "Алихан Смаилов", "KZ",
                    (Mention(16, 30, "Алихан Смаилов", "Алихан Смаилов"),),
                    (Role("премьер-министр", None, "KZ", 0, 15, "Премьер-министр"),))
    qs = quotes.find(text, layout.paragraphs, layout.sentences, (person,))
    assert qs[0].speaker.text == "премьер-министр"
    assert (qs[0].speaker.entity, qs[0].speaker.name) == ("E1", "Алихан Смаилов")


def test_speaker_mention_overlapping_an_entity():
    text = "Глава МИД Сергей Лавров заявил, что переговоры продолжатся."
    layout = extract(text)
    person = Entity("E7", "PER", "person", "Сергей Лавров", "RU",
                    (Mention(10, 23, "Сергей Лавров", "Сергей Лавров"),))
    q = quotes.find(text, layout.paragraphs, layout.sentences, (person,))[0]
    assert (q.speaker.entity, q.speaker.name) == ("E7", "Сергей Лавров")


def test_pronoun_resolves_to_an_entity_of_matching_gender():
    text = "Ольга Орлова и Пётр Орлов приехали. По её словам, дорога была долгой."
    layout = extract(text)
    olga = Entity("E1", "PER", "person", "Ольга Орлова", None, (Mention(0, 12, "Ольга Орлова", "Ольга Орлова"),))
    petr = Entity("E2", "PER", "person", "Пётр Орлов", None, (Mention(15, 25, "Пётр Орлов", "Пётр Орлов"),))
    q = quotes.find(text, layout.paragraphs, layout.sentences, (olga, petr))[0]
    assert q.speaker.entity == "E1"


def test_quotes_across_razdel_sentence_breaks_are_one_quote():
    q = only("«Мы довольны результатами. Рост продолжится», — сказал Лавров.")
    assert q.text == "Мы довольны результатами. Рост продолжится"


def test_a_condition_is_not_a_report():
    assert found("Если участник заявляет о наличии диплома, он должен его показать.") == ()


def test_the_name_li_is_not_the_particle():
    q = only("Со своей стороны, Ли Кэцян отметил, что торговля растёт.")
    assert q.speaker.text == "Ли Кэцян"


def test_nested_belief_stays_inside_the_report():
    q = only("Министр Олег Попов заявил, что знает о проблеме и надеется, что её решат.")
    assert q.text == "знает о проблеме и надеется, что её решат"


def test_quoted_addressee_before_chto():
    q = only("Анна Орлова сообщила «Интерфаксу», что суд назначен на май.")
    assert q.text == "суд назначен на май" and q.speaker.text == "Анна Орлова"


def test_gerund_shares_the_subject_of_its_verb():
    qs = found("Компания Bayer подала апелляцию, заявив, что решение суда ошибочно.")
    assert qs[-1].text == "решение суда ошибочно"
    assert qs[-1].speaker.text == "Компания Bayer"


def test_verb_and_noun_cue():
    q = only("Газета привела слова соседа, что дом пустовал много лет.")
    assert q.cue.text == "привела слова" and q.cue.lemma == "привести слово"
    assert q.text == "дом пустовал много лет"


def test_reported_question():
    q = only("Мать спросила, всё ли хорошо с детьми.")
    assert q.text == "всё ли хорошо с детьми" and q.cue.lemma == "спросить"


def test_fronted_topic_reports_the_fact():
    q = only("О смерти актёра сообщила его дочь.")
    assert q.text == "смерти актёра" and q.speaker.text == "его дочь"


def test_fronted_topic_of_a_talk_is_not_a_report():
    assert found("О своих планах Лужков рассказал в интервью.") == ()


def test_attribution_inserted_mid_sentence_keeps_the_whole_sentence():
    q = only("Через десять дней, обещает Дмитрий Бертман, зрители увидят новую оперу.")
    assert q.text == "Через десять дней, обещает Дмитрий Бертман, зрители увидят новую оперу"
    assert q.speaker.name == "Дмитрий Бертман"


def test_a_colon_line_is_not_a_closing_attribution():
    assert found("В сообщении Белого дома, выпущенном в воскресенье, говорится:") == ()


def test_hyphen_as_a_dash_before_a_closing_attribution():
    q = only("Прокуратурой возбуждено уголовное дело - сообщил прокурор района Василий Кричун.")
    assert q.text == "Прокуратурой возбуждено уголовное дело"
    assert q.speaker.name == "Василий Кричун"


def test_short_quoted_sentence_with_a_verb_is_speech():
    q = only("В субботу он заявил журналистам: «Мы вернём себе страну».")
    assert q.kind == "direct" and q.text == "Мы вернём себе страну"


def test_source_phrase_interrupted_by_a_preposition():
    q = only("По мнению члена комитета Совфеда по обороне Валерия Шнякина, премия налагает ответственность.")
    assert q.text == "премия налагает ответственность"
    assert q.speaker.name == "Валерий Шнякин"


def test_attribution_inside_marks_is_not_a_separate_report():
    qs = found("«Я очень надеюсь, — говорит Андреа Падован, — что к нам присоединятся другие».")
    assert [q.kind for q in qs] == ["direct", "direct"]


def test_apposition_between_subject_and_verb():
    q = only("Валерий Зорькин, председатель Конституционного суда, заявил, что переезд нежелателен.")
    assert q.speaker.name == "Валерий Зорькин"


def test_an_object_after_a_trailing_verb_is_no_source():
    assert all(q.speaker is None or q.speaker.text != "сомнения" for q in
               found("Председатель суда Валерий Зорькин, по мнению журналистов, высказал сомнения."))


def test_gerund_takes_the_main_clause_subject():
    qs = found("Иван Петров выступил против того, чтобы слово ушло к другим, полагая, что имеет на него права.")
    assert qs and qs[-1].speaker.text == "Иван Петров"


def test_block_after_a_colon_line_the_structure_left_as_body():
    text = ("Заголовок статьи о театре\n\n"
            "А спустя десять дней, обещает режиссёр Дмитрий Бертман, зрители увидят новое зрелище:\n"
            "12 февраля мы представим семейный спектакль, яркую костюмную сказку.\n\nБилеты в кассах.")
    kinds = {q.kind: q for q in found(text)}
    assert kinds["block"].text.startswith("12 февраля мы представим")
    assert kinds["block"].speaker.name == "Дмитрий Бертман"


def test_narrative_after_a_lost_quote_is_not_a_block():
    text = ("Заголовок статьи о переговорах\n\nПрезидент Пётр Иванов рассказал, что переговоры идут:\n\n\n"
            "Ранее министр Павел Климкин назвал освобождение пленных вопросом недель.\n\nКонец.")
    assert all(q.kind != "block" for q in found(text))


def test_author_goes_on_after_a_blank_where_the_speech_was():
    text = ("Заголовок статьи о концерте\n\nДиректор театра Анна Белова сказала журналистам:\n\n\n"
            "Премьера спектакля состоялась в Казани неделю назад при полном зале.\n\nКонец.")
    assert all(q.kind != "block" for q in found(text))


def test_an_encyclopedia_lead_after_a_blank_is_the_author_going_on():
    text = ("Заголовок статьи о драматурге\n\nВ своём микроблоге премьер написал:\n\n\n"
            "Иван Петров (, 24 марта 1926 года, Тверь) — русский драматург, режиссёр.\n\nКонец.")
    assert all(q.kind != "block" for q in found(text))


def test_a_press_release_naming_its_own_body_after_an_impersonal_colon_line_is_a_block():
    text = ("Заголовок статьи о проверке\n\nВедомство разослало компаниям письма. "
            "Об этом сообщается на сайте ведомства:\n\n"
            "Минцифры напоминает владельцам сайтов о необходимости до 1 марта сдать отчёты\n\n"
            "Проверка продлится месяц.")
    blocks = [q for q in found(text) if q.kind == "block"]
    assert [q.text for q in blocks] == ["Минцифры напоминает владельцам сайтов о необходимости до 1 марта сдать отчёты"]


def test_a_persons_narrative_after_a_blank_is_still_the_authors():
    text = ("Заголовок статьи о проверке\n\nМинистр Иван Лис сказал журналистам:\n\n"
            "Минцифры напоминает владельцам сайтов о необходимости до 1 марта сдать отчёты.\n\n"
            "Проверка продлится месяц.")
    assert all(q.kind != "block" for q in found(text))


def test_a_documents_words_after_a_blank_stay_a_block():
    text = ("Заголовок статьи о пожаре\n\nВ сообщении пресс-службы ведомства говорится:\n\n\n"
            "Причиной пожара стало замыкание проводки в подсобном помещении.\n\nКонец.")
    assert [q.kind for q in found(text)] == ["block"]


def test_pipeline_records_round_trip():
    article = extract("«Мы готовы к переговорам и ждём ответа», — сказал Иван Петров.")
    assert Article.from_dict(article.to_dict()) == article
    assert article.to_dict()["quotes"][0]["speaker"]["name"] == "Иван Петров"


def test_negated_cue():
    q = only("Эксперты не исключают, что канал закроется до конца года.")
    assert q.cue.text == "не исключают" and q.text == "канал закроется до конца года"


def test_pointing_verb_takes_what_follows_na():
    q = only("Судья Зорькин указывал на возможные персональные трудности.")
    assert q.text == "возможные персональные трудности"


def test_a_place_is_no_speaker_of_a_singular_verb():
    qs = found("Керри сделал остановку в Кабуле, где в беседе с журналистами отметил, что момент критический.")
    assert qs and (qs[0].speaker is None or qs[0].speaker.text != "Кабуле")


def test_fronted_that_clause_before_a_closing_attribution():
    q = only("О том, что телеканал должен ему 8 млн рублей, заявил совладелец канала Артур Перепёлкин.")
    assert q.text == "телеканал должен ему 8 млн рублей"
    assert q.speaker.name == "Артур Перепёлкин"


def test_lowercase_media_domain_as_a_source():
    q = only("В этом году композитор не будет в жюри конкурса, сообщает baltinfo.ru.")
    assert q.speaker.text.startswith("baltinfo")


def test_zero_subject_continues_the_previous_speaker():
    text = ("Заголовок о визите министра\n\nМинистр Олег Попов заявил, что визит прошёл успешно.\n\n"
            "Также отметил, что переговоры продолжатся в мае.")
    qs = found(text)
    assert qs[-1].text == "переговоры продолжатся в мае"
    assert qs[-1].speaker.name == "Олег Попов"


def test_closing_attribution_followed_by_a_gerund_report():
    qs = found("Король перенёс операцию в Париже, сообщило агентство MAP, добавив, что он здоров.")
    assert qs[0].text == "Король перенёс операцию в Париже" and qs[0].speaker.text == "агентство MAP"
    assert qs[1].text == "он здоров" and qs[1].speaker.text == "агентство MAP"


def test_two_posts_of_one_speaker():
    q = only("Канал должен ему денег, заявил глава компании и совладелец канала Артур Перепёлкин.")
    assert q.speaker.text == "глава компании и совладелец канала Артур Перепёлкин"


def test_naming_verb_with_kak_reports_a_judgement():
    q = only("Процесс, который он охарактеризовал как политически мотивированный, завершился.")
    assert q.text.startswith("как политически мотивированный")
    assert q.cue.lemma == "охарактеризовать"


def test_date_between_a_closing_cue_and_its_source():
    q = only("Отставка министра была принята, пишет 9 сентября газета «Коммерсантъ».")
    assert q.text == "Отставка министра была принята"
    assert q.speaker.name == "Коммерсантъ"


def test_topic_before_a_colon_is_no_quote_beside_the_speech_it_introduces():
    text = ("Томлинсон рассказывал о своих первых письмах:\n\n"
            "Эти сообщения были совершенно незапоминающимися, поэтому я их забыл.")
    qs = found(text)
    assert [q.kind for q in qs] == ["block"]


def test_believed_by_a_body_reports_its_view():
    q = only("Судьи посчитали, что Россия нарушила права заявителей.")
    assert (q.text, q.cue.lemma) == ("Россия нарушила права заявителей", "посчитать")


def test_quoted_name_after_a_proper_name_is_not_the_speaker():
    text = "В группе Института Пушкина «ВКонтакте» сообщили, что профессор умер."
    q = only(text)
    assert q.speaker is None or q.speaker.name != "ВКонтакте"


def test_authorities_of_a_place_speak_for_it():
    q = only("Власти Палестинской автономии заявили, что проведут эксгумацию.")
    assert q.speaker.name == "Палестинская автономия"


def test_negated_infinitive_is_the_promise():
    q = only("Нода пообещал не сдаваться и уже на второй встрече сумел уговорить соперника.")
    assert q.text == "не сдаваться"


def test_particle_before_the_topic_of_an_impersonal_report():
    q = only("В сообщении НАТО говорилось только о ранении нескольких солдат.")
    assert q.text.startswith("ранении нескольких солдат")


def test_short_shout_in_marks_is_direct_speech():
    q = only("Свидетели слышали, как мужчина кричит «Аллах Акбар».")
    assert (q.kind, q.text, q.cue.lemma) == ("direct", "Аллах Акбар", "кричать")


def test_according_after_a_full_stop_razdel_missed_starts_its_own_content():
    q = only("Он вернулся в ведомство в 2006г. По данным издания, именно он готовил доклады министра.")
    assert q.text == "именно он готовил доклады министра"


def test_reported_clause_ends_where_the_author_turns_with_odnako():
    q = only("Сначала сообщалось, что писатель попал в больницу, однако позже это опровергли.")
    assert q.text == "писатель попал в больницу"


# --- single sentences and less common forms -----------------------------------------

def test_according_to_with_a_two_word_statement():
    q = only("По словам эксперта, цены вырастут.")
    assert (q.text, q.speaker.text, q.cue.text) == ("цены вырастут", "эксперта", "По словам")


def test_as_reported_by_with_a_short_statement():
    q = only("Как сообщает Интерфакс, пожар потушен.")
    assert (q.text, q.speaker.text) == ("пожар потушен", "Интерфакс")


def test_closing_attribution_after_two_words():
    q = only("Пожар потушен, сообщает ТАСС.")
    assert (q.text, q.speaker.text, q.cue.text) == ("Пожар потушен", "ТАСС", "сообщает")


def test_plural_closing_cue_with_a_locative_source():
    q = only("Пожар потушен, сообщили в МЧС.")
    assert q.speaker.text == "МЧС"


def test_addressee_after_the_speaker_is_not_part_of_it():
    q = only("«Мы готовы к переговорам», — сказал Песков журналистам.")
    assert q.speaker.text == "Песков"


def test_quoted_addressee_before_the_speaker_is_skipped():
    q = only("Цены вырастут к осени, рассказал «Вестям» один из участников встречи.")
    assert q.speaker.text == "один из участников встречи"


def test_quoted_addressee_before_that_clause():
    q = only("Глава партии Андрей Лосев заявил «Вестям», что позиции у партии нет.")
    assert q.text == "позиции у партии нет"


def test_soglasno_with_a_speech_noun():
    q = only("Согласно заявлению министерства, посол был вызван для объяснений.")
    assert (q.cue.text, q.text) == ("Согласно заявлению", "посол был вызван для объяснений")


def test_soglasno_with_a_document_is_no_quote():
    assert not found("Согласно уставу, генсек должен быть старше сорока лет.")


def test_adjective_between_po_and_its_noun():
    q = only("По неофициальным данным агентства, министр подал в отставку.")
    assert q.cue.text == "По неофициальным данным" and q.speaker.text == "агентства"


def test_according_insert_after_words_of_the_statement_takes_the_whole_sentence():
    text = "Всего, по сообщениям правозащитников, задержано более тридцати человек."
    q = only(text)
    assert q.text == text[:-1]


def test_stance_adjective_with_that_clause():
    q = only("Эксперт уверен, что кризис закончится через год.")
    assert (q.text, q.cue.text, q.speaker.text) == ("кризис закончится через год", "уверен", "Эксперт")


def test_stance_adjective_without_clause_is_no_quote():
    assert not found("Тренер уверен в победе своей команды.")


def test_directive_with_an_infinitive():
    q = only("Губернатор поручил правительству подготовить новый законопроект.")
    assert q.cue.lemma == "поручить" and q.text.endswith("подготовить новый законопроект")


def test_reported_question_after_obyasnil():
    q = only("Глава Минфина объяснил, как будет устроена новая система.")
    assert q.text == "как будет устроена новая система"


def test_judgement_with_an_instrumental():
    q = only("Частный детектив объявил смерть певицы убийством.")
    assert (q.text, q.cue.lemma) == ("смерть певицы убийством", "объявить")


def test_announcing_an_event_is_no_judgement():
    assert not found("Мэр объявил конкурс на лучший проект.")


def test_back_reference_inside_one_sentence():
    q = only("Певица была убита: об этом заявил частный детектив Пол Хьюбл.")
    assert (q.text, q.speaker.text) == ("Певица была убита", "частный детектив Пол Хьюбл")


def test_back_reference_given_alone_points_at_its_own_word():
    q = only("Об этом представители МОК сообщили в понедельник.")
    assert (q.text, q.speaker.text, q.cue.text) == ("этом", "представители МОК", "сообщили")


def test_piece_of_a_longer_quote_without_its_opening_mark():
    q = only("Итоги соревнований показали, что смена растёт», — отметил судья Николай Крюков.")
    assert q.kind == "direct" and q.text == "Итоги соревнований показали, что смена растёт"
    assert q.speaker.text == "судья Николай Крюков"


def test_piece_of_a_longer_quote_without_its_closing_mark():
    q = only("Свидетель сказал: «Женщина приехала к нам на свадьбу и начала кричать.")
    assert q.kind == "direct" and q.text.startswith("Женщина приехала")
    assert q.cue.text == "сказал"


def test_dash_turn_in_the_first_person_is_direct_speech():
    q = only("— Возможно, когда ситуация улучшится, я приму другое решение.")
    assert q.kind == "direct" and q.speaker is None


def test_dash_list_item_is_no_speech():
    assert not found("— снижение налогов для малого бизнеса;")


def test_short_speech_after_a_colon():
    q = only("Трамп написал в соцсети: «Это величайшая победа».")
    assert (q.kind, q.text) == ("direct", "Это величайшая победа")


def test_title_after_a_non_speech_colon_is_no_quote():
    assert not found("Он прочитал книгу: «Война и мир».")


def test_as_explained_in_a_body():
    q = only("Как пояснили в ведомстве, проверка продлится месяц.")
    assert q.speaker.text == "ведомстве"


def test_as_reported_from_a_body():
    q = only("Как сообщили из федеральной прокуратуры, подозреваемые задержаны.")
    assert q.speaker.text == "федеральной прокуратуры"


def test_impersonal_passive_as_announced():
    q = only("Как было объявлено, президент прибыл в Вашингтон.")
    assert q.speaker is None and q.text == "президент прибыл в Вашингтон"


def test_abbreviated_news_source_gets_its_full_name():
    q = only("Министр подал в отставку, сообщает «Ъ».")
    assert q.speaker.name == "Коммерсантъ"


def test_judging_verb_announcing_a_thing_is_no_quote():
    assert not found("Власти объявили тендер на ремонт фонтана «Золотой колос».")


def test_embassy_is_an_organisation_speaker():
    q = only("Посольство Франции считает, что инцидент исчерпан.")
    assert q.speaker.name == "Посольство Франции"


def test_named_addressee_before_the_speaker_is_skipped():
    q = only("Министр уволен с 20 июня, сообщил Интерфакс представитель облправительства.")
    assert q.speaker.text == "представитель облправительства"


def test_source_stops_before_a_name_in_the_nominative():
    q = only("По сведениям некоторых изданий Кинчев находится в реанимации.")
    assert q.speaker.text == "некоторых изданий" and q.text == "Кинчев находится в реанимации"


def test_capitalised_speech_noun_is_part_of_a_name():
    assert not found("Обложку запретил Комитет по Оценке СМИ в ноябре прошлого года.")


def test_quoted_title_in_an_oblique_case_is_named_in_the_nominative():
    q = only("По данным «Вестей», музыкант находится в реанимации.")
    assert q.speaker.name == "Вести"


def test_pronoun_takes_the_nearest_person_whose_gender_is_unknown():
    text = ("Глава администрации Махмуд Аббас принял отставку. "
            "Бывший ректор Рами Хамдалла сформировал правительство. "
            "Он заявил, что кабинет проработает до августа.")
    article = extract(text)
    rami = next(e for e in article.entities
                if any(m.start == text.index("Рами") for m in e.mentions))
    assert article.quotes[-1].speaker.entity == rami.id


def test_fronted_topic_with_a_plural_looking_name():
    q = only("О смерти Мендонсы сообщила его дочь.")
    assert (q.text, q.speaker.text) == ("смерти Мендонсы", "его дочь")


def test_coordinated_cue_after_and_plus_adverb():
    qs = found("Агентство признало, что ситуация беспрецедентна, и поэтому потребовало новых мер.")
    assert [q.text for q in qs] == ["ситуация беспрецедентна", "новых мер"]


def test_abbreviation_speaker_keeps_its_name():
    q = only("МОК признал, что ситуация беспрецедентна.")
    assert q.speaker.name == "МОК"


def test_well_known_abbreviation_speaker_takes_the_full_name():
    q = only("ВАДА признало, что ситуация беспрецедентна.")
    assert q.speaker.name == "Всемирное антидопинговое агентство"


def test_negated_question_verb_reports_nothing():
    assert not found("Министр не уточнил, когда новая банкнота выйдет в обращение.")


def test_colon_before_a_list_of_names_is_no_quote():
    assert not found("Ратификацию подтвердили шесть стран: Алжир, Египет, Катар и Россия.")


def test_colon_before_a_verbless_statement():
    q = only("Он отметил: ситуация сложная.")
    assert q.text == "ситуация сложная"


def test_unknown_surname_opening_a_sentence_is_the_speaker():
    q = only("Бельянинов ответил, что это его личные накопления.")
    assert q.speaker.text == "Бельянинов"


def test_plural_group_named_after_a_person_is_not_that_person():
    qs = found("Министр Равиль Мингазов уволен. Адвокаты Мингазова заявили, что обжалуют решение.")
    assert qs[-1].speaker.text == "Адвокаты Мингазова" and qs[-1].speaker.name is None


def test_plural_group_of_an_organisation_keeps_it():
    q = only("Боевики «Талибана» заявили, что взрыв унёс жизни семерых солдат.")
    assert q.speaker.name is not None and "Талибан" in q.speaker.name


def test_as_follows_from_a_document():
    q = only("Как следует из сообщения ведомства, проверка завершена.")
    assert (q.cue.text, q.speaker.text) == ("Как следует из сообщения", "ведомства")


def test_as_follows_from_a_title_is_no_quote():
    assert not found("Как следует из названия, это пирог с вишней.")


def test_stance_for_or_against():
    q = only("Лидер партии высказался против поправок в Конституцию.")
    assert q.text == "поправок в Конституцию"


def test_plural_naming_with_a_locative_source():
    q = only("В Минобороны назвали эти сообщения фейком.")
    assert q.speaker.text == "Минобороны"


def test_anonymous_source_after_a_named_addressee():
    q = only("Как рассказал ТАСС источник в силовых структурах, задержанный дал показания.")
    assert q.speaker.text == "источник"


def test_connector_before_an_inserted_closing_cue_stays_out():
    q = only("Между тем, пишет «Вестник», канал имеет сложности с кредиторами.")
    assert q.text == "канал имеет сложности с кредиторами"


def test_quoted_source_with_a_dash_inside():
    q = only("Тем временем, сообщает «Новый Регион — Урал», 1 февраля художники проведут акцию.")
    assert q.speaker.text == "«Новый Регион — Урал»"


def test_statement_named_before_without_its_source():
    q = only("Согласно сообщению, в доме было обнаружено много боеприпасов.")
    assert q.speaker is None and q.cue.text == "Согласно сообщению"


def test_particle_between_the_noun_and_the_source():
    q = only("По информации же правозащитников, задержаны трое.")
    assert q.speaker.text == "правозащитников"


def test_that_without_a_comma_after_a_date():
    q = only("Министр подтвердил в среду что новая банкнота выйдет в мае.")
    assert q.text == "новая банкнота выйдет в мае"


def test_impersonal_forecast():
    q = only("Прогнозируется, что забастовки приведут к спаду.")
    assert q.speaker is None and q.text == "забастовки приведут к спаду"


def test_name_word_that_looks_like_a_verb():
    q = only("Министр Джек Лью подтвердил, что банкнота выйдет в мае.")
    assert q.speaker.text == "Министр Джек Лью"


def test_title_version_is_no_source():
    assert not found("Он завоевал чемпионский пояс по версии Всемирной боксёрской ассоциации.")


def test_woman_speaker_keeps_her_feminine_name():
    q = only("Пресс-секретарь группы Александра Панфилова сказала: «Его состояние стабильно».")
    assert q.speaker.name == "Александра Панфилова"


def test_feminine_surname_alone_stays_feminine():
    q = only("Однако Панфилова уточнила, что состояние музыканта стабильно.")
    assert q.speaker.name == "Панфилова"


def test_parenthetical_adverb_between_subject_and_verb():
    q = only("Политолог Альберт Мифтахов, напротив, считает, что речь идет о другом.")
    assert q.speaker.text == "Политолог Альберт Мифтахов"


def test_source_written_as_a_domain_name():
    q = only("Результаты детектив передал ФБР, пишет Лента.ру.")
    assert q.speaker.text == "Лента.ру"


def test_colon_before_wiki_quote_marks_opens_direct_speech():
    q = only("Спикер Джон Беркау сказал: ''«Все присутствующие здесь легко вспомнят этот день.")
    assert q.kind == "direct" and q.text.startswith("Все присутствующие")


def test_according_insert_inside_a_relative_clause_reports_that_clause():
    q = only("В номере, где жила Кэтрин, у которой, по ее словам, забрали телефон и планшет, "
             "не работал стационарный телефон.")
    assert q.text == "забрали телефон и планшет"


def test_inner_pp_of_a_post_before_the_holder_name():
    q = only("Цены вырастут, сообщил представитель комитета при прокуратуре Владимир Маркин.")
    assert q.speaker.text == "представитель комитета при прокуратуре Владимир Маркин"


def test_pp_after_a_speaker_without_a_name_is_not_taken():
    q = only("Цены вырастут, сообщил министр по телефону.")
    assert q.speaker.text == "министр"


def test_stance_adjective_attributes_direct_speech():
    q = only("«Ситуация под контролем», — уверен губернатор.")
    assert (q.kind, q.cue.text, q.speaker.text) == ("direct", "уверен", "губернатор")


def test_quoting_phrase_attributes_direct_speech_to_the_quoted():
    q = only("«Мы сделаем все возможное», — приводит слова губернатора агентство.")
    assert q.cue.text == "приводит слова" and q.speaker.text.startswith("губернатора")


def test_two_word_answer_after_a_colon_is_speech():
    q = only("В Кремле ответили: «Без комментариев».")
    assert (q.kind, q.text) == ("direct", "Без комментариев")


def test_two_word_title_after_a_writing_verb_is_no_speech():
    assert not found("Он написал книгу: «Москва ночью».")


def test_phrase_content_is_not_cut_inside_quotation_marks():
    q = only("Губернатор назвал ситуацию «сложной, но контролируемой».")
    assert q.text == "ситуацию «сложной, но контролируемой»"


def test_list_item_with_a_trailing_cue_is_no_block_quote():
    text = "Прогнозы конца света:\n* 2021 год — гибель части человечества.\n* 5079 год — сочла последним Ванга."
    assert not [q for q in found(text) if q.kind == "block"]


def test_naming_a_fact_is_no_judgement():
    assert not found('Газеты назвали имя лидера "Октябрьского джамаата".')


def test_quoted_addressee_of_a_plural_cue_gives_way_to_the_place():
    q = only('В уфимской мэрии "Ъ" сообщили, что чиновник получил новое назначение.')
    assert q.speaker.text == "уфимской мэрии"


def test_quoted_addressee_after_as_said_gives_way_to_the_place():
    q = only('Как пояснили "Ъ" в Минэнерго, для избрания нужно пять голосов.')
    assert q.speaker.text == "Минэнерго"


def test_quoted_genitive_body_keeps_speaking():
    q = only("В пресс-службе «Газпрома» сообщили, что поставки продолжатся.")
    assert q.speaker.name == "Газпром"


def test_next_report_in_a_sentence_begins_at_its_subject():
    qs = found("Премьер Кан заявил, что визит «вызывает сожаление», а глава МИДа Сэйдзи Маэхара "
               "отметил, что поступок «ранит чувства народа».")
    assert qs[0].text == "визит «вызывает сожаление»"


def test_subject_name_as_written_when_resolution_clips_it():
    q = only("Мать подозреваемого Нора Донда рассказала, что ее сын обычный студент.")
    assert q.speaker.name.endswith("Донда")


def test_singular_object_before_a_plural_verb_is_no_speaker():
    assert not [q for q in found("После этого Путина спросили о выборах.") if q.speaker
                and q.speaker.text == "Путина"]


def test_coordinated_names_before_a_plural_verb():
    q = only("Трамп и Путин также заявили о своей признательности ветеранам.")
    assert q.speaker.text == "Трамп и Путин"


def test_demand_opened_by_its_beneficiary():
    q = only("Обвинитель требовал для подсудимого 17 лет тюрьмы.")
    assert q.text == "для подсудимого 17 лет тюрьмы"


def test_court_verdict_is_no_quote():
    assert not found("Суд присяжных признал химикат фактором появления рака.")


def test_direct_speech_ends_without_its_full_stop():
    q = only("— Возможно, когда ситуация улучшится, я приму другое решение.")
    assert q.text.endswith("решение")


def test_named_addressee_with_adjectives_before_the_speaker():
    q = only("Как сообщил журналу People официальный представитель актёра, свадьба состоится.")
    assert q.speaker.text == "официальный представитель актёра"


def test_press_service_locative_speaks_over_an_addressee():
    q = only("В пресс-службе музея журналистам агентства также сообщили, что номер отозван.")
    assert q.speaker.text == "пресс-службе музея"


def test_plural_subject_after_a_place_keeps_speaking():
    q = only("В Москве власти заявили, что ограничения сняты.")
    assert q.speaker.text == "власти"


def test_apposition_after_the_speaker_of_as_said():
    q = only("Как сообщил Иван Петров, глава компании, сделка закрыта.")
    assert (q.speaker.text, q.text) == ("Иван Петров, глава компании", "сделка закрыта")


def test_statement_with_a_comma_is_no_apposition():
    q = only("Как сообщила пресс-секретарь, президент позвонил певице, чтобы поздравить её.")
    assert q.text.startswith("президент позвонил певице")


def test_information_pointing_back():
    q = found("Пожар начался ночью. Информацию подтвердили в МЧС.")[-1]
    assert (q.text, q.speaker.text) == ("Пожар начался ночью", "МЧС")


def test_information_about_something_points_nowhere():
    assert not found("Информацию о пожаре передали в прокуратуру.")


def test_addressee_and_time_before_the_speaker():
    q = only("Число кандидатов выросло до 13, сообщил Интерфакс в четверг представитель избиркома.")
    assert q.speaker.text == "представитель избиркома"


def test_citing_verb_attributes_the_words_to_its_object():
    q = only("«Моё решение продиктовано семейными обстоятельствами», — процитировал Амстеля собеседник.")
    assert q.speaker.text == "Амстеля"


def test_imperfective_verb_and_noun_cue():
    q = only("Посольство выражает надежду, что отношения улучшатся.")
    assert q.cue.text == "выражает надежду"


def test_words_inside_a_verb_and_noun_cue():
    q = only("Он выразил в этой связи надежду, что саммит пройдет успешно.")
    assert q.cue.text == "выразил в этой связи надежду"


def test_impersonal_verb_and_noun_cue_has_no_speaker():
    q = only("Высказываются предположения, что деньги поступили из банков.")
    assert q.speaker is None


def test_words_in_marks_after_according_are_direct():
    q = only("По информации правозащитников, «налоговики стали активными цензорами».")
    assert (q.kind, q.text) == ("direct", "налоговики стали активными цензорами")


def test_words_in_marks_after_that_stay_indirect():
    q = only("Губернатор заявил, что «ситуация под контролем».")
    assert q.kind == "indirect"


def test_hope_for_something_is_its_content():
    q = only("Президент выразил надежду на скорое восстановление отношений.")
    assert q.text == "скорое восстановление отношений"


def test_condolences_in_connection_are_no_statement():
    assert not found("Президент выразил соболезнования в связи с произошедшим.")


def test_site_named_by_its_address():
    q = only("Цены выросли, пишет baltinfo.ru.")
    assert q.speaker.name == "baltinfo.ru"


def test_head_of_state_is_the_president_named_before():
    text = "Президент Сирии Башар Асад прибыл в Москву. Глава государства заявил, что война закончится."
    assert found(text)[-1].speaker.name == "Башар Асад"


def test_pronoun_skips_a_dictionary_word_taken_for_a_person():
    text = ("Джаред Лофнер предстал перед судом. Побритый наголо и одетый в тюремную форму, "
            "он сказал, что знает свои права.")
    assert found(text)[-1].speaker.name == "Джаред Лофнер"


def test_author_takes_back_a_whole_sentence_around_according():
    q = only("Следующий конец света, по прогнозам майя, ожидается в 2012 году, однако не стоит забывать "
             "об их календаре.")
    assert q.text.endswith("ожидается в 2012 году")


def test_speakers_own_however_goes_on_with_the_content():
    q = only("Глава банка заявила, что инфляция снижается, однако остается выше цели.")
    assert q.text == "инфляция снижается, однако остается выше цели"


def test_however_inside_a_relative_clause_is_still_reported():
    q = only("По словам адвоката, его сын, который сначала подписал письмо, однако позже отказался от "
             "этого, призвал семью к миру.")
    assert q.text.endswith("призвал семью к миру")


def test_time_adjunct_after_a_phrase_content_is_the_authors():
    q = only("Москвич Дмитрий Смилянец заявил о своей невиновности в понедельник во время слушаний в суде.")
    assert q.text == "своей невиновности"


def test_relative_whose_clause_after_a_phrase_content_is_the_authors():
    q = only("Джанни Инфантино пообещал реорганизовать ФИФА, чья репутация сильно пошатнулась.")
    assert q.text == "реорганизовать ФИФА"


def test_stance_coordinated_inside_a_report_stays_in_it():
    q = only("Он написал, что готов отсидеть срок и уверен, что мир будет благодарен ему.")
    assert q.text == "готов отсидеть срок и уверен, что мир будет благодарен ему"


def test_speech_opened_by_a_mark_and_closed_by_a_dash_attribution():
    q = only("«Я не могу участвовать в фестивале в стране, где нам отказывают в праве любить, — написал Миллер.")
    assert q.kind == "direct" and q.text.startswith("Я не могу")


def test_time_phrase_between_the_cue_and_its_topic():
    q = only("Представитель министерства сообщил в пятницу о сокращении расходов на оборону.")
    assert q.text == "сокращении расходов на оборону"
    assert q.cue.text == "сообщил"


def test_addressee_between_the_cue_and_its_topic():
    q = only("Ведомство предупредило граждан о сильных морозах в ближайшие выходные.")
    assert q.text == "сильных морозах в ближайшие выходные"


def test_a_verb_between_the_cue_and_about_is_no_adjunct():
    qs = found("Мэр сообщил, уехал и забыл о своём обещании.")
    assert all(q.text != "своём обещании" for q in qs)


def test_according_to_a_person_by_name():
    q = only("Согласно Петрову, завод закроют уже в мае следующего года.")
    assert q.text == "завод закроют уже в мае следующего года"
    assert q.speaker.text == "Петрову" and q.cue.text == "Согласно"


def test_according_to_a_law_is_no_quote():
    assert not found("Согласно закону, выборы проводятся раз в пять лет.")


def test_in_keeping_with_a_forecast_of_a_source():
    q = only("В соответствии с прогнозом Минэкономразвития, инфляция в этом году составит пять процентов.")
    assert q.text == "инфляция в этом году составит пять процентов"
    assert q.speaker.text == "Минэкономразвития"


def test_in_keeping_with_a_plan_is_no_quote():
    assert not found("Работы ведутся в соответствии с планом строительства.")


def test_according_to_a_statement_with_an_adjective():
    q = only("Согласно официальному заявлению, матч перенесли на воскресенье из-за дождя.")
    assert q.text == "матч перенесли на воскресенье из-за дождя"


def test_according_to_a_report_of_a_source():
    q = only("Согласно докладу ООН, число беженцев в этом году выросло вдвое.")
    assert q.speaker.text == "ООН"


def test_inserted_cue_before_a_condition_keeps_the_whole_sentence():
    q = only("Было бы хорошо, отмечает бывший министр, если бы правительство снизило налоги для фермеров.")
    assert q.text.startswith("Было бы хорошо") and q.text.endswith("для фермеров")
    assert q.speaker.text == "бывший министр"


def test_inserted_cue_before_a_time_clause_is_no_condition():
    assert not found("Поезд ушел, сказал он, когда мы пришли на вокзал.")


def test_headline_given_alone_in_the_source_convention():
    q = only("Ярослав Песков: очередной заплыв не за горами")
    assert (q.kind, q.text, q.speaker.text) == ("direct", "очередной заплыв не за горами", "Ярослав Песков")


def test_headline_in_marks_drops_them():
    assert only("Машков: «Многие мои герои гораздо лучше меня»").text == "Многие мои герои гораздо лучше меня"


def test_a_first_line_with_a_full_stop_is_no_headline():
    assert not found("Москва: в городе открыли новый парк.")


def test_closing_attribution_followed_by_a_weekday():
    q = only("Актриса попала в больницу, пишут СМИ во вторник.")
    assert q.text == "Актриса попала в больницу" and q.speaker.text == "СМИ"


def test_quoted_sentence_after_a_colon_about_a_named_person():
    q = only("Сам Иван Белов оказался более сдержанным: «Для нас было неожиданно, что заявку подал другой человек».")
    assert q.kind == "direct" and q.text.startswith("Для нас было неожиданно")
    assert q.speaker.text == "Иван Белов" and q.cue is None


def test_quoted_sentence_after_a_colon_with_no_person_is_a_title():
    assert not found("Название выставки: «Мы были здесь и уйдём отсюда навсегда».")


def test_an_object_between_the_verb_and_about_is_no_adjunct():
    assert not found("Её команда опубликовала трогательную историю о юноше из бедной семьи.")


def test_a_dative_addressee_between_the_cue_and_its_topic():
    assert only("Певица рассказала журналистам о болезни деда.").text == "болезни деда"


def test_closing_attribution_with_a_dash_apposition_keeps_it_in_the_speaker():
    q = only("Если закон примут, то цены вырастут, считает Таня Марш — профессор университета и эксперт по налогам.")
    assert q.text == "Если закон примут, то цены вырастут"
    assert q.speaker.text == "Таня Марш — профессор университета и эксперт по налогам"
    assert q.speaker.name == "Таня Марш"


def test_a_dash_clause_with_a_verb_after_the_speaker_is_no_apposition():
    assert not found("Если закон примут, то цены вырастут, считает Таня Марш — она работает в университете.")


def test_not_ruling_out_a_noun_phrase():
    q = only("Экономист Иван Петров не исключил продолжение роста цен в этом году.")
    assert q.text == "продолжение роста цен в этом году" and q.cue.text == "не исключил"


def test_excluding_someone_is_no_report():
    assert not found("Иван Петров исключил его из партии.")


def test_impersonal_recognition_with_that_clause():
    q = only("Признано, что цены на лекарства завышены.")
    assert q.text == "цены на лекарства завышены" and q.speaker is None


def test_found_guilty_is_no_report():
    assert not found("Он был признан виновным в краже.")


def test_fronted_topic_after_a_joiner():
    q = only("Однако о том, что этот вопрос решат на встрече, сказал в интервью лидер партии Иван Петров.")
    assert q.text == "этот вопрос решат на встрече"


def test_as_the_saying_goes_is_no_attribution():
    assert not found("Как говорится, за ним придут другие.")


def test_as_was_reported_without_a_source_still_attributes():
    assert only("Как сообщается, завод закроют в мае.").text == "завод закроют в мае"


def test_locative_speaker_runs_through_its_head_noun_and_genitives():
    q = only("В российском министерстве финансов утверждают, что кредит не предоставлялся.")
    assert q.speaker.text == "российском министерстве финансов"


def test_locative_speaker_stops_before_the_cue():
    assert only("В Минздраве заявили, что вакцина готова.").speaker.text == "Минздраве"


def test_cue_after_однако_shares_the_subject_of_the_clause_before():
    qs = found("Министр Иван Петров признает трудности, однако считает, что проект завершат вовремя.")
    q = next(q for q in qs if q.cue.lemma == "считать")
    assert q.speaker.text == "Министр Иван Петров"


def test_impersonal_passive_announcement_about_a_topic():
    q = only("На съезде было официально объявлено о выдвижении Медведева кандидатом.")
    assert q.text == "выдвижении Медведева кандидатом" and q.speaker is None


def test_a_contest_announced_is_no_report():
    assert not found("Конкурс был объявлен в марте.")


def test_hedge_without_comma_before_a_nominative_clause_has_no_source():
    assert not found("По предварительным данным эта страшная трагедия произошла из-за ошибки пилота.")


def test_source_of_data_without_comma_is_still_a_source():
    assert only("По данным полиции погибли три человека.").speaker.text == "полиции"


def test_impersonal_as_reported_without_its_comma():
    q = only("Как сообщается Бабур прилетел в Узбекистан из Швейцарии на свадьбу.")
    assert q.text == "Бабур прилетел в Узбекистан из Швейцарии на свадьбу" and q.speaker is None


def test_cited_words_belong_to_the_genitive_after_slova():
    q = only("«Мы готовы к переговорам», — цитирует слова министра финансов пресс-служба ведомства.")
    assert q.speaker.text == "министра финансов"


def test_cited_words_before_a_colon_belong_to_the_genitive():
    q = only("Пресс-служба цитирует слова министра: «Мы готовы к переговорам».")
    assert q.speaker.text == "министра"


def test_citing_without_slova_keeps_the_cited_person():
    q = only("«Мы готовы к переговорам», — процитировал Петрова журнал.")
    assert q.speaker.text == "Петрова"


def test_verb_and_noun_cue_before_a_colon_introduces_direct_speech():
    q = only("Пресс-служба привела слова министра финансов: «Мы готовы к переговорам».")
    assert q.kind == "direct" and q.speaker.text == "министра финансов"


def test_direct_speech_in_a_relative_clause_about_a_letter_is_its_writers():
    qs = found("Артист Пётр Сомов направил в редакцию письмо, в котором возмутился: "
               "«Я не прошу одобрения, но уважайте мой выбор!»")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["Артист Пётр Сомов"]


def test_direct_speech_without_any_subject_keeps_no_speaker():
    qs = found("Письмо, о котором все спорят: «Я не прошу одобрения, но уважайте мой выбор!»")
    assert all(q.speaker is None for q in qs)


def test_attribution_after_a_full_stop_inside_the_marks_splits_the_utterance():
    qs = found("«Мы ждём ясного ответа от суда. — заявил Олег Зуев. — Я считаю, что они тянут время».")
    assert [(q.kind, q.speaker.text) for q in qs] == [("direct", "Олег Зуев"), ("direct", "Олег Зуев")]


def test_dash_after_a_full_stop_without_an_attribution_splits_nothing():
    qs = found("«Мы ждём ясного ответа от суда. — впрочем, ответа нет», — сказал Олег Зуев.")
    assert len(qs) == 1 and qs[0].speaker.text == "Олег Зуев"


def test_colon_quote_in_a_po_slovam_sentence_with_a_negated_verb_is_the_sources():
    qs = found("По словам певицы, чиновники не отвечают на её письма, хотя она ни о чём особом не просит: "
               "«Я больше не верю этим людям».")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["певицы"]


def test_negated_verb_alone_still_introduces_its_subjects_words():
    q = only("Он не сказал ничего, кроме одного: «Я больше не вернусь в эту страну».")
    assert q.speaker.text == "Он"


def test_verb_joined_by_a_shares_the_subject_before_a_colon():
    qs = found("По словам соседей, жилец ничего не объяснил, а лишь сказал: «Я больше не вернусь сюда».")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["жилец"]


def test_trailing_plural_report_from_a_press_service_names_the_press_service():
    q = only("Генерал покидает свой пост, сообщили в пресс-службе оборонного ведомства.")
    assert q.speaker.text == "пресс-службе оборонного ведомства"


def test_trailing_report_on_a_website_names_its_owner():
    q = only("Генерал покидает свой пост, сообщили на сайте мэрии.")
    assert q.speaker.text == "мэрии"


def test_unknown_word_read_as_a_person_is_a_speaker():
    q = only("Тогда омбудсмэнша спросила у девочек: «Как вы тут живёте?»")
    assert q.speaker is not None and q.speaker.text == "омбудсмэнша"


def test_unknown_word_read_as_a_thing_is_no_speaker():
    q = only("Тогда шумогрохот спросил у девочек: «Как вы тут живёте?»")
    assert q.speaker is None


def test_wiki_italics_around_speech_and_names_are_seen_through():
    text = ("Актриса узнала новость от журналистов: ''«Я ничего не знаю об этом»'', — сказала она.\n\n"
            "Правительство уходит в отставку после протестов, сообщает агентство ''Reuters''.")
    qs = found(text)
    assert [(q.kind, q.text) for q in qs] == [
        ("direct", "Я ничего не знаю об этом"),
        ("indirect", "Правительство уходит в отставку после протестов")]
    for q in qs:  # the strings are still read from the original text
        assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_closing_attribution_followed_by_a_date():
    q = only("Теннисистка Серена Уильямс родила дочь, сообщают СМИ 1 сентября 2017 года.")
    assert (q.text, q.speaker.text, q.cue.text) == ("Теннисистка Серена Уильямс родила дочь", "СМИ", "сообщают")


def test_closing_attribution_opened_by_tak():
    q = only("Мы обязательно победим в этом сезоне, — так сказал тренер команды.")
    assert (q.text, q.speaker.text, q.cue.text) == ("Мы обязательно победим в этом сезоне", "тренер команды", "сказал")


def test_thing_with_an_insert_before_a_phrase_cue_is_no_speaker():
    assert found("Практика судов, существующая в России, говорит о высокой вероятности отказа.") == ()


def test_person_with_an_insert_before_a_phrase_cue_speaks():
    q = only("Министр, довольный результатом, назвал решение ошибкой.")
    assert q.speaker.text == "Министр"


def test_object_relative_before_a_plural_cue_names_nobody():
    q = only("Олигарх устроил сыну свадьбу, которую уже назвали самой дорогой в истории.")
    assert q.speaker is None and q.text == "самой дорогой в истории"


def test_subject_relative_stands_for_its_antecedent():
    q = only("Сенатор Олег Зуев, который заявил, что война окончена, уехал домой.")
    assert q.speaker.text == "Сенатор Олег Зуев"


def test_document_with_an_insert_before_a_phrase_cue_speaks():
    q = only("Петиция, опубликованная на сайте, предлагает снять министра с поста.")
    assert q.text == "снять министра с поста"


def test_fronted_topic_leaves_the_anonymity_condition_to_the_author():
    q = only("О грядущей отставке на условиях анонимности сообщили представители мэрии.")
    assert q.text == "грядущей отставке"


def test_fronted_topic_keeps_its_own_place():
    q = only("О смерти композитора в больнице сообщила его дочь.")
    assert q.text == "смерти композитора в больнице"


def test_subject_of_a_passive_cue_is_what_was_announced_not_who_spoke():
    qs = found("День рождения бывшего президента Ивана Петрова, 21 февраля, объявлен государственным праздником.")
    assert all(q.speaker is None for q in qs)


def test_subject_of_an_active_naming_cue_speaks():
    q = only("Министр назвал решение суда грубой ошибкой.")
    assert q.speaker.text == "Министр"


def test_stray_comma_after_ob_etom_soobshchili_does_not_hide_the_place():
    qs = found("Мост закроют в мае. Об этом сообщили, в пресс-службе мэрии.")
    assert [q.speaker.text for q in qs] == ["пресс-службе мэрии"]


def test_comma_after_ob_etom_soobshchil_before_an_aside_finds_nobody():
    qs = found("Мост закроют в мае. Об этом сообщил, в частности, министр транспорта.")
    assert [q.speaker for q in qs] == [None]


def test_a_member_and_his_colleagues_speak_through_the_member():
    [q] = extract("Физик Олег Ракитин и его коллеги считают, что открытие изменит науку.").quotes
    assert q.speaker.name == "Олег Ракитин"


def test_a_sentence_break_inside_brackets_does_not_cut_a_content():
    q = only("Он умер в городе Розенхайме (Бавария; Германия) в кругу семьи, сообщила публицист Анна Робинсон.")
    assert q.text == "Он умер в городе Розенхайме (Бавария; Германия) в кругу семьи"


def test_a_semicolon_inside_brackets_does_not_end_a_report():
    q = only("Публицист сообщила, что он умер в Розенхайме (Бавария; Германия) в кругу семьи.")
    assert q.text == "он умер в Розенхайме (Бавария; Германия) в кругу семьи"


def test_odnako_inside_marks_is_the_sources_own():
    q = only("Он заявил, что «проект хороший, однако дорогой» для города.")
    assert q.text == "«проект хороший, однако дорогой» для города"


def test_first_person_paragraph_after_a_colon_line_without_a_speech_verb_is_a_block():
    text = ("Заголовок статьи о розах\n\nХозяин крупной плантации Джино Дескальси:\n"
            "Мы просто шокированы случившимся. Придётся менять все планы на год.\n\nКонец.")
    blocks = [q for q in found(text) if q.kind == "block"]
    assert [q.text for q in blocks] == ["Мы просто шокированы случившимся. Придётся менять все планы на год."]


def test_third_person_paragraph_after_a_colon_line_without_a_speech_verb_is_no_block():
    text = ("Заголовок статьи о розах\n\nХозяин крупной плантации Джино Дескальси:\n"
            "Плантация занимает сто гектаров. Розы продают в США.\n\nКонец.")
    assert all(q.kind != "block" for q in found(text))


def test_first_person_block_after_a_colon_line_is_spoken_by_its_subject():
    text = ("Заголовок статьи о суде\n\nНа суде присутствовал представитель церкви, который простил обвиняемого:\n"
            "Я его прощаю, мы не возражаем против ограничения свободы.\n\nКонец.")
    block = next(q for q in found(text) if q.kind == "block")
    assert block.speaker.text == "представитель церкви"


def test_odnako_left_by_a_cut_is_dropped():
    qs = found('Как рассказал источник, чиновник дал согласие поехать в Доху, однако Игорь Сечин сказал, '
               'что не понимает этого.')
    assert qs[0].text == "чиновник дал согласие поехать в Доху"


def test_a_report_whose_subject_follows_a_comma_ends_the_content_before():
    qs = found("Противники утверждают, что Ван Чжэнь подавил выступления, сторонники пишут, что он поднял экономику.")
    assert [q.text for q in qs] == ["Ван Чжэнь подавил выступления", "он поднял экономику"]


def test_a_relative_clause_with_a_report_stays_in_the_content():
    q = found("Сын рассказал, что был избит другими заключенными, которые угрожали убить его.")[0]
    assert q.text == "был избит другими заключенными, которые угрожали убить его"


def test_a_place_before_a_headline_colon_names_the_topic_not_a_source():
    assert not found("Молдавия: действующий мэр проигрывает выборы")


def test_a_passive_cue_keeps_its_auxiliary():
    q = only("Было объявлено, что мост закроют на ремонт.")
    assert q.cue.text == "Было объявлено"


def test_headline_source_named_by_a_post_and_what_it_heads():
    q = found("Президент Франции: мы не отступим от реформы\nВ Париже прошли протесты.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "мы не отступим от реформы", "Президент Франции")


def test_headline_source_named_by_a_post_and_a_longer_genitive():
    q = found("Директор областной филармонии: зал откроется после ремонта\nРемонт идёт второй год.")[0]
    assert (q.text, q.speaker.text) == ("зал откроется после ремонта", "Директор областной филармонии")


def test_headline_post_is_the_person_the_body_introduces_by_it():
    text = ("Министр спорта: стадион сдадут в срок\n\n"
            "Министр спорта области Олег Жуков заявил, что стадион примут в эксплуатацию в мае.")
    qs = extract(text).quotes
    assert qs[0].speaker.text == "Министр спорта" and qs[0].speaker.name == "Олег Жуков"


def test_headline_post_with_a_cue_is_the_holder_the_body_names_by_a_longer_title():
    text = ("Спецпосланник ООН предупредил о голоде в Дарфуре\n\n"
            "Специальный посланник генерального секретаря ООН по Судану Абдельхамид Бенслимане "
            "призвал стороны договориться о перемирии.")
    qs = extract(text).quotes
    assert qs[0].speaker.text == "Спецпосланник ООН" and qs[0].speaker.name == "Абдельхамид Бенслимане"


def test_headline_leader_of_a_body_is_the_head_the_body_names_with_that_body():
    text = ("Глава «Автопрома»: очередь на машины исчезнет к осени\n\n"
            "«Листы ожидания закроем к сентябрю», — заявил генеральный директор «Автопрома» Фаррух Абдуллаев.")
    qs = extract(text).quotes
    assert qs[0].speaker.text == "Глава «Автопрома»" and qs[0].speaker.name == "Фаррух Абдуллаев"


def test_headline_opening_with_marked_words_and_a_colon_before_their_source():
    q = found("«Цены на хлеб не вырастут»: глава минсельхоза о новом урожае\nУрожай собран.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Цены на хлеб не вырастут", "глава минсельхоза")
    assert found("«Газпром»: прибыль компании выросла вдвое\nОтчёт опубликован.") == ()


def test_a_headline_topic_before_a_colon_is_no_post():
    assert found("Новый рекорд: спортсмен пробежал дистанцию за час\nЗабег прошёл в Москве.") == ()


def test_a_statement_about_a_topic_before_the_speech_it_introduces_is_kept():
    qs = found("Пресс-служба сообщила о госпитализации министра:\n«Его состояние оценивается как стабильное».")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "госпитализации министра"),
                                              ("direct", "Его состояние оценивается как стабильное")]


def test_a_sentence_of_a_reporting_verb_and_its_speaker_closes_the_report_before_it():
    qs = found("Новости\n\nУ губернатора родился третий сын. Рассказала его пресс-секретарь Анна Петрова.")
    assert [(q.text, q.cue.text, q.speaker.text) for q in qs] == [
        ("У губернатора родился третий сын", "Рассказала", "его пресс-секретарь Анна Петрова")]


def test_a_reporting_verb_opening_a_sentence_with_more_after_its_speaker_is_no_closing():
    qs = found("Новости\n\nУ губернатора родился третий сын. Рассказала его жена о поездке в Москву.")
    assert all(q.text != "У губернатора родился третий сын" for q in qs)


def test_a_cue_inside_a_wiki_link_reports_like_plain_text():
    q = only("Президент подписал закон о моратории, [http://example.org/doc?id=7 сообщается] на сайте парламента.")
    assert (q.text, q.cue.text) == ("Президент подписал закон о моратории", "сообщается")


def test_information_confirmed_may_span_the_two_sentences_before():
    qs = found("Новости\n\nМэр города получил ранение. Неизвестный выстрелил в него на улице. "
               "Эту информацию подтвердила пресс-секретарь мэра.")
    assert [q.text for q in qs] == ["Мэр города получил ранение. Неизвестный выстрелил в него на улице"]


def test_об_этом_points_back_at_one_sentence_inside_a_longer_paragraph():
    # a paragraph of just two statements is taken whole (test_quoting_backref.py)
    qs = found("Новости\n\nВ городе неспокойно. Мэр города получил ранение. Неизвестный выстрелил "
               "в него на улице. Об этом сообщила пресс-секретарь мэра.")
    assert [q.text for q in qs] == ["Неизвестный выстрелил в него на улице"]


def test_agency_interlocutor_is_the_representative_just_cited():
    text = ("Выставка откроется в пятницу, сообщил ТАСС представитель Минкультуры. "
            "«Билеты уже распроданы на неделю вперёд», — сказал собеседник агентства.")
    qs = extract(text).quotes
    first, second = qs[0], qs[-1]
    assert first.speaker.name and second.speaker.text == "собеседник агентства"
    assert second.speaker.name == first.speaker.name


def test_marked_words_retold_inside_a_block_quote_are_a_quote_of_their_own():
    text = ("Жительница села лишилась пенсии\n\n"
            "Пенсионерка Анна Волкова лишилась всех сбережений.\n\n"
            "Ко мне пришла женщина и сказала: «Ваш счётчик неисправен, его надо срочно менять». "
            "Я отдала ей все деньги.\n\n"
            "— рассказала пенсионерка.\n\nПолиция ищет мошенницу.")
    qs = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [q.kind for q in qs] == ["block", "direct"]
    assert qs[1].text == "Ваш счётчик неисправен, его надо срочно менять"
    assert qs[1].cue.text == "сказала"


def test_a_back_pointer_that_opens_marked_words_still_reports_the_sentence_before():
    qs = found("Команда вернулась в город с победой.\nОб этом рассказал её капитан Олег Белов: "
               "«Мы играли на пределе сил».")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "Команда вернулась в город с победой"),
                                           ("direct", "Мы играли на пределе сил")]


def test_someone_else_reported_inside_a_direct_quote_is_a_quote_of_their_own():
    text = ("Как рассказал источник в мэрии, «подрядчик был готов начать работы, однако Олег Марков "
            "сказал, что денег в бюджете нет, так что ремонт отложили».")
    inner = [q for q in found(text) if q.kind == "indirect"]
    assert len(inner) == 1 and inner[0].speaker.text == "Олег Марков" and inner[0].text.startswith("денег в бюджете")


def test_the_speakers_own_report_inside_their_quote_is_no_second_quote():
    text = "«Я сказал, что денег в бюджете нет, так что ремонт отложили», — рассказал мэр Олег Марков."
    assert [q.kind for q in found(text)] == ["direct"]


def test_a_body_named_in_marks_in_an_oblique_case_speaks_in_the_nominative():
    q = only("Ремонт трубы займет сутки, сообщили в пресс-службе «Тамбовводоканала».")
    assert q.speaker.name == "Тамбовводоканал"


def test_forecasters_speak_for_their_office_named_in_the_nominative():
    q = only("Синоптики Приморского УГМС предупреждают, что ночью ударят морозы.")
    assert q.speaker.name == "Приморское УГМС"


def test_po_slovam_with_a_surname_declined_as_an_adjective_names_the_person():
    text = ("Адвокат Роман Бельский назвал обвинение надуманным. "
            "По словам Бельского, защита обжалует постановление.")
    speakers = [q.speaker.name for q in extract(text).quotes]
    assert speakers == ["Роман Бельский", "Роман Бельский"]
    text = ("Аналитик банка Марина Тельнова считает итоги слабыми. "
            "По мнению Тельновой, давление на маржу оказал дефицит кадров.")
    assert [q.speaker.name for q in extract(text).quotes] == ["Марина Тельнова"] * 2


def test_a_post_holder_named_in_the_genitive_is_named_in_the_nominative():
    text = ("Совещание прошло под председательством премьер-министра Нурлана Жаксыбекова.\n\n"
            "По словам премьер-министра, ключевую роль сыграет новая программа.")
    assert [q.speaker.name for q in extract(text).quotes] == ["Нурлан Жаксыбеков"]


def test_a_post_holder_named_in_the_genitive_after_the_country_is_named_in_the_nominative():
    text = ("На заседании под председательством премьер-министра РК Нурлана Жаксыбекова обсудили цены.\n\n"
            "Премьер-министр поручил министерству торговли снизить цены.\n\n"
            "По мнению главы кабмина, ключевую роль сыграет новая программа.")
    assert [q.speaker.name for q in extract(text).quotes] == ["Нурлан Жаксыбеков"] * 2


def test_a_genitive_name_is_the_entity_s_when_the_article_writes_it_in_full():
    from ruarticle.quoting.naming import _written_as_named
    text = ("На заседании под председательством премьер-министра РК Нурлана Жаксыбекова обсудили цены.\n\n"
            "Цены растут, заявил Нурлан Жаксыбеков.\n\n"
            "Премьер-министр поручил министерству торговли снизить цены.\n\n"
            "По мнению главы кабмина, ключевую роль сыграет новая программа.")
    article = extract(text)
    assert [q.speaker.name for q in article.quotes] == ["Нурлан Жаксыбеков"] * 3
    assert _written_as_named(next(e for e in article.entities if e.type == "PER"))


def test_a_pointer_back_at_the_same_speakers_report_is_no_second_quote():
    text = ("Министр транспорта Иван Петров сообщил о завершении ремонта моста. "
            "Об этом он рассказал журналистам в понедельник.")
    assert [(q.text, q.cue.text) for q in extract(text).quotes] == [("завершении ремонта моста", "сообщил")]
    text = "Соседи считают, что Иван Петров виноват. Об этом заявил Сергей Иванов."
    assert len(extract(text).quotes) == 2


def test_об_этом_points_past_a_photo_caption():
    text = ("Мэр уходит в отставку\n\nМэр Самары Иван Петров решил досрочно сложить полномочия.\n"
            "Иван Петров\nОб этом Петров заявил в эфире местного телеканала.")
    q = only(text)
    assert q.text == "Мэр Самары Иван Петров решил досрочно сложить полномочия"


def test_a_later_report_after_и_and_adjuncts_ends_the_content():
    qs = found("Министр заявил, что цены вырастут, и в ответ на это профсоюзы потребовали повысить зарплаты.")
    assert [q.text for q in qs] == ["цены вырастут", "повысить зарплаты"]


def test_a_report_inside_a_subordinate_clause_of_the_content_does_not_end_it():
    text = ("В полиции сообщили, что дело возбудили после того, как эксперты пришли к выводу, "
            "что причиной пожара стал поджог.")
    first = extract(text).quotes[0]
    assert first.text.startswith("дело возбудили после того") and first.text.endswith("стал поджог")


def test_an_adjunct_after_a_comma_opens_a_new_clause_with_its_own_report():
    text = "Министр заявил, что цены вырастут, в связи с этим губернатор пообещал ввести субсидии."
    assert [q.text for q in extract(text).quotes] == ["цены вырастут", "ввести субсидии"]
    text = "Он сказал, что уходит, после того как совет призвал его уволиться."
    assert extract(text).quotes[0].text == "уходит, после того как совет призвал его уволиться"


def test_an_outlet_relaying_his_words_gives_them_to_him():
    text = ("Министр Иван Котов посетил завод.\n\nТАСС приводит его слова:\n\n"
            "Мы будем строить новые цеха и нанимать людей.")
    assert [(q.kind, q.speaker.name) for q in extract(text).quotes] == [("block", "Иван Котов")]


def test_a_relayed_story_about_something_gives_no_quote_of_its_topic():
    text = ("Водитель Олег Котов задержан.\n\nГазета приводит его рассказ о погоне:\n\n"
            "Я ехал домой и не заметил машину полиции.")
    assert [(q.kind, q.speaker.name) for q in extract(text).quotes] == [("block", "Олег Котов")]


def test_an_insert_after_in_which_keeps_the_document_author_as_speaker():
    text = ("Ранее Иван Котов записал видеообращение, в котором, в частности, сообщал:\n\n"
            "Я не виноват в случившемся и готов это доказать.")
    assert [(q.kind, q.speaker.name) for q in extract(text).quotes] == [("block", "Иван Котов")]


def test_a_request_in_an_object_relative_is_the_main_subjects():
    text = ("Водитель Олег Русаков задержан. У вокзала Русаков позвонил брату, которого попросил "
            "привезти вещи: «Привёз. Мы попрощались, и я уехал».")
    assert {q.speaker.name for q in extract(text).quotes} == {"Олег Русаков"}


def test_a_cue_with_its_subject_left_out_continues_the_subject_of_the_sentence_before():
    text = "Министр Анна Петрова выступила на форуме. Кроме того, подчеркнула, что рубль упадёт."
    assert [q.speaker.name for q in extract(text).quotes] == ["Анна Петрова"]


def test_a_plural_cue_with_no_subject_takes_up_no_one():
    text = "Министр Иван Петров выступил на форуме. Журналистам сообщили, что рубль упадёт."
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_subjectless_cue_in_a_run_of_subjectless_sentences_is_the_article_persons():
    text = ("Писатель Олег Сомов родился в 1950 году. В 1990 году Олег Сомов эмигрировал.\n\n"
            "Часто выступал с лекциями о свободе. Также заявлял, что мечтает вернуться на родину.")
    assert [q.speaker.name for q in extract(text).quotes if q.cue.text == "заявлял"] == ["Олег Сомов"]


def test_body_widened_leftwards_to_its_description_is_named_by_the_whole():
    # the speaker walk may stop at the place word; the whole phrase names the service
    text = ("Пожары\n\nГубернатор Забайкальского края Петр Осин ввел режим чрезвычайной ситуации.\n\n"
            "В Государственной лесной службе Забайкальского края отметили, что с начала "
            "года в регионе зарегистрировано 112 лесных пожаров.")
    q = extract(text).quotes[0]
    assert q.speaker.text == "Государственной лесной службе Забайкальского края"
    assert q.speaker.name == "Государственная лесная служба Забайкальского края"


def test_sentences_glued_where_a_line_break_was_lost_are_split():
    q = only("Мэр раскритиковал чиновников за медленный ремонт дорог.Присутствовавший на совещании "
             "вице-мэр промолчал.")
    assert q.text == "чиновников за медленный ремонт дорог"


def test_a_closing_bracket_glued_to_a_capital_ends_the_sentence():
    q = only("Министр сообщил, что страна сменит название (Republic of Nowhere)Официальный ответ "
             "хранится в редакции.")
    assert q.text == "страна сменит название (Republic of Nowhere)"


def test_a_glued_full_stop_in_a_name_splits_nothing():
    q = only("По словам директора Яндекс.Маркет, в г.Москва заказов стало больше.")
    assert q.text == "в г.Москва заказов стало больше"


def test_a_named_persons_report_inside_a_block_quote_is_a_quote_of_its_own():
    text = ("Директор театра рассказал:\nЗимой мы встретились с Олегом. Мы долго спорили, и Олег "
            "предложил поставить новую оперу к юбилею города.\n")
    told = [q for q in extract(text).quotes if q.kind == "indirect"]
    assert [(q.speaker.text, q.text) for q in told] == [("Олег", "поставить новую оперу к юбилею города")]


def test_she_reporting_inside_an_interviewees_answer_is_not_the_interviewee():
    text = ("Художница Вера Лапина: «Я рисую только по утрам»\n\n"
            "Художница Вера Лапина рассказала нашему изданию о новой выставке.\n\n"
            "— Кто первым увидел ваши картины?\n\n"
            "— Бабушка. Она всегда повторяла: «Рисуй то, что любишь». Я так и делаю.\n\n"
            "— Когда откроется выставка?\n\n"
            "— В мае, в городской галерее. Я покажу там сорок работ.")
    qs = found(text)
    inner = [q for q in qs if q.text.startswith("Рисуй")]
    answer = [q for q in qs if q.text.startswith("Бабушка")]
    assert [q.speaker.name for q in answer] == ["Вера Лапина"]
    assert len(inner) == 1 and inner[0].speaker.text == "Она" and inner[0].speaker.name is None


def test_a_group_joined_to_a_named_person_lets_the_person_speak():
    text = ("Руководитель экспедиции Иван Бозович выступил в институте. Руководитель экспедиции и "
            "представители Росгидромета сообщили, что открыли новый вид бактерий.")
    q = [q for q in extract(text).quotes if q.cue and q.cue.text == "сообщили"][0]
    assert q.speaker.name == "Иван Бозович"


def test_english_outer_marks_around_a_name_are_read_like_guillemets():
    text = "Как сообщили “Ъ” в управлении культуры, решение связано с нарушениями."
    q = extract(text).quotes[0]
    assert q.speaker.text == "управлении культуры"
    assert text[q.start:q.end] == q.text == "решение связано с нарушениями"



def test_a_plural_cue_joined_to_a_bodys_report_in_one_sentence_is_the_same_bodys():
    qs = extract("В МЧС сообщили, что пожар потушен, и добавили, что пострадавших нет.").quotes
    assert [q.speaker.name for q in qs] == ["МЧС", "МЧС"]
    qs = extract("В МЧС сообщили о пожаре. Жители домов напомнили, что пострадавших нет.").quotes
    assert qs[-1].speaker.name != "МЧС"
