"""Reporting cues from the data files, and the per-word-form test that lets the
word-led rules skip the words that cannot lead a report."""
from ruarticle.quoting.lexicon import backref_at, cue_lemma, cue_phrase, may_report, negated_cue, stance_lemma
from ruarticle.quoting.words import tokenize
from quoted import only  # noqa: E402 (tests folder is on sys.path)


def word(text):
    return tokenize(text)[0]


def test_a_reporting_verb_may_report():
    assert may_report(word("заявил"))


def test_an_impersonal_reporting_verb_may_report():
    assert may_report(word("сообщается"))


def test_a_participle_of_a_reporting_verb_may_report():
    assert may_report(word("считающие"))


def test_an_infinitive_of_a_reporting_verb_may_report():
    assert may_report(word("заявить"))


def test_the_verb_of_a_verb_and_noun_cue_may_report():
    words = tokenize("привёл слова")
    assert cue_lemma(words[0]) is None and cue_phrase(words, 0) is not None
    assert may_report(words[0])


def test_a_verb_that_reports_only_when_negated_may_report():
    words = tokenize("не исключил")
    assert cue_lemma(words[1]) is None and negated_cue(words, 1) == "исключить"
    assert may_report(words[1])


def test_a_word_of_conviction_may_report():
    assert stance_lemma(word("уверен")) and may_report(word("уверен"))


def test_ordinary_words_and_punctuation_may_not():
    assert not any(may_report(w) for w in tokenize("Новый мост быстро построят, к весне."))


def test_every_word_a_cue_test_accepts_may_report():
    words = tokenize("Он заявил, не исключил и привёл слова; эксперты, считающие, что "
                     "мост уверен, сообщили об этом, успев рассказать и выразив надежду.")
    accepted = [k for k, w in enumerate(words)
                if cue_lemma(w, ("VERB", "GRND", "PRTS", "PRTF", "INFN")) or stance_lemma(w)
                or negated_cue(words, k) or cue_phrase(words, k)]
    assert accepted and all(may_report(words[k]) for k in accepted)


def test_wondering_aloud_is_a_cue():
    q = only("«Кто за это заплатит?» — задался вопросом депутат Олег Рябов.")
    assert q.cue.text == "задался вопросом" and q.speaker.name == "Олег Рябов"


def test_every_word_list_the_quote_stage_names_exists():
    """A word list is read only when a rule first asks for it: a misspelt file name would
    fail late, on the one sentence that reaches the rule, so check all names here."""
    import pathlib
    import re

    import ruarticle
    from ruarticle.resources import word_set

    src = pathlib.Path(ruarticle.__file__).parent
    code = "".join(p.read_text(encoding="utf-8") for p in [src / "quotes.py", *sorted((src / "quoting").glob("*.py"))])
    names = set(re.findall(r'word_set\("([\w.]+)"\)', code))
    assert len(names) > 40
    for name in names:
        assert word_set(name), name


def test_a_verb_of_a_listed_frame_gives_its_lemma():
    from ruarticle.quoting.lexicon import listed_verb
    assert listed_verb(word("привел"), "quote_citing_verbs.txt") == "привести"
    assert listed_verb(word("доме"), "quote_citing_verbs.txt") is None


def test_a_pointer_written_with_ё_is_found_either_way():
    # the data file spells it "о чём"; words are looked up with ё folded to е
    assert backref_at(tokenize("о чём сообщил министр"), 0) == 2
    assert backref_at(tokenize("о чем сообщил министр"), 0) == 2


def test_one_list_of_document_nouns_gives_each_part_its_own():
    from ruarticle.quoting.lexicon import documents
    carries, issued = documents("carries"), documents("issued")
    assert "заявление" in carries and "заявление" in issued  # "в заявлении МИД говорится"
    assert "сайт" in carries and "сайт" not in issued  # nobody is said to issue a site
    assert issued["поздравление"] == ("поздравить",)  # "X поздравил ... — говорится в поздравлении"


def test_a_fronted_attention_noun_makes_the_later_verb_a_cue_phrase():
    words = tokenize("Особое внимание мэр обратил на ремонт")
    assert cue_phrase(words, 3) == (3, "обратить внимание")
    assert cue_phrase(tokenize("Особое решение мэр принял на совещании"), 3) is None
