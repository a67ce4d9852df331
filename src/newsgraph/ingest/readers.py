"""Turn the paths given on the command line into a stream of articles.

A path is a ``.txt``, ``.html``/``.htm`` or ``.jsonl`` file, a folder (read recursively, in
sorted order) or ``-`` for standard input. Each article is yielded as soon as it is read, so a
large folder never sits in memory; a file that cannot be read is yielded as an
:class:`ArticleError` in its place.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import (
    BadDateError,
    InputError,
    JsonlLineError,
    PathNotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)
from ..records import Article, ArticleError
from ..settings import Settings
from .decode import decode_bytes
from .html import extract_html

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

Item = Article | ArticleError


def parse_date(value: str | None, where: str) -> dt.date | None:
    """Parse YYYY-MM-DD (or an ISO timestamp); raises E022 with where it came from."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise BadDateError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _read_limited(stream: IO[bytes], limit: int, source: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"{source}: larger than the limit of {limit:,} bytes")
    return data


def _article_from_bytes(data: bytes, source: str, kind: str, published: dt.date | None) -> Item:
    try:
        text = decode_bytes(data)
        if kind == "html":
            page = extract_html(text, source)
            return Article(
                text=page.text,
                source=source,
                url=page.url,
                outlet=page.outlet,
                title=page.title,
                published=page.published or published,
                html=True,
            )
        return Article(text=text, source=source, published=published)
    except InputError as exc:
        return ArticleError(source, exc.code, exc.message)


def _read_referenced(path_value: str, base: Path | None, source: str) -> tuple[str, bool]:
    """Text of a file a manifest line points to (``path``, relative to the manifest)."""
    path = Path(path_value)
    if not path.is_absolute() and base is not None:
        path = base / path
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise JsonlLineError(f"{source}: cannot read {path} ({exc.strerror})") from exc
    return text, path.suffix.lower() in HTML_SUFFIXES


def _article_from_json(
    record: Any, source: str, published: dt.date | None, base: Path | None = None
) -> Article:
    if not isinstance(record, dict):
        raise JsonlLineError(f"{source}: a line must be a JSON object")
    line_source = str(record["id"]) if record.get("id") not in (None, "") else source
    own_date = parse_date(record.get("published"), line_source) or published
    if isinstance(record.get("path"), str) and not (record.get("text") or record.get("html")):
        content, is_html = _read_referenced(record["path"], base, line_source)
        record = {**record, ("html" if is_html else "text"): content}
    if isinstance(record.get("text"), str):
        text = record["text"]
        html = False
        page = None
    elif isinstance(record.get("html"), str):
        page = extract_html(record["html"], line_source)
        text, html = page.text, True
    else:
        raise JsonlLineError(f"{line_source}: needs a 'text', 'html' or 'path' string")
    return Article(
        text=text,
        source=line_source,
        url=record.get("url") or (page.url if page else None),
        outlet=record.get("outlet") or (page.outlet if page else None),
        title=record.get("title") or (page.title if page else None),
        published=own_date or (page.published if page else None),
        html=html,
    )


def iter_jsonl(
    lines: Iterable[bytes], name: str, published: dt.date | None, base: Path | None = None
) -> Iterator[Item]:
    """One article per non-blank line; a bad line becomes an error, the rest go on.

    A line may carry the article as ``text``, as ``html``, or as a ``path`` to a .txt/.html
    file relative to the JSON Lines file (a manifest that adds metadata to files on disk).
    """
    for number, raw in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_bytes(raw))
            yield _article_from_json(record, source, published, base)
        except json.JSONDecodeError as exc:
            yield ArticleError(source, JsonlLineError.code, f"{source}: invalid JSON ({exc.msg})")
        except (InputError, BadDateError) as exc:
            yield ArticleError(source, exc.code, exc.message)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def iter_file(path: Path, published: dt.date | None, settings: Settings) -> Iterator[Item]:
    source = str(path)
    kind = _kind(path)
    try:
        if kind == "jsonl":
            with path.open("rb") as handle:
                yield from iter_jsonl(handle, source, published, path.parent)
            return
        if path.stat().st_size > settings.max_bytes:
            raise TooLargeError(
                f"{source}: {path.stat().st_size:,} bytes is over the limit of "
                f"{settings.max_bytes:,} (raise max_bytes in newsgraph.toml)"
            )
        data = path.read_bytes()
    except InputError as exc:
        yield ArticleError(source, exc.code, exc.message)
        return
    except OSError as exc:
        yield ArticleError(source, "E008", f"{source}: cannot read the file ({exc.strerror})")
        return
    yield _article_from_bytes(data, source, kind, published)


def _stdin(published: dt.date | None, settings: Settings) -> Iterator[Item]:
    data = sys.stdin.buffer
    try:
        raw = _read_limited(data, settings.max_bytes, "<stdin>")
    except InputError as exc:
        yield ArticleError("<stdin>", exc.code, exc.message)
        return
    stripped = raw.lstrip()
    if stripped.startswith(b"{"):
        yield from iter_jsonl(raw.splitlines(), "<stdin>", published, Path.cwd())
    elif stripped[:100].lower().startswith((b"<!doctype html", b"<html")):
        yield _article_from_bytes(raw, "<stdin>", "html", published)
    else:
        yield _article_from_bytes(raw, "<stdin>", "text", published)


def expand_paths(paths: Iterable[str]) -> list[str | Path]:
    """Check every path up front (usage errors, exit 2) and expand folders, sorted."""
    expanded: list[str | Path] = []
    for raw in paths:
        if raw == "-":
            expanded.append(raw)
            continue
        path = Path(raw)
        if not path.exists():
            raise PathNotFoundError(f"no such file or folder: {raw}")
        if path.is_dir():
            expanded.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            )
        elif path.suffix.lower() in SUPPORTED:
            expanded.append(path)
        else:
            raise UnsupportedFormatError(
                f"{raw}: unsupported file type (use .txt, .html, .htm or .jsonl)"
            )
    return expanded


def iter_articles(
    paths: Iterable[str], published: dt.date | None = None, settings: Settings | None = None
) -> Iterator[Item]:
    """Every article under ``paths`` in order; unreadable ones as :class:`ArticleError`.

    Paths are checked at once (a missing path is a usage error before anything runs); the
    articles themselves are read lazily as the stream is consumed.
    """
    return _iter_expanded(expand_paths(paths), published, settings or Settings())


def _iter_expanded(
    expanded: list[str | Path], published: dt.date | None, settings: Settings
) -> Iterator[Item]:
    for path in expanded:
        if path == "-":
            yield from _stdin(published, settings)
        else:
            assert isinstance(path, Path)
            yield from iter_file(path, published, settings)
