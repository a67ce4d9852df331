"""A corpus at a glance: what ``newsgraph summary`` (and ``make demo``) prints.

Built from the same query functions as ``newsgraph query``, so the summary and the queries can
never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from .connect import DEFAULT_TIMEOUT
from .queries import Db, Filters, Table, _connection, claims, events, places, speakers


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Counts plus the four views a reader of a news corpus asks for first."""

    counts: dict[str, int]
    speakers: Table
    disputed_claims: Table
    places: Table
    timeline: Table


COUNTED = ("articles", "entities", "quotes", "claims", "places", "events", "errors")


def corpus_summary(db: Db, *, top: int = 10, timeout: float = DEFAULT_TIMEOUT) -> CorpusSummary:
    """Top speakers with quote counts, most-disputed claims, places and an event timeline."""
    with _connection(db, timeout) as con:
        counts = {}
        for table in COUNTED:
            row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = int(row[0]) if row else 0
        row = con.execute("SELECT count(*) FROM global_entities WHERE type = 'PERSON'").fetchone()
        counts["people across articles"] = int(row[0]) if row else 0
        row = con.execute("SELECT count(*) FROM claim_clusters").fetchone()
        counts["claim clusters"] = int(row[0]) if row else 0
        limited = Filters(limit=top)
        disputed = _most_disputed(con, top)
        return CorpusSummary(
            counts=counts,
            speakers=speakers(con, limited),
            disputed_claims=disputed,
            places=places(con, limited),
            timeline=_timeline(events(con, Filters(limit=None)), top),
        )


def _most_disputed(con: duckdb.DuckDBPyConnection, top: int) -> Table:
    table = claims(con, Filters(limit=None))
    index = table.columns.index("disputes")
    disputed = [row for row in table.rows if row[index]]
    disputed.sort(key=lambda row: -int(row[index]))
    return Table(table.columns, disputed[:top])


def _timeline(table: Table, top: int) -> Table:
    """Asserted events with a calendar date, first and last when long: the span matters most.

    Hypothetical, negated or wished events are not facts, and a value such as FUTURE_REF has
    no place on a calendar; both stay available through ``query events``.
    """
    mode, date = table.columns.index("mode"), table.columns.index("date")
    rows = [
        row
        for row in table.rows
        if row[mode] == "asserted" and isinstance(row[date], str) and row[date][:4].isdigit()
    ]
    if len(rows) > top:
        half = top // 2
        rows = rows[:half] + rows[-(top - half) :]
    return Table(table.columns, rows)
