"""What every rule shares: the resolution context, the result record, the rule record.

A rule's resolver gets the regex match and a :class:`Context` (the text, the publication date,
the previously resolved period, a lazily computed tense) and returns a :class:`Resolution`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from .calendar import Period
from .tense import tense

_COMPARATIVE = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|versus|vs\.|than|over|against)\b", re.IGNORECASE
)
#: the clause reports a year-long or year-to-date figure ("For the nine months, ..."): its
#: comparisons ("a year earlier") are with the previous year, not with a quarter
_YEAR_SCOPE = re.compile(
    r"\b(?:(?:first\s+|latest\s+)?(?:nine|six)\s+months|(?:for|in)\s+the\s+(?:full\s+|fiscal\s+)?year"
    r"|year\s+to\s+date|full[\s-]year)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"(?:[.;!?]\s|\n\s*\n|^)\s*(?:[\"“`']+\s*)?$")


class Grammar(Protocol):
    """What a parse of the text says about the clause a date belongs to.

    The rules work on bare strings and guess tense from words around the date; a caller that
    holds a dependency parse (the ``dates`` stage) can answer from the verb the date hangs on
    instead, which also sees present tense ("the ministers meet Monday"), a thing no word
    window can tell from a plural noun.
    """

    def tense(self, start: int, end: int) -> str | None:
        """``"past"``, ``"present"``, ``"future"`` or None (the parse does not say)."""

    def scheduled_ahead(self, start: int, end: int) -> bool | None:
        """For "for Friday": whether the thing set for that day is still to come, or None."""


@dataclass(slots=True)
class Context:
    """What a rule may look at beyond its match: the text, the anchors, the tense."""

    text: str
    start: int
    end: int
    published: dt.date | None
    previous: Period | None = None
    #: the reporting period under discussion: the quarter or half-year named last ("the
    #: third quarter"), kept while later day dates ("the quarter ended Sept. 30") move
    #: ``previous``; financial comparisons ("a year ago", "last year's quarter") count from it
    topic: Period | None = None
    #: the parse's reading of the date's clause, when the caller has one
    grammar: Grammar | None = None
    _tense: str | None = field(default=None)
    _tense_known: bool = field(default=False)
    _parsed: str | None = field(default=None)

    @property
    def comparative(self) -> bool:
        """Whether the phrase closes a comparison ("up from $3 million a year earlier"): then
        it means the period under discussion a year back, not a new point of the story."""
        before = self.text[max(0, self.start - 80) : self.start]
        before = re.split(r"[.;!?]\s", before)[-1]
        return _COMPARATIVE.search(before) is not None

    @property
    def topic_in_force(self) -> Period | None:
        """The reporting period under discussion, unless the story has since moved to another
        month, week or season ("wages rose 4 cents last month"): then it is stale. A day date
        ("the quarter ended Sept. 30") keeps it: that is how results name their quarter."""
        topic, previous = self.topic, self.previous
        if topic is None or previous is None or previous.gran not in ("month", "week", "season"):
            return topic
        if topic.start <= previous.start <= topic.end:
            return topic
        return None

    @property
    def year_scope(self) -> bool:
        """Whether the sentence so far talks about a year-long or year-to-date figure."""
        before = self.text[max(0, self.start - 160) : self.start]
        before = re.split(r"[.;!?]\s", before)[-1]
        return _YEAR_SCOPE.search(before) is not None

    @property
    def fronted(self) -> bool:
        """Whether the expression opens its sentence ("A year ago, the company ..."): then it
        sets a new scene rather than closing a comparison."""
        return _CLAUSE_START.search(self.text, max(0, self.start - 8), self.start) is not None

    @property
    def tense(self) -> str | None:
        """``"future"``, ``"past"`` or None: the parse's past or future where it gives one,
        else the nearest tense words (present tense says nothing about which March is meant)."""
        if not self._tense_known:
            self._parsed = self.grammar.tense(self.start, self.end) if self.grammar else None
            if self._parsed in ("past", "future"):
                self._tense = self._parsed
            else:
                self._tense = tense(self.text, self.start, self.end)
            self._tense_known = True
        return self._tense

    @property
    def day_tense(self) -> str | None:
        """The tense for a bare weekday or weekend: like :attr:`tense`, but the parse's
        ``"present"`` is kept: a present verb looks ahead ("the ministers meet Monday", "talks
        resume on Tuesday"), as English states a scheduled day's event in the present while a
        past one needs a past verb; unlike the future it may mean today."""
        found = self.tense
        return "present" if self._parsed == "present" else found

    def scheduled_ahead(self) -> bool | None:
        """The parse's answer for "for Friday" (see :meth:`Grammar.scheduled_ahead`)."""
        return self.grammar.scheduled_ahead(self.start, self.end) if self.grammar else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved expression: TIMEX3 type/value plus how it was anchored.

    ``anchor`` is ``"publication"`` or ``"previous"`` for relative expressions (their value is
    None when that anchor is unknown) and None for absolute ones. ``period`` is kept so that a
    later "two days later" can count from it; ``range`` bounds vague stretches ("the past few
    days", "since 2014") in calendar days.
    """

    type: str
    value: str | None
    anchor: str | None = None
    mod: str | None = None
    period: Period | None = None
    range: tuple[dt.date, dt.date] | None = None
    chain: bool = True  # may later anaphoric phrases count from this date?


Resolver = Callable[["re.Match[str]", Context], Resolution | None]
Guard = Callable[["re.Match[str]", str], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    guard: Guard | None = None


def dated(
    period: Period,
    anchor: str | None,
    mod: str | None = None,
    kind: str = "DATE",
    chain: bool = True,
) -> Resolution:
    return Resolution(kind, period.value, anchor, mod, period, chain=chain)


def unresolved(anchor: str, mod: str | None = None, kind: str = "DATE") -> Resolution:
    return Resolution(kind, None, anchor, mod)


def reference(value: str) -> Resolution:
    return Resolution("DATE", value, None)


def preceding_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)[\s,]*$", text[max(0, start - 25) : start])
    return match.group(1).lower() if match else ""


TIME_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "from",
        "through",
        "throughout",
        "during",
        "of",
        "to",
        "before",
        "after",
        "between",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "that",
        "every",
        "each",
        "for",
        "a",
        "an",
        "the",
    ]
)
