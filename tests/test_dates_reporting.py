"""Reporting-period conventions of financial news, and the smaller rules added with them.

Results stories name a quarter once ("the third quarter"), then count from it: "a year earlier",
"the year-ago period", "the latest quarter", "last year's results" mean that quarter (a year
back), even after a day date such as "the quarter ended Sept. 30". A figure for nine months or
a full year is compared with the previous calendar year instead. Sentences are hand-written;
the publication date is Thursday 2 November 1989.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import Found, recognize

PUBLISHED = dt.date(1989, 11, 2)


def _values(text: str, published: dt.date | None = PUBLISHED) -> dict[str, str | None]:
    found: list[Found] = recognize(text, published)
    return {f.text: f.resolution.value for f in found}


def test_a_year_earlier_counts_from_the_quarter_despite_a_day_date() -> None:
    values = _values(
        "Acme earned $5 million in its fiscal first quarter ended Sept. 30. It had a loss of "
        "$2 million a year earlier."
    )
    assert values["a year earlier"] == "1988-Q1"


def test_year_ago_and_latest_period_follow_the_quarter_under_discussion() -> None:
    values = _values(
        "Acme posted a loss for the second quarter. Sales rose in the quarter ended Sept. 30. "
        "The latest period includes a gain. The year-ago results were hurt by a charge."
    )
    assert values["The latest period"] == "1989-Q2"
    assert values["year-ago"] == "1988-Q2"


def test_a_quarter_named_in_a_forecast_is_not_the_latest_reported() -> None:
    values = _values(
        "Acme expects a fourth-quarter charge. Earnings fell 59% in the latest quarter, "
        "compared with $6 million a year ago."
    )
    assert values["fourth-quarter"] == "1989-Q4"
    assert values["the latest quarter"] == "1989-Q3"
    assert values["a year ago"] == "1988-Q3"


def test_nine_month_figures_compare_with_the_previous_year() -> None:
    values = _values(
        "Net rose in the third quarter. For the nine months, net was $9 million, compared "
        "with $7 million a year earlier."
    )
    assert values["a year earlier"] == "1988"


def test_last_years_results_mean_that_quarter_but_plain_last_year_is_the_year() -> None:
    values = _values("Acme lost money in the third quarter. Last year's results included a gain.")
    assert values["Last year"] == "1988-Q3"
    plain = _values("Acme lost money in the third quarter. Last year it opened a plant.")
    assert plain["Last year"] == "1988"


def test_a_fronted_a_year_ago_sets_a_new_scene() -> None:
    values = _values("Profit fell in the third quarter. A year ago, Acme had profit of $1 million.")
    assert values["A year ago"] == "1988"


def test_a_later_month_makes_the_quarter_stale() -> None:
    values = _values(
        "Profit fell in the fourth quarter of 1988. Wages rose 4 cents last month, leaving them "
        "3.8% higher than a year earlier."
    )
    assert values["a year earlier"] == "1988"


def test_the_full_year_is_the_current_year_but_a_trailing_year_is_not() -> None:
    assert _values("Sales for the full year were $6 billion.")["the full year"] == "1989"
    assert _values("For the year, volume was flat.")["the year"] == "1989"
    assert "the year" not in _values("Revenue in the year ended March 31 fell.")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Islam will one day be the largest religion there.", "one day", "FUTURE_REF"),
        ("The funds will be raised at a later date.", "a later date", "FUTURE_REF"),
        ("Ukraine was ruled from Moscow for centuries.", "centuries", "PXCE"),
        ("Troops will arrive within weeks.", "weeks", "PXW"),
        ("The deal follows months of talks.", "months", "PXM"),
        ("Over the years many patients waited.", "the years", "PXY"),
    ],
)
def test_vague_references(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_one_day_as_a_length_is_still_a_duration() -> None:
    assert _values("The strike lasted one day.")["one day"] == "P1D"


def test_until_then_is_the_date_named_last_and_and_then_is_no_date() -> None:
    values = _values("The offer ends on Nov. 30. Until then, the stock trades.")
    assert values["then"] == "1989-11-30"
    assert "then" not in _values("It blew up on Nov. 30, and then we saw fireballs.")


@pytest.mark.parametrize(
    "text",
    [
        "It cited a previously announced restructuring.",
        "The suits previously filed by holders were dropped.",
    ],
)
def test_previously_before_a_participle_is_not_a_date(text: str) -> None:
    assert "previously" not in _values(text)


def test_previously_opening_a_sentence_is_a_past_reference() -> None:
    assert _values("Previously, the firm sold watches.")["Previously"] == "PAST_REF"


def test_passive_after_will_be_keeps_the_future() -> None:
    assert _values("The vote will be held on Friday.")["Friday"] == "1989-11-03"
    assert _values("The vote was held on Friday.")["Friday"] == "1989-10-27"


def test_first_two_quarters_is_a_half_year() -> None:
    values = _values("Losses will continue through the first two quarters of 1990.")
    assert values["the first two quarters of 1990"] == "1990-H1"


def test_in_five_years_with_a_future_verb_is_a_date() -> None:
    assert _values("The stock would be redeemed in five years.")["five years"] == "1994"
    assert _values("It was the first loss in five years.")["five years"] == "P5Y"


def test_fractions_of_quarters_are_not_durations() -> None:
    values = _values("Iraq imports about three-quarters of its food.")
    assert not any("quarter" in phrase for phrase in values)
    assert _values("Output fell for three quarters of 1989.")["three quarters"] == "P3Q"


def test_span_conventions_within_and_fiscal_hyphen() -> None:
    values = _values("Ships could leave within a few days, after the fiscal-first quarter.")
    assert values["a few days"] == "PXD"
    assert values["the fiscal-first quarter"] == "1989-Q1"
