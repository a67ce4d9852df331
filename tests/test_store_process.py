"""The real ``newsgraph ingest`` in a subprocess: killed with SIGKILL and resumed, and queried
by readers while it writes. These load the model in the child process, hence ``model``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from newsgraph.errors import StoreError
from newsgraph.store import opened, speakers
from test_store_factory import table_counts

pytestmark = pytest.mark.model

NAMES = ["Anna Keller", "Olga Brandt", "Pavel Moroz", "Maria Lind", "Tomas Berg"]
PLACES = ["Kharkiv", "Odesa", "Dnipro", "Lviv"]
COUNT = 80  # articles per run: enough batches of 4 to kill one run in the middle


def write_corpus(folder: Path, count: int) -> Path:
    """``count`` short, distinct made-up articles, one .txt each, plus one empty (an error)."""
    folder.mkdir()
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        place = PLACES[i % len(PLACES)]
        text = (
            f"{place}: {name}, a spokesperson for the regional administration, said on Monday "
            f"that {i + 3} drones had been shot down overnight near {place}.\n\n"
            f'"We will rebuild the school within {i % 9 + 2} weeks," {name.split()[1]} told '
            f"reporters. According to local officials, power was restored to {100 + i} homes "
            f"after the attack, and the water supply in district number {i} works again.\n"
        )
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    (folder / "9999_empty.txt").write_text("", encoding="utf-8")
    return folder


def newsgraph() -> tuple[str, ...]:
    """The command as a user runs it, in this interpreter's environment."""
    return (sys.executable, "-m", "newsgraph.cli")


def ingest_args(corpus: Path, db: Path) -> list[str]:
    return [
        *newsgraph(),
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        "1",
        "--batch-size",
        "4",
        "--published",
        "2022-03-05",
        "--quiet",
    ]


def stored(db: Path) -> int:
    try:
        with opened(db, read_only=True, timeout=30) as con:
            row = con.execute("SELECT count(*) FROM articles").fetchone()
            return int(row[0]) if row else 0
    except StoreError:
        return 0  # not created yet, or not migrated yet


def held(db: Path, deadline: float) -> duckdb.DuckDBPyConnection:
    """A read-only connection to ``db``, retried every 10 ms: faster than the writer's back-off,
    so the test wins the file lock as soon as a batch commit releases it."""
    while True:
        try:
            return duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def counted_now(db: Path) -> int:
    """The articles stored so far, read as soon as a batch commit releases the file (retrying
    every 10 ms, not with the back-off of a user's query, so a fast ingest cannot commit the
    whole corpus between two polls)."""
    con = held(db, time.monotonic() + 60)
    try:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0
    except duckdb.CatalogException:
        return 0  # the schema is not there yet
    finally:
        con.close()


def kill_between_batches(child: subprocess.Popen[bytes], db: Path) -> None:
    """SIGKILL ``child`` once it has committed a batch, while the test holds the file lock.

    Polling alone raced the ingest on a busy machine (all 80 articles could be committed before a
    poll got in). Holding the lock most of the time lets the ingest commit only in short windows,
    and the kill lands while it waits for its next commit, whatever the machine's speed.
    """
    deadline = time.monotonic() + 120
    while True:
        assert child.poll() is None, "the ingest ended before it could be killed"
        con = held(db, deadline)
        try:
            try:
                row = con.execute("SELECT count(*) FROM articles").fetchone()
            except duckdb.CatalogException:
                row = None  # the schema is not there yet
            if row and row[0] >= 4:
                child.send_signal(signal.SIGKILL)
                assert child.wait() == -signal.SIGKILL
                return
            time.sleep(0.2)  # the ingest waits at its next commit meanwhile
        finally:
            con.close()
        time.sleep(0.1)  # a window for one commit


def snapshot(db: Path) -> dict[str, object]:
    """Everything that must match between two runs (timestamps aside)."""
    with opened(db, read_only=True) as con:
        return {
            "articles": con.execute("SELECT id, source FROM articles ORDER BY ALL").fetchall(),
            "quotes": con.execute("SELECT * FROM quotes ORDER BY ALL").fetchall(),
            "links": con.execute("SELECT * FROM entity_links ORDER BY ALL").fetchall(),
            "people": con.execute("SELECT * FROM global_entities ORDER BY ALL").fetchall(),
            "errors": con.execute("SELECT source, code FROM errors ORDER BY ALL").fetchall(),
            "ledger": con.execute("SELECT id, status FROM ledger ORDER BY ALL").fetchall(),
        }


def test_ingest_killed_with_sigkill_resumes_to_the_same_rows(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", COUNT)
    whole, resumed = tmp_path / "whole.duckdb", tmp_path / "resumed.duckdb"
    done = subprocess.run(ingest_args(corpus, whole), capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr  # the empty file is an error, the rest goes on
    assert "[E001]" in done.stderr

    child = subprocess.Popen(ingest_args(corpus, resumed), stderr=subprocess.DEVNULL)
    kill_between_batches(child, resumed)
    partial = stored(resumed)
    assert 0 < partial < COUNT, "the kill must land mid-ingest"

    again = subprocess.run(
        ingest_args(corpus, resumed), capture_output=True, text=True, check=False
    )
    assert again.returncode == 1, again.stderr
    assert table_counts(resumed) == table_counts(whole)
    assert snapshot(resumed) == snapshot(whole)
    assert stored(resumed) == COUNT

    # and a third run changes nothing at all
    before = table_counts(resumed)
    subprocess.run(ingest_args(corpus, resumed), capture_output=True, check=False)
    assert table_counts(resumed) == before


#: enough commits (batches of 4) that even a fast machine is mid-ingest while the reader polls
LIVE_COUNT = 120


def test_readers_query_while_an_ingest_runs(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", LIVE_COUNT)
    db = tmp_path / "live.duckdb"
    child = subprocess.Popen(ingest_args(corpus, db), stderr=subprocess.PIPE, text=True)
    seen: list[int] = []
    answers = 0
    while child.poll() is None:
        count = counted_now(db)
        seen.append(count)
        if count:
            speakers(db, timeout=30)  # a real query, waiting for the writer's batch commit
            answers += 1
        time.sleep(0.02)
    _, err = child.communicate()
    assert child.returncode == 1, err  # only the empty file failed: the writer was not starved
    assert seen == sorted(seen), "readers never see rows disappear"
    assert any(0 < n < LIVE_COUNT for n in seen), "readers saw the corpus grow during the ingest"
    assert answers > 0 and stored(db) == LIVE_COUNT
    rows = speakers(db).records()
    assert json.dumps(rows, default=str)
