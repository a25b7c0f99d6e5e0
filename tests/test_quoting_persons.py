from ruarticle.quoting.persons import heads
from ruarticle.quoting.words import tokenize


def test_a_name_after_a_post_heads_it_only_in_the_person_s_gender():
    words = tokenize("Тренер Дадашева")
    at = words[1]
    assert not heads(words, at.start, at.end, "PER", "masc")  # the boxer's trainer
    assert heads(words, at.start, at.end, "PER", "femn")  # a trainer called Дадашева
