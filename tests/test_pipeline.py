"""extract(): the contract every caller relies on."""
import pytest

import ruarticle
from ruarticle import Article, extract


def spans(article):
    data = article.to_dict()
    for key in ("paragraphs", "sentences"):
        yield from data[key]


def test_every_span_points_into_the_original_text(article_text):
    text = article_text("scraped_portal.txt")
    article = extract(text)
    assert article.text == text
    for record in spans(article):
        assert text[record["start"]:record["end"]] == record["text"]
    for teaser in article.related:
        assert teaser.headline in text[teaser.start:teaser.end]


def test_sentences_lie_inside_their_paragraph(article_text):
    article = extract(article_text("scraped_portal.txt"))
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end


def test_paragraphs_are_ordered_and_disjoint(article_text):
    article = extract(article_text("read_also.txt"))
    for before, after in zip(article.paragraphs, article.paragraphs[1:]):
        assert before.end < after.start
        assert after.index == before.index + 1


def test_boilerplate_has_no_sentences(article_text):
    article = extract(article_text("scraped_portal.txt"))
    boiler = {p.index for p in article.paragraphs if p.kind == "boilerplate"}
    assert boiler and not any(s.paragraph in boiler for s in article.sentences)


def test_title_argument_fills_meta():
    article = extract("Ветер стих к утру.", title="Ураган ушёл")
    assert article.meta.title == "Ураган ушёл"
    assert [p.kind for p in article.paragraphs] == ["lead"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\u00a0\n"])
def test_empty_or_blank_text_gives_an_empty_article(text):
    article = extract(text)
    assert article == Article(text=text)
    assert article.to_dict()["paragraphs"] == []


@pytest.mark.parametrize("value, named", [(None, "NoneType"), (42, "int"), (["a"], "list"),
                                          (3.5, "float")])
def test_non_text_raises_type_error_naming_the_type(value, named):
    with pytest.raises(TypeError, match=named):
        extract(value)


def test_bytes_raise_type_error_that_says_to_decode():
    with pytest.raises(TypeError, match="decode"):
        extract("Привет".encode())


def test_non_text_title_raises_type_error():
    with pytest.raises(TypeError, match="title"):
        extract("Текст.", title=b"x")


def test_same_input_gives_the_same_record(article_text):
    text = article_text("read_also.txt")
    assert extract(text).to_dict() == extract(text).to_dict()


def test_package_exposes_version():
    assert ruarticle.__version__.count(".") == 2


def test_collector_is_on_again_after_extract():
    import gc
    assert gc.isenabled()
    extract("Министр заявил журналистам, что решение уже принято.")
    assert gc.isenabled()


def test_collector_is_on_again_when_a_stage_fails(monkeypatch):
    import gc

    from ruarticle import pipeline

    def fail(*args, **kwargs):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(pipeline.numbers, "find", fail)
    with pytest.raises(RuntimeError):
        extract("Министр заявил журналистам, что решение уже принято.")
    assert gc.isenabled()


def test_collector_turned_off_by_the_caller_stays_off():
    import gc
    gc.disable()
    try:
        extract("Министр заявил журналистам, что решение уже принято.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_is_not_paused_while_other_threads_run():
    import gc
    import threading

    from ruarticle import pipeline

    seen = []
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with pipeline._collector_paused():
            seen.append(gc.isenabled())
    finally:
        release.set()
        other.join()
    assert seen == [True]
    assert gc.isenabled()


def test_collector_is_paused_in_a_single_threaded_process(monkeypatch):
    import gc

    from ruarticle import pipeline

    # an earlier test's pool may have left threads running; this process counts as one
    monkeypatch.setattr(pipeline.threading, "active_count", lambda: 1)
    with pipeline._collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
