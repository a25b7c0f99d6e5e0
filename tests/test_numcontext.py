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


def test_subject_of_the_predicate():
    toks, drafts = read("экспорт нефти вырос на 5%")
    assert numcontext.subject(toks, drafts[0], None) == "экспорт"


def test_anaphoric_subject_takes_the_previous_one():
    toks, drafts = read("показатель вырос на 5%")
    assert numcontext.subject(toks, drafts[0], "импорт") == "импорт"


def test_year_prefers_the_nearest_in_the_sentence():
    toks, drafts = read("в 2020 году 5% , в 2021 году 7%")
    years = [(d.first, d.value) for d in drafts if d.kind == "year"]
    percents = [d for d in drafts if d.kind == "percent"]
    assert [numcontext.year(d, years, []) for d in percents] == [2020, 2021]


def test_counted_noun_after_kolichestvo():
    toks, drafts = read("количество заявок достигло 5 тысяч")
    assert numcontext.counted_noun(toks, drafts[0]) == "заявка"
