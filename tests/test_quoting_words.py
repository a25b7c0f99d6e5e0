"""Word tokens of the quote rules: offsets, derived fields, one tokenization per text."""
from ruarticle.quoting.words import WHOLE_TEXT_MIN, is_latin, is_name_like, tokenize


def test_word_fields_are_derived_from_the_token():
    w = tokenize("Ещё слово")[0]
    assert (w.text, w.low, w.is_word, w.is_upper) == ("Ещё", "еще", True, True)


def test_punctuation_is_a_token_of_its_own():
    assert [w.text for w in tokenize("Да, конечно.")] == ["Да", ",", "конечно", "."]


def test_first_word_of_a_sentence_is_initial():
    words = tokenize("Он ушёл. Мария осталась")
    assert [w.initial for w in words if w.is_word] == [True, False, True, False]


def test_range_of_a_long_text_is_the_same_as_scanning_that_range():
    text = ("Министр заявил, что мост построят. " * (WHOLE_TEXT_MIN // 20))
    start, end = 35, 70  # the second sentence
    sliced = tokenize(text, start, end)
    assert [(w.start, w.end) for w in sliced] == [(w.start + start, w.end + start)
                                                  for w in tokenize(text[start:end])]
    assert all(text[w.start:w.end] == w.text for w in sliced)


def test_site_address_is_one_latin_token():
    words = tokenize("сообщает 24.kg и Gazeta.uz")
    assert [(w.text, is_latin(w)) for w in words][1:] == [("24.kg", True), ("и", False), ("Gazeta.uz", True)]


def test_a_word_after_a_colon_dash_or_marks_is_initial():
    words = tokenize("Он сказал: — «Мы придём»")
    assert [w.initial for w in words if w.is_word] == [True, False, True, False]


def test_a_word_after_a_comma_is_not_initial():
    assert not tokenize("Да, — «Мы")[-1].initial


def test_a_word_after_a_long_run_of_spaces_is_initial():
    assert tokenize("да" + " " * 7 + "Мы")[-1].initial
    assert not tokenize("да" + " " * 6 + "Мы")[-1].initial


def test_a_capitalised_word_the_dictionary_lacks_is_name_like():
    from ruarticle.quoting.words import is_name_like, tokenize
    assert is_name_like(tokenize("Пегула")[0])  # pymorphy3 only guesses "пе-" + "гула"
    assert not is_name_like(tokenize("Вагон")[0])


def test_a_foreign_surname_opening_the_sentence_is_the_speaker():
    from ruarticle import extract
    q = extract("Пегула отметила, что Рыбакина провела отличный матч.").quotes[0]
    assert q.speaker.text == "Пегула"


def test_recase_writes_an_inflected_form_with_the_capitals_of_the_word():
    from ruarticle.quoting.words import recase
    assert recase("москва", "Москвы") == "Москва"
    assert recase("мвд", "МВД") == "МВД"
    assert recase("мвд", "МВД", all_caps=False) == "Мвд"  # the words spelt out before an abbreviation
    assert recase("аэроволга", "АэроВолги", letters=True) == "АэроВолга"
    assert recase("волго-вятское", "Волго-Вятского", letters=True) == "Волго-Вятское"
    assert recase("завод", "завода") == "завод"


def test_short_text_tokens_are_a_fresh_list_each_time():
    first = tokenize("министр финансов Иванов")
    first.pop()
    again = tokenize("министр финансов Иванов")
    assert [w.text for w in again] == ["министр", "финансов", "Иванов"]


def test_a_name_behind_a_lowercase_arabic_article_is_capitalised():
    words = tokenize("Выступил Айман аль-Завахири, а не ан-124 и не ас-сплав.")
    upper = {w.text: w.is_upper for w in words if w.is_word}
    assert upper["аль-Завахири"] and not upper["ан-124"] and not upper["ас-сплав"]


def test_a_capitalised_surname_read_only_as_a_genitive_plural_is_name_like():
    words = {w.text: w for w in tokenize("Вчера Русаков пришёл, а стая русаков убежала.")}
    assert is_name_like(words["Русаков"])
