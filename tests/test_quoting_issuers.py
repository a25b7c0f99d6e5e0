"""A bare document at an impersonal cue speaks for who the sentence before says issued it."""
from ruarticle.quoting import issuers
from quoted import found  # noqa: E402 (tests folder is on sys.path)


def test_congratulation_named_by_its_verb_in_the_sentence_before():
    qs = found("Губернатор области Сергей Ильин поздравил команду с выходом в финал.\n\n"
               "«Вы показали настоящий характер», — говорится в поздравлении.")
    assert [q.speaker.name for q in qs] == ["Сергей Ильин"]


def test_pronoun_takes_up_the_document_just_published():
    qs = found("Министр финансов Ольга Гусева опубликовала комментарий к решению суда. "
               "В нём сказано, что ведомство обжалует приговор.")
    assert [q.speaker.name for q in qs] == ["Ольга Гусева"]


def test_joint_statement_is_no_one_persons():
    text = ("Президенты Иван Орлов и Пётр Седов подписали письмо. "
            "В письме подчёркивается, что сотрудничество продолжится.")
    at = text.index("подчёркивается")
    assert issuers.issuer(text, 0, text.index("В письме"), (at, at + len("подчёркивается"))) is None


def test_document_with_its_author_after_it_is_left_to_the_locative():
    text = "Иван Орлов поздравил коллег. Успехов, говорится в поздравлении мэрии."
    at = text.index("говорится")
    assert issuers.issuer(text, 0, text.index("Успехов"), (at, at + len("говорится"))) is None
