"""The ``dates`` stage: temporal expressions with TIMEX3 values relative to publication.

News dates its events deictically ("on Monday night", "last week", "two days later"), so a date
is only useful once it is anchored: to ``doc._.published`` for deictic phrases, to the date
mentioned just before for anaphoric ones. Recognition and resolution live in
:mod:`newsgraph.timex` (regular expressions over the raw text, no second parse); this module
adapts them to the pipeline: it skips boilerplate, lets the model's parse settle which way a
bare weekday points (:mod:`.dates_grammar`), marks "since 2014" as an open range up to
publication, and writes :class:`~newsgraph.records.TimeExpression` records.

When the publication date is unknown, relative expressions keep ``value=None`` with
``relative=True``; absolute ones ("March 3, 2022", "1990s") still resolve.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..records import TimeExpression
from ..spans import in_boilerplate, text_of
from ..timex import Found, recognize
from .dates_grammar import ParseGrammar

_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _range(text: str, found: Found, published: dt.date | None) -> tuple[str | None, str | None]:
    resolution = found.resolution
    if resolution.range is not None:
        first, last = resolution.range
        return first.isoformat(), last.isoformat()
    period = resolution.period
    if period is None or resolution.value is None:
        return None, None
    before = text[max(0, found.start - 12) : found.start]
    if _SINCE.search(before):
        end = published.isoformat() if published and published >= period.start else None
        return period.start.isoformat(), end
    if _UNTIL.search(before):
        return None, period.end.isoformat()
    return None, None


def to_record(text: str, found: Found, published: dt.date | None) -> TimeExpression:
    """One recognised expression as the contract's record."""
    resolution = found.resolution
    range_start, range_end = _range(text, found, published)
    return TimeExpression(
        text=found.text,
        start=found.start,
        end=found.end,
        value=resolution.value,
        relative=resolution.anchor is not None,
        type=resolution.type,
        mod=resolution.mod,
        anchor=resolution.anchor,
        range_start=range_start,
        range_end=range_end,
    )


def find(doc: Doc) -> list[TimeExpression]:
    """Every temporal expression outside boilerplate, in text order."""
    published: dt.date | None = doc._.published
    if isinstance(published, dt.datetime):  # a timestamp still dates by its calendar day
        published = published.date()
    text = text_of(doc)
    boilerplate = doc._.boilerplate

    def skip(start: int, end: int) -> bool:
        return bool(boilerplate) and in_boilerplate(doc, start, end)

    # with a parse, the verb a date hangs on gives its tense; a bare tokenisation (benchmarks on
    # plain text) falls back to the tense words around the date
    grammar = ParseGrammar(doc) if doc.has_annotation("DEP") else None
    return [
        to_record(text, found, published) for found in recognize(text, published, skip, grammar)
    ]


def dates_within(doc: Doc, start: int, end: int) -> tuple[TimeExpression, ...]:
    """The stage's expressions inside [start, end) (an event's sentence, say), in text order.

    For later stages: the ``events`` stage links an event to the date written in its sentence
    and falls back to the publication date only when there is none.
    """
    return tuple(t for t in doc._.dates if start <= t.start and t.end <= end)


def set_annotations(doc: Doc, found: list[TimeExpression]) -> None:
    doc._.dates = tuple(found)


@Language.factory(
    "newsgraph_dates",
    requires=["doc._.boilerplate"],
    assigns=["doc._.dates"],
)
def make_dates(nlp: Language, name: str) -> DatesStage:
    return DatesStage()


class DatesStage:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        return doc
