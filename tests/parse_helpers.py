"""Hand-built parses for rule tests: a ``Doc`` with the words, lemmas, heads and labels a test
chooses, so a rule is tested on the parse it was written for, not on the model's guess."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph import extensions

VOCAB = spacy.blank("en").vocab
#: (word, lemma, head index, dependency label, part of speech, space after)
Row = tuple[str, str, int, str, str, bool]


def build(rows: list[Row], tags: dict[int, str] | None = None) -> Doc:
    """A parsed Doc from ``rows``; ``tags`` sets fine-grained tags by token index."""
    extensions.register()
    doc = Doc(
        VOCAB,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        spaces=[r[5] for r in rows],
    )
    for index, tag in (tags or {}).items():
        doc[index].tag_ = tag
    return doc
