"""GeoJSON of analysed articles: one Feature per resolved place, one per event with a place.

``newsgraph analyze --format geojson`` prints :func:`to_geojson` of the analyses. A place
mentioned in several articles is one Feature per article (its ``article`` property says which),
so a map can filter by article; unresolved places (no coordinates) are left out and counted in
the collection's ``unresolved`` member. GeoJSON orders coordinates longitude first (RFC 7946).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .records import Analysis


def to_geojson(analyses: Iterable[Analysis]) -> dict[str, Any]:
    """A FeatureCollection of the places (with mention counts) and located events."""
    features: list[dict[str, Any]] = []
    unresolved = 0
    for analysis in analyses:
        located: dict[str, tuple[float, float]] = {}
        for place in analysis.places:
            if place.lat is None or place.lon is None:
                unresolved += 1
                continue
            located[place.id] = (place.lon, place.lat)
            kinds: dict[str, int] = {}
            for mention in place.mentions:
                kinds[mention.kind] = kinds.get(mention.kind, 0) + 1
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        "kind": "place",
                        "article": analysis.id,
                        "id": place.id,
                        "name": place.name,
                        "geonameid": place.geonameid,
                        "feature": place.feature,
                        "country": place.country,
                        "admin1": place.admin1,
                        "confidence": place.confidence,
                        "mentions": len(place.mentions),
                        "mention_kinds": kinds,
                    },
                }
            )
        for event in analysis.events:
            if event.place is None or event.place not in located:
                continue
            lon, lat = located[event.place]
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {
                        "kind": "event",
                        "article": analysis.id,
                        "id": event.id,
                        "type": event.type,
                        "subtype": event.subtype,
                        "place": event.place,
                        "date": event.date,
                        "trigger": event.trigger.text,
                        "confidence": event.confidence,
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features, "unresolved": unresolved}
