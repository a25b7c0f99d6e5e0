"""Where quote content ends (quoting/extent.py), through the public extract()."""
from quoted import found, only  # noqa: F401 (tests folder is on sys.path)


def test_marked_words_inside_an_indirect_clause_are_one_indirect_quote():
    qs = found('Министр Олег Юдин отметил, что представит новый план "так быстро, как это нужно городу", '
               'пишет местная газета.')
    assert all(q.kind == "indirect" for q in qs)
    assert any(q.cue.text == "отметил" and "так быстро" in q.text for q in qs)


def test_an_aside_inside_a_reported_clause_does_not_cut_it():
    q = only("Министр Иван Петров отметил, что курс остаётся стабильным благодаря резервам, "
             "которые, по его словам, превысили пять миллиардов долларов.")
    assert q.cue.text == "отметил" and q.text.endswith("превысили пять миллиардов долларов")


def test_an_aside_after_a_whole_clause_is_a_quote_of_its_own():
    qs = found("Министр Иван Петров заявил, что выборы станут выбором между миром и войной, "
               "по его словам, речь идёт о будущем страны.")
    assert [q.cue.text for q in qs] == ["заявил", "по его словам"]


def test_indirect_content_runs_on_to_the_marks_it_opened():
    q = only("По словам епископа Григория Петрова, статья закона «прямо противоречит высказыванию: "
             "„Любите врагов ваших“». Других заявлений не было.")
    assert q.text.endswith("„Любите врагов ваших“»")


def test_a_report_that_carries_a_quotes_own_attribution_relays_it():
    qs = found("«Местные власти не спешили выполнять решение суда», — говорится в сообщении мэрии, "
               "пишет городская газета.")
    assert [q.kind for q in qs] == ["direct"]


def test_a_report_running_into_marked_speech_ends_with_its_sentence():
    qs = found("После посадки Анна Белова сказала, что скорость превысила 900 км/ч. «Для меня это была "
               "обычная работа, и я справилась», — говорит Анна Белова.")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "скорость превысила 900 км/ч"),
                                             ("direct", "Для меня это была обычная работа, и я справилась")]


def test_a_named_sources_aside_after_a_colon_stays_inside_the_report():
    q = only("Министр отметил, что фактором роста цен остаётся политика: расходы бюджета, "
             "по оценке Нацбанка, поддерживают спрос.")
    assert q.cue.text == "отметил" and q.text.endswith("поддерживают спрос")


def test_a_named_sources_aside_in_a_relative_clause_is_their_view():
    qs = found("Мэр обещал продолжать «реформу Петрова», которая, по словам её сторонников, "
               "означает строительство новых школ.")
    assert [q.cue.text for q in qs] == ["обещал", "по словам"]


def test_an_insert_after_a_pointer_is_nested_in_the_report():
    qs = found("Газета отмечает, что сделку должны были закрыть весной: об этом, по сведениям "
               "источников издания, стороны договорились ещё в январе.")
    assert [q.cue.text for q in qs] == ["отмечает", "по сведениям"]
    assert qs[0].text.endswith("договорились ещё в январе")
    assert qs[1].text == "стороны договорились ещё в январе"


def test_content_ends_where_a_lost_line_break_glued_the_next_line_to_it():
    q = only("Начальник полиции рекомендовал правительству установить на входах рамки "
             "металлоискателейВпервые за 17 лет у входа установлены ворота.")
    assert q.text == "установить на входах рамки металлоискателей"


def test_a_name_with_a_capital_inside_is_no_glue():
    q = only("Министр заявил, что ЛеБрон Джеймс и ДиКаприо приедут.")
    assert q.text == "ЛеБрон Джеймс и ДиКаприо приедут"


def test_a_company_name_written_in_camel_case_is_no_glue():
    q = only("В пресс-службе сообщили, что подрядчику ООО «СтройВолгаРесурс» направлена претензия.")
    assert q.text.endswith("«СтройВолгаРесурс» направлена претензия")
