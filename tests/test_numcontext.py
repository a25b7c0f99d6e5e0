from ruarticle import numcontext
from ruarticle.numscan import scan
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def read(text):
    toks = tokenize(Sentence(0, 0, 0, len(text), text))
    return toks, scan(toks, frozenset())


def test_qualifier_before_a_preposition():
    toks, drafts = read("вырос почти на 33%")
    assert numcontext.qualifier(toks, drafts[0]) == "approx"


def test_do_is_a_limit_unless_a_change_word_precedes():
    toks, drafts = read("выпускать до 250 машин")
    assert numcontext.qualifier(toks, drafts[0]) == "less_than"
    toks, drafts = read("увеличить выпуск до 250 машин")
    assert numcontext.qualifier(toks, drafts[0]) is None


def test_change_needs_na_or_a_change_noun():
    toks, drafts = read("снизился на 5% и составил 10%")
    assert [numcontext.change(toks, d) for d in drafts] == ["decrease", None]
