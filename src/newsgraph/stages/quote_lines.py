"""Attributions marked by layout rather than by a verb: ``Name: words`` and ``"…" ― Name``.

Headlines ("Pence: Flowers won't be at debate"), interview transcripts ("WALLACE: Let's
start…") and reader-voice collections ("“…” ― Jane Doe") attribute words by punctuation alone,
so the parse has no reporting verb to find. These patterns are matched per line on the raw text
(precompiled, one pass), which keeps offsets exact.
"""

from __future__ import annotations

import re

from ..lexicons.reporting import word_set
from .entity_placenames import is_place_name
from .quote_marks import QuotedSpan
from .quote_rules import Attribution

_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|van|von|al|bin))*"
#: ``Name: words`` at the start of a line (after an optional opening quotation mark)
_COLON = re.compile(r"^[ \t]*[\"“]?(" + _NAME + r")(:)[ \t]+(\S[^\n]*)$", re.MULTILINE)
#: ``"…" ― Name`` at the end of a line
_DASH = re.compile(r"[ \t]*(―|—|--|–)[ \t]*(" + _NAME + r")[ \t]*$", re.MULTILINE)
#: words before a colon that label a line instead of naming a speaker
_LABELS = word_set(
    """
    note update editor correction watch read related photo video source tip live breaking
    exclusive analysis opinion q a question answer image caption credit summary update
    disclaimer warning full transcript partial more see also
    """
)
_MAX_NAME_WORDS = 4
#: the labels of an interview's turns, by the role they stand for
_TURN_LABELS = {"q": "question", "question": "question", "a": "answer", "answer": "answer"}
#: the construction of a "Name: words" line, and of a "Q:"/"A:" turn, whose speaker is
#: whoever asked or answered before under a name
SPEAKER_LINE = "speaker-line"
QUESTION_TURN, ANSWER_TURN = "interview-question", "interview-answer"


def _is_label(name: str) -> bool:
    words = name.split()
    return len(words) > _MAX_NAME_WORDS or any(w.lower().strip(".") in _LABELS for w in words)


def _turn(name: str) -> str | None:
    """ "question" or "answer" for the label of an interview's turn ("Q", "A", "Question")."""
    return _TURN_LABELS.get(name.lower())


def find_layout_attributions(text: str, quoted: list[QuotedSpan]) -> list[Attribution]:
    """Speaker-colon lines and quotation-dash-name lines, in text order."""
    found: list[Attribution] = []
    matches = list(_COLON.finditer(text))
    for k, match in enumerate(matches):
        name = match.group(1)
        turn = _turn(name)
        if turn is not None:
            # only an interview that named its speakers before shortening to the letters says
            # who "Q" and "A" are
            if _in_transcript(text, matches, k) and any(
                a.construction == SPEAKER_LINE for a in found
            ):
                found.append(_interview_turn(text, match, turn))
            continue
        if _is_label(name):
            continue
        start, end = match.span(3)
        while end > start and text[end - 1] in ' \t"”':
            end -= 1
        if end - start < 8:
            continue
        transcript = match.group(0).lstrip()[:1] in '"“' or text[start] in "\"“‘'"
        kind = "direct" if transcript else "indirect"
        if kind == "indirect" and is_place_name(name):
            continue  # "Burkina Faso: dozens killed in …": where, not who
        if kind == "indirect" and text[end - 1] == ".":
            end -= 1  # a headline's full stop is not part of what was said
        found.append(
            Attribution(
                [(start, end)], match.span(2), match.span(1), [kind], 0.6, construction=SPEAKER_LINE
            )
        )
    for match in _DASH.finditer(text):
        if _is_label(match.group(2)):
            continue
        before = [q for q in quoted if q.end <= match.start() and q.end >= match.start() - 2]
        if not before:
            continue
        quote = before[-1]
        span = (quote.start, quote.end)
        found.append(Attribution([span], match.span(1), match.span(2), ["direct"], 0.7))
    return found


def _in_transcript(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """True when a "Q:"/"A:" line is one turn of an exchange: the speaker-colon line before or
    after it is the next paragraph (no other line between), not a lone "Q:" in a FAQ box."""
    for other in (k - 1, k + 1):
        if 0 <= other < len(matches):
            first, second = sorted((matches[k], matches[other]), key=lambda m: m.start())
            if not text[first.end() : second.start()].strip():
                return True
    return False


def _interview_turn(text: str, match: re.Match[str], turn: str) -> Attribution:
    """A "Q:"/"A:" turn as the interview's words: direct speech, its label the source."""
    start, end = match.span(3)
    while end > start and text[end - 1] in " \t":
        end -= 1
    construction = QUESTION_TURN if turn == "question" else ANSWER_TURN
    return Attribution(
        [(start, end)], match.span(2), match.span(1), ["direct"], 0.6, construction=construction
    )
