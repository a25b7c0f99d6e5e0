"""Headlines that quote someone: "«...»: глава ведомства о ..." (quoting/headline.py)."""
from quoted import found  # noqa: E402 (tests folder is on sys.path)


def test_post_with_a_prepositional_phrase_after_the_quoted_words():
    q = found("«Тарифы останутся прежними»: председатель комитета по тарифам о планах на год\n\n"
              "Председатель комитета по тарифам Ирина Светлова заявила, что повышения не будет.")[0]
    assert (q.kind, q.speaker.text, q.speaker.name) == ("direct", "председатель комитета по тарифам", "Ирина Светлова")


def test_headline_topic_without_a_source_names_no_one():
    q = found("«Тарифы останутся прежними»: по итогам года о планах\n\nОтчёт опубликован.")[0]
    assert q.speaker is None


def test_a_post_with_a_quoted_body_name_is_a_headlines_source():
    q = found("Тренер «Сокола»: «Мы сами отдали сопернику победу»\n\n"
              "Главный тренер «Сокола» Игорь Ким заявил, что команда ошиблась в обороне.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Мы сами отдали сопернику победу", "Тренер «Сокола»")


def test_the_source_sentence_after_the_news_in_one_headline():
    # "<news>. <source>: «<words>»": the source is the last sentence's, not the whole line's
    q = found("«Сокол» проиграл «Вымпелу» и покинул зону плей-офф. Тренер хозяев: «Мы сами отдали победу»\n\n"
              "Главный тренер «Сокола» Игорь Ким заявил, что команда ошиблась в обороне.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Мы сами отдали победу", "Тренер хозяев")


def test_quoted_words_then_a_post_with_a_body_name_and_a_dash_before_the_topic():
    q = found("«Завод мы не продадим»: основатель «Северной стали» — о выручке и планах\n\n"
              "Основатель «Северной стали» Анна Ли рассказала, почему отказалась от сделки.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Завод мы не продадим", "основатель «Северной стали»")


def test_quoted_words_ending_in_a_stop_before_the_source_and_its_topic():
    q = found("«Нам не хватило холодной головы». Наставник «Тобола» — о поражении от «Ордабасы»\n\n"
              "Костанайский «Тобол» уступил «Ордабасы» со счётом 1:2.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Нам не хватило холодной головы", "Наставник «Тобола»")


def test_a_headline_of_two_sentences_with_no_source_quotes_nobody():
    assert not [q for q in found("«Тобол» обыграл «Кайрат». Матч прошел в Костанае\n\nТекст.") if q.paragraph == 0]


def test_a_post_with_its_adjective_before_the_colon_is_the_source():
    q = found("Главный тренер «Сабаила»: «Судья лишил нас победы»\n\nМатч завершился вничью.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("direct", "Судья лишил нас победы", "Главный тренер «Сабаила»")


def test_a_body_and_its_place_before_the_colon_retell_a_claim():
    q = found("Мэрия Бишкека: смог в городе вызван выбросами частного сектора\n\nТекст новости.")[0]
    assert (q.kind, q.speaker.text) == ("indirect", "Мэрия Бишкека")


def test_a_claim_then_a_dash_and_its_source():
    q = found("Проезд в тбилисском метро подорожает до 1,5 лари – мэрия\n\nТекст новости.")[0]
    assert (q.kind, q.text, q.speaker.text) == ("indirect", "Проезд в тбилисском метро подорожает до 1,5 лари", "мэрия")


def test_a_score_line_with_dashes_is_no_claim():
    assert not found("«Тобол» – «Кайрат» – 1:2\n\nТекст новости.")
