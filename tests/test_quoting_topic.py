"""The body a report is about: bare "в банке", "в компании" take up the headline's body."""
from quoted import found
from ruarticle.quoting.topic import headline_body


def _speaker_of(text, content_start):
    return next(q for q in found(text) if q.text.startswith(content_start)).speaker


def test_headline_body_after_a_breadcrumb():
    text = "Экономика | Банки\n«Северный капитал» закрыл отделения в Сибири\n\nБанк «Северный капитал» закрыл..."
    assert headline_body(text) == "Северный капитал"


def test_a_long_first_line_is_no_headline():
    assert headline_body("«Северный капитал» " + "закрыл отделения в Сибири, " * 10 + "\n") is None


def test_bare_bank_is_the_headline_bank_not_the_central_bank_named_since():
    text = ("Финансы\n«Северный капитал» закрыл отделения в Сибири\n\n"
            "Банк «Северный капитал» закрыл 12 отделений в Сибири. "
            "Банк России следит за ситуацией. "
            "В банке объяснили, что клиенты будут обслуживаться в Новосибирске.")
    s = _speaker_of(text, "клиенты будут")
    assert (s.text, s.name) == ("банке", "Северный капитал")


def test_bare_company_needs_the_headline_body_shown_of_its_kind():
    text = ("Новости\n«Северный капитал» выиграл тендер\n\n"
            "Фонд «Северный капитал» выиграл тендер. Компания «Техстрой» проиграла. "
            "В компании заявили, что обжалуют итоги.")
    s = _speaker_of(text, "обжалуют итоги")
    assert s.name != "Северный капитал"


def test_a_body_sentence_is_no_headline():
    assert headline_body("«Северный капитал» закрыл отделения. В банке объяснили это.\n") is None
    assert headline_body("«Северный капитал» закрыл отделения в Сибири") is None


def test_every_bare_bank_of_an_article_takes_up_the_headline_body():
    text = ("Финансы\n«Северный капитал» закрыл отделения в Сибири\n\n"
            "Банк «Северный капитал» закрыл 12 отделений в Сибири. "
            "В банке объяснили, что клиенты будут обслуживаться в Новосибирске. "
            "Вклады сохранятся, добавили в банке.")
    speakers = [_speaker_of(text, start) for start in ("клиенты будут", "Вклады сохранятся")]
    assert [s.name for s in speakers] == ["Северный капитал", "Северный капитал"]


def test_headline_body_named_after_its_noun_a_few_words_in():
    text = "Вкладчики банка «Северный капитал» не смогли снять деньги\n\nБанк «Северный капитал» ..."
    assert headline_body(text) == "Северный капитал"


def test_a_capitalised_noun_opening_a_subtitle_takes_up_the_headline_body():
    text = ("«Северный капитал» закрыл отделения в Сибири\n\nБанк сослался на падение спроса\n\n"
            "Банк «Северный капитал» закрыл 12 отделений, сообщил его председатель Олег Зуев.")
    assert _speaker_of(text, "падение спроса").name == "Северный капитал"
