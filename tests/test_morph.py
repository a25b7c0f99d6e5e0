

def test_inflect_is_pymorphy_inflect_worked_out_once():
    from ruarticle import morph

    parse = morph.parses("директора")[0]
    form = morph.inflect(parse, {"nomn", "sing"})
    assert form == parse.inflect({"nomn", "sing"}) and form.word == "директор"
    assert morph.inflect(parse, {"sing", "nomn"}) is form
