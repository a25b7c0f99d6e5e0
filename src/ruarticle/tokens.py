"""Sentences and tokens from razdel, with offsets into the original text.

Tokens are razdel's, cut by :func:`razdel_tokens`: razdel's own algorithm (its atoms, its
join rules, its order) without the objects razdel builds for every pair of atoms, which
made its tokenizer a twentieth of the whole pipeline's time.
"""
from __future__ import annotations

from razdel import sentenize
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, INT, OTHER, PUNCT, SMILE

from .records import Paragraph, Sentence, Token

# razdel's delimiter rules: delimiter characters and the atom type both sides must have
# (None: anything but punctuation)
DELIMITER_RULES = ((DASHES, None), ("_", None), (".,", INT), ("/\\", INT))
DELIMITED = frozenset("".join(d for d, _ in DELIMITER_RULES))
WORDLIKE = (OTHER, "RU", "LAT")

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
        for start, stop, text in razdel_tokens(sentence.text):
            found.append(Token(len(found), sentence.index, sentence.start + start,
                               sentence.start + stop, text))
    return tuple(found)


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, text) of each token ``razdel.tokenize`` finds in the text.

    razdel cuts the text into atoms (a run of Cyrillic or Latin letters or digits, or one
    other character) and joins two neighbouring atoms into one token only when nothing
    stands between them and one of its rules says so (see :func:`_joined`)."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    found = []
    start, stop, buffer = atoms[0][0], atoms[0][1], atoms[0][3]
    for i in range(1, len(atoms)):
        atom = atoms[i]
        if atom[0] == stop and _joined(atoms, i, buffer):
            buffer += atom[3]
        else:
            found.append((start, stop, buffer))
            start, buffer = atom[0], atom[3]
        stop = atom[1]
    found.append((start, stop, buffer))
    return found


def _joined(atoms, i: int, buffer: str) -> bool:
    """razdel's rules for atoms i - 1 and i with nothing between them (``buffer``: the
    token so far). None of razdel's rules says split, so their order does not matter."""
    left, right = atoms[i - 1], atoms[i]
    if (left[3] in DELIMITED or right[3] in DELIMITED) and _around_delimiter(atoms, i):
        return True
    lt, rt, lk, rk = left[3], right[3], left[2], right[2]
    if lk == PUNCT and rk == PUNCT and (
            SMILE.match(buffer + rt) or (lt in ENDINGS and rt in ENDINGS)
            or lt + rt in ("--", "**")):
        return True  # ":-)", "?!", "--"
    if lk == OTHER and rk in WORDLIKE or lk in WORDLIKE and rk == OTHER:
        return True  # "ΔP"
    return lt.lower() == "yahoo" and rt == "!"


def _around_delimiter(atoms, i: int) -> bool:
    """razdel's dash, underscore, float and fraction rules ("что-то", "a_b", "1,5", "1/2"):
    when atom i - 1 is the delimiter, the atoms on either side of it decide, else when
    atom i is; the atom past the delimiter may stand after a space."""
    left, right = atoms[i - 1], atoms[i]
    for delimiters, kind in DELIMITER_RULES:
        if left[3] in delimiters:
            a, b = (atoms[i - 2] if i > 1 else None), right
        elif right[3] in delimiters:
            a, b = left, (atoms[i + 1] if i + 1 < len(atoms) else None)
        else:
            continue
        if a is not None and b is not None and (
                a[2] == kind == b[2] if kind else a[2] != PUNCT and b[2] != PUNCT):
            return True
    return False
