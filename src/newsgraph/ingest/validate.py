"""Checks every article passes before analysis: not empty, not too large, English."""

from __future__ import annotations

from ..errors import EmptyInputError, LanguageError, TooLargeError
from ..records import Article
from ..settings import Settings
from .language import detect_language


def check_article(article: Article, settings: Settings, *, force: bool = False) -> str:
    """Raise a coded :class:`InputError` if the article cannot be analysed; return its language.

    ``force`` analyses non-English text anyway (the results will be poor, but the user asked).
    """
    if not article.text.strip():
        raise EmptyInputError(f"{article.source}: no text to analyse")
    size = len(article.text.encode("utf-8"))
    if size > settings.max_bytes:
        raise TooLargeError(
            f"{article.source}: {size:,} bytes is over the limit of {settings.max_bytes:,} "
            "(raise max_bytes in newsgraph.toml)"
        )
    language, probability = detect_language(article.text, settings.language_sample_chars)
    if language != "en" and probability >= settings.min_english_confidence and not force:
        raise LanguageError(
            f"{article.source}: text looks like '{language}' (p={probability:.2f}), "
            "not English; use --force to analyse it anyway"
        )
    return language
