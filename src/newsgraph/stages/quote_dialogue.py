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
from collections.abc import Sequence

from ..records import Quote

_ADDRESSING = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
_CLOSING = " \t,.;:\"”’'»"


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def _paragraph(starts: list[int], offset: int) -> int:
    """The index of the paragraph holding ``offset`` (paragraphs split at line breaks)."""
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo


def _alone(text: str, quote: Quote) -> bool:
    """True when the quotation (with its marks) is all its paragraph holds."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[line_start : quote.start]
    after = text[quote.end : line_end]
    return not before.strip(" \t\"“«„‘'") and not after.strip(_CLOSING)


def take_turns(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with the bare paragraphs of a two-person exchange given to the party whose
    turn it is (and no longer continuing the previous quote)."""
    starts = _paragraph_starts(text)
    top = [
        q
        for q in quotes
        if not any(o is not q and o.start <= q.start and q.end <= o.end for o in quotes)
    ]
    top.sort(key=lambda q: q.start)
    changed: dict[str, Quote] = {}
    turn = False  # whether the previous bare paragraph was a turn
    for i, quote in enumerate(top):
        if i == 0 or quote.cue is not None or quote.source is not None or not _alone(text, quote):
            turn = False
            continue
        previous = changed.get(top[i - 1].id, top[i - 1])
        paragraph = _paragraph(starts, previous.start)
        if _paragraph(starts, quote.start) != paragraph + 1 or previous.speaker is None:
            turn = False
            continue
        other = next(
            (
                changed.get(q.id, q).speaker
                for q in reversed(top[: i - 1])
                if _paragraph(starts, q.start) >= paragraph - 1
                and changed.get(q.id, q).speaker not in (None, previous.speaker)
            ),
            None,
        )
        asked = previous.text.rstrip(_CLOSING).endswith("?")
        if other is None or not (turn or asked or _ADDRESSING.search(quote.text)):
            turn = False
            continue
        changed[quote.id] = dataclasses.replace(
            quote, speaker=other, continues=None, confidence=min(quote.confidence, 0.5)
        )
        turn = True
    return [changed.get(q.id, q) for q in quotes]
