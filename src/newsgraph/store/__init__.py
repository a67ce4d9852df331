"""The corpus store: many analysed articles in one embedded DuckDB file, linked across articles.

Modules, one job each: :mod:`.schema` (tables and migrations), :mod:`.connect` (opening with
lock retries), :mod:`.rows` (records to rows), :mod:`.writer` (idempotent batch commits),
:mod:`.ingest` (read, analyse, store, resume), :mod:`.names` and :mod:`.linking` (the same
person or organisation across articles), :mod:`.clusters` (the same claim across outlets),
:mod:`.queries`, :mod:`.summary` and :mod:`.export` (reading it back out).
"""

from .connect import DEFAULT_DB, connect, opened
from .export import export
from .ingest import IngestReport, ingest, ingest_items
from .linking import relink_if_stale
from .queries import Filters, Table, claims, events, places, quotes, speakers
from .schema import SCHEMA_VERSION, migrate
from .summary import CorpusSummary, corpus_summary
from .writer import StoreWriter, WriteStats

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "CorpusSummary",
    "Filters",
    "IngestReport",
    "StoreWriter",
    "Table",
    "WriteStats",
    "claims",
    "connect",
    "corpus_summary",
    "events",
    "export",
    "ingest",
    "ingest_items",
    "migrate",
    "opened",
    "places",
    "quotes",
    "relink_if_stale",
    "speakers",
]
