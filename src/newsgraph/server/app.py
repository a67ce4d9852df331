"""FastAPI application: analyse posted articles, query a corpus database, serve the web UI.

The API returns exactly what the CLI prints (``render.to_dict``), so a client sees one contract
whichever way it calls newsgraph. Analysis is CPU-bound spaCy work: endpoints are plain ``def``
so FastAPI runs them in its thread pool instead of blocking the event loop.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..errors import InputError, NewsgraphError, UsageError
from ..ingest.html import extract_html
from ..records import Article
from ..render import to_dict


class ArticleIn(BaseModel):
    """One article to analyse: ``text`` or ``html``, with optional metadata."""

    text: str | None = None
    html: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    source: str = Field(default="<api>")
    force: bool = False


def _error(status: int, exc: NewsgraphError) -> HTTPException:
    return HTTPException(status_code=status, detail={"code": exc.code, "message": exc.message})


def _article(body: ArticleIn) -> Article:
    if body.text is not None:
        return Article(
            text=body.text,
            source=body.source,
            url=body.url,
            outlet=body.outlet,
            title=body.title,
            published=body.published,
        )
    if body.html is not None:
        page = extract_html(body.html, body.source)
        return Article(
            text=page.text,
            source=body.source,
            url=body.url or page.url,
            outlet=body.outlet or page.outlet,
            title=body.title or page.title,
            published=body.published or page.published,
            html=True,
        )
    raise HTTPException(
        status_code=422, detail={"code": "E007", "message": "send 'text' or 'html'"}
    )


def create_app(db: Path | None = None) -> FastAPI:
    """The application; ``db`` is the corpus database the query endpoints read (optional)."""
    app = FastAPI(
        title="newsgraph",
        version="1",
        description="Who said what, through which channel, how surely, who disputes it, "
        "what happened, where and when.",
    )

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "schema": "newsgraph.article/1", "db": str(db) if db else None}

    @app.post("/api/analyze")
    def analyze_endpoint(body: ArticleIn) -> dict[str, Any]:
        from ..pipeline import analyze

        try:
            article = _article(body)
            return to_dict(analyze(article, force=body.force))
        except InputError as exc:
            raise _error(422, exc) from exc

    @app.get("/api/query/{kind}")
    def query_endpoint(
        kind: str,
        speaker: str | None = None,
        outlet: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        near: str | None = None,
        radius_km: float = 50.0,
        text: str | None = None,
        limit: int = Query(default=50, ge=1, le=10_000),
    ) -> dict[str, Any]:
        from ..store.queries import QUERIES, Filters

        if db is None:
            raise HTTPException(
                status_code=404,
                detail={"code": "E040", "message": "no corpus database (start with --db)"},
            )
        if kind not in QUERIES:
            raise HTTPException(
                status_code=404,
                detail={"code": "E020", "message": f"unknown query {kind!r}"},
            )
        filters = Filters(
            speaker=speaker,
            outlet=outlet,
            since=since,
            until=until,
            near=near,
            radius_km=radius_km,
            text=text,
            limit=limit,
        )
        try:
            table = QUERIES[kind](db, filters)
        except UsageError as exc:
            raise _error(422, exc) from exc
        except NewsgraphError as exc:
            raise _error(503, exc) from exc
        return {"columns": list(table.columns), "rows": table.records()}

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        return resources.files(__package__).joinpath("static/index.html").read_text("utf-8")

    return app
