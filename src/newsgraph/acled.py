"""Events as CSV in ACLED's column layout, the table conflict analysts already load.

One row per event reported as fact (``mode == "asserted"``): a threatened, planned, negated or
hypothetical event is not an event in a conflict dataset. Columns follow ACLED's export names
(:data:`COLUMNS`); actors are entity names (not ids), the location is the event's own place
(never the nearest place name in the text), and ``notes`` holds the sentence the event was read
from, so every row can be checked against the article.

``geo_precision`` follows ACLED's scale: 1 a town or village, 2 a district or part of a region,
3 a region or country (the event could only be placed that coarsely).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from .lexicons.events import SUBTYPE_ACLED_NAME
from .records import Analysis, Event, Place

COLUMNS: tuple[str, ...] = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
)

_PRECISION = {"city": "1", "other": "1", "district": "2", "region": "3", "country": "3"}


def _names(analysis: Analysis) -> dict[str, str]:
    return {entity.id: entity.name for entity in analysis.entities}


def _actor(values: tuple[str, ...], names: dict[str, str]) -> str:
    """The first participant, by name when it is an entity id."""
    if not values:
        return ""
    return _one_line(names.get(values[0], values[0]))  # a phrase may span a line break


def _event_date(event: Event) -> str:
    """The date part of a TIMEX3 value ("2022-10-03TNI" -> "2022-10-03"); coarser values
    ("2022-W40", "2022-10") are kept as they are rather than invented to the day."""
    if event.date is None:
        return ""
    value = event.date
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[8:10].isdigit():
        return value[:10]
    return value


def _one_line(text: str) -> str:
    return " ".join(text.split())


def acled_row(analysis: Analysis, event: Event) -> dict[str, str]:
    """One event as a dict keyed by :data:`COLUMNS`."""
    names = _names(analysis)
    place: Place | None = next((p for p in analysis.places if p.id == event.place), None)
    sentence = analysis.text[event.sentence.start : event.sentence.end]
    return {
        "event_date": _event_date(event),
        "event_type": event.type,
        "sub_event_type": SUBTYPE_ACLED_NAME.get(event.subtype, event.subtype),
        "actor1": _actor(event.actors, names),
        "actor2": _actor(event.targets, names),
        "admin1": (place.admin1 or "") if place else "",
        "location": place.name if place else "",
        "latitude": "" if place is None or place.lat is None else f"{place.lat:.4f}",
        "longitude": "" if place is None or place.lon is None else f"{place.lon:.4f}",
        "geo_precision": _PRECISION.get(place.feature, "") if place else "",
        "source": analysis.meta.outlet or analysis.meta.source,
        "notes": _one_line(sentence),
    }


def acled_rows(analysis: Analysis) -> list[dict[str, str]]:
    """The rows of one analysis: its asserted events in text order."""
    return [acled_row(analysis, e) for e in analysis.events if e.mode == "asserted"]


def write_acled(analyses: Iterable[Analysis], out: TextIO, *, header: bool = True) -> int:
    """Write the ACLED-layout CSV of many analyses to ``out``; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    if header:
        writer.writeheader()
    count = 0
    for analysis in analyses:
        for row in acled_rows(analysis):
            writer.writerow(row)
            count += 1
    return count
