"""Date arithmetic that leaves the calendar is no date, never a crash of the article."""

import dataclasses
import datetime as dt

import pytest

import newsgraph.timex as timex
from newsgraph.timex.calendar import add_months


def test_month_arithmetic_far_out_of_range_raises_in_the_calendar_helper() -> None:
    with pytest.raises(ValueError):
        add_months(dt.date(2024, 3, 5), 12 * 9000)


def test_a_rule_whose_arithmetic_overflows_yields_no_expression(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Shelling resumed on Monday, officials said."
    published = dt.date(2024, 3, 5)
    assert [f.text for f in timex.recognize(text, published)] == ["Monday"]

    def explode(*_: object) -> None:
        raise ValueError("year 11806 is out of range")

    rules = [dataclasses.replace(rule, resolve=explode) for rule in timex.RULES]
    monkeypatch.setattr(timex, "RULES", rules)
    assert timex.recognize(text, published) == []


def test_every_rule_key_can_be_triggered_by_some_word() -> None:
    """The trigger vocabulary and the rules' keys are kept apart; neither may outgrow the other."""
    from newsgraph.timex.patterns import TRIGGER_WORDS, trigger_kind
    from newsgraph.timex.rules import RULE_KEYS

    reachable = {trigger_kind(w) for w in TRIGGER_WORDS} | {
        trigger_kind("1989"),
        trigger_kind("Monday"),
        trigger_kind("March"),
        trigger_kind("sixties"),
    }
    wanted = set().union(*RULE_KEYS.values())
    assert wanted <= reachable, sorted(wanted - reachable)
