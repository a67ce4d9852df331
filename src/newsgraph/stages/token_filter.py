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
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc


def with_labels(doc: Doc, attr: int, labels: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` (``spacy.attrs.DEP``, ``POS``, ``TAG``
    …) is one of ``labels``.

    One whole-column comparison per label: callers pass one to three labels, for which
    ``np.isin`` (which sorts the column) costs twice as much."""
    if len(doc) == 0 or not labels:
        return []
    strings = doc.vocab.strings
    keys = np.array([strings[label] for label in labels], dtype=np.uint64)
    column = doc.to_array(attr).astype(np.uint64, copy=False)
    found = np.zeros(len(column), dtype=bool)
    for key in keys:
        found |= column == key
    indices: list[int] = np.flatnonzero(found).tolist()
    return indices


#: each token's word type (its (lemma hash, lower-case hash) pair) as a process-wide type
#: number, kept per doc in ``doc.user_data``
_FORMS_KEY = "newsgraph.token_form_types"
_WORDS_KEY = "newsgraph.tokens_with_words"
#: process-wide numbers of the word types seen, and each named word test's verdicts by type
#: number (-1: not asked yet): a news vocabulary repeats, so each word type is judged once
#: per test. Bounded like any cache of words: when full, both start afresh.
_TYPES: dict[tuple[int, int], int] = {}
_VERDICTS: dict[str, np.ndarray[Any, np.dtype[np.int8]]] = {}
_MAX_TYPES = 200_000
_generation = 0


@dataclass(frozen=True, slots=True)
class _Forms:
    generation: int
    lemmas: list[int]
    lowers: list[int]
    types: np.ndarray[Any, np.dtype[np.intp]]  # per token: its word type's number


def _form_types(doc: Doc) -> _Forms:
    """Each token's word type number, from the lemma and lower-case columns read once per doc
    (one dictionary look-up per token, then whole-array operations for every test)."""
    global _generation
    forms: _Forms | None = doc.user_data.get(_FORMS_KEY)
    if forms is not None and forms.generation == _generation:
        return forms
    rows = doc.to_array([LEMMA, LOWER]).reshape(-1, 2)
    lemmas, lowers = rows[:, 0].tolist(), rows[:, 1].tolist()
    if len(_TYPES) + len(lemmas) > _MAX_TYPES:
        _TYPES.clear()
        _VERDICTS.clear()
        _generation += 1
    number = _TYPES.setdefault
    types = np.array(
        [number(pair, len(_TYPES)) for pair in zip(lemmas, lowers, strict=True)], dtype=np.intp
    )
    forms = doc.user_data[_FORMS_KEY] = _Forms(_generation, lemmas, lowers, types)
    return forms


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
    if len(doc) == 0:
        cache[name] = found = []
        return found
    forms = _form_types(doc)
    table = _VERDICTS.get(name)
    if table is None or len(table) < len(_TYPES):
        grown = np.full(len(_TYPES) + 4096, -1, dtype=np.int8)
        if table is not None:
            grown[: len(table)] = table
        table = _VERDICTS[name] = grown
    verdicts = table[forms.types]
    unknown = np.flatnonzero(verdicts < 0)
    if len(unknown):
        # each new word type once (its first token stands for it), in plain ints: a numpy
        # scalar per token cost more than the tests themselves
        kinds, first = np.unique(forms.types[unknown], return_index=True)
        strings = doc.vocab.strings
        lemmas, lowers = forms.lemmas, forms.lowers
        table[kinds] = [
            bool(test(strings[lemmas[k]], strings[lowers[k]])) for k in unknown[first].tolist()
        ]
        verdicts = table[forms.types]
    found = cache[name] = np.flatnonzero(verdicts > 0).tolist()
    return found


def between(indices: list[int], start: int, end: int) -> list[int]:
    """The part of sorted ``indices`` in ``[start, end)`` (two binary searches)."""
    return indices[bisect_left(indices, start) : bisect_left(indices, end)]
