"""The corpus queries behind ``newsgraph query``, callable from Python with the same filters.

Each query takes a database path (opened read-only, waiting for a running ingest to release
it) or an open connection, and :class:`Filters`; it returns a :class:`Table` (column names plus
rows) that the CLI prints in any output format. Filters mean the same on every query:

- ``outlet``, ``since``/``until`` (publication date), ``near``/``radius_km`` and ``speaker``
  select articles (for ``places`` and ``events``, ``near`` selects the places themselves);
- ``speaker`` and ``text`` match the query's own records (quotes by that speaker, claims
  attributed to them, quotes/claims/places/event sentences containing the text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..errors import UsageError
from .connect import DEFAULT_TIMEOUT, opened
from .geo import distance_sql, resolve_near

Db = str | Path | duckdb.DuckDBPyConnection


@dataclass(frozen=True, slots=True)
class Filters:
    """What to select; every field is optional and they combine with AND."""

    speaker: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    near: str | None = None
    radius_km: float = 50.0
    text: str | None = None
    limit: int | None = 50


@dataclass(frozen=True, slots=True)
class Table:
    """A query result: named columns and rows of plain Python values."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@contextmanager
def _connection(db: Db, timeout: float) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
    else:
        with opened(db, read_only=True, timeout=timeout) as con:
            yield con


class _Where:
    """WHERE clauses with named parameters, built up filter by filter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, clause: str, **params: Any) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


SPEAKER_NAME = "coalesce(g.name, e.name, q.source_text)"
_SPEAKER_JOINS = """
    LEFT JOIN entity_links l ON l.article_id = q.article_id AND l.entity_id = q.speaker
    LEFT JOIN global_entities g ON g.global_id = l.global_id
    LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker
"""


def _speaker_in_article(alias: str) -> str:
    return f"""EXISTS (SELECT 1 FROM quotes q {_SPEAKER_JOINS}
        WHERE q.article_id = {alias}.id AND {SPEAKER_NAME} ILIKE $speaker)"""


def _article_filters(
    con: duckdb.DuckDBPyConnection, f: Filters, where: _Where, *, near_rows: bool, speaker: bool
) -> None:
    """The filters every query shares. ``--near`` keeps the rows whose own place (alias ``p``)
    is near when ``near_rows``, else the rows of articles that mention a near place."""
    if f.outlet:
        where.add("a.outlet ILIKE $outlet", outlet=f"%{f.outlet}%")
    if f.since:
        where.add("a.published >= $since", since=f.since)
    if f.until:
        where.add("a.published <= $until", until=f.until)
    if speaker and f.speaker:
        where.add(_speaker_in_article("a"), speaker=f"%{f.speaker}%")
    if f.near and near_rows:
        _near(con, f, where)
    elif f.near:
        _near(con, f, where)
        where.clauses[-1] = (
            "EXISTS (SELECT 1 FROM places p WHERE p.article_id = a.id AND "
            + where.clauses[-1]
            + ")"
        )


def _near(con: duckdb.DuckDBPyConnection, f: Filters, where: _Where) -> None:
    assert f.near is not None
    if f.radius_km <= 0:
        raise UsageError("--radius-km must be positive")
    lat0, lon0 = resolve_near(con, f.near)
    where.add(
        f"{distance_sql('p.lat', 'p.lon')} <= $radius", lat0=lat0, lon0=lon0, radius=f.radius_km
    )


def _limit(f: Filters) -> str:
    return f"LIMIT {int(f.limit)}" if f.limit else ""


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> Table:
    cursor = con.execute(sql, params)
    columns = tuple(d[0] for d in cursor.description or ())
    return Table(columns, cursor.fetchall())


def speakers(db: Db, filters: Filters | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Table:
    """Who is quoted most: one row per cross-article speaker, with quote and article counts."""
    f = filters or Filters()
    with _connection(db, timeout) as con:
        where = _Where()
        _article_filters(con, f, where, near_rows=False, speaker=False)
        if f.speaker:
            where.add(f"{SPEAKER_NAME} ILIKE $speaker", speaker=f"%{f.speaker}%")
        if f.text:
            where.add("q.text ILIKE $text", text=f"%{f.text}%")
        sql = f"""
            SELECT {SPEAKER_NAME} AS speaker,
                   coalesce(l.global_id, 'source:' || lower(q.source_text)) AS speaker_id,
                   count(*) AS quotes, count(DISTINCT q.article_id) AS articles,
                   list(DISTINCT a.outlet ORDER BY a.outlet)
                       FILTER (WHERE a.outlet IS NOT NULL) AS outlets,
                   min(a.published) AS first_quoted, max(a.published) AS last_quoted
            FROM quotes q JOIN articles a ON a.id = q.article_id {_SPEAKER_JOINS}
            {where.sql()} {"AND" if where.clauses else "WHERE"} {SPEAKER_NAME} IS NOT NULL
            GROUP BY 1, 2 ORDER BY quotes DESC, speaker {_limit(f)}
        """
        return _run(con, sql, where.params)


def quotes(db: Db, filters: Filters | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Table:
    """Who said what, newest first, with the channel and the article it came from."""
    f = filters or Filters()
    with _connection(db, timeout) as con:
        where = _Where()
        _article_filters(con, f, where, near_rows=False, speaker=False)
        if f.speaker:
            where.add(f"{SPEAKER_NAME} ILIKE $speaker", speaker=f"%{f.speaker}%")
        if f.text:
            where.add("q.text ILIKE $text", text=f"%{f.text}%")
        # without a speaker filter the page of quotes is chosen before names are joined
        speaker_joins = _SPEAKER_JOINS if f.speaker else ""
        sql = f"""
            WITH picked AS (
                SELECT q.*, a.published, a.outlet, a.url
                FROM quotes q JOIN articles a ON a.id = q.article_id {speaker_joins}
                {where.sql()}
                ORDER BY a.published DESC NULLS LAST, q.article_id, q.start {_limit(f)}
            )
            SELECT q.published, q.outlet, {SPEAKER_NAME} AS speaker, q.kind, q.text,
                   q.cue_text AS cue, q.channel, q.confidence, q.article_id, q.quote_id,
                   q.start, q."end", q.url
            FROM picked q {_SPEAKER_JOINS}
            ORDER BY q.published DESC NULLS LAST, q.article_id, q.start
        """
        return _run(con, sql, where.params)


def claims(db: Db, filters: Filters | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Table:
    """Claim clusters (the corroboration view): first seen, outlets, disputers, most reported first.

    A cluster is listed when at least one of its claims passes the filters.
    """
    f = filters or Filters()
    with _connection(db, timeout) as con:
        where = _Where()
        _article_filters(con, f, where, near_rows=False, speaker=False)
        if f.speaker:
            where.add(
                """(coalesce(g.name, e.name) ILIKE $speaker
                    OR array_to_string(k.disputers, ' | ') ILIKE $speaker)""",
                speaker=f"%{f.speaker}%",
            )
        if f.text:
            where.add("c.text ILIKE $text", text=f"%{f.text}%")
        joins = (
            """LEFT JOIN entity_links l ON l.article_id = c.article_id
                    AND l.entity_id = c.attributed_to
               LEFT JOIN global_entities g ON g.global_id = l.global_id
               LEFT JOIN entities e ON e.article_id = c.article_id
                    AND e.entity_id = c.attributed_to"""
            if f.speaker
            else ""
        )
        selected = (
            f"""WHERE k.cluster_id IN (
                SELECT cl.cluster_id FROM claim_links cl
                JOIN claim_clusters k ON k.cluster_id = cl.cluster_id
                JOIN claims c ON c.article_id = cl.article_id AND c.claim_id = cl.claim_id
                JOIN articles a ON a.id = c.article_id {joins}
                {where.sql()})"""
            if where.clauses
            else ""
        )
        sql = f"""
            SELECT k.cluster_id, k.text, k.first_seen, k.n_articles AS articles,
                   len(k.outlets) AS n_outlets, k.outlets, k.n_disputes AS disputes,
                   k.disputers, k.supporters
            FROM claim_clusters k {selected}
            ORDER BY k.n_articles DESC, k.n_disputes DESC, k.first_seen NULLS LAST, k.cluster_id
            {_limit(f)}
        """
        return _run(con, sql, where.params)


def places(db: Db, filters: Filters | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Table:
    """Places across the corpus, one row per geonameid (or name when unresolved)."""
    f = filters or Filters()
    with _connection(db, timeout) as con:
        where = _Where()
        _article_filters(con, f, where, near_rows=True, speaker=True)
        if f.text:
            where.add("p.name ILIKE $text", text=f"%{f.text}%")
        sql = f"""
            SELECT mode(p.name) AS name, p.geonameid, mode(p.feature) AS feature,
                   mode(p.country) AS country, avg(p.lat) AS lat, avg(p.lon) AS lon,
                   count(DISTINCT p.article_id) AS articles,
                   sum(coalesce(m.n, 0)) AS mentions
            FROM places p JOIN articles a ON a.id = p.article_id
            LEFT JOIN (
                SELECT article_id, place_id, count(*) AS n FROM place_mentions GROUP BY ALL
            ) m ON m.article_id = p.article_id AND m.place_id = p.place_id
            {where.sql()}
            GROUP BY p.geonameid, CASE WHEN p.geonameid IS NULL THEN lower(p.name) END
            ORDER BY articles DESC, mentions DESC, name {_limit(f)}
        """
        return _run(con, sql, where.params)


def events(db: Db, filters: Filters | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Table:
    """An event timeline: dated events in date order (undated ones by publication date)."""
    f = filters or Filters()
    with _connection(db, timeout) as con:
        where = _Where()
        _article_filters(con, f, where, near_rows=True, speaker=True)
        sentence = "substr(a.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start)"
        if f.text:
            where.add(f"{sentence} ILIKE $text", text=f"%{f.text}%")
        # pick the rows first, then name their actors and cut their sentences: both cost
        # per row, and a timeline of a large corpus is mostly rows that are not shown
        sql = f"""
            WITH picked AS (
                SELECT ev.*, coalesce(ev.date, strftime(a.published, '%Y-%m-%d')) AS day,
                       a.outlet, p.name AS place, p.lat, p.lon
                FROM events ev JOIN articles a ON a.id = ev.article_id
                LEFT JOIN places p ON p.article_id = ev.article_id AND p.place_id = ev.place_id
                {where.sql()}
                ORDER BY day NULLS LAST, ev.article_id, ev.trigger_start {_limit(f)}
            )
            SELECT ev.day AS date, ev.subtype, ev.type, ev.place, ev.lat, ev.lon,
                   (SELECT string_agg(coalesce(en.name, x.actor), '; ')
                      FROM (SELECT unnest(ev.actors) AS actor) x
                      LEFT JOIN entities en
                        ON en.article_id = ev.article_id AND en.entity_id = x.actor) AS actors,
                   ev.mode, ev.trigger_text AS trigger, {sentence} AS sentence, ev.outlet,
                   ev.article_id, ev.event_id, ev.confidence
            FROM picked ev JOIN articles a ON a.id = ev.article_id
            ORDER BY ev.day NULLS LAST, ev.article_id, ev.trigger_start
        """
        return _run(con, sql, where.params)


QUERIES: dict[str, Callable[..., Table]] = {
    "speakers": speakers,
    "quotes": quotes,
    "claims": claims,
    "places": places,
    "events": events,
}
