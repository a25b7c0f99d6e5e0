"""Bodies that speak, resolved by the nouns that take them up (quoting/organisations.py)."""
from quoted import only  # noqa: E402 (tests folder is on sys.path)


def test_a_service_noun_takes_up_an_office_named_by_a_compound():
    q = only("Роскомнадзор направил уведомления агрегаторам, говорится в сообщении надзорной службы.")
    assert q.speaker.text == "надзорной службы" and q.speaker.name == "Роскомнадзор"


def test_only_some_compound_shapes_name_an_office():
    from ruarticle.quoting.organisations import _office_name
    assert _office_name("Роскомнадзор") and _office_name("Минздрав")
    assert not _office_name("Роснефть") and not _office_name("Министерство финансов")


def test_a_site_named_by_its_owner_speaks_for_it():
    q = only("Клуб «Витория» расторг контракт с тренером. Решение принято после поражения, "
             "сообщает официальный сайт клуба.")
    assert q.speaker.text == "официальный сайт клуба" and q.speaker.name == "Витория"
