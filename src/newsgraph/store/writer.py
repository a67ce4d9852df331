"""Write analysed articles into the corpus database, one small transaction per batch.

Each batch is one transaction: a process killed mid-batch leaves the database exactly as after
the previous batch, and the ledger (content hashes already handled) lets the next run skip what
was committed. The file is opened only for the commit and closed again, so readers can query
between batches (see :mod:`.connect`).

Identity rules:

- an article is its content hash: a hash already in the ledger is skipped, so re-ingesting
  changes nothing;
- a new version of a URL (another hash, same ``url``) replaces the stored one, unless its
  publication date is older than the stored one's; the loser is kept in the ledger as
  ``superseded`` so that ingesting the old file again does not flip the article back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..records import Analysis, ArticleError
from .connect import DEFAULT_TIMEOUT, opened
from .rows import Rows, article_rows, merge
from .schema import ARTICLE_TABLES


@dataclass(slots=True)
class WriteStats:
    """What one batch did, for the progress display and the ingest report."""

    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    superseded: int = 0
    errors: int = 0

    def add(self, other: WriteStats) -> None:
        self.stored += other.stored
        self.skipped += other.skipped
        self.replaced += other.replaced
        self.superseded += other.superseded
        self.errors += other.errors


def _newer_or_same(new: Analysis, old_published: dt.date | None) -> bool:
    """Whether ``new`` should replace a stored version published on ``old_published``."""
    if new.meta.published is None or old_published is None:
        return True
    return dt.date.fromisoformat(new.meta.published[:10]) >= old_published


def insert_rows(con: duckdb.DuckDBPyConnection, rows: Rows) -> None:
    """Insert each table's rows with one statement (through Arrow: no per-row round trips)."""
    # imported here, not at the top: the command line imports the store on every start
    import pyarrow as pa

    for table, table_rows in rows.items():
        if not table_rows:
            continue
        batch = pa.Table.from_pylist(table_rows)
        con.register("_ng_batch", batch)  # re-registering replaces it, even after a failure
        con.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM _ng_batch')
        con.unregister("_ng_batch")


def delete_articles(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    """Remove every row of these articles (a replaced version of a URL)."""
    if not ids:
        return
    for table in ARTICLE_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [list(ids)])
    con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)])


class StoreWriter:
    """Commits batches of results to one database file, holding its lock only while writing."""

    def __init__(self, path: str | Path, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path)
        self.timeout = timeout
        with opened(self.path, timeout=timeout):
            pass  # create and migrate now, so a bad file fails before any analysis

    def known_ids(self) -> set[str]:
        """Content hashes already handled (stored or superseded): the resume point."""
        with opened(self.path, timeout=self.timeout) as con:
            return {row[0] for row in con.execute("SELECT id FROM ledger").fetchall()}

    def write(
        self, analyses: Sequence[Analysis], errors: Sequence[ArticleError] = ()
    ) -> WriteStats:
        """Store one batch atomically; returns what happened to each article."""
        stats = WriteStats()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with opened(self.path, timeout=self.timeout) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._write(con, analyses, errors, now, stats)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return stats

    def _write(
        self,
        con: duckdb.DuckDBPyConnection,
        analyses: Sequence[Analysis],
        errors: Sequence[ArticleError],
        now: dt.datetime,
        stats: WriteStats,
    ) -> None:
        ids = [a.id for a in analyses]
        known = {
            row[0]
            for row in con.execute(
                "SELECT id FROM ledger WHERE id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        }
        # the stored version of each URL, updated as this batch stores newer ones
        urls = [a.meta.url for a in analyses if a.meta.url]
        current: dict[str, tuple[str, dt.date | None]] = {
            url: (aid, published)
            for aid, url, published in con.execute(
                "SELECT id, url, published FROM articles WHERE url IN (SELECT unnest(?))", [urls]
            ).fetchall()
        }
        keep: dict[str, Analysis] = {}
        ledger: dict[str, tuple[str | None, str]] = {}
        doomed: list[str] = []
        for analysis in analyses:
            if analysis.id in known or analysis.id in ledger:
                stats.skipped += 1
                continue
            url = analysis.meta.url
            old = current.get(url) if url else None
            if url and old and old[0] != analysis.id:
                if not _newer_or_same(analysis, old[1]):
                    ledger[analysis.id] = (url, "superseded")
                    stats.superseded += 1
                    continue
                ledger[old[0]] = (url, "superseded")
                if keep.pop(old[0], None) is None:
                    doomed.append(old[0])
                stats.replaced += 1
            if url:
                published = analysis.meta.published
                current[url] = (
                    analysis.id,
                    dt.date.fromisoformat(published[:10]) if published else None,
                )
            keep[analysis.id] = analysis
            ledger[analysis.id] = (url, "stored")
        delete_articles(con, doomed)
        rows: Rows = {}
        for analysis in keep.values():
            merge(rows, article_rows(analysis, now))
        insert_rows(con, rows)
        stats.stored = len(keep)
        if ledger:
            con.executemany(
                "INSERT OR REPLACE INTO ledger VALUES (?, ?, ?, ?)",
                [(aid, url, status, now) for aid, (url, status) in ledger.items()],
            )
        sources = [a.meta.source for a in keep.values()]
        if sources:
            # an article that failed before and now succeeded is no longer an error
            con.execute("DELETE FROM errors WHERE source IN (SELECT unnest(?))", [sources])
        if errors:
            con.executemany(
                "INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?)",
                [(e.source, e.code, e.message, now) for e in errors],
            )
            stats.errors = len(errors)
        if keep or doomed:
            con.execute("INSERT OR REPLACE INTO state VALUES ('links_stale', 'true')")
