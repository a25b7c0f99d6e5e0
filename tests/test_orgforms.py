"""The fullest form of an organisation's name, on articles written for the tests."""
from ruarticle import extract


def orgs(text):
    return {e.name: [m.text for m in e.mentions] for e in extract(text).entities if e.type == "ORG"}


def test_country_abbreviation_is_written_out_as_the_article_spells_the_country():
    text = ("Министерство энергетики Кыргызской Республики сообщило о маловодье.\n"
            "По данным Министерства энергетики КР, воды в водохранилище стало меньше.")
    found = orgs(text)
    assert found["Министерство энергетики Кыргызской Республики"] == [
        "Министерство энергетики Кыргызской Республики", "Министерства энергетики КР"]


def test_spelled_country_of_another_body_serves_too():
    text = ("Председатель Кабинета министров Кыргызской Республики провел совещание.\n"
            "Об этом сообщили в Министерстве финансов КР.")
    assert "Министерство финансов Кыргызской Республики" in orgs(text)


def test_abbreviation_stays_when_the_article_never_spells_the_country():
    text = "Об этом сообщили в Министерстве финансов КР. Ведомство готовит бюджет."
    assert "Министерство финансов КР" in orgs(text)
