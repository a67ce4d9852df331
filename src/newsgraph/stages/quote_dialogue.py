"""Turns in a dialogue: a bare quotation paragraph can be the other party's answer.

A quotation with no cue of its own normally carries on the previous speaker's words (see
``quotes._follow_ons``). In an exchange reported as it happened, the bare paragraphs take
turns instead::

    "Bring me the authorisation and you can go," Uwimana replied.
    "I gave it to your men on Sunday."          <- Mirindi, not Uwimana
    "Then you gave it to the wrong men."        <- Uwimana again

A bare paragraph is taken as the other party's turn when two people have just spoken (the
previous quotation's speaker and, in its paragraph or the one before, someone else) and one
of these holds: the previous quotation asked a question, the previous bare paragraph was
itself a turn, or the paragraph speaks to someone ("you", "your"), which a speaker going on
with their own words seldom does in the middle of an exchange. An answer cue alone
("replied") is no sign: after '"…?" a reporter asked. "…," he replied.' the next bare
paragraph most often carries the answer on.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Sequence

from ..records import Quote

_ADDRESSING = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
_CLOSING = " \t,.;:\"”’'»"
_LINE_BREAK = re.compile(r"\n\s*")


def alone_in_paragraph(text: str, start: int, end: int) -> bool:
    """True when the quotation at [start, end) (with or without its marks) is all its
    paragraph holds."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[line_start:start]
    after = text[end:line_end]
    return not before.strip(" \t\"“«„‘'") and not after.strip(_CLOSING)


def take_turns(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with the bare paragraphs of a two-person exchange given to the party whose
    turn it is (and no longer continuing the previous quote)."""
    top = sorted(
        (
            q
            for q in quotes
            if not any(o is not q and o.start <= q.start and q.end <= o.end for o in quotes)
        ),
        key=lambda q: q.start,
    )
    line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    paragraph = [bisect_right(line_starts, q.start) - 1 for q in top]
    speaker = [q.speaker for q in top]  # as reassigned so far
    changed: dict[str, Quote] = {}
    turn = False  # whether the previous bare paragraph was a turn
    for i, quote in enumerate(top):
        bare = (
            i > 0
            and quote.cue is None
            and quote.source is None
            and alone_in_paragraph(text, quote.start, quote.end)
        )
        if not bare or paragraph[i] != paragraph[i - 1] + 1 or speaker[i - 1] is None:
            turn = False
            continue
        other = next(
            (
                speaker[j]
                for j in range(i - 2, -1, -1)
                if paragraph[j] >= paragraph[i - 1] - 1 and speaker[j] not in (None, speaker[i - 1])
            ),
            None,
        )
        asked = top[i - 1].text.rstrip(_CLOSING).endswith("?")
        turn = other is not None and (turn or asked or _ADDRESSING.search(quote.text) is not None)
        if turn:
            speaker[i] = other
            changed[quote.id] = dataclasses.replace(
                quote, speaker=other, continues=None, confidence=min(quote.confidence, 0.5)
            )
    return [changed.get(q.id, q) for q in quotes]
