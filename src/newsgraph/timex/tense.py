"""Which way a bare "Friday" or "March 3" points: the tense of the words around it.

News uses a weekday or a month without a year both for what happened ("met on Friday") and for
what is planned ("will vote on Friday"). A date adverbial usually follows the verb it belongs to,
so the nearest tense marker on its left in the same clause decides; failing that, the nearest
one on its right. With none, the caller falls back to the past, news' default. A regex window is
enough here and costs nothing next to a parse.
"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(?:will|won[’']t|shall|going\s+to|plans?\s+(?:to|an?)\b|planned\s+(?:to|for)|scheduled|set\s+to"
    r"|expected\s+to|expects?\s+to|due\s+to|intends?\s+to|would|next|upcoming|coming"
    r"|(?:agreed|agreement|hopes?|hoped|aims?|offered|proposed)\s+to|(?:is|are)\s+to"
    r"|payable|effective|to\s+be\s+held|to\s+begin|to\s+start|to\s+take\s+effect)\b|[’']ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|went|came|made|took|got|met|held|began|saw|won|lost|fell"
    r"|rose|left|found|gave|became|sent|spoke|wrote|sought|brought|thought|struck|fought|led"
    r"|ran|shot|fled|kept|stood|broke|chose|drove|flew|grew|knew|sold|spent|threw|withdrew"
    r"|overran|bought|paid|built|hit|ago|last|earlier|since|previous"
    r"|(?:has|have)\s+(?:(?:not|already|just|long|since)\s+)?(?:been|come|become|gone|done|seen"
    r"|fallen|risen|grown|taken|given|\w+ed)"
    r"|(?P<weak>\w{3,}ed))\b",
    re.IGNORECASE,
)
# a sentence ends at . ! ? ; but not after an initial ("Daniel P. Davison") or a title
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)"
    r"[.!?;]\s|\n\s*\n|``|''|[“”\"]"
)
#: a participle right after "be"/"being" takes its tense from the auxiliary on the left
_PASSIVE_AUX = re.compile(r"\b(?:be|being)\s+$", re.IGNORECASE)
#: an "-ed" word right after a determiner (and perhaps an adverb) modifies a noun
_ATTRIBUTIVE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:\w+ly\s+|still\s+)?$", re.IGNORECASE
)
_WINDOW = 200
#: a marker this close on the left governs the expression even if one on the right is closer
_LEFT_REACH = 80


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough bounds of the sentence holding [start, end), at most ~200 characters each side."""
    left = max(0, start - _WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    if ends:
        left = ends[-1]
    right_end = min(len(text), end + _WINDOW)
    stop = _SENTENCE_END.search(text, end, right_end)
    return left, (stop.start() + 1 if stop else right_end)


def _markers(text: str, left: int, right: int, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of every marker in the window outside the expression itself."""
    found: list[tuple[int, int, str]] = []
    future_spans: list[tuple[int, int]] = []
    for match in _FUTURE.finditer(text, left, right):
        if not start <= match.start() < end:
            future_spans.append(match.span())
            found.append((match.start(), match.end(), "future"))
    for match in _PAST.finditer(text, left, right):
        if start <= match.start() < end:
            continue
        if any(a <= match.start() < b for a, b in future_spans):
            continue  # "expected" in "expected to"
        if _PASSIVE_AUX.search(text, max(left, match.start() - 7), match.start()):
            continue  # "paid" in "would be paid": the auxiliary before it carries the tense
        if match.group("weak") and _ATTRIBUTIVE.search(
            text, max(left, match.start() - 8), match.start()
        ):
            continue  # "a still unspecified date": an adjective, not a verb
        found.append((match.start(), match.end(), "weak" if match.group("weak") else "past"))
    return found


def tense(text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or None: the tense marker that governs the expression."""
    left, right = sentence_window(text, start, end)
    best_left: tuple[int, str] | None = None
    best_right: tuple[int, str] | None = None
    for m_start, m_end, kind in _markers(text, left, right, start, end):
        if m_end <= start:
            distance = start - m_end
            if kind == "weak":
                distance = distance * 3 // 2  # "-ed" is often an adjective: a weaker sign
            if best_left is None or distance < best_left[0]:
                best_left = (distance, kind)
        else:
            distance = (m_start - end) * 3 // 2 if kind == "weak" else m_start - end
            if best_right is None or distance < best_right[0]:
                best_right = (distance, kind)
    if best_left is not None and best_left[0] <= _LEFT_REACH:
        chosen = best_left
    else:
        candidates = [b for b in (best_left, best_right) if b is not None]
        if not candidates:
            return None
        chosen = min(candidates)
    return "future" if chosen[1] == "future" else "past"
