"""Regular-expression pieces shared by the rules, and TIMEX3 modifier codes.

Sub-patterns are built from the tables in :mod:`.lexicon` so that what is matched and what is
understood can never disagree. Month names are matched case-sensitively ("may" and "march"
are otherwise a modal and a verb); everything else ignores case. The trigger words at the end
let the recogniser scan only the stretches of text where a rule could match.
"""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, VAGUE_AMOUNTS, alternation

# --- shared sub-patterns -------------------------------------------------------------------

MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b|(?:{alternation(ORDINALS)})\b)"
YEAR = r"(?<![$€£\d.,])(?<!\d[-–])(?:1[5-9]\d\d|20\d\d)\b(?![.,]\d|%|[-–]\d)"
#: "2014-15", "1990–1995": a span of years (the second may be shortened)
YEAR_RANGE = (
    r"(?<![$€£\d.,])(?<!\d[-–])(?P<y>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?P<y2>(?:19|20)?\d\d)\b"
    r"(?![.,]\d|%|[-–]\d)"
)
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPELLED_YEAR = (
    rf"(?:nineteen|eighteen)[\s-]+(?:(?:{TENS})(?:[\s-]+(?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen)\b|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|(?:{TENS})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?\b"
)
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*|(?:{TENS})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight"
    rf"|nine))?|{alternation(k for k in NUMBER_WORDS if k not in ('a', 'an'))}|an?)"
)
VAGUE = alternation(VAGUE_AMOUNTS)
UNIT = r"(?:day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
CLOCK = r"(?:hour|minute)"
MOD_WORD = (
    r"(?:early|mid|late|the\s+(?:beginning|start|middle|end|turn)\s+of|(?:beginning|start|middle"
    r"|end)\s+of)"
)
PART = alternation(PARTS_OF_DAY)
QUALIFIER = (
    r"(?:nearly|almost|about|around|roughly|approximately|some|just|only|more\s+than"
    r"|less\s+than|fewer\s+than|no\s+more\s+than|at\s+least|up\s+to"
    r"|over(?!\s+the\b))"
)

MOD_CODES = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "turn": "END",
}
QUALIFIER_CODES = {
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "more than": "MORE_THAN",
    "no more than": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "over": "MORE_THAN",
    "within": "EQUAL_OR_LESS",
}


def norm(words: str | None) -> str:
    return re.sub(r"[\s-]+", " ", words or "").strip().lower()


def mod_code(words: str | None) -> str | None:
    """TIMEX3 ``mod`` for "early", "mid-", "the end of" and the like."""
    if not words:
        return None
    for word, code in MOD_CODES.items():
        if word in norm(words).split():
            return code
    return None


#: every expression any rule recognises contains a digit, a month name or one of these words:
#: scanning only the text around them keeps the stage's cost a small fraction of the parse
TRIGGER_WORDS: frozenset[str] = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "now",
        "currently",
        "present",
        "moment",
        "recent",
        "recently",
        "lately",
        "previously",
        "formerly",
        "past",
        "future",
        "soon",
        "term",
        "coming",
        "ahead",
        "day",
        "days",
        "night",
        "nights",
        "week",
        "weeks",
        "weekend",
        "weekends",
        "month",
        "months",
        "year",
        "years",
        "quarter",
        "quarters",
        "half",
        "decade",
        "decades",
        "century",
        "centuries",
        "period",
        "morning",
        "afternoon",
        "evening",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "noon",
        "midnight",
        "every",
        "each",
        "hour",
        "hours",
        "minute",
        "minutes",
        "fortnight",
        "nineteen",
        "eighteen",
        "thousand",
        "ago",
        "earlier",
        "later",
        "nowadays",
        "then",
        "christmas",
        "halloween",
        "thanksgiving",
        "valentine",
    ]
)
MONTH_WORDS: frozenset[str] = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)
WORD = re.compile(r"[^\W_]+")

_SINGULAR = {
    "days": "day",
    "nights": "night",
    "weeks": "week",
    "weekends": "weekend",
    "months": "month",
    "years": "year",
    "quarters": "quarter",
    "decades": "decade",
    "centuries": "century",
    "hours": "hour",
    "minutes": "minute",
}
_WEEKDAY_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def trigger_kind(word: str) -> str | None:
    """What kind of trigger a word is ("digit", "month", "weekday", "year" …), or None."""
    if word[0].isdigit():
        return "digit"
    if word in MONTH_WORDS:
        return "month"
    lower = word.lower()
    if lower in _WEEKDAY_WORDS:
        return "weekday"
    if lower in TRIGGER_WORDS:
        return _SINGULAR.get(lower, lower)
    if lower.endswith("ties"):
        return "ties"
    return None
