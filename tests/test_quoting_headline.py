"""Headlines that quote someone: "«...»: глава ведомства о ..." (quoting/headline.py)."""
from quoted import found  # noqa: E402 (tests folder is on sys.path)


def test_post_with_a_prepositional_phrase_after_the_quoted_words():
    q = found("«Тарифы останутся прежними»: председатель комитета по тарифам о планах на год\n\n"
              "Председатель комитета по тарифам Ирина Светлова заявила, что повышения не будет.")[0]
    assert (q.kind, q.speaker.text, q.speaker.name) == ("direct", "председатель комитета по тарифам", "Ирина Светлова")


def test_headline_topic_without_a_source_names_no_one():
    q = found("«Тарифы останутся прежними»: по итогам года о планах\n\nОтчёт опубликован.")[0]
    assert q.speaker is None
