"""Attributions cued by a source phrase rather than a verb: ``according to X``, ``in her
view``, ``in the words of X``, ``in a CNN poll``.

The phrase names the source; the clause it modifies, without the phrase, is the content.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .quote_rules import Attribution, Range, _after_connective, _subtree_range, _trim

PHRASE_WORDS = {
    "according": "according",
    "view": "view",
    "opinion": "view",
    "words": "view",
    **{word: "survey" for word in ("poll", "polls", "survey", "surveys", "study")},
}


#: what "according to" can follow without naming a source ("going according to plan")
_NOT_SOURCES = frozenset(
    [
        "plan",
        "plans",
        "schedule",
        "script",
        "expectation",
        "expectations",
        "tradition",
        "custom",
        "rule",
        "rules",
        "law",
        "protocol",
        "procedure",
        "instruction",
        "instructions",
    ]
)


def _according_to(doc: Doc, text: str, tok: Token) -> Attribution | None:
    """``according to X, …``: X is the source, the clause it modifies is the content."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if objects and objects[0].lower_ in _NOT_SOURCES:
        return None  # a manner, not a source: "the operation is going according to plan"
    cue = (tok.idx, to.idx + len(to))
    source = _trim(text, *_subtree_range(objects[0])) if objects else None
    return _phrase_attribution(doc, text, tok, (tok.left_edge.i, to.right_edge.i), cue, source)


def _phrase_attribution(
    doc: Doc, text: str, tok: Token, phrase: tuple[int, int], cue: Range, source: Range | None
) -> Attribution | None:
    """The clause a source phrase ("according to X", "in her view") modifies, without the
    phrase: one or two fragments of indirect content."""
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head is not head:
        head = head.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "A won 37 percent, B 36 and C 13, according to X": all of it
    sent = tok.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i, sent.end - 1)
    lo = _after_connective(doc, lo, min(tok.i, hi))
    skip_lo, skip_hi = min(phrase[0], tok.left_edge.i), max(phrase[1], tok.right_edge.i)
    fragments: list[Range] = []
    for a, b in ((lo, skip_lo - 1), (skip_hi + 1, hi)):
        if b >= a:
            piece = _trim(text, doc[a].idx, doc[b].idx + len(doc[b]))
            if piece[1] - piece[0] > 2:
                fragments.append(piece)
    if not fragments:
        return None
    return Attribution(fragments, cue, source, ["indirect"] * len(fragments), 0.7, tok.i)


def _in_view(doc: Doc, text: str, tok: Token) -> Attribution | None:
    """``in her view, …`` / ``in the words of X``: the possessor is the source."""
    prep = tok.head
    if prep.lower_ != "in" or tok.dep_ != "pobj":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in tok.rights if c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is None:
        return None
    source = _trim(text, *_subtree_range(owner))
    cue = (prep.idx, tok.idx + len(tok))
    if owner.i > tok.i:
        cue = (prep.idx, owner.left_edge.idx)
        cue = _trim(text, *cue)
    attribution = _phrase_attribution(
        doc, text, prep, (prep.left_edge.i, prep.right_edge.i), cue, source
    )
    if attribution is not None:
        attribution.verb = tok.i
    return attribution


def _in_survey(doc: Doc, text: str, tok: Token) -> Attribution | None:
    """``In a CNN poll, Clinton led by 24 points``: the poll is the source, "In" the cue."""
    prep = tok.head
    clause = prep.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.i > clause.i:
        return None
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    source = _trim(text, *_subtree_range(tok))
    phrase = (prep.left_edge.i, prep.right_edge.i)
    cue = (prep.idx, prep.idx + len(prep))
    return _phrase_attribution(doc, text, prep, phrase, cue, source)


#: builder per phrase kind of :data:`PHRASE_WORDS`
PHRASE_BUILDERS: dict[str, Callable[[Doc, str, Token], Attribution | None]] = {
    "according": _according_to,
    "view": _in_view,
    "survey": _in_survey,
}
