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
