"""Regression gate: speaker resolution and entity profiles on the gold set (``tests/gold``).

Floors sit a little below what ``bench/speakers.py`` measured on the gold articles
(2026-11-25: given-source 0.973, end to end 0.917, entity recall 0.948, descriptor recall
0.850 lenient, affiliation recall 0.900 lenient; 2026-12-07, with line breaks as sentence
starts: 0.986, 0.967, 0.980, 0.900, 0.925; on 20 articles, two of them written blind: 0.969,
0.954, 0.983, 0.868, 0.913, and 0.988, 0.972, 0.983, 0.890, 0.935 after the two fixes those
articles prompted; on 22 articles, after the fixes the blind pair 21-22 prompted: 0.983,
0.960, 0.975 (192/197), 0.917, 0.946; on 24, after the fixes the blind pair 23-24 prompted:
0.988, 0.974, 0.987, 0.953, 0.953). Raise them as the stages improve; never lower one without
saying why in the commit.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.evaluation.speakers import (
    SpeakerScores,
    baseline_given_source,
    evaluate,
    load_gold,
    normalise,
    same_name,
)

GIVEN_SOURCE_FLOOR = 0.985
END_TO_END_FLOOR = 0.97  # also depends on the quotes stage finding the quotes
ENTITY_RECALL_FLOOR = 0.98
DESCRIPTOR_RECALL_FLOOR = 0.95  # lenient
AFFILIATION_RECALL_FLOOR = 0.96  # lenient

#: The floors above hold for the articles they were pinned on (ids before this one). Each
#: blind pair that joined later, harder than the rest, is gated by floors of its own, pinned at
#: what it scored after the fixes it prompted (first contact, given source / end to end /
#: entity recall strict: 25-26 0.704, 0.704, 0.767; 27-28 0.875, 0.769, 0.833; 29-30 0.889,
#: 0.919, 0.895; 31-32 0.697, 0.629, 0.882; 33-34 0.750, 0.737, 0.880; 35-36 0.686, 0.682,
#: 0.818; 37-38 0.812, 0.824, 0.750; 39-40 0.735, 0.732, 0.760; 41-42 0.594, 0.556, 0.720;
#: 43-44 0.810, 0.760, 0.792; 45-46 0.743, 0.725, 0.826; 47-48 0.833, 0.824, 0.806; 49-50
#: 0.674, 0.642, 0.857; 51-52 0.634, 0.620, 0.727; 53-54 0.787, 0.727, 0.769; 55-56 0.696,
#: 0.700, 0.958; 57-58 0.806, 0.786, 0.815; 59-60 0.780, 0.720, 0.947; 61-62 0.868, 0.881,
#: 0.957; 63-64 0.641, 0.667, 0.875; 65-66 0.816, 0.818, 0.909): a harder pair
#: neither lowers an old floor nor goes unchecked.
PINNED_BEFORE = "25"
#: per blind pair (first id, id after the last): given source, end to end, entity recall,
#: descriptor and affiliation recall (lenient)
BLIND_PAIR_FLOORS = {
    ("25", "27"): (0.94, 0.93, 0.93, 0.91, 0.77),
    ("27", "29"): (0.87, 0.87, 0.88, 0.80, 0.37),
    ("29", "31"): (0.97, 0.97, 0.99, 0.85, 0.83),
    ("31", "33"): (0.99, 0.99, 0.99, 0.99, 0.89),
    ("33", "35"): (0.87, 0.92, 0.95, 0.71, 0.16),
    ("35", "37"): (0.97, 0.97, 0.86, 0.83, 0.40),
    ("37", "39"): (0.93, 0.91, 0.87, 0.84, 0.66),
    ("39", "41"): (0.94, 0.97, 0.91, 0.87, 0.99),
    ("41", "43"): (0.93, 0.97, 0.84, 0.71, 0.50),
    ("43", "45"): (0.97, 0.99, 0.91, 0.91, 0.44),
    ("45", "47"): (0.97, 0.97, 0.91, 0.85, 0.49),
    ("47", "49"): (0.90, 0.88, 0.87, 0.84, 0.39),
    ("49", "51"): (0.95, 0.92, 0.96, 0.93, 0.79),
    ("51", "53"): (0.92, 0.91, 0.90, 0.52, 0.66),
    ("53", "55"): (0.99, 0.94, 0.92, 0.79, 0.39),
    ("55", "57"): (0.86, 0.98, 0.99, 0.92, 0.45),
    ("57", "59"): (0.97, 0.97, 0.88, 0.80, 0.62),
    ("59", "61"): (0.90, 0.90, 0.94, 0.86, 0.57),
    ("61", "63"): (0.97, 0.97, 0.95, 0.84, 0.44),
    ("63", "65"): (0.82, 0.84, 0.87, 0.83, 0.45),
    ("65", "67"): (0.86, 0.88, 0.90, 0.80, 0.62),
}


@pytest.fixture(scope="module")
def scores(nlp: Language) -> SpeakerScores:
    articles = [a for a in load_gold() if a.id < PINNED_BEFORE]
    assert len(articles) >= 24
    return evaluate(nlp, articles)


@pytest.mark.model
@pytest.mark.parametrize("pair", sorted(BLIND_PAIR_FLOORS))
def test_each_later_blind_pair_meets_its_own_floors(nlp: Language, pair: tuple[str, str]) -> None:
    first, after = pair
    articles = [a for a in load_gold() if first <= a.id < after]
    assert len(articles) == 2
    found = evaluate(nlp, articles)
    rates = (
        found.given_source.strict_rate,
        found.end_to_end.strict_rate,
        found.entity_recall.strict_rate,
        found.descriptor_recall.lenient_rate,
        found.affiliation_recall.lenient_rate,
    )
    floors = BLIND_PAIR_FLOORS[pair]
    assert all(r >= f for r, f in zip(rates, floors, strict=True)), rates


def test_name_comparison() -> None:
    assert normalise("The Ukrainian General Staff") == "ukrainian general staff"
    assert same_name("Anna Keller", "Anna Keller") == (True, True)
    assert same_name("Keller", "Anna Keller") == (False, True)
    assert same_name("Kellerman", "Anna Keller") == (False, False)


@pytest.mark.model
def test_speaker_given_gold_source(scores: SpeakerScores) -> None:
    assert scores.given_source.total >= 100
    assert scores.given_source.strict_rate >= GIVEN_SOURCE_FLOOR


@pytest.mark.model
def test_speaker_end_to_end(scores: SpeakerScores) -> None:
    assert scores.end_to_end.total >= 100
    assert scores.end_to_end.strict_rate >= END_TO_END_FLOOR


@pytest.mark.model
def test_entity_profiles(scores: SpeakerScores) -> None:
    assert scores.entity_recall.strict_rate >= ENTITY_RECALL_FLOOR
    assert scores.descriptor_recall.lenient_rate >= DESCRIPTOR_RECALL_FLOOR
    assert scores.affiliation_recall.lenient_rate >= AFFILIATION_RECALL_FLOOR


@pytest.mark.model
def test_beats_bare_ner(nlp: Language, scores: SpeakerScores) -> None:
    baseline = baseline_given_source(nlp, [a for a in load_gold() if a.id < PINNED_BEFORE])
    assert baseline.total == scores.given_source.total
    assert scores.given_source.strict_rate > baseline.lenient_rate + 0.2
