"""Abbreviations an article defines in brackets, named in full and in the nominative."""
from ruarticle import extract
from ruarticle.quoting.abbreviations import definitions


def test_full_name_before_the_bracket():
    assert definitions("Всемирное антидопинговое агентство (ВАДА) лишило её аккредитации.") \
        == {"ВАДА": "Всемирное антидопинговое агентство"}


def test_genitive_name_is_put_in_the_nominative():
    text = "Эксперты Национальной службы здравоохранения Великобритании (NHS) сообщили."
    assert definitions(text) == {"NHS": "Национальная служба здравоохранения Великобритании"}


def test_quoted_name_before_the_bracket():
    text = 'лидер "Африканского национального союза Зимбабве" (ZANU) выступил'
    assert definitions(text) == {"ZANU": "Африканский национальный союз Зимбабве"}


def test_one_word_before_the_bracket_defines_nothing():
    assert definitions("Министерство (МВД) сообщило.") == {}


def test_speaker_written_as_the_abbreviation_gets_the_full_name():
    text = ("Всемирное антидопинговое агентство (ВАДА) лишило лабораторию аккредитации. "
            "Ситуация стала беспрецедентной, заявили в ВАДА.")
    q = extract(text).quotes[-1]
    assert (q.speaker.text, q.speaker.name) == ("ВАДА", "Всемирное антидопинговое агентство")


def test_name_opening_the_sentence_before_a_country_abbreviation():
    assert definitions("Антидопинговое агентство США (USADA) сообщило.") \
        == {"USADA": "Антидопинговое агентство США"}
