"""Article.to_frames() and ruarticle.to_frames(): stable columns, dtypes and rows."""
import subprocess
import sys

import pandas as pd
import pytest

import ruarticle
from ruarticle import Article
from ruarticle.frames import FRAMES, SCHEMAS


def schema_of(frame):
    return [(name, str(dtype)) for name, dtype in frame.dtypes.items()]


def expected(name, with_id=None):
    columns = list(SCHEMAS[name])
    return [("article_id", with_id)] + columns if with_id else columns


def test_one_article_gives_the_seven_frames_with_documented_dtypes(handmade):
    frames = handmade.to_frames()
    assert list(frames) == list(FRAMES)
    for name, frame in frames.items():
        assert schema_of(frame) == expected(name), name


@pytest.mark.parametrize("name", FRAMES)
def test_an_empty_article_gives_empty_frames_with_every_column(name):
    frame = Article(text="").to_frames()[name]
    assert frame.empty and schema_of(frame) == expected(name)


def test_entities_have_one_row_each_with_counts_and_first_mention(handmade):
    entities = handmade.to_frames()["entities"].set_index("id")
    assert list(entities.index) == ["E1", "E2", "E3"]
    person = entities.loc["E1"]
    assert (person["type"], person["mentions"], person["roles"]) == ("PER", 2, 1)
    assert handmade.text[person["start"]:person["end"]] == "Антон Силуанов"


def test_mentions_know_their_entity_paragraph_and_sentence(handmade):
    mentions = handmade.to_frames()["mentions"]
    last = mentions[mentions["text"] == "Силуанов"].iloc[0]
    assert (last["entity"], last["type"], last["paragraph"]) == ("E1", "PER", 3)
    sentence = handmade.sentences[last["sentence"]]
    assert sentence.start <= last["start"] < sentence.end


def test_officials_have_one_row_per_person_and_post(handmade):
    officials = handmade.to_frames()["officials"]
    assert len(officials) == 1
    row = officials.iloc[0]
    assert (row["entity"], row["name"], row["title"], row["organization"], row["country"]) == (
        "E1", "Антон Силуанов", "министр финансов", "Минфин", "Россия")
    assert handmade.text[row["start"]:row["end"]] == row["text"]


def test_number_values_are_text_with_a_float_when_numeric(handmade):
    numbers = handmade.to_frames()["numbers"].set_index("text")
    assert numbers.loc["40 трлн рублей", "value"] == "40000000000000"
    assert numbers.loc["40 трлн рублей", "value_num"] == 4e13
    assert numbers.loc["2025 году", "value"] == "2025"
    assert pd.isna(numbers.loc["2025 году", "value_num"])
    assert pd.isna(numbers.loc["2025 году", "year"])


def test_quotes_flatten_speaker_and_cue(handmade):
    quotes = handmade.to_frames()["quotes"]
    direct = quotes[quotes["kind"] == "direct"].iloc[0]
    assert direct["text"] == "Мы ожидаем роста доходов & расходов"
    assert (direct["speaker"], direct["speaker_name"], direct["speaker_entity"]) == (
        "Силуанов", "Антон Силуанов", "E1")
    assert (direct["cue"], direct["cue_lemma"], direct["paragraph"]) == ("сказал", "сказать", 3)
    assert handmade.text[direct["cue_start"]:direct["cue_end"]] == "сказал"


def test_a_quote_without_speaker_or_cue_has_nulls(handmade):
    from dataclasses import replace
    bare = replace(handmade, quotes=(replace(handmade.quotes[1], speaker=None, cue=None),))
    row = bare.to_frames()["quotes"].iloc[0]
    assert all(pd.isna(row[c]) for c in ("speaker", "speaker_entity", "cue", "cue_start"))


def test_many_articles_are_concatenated_under_their_ids(handmade):
    plain = Article(text="")
    frames = ruarticle.to_frames([handmade, plain, handmade], ids=["a.txt", "b.txt", "c.txt"])
    for name, frame in frames.items():
        assert schema_of(frame) == expected(name, "string"), name
    assert list(frames["quotes"]["article_id"]) == ["a.txt", "a.txt", "c.txt", "c.txt"]


def test_default_ids_are_positions_as_integers(handmade):
    frames = ruarticle.to_frames([handmade, handmade])
    assert str(frames["numbers"]["article_id"].dtype) == "Int64"
    assert sorted(set(frames["numbers"]["article_id"])) == [0, 1]


def test_no_articles_give_empty_frames_with_an_id_column():
    frames = ruarticle.to_frames([])
    assert all(f.empty and f.columns[0] == "article_id" for f in frames.values())


def test_ids_must_match_the_articles(handmade):
    with pytest.raises(ValueError, match="2 ids for 1 articles"):
        ruarticle.to_frames([handmade], ids=["a", "b"])


def test_importing_ruarticle_does_not_import_pandas():
    code = "import sys, ruarticle; ruarticle.extract('Текст.'); print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_numpy_integer_ids_stay_integers(handmade):
    import numpy as np
    frames = ruarticle.to_frames([handmade], ids=np.array([7]))
    assert str(frames["quotes"]["article_id"].dtype) == "Int64"
    assert list(frames["quotes"]["article_id"]) == [7, 7]
