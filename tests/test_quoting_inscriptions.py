"""Slogans on placards and banners, inscriptions and chants (quoting/inscriptions.py).
Sentences written for these tests."""
from quoted import found  # noqa: E402 (tests folder is on sys.path)


def _direct(text):
    return [q for q in found(text) if q.kind == "direct"]


def test_banners_listed_after_their_noun_are_each_a_quote_of_the_holders():
    qs = _direct("Жители встретили губернатора транспарантами «Верните нам автобус!», «Дорогу к школе» и «Хватит обещаний».")
    assert [q.text for q in qs] == ["Верните нам автобус!", "Дорогу к школе", "Хватит обещаний"]
    assert qs[0].speaker.text == "Жители" and qs[0].cue.text == "транспарантами"


def test_slogans_before_the_verb_glasit_belong_to_what_bears_them():
    qs = _direct("«Руки прочь от сквера», «Мы против вырубки!» гласили плакаты в руках жителей.")
    assert [q.text for q in qs] == ["Руки прочь от сквера", "Мы против вырубки!"]
    assert qs[0].cue.text == "гласили" and qs[0].speaker.text.startswith("плакаты")


def test_glasit_with_a_colon_introduces_the_words():
    qs = _direct("Табличка на двери гласит: «Посторонним вход воспрещён».")
    assert [q.text for q in qs] == ["Посторонним вход воспрещён"]


def test_a_chant_counts_however_short():
    qs = _direct("Фанаты проводили вратаря скандированием «Вася».")
    assert [q.text for q in qs] == ["Вася"] and qs[0].speaker.text == "Фанаты"


def test_an_inscription_on_clothes():
    qs = _direct("Игроки вышли на разминку в футболках с надписью «Мы с вами!».")
    assert [q.text for q in qs] == ["Мы с вами!"]


def test_a_one_word_inscription_is_a_name():
    assert _direct("Машины с надписью «Полиция» перекрыли улицу.") == []


def test_a_placard_in_a_caption_with_no_verb_is_no_quote():
    assert _direct("Пикет у здания мэрии. Плакат «Врачи тоже люди»") == []


def test_this_is_the_slogan():
    qs = _direct("«Город для людей» — это лозунг, под которым прошла акция.")
    assert [q.text for q in qs] == ["Город для людей"]


def test_a_motto_is_a_name():
    assert _direct("Клуб живёт под девизом «Все за одного».") == []


def test_an_events_slogan_is_its_motto():
    assert _direct("Избирательная кампания проходит под лозунгом «Вперёд, Россия».") == []


def test_a_gerund_before_the_inscription_gives_the_main_verbs_subject():
    qs = _direct("Игроки поблагодарили трибуны, облачившись в футболки с надписью «Спасибо, что вы с нами!».")
    assert [(q.text, q.speaker.text) for q in qs] == [("Спасибо, что вы с нами!", "Игроки")]


def test_the_holder_is_looked_for_in_the_inscriptions_own_sentence():
    qs = _direct("Судья добавил два гола в протокол. Фанаты встретили это скандированием «Позор!».")
    assert [(q.text, q.speaker.text) for q in qs] == [("Позор!", "Фанаты")]
