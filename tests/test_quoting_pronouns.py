"""Pronouns taken for the person they continue (quoting/pronouns.py). Sentences written for these tests."""
from ruarticle import extract


def test_a_thing_that_could_be_a_person_noun_describes_nobody():
    text = ("Директор Антон Лысенко убеждал депутатов, что парковки разгрузят улицы. Его коллега Денис Ковальчук "
            "поддержал проект. Он напомнил, что заполняемость снизилась.\n"
            "После голосования Лысенко сообщил, что мэрия доработает проект. «Мы услышали критику», — пообещал он.")
    assert extract(text).quotes[-1].speaker.name == "Антон Лысенко"
