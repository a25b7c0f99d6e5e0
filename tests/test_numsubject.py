from ruarticle import numsubject
from ruarticle.numscan import scan
from ruarticle.numtokens import tokenize
from ruarticle.records import Sentence


def read(text):
    toks = tokenize(Sentence(0, 0, 0, len(text), text))
    return toks, scan(toks, frozenset())


def test_subject_of_the_predicate():
    toks, drafts = read("экспорт нефти вырос на 5%")
    assert numsubject.subject(toks, drafts[0], None) == "экспорт"


def test_anaphoric_subject_takes_the_previous_one():
    toks, drafts = read("показатель вырос на 5%")
    assert numsubject.subject(toks, drafts[0], "импорт") == "импорт"


def test_year_prefers_the_nearest_in_the_sentence():
    toks, drafts = read("в 2020 году 5% , в 2021 году 7%")
    years = [(d.first, d.value) for d in drafts if d.kind == "year"]
    percents = [d for d in drafts if d.kind == "percent"]
    assert [numsubject.year(d, years, []) for d in percents] == [2020, 2021]


def test_counted_noun_after_kolichestvo():
    toks, drafts = read("количество заявок достигло 5 тысяч")
    assert numsubject.counted_noun(toks, drafts[0]) == "заявка"
