"""Checks every record of an Article must pass, shared by the reliability tests."""
from __future__ import annotations

from ruarticle import Article

PROSE = {"title", "lead", "body", "quote", "attribution"}


def spans_of(article: Article):
    """(name, start, end, text-or-None) of every span in the record."""
    for p in article.paragraphs:
        yield "paragraph", p.start, p.end, p.text
    for s in article.sentences:
        yield "sentence", s.start, s.end, s.text
    for r in article.related:
        yield "related", r.start, r.end, None
    for e in article.entities:
        for m in e.mentions:
            yield "mention", m.start, m.end, m.text
        for r in e.roles:
            yield "role", r.start, r.end, r.text
    for n in article.numbers:
        yield "number", n.start, n.end, n.text
    for q in article.quotes:
        yield "quote", q.start, q.end, q.text
        for part in (q.speaker, q.cue):
            if part is not None:
                yield "quote part", part.start, part.end, part.text


def check(article: Article) -> None:
    text = article.text
    for name, start, end, value in spans_of(article):
        assert 0 <= start <= end <= len(text), (name, start, end)
        if value is not None:
            assert text[start:end] == value, (name, start, end, value)
    for before, after in zip(article.paragraphs, article.paragraphs[1:]):
        assert before.end <= after.start
    for p in article.paragraphs:
        assert p.index == article.paragraphs.index(p)
    for s in article.sentences:
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start <= s.end <= para.end
    prose = [(p.start, p.end) for p in article.paragraphs if p.kind in PROSE]
    for e in article.entities:
        for m in e.mentions:
            assert any(a <= m.start <= m.end <= b for a, b in prose), m
    for n in article.numbers:
        if n.sentence is not None:
            s = article.sentences[n.sentence]
            assert s.start <= n.start and n.end <= s.end, n
    for q in article.quotes:
        assert 0 <= q.paragraph < len(article.paragraphs)
    assert Article.from_dict(article.to_dict()) == article
