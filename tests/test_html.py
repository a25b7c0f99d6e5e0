"""Article._repr_html_(): highlighted, escaped, well-formed whatever the overlaps."""
from dataclasses import replace
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from ruarticle import Article, Entity, Mention, Number, extract
from ruarticle.html import page

VOID = {"meta", "br"}


class Reader(HTMLParser):
    """Checks that tags nest, and collects the text pieces with the classes around them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.pieces, self.scripts = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        if tag not in VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        classes = {c for _, attrs in self.stack for c in attrs.get("class", "").split()}
        in_text = any(a.get("style") == "white-space:pre-wrap" for _, a in self.stack)
        if in_text:
            self.pieces.append((data, classes, self.stack[-1][1]))


def read(markup):
    reader = Reader()
    reader.feed(markup)
    reader.close()
    assert reader.stack == []
    return reader


def classes_of(reader, text):
    return next(classes for data, classes, _ in reader.pieces if data == text)


def test_markup_is_well_formed_and_shows_the_text_exactly(handmade):
    reader = read(handmade._repr_html_())
    assert "".join(data for data, _, _ in reader.pieces) == handmade.text


def test_text_is_escaped(handmade):
    markup = handmade._repr_html_()
    assert "<script>" not in markup and read(markup).scripts == 0
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "Минфин</span><span class=\"p-title\"" in markup and " &amp; ЦБ" in markup


def test_overlapping_spans_give_a_piece_every_covering_class(handmade):
    reader = read(handmade._repr_html_())
    assert {"ent-LOC", "role", "p-lead"} <= classes_of(reader, "России")
    assert {"ent-PER", "speaker"} <= classes_of(reader, "Антон Силуанов")
    assert {"num", "quote"} <= classes_of(reader, "40 трлн рублей")


def test_quote_speaker_and_cue_have_distinct_styles(handmade):
    reader = read(handmade._repr_html_())
    content = next(a for d, _, a in reader.pieces if d == "Мы ожидаем роста доходов & расходов")
    cue = next(a for d, _, a in reader.pieces if d == "сказал")
    speaker = next(a for d, c, a in reader.pieces if d == "Силуанов" and "speaker" in c)
    assert len({content["style"], cue["style"], speaker["style"]}) == 3
    assert "Антон Силуанов" in speaker["title"] and "сказать" in cue["title"]


def test_figures_are_marked_with_their_value(handmade):
    reader = read(handmade._repr_html_())
    figure = next(a for d, c, a in reader.pieces if d == "5%" and "num" in c)
    assert "percent: 5 %" in figure["title"]


def test_boilerplate_paragraphs_are_dimmed(handmade):
    reader = read(handmade._repr_html_())
    piece = next(a for d, c, a in reader.pieces if d == "Курс рубля укрепился")
    assert "p-boilerplate" in piece["class"] and "opacity" in piece["style"]


def test_entities_are_coloured_by_kind_with_a_legend(handmade):
    city = Entity(id="E4", type="LOC", kind="city", name="Москва", country="Россия",
                  mentions=(Mention(start=71, end=77, text="МОСКВА", normal="Москва"),))
    article = replace(handmade, entities=handmade.entities + (city,))
    markup = article._repr_html_()
    assert 'class="legend ent-LOC kind-country"' in markup and ">country (LOC)<" in markup
    assert 'class="legend ent-LOC kind-city"' in markup and ">city (LOC)<" in markup
    reader = read(markup)
    moscow = next(a for d, c, a in reader.pieces if d == "МОСКВА")
    russia = next(a for d, c, a in reader.pieces if d == "России")
    assert "kind-city" in moscow["class"] and "kind-country" in russia["class"]
    background = [a["style"].split("background:")[1][:7] for a in (moscow, russia)]
    assert background[0] != background[1]


def test_legend_shows_every_layer_and_the_types_when_no_entity_is_found():
    markup = extract("Заголовок\n\nТекст заметки.")._repr_html_()
    for label in ("people (PER)", "places (LOC)", "figure", "quotation", "speaker",
                  "speech cue", "post of an official", "page boilerplate"):
        assert f">{label}<" in markup, label


def test_attribute_values_are_escaped(handmade):
    odd = replace(handmade.entities[1], name='ООО "Ромашка" <b>')
    markup = replace(handmade, entities=(odd,))._repr_html_()
    assert 'ООО &quot;Ромашка&quot; &lt;b&gt;' in markup
    read(markup)


def test_an_article_without_records_still_renders():
    article = extract("Просто текст без заголовка & без цифр.")
    reader = read(article._repr_html_())
    assert "".join(d for d, _, _ in reader.pieces) == article.text
    assert read(Article(text="")._repr_html_()).pieces == []


def test_page_is_a_standalone_document_with_escaped_names(handmade):
    markup = page([("<a>.txt", handmade), ("b.txt", extract("Второй текст."))])
    assert markup.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in markup
    assert "&lt;a&gt;.txt" in markup and markup.count('class="ruarticle"') == 2


@st.composite
def marked_articles(draw):
    """Random text with special characters and randomly overlapping figures and mentions."""
    parts = st.sampled_from(["<i>", "</b>", "&amp;", "&", "\"", "а", "бв", " ", "\n", "«"])
    text = "".join(draw(st.lists(parts, max_size=15)))
    bounds = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    numbers = tuple(Number(kind="count", start=a, end=b, text=text[a:b], value=None, unit=None,
                           qualifier=None, change=None, subject=None, year=None, sentence=None)
                    for a, b in draw(st.lists(bounds, max_size=5)))
    mentions = tuple(Mention(start=a, end=b, text=text[a:b], normal=text[a:b])
                     for a, b in draw(st.lists(bounds, max_size=5)))
    entity = Entity(id="E1", type="PER", kind="person", name="<&>", country=None,
                    mentions=mentions)
    return Article(text=text, numbers=numbers, entities=(entity,))


@given(marked_articles())
def test_any_overlap_gives_well_formed_markup_showing_the_exact_text(article):
    reader = read(article._repr_html_())
    assert "".join(data for data, _, _ in reader.pieces) == article.text
    assert reader.scripts == 0
