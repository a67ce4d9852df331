"""The events stage inside the full pipeline, on an article written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.records import Event

ARTICLE = (
    "Read also: Rebels shelled a market in the capital last year\n\n"
    "Government troops recaptured the town of Marinka on Sunday after two days of fighting, "
    "the defence ministry said.\n\n"
    "The rebels threatened to storm the regional capital next.\n\n"
    "Police arrested twelve opposition activists in the capital on Saturday.\n\n"
    "The minister said the army had not attacked any civilians.\n\n"
    "Residents said the weather had been cold for a week.\n"
)


def _events(nlp: Language, text: str, published: dt.date | None) -> tuple[Doc, list[Event]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return doc, list(doc._.events)


@pytest.mark.model
def test_article_events_types_modes_and_ids(nlp: Language) -> None:
    doc, found = _events(nlp, ARTICLE, dt.date(2023, 5, 8))
    by_trigger = {e.trigger.text: e for e in found}
    assert [e.id for e in found] == [f"v{i}" for i in range(1, len(found) + 1)]
    # the promo line is boilerplate: its shelling is not an event of this article
    assert all(e.trigger.start > ARTICLE.index("Government") for e in found)
    regained = by_trigger["recaptured"]
    assert (regained.type, regained.subtype, regained.mode) == (
        "Battles",
        "GOV_REGAINS_TERIT",
        "asserted",
    )
    assert regained.actors == ("Government troops",) or regained.actors[0].startswith("e")
    arrest = by_trigger["arrested"]
    assert arrest.subtype == "ARREST" and arrest.mode == "asserted"
    assert by_trigger["storm"].mode == "wished"
    assert by_trigger["attacked"].mode == "negated"
    assert not any("weather" in doc.text[e.sentence.start : e.sentence.end] for e in found)
    for event in found:
        assert doc.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.start < event.sentence.end


@pytest.mark.model
def test_event_dates_without_publication_date(nlp: Language) -> None:
    _, found = _events(nlp, "Militants attacked a police convoy near the border.", None)
    assert len(found) == 1
    assert found[0].date is None and not found[0].date_from_publication


@pytest.mark.model
def test_event_date_falls_back_to_publication_date(nlp: Language) -> None:
    text = "Militants attacked a police convoy near the border, officials said."
    _, found = _events(nlp, text, dt.date(2023, 5, 8))
    assert found[0].subtype == "ARMED_CLASH"
    assert (found[0].date, found[0].date_from_publication) == ("2023-05-08", True)


@pytest.mark.model
def test_statement_about_an_attack_is_not_an_event(nlp: Language) -> None:
    _, found = _events(nlp, "The foreign minister condemned the attack in a statement.", None)
    assert found == []
