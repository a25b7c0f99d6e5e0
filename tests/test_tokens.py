"""Sentences and tokens come from razdel and point into the original text."""
import ruarticle
from ruarticle.records import Paragraph
from ruarticle.tokens import sentences, tokens

TEXT = "Заголовок\n\nПервое предложение. Второе предложение!\nФото: ТАСС"


def paragraphs():
    return (Paragraph(0, "title", 0, 9, "Заголовок"),
            Paragraph(1, "lead", 11, 51, TEXT[11:51]),
            Paragraph(2, "boilerplate", 52, 62, TEXT[52:62]))


def test_sentences_are_split_inside_prose_paragraphs_only():
    found = sentences(paragraphs())
    assert [(s.paragraph, s.text) for s in found] == [
        (0, "Заголовок"), (1, "Первое предложение."), (1, "Второе предложение!")]
    assert all(TEXT[s.start:s.end] == s.text for s in found)


def test_tokens_carry_sentence_index_and_offsets():
    found = tokens(sentences(paragraphs()))
    assert [t.text for t in found if t.sentence == 1] == ["Первое", "предложение", "."]
    assert all(TEXT[t.start:t.end] == t.text for t in found)


def test_public_tokens_function_reads_an_article():
    article = ruarticle.extract("Сегодня тепло. Завтра дождь.")
    assert [t.text for t in ruarticle.tokens(article)] == ["Сегодня", "тепло", ".",
                                                           "Завтра", "дождь", "."]


def test_razdel_tokens_cut_as_razdel_does():
    from razdel import tokenize

    from ruarticle.tokens import razdel_tokens

    for text in ["Что-то случилось в 1,5 раза: 1/2 и 3\\4 , a_b _c -д", "Ура!!! Yahoo! :-) -- ** ...",
                 "ΔP и mβж, «цитата» (скобки) 10-15%", "х -у - z", "", "   "]:
        assert razdel_tokens(text) == [(s.start, s.stop, s.text) for s in tokenize(text)]
