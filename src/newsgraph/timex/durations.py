"""Durations ("three months", "the past few days"), sets ("every year") and vague references
("recently", "now", "the future").

A duration after "the past" or "the next" also gets a calendar range counted from the
publication date, so "in the past few days" can be placed on a time line.
"""

from __future__ import annotations

import datetime as dt
import re

from .base import Context, Resolution, dated, preceding_word, reference
from .calendar import Period
from .lexicon import CLOCK_UNITS, MONTHS, PARTS_OF_DAY, UNITS, VAGUE_AMOUNTS, WEEKDAYS
from .patterns import QUALIFIER_CODES, norm
from .relative import count, unit_name


def duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit_word = norm(m.group("unit"))
    if unit_word.rstrip("s") in CLOCK_UNITS:
        letter, factor, clock = CLOCK_UNITS[unit_word.rstrip("s")], 1, True
        unit = "day"
    else:
        unit, letter, factor = UNITS[unit_name(unit_word)]
        clock = False
    raw = norm(m.group("n0") or m.group("n"))  # "two to three weeks": TIMEX3 keeps the first
    amount = count(raw)
    guess = VAGUE_AMOUNTS.get(raw, 1) if amount is None else amount
    number = "X" if amount is None else str(amount * factor)
    value = f"PT{number}{letter}" if clock else f"P{number}{letter}"
    mod = QUALIFIER_CODES.get(norm(m.group("q"))) if m.group("q") else None
    rel = norm(m.group("rel"))
    span: tuple[dt.date, dt.date] | None = None
    anchor: str | None = None
    if ctx.published is not None and not clock and rel:
        today = Period.day(ctx.published)
        if any(word in rel for word in ("past", "last", "previous")):
            span = (today.shift(-guess * factor, unit).start, ctx.published)
            anchor = "publication"
        elif any(word in rel for word in ("next", "coming")):
            span = (ctx.published, today.shift(guess * factor, unit).start)
            anchor = "publication"
    if (
        amount is not None
        and not (clock or rel or mod or m.group("adj") or m.group("n0"))
        and ctx.published is not None
        and preceding_word(ctx.text, ctx.start) == "in"
        and ctx.tense == "future"
    ):
        # "will be redeemed in five years": the point that far ahead, not a stretch of time
        ahead = Period.containing(ctx.published, unit).shift(amount * factor, unit)
        return dated(ahead, "publication")
    return Resolution("DURATION", value, anchor, mod, None, span)


_FRACTION_OF = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?(?:year|fiscal|calendar|19\d\d|20\d\d)\b)",
    re.IGNORECASE,
)


def duration_guard(m: re.Match[str], text: str) -> bool:
    """ "a year" is a duration after "for", "in", "over" … but a rate in "$5 a year"; "55 years
    old" is an age."""
    if re.match(r"\s+old\b", text[m.end() : m.end() + 8]):
        return False
    if norm(m.group("unit")).startswith("quarter") and _FRACTION_OF.match(text, m.end()):
        return False  # "three-quarters of its food": a fraction, not nine months
    if norm(m.group("n")) in ("a", "an") and not m.group("rel") and not m.group("q"):
        return preceding_word(text, m.start()) in {"for", "in", "over", "after", "than", "within"}
    return True


_SET_VALUES = {
    "daily": "XXXX-XX-XX",
    "weekly": "XXXX-WXX",
    "monthly": "XXXX-XX",
    "quarterly": "XXXX-QX",
    "annually": "XXXX",
    "yearly": "XXXX",
    "hourly": "PT1H",
}
_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "quarter": "P1Q", "year": "P1Y"}


def set(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = norm(m.group("w"))
    if word in _SET_VALUES:
        return Resolution("SET", _SET_VALUES[word])
    if word in _SET_UNITS:
        return Resolution("SET", _SET_UNITS[word])
    if word in WEEKDAYS:
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    if word.rstrip(".") in MONTHS:
        return Resolution("SET", f"XXXX-{MONTHS[word.rstrip('.')]:02d}")
    return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY.get(word, 'XX')}")


def present(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "now", "recently", "the future"; "recent weeks" is a vague stretch up to publication."""
    word = norm(m.group(0))
    recent = re.fullmatch(r"recent (days|weeks|months)", word)
    if recent:
        unit, letter, _ = UNITS[recent.group(1).rstrip("s")]
        span = None
        if ctx.published is not None:
            back = Period.day(ctx.published).shift(-VAGUE_AMOUNTS["few"], unit).start
            span = (back, ctx.published)
        return Resolution("DURATION", f"PX{letter}", "publication", None, None, span)
    if (
        word.endswith("recently")
        or word in ("lately", "previously", "formerly", "the past")
        or (word.startswith("recent") or word.startswith("in recent"))
    ):
        return reference("PAST_REF")
    if (
        word in ("soon", "the future", "the near future")
        or word.endswith(" term")
        or ("coming" in word or "ahead" in word or "future" in word or word == "a later date")
    ):
        return reference("FUTURE_REF")
    return reference("PRESENT_REF")


def loose(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Words that are time references only when an annotator says so ("current", "then")."""
    word = norm(m.group(0))
    if word == "then":
        if ctx.previous is None:
            return reference("PAST_REF")
        return dated(ctx.previous, "previous")
    if word in ("current", "already", "yet", "present") or word.endswith("moment"):
        return reference("PRESENT_REF")
    if word in ("future", "a later date", "later", "from time to time", "one day"):
        return reference("FUTURE_REF")
    return reference("PAST_REF")


_MODALS = frozenset(
    ["will", "would", "could", "may", "might", "can", "should", "shall", "must", "to", "ll"]
)


def someday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "will one day be", "could some day return": an unspecified future, not a day long."""
    if norm(m.group("w")) == "one" and preceding_word(ctx.text, ctx.start) not in _MODALS:
        return None  # "one day" as a length ("one day of talks") is the duration rule's
    return reference("FUTURE_REF")


def someday_guard(m: re.Match[str], text: str) -> bool:
    return preceding_word(text, m.start()) in _MODALS


_PLURAL_LETTERS = {
    "days": "D",
    "weeks": "W",
    "months": "M",
    "years": "Y",
    "decades": "DE",
    "centuries": "CE",
}


def vague_plural(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "for weeks", "within months", "over the years", "years of war": an unstated number
    of units."""
    unit = norm(m.group("unit") or m.group("unit2") or "years").split()[-1]
    return Resolution("DURATION", f"PX{_PLURAL_LETTERS[unit]}")


_STRETCH_WORDS = frozenset(["for", "within", "over", "after", "through", "follows", "took"])


def vague_plural_guard(m: re.Match[str], text: str) -> bool:
    """A bare plural unit is a stretch of time only where a preposition of duration governs it
    ("ruled for centuries", "within weeks") or it measures something ("months of talks")."""
    if m.group("unit"):
        return preceding_word(text, m.start()) not in ("the", "these", "those", "recent")
    if m.group("unit2"):
        return preceding_word(text, m.start()) in _STRETCH_WORDS
    return True


_THEN_CUES = frozenset(["until", "till", "by", "since", "before"])


def then_guard(m: re.Match[str], text: str) -> bool:
    """ "until then", "by then": the date named last; a bare "then" ("and then") is usually
    "next", not a date."""
    return preceding_word(text, m.start()) in _THEN_CUES


def never(m: re.Match[str], text: str) -> bool:
    return False
