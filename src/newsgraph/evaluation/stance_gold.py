"""Scorer for stance edges and hedge cues against the hand-annotated gold set in ``tests/gold``.

The gold set (written by hand for newsgraph, in the repository) has one JSON line per hedge
(``{"type": "hedge", "cue", "kind", "spans": {"cue": [start, end]}}``) and per stance edge
(``{"type": "stance", "by", "stance", "claim", "evidence", "spans": {"claim": …, "evidence":
…}}``) in ``claims.jsonl``; articles are ``articles/<id>.txt`` and ``manifest.jsonl`` gives
their publication dates.

Matching is by overlap of character spans, one to one:

- a **stance edge** matches when the label is equal, the evidence spans overlap, the holder's
  entity name matches the gold name (case-insensitive, ignoring a leading "the", or one name's
  words contained in the other's: "Keller" ~ "Anna Keller"), and the claim spans overlap (the
  gold claim's or, where the gold gives one, its ``or_claim``'s);
  "holder+evidence" drops the claim condition, to tell finding a stance from choosing its claim;
- a **hedge cue** matches when the spans overlap. The gold set annotates the cues its writers
  found worth noting, not every "would": precision here is a lower bound.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity
from ..spans import in_boilerplate, overlaps
from ..stages.claim_words import DISPUTE_VERBS, SUPPORT_VERBS
from ..stages.hedges import find_cues
from .factbank import keyword_baseline
from .metrics import Counts

GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold"


@dataclass(frozen=True, slots=True)
class Edge:
    """A stance edge reduced to what is compared: holder name, label, claim and evidence;
    ``or_claim`` (gold only) is a second claim the evidence refers to just as well."""

    by: str
    stance: str
    claim: tuple[int, int]
    evidence: tuple[int, int]
    or_claim: tuple[int, int] | None = None

    def about(self, claim: tuple[int, int]) -> bool:
        """True when ``claim`` overlaps this edge's claim (or its alternative)."""
        return overlaps(*claim, *self.claim) or (
            self.or_claim is not None and overlaps(*claim, *self.or_claim)
        )


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    published: dt.date | None
    edges: tuple[Edge, ...]
    cues: tuple[Cue, ...]


def _lines(path: Path) -> Iterable[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _pair(value: object) -> tuple[int, int]:
    assert isinstance(value, list) and len(value) == 2
    return int(value[0]), int(value[1])


def read_gold(folder: Path | None = None) -> list[GoldArticle]:
    """Every gold article with its stance edges and hedge cues, in manifest order."""
    folder = folder or GOLD_DIR
    edges: dict[str, list[Edge]] = {}
    cues: dict[str, list[Cue]] = {}
    for row in _lines(folder / "claims.jsonl"):
        article = str(row["article"])
        spans = row.get("spans")
        assert isinstance(spans, dict)
        if row.get("type") == "stance":
            edges.setdefault(article, []).append(
                Edge(
                    str(row["by"]),
                    str(row["stance"]),
                    _pair(spans["claim"]),
                    _pair(spans["evidence"]),
                    _pair(spans["or_claim"]) if "or_claim" in spans else None,
                )
            )
        elif row.get("type") == "hedge":
            start, end = _pair(spans["cue"])
            cues.setdefault(article, []).append(Cue(start, end, str(row.get("kind", ""))))
    articles: list[GoldArticle] = []
    for row in _lines(folder / "manifest.jsonl"):
        ident = str(row["id"])
        text = (folder / "articles" / f"{ident}.txt").read_text(encoding="utf-8")
        published = row.get("published")
        date = dt.date.fromisoformat(published) if isinstance(published, str) else None
        articles.append(
            GoldArticle(ident, text, date, tuple(edges.get(ident, ())), tuple(cues.get(ident, ())))
        )
    return articles


def _normal(name: str) -> list[str]:
    words = name.lower().replace("’", "'").replace("'s ", " ").split()
    return [w for w in words if w not in ("the", "a", "an")]


def same_holder(predicted: str, gold: str) -> bool:
    """Holder names agree: equal after normalising, or one's words all in the other's."""
    a, b = _normal(predicted), _normal(gold)
    if not a or not b:
        return False
    return a == b or set(a) <= set(b) or set(b) <= set(a)


def predicted_edges(doc: Doc) -> list[Edge]:
    """The stance edges of an analysed doc, with holders named by their entity's name."""
    names: dict[str, str] = {e.id: e.name for e in doc._.entities if isinstance(e, Entity)}
    return [
        Edge(
            names.get(stance.by, stance.by),
            stance.stance,
            (claim.start, claim.end),
            (stance.evidence.start, stance.evidence.end),
        )
        for claim in doc._.claims
        for stance in claim.stances
    ]


def match_edges(
    predicted: Sequence[Edge], gold: Sequence[Edge], *, with_claim: bool = True
) -> Counts:
    unmatched = list(gold)
    tp = 0
    for edge in predicted:
        hit = next(
            (
                g
                for g in unmatched
                if g.stance == edge.stance
                and overlaps(*edge.evidence, *g.evidence)
                and same_holder(edge.by, g.by)
                and (not with_claim or g.about(edge.claim))
            ),
            None,
        )
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
    return Counts(tp, len(predicted) - tp, len(unmatched))


def predicted_cues(doc: Doc) -> list[Cue]:
    return [
        Cue(c.start, c.end, c.hedge.kind)
        for c in find_cues(doc)
        if not in_boilerplate(doc, c.start, c.end)
    ]


def match_cues(predicted: Sequence[Cue], gold: Sequence[Cue]) -> tuple[Counts, int]:
    """(overlap counts, how many of the matches also agree on the kind)."""
    unmatched = list(gold)
    tp = same_kind = 0
    for cue in predicted:
        hit = next((g for g in unmatched if overlaps(cue.start, cue.end, g.start, g.end)), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
            same_kind += int(hit.kind == cue.kind)
    return Counts(tp, len(predicted) - tp, len(unmatched)), same_kind


def baseline_edges(doc: Doc) -> list[Edge]:
    """The peer: a stance verb anywhere makes an edge from the entity named last before it
    in its sentence to the claim that ends last before the sentence (the "previous claim")."""
    edges: list[Edge] = []
    verbs = DISPUTE_VERBS | SUPPORT_VERBS
    mentions = sorted(
        (m.start, e.name) for e in doc._.entities if isinstance(e, Entity) for m in e.mentions
    )
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma not in verbs or token.pos_ != "VERB":
            continue
        sentence = token.sent
        holder = [n for start, n in mentions if sentence.start_char <= start < token.idx]
        before = [c for c in doc._.claims if c.end <= sentence.start_char]
        if not holder or not before:
            continue
        stance = "disputes" if lemma in DISPUTE_VERBS else "supports"
        end = token.idx + len(token.text)
        edges.append(Edge(holder[-1], stance, (before[-1].start, before[-1].end), (token.idx, end)))
    return edges


def baseline_cues(doc: Doc) -> list[Cue]:
    return [Cue(s, e, "") for s, e in keyword_baseline([doc.text])[0]]


@dataclass(frozen=True, slots=True)
class GoldScores:
    edges: Counts
    edges_no_claim: Counts
    cues: Counts
    cue_kind_agreement: int


def score(nlp: Language, articles: Sequence[GoldArticle], *, baseline: bool = False) -> GoldScores:
    """Run the pipeline on the gold articles and score stances and hedge cues (newsgraph's,
    or with ``baseline`` the peer's: :func:`baseline_edges` and the keyword list)."""
    edges = loose = cues = Counts()
    kinds = 0
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.published = article.published
        docs.append(doc)
    for article, doc in zip(articles, nlp.pipe(docs), strict=True):
        predicted = baseline_edges(doc) if baseline else predicted_edges(doc)
        edges = edges + match_edges(predicted, article.edges)
        loose = loose + match_edges(predicted, article.edges, with_claim=False)
        found = baseline_cues(doc) if baseline else predicted_cues(doc)
        counts, same_kind = match_cues(found, article.cues)
        cues = cues + counts
        kinds += same_kind
    return GoldScores(edges, loose, cues, kinds)


def claims_pipeline(model: str | None = None) -> Language:
    """The model plus the stages up to ``claims`` (boilerplate, entities, quotes, claims).

    Enough to score claims and stances, quicker than the whole pipeline, and independent of
    the later stages (places, dates, events).
    """
    from ..pipeline import load_model
    from ..settings import Settings
    from ..stages import STAGES

    nlp = load_model(model or Settings().model)
    for stage in STAGES[: STAGES.index("claims") + 1]:
        nlp.add_pipe(f"newsgraph_{stage}")
    return nlp
