"""Records are frozen and survive a trip through a dict and through JSON unchanged."""
import dataclasses
import json

import pytest

from ruarticle.records import (Article, Cue, Entity, Meta, Mention, Number, Paragraph, Quote,
                               Related, Role, Sentence, Speaker)

TEXT = "Глава МИД России Сергей Лавров заявил: «Мы готовы». Рост составил 14%."


def full_article() -> Article:
    person = Entity("E1", "PER", "person", "Сергей Лавров", "RU",
                    (Mention(17, 30, "Сергей Лавров", "Сергей Лавров"),),
                    (Role("глава", "Министерство иностранных дел", "RU", 0, 16, "Глава МИД России"),))
    number = Number("percent", 67, 70, "14%", 14, "%", None, None, "рост", None, 1)
    quote = Quote("direct", 39, 49, "Мы готовы",
                  Speaker(17, 30, "Сергей Лавров", "E1", "Сергей Лавров"),
                  Cue(31, 37, "заявил", "заявить"), 0)
    return Article(
        text=TEXT, meta=Meta(None, None, None),
        paragraphs=(Paragraph(0, "lead", 0, len(TEXT), TEXT),),
        sentences=(Sentence(0, 0, 0, 52, TEXT[:52]), Sentence(1, 0, 53, len(TEXT), TEXT[53:])),
        related=(Related("Заголовок", None, "1 день ago", 0, 9),),
        entities=(person,), numbers=(number,), quotes=(quote,))


def test_to_dict_has_the_documented_top_level_shape():
    data = full_article().to_dict()
    assert list(data) == ["schema", "text", "meta", "paragraphs", "sentences", "related",
                          "entities", "numbers", "quotes"]
    assert data["schema"] == "ruarticle/1"
    assert data["meta"] == {"category": None, "title": None, "byline": None}
    assert data["paragraphs"][0] == {"index": 0, "kind": "lead", "start": 0,
                                     "end": len(TEXT), "text": TEXT}


def test_dict_round_trip_is_exact():
    article = full_article()
    assert Article.from_dict(article.to_dict()) == article


def test_json_round_trip_is_exact_and_keeps_cyrillic_readable():
    article = full_article()
    text = article.to_json()
    assert "Лавров" in text
    assert Article.from_json(text) == article
    assert json.loads(text) == article.to_dict()


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        full_article().meta.title = "другой"


def test_unknown_schema_is_refused():
    data = full_article().to_dict() | {"schema": "ruarticle/99"}
    with pytest.raises(ValueError, match="ruarticle/99"):
        Article.from_dict(data)


def test_empty_article_serialises_with_empty_lists():
    data = Article(text="").to_dict()
    assert data["paragraphs"] == data["entities"] == data["quotes"] == []
    assert Article.from_dict(data) == Article(text="")
