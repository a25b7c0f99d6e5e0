"""Interviews in dash-led turns: answers belong to the person the headline names."""
from quoted import found  # noqa: E402 (tests folder is on sys.path)

INTERVIEW = ("Айгерим Сапарова: Мы откроем десять новых школ\n\n"
             "Министр просвещения ответила на вопросы агентства.\n\n"
             "– Сколько школ откроется в этом году?\n\n"
             "– Мы откроем десять школ, из них три в селах.\n\n"
             "– Когда начнется строительство?\n\n"
             "– Весной, как только позволит погода. Подрядчики уже выбраны.")


def test_answers_take_the_interviewee_named_in_the_headline():
    answers = [q for q in found(INTERVIEW) if q.text.startswith(("Мы откроем десять школ,", "Весной"))]
    assert len(answers) == 2 and {q.speaker.name for q in answers} == {"Айгерим Сапарова"}


def test_a_single_question_makes_no_interview():
    text = ("Министр выступила на форуме.\n\n– Что дальше?\n\n"
            "– Мы продолжим работу над законом вместе с депутатами.")
    assert all(q.speaker is None for q in found(text))


def test_a_question_turn_may_go_on_after_its_question():
    text = INTERVIEW.replace("– Когда начнется строительство?",
                             "– Когда начнется строительство? Сроки уже сдвигались.")
    answers = [q for q in found(text) if q.text.startswith("Весной")]
    assert [q.speaker.name for q in answers] == ["Айгерим Сапарова"]


def test_an_answer_after_one_question_goes_on_with_the_speaker_of_the_answer_before():
    text = ("Тренер команды Олег Зуев провёл пресс-конференцию.\n\n"
            "На вопрос о новичке Зуев ответил:\n\n– Он молодец, играет уверенно.\n\n"
            "– Можно ли говорить о борьбе за титул?\n\n"
            "– Пока математика позволяет, мы будем бороться до конца.")
    answers = [q for q in found(text) if q.text.startswith("Пока математика")]
    assert [q.speaker.name for q in answers] == ["Олег Зуев"]


def test_an_answer_after_one_question_with_no_speaker_before_stays_unattributed():
    text = ("Министр выступила на форуме.\n\n– Мы начали работу.\n\n– Что дальше?\n\n"
            "– Мы продолжим работу над законом вместе с депутатами.")
    assert all(q.speaker is None for q in found(text))


def test_plain_paragraph_questions_answered_by_dash_turns_make_an_interview():
    text = ("Фермер рассказал о сезоне\n\n"
            "О видах на урожай нашему изданию рассказал фермер Руслан Бекмуратов.\n\n"
            "Руслан, каким был этот год?\n\n"
            "– Тяжелым, дожди шли весь июнь. Часть посевов пришлось пересевать.\n\n"
            "А цены на зерно?\n\n"
            "– Пока держатся, но закупщики осторожничают.")
    answers = [q for q in found(text) if q.text.startswith(("Тяжелым", "Пока держатся"))]
    assert len(answers) == 2 and {q.speaker.name for q in answers} == {"Руслан Бекмуратов"}


OWN_INTERVIEW = ("Хоккеист Денис Орлов: «Мы ещё поборемся»\n\n"
                 "Нападающий «Северстали» Денис Орлов рассказал нашему корреспонденту о сезоне.\n\n"
                 "— Денис, вы довольны первым кругом?\n\n"
                 "— Не очень. Мы потеряли много очков дома, и это обидно.\n\n"
                 "— Многие уже списали команду со счетов.\n\n"
                 "— Пусть списывают. Мы своё слово ещё скажем, я в этом уверен.\n\n"
                 "— Что изменится после паузы?\n\n"
                 "— Будем больше бегать, я обещаю болельщикам другую игру.")


def test_a_prompt_without_a_question_mark_still_gets_its_answer_attributed():
    answers = [q for q in found(OWN_INTERVIEW) if q.text.startswith("Пусть списывают")]
    assert [q.speaker.name for q in answers] == ["Денис Орлов"]


def test_the_outlets_own_questions_are_not_quotes():
    assert not [q for q in found(OWN_INTERVIEW) if q.text.startswith(("Денис, вы", "Что изменится"))]


def test_questions_at_someone_elses_press_conference_stay_speech():
    text = OWN_INTERVIEW.replace("рассказал нашему корреспонденту о сезоне", "провёл пресс-конференцию")
    assert [q for q in found(text) if q.text.startswith("Денис, вы")]


INTRODUCED = ("Кардиолог: сердце не любит жару\n\n"
              "Минск, 3 июл — Sputnik. Синоптики обещают до +35 на следующей неделе.\n\n"
              "Агентство поговорило с кардиологом городской больницы Ниной Лазаревой.\n\n"
              "— Нина, кому жара опаснее всего?\n\n"
              "— Пожилым людям и тем, кто принимает мочегонные препараты.\n\n"
              "— Что делать, если стало плохо?\n\n"
              "— Уйти в тень и выпить воды. Если не проходит — вызвать скорую.\n\n"
              "— А вы сами соблюдаете эти правила?\n\n"
              "— Честно? Не всегда. Но стараюсь не выходить днем.")


def test_with_no_one_named_in_the_title_the_answers_take_the_person_introduced_before_the_questions():
    answers = [q for q in found(INTRODUCED) if q.text.startswith(("Пожилым", "Уйти в тень"))]
    assert len(answers) == 2 and {q.speaker.name for q in answers} == {"Нина Лазарева"}


def test_the_outlet_that_talked_with_someone_asks_its_own_questions():
    assert not [q for q in found(INTRODUCED) if q.text.startswith(("Нина, кому", "Что делать"))]


def test_an_answer_opening_with_a_question_after_a_question_is_still_an_answer():
    answers = [q for q in found(INTRODUCED) if q.text.startswith("Честно?")]
    assert [q.speaker.name for q in answers] == ["Нина Лазарева"]


def test_an_interviewers_byline_makes_the_questions_the_outlets_own():
    text = OWN_INTERVIEW.replace("рассказал нашему корреспонденту о сезоне",
                                 "подвел итоги первого круга.\n\nБеседовал Игорь Савин")
    assert not [q for q in found(text) if q.text.startswith(("Денис, вы", "Что изменится"))]
