"""Abbreviations an article defines in brackets, named in full and in the nominative."""
from ruarticle import extract
from ruarticle.quoting.abbreviations import definitions, spelled_out


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


def test_full_name_stops_at_a_line_break():
    text = "Допинг\nВсемирное антидопинговое агентство (ВАДА) сообщило."
    assert definitions(text) == {"ВАДА": "Всемирное антидопинговое агентство"}


def test_adjectives_joined_by_and_stay_in_the_name():
    text = "По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН (ФАО), цены выросли."
    assert definitions(text) == {"ФАО": "Всемирная продовольственная и сельскохозяйственная организация ООН"}


def test_full_name_in_brackets_after_the_abbreviation():
    text = "Об этом сообщил представитель NHS (Национальная служба здравоохранения — Public Health)."
    assert definitions(text) == {"NHS": "Национальная служба здравоохранения"}


def test_a_remark_in_brackets_after_an_abbreviation_defines_nothing():
    text = "Об этом сообщило МВД (Смотрите выше)."
    assert definitions(text) == {}


def test_abbreviation_spelled_out_by_the_initials_of_a_name():
    text = "Наблюдатели от Организации по безопасности и сотрудничеству в Европе приехали. ОБСЕ довольна."
    assert spelled_out(text, "ОБСЕ") == "Организация по безопасности и сотрудничеству в Европе"


def test_initials_must_spell_the_whole_abbreviation():
    text = "Организация по безопасности приехала. ОБСЕ довольна."
    assert spelled_out(text, "ОБСЕ") is None


def test_delegation_of_an_abbreviated_body_speaks_for_it_in_full():
    text = ("Наблюдатели от Организации по безопасности и сотрудничеству в Европе приехали. "
            "По мнению делегации ОБСЕ, выборы прошли честно.")
    q = extract(text).quotes[-1]
    assert q.speaker.name == "Организация по безопасности и сотрудничеству в Европе"


def test_a_person_name_spells_no_abbreviation():
    text = "Сергей Кузнецов приехал в город. СК возбудил дело."
    assert spelled_out(text, "СК") is None


def test_a_hyphenated_latin_name_spells_out_its_initials():
    text = "Компания Hewlett-Packard купила 3Com. По мнению руководства HP, сделка выгодна."
    assert spelled_out(text, "HP") == "Hewlett-Packard"
    assert spelled_out("Жители Санкт-Петербурга и СП вышли на улицы.", "СП") is None


def test_compound_short_name_in_brackets_is_defined():
    text = "Федеральная служба по надзору в сфере транспорта (Ространснадзор) начала проверку."
    assert definitions(text) == {"Ространснадзор": "Федеральная служба по надзору в сфере транспорта"}


def test_a_place_or_person_in_brackets_is_no_short_name():
    assert definitions("Выставку открыло Министерство культуры края (Красноярск).") == {}
    assert definitions("Выставку открыл Новый театр юного зрителя (Петров).") == {}


def test_speaker_written_as_the_short_name_in_another_case_gets_the_full_name():
    text = ("Федеральное агентство морского и речного транспорта (Росморречфлот) проверит порты. "
            "Как сообщили в Росморречфлоте, проверка продлится месяц.")
    q = extract(text).quotes[-1]
    assert q.speaker.name == "Федеральное агентство морского и речного транспорта"


def test_every_word_before_the_head_is_read_in_the_names_case():
    # "Сирийских" and "демократических" read first as locative, yet here they are genitive
    text = "По данным Сирийских демократических сил (СДС), бои продолжаются."
    assert definitions(text)["СДС"] == "Сирийские демократические силы"
