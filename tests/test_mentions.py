"""Mention candidates: spans trimmed to the person or body they name."""
from ruarticle import extract



def test_post_that_is_also_a_first_name_is_cut_off_with_its_place():
    text = "АЛМАТЫ. Аким Алматы Ерболат Досаев провел встречу с жителями города."
    people = [e.name for e in extract(text).entities if e.type == "PER"]
    assert people == ["Ерболат Досаев"]


def test_shortened_post_guessed_as_a_surname_is_no_person():
    text = "Серик Кожаниязов рассказал о реновации. Замакима добавил, что домов станет больше."
    people = [e.name for e in extract(text).entities if e.type == "PER"]
    assert people == ["Серик Кожаниязов"]


def test_an_outlet_after_a_body_s_abbreviation_was_told_and_is_no_part_of_its_name():
    text = "В пресс-службе ГУ МЧС ТАСС сообщили о пожаре. Как сообщили в МВД ТАСС, склад закрыт."
    orgs = {e.name for e in extract(text).entities if e.type == "ORG"}
    assert {"пресс-служба ГУ МЧС", "Министерство внутренних дел", "ТАСС"} <= orgs
    assert not any(name.endswith(" ТАСС") for name in orgs)


def test_an_organisation_that_opens_a_quoted_name_keeps_its_closing_mark():
    a = extract("Новосибирский банк «Сибирский капитал» ведет переговоры о продаже портфеля.")
    org = next(e for e in a.entities if e.type == "ORG")
    assert org.name.endswith("«Сибирский капитал»")


def test_a_quoted_name_after_a_legal_forms_letters_stays_as_written():
    a = extract("В ОАХК «Барки Точик» ограничения объяснили нехваткой воды.")
    assert "Барки Точик" in [e.name for e in a.entities]
