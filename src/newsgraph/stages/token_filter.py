"""Token indices picked by a whole-document array look-up instead of a loop over ``Token``s.

spaCy builds a fresh ``Token`` object for every step of ``for t in doc``, and each
``token.dep_`` or ``token.pos_`` is another look-up; a rule that only applies to a few
dependency labels or parts of speech need not pay that for every word of the article.
:func:`with_labels` reads one attribute column with ``Doc.to_array`` and returns the indices
whose label a rule could accept, so the rule itself (unchanged) runs on those candidates only.
It only ever pre-filters: callers keep their own tests. :func:`with_words` does the same for
rules that fire on a few words, from the lemma and lower-case columns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection

import numpy as np
from spacy.attrs import LEMMA, LOWER
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


#: (lemma hash, lower-case hash) of every token, kept per doc in ``doc.user_data``
_FORMS_KEY = "newsgraph.token_forms"
_WORDS_KEY = "newsgraph.tokens_with_words"
#: process-wide verdicts of each named word test, per (lemma hash, lower-case hash): a news
#: vocabulary repeats, so each word type is judged once (bounded, like any cache of words)
_VERDICTS: dict[str, dict[tuple[int, int], bool]] = {}
_MAX_VERDICTS = 200_000


def with_words(doc: Doc, name: str, test: Callable[[str, str], bool]) -> list[int]:
    """Indices, in order, of the tokens whose ``(lemma_, lower_)`` pass ``test``.

    For a rule that only fires on a few words ("according", reporting verbs, hedge words):
    the two columns are read once per doc with ``Doc.to_array``, ``test`` is asked once per
    word type per process (``name`` identifies it, so it must be a pure function of the two
    strings), and the answer is kept in ``doc.user_data`` for every later caller. It only
    pre-filters: callers keep their own tests."""
    cache = doc.user_data.setdefault(_WORDS_KEY, {})
    found: list[int] | None = cache.get(name)
    if found is not None:
        return found
    forms: list[tuple[int, int]] | None = doc.user_data.get(_FORMS_KEY)
    if forms is None:
        rows = doc.to_array([LEMMA, LOWER]).tolist() if len(doc) else []
        forms = doc.user_data[_FORMS_KEY] = [(lemma, lower) for lemma, lower in rows]
    verdicts = _VERDICTS.setdefault(name, {})
    strings = doc.vocab.strings
    found = []
    for i, pair in enumerate(forms):
        verdict = verdicts.get(pair)
        if verdict is None:
            verdict = test(strings[pair[0]], strings[pair[1]])
            if len(verdicts) < _MAX_VERDICTS:
                verdicts[pair] = verdict
        if verdict:
            found.append(i)
    cache[name] = found
    return found


def between(indices: list[int], start: int, end: int) -> list[int]:
    """The part of sorted ``indices`` in ``[start, end)`` (two binary searches)."""
    return indices[bisect_left(indices, start) : bisect_left(indices, end)]
