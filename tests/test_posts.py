from ruarticle import posts


def test_post_heads_from_the_list():
    assert posts.head_lemma("Премьер-министра") == "премьер-министр"
    assert posts.head_lemma("акимом") == "аким"


def test_former_prefix():
    assert posts.head_lemma("экс-президента") == "президент"


def test_preposition_is_not_an_envoy():
    assert posts.head_lemma("После") is None


def test_family_is_not_a_post_even_before_a_name():
    assert posts.head_lemma("сын", before_name=True) is None


def test_any_profession_right_before_a_name():
    assert posts.head_lemma("реставратора", before_name=True) == "реставратор"


def test_policy_is_not_a_politician():
    assert posts.head_lemma("политику") is None


def test_substantivised_participle_is_a_post():
    assert posts.head_lemma("управляющим") == "управляющий"


def test_adjective_alone_is_not_a_post():
    assert posts.head_lemma("главный") is None


def test_aliases_share_one_key():
    assert posts.canonical("премьер-министр") == posts.canonical("премьер")


def test_a_profession_read_first_as_a_thing_is_a_post_before_a_name():
    # pymorphy3 reads "стрелок" first as the genitive plural of "стрелка"
    assert posts.head_lemma("стрелок", True) == "стрелок"


def test_an_adjectival_post_from_the_list_is_a_post():
    assert posts.head_lemma("нападающего", True) == "нападающий"


def test_a_derived_profession_is_a_post():
    assert posts.head_lemma("кинопродюсер") == "кинопродюсер"


def test_the_pope_is_a_post_and_dad_is_not():
    from ruarticle import extract

    pope = [e for e in extract("Папа Римский Франциск посетил Ирак.").entities if e.type == "PER"]
    assert [r.text for r in pope[0].roles] == ["Папа Римский"]
    dad = [e for e in extract("Мой папа Иван Петров пришел.").entities if e.type == "PER"]
    assert dad[0].roles == ()


def test_wiki_quotes_stay_inside_a_post():
    from ruarticle import extract

    text = "Выяснилось, что горничная отеля ''Sofitel'' Анна Петрова солгала."
    person = [e for e in extract(text).entities if e.type == "PER"][0]
    assert [r.title for r in person.roles] == ["горничная отеля ''Sofitel''"]


def test_organisation_of_a_post_drops_the_quote_mark_it_stood_in():
    from ruarticle import extract
    text = "Наставник «Тобола» Нурбол Журсинбек признал поражение."
    person = [e for e in extract(text).entities if e.name == "Нурбол Журсинбек"][0]
    assert person.roles[0].organization == "Тобол"


def test_an_uzbek_governor_is_a_post():
    assert posts.head_lemma("хокима", before_name=True) == "хоким"


def test_a_person_named_in_an_office_holds_no_other_bare_post():
    assert posts.another_office(["аким города"], "тренер")
    assert not posts.another_office(["аким города"], "аким")
    assert not posts.another_office(["аким города"], "глава")  # "глава города" is still the akim
    assert not posts.another_office(["нападающий клуба"], "футболист")  # no office: left alone
    assert not posts.another_office(["аким города"], "президент")  # a bare office: the office rules decide
