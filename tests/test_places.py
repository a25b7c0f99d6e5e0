from ruarticle import places, structure
from ruarticle.tokens import sentences, tokens


def hits(text):
    toks = tokens(sentences(structure.segment(text).paragraphs))
    starts = frozenset(i for i, t in enumerate(toks) if i == 0 or toks[i - 1].sentence != t.sentence)
    return [(text[h.start:h.end], h.place.code, h.place.kind) for h in places.find(toks, starts)]


def test_short_name_in_instrumental():
    assert ("Казахстаном", "KZ", "country") in hits("Переговоры с Казахстаном прошли успешно.")


def test_official_name_in_genitive():
    assert hits("Делегация Республики Казахстан прибыла.") == [
        ("Республики Казахстан", "KZ", "country")]


def test_multiword_name_of_participles():
    assert hits("Торговля с Соединенными Штатами Америки растет.")[0][1] == "US"


def test_abbreviations_are_case_sensitive():
    assert [h[1] for h in hits("Встреча РФ, КНР, ФРГ и КНДР.")] == ["RU", "CN", "DE", "KP"]


def test_hand_written_alias():
    assert hits("Лидеры Белоруссии и Британии встретились.") == [
        ("Белоруссии", "BY", "country"), ("Британии", "GB", "country")]


def test_adjective_is_a_country():
    assert hits("Рост китайскими темпами.") == [("китайскими", "CN", "country")]


def test_compound_adjective_parts():
    assert hits("Развитие казахстанско-китайского партнерства.") == [
        ("казахстанско", "KZ", "country"), ("китайского", "CN", "country")]


def test_city_and_city_adjective():
    found = hits("Мэрия Москвы и московские власти договорились.")
    assert [(t, k) for t, _, k in found] == [("Москвы", "city"), ("московские", "city")]


def test_pronoun_at_sentence_start_is_not_togo():
    assert hits("Того же мнения придерживаются эксперты.") == []


def test_name_with_lowercase_conjunction():
    assert hits("Сборная Тринидада и Тобаго проиграла.")[0][1] == "TT"


def test_country_table_covers_un_members():
    codes = {row[0] for row in places.table("countries.tsv")}
    assert len(codes) >= 193 and {"KZ", "CN", "RU", "US", "TV", "SS"} <= codes


def test_rk_is_kazakhstan_by_default():
    assert hits("Премьер-министр РК провел совещание.") == [("РК", "KZ", "country")]


def test_rk_is_korea_in_a_text_about_korea():
    found = hits("Президент РК прибыл в Сеул. Южная Корея готовится к выборам.")
    assert found[0] == ("РК", "KR", "country")


def test_capitalised_adjective_joins_a_region_name():
    assert ("Центральной Азии", "", "location") in hits("Лидеры обсудили ситуацию в Центральной Азии.")


def test_a_country_is_never_widened_by_an_adjective():
    # "Единая Россия" is a party; "России" stays a mention of the country
    assert ("России", "RU", "country") in hits("Депутаты от партии Единая России голосовали.")


def test_city_whose_oblique_case_looks_like_an_adjective():
    found = hits("Жители Костаная и Уральска недовольны.")
    assert [(text, code) for text, code, _ in found] == [("Костаная", "KZ"), ("Уральска", "KZ")]


def test_adjective_of_needs_an_adjective_reading_of_a_listed_lemma():
    assert places._adjective_of("французского") is not None
    assert places._adjective_of("зеленого") is None


def test_one_word_place_by_lemma():
    # "аким Шымкента": the quote stage asks whether a word's lemma names a place
    assert places.is_place("шымкент") and places.place_of("шымкент").kind == "city"
    assert not places.is_place("министр") and places.place_of("министр") is None
