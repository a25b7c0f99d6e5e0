"""Noun phrases next to a reporting cue: who is speaking.

The finders ask here; the walks live in ``speaker_before`` (the subject before the cue) and
``speaker_after`` (the phrase after it), the word tests they share in ``np_words``, and
whether a phrase can name a speaker at all in ``someone``.
"""
from __future__ import annotations

from .np_words import MAX_NP, POSSESSIVE, is_adverb, np_at, np_word, time_noun
from .someone import names_someone
from .speaker_after import after
from .speaker_before import before, subject_before_comma

__all__ = ["MAX_NP", "POSSESSIVE", "after", "before", "is_adverb", "names_someone", "np_at", "np_word",
           "subject_before_comma", "time_noun"]
