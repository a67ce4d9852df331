"""Who did what to whom around an event trigger, read off the dependency parse.

Several sub-event types differ only in their participants: an attack on soldiers is an armed
clash, on villagers an attack on civilians; a town taken by the army is regained territory, by
militants overtaken territory; weapons seized are a disruption of weapons use, a town seized is
a change of territory. These helpers find a trigger's agent and patient and sort a noun phrase
into the groups those distinctions need, using lemmas of the phrase's head and modifiers only
(never the whole sentence), so a neighbouring clause does not decide the type.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicons.events import (
    ARMED_WORDS,
    CIVILIAN_WORDS,
    NONSTATE_WORDS,
    PROTESTER_WORDS,
    STATE_WORDS,
)
from .event_cues import token_keys
from .event_participles import has_protest_participle, participants_head, protest_participle

_SUBJECT = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
_OBJECT = frozenset({"dobj", "obj", "attr"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "ccomp"})
_NOUN_TO_VERB = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "compound", "appos"})
#: prepositions introducing what a verb or a noun of violence is aimed at ("fired at", "an
#: attack on"); "in" gives a location, not a target ("attacks in Idlib")
_VERB_TARGET_PREPS = frozenset({"on", "against", "at", "upon", "targeting"})
_NOUN_TARGET_PREPS = frozenset({"on", "against", "upon", "targeting"})
_AGENT_PREPS = frozenset({"by", "from"})
_PRONOUNS = frozenset({"it", "they", "we"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_QUANTITIES = frozenset(
    {"hundred", "thousand", "dozen", "score", "number", "group", "band", "member"}
)


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in _PASSIVE_SUBJECT or child.dep_ == "auxpass" for child in verb.children)


def _child(token: Token, deps: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _prep_object(token: Token, preps: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            obj = _child(child, frozenset({"pobj"}))
            if obj is not None:
                return obj
    return None


def governing_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to ("launched an attack" -> launched), else itself."""
    current = token
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        if current.dep_ not in _NOUN_TO_VERB and current.dep_ != "prep":
            return current
        current = current.head
    return current


def agent_of(trigger: Token) -> Token | None:
    """Who carries out the event: the active subject, the passive ``by`` phrase, or for a noun
    trigger the subject of the verb it is the object of ("militants launched an attack"); for
    a protest participle the people it describes ("thousands of striking workers")."""
    if protest_participle(trigger):
        return participants_head(trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        by = _prep_object(trigger, _AGENT_PREPS)
        if by is not None:
            return by
        if trigger.dep_ not in ("dobj", "attr") or trigger.head.pos_ not in ("VERB", "AUX"):
            return None  # "protests over deaths": the protesters did not cause the deaths
        trigger = trigger.head
    verb = trigger
    for _ in range(3):
        if is_passive(verb):
            return _prep_object(verb, _AGENT_PREPS)
        subject = _child(verb, _SUBJECT)
        if subject is not None:
            return _antecedent(subject, verb)
        if verb.dep_ not in _CLIMB or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _antecedent(subject: Token, verb: Token) -> Token:
    """ "The army said it had retaken the town": a pronoun subject of a reported clause
    stands for the reporter, the subject of the verb that reports it."""
    if subject.lower_ not in _PRONOUNS or verb.dep_ != "ccomp":
        return subject
    reporter = _child(verb.head, _SUBJECT)
    if reporter is None or reporter.pos_ not in ("NOUN", "PROPN"):
        return subject
    return reporter


def patient_of(trigger: Token) -> Token | None:
    """Whom or what the event is done to: object, passive subject, or ``on``/``against`` phrase."""
    if protest_participle(trigger):
        return None  # "striking workers": the strike has no patient in the phrase
    if trigger.pos_ in ("VERB", "AUX"):
        found = _child(trigger, _OBJECT) or _child(trigger, _PASSIVE_SUBJECT)
        if found is not None:
            return found
        found = _prep_object(trigger, _VERB_TARGET_PREPS)
        # "marched on Monday": a date after "on" says when, not whom the act was aimed at
        return None if found is not None and found.ent_type_ in _TIME_ENTS else found
    found = _prep_object(trigger, _NOUN_TARGET_PREPS | {"of"})
    if found is not None:
        return found
    if trigger.dep_ in _PASSIVE_SUBJECT:
        return None
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The head and its left-hand modifiers (compounds, adjectives, determiners)."""
    tokens = [t for t in head.lefts if t.dep_ not in ("punct", "cc", "prep")]
    tokens.append(head)
    for right in head.rights:
        if right.dep_ in ("compound", "flat", "appos"):
            tokens.append(right)
    of = _prep_object(head, frozenset({"of"}))
    if of is not None:
        tokens.append(of)
        tokens.extend(of.lefts)
    return tokens


def phrase_span(head: Token) -> Span:
    """The noun phrase a head word stands for, as a contiguous span ("Ukrainian troops")."""
    doc = head.doc
    left = head.i
    for token in head.lefts:
        if token.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case"):
            left = min(left, token.left_edge.i)
    right = head.i
    for token in head.rights:
        if token.dep_ in ("compound", "flat"):
            right = max(right, token.i)
        elif token.dep_ == "prep" and token.lower_ == "of" and token.i == right + 1:
            right = max(right, token.right_edge.i)  # "the village of Kashkash"
    return doc[left : right + 1]


def group_of(head: Token | None) -> str | None:
    """``protester``, ``nonstate``, ``state``, ``civilian`` or None for the phrase at ``head``."""
    if head is None:
        return None
    if head.lemma_.lower() in _QUANTITIES:  # "hundreds of youths": the youths
        head = _prep_object(head, frozenset({"of"})) or head
    keys: set[str] = set()
    for token in phrase_tokens(head):
        keys.update(token_keys(token))
    head_keys = set(token_keys(head))
    if head_keys & PROTESTER_WORDS or has_protest_participle(head):
        return "protester"
    if keys & NONSTATE_WORDS:
        return "nonstate"
    if keys & STATE_WORDS:
        return "state"
    if head_keys & CIVILIAN_WORDS or head.ent_type_ == "PERSON":
        return "civilian"
    if keys & ARMED_WORDS:  # "a patrol team", "a checkpoint guard"
        return "state"
    return None


def is_armed(group: str | None) -> bool:
    return group in ("state", "nonstate")


def head_keys(head: Token | None) -> set[str]:
    """Lemma forms of a phrase head and its compounds ("weapons cache" -> weapon, cache)."""
    if head is None:
        return set()
    keys: set[str] = set(token_keys(head))
    for token in head.lefts:
        if token.dep_ in ("compound", "amod"):
            keys.update(token_keys(token))
    of = _prep_object(head, frozenset({"of"}))
    if of is not None:
        keys.update(token_keys(of))
    return keys
