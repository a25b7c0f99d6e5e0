"""Block quotes: paragraphs of speech without marks, attributed by a neighbouring line."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_a_paragraph_reporting_another_source_ends_the_speech_run():
    text = ("Мост откроют к зиме\n\n"
            "Глава управления дорог Сергей Ким на брифинге сказал:\n\n"
            "Мы закончим работы в ноябре. Все материалы уже закуплены.\n\n"
            "Водители, опрошенные журналистами, жалуются, что объезд занимает час.\n\n"
            "Напомним, мост закрыли весной.")
    said = {q.text[:20]: q for q in found(text)}
    complaint = [q for q in found(text) if "объезд занимает час" in q.text]
    assert said["Мы закончим работы в"].speaker.name == "Сергей Ким"
    assert complaint and all(q.kind == "indirect" and (q.speaker is None or q.speaker.name != "Сергей Ким")
                             for q in complaint)


def test_a_dash_closing_an_apposition_is_not_the_end_of_speech():
    qs = found("Вчера её брат – известный хоккеист Пётр Сидоров – сказал журналистам, что матч перенесли.")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "матч перенесли")]
    assert qs[0].speaker.text == "её брат – известный хоккеист Пётр Сидоров"


LOST_STATEMENT = ("Бегун сбежал\n\nКубинский бегун покинул сборную. В заявлении федерации говорится:\n\n\n"
                  "В 2012 году Ортега стал финалистом Олимпиады. Президент федерации Иван Петров "
                  "сообщил агентству, что информации о бегуне у него нет.")


def test_a_lost_statement_is_not_replaced_by_the_narrative_after_the_blank():
    qs = found(LOST_STATEMENT)
    assert [(q.kind, q.text) for q in qs] == [("indirect", "информации о бегуне у него нет")]


def test_first_person_inside_marks_does_not_make_the_narrative_after_the_blank_speech():
    qs = found(LOST_STATEMENT + " «К нам он не обращался», — отметил Петров.")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "информации о бегуне у него нет"),
                                              ("direct", "К нам он не обращался")]


def test_a_statement_after_one_blank_line_is_still_a_block():
    q = only("Бегун сбежал\n\nКубинский бегун покинул сборную. В заявлении федерации говорится:\n\n"
             "Спортсмен Ортега нарушил контракт. Федерация требует вернуть его на Кубу.")
    assert q.kind == "block"


def test_a_verb_in_the_first_person_speaks_without_its_pronoun():
    text = ("Мэр Олег Данилов объявил об уходе.\n\n"
            "Он пояснил, что «сделал всё, что мог», поэтому:\n"
            "Считаю это решение единственно верным, город заслуживает нового руководителя.\n\n"
            "Выборы назначат весной.")
    qs = found(text)
    assert [q.text for q in qs if q.kind == "block"] == [
        "Считаю это решение единственно верным, город заслуживает нового руководителя."]
    assert "сделал всё, что мог" in [q.text for q in qs]  # the turn "поэтому" is the author's


def test_a_decree_after_a_line_without_a_verb_is_no_speech():
    text = ("Президент подписал указ об отставке губернатора. Полный текст документа:\n"
            "В связи с заявлением губернатора постановляю принять его отставку.\n\n"
            "Губернатор занимал пост с 2014 года.")
    assert not [q for q in found(text) if q.kind == "block"]
