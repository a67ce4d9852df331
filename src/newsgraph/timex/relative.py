"""Deictic and anaphoric dates: weekdays, "yesterday", "last week", "three days ago",
"two days later", "a year earlier", clock times.

Deictic phrases count from the publication date; anaphoric ones ("later", "earlier", "the
previous day", "the year-ago quarter") from the period resolved just before them in the text,
which is how news uses them and what general date parsers get wrong. A shift by days from a
period coarser than a day ("two days later" after "2014") stays unresolved rather than invented.
"""

from __future__ import annotations

import datetime as dt
import re

from .base import Context, Resolution, dated, preceding_word, reference, unresolved
from .calendar import Period
from .lexicon import PARTS_OF_DAY, UNITS, VAGUE_AMOUNTS, WEEKDAYS, number_value
from .patterns import QUALIFIER_CODES, mod_code, norm


def _weekday_from(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The ``weekday`` nearest ``anchor`` in ``direction``: on_or_before, before, after,
    on_or_after, week."""
    if direction == "week":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    back = (anchor.weekday() - weekday) % 7
    if direction == "on_or_after":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    if direction == "on_or_before":
        return anchor - dt.timedelta(days=back)
    if direction == "before":
        return anchor - dt.timedelta(days=back or 7)
    ahead = (weekday - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=ahead or 7)


#: a past verb right after "for Friday": the phrase sat inside the subject of a past clause
#: ("the strike called for Friday paralysed the capital"); "-ed" before "by" is a participle
_PAST_PREDICATE = re.compile(
    r"\s+(?:(?:was|were|had|did|went|began|brought|shut|hit|left|saw|drew|became)\b"
    r"|[a-z]{3,}ed\b(?!\s+by\b))"
)


def _scheduled_for(ctx: Context) -> bool:
    """ "a strike for Friday", "a rally slated for Wednesday": "for" with a bare weekday names
    the day something is set for, which lies ahead when the announcing verb governs the phrase,
    whatever its tense ("unions announced a strike for Friday"). It does not when the scheduled
    thing is the subject of a past clause: "the strike called for Friday paralysed the capital"
    reports the strike itself, which has happened. The parse decides where there is one; on a
    bare string a past verb right after the phrase stands for it. A possessive ("arrested for
    Friday's attack") names a past event instead."""
    if preceding_word(ctx.text, ctx.start) != "for":
        return False
    if re.match(r"[’']s\b", ctx.text[ctx.end : ctx.end + 3]) is not None:
        return False
    parsed = ctx.scheduled_ahead()
    if parsed is not None:
        return parsed
    return _PAST_PREDICATE.match(ctx.text, ctx.end) is None


def weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = norm(m.group("rel"))
    part = PARTS_OF_DAY.get(norm(m.group("part"))) if m.group("part") else None
    mod = mod_code(m.group("mod"))
    kind = "TIME" if part else "DATE"
    if rel in ("the previous", "the following", "that") and ctx.previous is not None:
        anchor, source = ctx.previous.start, "previous"
        direction = {"the previous": "before", "the following": "after", "that": "week"}[rel]
    else:
        if ctx.published is None:
            return unresolved("publication", mod, kind)
        anchor, source = ctx.published, "publication"
        if rel in ("last", "this past", "the previous", "past"):
            direction = "before"
        elif rel in ("next", "this coming", "coming", "the following"):
            direction = "after"
        elif rel == "this":
            direction = "week"
        elif _scheduled_for(ctx):
            direction = "on_or_after"
        else:
            ahead = {"future": "after", "present": "on_or_after"}
            direction = ahead.get(ctx.day_tense or "", "on_or_before")
    day = _weekday_from(anchor, weekday, direction)
    return dated(Period.day(day, part), source, mod, kind)


_DEICTIC_OFFSET = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def deictic_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = norm(m.group("w") or m.group("w2"))
    part_word = norm(m.group("part") or m.group("part2"))
    part = PARTS_OF_DAY.get(part_word) if part_word else None
    offset = _DEICTIC_OFFSET.get(word, 0)
    if word == "tonight":
        part = "NI"
    elif word == "last":  # "last night"
        offset = -1 if part == "NI" else 0
    kind = "TIME" if part else "DATE"
    mod = mod_code(m.group("mod"))
    if ctx.published is None:
        return unresolved("publication", mod, kind)
    day = ctx.published + dt.timedelta(days=offset)
    return dated(Period.day(day, part), "publication", mod, kind)


def deictic_guard(m: re.Match[str], text: str) -> bool:
    """ "Today" after a capitalised word mid-sentence is a title ("USA Today"), not a date."""
    if not m.group(0)[:1].isupper():
        return True
    before = text[max(0, m.start() - 30) : m.start()]
    return re.search(r"(?<![.!?:;\n\"“])\s(?-i:[A-Z]\w*)\s+$", before) is None


_RELATIVE_STEP = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "this past": -1,
    "last": -1,
    "the last": -1,
    "the past": -1,
    "past": -1,
    "the previous": -1,
    "previous": -1,
    "the prior": -1,
    "prior": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "coming": 1,
    "this coming": 1,
    "the following": 1,
    "following": 1,
    "that": 0,
    "the same": 0,
    "same": 0,
    "the": 0,
    "its": 0,
    "the latest": 0,
    "latest": 0,
    "the fiscal": 0,
    "fiscal": 0,
}
_ANAPHORIC = frozenset(
    {"the previous", "previous", "the prior", "prior", "the following", "following", "that"}
    | {"the same", "same"}
)


def reporting_period(ctx: Context, unit: str, latest: bool) -> Period | None:
    """The reporting period the text is about, for "the quarter", "the latest period".

    That is the quarter or half-year named last (``ctx.topic``), whatever day dates came
    since ("the quarter ended Sept. 30"). "The latest" one has closed: a quarter named only
    in a forecast ("a fourth-quarter charge") is not the latest reported.
    """
    topic = ctx.topic  # "the quarter" names a quarter even after "last month"
    if topic is None or (unit != "period" and topic.gran != unit):
        return None
    if latest and ctx.published is not None and topic.end >= ctx.published:
        return None
    return topic


def year_back(ctx: Context, years: int, mod: str | None = None) -> Resolution | None:
    """A year-long figure's comparison ("For the nine months, ... a year earlier"): the
    calendar year ``years`` back from the year under discussion (else publication)."""
    topic = ctx.topic_in_force
    if topic is not None:
        return dated(Period.year(topic.start.year - years), "previous", mod, chain=False)
    if ctx.published is None:
        return unresolved("publication", mod)
    return dated(Period.year(ctx.published.year - years), "publication", mod, chain=False)


_RESULTS_NOUN = re.compile(
    r"[’']s\s+(?:\w+\s+)?(?:results|quarter|period|figures?|earnings|profits?|loss|sales"
    r"|revenues?|net)\b",
    re.IGNORECASE,
)


def unit_name(word: str) -> str:
    word = norm(word)
    if word.startswith("centur"):
        return "century"
    return word.rstrip("s") if word != "weekends" else "weekend"


def unit_relative(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel = norm(m.group("rel"))
    unit = unit_name(m.group("unit"))
    mod = mod_code(m.group("mod"))
    step = _RELATIVE_STEP.get(rel, 0)
    base_unit = "week" if unit == "weekend" else unit
    previous = ctx.previous
    latest = rel in ("the latest", "latest")
    if unit == "period":
        # "the latest period", "the period": what the text is talking about, else a quarter
        under_discussion = reporting_period(ctx, "period", latest)
        if (
            under_discussion is None
            and previous is not None
            and previous.gran
            in (
                "month",
                "season",
            )
        ):
            under_discussion = previous
        if under_discussion is not None:
            return dated(under_discussion, "previous", mod)
        unit = base_unit = "quarter"
        if rel in ("the", "its", "the latest", "latest"):
            rel = "the"
    if unit == "year" and latest and ctx.published is not None:
        # "sales in the latest fiscal year": the last one closed and reported, not the one
        # still running
        return dated(Period.year(ctx.published.year - 1), "publication", mod)
    if unit == "week" and rel in ("the", "its") and not mod:
        # "For the week, the index fell": some week of the year, which one the phrase does not
        # say (TIMEX3 writes an unknown week as WXX)
        if ctx.published is None:
            return unresolved("publication")
        return Resolution("DATE", f"{ctx.published.year:04d}-WXX", "publication")
    if unit == "day" and previous is not None:
        # "the next day", "that day", "the previous day": counted from the story's last date,
        # which must be a day: "that day" after "in 1987" names no day we know
        if previous.gran != "day":
            return unresolved("previous", mod)
        moved = previous.shift(step, "day") if step else Period.day(previous.start)
        return dated(moved, "previous", mod)
    topic = ctx.topic_in_force
    if (
        unit == "year"
        and step == -1
        and topic is not None
        and not mod
        and _RESULTS_NOUN.match(ctx.text, ctx.end) is not None
        and not ctx.year_scope
    ):
        # "last year's results" after "the third quarter": that quarter last year
        return dated(topic.shift(-1, "year"), "previous", chain=False)
    if rel in _ANAPHORIC and previous is not None:
        base = Period.containing(previous.start, base_unit)
        source = "previous"
    elif rel in ("the", "its", "the latest", "latest", "the fiscal", "fiscal") and unit in (
        "quarter",
        "half",
    ):
        # "the quarter", "the latest quarter": the period the text is talking about, else the
        # last completed one (results are reported after the quarter closes)
        under_discussion = reporting_period(ctx, unit, latest)
        if under_discussion is not None:
            return dated(under_discussion, "previous", mod)
        if ctx.published is None:
            return unresolved("publication", mod)
        current = Period.containing(ctx.published, unit)
        base = current.shift(-1, unit) if unit != "year" else current
        return dated(base, "publication", mod)
    else:
        if ctx.published is None:
            return unresolved("publication", mod)
        base = Period.containing(ctx.published, base_unit)
        source = "publication"
    if unit in ("decade", "century") and step < 0 and rel in ("the past", "the last", "past"):
        step = 0  # "the past decade" reaches up to now
    period = base.shift(step, base_unit) if step else base
    if unit == "weekend":
        # "the weekend" read on a weekday is the one just past, unless the verb looks ahead
        published = ctx.published
        if (
            rel in ("the", "this")
            and published is not None
            and source == "publication"
            and published.weekday() < 5
            and ctx.day_tense not in ("future", "present")
        ):
            period = period.shift(-1, "week")
        return Resolution("DATE", f"{period.value}-WE", source, mod, period)
    return dated(period, source, mod)


def in_the_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "earlier in the day", "later in the week": the story's day, else publication's period."""
    unit = norm(m.group("unit"))
    previous = ctx.previous
    if unit == "day" and previous is not None and previous.gran == "day":
        return dated(Period.day(previous.start), "previous")
    if ctx.published is None:
        return unresolved("publication")
    return dated(Period.containing(ctx.published, unit), "publication")


def nth_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "It's the second day of an offensive": told in the present, the count has reached
    today, so the phrase names the publication day."""
    if ctx.published is None:
        return unresolved("publication")
    return dated(Period.day(ctx.published), "publication")


def day_around(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the day before", "the day after": one day from the date mentioned last."""
    previous = ctx.previous
    if previous is None or previous.gran != "day":
        return unresolved("previous")
    step = -1 if norm(m.group("dir")) == "before" else 1
    return dated(previous.shift(step, "day"), "previous")


def unit_guard(m: re.Match[str], text: str) -> bool:
    """ "the year" alone is too often a duration or a noun; only the quarter is taken bare."""
    rel = norm(m.group("rel"))
    unit = unit_name(m.group("unit"))
    if unit == "day":
        return rel not in ("the", "its", "this", "last", "the past", "the current", "the latest")
    if rel in ("the", "its", "the same", "same") and not m.group("mod"):
        if unit == "year" and rel == "the" and _whole_year(m, text):
            return True
        return unit in ("quarter", "weekend") or (unit == "period" and rel != "the")
    return True


def _whole_year(m: re.Match[str], text: str) -> bool:
    """ "the full year", "For the year, sales rose": the current year as a reporting period
    (but "in the year ended March 31" is a twelve-month stretch, not a calendar year)."""
    if m.group("whole"):
        return True
    return preceding_word(text, m.start()) == "for" and text[m.end() : m.end() + 1] == ","


def count(word: str) -> int | None:
    word = norm(word)
    if word in VAGUE_AMOUNTS:
        return None
    return number_value(word)


def shift(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "three days ago" (from publication), "two days later" (from the previous date)."""
    unit_word = unit_name(m.group("unit"))
    unit, _, factor = UNITS[unit_word]
    amount = count(m.group("n"))
    direction = norm(m.group("dir"))
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    mod = QUALIFIER_CODES.get(norm(m.group("q"))) if m.group("q") else None
    if amount is None:
        return reference("PAST_REF" if sign < 0 else "FUTURE_REF")
    amount *= factor
    previous = ctx.previous
    anaphoric = direction in ("earlier", "later", "before", "after")
    # a date a year or a month away is a point of comparison, not a new point of the story
    chain = unit in ("day", "week")
    if previous is not None and anaphoric and finer(unit, previous.gran):
        # "two days later" than "2014": counting days from a year would invent a date
        return unresolved("previous", mod)
    if unit == "year" and sign < 0 and not ctx.fronted:
        # a reported figure compared with "a year earlier": the same reporting period a year
        # back (a year-long figure: the previous year); "A year ago, ..." opening a sentence
        # sets a new scene instead
        topic = ctx.topic_in_force
        if ctx.year_scope and (ctx.comparative or topic is not None):
            return year_back(ctx, amount, mod)
        if topic is not None and (ctx.comparative or anaphoric or direction == "ago"):
            return dated(topic.shift(-amount, "year"), "previous", mod, chain=False)
    if ctx.comparative and unit == "year":
        anaphoric = False  # "up from 40% a year earlier": a year before now
    if previous is not None and anaphoric:
        moved = previous.shift(sign * amount, unit)
        return dated(moved, "previous", mod, chain=chain)
    if ctx.published is None:
        return unresolved("publication", mod)
    base = Period.containing(ctx.published, unit if unit != "day" else "day")
    if unit == "day":
        base = Period.day(ctx.published)
    return dated(base.shift(sign * amount, unit), "publication", mod, chain=chain)


def finer(unit: str, gran: str) -> bool:
    """True when ``unit`` is a finer grain than ``gran`` (a day against a month, a year)."""
    order = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
    rank = {name: index for index, name in enumerate(order)}
    return rank.get(unit, 0) < rank.get("quarter" if gran == "season" else gran, 0) and not (
        unit == "day" and gran == "week"
    )


def year_earlier(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the year-earlier quarter", "year-ago": the period under discussion, one year back."""
    previous = ctx.previous
    q = norm(m.group("q"))
    if ctx.year_scope or "months" in q:
        return year_back(ctx, 1)
    topic = ctx.topic_in_force
    if topic is not None and (previous is None or previous.gran != "year" or q):
        return dated(topic.shift(-1, "year"), "previous", chain=False)
    if previous is not None and (previous.gran != "year" or m.group("q")):
        if "quarter" in norm(m.group("q")) and previous.gran == "day":
            previous = Period.containing(previous.start, "quarter")
        return dated(previous.shift(-1, "year"), "previous", chain=False)
    if ctx.published is None:
        return unresolved("publication")
    return dated(Period.year(ctx.published.year - 1), "publication")


def year_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "year-end", "year's end": the end of the publication year; "since year-end" counts
    from the last one that has passed, the last day of the previous year."""
    if ctx.published is None:
        return unresolved("publication", "END")
    if preceding_word(ctx.text, ctx.start) == "since":
        return dated(Period.day(dt.date(ctx.published.year - 1, 12, 31)), "publication")
    return dated(Period.year(ctx.published.year), "publication", "END")


def last_year_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the corresponding period last year", "the 1988 quarter": the period under discussion,
    in another year."""
    previous = ctx.previous
    raw_year = m.group("y")
    if ctx.year_scope:  # "For the nine months, ... in the 1988 period"
        if raw_year:
            return dated(Period.year(int(raw_year)), None)
        return year_back(ctx, 1)
    topic = ctx.topic_in_force
    if topic is not None:
        previous = topic
    elif previous is not None and previous.gran == "day":
        previous = Period.containing(previous.start, "quarter")  # "the quarter ended Sept. 30"
    if previous is not None and previous.gran in ("quarter", "half", "month", "season"):
        if raw_year:
            moved = previous.shift(int(raw_year) - previous.start.year, "year")
            return dated(moved, "previous", chain=False)
        return dated(previous.shift(-1, "year"), "previous", chain=False)
    if raw_year:
        return dated(Period.year(int(raw_year)), None)
    if ctx.published is None:
        return unresolved("publication")
    return dated(Period.year(ctx.published.year - 1), "publication")


def part_of_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the night of May 15", "the morning of Monday": that day, with the part kept."""
    from .rules import resolve_text  # the day phrase is itself an expression

    sub = resolve_text(ctx, m.start("day"), m.end("day"))
    part = PARTS_OF_DAY[norm(m.group("part"))]
    if sub is None or sub.period is None or sub.period.gran != "day":
        return unresolved(
            sub.anchor if sub is not None and sub.anchor else "publication", None, "TIME"
        )
    return dated(Period.day(sub.period.start, part), sub.anchor, kind="TIME")


def time(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Clock times ("10 p.m. Wednesday", "noon"), dated by their day phrase or publication."""
    named = norm(m.group("nm"))
    if named:
        clock = "12:00" if named == "noon" else "24:00"
    elif m.group("h24"):
        clock = f"{int(m.group('h24')):02d}:{m.group('mi24')}"
    else:
        hour = int(m.group("h"))
        minute = int(m.group("mi") or 0)
        meridian = (m.group("ap") or "").lower().replace(".", "")
        if meridian == "pm" and hour < 12:
            hour += 12
        elif meridian == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        clock = f"{hour:02d}:{minute:02d}"
    day_text = m.group("day")
    day: dt.date | None = None
    anchor: str | None = "publication"
    if day_text:
        from .rules import resolve_text  # the day phrase is itself an expression

        sub = resolve_text(ctx, m.start("day"), m.end("day"))
        if sub is not None and sub.period is not None and sub.period.gran == "day":
            day, anchor = sub.period.start, sub.anchor
    elif ctx.published is not None:
        day = ctx.published
    if day is None:
        return unresolved("publication", kind="TIME")
    return dated(Period.day(day, clock), anchor, kind="TIME")
