"""Metonymy: a country or capital standing for its government ("Moscow said", "Kyiv's demands").

A place name is metonymic when it acts like an organisation: the subject of a verb of speech or
decision, or the possessor of a noun that only an actor can have (objections, decision, army).
Only countries, national capitals and first-level regions are tested: "Bakhmut said" is rare,
and a town as subject is more often literal ("Bakhmut fell").

A country acts in news far more often than it lies somewhere, so for countries the rule is
wider: the subject of any verb but a few verbs of place ("Ukraine borders", "Iraq lies"), the
possessor of any noun but a few nouns of land ("Ukraine's border", "Iraq's north"), the agent
of a passive ("invaded by Turkey"), the partner of a relation ("talks with Russia", "the game
against Louisville", "relations between Armenia and the Holy See"; not "the border with
Russia") and the recipient of a verb ("giving Russia a chance"). Any tested place is an actor
as the object of a verb whose object acts or is held responsible ("Britain accuses Russia",
"urged Kyiv to", "supporting Dominica"). A conjunct joined by "and"/"or" shares the role of
the first one: "China and Russia hope" makes both actors.
"""

from __future__ import annotations

from spacy.tokens import Doc

_ACTOR_VERBS = frozenset(
    [
        "say",
        "tell",
        "announce",
        "claim",
        "deny",
        "insist",
        "warn",
        "threaten",
        "demand",
        "accuse",
        "blame",
        "urge",
        "reject",
        "refuse",
        "decide",
        "agree",
        "sign",
        "approve",
        "vote",
        "impose",
        "sanction",
        "respond",
        "reply",
        "condemn",
        "criticise",
        "criticize",
        "protest",
        "insist",
        "promise",
        "pledge",
        "vow",
        "propose",
        "offer",
        "negotiate",
        "recognise",
        "recognize",
        "support",
        "back",
        "oppose",
        "want",
        "seek",
        "ask",
        "expel",
        "summon",
        "retaliate",
        "veto",
        "order",
        "launch",
        "send",
        "deploy",
    ]
)
_ACTOR_NOUNS = frozenset(
    [
        "objection",
        "decision",
        "position",
        "stance",
        "demand",
        "response",
        "refusal",
        "policy",
        "government",
        "claim",
        "statement",
        "plan",
        "offer",
        "proposal",
        "warning",
        "threat",
        "support",
        "response",
        "reaction",
        "army",
        "troops",
        "forces",
        "military",
        "navy",
        "leadership",
        "leader",
        "president",
        "minister",
        "ministry",
        "embassy",
        "delegation",
        "diplomat",
        "sanction",
        "ambition",
        "aggression",
        "invasion",
        "war",
        "campaign",
        "strategy",
        "intention",
        "envoy",
        "ally",
        "allies",
        "representative",
        "spokesman",
        "provocation",
        "demand",
        "refusal",
        "veto",
        "spokeswoman",
        "officials",
    ]
)
#: verbs whose direct object is an actor: "accused Russia of", "urged Kyiv to", "beat Louisville"
_OBJECT_ACTOR_VERBS = frozenset(
    [
        "accuse",
        "blame",
        "urge",
        "ask",
        "order",
        "force",
        "persuade",
        "pressure",
        "press",
        "prompt",
        "encourage",
        "invite",
        "allow",
        "call",
        "warn",
        "threaten",
        "sanction",
        "punish",
        "condemn",
        "criticise",
        "criticize",
        "praise",
        "thank",
        "congratulate",
        "support",
        "help",
        "defeat",
        "beat",
        "outlast",
        "join",
        "sue",
        "charge",
    ]
)
#: prepositions whose object is the other party of a relation: "talks with Russia"
_RELATION_PREPS = frozenset(["with", "against", "between"])
METONYMIC_CODES = frozenset("CKR")
_PLACE_VERBS = frozenset(
    [
        "be",
        "lie",
        "border",
        "sit",
        "stretch",
        "extend",
        "cover",
        "remain",
        "become",
        "have",
        "lay",
        "locate",
        "situate",
    ]
)
_LAND_NOUNS = frozenset(
    [
        "border",
        "frontier",
        "capital",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "coast",
        "coastline",
        "territory",
        "soil",
        "land",
        "city",
        "town",
        "village",
        "region",
        "province",
        "area",
        "part",
        "landscape",
        "mountain",
        "river",
        "sea",
        "island",
        "population",
        "people",
        "citizen",
        "resident",
        "inhabitant",
        "street",
        "climate",
        "weather",
        "map",
        "side",
        "edge",
        "centre",
        "center",
        "heart",
        "outskirt",
        "suburb",
        "countryside",
    ]
)


def is_metonymic(doc: Doc, root: int, country: bool = False) -> bool:
    """True when the mention whose root token is ``root`` is used as an actor.

    ``country``: the mention is a country, tested with the wider rule.
    """
    token = doc[root]
    # "China and Russia hope": a conjunct plays the role of the first conjunct
    while token.dep_ == "conj" and _coordinated(doc, token.head.i, token.i):
        token = token.head
    head = token.head
    lemma = head.lemma_.lower()
    if token.dep_ == "dobj" and lemma in _OBJECT_ACTOR_VERBS:
        return True
    if country and token.dep_ == "dative":  # "giving Russia a chance": a recipient acts
        return True
    if country and token.dep_ == "pobj":
        if head.dep_ == "agent":  # "an investigation by the United States"
            return True
        relation = head.head.lemma_.lower()
        if head.lower_ in _RELATION_PREPS and relation not in _LAND_NOUNS:
            return True
    if token.dep_ in ("nsubj", "nsubjpass"):
        if lemma in _ACTOR_VERBS:
            return True
        if country and head.pos_ == "VERB" and lemma not in _PLACE_VERBS:
            return True
    if token.dep_ == "poss":
        if lemma in _ACTOR_NOUNS:
            return True
        if country and head.pos_ == "NOUN" and lemma not in _LAND_NOUNS:
            return True
    # "Moscow 's objections": the possessive marker may hang off the name itself
    is_possessive = any(
        child.dep_ == "case" and child.lower_ in ("'s", "’s") for child in token.children
    )
    return is_possessive and head.lemma_.lower() in _ACTOR_NOUNS


def _coordinated(doc: Doc, first: int, later: int) -> bool:
    """True when "and"/"or" joins the two conjuncts (not a dateline's "KOLKATA, India")."""
    return first < later and any(t.dep_ == "cc" for t in doc[first + 1 : later])
