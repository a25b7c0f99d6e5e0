"""The one told is no speaker (quoting/addressees.py)."""
from ruarticle.quoting.addressees import (addressee, past_outlet_before_person, past_outlet_before_place,
                                          quoted_addressee, quoted_outlet)
from ruarticle.quoting.words import tokenize


def test_a_dative_common_noun_is_an_addressee():
    assert addressee(tokenize("журналистам")[0])
    assert not addressee(tokenize("мэр")[0])


def test_an_outlet_before_a_person_noun_is_stepped_over():
    ws = tokenize("РБК пресс-секретарь завода")
    assert past_outlet_before_person(ws, 0, len(ws)) == 1


def test_a_name_before_a_post_it_holds_is_kept():
    ws = tokenize("Иванов")
    assert past_outlet_before_person(ws, 0, len(ws)) == 0


def test_an_outlet_before_the_place_the_words_came_from_is_stepped_over():
    ws = tokenize("сообщили РБК в пресс-службе завода")
    assert past_outlet_before_place(ws, 1, len(ws)) == 2
    ws = tokenize("сообщили «Ведомостям» в мэрии")
    assert past_outlet_before_place(ws, 1, len(ws)) == 4


def test_a_short_quoted_name_in_the_dative_was_told():
    ws = tokenize("рассказал «Ведомостям» директор")
    assert quoted_addressee(ws, 1, len(ws))
    assert quoted_outlet(ws, (1, 4))
    ws = tokenize("пресс-служба «Газпрома»")
    assert not quoted_outlet(ws, (1, 4))


def test_an_outlet_after_a_newsroom_noun_is_passed_with_it():
    from ruarticle.quoting.addressees import past_outlet
    ws = tokenize("корреспонденту «Ведомостей» директор")
    assert past_outlet(ws, 0, len(ws)) == 4
    ws = tokenize("журналисту ТАСС директор")
    assert past_outlet(ws, 0, len(ws)) == 2
    ws = tokenize("соседям директор")
    assert past_outlet(ws, 0, len(ws)) == 1


def test_a_quoted_name_read_as_a_dative_among_other_readings_is_told():
    ws = tokenize("ректор «Слою»")
    assert quoted_addressee(ws, 1, len(ws))


def test_an_outlet_named_last_after_a_professional_is_told():
    from quoted import only
    q = only("«Шансов на отмену штрафа мало», — сказал адвокат РБК.")
    assert q.speaker.text == "адвокат"


def test_an_outlet_after_its_own_editor_is_the_editor_s_outlet():
    from ruarticle.quoting.addressees import told_outlet
    ws = tokenize("главный редактор РБК")
    assert not told_outlet(ws, 2, len(ws))


def test_an_unnamed_sources_outlet_stays_in_its_phrase():
    from quoted import only
    q = only("«Сделка закрыта», — сказал собеседник ТАСС.")
    assert (q.speaker.text, q.speaker.name) == ("собеседник ТАСС", None)


def test_an_outlet_before_counted_sources_is_stepped_over():
    ws = tokenize("РБК два источника")
    assert past_outlet_before_person(ws, 0, len(ws)) == 1


def test_a_quoted_name_the_dictionary_guesses_as_a_dative_abbreviation_is_no_addressee():
    ws = tokenize("агентство « РИА-новости »")
    assert not quoted_addressee(ws, 1, len(ws))
    ws = tokenize("сообщил « Интерфаксу » источник")
    assert quoted_addressee(ws, 1, len(ws))
