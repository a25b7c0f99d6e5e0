"""Direct speech rules of quoting/direct.py, through the public extract()."""
from ruarticle import extract


def quotes(text):
    return [(q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(text).quotes]


def test_spaced_hyphen_splits_an_utterance_like_a_dash():
    text = ("«Правительство решило не отставать от других, - заявил Сергей Лавров. - "
            "Особенно печально, что оно финансирует эти организации».")
    assert quotes(text) == [
        ("Правительство решило не отставать от других", "Сергей Лавров", "заявил"),
        ("Особенно печально, что оно финансирует эти организации", "Сергей Лавров", "заявил")]


def test_hyphen_inside_a_word_is_no_dash():
    [(text, _, _)] = quotes("«Это северо-западный регион и мы здесь живём давно», — сказал он.")
    assert text == "Это северо-западный регион и мы здесь живём давно"


def test_gerund_before_a_colon_speaks_for_the_clause_subject():
    text = "Отец потерпевшего покинул зал суда, заявив: «Не могу слушать это вранье»."
    assert quotes(text) == [("Не могу слушать это вранье", "Отец потерпевшего", "заявив")]


def test_negated_gerund_introduces_no_speech():
    assert quotes("Он ушёл, не сказав: «До свидания, друзья мои».") == []


def test_any_verb_of_a_subject_before_a_colon_introduces_speech():
    text = "Министр возмутился: «Это просто безобразие какое-то»."
    assert quotes(text) == [("Это просто безобразие какое-то", "Министр", "возмутился")]


def test_a_verb_of_being_before_a_colon_is_no_speech():
    assert quotes("Задача у команды простая: «Выжить любой ценой».") == []


def test_glasit_before_a_colon_gives_the_written_words():
    # real news annotators count "плакаты гласили", "заповедь гласит: «...»" (quoting/inscriptions.py)
    assert [q[0] for q in quotes("Надпись на табличке гласит: «Здесь жил великий поэт».")] == ["Здесь жил великий поэт"]


def test_words_said_with_a_noun_of_speech():
    text = "Он вышел к журналистам со словами «На мне парадная форма политзаключенного»."
    assert quotes(text) == [("На мне парадная форма политзаключенного", "Он", "со словами")]


def test_a_placard_held_up_is_the_holders_words():
    # every placard slogan in a clause in the real news gold is annotated (quoting/inscriptions.py)
    text = "Активисты вышли с плакатом «Свободу политзаключенным и всем задержанным»."
    assert quotes(text) == [("Свободу политзаключенным и всем задержанным", "Активисты", "плакатом")]


def test_a_dash_led_turn_closing_a_quotation_is_its_last_part():
    assert quotes("— Боже, благослови всех нас!».") == [("Боже, благослови всех нас!", None, None)]


def test_a_dash_led_fact_is_no_speech():
    assert quotes("— 15 человек погибли в результате аварии на трассе.") == []


def test_a_chant_is_speech_however_short():
    assert [(q[0], q[2]) for q in quotes("Толпа скандировала: «Свободу!»")] == [("Свободу!", "скандировала")]


def test_marks_listed_after_a_colon_quote_are_the_same_speech():
    assert [q[0] for q in quotes("Они кричали: «Свободу!», «Позор власти!».")] == ["Свободу!", "Позор власти!"]


def test_names_listed_after_a_colon_are_no_speech():
    assert quotes("Компания выпустила альбомы: «Звезда», «Луна» и «Солнце».") == []


def test_an_infinitive_speech_verb_before_a_colon_introduces_speech():
    assert quotes("Он начал говорить: «Мы здесь надолго».") == [("Мы здесь надолго", "Он", "говорить")]


def test_a_paragraph_all_in_marks_goes_on_with_the_speaker_before():
    text = ("Премьер-министр Джон Говард сказал, что страна потеряла друга.\n\n"
            "«Это огромная потеря для Австралии, он был замечательным человеком».")
    assert quotes(text)[-1] == ("Это огромная потеря для Австралии, он был замечательным человеком",
                                "Премьер-министр Джон Говард", None)


def test_a_paragraph_all_in_marks_after_narration_is_no_speech():
    text = ("Вечером в городе прошёл концерт.\n\n"
            "«Это огромная потеря для Австралии, он был замечательным человеком».")
    assert quotes(text) == []


def test_a_marked_sentence_after_a_report_goes_on_with_its_speaker():
    text = ("Далее Герстенмайер сказал, что беспокойств нет. Корабль может быть использован. "
            "«Мы не видим здесь непреодолимых проблем. Русские серьёзно занимаются этой проблемой».")
    assert quotes(text)[-1] == ("Мы не видим здесь непреодолимых проблем. Русские серьёзно занимаются "
                                "этой проблемой", "Герстенмайер", None)


def test_a_marked_sentence_with_no_speaker_before_is_no_speech():
    text = ("Корабль может быть использован. "
            "«Мы не видим здесь непреодолимых проблем. Русские серьёзно занимаются этой проблемой».")
    assert quotes(text) == []


def test_marks_described_by_a_relative_clause_are_a_name():
    text = ('Жители, готовящиеся к акции "Последний шанс, или Голос города", которая пройдёт в пятницу, '
            'приветствовали решение мэра.')
    assert all("Последний шанс" not in t for t, _, _ in quotes(text))


def test_a_gerund_opening_a_colon_line_leaves_the_lead_to_its_finite_verb():
    text = ("Отвечая на вопрос о позиции Казахстана, министр Мурат Нуртлеу заявил:\n\n"
            "Мы призываем стороны к сдержанности и возобновлению переговоров.")
    speakers = [(q.speaker.text, q.cue.text) for q in extract(text).quotes if q.speaker and q.cue]
    assert speakers == [("министр Мурат Нуртлеу", "заявил")]


def test_an_interviewers_question_is_no_quote():
    # three of our four independent annotators leave the interviewer's questions out
    text = ("Министр ответил на вопросы корреспондента.\n\n– Почему так происходит?\n\n"
            "– Причин несколько, и мы их устраняем.")
    assert all(t != "Почему так происходит?" for t, _, _ in quotes(text))


def test_a_described_name_and_a_colon_give_that_persons_words():
    [q] = extract("Аналитик банка «Восток» Олег Гурин: «Здесь возможны два сценария».").quotes
    assert (q.kind, q.text, q.speaker.text, q.cue) == (
        "direct", "Здесь возможны два сценария", "Аналитик банка «Восток» Олег Гурин", None)


def test_a_named_colon_source_whose_quotation_runs_on_unclosed():
    [q] = extract("Тренер команды Павел Лунин: «Мы долго готовились к этому матчу.").quotes
    assert q.text.startswith("Мы долго готовились") and q.speaker.text == "Тренер команды Павел Лунин"


def test_a_title_after_a_name_and_a_colon_is_no_quotation():
    assert extract("Гость вечера Анна Смирнова: «Спартак».").quotes == ()


def test_a_clause_with_a_verb_before_the_colon_needs_a_reporting_verb():
    assert extract("В программе выступит Иван Петров: «Война и мир».").quotes == ()


def test_a_surname_the_dictionary_misreads_still_ends_the_name_before_a_colon():
    [q] = extract("Депутат Ерлан Сараев оказался краток: «Мы не допустим повторения этих событий».").quotes
    assert q.speaker.text.endswith("Ерлан Сараев")


def test_short_marks_opening_a_sentence_with_a_cue_right_after_are_speech():
    qs = extract("«Спасибо всем», сказал тренер после матча.").quotes
    assert [(q.kind, q.text) for q in qs] == [("direct", "Спасибо всем")]


def test_a_short_name_opening_a_sentence_and_its_subject_is_no_speech():
    assert all(not text.startswith("Зенит") for text, _, _ in quotes(
        "«Зенит», в свою очередь, сообщил о подписании игрока."))


def test_a_verb_and_noun_cue_closes_marked_words():
    assert quotes("«Кино сильно изменилось за десять лет», — раскрыл свою мысль режиссёр.") == [
        ("Кино сильно изменилось за десять лет", "режиссёр", "раскрыл свою мысль")]


def test_joking_off_introduces_marked_words():
    assert quotes("Министр отшутился: «Это была аллергия на вопросы журналистов».") == [
        ("Это была аллергия на вопросы журналистов", "Министр", "отшутился")]


def test_a_noun_of_something_said_before_a_colon_introduces_the_words():
    text = "В конверте нашли короткую записку: «Прошу никого не винить в моём уходе»."
    assert quotes(text) == [("Прошу никого не винить в моём уходе", None, "записку")]


def test_the_author_of_the_said_thing_follows_it_in_the_genitive():
    text = "Комментарий пресс-службы клуба: «Мы не будем продлевать контракт с тренером»."
    assert quotes(text) == [("Мы не будем продлевать контракт с тренером", "пресс-службы клуба", "Комментарий")]


def test_with_these_words_attributes_the_marked_words_to_the_subject():
    text = "«Я вернусь к работе уже завтра», — с этими словами врач покинул палату."
    assert quotes(text) == [("Я вернусь к работе уже завтра", "врач", "с этими словами")]


def test_a_name_inside_a_dashed_apposition_is_not_speech():
    qs = extract("Сенатор, ставший кандидатом в июне, — один из лидеров молодёжного «Союза правых» — "
                 "сообщил, что выдвинется в губернаторы.").quotes
    assert [q.kind for q in qs] == ["indirect"]


def test_manner_verb_right_after_the_closing_dash_attributes_the_words():
    assert quotes("— Колено ещё болит, но играть я смогу, — улыбнулся Артём Жуков.") == [
        ("Колено ещё болит, но играть я смогу", "Артём Жуков", "улыбнулся")]


def test_manner_verb_alone_reports_nothing():
    assert quotes("Артём Жуков улыбнулся и ушёл в раздевалку.") == []


def test_initials_do_not_end_the_authors_clause():
    assert quotes("«Решение было непростым», — сказал В. Орлов.") == [
        ("Решение было непростым", "В. Орлов", "сказал")]
    assert quotes("«Решение было непростым», — объяснил В.Орлов журналистам.")[0][2] == "объяснил"


def test_two_initials_before_a_surname_after_the_cue():
    [(_, speaker, _)] = quotes("«Решение было непростым», — сказал В. А. Орлов журналистам.")
    assert speaker == "В. А. Орлов"


def speakers(text):
    return [(q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
            for q in extract(text).quotes]


def test_the_one_cited_after_the_outlet_is_the_speaker():
    text = ("Компания «Вектор» хочет участвовать в проекте. «Мы уже встречались с министерством, решение "
            "будет быстрым», — цитирует РБК директора по развитию «Вектора» в России Анну Котову.")
    [(speaker, name)] = speakers(text)
    assert speaker.startswith("директора по развитию") and name == "Анна Котова"


def test_the_body_cited_after_a_site_is_the_speaker():
    text = "«Работа над новым законом идёт по плану», — цитирует Infox.ru пресс-службу Минтранса."
    [(speaker, _)] = speakers(text)
    assert speaker == "пресс-службу Минтранса"


def test_these_words_of_someone_repeated_by_an_agency_are_theirs():
    text = ("Экипаж готов к старту. «Короткая схема хороша тем, что экипаж не успевает устать», — эти слова "
            "командира корабля Олега Новикова цитирует в пятницу ТАСС.")
    [(speaker, name)] = speakers(text)
    assert speaker.startswith("командира корабля Олега Новикова") and name == "Олег Новиков"


def test_a_site_after_a_cited_name_is_no_part_of_it():
    text = "Иван Зорин выступил в Сеуле. «Нужно говорить с людьми», — цитирует Ивана Зорина Lenta.ru."
    [(speaker, name)] = speakers(text)
    assert speaker == "Ивана Зорина" and name == "Иван Зорин"


def test_marks_after_an_undashed_insert_go_on_with_the_same_speech():
    assert quotes("«Я устал от этой работы», говорит Иванов, «поэтому я ухожу в отставку».") == [
        ("Я устал от этой работы", "Иванов", "говорит"), ("поэтому я ухожу в отставку", "Иванов", "говорит")]


def test_a_dash_inside_a_name_in_marks_does_not_end_the_authors_clause():
    q = extract("«Школу закрывать нельзя», — заявила глава ассоциации «Мы — родители» Марина Цуркан.").quotes[0]
    assert q.speaker.name == "Марина Цуркан"


def test_and_after_the_closing_mark_joins_a_second_act_not_an_attribution():
    from ruarticle import extract
    text = ("Президент Иван Котов прибыл в Минск. Котов заявил, что «в стране ценят дружбу с "
            "соседями», и подтвердил готовность к сотрудничеству.")
    assert [(q.text, q.speaker.name) for q in extract(text).quotes][0] == (
        "в стране ценят дружбу с соседями", "Иван Котов")


def test_at_the_words_introduces_what_was_said():
    qs = quotes("Актриса вышла на сцену. При словах: «Я не ожидала такого приёма» у неё задрожал голос.")
    assert [q[0] for q in qs] == ["Я не ожидала такого приёма"]


def test_a_title_after_a_labels_dash_goes_on_with_no_speech():
    text = ("«Мы найдём виновных», — сказал следователь. Дело возбуждено по двум статьям: "
            "105-й — «Умышленное убийство» и 222-й — «Незаконный оборот оружия и боеприпасов».")
    assert [q[0] for q in quotes(text)] == ["Мы найдём виновных"]


def test_a_paragraph_of_quoted_speech_alone_continues_the_last_voice():
    text = ("Глава агентства Марк Рубин выступил на брифинге.\n\n"
            "«Наши знания о полюсах Луны недостаточны», — сказал Рубин.\n\n"
            "Первый полёт должен состояться через два года.\n\n"
            "«Мы рассматриваем все возможности и выберем самые интересные места».")
    assert quotes(text)[-1] == ("Мы рассматриваем все возможности и выберем самые интересные места",
                                "Рубин", None)


def test_a_quoted_title_alone_is_no_speech():
    text = ("«Мы отдаём долги», — сказал директор Олег Лавров.\n\n"
            "Выставка открылась в музее.\n\n«Война и мир»")
    assert [q[0] for q in quotes(text)] == ["Мы отдаём долги"]


def test_the_verb_of_a_relative_clause_before_the_colon_does_not_lead():
    q = extract("На вопрос о будущем нападающего, которым интересуются клубы из России, Касымов ответил коротко: "
                "«Он наш игрок, и он нужен команде».").quotes
    assert [(x.kind, x.speaker.text, x.cue.text) for x in q] == [("direct", "Касымов", "ответил")]
