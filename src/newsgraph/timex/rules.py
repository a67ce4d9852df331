"""The expression rules: one regular expression and one resolver per kind of phrase.

Each :class:`Rule` recognises a family of phrases ("Monday night", "two days later", "the third
quarter of 1990") and turns a match into a TIMEX3 value. Recognition and resolution share the
match, so the value is computed from the same groups that made the span; resolving a span given
from outside (an evaluation's gold span) runs the same rules anchored to that span.

Resolution is relative to the publication date (``Context.published``) for deictic phrases
("yesterday", "last week", a bare "Friday") and to the previously resolved date in the text for
anaphoric ones ("two days later", "the previous day", "a year earlier"), which is what news means
by them and what general date parsers get wrong. A ``guard`` keeps a rule from firing on words
that are usually not dates ("may", "fall", "a year" as a price unit) unless the context says so.
"""

from __future__ import annotations

import re

from . import absolute, durations, relative
from .base import Context, Guard, Resolution, Resolver, Rule
from .lexicon import ORDINALS, alternation
from .patterns import (
    CLOCK,
    DAY,
    MOD_WORD,
    MONTH,
    NUMBER,
    PART,
    QUALIFIER,
    SPELLED_YEAR,
    UNIT,
    VAGUE,
    WEEKDAY,
    YEAR,
    YEAR_RANGE,
)

_F = re.IGNORECASE | re.VERBOSE


def _rule(name: str, pattern: str, resolve: Resolver, guard: Guard | None = None) -> Rule:
    bounded = rf"(?<![\w$€£])(?:{pattern})(?!\w)"
    return Rule(name, re.compile(bounded, _F), resolve, guard)


_DAY_WORDS = (
    rf"(?:(?:(?:last|next|this)\s+)?{WEEKDAY}|today|yesterday|tomorrow|{MONTH}\s+{DAY}"
    rf"|{DAY}\s+(?:of\s+)?{MONTH})"
)

RULES: tuple[Rule, ...] = (
    _rule(
        "numeric_us",
        r"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4}|\d\d)\b",
        absolute.numeric,
    ),
    _rule(
        "numeric_iso",
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
        absolute.numeric,
    ),
    _rule(
        "numeric_compact",
        r"(?<![\d.,$])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\b",
        absolute.numeric,
    ),
    _rule(
        "month_day",
        rf"(?:(?:{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})"
        r"(?:\s*[-–]\s*(?P<d2>[12]\d|3[01]|0?[1-9])\b)?"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?!\s*(?:[:%]|\d))",
        absolute.month_day,
    ),
    _rule(
        "day_month",
        rf"(?:(?:{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<d2>[12]\d|3[01]|0?[1-9])\s*[-–]\s*)?"
        rf"(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        absolute.month_day,
    ),
    _rule(
        "month",
        rf"(?:(?P<mod>{MOD_WORD})[\s-]+)?(?:(?P<rel>last|next|this\s+past|this\s+coming|this)\s+)?"
        rf"(?P<mon>{MONTH})(?:(?:,?\s+|\s+of\s+)(?P<y>{YEAR}|{SPELLED_YEAR})"
        r"|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?",
        absolute.month,
        absolute.month_guard,
    ),
    _rule(
        "year",
        rf"(?:(?P<mod>{MOD_WORD})[\s-]+)?(?:(?P<fiscal>fiscal)\s+(?:year\s+)?|the\s+year\s+)?"
        rf"(?P<y>{YEAR}|{SPELLED_YEAR})",
        absolute.year,
        absolute.year_guard,
    ),
    _rule("year_range", YEAR_RANGE, absolute.year_range),
    _rule(
        "holiday",
        r"(?-i:Christmas(?:\s+(?:Eve|Day))?|New\s+Year[’']s(?:\s+(?:Eve|Day))?|Halloween"
        r"|Thanksgiving(?:\s+Day)?|Valentine[’']s\s+Day)",
        absolute.holiday,
        absolute.holiday_guard,
    ),
    _rule(
        "decade",
        r"(?:(?:the\s+)?(?P<half>first|second|last|latter)\s+half\s+of\s+)?"
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<y>1[5-9]\d0|20\d0)[’']?s\b"
        r"|[’'](?P<yy>\d0)[’']?s\b|(?<=the\s)(?P<w>twenties|thirties|forties|fifties|sixties"
        r"|seventies|eighties|nineties)\b)",
        absolute.decade,
    ),
    _rule(
        "century",
        rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<n>{alternation(ORDINALS)}|\d{{1,2}}"
        r"(?:st|nd|rd|th))[\s-]+century\b",
        absolute.century,
    ),
    _rule(
        "weekday",
        r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past"
        rf"|coming|the\s+previous|the\s+following|that)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:[\s-]+(?P<part>{PART})\b)?",
        relative.weekday,
    ),
    _rule(
        "deictic_day",
        r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before"
        rf"\s+yesterday|the\s+day\s+after\s+tomorrow)\b(?:[\s-]+(?P<part>{PART})\b)?"
        rf"|(?P<w2>this|last)\s+(?P<part2>{PART})\b)",
        relative.deictic_day,
        relative.deictic_guard,
    ),
    _rule(
        "unit_relative",
        rf"(?:(?P<mod>{MOD_WORD}|earlier|later)\s+)?(?P<rel>this\s+past|this\s+coming|this|last"
        r"|next|the\s+next|the\s+past|the\s+previous|the\s+prior|the\s+coming|the\s+current|the\s+following"
        r"|the\s+same|the\s+latest|the\s+fiscal|that|its|the)\s+(?:(?P<whole>full|fiscal|calendar)\s+)?"
        r"(?P<unit>week(?:end)?|month|year|quarter|decade|century|period|day)\b"
        r"(?!\s*[-–]\s*(?:old|long))(?:\s+or\s+so)?",
        relative.unit_relative,
        relative.unit_guard,
    ),
    _rule(
        "nth_day",
        r"(?:(?<=\b(?:is|[’']s)\s)the\s+|(?<=\b(?:is|[’']s)\sthe\s))(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
        r"|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+)(?:(?:straight|consecutive|full)\s+)?day\b",
        relative.nth_day,
    ),
    _rule(
        "in_the_unit",
        r"(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)",
        relative.in_the_unit,
    ),
    _rule(
        "day_around",
        r"the\s+(?:day|night)\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))(?=\s*[,.;])",
        relative.day_around,
    ),
    _rule(
        "shift",
        rf"(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT})s?"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|previously|back|from\s+now|hence"
        r"|before(?=\s*[,.;])|after(?=\s*[,.;]))",
        relative.shift,
    ),
    _rule(
        "year_earlier",
        r"(?:the\s+(?=(?:comparable\s+|corresponding\s+)?year[\s-](?:earlier|ago)\s+(?:period"
        r"|quarter|first|second|third|fourth|nine)))?(?:comparable\s+|corresponding\s+)?"
        r"year[\s-](?:earlier|ago)\b"
        r"(?:\s+(?P<q>period|quarter|(?:first|second|third|fourth)\s+quarter|nine\s+months))?",
        relative.year_earlier,
    ),
    _rule(
        "two_quarters",
        r"(?:the\s+)?(?P<side>first|last|second|final)\s+two\s+quarters(?:\s+of\s+(?:(?:fiscal"
        rf"|the\s+year|calendar)\s+)?(?P<y>{YEAR}))?",
        absolute.two_quarters,
    ),
    _rule(
        "someday",
        r"(?P<w>one|some)\s+day",
        durations.someday,
        durations.someday_guard,
    ),
    _rule(
        "vague_plural",
        r"(?:(?<=over\s)|(?<=through\s))the\s+years|(?P<unit>days|weeks|months|years|decades"
        r"|centuries)(?=\s+of\b)|(?P<unit2>days|weeks|months|years|decades|centuries)",
        durations.vague_plural,
        durations.vague_plural_guard,
    ),
    _rule(
        "then",
        r"then",
        durations.loose,
        durations.then_guard,
    ),
    _rule(
        "duration",
        rf"(?:(?P<q>{QUALIFIER})\s+)?(?:(?P<rel>the\s+"
        r"(?:past|last|next|coming|first|previous|following|latest|final)|the)\s+"
        rf"(?!{NUMBER}-))?(?:(?P<n0>{NUMBER})\s+(?:to|or)\s+)?(?P<n>{NUMBER}|{VAGUE})"
        rf"(?:\s+|(?P<adj>-))(?P<unit>{UNIT}s?|{CLOCK}s?)\b(?(adj)(?:-(?:old|long))?|(?:\s+or\s+so)?)",
        durations.duration,
        durations.duration_guard,
    ),
    _rule(
        "season",
        rf"(?:(?P<mod>{MOD_WORD})[\s-]+)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next"
        r"|past|coming|the|that)\s+)?(?:(?P<mod2>early|late|mid)[\s-]+)?(?P<s>spring|summer"
        rf"|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR}|{SPELLED_YEAR}))?",
        absolute.season,
        absolute.season_the_guard,
    ),
    _rule(
        "quarter",
        r"(?:(?P<rel>the\s+same|the\s+comparable|the\s+year[\s-](?:earlier|ago)|the\s+latest"
        r"|the\s+current|the\s+fiscal|the|this|last|next|its)\s+(?!(?:fiscal\s+)?(?:first|second"
        r"|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)))?(?:(?P<y1>(?:19|20)\d\d)"
        r"(?:[’']s)?\s+|(?P<ry>this|last|next)\s+year[’']s\s+)?(?:fiscal[\s-]+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[\s-]+(?P<unit>quarter"
        r"|half)\b"
        rf"(?:\s+(?:of\s+)?(?:(?:fiscal|the\s+year|calendar)\s+)?(?P<y2>{YEAR}))?",
        absolute.quarter,
    ),
    _rule(
        "reference",
        r"\b(?:right\s+now|now|currently|at\s+present|at\s+the\s+moment|these\s+days|nowadays"
        r"|(?:more\s+|most\s+)?recently|lately|previously(?!\s+(?:had\b|\w+(?:ed|en|wn|ld|id|ght)\b))|formerly|a\s+later\s+date|the\s+past(?!\s+(?:few|several|\d|two|three"
        r"|four|five|six|seven|eight|nine|ten|week|month|year|day|decade|quarter|century))"
        r"|recent\s+(?:days|weeks|months|quarters|years|decades)|future\s+(?:quarters|years)|soon|the\s+(?:near\s+)?future"
        r"|the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years)"
        r"|the\s+(?:days|weeks|months|years)\s+ahead)\b",
        durations.present,
    ),
    _rule(
        "time",
        r"(?:(?:around|about|approximately)\s+)?(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?"
        r"\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?P<nm>noon|midnight)\b"
        r"|(?P<h24>[01]?\d|2[0-3])[:.]?(?P<mi24>[0-5]\d)(?:\s*(?:h|hrs)\b|(?=\s+(?:(?-i:GMT|UTC"
        r"|[A-Z]{2,4}T)|local\s+time))))"
        r"(?:\s+(?:(?-i:[A-Z]{2,4}T|GMT|UTC)\b|local\s+time))?(?:,?\s+(?:on\s+)?(?P<day>"
        rf"{_DAY_WORDS}))?",
        relative.time,
    ),
    _rule(
        "part_of_day",
        rf"(?:the\s+)?(?P<part>{PART})\s+of\s+(?P<day>{_DAY_WORDS})",
        relative.part_of_day,
    ),
    _rule(
        "set",
        rf"(?:every|each)\s+(?P<w>day|week|month|quarter|year|{WEEKDAY}|{MONTH}|morning"
        r"|night)",
        durations.set,
    ),
    _rule(
        "set_adverb",
        r"(?P<w>daily|weekly|monthly|quarterly|annually|yearly|hourly)",
        durations.set,
        durations.never,  # "a quarterly dividend", "daily newspaper": annotators leave these out
    ),
    _rule("year_end", r"year(?:[\s-]|[’']s\s+)end", relative.year_end),
    _rule(
        "last_year_period",
        r"(?:the\s+)?(?:(?:corresponding|comparable|same|year[\s-]earlier|year[\s-]ago)\s+)?"
        r"(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))"
        r"|last\s+year[’']s\s+(?:period|quarter)|the\s+(?P<y>(?:19|20)\d\d)\s+(?:period|quarter)",
        relative.last_year_period,
    ),
    _rule(
        "loose_reference",
        r"(?:then\s+)?current|already|yet|then|(?:this\s+|the\s+)(?:\w+\s+)?moment|present|future"
        r"|a\s+later\s+date|later|earlier|from\s+time\s+to\s+time|once|recent|past\s+years"
        r"|in\s+the\s+past|one\s+day|(?:at\s+)?the\s+time",
        durations.loose,
        durations.never,
    ),
)


_UNIT_KEYS = frozenset(
    ["day", "week", "weekend", "month", "year", "quarter", "decade", "century", "fortnight"]
)
_DAY_PARTS = frozenset(["morning", "afternoon", "evening", "night"])

#: the trigger kinds (:func:`patterns.trigger_kind`) a rule's matches contain: each rule scans
#: only the text around its own triggers
RULE_KEYS: dict[str, frozenset[str]] = {
    "numeric_us": frozenset(["digit"]),
    "numeric_iso": frozenset(["digit"]),
    "numeric_compact": frozenset(["digit"]),
    "month_day": frozenset(["month"]),
    "day_month": frozenset(["month"]),
    "month": frozenset(["month"]),
    "year": frozenset(["digit", "nineteen", "eighteen", "thousand"]),
    "year_range": frozenset(["digit"]),
    "holiday": frozenset(["christmas", "halloween", "thanksgiving", "valentine", "year"]),
    "decade": frozenset(["digit", "ties"]),
    "century": frozenset(["century"]),
    "weekday": frozenset(["weekday"]),
    "deictic_day": frozenset(["today", "tonight", "yesterday", "tomorrow"]) | _DAY_PARTS,
    "unit_relative": _UNIT_KEYS | {"period"},
    "in_the_unit": frozenset(["day", "week", "month", "year"]),
    "day_around": frozenset(["day", "night"]),
    "nth_day": frozenset(["day"]),
    "shift": _UNIT_KEYS,
    "year_earlier": frozenset(["year"]),
    "duration": _UNIT_KEYS | {"hour", "minute"},
    "someday": frozenset(["day"]),
    "two_quarters": frozenset(["quarter"]),
    "vague_plural": _UNIT_KEYS,
    "then": frozenset(["then"]),
    "season": frozenset(["spring", "summer", "fall", "autumn", "winter"]),
    "quarter": frozenset(["quarter", "half"]),
    "reference": _UNIT_KEYS
    | frozenset(
        [
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
            "nowadays",
            "later",
        ]
    ),
    "time": frozenset(["digit", "noon", "midnight"]),
    "part_of_day": _DAY_PARTS,
    "set": frozenset(["every", "each"]),
    "year_end": frozenset(["year"]),
    "last_year_period": frozenset(["period", "quarter"]),
}


def resolve_text(ctx: Context, start: int, end: int) -> Resolution | None:
    """Resolve ``ctx.text[start:end]`` as a whole by the first rule that matches it exactly."""
    for rule in RULES:
        match = rule.pattern.fullmatch(ctx.text, start, end)
        if match is not None:
            sub = Context(ctx.text, start, end, ctx.published, ctx.previous, ctx.topic, ctx.grammar)
            resolved = rule.resolve(match, sub)
            if resolved is not None:
                return resolved
    return None
