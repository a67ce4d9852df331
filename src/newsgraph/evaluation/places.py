"""LGL and GeoWebNews: readers and scorers for toponym recognition and resolution.

Resolution is scored as distance between the chosen and the gold coordinates: accuracy within
161 km (100 miles), the AUC of the error curve (mean of log(1 + km) / log(20039), as in Gritta
et al. 2018: 0 is perfect, lower is better), mean and median km. A name left unresolved counts
as the largest possible error. Scored twice: given the gold spans (resolution alone) and end
to end (recognition, then resolution of the gold mentions that were found).

Gold and predicted spans are matched by overlap, or by equal text a few characters apart,
because some of the corpora's offsets are shifted. Demonyms are reported separately.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..gazetteer import Gazetteer
from ..gazetteer.qualifier import qualifier_after
from ..gazetteer.resolve import Query, distance_km, resolve, resolve_by_population
from ..records import Place
from .metrics import harmonic_f1

MAX_KM = 20039.0
ACC_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    kind: str  # literal | demonym | metonymic | … (GeoWebNews types, lower case; LGL: literal)
    geonameid: int | None = None  # None: coordinates only (streets, buildings in GeoWebNews)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(node: ET.Element | None) -> float | None:
    if node is None or not (node.text or "").strip():
        return None
    return float(node.text or "")


def read_lgl(path: Path) -> list[GoldArticle]:
    """LGL articles with their toponyms that carry GeoNames coordinates."""
    articles: list[GoldArticle] = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms: list[GoldToponym] = []
        for top in article.iter("toponym"):
            lat, lon = _float(top.find("gaztag/lat")), _float(top.find("gaztag/lon"))
            if lat is None or lon is None:
                continue
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            phrase = top.findtext("phrase") or text[start:end]
            tag = top.find("gaztag")
            gid = tag.get("geonameid") if tag is not None else None
            toponyms.append(
                GoldToponym(start, end, phrase, lat, lon, "literal", int(gid) if gid else None)
            )
        articles.append(GoldArticle(article.get("docid", ""), text, tuple(toponyms)))
    return articles


def read_gwn(path: Path) -> list[GoldArticle]:
    """GeoWebNews articles with their toponyms that carry coordinates (typed)."""
    articles: list[GoldArticle] = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms: list[GoldToponym] = []
        for top in article.iter("toponym"):
            lat, lon = _float(top.find("latitude")), _float(top.find("longitude"))
            if lat is None or lon is None:
                continue
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            name = top.findtext("extractedName") or text[start:end]
            kind = (top.findtext("type") or "literal").lower()
            gid = (top.findtext("geonamesID") or "").strip()
            toponyms.append(
                GoldToponym(start, end, name, lat, lon, kind, int(gid) if gid.isdigit() else None)
            )
        toponyms.sort(key=lambda t: t.start)
        articles.append(GoldArticle(article.get("file", ""), text, tuple(toponyms)))
    return articles


@dataclass(slots=True)
class DistanceScore:
    """Errors in km of one resolver on one set of toponyms."""

    errors: list[float] = field(default_factory=list)

    def add(self, km: float | None) -> None:
        self.errors.append(MAX_KM if km is None else km)

    @property
    def n(self) -> int:
        return len(self.errors)

    @property
    def acc161(self) -> float:
        return sum(e <= ACC_KM for e in self.errors) / self.n if self.errors else 0.0

    @property
    def auc(self) -> float:
        if not self.errors:
            return 1.0
        scale = math.log(MAX_KM + 1)
        return sum(math.log(1 + e) / scale for e in self.errors) / self.n

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors) if self.errors else MAX_KM

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors) if self.errors else MAX_KM


def _km(gold: GoldToponym, lat: float | None, lon: float | None) -> float | None:
    if lat is None or lon is None:
        return None
    return distance_km(gold.lat, gold.lon, lat, lon)


def _region_cue(text: str, end: int) -> bool:
    following = text[end : end + 20].lstrip().lower()
    return following.startswith(("region", "oblast", "province", "district", "governorate"))


@dataclass(slots=True)
class GoldSpanScores:
    """All toponyms with coordinates, and the subset linked to a GeoNames id."""

    ours: DistanceScore = field(default_factory=DistanceScore)
    baseline: DistanceScore = field(default_factory=DistanceScore)
    ours_linked: DistanceScore = field(default_factory=DistanceScore)
    baseline_linked: DistanceScore = field(default_factory=DistanceScore)
    demonyms: DistanceScore = field(default_factory=DistanceScore)


def score_gold_spans(articles: Iterable[GoldArticle], gazetteer: Gazetteer) -> GoldSpanScores:
    """Resolution given the gold spans: ours vs the largest-population baseline."""
    scores = GoldSpanScores()
    for article in articles:
        named = [t for t in article.toponyms if t.kind != "demonym"]
        queries = [
            Query(t.text, _region_cue(article.text, t.end), qualifier_after(article.text, t.end))
            for t in named
        ]
        for gold, res, base in zip(
            named,
            resolve(gazetteer, queries),
            resolve_by_population(gazetteer, queries),
            strict=True,
        ):
            ours = _km(gold, *(res.candidate.lat, res.candidate.lon) if res else (None, None))
            theirs = _km(gold, *(base.lat, base.lon) if base else (None, None))
            scores.ours.add(ours)
            scores.baseline.add(theirs)
            if gold.geonameid is not None:
                scores.ours_linked.add(ours)
                scores.baseline_linked.add(theirs)
        for gold in article.toponyms:
            if gold.kind == "demonym":
                cand = gazetteer.demonym_place(gold.text)
                scores.demonyms.add(_km(gold, *(cand.lat, cand.lon) if cand else (None, None)))
    return scores


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    text: str
    kind: str
    lat: float | None
    lon: float | None


def predicted_mentions(places: Sequence[Place]) -> list[Predicted]:
    return sorted(
        (
            Predicted(m.start, m.end, m.text, m.kind, p.lat, p.lon)
            for p in places
            for m in p.mentions
        ),
        key=lambda m: m.start,
    )


def _matches(gold: GoldToponym, pred: Predicted) -> bool:
    if gold.start < pred.end and pred.start < gold.end:
        return True
    return pred.text.casefold() == gold.text.casefold() and abs(pred.start - gold.start) <= 5


@dataclass(slots=True)
class EndToEndScores:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    demonym_gold: int = 0
    demonym_found: int = 0
    resolution: DistanceScore = field(default_factory=DistanceScore)
    #: (gold type, predicted kind) of matched mentions: GeoWebNews types its toponyms
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)

    def kind_scores(self, gold_types: frozenset[str], kind: str) -> tuple[float, float]:
        """Precision and recall of predicting ``kind`` for gold mentions of ``gold_types``."""
        predicted = sum(n for (_g, k), n in self.kinds.items() if k == kind)
        gold = sum(n for (g, _k), n in self.kinds.items() if g in gold_types)
        hits = sum(n for (g, k), n in self.kinds.items() if k == kind and g in gold_types)
        return (hits / predicted if predicted else 0.0, hits / gold if gold else 0.0)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return harmonic_f1(p, r)


def score_end_to_end(
    articles: Iterable[GoldArticle], analyse: Callable[[list[str]], Iterable[Sequence[Place]]]
) -> EndToEndScores:
    """Recognition P/R/F1 and resolution of the found gold mentions.

    ``analyse`` maps article texts to each article's places (the pipeline, batched).
    """
    scores = EndToEndScores()
    batch = list(articles)
    for article, places in zip(batch, analyse([a.text for a in batch]), strict=True):
        preds = predicted_mentions(places)
        used: set[int] = set()
        scores.predicted += len(preds)
        scores.gold += len(article.toponyms)
        for gold in article.toponyms:
            is_demonym = gold.kind == "demonym"
            scores.demonym_gold += is_demonym
            match = next(
                (i for i, p in enumerate(preds) if i not in used and _matches(gold, p)), None
            )
            if match is None:
                continue
            used.add(match)
            scores.true_positives += 1
            scores.kinds[(gold.kind, preds[match].kind)] += 1
            scores.demonym_found += is_demonym
            if not is_demonym:
                scores.resolution.add(_km(gold, preds[match].lat, preds[match].lon))
    return scores
