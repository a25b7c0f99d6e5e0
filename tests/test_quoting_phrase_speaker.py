"""Who speaks a phrase report (quoting/phrase_speaker.py): subjects over inserts, relative
words, places, and the unnamed people of an indefinite plural. Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_relative_word_is_the_subject_of_a_phrase_report():
    q = only("На площадь вышли сотни жителей, которые требовали отставки мэра.")
    assert q.text == "отставки мэра" and q.speaker.text in ("которые", "сотни жителей")


def test_an_indefinite_plural_call_opening_the_sentence_is_impersonal_speech():
    q = only("Жителей призвали не выходить из домов.")
    assert (q.text, q.cue.text, q.speaker) == ("не выходить из домов", "призвали", None)


def test_an_indefinite_plural_call_opening_a_later_clause_is_impersonal_speech():
    q = only("Мосты закрыты, горожан просят не покидать квартиры.")
    assert (q.text, q.cue.text, q.speaker) == ("не покидать квартиры", "просят", None)


def test_a_nominative_in_the_clause_before_the_plural_verb_is_not_stepped_over():
    assert found("Мосты закрыты, спасатели продолжают искать пропавших.") == ()


def test_a_named_plural_subject_still_speaks():
    q = only("Врачи призвали жителей не выходить из домов.")
    assert q.speaker.text == "Врачи"


def test_a_relative_clause_in_a_document_speaks_for_its_author():
    q = only("Министр направил письмо губернатору, в котором поблагодарил его за помощь.")
    assert q.cue.text == "поблагодарил" and q.speaker.text == "Министр"


def test_an_indefinite_plural_inside_a_что_clause_is_not_a_report_of_its_own():
    qs = found("Студенты утверждают, что им предложили за плату поучаствовать в опросе.")
    assert [q.cue.text for q in qs] == ["утверждают"]


def test_a_singular_name_after_a_plural_verb_is_its_object_not_its_speaker():
    assert found("Сегодня в стране отмечают День Победы в память о погибших на войне.") == ()


def test_a_plural_verb_after_где_speaks_for_unnamed_people():
    q = only("Активисты пришли к мэрии, где требовали роспуска городского совета.")
    assert (q.text, q.cue.text) == ("роспуска городского совета", "требовали")


def test_a_plural_verb_after_adjuncts_only_speaks_for_unnamed_people():
    q = only("В понедельник из Киева сообщили о задержании двух подозреваемых.")
    assert q.text == "задержании двух подозреваемых"


def test_a_plural_verb_after_a_person_object_is_an_event_not_a_report():
    assert found("Вечером мэру доложили о пожаре на складе.") == ()


def test_the_subject_before_a_gerund_insert_speaks_a_phrase_report():
    qs = found("Прокурор, признав смягчающие обстоятельства, тем не менее попросил суд назначить реальный срок.")
    assert [(q.cue.text, q.speaker.text) for q in qs if q.cue.text == "попросил"] == [("попросил", "Прокурор")]


def test_a_singular_verb_after_adjuncts_only_goes_on_with_the_subject_before():
    qs = found("Новости\n\nУчёный вернулся в Москву. В 1990 году на съезде раскритиковал реформу образования.")
    assert [(q.text, q.cue.text) for q in qs] == [("реформу образования", "раскритиковал")]


def test_a_subject_put_after_the_verb_is_no_left_out_subject():
    qs = found("Новости\n\nСаммит откроется в среду. Впервые на встрече пообещал выступить министр финансов.")
    assert qs == ()


def test_a_place_inside_the_subjects_description_is_no_source():
    q = only("Торговые сети, работающие в Поволжье, объявили о снижении цен на хлеб.")
    assert q.speaker is None or "Поволжье" not in q.speaker.text


def test_reports_that_come_in_name_no_speaker_and_a_place_is_none():
    q = only("Из Саратова поступают сообщения о перебоях с водой.")
    assert q.text == "перебоях с водой"
    assert q.speaker is None


def test_unnamed_accusers_of_a_person_object():
    q = only("Бывшего мэра обвиняют в растрате городских средств.")
    assert q.text == "растрате городских средств" and q.speaker is None


def test_unnamed_reporters_to_a_person_are_no_report():
    assert found("Ему доложили о пожаре на складе.") == ()


def test_unnamed_suspicion_is_no_report():
    assert found("Его подозревают в получении взятки.") == ()


def test_an_unnamed_perfective_charge_is_an_act():
    assert found("Его обвинили в убийстве соседа.") == ()


def test_a_participle_standing_for_people_speaks_for_a_phrase_report():
    q = only("Обвиняемый попросил перенести заседание.")
    assert q.text == "перенести заседание" and q.speaker.text == "Обвиняемый"
    assert only("Все бастующие потребовали повышения зарплат.").speaker.text == "Все бастующие"


def test_a_passive_participle_for_things_speaks_for_no_one():
    assert found("Собранные сведения указывают на рост продаж.") == ()


def test_a_locative_body_before_a_relative_clause_speaks_for_a_plural_verb():
    from ruarticle import extract
    [q] = extract("В компании «ТоннельСтройИнвест», которая выиграла контракт в 2023 году, объяснили "
                  "задержки сложными геологическими условиями.").quotes
    assert q.speaker.name == "ТоннельСтройИнвест"
    [q] = extract("В министерстве, в котором работают сто человек, заявили, что реформа продолжится.").quotes
    assert q.speaker.text == "министерстве"
