"""Interviews in dash-led turns: answers belong to the person the headline names."""
from ruarticle import extract
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


PRESS_CONFERENCE = ("Главный тренер «Метеора» Павел Гусев ответил на вопросы журналистов после поражения.\n\n"
                    "Павел Гусев, главный тренер «Метеора»:\n\n"
                    "— Мы плохо начали, пропустили две шайбы за пять минут, и дальше гнались за счетом.\n\n"
                    "— О составе на следующий матч.\n\n"
                    "— Посмотрим по самочувствию ребят, решение примем утром.\n\n"
                    "— Почему не сработало большинство?\n\n"
                    "— Торопились с броском. Надо было раскатать соперника.\n\n"
                    "— Что скажете о болельщиках?\n\n"
                    "— Спасибо им, поддерживали до конца. Представитель клуба сказал мне: «Билеты проданы».")


def test_a_transcript_after_a_speaker_line_gives_every_answer_to_that_speaker():
    answers = [q for q in found(PRESS_CONFERENCE)
               if q.text.startswith(("Посмотрим по самочувствию", "Торопились", "Спасибо им"))]
    assert len(answers) == 3 and {q.speaker.name for q in answers} == {"Павел Гусев"}


def test_a_prompt_in_a_transcript_opened_by_an_answer_is_no_answer():
    assert not [q for q in found(PRESS_CONFERENCE) if q.text.startswith("О составе")]


def test_the_words_an_answer_retells_do_not_pass_their_speaker_on():
    text = PRESS_CONFERENCE.replace(
        "— Спасибо им, поддерживали до конца. Представитель клуба сказал мне: «Билеты проданы».",
        "— Спасибо им. Представитель клуба сказал мне: «Билеты проданы».\n\n"
        "— Будете просить усиления?\n\n— Посмотрим, что предложат.")
    answers = [q for q in found(text) if q.text.startswith("Посмотрим, что")]
    assert [q.speaker.name for q in answers] == ["Павел Гусев"]


def test_the_person_introduced_before_a_photo_caption_answers():
    text = ("Ведомости · Бизнес · Интервью\n\n"
            "12 марта 2025 · 5 мин.\n\n"
            "Основатель сети пекарен «Колос» Марина Яковлева рассказала изданию, почему не продает бизнес. "
            "По данным «СПАРК-Интерфакса», выручка сети выросла вдвое.\n\n"
            "Фото: пресс-служба «Колоса»\n\n"
            "— Вам предлагали продать сеть?\n\n"
            "— Дважды. Оба раза цена была смешной.\n\n"
            "— Когда откроете новые пекарни?\n\n"
            "— Весной, в двух районах города.")
    answers = [q for q in found(text) if q.text.startswith(("Дважды", "Весной"))]
    assert len(answers) == 2 and {q.speaker.name for q in answers} == {"Марина Яковлева"}


def test_a_headline_naming_the_speaker_names_the_interviewee_wherever_it_stands():
    text = ("Delfi.lv\n\n"
            "Спорт · Интервью\n\n"
            "Лайма Озола: «Я не собираюсь уходить из спорта»\n\n"
            "Биатлонистка Лайма Озола завоевала бронзу на этапе в Рупольдинге. "
            "Озола выросла в Лиепае. После гонки она ответила на наши вопросы.\n\n"
            "Вы ожидали такого результата?\n\n"
            "— Нет, я шла за опытом. Медаль стала сюрпризом.\n\n"
            "Что дальше?\n\n"
            "— Отдых дома, потом сборы в Австрии.")
    answers = [q for q in found(text) if q.text.startswith(("Нет, я шла", "Отдых дома"))]
    assert len(answers) == 2 and {q.speaker.name for q in answers} == {"Лайма Озола"}


def test_a_dash_turn_after_the_authors_report_goes_on_with_the_reported_speaker():
    text = ("«Сокол» обыграл «Ладогу» в овертайме\n\n"
            "Вратарь «Сокола» Андрей Сомов признался, что последние минуты дались команде тяжело.\n\n"
            "— Когда соперник давит до последней секунды, ты думаешь только о следующем броске.\n\n"
            "Следующий матч «Сокол» проведет в субботу.")
    turn = [q for q in found(text) if q.text.startswith("Когда соперник")]
    assert [q.speaker.name for q in turn] == ["Андрей Сомов"]


def test_an_interview_given_to_the_outlet_asks_the_outlets_own_questions():
    text = OWN_INTERVIEW.replace("Нападающий «Северстали» Денис Орлов рассказал нашему корреспонденту о сезоне.",
                                 "В интервью Sport.kz нападающий «Северстали» Денис Орлов рассказал о сезоне.")
    qs = found(text)
    assert not [q for q in qs if q.text.startswith(("Денис, вы", "Что изменится"))]
    assert [q.speaker.name for q in qs if q.text.startswith("Не очень")] == ["Денис Орлов"]


def test_telling_an_outlet_named_in_latin_makes_the_interview_its_own():
    text = OWN_INTERVIEW.replace("рассказал нашему корреспонденту о сезоне", "рассказал Sports.ru о сезоне")
    assert not [q for q in found(text) if q.text.startswith(("Денис, вы", "Что изменится"))]


def test_a_question_asked_after_a_dash_is_attributed():
    q = extract("— Где они возьмут деньги на кассовый аппарат? — задал вопрос парламентарий.").quotes[0]
    assert (q.cue.text, q.speaker.text) == ("задал вопрос", "парламентарий")


def test_asking_about_a_topic_reports_nothing():
    assert not extract("Журналисты задавали вопросы о застройке предгорий.").quotes


def test_questions_of_the_outlet_the_interviewee_answered_are_its_own():
    text = OWN_INTERVIEW.replace("рассказал нашему корреспонденту о сезоне", "ответил на вопросы «Спорт-Экспресса»")
    assert not [q for q in found(text) if q.text.startswith(("Денис, вы", "Что изменится"))]
