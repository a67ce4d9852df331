"""Reader and scorers for speaker resolution and entity profiles on the hand-written gold set.

The gold set (``tests/gold``: articles, ``quotes.jsonl`` with each quote's speaker as the
entity's full name, ``entities.jsonl`` with descriptors and affiliations) is written for this
project, so it may live in the repository. Three figures:

- speaker accuracy given the gold source spans: :func:`resolve_speaker` alone, independent of
  how well quotes are found;
- end to end: predicted quotes matched to gold quotes by content overlap, quote recall and the
  accuracy of the matched quotes' speakers;
- entity profiles: how many gold entities are found (by name) and how many of their gold
  descriptors and affiliations the found entity carries.

Names are compared after folding case and dropping leading articles ("The Ukrainian General
Staff" = "Ukrainian General Staff"); the lenient figures also accept one name containing the
other as whole words ("Keller" for "Anna Keller", "Ukrainian soldier" for "a Ukrainian soldier
stationed in a nearby village"), and an affiliation given as the abbreviation that the found
organisation's name spells ("IAEA" for "International Atomic Energy Agency").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity
from ..stages.entities import resolve_speaker
from ..stages.entity_cluster import initials

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s]+")
#: pipeline components after ``entities``: all are left out when speakers are resolved from
#: gold spans, all but ``quotes`` end to end (nothing they assign is scored here)
_LATER_STAGES = (
    "newsgraph_quotes",
    "newsgraph_claims",
    "newsgraph_places",
    "newsgraph_dates",
    "newsgraph_events",
)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    content: tuple[int, int]
    source: tuple[int, int] | None
    speaker: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    type: str
    descriptors: tuple[str, ...]
    affiliations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    entities: tuple[GoldEntity, ...]


@dataclass(slots=True)
class Ratio:
    """A count of hits out of a total, strict and lenient."""

    total: int = 0
    strict: int = 0
    lenient: int = 0

    @property
    def strict_rate(self) -> float:
        return self.strict / self.total if self.total else 0.0

    @property
    def lenient_rate(self) -> float:
        return self.lenient / self.total if self.total else 0.0

    def add(self, strict: bool, lenient: bool) -> None:
        self.total += 1
        self.strict += int(strict)
        self.lenient += int(lenient or strict)


@dataclass(slots=True)
class SpeakerScores:
    """All figures of one run; each a :class:`Ratio`."""

    given_source: Ratio = field(default_factory=Ratio)
    quote_recall: Ratio = field(default_factory=Ratio)
    end_to_end: Ratio = field(default_factory=Ratio)
    entity_recall: Ratio = field(default_factory=Ratio)
    descriptor_recall: Ratio = field(default_factory=Ratio)
    affiliation_recall: Ratio = field(default_factory=Ratio)


def gold_dir() -> Path:
    """``tests/gold`` of this checkout."""
    return Path(__file__).resolve().parents[3] / "tests" / "gold"


def _span(value: object) -> tuple[int, int] | None:
    if isinstance(value, list) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def _checked_span(
    text: str, row: dict[str, object], key: str, spans: dict[str, object]
) -> tuple[int, int] | None:
    """Offsets of an annotated string: the given span if it holds the string, else the
    whole-word occurrence nearest to it, else the ``<key>_occurrence``-th occurrence (the
    strings are the annotation; offsets are a convenience that may drift with edits)."""
    needle = str(row[key])
    given = _span(spans.get(key))
    bounded = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    if given is not None and bounded.match(text, given[0]) and given[1] - given[0] == len(needle):
        return given
    if given is not None:
        starts = [m.start() for m in bounded.finditer(text)]
        if starts:
            start = min(starts, key=lambda s: abs(s - given[0]))
            return start, start + len(needle)
    return _locate(text, needle, int(str(row.get(f"{key}_occurrence", 0))))


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_gold(folder: Path | None = None, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles with their quotes and entities, in file-name order."""
    folder = folder or gold_dir()
    quotes: dict[str, list[GoldQuote]] = {}
    texts = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((folder / "articles").glob("*.txt"))
    }
    for row in _read_jsonl(folder / "quotes.jsonl"):
        article = str(row["article"])
        if article not in texts:
            continue
        spans = row.get("spans")
        spans = spans if isinstance(spans, dict) else {}
        content = _checked_span(texts[article], row, "content", spans)
        source = _checked_span(texts[article], row, "source", spans) if row.get("source") else None
        if content is None:
            continue
        speaker = row.get("speaker")
        quotes.setdefault(article, []).append(
            GoldQuote(content, source, str(speaker) if speaker else None, str(row["kind"]))
        )
    entities: dict[str, list[GoldEntity]] = {}
    for row in _read_jsonl(folder / "entities.jsonl"):
        descriptors = row.get("descriptors") or []
        affiliations = row.get("affiliations") or []
        assert isinstance(descriptors, list) and isinstance(affiliations, list)
        entities.setdefault(str(row["article"]), []).append(
            GoldEntity(
                str(row["name"]),
                str(row["type"]),
                tuple(str(d) for d in descriptors),
                tuple(str(a) for a in affiliations),
            )
        )
    names = sorted(texts)[:limit] if limit else sorted(texts)
    return [
        GoldArticle(name, texts[name], tuple(quotes.get(name, ())), tuple(entities.get(name, ())))
        for name in names
    ]


def normalise(name: str) -> str:
    """Case-folded name without leading article, punctuation or extra white space."""
    text = _LEADING_ARTICLE.sub("", name.strip())
    text = text.replace("’s", "'s")
    return " ".join(_NON_WORD.sub(" ", text).casefold().split())


def same_name(predicted: str, gold: str) -> tuple[bool, bool]:
    """(strict, lenient) agreement of two names; lenient accepts whole-word containment."""
    a, b = normalise(predicted), normalise(gold)
    if not a or not b:
        return False, False
    if a == b:
        return True, True
    return False, f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _entity_name(doc: Doc, entity_id: str | None) -> str | None:
    if entity_id is None:
        return None
    entities: Sequence[Entity] = doc._.entities
    return next((e.name for e in entities if e.id == entity_id), None)


def score_given_source(
    nlp: Language, articles: Iterable[GoldArticle], scores: SpeakerScores
) -> None:
    """Resolve each distinct gold source span with :func:`resolve_speaker`, in text order."""
    disabled = [name for name in _LATER_STAGES if name in nlp.pipe_names]
    for article in articles:
        doc = nlp(article.text, disable=disabled)
        seen: dict[tuple[int, int], str] = {}
        for quote in sorted(article.quotes, key=lambda q: q.source or (0, 0)):
            if quote.source is None or quote.speaker is None or quote.source in seen:
                continue
            seen[quote.source] = quote.speaker
            name = _entity_name(doc, resolve_speaker(doc, *quote.source))
            strict, lenient = same_name(name, quote.speaker) if name else (False, False)
            scores.given_source.add(strict, lenient)


def score_pipeline(nlp: Language, articles: Iterable[GoldArticle], scores: SpeakerScores) -> None:
    """Quote recall and speaker accuracy end to end, and entity profile recall."""
    disabled = [name for name in _LATER_STAGES[1:] if name in nlp.pipe_names]
    for article in articles:
        doc = nlp(article.text, disable=disabled)
        for quote in article.quotes:
            start, end = quote.content
            # the quote sharing most characters; of equals, the one closest in length (a
            # quotation nested in another overlaps both the same)
            best = max(
                doc._.quotes,
                key=lambda q: (
                    min(end, q.end) - max(start, q.start),
                    -abs((q.end - q.start) - (end - start)),
                ),
                default=None,
            )
            matched = best is not None and min(end, best.end) - max(start, best.start) > 0
            scores.quote_recall.add(matched, matched)
            if matched and quote.speaker is not None and best is not None:
                name = _entity_name(doc, best.speaker)
                strict, lenient = same_name(name, quote.speaker) if name else (False, False)
                scores.end_to_end.add(strict, lenient)
        score_profiles(doc._.entities, article.entities, scores)


def score_profiles(
    predicted: Sequence[Entity], gold: Iterable[GoldEntity], scores: SpeakerScores
) -> None:
    """Entity recall by name, then descriptor and affiliation recall of the found entities."""
    for entity in gold:
        strict = [p for p in predicted if same_name(p.name, entity.name)[0]]
        lenient = strict or [p for p in predicted if same_name(p.name, entity.name)[1]]
        scores.entity_recall.add(bool(strict), bool(lenient))
        found = lenient[0] if lenient else None
        for wanted, have, ratio in (
            (entity.descriptors, found.descriptors if found else (), scores.descriptor_recall),
            (entity.affiliations, found.affiliations if found else (), scores.affiliation_recall),
        ):
            for item in wanted:
                matches = [same_name(h, item) for h in have]
                # an abbreviation names the same organisation ("IAEA" for the full name)
                spelled = any(initials(h) == normalise(item) for h in have)
                ratio.add(any(m[0] for m in matches), any(m[1] for m in matches) or spelled)


def baseline_given_source(nlp: Language, articles: Iterable[GoldArticle]) -> Ratio:
    """The peer: spaCy's named entities alone, no clustering or resolution.

    The source's own PERSON/ORG/GPE entity if it has one, else the nearest such entity
    before it (what a reader of bare NER output would guess for "he" or "the ministry").
    """
    ratio = Ratio()
    disabled = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    for article in articles:
        doc = nlp(article.text, disable=disabled)
        ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
        seen: set[tuple[int, int]] = set()
        for quote in article.quotes:
            if quote.source is None or quote.speaker is None or quote.source in seen:
                continue
            seen.add(quote.source)
            start, end = quote.source
            inside = [e for e in ents if e.start_char < end and start < e.end_char]
            before = [e for e in ents if e.end_char <= start]
            guess = inside[0] if inside else (before[-1] if before else None)
            ratio.add(*(same_name(guess.text, quote.speaker) if guess else (False, False)))
    return ratio


@dataclass(slots=True)
class CorpusCoverage:
    """Resolution on a corpus without speaker gold: how many gold sources get an entity.

    ``named_agree`` counts sources that contain a capitalised word whose entity's name shares
    a word with the source ("Trump" -> "Donald Trump"), a check that names link correctly.
    """

    sources: int = 0
    resolved: int = 0
    pronouns: int = 0
    pronouns_resolved: int = 0
    named: int = 0
    named_agree: int = 0


_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "him", "her", "them"})


def coverage_on_sources(
    doc: Doc, sources: Iterable[tuple[int, int]], coverage: CorpusCoverage
) -> None:
    """Resolve gold source spans of one parsed document (entities stage run) in text order."""
    text = doc.text  # built once: ``Doc.text`` joins every token on each access
    for start, end in sorted(set(sources)):
        words = text[start:end].split()
        name = _entity_name(doc, resolve_speaker(doc, start, end))
        coverage.sources += 1
        coverage.resolved += name is not None
        if len(words) == 1 and words[0].lower() in _PRONOUN_SOURCES:
            coverage.pronouns += 1
            coverage.pronouns_resolved += name is not None
        capitalised = {w.strip(".,'’s").lower() for w in words[1:] + words[:1] if w[:1].isupper()}
        capitalised -= {"the", "a", "an", "he", "she", "they", "it", "i", "we"}
        if capitalised:
            coverage.named += 1
            name_words = {w.strip(".,'’s").lower() for w in (name or "").split()}
            coverage.named_agree += bool(capitalised & name_words)


def evaluate(nlp: Language, articles: Sequence[GoldArticle]) -> SpeakerScores:
    """Every figure of this module on the given gold articles."""
    scores = SpeakerScores()
    score_given_source(nlp, articles, scores)
    score_pipeline(nlp, articles, scores)
    return scores
