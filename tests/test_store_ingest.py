"""``ingest_items``, the library side of ``newsgraph ingest``, on made-up articles (model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.records import Article, ArticleError
from newsgraph.store import IngestReport, ingest_items, opened, quotes

pytestmark = pytest.mark.model

TEXT = (
    "Anna Keller, a professor of security studies at the University of Graz, said on Monday "
    'that the offensive had stalled. "It is wishful thinking," Keller told Reuters. Item {n}.'
)


def test_ingest_reports_progress_errors_and_skips_what_is_stored(
    nlp: Language, tmp_path: Path
) -> None:
    db = tmp_path / "c.duckdb"
    items: list[Article | ArticleError | str] = [
        Article(TEXT.format(n=1), source="one.txt", outlet="Daily Planet"),
        ArticleError("broken.txt", "E002", "broken.txt: binary content"),
        TEXT.format(n=2),
    ]
    seen: list[int] = []
    failed: list[str] = []
    report = ingest_items(
        items,
        db,
        workers=1,
        published=dt.date(2022, 3, 7),
        batch_size=2,
        progress=lambda r: seen.append(r.seen),
        on_error=lambda e: failed.append(e.source),
    )
    assert isinstance(report, IngestReport) and report.linked
    assert (report.analysed, report.written.stored, report.errors) == (2, 2, 1)
    assert failed == ["broken.txt"] and seen[-1] == 3
    with opened(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM errors").fetchone() == (1,)
        published = con.execute("SELECT DISTINCT published FROM articles").fetchall()
    assert published == [(dt.date(2022, 3, 7),)]
    assert quotes(db).rows  # the pipeline's quotes reached the store

    again = ingest_items(items, db, workers=1)
    assert (again.skipped, again.analysed, again.written.stored, again.linked) == (2, 0, 0, False)
