"""Recognition and resolution rules of :mod:`newsgraph.timex` on hand-written sentences.

The publication date is Wednesday 18 May 2022 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import Found, recognize, resolve_spans

PUBLISHED = dt.date(2022, 5, 18)


def _found(text: str, published: dt.date | None = PUBLISHED) -> dict[str, Found]:
    return {f.text: f for f in recognize(text, published)}


def _value(text: str, phrase: str, published: dt.date | None = PUBLISHED) -> str | None:
    found = _found(text, published)
    assert phrase in found, list(found)
    return found[phrase].resolution.value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shells hit the port on Monday night, officials said.", "Monday night", "2022-05-16TNI"),
        ("The mayor resigned on Wednesday.", "Wednesday", "2022-05-18"),
        ("Talks collapsed last week.", "last week", "2022-W19"),
        ("Prices rose earlier this month.", "earlier this month", "2022-05"),
        ("The ceasefire was signed on March 3rd.", "March 3rd", "2022-03-03"),
        ("The treaty of 12 June 1991 still applies.", "12 June 1991", "1991-06-12"),
        ("Crews arrived yesterday morning.", "yesterday morning", "2022-05-17TMO"),
        ("It rained last night.", "last night", "2022-05-17TNI"),
        ("The offensive began three weeks ago.", "three weeks ago", "2022-W17"),
        ("Elections are due next year.", "next year", "2023"),
        ("The dam was built in the 1970s.", "the 1970s", "197"),
        ("A counter-offensive is expected this summer.", "this summer", "2022-SU"),
        ("Profits fell in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3"),
        ("Tensions have grown in recent years.", "recent years", "PAST_REF"),
        ("The region is now calm.", "now", "PRESENT_REF"),
        ("Kyiv, 2022-05-16: an alarm sounded.", "2022-05-16", "2022-05-16"),
        ("The blast came at 10 p.m. Tuesday.", "10 p.m. Tuesday", "2022-05-17T22:00"),
        ("The siege ended in mid-April.", "mid-April", "2022-04"),
    ],
)
def test_expressions_resolve_against_publication(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


def test_weekday_in_future_tense_points_forward() -> None:
    assert _value("The council will vote on Friday.", "Friday") == "2022-05-20"
    assert _value("The council voted on Friday.", "Friday") == "2022-05-13"


def test_month_without_year_follows_tense_across_new_year() -> None:
    winter = dt.date(2021, 12, 20)
    assert _value("Parliament will reconvene in January.", "January", winter) == "2022-01"
    assert _value("The strike ended on March 3.", "March 3", winter) == "2021-03-03"


def test_two_days_later_counts_from_the_previous_date() -> None:
    found = recognize("Troops entered the town on May 2. Two days later, they withdrew.", PUBLISHED)
    later = next(f for f in found if f.text == "Two days later")
    assert later.resolution.value == "2022-05-04"
    assert later.resolution.anchor == "previous"


def test_days_later_than_a_year_stay_unresolved() -> None:
    found = _found("Fighting has gone on since 2014. Two days later, talks began.")
    later = found["Two days later"].resolution
    assert later.value is None
    assert later.anchor == "previous"


def test_a_year_earlier_keeps_the_quarter() -> None:
    text = "Sales rose in the third quarter, from $3 million a year earlier."
    assert _value(text, "a year earlier", dt.date(1989, 11, 2)) == "1988-Q3"


def test_past_few_days_is_a_range_up_to_publication() -> None:
    resolution = _found("Dozens fled in the past few days.")["the past few days"].resolution
    assert resolution.type == "DURATION"
    assert resolution.value == "PXD"
    assert resolution.range == (dt.date(2022, 5, 15), PUBLISHED)


def test_recent_weeks_is_a_vague_stretch_before_publication() -> None:
    resolution = _found("Shelling has grown in recent weeks.")["recent weeks"].resolution
    assert (resolution.type, resolution.value) == ("DURATION", "PXW")
    assert resolution.range == (dt.date(2022, 4, 27), PUBLISHED)


def test_next_day_and_day_before_count_from_the_story_date() -> None:
    text = "Troops entered the town on May 2. The next day, they left. The day before, it rained."
    found = _found(text)
    assert found["The next day"].resolution.value == "2022-05-03"
    assert found["The day before"].resolution.value == "2022-05-02"
    assert "the day" not in _found("It was the day the bridge fell.")


def test_without_publication_date_relative_values_are_null() -> None:
    found = _found("On Monday the army said it had held the town since March 3, 2022.", None)
    assert found["Monday"].resolution.value is None
    assert found["Monday"].resolution.anchor == "publication"
    assert found["March 3, 2022"].resolution.value == "2022-03-03"
    assert found["March 3, 2022"].resolution.anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide to march on the capital.",
        "More than 1990 people were evacuated.",
        "Grain prices may fall further.",
        "He paid $2000 for the car.",
        "June Carter sang.",
        "The plant produces 50,000 tonnes a year.",
        "The 55 years old farmer was unhurt.",
    ],
)
def test_words_that_are_not_dates_are_left_alone(text: str) -> None:
    assert recognize(text, PUBLISHED) == []


def test_two_days_after_an_event_is_a_duration_not_a_shifted_date() -> None:
    found = _found("The town fell two days after the attack.")
    assert found["two days"].resolution.type == "DURATION"
    assert found["two days"].resolution.value == "P2D"


def test_resolve_spans_uses_the_whole_span_and_chains() -> None:
    text = "Net income rose in the third quarter. The year-ago quarter was weak."
    spans = [
        (text.index("the third"), text.index(".")),
        (text.index("The year-ago"), len(text) - 9),
    ]
    values = [r.value if r else None for r in resolve_spans(text, spans, dt.date(1989, 11, 2))]
    assert values == ["1989-Q3", "1988-Q3"]


def test_day_and_year_ranges_keep_both_ends() -> None:
    found = _found("Talks on May 23-24 follow the 2014-15 fighting.")
    assert found["May 23-24"].resolution.value == "2022-05-23"
    assert found["May 23-24"].resolution.range == (dt.date(2022, 5, 23), dt.date(2022, 5, 24))
    assert found["2014-15"].resolution.range == (dt.date(2014, 1, 1), dt.date(2015, 12, 31))


def test_clock_times_with_a_time_zone() -> None:
    found = _found("Sirens sounded at 03:40 local time and at 1400 GMT on Monday.")
    assert found["03:40 local time"].resolution.value == "2022-05-18T03:40"
    assert found["1400 GMT on Monday"].resolution.value == "2022-05-16T14:00"
    assert _found("The match ended 10:30.") == {}


def test_holidays_take_the_year_the_tense_points_to() -> None:
    assert _value("Troops will be home by Christmas.", "Christmas") == "2022-12-25"
    assert _value("The talks failed on New Year's Eve.", "New Year's Eve") == "2021-12-31"


def test_that_day_after_a_year_is_unresolved() -> None:
    resolution = _found("The plant closed in 1987. That day, workers marched.")[
        "That day"
    ].resolution
    assert (resolution.value, resolution.anchor) == (None, "previous")


def test_comparison_a_year_earlier_counts_from_now_not_from_the_last_year_named() -> None:
    text = "Sales were weak last year. Margins rose to 40% from 35% a year earlier."
    assert _value(text, "a year earlier") == "2021"
    narrative = "The rebels took the town in 2014. A year earlier, they had lost it."
    assert _value(narrative, "A year earlier") == "2013"


def test_season_words_inside_names_are_not_dates() -> None:
    assert _found("Athletes at the Summer Olympics recalled the fall of Kabul.") == {}
    assert _value("Fighting slowed in the summer.", "the summer") == "2022-SU"


def test_tense_reads_the_verb_before_the_date() -> None:
    autumn = dt.date(2021, 10, 26)
    text = "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, the bank said."
    assert _value(text, "Feb. 1", autumn) == "2022-02-01"
    sunday = dt.date(2022, 5, 15)
    text = "Officials sent new signals Sunday that the army wants to withdraw."
    assert _value(text, "Sunday", sunday) == "2022-05-15"


def test_halves_and_last_quarter() -> None:
    assert _value("Output rose in the last half of 1989.", "the last half of 1989") == "1989-H2"
    assert _value("Output rose last quarter.", "last quarter") == "2022-Q1"


def test_names_that_contain_date_words_are_skipped() -> None:
    found = _found("A reporter for USA Today saw Christmas trees. Today the vote was held.")
    assert list(found) == ["Today"]
    assert found["Today"].start > 40


def test_month_of_next_year() -> None:
    assert _value("A plan is due by March of next year.", "March of next year") == "2023-03"


def test_duration_spans_follow_timex3_conventions() -> None:
    found = _found(
        "Prices will rise over the next two years or so, within 18 months of a 24-hour strike."
    )
    assert found["the next two years or so"].resolution.value == "P2Y"
    # "within" is a signal outside the span, as TimeBank mostly annotates it; "over" is a
    # qualifier inside it ("over a week": more than a week)
    assert "within 18 months" not in found
    assert found["18 months"].resolution.value == "P18M"
    assert _found("It took over a week.")["over a week"].resolution.mod == "MORE_THAN"
    assert found["24-hour"].resolution.value == "PT24H"
    assert _found("It lasted two to three weeks.")["two to three weeks"].resolution.value == "P2W"


def test_every_recognising_rule_declares_its_triggers() -> None:
    from newsgraph.timex.durations import never
    from newsgraph.timex.rules import RULE_KEYS, RULES

    assert set(RULE_KEYS) == {rule.name for rule in RULES if rule.guard is not never}


def test_part_of_day_of_a_dated_day() -> None:
    found = _found(
        "On the night of May 15, drones attacked; on the morning of 16 May a bridge fell."
    )
    assert found["the night of May 15"].resolution.value == "2022-05-15TNI"
    assert found["the morning of 16 May"].resolution.value == "2022-05-16TMO"
    assert found["the morning of 16 May"].resolution.type == "TIME"


def test_sentence_initial_deictic_after_a_dated_sentence() -> None:
    found = _found("Shares fell on Wednesday. Yesterday, they plunged further.")
    assert found["Yesterday"].resolution.value == "2022-05-17"


def test_bare_month_after_for_or_an_article() -> None:
    assert _value("The job figures for January were weak.", "January", dt.date(2022, 2, 4)) == (
        "2022-01"
    )
    assert "June" in _found("It acted under a June agreement.")
