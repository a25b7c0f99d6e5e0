from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture
def article_text():
    """Read one of the test articles written for this suite, byte for byte."""
    def read(name: str) -> str:
        return (ARTICLES / name).read_bytes().decode("utf-8")
    return read
