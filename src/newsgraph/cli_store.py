"""The corpus commands: ``ingest``, ``query …``, ``export``, ``summary`` and ``link``.

:func:`register` adds them to the main Typer app. Every ``query`` subcommand is built by one
factory from one signature, so all of them take exactly the same filters and the same output
options (``--format table|json|jsonl|csv``, ``--limit``) and print rows the same way.
Results go to standard output; progress and per-article errors go to standard error.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table as RichTable
from rich.text import Text

from .errors import UsageError
from .records import ArticleError
from .store.connect import DEFAULT_DB
from .store.queries import QUERIES, Filters, Table

stderr = Console(stderr=True)


class RowFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    geojson = "geojson"
    jsonl = "jsonl"


DbOption = Annotated[
    Path, typer.Option("--db", help="The corpus database file (DuckDB).", show_default=True)
]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.4g}"
    text = str(_plain(value))
    return text if len(text) <= 160 else text[:157] + "…"


def print_rows(table: Table, fmt: RowFormat, title: str | None = None) -> None:
    """Print a query result on standard output in ``fmt`` (the one output path of ``query``)."""
    out = sys.stdout
    if fmt is RowFormat.table:
        rich = RichTable(title=title, show_lines=False)
        for column in table.columns:
            rich.add_column(column, overflow="fold")
        for row in table.rows:
            rich.add_row(*(_cell(v) for v in row))
        Console().print(rich)
    elif fmt is RowFormat.json:
        records = [{k: _plain(v) for k, v in r.items()} for r in table.records()]
        out.write(json.dumps(records, ensure_ascii=False, default=str, indent=2) + "\n")
    elif fmt is RowFormat.jsonl:
        for record in table.records():
            plain = {k: _plain(v) for k, v in record.items()}
            out.write(json.dumps(plain, ensure_ascii=False, default=str) + "\n")
    else:
        writer = csv.writer(out)
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow(
                ["; ".join(map(str, v)) if isinstance(v, list) else _plain(v) for v in row]
            )


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        from .errors import BadDateError

        raise BadDateError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _report_error(error: ArticleError) -> None:
    stderr.print(Text(f"[{error.code}] ", style="red") + Text(error.message), highlight=False)


QUERY_HELP = {
    "speakers": (
        "Who is quoted most across the corpus, with quote and article counts.",
        "newsgraph query speakers --db corpus.duckdb --outlet Reuters --since 2022-03-01",
    ),
    "quotes": (
        "Quotes with speaker, channel and source article, newest first.",
        'newsgraph query quotes --db corpus.duckdb --speaker Keller --text "wishful thinking"',
    ),
    "claims": (
        "Claim clusters: the same claim across articles, first seen, outlets, disputers.",
        "newsgraph query claims --db corpus.duckdb --near Kharkiv --radius-km 100 -f json",
    ),
    "places": (
        "Places mentioned across the corpus (one row per GeoNames id), most frequent first.",
        "newsgraph query places --db corpus.duckdb --near Kyiv --radius-km 300 -f csv",
    ),
    "events": (
        "An event timeline: type, date, place, actors and the sentence.",
        "newsgraph query events --db corpus.duckdb --since 2022-02-24 --until 2022-03-31",
    ),
}


def _query_command(kind: str, run: Callable[..., Table]) -> Callable[..., None]:
    """One ``query`` subcommand: the shared filters and output options around ``run``."""

    def command(
        db: DbOption = Path(DEFAULT_DB),
        speaker: Annotated[
            str | None, typer.Option("--speaker", help="Speaker name contains this.")
        ] = None,
        outlet: Annotated[
            str | None, typer.Option("--outlet", help="Outlet name contains this.")
        ] = None,
        since: Annotated[
            str | None, typer.Option("--since", help="Published on or after YYYY-MM-DD.")
        ] = None,
        until: Annotated[
            str | None, typer.Option("--until", help="Published on or before YYYY-MM-DD.")
        ] = None,
        near: Annotated[
            str | None,
            typer.Option("--near", help='Within --radius-km of this place (name or "LAT,LON").'),
        ] = None,
        radius_km: Annotated[
            float, typer.Option("--radius-km", min=0.001, help="Radius for --near, km.")
        ] = 50.0,
        text: Annotated[str | None, typer.Option("--text", help="Text contains this.")] = None,
        limit: Annotated[
            int, typer.Option("--limit", "-n", min=0, help="At most this many rows (0: all).")
        ] = 50,
        fmt: Annotated[
            RowFormat, typer.Option("--format", "-f", help="Output format.")
        ] = RowFormat.table,
    ) -> None:
        filters = Filters(
            speaker=speaker,
            outlet=outlet,
            since=_date(since, "--since"),
            until=_date(until, "--until"),
            near=near,
            radius_km=radius_km,
            text=text,
            limit=limit or None,
        )
        print_rows(run(db, filters), fmt, title=kind)

    summary, example = QUERY_HELP[kind]
    command.__doc__ = f"{summary}\n\nExample: {example}"
    command.__name__ = f"query_{kind}"
    return command


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app`` (the main ``newsgraph`` command)."""
    query_app = typer.Typer(
        help="Query a corpus database. Example: newsgraph query speakers --db corpus.duckdb",
        no_args_is_help=True,
    )
    for kind, run in QUERIES.items():
        query_app.command(kind)(_query_command(kind, run))
    app.add_typer(query_app, name="query")
    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
    app.command("summary")(summary_command)
    app.command("link")(link_command)


def ingest_command(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .htm, .jsonl), folders, or -.")
    ],
    db: DbOption = Path(DEFAULT_DB),
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Processes to use (default: CPU count)."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD for undated articles."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per committed transaction.")
    ] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")] = None,
) -> None:
    """Analyse articles and store them, with cross-article links, in a corpus database.

    Re-running is safe: articles already stored (same text) are skipped, a new version of a URL
    replaces the old one, and an interrupted run continues where it stopped.

    Example: newsgraph ingest samples/ --db corpus.duckdb --workers 2
    """
    from .ingest.readers import expand_paths, iter_articles
    from .settings import load_settings
    from .store.ingest import IngestReport, ingest_items

    settings = load_settings(config)
    published_date = _date(published, "--published")
    files = expand_paths(paths)
    if not files:
        raise UsageError("no .txt, .html or .jsonl files found in the given paths")
    plain = all(
        isinstance(f, Path) and f.suffix.lower() not in (".jsonl", ".ndjson") for f in files
    )
    total = len(files) if plain else None
    show = not quiet and stderr.is_terminal
    columns = [
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=stderr, transient=True, disable=not show) as bar:
        task = bar.add_task("ingest", total=total, rate="–")

        def progress(report: IngestReport) -> None:
            rate = report.analysed / report.seconds if report.seconds > 0 else 0.0
            bar.update(task, completed=report.seen, rate=f"{rate:.1f}")

        report = ingest_items(
            iter_articles(paths, published_date, settings),
            db,
            workers=workers or 0,
            published=published_date,
            settings=settings,
            batch_size=batch_size,
            progress=progress,
            on_error=_report_error,
        )
    w = report.written
    stderr.print(
        f"{db}: {w.stored} stored, {report.skipped + w.skipped} already there, "
        f"{w.replaced} replaced a previous version, {w.superseded} older versions kept aside, "
        f"{w.errors} failed ({report.seconds:.1f} s"
        + (f", {report.analysed / report.seconds:.1f} articles/s)" if report.seconds else ")"),
        highlight=False,
    )
    if w.errors:
        raise typer.Exit(1)


def export_command(
    db: DbOption = Path(DEFAULT_DB),
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="File format.")
    ] = ExportFormat.parquet,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into.")] = Path("out"),
) -> None:
    """Export the corpus: one file per table (Parquet, CSV, JSON Lines) or places as GeoJSON.

    Example: newsgraph export --db corpus.duckdb --format parquet --out export/
    """
    from .store.export import export

    for path in export(db, out, fmt.value):
        stderr.print(str(path), highlight=False)


def summary_command(
    db: DbOption = Path(DEFAULT_DB),
    top: Annotated[int, typer.Option("--top", min=1, help="Rows per section.")] = 10,
) -> None:
    """Print the corpus at a glance: top speakers, most-disputed claims, places, a timeline.

    Example: newsgraph summary --db corpus.duckdb --top 5
    """
    from .store.summary import corpus_summary

    summary = corpus_summary(db, top=top)
    console = Console()
    console.print(
        ", ".join(f"{count:,} {name}" for name, count in summary.counts.items()), highlight=False
    )
    sections = (
        ("Top speakers", summary.speakers, ("speaker", "quotes", "articles", "outlets")),
        (
            "Most-disputed claims",
            summary.disputed_claims,
            ("text", "first_seen", "articles", "disputes", "disputers"),
        ),
        ("Places", summary.places, ("name", "country", "feature", "articles", "mentions")),
        ("Event timeline", summary.timeline, ("date", "subtype", "place", "actors", "trigger")),
    )
    for title, table, columns in sections:
        picked = [table.columns.index(c) for c in columns]
        rich = RichTable(title=title)
        for column in columns:
            rich.add_column(column, overflow="fold")
        for row in table.rows:
            rich.add_row(*(_cell(row[i]) for i in picked))
        if not table.rows:
            rich.caption = "none yet"
        console.print(rich)


class ClaimMethod(StrEnum):
    lexical = "lexical"
    embeddings = "embeddings"


def link_command(
    db: DbOption = Path(DEFAULT_DB),
    method: Annotated[
        ClaimMethod,
        typer.Option("--claims", help="Claim similarity: lexical, or embeddings (extra)."),
    ] = ClaimMethod.lexical,
) -> None:
    """Rebuild the cross-article links (people, organisations, claim clusters) now.

    ``ingest`` does this by itself; use it to cluster claims by sentence embeddings.

    Example: newsgraph link --db corpus.duckdb --claims embeddings
    """
    from .store.linking import relink_if_stale

    relink_if_stale(db, force=True, claims_method=method.value)
    stderr.print(f"{db}: links rebuilt ({method.value} claim clusters)", highlight=False)
