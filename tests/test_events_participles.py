"""People described by a protest participle are protesters (issue 5 follow-up, fault 3).

"striking workers", "protesting farmers": the participle of a protest verb on a noun naming
people makes them the actors of a protest, and is itself a protest cue; on other nouns
("striking images") or on armed forces ("marching soldiers") it is not. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from events_helpers import build
from newsgraph.records import Event
from newsgraph.stages.event_context import agent_of, group_of
from newsgraph.stages.event_cues import find_cues
from newsgraph.stages.event_participles import PARTICIPLE_PATTERN, protest_participle

THOUSANDS = (
    "Thousands/thousand/NOUN/nsubj/4 of/of/ADP/prep/0 striking/strike/VERB/amod/3 "
    "workers/worker/NOUN/pobj/1 marched/march/VERB/ROOT/4"
)


def test_participle_on_people_is_a_protest_cue_with_its_people_as_actor() -> None:
    doc = build(THOUSANDS)
    striking = doc[2]
    assert protest_participle(striking)
    cues = find_cues(doc)
    assert [(c.label, c.pattern) for c in cues if c.start == 2] == [
        ("_PROTEST", PARTICIPLE_PATTERN)
    ]
    # not read as the attack word "strike"
    assert not any(c.label == "_ATTACK" for c in cues)
    agent = agent_of(striking)
    assert agent is not None and agent.i == 0  # "Thousands of striking workers"
    assert group_of(doc[3]) == "protester"
    assert group_of(doc[0]) == "protester"


def test_adjective_reading_of_the_participle_counts_too() -> None:
    # the small model often tags "Striking" as an adjective with lemma "striking"
    doc = build("Striking/striking/ADJ/amod/1 workers/worker/NOUN/nsubj/2 left/leave/VERB/ROOT/2")
    assert protest_participle(doc[0])
    assert group_of(doc[1]) == "protester"


@pytest.mark.parametrize(
    "spec",
    [
        # not people
        "striking/strike/VERB/amod/1 images/image/NOUN/dobj/2 emerged/emerge/VERB/ROOT/2",
        # armed forces march in another sense
        "marching/march/VERB/amod/1 soldiers/soldier/NOUN/nsubj/2 entered/enter/VERB/ROOT/2",
        # "workers" is not modified by a participle here: a plain civilian noun
        "tired/tired/ADJ/amod/1 workers/worker/NOUN/nsubj/2 left/leave/VERB/ROOT/2",
    ],
)
def test_participle_elsewhere_is_no_protest(spec: str) -> None:
    doc = build(spec)
    assert not protest_participle(doc[0])
    assert not any(c.pattern == PARTICIPLE_PATTERN for c in find_cues(doc))
    assert group_of(doc[1]) != "protester"


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2022, 5, 18)
    return list(nlp(doc)._.events)


@pytest.mark.model
def test_striking_workers_marching_is_a_protest_with_them_as_actor(nlp: Language) -> None:
    found = _events(nlp, "Thousands of striking workers marched through the capital on Monday.")
    assert len(found) == 1
    event = found[0]
    assert (event.subtype, event.mode) == ("PEACE_PROTEST", "asserted")
    assert event.trigger.text == "marched"  # the verb names the event, not the participle
    assert event.actors == ("Thousands of striking workers",)
    assert event.targets == ()  # "on Monday" says when, not whom
    assert event.date == "2022-05-16"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Striking miners blocked the main highway.", "Striking miners"),
        ("Protesting farmers dumped manure outside parliament.", "Protesting farmers"),
    ],
)
def test_participle_alone_makes_a_protest(nlp: Language, text: str, actor: str) -> None:
    found = _events(nlp, text)
    assert [(e.type, e.actors) for e in found] == [("Protests", (actor,))]


@pytest.mark.model
def test_striking_images_are_no_event(nlp: Language) -> None:
    assert _events(nlp, "The photographs show striking images of the flooded valley.") == []
