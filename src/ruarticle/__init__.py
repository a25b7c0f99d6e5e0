"""ruarticle: structured data from Russian news articles."""
from .batch import Failure, extract_frame, extract_frame_meta, extract_many
from .frames import to_frames
from .pipeline import extract
from .records import (Article, Cue, Entity, Meta, Mention, Number, Paragraph, Quote,
                      Related, Role, Sentence, Speaker, Token)
from .tokens import tokens as _tokens

__version__ = "0.1.0"


def tokens(article: Article) -> tuple[Token, ...]:
    """razdel tokens of an article's sentences, with offsets into ``article.text``."""
    return _tokens(article.sentences)


__all__ = ["extract", "extract_many", "extract_frame", "extract_frame_meta", "to_frames",
           "Failure", "tokens", "Article", "Cue", "Entity", "Meta", "Mention", "Number",
           "Paragraph", "Quote", "Related", "Role", "Sentence", "Speaker", "Token",
           "__version__"]
