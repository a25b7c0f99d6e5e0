"""Where a reported content ends (quoting/bounds.py). Sentences written for these tests."""
from quoted import found, only  # noqa: E402 (tests folder is on sys.path)


def test_content_stops_before_a_second_predicate_of_the_speaker():
    q = only("Москва потребовала, чтобы Лондон выдал беглеца, и направила ноту.")
    assert q.text == "Лондон выдал беглеца"


def test_phrase_stops_before_a_coordinated_verb():
    q = only("Министр назвал инцидент провокацией и покинул зал.")
    assert q.text == "инцидент провокацией"


def test_phrase_stops_before_a_gerund_clause():
    q = found("Певица пригрозила судом, обвиняя журналистов во лжи.")[0]
    assert q.text == "судом"


def test_time_phrase_inside_an_infinitive_content_stays():
    q = only("Партия призвала сторонников выйти в субботу на площадь.")
    assert q.text == "выйти в субботу на площадь"


def test_а_также_adds_to_an_object():
    q = only("Президент поручил правительству снизить налоги, а также упростить отчётность.")
    assert q.text == "снизить налоги, а также упростить отчётность"


def test_report_in_a_subordinate_clause_ends_at_the_main_clause():
    q = only("Поскольку регулятор уже заявил, что не видит нарушений, компания обратилась в суд.")
    assert q.text == "не видит нарушений"


def test_relative_clause_inside_the_content_stays():
    q = only("Хотя министр заявил, что мост, который строили год, откроют весной, жители сомневаются.")
    assert q.text == "мост, который строили год, откроют весной"


def test_phrase_ends_where_и_joins_a_clause_with_its_own_subject():
    q = found("Наблюдатели сообщили о нарушениях и жители вышли на площадь.")[0]
    assert q.text == "нарушениях"


def test_report_in_a_relative_clause_ends_where_the_main_predicate_resumes():
    q = only("Активист, который заявил, что выборы подделаны, был задержан полицией.")
    assert q.text == "выборы подделаны"


def test_report_in_an_opening_gerund_clause_ends_at_the_main_clause():
    q = only("Поспешив заявить, что проект безопасен, чиновники забыли о проверке.")
    assert q.text == "проект безопасен"


def test_an_inserted_gerund_ends_where_the_main_verb_resumes():
    q = [q for q in found("Адвокат, признав ущерб незначительным, попросил суд о снисхождении.")
         if q.cue.text == "признав"][0]
    assert q.text == "ущерб незначительным"


def test_a_comma_clause_with_a_short_participle_ends_a_phrase_content():
    q = only("Полиция попросила не подходить к реке, мосты закрыты до утра.")
    assert q.text == "не подходить к реке"


def test_an_adverb_like_short_form_opens_no_clause():
    q = only("Мэр попросил не подходить к реке, очевидно опасаясь паводка.")
    assert q.text.startswith("не подходить к реке, очевидно")


def test_a_relative_clause_in_any_case_stays_in_a_phrase_content():
    q = only("Депутаты призвали отменить режим, при котором запрещены митинги.")
    assert q.text == "отменить режим, при котором запрещены митинги"


def test_a_second_addressee_with_a_dash_for_the_verb_continues_the_order():
    q = only("Губернатор поручил Минфину до пятницы оплатить счета подрядчиков, "
             "а Минстрою – каждый день проверять стройку.")
    assert q.text == "оплатить счета подрядчиков, а Минстрою – каждый день проверять стройку"


def test_а_with_a_verb_of_its_own_still_ends_the_order():
    q = found("Губернатор поручил Минфину оплатить счета, а мэр отказался от выступления.")[0]
    assert q.text == "оплатить счета"


def test_a_content_telling_what_the_speaker_did_goes_on_past_и():
    q = only("Задержанный признал, что вечером на площади поднял камень, и бросил его в окно.")
    assert q.text == "вечером на площади поднял камень, и бросил его в окно"


def test_a_clause_ends_where_после_чего_joins_the_speaker_s_next_act():
    q = only("Министр сказал, что уходит в отставку, после чего покинул зал заседаний.")
    assert q.text == "уходит в отставку"


def test_a_second_verb_of_the_speaker_after_и_ends_the_clause_without_a_comma():
    qs = found("Прокурор сообщил, что все материалы переданы в суд и попросил отложить заседание.")
    assert [q.text for q in qs] == ["все материалы переданы в суд", "отложить заседание"]


def test_verbs_of_the_contents_own_subject_stay_in_it():
    q = only("Министр сказал, что Иван приехал и сразу уехал.")
    assert q.text == "Иван приехал и сразу уехал"


def test_a_second_verb_of_the_speaker_after_и_and_an_adjunct_ends_the_content():
    qs = found("Экологи заявили, что река загрязнена, и в связи с этим потребовали проверки завода.")
    assert any(q.text == "река загрязнена" for q in qs)


def test_a_clause_ends_before_the_speaker_s_next_speech_verb_after_a_comma():
    qs = found("Мэр заявил, что выборы пройдут честно, призвал горожан прийти на участки "
               "и сообщил, что наблюдатели уже работают.")
    assert [q.text for q in qs] == ["выборы пройдут честно", "прийти на участки", "наблюдатели уже работают"]


def test_a_clause_ends_before_однако_and_the_speaker_s_next_speech_verb():
    qs = found("Тренер пообещал, что команда сыграет лучше, однако признал, что соперник сильнее.")
    assert [q.text for q in qs] == ["команда сыграет лучше", "соперник сильнее"]


def test_a_speech_verb_that_is_the_content_s_own_predicate_stays():
    q = found("Министр сказал, что губернатор, приехавший утром, заявил о своей отставке.")[0]
    assert q.text == "губернатор, приехавший утром, заявил о своей отставке"


def test_a_clause_ends_before_и_and_the_speaker_s_present_belief_verb():
    qs = found("Аналитик сообщил, что спрос на жильё падает, и считает, что цены снизятся к лету.")
    assert [q.text for q in qs] == ["спрос на жильё падает", "цены снизятся к лету"]


def test_a_content_telling_of_the_speaker_himself_goes_on_past_и_and_a_present_verb():
    q = found("Губернатор заявил, что знает, где прячутся браконьеры, и надеется, что их скоро поймают.")[0]
    assert q.text == "знает, где прячутся браконьеры, и надеется, что их скоро поймают"


def test_a_relative_after_a_preposition_and_its_noun_describes_the_phrase():
    q = only("Полиция сообщила о пожаре на складе, в результате которого пострадали два человека.")
    assert q.text == "пожаре на складе, в результате которого пострадали два человека"


def test_phrase_stops_before_a_negated_gerund_clause():
    q = only("Минздрав сообщил о пяти пострадавших, не называя их фамилий.")
    assert q.text == "пяти пострадавших"
