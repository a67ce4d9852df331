"""Is this text English? newsgraph's model and rules are English-only.

py3langid (a maintained langid.py) answers in microseconds on a sample of the text; its model is
loaded once per process on first use.
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: texts shorter than this many letters are too short to judge: assumed English
MIN_LETTERS = 40


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_identifier() -> None:
    """Read the identifier's model now (~0.4 s, most of it LZMA decompression, which releases
    the GIL: :func:`newsgraph.pipeline.build_nlp` runs this in a thread while spaCy loads)."""
    _identifier()


def detect_language(text: str, sample_chars: int = 2000) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability) for a sample from the start of the text."""
    sample = text[:sample_chars]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:  # (map: no generator step per character)
        return "en", 0.0
    code, probability = _identifier().classify(sample)
    return str(code), float(probability)
