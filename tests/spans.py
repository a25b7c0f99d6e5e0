"""Word spans of the speaker-phrase walks, spelled out for the tests."""
from ruarticle.quoting.words import tokenize


def around(text, verb):
    """The words of ``text`` and the index of the word ``verb``."""
    words = tokenize(text)
    i = [w.text for w in words].index(verb)
    return words, i


def spelled(words, span):
    return " ".join(w.text for w in words[span[0]:span[1]]) if span else None
