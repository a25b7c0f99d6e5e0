"""Reports with the topic or the object put before the verb (quoting/fronted.py): "О новых
санкциях заявил X", "Отставки губернатора потребовали журналисты". Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_topic_put_before_the_verb_and_its_speaker():
    q = only("О новых санкциях заявил глава МИД Франции.")
    assert q.text == "новых санкциях" and q.speaker.text == "глава МИД Франции"


def test_fronted_topic_needs_a_speaker_after_the_verb():
    assert not found("О новых санкциях заявили вчера.")


def test_fronted_clause_before_a_passive_report():
    q = only("О том, что фильм получил главный приз, было объявлено в пятницу.")
    assert q.text == "фильм получил главный приз" and q.speaker is None


def test_fronted_clause_before_a_verb_without_a_speaker_is_no_quote():
    assert not found("О том, что фильм получил приз, говорили давно.")


def test_fronted_clause_is_not_the_topic_of_a_later_clause():
    qs = found("О том, что его выдвинут, стало известно в среду, а позже министр предложил ему пост.")
    assert not any(q.text.startswith("его выдвинут") for q in qs)


def test_fronted_topic_with_its_subject_before_the_verb_is_left_alone():
    assert not found("О своих планах Лужков рассказал в интервью агентству.")


def test_topic_put_before_an_impersonal_passive():
    q = only("О назначении нового премьер-министра было объявлено 13 ноября.")
    assert (q.text, q.cue.text, q.speaker) == ("назначении нового премьер-министра", "было объявлено", None)


def test_topic_before_a_named_subject_is_no_passive_report():
    assert found("О своих планах Лужков рассказал журналистам.") == ()


def test_a_fronted_topic_ends_at_the_cue_whatever_follows_the_speaker():
    q = only("Однако о том, что вопрос поднимался во время встречи, сказал в интервью лидер Меджлиса, "
             "народный депутат Мустафа Джемилев.")
    assert q.text == "вопрос поднимался во время встречи"


def test_fronted_topic_with_its_subject_before_the_cue():
    q = only("О закрытии завода губернатор области Пётр Иванов объявил в пятницу.")
    assert q.text == "закрытии завода" and q.speaker.text == "губернатор области Пётр Иванов"


def test_fronted_topic_after_a_dash():
    q = [q for q in found("Команда проиграла финал — о своём уходе тренер заявил сразу после матча.")
         if q.cue.text == "заявил"][0]
    assert q.text == "своём уходе"


def test_a_relative_о_котором_is_no_fronted_topic():
    assert not [q for q in found("Проект, о котором заявил мэр, отложен.") if q.text.startswith("котором")]


def test_a_fronted_question_of_what_will_happen_is_a_topic():
    assert found("О том, что изменится для пациентов, журналистам рассказала министр.") == ()


def test_a_fronted_clause_telling_of_the_speaker_stays_a_report():
    assert only("О том, что уходит в отставку, рассказал министр.").text == "уходит в отставку"


def test_a_phrase_put_before_the_verb_with_its_speaker_after_it():
    q = only("Отставки губернатора потребовали местные журналисты.")
    assert (q.text, q.speaker.text) == ("Отставки губернатора", "местные журналисты")


def test_names_put_before_a_naming_verb_are_a_fact_told():
    assert found("Имена победителей конкурса назвал председатель жюри.") == ()


def test_a_feminine_object_put_first_is_not_the_subject_of_a_masculine_verb():
    q = only("Гибель альпиниста подтвердил районный спасатель Пётр Ильин.")
    assert (q.text, q.speaker.text) == ("Гибель альпиниста", "районный спасатель Пётр Ильин")


def test_a_fronted_object_that_cannot_be_the_subject_of_the_verb():
    q = only("Гибель туристов подтвердил глава районной администрации.")
    assert q.text == "Гибель туристов"
    assert q.speaker.text == "глава районной администрации"
    q = only("Её слова подтвердил другой свидетель.")
    assert q.text == "Её слова"
    assert q.speaker.text == "другой свидетель"


def test_a_thing_put_before_the_verb_is_its_object_when_people_follow():
    q = only("Факт задержания подтвердили сотрудники полиции.")
    assert (q.text, q.speaker.text) == ("Факт задержания", "сотрудники полиции")
    q = only("Слова благодарности в адрес волонтёров высказали мэр города и губернатор области.")
    assert q.text == "Слова благодарности в адрес волонтёров"
    assert q.speaker.text.startswith("мэр города и губернатор")


def test_an_object_put_first_ends_the_account_before_it():
    qs = found("По словам пострадавшего, его ограбили у подъезда, факт нападения подтвердили соседи.")
    assert [q.text for q in qs] == ["его ограбили у подъезда", "факт нападения"]


def test_a_demonstrative_object_put_first_after_an_adverb_of_time():
    q = only("Позже эту версию подтвердили источники агентства.")
    assert (q.text, q.cue.text) == ("эту версию", "подтвердили")


def test_a_view_put_first_before_a_colon_is_no_content():
    assert [q.text for q in found("Иную точку зрения высказал эксперт: рынок восстановится.")
            if q.cue and q.cue.text == "высказал" and q.text.startswith("Иную")] == []


def test_a_thing_that_promises_is_the_subject_not_an_object_put_first():
    # "обещают Чехии кризис": the name after the verb is whom it is promised to, no speaker
    assert found("Решения правительства обещают Италии долгий кризис.") == ()


def test_who_told_first_before_the_fronted_topic():
    q = only("Первыми о задержании рассказали местные журналисты.")
    assert q.text == "задержании" and q.speaker.text == "местные журналисты"
