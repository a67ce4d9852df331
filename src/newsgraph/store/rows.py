"""Flatten one :class:`Analysis` into rows of the record tables.

Kept apart from the writer so that the mapping from records to columns is one readable table
of code, and so that the benchmark can build rows without a database. Every row starts with
the article's content hash; nested spans become ``*_start``/``*_end``/``*_text`` columns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Analysis

Row = dict[str, Any]
Rows = dict[str, list[Row]]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_rows(analysis: Analysis, ingested_at: dt.datetime) -> Rows:
    """All rows one analysis contributes, by table name (tables without rows are absent)."""
    aid = analysis.id
    meta = analysis.meta
    rows: Rows = {
        "articles": [
            {
                "id": aid,
                "source": meta.source,
                "url": meta.url,
                "outlet": meta.outlet,
                "title": meta.title,
                "published": _date(meta.published),
                "language": meta.language,
                "text": analysis.text,
                "schema": analysis.schema,
                "ingested_at": ingested_at,
            }
        ]
    }

    def add(table: str, row: Row) -> None:
        rows.setdefault(table, []).append({"article_id": aid, **row})

    for b in analysis.boilerplate:
        add("boilerplate", {"start": b.start, "end": b.end, "text": b.text, "kind": b.kind})
    for e in analysis.entities:
        add(
            "entities",
            {
                "entity_id": e.id,
                "name": e.name,
                "type": e.type,
                "descriptors": list(e.descriptors),
                "affiliations": list(e.affiliations),
            },
        )
        for m in e.mentions:
            add("mentions", {"entity_id": e.id, "start": m.start, "end": m.end, "text": m.text})
    for q in analysis.quotes:
        add(
            "quotes",
            {
                "quote_id": q.id,
                "kind": q.kind,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "cue_text": q.cue.text if q.cue else None,
                "cue_start": q.cue.start if q.cue else None,
                "cue_end": q.cue.end if q.cue else None,
                "speaker": q.speaker,
                "source_text": q.source.text if q.source else None,
                "source_start": q.source.start if q.source else None,
                "source_end": q.source.end if q.source else None,
                "channel": q.channel,
                "confidence": q.confidence,
                "continues": q.continues,
            },
        )
    for c in analysis.claims:
        add(
            "claims",
            {
                "claim_id": c.id,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "attributed_to": c.attributed_to,
                "quote_id": c.quote,
                "certainty": c.certainty,
                "evidence_type": c.evidence_type,
                "source_chain": list(c.source_chain),
            },
        )
        for h in c.hedges:
            add(
                "hedges",
                {"claim_id": c.id, "text": h.text, "start": h.start, "end": h.end, "kind": h.kind},
            )
        for s in c.stances:
            add(
                "stances",
                {
                    "claim_id": c.id,
                    "by": s.by,
                    "stance": s.stance,
                    "evidence_start": s.evidence.start,
                    "evidence_end": s.evidence.end,
                    "evidence_text": s.evidence.text,
                },
            )
    for p in analysis.places:
        add(
            "places",
            {
                "place_id": p.id,
                "name": p.name,
                "geonameid": p.geonameid,
                "lat": p.lat,
                "lon": p.lon,
                "feature": p.feature,
                "country": p.country,
                "admin1": p.admin1,
                "confidence": p.confidence,
            },
        )
        for pm in p.mentions:
            add(
                "place_mentions",
                {
                    "place_id": p.id,
                    "start": pm.start,
                    "end": pm.end,
                    "text": pm.text,
                    "kind": pm.kind,
                },
            )
    for d in analysis.dates:
        add(
            "dates",
            {
                "text": d.text,
                "start": d.start,
                "end": d.end,
                "value": d.value,
                "relative": d.relative,
                "type": d.type,
                "mod": d.mod,
                "anchor": d.anchor,
                "range_start": d.range_start,
                "range_end": d.range_end,
            },
        )
    for ev in analysis.events:
        add(
            "events",
            {
                "event_id": ev.id,
                "type": ev.type,
                "subtype": ev.subtype,
                "actors": list(ev.actors),
                "targets": list(ev.targets),
                "place_id": ev.place,
                "date": ev.date,
                "trigger_text": ev.trigger.text,
                "trigger_start": ev.trigger.start,
                "trigger_end": ev.trigger.end,
                "sentence_start": ev.sentence.start,
                "sentence_end": ev.sentence.end,
                "confidence": ev.confidence,
                "mode": ev.mode,
                "date_from_publication": ev.date_from_publication,
            },
        )
    for w in analysis.warnings:
        add("warnings", {"code": w.code, "message": w.message})
    return rows


def merge(into: Rows, more: Rows) -> None:
    """Append ``more`` to ``into`` table by table (to insert a batch with one statement each)."""
    for table, table_rows in more.items():
        into.setdefault(table, []).extend(table_rows)
