"""Issue 5, second round: announced gatherings and the protest family, after ACLED's codebook.

* An announced or scheduled gathering ("announced a general strike for Friday") is planned:
  its mode is ``future`` and its date the day it is set for, not a past day.
* Within the protest family: violence by demonstrators (scuffles, forcing their way in,
  pelting a convoy) is a violent demonstration; the building a protest is held at ("outside
  the embassy") is where, not a diplomatic event; live fire at a crowd is excessive force even
  with no casualty named; what a protest is about ("against sexual violence") is not what
  happened; an arrest whose protest is only its reason ("arrested the organisers of Sunday's
  march") is an arrest; a crowd of villagers killing a suspected thief is mob violence.

The sentences were written for these tests from the codebook definitions, not taken from
any corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events_helpers import build
from newsgraph.evaluation.case2021 import classify_texts
from newsgraph.stages.event_modality import mode_of
from newsgraph.timex import recognize

WEDNESDAY = dt.date(2022, 5, 18)


@pytest.mark.parametrize(
    ("spec", "trigger", "mode"),
    [
        (
            "Unions/union/NOUN/nsubj/1 announced/announce/VERB/ROOT/1 a/a/DET/det/4 "
            "general/general/ADJ/amod/4 strike/strike/NOUN/dobj/1",
            4,
            "future",
        ),
        (
            "A/a/DET/det/1 march/march/NOUN/nsubjpass/3 was/be/AUX/auxpass/3 "
            "announced/announce/VERB/ROOT/3",
            1,
            "future",
        ),
        # announcing sanctions is the act itself, not a plan
        (
            "Canada/Canada/PROPN/nsubj/1 announced/announce/VERB/ROOT/1 new/new/ADJ/amod/3 "
            "sanctions/sanction/NOUN/dobj/1",
            3,
            "asserted",
        ),
        # a strike held is a fact
        (
            "Workers/worker/NOUN/nsubj/1 held/hold/VERB/ROOT/1 a/a/DET/det/3 "
            "strike/strike/NOUN/dobj/1",
            3,
            "asserted",
        ),
        (
            "Police/police/NOUN/nsubj/1 dispersed/disperse/VERB/ROOT/1 the/the/DET/det/3 "
            "crowd/crowd/NOUN/dobj/1 ,/,/PUNCT/punct/1 injuring/injure/VERB/advcl/1 "
            "no/no/DET/det/7 one/one/NOUN/dobj/5",
            5,
            "negated",
        ),
    ],
)
def test_mode_of_scheduled_gatherings(spec: str, trigger: int, mode: str) -> None:
    assert mode_of(build(spec)[trigger]) == mode


def test_weekday_a_gathering_is_set_for_lies_ahead() -> None:
    found = {
        f.text: f.resolution.value
        for f in recognize("Unions announced a general strike for Friday.", WEDNESDAY)
    }
    assert found["Friday"] == "2022-05-20"
    # set for today when published on that weekday
    on_friday = recognize("Unions announced a general strike for Friday.", dt.date(2022, 5, 20))
    assert on_friday[0].resolution.value == "2022-05-20"
    # "for Friday's attack" names a past event; a bare past "on Friday" stays in the past
    past = recognize("He was arrested for Friday's attack. Workers struck on Friday.", WEDNESDAY)
    assert [f.resolution.value for f in past] == ["2022-05-13", "2022-05-13"]


@pytest.mark.model
def test_announced_strike_is_a_future_event_on_its_day(nlp: Language) -> None:
    doc = nlp.make_doc("Unions announced a general strike for Friday over the pension reform.")
    doc._.published = WEDNESDAY
    doc = nlp(doc)
    (event,) = doc._.events
    assert event.subtype == "PEACE_PROTEST"
    assert event.mode == "future"
    assert (event.date, event.date_from_publication) == ("2022-05-20", False)


@pytest.mark.model
def test_strike_held_stays_asserted_in_the_past(nlp: Language) -> None:
    doc = nlp.make_doc("Workers held a general strike on Friday, closing the port.")
    doc._.published = WEDNESDAY
    doc = nlp(doc)
    (event,) = doc._.events
    assert (event.mode, event.date) == ("asserted", "2022-05-13")


PROTEST_FAMILY: dict[str, tuple[str, ...]] = {
    "ARREST": (
        "Police have arrested the organisers of Sunday's demonstration, the ministry said.",
        "The activist was arrested at his home on Tuesday for leading anti-government protests.",
        "Police arrested five men in connection with last week's riots in the port city.",
        "Security agents detained a union leader a day before a planned general strike.",
        "A prominent blogger who called for protests was arrested at the airport.",
    ),
    "PROTEST_WITH_INTER": (
        "Police detained 30 people during a march against the new law.",
        "Dozens of protesters were arrested when police broke up the rally.",
        "Police used tear gas and batons to disperse the rally, injuring no one.",
        "Police briefly detained several students who were protesting outside the ministry.",
    ),
    "FORCE_AGAINST_PROTEST": (
        "Police fired live rounds at protesters in the northern city, hospital sources said.",
        "Security forces fired into a crowd of demonstrators on Saturday.",
        "Soldiers fired warning shots and then live bullets at the marchers, wounding several.",
    ),
    "VIOL_DEMONSTR": (
        "Scuffles broke out between protesters and police outside the courthouse.",
        "Protesters forced their way into the compound of the regional assembly.",
        "Protesters burnt tyres and barricaded roads across the capital.",
        "Protesters pelted the convoy of the minister with eggs and stones in the town.",
    ),
    "PEACE_PROTEST": (
        "Women held a peaceful protest against sexual violence outside the police headquarters.",
        "Mourners marched through the town demanding justice for the victims of the violence.",
        "Activists protested outside the ministry against the attack on a journalist.",
        "Hundreds protested peacefully outside the embassy after the bombing.",
    ),
    "MOB_VIOL": (
        "Villagers beat to death a man they accused of witchcraft.",
        "Residents set upon two suspected kidnappers and beat them to death before police arrived.",
        "A crowd of villagers stoned a suspected cattle thief to death.",
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("label", sorted(PROTEST_FAMILY))
def test_protest_family_follows_the_codebook(nlp: Language, label: str) -> None:
    texts = PROTEST_FAMILY[label]
    got = classify_texts(nlp, list(texts))
    wrong = [(text, found) for text, found in zip(texts, got, strict=True) if found != label]
    assert not wrong, wrong
