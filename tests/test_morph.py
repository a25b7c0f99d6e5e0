

def test_inflect_is_pymorphy_inflect_worked_out_once():
    from ruarticle import morph

    parse = morph.parses("директора")[0]
    form = morph.inflect(parse, {"nomn", "sing"})
    assert form == parse.inflect({"nomn", "sing"}) and form.word == "директор"
    assert morph.inflect(parse, {"sing", "nomn"}) is form


def test_dictionary_inflect_matches_pymorphy_on_every_parse():
    """The dictionary fast path keeps the very Parse pymorphy3 would: the same form, tag,
    score and methods stack, also when a rare case is folded ("в лесу") or none fits."""
    from ruarticle import morph

    asked = [{"nomn"}, {"masc", "sing", "nomn"}, {"plur", "gent"}, {"loc2"}, {"voct"},
             {"femn", "sing", "nomn"}, {"past", "plur"}]
    for word in ("управляющего", "лесу", "сказавшей", "Петровой", "замминистра",
                 "шли", "красивейшего", "кофе", "ею", "по-новому"):
        for parse in morph.parses(word.lower()):
            for grammemes in asked:
                assert morph.inflect(parse, grammemes) == parse.inflect(set(grammemes))


def test_participle_put_into_its_own_nominative():
    from ruarticle import morph

    parse = next(p for p in morph.parses("управляющего") if p.tag.POS == "PRTF")
    assert morph.inflect(parse, {"masc", "sing", "nomn"}).word == "управляющий"
