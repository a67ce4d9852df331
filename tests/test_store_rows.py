"""Every field of every record reaches a column: a new field without a migration fails here."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb

from newsgraph.records import (
    Analysis,
    Boilerplate,
    Claim,
    Entity,
    Event,
    Hedge,
    Meta,
    Offsets,
    Place,
    PlaceMention,
    Quote,
    Stance,
    TextSpan,
    TimeExpression,
)
from newsgraph.records import Warning as RecordWarning
from newsgraph.store.rows import article_rows
from newsgraph.store.schema import migrate
from newsgraph.store.writer import insert_rows

SPAN = TextSpan(0, 4, "Kyiv")
#: fields stored in a table of their own (one row per item) rather than as columns
CHILD_TABLES = {"mentions", "hedges", "stances"}


def _full_analysis() -> Analysis:
    claim = Claim(
        "c1",
        "Kyiv",
        0,
        4,
        "e1",
        "q1",
        hedges=(Hedge("may", 0, 3, "speculation"),),
        certainty=0.5,
        stances=(Stance("e1", "disputes", SPAN),),
        evidence_type="video",
        source_chain=("e1",),
    )
    return Analysis(
        id="a1",
        meta=Meta("s", "u", "o", "t", "2024-03-05", "en"),
        text="Kyiv said so.",
        boilerplate=(Boilerplate(0, 4, "Kyiv", "promo"),),
        entities=(Entity("e1", "Kyiv", "ORG", ("capital",), ("Ukraine",), (SPAN,)),),
        quotes=(Quote("q1", "direct", "Kyiv", 0, 4, SPAN, "e1", SPAN, "Reuters", 0.9, "q0"),),
        claims=(claim,),
        places=(
            Place(
                "p1",
                "Kyiv",
                703448,
                50.45,
                30.52,
                "city",
                "UA",
                "12",
                0.9,
                (PlaceMention(0, 4, "Kyiv", "metonymic"),),
            ),
        ),
        dates=(
            TimeExpression(
                "Monday",
                0,
                6,
                "2024-03-04",
                True,
                "DATE",
                "START",
                "publication",
                "2024-03-04",
                "2024-03-04",
            ),
        ),
        events=(
            Event(
                "v1",
                "Battles",
                "ARMED_CLASH",
                ("e1",),
                ("x",),
                "p1",
                "2024-03-04",
                SPAN,
                Offsets(0, 12),
                0.7,
                "asserted",
                True,
            ),
        ),
        warnings=(RecordWarning("W101", "m"),),
    )


def _covered(field: str, row: dict[str, object]) -> bool:
    return (
        field in row
        or f"{field}_id" in row
        or any(key.startswith(f"{field}_") for key in row)
        or field in CHILD_TABLES
    )


def test_every_record_field_has_a_column() -> None:
    analysis = _full_analysis()
    rows = article_rows(analysis, dt.datetime(2024, 3, 5))
    pairs = {
        "boilerplate": Boilerplate,
        "entities": Entity,
        "quotes": Quote,
        "claims": Claim,
        "hedges": Hedge,
        "stances": Stance,
        "places": Place,
        "place_mentions": PlaceMention,
        "dates": TimeExpression,
        "events": Event,
        "warnings": RecordWarning,
    }
    for table, record in pairs.items():
        (row,) = rows[table]
        missing = [
            f.name
            for f in dataclasses.fields(record)
            if f.name != "id" and not _covered(f.name, row)
        ]
        assert not missing, f"{record.__name__} fields without a column in {table}: {missing}"
    assert rows["articles"][0]["schema"] == analysis.schema


def test_rows_of_every_kind_insert_into_the_current_schema() -> None:
    con = duckdb.connect(":memory:")
    migrate(con)
    insert_rows(con, article_rows(_full_analysis(), dt.datetime(2024, 3, 5)))
    continues = con.execute("SELECT continues FROM quotes").fetchone()
    anchor = con.execute("SELECT anchor, range_end FROM dates").fetchone()
    assert continues == ("q0",)
    assert anchor == ("publication", "2024-03-04")
