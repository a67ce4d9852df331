"""The ``events`` stage: what happened, typed with the CASE 2021 / ACLED sub-event types.

Each sentence outside boilerplate is scored from its trigger cues
(:mod:`.event_cues`, resolved in context by :mod:`.event_classify`); a sentence whose best
label scores at least :data:`MIN_SCORE` yields one event, with its trigger, actors and targets
(entity ids where the phrase is an entity), the place and date tied to the trigger's clause
(:mod:`.event_links`), else the publication date flagged ``date_from_publication``, and a
``mode`` (:mod:`.event_modality`): an event that is negated, hypothetical, future or wished is
still recorded, so that readers see what was threatened, but never with ``mode="asserted"``.
One event per sentence keeps "killed in an air strike" one event, not two.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicons.events import SUBTYPE_TYPE
from ..records import Event, Offsets, TextSpan
from .event_classify import Scored, score_cues, sentences, usable
from .event_cues import find_cues
from .event_links import (
    Anchor,
    agent_tokens,
    closest_in_clause,
    date_anchors,
    participants,
    place_anchors,
)
from .event_modality import mode_of

#: the weakest sentence score reported as an event in an article: one specific cue (a weapon,
#: "arrested", "protest") passes; a lone generic word ("attacked", "blame", "visit") does not.
#: Snippet classification (:func:`.event_classify.top_label`) has no threshold: it always names
#: the most likely type.
MIN_SCORE = 3.0


def event_type(subtype: str) -> str:
    """ACLED's event type for a CASE 2021 sub-event type."""
    return SUBTYPE_TYPE.get(subtype, "Strategic developments")


def _confidence(score: float) -> float:
    """A score mapped into 0..1: one specific cue gives about 0.5, converging cues more."""
    return round(score / (score + 3.0), 2)


def _sentence_event(
    doc: Doc,
    sentence: Span,
    number: int,
    best: Scored,
    anchors: tuple[list[Anchor], list[Anchor]],
) -> Event:
    cue = best.trigger
    trigger_span = doc[cue.start : cue.end]
    root = trigger_span.root
    actors, targets = participants(doc, root, doc._.entities)
    places, dates = anchors
    place = closest_in_clause(doc, root, places, agent_tokens(root))
    date = closest_in_clause(doc, root, dates)
    published = doc._.published
    from_publication = date is None and published is not None
    if from_publication:
        date = published.isoformat()
    return Event(
        id=f"v{number}",
        type=event_type(best.label),
        subtype=best.label,
        actors=actors,
        targets=targets,
        place=place,
        date=date,
        trigger=TextSpan(trigger_span.start_char, trigger_span.end_char, trigger_span.text),
        sentence=Offsets(sentence.start_char, sentence.end_char),
        confidence=_confidence(best.score),
        mode=mode_of(root),
        date_from_publication=from_publication,
    )


def find(doc: Doc) -> list[Event]:
    """One event per sentence that reports one, in text order, ids ``v1``, ``v2``…"""
    events: list[Event] = []
    anchors: tuple[list[Anchor], list[Anchor]] | None = None
    for sentence in sentences(doc):
        # cue by cue, not sentence by sentence: the parser may glue a promo line to the story
        cues = [c for c in find_cues(doc, sentence.start, sentence.end) if usable(doc, c)]
        if not cues:
            continue
        ranked = score_cues(doc, ((cue, 1.0) for cue in cues))
        if not ranked or ranked[0].score < MIN_SCORE:
            continue
        if anchors is None:  # located once per document, only if it reports an event
            anchors = (place_anchors(doc, doc._.places), date_anchors(doc, doc._.dates))
        events.append(_sentence_event(doc, sentence, len(events) + 1, ranked[0], anchors))
    return events


def set_annotations(doc: Doc, found: list[Event]) -> None:
    doc._.events = tuple(found)


@Language.factory(
    "newsgraph_events",
    requires=[
        "token.lemma",
        "token.dep",
        "doc._.boilerplate",
        "doc._.entities",
        "doc._.places",
        "doc._.dates",
    ],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> EventsStage:
    return EventsStage()


class EventsStage:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        return doc
