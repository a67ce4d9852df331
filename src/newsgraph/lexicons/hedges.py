"""Hedge and evidential cues: the words by which a text says how surely something holds.

Organised after the cue classes of the Szeged uncertainty guidelines (epistemic modality,
doxastic verbs, conditionals, investigation) plus the evidentials of conflict reporting
("reportedly", "according to", "if the footage is to be believed"). Each cue names:

- ``kind``: ``speculation`` (the writer or source is unsure: may, probably, believe),
  ``evidential`` (the information is second-hand or unverified: reportedly, allegedly, appears
  to show), ``conditional`` (holds only under a condition: if, unless, would) or
  ``investigation`` (an open question: whether, remains to be seen);
- ``weight``: how much the cue lowers the certainty of the claim it sits in (a multiplier in
  0..1, see :mod:`newsgraph.stages.claims` for the scale);
- ``rule``: the name of the context check in :mod:`newsgraph.stages.hedges` that decides
  whether this occurrence is a cue at all ("may" the modal, not "May" the month; "until" before
  a clause, not before a date). ``"any"`` accepts every occurrence with a matching POS;
- ``attribution``: True for pure source markers ("according to", "claims") that uncertainty
  corpora annotate as attribution rather than hedging; the FactBank benchmark leaves them out.

Keys are lower-cased lemmas for single words (the detector tries the token's lemma, then its
lower-cased form), and lower-cased phrases for :data:`PHRASES`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CueEntry:
    kind: str
    weight: float
    rule: str = "any"
    pos: frozenset[str] = frozenset()  # allowed coarse POS tags; empty = any
    attribution: bool = False


_ADV = frozenset({"ADV"})
_ADJ = frozenset({"ADJ"})
_NOUN = frozenset({"NOUN"})
_VERB = frozenset({"VERB"})
_ADJ_ADV = frozenset({"ADJ", "ADV"})
_VERB_ADJ = frozenset({"VERB", "ADJ", "AUX"})


def _entries(
    words: str,
    kind: str,
    weight: float,
    rule: str = "any",
    pos: frozenset[str] = frozenset(),
    attribution: bool = False,
) -> dict[str, CueEntry]:
    entry = CueEntry(kind, weight, rule, pos, attribution)
    return {word: entry for word in words.split()}


#: single-word cues by lemma (or lower-cased form)
WORDS: dict[str, CueEntry] = {
    # epistemic adverbs and adjectives
    **_entries("perhaps maybe possibly conceivably", "speculation", 0.5),
    **_entries("probably presumably likely potentially arguably", "speculation", 0.7, pos=_ADJ_ADV),
    **_entries("tentatively seemingly", "speculation", 0.6, pos=_ADV),
    **_entries("unlikely improbable doubtful", "speculation", 0.3, pos=_ADJ_ADV),
    **_entries("possible probable potential conceivable plausible", "speculation", 0.6, pos=_ADJ),
    **_entries("uncertain unclear", "speculation", 0.5, pos=_ADJ),
    # evidentials: second-hand or unverified information
    **_entries("reportedly allegedly purportedly supposedly apparently", "evidential", 0.7),
    **_entries("alleged purported rumored rumoured", "evidential", 0.7, pos=_VERB_ADJ),
    **_entries("unconfirmed unverified", "evidential", 0.5, pos=_ADJ, attribution=True),
    # epistemic modals: must be the auxiliary (tag MD), not "May" the month
    **_entries("may might", "speculation", 0.5, rule="modal"),
    **_entries("could", "speculation", 0.5, rule="modal_not_negated"),
    "would": CueEntry("conditional", 0.5, rule="would"),
    "will": CueEntry("conditional", 0.6, rule="conditional_consequent"),
    # nouns of possibility and belief
    **_entries(
        "possibility likelihood probability speculation suspicion rumor rumour",
        "speculation",
        0.6,
        pos=_NOUN,
    ),
    **_entries("allegation accusation", "evidential", 0.6, pos=_NOUN),
    **_entries("assumption presumption belief suggestion", "speculation", 0.7, pos=_NOUN),
    # doxastic and speculative verbs
    **_entries(
        "believe think suppose assume presume speculate guess",
        "speculation",
        0.7,
        rule="doxastic",
        pos=_VERB,
    ),
    **_entries(
        "expect predict anticipate foresee doubt fear",
        "speculation",
        0.7,
        rule="doxastic_or_object",
        pos=_VERB,
    ),
    **_entries("suspect worry", "speculation", 0.7, pos=_VERB),
    **_entries("suggest", "speculation", 0.6, pos=_VERB),
    **_entries("forecast project", "speculation", 0.7, rule="predictive", pos=_VERB),
    **_entries("estimate", "speculation", 0.8, rule="predictive", pos=_VERB),
    **_entries("consider", "speculation", 0.7, rule="complement", pos=_VERB),
    **_entries("appear seem", "evidential", 0.7, rule="raising", pos=_VERB),
    **_entries("look", "evidential", 0.7, rule="look", pos=_VERB),
    **_entries("allege accuse", "evidential", 0.7, pos=_VERB),
    **_entries("investigate probe", "investigation", 0.4, pos=_VERB),
    **_entries("claim", "evidential", 0.8, rule="claim_verb", pos=_VERB, attribution=True),
    # conditionals and open questions: subordinators before a clause
    **_entries("if unless", "conditional", 0.4, rule="subordinator"),
    **_entries("until", "conditional", 0.6, rule="clause_subordinator"),
    "whether": CueEntry("investigation", 0.3),
}

#: multi-word cues, matched on the text (case-insensitive, flexible white space)
PHRASES: dict[str, CueEntry] = {
    "according to": CueEntry("evidential", 0.95, attribution=True),
    "in all likelihood": CueEntry("speculation", 0.7),
    "remains to be seen": CueEntry("investigation", 0.3),
    "remain to be seen": CueEntry("investigation", 0.3),
    "yet to be seen": CueEntry("investigation", 0.3),
    "yet to be determined": CueEntry("investigation", 0.3),
    "not clear": CueEntry("speculation", 0.5),
    "no evidence": CueEntry("speculation", 0.5),
    "cast doubt": CueEntry("speculation", 0.5),
    "casts doubt": CueEntry("speculation", 0.5),
    "raises questions": CueEntry("speculation", 0.5),
    "raise questions": CueEntry("speculation", 0.5),
    "it is believed": CueEntry("evidential", 0.7),
    "it is thought": CueEntry("evidential", 0.7),
    "it is said": CueEntry("evidential", 0.7, attribution=True),
    "is said to": CueEntry("evidential", 0.7, attribution=True),
    "are said to": CueEntry("evidential", 0.7, attribution=True),
    "was said to": CueEntry("evidential", 0.7, attribution=True),
    "were said to": CueEntry("evidential", 0.7, attribution=True),
    "unconfirmed reports": CueEntry("evidential", 0.5, attribution=True),
}

#: "if the footage is to be believed": an evidential whose "if" is not a real condition; the
#: detector matches it as one cue from "if" to "believed" (up to five words between)
DISCLAIMER_PATTERN = (
    r"\bif\s+(?:[\w'’-]+\s+){1,5}(?:is|are|was|were)\s+to\s+be\s+(?:believed|trusted)\b"
)
DISCLAIMER = CueEntry("evidential", 0.6)

#: "could not be independently verified", "it was not possible to verify": the outlet says it
#: has not checked what it reports (an attribution-side disclaimer, not a FactBank cue)
VERIFICATION_PATTERN = (
    r"\b(?:could|can|cannot|can't|couldn't)(?:\s+not)?\s+(?:be\s+)?(?:independently\s+)?"
    r"(?:verif(?:y|ied)|confirm(?:ed)?)(?:\s+independently)?\b"
    r"|\b(?:was|is|has\s+been|were|are)\s+not\s+(?:possible|able)\s+to\s+"
    r"(?:independently\s+)?(?:verify|confirm)\b"
)
VERIFICATION = CueEntry("evidential", 0.7, attribution=True)
