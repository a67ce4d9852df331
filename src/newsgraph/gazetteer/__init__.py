"""The gazetteer: GeoNames places (from PyPI data packages) plus a curated table, by name.

``get_gazetteer()`` returns the process-wide :class:`Gazetteer`, building its cache on first use
(see :mod:`.store`); :mod:`.build` documents the sources and the representative points.
"""

from __future__ import annotations

from .model import FEATURE_NAMES, Candidate, Gazetteer
from .normalize import name_key, skeleton_key
from .store import build_cache, cache_path, get_gazetteer, load

__all__ = [
    "FEATURE_NAMES",
    "Candidate",
    "Gazetteer",
    "build_cache",
    "cache_path",
    "get_gazetteer",
    "load",
    "name_key",
    "skeleton_key",
]
