"""Calendar periods: TIMEX3 spelling of each granularity and the arithmetic of relative dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex.calendar import Period, add_months, season_of


@pytest.mark.parametrize(
    ("period", "value"),
    [
        (Period.day(dt.date(2022, 5, 16)), "2022-05-16"),
        (Period.day(dt.date(2022, 5, 16), "NI"), "2022-05-16TNI"),
        (Period.week(dt.date(2022, 5, 18)), "2022-W20"),
        (Period.month(2022, 5), "2022-05"),
        (Period.quarter(1989, 3), "1989-Q3"),
        (Period.half(1990, 1), "1990-H1"),
        (Period.of_season(2022, "SU"), "2022-SU"),
        (Period.year(2022), "2022"),
        (Period.decade(1994), "199"),
        (Period.century(20), "19"),
    ],
)
def test_values_follow_timex3(period: Period, value: str) -> None:
    assert period.value == value


def test_shift_keeps_the_finer_grain() -> None:
    quarter = Period.quarter(1989, 3)
    assert quarter.shift(-1, "year").value == "1988-Q3"
    assert Period.day(dt.date(2022, 5, 16)).shift(2, "day").value == "2022-05-18"
    assert Period.day(dt.date(2022, 5, 16)).shift(-1, "year").value == "2021-05-16"
    assert Period.month(2022, 1).shift(-1, "month").value == "2021-12"


def test_shifting_a_dated_part_of_day_drops_the_part() -> None:
    monday_night = Period.day(dt.date(2022, 5, 16), "NI")
    assert monday_night.shift(2, "day").value == "2022-05-18"


def test_month_arithmetic_clamps_to_month_end() -> None:
    assert add_months(dt.date(2022, 1, 31), 1) == dt.date(2022, 2, 28)


def test_winter_belongs_to_the_year_it_starts() -> None:
    assert season_of(dt.date(2023, 1, 15)) == (2022, "WI")
    assert Period.containing(dt.date(2022, 7, 1), "season").value == "2022-SU"


def test_period_end_is_inclusive() -> None:
    assert Period.quarter(2022, 1).end == dt.date(2022, 3, 31)
    assert Period.week(dt.date(2022, 5, 18)).end == dt.date(2022, 5, 22)
