"""Toponym resolution: from the names an article uses to one gazetteer place each.

Candidates come from the exact name key, else a name with its administrative cue removed
("the Kharkiv region" -> "Kharkiv", preferring regions), else the transliteration skeleton,
else a conservative fuzzy match (rapidfuzz) against the names of larger places only, so that a
misspelling of a town of 800 people is not "corrected" into another town.

Ranking is in two passes over all names of the article at once. The first scores each
candidate on its own: feature type (a country or region name usually means the country or
region), population, and whether the name is the place's own or only an alternate name. The
first-pass winners then vote for countries, first-level regions and a rough location; the second
pass adds coherence with the *other* names' votes, so "Georgia" next to "Atlanta" and "Macon"
is the state and "Georgia" next to "Tbilisi" the country, and with every reading of the other
names (:class:`_Readings`), so that two small places that fit together ("Paris" and "Henry
County" in Tennessee) beat two unrelated big ones; a name that could itself be the candidate
("Mexico City" for the "Mexico City" reading of "Mexico") lends it no support. A state or
country after a comma ("Canton, Ohio") outweighs all of that (:mod:`.qualifier`). A name whose
best reading is an obscure place far from everything else the article names is left unresolved
(:func:`_stray`). A longer name that is not in the gazetteer falls back to the place it starts
with or is "of"
(:func:`_inner_place`: "Dubai World Cup", "University of California"), or to the country of
the demonym it starts with ("European Commission", "Mexican Senate").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .model import Candidate, Gazetteer
from .normalize import ARABIC_NAMED_COUNTRIES, name_key, without_article
from .qualifier import qualifier_regions

_FEATURE_PRIOR = {"C": 4.0, "T": 2.5, "G": 2.5, "R": 2.0, "K": 2.5, "P": 0.0, "D": -0.5}
_REGION_CODES = frozenset("RDG")
_REGION_CUES = (
    "region",
    "oblast",
    "province",
    "district",
    "raion",
    "state",
    "governorate",
    "prefecture",
    "territory",
    "area",
)
_FUZZY_CUTOFF = 90.0
#: a place inside a longer name must be at least this large (or a region, country…)
_PARTIAL_MIN_POPULATION = 5000
_COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "upper",
        "lower",
        "old",
        "n",
        "s",
        "e",
        "w",
    }
)
#: words that name no place on their own when they stand alone inside a longer name
_GENERIC_WORDS = frozenset(
    {
        "city",
        "state",
        "university",
        "college",
        "county",
        "north",
        "south",
        "east",
        "west",
        "central",
        "new",
        "saint",
        "st",
        "port",
        "lake",
        "mount",
        "fort",
        "point",
        "valley",
        "republic",
        "street",
        "road",
        "river",
        "park",
        "hall",
        "centre",
        "center",
        "district",
        "municipal",
        "council",
        "airport",
        "station",
        "school",
        "church",
        "international",
        "national",
        "royal",
        "great",
        "upper",
        "lower",
        "old",
        "little",
        "grand",
        "union",
        "united",
        "world",
        "cup",
        "club",
        "of",
        "and",
        "the",
        "rue",
        "avenue",
        "via",
        "calle",
        "ten",
        # the subjects and bodies of institutions' names ("Chamber of Commerce", "Federal
        # University of Technology", "Summit of the Americas") that are also towns' names
        "commerce",
        "technology",
        "science",
        "sciences",
        "arts",
        "economics",
        "medicine",
        "justice",
        "health",
        "education",
        "affairs",
        "federal",
        "summit",
        "academy",
        "institute",
        "bank",
        "ministry",
        "department",
    }
)
_EARTH_KM = 6371.0
#: how far each way of finding candidates is trusted (scales the confidence)
_MATCH_SCALE = {
    "exact": 1.0,
    "demonym": 0.9,
    "cue": 0.95,
    "skeleton": 0.8,
    "fuzzy": 0.6,
    "partial": 0.5,
}
_PASSES = 2
_SUPPORT_WEIGHT = 3.0
_POPULATION_WEIGHT = 0.5
_COUNTRY_WEIGHT = 2.5
_ADMIN1_WEIGHT = 2.0
_NEAR_WEIGHT = 1.0
#: flattening of the priors when a name says where it could lie (higher: any reading counts)
_SUPPORT_TEMPERATURE = 3.0
_PARTNER_WEIGHT = 3.0
#: a stray reading (see :func:`_stray`): smaller than this, farther than this from the rest
_STRAY_MAX_POPULATION = 1_000_000
#: a town this large is not obscure: its name means it even far from the article's other places
_STRAY_MAX_TOWN_POPULATION = 100_000
_STRAY_KM = 2500.0
_STRAY_MIN_OTHERS = 3
_PARTNER_NEAR_SHARE = 0.5
#: bonus of a candidate that lies in the state or country named after its comma: more than
#: all coherence terms together can give, so "Canton, Ohio" stays in Ohio in a Michigan story
_QUALIFIER_WEIGHT = 12.0


@dataclass(frozen=True, slots=True)
class Query:
    """A name to resolve; ``region_cue`` when the text says "the X region", "X oblast"…

    ``qualifier``: the words after a comma that may name its state or country ("Canton, Ohio":
    "Ohio"), from :func:`newsgraph.gazetteer.qualifier.qualifier_after`.
    """

    text: str
    region_cue: bool = False
    qualifier: str | None = None


class _Readings:
    """Where each name *could* lie, whatever its ranking: every candidate's region and cell.

    The first-pass winners alone cannot say that "Paris" and "Henry County" fit together in
    Tennessee: each wins elsewhere on its own (France, Georgia). Checking every reading of the
    other names lets a pair of small places that agree outvote two unrelated big ones. Each
    name counts with weight 1 / sqrt(its distinct regions): a name that fits everywhere says
    little. Indexed by region and grid cell, so that a candidate's support costs a few dict
    lookups however many names the article has; computed once per article and cached.
    """

    def __init__(self, names: dict[str, Sequence[Candidate]]) -> None:
        self.count = len(names)
        self.by_region: dict[str, dict[str, float]] = defaultdict(dict)
        self.by_cell: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
        self._cache: dict[tuple[str, int], float] = {}
        #: per name, the places it could be: a name that could be c itself does not support c
        self.places: dict[str, frozenset[int]] = {}
        for key, cands in names.items():
            self.places[key] = frozenset(c.index for c in cands)
            regions = {f"{c.country}.{c.admin1}" for c in cands if c.admin1 and c.code != "C"}
            weight = 1.0 / math.sqrt(max(1, len(regions)))
            for region in regions:
                self.by_region[region][key] = weight
            for c in cands:
                if c.code in "PKD":
                    self.by_cell[_cell(c.lat, c.lon)][key] = weight

    def support(self, key: str, c: Candidate) -> float:
        """Share of the other names (weighted) with a reading in c's region, or else near c."""
        if self.count < 2 or c.code == "C":
            return 0.0
        cached = self._cache.get((key, c.index))
        if cached is not None:
            return cached
        same = self.by_region.get(f"{c.country}.{c.admin1}", {}) if c.admin1 else {}
        support = sum(w for k, w in same.items() if k != key and not self._is(k, c))
        if c.code in "PKD":
            lat, lon = _cell(c.lat, c.lon)
            near: dict[str, float] = {}
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near.update(self.by_cell.get((lat + dy, lon + dx), {}))
            support += _PARTNER_NEAR_SHARE * sum(
                w for k, w in near.items() if k != key and k not in same and not self._is(k, c)
            )
        result = support / (self.count - 1)
        self._cache[(key, c.index)] = result
        return result

    def _is(self, other_key: str, c: Candidate) -> bool:
        """True when another name could denote c itself ("Mexico City" for "Mexico")."""
        return c.index in self.places.get(other_key, ())


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """A grid cell of one degree: readings in neighbouring cells are roughly within 150 km."""
    return math.floor(lat), math.floor(lon)


@dataclass(frozen=True, slots=True)
class Resolution:
    candidate: Candidate
    confidence: float
    match: str  # exact | cue | skeleton | fuzzy | partial


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def strip_region_cue(name: str) -> str | None:
    """ "Kharkiv region" -> "Kharkiv"; None when the name has no such cue word."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower().strip(".") in _REGION_CUES:
        return " ".join(words[:-1])
    return None


def candidates(gazetteer: Gazetteer, query: Query) -> tuple[list[Candidate], str, bool]:
    """Candidates for one name, how they were found, and whether a region cue applies."""
    found, match, region = _candidates(gazetteer, query.text, query.region_cue)
    return list(found), match, region


@lru_cache(maxsize=65536)
def _candidates(
    gazetteer: Gazetteer, text: str, region_cue: bool
) -> tuple[tuple[Candidate, ...], str, bool]:
    """Cached per process: news repeats the same names article after article."""
    found, match, region = _find_candidates(gazetteer, Query(text, region_cue))
    return tuple(found), match, region


def _find_candidates(gazetteer: Gazetteer, query: Query) -> tuple[list[Candidate], str, bool]:
    region = query.region_cue
    demonym = gazetteer.demonym_place(query.text)
    if demonym is not None:
        return [demonym], "demonym", False
    found = gazetteer.lookup(query.text)
    if found:
        return found, "exact", region
    bare_article = without_article(name_key(query.text))
    if bare_article:
        # "al-Qamishli" for "Qamishli": only places where the article is Arabic
        found = [c for c in gazetteer.lookup(bare_article) if c.country in ARABIC_NAMED_COUNTRIES]
        if found:
            return found, "exact", region
    bare = strip_region_cue(query.text)
    if bare:
        found = gazetteer.lookup(bare)
        if found:
            return found, "cue", True
    found = gazetteer.lookup_skeleton(bare or query.text)
    if found:
        return found, "skeleton", region or bare is not None
    key = name_key(bare or query.text)
    if len(key) >= 5:
        best = process.extractOne(
            key, gazetteer.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if best is not None:
            row = gazetteer.fuzzy_rows[best[2]]
            return [gazetteer.candidate(row)], "fuzzy", region or bare is not None
    inner = _inner_place(gazetteer, bare or query.text)
    if inner:
        return inner, "partial", region
    return [], "none", region


def _inner_place(gazetteer: Gazetteer, name: str) -> list[Candidate]:
    """Candidates of the place name that a longer unknown name starts with or is "of".

    Names of teams, events, institutions and landmarks often carry their place ("Dubai World
    Cup", "University of California", "South Kilburn Estate"); when the whole name is not in the
    gazetteer, the place it contains is a better answer than none. Only the modifier positions
    count: the start of the name (after a compass word), or after "of". A name's last word is its
    head ("Squirrel Hill", "West Wing") and is not taken for a town that happens to share it;
    and only places of some size answer (a hamlet called "Meadow" is not "Meadow Grove").
    """
    words = name.split()
    if len(words) < 2 or len(words) > 8:
        return []
    # "European Commission", "British Embassy", "Mexican Senate": the demonym's place
    demonym = gazetteer.demonym_place(words[0])
    if demonym is not None:
        return [demonym]
    starts = [0]
    while starts[-1] < len(words) - 1 and words[starts[-1]].lower().rstrip(".") in _COMPASS:
        starts.append(starts[-1] + 1)
    starts.extend(i + 1 for i, w in enumerate(words[:-1]) if w.lower() == "of")
    for start in sorted(set(starts), reverse=True):
        for end in range(len(words), start, -1):
            if start == 0 and end == len(words):
                continue
            part = words[start:end]
            if not part[0][:1].isupper() or all(w.lower() in _GENERIC_WORDS for w in part):
                continue
            key = name_key(" ".join(part))
            if len(key) < 3 and not (len(part) == 1 and part[0].isupper()):
                continue
            found = [c for c in gazetteer.lookup(" ".join(part)) if _prominent(c)]
            if found:
                return found
    return []


def _prominent(c: Candidate) -> bool:
    """A place large enough, and named by its own name, to be taken from inside another name."""
    if c.code not in "PD":
        return True
    return not c.alternate and c.population >= _PARTIAL_MIN_POPULATION


def prior(candidate: Candidate, region_cue: bool) -> float:
    """Score of a candidate on its own, before looking at the article's other places."""
    feature = _FEATURE_PRIOR[candidate.code]
    if candidate.code == "R":
        # a first-level region of a small country is no likelier than a town of that name
        feature *= min(1.0, candidate.population / 1_000_000)
    score = feature + _POPULATION_WEIGHT * math.log10(candidate.population + 1)
    if candidate.alternate:
        # an alternate name of a town is often another town's name (or an old spelling)
        small_town = candidate.code in "PD" and candidate.population < 100_000
        score -= 2.0 if small_town else 1.0
    if region_cue:
        score += 3.0 if candidate.code in _REGION_CODES else -2.0
    return score


class _Context:
    """Votes of the first-pass winners: countries, first-level regions, locations."""

    def __init__(
        self,
        regions_by_name: dict[str, dict[str, float]] | None = None,
        readings: _Readings | None = None,
    ) -> None:
        self.readings = readings
        #: per name, how likely (by the priors alone) it lies in each first-level region
        self.regions_by_name = regions_by_name or {}
        self.countries: dict[str, float] = defaultdict(float)
        self.admin1s: dict[str, float] = defaultdict(float)
        self.points: list[tuple[str, float, float, float]] = []
        self.total = 0.0

    def add(self, key: str, candidate: Candidate, weight: float) -> None:
        if candidate.country:
            self.countries[candidate.country] += weight
            if candidate.admin1 and candidate.code != "C":
                self.admin1s[f"{candidate.country}.{candidate.admin1}"] += weight
        if candidate.code in "PKD":
            self.points.append((key, candidate.lat, candidate.lon, weight))
        self.total += weight

    def coherence(self, key: str, own_weight: float, own: Candidate | None, c: Candidate) -> float:
        """Bonus for agreeing with the other names (this name's own vote removed)."""
        total = self.total - own_weight
        if total <= 0:
            return 0.0
        score = 0.0
        if c.country:
            votes = self.countries.get(c.country, 0.0)
            if own is not None and own.country == c.country:
                votes -= own_weight
            score += _COUNTRY_WEIGHT * votes / total
            if c.admin1 and c.code != "C":
                region = f"{c.country}.{c.admin1}"
                votes = self.admin1s.get(region, 0.0)
                if own is not None and own.code != "C" and f"{own.country}.{own.admin1}" == region:
                    votes -= own_weight
                score += _ADMIN1_WEIGHT * votes / total
        if c.admin1 and c.code != "C" and len(self.regions_by_name) > 1:
            # could the other names lie in this candidate's region? (any of their candidates)
            region = f"{c.country}.{c.admin1}"
            support = 0.0
            for other_key, regions in self.regions_by_name.items():
                if other_key != key:
                    support += regions.get(region, 0.0)
            score += _SUPPORT_WEIGHT * support / (len(self.regions_by_name) - 1)
        if self.readings is not None:
            score += _PARTNER_WEIGHT * self.readings.support(key, c)
        if c.code in "PKD":
            near = 0.0
            for other_key, lat, lon, weight in self.points:
                if other_key == key or abs(lat - c.lat) > 1.4:  # 1.4 degrees > 150 km
                    continue
                if distance_km(lat, lon, c.lat, c.lon) < 150.0:
                    near += weight
            score += _NEAR_WEIGHT * min(1.0, near / total)
        return score


def _city_twins(cands: list[Candidate]) -> dict[int, float]:
    """Score adjustments for a region named like a city inside it: the bare name means the city.

    News writes "Lviv" for the city and "the Lviv region" for the oblast; GeoNames lists the
    bare name as an alias of both (and "New York" only as an alternate name of the city).
    """
    cities = {(c.country, c.admin1) for c in cands if c.code in "PK"}
    regions = {(c.country, c.admin1) for c in cands if c.code in "RD"}
    twins = cities & regions
    adjust: dict[int, float] = {}
    for c in cands:
        if (c.country, c.admin1) in twins:
            adjust[c.index] = -2.5 if c.code in "RD" else (2.0 if c.alternate else 0.0)
    return adjust


def _confidence(scores: list[float], match: str) -> float:
    if not scores:
        return 0.0
    ordered = sorted(scores, reverse=True)
    margin = ordered[0] - ordered[1] if len(ordered) > 1 else 4.0
    certainty = 1.0 / (1.0 + math.exp(-margin))
    scale = _MATCH_SCALE.get(match, 0.5)
    return round(certainty * scale, 3)


def _region_distribution(cands: list[Candidate], region_cue: bool) -> dict[str, float]:
    """Probability (softmax of the priors) that a name lies in each first-level region."""
    priors = [p / _SUPPORT_TEMPERATURE for p in _scores(cands, region_cue, "", None, None)]
    top = max(priors)
    weights = [math.exp(p - top) for p in priors]
    total = sum(weights)
    out: dict[str, float] = defaultdict(float)
    for cand, weight in zip(cands, weights, strict=True):
        if cand.admin1 and cand.code != "C":
            out[f"{cand.country}.{cand.admin1}"] += weight / total
    return dict(out)


def _qualified(c: Candidate, regions: frozenset[str]) -> bool:
    """True when c lies in a qualifier's region or country (a region only in its country)."""
    if c.code == "C" or not c.country:
        return False
    if c.country in regions:
        return True
    return c.code != "R" and f"{c.country}.{c.admin1}" in regions


def _scores(
    cands: list[Candidate],
    region: bool,
    key: str,
    context: _Context | None,
    own: tuple[Candidate, float] | None,
    qualifiers: frozenset[str] = frozenset(),
) -> list[float]:
    twins = _city_twins(cands) if not region else {}
    own_candidate, own_weight = own if own is not None else (None, 0.0)
    return [
        prior(c, region)
        + twins.get(c.index, 0.0)
        + (_QUALIFIER_WEIGHT if qualifiers and _qualified(c, qualifiers) else 0.0)
        + (context.coherence(key, own_weight, own_candidate, c) if context else 0.0)
        for c in cands
    ]


def resolve(gazetteer: Gazetteer, queries: Sequence[Query]) -> list[Resolution | None]:
    """One resolution (or None) per query, names of the same article ranked together.

    Each distinct name votes once, with a weight that shrinks with its ambiguity; after the
    first (context-free) pass, every pass re-ranks each name against the others' current
    winners, so a corrected name can in turn correct its neighbours.
    """
    distinct: dict[tuple[str, bool], tuple[list[Candidate], str]] = {}
    query_keys: list[tuple[str, bool]] = []
    #: per name, the regions its qualifiers name: "Canton, Ohio" then "Canton" is still Ohio
    qualified: dict[str, frozenset[str]] = {}
    for query in queries:
        cands, match, region = candidates(gazetteer, query)
        query_keys.append((name_key(query.text), region))
        distinct.setdefault(query_keys[-1], (cands, match))
        if query.qualifier:
            regions = qualifier_regions(gazetteer, query.qualifier)
            if regions:
                key = query_keys[-1][0]
                qualified[key] = qualified.get(key, frozenset()) | regions
    winners: dict[tuple[str, bool], tuple[Candidate, float]] = {}
    for (key, region), (cands, _match) in distinct.items():
        if cands:
            scores = _scores(cands, region, key, None, None, qualified.get(key, frozenset()))
            best = cands[max(range(len(cands)), key=scores.__getitem__)]
            winners[(key, region)] = (best, 1.0 / len(cands) ** 0.5)
    regions_by_name: dict[str, dict[str, float]] = {}
    for (key, region_cue), (cands, _match) in distinct.items():
        if cands and key not in regions_by_name:
            regions_by_name[key] = _region_distribution(cands, region_cue)
    readings = _Readings({key: cands for (key, _r), (cands, _m) in distinct.items() if cands})
    final: dict[tuple[str, bool], Resolution | None] = {}
    for _ in range(_PASSES):
        context = _Context(regions_by_name, readings)
        for (key, _region), (cand, weight) in winners.items():
            context.add(key, cand, weight)
        for (key, region), (cands, match) in distinct.items():
            if not cands:
                final[(key, region)] = None
                continue
            scores = _scores(
                cands,
                region,
                key,
                context,
                winners.get((key, region)),
                qualified.get(key, frozenset()),
            )
            best_index = max(range(len(cands)), key=scores.__getitem__)
            final[(key, region)] = Resolution(cands[best_index], _confidence(scores, match), match)
        winners = {k: (r.candidate, winners[k][1]) for k, r in final.items() if r is not None}
    for name, resolution in final.items():
        if resolution is not None and _stray(resolution.candidate, name[0], final):
            final[name] = None
    return [final.get(key) for key in query_keys]


def _stray(c: Candidate, key: str, final: dict[tuple[str, bool], Resolution | None]) -> bool:
    """True for a minor place far from everything else the article names, in another country.

    "Sava" in an article about Belgrade is the river, not the Sava region of Madagascar: when
    the best reading of a name is an obscure place thousands of km from all of the article's
    other places, leaving the name unresolved is better than putting a pin in the wrong
    continent. Countries, capitals, continents, curated regions and large places are kept (a
    town of 100,000 is not obscure; a region of a small country with a common name may be).
    """
    if c.code not in "PRD" or c.population >= _STRAY_MAX_POPULATION:
        return False
    if c.code == "P" and c.population >= _STRAY_MAX_TOWN_POPULATION:
        return False
    others = [
        r.candidate
        for (other_key, _region), r in final.items()
        if r is not None and other_key != key and r.candidate.code != "T"
    ]
    if len(others) < _STRAY_MIN_OTHERS:
        return False
    for other in others:
        if other.country == c.country:
            return False
        if other.code != "C" and distance_km(c.lat, c.lon, other.lat, other.lon) < _STRAY_KM:
            return False
    return True


def resolve_by_population(gazetteer: Gazetteer, queries: Sequence[Query]) -> list[Candidate | None]:
    """The baseline: the most populous candidate of each name, nothing else considered."""
    out: list[Candidate | None] = []
    for query in queries:
        cands, _match, _region = candidates(gazetteer, query)
        out.append(max(cands, key=lambda c: c.population) if cands else None)
    return out
