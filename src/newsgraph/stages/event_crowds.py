"""Who does what at a gathering: readings of the parse that place a protest-family event.

ACLED's codebook separates the protest sub-event types by what the crowd and the authorities
did: demonstrators scuffling or forcing their way in make a violent demonstration; live rounds
fired at or into a crowd are excessive force even when no casualty is named (tear gas, rubber
bullets and warning shots are an intervention); and a protest that is only the reason for an
arrest ("arrested the organisers of Sunday's march") leaves an arrest, not an intervention.
:mod:`.event_classify` weighs these findings; this module only reads them off the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .event_context import agent_of, group_of, head_keys
from .event_cues import Cue, cue_root

#: unrest words naming a physical act of the crowd, not a mood: alone they make a riot
PHYSICAL_UNREST = frozenset(
    {
        "scuffle",
        "clash",
        "storm",
        "smash",
        "break into",
        "stone",
        "with stone",
        "with rock",
        "barricade",
        "burn tyre",
        "burn tire",
        "set fire",
        "loot",
        "torch",
        "attack police",
        "rampage",
        "vandal",
    }
)
#: what is fired when a crowd is only being dispersed (ACLED: an intervention, not lethal force)
_NON_LETHAL = frozenset(
    {
        "rubber",
        "plastic",
        "warning",
        "blank",
        "tear",
        "teargas",
        "gas",
        "pellet",
        "cannon",
        "canister",
        "grenade",
        "flare",
        "air",
    }
)
_LIVE_ROUNDS = frozenset({"round", "bullet", "shot", "ammunition", "live", "gun", "weapon"})
_CROWD = frozenset({"protester", "protestor", "demonstrator", "crowd", "marcher", "mourner"})


def forced_way(doc: Doc, cue: Cue) -> bool:
    """ "forced their way into the building": entering by force."""
    root = cue_root(doc, cue)
    return root.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ == "way" for c in root.children
    )


#: verbs of throwing things at someone: whoever does it at a protest is rioting
_PELTING = frozenset({"pelt"})
#: prepositions that place a protest at a building ("outside the embassy"): the building's
#: name is where, not what
_LOCATIVE = frozenset(
    {"outside", "at", "near", "before", "opposite", "to", "towards", "toward", "front", "in"}
)


def _protest_sentences(doc: Doc, protests: list[tuple[Cue, float]]) -> list[Span]:
    """The sentences holding a protest cue, each once."""
    found: dict[int, Span] = {}
    for protest, _ in protests:
        sentence = doc[protest.start].sent
        found.setdefault(sentence.start, sentence)
    return list(found.values())


def pelting(doc: Doc, protests: list[tuple[Cue, float]]) -> list[tuple[Cue, float]]:
    """ "Protesters pelted the convoy with eggs and stones": throwing at people or vehicles,
    which ACLED counts as violence by the demonstrators."""
    return [
        (Cue("_UNREST", 1.5, token.i, token.i + 1, token.lemma_.lower()), 1.5)
        for sentence in _protest_sentences(doc, protests)
        for token in sentence
        if token.pos_ == "VERB" and token.lemma_.lower() in _PELTING
    ]


def protest_site(doc: Doc, cue: Cue) -> bool:
    """Whether a cue names the building a protest was held at ("outside the embassy")."""
    root = cue_root(doc, cue)
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


def live_fire(doc: Doc, protests: list[tuple[Cue, float]]) -> list[tuple[Cue, float]]:
    """Firing live rounds at or into a protesting crowd ("police fired live bullets at the
    marchers", "troops fired into the crowd"): lethal force in ACLED's terms even when no
    casualty is reported; tear gas, rubber bullets and warning shots are not."""
    found: list[tuple[Cue, float]] = []
    for sentence in _protest_sentences(doc, protests):
        for token in sentence:
            if token.lemma_.lower() != "fire" or token.pos_ != "VERB":
                continue
            if group_of(agent_of(token)) not in ("state", None):
                continue
            objects = [c for c in token.children if c.dep_ == "dobj"]
            words = {w.lower_ for o in objects for w in o.subtree}
            if words & _NON_LETHAL:
                continue
            at_crowd = any(
                c.dep_ == "prep"
                and c.lower_ in ("at", "on", "into", "upon")
                and any(head_keys(g) & _CROWD for g in c.children if g.dep_ == "pobj")
                for c in token.children
            )
            if (words & _LIVE_ROUNDS) or (at_crowd and not objects):
                found.append((Cue("_HARM", 1.5, token.i, token.i + 1, "fire"), 1.5))
    return found


#: prepositions that tie a protest to an arrest as its reason or occasion, not its setting:
#: "arrested for leading protests", "the organisers of Sunday's march", "detained a day before
#: a planned strike", "in connection with last week's riots"
_REASON_PREPS = frozenset({"for", "before", "over", "following", "of", "with", "ahead"})
#: heads of a partitive "of" ("dozens of protesters"): the arrested are the protesters
_PARTITIVE = frozenset(
    {"dozen", "hundred", "thousand", "score", "some", "many", "several", "group", "number"}
)
#: words naming the people protesting: arresting them is intervening in the protest
_PEOPLE_PROTESTING = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "picket"}
)


def _partitive(preposition: Token) -> bool:
    """ "dozens of protesters": an "of" that counts people rather than naming a reason."""
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() in _PARTITIVE


def _protest_is_reason(doc: Doc, protest: Cue, arrest: Cue) -> bool:
    """Whether an arrest is the news and the protest only why it was made ("arrested the
    organisers of Sunday's demonstration"), which ACLED codes as an arrest; arrests made at a
    protest ("detained 30 people during a march") are an intervention in it."""
    token = cue_root(doc, protest)
    if token.lemma_.lower() in _PEOPLE_PROTESTING or token.pos_ not in ("NOUN", "PROPN"):
        return False
    target = cue_root(doc, arrest)
    reason = False
    for _ in range(8):
        if token.i == target.i:
            return reason
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and (
            (head.lower_ in _REASON_PREPS and not _partitive(head))
            or (head.lower_ == "in" and token.lower_ == "connection")
        ):
            reason = True
        token = head
    return False


def arrest_reasons(doc: Doc, frames: dict[str, list[tuple[Cue, float]]]) -> set[Cue]:
    """Protest and riot cues that only say why someone was arrested."""
    arrests = [cue for cue, _ in frames["=ARREST"]]
    if not arrests:
        return set()
    found: set[Cue] = set()
    for key in ("_PROTEST", "=VIOL_DEMONSTR"):
        for cue, _ in frames[key]:
            if any(_protest_is_reason(doc, cue, arrest) for arrest in arrests):
                found.add(cue)
    return found
