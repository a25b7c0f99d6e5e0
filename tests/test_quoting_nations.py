"""A people's noun -> the state it speaks for."""
from ruarticle.quoting.nations import state_of_people


def test_a_people_in_ets_gives_its_country():
    assert state_of_people("японец") == "Япония"


def test_a_people_in_yanin_gives_its_country():
    assert state_of_people("россиянин") == "Россия"


def test_a_noun_for_people_of_no_country_gives_nothing():
    assert state_of_people("пассажир") is None
