"""Indirect speech in one sentence; the word filter in front of the word-led rules
changes no result."""
import pytest

from ruarticle.quoting import indirect
from quoted import only  # noqa: E402 (tests folder is on sys.path)

SENTENCES = [
    "Министр заявил, что мост построят к весне.",
    "По словам министра, мост построят к весне.",
    "Как сообщил министр, мост построят к весне.",
    "Мост построят к весне, сообщает ТАСС.",
    "Об этом сообщил министр транспорта.",
    "О сроках стройки рассказал министр транспорта.",
    "Депутаты, считающие, что закон вреден, покинули зал.",
    "Министр не исключил, что мост построят позже.",
    "Эксперт уверен, что цены вырастут.",
    "Министр привёл слова инженера о том, что мост надёжен.",
    "Глава района успел заявить, что дорогу откроют.",
    "Джобс покинул пост, сообщив об этом в письме сотрудникам.",
    "Сообщается, что пожар потушен.",
]


def found(text):
    return [(d.kind, text[d.start:d.end], d.cue)
            for d in indirect.find(text, (0, len(text)), None, 0, lambda pos: False)]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_word_filter_changes_no_result(text, monkeypatch):
    filtered = found(text)
    monkeypatch.setattr(indirect, "may_report", lambda word: True)
    assert found(text) == filtered


def test_a_reporting_verb_with_that_gives_the_clause():
    assert found(SENTENCES[0])[0][:2] == ("indirect", "мост построят к весне")


def test_the_sentences_hold_reports_of_every_kind():
    assert all(found(text) for text in SENTENCES)


def test_однако_inside_the_marks_the_content_opens_with_is_the_sources():
    text = ('Как рассказал газете источник, "кандидат дал согласие, однако министр сказал, '
            'что не видит в нём смысла".')
    assert found(text)[0][1] == "кандидат дал согласие, однако министр сказал, что не видит в нём смысла"


def test_a_cue_inside_a_quoted_fragment_of_another_report_is_part_of_it():
    text = "Она сказала, что ушла из банка, «потому что не хотела, чтобы мне указывали, что делать»."
    assert [d[1] for d in found(text)] == [
        "ушла из банка, «потому что не хотела, чтобы мне указывали, что делать»"]


def test_a_report_in_a_relative_clause_inside_a_content_is_part_of_it():
    text = "Он рассказал, что его избили охранники, которые угрожали убить его."
    assert [d[1] for d in found(text)] == ["его избили охранники, которые угрожали убить его"]


def test_people_of_a_content_with_a_statement_of_their_own_stay_a_quote():
    text = "Он сказал, что тон задавали сторонники проекта, которые доказывали, что он выгоден."
    assert [d[1] for d in found(text)][-1] == "он выгоден"


def test_an_unsourced_как_сообщалось_inside_a_content_is_part_of_it():
    text = "Полиция отметила, что водитель не погиб, как сообщалось ранее, но получил ранения."
    assert [d[1] for d in found(text)] == ["водитель не погиб, как сообщалось ранее, но получил ранения"]


def test_a_gerund_s_clause_ends_where_its_subject_s_own_report_resumes():
    assert [q[1] for q in found("Адвокат, ссылаясь на то, что клиент раскаялся, попросил о снисхождении.")] \
        == ["клиент раскаялся", "снисхождении"]


def test_a_report_inside_the_source_s_own_marks_does_not_cut_them():
    text = 'Как рассказал источник, "министр дал согласие, однако премьер сказал, что не видит смысла".'
    assert found(text)[0][1] == "министр дал согласие, однако премьер сказал, что не видит смысла"


def test_a_gerund_of_belief_after_the_content_is_the_speaker_s_own_next_report():
    assert [q[1] for q in found("Инвестор выступал против того, чтобы бренд ушёл конкуренту, полагая, "
                                "что имеет на него права.")] == ["бренд ушёл конкуренту", "имеет на него права"]


def test_what_came_of_a_request_after_but_is_the_authors():
    from quoted import found
    q, = found("Мэрия распорядилась, чтобы сквер закрыли на ремонт, однако жители района "
               "оспорили это решение в суде.")
    assert q.text == "сквер закрыли на ремонт"
    q, = found("Обвинение просило для бывшего мэра шесть лет колонии, но суд ограничился условным сроком.")
    assert q.text == "для бывшего мэра шесть лет колонии"


def test_but_inside_a_claim_stays_in_it():
    from quoted import found
    q, = found("Мэр заявил, что сквер закроют на ремонт, однако жители смогут гулять вдоль ограды.")
    assert q.text.endswith("вдоль ограды")


def test_odnako_with_the_speakers_own_verb_goes_on():
    text = "По словам адвоката, он доволен решением суда, однако считает нужным обжаловать приговор."
    assert found(text)[0][1] == "он доволен решением суда, однако считает нужным обжаловать приговор"


def test_odnako_before_the_speakers_quoted_words_goes_on():
    text = "По её словам, решение далось нелегко, однако «надо идти до конца»."
    assert found(text)[0][1] == "решение далось нелегко, однако «надо идти до конца»"


def test_a_refusal_to_say_more_after_но_is_the_authors():
    from quoted import only
    q = only("В мэрии подтвердили, что проверка идёт, но от подробностей отказались.")
    assert q.text == "проверка идёт"


def test_a_declined_report_after_однако_ends_the_content():
    from quoted import only
    q = only("Тренер заявил, что покидает клуб, однако не стал распространяться о причинах.")
    assert q.text == "покидает клуб"


def test_a_refusal_of_the_contents_own_subject_stays():
    from quoted import only
    q = only("Аналитик сказал, что банк отказался от сделки, но не стал продавать акции.")
    assert q.text == "банк отказался от сделки, но не стал продавать акции"


def test_what_the_speaker_meant_is_the_authors_note():
    from quoted import only
    q = only("Проповедник утверждает, что победа близка, имея в виду войну на юге страны.")
    assert q.text == "победа близка"


def test_advice_after_однако_goes_on_but_an_aside_to_the_reader_does_not():
    q = only("Экономист Санжар Холматов считает, что рост тарифов был неизбежен, однако государству стоит "
             "компенсировать его бизнесу.")
    assert q.text.endswith("однако государству стоит компенсировать его бизнесу")
    q = only("Министр заявил, что цены стабильны, однако не стоит забывать о сезонном росте.")
    assert q.text == "цены стабильны"
