"""The ``claims`` stage: what is asserted, by whom, through which route, how surely, and who
disputes or supports it.

A claim is a proposition the article asserts or attributes: the content of every quote (from
the quotes stage), reported speech the quotes stage left out, ``according to …`` sentences,
what a piece of evidence shows (``footage … appears to show …``) and sentences the outlet
itself hedges (``troops have reportedly reached …``); see :mod:`.claim_sources`. Each claim
carries its hedge cues (:mod:`.hedges`), a certainty, the evidence type when one is named
(video, photo, statement, interview, report, social-media post), its source chain (origin →
intermediaries, e.g. ``("a Ukrainian soldier", "Reuters")`` or ``("footage", "Russian military
blogs")``; the last hop, this article's outlet, is implicit) and the stances other entities
take on it (:mod:`.stance`).

Certainty: how surely the article presents the proposition as true, in 0..1. It starts from
who says it and is multiplied by the weight of each hedge cue on it (cue weights live in
:mod:`newsgraph.lexicons.hedges`), floored at 0.05 and rounded to two decimals:

=========  =================================================================================
certainty  meaning
=========  =================================================================================
1.0        stated as fact by the outlet, no hedge
0.9        stated without hedge by an identified source (a PERSON or ORG entity) or shown by a
           named piece of evidence ("the video shows …")
0.8        stated without hedge by a source that is not identified (an unresolved "he", an
           UNNAMED or GROUP entity: "a soldier", "officials", "unconfirmed reports")
~0.7       one evidential or probability cue: reportedly, apparently, appears to show, is
           believed, likely, expects; "claims" on an identified source (0.9 × 0.8)
~0.5       possibility or unverified: may, might, could, possibly; "could not be verified";
           according to unconfirmed reports
0.3–0.4    conditional, hypothetical or an open question: if, unless, would, whether
< 0.3      several hedges stacked ("could possibly", "reportedly … may")
=========  =================================================================================

Stances do not change certainty: a disputed claim is still reported as surely as it was said;
the dispute is its own edge. Claim ids are ``c1``, ``c2``… in text order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Claim, Stance
from ..spans import in_boilerplate, text_of
from .claim_sources import Draft, draft_claims, forget, trimmed
from .hedges import HedgeCue, find_cues
from .stance import (
    StanceCue,
    choose_claim,
    clause_is_new,
    find_stance_cues,
    stance_records,
)

#: base certainty by how the claim was found; see the table in the module docstring
BASE_CERTAINTY = {"outlet": 1.0, "identified": 0.9, "evidence": 0.9, "unidentified": 0.8}
MIN_CERTAINTY = 0.05
#: cue kinds that make a sentence of the outlet's own a claim worth recording
_CLAIM_MAKING_KINDS = frozenset({"evidential", "speculation"})


#: entity types that count as an identified source (an UNNAMED "soldier" or a GROUP of
#: "officials" does not)
IDENTIFIED_TYPES = frozenset({"PERSON", "ORG"})


def certainty(draft: Draft, cues: list[HedgeCue], source_type: str | None = None) -> float:
    """Base certainty of who says it, times the weight of every hedge cue on it.

    ``source_type`` is the entity type of ``draft.attributed_to`` (PERSON, ORG, GROUP,
    UNNAMED) when known.
    """
    if draft.origin == "hedged":
        value = BASE_CERTAINTY["outlet"]
    elif draft.origin == "evidence":
        value = BASE_CERTAINTY["evidence"]
    elif draft.attributed_to is not None and (
        source_type is None or source_type in IDENTIFIED_TYPES
    ):
        value = BASE_CERTAINTY["identified"]
    else:
        value = BASE_CERTAINTY["unidentified"]
    for cue in cues:
        value *= cue.weight
    return round(max(MIN_CERTAINTY, value), 2)


def _hedges_of(
    drafts: list[Draft], cues: list[HedgeCue], paragraph_of: dict[int, int]
) -> list[list[HedgeCue]]:
    """Cues inside a claim, or in its frame (source, cue, "according to …") outside any other
    claim; a cue in a sentence with no claim ("The video could not be verified.") goes to the
    nearest earlier claim of the same paragraph."""
    assigned: list[list[HedgeCue]] = [[] for _ in drafts]
    for cue in cues:
        inside = [i for i, d in enumerate(drafts) if d.start <= cue.start < d.end]
        if inside:
            assigned[inside[-1]].append(cue)
            continue
        framing = [i for i, d in enumerate(drafts) if d.frame_start <= cue.start < d.frame_end]
        if framing:
            for index in framing:
                assigned[index].append(cue)
            continue
        earlier = [i for i, d in enumerate(drafts) if d.end <= cue.start]
        if earlier and paragraph_of.get(drafts[earlier[-1]].end) == paragraph_of.get(cue.start):
            assigned[earlier[-1]].append(cue)
    return assigned


def _paragraphs(text: str, offsets: list[int]) -> dict[int, int]:
    """Paragraph number (count of blank-line breaks before it) of each offset."""
    result: dict[int, int] = {}
    for offset in offsets:
        result[offset] = text.count("\n\n", 0, offset)
    return result


def _clause_draft(doc: Doc, cue: StanceCue) -> Draft | None:
    assert cue.clause is not None
    start, end = trimmed(doc, *cue.clause)
    if end - start < 8:
        return None
    sentence = doc.char_span(start, end, alignment_mode="expand")
    frame_start = sentence.sent.start_char if sentence is not None else start
    return Draft(
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        origin="reported",
        attributed_to=cue.clause_source,
        frame_start=frame_start,
        frame_end=start,
    )


def find(doc: Doc) -> list[Claim]:
    """Every claim of ``doc`` in text order, with hedges, certainty and stances."""
    cues = [c for c in find_cues(doc) if not in_boilerplate(doc, c.start, c.end)]
    hedged = {
        cue.start for cue in cues if cue.hedge.kind in _CLAIM_MAKING_KINDS and not cue.attribution
    }
    drafts = draft_claims(doc, hedged)
    stance_cues = find_stance_cues(doc, drafts)

    edges: list[tuple[Draft, tuple[Stance, ...]]] = []
    previous: tuple[StanceCue, Draft] | None = None
    for cue in stance_cues:
        target = choose_claim(doc, cue, drafts, previous)
        if target is None and clause_is_new(cue, drafts):
            target = _clause_draft(doc, cue)
            if target is not None:
                drafts.append(target)
                drafts.sort(key=lambda d: d.start)
        if target is None:
            continue
        if target.attributed_to is not None and target.attributed_to in cue.holders:
            # the quotes stage read "X denied that P" as X saying P: P is not X's claim
            plain = replace(target, attributed_to=None, source_chain=())
            drafts[drafts.index(target)] = plain
            edges = [(plain if t is target else t, r) for t, r in edges]
            target = plain
        edges.append((target, stance_records(cue)))
        previous = (cue, target)

    paragraph_of = _paragraphs(text_of(doc), [d.end for d in drafts] + [c.start for c in cues])
    hedges = _hedges_of(drafts, cues, paragraph_of)
    types = {e.id: e.type for e in doc._.entities}
    claims: list[Claim] = []
    for number, (draft, own) in enumerate(zip(drafts, hedges, strict=True), start=1):
        stances: list[Stance] = []
        for target, records in edges:
            if target is draft:
                stances.extend(r for r in records if r not in stances)
        claims.append(
            Claim(
                id=f"c{number}",
                text=draft.text,
                start=draft.start,
                end=draft.end,
                attributed_to=draft.attributed_to,
                quote=draft.quote,
                hedges=tuple(c.hedge for c in own),
                certainty=certainty(draft, own, types.get(draft.attributed_to or "")),
                stances=tuple(stances),
                evidence_type=draft.evidence_type,
                source_chain=draft.source_chain,
            )
        )
    return claims


def set_annotations(doc: Doc, found: list[Claim]) -> None:
    doc._.claims = tuple(found)


@Language.factory(
    "newsgraph_claims",
    requires=["doc._.boilerplate", "doc._.entities", "doc._.quotes", "token.dep", "token.pos"],
    assigns=["doc._.claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimsStage:
    return ClaimsStage()


class ClaimsStage:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        forget(doc)
        return doc
