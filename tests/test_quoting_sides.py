"""A trial's post speaks through the one prosecutor the article names."""
from ruarticle import extract


def speakers(text):
    return [(q.speaker.text, q.speaker.name) for q in extract(text).quotes if q.speaker]


def test_state_prosecutor_may_be_a_woman_under_a_masculine_verb():
    text = ("Государственный обвинитель просил назначить подсудимому восемь лет. "
            "После заседания прокурор Ольга Сергеева заявила, что обжалует приговор.")
    assert speakers(text)[0] == ("Государственный обвинитель", "Ольга Сергеева")


def test_state_prosecutor_named_before_is_taken_up():
    text = ("В суде выступил гособвинитель Игорь Ветров. "
            "Государственный обвинитель заявил, что вина подсудимого доказана.")
    assert speakers(text)[-1] == ("Государственный обвинитель", "Игорь Ветров")


def test_two_prosecutors_leave_the_post_unnamed():
    text = ("Государственный обвинитель просил восемь лет колонии. Прокурор Ольга Сергеева и "
            "прокурор Игорь Ветров заявили, что обжалуют приговор.")
    assert speakers(text)[0] == ("Государственный обвинитель", None)


def test_function_noun_stays_unnamed():
    text = ("По версии обвинения, чиновник получил взятку. Прокурор Ольга Сергеева "
            "заявила, что обжалует приговор.")
    assert ("обвинения", None) in speakers(text)
