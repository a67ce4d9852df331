"""Hedge and evidential cue detection over a parsed ``Doc`` (pure functions, no state).

A word list alone over-reports: "May" the month, "until Friday", "could not comment" (ability,
not possibility), "he would not elaborate" (refusal), "said it would pay" (a reported plan, not
a hypothesis). Each entry of :data:`newsgraph.lexicons.hedges.WORDS` therefore names a context
rule, checked here on the POS tags and dependency parse the model already produced, so the cost
is one dictionary lookup per token plus a few attribute reads on candidates.

Multi-word cues ("according to", "remains to be seen", "if the footage is to be believed") are
found with one precompiled regular expression on the text; a word cue inside a phrase cue is
dropped so that each cue is reported once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicons.hedges import (
    DISCLAIMER,
    DISCLAIMER_PATTERN,
    PHRASES,
    VERIFICATION,
    VERIFICATION_PATTERN,
    WORDS,
    CueEntry,
)
from ..records import Hedge
from ..spans import text_of
from .token_filter import with_words


@dataclass(frozen=True, slots=True)
class HedgeCue:
    """A detected cue with what the claims stage needs beyond the public :class:`Hedge`."""

    hedge: Hedge
    weight: float
    attribution: bool

    @property
    def start(self) -> int:
        return self.hedge.start

    @property
    def end(self) -> int:
        return self.hedge.end


_SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "csubj", "acl", "relcl", "conj"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acomp", "attr", "oprd"})
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "until"})
#: verbs whose "if"/"whether" clause is an open question, not a condition
_QUESTION_HEADS = frozenset(
    {"ask", "wonder", "know", "see", "decide", "check", "determine", "question", "investigate"}
)
#: verbs after which "would" reports a plan or promise ("said it would pay") rather than a
#: hypothesis; the uncertainty guidelines do not count that future-in-the-past as a cue
_REPORTING = frozenset(
    {
        "say",
        "tell",
        "announce",
        "add",
        "report",
        "state",
        "confirm",
        "promise",
        "pledge",
        "agree",
        "decide",
        "vow",
        "insist",
        "declare",
        "disclose",
        "reveal",
    }
)


def _negated(token: Token) -> bool:
    head = token.head if token.dep_ == "aux" else token
    return any(child.dep_ == "neg" for child in head.children) or any(
        child.dep_ == "neg" for child in token.children
    )


def _clause_has_condition(verb: Token) -> bool:
    """True when ``verb`` governs an adverbial clause introduced by if/unless/until/provided."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "until":
            return any(g.pos_ in ("VERB", "AUX") for g in child.children)
    return False


def _rule_any(token: Token) -> bool:
    return True


def _rule_modal(token: Token) -> bool:
    return token.tag_ == "MD"


def _rule_modal_not_negated(token: Token) -> bool:
    return token.tag_ == "MD" and not _negated(token)


def _rule_would(token: Token) -> bool:
    if token.tag_ != "MD" or _negated(token):
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
        return False  # "would-be robbers"
    verb = token.head
    if _clause_has_condition(verb):
        return True
    if verb.dep_ == "relcl":
        return False  # "the truck that would have carried the bomb": a description
    # "said the company would pay": the plan as reported, not a hypothesis
    return not (verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in _REPORTING)


def _rule_conditional_consequent(token: Token) -> bool:
    return token.tag_ == "MD" and _clause_has_condition(token.head)


def _rule_doxastic(token: Token) -> bool:
    """A belief verb hedges only the proposition it takes ("thinks that…", "is believed to…");
    "believe him", "think about it" and "as expected" carry no proposition."""
    return token.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


def _rule_doxastic_or_object(token: Token) -> bool:
    """Expectation verbs also hedge a noun object: "analysts expect a loss"."""
    return _rule_doxastic(token) or any(c.dep_ == "dobj" for c in token.children)


def _rule_predictive(token: Token) -> bool:
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    return passive or any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


def _rule_complement(token: Token) -> bool:
    return any(c.dep_ in _COMPLEMENT_DEPS for c in token.children)


def _rule_raising(token: Token) -> bool:
    return any(c.dep_ in _COMPLEMENT_DEPS for c in token.children) or any(
        c.dep_ == "expl" for c in token.children
    )


def _rule_look(token: Token) -> bool:
    return any(
        (c.dep_ == "prep" and c.lower_ == "like") or c.dep_ in ("xcomp", "ccomp")
        for c in token.children
    )


def _rule_claim_verb(token: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


def _rule_subordinator(token: Token) -> bool:
    if token.dep_ == "mark":
        return True
    return token.pos_ == "SCONJ" and token.head.pos_ in ("VERB", "AUX")


def _rule_clause_subordinator(token: Token) -> bool:
    if token.dep_ == "mark":
        return True
    return token.dep_ == "prep" and any(c.pos_ in ("VERB", "AUX") for c in token.children)


RULES: dict[str, Callable[[Token], bool]] = {
    "any": _rule_any,
    "modal": _rule_modal,
    "modal_not_negated": _rule_modal_not_negated,
    "would": _rule_would,
    "conditional_consequent": _rule_conditional_consequent,
    "doxastic": _rule_doxastic,
    "doxastic_or_object": _rule_doxastic_or_object,
    "predictive": _rule_predictive,
    "complement": _rule_complement,
    "raising": _rule_raising,
    "look": _rule_look,
    "claim_verb": _rule_claim_verb,
    "subordinator": _rule_subordinator,
    "clause_subordinator": _rule_clause_subordinator,
}


def _kind(token: Token, entry: CueEntry) -> str:
    """An "if" clause under "ask"/"wonder"/"know" is an open question, not a condition."""
    if entry.kind == "conditional" and token.lower_ == "if":
        clause = token.head
        if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_ in _QUESTION_HEADS:
            return "investigation"
    return entry.kind


#: the letters the alternatives of the disclaimer and verification patterns begin with ("if";
#: "could", "can", "cannot", "was", "is", "has been", "were", "are"): tests/test_hedges.py
#: checks them against the patterns
PATTERN_INITIALS = frozenset("achiw")


@lru_cache(maxsize=1)
def _phrase_regex() -> re.Pattern[str]:
    """One alternation over every phrase cue (longest first), built once per process.

    Every cue begins a word (each alternative opens with ``\\b`` and a letter), so the search
    first checks that a position starts a word with a letter some cue begins with: without
    that, the engine tries the whole case-insensitive alternation at every character of the
    article (twice the time), or at every word start (another 40 %)."""
    phrases = sorted(PHRASES, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    initials = "".join(sorted({p[0] for p in phrases} | PATTERN_INITIALS))
    return re.compile(
        rf"(?<!\w)(?=[{re.escape(initials)}])(?:(?P<disclaimer>{DISCLAIMER_PATTERN})"
        rf"|(?P<verification>{VERIFICATION_PATTERN})|\b(?:{body})\b)",
        re.IGNORECASE,
    )


def _is_word(lemma: str, lower: str) -> bool:
    """Whether a word with this lemma and lower-case form has an entry (as :func:`_lookup`)."""
    return lemma.lower() in WORDS or lower in WORDS


def _lookup(token: Token) -> CueEntry | None:
    entry = WORDS.get(token.lemma_.lower())
    if entry is None:
        entry = WORDS.get(token.lower_)
    return entry


def find_cues(doc: Doc, *, include_attribution: bool = True) -> list[HedgeCue]:
    """Every hedge or evidential cue of ``doc``, in text order.

    ``include_attribution=False`` leaves out pure source markers ("according to", "claims"),
    which uncertainty corpora annotate as attribution, not hedging.
    """
    text = text_of(doc)
    found: list[HedgeCue] = []
    taken: list[tuple[int, int]] = []
    for match in _phrase_regex().finditer(text):
        if match.group("disclaimer"):
            entry = DISCLAIMER
        elif match.group("verification"):
            entry = VERIFICATION
        else:
            entry = PHRASES[" ".join(match.group().lower().split())]
        if entry.attribution and not include_attribution:
            continue
        start, end = match.span()
        hedge = Hedge(text[start:end], start, end, entry.kind)
        found.append(HedgeCue(hedge, entry.weight, entry.attribution))
        taken.append((start, end))
    # only tokens whose lemma or lower-case form is a cue word can be one: picked once per
    # word type from the doc's arrays, rather than a Token and a look-up for every word
    for i in with_words(doc, "hedges.words", _is_word):
        token = doc[i]
        word = _lookup(token)
        if word is None or (word.attribution and not include_attribution):
            continue
        if word.pos and token.pos_ not in word.pos:
            continue
        if not RULES[word.rule](token):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s <= start and end <= e for s, e in taken):
            continue
        hedge = Hedge(token.text, start, end, _kind(token, word))
        found.append(HedgeCue(hedge, word.weight, word.attribution))
    found.sort(key=lambda cue: cue.start)
    return found


def find_hedges(doc: Doc, *, include_attribution: bool = True) -> list[Hedge]:
    """The public records of :func:`find_cues`."""
    return [cue.hedge for cue in find_cues(doc, include_attribution=include_attribution)]
