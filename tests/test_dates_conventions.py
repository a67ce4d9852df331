"""TIMEX3 conventions and English date grammar the resolver follows (issue 5, second round).

Each test pins one general rule on a sentence written for it: bare months against tense,
"last <month>", "the week", "since year-end", halves of a decade, "the Nth day of ...",
spans given without their direction word, and reporting periods named in passing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import recognize, resolve_spans
from newsgraph.timex.tense import tense


def _recognized(text: str, published: dt.date) -> dict[str, str | None]:
    return {f.text: f.resolution.value for f in recognize(text, published)}


def _given(text: str, phrase: str, published: dt.date, nth: int = 0) -> str | None:
    """The value of the ``nth`` occurrence of ``phrase`` resolved as a given span, with every
    earlier occurrence of any phrase ignored (the spans are resolved alone, in text order)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    (resolution,) = resolve_spans(text, [(start, start + len(phrase))], published)
    return resolution.value if resolution is not None else None


def test_last_month_name_just_ended_means_a_year_back() -> None:
    march_first = dt.date(1998, 3, 1)
    text = "Two helicopters crashed last February, killing 73."
    assert _recognized(text, march_first)["last February"] == "1997-02"
    # a month further back in the same year is this year's
    assert _recognized("The talks stalled last June.", dt.date(1989, 10, 27))["last June"] == (
        "1989-06"
    )


def test_this_year_through_a_month_stays_in_this_year() -> None:
    text = "Sales were flat this year through August, the fund said."
    assert _given(text, "August", dt.date(1989, 10, 27)) == "1989-08"
    # without "this year", a deadline still looks ahead
    assert _given("Loans run through August.", "August", dt.date(1989, 10, 27)) == "1990-08"


def test_present_perfect_points_back() -> None:
    text = "Prices have come down from the middle of October to fourteen dollars."
    assert tense(text, text.index("the middle"), text.index(" to ")) == "past"
    assert _given(text, "the middle of October", dt.date(1998, 2, 23)) == "1997-10"


def test_adjective_in_ed_does_not_set_the_tense() -> None:
    text = "The split would be paid on a still unspecified date in January."
    assert tense(text, text.index("January"), text.index("January") + 7) == "future"
    assert _given(text, "January", dt.date(1989, 10, 26)) == "1990-01"


def test_the_week_is_an_unspecified_week_of_the_year() -> None:
    text = "The index fell 3.8% for the week, its worst showing since June."
    assert _given(text, "the week", dt.date(1989, 10, 30)) == "1989-WXX"
    # deictic weeks keep their ISO number
    assert _recognized("Talks collapsed last week.", dt.date(1989, 10, 30))["last week"] == (
        "1989-W43"
    )


def test_since_year_end_counts_from_last_years_end() -> None:
    published = dt.date(1989, 10, 30)
    assert _given("The index is up 12% since year-end.", "year-end", published) == "1988-12-31"
    assert _given("The deal should close by year-end.", "year-end", published) == "1989"


def test_half_of_a_decade_is_the_decade_with_a_mod() -> None:
    found = {
        f.text: f.resolution
        for f in recognize("Sales were flat in the last half of the '80s.", dt.date(1989, 10, 26))
    }
    assert found["the last half of the '80s"].value == "198"
    assert found["the last half of the '80s"].mod == "END"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Gunfire again in the province. It's the second day of an offensive.", "the second day"),
        ("Today is the eighth day of the operation.", "eighth day"),
    ],
)
def test_nth_day_told_in_the_present_is_today(text: str, phrase: str) -> None:
    published = dt.date(1998, 3, 6)
    assert _given(text, phrase, published) == "1998-03-06"


def test_nth_day_is_not_recognized_without_a_present_copula() -> None:
    found = _recognized("On the second day of talks, envoys left.", dt.date(1998, 3, 6))
    assert "the second day" not in found


def test_short_and_long_term_look_ahead() -> None:
    found = _recognized("It may placate holders in the short term.", dt.date(1989, 10, 30))
    assert found["the short term"] == "FUTURE_REF"


def test_the_time_given_as_a_span_is_past_ref_but_never_recognized() -> None:
    text = "In a speech he said at the time that he would withdraw."
    assert _given(text, "the time", dt.date(1998, 3, 1)) == "PAST_REF"
    assert "the time" not in _recognized(text, dt.date(1998, 3, 1))


def test_span_without_its_direction_word_is_still_a_date() -> None:
    text = "Earnings rose to $5 million from earnings a year earlier of $3 million."
    assert _given(text, "a year", dt.date(1989, 10, 30)) == "1988"
    # a plain length stays a duration
    assert _given("The probe will take a year.", "a year", dt.date(1989, 10, 30)) == "P1Y"


def test_latest_fiscal_year_is_the_last_closed_one() -> None:
    text = "The grocer had C$7.4 billion in sales in the latest fiscal year."
    assert _given(text, "the latest fiscal year", dt.date(1989, 10, 26)) == "1988"


def test_quarter_named_in_passing_does_not_become_the_reporting_period() -> None:
    published = dt.date(1989, 11, 1)
    text = (
        "The company posted a 20% gain in third-quarter net income. After a flat second "
        "quarter, margins improved. Charges taken in the year-earlier period were larger."
    )
    found = _recognized(text, published)
    assert found["second quarter"] == "1989-Q2"
    assert found["the year-earlier period"] == "1988-Q3"
    # named definitely, the second quarter does become the period under discussion
    definite = text.replace("After a flat second quarter", "In the second quarter")
    assert _recognized(definite, published)["the year-earlier period"] == "1988-Q2"
