"""Schema versions and migrations: a file written by an older newsgraph is upgraded in place."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsgraph.errors import StoreError
from newsgraph.store import SCHEMA_VERSION, opened, relink_if_stale, speakers
from newsgraph.store.schema import current_version, migrate


def test_a_new_file_gets_the_current_schema(tmp_path: Path) -> None:
    with opened(tmp_path / "new.duckdb") as con:
        assert current_version(con) == SCHEMA_VERSION >= 2
        versions = [
            r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        ]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def _v1_fixture(path: Path) -> None:
    """A database as version 1 wrote it: record tables only, no ledger or link tables."""
    with duckdb.connect(str(path)) as con:
        assert migrate(con, target=1) == 1
        con.execute(
            "INSERT INTO articles VALUES ('old1', 'old.txt', 'https://example.org/a', 'Gazette',"
            " 'T',"
            " DATE '2021-01-02', 'en', 'Anna Keller said hello.', 'newsgraph.article/1',"
            " TIMESTAMP '2021-01-02 10:00:00')"
        )
        con.execute("INSERT INTO entities VALUES ('old1', 'e1', 'Anna Keller', 'PERSON', [], [])")
        con.execute(
            "INSERT INTO quotes (article_id, quote_id, kind, text, speaker) "
            "VALUES ('old1', 'q1', 'direct', 'hello', 'e1')"
        )
        tables = {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        assert "ledger" not in tables


def test_migration_from_v1_keeps_the_rows_and_adds_the_ledger(tmp_path: Path) -> None:
    db = tmp_path / "v1.duckdb"
    _v1_fixture(db)
    with opened(db) as con:  # opening for writing migrates
        assert current_version(con) == SCHEMA_VERSION
        assert con.execute("SELECT id, status FROM ledger").fetchall() == [("old1", "stored")]
        assert con.execute("SELECT count(*) FROM quotes").fetchone() == (1,)
    assert relink_if_stale(db) is True  # links of migrated articles are built on first use
    table = speakers(db)
    assert [(r["speaker"], r["quotes"]) for r in table.records()] == [("Anna Keller", 1)]
    assert relink_if_stale(db) is False


def test_reading_an_unmigrated_file_asks_for_a_migration(tmp_path: Path) -> None:
    db = tmp_path / "v1.duckdb"
    _v1_fixture(db)
    with pytest.raises(StoreError, match="schema version 1"):
        speakers(db)


def test_a_file_from_a_newer_newsgraph_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.duckdb"
    with opened(db) as con:
        con.execute(
            "INSERT INTO schema_version VALUES (?, current_timestamp)", [SCHEMA_VERSION + 1]
        )
    with pytest.raises(StoreError, match="newer newsgraph"):
        opened(db).__enter__()


def test_a_missing_database_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no corpus database"):
        speakers(tmp_path / "nothing.duckdb")
