"""The corpus database's tables, as an ordered list of migrations.

A database records the migrations applied to it in ``schema_version``; opening it for writing
applies the missing ones in order, each in its own transaction, so a file written by an older
newsgraph is upgraded in place and never rebuilt. A new table or column is a new migration at
the end of :data:`MIGRATIONS`; released migrations are never edited, because files in the wild
were built by them.

Version 1 held the per-article records. Version 2 added the ingest ledger (which makes re-runs
and resumed runs skip finished articles, including superseded versions of a URL) and the
cross-article tables (global people/organisations, claim clusters). Version 3 added record
fields that stages gained later (``tests/test_store_rows.py`` fails when a record field has no
column, so the next one cannot be forgotten).
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

# Record tables: one row per record, keyed by the article's content hash plus the record id
# the article gave it. Spans are flattened into (start, end, text) columns so that queries need
# no JSON functions.
V1_TABLES = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
    published DATE, language VARCHAR, text VARCHAR NOT NULL, schema VARCHAR,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE boilerplate (
    article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR
);
CREATE TABLE entities (
    article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR,
    descriptors VARCHAR[], affiliations VARCHAR[], PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, quote_id VARCHAR NOT NULL, kind VARCHAR, text VARCHAR,
    start INTEGER, "end" INTEGER, cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
    speaker VARCHAR, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    channel VARCHAR, confidence DOUBLE, PRIMARY KEY (article_id, quote_id)
);
CREATE TABLE claims (
    article_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, attributed_to VARCHAR, quote_id VARCHAR, certainty DOUBLE,
    evidence_type VARCHAR, source_chain VARCHAR[], PRIMARY KEY (article_id, claim_id)
);
CREATE TABLE hedges (
    article_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, text VARCHAR, start INTEGER,
    "end" INTEGER, kind VARCHAR
);
CREATE TABLE stances (
    article_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, "by" VARCHAR, stance VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, place_id VARCHAR NOT NULL, name VARCHAR, geonameid BIGINT,
    lat DOUBLE, lon DOUBLE, feature VARCHAR, country VARCHAR, admin1 VARCHAR,
    confidence DOUBLE, PRIMARY KEY (article_id, place_id)
);
CREATE TABLE place_mentions (
    article_id VARCHAR NOT NULL, place_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR, kind VARCHAR
);
CREATE TABLE dates (
    article_id VARCHAR NOT NULL, text VARCHAR, start INTEGER, "end" INTEGER, value VARCHAR,
    relative BOOLEAN, type VARCHAR
);
CREATE TABLE events (
    article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, type VARCHAR, subtype VARCHAR,
    actors VARCHAR[], targets VARCHAR[], place_id VARCHAR, date VARCHAR, trigger_text VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,
    confidence DOUBLE, mode VARCHAR, date_from_publication BOOLEAN,
    PRIMARY KEY (article_id, event_id)
);
CREATE TABLE warnings (article_id VARCHAR NOT NULL, code VARCHAR, message VARCHAR);
CREATE TABLE errors (
    source VARCHAR PRIMARY KEY, code VARCHAR, message VARCHAR, failed_at TIMESTAMP NOT NULL
);
CREATE INDEX articles_url ON articles (url);
"""

V2_TABLES = """
CREATE TABLE ledger (
    id VARCHAR PRIMARY KEY, url VARCHAR, status VARCHAR NOT NULL, seen_at TIMESTAMP NOT NULL
);
INSERT INTO ledger SELECT id, url, 'stored', ingested_at FROM articles;
CREATE TABLE state (key VARCHAR PRIMARY KEY, value VARCHAR);
INSERT INTO state VALUES ('links_stale', 'true');
-- link tables are rebuilt wholesale: no key indexes to maintain on every rebuild
CREATE TABLE global_entities (
    global_id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, descriptors VARCHAR[],
    affiliations VARCHAR[], n_articles INTEGER, n_mentions INTEGER
);
CREATE TABLE entity_links (
    article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, global_id VARCHAR NOT NULL
);
CREATE TABLE claim_clusters (
    cluster_id VARCHAR PRIMARY KEY, text VARCHAR, first_seen DATE, n_claims INTEGER,
    n_articles INTEGER, outlets VARCHAR[], disputers VARCHAR[], supporters VARCHAR[],
    n_disputes INTEGER
);
CREATE TABLE claim_links (
    article_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL
);
"""

# Version 3: record fields added to the contract after version 2 (quote continuations, the
# anchor, modifier and range of time expressions).
V3_COLUMNS = """
ALTER TABLE quotes ADD COLUMN continues VARCHAR;
ALTER TABLE dates ADD COLUMN mod VARCHAR;
ALTER TABLE dates ADD COLUMN anchor VARCHAR;
ALTER TABLE dates ADD COLUMN range_start VARCHAR;
ALTER TABLE dates ADD COLUMN range_end VARCHAR;
"""

#: Every table that holds rows of one article (deleted together when a URL gets a new version).
ARTICLE_TABLES = (
    "boilerplate",
    "entities",
    "mentions",
    "quotes",
    "claims",
    "hedges",
    "stances",
    "places",
    "place_mentions",
    "dates",
    "events",
    "warnings",
    "entity_links",
    "claim_links",
)

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _script(sql: str) -> Migration:
    def apply(con: duckdb.DuckDBPyConnection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                con.execute(statement)

    return apply


#: Migration ``n`` (1-based) brings a database from version ``n - 1`` to ``n``.
MIGRATIONS: tuple[Migration, ...] = (
    _script(V1_TABLES),
    _script(V2_TABLES),
    _script(V3_COLUMNS),
)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version a database is at; 0 for an empty file."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target``, each atomically; returns the version."""
    version = current_version(con)
    while version < target:
        con.execute("BEGIN TRANSACTION")
        try:
            MIGRATIONS[version](con)
            con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version + 1])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        version += 1
    return version
