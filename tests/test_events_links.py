"""Events tied to their place, date and participants through the parse (hand-built records)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from events_helpers import build
from newsgraph.records import Boilerplate, Entity, Place, PlaceMention, TextSpan, TimeExpression
from newsgraph.stages import events

# "Russian forces shelled Kharkiv on Monday , officials in Kyiv said ."
_SHELLED = (
    "Russian/russian/ADJ/amod/1/NORP forces/force/NOUN/nsubj/2 shelled/shell/VERB/ccomp/10 "
    "Kharkiv/Kharkiv/PROPN/dobj/2/GPE on/on/ADP/prep/2 Monday/Monday/PROPN/pobj/4/DATE "
    ",/,/PUNCT/punct/10 officials/official/NOUN/nsubj/10 in/in/ADP/prep/7 "
    "Kyiv/Kyiv/PROPN/pobj/8/GPE said/say/VERB/ROOT/10 ././PUNCT/punct/10"
)


def _place(pid: str, name: str, doc: Doc, index: int, kind: str = "literal") -> Place:
    token = doc[index]
    mention = PlaceMention(token.idx, token.idx + len(token), token.text, kind)
    return Place(pid, name, 1, 50.0, 36.0, "city", "UA", "07", 0.9, (mention,))


def _date(doc: Doc, index: int, value: str) -> TimeExpression:
    token = doc[index]
    return TimeExpression(token.text, token.idx, token.idx + len(token), value, True)


def _shelling_doc(published: dt.date | None = dt.date(2022, 10, 4)) -> Doc:
    doc = build(_SHELLED)
    doc._.published = published
    doc._.places = (
        _place("p1", "Russia", doc, 0, kind="demonym"),
        _place("p2", "Kharkiv", doc, 3),
        _place("p3", "Kyiv", doc, 9),
    )
    doc._.dates = (_date(doc, 5, "2022-10-03"),)
    return doc


def test_event_has_type_trigger_place_date_and_actor() -> None:
    found = events.find(_shelling_doc())
    assert len(found) == 1
    event = found[0]
    assert (event.id, event.type, event.subtype) == (
        "v1",
        "Explosions/Remote violence",
        "ART_MISS_ATTACK",
    )
    assert event.trigger.text == "shelled"
    assert event.place == "p2"  # Kharkiv, not Kyiv where officials spoke, not Russia (demonym)
    assert (event.date, event.date_from_publication) == ("2022-10-03", False)
    assert event.actors == ("Russian forces",)
    assert event.targets == ("Kharkiv",)
    assert event.mode == "asserted"
    assert 0.0 < event.confidence < 1.0


def test_place_of_another_clause_is_not_the_event_place() -> None:
    doc = _shelling_doc()
    doc._.places = (_place("p3", "Kyiv", doc, 9),)
    assert events.find(doc)[0].place is None


def test_without_linked_date_the_publication_date_is_used_and_flagged() -> None:
    doc = _shelling_doc()
    doc._.dates = ()
    event = events.find(doc)[0]
    assert (event.date, event.date_from_publication) == ("2022-10-04", True)


def test_without_any_date_the_event_date_is_unknown() -> None:
    doc = _shelling_doc(published=None)
    doc._.dates = ()
    event = events.find(doc)[0]
    assert (event.date, event.date_from_publication) == (None, False)


def test_actor_that_is_an_entity_is_given_by_id() -> None:
    doc = _shelling_doc()
    start = doc[0].idx
    end = doc[1].idx + len(doc[1])
    doc._.entities = (
        Entity("e4", "Russian forces", "GROUP", mentions=(TextSpan(start, end, "Russian forces"),)),
    )
    assert events.find(doc)[0].actors == ("e4",)


def test_boilerplate_sentences_yield_no_events() -> None:
    doc = _shelling_doc()
    doc._.boilerplate = (Boilerplate(0, len(doc.text), doc.text, "teaser"),)
    assert events.find(doc) == []


def test_sentence_without_an_event_yields_nothing() -> None:
    doc = build("The/the/DET/det/1 weather/weather/NOUN/nsubj/2 improved/improve/VERB/ROOT/2")
    assert events.find(doc) == []


def test_events_are_numbered_in_text_order() -> None:
    spec = (
        "Police/police/NOUN/nsubj/1 arrested/arrest/VERB/ROOT/1 ten/ten/NUM/nummod/3 "
        "men/man/NOUN/dobj/1 ././PUNCT/punct/1 "
        "Militants/militant/NOUN/nsubj/6 seized/seize/VERB/ROOT/6 the/the/DET/det/8 "
        "town/town/NOUN/dobj/6 ././PUNCT/punct/6"
    )
    found = events.find(build(spec))
    assert [(e.id, e.subtype) for e in found] == [
        ("v1", "ARREST"),
        ("v2", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ]
    assert found[1].sentence.start > found[0].sentence.end - 1


def test_event_type_of_unknown_subtype_is_a_strategic_development() -> None:
    assert events.event_type("AIR_STRIKE") == "Explosions/Remote violence"
    assert events.event_type("SOMETHING_NEW") == "Strategic developments"


def test_coordinated_verb_shares_the_place_and_date_of_its_first_conjunct() -> None:
    # "Grenades were found in Lviv on Tuesday and defused ."
    doc = build(
        "Grenades/grenade/NOUN/nsubjpass/2 were/be/AUX/auxpass/2 found/find/VERB/ROOT/2 "
        "in/in/ADP/prep/2 Lviv/Lviv/PROPN/pobj/3/GPE on/on/ADP/prep/2 "
        "Tuesday/Tuesday/PROPN/pobj/5/DATE and/and/CCONJ/cc/2 defused/defuse/VERB/conj/2 "
        "././PUNCT/punct/2"
    )
    doc._.published = dt.date(2022, 5, 18)
    doc._.places = (_place("p1", "Lviv", doc, 4),)
    doc._.dates = (_date(doc, 6, "2022-05-17"),)
    event = events.find(doc)[0]
    assert (event.subtype, event.trigger.text) == ("DISR_WEAP", "defused")
    assert (event.place, event.date, event.date_from_publication) == ("p1", "2022-05-17", False)
