"""Corpus store benchmark: ingest cost over analysis alone, query latency on 50,000 articles,
database size per article.

Run: ``.venv/bin/python bench/store.py [--train-limit N] [--target 50000] [--no-append]``

1. Ingest throughput: PolNeAR dev (84 texts, outlet and date from ``metadata.tsv``) through
   ``analyze_many`` alone (the baseline) and through ``ingest_items`` (analysis + commits in
   batches + cross-article linking), one process each, model already loaded, best of two.
2. A large store: the PolNeAR train texts are analysed once and written, then their rows are
   replicated inside DuckDB under new ids (``<hash>~k``, publication dates shifted by 3 days per
   copy) until the store holds ``--target`` articles; links are rebuilt over all of them.
   Replicas are exact copies, so claim clusters and people grow in size, not in number.
3. Query latency: every ``newsgraph query`` command through the Python API, each call opening
   the file read-only as the CLI does, over six filter sets (none, speaker, outlet, date range,
   text, near) x repeats; p50 and p95.
4. Size: the DuckDB file per article, against the JSON Lines output of ``analyze`` (peer).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph import Article, analyze_many
from newsgraph.evaluation import data_dir
from newsgraph.pipeline import get_nlp
from newsgraph.records import Analysis
from newsgraph.render import to_dict
from newsgraph.store import Filters, StoreWriter, ingest_items, opened, relink_if_stale
from newsgraph.store.queries import QUERIES
from newsgraph.store.schema import ARTICLE_TABLES

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "RESULTS.md"
REPLICATED = [t for t in ARTICLE_TABLES if t not in ("entity_links", "claim_links")]


def load_split(split: str, limit: int | None = None) -> list[Article]:
    root = data_dir() / "quotes" / "polnear"
    meta: dict[str, tuple[str, str]] = {}
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = (row["publisher"], row["publication_date"])
    articles = []
    for path in sorted((root / split / "text").glob("*.txt"))[:limit]:
        outlet, published = meta.get(path.stem, (None, None))
        articles.append(
            Article(
                text=path.read_text(encoding="utf-8"),
                source=path.name,
                outlet=outlet,
                published=dt.date.fromisoformat(published) if published else None,
            )
        )
    return articles


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def ingest_vs_analyze(articles: list[Article], folder: Path) -> dict[str, float]:
    get_nlp()
    list(analyze_many(articles[:2], workers=1))  # warm caches of every stage
    analyse, ingest = [], []
    for attempt in range(2):
        analyse.append(timed(lambda: list(analyze_many(articles, workers=1))))
        db = folder / f"ingest{attempt}.duckdb"
        ingest.append(timed(lambda db=db: ingest_items(articles, db, workers=1)))  # type: ignore[misc]
    best_a, best_i = min(analyse), min(ingest)
    return {
        "articles": len(articles),
        "analyze_per_s": len(articles) / best_a,
        "ingest_per_s": len(articles) / best_i,
        "overhead": best_i / best_a - 1,
    }


def replicate(db: Path, copies: int) -> None:
    """Copy every article's rows ``copies - 1`` times under new ids, in one statement a table."""
    with opened(db) as con:
        con.execute("BEGIN TRANSACTION")
        suffix = "'~' || r.k"
        con.execute(
            f"""INSERT INTO articles SELECT a.* REPLACE (a.id || {suffix} AS id,
                CAST(a.published + INTERVAL (3 * r.k) DAY AS DATE) AS published)
                FROM articles a, range(1, {copies}) r(k)"""
        )
        for table in REPLICATED:
            con.execute(
                f"""INSERT INTO {table} SELECT t.* REPLACE (t.article_id || {suffix} AS article_id)
                    FROM {table} t, range(1, {copies}) r(k)"""
            )
        con.execute(
            "INSERT INTO ledger SELECT id, url, 'stored', ingested_at FROM articles "
            "WHERE id NOT IN (SELECT id FROM ledger)"
        )
        con.execute("INSERT OR REPLACE INTO state VALUES ('links_stale', 'true')")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def query_latency(db: Path, repeats: int) -> dict[str, tuple[float, float, int]]:
    with opened(db, read_only=True) as con:
        row = con.execute(
            "SELECT name FROM global_entities WHERE type = 'PERSON' ORDER BY n_articles DESC "
            "LIMIT 1"
        ).fetchone()
    speaker = row[0].split()[-1] if row else "Clinton"
    variants = [
        Filters(),
        Filters(speaker=speaker),
        Filters(outlet="breitbart"),
        Filters(since=dt.date(2016, 3, 1), until=dt.date(2016, 6, 30)),
        Filters(text="election"),
        Filters(near="Washington", radius_km=100),
    ]
    result = {}
    for kind, query in QUERIES.items():
        samples, rows = [], 0
        for _ in range(repeats):
            for filters in variants:
                start = time.perf_counter()
                rows += len(query(db, filters).rows)
                samples.append((time.perf_counter() - start) * 1000)
        result[kind] = (statistics.median(samples), percentile(samples, 0.95), rows)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train-limit", type=int, default=None, help="train texts to analyse")
    parser.add_argument("--target", type=int, default=50_000, help="articles in the big store")
    parser.add_argument("--repeats", type=int, default=5, help="repeats of each query variant")
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory(prefix="ngstore") as tmp:
        folder = Path(tmp)
        dev = load_split("dev")
        console.print(f"ingest vs analyze on {len(dev)} PolNeAR dev articles …")
        speed = ingest_vs_analyze(dev, folder)

        train = load_split("train", args.train_limit)
        console.print(f"analysing {len(train)} PolNeAR train articles once …")
        start = time.perf_counter()
        analyses = [r for r in analyze_many(train, workers=1) if isinstance(r, Analysis)]
        analyse_s = time.perf_counter() - start
        jsonl_bytes = sum(len(json.dumps(to_dict(a), ensure_ascii=False)) + 1 for a in analyses)
        db = folder / "big.duckdb"
        writer = StoreWriter(db)
        write_s = 0.0
        for i in range(0, len(analyses), 32):
            write_s += timed(lambda i=i: writer.write(analyses[i : i + 32]))
        copies = max(1, math.ceil(args.target / len(analyses)))
        console.print(f"replicating {len(analyses)} articles x {copies} …")
        replicate_s = timed(lambda: replicate(db, copies))
        link_s = timed(lambda: relink_if_stale(db, force=True))
        with opened(db) as con:
            con.execute("CHECKPOINT")
            counts = {
                t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
                for t in (
                    "articles",
                    "entities",
                    "quotes",
                    "claims",
                    "places",
                    "events",
                    "global_entities",
                    "claim_clusters",
                )
            }
        size = db.stat().st_size
        console.print("query latency …")
        latency = query_latency(db, args.repeats)

    n = counts["articles"]
    rows: list[tuple[str, str, str]] = [
        (
            f"throughput, {speed['articles']:.0f} dev articles, 1 process (articles/s)",
            f"ingest {speed['ingest_per_s']:.2f}",
            f"analyze alone {speed['analyze_per_s']:.2f}",
        ),
        ("ingest overhead over analyze", f"{speed['overhead']:+.1%}", "target <= +10%"),
        (
            f"write {len(analyses)} analysed train articles (s)",
            f"{write_s:.2f}",
            f"their analysis took {analyse_s:.0f}",
        ),
        (
            "store write per article (ms): share of analysis, noise-free",
            f"{1000 * write_s / len(analyses):.1f} ({write_s / analyse_s:.1%})",
            f"analysis {1000 * analyse_s / len(analyses):.0f}",
        ),
        (f"replicate to {n:,} articles (s)", f"{replicate_s:.1f}", ""),
        (f"relink {n:,} articles: people, orgs, claim clusters (s)", f"{link_s:.1f}", ""),
        (
            "database size per article (KB)",
            f"{size / n / 1024:.1f}",
            f"analyze JSONL {jsonl_bytes / len(analyses) / 1024:.1f}",
        ),
    ]
    rows += [
        (f"query {kind}: p50 / p95 (ms)", f"{p50:.0f} / {p95:.0f}", "")
        for kind, (p50, p95, _) in latency.items()
    ]
    rows.append(("rows in the big store", ", ".join(f"{k} {v:,}" for k, v in counts.items()), ""))
    table = Table(title=f"newsgraph store ({dt.date.today()}, {n:,} articles)")
    for column, justify in (("measure", "left"), ("newsgraph store", "right"), ("peer", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*row)
    console.print(table)
    if not args.no_append:
        lines = [
            "",
            f"## store — {dt.datetime.now():%Y-%m-%d %H:%M} (machine shared with other jobs)",
            "",
            f"`.venv/bin/python {' '.join(['bench/store.py', *sys.argv[1:]])}`",
            "",
            "| measure | newsgraph store | baseline / peer |",
            "|---|---|---|",
            *("| " + " | ".join(row) + " |" for row in rows),
            "",
            f"Big store: {len(analyses)} PolNeAR train analyses replicated x{copies} under new "
            "ids inside DuckDB (not re-analysed); queries open the file read-only per call.",
        ]
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
