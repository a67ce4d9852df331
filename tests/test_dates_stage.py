"""The ``dates`` stage as a pipeline component: records, boilerplate, missing publication date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.records import Boilerplate, TimeExpression
from newsgraph.stages import dates

TEXT = (
    "Read also: Strikes resume on Friday\n"
    "Rockets hit the port on Monday night, officials said. Fighting has gone on since 2014. "
    "In the past few days, hundreds left."
)


@pytest.fixture(scope="module")
def blank() -> Language:
    extensions.register()
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_dates")
    return nlp


def _doc(nlp: Language, published: dt.date | None) -> Doc:
    doc = nlp.make_doc(TEXT)
    doc._.published = published
    promo_end = TEXT.index("\n")
    doc._.boilerplate = (Boilerplate(0, promo_end, TEXT[:promo_end], "promo"),)
    return nlp(doc)


def test_stage_writes_time_expression_records(blank: Language) -> None:
    doc = _doc(blank, dt.date(2022, 5, 18))
    by_text = {t.text: t for t in doc._.dates}
    assert all(isinstance(t, TimeExpression) for t in doc._.dates)
    monday = by_text["Monday night"]
    assert (monday.value, monday.type, monday.relative) == ("2022-05-16TNI", "TIME", True)
    assert TEXT[monday.start : monday.end] == "Monday night"


def test_boilerplate_dates_are_skipped(blank: Language) -> None:
    doc = _doc(blank, dt.date(2022, 5, 18))
    assert all(t.start > TEXT.index("\n") for t in doc._.dates)
    assert "Friday" not in {t.text for t in doc._.dates}


def test_since_opens_a_range_up_to_publication(blank: Language) -> None:
    doc = _doc(blank, dt.date(2022, 5, 18))
    since = next(t for t in doc._.dates if t.text == "2014")
    assert (since.value, since.relative) == ("2014", False)
    assert (since.range_start, since.range_end) == ("2014-01-01", "2022-05-18")
    past = next(t for t in doc._.dates if t.text == "the past few days")
    assert (past.range_start, past.range_end) == ("2022-05-15", "2022-05-18")


def test_unknown_publication_date_leaves_relative_values_null(blank: Language) -> None:
    doc = _doc(blank, None)
    by_text = {t.text: t for t in doc._.dates}
    assert by_text["Monday night"].value is None
    assert by_text["Monday night"].relative is True
    assert by_text["2014"].value == "2014"


def test_dates_within_a_sentence(blank: Language) -> None:
    doc = _doc(blank, dt.date(2022, 5, 18))
    first = TEXT.index("Rockets")
    sentence_end = TEXT.index(".", first) + 1
    assert [t.text for t in dates.dates_within(doc, first, sentence_end)] == ["Monday night"]


def test_a_publication_timestamp_counts_as_its_day(blank: Language) -> None:
    doc = _doc(blank, dt.datetime(2022, 5, 18, 23, 59))
    assert next(t for t in doc._.dates if t.text == "Monday night").value == "2022-05-16TNI"


def test_find_is_pure(blank: Language) -> None:
    doc = _doc(blank, dt.date(2022, 5, 18))
    assert tuple(dates.find(doc)) == doc._.dates


@pytest.mark.model
def test_pipeline_resolves_dates(nlp: Language) -> None:
    assert "newsgraph_dates" in nlp.pipe_names
    doc = nlp.make_doc("The ministry said on Tuesday that talks would resume next week.")
    doc._.published = dt.date(2022, 5, 18)
    doc = nlp(doc)
    values = {t.text: t.value for t in doc._.dates}
    assert values == {"Tuesday": "2022-05-17", "next week": "2022-W21"}
