"""Temporal expressions: find them in running text and give them TIMEX3 values.

:func:`recognize` scans a text with every rule of :mod:`.rules`, keeps the longest
non-overlapping matches and resolves them in reading order, so that an anaphoric phrase
("two days later") counts from the date resolved just before it. :func:`resolve_spans` resolves
spans chosen by someone else (an annotator's gold spans) with the same rules. Nothing here needs
spaCy: the ``dates`` stage wraps it, and benchmarks can call it on bare strings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .base import Context, Grammar, Resolution, Rule
from .calendar import Period
from .durations import never
from .patterns import WORD, trigger_kind
from .rules import RULE_KEYS, RULES

__all__ = ["Found", "Grammar", "Period", "Resolution", "recognize", "resolve_spans"]


#: start, end, rule order, rule, match
Candidate = tuple[int, int, int, Rule, "re.Match[str]"]


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised expression: where it is, and what it resolved to."""

    start: int
    end: int
    text: str
    resolution: Resolution


_MARGIN = 32


#: :func:`trigger_kind` of each word seen in this process (None: no trigger): an article's
#: words repeat and most are no trigger, so each is judged once. Bounded like any cache of
#: words: cleared when full.
_KINDS: dict[str, str | None] = {}
_MAX_KINDS = 100_000
#: what ``_KINDS.get`` answers for a word not judged yet (no trigger kind is empty)
_UNSEEN = ""


def _triggers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every trigger word in [start, end): a digit, a month, "week" …"""
    hits: list[tuple[int, int, str]] = []
    kinds = _KINDS
    for match in WORD.finditer(text, start, end):
        word = match.group()
        kind = kinds.get(word, _UNSEEN)
        if kind == _UNSEEN:
            if len(kinds) >= _MAX_KINDS:
                kinds.clear()
            kind = kinds[word] = trigger_kind(word)
        if kind is not None:
            hits.append((match.start(), match.end(), kind))
    return hits


def _windows(
    text: str, hits: list[tuple[int, int, str]], start: int, end: int
) -> list[tuple[int, int]]:
    """Stretches of [start, end) within reach of the trigger ``hits``, cut at white space.

    Expressions are short and each holds a trigger (a digit, a month, "week", "ago" …), so a
    rule needs to see only the stretches around its own triggers rather than every position
    of the article.
    """
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end, _ in hits:
        left = max(start, hit_start - _MARGIN)
        right = min(end, hit_end + _MARGIN)
        space = text.rfind(" ", start, left + 1)
        left = start if space < 0 else space
        space = text.find(" ", right, end)
        right = end if space < 0 else space
        if windows and left <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(right, windows[-1][1]))
        else:
            windows.append((left, right))
    return windows


def _candidates(
    text: str, start: int = 0, end: int | None = None, guarded: bool = True
) -> list[Candidate]:
    end = len(text) if end is None else end
    found: list[Candidate] = []
    hits = _triggers(text, start, end) if guarded else []
    # rules with the same trigger kinds (four read digits only, three months) scan the same
    # windows: each set of kinds is worked out once
    windows_of: dict[frozenset[str] | None, list[tuple[int, int]]] = {}
    for order, rule in enumerate(RULES):
        if guarded and rule.guard is never:
            continue
        if guarded:
            keys = RULE_KEYS.get(rule.name)
            windows = windows_of.get(keys)
            if windows is None:
                own = hits if keys is None else [h for h in hits if h[2] in keys]
                windows = windows_of[keys] = _windows(text, own, start, end)
        else:
            windows = [(start, end)]
        for left, right in windows:
            for match in rule.pattern.finditer(text, left, right):
                if match.end() == match.start():
                    continue
                if guarded and rule.guard is not None and not rule.guard(match, text):
                    continue
                found.append((match.start(), match.end(), order, rule, match))
    return found


def _select(
    candidates: list[Candidate],
) -> list[Candidate]:
    """Longest matches first, earlier rules breaking ties; none may overlap another."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(cand[0] < b and a < cand[1] for a, b in taken):
            continue
        chosen.append(cand)
        taken.append((cand[0], cand[1]))
    return sorted(chosen, key=lambda c: c[0])


def _is_anchor(resolution: Resolution) -> bool:
    """Whether later anaphoric phrases may count from this one.

    A date reached from the previous one at a coarse grain ("a year earlier") is a comparison,
    not a new point of the story: the next "year-earlier" still means a year before the first.
    """
    if resolution.period is None or resolution.value is None:
        return False
    return resolution.type in ("DATE", "TIME") and resolution.chain


#: "a flat second quarter": an article and one adjective before the expression
_INDEFINITE = re.compile(r"\ban?\s+[a-z]+\s+$", re.IGNORECASE)


def _topic(
    resolution: Resolution,
    topic: Period | None,
    published: dt.date | None,
    indefinite: bool = False,
) -> Period | None:
    """The reporting period under discussion after ``resolution``: a closed quarter or
    half-year named as a new point of the story replaces it; anything else leaves it (a
    quarter still running or ahead is a forecast, not the period whose results are told, and
    "after a flat second quarter" describes a period in passing: the report names its own
    period with a definite phrase)."""
    period = resolution.period
    if (
        not indefinite
        and _is_anchor(resolution)
        and period is not None
        and period.gran in ("quarter", "half")
        and (published is None or period.end < published)
    ):
        return period
    return topic


def _is_indefinite(text: str, start: int, end: int) -> bool:
    """Whether a period is named in passing, as an indefinite noun phrase ("after a flat
    second quarter"); "a third-quarter loss" is the loss's article, not the quarter's."""
    words = text[start:end]
    if "-" in words:
        return False
    if re.match(r"an?\s+[a-z]+\s+\S", words, re.IGNORECASE):
        return True
    return _INDEFINITE.search(text, max(0, start - 20), start) is not None


def _resolve(rule: Rule, match: re.Match[str], ctx: Context) -> Resolution | None:
    """A rule's resolution, or None when the arithmetic leaves the calendar.

    "119,000 months ago" or a garbled year would make ``datetime`` raise; such an expression
    is simply not a date, and must not cost the article its analysis.
    """
    try:
        return rule.resolve(match, ctx)
    except (ValueError, OverflowError):
        return None


def recognize(
    text: str,
    published: dt.date | None,
    skip: Callable[[int, int], bool] | None = None,
    grammar: Grammar | None = None,
) -> list[Found]:
    """Every temporal expression of ``text``, resolved against ``published``, in text order.

    ``skip(start, end)`` drops matches (boilerplate) before they can serve as anchors;
    ``grammar`` (a parse of ``text``) settles tense where word windows cannot.
    """
    previous: Period | None = None
    topic: Period | None = None
    found: list[Found] = []
    for start, end, _, rule, match in _select(_candidates(text)):
        if skip is not None and skip(start, end):
            continue
        ctx = Context(text, start, end, published, previous, topic, grammar)
        resolution = _resolve(rule, match, ctx)
        if resolution is None:
            continue
        found.append(Found(start, end, text[start:end], resolution))
        topic = _topic(resolution, topic, published, _is_indefinite(text, start, end))
        if _is_anchor(resolution):
            previous = resolution.period
    return found


_DIRECTION_AFTER = re.compile(r"\s+(?:earlier|ago|later)\b", re.IGNORECASE)


def _direction_after(text: str, end: int) -> int | None:
    """Where the span would end if it took the direction word right after it: a span "a year"
    followed by "earlier" names a date a year back, not a length of a year."""
    match = _DIRECTION_AFTER.match(text, end)
    return match.end() if match else None


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    published: dt.date | None,
    grammar: Grammar | None = None,
) -> list[Resolution | None]:
    """Resolve given spans (in text order): the whole span if a rule matches it exactly, else
    the longest expression inside it."""
    previous: Period | None = None
    topic: Period | None = None
    results: list[Resolution | None] = []
    for start, end in spans:
        while end > start and text[end - 1].isspace():
            end -= 1
        resolution: Resolution | None = None
        for stop in (_direction_after(text, end), end):
            if stop is None:
                continue
            ctx = Context(text, start, stop, published, previous, topic, grammar)
            for rule in RULES:
                match = rule.pattern.fullmatch(text, start, stop)
                if match is not None:
                    resolution = _resolve(rule, match, ctx)
                    if resolution is not None:
                        break
            if resolution is not None:
                break
        if resolution is None:
            inner_candidates = _candidates(text, start, end, guarded=False)
            strict = [c for c in inner_candidates if c[3].guard is not never]
            for inner_start, inner_end, _, rule, match in _select(strict or inner_candidates)[:1]:
                inner = Context(text, inner_start, inner_end, published, previous, topic, grammar)
                resolution = _resolve(rule, match, inner)
        results.append(resolution)
        if resolution is not None:
            topic = _topic(resolution, topic, published, _is_indefinite(text, start, end))
        if resolution is not None and _is_anchor(resolution):
            previous = resolution.period
    return results
