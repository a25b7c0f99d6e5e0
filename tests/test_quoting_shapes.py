"""The shapes a phrase content may take and what is no speech (quoting/shapes.py).
Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_invitation_with_an_infinitive_is_reported():
    q = only("Премьер пригласил канцлера посетить Москву осенью.")
    assert q.text == "посетить Москву осенью" and q.cue.lemma == "пригласить"


def test_offering_a_thing_is_no_speech():
    assert not found("Фонд предложил награду за сведения о пропавшем мальчике.")


def test_judgement_after_как():
    q = only("Эксперты расценили этот шаг как попытку давления на суд.")
    assert q.text == "этот шаг как попытку давления на суд"


def test_estimate_without_как_or_a_sum_is_no_judgement():
    # a sum after "в" is a valuation someone gives (test_a_share_after_в_is_a_valuation)
    assert not found("Страховщики оценили ущерб.")
    assert not found("Судьи оценили прыжок в шесть баллов.")


def test_reason_given_in_the_instrumental():
    q = only("Директор объяснил задержку нехваткой запчастей.")
    assert q.text == "задержку нехваткой запчастей"


def test_explaining_a_thing_without_a_reason_is_no_report():
    assert not found("Учитель объяснил правило ученикам.")


def test_reproach_after_в():
    q = only("Соседи упрекали чиновника в равнодушии.")
    assert q.text.endswith("в равнодушии")


def test_celebrating_an_anniversary_is_no_speech():
    assert not found("Театр отметил юбилей премьерой новой пьесы.")
    assert not found("Актёр отмечает своё 90-летие на сцене.")


def test_admitting_guilt_is_reported():
    q = only("Бывший чиновник признал вину в хищении денег.")
    assert q.text == "вину в хищении денег"


def test_verdict_is_no_speech():
    assert not found("Суд признал бывшего мэра виновным в растрате.")


def test_a_verdict_word_outside_the_instrumental_keeps_the_demand():
    q = only("Экологи требуют наказать лиц, виновных в загрязнении реки.")
    assert q.text == "наказать лиц, виновных в загрязнении реки"


def test_an_infinitive_keeps_a_demand_whatever_its_object():
    q = only("Родственники погибших потребовали наказать виновных.")
    assert q.text == "наказать виновных"
    assert only("Мэр призвал объявить траур в городе.").text == "объявить траур в городе"


def test_thanks_in_the_following_words_leave_the_words_to_the_colon():
    assert not found("Новый директор поблагодарил коллектив следующими словами:")
    assert only("Министр выразил согласие со словами президента.").text == "согласие со словами президента"


def test_celebrated_holiday_in_a_genitive_is_no_speech():
    assert not found("Жители отмечали начало праздника Пасхи.")


def test_award_with_a_fronted_instrumental_is_no_admission():
    assert not found("Лучшим фильмом года признана картина молодого режиссёра.")


def test_naming_with_the_judgement_put_first():
    q = only("Причиной аварии инженер назвал износ оборудования.")
    assert q.text == "износ оборудования"


def test_insisting_on_bankruptcy_is_a_demand():
    q = only("Кредиторы настаивают на банкротстве телеканала.")
    assert q.text == "банкротстве телеканала"


def test_thanks_are_reported_with_whom_and_what_for():
    q = only("Король поблагодарил народ за поддержку в течение двадцати лет.")
    assert (q.text, q.cue.lemma) == ("народ за поддержку в течение двадцати лет", "поблагодарить")


def test_indeclinable_readings_are_no_instrumental_judgement():
    from ruarticle.quoting.shapes import judged
    from ruarticle.quoting.words import tokenize
    text = "жизни и здоровью его жены"
    assert not judged(tokenize(text, 0, len(text)), 0, len(text))


def test_a_ruling_on_a_law_is_reported():
    q = only("Конституционный суд признал поправку к закону о налогах не соответствующей Конституции.")
    assert q.text.startswith("поправку к закону") and q.text.endswith("Конституции")


def test_a_criminal_verdict_is_no_report():
    assert not found("Суд присяжных признал бывшего мэра виновным в получении взятки.")


def test_an_award_in_the_passive_is_no_ruling():
    assert not found("Вратарь команды признан лучшим игроком турнира.")


def test_a_ruling_needs_its_object_in_the_content():
    assert not found("Голоса избирателей этого участка признали недействительными.")


def test_announcing_a_prize_after_о_is_reported():
    q = only("Фонд объявил о премии для молодых художников.")
    assert q.text == "премии для молодых художников"


def test_a_judgement_with_день_in_the_instrumental_is_speech():
    q = only("Певица назвала премьеру лучшим днём своей жизни.")
    assert q.text == "премьеру лучшим днём своей жизни"


def test_laying_the_blame_reports_it_and_laying_wreaths_does_not():
    assert only("Министерство возложило ответственность за сбой на поставщика.").text \
        == "ответственность за сбой на поставщика"
    assert found("Делегация возложила цветы к памятнику.") == ()


def test_a_date_put_before_the_verb_is_celebrated_not_said():
    assert found("Юбилей города горожане отметили праздничным концертом.") == ()


def test_a_share_after_в_is_a_valuation():
    q = only("Социологи оценивают долю сторонников реформы в 40 процентов.")
    assert q.text == "долю сторонников реформы в 40 процентов"


def test_a_prize_in_the_instrumental_before_the_verb_gives_no_speech():
    assert found("Государственной премией отмечены авторы нового учебника истории.") == ()


def test_a_prize_in_the_instrumental_after_the_object_gives_no_speech():
    assert found("Жюри фестиваля отметило дебютный фильм специальным призом.") == ()


def test_what_a_report_notes_is_still_speech():
    assert only("В отчёте отмечены серьёзные нарушения при закупках.").text == "серьёзные нарушения при закупках"


def test_a_jury_naming_the_best_awards_a_title():
    assert found("Зрители признали спектакль лучшим в сезоне.") == ()
    assert only("Суд признал сделку недействительной.").text == "сделку недействительной"


def test_a_time_adjunct_before_a_promised_infinitive_is_no_celebrated_date():
    from ruarticle import extract
    [q] = extract("Министр пообещал в ближайшие дни провести консультации.").quotes
    assert q.text == "в ближайшие дни провести консультации"
