"""Regression gate: boilerplate detection on the hand-annotated gold set (tests/gold)."""

import pytest
from spacy.language import Language

from newsgraph.evaluation.boilerplate import load_gold, score

pytestmark = pytest.mark.model

# measured 2026-11-25: P 1.00, R 1.00, kind accuracy 1.00, 0 of 13 story lines flagged
FLOOR_PRECISION = 0.95
FLOOR_RECALL = 0.95
FLOOR_KIND_ACCURACY = 0.95


def test_boilerplate_gate(nlp: Language) -> None:
    texts, gold = load_gold()
    result = score(texts, gold, lambda text: nlp(text)._.boilerplate)
    assert result.story_lines >= 10
    assert result.story_flagged == 0
    assert result.precision >= FLOOR_PRECISION
    assert result.recall >= FLOOR_RECALL
    assert result.kind_accuracy >= FLOOR_KIND_ACCURACY
