"""Reports that are nobody's words (quoting/unsaid.py), through the public extract()."""
from quoted import found, only  # noqa: F401 (tests folder is on sys.path)


def test_the_topic_of_a_question_is_no_quote():
    qs = found("Отвечая на вопрос журналистов о стоимости проезда, мэр Иван Петров заявил, "
               "что тарифы останутся прежними.")
    assert [q.text for q in qs] == ["тарифы останутся прежними"]


def test_a_passive_status_is_no_quote():
    assert found("По итогам турнира Иван Петров был объявлен чемпионом мира.") == ()


def test_a_sentence_around_a_passive_cue_stays_a_quote():
    q = only("Причиной аварии следователями назван отказ двигателя.")
    assert q.cue.text == "назван"


def test_a_titles_list_of_topics_after_a_colon_is_no_quote():
    text = "Мэр отчитался перед горожанами: мосты, дороги и парки\n\nМэр Иван Петров провёл встречу с жителями."
    assert all(q.paragraph != 0 for q in found(text))


def test_words_still_to_be_said_are_no_quote():
    assert not found("Итоги конкурса будут объявлены 20 мая в 15:00 по местному времени.")


def test_a_talk_about_a_thing_reports_no_statement():
    assert found("Внучка поэта рассказала журналистам о судьбе деда и его наследии.") == ()


def test_a_fronted_topic_of_a_talk_reports_no_statement():
    assert found("О разговоре с премьером рассказал сам губернатор во время обращения.") == ()


def test_a_talk_about_an_agreement_reports_it():
    assert only("Президент рассказал о договорённости вернуть пленных.").text == "договорённости вернуть пленных"


def test_a_headline_cited_in_a_wiki_reference_is_no_quote():
    text = ("Мост через реку закрыли на ремонт[https://example.ru/news/1 Мэрия сообщила о закрытии "
            "моста :: Город :: Вести].")
    assert not found(text)


def test_a_thing_that_shows_or_needs_reports_nobodys_words():
    assert found("Рост продаж доказывает, что покупатели вернулись в магазины.") == ()
    assert found("Ремонт моста требует дополнительного финансирования.") == ()
    assert only("Губернатор требует дополнительного финансирования.").speaker.text == "Губернатор"


def test_a_talk_about_a_topic_before_a_colon_announces_the_words():
    text = ("Актёры съехались со всего мира. Один агент сказал о кастинге:\n\n"
            "Бардак, а не прослушивание.\n\nТем временем съёмки начались.")
    assert [(q.kind, q.text) for q in found(text)] == [("block", "Бардак, а не прослушивание.")]
    assert only("Клуб объявил об отставке тренера: решение принято вчера.").cue.text == "объявил"


def test_a_thing_that_promises_foretells():
    assert found("Решение суда обещает компании многомесячные разбирательства.") == ()
    assert only("Губернатор обещает, что мост откроют в мае.").cue.text == "обещает"
    assert only("Военный альянс обещает не оставлять союзников без поддержки.").cue.text == "обещает"


def test_a_notice_of_suspicion_served_is_no_quote():
    text = "Водителю грузовика сообщено о подозрении в нарушении правил дорожного движения."
    assert not found(text)


def test_a_suspicion_told_in_a_clause_stays_a_quote():
    text = "В полиции сообщили, что водителя подозревают в нарушении правил дорожного движения."
    assert "водителя подозревают в нарушении правил дорожного движения" in [q.text for q in found(text)]


def test_a_charge_citing_a_code_article_is_a_legal_act():
    assert found("Активиста обвиняли в хулиганстве (ч. 1 ст. 213 УК РФ) за то, что он разбил витрину.") == ()


def test_a_finding_citing_a_code_article_is_a_legal_act():
    assert found("Ведомство усмотрело в ролике признаки экстремизма (статья 280 УК РФ).") == ()


def test_an_accusation_without_a_code_article_is_still_a_report():
    q = only("Оппозиция обвинила мэра в растрате бюджетных средств.")
    assert q.cue.text == "обвинила"


def test_a_films_plot_is_nobodys_words():
    assert found("Фильм рассказывает о девочке, которая ищет своего отца.") == ()


def test_a_director_telling_about_the_film_is_a_report():
    q = only("Режиссёр рассказывает о девочке, которая ищет своего отца.")
    assert q.speaker.text == "Режиссёр"


def test_a_collective_subject_of_a_promise_speaks():
    q = only("Коалиция обещала снизить налоги на малый бизнес.")
    assert q.text == "снизить налоги на малый бизнес"


def test_a_crowd_or_a_family_demands_as_people_do():
    assert only("Толпа протестующих требовала освободить активиста.").text == "освободить активиста"
    assert only("Семья пострадавшего требует компенсации.").text == "компенсации"


def test_a_thing_with_a_quoted_name_after_it_shows_and_says_nothing():
    from ruarticle import extract
    assert extract("Успех «Просеки» доказывает, что читателю интересна проза.").quotes == ()
