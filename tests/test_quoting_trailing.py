"""Closing attributions (quoting/trailing.py): "..., сообщают СМИ", the cue after what was said.
Sentences written for these tests."""
from ruarticle import extract
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_closing_attribution_followed_by_a_date():
    q = only("Певица родила дочь, сообщают СМИ 1 сентября 2017 года.")
    assert q.text == "Певица родила дочь" and q.speaker.text == "СМИ"


def test_closing_verb_followed_by_an_object_is_no_attribution():
    assert not found("Компания выросла, сообщает отчёт 5 показателей роста.")


def test_a_topic_after_the_verb_makes_no_closing_attribution():
    q = only("Олег Петров, директор завода, заявил о своей отставке с поста.")
    assert q.text == "своей отставке с поста" and q.speaker.text.startswith("Олег Петров")


def test_closing_attribution_before_a_final_colon():
    q = only("Мост через реку закроют на ремонт до весны, сообщил источник в мэрии:")
    assert q.text == "Мост через реку закроют на ремонт до весны" and q.speaker.text == "источник в мэрии"


def test_an_impersonal_cue_before_a_colon_still_introduces():
    assert not found("В письме министерства, разосланном в пятницу, говорится:")


def test_closing_cue_with_a_possessive_speaker_after_a_date_insert():
    q = only("Завод возобновил работу, сообщила во вторник, 5 марта 2019 года, его пресс-служба.")
    assert q.text == "Завод возобновил работу" and q.speaker.text == "его пресс-служба"


def test_closing_cue_followed_by_a_prepositional_phrase_only():
    q = only("Рейс задержан на три часа, сообщили диспетчеры после проверки самолёта.")
    assert q.text == "Рейс задержан на три часа" and q.speaker.text == "диспетчеры"


def test_closing_cue_with_two_coordinated_sources():
    q = only("Поезд сошёл с рельсов под Тверью, сообщают ТАСС и РИА Новости.")
    assert q.speaker.text == "ТАСС и РИА Новости"


def test_a_verb_citing_something_after_a_comma_closes_no_report():
    assert found("Канал «Звезда», в свою очередь, ссылается на «надёжный источник в Минобороны», "
                 "но не приводит деталей.") == ()


def test_a_closing_cue_after_a_pointer_reports_no_second_quote():
    qs = found("Иван Петров назначен заместителем губернатора. Об этом объявлено утром в понедельник, "
               "сообщил агентству источник в администрации.")
    assert [q.text for q in qs] == ["Иван Петров назначен заместителем губернатора"]


def test_negated_closing_cue_reports_what_precedes():
    q = only("Через год цены на жильё могут снизиться, не исключает аналитик.")
    assert (q.text, q.speaker.text, q.cue.text) == ("Через год цены на жильё могут снизиться", "аналитик",
                                                     "не исключает")


def test_verb_after_a_gerund_insert_is_no_closing_cue():
    q = only("Компания Gartner, изучив цены последних сделок, оценила рынок облачных услуг в 40 млрд долларов.")
    assert q.text == "рынок облачных услуг в 40 млрд долларов" and q.speaker.text == "Компания Gartner"


def test_an_insert_after_one_word_leaves_the_sentence_around_it():
    q = only("Сейчас, добавил он, мэрия выделила на ремонт школ ещё 40 млн рублей.")
    assert (q.cue.text, q.speaker.text) == ("добавил", "он") and q.text.endswith("40 млн рублей")
    assert not found("Пожар, сообщает ТАСС.")


def test_an_agreeing_participle_after_a_closing_speaker_describes_the_speaker():
    q = only("Сделка закрыта, сообщил Reuters источник, знакомый с ситуацией.")
    assert q.text == "Сделка закрыта" and q.speaker.text == "источник"
    q = only("Проект закроют, заявили депутаты, недовольные решением.")
    assert q.text == "Проект закроют"


def test_words_going_on_after_an_inserted_cue_stay_the_content():
    q = only("Сейчас, добавил он, новые правила вступят в силу.")
    assert q.text == "Сейчас, добавил он, новые правила вступят в силу"


def test_a_time_adverb_after_the_place_leaves_the_place_speaking():
    q = only("Работа приложения была восстановлена к утру, сообщили в банке позднее.")
    assert q.speaker.text == "банке" and q.text == "Работа приложения была восстановлена к утру"


def test_a_bracketed_short_name_after_the_closing_speaker_belongs_to_it():
    q = only("Прием документов продлят до августа, сообщила пресс-служба Министерства науки и "
             "высшего образования РФ (Минобрнауки).")
    assert q.text == "Прием документов продлят до августа"
    assert q.speaker.name == "Министерство науки и высшего образования РФ"


def test_an_adverb_of_time_after_a_closing_attribution():
    q = only("Зависшие переводы были зачислены к полуночи, сообщили в банке позднее.")
    assert q.text == "Зависшие переводы были зачислены к полуночи" and q.speaker.text == "банке"


def test_a_closing_source_named_with_and_and_an_abbreviation_in_brackets():
    q = only("Прием заявлений начнется в июне, сообщила пресс-служба Министерства труда и социальной защиты (Минтруда).")
    assert q.speaker.text.startswith("пресс-служба Министерства труда и социальной защиты")


def test_an_impersonal_opening_is_no_part_of_what_the_closing_source_reports():
    qs = found("Сообщается, что в результате аварии пострадали двое рабочих, сообщает ТАСС.")
    assert [(q.text, q.speaker and q.speaker.text) for q in qs] == [("в результате аварии пострадали двое рабочих", "ТАСС")]


def test_an_impersonal_closing_cue_published_on_a_site():
    q = only("Губернатор подписал указ о новых выплатах, сообщается на сайте областной администрации.")
    assert q.text == "Губернатор подписал указ о новых выплатах" and q.cue.text == "сообщается"


def test_a_closing_attribution_may_name_the_one_told_after_the_speaker():
    q = only("Мост откроют к осени, сообщил он журналистам.")
    assert (q.text, q.speaker.text) == ("Мост откроют к осени", "он")
    assert only("Цех закроют до весны, сказал директор агентству «Интерфакс».").speaker.text == "директор"


def test_a_closing_verb_with_its_own_object_and_infinitive_closes_nothing():
    assert found("Завод закроют, призвал он жителей покинуть город.") == ()


def test_counted_sources_after_an_outlet_are_the_speakers():
    q = only("Сеть закроет до 40 магазинов, рассказали РБК два источника, знакомых с планами компании.")
    assert q.text == "Сеть закроет до 40 магазинов" and q.speaker.text == "два источника"


def test_a_count_after_a_singular_cue_is_its_object():
    assert not found("Театр покажет новый спектакль, анонсировал пять премьер.")


def test_a_place_in_an_oblique_case_after_a_singular_verb_is_its_object():
    assert all(q.speaker is None or q.speaker.text != "Франции" for q in extract(
        "Оратор, 20-летний Хамзат Азимов, угрожает Франции, призывает сторонников уезжать.").quotes)


def test_a_telegram_channel_named_in_marks_closes_a_report():
    q = only("Интерес к хавбеку проявлял и «Ростов», пишет телеграм-канал «Трансферы РПЛ».")
    assert q.speaker.name == "Трансферы РПЛ" and q.text == "Интерес к хавбеку проявлял и «Ростов»"
