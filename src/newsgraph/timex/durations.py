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
    return Resolution("DURATION", value, anchor, mod, None, span)


def duration_guard(m: re.Match[str], text: str) -> bool:
    """ "a year" is a duration after "for", "in", "over" … but a rate in "$5 a year"; "55 years
    old" is an age."""
    if re.match(r"\s+old\b", text[m.end() : m.end() + 8]):
        return False
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
    if word in ("soon", "the future", "the near future", "the near term", "the long term") or (
        "coming" in word or "ahead" in word or "future" in word
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


def never(m: re.Match[str], text: str) -> bool:
    return False
