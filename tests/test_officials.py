from ruarticle import officials


def test_post_heads_from_the_list():
    assert officials.head_lemma("Премьер-министра") == "премьер-министр"
    assert officials.head_lemma("акимом") == "аким"


def test_former_prefix():
    assert officials.head_lemma("экс-президента") == "президент"


def test_preposition_is_not_an_envoy():
    assert officials.head_lemma("После") is None


def test_family_is_not_a_post_even_before_a_name():
    assert officials.head_lemma("сын", before_name=True) is None


def test_any_profession_right_before_a_name():
    assert officials.head_lemma("реставратора", before_name=True) == "реставратор"


def test_policy_is_not_a_politician():
    assert officials.head_lemma("политику") is None
