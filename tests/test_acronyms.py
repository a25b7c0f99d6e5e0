"""Organisations written by abbreviations and short forms get their full names."""
from ruarticle import extract
from ruarticle.acronyms import short_form


def orgs(text):
    return [e for e in extract(text).entities if e.type == "ORG"]


def holding(text, mention):
    found = [e for e in orgs(text) if any(m.text == mention for m in e.mentions)]
    assert found, [e.name for e in orgs(text)]
    return found[0]


def test_capital_abbreviation_is_matched_as_written():
    assert short_form("ФСБ") == "ФСБ"
    assert short_form("Фсб") is None


def test_short_form_is_matched_by_its_lemma():
    assert short_form("Минфина") == "минфин"
    assert short_form("минфина") is None  # lowercase: no name


def test_well_known_abbreviation_takes_the_full_name():
    org = holding("Задержание провели сотрудники ФСБ в пятницу.", "ФСБ")
    assert org.name == "Федеральная служба безопасности"


def test_short_form_keeps_its_text_as_the_mention():
    org = holding("Генпрокуратура начала проверку завода.", "Генпрокуратура")
    assert org.name == "Генеральная прокуратура"
    assert [m.normal for m in org.mentions] == ["Генеральная прокуратура"]


def test_place_after_the_short_form_stays_in_the_name():
    org = holding("Заявление опубликовал МИД Франции во вторник.", "МИД Франции")
    assert org.name == "Министерство иностранных дел Франции"


def test_unlisted_abbreviation_keeps_its_name():
    org = holding("Решение принял МОК после долгого обсуждения.", "МОК")
    assert org.name == "МОК"


def test_article_definition_comes_before_the_table():
    text = ("Всемирная ассоциация деревянных судов (ВАДА) провела регату. "
            "ВАДА пообещала новые гонки.")
    org = holding(text, "ВАДА")
    assert org.name == "Всемирная ассоциация деревянных судов"
    assert len([m for m in org.mentions if m.text == "ВАДА"]) == 2


def test_definition_in_quotation_marks_names_a_hyphenated_abbreviation():
    text = ('Лидер партии "Союз свободных фермеров Зимбабве" (SFF-Z) выступил. '
            "Представитель SFF-Z заявил о победе.")
    org = holding(text, "SFF-Z")
    assert org.name == "Союз свободных фермеров Зимбабве"


def test_one_letter_media_abbreviation_is_listed():
    assert short_form("Ъ") == "Ъ"
    assert short_form("Ы") is None


def test_short_form_stands_for_its_full_name():
    from ruarticle.acronyms import stands_for
    assert stands_for("Минфина", "Министерство финансов России")


def test_short_form_does_not_stand_for_another_body():
    from ruarticle.acronyms import stands_for
    assert not stands_for("Минфина", "Министерство обороны")


def _tokens(*words):
    from types import SimpleNamespace
    out, at = [], 0
    for w in words:
        out.append(SimpleNamespace(text=w, start=at, end=at + len(w)))
        at += len(w) + 1
    return out


def test_listed_abbreviation_ner_left_out_becomes_an_organisation():
    from ruarticle.acronyms import expand
    found = expand(_tokens("сообщили", "в", "СКР"), [])
    assert [(c.type, c.normal) for c in found] == [("ORG", "Следственный комитет России")]


def test_unlisted_capitals_are_not_added():
    from ruarticle.acronyms import expand
    assert expand(_tokens("сообщили", "в", "ООО"), []) == []


def test_short_form_written_as_listed_is_known_though_its_lemma_differs():
    assert short_form("Минприроды") == "минприроды"
    assert short_form("Минпромстроя") == "минпромстрой"


def test_ministry_short_form_is_read_as_the_articles_countrys_ministry():
    text = ("В Астане Минцифры представило новую платформу. Казахстан запускает её в 2025 году.\n"
            "В Караганде и Шымкенте платформу проверят первыми.")
    names = [e.name for e in extract(text).entities if e.type == "ORG"]
    assert "Министерство цифрового развития, инноваций и аэрокосмической промышленности" in names


def test_ministry_of_another_country_is_not_read_into_the_short_form():
    text = ("В Ташкенте Минцифры представило новую платформу. Узбекистан запускает её в 2025 году.\n"
            "В Самарканде платформу проверят первыми.")
    names = [e.name for e in extract(text).entities if e.type == "ORG"]
    assert not any(n.startswith("Министерство цифрового развития") for n in names)


def test_person_span_opening_with_a_ministry_short_form_is_split():
    text = "Министр Минпромстроя Айдар Ахметов открыл завод в Караганде."
    found = extract(text).entities
    assert any(e.type == "PER" and e.name == "Айдар Ахметов" for e in found)
    assert any(e.type == "ORG" and e.name == "Министерство промышленности и строительства"
               for e in found)


def test_national_bank_is_the_articles_countrys():
    text = "Нацбанк Казахстана сохранил ставку. В Нацбанке отметили рост цен в Астане и Алматы."
    names = [e.name for e in orgs(text)]
    assert "Национальный банк Республики Казахстан" in names


def test_abbreviation_spelling_the_initials_of_a_name_in_the_article_is_that_body():
    text = ("Об этом сообщает пресс-служба департамента полиции Мангистауской области.\n"
            "Начальник ДП Мангистауской области Ерлан Сарсенов провел брифинг.")
    assert holding(text, "ДП Мангистауской области").name == \
        "Департамент полиции Мангистауской области"


def test_abbreviation_with_two_readings_in_the_article_stays_as_written():
    text = ("Пресс-служба департамента полиции и пресс-служба дорожной полиции сообщили о ДТП.\n"
            "В ДП Актау провели проверку.")
    assert not any(e.name.startswith("Департамент полиции") or e.name.startswith("Дорожная")
                   for e in orgs(text) if any(m.text.startswith("ДП") for m in e.mentions))
