"""Sentences and tokens from razdel, with offsets into the original text."""
from __future__ import annotations

from razdel import sentenize, tokenize

from .records import Paragraph, Sentence, Token

# Paragraph kinds whose text is prose worth splitting into sentences.
PROSE = frozenset({"title", "lead", "body", "quote", "attribution"})


def sentences(paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    for paragraph in paragraphs:
        if paragraph.kind not in PROSE:
            continue
        for part in sentenize(paragraph.text):
            start = paragraph.start + part.start
            found.append(Sentence(len(found), paragraph.index, start,
                                  paragraph.start + part.stop, part.text))
    return tuple(found)


def tokens(sentence_list: tuple[Sentence, ...]) -> tuple[Token, ...]:
    found: list[Token] = []
    for sentence in sentence_list:
        for part in tokenize(sentence.text):
            found.append(Token(len(found), sentence.index, sentence.start + part.start,
                               sentence.start + part.stop, part.text))
    return tuple(found)
