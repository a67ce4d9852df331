"""The ``boilerplate`` stage: lines of the body that are not the story.

Web articles copied as plain text keep their promotional lines ("Read also: …"), teaser
headlines of other articles, photo captions and credits, bylines and datelines. Left in, they
produce false quotes, places and events ("Read also: Russia strikes Odesa" is not news of this
article). The text is never altered; later stages skip these spans (:func:`spans.in_boilerplate`).

Rules work line by line on the raw text, so offsets are exact. A line is only flagged on
evidence of its form (a marker word, a credit pattern, a headline with no sentence end standing
alone mid-body); a one-line paragraph of reporting ends like a sentence and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Boilerplate
from ..spans import text_of
from .entity_placenames import is_place_name

_PROMO = re.compile(
    r"""^\s*(?:[>»•\-–—*+]+\s*)?(?:
        read\s+(?:also|more|next|the\s+latest)|also\s+read|see\s+also|more\s+on\s+(?:this|the)\b
        |related(?:\s+(?:articles?|stories|coverage|content))?\s*:|recommended\s*:|tip\s*:
        |sign\s+up\b|subscribe\b|follow\s+(?:us|our)\b|click\s+here\b|download\s+(?:our|the)\b
        |(?:watch|listen)\s*(?:now)?\s*:|live\s*(?:ticker|blog|updates)\s*:|newsletter\s*:
        |advertisement\s*$|share\s+this\s+(?:article|story)|(?:join|get)\s+(?:our|the)\b.{0,40}
        (?:newsletter|channel|app|alerts)|you\s+might\s+also\s+like|more\s+from\b|latest\s+news\s*:
        |breaking\s*:?\s*$|also\s+(?:interesting|of\s+interest|worth\s+reading)\s*:
        |(?:most\s+)?read\s+now\s*:|this\s+(?:article|story|report)\s+is\s+part\s+of\b
        |follow\s+(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?\s+on\s+
        (?:telegram|twitter|x|facebook|instagram|youtube|vk)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: capital and small letters of the Latin scripts names are written in ("Žukauskaitė", "ał")
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
_BYLINE = re.compile(
    r"^\s*(?:(?:[Aa]n?\s+(?:article|report|story|analysis|commentary)\s+)?[Bb]y|[Vv]on"
    rf"|[Ww]ritten\s+by|[Aa]uthors?\s*:)\s+[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+){{0,3}}"
    rf"(?:\s*(?:,|and|&)\s*[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+){{0,3}})*"
    r"(?:\s*[,|/–-]\s*[\w .'’&-]{0,40})?\s*$",
)
#: a byline of a name and the outlet under the title: "Elina Mäkelä | Nordvisio News"
_BYLINE_PIPE = re.compile(
    rf"^\s*[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,3}}\s*\|\s*[{_UPPER}][\w .'’&-]{{1,40}}$"
)
_CREDIT = re.compile(
    r"^\s*\(?\s*(?:(?:photo(?:graph)?|image|picture|video|graphic|illustration|credit|source"
    r"|foto)s?\s*"
    r"(?:credit)?\s*:|©|\(c\)\s|copyright\b|(?:additional\s+)?reporting\s+by\b|editing\s+by\b"
    r"|writing\s+by\b|translation\s*:|translated(?:\s+and\s+\w+)?\s+(?:from\s+\w+\s+)?by\b)",
    re.IGNORECASE,
)
#: "Reuters contributed to this report.", "Published in The Khyber Courier, January 28th":
#: credits as a whole short line
_CREDIT_LINE = re.compile(
    r"^\s*(?:[^.\n]{1,80}\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)"
    r"[^\n]{0,40}|published\s+in\s+(?-i:[A-Z])[^.\n]{1,80})$",
    re.IGNORECASE,
)
#: a bracketed note on sources under the story: "(with material from dpa and AFP)"
_SOURCES_NOTE = re.compile(
    r"^\s*\(\s*with\s+(?:(?:material|reporting|inputs?)\s+from|agencies)\b[^)]*\)\s*$", re.I
)
#: "Photo: <a described scene>" is a caption; "Photo: <agency/name>" alone is a credit
_DESCRIBED_PICTURE = re.compile(
    r"^\s*\(?\s*(?:photo(?:graph)?|image|picture|foto)s?\s*:\s*(\S+(?:\s+\S+){5,})", re.I
)
_CAPTION_END = re.compile(
    r"(?:\((?:photo|image|picture|foto)s?\s*:[^)]*\)|(?:photo(?:graph)?|image|picture)\s*:\s*[^.]{1,60}"
    r"|/\s*(?:AFP|Reuters|AP|dpa|EPA|Getty Images|Anadolu|TASS|Ukrinform)"
    r"|\b(?:AFP|AP|EPA|Reuters)\s+via\s+Getty\s+Images"
    r"|/\s*Handout(?:\s+via\s+\S+)?|\bvia\s+(?:REUTERS|Reuters|AFP|AP)"
    r"|\s[—–]\s*photo(?:graph)?s?\s+by\s+[\w .'’-]{1,40}"
    r"|\((?:AP|AFP|Reuters|EPA|dpa)(?:\s+Photo)?(?:/[^)]{1,40})?\)"
    # an agency's photographer after the caption's last sentence: ". AIN/Camilo Durán"
    r"|[.!?]\s+(?-i:[A-Z]{2,6})/(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s*$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(r"^\s*(?:pictured|above|top|left|right|below|caption)\s*:", re.I)
#: an agency in brackets after a dateline's place or date: "(Reuters)", "(EFE)", "(AIN)"
#: (one word, capitalised: "(PolWire)", "(Derzhava)")
_AGENCY = (
    r"\((?:Reuters|Ukrinform|Interfax|UNIAN|Xinhua|dpa|[A-Z]{2,6}|[A-Z][a-z]+(?:[A-Z][a-z]+)?)\)"
)
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}|[A-Z][a-z]+(?:-[a-z]+)*"
    r"(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?)"
    # a second place after a slash, in capitals or title case: "CAIRO/JERUSALEM", "Kyiv/Lviv"
    r"(?:/(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    r"(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2})?\s*(?:\([A-Z][\w .'’-]{1,30}\)\s*)?"
    r"(?:" + _AGENCY + r"|,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2}\s*(?:" + _AGENCY + r")?)?"
    # the dash, maybe after a full stop ("(La Costera).–"), or a colon after a bracket or a
    # place in capitals ("PESHAWAR:")
    r"\s*(?:\.?[-–—]|\.?\s*/[A-Z][\w .-]{1,20}/\.?|(?<=\)):|(?<=[A-ZÀ-Þ]{3}):)\s+"
)
#: the desk initials that close an agency story ("pma/cl/jm")
_DESK_INITIALS = re.compile(
    rf"^\s*(?:\([A-Z][\w ]{{1,20}}\)\s*)?[{_LOWER}]{{2,4}}(?:-[{_LOWER}]{{2,4}})?"
    rf"(?:/[{_LOWER}]{{2,4}}(?:-[{_LOWER}]{{2,4}})?){{1,5}}\s*$"
)
#: a British byline under the headline: "Harriet Lowe in Nikopol", "A and B in Kyiv"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_BYLINE_IN = re.compile(
    r"^\s*"
    + _NAME
    + r"(?:\s+and\s+"
    + _NAME
    + r")?\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*$"
)
#: a live blog's byline of its shifts: "Tom Redfern (now) and Aisling Byrne (earlier)"
_SHIFT = r"\((?:now|earlier|later|before)\)"
_BYLINE_SHIFTS = re.compile(
    r"^\s*"
    + _NAME
    + r"\s+"
    + _SHIFT
    + r"(?:\s*(?:,|and|,\s*and)\s+"
    + _NAME
    + r"\s+"
    + _SHIFT
    + r")+\s*$"
)
#: a time stamp on its own line: a live blog's entry ("19.05 GMT", "6.42pm") or its update
_TIME_STAMP = re.compile(
    r"^\s*(?:(?:updated|last\s+updated|first\s+published|published)(?:\s+(?:at|on))?\s*:?\s*)?"
    # an optional date: "04.03.2026", "March 14, 2026", "14 March 2026"
    r"(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}),?\s+)?"
    # the time and its zone
    r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|[ECMP][SD]?T)?\s*$",
    re.IGNORECASE,
)
#: a dateline opens one of the first lines (title, update stamp, byline, then the story)
_DATELINE_LINES = 4
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s*$""")
_TEASER_FORM = re.compile(r"[:|]|\+\+\+|^\s*(?:live|video|watch|exclusive|analysis)\b", re.I)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the non-blank lines, stripped of surrounding white space."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        yield start, start + len(stripped)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
_BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
_CONTINUES = re.compile(r"[,;:–—-]\s*$")


def _standalone(text: str, start: int, end: int, blank_separated: bool) -> bool:
    """True when the line is a paragraph of its own.

    Texts that separate paragraphs by blank lines may also hard-wrap long paragraphs, so there
    a paragraph needs a blank line (or the text's edge) on both sides; texts with one line per
    paragraph (trafilatura's output) only need line breaks. A line that ends in a comma or dash,
    or is followed by a line starting in lower case, continues a sentence either way.
    """
    window_before = text[max(0, start - 20) : start]
    window_after = text[end : end + 20]
    if _CONTINUES.search(text[start:end]) or window_after.lstrip()[:1].islower():
        return False
    at_start = not text[:start].strip()
    at_end = not window_after.strip() and not text[end:].strip()
    if blank_separated:
        return (at_start or _BLANK_BEFORE.search(window_before) is not None) and (
            at_end or _BLANK_AFTER.match(window_after) is not None
        )
    return (at_start or window_before.rstrip(" \t").endswith("\n")) and (
        at_end or window_after.lstrip(" \t").startswith("\n")
    )


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in span)


def _placed(dateline: str) -> bool:
    """A colon dateline must name a place ("PESHAWAR:"); "PCG: Chinese ships …" is a
    headline's speaker. Datelines with a dash or an agency need no check."""
    head = dateline.rstrip()
    return not head.endswith(":") or head.endswith("):") or is_place_name(head[:-1].strip())


def classify_line(line: str) -> str | None:
    """The boilerplate kind of one line judged on its own, or None for story text."""
    if _PROMO.match(line):
        return "promo"
    if _DESCRIBED_PICTURE.match(line):
        return "caption"
    if _CREDIT.match(line) or _SOURCES_NOTE.match(line):
        return "credit"
    if _CREDIT_LINE.match(line) and len(line.split()) <= 15:
        return "credit"
    if _CAPTION_START.match(line) or (_CAPTION_END.search(line) and len(line.split()) <= 40):
        return "caption"
    if _BYLINE.match(line) and len(line.split()) <= 12:
        return "byline"
    if _DESK_INITIALS.match(line):
        return "credit"
    if _TIME_STAMP.match(line):
        return "dateline"
    return None


def find(doc: Doc) -> list[Boilerplate]:
    """Every boilerplate span of the document, in text order."""
    text = text_of(doc)
    found: list[Boilerplate] = []
    lines = list(_lines(text))
    blank_separated = _BLANK_LINE.search(text) is not None
    kind: str | None = None
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        after_stamp = kind == "dateline"  # the line before was a time stamp (classify_line)
        kind = classify_line(line)
        if kind is not None:
            found.append(Boilerplate(start, end, line, kind))
            continue
        if 1 <= index <= 3 and (
            _BYLINE_IN.match(line) or _BYLINE_SHIFTS.match(line) or _BYLINE_PIPE.match(line)
        ):
            found.append(Boilerplate(start, end, line, "byline"))
            continue
        dateline = _DATELINE.match(line)
        if dateline and index <= _DATELINE_LINES and _placed(dateline.group(0)):
            stop = start + len(line[: dateline.end()].rstrip())
            found.append(Boilerplate(start, stop, text[start:stop], "dateline"))
            continue
        words = line.split()
        is_teaser = (
            0 < index < len(lines) - 1
            and not after_stamp  # a live blog entry's own headline
            and 4 <= len(words) <= 20
            and not _SENTENCE_END.search(line)
            and _standalone(text, start, end, blank_separated)
            and (_TEASER_FORM.search(line) is not None or _has_finite_verb(doc, start, end))
        )
        if is_teaser:
            found.append(Boilerplate(start, end, line, "teaser"))
    return found


def set_annotations(doc: Doc, found: list[Boilerplate]) -> None:
    doc._.boilerplate = tuple(found)


@Language.factory(
    "newsgraph_boilerplate",
    requires=["token.pos", "token.tag"],
    assigns=["doc._.boilerplate"],
)
def make_boilerplate(nlp: Language, name: str) -> BoilerplateStage:
    return BoilerplateStage()


class BoilerplateStage:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        return doc
