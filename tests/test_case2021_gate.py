"""Regression gate: event sub-types on a fixed slice of CASE 2021 task 2 dev (every third row).

The floors are pinned a little below what the slice measured when they were set; raising them
is fine, lowering them needs a reason in the commit. ``bench/events.py`` gives the full figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.evaluation.case2021 import (
    Snippet,
    classify_text,
    classify_texts,
    halves,
    keyword_baseline,
    majority_baseline,
    read_case2021,
    score,
)

#: measured on the slice: accuracy 0.853, macro F1 0.855 (keyword baseline 0.271 / 0.240;
#: before the protest-family rules of issue 5's second round 0.847 / 0.850);
#: the slice mixes rows from both halves, so it partly measures rules tuned on the dev half:
#: bench/events.py reports the held-out half, the figure that predicts unseen snippets
ACCURACY_FLOOR = 0.84
MACRO_F1_FLOOR = 0.84
#: the rules must stay far ahead of the five-minute keyword baseline
MARGIN_OVER_KEYWORDS = 0.5


def _slice(shared_data: Path) -> list[Snippet]:
    snippets = read_case2021(shared_data / "events" / "case2021_task2_dev.tsv")
    return snippets[::3]


@pytest.mark.model
@pytest.mark.corpus
def test_event_subtype_floors(nlp: Language, shared_data: Path) -> None:
    snippets = _slice(shared_data)
    gold = [s.label for s in snippets]
    ours = score(gold, classify_texts(nlp, [s.text for s in snippets]))
    keywords = score(gold, keyword_baseline(snippets))
    assert ours.accuracy >= ACCURACY_FLOOR, ours
    assert ours.macro_f1 >= MACRO_F1_FLOOR, ours
    assert ours.accuracy >= keywords.accuracy + MARGIN_OVER_KEYWORDS, (ours, keywords)


@pytest.mark.corpus
def test_reader_and_halves(shared_data: Path) -> None:
    snippets = read_case2021(shared_data / "events" / "case2021_task2_dev.tsv")
    assert len(snippets) == 509
    dev, held = halves(snippets)
    assert len(dev) + len(held) == len(snippets)
    assert not {s.id for s in dev} & {s.id for s in held}
    assert all(s.text and s.label.isupper() for s in snippets)


def test_scorer_accuracy_and_macro_f1() -> None:
    result = score(["A", "A", "B", "C"], ["A", "B", "B", "B"])
    assert result.accuracy == pytest.approx(0.5)
    # F1: A = 2/3 (P 1, R .5), B = 0.5 (P 1/3, R 1), C = 0
    assert result.macro_f1 == pytest.approx((2 / 3 + 0.5 + 0.0) / 3)
    with pytest.raises(ValueError):
        score(["A"], [])


def test_baselines() -> None:
    train = [Snippet("1", "x", "ARREST"), Snippet("2", "y", "ARREST"), Snippet("3", "z", "OTHER")]
    assert majority_baseline(train, train) == ["ARREST"] * 3
    test = [
        Snippet("4", "Police arrested two men.", "ARREST"),
        Snippet("5", "Nothing happened here.", "OTHER"),
    ]
    assert keyword_baseline(test, fallback="OTHER") == ["ARREST", "OTHER"]


@pytest.mark.model
def test_classify_text_on_own_examples(nlp: Language) -> None:
    examples = {
        "Two suicide bombers blew themselves up outside a market, killing nine people.": (
            "SUIC_BOMB"
        ),
        "Warplanes struck rebel positions near the border overnight.": "AIR_STRIKE",
        "Thousands of teachers marched through the capital demanding higher pay.": (
            "PEACE_PROTEST"
        ),
        "Police fired tear gas to disperse students blocking the main road.": (
            "PROTEST_WITH_INTER"
        ),
        "Customs officers seized a cache of rifles and ammunition at the port.": "DISR_WEAP",
        "The two sides signed a ceasefire agreement in the capital on Friday.": "AGREEMENT",
        "Floods triggered by torrential rain swept away dozens of homes.": "NATURAL_DISASTER",
        "Government troops recaptured the town from the insurgents after a week of fighting.": (
            "GOV_REGAINS_TERIT"
        ),
    }
    for text, label in examples.items():
        assert classify_text(nlp, text) == label, text
