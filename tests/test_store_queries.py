"""Queries, exports and the summary over a small hand-built corpus (no model needed)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from newsgraph.cli_store import register
from newsgraph.errors import UsageError
from newsgraph.store import (
    Filters,
    StoreWriter,
    claims,
    corpus_summary,
    events,
    export,
    places,
    quotes,
    relink_if_stale,
    speakers,
)
from test_store_factory import GRAZ, KHARKIV, KYIV, article, person

KELLER = ("professor of security studies",), ("University of Graz",)
CLAIM = "Troops reportedly reached the border near Kharkiv on Monday"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    keller = person("e1", "Anna Keller", *KELLER)
    smith = person("e2", "John Smith", ("spokesman",), ("Ministry of Defence",))
    StoreWriter(path).write(
        [
            article(
                "a1",
                outlet="Daily Planet",
                published="2022-03-01",
                entities=(keller,),
                quotes=(("e1", "It is wishful thinking."), ("e1", "Nothing changed.")),
                claims=(CLAIM,),
                place=KHARKIV,
                event="ARMED_CLASH",
            ),
            article(
                "a2",
                outlet="Gazette",
                published="2022-03-03",
                entities=(keller, smith),
                quotes=(("e1", "Reckless and naive."), ("e2", "We deny it.")),
                claims=(CLAIM,),
                disputed_by="e2",
                place=KYIV,
                event="AIR_STRIKE",
            ),
            article(
                "a3",
                outlet="Courier",
                published="2022-04-10",
                entities=(smith,),
                quotes=(("e2", "The talks failed."),),
                claims=("Bread prices rose",),
                place=GRAZ,
                event="PEACE_PROTEST",
            ),
        ]
    )
    relink_if_stale(path)
    return path


def test_speakers_are_counted_across_articles(db: Path) -> None:
    rows = speakers(db).records()
    assert [(r["speaker"], r["quotes"], r["articles"]) for r in rows] == [
        ("Anna Keller", 3, 2),
        ("John Smith", 2, 2),
    ]
    assert rows[0]["outlets"] == ["Daily Planet", "Gazette"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(speaker="keller"), 3),
        (Filters(outlet="gazette"), 2),
        (Filters(since=dt.date(2022, 3, 2)), 3),
        (Filters(until=dt.date(2022, 3, 2)), 2),
        (Filters(text="naive"), 1),
        (Filters(near="Kharkiv", radius_km=50), 2),
        (Filters(near="50.45,30.52", radius_km=600), 4),  # Kyiv and Kharkiv (410 km)
        (Filters(limit=1), 1),
    ],
)
def test_quote_filters(db: Path, filters: Filters, expected: int) -> None:
    assert len(quotes(db, filters).rows) == expected


def test_claim_clusters_show_outlets_and_disputers(db: Path) -> None:
    rows = claims(db).records()
    assert rows[0]["text"] == CLAIM
    assert rows[0]["articles"] == 2 and rows[0]["outlets"] == ["Daily Planet", "Gazette"]
    assert rows[0]["disputers"] == ["John Smith"] and rows[0]["disputes"] == 1
    assert str(rows[0]["first_seen"]) == "2022-03-01"
    assert [r["text"] for r in claims(db, Filters(speaker="smith")).records()] == [CLAIM]
    assert [r["text"] for r in claims(db, Filters(outlet="courier")).records()] == [
        "Bread prices rose"
    ]


def test_places_near_a_named_place(db: Path) -> None:
    assert {r["name"] for r in places(db).records()} == {"Kyiv", "Kharkiv", "Graz"}
    near = places(db, Filters(near="Kyiv", radius_km=500)).records()
    assert {r["name"] for r in near} == {"Kyiv", "Kharkiv"}


def test_places_filtered_by_speaker_keeps_their_articles_only(db: Path) -> None:
    names = {r["name"] for r in places(db, Filters(speaker="keller")).records()}
    assert names == {"Kyiv", "Kharkiv"}


def test_events_form_a_timeline(db: Path) -> None:
    rows = events(db).records()
    assert [r["subtype"] for r in rows] == ["ARMED_CLASH", "AIR_STRIKE", "PEACE_PROTEST"]
    assert rows[0]["place"] == "Kharkiv" and rows[0]["actors"] == "Anna Keller"
    graz = events(db, Filters(near="Graz", radius_km=10)).records()
    assert [r["subtype"] for r in graz] == ["PEACE_PROTEST"]


def test_an_unknown_place_is_a_usage_error(db: Path) -> None:
    with pytest.raises(UsageError, match="no place called"):
        quotes(db, Filters(near="Qwzxplk"))


def test_summary_lists_speakers_disputed_claims_places_and_timeline(db: Path) -> None:
    summary = corpus_summary(db, top=5)
    assert summary.counts["articles"] == 3 and summary.counts["claim clusters"] == 2
    assert summary.speakers.records()[0]["speaker"] == "Anna Keller"
    assert [r["text"] for r in summary.disputed_claims.records()] == [CLAIM]
    assert len(summary.places.rows) == 3 and len(summary.timeline.rows) == 3


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_tabular_exports_write_every_table(db: Path, tmp_path: Path, fmt: str) -> None:
    files = {p.name: p for p in export(db, tmp_path, fmt)}
    assert f"quotes.{fmt}" in files and f"claim_clusters.{fmt}" in files
    quotes_file = files[f"quotes.{fmt}"]
    if fmt == "parquet":
        assert pq.read_table(quotes_file).num_rows == 5
    elif fmt == "csv":
        assert len(list(csv.DictReader(quotes_file.open()))) == 5
    else:
        assert len(quotes_file.read_text().splitlines()) == 5


def test_geojson_export_has_one_point_per_place(db: Path, tmp_path: Path) -> None:
    (path,) = export(db, tmp_path, "geojson")
    collection = json.loads(path.read_text())
    assert collection["type"] == "FeatureCollection"
    kharkiv = next(f for f in collection["features"] if f["properties"]["name"] == "Kharkiv")
    assert kharkiv["geometry"]["coordinates"] == [36.25, 49.98]


def _cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """newsgraph"""

    register(app)
    return app


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_every_query_command_prints_every_format(db: Path, fmt: str) -> None:
    runner = CliRunner()
    for kind in ("speakers", "quotes", "claims", "places", "events"):
        result = runner.invoke(_cli(), ["query", kind, "--db", str(db), "--format", fmt])
        assert result.exit_code == 0, result.output
        if fmt == "json":
            assert isinstance(json.loads(result.stdout), list)
        elif fmt == "jsonl":
            assert all(json.loads(line) for line in result.stdout.splitlines())
        elif fmt == "csv":
            assert len(list(csv.reader(io.StringIO(result.stdout)))) >= 2


def test_query_filters_reach_the_query_from_the_command_line(db: Path) -> None:
    result = CliRunner().invoke(
        _cli(), ["query", "quotes", "--db", str(db), "--speaker", "Smith", "-f", "jsonl"]
    )
    assert result.exit_code == 0
    assert {json.loads(line)["speaker"] for line in result.stdout.splitlines()} == {"John Smith"}


def test_summary_and_export_commands(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    summary = runner.invoke(_cli(), ["summary", "--db", str(db)])
    assert summary.exit_code == 0 and "Anna Keller" in summary.stdout
    exported = runner.invoke(
        _cli(), ["export", "--db", str(db), "--format", "geojson", "--out", str(tmp_path)]
    )
    assert exported.exit_code == 0 and (tmp_path / "places.geojson").exists()


@pytest.mark.parametrize(
    "command",
    [["ingest"], ["export"], ["summary"], ["link"], ["query"]]
    + [["query", k] for k in ("speakers", "quotes", "claims", "places", "events")],
)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(_cli(), [*command, "--help"])
    assert result.exit_code == 0
    assert "Example: newsgraph" in result.stdout


def test_summary_timeline_shows_only_asserted_dated_events(tmp_path: Path) -> None:
    import dataclasses

    path = tmp_path / "t.duckdb"
    base = article("t1", published="2022-03-01", place=KYIV, event="AIR_STRIKE")
    (event,) = base.events
    hypothetical = dataclasses.replace(event, id="v2", mode="hypothetical")
    vague = dataclasses.replace(event, id="v3", date="FUTURE_REF")
    StoreWriter(path).write([dataclasses.replace(base, events=(event, hypothetical, vague))])
    assert len(events(path).rows) == 3
    timeline = corpus_summary(path).timeline
    assert [r[timeline.columns.index("date")] for r in timeline.rows] == ["2022-03-01"]
