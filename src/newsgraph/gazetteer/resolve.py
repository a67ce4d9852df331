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
is the state and "Georgia" next to "Tbilisi" the country.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .model import Candidate, Gazetteer
from .normalize import name_key

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
_EARTH_KM = 6371.0
_PASSES = 2
_SUPPORT_WEIGHT = 3.0
_POPULATION_WEIGHT = 0.5
_COUNTRY_WEIGHT = 2.5
_ADMIN1_WEIGHT = 2.0
_NEAR_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class Query:
    """A name to resolve; ``region_cue`` when the text says "the X region", "X oblast"…"""

    text: str
    region_cue: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    candidate: Candidate
    confidence: float
    match: str  # exact | cue | skeleton | fuzzy


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
    return [], "none", region


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

    def __init__(self, regions_by_name: dict[str, dict[str, float]] | None = None) -> None:
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
    scale = {"exact": 1.0, "demonym": 0.9, "cue": 0.95, "skeleton": 0.8, "fuzzy": 0.6}.get(
        match, 0.5
    )
    return round(certainty * scale, 3)


def _region_distribution(cands: list[Candidate], region_cue: bool) -> dict[str, float]:
    """Probability (softmax of the priors) that a name lies in each first-level region."""
    priors = _scores(cands, region_cue, "", None, None)
    top = max(priors)
    weights = [math.exp(p - top) for p in priors]
    total = sum(weights)
    out: dict[str, float] = defaultdict(float)
    for cand, weight in zip(cands, weights, strict=True):
        if cand.admin1 and cand.code != "C":
            out[f"{cand.country}.{cand.admin1}"] += weight / total
    return dict(out)


def _scores(
    cands: list[Candidate],
    region: bool,
    key: str,
    context: _Context | None,
    own: tuple[Candidate, float] | None,
) -> list[float]:
    twins = _city_twins(cands) if not region else {}
    own_candidate, own_weight = own if own is not None else (None, 0.0)
    return [
        prior(c, region)
        + twins.get(c.index, 0.0)
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
    for query in queries:
        cands, match, region = candidates(gazetteer, query)
        query_keys.append((name_key(query.text), region))
        distinct.setdefault(query_keys[-1], (cands, match))
    winners: dict[tuple[str, bool], tuple[Candidate, float]] = {}
    for (key, region), (cands, _match) in distinct.items():
        if cands:
            scores = _scores(cands, region, key, None, None)
            best = cands[max(range(len(cands)), key=scores.__getitem__)]
            winners[(key, region)] = (best, 1.0 / len(cands) ** 0.5)
    regions_by_name: dict[str, dict[str, float]] = {}
    for (key, region_cue), (cands, _match) in distinct.items():
        if cands and key not in regions_by_name:
            regions_by_name[key] = _region_distribution(cands, region_cue)
    final: dict[tuple[str, bool], Resolution | None] = {}
    for _ in range(_PASSES):
        context = _Context(regions_by_name)
        for (key, _region), (cand, weight) in winners.items():
            context.add(key, cand, weight)
        for (key, region), (cands, match) in distinct.items():
            if not cands:
                final[(key, region)] = None
                continue
            scores = _scores(cands, region, key, context, winners.get((key, region)))
            best_index = max(range(len(cands)), key=scores.__getitem__)
            final[(key, region)] = Resolution(cands[best_index], _confidence(scores, match), match)
        winners = {k: (r.candidate, winners[k][1]) for k, r in final.items() if r is not None}
    return [final.get(key) for key in query_keys]


def resolve_by_population(gazetteer: Gazetteer, queries: Sequence[Query]) -> list[Candidate | None]:
    """The baseline: the most populous candidate of each name, nothing else considered."""
    out: list[Candidate | None] = []
    for query in queries:
        cands, _match, _region = candidates(gazetteer, query)
        out.append(max(cands, key=lambda c: c.population) if cands else None)
    return out
