from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture
def article_text():
    """Read one of the test articles written for this suite, byte for byte."""
    def read(name: str) -> str:
        return (ARTICLES / name).read_bytes().decode("utf-8")
    return read


HANDMADE = (
    "Экономика\n"
    "Минфин & ЦБ: бюджет <script>alert(1)</script> вырастет на 5%\n"
    "МОСКВА, 3 марта. Министр финансов России Антон Силуанов заявил, что доходы бюджета "
    "в 2025 году вырастут на 5% и составят 40 трлн рублей.\n"
    "«Мы ожидаем роста доходов & расходов», — сказал Силуанов.\n"
    "Читайте также:\n"
    "Курс рубля укрепился\n"
    "3 часа назад\n"
)


def _span(text: str, part: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``part``, searched from the end of ``after`` (to pick one occurrence)."""
    start = text.index(part, text.index(after) + len(after) if after else 0)
    return start, start + len(part)


def handmade_article():
    """The structure found by extract(), plus entity, number and quote records made by hand.

    The records overlap the way real ones do: a country inside an official's post, figures
    inside an indirect quote, the speaker's name inside both a mention and a speaker span.
    """
    from dataclasses import replace

    from ruarticle import Cue, Entity, Mention, Number, Quote, Role, Speaker, extract

    text = HANDMADE

    def piece(cls, part, after="", **fields):
        start, end = _span(text, part, after)
        return cls(start=start, end=end, text=part, **fields)

    person = Entity(
        id="E1", type="PER", kind="person", name="Антон Силуанов", country="Россия",
        mentions=(piece(Mention, "Антон Силуанов", normal="Антон Силуанов"),
                  piece(Mention, "Силуанов", after="сказал", normal="Силуанов")),
        roles=(piece(Role, "Министр финансов России", title="министр финансов",
                     organization="Минфин", country="Россия"),))
    ministry = Entity(id="E2", type="ORG", kind="organization", name="Минфин", country="Россия",
                      mentions=(piece(Mention, "Минфин", normal="Минфин"),))
    russia = Entity(id="E3", type="LOC", kind="country", name="Россия", country="Россия",
                    mentions=(piece(Mention, "России", normal="Россия"),))
    common = dict(qualifier=None, change=None, subject="доходы бюджета", year=2025, sentence=2)
    numbers = (
        piece(Number, "2025 году", kind="date", value="2025", unit=None,
              **{**common, "subject": None, "year": None}),
        piece(Number, "5%", after="вырастут на ", kind="percent", value=5, unit="%",
              **{**common, "change": "рост"}),
        piece(Number, "40 трлн рублей", kind="money", value=40_000_000_000_000, unit="RUB",
              **common),
    )
    quotes = (
        piece(Quote, "доходы бюджета в 2025 году вырастут на 5% и составят 40 трлн рублей",
              kind="indirect", paragraph=2,
              speaker=piece(Speaker, "Антон Силуанов", entity="E1", name="Антон Силуанов"),
              cue=piece(Cue, "заявил", lemma="заявить")),
        piece(Quote, "Мы ожидаем роста доходов & расходов", kind="direct", paragraph=3,
              speaker=piece(Speaker, "Силуанов", after="сказал", entity="E1",
                            name="Антон Силуанов"),
              cue=piece(Cue, "сказал", lemma="сказать")),
    )
    return replace(extract(text), entities=(person, ministry, russia), numbers=numbers,
                   quotes=quotes)


@pytest.fixture
def handmade():
    """An article with hand-made entities, numbers and quotes (see handmade_article)."""
    return handmade_article()
