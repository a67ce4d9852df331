"""The in-memory gazetteer: column arrays of places plus name indexes, and read-only views.

Places are stored column-wise (one list or array per field) rather than as one object each:
about 250,000 places load from the pickled cache in well under a second and take little
memory, where as many objects would take several seconds and hundreds of megabytes.
:class:`Candidate` is the small view the resolver works with.

Feature codes (one character per place):
``C`` country, ``R`` first-level region, ``D`` district (second level), ``P`` populated place,
``K`` national capital, ``G`` curated region (Donbas, Siberia, …), ``T`` continent.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from .normalize import name_key, skeleton_key

#: contract value of ``Place.feature`` for each feature code
FEATURE_NAMES: dict[str, str] = {
    "C": "country",
    "R": "region",
    "D": "district",
    "P": "city",
    "K": "city",
    "G": "region",
    "T": "other",
}

#: index entries are ``place_index << 1 | is_alternate_name``
ALT_FLAG = 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer place that a name may refer to."""

    index: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    code: str
    country: str | None
    admin1: str | None
    population: int
    alternate: bool = False  # matched through an alternate name, not the place's own name

    @property
    def feature(self) -> str:
        return FEATURE_NAMES[self.code]


class _NameIndex:
    """Name key -> index entries, over the flat arrays stored in the cache.

    A key's row is found by binary search in the sorted key list (``build._pack`` writes the
    keys sorted and unique), not through a dict of every key: building the dicts of the two
    indexes (870,000 keys) took a quarter of a second at every start, while a pipeline asks
    for a few dozen keys per article (and :meth:`Gazetteer.lookup` keeps their candidates)."""

    __slots__ = ("entries", "keys", "offsets")

    def __init__(self, keys: str, offsets: array[int], entries: array[int]) -> None:
        self.keys: list[str] = keys.split("\n")
        self.offsets = offsets
        self.entries = entries

    def row(self, key: str) -> int | None:
        """The key's row, None for a key no place has."""
        row = bisect_left(self.keys, key)
        return row if row < len(self.keys) and self.keys[row] == key else None

    def get(self, key: str) -> tuple[int, ...]:
        row = self.row(key)
        if row is None:
            return ()
        return tuple(self.entries[self.offsets[row] : self.offsets[row + 1]])


#: name keys whose candidates :meth:`Gazetteer.lookup` keeps
_MAX_LOOKUPS = 20_000


class Gazetteer:
    """Lookup of place candidates by name (exact key, then transliteration skeleton)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: list[str] = data["names"].split("\n")
        self.geonameids: array[int] = data["geonameids"]
        self.lats: array[float] = data["lats"]
        self.lons: array[float] = data["lons"]
        self.codes: str = data["codes"]
        self.countries: list[str] = data["countries"].split("\n")
        self.admin1s: list[str] = data["admin1s"].split("\n")
        self.populations: array[int] = data["populations"]
        self._index = _NameIndex(*data["index"])
        self._skeletons = _NameIndex(*data["skeletons"])
        self.demonyms: dict[str, int] = data["demonyms"]
        self.country_rows: dict[str, int] = data["country_rows"]
        self.admin1_rows: dict[str, int] = data["admin1_rows"]
        self.capitals: frozenset[int] = frozenset(data["capitals"])
        self.info: dict[str, Any] = data["info"]
        fuzzy_keys, self.fuzzy_rows = data["fuzzy"]
        self.fuzzy_keys: list[str] = fuzzy_keys.split("\n")
        #: :meth:`lookup`'s candidates by name key
        self._lookups: dict[str, tuple[Candidate, ...]] = {}

    def __len__(self) -> int:
        return len(self.names)

    def candidate(self, index: int, alternate: bool = False) -> Candidate:
        gid = self.geonameids[index]
        return Candidate(
            index=index,
            geonameid=gid if gid > 0 else None,
            name=self.names[index],
            lat=self.lats[index],
            lon=self.lons[index],
            code=self.codes[index],
            country=self.countries[index] or None,
            admin1=self.admin1s[index] or None,
            population=self.populations[index],
            alternate=alternate,
        )

    def _expand(self, entries: tuple[int, ...]) -> list[Candidate]:
        return [self.candidate(e >> 1, bool(e & ALT_FLAG)) for e in entries]

    def has_key(self, key: str) -> bool:
        """True when some place has this normalised name key (see :func:`name_key`)."""
        return self._index.row(key) is not None

    def lookup(self, name: str) -> list[Candidate]:
        """Places whose own or alternate name has the same normalised key.

        Each key's candidates are built once per process: the place stages ask for the same
        names again and again (every person's name is checked for being a country's), and a
        common name has dozens of places. The index never changes once loaded, and candidates
        are frozen; each caller gets a list of its own. Bounded: cleared when full."""
        key = name_key(name)
        found = self._lookups.get(key)
        if found is None:
            if len(self._lookups) >= _MAX_LOOKUPS:
                self._lookups.clear()
            found = self._lookups[key] = tuple(self._expand(self._index.get(key)))
        return list(found)

    def lookup_skeleton(self, name: str) -> list[Candidate]:
        """Places matching only after transliteration folding (Kupyansk ~ Kupiansk)."""
        return self._expand(self._skeletons.get(skeleton_key(name)))

    def demonym_place(self, word: str) -> Candidate | None:
        """The place a demonym stands for: its country ("Ukrainian"), or a region ("Asian")."""
        row = self.demonyms.get(name_key(word))
        return None if row is None else self.candidate(row)

    def demonym_country(self, word: str) -> str | None:
        """ISO code of the country a demonym ("Ukrainian") refers to, if known."""
        place = self.demonym_place(word)
        return place.country if place is not None else None

    def country(self, code: str) -> Candidate | None:
        row = self.country_rows.get(code)
        return None if row is None else self.candidate(row)

    def admin1(self, country: str, admin1: str) -> Candidate | None:
        row = self.admin1_rows.get(f"{country}.{admin1}")
        return None if row is None else self.candidate(row)

    def is_capital(self, index: int) -> bool:
        return index in self.capitals
