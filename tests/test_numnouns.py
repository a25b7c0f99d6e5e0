from ruarticle import numnouns
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def toks(text):
    return tokenize(Sentence(0, 0, 0, len(text), text))


def test_counted_noun_past_adjectives():
    assert numnouns.counted(toks("товарным позициям"), 0) == ("позиция", 2)


def test_counted_participle_for_people():
    assert numnouns.counted(toks("погибших ."), 0) == ("погибший", 1)


def test_no_noun_no_count():
    assert numnouns.counted(toks("и ещё"), 0) is None
