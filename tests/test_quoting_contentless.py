"""Contents that only name an addressee are no quotes (quoting/contentless.py)."""
from ruarticle import extract


def texts(text):
    return [q.text for q in extract(text).quotes]


def test_condolences_to_the_families_are_no_quote():
    assert texts("Президент выразил глубокие соболезнования родным и близким погибших.") == []


def test_a_verb_alone_with_a_dative_is_left_to_the_verb_rules():
    assert texts("Министр посоветовал клубу Дэвида Мойеса.") == ["клубу Дэвида Мойеса"]


def test_a_cue_phrase_with_a_clause_after_it_still_reports():
    assert texts("Министр выразил надежду, что переговоры продолжатся.") == ["переговоры продолжатся"]


def test_a_thing_that_threatens_reports_no_words():
    assert texts("Нынешний политический кризис угрожает дестабилизировать экономику страны.") == []


def test_a_body_that_promises_reports():
    assert texts("Правительство обещает провести тщательное расследование.") == ["провести тщательное расследование"]


def test_a_person_described_by_a_thing_noun_still_reports():
    assert texts("Легенда кино Брижит Бардо пригрозила эмигрировать в Россию.") == ["эмигрировать в Россию"]


def test_a_capitalised_subject_may_be_a_name():
    assert texts("Нода пообещал не сдаваться.") == ["не сдаваться"]


def test_a_thing_opening_the_sentence_with_a_capital_reports_no_words():
    assert texts("Сделка ожидает одобрения регуляторов, что может задержать её закрытие.") == []


def test_an_object_pointing_at_the_gerunds_report_is_no_content():
    assert texts("Пресс-служба опровергла эту информацию, сообщив, что журналисты ошиблись.") == [
        "журналисты ошиблись"]


def test_an_object_standing_alone_stays_the_content():
    assert texts("Лидер фракции Иван Петров опроверг эту информацию.") == ["эту информацию"]


def test_authorities_or_an_alliance_promise_as_speakers():
    [q] = extract("Городские власти пообещали, что мост откроют к зиме.").quotes
    assert (q.text, q.speaker.text) == ("мост откроют к зиме", "Городские власти")
    assert texts("Альянс обещает не сокращать помощь союзникам.") == ["не сокращать помощь союзникам"]


def test_documents_that_testify_are_evidence_not_speech():
    assert texts("Журналисты получили документы, свидетельствующие о том, что завод продадут.") == []


def test_a_bare_factory_promising_to_become_something_tells_a_prospect():
    assert not extract("Завод обещает стать крупнейшим в регионе.").quotes
    assert extract("Несколько крупных заводов пообещали поднять цену на молоко.").quotes
