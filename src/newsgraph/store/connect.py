"""Open the corpus database, waiting politely for the other process that holds it.

DuckDB lets one process write a file, and while that process has it open nobody else can open
it, not even read-only. So the writer keeps the file open only while it commits a batch, and
every opener (readers and writers alike) retries for a while when the file is locked. A query
therefore waits at most one batch commit, and an ingest waits at most one query.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..errors import StoreError
from .schema import SCHEMA_VERSION, current_version, migrate

DEFAULT_DB = "newsgraph.duckdb"
DEFAULT_TIMEOUT = 60.0

_LOCK_HINTS = ("lock", "conflicting")


def _is_lock_error(exc: duckdb.Error) -> bool:
    text = str(exc).lower()
    return any(hint in text for hint in _LOCK_HINTS)


def connect(
    path: str | Path, *, read_only: bool = False, timeout: float = DEFAULT_TIMEOUT
) -> duckdb.DuckDBPyConnection:
    """A connection to ``path``; a writable one is migrated to the current schema first.

    Raises :class:`StoreError` (E040) when the file cannot be used, or is still locked by another
    process after ``timeout`` seconds.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no corpus database at {path} (run `newsgraph ingest` first)")
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise StoreError(f"cannot open {path}: {exc}") from exc
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"{path} is locked by another process (an ingest or a query) "
                    f"for more than {timeout:g} s"
                ) from exc
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.5)
    try:
        if read_only:
            version = current_version(con)
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"{path} has schema version {version}, this newsgraph reads "
                    f"{SCHEMA_VERSION}: open it once for writing (`newsgraph ingest`) to migrate"
                )
        else:
            version = current_version(con)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} was written by a newer newsgraph (schema {version} > {SCHEMA_VERSION})"
                )
            migrate(con)
    except BaseException:
        con.close()
        raise
    return con


@contextlib.contextmanager
def opened(
    path: str | Path, *, read_only: bool = False, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[duckdb.DuckDBPyConnection]:
    """:func:`connect` as a context manager that always releases the file lock."""
    con = connect(path, read_only=read_only, timeout=timeout)
    try:
        yield con
    finally:
        con.close()
