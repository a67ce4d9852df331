"""Hand-built analyses for the store tests (no model), and tests of their flattening into rows.

Other ``test_store_*`` files import the builders from here, so every store test speaks about
articles in the same few words: who is quoted, what is claimed, where and when.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
from newsgraph.store.schema import ARTICLE_TABLES

KYIV = Place("p1", "Kyiv", 703448, 50.45, 30.52, "city", "UA", "Kyiv City", 0.9)
KHARKIV = Place("p1", "Kharkiv", 706483, 49.98, 36.25, "city", "UA", "Kharkiv", 0.9)
GRAZ = Place("p1", "Graz", 2778067, 47.07, 15.44, "city", "AT", "Styria", 0.9)


def person(
    eid: str,
    name: str,
    descriptors: tuple[str, ...] = (),
    affiliations: tuple[str, ...] = (),
    type_: str = "PERSON",
) -> Entity:
    return Entity(eid, name, type_, descriptors, affiliations, (TextSpan(0, len(name), name),))


def article(
    aid: str,
    *,
    outlet: str | None = "Daily Planet",
    published: str | None = "2022-03-05",
    url: str | None = None,
    entities: tuple[Entity, ...] = (),
    quotes: tuple[tuple[str, str], ...] = (),
    claims: tuple[str, ...] = (),
    disputed_by: str | None = None,
    place: Place | None = None,
    event: str | None = None,
    text: str | None = None,
) -> Analysis:
    """An article quoting (speaker entity id, words) pairs, making claims, set in one place.

    ``disputed_by`` (an entity id) disputes every claim; ``event`` adds one event of that
    subtype in ``place``.
    """
    body = text or f"Article {aid}. " + " ".join(w for _, w in quotes) + " " + " ".join(claims)
    quote_records = tuple(
        Quote(
            f"q{i}",
            "direct",
            words,
            0,
            len(words),
            TextSpan(0, 4, "said"),
            speaker,
            TextSpan(0, 3, "she"),
            "Reuters" if i == 0 else None,
            0.9,
        )
        for i, (speaker, words) in enumerate(quotes)
    )
    stances = (Stance(disputed_by, "disputes", TextSpan(0, 6, "denied")),) if disputed_by else ()
    claim_records = tuple(
        Claim(
            f"c{i}",
            words,
            0,
            len(words),
            None,
            None,
            (Hedge("reportedly", 0, 10, "evidential"),),
            0.6,
            stances,
        )
        for i, words in enumerate(claims)
    )
    places = ()
    if place is not None:
        places = (
            Place(
                place.id,
                place.name,
                place.geonameid,
                place.lat,
                place.lon,
                place.feature,
                place.country,
                place.admin1,
                place.confidence,
                (PlaceMention(0, len(place.name), place.name, "literal"),),
            ),
        )
    events = ()
    if event:
        events = (
            Event(
                "v1",
                "Violence",
                event,
                ("e1",),
                (),
                places[0].id if places else None,
                published,
                TextSpan(0, 7, "shelled"),
                Offsets(0, min(20, len(body))),
                0.8,
            ),
        )
    return Analysis(
        id=aid,
        meta=Meta(f"{aid}.txt", url, outlet, f"Title {aid}", published, "en"),
        text=body,
        boilerplate=(Boilerplate(0, 7, "Article", "byline"),),
        entities=entities,
        quotes=quote_records,
        claims=claim_records,
        places=places,
        dates=(TimeExpression("Monday", 0, 6, published, True),),
        events=events,
        warnings=(RecordWarning("W101", "just testing"),),
    )


def table_counts(db: Path | str) -> dict[str, int]:
    """Rows per table (articles, records, links, ledger, errors): what "same rows" compares."""
    with duckdb.connect(str(db), read_only=True) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables ORDER BY 1"
            ).fetchall()
        ]
        result: dict[str, int] = {}
        for name in names:
            row = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            assert row is not None
            result[name] = int(row[0])
        return result


def test_every_record_kind_becomes_rows_of_its_table() -> None:
    keller = person("e1", "Anna Keller", ("professor",), ("University of Graz",))
    analysis = article(
        "a1",
        entities=(keller,),
        quotes=(("e1", "We are ready."),),
        claims=("Troops reached the border.",),
        disputed_by="e1",
        place=KYIV,
        event="ARMED_CLASH",
    )
    rows = article_rows(analysis, dt.datetime(2024, 1, 1))
    produced = {table for table in rows if rows[table]}
    expected = set(ARTICLE_TABLES) - {"entity_links", "claim_links"} | {"articles"}
    assert produced == expected
    quote = rows["quotes"][0]
    assert (quote["cue_text"], quote["speaker"], quote["channel"]) == ("said", "e1", "Reuters")
    assert rows["articles"][0]["published"] == dt.date(2022, 3, 5)
    assert rows["stances"][0]["by"] == "e1"
    assert rows["events"][0]["place_id"] == "p1"


def test_unparseable_publication_date_is_stored_as_null() -> None:
    rows = article_rows(article("a1", published="March 2022"), dt.datetime(2024, 1, 1))
    assert rows["articles"][0]["published"] is None
