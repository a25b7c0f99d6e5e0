"""extract_many() and extract_frame(): order, processes, failures, DataFrames."""
import itertools
import json
import sys
from dataclasses import FrozenInstanceError

import pandas as pd
import pytest

from ruarticle import Article, Failure, extract, extract_frame, extract_frame_meta, extract_many

from conftest import HANDMADE


@pytest.fixture
def texts(article_text):
    names = ("scraped_portal.txt", "read_also.txt", "dateline.txt", "windows_crlf.txt")
    return [article_text(n) for n in names] + [HANDMADE, "", "Одна строка без точки"]


def test_results_are_the_extracts_in_input_order(texts):
    assert list(extract_many(texts)) == [extract(t) for t in texts]


def test_two_processes_give_exactly_the_sequential_results(texts):
    many = texts * 3
    assert list(extract_many(many, n_jobs=2)) == list(extract_many(many))


def test_a_generator_is_consumed_lazily_even_with_processes():
    endless = (f"Новость номер {i}." for i in itertools.count())
    first = list(itertools.islice(extract_many(endless, n_jobs=2, chunksize=2), 5))
    assert [a.paragraphs[0].text for a in first] == [f"Новость номер {i}." for i in range(5)]


def test_titles_run_alongside_the_texts():
    articles = extract_many(["Первый текст.", "Второй текст."], titles=["Один", None])
    assert [a.meta.title for a in articles] == ["Один", None]


def test_errors_raise_stops_at_the_failing_text_and_names_it():
    with pytest.raises(TypeError, match="got bytes") as caught:
        list(extract_many(["Текст.", b"bytes"]))
    if sys.version_info >= (3, 11):
        assert "article 1 of the batch" in caught.value.__notes__[0]


def test_errors_raise_in_a_worker_raises_the_same_error():
    with pytest.raises(TypeError, match="got int"):
        list(extract_many(["Текст.", 42, "Ещё."], n_jobs=2))


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_errors_skip_leaves_the_text_out_and_warns_with_index_and_error(n_jobs):
    with pytest.warns(RuntimeWarning, match=r"skipped article 1: TypeError: .*got NoneType"):
        results = list(extract_many(["Первый.", None, "Третий."], n_jobs=n_jobs, errors="skip"))
    assert [a.text for a in results] == ["Первый.", "Третий."]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_errors_record_yields_a_failure_in_place(n_jobs):
    results = list(extract_many(["Первый.", 3.5, "Третий."], n_jobs=n_jobs, errors="record"))
    assert isinstance(results[0], Article) and isinstance(results[2], Article)
    assert results[1] == Failure(index=1, error="TypeError",
                                 message="text must be str, got float")


def test_a_failure_is_frozen():
    with pytest.raises(FrozenInstanceError):
        Failure(0, "ValueError", "x").index = 1


def test_bad_arguments_are_refused_before_any_work():
    with pytest.raises(ValueError, match="errors must be one of"):
        extract_many(["Текст."], errors="ignore")
    with pytest.raises(ValueError, match="n_jobs"):
        extract_many(["Текст."], n_jobs=0)


def test_progress_bar_counts_the_articles(capsys):
    list(extract_many(["Один.", "Два.", "Три."], progress=True))
    assert "3/3" in capsys.readouterr().err


def articles_frame():
    return pd.DataFrame({"key": ["a", "b", "c"],
                         "text": [HANDMADE, None, "Короткая заметка."]},
                        index=[10, 20, 30])


def test_frame_has_one_row_per_article_on_the_same_index():
    out = extract_frame(articles_frame(), id_column="key")
    assert list(out.index) == [10, 20, 30]
    assert list(out["article_id"]) == ["a", "b", "c"]
    assert (out.loc[10, "category"], out.loc[10, "n_paragraphs"]) == ("Экономика", 7)


def test_frame_keeps_the_whole_record_as_json():
    out = extract_frame(articles_frame(), id_column="key")
    assert Article.from_json(out.loc[10, "record"]) == extract(HANDMADE)
    assert json.loads(out.loc[30, "record"])["schema"] == "ruarticle/1"


def test_frame_records_a_failing_article_and_goes_on():
    out = extract_frame(articles_frame())
    assert out.loc[20, "error"] == "TypeError: text must be str, got NoneType"
    assert pd.isna(out.loc[20, "record"]) and pd.isna(out.loc[20, "n_quotes"])
    assert pd.isna(out.loc[30, "error"])


def test_without_an_id_column_the_index_is_the_id():
    out = extract_frame(articles_frame())
    assert list(out["article_id"]) == [10, 20, 30]


def test_title_column_is_passed_to_extract():
    df = pd.DataFrame({"text": ["Первый текст.", "Второй текст."], "title": ["Один", None]})
    assert list(extract_frame(df, title_column="title")["title"].fillna("-")) == ["Один", "-"]


def test_meta_matches_the_frame_exactly():
    df = articles_frame()
    out, meta = extract_frame(df, id_column="key"), extract_frame_meta(df, id_column="key")
    assert meta.empty and list(meta.columns) == list(out.columns)
    assert meta.dtypes.equals(out.dtypes) and meta.index.dtype == out.index.dtype
    pd.testing.assert_frame_equal(extract_frame(df.iloc[:0], id_column="key"), meta)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the default on Linux")
def test_workers_are_forked_on_linux_so_they_share_the_loaded_models():
    from ruarticle.batch import _default_context
    assert _default_context().get_start_method() == "fork"


def test_a_batch_is_cut_into_chunks_that_spread_over_the_workers():
    from ruarticle.batch import _chunksize
    assert _chunksize(282, 2) == 8      # many chunks per worker, each a fraction of a second
    assert _chunksize(20, 2) == 1       # a short batch still reaches both workers
    assert _chunksize(None, 2) == 8     # a stream of unknown length
