"""Words of time in English news: month and day names, numbers, units, parts of the day.

Each table maps a lower-cased word to its meaning and also yields the regular-expression
alternation the recogniser is built from, so that the two can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
SEASON_WORDS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
#: parts of the day as TIMEX3 writes them after ``T``
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}
_UNITS_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS_WORDS)}
NUMBER_WORDS.update({word: 20 + 10 * i for i, word in enumerate(_TENS_WORDS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2})
NUMBER_WORDS.update({"couple of": 2, "a pair of": 2})
NUMBER_WORDS.update({"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100})
#: vague amounts: TIMEX3 writes ``X`` for the number; the value is a guess for ranges only
VAGUE_AMOUNTS: dict[str, int] = {
    "a few": 3,
    "few": 3,
    "several": 5,
    "some": 3,
    "many": 5,
    "a number of": 3,
}
#: time units -> (calendar unit for arithmetic, TIMEX3 duration letter, multiplier)
UNITS: dict[str, tuple[str, str, int]] = {
    "day": ("day", "D", 1),
    "week": ("week", "W", 1),
    "fortnight": ("week", "W", 2),
    "month": ("month", "M", 1),
    "quarter": ("quarter", "Q", 1),
    "year": ("year", "Y", 1),
    "decade": ("decade", "Y", 10),
    "century": ("century", "Y", 100),
}
CLOCK_UNITS: dict[str, str] = {"hour": "H", "minute": "M", "second": "S"}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that the longest one matches."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def number_value(phrase: str) -> int | None:
    """The integer a number phrase means ("twenty-five", "25", "a couple of"), else None."""
    phrase = re.sub(r"\s+", " ", phrase.strip().lower().replace(",", ""))
    if phrase.isdigit():
        return int(phrase)
    if phrase in NUMBER_WORDS:
        return NUMBER_WORDS[phrase]
    parts = re.split(r"[- ]", phrase)
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _UNITS_WORDS[1:10]:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def spelled_year(phrase: str) -> int | None:
    """Years read out in full ("nineteen ninety-six", "two thousand and four"), else None."""
    words = re.sub(r"[\s-]+", " ", phrase.strip().lower()).replace(" and ", " ").split()
    if len(words) >= 2 and words[0] in ("nineteen", "eighteen", "twenty") and words[1] != "hundred":
        rest = number_value(" ".join(words[1:3])) if len(words) >= 3 else None
        if rest is None:
            rest = number_value(words[1])
        if rest is not None and 0 < rest < 100:
            return NUMBER_WORDS[words[0]] * 100 + rest
    if words[:2] == ["two", "thousand"]:
        if len(words) == 2:
            return 2000
        rest = number_value(" ".join(words[2:]))
        if rest is not None and rest < 100:
            return 2000 + rest
    return None
