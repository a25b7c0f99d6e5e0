

def test_inflect_is_pymorphy_inflect_worked_out_once():
    from ruarticle import morph

    parse = morph.parses("директора")[0]
    form = morph.inflect(parse, {"nomn", "sing"})
    assert form == parse.inflect({"nomn", "sing"}) and form.word == "директор"
    assert morph.inflect(parse, {"sing", "nomn"}) is form


def test_a_parse_lemma_is_folded_like_the_word_lists():
    # the dictionary's lemma of "ребенок" is "ребёнок"; the word lists hold "ребенок"
    from ruarticle import morph

    assert morph.normal(morph.parses("ребенок")[0]) == "ребенок"


def test_part_of_speech_is_a_plain_string():
    # pymorphy3's tag.POS is a str subclass with a Python-level ==; the cached answer is a str
    from ruarticle import morph

    assert morph.pos("заявил") == "VERB"
    assert type(morph.pos("заявил")) is str
    assert morph.pos("...") is None
