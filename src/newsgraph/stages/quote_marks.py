"""Pair quotation marks into quoted stretches of text, tolerating broken typography.

Why not textacy's pairing: it raises on an odd number of marks, and one missing closing mark
shifts every later pairing by one so that story text becomes "quoted". Here pairing is done
per paragraph with a stack: an unclosed opening mark closes before the first ``, he said`` that
ends a sentence after it, else at the end of its paragraph (never later); an unopened closing
mark is dropped, so one error costs at most one paragraph.

Styles: curly double (“…”), straight double ("…", direction judged from the neighbouring
characters), typewriter pairs (``…'' and ''…''), guillemets («…» and »…«), German low-high
(„…“), and single quotes (‘…’ and straight '…') when they stand at the top level of a
paragraph, also around a double-quoted stretch (the British order); in a paragraph without
them, speech opened by a dash ("— We were sleeping, — says Halyna."). Only top-level
stretches are returned: a quote nested in another quote is part of its content, not a quote
of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE = re.compile(r"``|''|[\"“”«»„]")
_SINGLE = re.compile(r"[‘’']")


#: a quotation of fewer words is a scare quote, a name or a title, not someone's speech
MIN_SPEECH_WORDS = 4


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted stretch: ``start``/``end`` include the marks; ``closed`` is False when the
    closing mark was missing and the stretch was cut before a cue that closes it from outside
    or at the end of the paragraph."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        return self.start + 1, self.end - (1 if self.closed else 0)


def _opens(text: str, i: int, width: int) -> bool:
    """Judge a direction-less mark: it opens when it follows a space or bracket and a word
    character follows it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _close_from_left(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


_PAIRS = {"“": "”", "«": "»", "„": "“", "``": "''"}


def _pair_doubles(text: str, lo: int, hi: int) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    for match in _DOUBLE.finditer(text, lo, hi):
        mark, i = match.group(), match.start()
        top = stack[-1][0] if stack else None
        if mark in ('"', "''"):
            if top == mark or (top == "``" and mark == "''"):
                closing = True
            elif _opens(text, i, len(mark)):
                closing = False
            else:
                closing = _close_from_left(text, i, len(mark)) and bool(stack)
                if not closing:
                    continue
        elif mark == "“":
            # „…“ closes a German quote; a “ glued to the word before it is a misused close
            closing = top == "„" or (
                bool(stack) and _close_from_left(text, i, 1) and not _opens(text, i, 1)
            )
        elif mark == "»":
            # «…» closes here; with nothing open, » opens the German order »…«
            closing = top == "«" or bool(stack)
        elif mark == "«":
            closing = top == "»"
        else:  # ” can only close; „ and `` can only open
            closing = mark == "”"
        if not closing:
            stack.append((mark, i))
            continue
        if not stack:
            continue  # a closing mark with nothing open: drop it
        # close the innermost opener; unclosed inner openers are abandoned
        _, start = stack.pop()
        if not stack:
            spans.append(QuotedSpan(start, i + len(mark)))
    if stack:
        start = stack[0][1]
        end = hi
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append(QuotedSpan(start, _before_trailing_cue(text, start, end), closed=False))
    return spans


#: reporting verbs that close a quotation from outside it (", he told reporters.")
_CLOSING_VERBS = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|explains)"
#: ", said Olha, a saleswoman." or ", the spokesman told reporters." up to its sentence end
_TRAILING_CUE = re.compile(
    r",\s+(?:" + _CLOSING_VERBS + r"\s+[^\s\"“”«»„]"
    r"|(?:[^\s,.!?\"“”«»„]+\s+){1,6}?" + _CLOSING_VERBS + r"\b)"
    r"[^.!?\"“”«»„\n]{0,120}[.!?](?=\s|$)"
)


#: the same with a speaker set off by commas: ", a doctor at the clinic, who spoke on
#: condition of anonymity, told AFP." or ", Olena Petrenko, a nurse, said."
_TRAILING_APPOSED_CUE = re.compile(
    r",\s+(?:(?:a|an|the|another|one)\s+|[A-Z][\w’'-]+\s+)[^.!?\"“”«»„\n,]{0,60}"
    r"(?:,[^.!?\"“”«»„\n,]{1,80}){1,2},\s+" + _CLOSING_VERBS + r"\b"
    r"[^.!?\"“”«»„\n]{0,120}[.!?](?=\s|$)"
)


def _before_trailing_cue(text: str, start: int, end: int) -> int:
    """Where an unclosed quotation most likely ended: before the first ``, <speaker> said``
    (or ``, said <speaker>``) that closes a sentence inside it, its comma kept as PolNeAR keeps
    it ('"That is the whole story, he told reporters.') or before a speaker set off by commas
    (', a doctor, who asked not to be named, said.'), whichever comes first; else at the
    paragraph's end."""
    found = [
        match.start()
        for pattern in (_TRAILING_CUE, _TRAILING_APPOSED_CUE)
        if (match := pattern.search(text, start + 1, end)) is not None
    ]
    return min(found) + 1 if found else end


def _pair_singles(text: str, lo: int, hi: int) -> list[QuotedSpan]:
    """Single-quoted stretches, for outlets that quote with single marks.

    An apostrophe sits between letters (``don't``) or after a plural ``s`` (``voters' ``), so a
    mark only opens before a word after a space and only closes after a non-space before a
    non-letter; the stretch must hold at least two words to count.
    """
    spans: list[QuotedSpan] = []
    start: int | None = None
    for match in _SINGLE.finditer(text, lo, hi):
        i = match.start()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if start is None:
            if (before.isspace() or before in "([{—–-:") and after.isalnum():
                if match.group() == "’":
                    continue
                start = i
            continue
        if before.isspace() or after.isalnum():
            continue
        if before == "s" and after == " " and i + 2 < hi and text[i + 2].islower():
            continue  # plural possessive: "the voters' concerns"
        if " " in text[start:i].strip():
            spans.append(QuotedSpan(start, i + 1))
        start = None
    return spans


def _outer_singles(text: str, lo: int, hi: int, doubles: list[QuotedSpan]) -> list[QuotedSpan]:
    """Single-quoted stretches that hold a double-quoted one: the British order, ‘She says,
    “Mum, just leave.” And I stay,’ where the single marks are the top level. A stretch that
    only partly overlaps a double-quoted one is a mispairing and is not kept."""
    if not doubles:
        return []
    return [
        single
        for single in _pair_singles(text, lo, hi)
        if any(single.start < d.start and d.end <= single.end for d in doubles)
        and not any(d.start < single.start < d.end or d.start < single.end < d.end for d in doubles)
    ]


#: the dash that ends a speech turn before its speaker (", — says Halyna") and the one that
#: resumes it after the speaker's sentence ("says Halyna. — The neighbour …")
_DASH_CLOSE = re.compile(r"(?<=[,.!?…])[ \t]+[—–](?=[ \t])")
_DASH_REOPEN = re.compile(r"(?<=[.!?…])[ \t]+([—–])[ \t]+(?=\S)")


def _dash_speech(text: str, lo: int, hi: int) -> list[QuotedSpan]:
    """Direct speech in the dash convention of Ukrainian and Russian writing, as translations
    keep it: a paragraph that opens with a dash is someone speaking, up to a dash after a
    comma or stop ("— We were sleeping, — says Halyna. — The neighbour …"); the speech resumes
    after the speaker's sentence at the next dash. A span runs from its dash to the closing
    one, or to the paragraph's end when none comes."""
    if text[lo] not in "—–" or lo + 1 >= hi or text[lo + 1] not in " \t":
        return []
    spans: list[QuotedSpan] = []
    start: int | None = lo
    while start is not None:
        closing = _DASH_CLOSE.search(text, start + 2, hi)
        if closing is None:
            spans.append(QuotedSpan(start, hi, closed=False))
            break
        spans.append(QuotedSpan(start, closing.end()))
        reopen = _DASH_REOPEN.search(text, closing.end(), hi)
        start = reopen.start(1) if reopen is not None else None
    return spans


def find_quoted(text: str) -> list[QuotedSpan]:
    """Top-level quoted stretches of ``text`` in order; never raises, whatever the marks."""
    found: list[QuotedSpan] = []
    for paragraph in _PARAGRAPH.finditer(text):
        lo, hi = paragraph.span()
        doubles = _pair_doubles(text, lo, hi) or _dash_speech(text, lo, hi)
        outer = _outer_singles(text, lo, hi, doubles)
        top = sorted(
            [d for d in doubles if not any(o.start < d.start and d.end <= o.end for o in outer)]
            + outer,
            key=lambda span: span.start,
        )
        found.extend(top)
        cursor = lo
        gaps: list[tuple[int, int]] = []
        for span in top:
            gaps.append((cursor, span.start))
            cursor = span.end
        gaps.append((cursor, hi))
        for gap_lo, gap_hi in gaps:
            if gap_hi - gap_lo > 4:
                found.extend(_pair_singles(text, gap_lo, gap_hi))
    found.sort(key=lambda span: span.start)
    return found
