"""Quotations inside quotations, with the speaker the outer quotation names.

"The captain came on the radio and said, 'Everybody to the lifeboats, now.' We had maybe ten
minutes," a crew member told the agency. The outer quotation is the crew member's words; the
inner one is the captain's, as the crew member repeats them. :mod:`.quote_marks` pairs only
the top level, so the inner quotation is part of the outer content; here each direct quote is
searched for a quotation in the other style of marks (single inside double, double inside
single or guillemets), and one of speech length is kept as a quote of its own when a reporting
verb right before it, inside the outer quotation, has a subject: "… said, '…'", "… told us:
'…'". Its speaker is that subject ("the captain"), resolved like any other source.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicons.person_words import FEMALE_NOUNS, MALE_NOUNS, PERSON_ROLE_NOUNS
from .quote_attributions import _speaker_source
from .quote_introductions import said_by
from .quote_marks import MIN_SPEECH_WORDS
from .quote_rules import Attribution, Range, _is_cue

_SINGLE_OPENERS = frozenset("‘'‚")  # ‚…‘ inside German „…“
_SINGLE_CLOSERS = frozenset("’'")
_DOUBLE_OPENERS = frozenset('“"')
_DOUBLE_CLOSERS = frozenset('”"')
#: what may stand before an opening mark (inside the outer quotation) and after a closing one
_BEFORE_OPEN = frozenset(" \t,:;(—–")
_AFTER_CLOSE = frozenset(" \t,.;:!?)—–\"”’'")
_ANY_MARK = re.compile("[‘’'‚“”\"]")


def inner_quotations(text: str, start: int, end: int) -> list[Range]:
    """Stretches (marks included) quoted in the other style inside the quotation
    ``text[start:end]`` (its own marks included). An apostrophe inside a word ("don't",
    "Ukraine's") neither opens nor closes one."""
    if start >= end:
        return []
    outer = text[start]
    if outer in '“"':
        openers, closers = _SINGLE_OPENERS, _SINGLE_CLOSERS
    elif outer in "‘'":
        openers, closers = _DOUBLE_OPENERS, _DOUBLE_CLOSERS
    else:  # guillemets or German marks: either style inside
        openers = _SINGLE_OPENERS | _DOUBLE_OPENERS
        closers = _SINGLE_CLOSERS | _DOUBLE_CLOSERS | {"‘"}  # German ‚…‘
    found: list[Range] = []
    opened: int | None = None
    for match in _ANY_MARK.finditer(text, start + 1, end - 1):  # marks only, not every char
        i = match.start()
        char = text[i]
        before, after = text[i - 1], text[i + 1]
        if opened is None:
            if char in openers and before in _BEFORE_OPEN and not after.isspace():
                opened = i
        elif char in closers and not before.isspace() and after in _AFTER_CLOSE | {text[end - 1]}:
            found.append((opened, i + 1))
            opened = None
    return found


#: words between the reporting verb and the mark: "told us", "said to me", "said openly"
_LISTENERS = frozenset({"us", "me", "him", "her", "them", "you"})
_BETWEEN_DEPS = frozenset({"advmod", "npadvmod", "dative"})
_TO_LISTENER = frozenset({"to", "at"})  # "shouted at us: ‘…’", "said to me: ‘…’"
_MAX_BETWEEN = 3


def _reporting_verb_before(doc: Doc, mark: int) -> Token | None:
    """The reporting verb that introduces a quotation opening at character ``mark``:
    "said, '", "told us: '"."""
    span = doc.char_span(mark, mark + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    i = span.start - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    token = doc[i]
    # up from the words between verb and mark: "told us", "told me quite openly"
    for _ in range(_MAX_BETWEEN):
        if _is_cue(token) or token.head.i >= token.i:
            break
        listener_prep = token.dep_ == "prep" and token.lower_ in _TO_LISTENER
        if token.lower_ not in _LISTENERS and token.dep_ not in _BETWEEN_DEPS and not listener_prep:
            break
        token = token.head
    return token if _is_cue(token) else None


def find_nested(doc: Doc, text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Attributions for the quotations nested in the direct quotes of ``attributions`` (see
    the module docstring)."""
    found: list[Attribution] = []
    for attribution in attributions:
        for (start, end), kind in zip(attribution.content, attribution.kinds, strict=True):
            if kind != "direct":
                continue
            for lo, hi in inner_quotations(text, start, end):
                if len(text[lo:hi].split()) < MIN_SPEECH_WORDS:
                    continue  # a quoted word or title, not someone's speech
                verb = _reporting_verb_before(doc, lo)
                if verb is None or not start < verb.idx < lo:
                    continue
                source = _speaker_source(text, verb)
                if source is None or source[0] < start:
                    continue
                found.append(said_by(doc, text, (lo, hi), verb, source, 0.6, "nested"))
    return found


#: a pronoun source and the nouns it cannot stand for
_PRONOUN_MISFITS = {"he": FEMALE_NOUNS, "she": MALE_NOUNS}
_PERSON_NOUNS = PERSON_ROLE_NOUNS | MALE_NOUNS | FEMALE_NOUNS


def pronoun_antecedent(doc: Doc, source: Range, outer_start: int) -> Range | None:
    """Where a nested quotation's pronoun source points, inside the outer quotation: "One boy
    from my class came to say goodbye. He said to me, '…'": "He" is the boy the speaker of the
    outer quotation tells of, not anyone the article named. The antecedent is the last person
    noun that is a subject between the outer quotation's start and the pronoun; None when
    there is none (the pronoun is then resolved as any other)."""
    span = doc.char_span(*source, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in _PRONOUN_MISFITS:
        return None
    pronoun = span[0]
    misfits = _PRONOUN_MISFITS[pronoun.lower_]
    for token in reversed(doc[: pronoun.i]):
        if token.idx < outer_start:
            return None
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ == "NOUN"
            and token.tag_ == "NN"
            and token.lemma_.lower() in _PERSON_NOUNS
            and token.lemma_.lower() not in misfits
        ):
            phrase = doc[token.left_edge.i : token.right_edge.i + 1]
            return phrase.start_char, phrase.end_char
    return None
