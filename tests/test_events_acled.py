"""ACLED-layout CSV from analyses: asserted events only, names not ids, the event's own place."""

from __future__ import annotations

import csv
import io

from newsgraph.acled import COLUMNS, acled_rows, write_acled
from newsgraph.records import (
    Analysis,
    Entity,
    Event,
    Meta,
    Offsets,
    Place,
    PlaceMention,
    TextSpan,
)

_TEXT = "Rebels shelled Avdiivka on Monday.\nThe army would strike back."


def _event(eid: str, mode: str, date: str | None, place: str | None, start: int) -> Event:
    return Event(
        id=eid,
        type="Explosions/Remote violence",
        subtype="ART_MISS_ATTACK",
        actors=("e1",),
        targets=("the town",),
        place=place,
        date=date,
        trigger=TextSpan(start, start + 7, _TEXT[start : start + 7]),
        sentence=Offsets(0, 34) if start < 34 else Offsets(35, len(_TEXT)),
        confidence=0.6,
        mode=mode,
    )


def _analysis() -> Analysis:
    place = Place(
        "p1",
        "Avdiivka",
        712451,
        48.14,
        37.74,
        "city",
        "UA",
        "05",
        0.9,
        (PlaceMention(15, 23, "Avdiivka", "literal"),),
    )
    meta = Meta("a.txt", None, "Steppe Post", None, "2024-02-12", "en")
    return Analysis(
        id="abc",
        meta=meta,
        text=_TEXT,
        entities=(Entity("e1", "Rebels", "GROUP"),),
        places=(place,),
        events=(
            _event("v1", "asserted", "2024-02-12TNI", "p1", 7),
            _event("v2", "hypothetical", "2024-02-12", None, 48),
        ),
    )


def test_only_asserted_events_become_rows() -> None:
    rows = acled_rows(_analysis())
    assert len(rows) == 1
    row = rows[0]
    assert row["event_date"] == "2024-02-12"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["event_type"] == "Explosions/Remote violence"
    assert (row["actor1"], row["actor2"]) == ("Rebels", "the town")
    assert (row["location"], row["latitude"], row["longitude"]) == (
        "Avdiivka",
        "48.1400",
        "37.7400",
    )
    assert (row["admin1"], row["geo_precision"], row["source"]) == ("05", "1", "Steppe Post")
    assert row["notes"] == "Rebels shelled Avdiivka on Monday."


def test_csv_has_acled_columns_in_order() -> None:
    out = io.StringIO()
    count = write_acled([_analysis(), _analysis()], out)
    assert count == 2
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["location"] for r in parsed] == ["Avdiivka", "Avdiivka"]


def test_event_without_place_leaves_location_columns_empty_and_keeps_coarse_dates() -> None:
    base = _analysis()
    event = _event("v1", "asserted", "2024-W07", None, 7)
    analysis = Analysis(id="x", meta=base.meta, text=base.text, events=(event,))
    row = acled_rows(analysis)[0]
    assert row["event_date"] == "2024-W07"
    assert row["actor1"] == "e1"  # an id with no entity record is written as it stands
    assert [row[c] for c in ("location", "latitude", "longitude", "geo_precision")] == [""] * 4


def test_no_header_when_appending() -> None:
    out = io.StringIO()
    write_acled([_analysis()], out, header=False)
    assert not out.getvalue().startswith("event_date")
