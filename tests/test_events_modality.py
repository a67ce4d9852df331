"""Event mode: negated, hypothetical, future and wished events are never asserted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import build
from newsgraph.stages.event_modality import mode_of


@pytest.mark.parametrize(
    ("spec", "trigger", "mode"),
    [
        (
            "Militants/militant/NOUN/nsubj/3 did/do/AUX/aux/3 not/not/PART/neg/3 "
            "attack/attack/VERB/ROOT/3",
            3,
            "negated",
        ),
        (
            "The/the/DET/det/1 town/town/NOUN/nsubjpass/4 would/would/AUX/aux/4 "
            "be/be/AUX/auxpass/4 bombed/bomb/VERB/ROOT/4",
            4,
            "hypothetical",
        ),
        (
            "Troops/troop/NOUN/nsubj/2 will/will/AUX/aux/2 withdraw/withdraw/VERB/ROOT/2",
            2,
            "future",
        ),
        (
            "Russia/Russia/PROPN/nsubj/1 wants/want/VERB/ROOT/1 to/to/PART/aux/3 "
            "invade/invade/VERB/xcomp/1",
            3,
            "wished",
        ),
        (
            "She/she/PRON/nsubj/1 dismisses/dismiss/VERB/ROOT/1 an/an/DET/det/3 "
            "assault/assault/NOUN/dobj/1",
            3,
            "negated",
        ),
        (
            "They/they/PRON/nsubj/1 planned/plan/VERB/ROOT/1 an/an/DET/det/3 "
            "attack/attack/NOUN/dobj/1",
            3,
            "wished",
        ),
        (
            "There/there/PRON/expl/1 was/be/VERB/ROOT/1 no/no/DET/det/3 attack/attack/NOUN/attr/1",
            3,
            "negated",
        ),
        (
            "If/if/SCONJ/mark/2 rebels/rebel/NOUN/nsubj/2 attack/attack/VERB/advcl/5 "
            "the/the/DET/det/4 army/army/NOUN/nsubj/5 responds/respond/VERB/ROOT/5",
            2,
            "hypothetical",
        ),
        (
            "Officials/official/NOUN/nsubj/1 warned/warn/VERB/ROOT/1 of/of/ADP/prep/1 "
            "a/a/DET/det/5 possible/possible/ADJ/amod/5 attack/attack/NOUN/pobj/2",
            5,
            "hypothetical",
        ),
        (
            "Police/police/NOUN/nsubj/1 said/say/VERB/ROOT/1 militants/militant/NOUN/nsubj/3 "
            "attacked/attack/VERB/ccomp/1 the/the/DET/det/5 village/village/NOUN/dobj/3",
            3,
            "asserted",
        ),
        (
            "Rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 and/and/CCONJ/cc/1 "
            "seized/seize/VERB/conj/1 the/the/DET/det/5 town/town/NOUN/dobj/3",
            3,
            "asserted",
        ),
    ],
)
def test_mode_from_hand_built_parse(spec: str, trigger: int, mode: str) -> None:
    assert mode_of(build(spec)[trigger]) == mode


def test_denial_wins_over_modal_would_not_attack() -> None:
    doc = build(
        "The/the/DET/det/1 army/army/NOUN/nsubj/4 would/would/AUX/aux/4 not/not/PART/neg/4 "
        "attack/attack/VERB/ROOT/4"
    )
    assert mode_of(doc[4]) == "negated"


def test_negative_subject_denies_the_event() -> None:
    doc = build(
        "Nobody/nobody/PRON/nsubj/2 has/have/AUX/aux/2 retaken/retake/VERB/ROOT/2 "
        "the/the/DET/det/4 town/town/NOUN/dobj/2"
    )
    assert mode_of(doc[2]) == "negated"


def test_reported_clause_keeps_its_own_mode() -> None:
    # "The minister did not say whether troops attacked": the denial is the minister's
    doc = build(
        "The/the/DET/det/1 minister/minister/NOUN/nsubj/4 did/do/AUX/aux/4 not/not/PART/neg/4 "
        "say/say/VERB/ROOT/4 troops/troop/NOUN/nsubj/6 attacked/attack/VERB/ccomp/4"
    )
    assert mode_of(doc[6]) == "asserted"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "mode"),
    [
        ("The village would be bombed if talks failed.", "bombed", "hypothetical"),
        ("The rebels threatened to storm the capital.", "storm", "wished"),
        ("Officials said the militants did not attack the convoy.", "attack", "negated"),
        ("The army will withdraw from the border next week.", "withdraw", "future"),
        ("Militants attacked the convoy near the border on Monday.", "attacked", "asserted"),
    ],
)
def test_mode_with_the_model(nlp: Language, text: str, word: str, mode: str) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert mode_of(token) == mode
