"""Whether an event is reported as having happened: the ``mode`` of an event trigger.

"The town would be bombed", "they want to invade", "militants did not attack", "troops will
withdraw": these name events that did not (or not yet) happen, and a conflict database that
counts them as facts invents violence. The mode is read from the trigger's own clause and the
verbs that govern it: a negation, a modal or future auxiliary, an ``if`` clause, a verb of
wanting or threatening whose complement the trigger is, or an adjective such as "planned".
The closest signal wins, so "said it had not attacked" is negated and "threatened to attack"
is wished.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicons.events import (
    CONDITION_MARKS,
    DENIAL_VERBS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    NEGATORS,
    UNREAL_MODIFIERS,
    WISH_VERBS,
)

ASSERTED = "asserted"
_NOUN_TO_VERB = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "prep", "compound"})
#: dependencies across which a verb shares its governor's reality ("will attack and seize")
_SHARED = frozenset({"xcomp", "conj", "prep", "pcomp"})


#: verbs that put a gathering on the calendar: their object has not happened yet ("announced
#: a general strike for Friday", "called a strike", "a march was scheduled for May")
_SCHEDULING_VERBS = frozenset({"announce", "call", "schedule", "slate", "set"})
#: gatherings that are announced before they take place; announcing sanctions or a ceasefire
#: is the act itself, so only these nouns are read as planned
_GATHERINGS = frozenset(
    {
        "strike",
        "protest",
        "demonstration",
        "march",
        "rally",
        "sit-in",
        "walkout",
        "boycott",
        "vigil",
        "shutdown",
        "stayaway",
        "picket",
    }
)


def _scheduled(token: Token, head: Token) -> bool:
    """A gathering announced, called or scheduled: the object of such a verb or the subject
    of its passive ("a march was announced"). A participle modifying the noun is left alone:
    "the strike called by the unions paralysed the city" reports a strike that happened."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in _GATHERINGS:
        return False
    return token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _SCHEDULING_VERBS


_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})

#: when one word carries several signals ("would not attack"), the strongest denial wins
_PRIORITY = ("negated", "wished", "hypothetical", "future")


def _own_signal(token: Token) -> str | None:
    """The mode that ``token``'s own dependents give it, if any."""
    found: set[str] = set()
    for child in token.children:
        dep, word = child.dep_, child.lower_
        if dep == "neg" or (dep == "det" and word == "no") or word in NEGATORS:
            found.add("negated")
        elif (
            dep in _ARGUMENTS
            and word == "one"
            and any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)
        ):
            found.add("negated")  # "injuring no one", "no one was hurt"
        elif dep == "aux" and word in FUTURE_AUX:
            found.add("future")
        elif (dep == "aux" and word in HYPOTHETICAL_AUX) or (
            dep == "mark" and word in CONDITION_MARKS
        ):
            found.add("hypothetical")
        elif dep in ("amod", "compound", "nmod") and word in UNREAL_MODIFIERS:
            found.add(UNREAL_MODIFIERS[word])
    if (
        token.lemma_ == "go"
        and token.tag_ == "VBG"
        and any(c.dep_ == "xcomp" for c in token.children)
    ):
        found.add("future")  # "are going to attack"
    return next((mode for mode in _PRIORITY if mode in found), None)


def mode_of(trigger: Token) -> str:
    """``asserted``, ``negated``, ``hypothetical``, ``future`` or ``wished`` for a trigger.

    Climbs from the trigger through the words that share its reality (a verb's infinitive
    complement, a coordinated verb, the verb a noun trigger is the object or subject of) and
    stops at a clause boundary: the complement of "said" keeps its own mode.
    """
    token = trigger
    for _ in range(6):
        signal = _own_signal(token)
        if signal is not None:
            return signal
        head = token.head
        if head.i == token.i:
            return ASSERTED
        governor = head.head if token.dep_ == "pobj" and head.dep_ == "prep" else head
        if token.dep_ == "pobj" and governor.lower_ in UNREAL_MODIFIERS:
            found = UNREAL_MODIFIERS[governor.lower_]  # "the threat of an attack"
            return found
        if _scheduled(token, head):
            return "future"  # "announced a general strike for Friday", "called a strike"
        if token.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in WISH_VERBS:
            return "wished"  # "want to invade", "planned an attack"
        if token.dep_ in ("dobj", "pcomp", "xcomp") and head.lemma_.lower() in DENIAL_VERBS:
            return "negated"  # "dismisses an assault as wishful thinking", "denied attacking"
        is_noun = token.pos_ in ("NOUN", "PROPN")
        if token.dep_ in _SHARED or (is_noun and token.dep_ in _NOUN_TO_VERB):
            token = head
            continue
        return ASSERTED
    return ASSERTED
