"""Metonymy: a country or capital standing for its government ("Moscow said", "Kyiv's demands").

A place name is metonymic when it acts like an organisation: the subject of a verb of speech or
decision, or the possessor of a noun that only an actor can have (objections, decision, army).
Only countries, national capitals and first-level regions are tested: "Bakhmut said" is rare,
and a town as subject is more often literal ("Bakhmut fell").

A country acts in news far more often than it lies somewhere, so for countries the rule is
wider: the subject of any verb but a few verbs of place ("Ukraine borders", "Iraq lies"), the
possessor of any noun but a few nouns of land ("Ukraine's border", "Iraq's north").
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
    head = token.head
    lemma = head.lemma_.lower()
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
