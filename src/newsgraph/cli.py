"""The ``newsgraph`` command: a thin Typer layer over the library.

Conventions: results go to standard output (or ``--output``), everything meant for a person —
progress, per-article errors, warnings — to standard error, so output can be piped. Exit codes:
0 every article analysed, 1 some article failed (each reported with its code), 2 usage error.
No traceback reaches the user: library errors print their coded message and anything unexpected
is reported as E999.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

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
from rich.text import Text

from .errors import INTERNAL_ERROR_CODE, NewsgraphError, UsageError
from .ingest.readers import expand_paths, iter_articles, parse_date
from .records import Analysis, ArticleError
from .settings import Settings, load_settings

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into an auditable graph of who said what, where and when.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
stderr = Console(stderr=True)


@app.callback()
def root() -> None:
    """newsgraph: who said what, through which channel, how surely, who disputes it, what
    happened, where and when, with every record pointing at the characters behind it."""


class OutputFormat(StrEnum):
    summary = "summary"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    acled = "acled"


Result = Analysis | ArticleError


def report_error(error: ArticleError) -> None:
    stderr.print(Text(f"[{error.code}] ", style="red") + Text(error.message), highlight=False)


def _with_progress(results: Iterable[Result], total: int | None, show: bool) -> Iterator[Result]:
    """Pass results through, advancing a Rich progress bar on stderr when ``show``.

    The bar (and its refresh thread) starts only once the first result is in, so worker
    processes are forked before any thread of ours exists.
    """
    if not show:
        yield from results
        return
    iterator = iter(results)
    stderr.print("loading the pipeline…", style="dim", highlight=False)
    first = next(iterator, None)
    if first is None:
        return
    columns = [
        SpinnerColumn(),
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task("analyse", total=total, rate="–")
        for result in itertools.chain([first], iterator):
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 0.0
            done = progress.tasks[0].completed
            rate = f"{done / elapsed:.1f}" if elapsed > 0 else "–"
            progress.update(task, rate=rate)
            yield result


def _reporting_errors(results: Iterable[Result], counts: dict[str, int]) -> Iterator[Result]:
    for result in results:
        if isinstance(result, ArticleError):
            counts["failed"] += 1
            report_error(result)
        else:
            counts["ok"] += 1
        yield result


def write_results(
    results: Iterator[Result], fmt: OutputFormat, out: TextIO, console: Console
) -> None:
    """Write results in ``fmt``; ``json`` is one object for one article, JSON Lines for more."""
    from .render import print_summary, render_json, render_jsonl, write_quotes_csv

    analyses = (r for r in results if isinstance(r, Analysis))
    if fmt is OutputFormat.summary:
        print_summary(console, results)
        return
    if fmt is OutputFormat.csv:
        write_quotes_csv(analyses, out)
        return
    if fmt is OutputFormat.acled:
        from .acled import write_acled

        write_acled(analyses, out)
        return
    if fmt is OutputFormat.geojson:
        import json

        from .geojson import to_geojson

        out.write(json.dumps(to_geojson(analyses), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is OutputFormat.json:
        head: list[Result] = []
        for result in results:
            head.append(result)
            if len(head) > 1:
                break
        if len(head) == 1:
            if isinstance(head[0], Analysis):
                out.write(render_json(head[0]) + "\n")
            return
        results = iter([*head, *results])
    for line in render_jsonl(results):
        out.write(line + "\n")
        out.flush()


def _settings(config: Path | None, max_bytes: int | None) -> Settings:
    settings = load_settings(config)
    if max_bytes is not None:
        from dataclasses import replace

        settings = replace(settings, max_bytes=max_bytes)
    return settings


PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date YYYY-MM-DD that relative dates are resolved against "
        "(a page's own date or a JSONL line's 'published' takes precedence).",
    ),
]


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .htm, .jsonl), folders, or - for stdin."),
    ],
    published: PublishedOption = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format; default summary on a terminal, else json (jsonl for several "
            "articles). csv: one row per quote; geojson: places and located events; acled: "
            "events in ACLED's CSV columns.",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write results to this file.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Processes to use (default: CPU count)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Analyse articles even if they are not English.")
    ] = False,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", min=1, help="Per-article size limit in bytes.")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")] = None,
) -> None:
    """Analyse articles and print the newsgraph.article/1 records.

    Example: newsgraph analyze samples/manifest.jsonl --format jsonl -o out.jsonl
    """
    from .pipeline import analyze_many

    settings = _settings(config, max_bytes)
    published_date: dt.date | None = parse_date(published, "--published")
    files = expand_paths(paths)
    if not files:
        raise UsageError("no .txt, .html or .jsonl files found in the given paths")
    is_tty = sys.stdout.isatty() and output is None
    chosen = fmt or (OutputFormat.summary if is_tty else OutputFormat.json)
    single_plain = all(
        isinstance(f, Path) and f.suffix.lower() not in (".jsonl", ".ndjson") for f in files
    )
    total = len(files) if single_plain else None
    show_progress = not quiet and stderr.is_terminal and (total is None or total > 1)

    counts = {"ok": 0, "failed": 0}
    articles = iter_articles(paths, published_date, settings)
    results = analyze_many(articles, workers=workers, settings=settings, force=force)
    results = _reporting_errors(_with_progress(results, total, show_progress), counts)
    with ExitStack() as stack:
        out: TextIO = (
            stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        )
        console = Console(file=out) if output else Console()
        write_results(results, chosen, out, console)
    if counts["failed"]:
        stderr.print(
            f"{counts['ok']} analysed, {counts['failed']} failed (see the errors above)",
            highlight=False,
        )
        raise typer.Exit(1)


@app.command()
def serve(
    db: Annotated[
        Path | None, typer.Option("--db", help="Corpus database for the query endpoints.")
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web UI and the JSON API (POST /api/analyze, GET /api/query/KIND).

    Example: newsgraph serve --db corpus.duckdb --port 8000
    """
    try:
        import uvicorn

        from .server import create_app
    except ImportError as exc:
        raise UsageError(
            "the server needs the 'server' extra: pip install 'newsgraph[server]'"
        ) from exc
    if db is not None and not db.exists():
        raise UsageError(f"no such database: {db}")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


def _register_subcommands() -> None:
    from . import cli_gazetteer, cli_store

    cli_gazetteer.register(app)
    cli_store.register(app)


_register_subcommands()


def main() -> None:
    """Console entry point: run the app and turn every failure into a coded message."""
    try:
        app()
    except UsageError as exc:
        stderr.print(Text(str(exc), style="red"), highlight=False)
        sys.exit(2)
    except NewsgraphError as exc:
        stderr.print(Text(str(exc), style="red"), highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        stderr.print("interrupted", highlight=False)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        message = f"[{INTERNAL_ERROR_CODE}] internal error: {type(exc).__name__}: {exc} "
        stderr.print(
            Text(message + "(please report this with the input that caused it)", style="red"),
            highlight=False,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
