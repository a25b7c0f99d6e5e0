"""Word tests of a speaker's noun phrase (quoting/np_words.py), seen through the walk before the cue."""
from ruarticle.quoting import speaker_before
from ruarticle.quoting.np_words import nominative
from ruarticle.quoting.words import tokenize
from quoted import only  # noqa: E402 (tests folder is on sys.path)
from spans import around  # noqa: E402


def test_a_capitalised_preposition_opening_the_sentence_is_no_speaker():
    words, i = around("Из Саратова поступают сообщения о перебоях с водой.", "поступают")
    assert speaker_before.before(words, i, 0, "plur") is None


def test_a_name_only_in_the_instrumental_is_no_speaker():
    q = only("Писатель, побывав в Казани, назвал её настоящим Парижем.")
    assert q.speaker.text == "Писатель"


def test_a_nominative_can_head_the_phrase_a_dative_cannot():
    assert nominative(tokenize("министр")[0]) and not nominative(tokenize("министру")[0])


def test_foreign_first_name_read_as_a_conjunction_is_a_phrase_word():
    from ruarticle.quoting.np_words import np_word
    from ruarticle.quoting.words import tokenize
    words = tokenize("Как сообщила ее председатель Зане Круминя, фракция готова.")
    assert np_word(next(w for w in words if w.text == "Зане"))
