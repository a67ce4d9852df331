"""Token indices picked by a whole-document array look-up instead of a loop over ``Token``s.

spaCy builds a fresh ``Token`` object for every step of ``for t in doc``, and each
``token.dep_`` or ``token.pos_`` is another look-up; a rule that only applies to a few
dependency labels or parts of speech need not pay that for every word of the article.
:func:`with_labels` reads one attribute column with ``Doc.to_array`` and returns the indices
whose label a rule could accept, so the rule itself (unchanged) runs on those candidates only.
It only ever pre-filters: callers keep their own tests.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.tokens import Doc


def with_labels(doc: Doc, attr: int, labels: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (``spacy.attrs.DEP``, ``POS``, ``TAG``
    …) is one of ``labels``."""
    if len(doc) == 0 or not labels:
        return []
    strings = doc.vocab.strings
    keys = np.array([strings[label] for label in labels], dtype=np.uint64)
    column = doc.to_array(attr).astype(np.uint64, copy=False)
    return [int(i) for i in np.flatnonzero(np.isin(column, keys))]
