"""Calendar periods at a granularity, and the arithmetic TIMEX3 values need.

A temporal expression names a period, not an instant: "last week" is a week, "the third
quarter" a quarter, "in the 1990s" a decade. Keeping the granularity with the date lets
"a year earlier" after "the third quarter of 1989" land on ``1988-Q3`` rather than on a day, and
lets one ``value`` property render every granularity the way TIMEX3 spells it.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass

#: granularities from finest to coarsest; shifting keeps the finer of period and unit
GRANULARITIES: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
_RANK = {name: rank for rank, name in enumerate(GRANULARITIES)}
SEASONS: tuple[str, ...] = ("SP", "SU", "FA", "WI")
#: months in which each season starts (winter is counted in the year it begins)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (clamped to the month's end: Jan 31 + 1 -> Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def season_of(day: dt.date) -> tuple[int, str]:
    """Season (and the year it started in) that ``day`` falls in, meteorologically."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, SEASONS[(day.month - 3) // 3]


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: its granularity and its first day (a week starts on Monday)."""

    gran: str
    start: dt.date
    season: str | None = None
    part: str | None = None  # part of day: MO AF EV NI, or a clock time "14:30"

    @classmethod
    def day(cls, day: dt.date, part: str | None = None) -> Period:
        return cls("day", day, part=part)

    @classmethod
    def week(cls, day: dt.date) -> Period:
        return cls("week", day - dt.timedelta(days=day.weekday()))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls("month", dt.date(year, month, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls("quarter", dt.date(year, 3 * quarter - 2, 1))

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        return cls("half", dt.date(year, 6 * half - 5, 1))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls("year", dt.date(year, 1, 1))

    @classmethod
    def decade(cls, year: int) -> Period:
        return cls("decade", dt.date(max(1, year - year % 10), 1, 1))

    @classmethod
    def century(cls, number: int) -> Period:
        """The ``number``-th century (the 20th is 1900-1999, as TIMEX3 writes it: ``19``)."""
        return cls("century", dt.date(max(1, (number - 1) * 100), 1, 1))

    @classmethod
    def of_season(cls, year: int, season: str) -> Period:
        return cls("season", dt.date(year, _SEASON_START[season], 1), season=season)

    @classmethod
    def containing(cls, day: dt.date, gran: str) -> Period:
        """The period of granularity ``gran`` that contains ``day``."""
        if gran == "day":
            return cls.day(day)
        if gran == "week":
            return cls.week(day)
        if gran == "month":
            return cls.month(day.year, day.month)
        if gran == "quarter":
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if gran == "half":
            return cls.half(day.year, 1 if day.month <= 6 else 2)
        if gran == "season":
            year, season = season_of(day)
            return cls.of_season(year, season)
        if gran == "decade":
            return cls.decade(day.year)
        if gran == "century":
            return cls.century(day.year // 100 + 1)
        return cls.year(day.year)

    @property
    def end(self) -> dt.date:
        """The last day of the period (inclusive)."""
        step = {
            "day": 0,
            "week": 0,
            "month": 1,
            "season": 3,
            "quarter": 3,
            "half": 6,
            "year": 12,
            "decade": 120,
            "century": 1200,
        }[self.gran]
        if self.gran == "day":
            return self.start
        if self.gran == "week":
            return self.start + dt.timedelta(days=6)
        return add_months(self.start, step) - dt.timedelta(days=1)

    def shift(self, amount: int, unit: str) -> Period:
        """This period moved by ``amount`` units, keeping the finer of its and the unit's grain.

        "a year earlier" than a quarter is that quarter a year before; "two days later" than a
        month is a day, counted from the month's first day.
        """
        gran = self.gran if _RANK[self.gran] <= _RANK[unit] else unit
        if unit == "day":
            moved = self.start + dt.timedelta(days=amount)
        elif unit == "week":
            moved = self.start + dt.timedelta(weeks=amount)
        else:
            months = {
                "month": 1,
                "season": 3,
                "quarter": 3,
                "half": 6,
                "year": 12,
                "decade": 120,
                "century": 1200,
            }[unit]
            moved = add_months(self.start, months * amount)
        if gran == self.gran and gran in ("day", "week"):
            return Period(gran, moved)
        if gran == self.gran == "season":
            return Period.of_season(moved.year, self.season or season_of(moved)[1])
        return Period.containing(moved, gran)

    @property
    def value(self) -> str:
        """The TIMEX3 value: ``2022-05-16``, ``2022-W20``, ``2022-Q2``, ``2022-SU``, ``199``."""
        start = self.start
        if self.gran == "day":
            base = start.isoformat()
            if self.part is None:
                return base
            return f"{base}T{self.part}"
        if self.gran == "week":
            year, week, _ = start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.gran == "month":
            return f"{start.year:04d}-{start.month:02d}"
        if self.gran == "quarter":
            return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{start.year:04d}-H{1 if start.month <= 6 else 2}"
        if self.gran == "season":
            return f"{start.year:04d}-{self.season}"
        if self.gran == "decade":
            return f"{start.year // 10:03d}"
        if self.gran == "century":
            return f"{start.year // 100:02d}"
        return f"{start.year:04d}"
