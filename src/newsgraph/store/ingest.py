"""Read, analyse and store a corpus: the library side of ``newsgraph ingest``.

Articles whose content hash is already in the ledger are skipped before analysis (the expensive
part), which is what makes a re-run cheap and a killed run resumable: the next run analyses
only what was never committed. Results are committed in small batches (by count or by time,
whichever comes first) so a kill loses at most one batch of work and readers are never locked
out for long. Cross-article links are rebuilt once at the end, only if something changed.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import iter_articles
from ..records import Analysis, Article, ArticleError, content_id
from ..settings import Settings, load_settings
from .connect import DEFAULT_TIMEOUT
from .linking import relink_if_stale
from .writer import StoreWriter, WriteStats

Progress = Callable[["IngestReport"], None]
ErrorHook = Callable[[ArticleError], None]


@dataclass(slots=True)
class IngestReport:
    """Running totals of one ingest (passed to the progress callback after every result)."""

    seen: int = 0
    analysed: int = 0
    skipped: int = 0
    written: WriteStats = field(default_factory=WriteStats)
    linked: bool = False
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return self.written.errors


def _unseen(
    items: Iterable[Article | ArticleError], known: set[str], report: IngestReport
) -> Iterator[Article | ArticleError]:
    """Drop articles already stored (or already met earlier in this run) before analysis."""
    for item in items:
        report.seen += 1
        if isinstance(item, Article):
            key = content_id(item.text)
            if key in known:
                report.skipped += 1
                continue
            known.add(key)
        yield item


def ingest_items(
    items: Iterable[Article | ArticleError | str],
    db: str | Path,
    *,
    workers: int = 1,
    published: dt.date | None = None,
    settings: Settings | None = None,
    batch_size: int = 32,
    flush_seconds: float = 2.0,
    link: bool = True,
    progress: Progress | None = None,
    on_error: ErrorHook | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> IngestReport:
    """Analyse and store ``items``; see the module docstring for the guarantees."""
    from ..pipeline import analyze_many  # spaCy loads only when articles are analysed

    settings = settings or load_settings()
    started = time.monotonic()
    writer = StoreWriter(db, timeout=timeout)
    report = IngestReport()
    known = writer.known_ids()
    articles = (Article(text=i) if isinstance(i, str) else i for i in items)
    results = analyze_many(
        _unseen(articles, known, report), published, workers=workers, settings=settings
    )
    done: list[Analysis] = []
    failed: list[ArticleError] = []
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal last_flush
        if done or failed:
            report.written.add(writer.write(done, failed))
            done.clear()
            failed.clear()
        last_flush = time.monotonic()

    try:
        for result in results:
            if isinstance(result, ArticleError):
                failed.append(result)
                if on_error:
                    on_error(result)
            else:
                report.analysed += 1
                done.append(result)
            if (
                len(done) + len(failed) >= batch_size
                or time.monotonic() - last_flush >= flush_seconds
            ):
                flush()
            if progress:
                report.seconds = time.monotonic() - started
                progress(report)
    finally:
        # also on Ctrl-C: what is analysed is kept, the next run starts after it
        flush()
    if link:
        report.linked = relink_if_stale(db, timeout=timeout)
    report.seconds = time.monotonic() - started
    return report


def ingest(
    paths: Iterable[str],
    db: str | Path,
    *,
    workers: int = 1,
    published: dt.date | None = None,
    settings: Settings | None = None,
    batch_size: int = 32,
    progress: Progress | None = None,
    on_error: ErrorHook | None = None,
) -> IngestReport:
    """Ingest files and folders (anything ``newsgraph analyze`` reads) into ``db``."""
    settings = settings or load_settings()
    return ingest_items(
        iter_articles(paths, published, settings),
        db,
        workers=workers,
        published=published,
        settings=settings,
        batch_size=batch_size,
        progress=progress,
        on_error=on_error,
    )
