"""Regression gate: hedge-cue detection on a fast slice of FactBank uncertainty.

The slice is the first 800 sentences of the corpus (about 4 s to parse). Floors sit a little
below what the detector measured on this slice when they were pinned (P 0.720, R 0.850,
F1 0.779; keyword baseline F1 0.639); raise them when the detector improves, never lower them
silently. The full figures come from ``bench/hedges.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.evaluation.factbank import (
    CORPUS_PATH,
    detector,
    keyword_baseline,
    read_sentences,
    score_cues,
)

SLICE = 800
FLOOR_PRECISION = 0.70
FLOOR_RECALL = 0.83
FLOOR_F1 = 0.76
#: the detector must beat the context-blind keyword list by at least this much F1
FLOOR_MARGIN_OVER_BASELINE = 0.10


@pytest.mark.model
@pytest.mark.corpus
def test_factbank_slice_meets_floors(nlp: Language, shared_data: Path) -> None:
    sentences = read_sentences(shared_data / CORPUS_PATH)[:SLICE]
    ours = score_cues(sentences, detector(nlp))
    baseline = score_cues(sentences, keyword_baseline)
    assert ours.precision >= FLOOR_PRECISION, ours
    assert ours.recall >= FLOOR_RECALL, ours
    assert ours.f1 >= FLOOR_F1, ours
    assert ours.f1 >= baseline.f1 + FLOOR_MARGIN_OVER_BASELINE, (ours, baseline)


@pytest.mark.corpus
def test_reader_recovers_inline_cues(shared_data: Path) -> None:
    sentences = read_sentences(shared_data / CORPUS_PATH)
    assert len(sentences) == 3129
    cues = [c for s in sentences for c in s.cues]
    assert len(cues) == 720
    # every cue span points at its own words in the flattened sentence text
    for sentence in sentences:
        for cue in sentence.cues:
            assert sentence.text[cue.start : cue.end] == cue.text
