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
