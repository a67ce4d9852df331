"""Export the corpus database to files other tools read: Parquet, CSV, JSON Lines, GeoJSON.

Tabular formats write every table as it is stored (one file per table, via DuckDB's ``COPY``,
which streams and never holds a table in Python). GeoJSON writes what a map needs: one point
feature per place across the corpus, with its article and mention counts.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import UsageError
from .connect import DEFAULT_TIMEOUT, opened
from .queries import Filters, places
from .schema import ARTICLE_TABLES

#: every table, record tables in the schema's order, then errors and the cross-article ones
EXPORTED_TABLES = (
    "articles",
    *(table for table in ARTICLE_TABLES if not table.endswith("_links")),
    "errors",
    "global_entities",
    "entity_links",
    "claim_clusters",
    "claim_links",
)
FORMATS = ("parquet", "csv", "jsonl", "geojson")
_COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER", "jsonl": "FORMAT json"}
_SUFFIX = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}


def export(
    db: str | Path, out: str | Path, fmt: str, *, timeout: float = DEFAULT_TIMEOUT
) -> list[Path]:
    """Write the corpus to ``out`` in ``fmt``; returns the files written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with opened(db, read_only=True, timeout=timeout) as con:
        if fmt == "geojson":
            target = folder / "places.geojson"
            table = places(con, Filters(limit=None))
            features = [
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]},
                    "properties": {k: v for k, v in rec.items() if k not in ("lat", "lon")},
                }
                for rec in table.records()
                if rec["lat"] is not None and rec["lon"] is not None
            ]
            target.write_text(
                json.dumps({"type": "FeatureCollection", "features": features}, default=str),
                encoding="utf-8",
            )
            return [target]
        for table_name in EXPORTED_TABLES:
            target = folder / f"{table_name}.{_SUFFIX[fmt]}"
            escaped = str(target).replace("'", "''")
            # lists are written as JSON text in CSV, natively elsewhere
            con.execute(f"COPY {table_name} TO '{escaped}' ({_COPY_OPTIONS[fmt]})")
            written.append(target)
    return written
