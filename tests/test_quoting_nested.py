"""Quotes retold inside direct speech are quotes of their own."""
from quoted import found  # noqa: E402 (tests folder is on sys.path)


def _inner(text, start):
    return [q for q in found(text) if q.text.startswith(start)]


def test_words_retold_in_marks_inside_a_quote_are_a_quote():
    text = ("«Мы звонили в управляющую компанию каждый день. Там нам отвечали: „Ждите, бригада уже "
            "выехала“. Никто так и не приехал», — рассказала жительница дома Анна Кравец.")
    inner = _inner(text, "Ждите, бригада")
    assert len(inner) == 1 and inner[0].kind == "direct" and inner[0].cue.text == "отвечали"
    assert any(q.text.startswith("Мы звонили") for q in found(text))


def test_i_before_the_inner_cue_is_the_outer_speaker():
    text = ("«Я сказал ребятам в раздевалке: \"Терпите, они выдохнутся к концу тайма\". Так и "
            "вышло», — рассказал главный тренер клуба Игорь Семенов.")
    inner = _inner(text, "Терпите")
    assert len(inner) == 1 and inner[0].speaker.name == "Игорь Семенов"


def test_a_name_earlier_in_the_sentence_is_not_the_subject_of_i():
    text = ("«Когда архитектор Павел Зорин показал эскиз, я сказала ему: «Павел, это слишком "
            "дорого». Проект переделали», — вспоминает директор музея Мария Белова.")
    inner = _inner(text, "Павел, это")
    assert len(inner) == 1 and inner[0].speaker.name == "Мария Белова"


def test_a_left_out_subject_goes_on_from_the_sentence_before():
    text = ("«Директор сначала был против. Потом сказал: «Хорошо, пробуйте». Мы и попробовали», — "
            "рассказала режиссер Нина Соколова.")
    inner = _inner(text, "Хорошо, пробуйте")
    assert len(inner) == 1 and inner[0].speaker.text == "Директор"
