"""Every record newsgraph emits, as frozen, slotted dataclasses.

Stages build these and nothing else travels between them: no untyped dicts. Field names follow
the output contract ``newsgraph.article/1`` (see DESIGN.md); the only path to JSON is
:mod:`newsgraph.render`, which serialises dataclasses field by field, so adding a field here adds
it to the output. Sequences are tuples so that records stay hashable and immutable.

All offsets are Python string indices into the article text, ``end`` exclusive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

SCHEMA = "newsgraph.article/1"


def content_id(text: str) -> str:
    """``Analysis.id``: a hash of the text, so the same article always gets the same id and a
    store can tell it has seen an article before analysing it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the article text: where it is and what it says."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Offsets:
    """A stretch of the article text given by position only (e.g. a sentence)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: the text every offset refers to, plus what is known about it."""

    text: str
    source: str = "<text>"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None
    html: bool = False


@dataclass(frozen=True, slots=True)
class Meta:
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class Warning:
    """A problem worth telling the user that did not stop the analysis (``code`` like W101)."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Text that is not part of the story: promo lines, teasers, bylines, captions, credits."""

    start: int
    end: int
    text: str
    kind: str  # promo | teaser | byline | dateline | caption | credit


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or unnamed source, clustered over all its mentions."""

    id: str
    name: str
    type: str  # PERSON | ORG | GROUP | UNNAMED
    descriptors: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    mentions: tuple[TextSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a source: direct (in quotation marks), indirect or mixed."""

    id: str
    kind: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    cue: TextSpan | None
    speaker: str | None
    source: TextSpan | None
    channel: str | None
    confidence: float
    #: id of the first quote of the attribution this one belongs to: the second half of a
    #: split quote (same cue), or a quotation that carries on the same speaker's words with no
    #: cue of its own, later in the paragraph or opening the next one (cue and source null)
    continues: str | None = None


@dataclass(frozen=True, slots=True)
class Hedge:
    text: str
    start: int
    end: int
    kind: str  # speculation | evidential | conditional | investigation


@dataclass(frozen=True, slots=True)
class Stance:
    by: str
    stance: str  # disputes | supports
    evidence: TextSpan


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    start: int
    end: int
    attributed_to: str | None
    quote: str | None
    hedges: tuple[Hedge, ...] = ()
    certainty: float = 1.0
    stances: tuple[Stance, ...] = ()
    evidence_type: str | None = None
    source_chain: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    kind: str  # literal | demonym | metonymic | embedded


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    feature: str  # country | region | district | city | other
    country: str | None
    admin1: str | None
    confidence: float
    mentions: tuple[PlaceMention, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression with its TIMEX3 value (``2022-05-16``, ``2022-W20``, ``P3D``).

    ``relative`` expressions depend on an anchor: ``anchor`` says which one (``publication`` or
    ``previous``, the date last mentioned before it); their ``value`` is None when the anchor is
    unknown. ``range_start``/``range_end`` (ISO dates, inclusive) bound stretches such as "in the
    past few days" or "since 2014"; ``mod`` is TIMEX3's modifier (START, MID, END, APPROX, …).
    """

    text: str
    start: int
    end: int
    value: str | None
    relative: bool
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    mod: str | None = None
    anchor: str | None = None  # publication | previous | None (absolute)
    range_start: str | None = None
    range_end: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    subtype: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    place: str | None
    date: str | None
    trigger: TextSpan
    sentence: Offsets
    confidence: float
    mode: str = "asserted"  # asserted | hypothetical | future | negated | wished
    date_from_publication: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything newsgraph found in one article: the unit that is rendered and stored."""

    id: str
    meta: Meta
    text: str
    boilerplate: tuple[Boilerplate, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[Warning, ...] = ()
    schema: str = field(default=SCHEMA)


@dataclass(frozen=True, slots=True)
class ArticleError:
    """An article that could not be analysed, reported instead of silently dropped."""

    source: str
    code: str
    message: str
