"""Idempotent, versioned writes: same text changes nothing, a new version of a URL replaces."""

from __future__ import annotations

from pathlib import Path

from newsgraph.records import ArticleError
from newsgraph.store import StoreWriter, opened, relink_if_stale
from test_store_factory import article, person, table_counts


def _ids(db: Path) -> list[str]:
    with opened(db, read_only=True) as con:
        return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]


def test_reingesting_the_same_articles_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    batch = [
        article("a1", entities=(person("e1", "Anna Keller"),), quotes=(("e1", "Yes."),)),
        article("a2", claims=("Troops reportedly reached the border.",)),
    ]
    writer = StoreWriter(db)
    first = writer.write(batch)
    relink_if_stale(db)
    before = table_counts(db)
    second = writer.write(batch)
    assert (first.stored, second.stored, second.skipped) == (2, 0, 2)
    assert relink_if_stale(db) is False  # nothing changed, nothing to relink
    assert table_counts(db) == before
    assert before["articles"] == 2 and before["quotes"] == 1 and before["claims"] == 1


def test_the_same_article_twice_in_one_batch_is_stored_once(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    stats = StoreWriter(db).write([article("a1"), article("a1")])
    assert (stats.stored, stats.skipped) == (1, 1)
    assert _ids(db) == ["a1"]


def test_a_new_version_of_a_url_replaces_the_old_one(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    url = "https://example.org/story"
    old = article("v1", url=url, published="2022-03-01", quotes=(("e1", "Old words."),))
    new = article("v2", url=url, published="2022-03-02", quotes=(("e1", "New words."),))
    writer = StoreWriter(db)
    writer.write([old])
    stats = writer.write([new])
    assert (stats.stored, stats.replaced) == (1, 1)
    assert _ids(db) == ["v2"]
    with opened(db, read_only=True) as con:
        assert con.execute("SELECT text FROM quotes").fetchall() == [("New words.",)]
        assert con.execute("SELECT count(*) FROM boilerplate").fetchone() == (1,)
    # ingesting the old file again does not flip the article back
    again = writer.write([old])
    assert (again.stored, again.skipped) == (0, 1)
    assert _ids(db) == ["v2"]


def test_an_older_version_of_a_url_does_not_replace_a_newer_one(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    url = "https://example.org/story"
    writer = StoreWriter(db)
    writer.write([article("v2", url=url, published="2022-03-02")])
    stats = writer.write([article("v1", url=url, published="2022-03-01")])
    assert (stats.stored, stats.superseded) == (0, 1)
    assert _ids(db) == ["v2"]


def test_two_versions_in_one_batch_keep_the_later(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    url = "https://example.org/story"
    stats = StoreWriter(db).write(
        [article("v1", url=url, published=None), article("v2", url=url, published=None)]
    )
    assert (stats.stored, stats.replaced) == (1, 1)
    assert _ids(db) == ["v2"]


def test_failures_are_recorded_and_cleared_when_the_article_later_succeeds(
    tmp_path: Path,
) -> None:
    db = tmp_path / "c.duckdb"
    writer = StoreWriter(db)
    writer.write([], [ArticleError("a1.txt", "E001", "a1.txt: empty")])
    writer.write([], [ArticleError("a1.txt", "E001", "a1.txt: empty")])
    with opened(db, read_only=True) as con:
        assert con.execute("SELECT source, code FROM errors").fetchall() == [("a1.txt", "E001")]
    writer.write([article("a1")])  # its source is a1.txt
    with opened(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM errors").fetchone() == (0,)
