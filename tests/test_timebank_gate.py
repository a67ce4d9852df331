"""Regression gate: the ``dates`` stage on a fast slice of TimeBank (every fourth document).

Floors sit a little below what was measured on this slice when they were pinned (value accuracy
given gold DATE spans 0.900, dateparser 0.463; end to end over all TIMEX3 types: strict span F1
0.927, relaxed span F1 0.960, strict value F1 0.841, relaxed value F1 0.858; previously 0.897 /
0.928 / 0.958 / 0.842 / 0.857, first pinned at 0.854 / 0.905 / 0.940 / — / 0.813). Raise them
when the stage improves, never lower them silently. Full figures: ``bench/dates.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluation import timebank as tb

FLOOR_VALUE_ACCURACY = 0.89
FLOOR_MARGIN_OVER_DATEPARSER = 0.42
FLOOR_STRICT_SPAN_F1 = 0.92
FLOOR_RELAXED_SPAN_F1 = 0.95
FLOOR_STRICT_VALUE_F1 = 0.83
FLOOR_RELAXED_VALUE_F1 = 0.845


@pytest.fixture(scope="module")
def timebank_slice(shared_data: Path) -> list[tb.TimebankDoc]:
    return tb.load(folder=shared_data / "time" / "timebank")[::4]


@pytest.mark.corpus
def test_values_given_gold_spans(timebank_slice: list[tb.TimebankDoc]) -> None:
    ours, _ = tb.value_accuracy(timebank_slice, tb.newsgraph_values)
    peer, _ = tb.value_accuracy(timebank_slice, tb.dateparser_values)
    assert ours.total > 250
    assert ours.value >= FLOOR_VALUE_ACCURACY, ours
    assert ours.value >= peer.value + FLOOR_MARGIN_OVER_DATEPARSER, (ours, peer)


@pytest.mark.corpus
def test_end_to_end_spans_and_values(timebank_slice: list[tb.TimebankDoc]) -> None:
    result = tb.end_to_end(timebank_slice, tb.newsgraph_predict)
    assert result.strict_span.f1 >= FLOOR_STRICT_SPAN_F1, result
    assert result.relaxed_span.f1 >= FLOOR_RELAXED_SPAN_F1, result
    assert result.strict_value.f1 >= FLOOR_STRICT_VALUE_F1, result
    assert result.relaxed_value.f1 >= FLOOR_RELAXED_VALUE_F1, result


@pytest.mark.corpus
def test_reader_offsets_point_at_gold_text(shared_data: Path) -> None:
    docs = tb.load(folder=shared_data / "time" / "timebank")
    assert len(docs) == 183
    timexes = [(d, g) for d in docs for g in d.timexes]
    assert len(timexes) == 1243
    assert all(d.text[g.start : g.end] == g.text for d, g in timexes)


def test_scorer_counts_strict_and_relaxed_matches() -> None:
    raw = (
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13">19980213</TIMEX3></DCT>'
        '<TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3>'
        ' after <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>'
    )
    doc = tb.parse_tml(raw)
    assert doc.text == "Talks ended Friday after two days."
    friday, days = doc.timexes
    preds = [
        tb.Predicted(friday.start, friday.end, "1998-02-13"),
        tb.Predicted(days.start - 6, days.end, "P3D", "DURATION"),
    ]
    result = tb.end_to_end([doc], lambda _: preds)
    assert (result.strict_span.hits, result.relaxed_span.hits) == (1, 2)
    assert (result.strict_value.hits, result.relaxed_value.hits) == (1, 1)
