"""The article text of a ``Doc``, read once per doc by the claims stage and its helpers."""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "newsgraph.claims.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy rebuilds it from the tokens on every access,
    which made this stage spend most of its time joining strings."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached
