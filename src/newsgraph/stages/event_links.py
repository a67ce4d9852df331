"""Tie an event to its participants, place and date through the parse, not through proximity.

GDELT-style stitching takes the nearest place name in the text and so reports a strike "in"
the capital from which a ministry commented on it. Here a place or date belongs to an event
only if it sits inside the clause of the event's trigger (the subtree of the trigger's verb)
and, for places, is a literal mention: a demonym ("Russian forces") describes an actor and a
capital standing for its government ("Moscow said") is metonymic; neither is a location.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Entity, Place, TimeExpression
from .event_context import agent_of, governing_verb, patient_of, phrase_span

#: place mention kinds that say where something happened
_LOCATING_KINDS = frozenset({"literal", ""})
#: date types that can date an event (not durations or sets)
_DATING_TYPES = frozenset({"DATE", "TIME"})
_DEMONYM_ENTS = frozenset({"NORP", "GPE", "ORG"})


def _span_label(doc: Doc, span: Span, entities: Sequence[Entity]) -> str:
    """An entity id when the phrase is (or contains) a mention of one, else the phrase."""
    start, end = span.start_char, span.end_char
    for entity in entities:
        for mention in entity.mentions:
            if mention.start < end and start < mention.end:
                return entity.id
    return span.text


def participants(
    doc: Doc, trigger: Token, entities: Sequence[Entity]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(actors, targets) of an event: entity ids where the phrase is an entity, else phrases."""
    actors: list[str] = []
    targets: list[str] = []
    agent = agent_of(trigger)
    if agent is not None and agent.pos_ not in ("PRON", "DET"):
        actors.append(_span_label(doc, phrase_span(agent), entities))
    elif trigger.pos_ in ("NOUN", "PROPN"):
        # "Russian air strikes": the modifier names who struck
        for child in trigger.lefts:
            if child.dep_ in ("amod", "compound") and child.ent_type_ in _DEMONYM_ENTS:
                actors.append(_span_label(doc, phrase_span(child), entities))
                break
    patient = patient_of(trigger)
    if patient is not None and patient.pos_ not in ("PRON", "DET"):
        targets.append(_span_label(doc, phrase_span(patient), entities))
    return tuple(dict.fromkeys(actors)), tuple(dict.fromkeys(targets))


def clause_tokens(trigger: Token) -> tuple[Token, set[int]]:
    """The verb that carries the event and the token indices of its clause.

    Coordinated verbs share what is attached to the first one ("were found near the station
    in Lviv on Tuesday and defused"), so the clause of a later conjunct is its first conjunct's;
    the caller still prefers what hangs from the event's own verb.
    """
    verb = governing_verb(trigger)
    first = verb
    for _ in range(3):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    indices = {t.i for t in first.subtree}
    indices.update(t.i for t in trigger.subtree)
    return verb, indices


def _distance(token: Token, anchor: Token) -> int:
    """Head hops from ``token`` up to ``anchor`` (large when ``anchor`` does not govern it)."""
    steps = 0
    while token is not anchor and steps < 50:
        if token.head.i == token.i:
            return 100
        token = token.head
        steps += 1
    return steps


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place mention or date expression located once per document at its head token."""

    token: int
    value: str  # place id or date value


def place_anchors(doc: Doc, places: Sequence[Place]) -> list[Anchor]:
    """Head tokens of the literal place mentions (demonyms and metonyms do not locate)."""
    anchors: list[Anchor] = []
    for place in places:
        for mention in place.mentions:
            if mention.kind not in _LOCATING_KINDS:
                continue
            token = _token_at(doc, mention.start, mention.end)
            if token is not None:
                anchors.append(Anchor(token.i, place.id))
    return anchors


def date_anchors(doc: Doc, dates: Sequence[TimeExpression]) -> list[Anchor]:
    """Head tokens of the resolved date and time expressions (not durations or sets)."""
    anchors: list[Anchor] = []
    for date in dates:
        if date.value is None or date.type not in _DATING_TYPES:
            continue
        token = _token_at(doc, date.start, date.end)
        if token is not None:
            anchors.append(Anchor(token.i, date.value))
    return anchors


def closest_in_clause(
    doc: Doc, trigger: Token, anchors: Sequence[Anchor], exclude: AbstractSet[int] = frozenset()
) -> str | None:
    """The anchor inside the trigger's clause nearest to its verb in the tree, else None.

    Never the nearest name in the text: a place in another clause ("officials in Kyiv said")
    is where something else happened.
    """
    verb, clause = clause_tokens(trigger)
    best: tuple[int, int, str] | None = None
    for anchor in anchors:
        if anchor.token not in clause or anchor.token in exclude:
            continue
        key = (_distance(doc[anchor.token], verb), abs(anchor.token - trigger.i), anchor.value)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def linked_place(
    doc: Doc, trigger: Token, places: Sequence[Place], exclude: set[int]
) -> str | None:
    """The id of the place literally mentioned in the trigger's clause, closest in the tree."""
    return closest_in_clause(doc, trigger, place_anchors(doc, places), exclude)


def linked_date(doc: Doc, trigger: Token, dates: Sequence[TimeExpression]) -> str | None:
    """The resolved value of the date expression in the trigger's clause, closest in the tree."""
    return closest_in_clause(doc, trigger, date_anchors(doc, dates))


def agent_tokens(trigger: Token) -> set[int]:
    """Token indices of the actor phrase: a place named there describes who acted
    ("Kharkiv police"), not where; a place named as the target is where it happened."""
    head = agent_of(trigger)
    if head is None:
        return set()
    span = phrase_span(head)
    return set(range(span.start, span.end))
