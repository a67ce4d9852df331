"""People described by what they are doing: "striking miners", "protesting farmers".

A present participle of a protest verb in front of a noun naming people says that those people
are on strike or protesting: they are the actors of a protest even when the sentence's verb
("marched", "blocked") or no verb at all says so. The lexicon cannot hold this: "strike" alone
is an attack word ("air strike"), and the small model tags the participle now as a verb, now as
an adjective with the lemma "striking". So the participle is recognised by its form (an "-ing"
word whose stem is a protest verb), its place (modifying a noun) and its noun (people, not
"striking images" or "striking distance").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicons.events import (
    ARMED_WORDS,
    CIVILIAN_WORDS,
    MOB_WORDS,
    PROTESTER_WORDS,
)

#: verbs whose present participle, said of people, makes them protesters or strikers
PROTEST_VERBS = frozenset({"strike", "protest", "demonstrate", "picket", "march", "rally"})
#: the pattern name of a participle cue (:func:`newsgraph.stages.event_cues.find_cues`)
PARTICIPLE_PATTERN = "protest participle"
#: the cue weight: that of a specific protest word ("protesters", "marched")
PARTICIPLE_WEIGHT = 3.0
#: dependencies of a word that modifies the noun after it
_MODIFIER = frozenset({"amod", "compound", "nmod"})
#: endings of nouns for a person by occupation or role ("dockers", "pensioners", "students")
_PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ees", "ants", "ents")
_PEOPLE = (PROTESTER_WORDS | CIVILIAN_WORDS | MOB_WORDS) - ARMED_WORDS
#: nouns that count people ("thousands of", "a group of"): the count names the crowd
_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "million", "number", "group"})


def protest_stem(word: str) -> str | None:
    """The verb of an "-ing" form ("striking" -> strike, "protesting" -> protest), if it is a
    protest verb."""
    if len(word) < 6 or not word.endswith("ing"):
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if verb in PROTEST_VERBS:
            return verb
    return None


def names_people(noun: Token) -> bool:
    """Whether a noun names people who could strike or protest: a word for civilians or
    protesters, or a plural agent noun ("dockers", "pensioners"); armed forces march and strike
    in another sense ("marching soldiers")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    lower = noun.lower_
    if lemma in ARMED_WORDS or lower in ARMED_WORDS:
        return False
    if lemma in _PEOPLE or lower in _PEOPLE:
        return True
    return noun.tag_ in ("NNS", "NNPS") and lower.endswith(_PERSON_ENDINGS)


def protest_participle(token: Token) -> bool:
    """Whether ``token`` is a protest participle modifying a people noun ("striking workers")."""
    if token.dep_ not in _MODIFIER or token.head.i <= token.i:
        return False
    if protest_stem(token.lower_) is None:
        return False
    return names_people(token.head)


def participants_head(token: Token) -> Token:
    """The phrase naming the people a participle describes: the noun, or the count it is
    counted by ("thousands of striking workers")."""
    noun = token.head
    of = noun.head
    if (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i != of.i
        and (of.head.pos_ == "NUM" or of.head.lemma_.lower() in _COUNTS)
    ):
        return of.head
    return noun


def has_protest_participle(noun: Token) -> bool:
    """Whether a noun is described by a protest participle ("striking miners")."""
    return any(protest_participle(child) for child in noun.lefts)
