"""Participle cues: "депутаты, считающие, что ..." report the view of the phrase they describe."""
from ruarticle import extract
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_a_reporting_participle_before_that_clause():
    qs = extract("Против выступили депутаты оппозиции, считающие, что закон ударит по малому бизнесу.").quotes
    assert len(qs) == 1
    assert qs[0].text == "закон ударит по малому бизнесу"
    assert qs[0].cue.text == "считающие"
    assert qs[0].speaker.text == "депутаты оппозиции"


def test_a_participle_that_reports_nothing_is_no_cue():
    assert not extract("Компании, производящие, что угодно, растут быстрее остальных.").quotes


def test_a_judging_participle_holds_its_judgement():
    qs = extract("Украина, считающая этот кредит политически обусловленным, решила не возвращать его.").quotes
    assert [(q.text, q.speaker.text) for q in qs] == [("этот кредит политически обусловленным", "Украина")]


def test_a_demanding_participle_holds_its_demand():
    qs = extract("Депутаты, призывающие отменить закон, собрались у здания парламента.").quotes
    assert [q.text for q in qs] == ["отменить закон"]


def test_counting_money_is_no_judgement():
    assert not extract("Депутаты, считающие деньги, собрались у здания парламента.").quotes


def test_a_member_of_the_described_group_holds_its_view():
    qs = extract("Фермер Олег Зуев относится к меньшинству, считающему, что пошлины вредны.").quotes
    assert [q.speaker.text for q in qs] == ["Фермер Олег Зуев"]


def test_a_group_addressed_by_someone_holds_its_own_view():
    qs = extract("Депутаты обратились к меньшинству, считающему, что пошлины вредны.").quotes
    assert [q.speaker.text for q in qs] == ["меньшинству"]


def test_participle_with_a_reason_after_тем_что():
    from ruarticle import extract
    qs = extract("Против запрета выступили депутаты, аргументировавшие свою позицию тем, "
                 "что закон нарушает права граждан.").quotes
    assert any(q.text == "закон нарушает права граждан" for q in qs)


def test_participle_with_a_topic_after_о():
    q = only("Клуб расстался с тренером, объявившим о завершении карьеры после сезона, ещё весной.")
    assert q.text == "завершении карьеры после сезона" and q.cue.text == "объявившим"


def test_participle_with_a_demonstrative_topic_reports_nothing():
    assert not found("Газеты, написавшие о данном случае, получили предупреждение.")


def test_people_wishing_to_do_something_ask_for_nothing():
    qs = found("Клуб сообщил, что проведёт просмотр для юношей, желающих попасть в основной состав, "
               "и пригласил всех.")
    assert [q.cue.text for q in qs] == ["сообщил"]


def test_a_participle_of_wishing_with_an_infinitive_expresses_no_wish():
    q = only("Клуб сообщил, что проведёт просмотр для юношей, желающих попасть в основной состав.")
    assert q.text == "проведёт просмотр для юношей, желающих попасть в основной состав"


def test_the_participle_describes_the_noun_it_agrees_with():
    q = only("Суд отклонил ходатайство прокуратуры, требовавшей оставить журналиста под арестом.")
    assert q.text == "оставить журналиста под арестом" and q.speaker.text == "прокуратуры"


def test_a_participle_with_an_adjunct_first_is_no_judgement():
    assert found("Министр прокомментировал скандал, связанный с отставкой губернатора.") == ()


def test_a_passive_participle_with_an_infinitive_tells_a_purpose():
    qs = found("Парламент обсудил меры, призванные остановить рост цен.")
    assert all(q.cue is None or q.cue.text != "призванные" for q in qs)


def test_a_country_that_demanded_a_thing():
    q = only("Беглеца задержали по запросу Польши, требовавшей его выдачи, и поместили под стражу.")
    assert q.text == "его выдачи" and q.cue.text == "требовавшей"


def test_houses_that_needed_repair_demand_nothing():
    assert found("Старые дома, требовавшие ремонта, снесли весной.") == ()


def test_who_wished_to_stay_anonymous_asked_for_nothing():
    quotes = found("Одна из жительниц, пожелавшая остаться неизвестной, сказала, что воду не дают третий день.")
    assert [q.cue.text for q in quotes] == ["сказала"]


def test_a_participle_s_content_ends_before_the_described_subject_s_own_verb():
    q = only("Депутат, заявивший, что новые поправки приведут к арестам, покинул заседание.")
    assert q.text == "новые поправки приведут к арестам"
    # a verb of another number belongs to the content: "поправки ..., приведут"
    q = only("Депутат, заявивший, что поправки, принятые вчера, приведут к арестам, покинул заседание.")
    assert q.text == "поправки, принятые вчера, приведут к арестам"


def test_after_a_passive_participle_the_instrumental_is_the_agent():
    assert found("Губернатор отклонил поправки, предложенные ему депутатами, и подписал закон.") == ()


def test_a_participles_topic_ends_before_the_time_it_was_told():
    q = [q for q in found("Повстанцы, сообщившие о гибели генерала ранее в среду, обвинили армию.")
         if q.cue.text == "сообщившие"][0]
    assert q.text == "гибели генерала"


def test_a_participle_judging_its_object_as_something():
    q = only("Критик, охарактеризовавший спектакль как «полный провал», покинул жюри.")
    assert q.text == "спектакль как «полный провал»" and q.speaker.text == "Критик"


def test_a_participle_describing_a_thing_reports_nothing():
    assert not extract("Трамвай остается основным видом транспорта, связывающим его с центром.").quotes


def test_a_participle_describing_a_group_of_people_reports_their_view():
    q = extract("Он принадлежит к меньшинству, считающему, что выбор НАТО обернётся потерей рынка.").quotes[0]
    assert q.text == "выбор НАТО обернётся потерей рынка"
