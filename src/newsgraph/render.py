"""The one path from records to output: ``newsgraph.article/1`` JSON, JSON Lines and a summary.

:func:`to_dict` serialises an :class:`Analysis` field by field (dataclasses in, plain JSON types
out, tuples as lists), in the contract's key order, so the JSON shape follows ``records.py``
and cannot drift from it. Errors in a batch are rendered as ``newsgraph.error/1`` lines in JSON
Lines output, where they stood in the input.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .records import Analysis, ArticleError

CONTRACT_ORDER = (
    "schema",
    "id",
    "meta",
    "text",
    "boilerplate",
    "entities",
    "quotes",
    "claims",
    "places",
    "dates",
    "events",
    "warnings",
)
ERROR_SCHEMA = "newsgraph.error/1"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The contract object of one analysis, keys in contract order."""
    return {key: _plain(getattr(analysis, key)) for key in CONTRACT_ORDER}


def error_to_dict(error: ArticleError) -> dict[str, Any]:
    return {
        "schema": ERROR_SCHEMA,
        "source": error.source,
        "error": {"code": error.code, "message": error.message},
    }


def result_to_dict(result: Analysis | ArticleError) -> dict[str, Any]:
    return error_to_dict(result) if isinstance(result, ArticleError) else to_dict(result)


def render_json(analysis: Analysis) -> str:
    """One article as an indented JSON document."""
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=2)


def render_jsonl(results: Iterable[Analysis | ArticleError]) -> Iterator[str]:
    """One compact JSON line per result, errors included, in input order."""
    for result in results:
        yield json.dumps(result_to_dict(result), ensure_ascii=False)


QUOTE_COLUMNS = (
    "article_id",
    "source",
    "outlet",
    "published",
    "quote_id",
    "kind",
    "speaker_id",
    "speaker",
    "source_words",
    "cue",
    "channel",
    "confidence",
    "start",
    "end",
    "text",
)


def write_quotes_csv(analyses: Iterable[Analysis], out: TextIO) -> int:
    """Who said what as a spreadsheet: one row per quote, speaker names resolved."""
    writer = csv.writer(out)
    writer.writerow(QUOTE_COLUMNS)
    rows = 0
    for analysis in analyses:
        names = _entity_names(analysis)
        for quote in analysis.quotes:
            writer.writerow(
                (
                    analysis.id,
                    analysis.meta.source,
                    analysis.meta.outlet or "",
                    analysis.meta.published or "",
                    quote.id,
                    quote.kind,
                    quote.speaker or "",
                    names.get(quote.speaker or "", ""),
                    quote.source.text if quote.source else "",
                    quote.cue.text if quote.cue else "",
                    quote.channel or "",
                    f"{quote.confidence:.2f}",
                    quote.start,
                    quote.end,
                    quote.text,
                )
            )
            rows += 1
    return rows


def _entity_names(analysis: Analysis) -> dict[str, str]:
    return {entity.id: entity.name for entity in analysis.entities}


def _clip(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_renderable(analysis: Analysis) -> Panel:
    """A human overview of one article: speakers, quotes, claims, places, dates, events."""
    names = _entity_names(analysis)
    parts: list[Any] = []
    meta = analysis.meta
    header = Text()
    header.append(meta.title or meta.source, style="bold")
    details = [d for d in (meta.outlet, meta.published, meta.source) if d]
    header.append("\n" + " · ".join(details), style="dim")
    parts.append(header)

    speakers: dict[str, int] = {}
    for quote in analysis.quotes:
        if quote.speaker:
            speakers[quote.speaker] = speakers.get(quote.speaker, 0) + 1
    if analysis.entities:
        table = Table(title="Speakers and entities", title_justify="left", expand=True)
        table.add_column("id", style="dim", width=4)
        table.add_column("name", style="bold")
        table.add_column("type", width=8)
        table.add_column("quotes", justify="right", width=6)
        table.add_column("descriptors / affiliations")
        for entity in analysis.entities:
            profile = "; ".join((*entity.descriptors, *entity.affiliations))
            table.add_row(
                entity.id,
                entity.name,
                entity.type,
                str(speakers.get(entity.id, 0)),
                _clip(profile, 70),
            )
        parts.append(table)
    if analysis.quotes:
        table = Table(title="Quotes", title_justify="left", expand=True)
        table.add_column("speaker", style="bold", width=22)
        table.add_column("kind", width=8)
        table.add_column("cue / channel", width=18)
        table.add_column("words")
        for quote in analysis.quotes:
            speaker = names.get(quote.speaker or "", None) or (
                quote.source.text if quote.source else "?"
            )
            cue = quote.cue.text if quote.cue else ""
            if quote.channel:
                cue += f" → {quote.channel}"
            table.add_row(_clip(speaker, 40), quote.kind, cue, _clip(quote.text))
        parts.append(table)
    if analysis.claims:
        table = Table(title="Claims", title_justify="left", expand=True)
        table.add_column("certainty", justify="right", width=9)
        table.add_column("by", width=20)
        table.add_column("claim")
        table.add_column("hedges / stances", width=30)
        for claim in analysis.claims:
            notes = [h.text for h in claim.hedges] + [
                f"{names.get(s.by, s.by)} {s.stance}" for s in claim.stances
            ]
            table.add_row(
                f"{claim.certainty:.2f}",
                _clip(names.get(claim.attributed_to or "", "") or "", 30),
                _clip(claim.text, 90),
                _clip(", ".join(notes), 60),
            )
        parts.append(table)
    if analysis.places:
        table = Table(title="Places", title_justify="left", expand=True)
        table.add_column("name", style="bold")
        table.add_column("feature", width=8)
        table.add_column("country", width=7)
        table.add_column("lat, lon", width=16)
        table.add_column("mentions")
        for place in analysis.places:
            where = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None else "—"
            mentions = ", ".join(sorted({f"{m.text} ({m.kind})" for m in place.mentions}))
            table.add_row(place.name, place.feature, place.country or "", where, mentions)
        parts.append(table)
    if analysis.dates:
        table = Table(title="Dates", title_justify="left", expand=True)
        table.add_column("text", style="bold")
        table.add_column("value")
        table.add_column("relative", width=8)
        for date in analysis.dates:
            table.add_row(date.text, date.value or "—", "yes" if date.relative else "no")
        parts.append(table)
    if analysis.events:
        table = Table(title="Events", title_justify="left", expand=True)
        table.add_column("subtype", style="bold", width=22)
        table.add_column("trigger", width=14)
        table.add_column("actors → targets")
        table.add_column("place", width=14)
        table.add_column("date", width=12)
        table.add_column("mode", width=12)
        places = {place.id: place.name for place in analysis.places}
        for event in analysis.events:
            actors = ", ".join(names.get(a, a) for a in event.actors)
            targets = ", ".join(names.get(t, t) for t in event.targets)
            table.add_row(
                event.subtype,
                event.trigger.text,
                _clip(f"{actors} → {targets}" if targets else actors, 50),
                places.get(event.place or "", ""),
                event.date or "",
                event.mode,
            )
        parts.append(table)
    if analysis.boilerplate:
        lines = Text("Skipped as boilerplate: ", style="dim")
        lines.append("; ".join(f"{b.kind}: {_clip(b.text, 50)}" for b in analysis.boilerplate))
        parts.append(lines)
    for warning in analysis.warnings:
        parts.append(Text(f"[{warning.code}] {warning.message}", style="yellow"))
    return Panel(Group(*parts), title=f"article {analysis.id}", title_align="left")


def print_summary(console: Console, results: Iterable[Analysis | ArticleError]) -> None:
    """Print one summary panel per analysis; errors are printed by the caller on stderr."""
    for result in results:
        if isinstance(result, Analysis):
            console.print(summary_renderable(result))
