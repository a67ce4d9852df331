"""Calendar dates: numeric dates, month names, years, decades, centuries, seasons, quarters.

Written with a year they are absolute; without one ("March 3", "the third quarter", "this
summer") the year comes from the publication date, moved across a year boundary only when the
tense says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .base import TIME_PREPOSITIONS, Context, Resolution, dated, preceding_word, unresolved
from .calendar import Period, season_of
from .lexicon import MONTHS, NUMBER_WORDS, ORDINALS, SEASON_WORDS, spelled_year
from .patterns import mod_code, norm


def _month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _day_number(word: str) -> int:
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    return int(re.sub(r"\D", "", word))


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 1900 + year if year >= 30 else 2000 + year
    return year


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DEADLINE = frozenset(["by", "until", "till", "through"])
_THIS_YEAR_BEFORE = re.compile(r"\bthis\s+year\W{0,3}(?:\w+\W{1,3})?$", re.IGNORECASE)


def year_for(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month (and day) written without one: the publication year, unless the
    tense says the date lies on the other side of a year boundary."""
    if ctx.published is None:
        return None
    year = ctx.published.year
    candidate = _safe_day(year, month, min(day, 28))
    if candidate is None:
        return year
    gap = (candidate - ctx.published).days
    if _THIS_YEAR_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return year  # "this year through August", "earlier this year, in March"
    direction = ctx.tense
    if preceding_word(ctx.text, ctx.start) in _DEADLINE:
        direction = "future"  # "by February", "until January": a deadline lies ahead
    if direction == "future" and gap < -60:
        return year + 1
    if direction == "past" and gap > 120:
        return year - 1
    if direction is None and gap > 240:
        return year - 1
    if direction is None and gap < -240:
        return year + 1
    return year


def numeric(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = _two_digit_year(m.group("y"))
    day = _safe_day(year, int(m.group("m")), int(m.group("d")))
    return dated(Period.day(day), None) if day else None


def month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "March 3rd", "3 March 2022", "May 23-24" (a range, valued by its first day)."""
    month, day = _month_number(m.group("mon")), _day_number(m.group("d"))
    other = int(m.group("d2")) if m.group("d2") else None
    if other is not None and other < day:  # "23-24 May" puts the first day in d2
        day, other = other, day
    if m.group("y"):
        year: int | None = int(m.group("y"))
        anchor = None
    else:
        year, anchor = year_for(month, day, ctx), "publication"
    if year is None:
        return unresolved("publication")
    date = _safe_day(year, month, day)
    if date is None:
        return None
    resolved = dated(Period.day(date), anchor)
    last = _safe_day(year, month, other) if other is not None else None
    if last is not None and last > date:
        return replace(resolved, range=(date, last))
    return resolved


def month(m: re.Match[str], ctx: Context) -> Resolution | None:
    month = _month_number(m.group("mon"))
    mod = mod_code(m.group("mod"))
    if m.group("y"):
        raw = m.group("y")
        year = int(raw) if raw.isdigit() else spelled_year(raw)
        return dated(Period.month(year, month), None, mod) if year else None
    if ctx.published is None:
        return unresolved("publication", mod)
    rel = norm(m.group("rel"))
    pub = ctx.published
    rel_year = norm(m.group("ry"))
    if rel_year:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[rel_year]
    elif rel == "last":
        # "last February" written in March is a year back: the month just ended would be
        # "last month" or "in February"
        year = pub.year if month < pub.month - 1 else pub.year - 1
    elif rel == "this past":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel in ("next", "this coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = year_for(month, 15, ctx) or pub.year
    return dated(Period.month(year, month), "publication", mod)


def month_guard(m: re.Match[str], text: str) -> bool:
    """A month name alone is a date after a preposition ("in June"), not a name ("June Carter")."""
    if m.group("rel") or m.group("mod") or m.group("y") or m.group("ry"):
        return True
    after = text[m.end() : m.end() + 20]
    if re.match(r"\s+(?-i:[A-Z])", after):
        return False
    return preceding_word(text, m.start()) in TIME_PREPOSITIONS


def year(m: re.Match[str], ctx: Context) -> Resolution | None:
    raw = m.group("y") or ""
    year = int(raw) if raw.isdigit() else spelled_year(raw)
    if year is None:
        return None
    return dated(Period.year(year), None, mod_code(m.group("mod")))


def year_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "2014-15", "1990–1995": valued by the first year, with the whole span as range."""
    first = int(m.group("y"))
    raw = m.group("y2")
    last = int(raw) if len(raw) == 4 else first - first % 100 + int(raw)
    if last <= first:
        return None
    resolved = dated(Period.year(first), None)
    return replace(resolved, range=(dt.date(first, 1, 1), dt.date(last, 12, 31)))


_COUNTED = re.compile(
    r"\s+(?:(?!(?:is|was|has|as|its|this|his|us|plus|versus|years)\b)[a-z]+s|people|children"
    r"|men|women|police|personnel|staff|cattle|feet|foot)\b"
)


def year_guard(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless it counts something ("1990 people")."""
    if m.group("mod") or m.group("fiscal"):
        return True
    return _COUNTED.match(text, m.end()) is None


def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the 1990s", "the late '80s", "the last half of the '80s" (a decade with its end as
    ``mod``: TIMEX3 has no half-decade)."""
    mod = mod_code(m.group("mod"))
    half = norm(m.group("half"))
    if half:
        mod = "START" if half == "first" else "END"
    if m.group("y"):
        return dated(Period.decade(int(m.group("y"))), None, mod)
    if m.group("yy"):
        short = int(m.group("yy"))
        century = 1900 if short >= 30 else 2000
        return dated(Period.decade(century + short), None, mod)
    word = norm(m.group("w"))
    decade = NUMBER_WORDS[word.replace("ies", "y")]
    return dated(Period.decade(1900 + decade), None, mod)


def century(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m.group("n").lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return dated(Period.century(number), None, mod_code(m.group("mod"))) if number else None


def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    season = SEASON_WORDS[m.group("s").lower()]
    mod = mod_code(m.group("mod")) or mod_code(m.group("mod2"))
    raw_year = m.group("y")
    if raw_year:
        year = int(raw_year) if raw_year.isdigit() else spelled_year(raw_year)
        if year is None:
            return None
        return dated(Period.of_season(year, season), None, mod)
    if ctx.published is None:
        return unresolved("publication", mod)
    rel = norm(m.group("rel"))
    current_year, current = season_of(ctx.published)
    period = Period.of_season(ctx.published.year, season)
    if season == "WI" and ctx.published.month <= 2:
        period = Period.of_season(ctx.published.year - 1, season)
    if rel in ("last", "this past", "past"):
        if period.start > ctx.published or period.value == f"{current_year}-{current}":
            period = period.shift(-1, "year")
    elif rel in ("next", "this coming", "coming") and period.start <= ctx.published:
        period = period.shift(1, "year")
    return dated(period, "publication", mod)


def season_guard(m: re.Match[str], text: str) -> bool:
    """ "spring" and "fall" alone are verbs or nouns; "summer" alone needs a preposition."""
    if m.group("rel") or m.group("y") or m.group("mod") or m.group("mod2"):
        return True
    before = preceding_word(text, m.start())
    if m.group("s").lower() in ("fall", "spring"):
        return False
    return before in {"in", "during", "since", "by", "until", "over"}


def season_the_guard(m: re.Match[str], text: str) -> bool:
    """ "the summer" is a season after "in", "during" …, not in "the Summer Olympics" or
    "the fall of Kabul"."""
    if norm(m.group("rel")) == "the" and not (m.group("y") or m.group("mod") or m.group("mod2")):
        after = text[m.end() : m.end() + 4]
        if after.startswith(" of") or re.match(r"\s+(?-i:[A-Z])", after):
            return False
        return preceding_word(text, m.start()) in {
            "in",
            "during",
            "since",
            "by",
            "until",
            "over",
            "through",
            "for",
            "into",
            "before",
            "after",
            "throughout",
        }
    return season_guard(m, text)


_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}


_HOLIDAY_CUES = (TIME_PREPOSITIONS - {"a", "an", "the"}) | {"at", "over", "around"}


def holiday_guard(m: re.Match[str], text: str) -> bool:
    """ "on Christmas Eve", "by Christmas" are dates; "Christmas trees" is not."""
    if re.search(r"(?:Eve|Day)$", m.group(0)):
        return True
    return preceding_word(text, m.start()) in _HOLIDAY_CUES


def holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Fixed-date holidays ("Christmas Eve"), in the year the tense points to; Thanksgiving (US)
    is the fourth Thursday of November."""
    name = norm(m.group(0)).replace("’", "'")
    if name.startswith("thanksgiving"):
        month, day = 11, 22
    else:
        month, day = _HOLIDAYS[name]
    year = year_for(month, day, ctx)
    if year is None:
        return unresolved("publication")
    if name.startswith("thanksgiving"):
        first = dt.date(year, 11, 1)
        day = 1 + (3 - first.weekday()) % 7 + 21
    return dated(Period.day(dt.date(year, month, day)), "publication")


def quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the third quarter (of 1990)", "the first half", "the last half of 1989"."""
    unit = norm(m.group("unit"))
    make = Period.quarter if unit == "quarter" else Period.half
    raw_year = m.group("y1") or m.group("y2")
    word = m.group("ord").lower()
    if word in ("last", "latter"):
        if unit == "quarter" and not raw_year:
            return None  # "last quarter" is the one before this (a relative phrase)
        number = 2 if unit == "half" else 4
    else:
        number = ORDINALS[word]
    if unit == "half" and number > 2:
        return None
    if raw_year:
        return dated(make(int(raw_year), number), None)
    rel_year = norm(m.group("ry"))
    if ctx.published is None:
        return unresolved("publication")
    year = ctx.published.year + {"": 0, "this": 0, "last": -1, "next": 1}[rel_year]
    rel = norm(m.group("rel"))
    previous = ctx.previous
    same = ("the same", "the comparable", "the year earlier", "the year ago")
    if (
        not rel_year
        and previous is not None
        and previous.gran in ("year", "quarter")
        and rel in same
    ):
        year = previous.start.year
    if not rel_year and rel in ("last", "the year earlier", "the year ago", "the comparable"):
        year -= 1
    return dated(make(year, number), "publication")


def two_quarters(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the first two quarters of 1990": a half-year (the last two: the second half)."""
    half = 1 if norm(m.group("side")) == "first" else 2
    if m.group("y"):
        return dated(Period.half(int(m.group("y")), half), None)
    if ctx.published is None:
        return unresolved("publication")
    return dated(Period.half(ctx.published.year, half), "publication")
