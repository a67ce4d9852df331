"""PolNeAR reader and attribution scorer (source, cue and content spans; exact and overlap).

PolNeAR (Newell, Margolin & Ruths 2018) annotates every attribution in political news as brat
standoff: ``T`` lines give Source, Cue and Content spans (possibly discontinuous,
``START END;START END``), ``E`` lines tie them into one attribution. Articles annotated by
several people have one ``.ann`` per annotator; the first annotator listed in
``metadata.tsv`` is used, so each article counts once.

Scoring is per role over the set of distinct spans of that role in a document (one source
span serving two attributions is one span): a span is a tuple of fragments with surrounding
white space trimmed. *Exact* requires the same fragments; *overlap* matches spans one-to-one
when they share a character. Predicted quotes become attributions by joining the fragments
chained with ``continues`` (a split quote is one attribution with two content fragments, as in
PolNeAR).

The module also reads the project's own gold set (``tests/gold/quotes.jsonl``) for quote recall
and speaker accuracy, because both benchmarks score the same :class:`Quote` records.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..records import Entity, Quote
from .metrics import harmonic_f1

Fragments = tuple[tuple[int, int], ...]
ROLES: tuple[str, ...] = ("content", "source", "cue")

_TEXTBOUND = re.compile(r"^(T\d+)\t(\w+) ([\d; ]+)\t")
_EVENT = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True, slots=True)
class SpanTriple:
    """One attribution as spans: any role may be missing (PolNeAR has source-less ones)."""

    content: Fragments | None
    source: Fragments | None
    cue: Fragments | None

    def role(self, name: str) -> Fragments | None:
        value: Fragments | None = getattr(self, name)
        return value


@dataclass(frozen=True, slots=True)
class PolnearDoc:
    name: str
    text: str
    attributions: tuple[SpanTriple, ...]


def normalise(text: str, fragments: Iterable[tuple[int, int]]) -> Fragments:
    """Fragments in order with white space trimmed at their edges; empty ones dropped."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(fragments):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)


def parse_ann(ann: str, text: str) -> tuple[SpanTriple, ...]:
    """Attributions of one brat ``.ann`` file (span texts may run over several lines)."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        bound = _TEXTBOUND.match(line)
        if bound:
            tid, label, offsets = bound.groups()
            pairs = [piece.split() for piece in offsets.split(";")]
            spans[tid] = (label, normalise(text, ((int(a), int(b)) for a, b in pairs)))
            continue
        event = _EVENT.match(line)
        if event:
            roles = dict(part.split(":", 1) for part in event.group(2).split() if ":" in part)
            events.append(roles)
    triples: list[SpanTriple] = []
    for roles in events:

        def get(label: str, roles: dict[str, str] = roles) -> Fragments | None:
            tid = roles.get(label)
            if tid is None or tid not in spans:
                return None
            return spans[tid][1] or None

        triples.append(SpanTriple(get("Content"), get("Source"), get("Cue")))
    return tuple(triples)


def _first_annotators(root: Path) -> dict[str, str]:
    metadata = root.parent / "metadata.tsv"
    if not metadata.is_file():
        return {}
    with metadata.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["filename"]: row["annotators"].split("|")[0] for row in rows}


def load_split(root: Path, limit: int | None = None) -> list[PolnearDoc]:
    """The documents of one split folder (``…/polnear/dev``), sorted by name."""
    first = _first_annotators(root)
    docs: list[PolnearDoc] = []
    for text_path in sorted((root / "text").glob("*.txt")):
        name = text_path.stem
        candidates = sorted((root / "attributions").glob(f"{name}_*.ann"))
        if not candidates:
            continue
        preferred = root / "attributions" / f"{name}_{first.get(name, '')}.ann"
        ann_path = preferred if preferred in candidates else candidates[0]
        text = text_path.read_text(encoding="utf-8")
        docs.append(PolnearDoc(name, text, parse_ann(ann_path.read_text(encoding="utf-8"), text)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def quotes_to_triples(text: str, quotes: Sequence[Quote]) -> list[SpanTriple]:
    """Join quotes chained by ``continues`` into one attribution each."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.continues or quote.id, []).append(quote)
    triples: list[SpanTriple] = []
    for parts in groups.values():
        head = parts[0]
        content = normalise(text, ((q.start, q.end) for q in parts))
        source = normalise(text, [(head.source.start, head.source.end)]) if head.source else ()
        cue = normalise(text, [(head.cue.start, head.cue.end)]) if head.cue else ()
        triples.append(SpanTriple(content or None, source or None, cue or None))
    return triples


@dataclass(slots=True)
class PRF:
    """Counts behind precision and recall (matched predictions and matched gold spans)."""

    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return harmonic_f1(p, r)

    def add(self, other: PRF) -> None:
        self.matched_pred += other.matched_pred
        self.n_pred += other.n_pred
        self.matched_gold += other.matched_gold
        self.n_gold += other.n_gold


def _touch(a: Fragments, b: Fragments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_spans(gold: set[Fragments], pred: set[Fragments], overlap: bool) -> PRF:
    """Match predicted spans to gold spans one-to-one (exactly, or by shared characters)."""
    if not overlap:
        hits = len(gold & pred)
        return PRF(hits, len(pred), hits, len(gold))
    free = sorted(gold)
    hits = 0
    for span in sorted(pred):
        for index, candidate in enumerate(free):
            if _touch(span, candidate):
                hits += 1
                del free[index]
                break
    return PRF(hits, len(pred), hits, len(gold))


@dataclass(slots=True)
class Scores:
    """P/R/F1 per role and matching mode, summed over documents."""

    table: dict[tuple[str, str], PRF] = field(
        default_factory=lambda: {(r, m): PRF() for r in ROLES for m in ("exact", "overlap")}
    )

    def add(self, gold: Sequence[SpanTriple], pred: Sequence[SpanTriple]) -> None:
        for role in ROLES:
            gold_spans = {s for t in gold if (s := t.role(role)) is not None}
            pred_spans = {s for t in pred if (s := t.role(role)) is not None}
            for mode in ("exact", "overlap"):
                self.table[(role, mode)].add(
                    score_spans(gold_spans, pred_spans, overlap=mode == "overlap")
                )

    def f1(self, role: str, mode: str = "exact") -> float:
        return self.table[(role, mode)].f1


@dataclass(slots=True)
class Agreement:
    """How PolNeAR's annotators agree with each other: every pair of ``.ann`` files of one
    article scored against each other (F1 does not depend on which side is called gold)."""

    scores: Scores = field(default_factory=Scores)
    articles: int = 0
    pairs: int = 0


def annotator_agreement(roots: Iterable[Path]) -> Agreement:
    """Pairwise agreement over the articles of ``roots`` (split folders) that several people
    annotated: the human reference for the span F1 the quotes stage is measured by."""
    agreement = Agreement()
    for root in roots:
        by_article: dict[str, list[Path]] = {}
        for ann_path in sorted((root / "attributions").glob("*_*.ann")):
            by_article.setdefault(ann_path.stem.rsplit("_", 1)[0], []).append(ann_path)
        for name, paths in by_article.items():
            text_path = root / "text" / f"{name}.txt"
            if len(paths) < 2 or not text_path.is_file():
                continue
            text = text_path.read_text(encoding="utf-8")
            versions = [parse_ann(p.read_text(encoding="utf-8"), text) for p in paths]
            agreement.articles += 1
            for a, b in combinations(versions, 2):
                agreement.scores.add(a, b)
                agreement.pairs += 1
    return agreement


# --- the project's own gold set -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldQuote:
    article: str
    kind: str
    content: tuple[int, int]
    speaker: str | None


def load_gold_quotes(path: Path) -> list[GoldQuote]:
    """Quotes of ``tests/gold/quotes.jsonl`` that carry content offsets."""
    gold: list[GoldQuote] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        spans = row.get("spans") or {}
        content = spans.get("content")
        if not content:
            continue
        gold.append(
            GoldQuote(row["article"], row["kind"], (content[0], content[1]), row.get("speaker"))
        )
    return gold


@dataclass(slots=True)
class GoldResult:
    found: int = 0
    total: int = 0
    speaker_right: int = 0
    speaker_total: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 0.0


def score_gold_article(
    gold: Sequence[GoldQuote],
    quotes: Sequence[Quote],
    entities: Sequence[Entity],
    result: GoldResult,
) -> None:
    """A gold quote is found when a predicted quote overlaps its content; its speaker is right
    when that quote's speaker entity is named like the gold speaker."""
    names = {entity.id: entity.name for entity in entities}
    for item in gold:
        result.total += 1
        start, end = item.content
        hits = [q for q in quotes if q.start < end and start < q.end]
        if not hits:
            continue
        result.found += 1
        if item.speaker is None:
            continue
        result.speaker_total += 1
        best = max(hits, key=lambda q: min(q.end, end) - max(q.start, start))
        name = names.get(best.speaker or "")
        if name is not None and _same_name(name, item.speaker):
            result.speaker_right += 1


def _same_name(a: str, b: str) -> bool:
    """Names agree regardless of case and a leading article ("The Interior Ministry")."""

    def key(name: str) -> str:
        name = name.strip().lower()
        return name[4:] if name.startswith("the ") else name

    return key(a) == key(b)
