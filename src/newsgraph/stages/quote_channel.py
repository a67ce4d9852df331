"""The channel of an attribution: the outlet or medium the words were given through.

"told Reuters" → Reuters; "told the news agency" → the agency named earlier in the article
("told the German news agency dpa" → dpa);
"in an interview with X" → X; "wrote on Telegram" → Telegram; "said in a statement" →
statement; "at a press conference" → press conference; "in a televised address" → televised
address; "quoted by the local news site X" → X. The phrase is looked for in the cue's
sentence outside the quoted content (a channel inside the quotation is the speaker's topic, not
their channel), with precompiled patterns: one search per attribution.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicons.reporting import OUTLET_ROLE_NOUNS, OUTLET_WORDS, PLATFORMS

_NAME = r"((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,4})"
_DET = r"(?i:a|an|the|his|her|its|their|our|my)\s+"
_TOLD_NAME = re.compile(r"\b(?:told|tells|tell|telling|speaking\s+to|spoke\s+to)\s+" + _NAME)
_TOLD_ROLE = re.compile(
    r"\b(?:told|tells|tell|telling|speaking\s+to|spoke\s+to)\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(OUTLET_ROLE_NOUNS)) + r")\b"
    r"(?:\s+([\w&.'’-]+))?",
    re.IGNORECASE,
)
_INTERVIEW = re.compile(
    r"\b(?i:in|during)\s+" + _DET + r"(?:[\w-]+\s+){0,2}?interview(?:\s+with\s+" + _NAME + ")?"
)
_PLATFORM = re.compile(
    r"\b(?:on|via|in\s+a\s+post\s+on)\s+(?:" + _DET + r")?(?:official\s+)?([\w.]+(?:\s+Social)?)"
)
_STATEMENT = re.compile(r"\b(?i:in|through)\s+" + _DET + r"(?:[\w-]+\s+){0,3}?statement\b")
_CONFERENCE = re.compile(
    r"\b(?i:at|during)\s+" + _DET + r"(?:[\w-]+\s+){0,2}?(?:press|news)\s+(conference|briefing)\b"
    r"|\b(?i:at|during)\s+" + _DET + r"(?:[\w-]+\s+){0,2}?(briefing)\b"
)
_TWEETED = re.compile(r"\btweet(?:ed|s|ing)?\b")
_OUTLET_NOUNS = r"(?:news\s+)?(?:" + "|".join(sorted(OUTLET_ROLE_NOUNS)) + ")"
#: "quoted by the local news site X", "according to the news portal X"
_QUOTED_BY = re.compile(
    r"\b(?:quoted\s+by|according\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    + _OUTLET_NOUNS
    + r"\s+"
    + _NAME
)
_ADDRESS = re.compile(
    r"\b(?i:in|during)\s+" + _DET + r"(?:(televised|video|nightly|evening)\s+)?"
    r"(address|speech)\b"
)


_TELLING_WORDS = ("tell", "told", "spoke", "speaking")
#: the non-ASCII letters a case-insensitive pattern matches to an ASCII one (İ ı ſ and the
#: Kelvin sign): a sentence holding one may match "told" without "told" in its lower case
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _has(sentence: str, words: tuple[str, ...]) -> bool:
    return any(word in sentence for word in words)


def _may_tell(sentence: str) -> bool:
    """Whether the case-insensitive "told …" pattern can match: only when the lower-cased
    sentence holds one of its verbs (or a letter that folds to ASCII unlike its lower case)."""
    return _has(sentence.lower(), _TELLING_WORDS) or (
        not sentence.isascii() and _has(sentence, _ODD_FOLDS)
    )


def _is_outlet(name: str) -> bool:
    return any(word.strip(".'’").lower() in OUTLET_WORDS for word in name.split())


def _earlier_outlet(doc: Doc, before: int) -> str | None:
    """The last organisation named before ``before`` whose name says it is a news outlet."""
    best: str | None = None
    for ent in doc.ents:
        if ent.start_char >= before:
            break
        if ent.label_ in ("ORG", "GPE", "PERSON", "NORP") and _is_outlet(ent.text):
            best = ent.text
    return best


def _strip_article(name: str) -> str:
    """``the BBC.`` → ``BBC``: no article, no sentence-final full stop."""
    name = name[4:] if name.lower().startswith("the ") else name
    return name[:-1] if name.endswith(".") and name.count(".") == 1 else name


def find_channel(
    doc: Doc, text: str, window: tuple[int, int], masked: list[tuple[int, int]]
) -> str | None:
    """The channel named in ``window`` (the cue's sentence) outside the ``masked`` content.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    lo, hi = window
    chars = list(text[lo:hi])
    for start, end in masked:
        a, b = max(start, lo) - lo, min(end, hi) - lo
        if a < b:  # one slice per fragment, not a Python step per character
            chars[a:b] = " " * (b - a)
    sentence = "".join(chars)
    # each pattern needs a word of its own ("told", "interview", "statement", …): a pattern
    # whose word the sentence lacks cannot match, so it is not run (one substring test each)
    if _may_tell(sentence):
        role = _TOLD_ROLE.search(sentence)
        if role:
            named = (role.group(2) or "").rstrip(".")
            if named and (named[:1].isupper() or _is_outlet(named)):
                return named  # "told the German news agency dpa", "the broadcaster NHK"
            return _earlier_outlet(doc, lo + role.start())
    if _has(sentence, _TELLING_WORDS):
        told = _TOLD_NAME.search(sentence)
        if told and _is_outlet(told.group(1)):
            return _strip_article(told.group(1).strip())
    if _has(sentence, ("quoted", "according")):
        quoted = _QUOTED_BY.search(sentence)
        if quoted:
            return _strip_article(quoted.group(1).strip())
    if "interview" in sentence:
        interview = _INTERVIEW.search(sentence)
        if interview:
            if interview.group(1):
                return _strip_article(interview.group(1).strip())
            return "interview"
    for platform in _PLATFORM.finditer(sentence):
        word = platform.group(1).rstrip(".")  # "wrote on Telegram."
        if word.lower() in PLATFORMS and word[:1].isupper():
            return word
    if "statement" in sentence and _STATEMENT.search(sentence):
        return "statement"
    if _has(sentence, ("conference", "briefing")):
        conference = _CONFERENCE.search(sentence)
        if conference:
            noun = conference.group(1) or conference.group(2)
            return "press conference" if noun == "conference" else "briefing"
    if _has(sentence, ("address", "speech")):
        address = _ADDRESS.search(sentence)
        if address:
            kind, noun = address.group(1), address.group(2)
            return f"{kind} {noun}" if kind else noun
    if "tweet" in sentence and _TWEETED.search(sentence):
        return "Twitter"
    return None
