"""The ``quotes`` stage: who said what, in what words, through which channel.

Small steps, each in its own module:

1. :mod:`.quote_marks` pairs quotation marks into quoted stretches, per paragraph, so that a
   missing mark costs one paragraph at most and never raises;
2. :mod:`.quote_attributions` proposes cue candidates and keeps those the cue model trusts;
   :mod:`.quote_rules` reads each one's source, cue and content off the dependency parse and
   claims the quotations next to the cue; :mod:`.quote_phrases` does the same for "according
   to X" and "in her view";
   :mod:`.quote_lines` adds those marked by layout alone ("Name: …", "“…” ― Name");
   :mod:`.quote_so` those in translated German word order ("…", so the governor);
   :mod:`.quote_introductions` those whose speaker the sentence before introduces;
   :mod:`.quote_nested` quotations inside quotations whose speaker the outer one names;
3. this module drops what lies in boilerplate, settles competing claims on one quotation,
   turns quotations nobody claimed into follow-on quotes of the previous speaker, and emits
   :class:`~newsgraph.records.Quote` records with speaker (via
   :func:`newsgraph.stages.entities.resolve_speaker`, called in text order) and channel
   (:mod:`.quote_channel`); :mod:`.quote_dialogue` then gives the bare paragraphs of a
   two-person exchange to the party whose turn it is.

An attribution whose content has several fragments (``"…," he said, "…"``) becomes one quote
per fragment; later fragments point at the first with ``continues`` and carry the same cue and
source. A follow-on quotation (no cue of its own) also points at the first quote of the
attribution it continues, has no cue or source, and takes that speaker.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Quote, TextSpan
from ..spans import in_boilerplate, stage_output, text_of
from . import entities
from .quote_attributions import find_attributions
from .quote_channel import find_channel
from .quote_cue_model import load_model, sentence_of, sentence_starts
from .quote_dialogue import alone_in_paragraph, take_turns
from .quote_introductions import (
    find_colon_introduced,
    find_introduced,
    find_trailing_cues,
    wants_to_know,
)
from .quote_lines import ANSWER_TURN, QUESTION_TURN, SPEAKER_LINE, find_layout_attributions
from .quote_marks import MIN_SPEECH_WORDS, QuotedSpan, find_quoted
from .quote_nested import find_nested, pronoun_antecedent
from .quote_rules import Attribution, Range
from .quote_so import find_so_attributions


def _distance(attribution: Attribution, fragment: Range) -> int:
    if attribution.cue is None:
        return 1 << 30
    cue_start, cue_end = attribution.cue
    if fragment[1] <= cue_start:
        return cue_start - fragment[1]
    return max(0, fragment[0] - cue_end)


def _settle(attributions: list[Attribution]) -> list[Attribution]:
    """Give each direct fragment to the one attribution whose cue is nearest to it."""
    owner: dict[Range, tuple[int, int]] = {}
    for index, attribution in enumerate(attributions):
        for fragment, kind in zip(attribution.content, attribution.kinds, strict=True):
            if kind != "direct":
                continue
            distance = _distance(attribution, fragment)
            if fragment not in owner or distance < owner[fragment][1]:
                owner[fragment] = (index, distance)
    settled: list[Attribution] = []
    for index, attribution in enumerate(attributions):
        keep = [
            (fragment, kind)
            for fragment, kind in zip(attribution.content, attribution.kinds, strict=True)
            if kind != "direct" or owner[fragment][0] == index
        ]
        if not keep:
            continue
        attribution.content = [fragment for fragment, _ in keep]
        attribution.kinds = [kind for _, kind in keep]
        settled.append(attribution)
    return settled


def _outside_boilerplate(doc: Doc, text: str, attribution: Attribution) -> bool:
    """Drop the content that lies in boilerplate (a dateline the parser hung on the lead
    sentence); False when nothing of the attribution is left or its cue is boilerplate."""
    if attribution.cue is not None and in_boilerplate(doc, *attribution.cue):
        return False
    kept: list[tuple[Range, str]] = []
    blocks = stage_output(doc, "boilerplate")
    for (start, end), kind in zip(attribution.content, attribution.kinds, strict=True):
        for block in blocks:
            if block.start < end and start < block.end:
                if block.start <= start:
                    start = block.end
                else:
                    end = block.start
        while start < end and text[start].isspace():
            start += 1
        if end - start > 1:
            kept.append(((start, end), kind))
    if attribution.source is not None:
        start, end = attribution.source
        for block in blocks:
            if block.start <= start < block.end < end:
                start = block.end  # "BRUSSELS - European leaders said": no dateline
        while start < end and text[start].isspace():
            start += 1
        attribution.source = (start, end)
    attribution.content = [fragment for fragment, _ in kept]
    attribution.kinds = [kind for _, kind in kept]
    return bool(kept)


def _wanted_to_know(doc: Doc, attribution: Attribution) -> bool:
    """ "„…?“, a reporter wanted to know at a press conference": "wanted to know" is the cue of
    the question, not the start of reported content; False when no content is left."""
    if attribution.verb is None or attribution.cue is None:
        return True
    know = wants_to_know(doc[attribution.verb])
    if know is None:
        return True
    start = know.left_edge.idx
    pairs = zip(attribution.content, attribution.kinds, strict=True)
    kept = [(f, k) for f, k in pairs if not f[0] <= start < f[1]]
    attribution.content = [f for f, _ in kept]
    attribution.kinds = [k for _, k in kept]
    attribution.cue = (attribution.cue[0], max(attribution.cue[1], know.idx + len(know)))
    return bool(kept)


def _quoted_source(attribution: Attribution, quoted: list[QuotedSpan]) -> bool:
    """True when the source lies inside the quotation right before the cue: a misparse ('„It
    hurts …“, replied the 45-year-old' read with "It hurts" as the subject), as the speaker is
    never among the words quoted."""
    if attribution.source is None or attribution.cue is None:
        return False
    start, end = attribution.source
    cue = attribution.cue[0]
    return any(q.start <= start and end <= q.end and 0 <= cue - q.end <= 3 for q in quoted)


def _reach(attribution: Attribution) -> int:
    """Where an attribution's words end: its last content fragment, cue or source."""
    ends = [end for _, end in attribution.content]
    ends += [r[1] for r in (attribution.cue, attribution.source) if r is not None]
    return max(ends)


def _follow_ons(
    text: str, quoted: list[QuotedSpan], attributions: list[Attribution]
) -> list[Attribution]:
    """Quotations no cue claimed that continue the attribution just before them.

    A quotation with no cue of its own, in the same paragraph as a quote or opening the next
    paragraph, carries on that speaker's words (PolNeAR joins it to the attribution as another
    content fragment: ``"…," he said. "…"``). Short unclaimed quotations (scare quotes,
    titles) and quotations with no quote right before them are left alone.
    """
    used = [fragment for a in attributions for fragment in a.content]
    extra: list[Attribution] = []
    for quote in quoted:
        if any(start < quote.end and quote.start < end for start, end in used):
            continue
        if len(text[quote.start : quote.end].split()) < MIN_SPEECH_WORDS and not _spoken_line(
            text, quote
        ):
            continue
        previous = [a for a in attributions + extra if _reach(a) <= quote.start]
        if not previous:
            continue
        last = _voice_before(text, max(previous, key=_reach), previous)
        if "direct" not in last.kinds and "mixed" not in last.kinds:
            continue  # after reported speech a quotation is not known to be the same voice
        between = text[_reach(last) : quote.start]
        if "\n" in between and not _opens_paragraph_after(text, last, quote):
            continue
        span = (quote.start, quote.end)
        extra.append(Attribution([span], None, None, ["direct"], 0.6, None, last))
        used.append(span)
    return extra


def _spoken_line(text: str, quote: QuotedSpan) -> bool:
    """True for a short question or exclamation that is a whole paragraph: a line of an
    exchange ("Did you complain?"), not a scare quote or a title."""
    start, end = quote.inner
    return alone_in_paragraph(text, quote.start, quote.end) and text[start:end].rstrip(
        "\"”’'» "
    ).endswith(("?", "!"))


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s")
#: participles that carry a speaker's words on ("adding", "continuing")
_CONTINUING = re.compile(r"\b(?:add|continu)(?:ing|ed|es|s)?\b", re.IGNORECASE)


def _voice_before(text: str, last: Attribution, previous: list[Attribution]) -> Attribution:
    """The attribution a cue-less quotation continues: ``last``, unless ``last`` is reported
    speech cued by a participle in the same sentence as a quotation's cue ('"…," Sanders
    said, invoking the 2008 race. "…"'); then that quotation's attribution."""
    if "direct" in last.kinds or "mixed" in last.kinds or last.cue is None:
        return last
    if _CONTINUING.search(text, last.cue[0], last.cue[1]):
        return last  # '"…," he said, adding that …. "…"': the quotation goes on from "adding"
    for other in sorted(previous, key=_reach, reverse=True):
        if other is last or other.cue is None or not ({"direct", "mixed"} & set(other.kinds)):
            continue
        lo, hi = sorted((other.cue[1], last.cue[0]))
        if not _SENTENCE_BREAK.search(text, lo, hi) and "\n" not in text[lo:hi]:
            return other
        break
    return last


def _opens_paragraph_after(text: str, last: Attribution, quote: QuotedSpan) -> bool:
    """True when the quotation opens the paragraph right after the one ``last`` ends in."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    if text[line_start : quote.start].strip():
        return False
    between = text[_reach(last) : line_start]
    later_paragraphs = between.split("\n", 1)[1] if "\n" in between else ""
    return later_paragraphs.strip() == ""


def _content_text(text: str, start: int, end: int, kind: str) -> str:
    """The words of the content; a direct quote loses its marks (the span keeps them)."""
    words = text[start:end]
    if kind == "direct":
        words = words.strip().strip("\"“”«»„‚‘’'`—–")
    return words.strip()


def find(doc: Doc) -> list[Quote]:
    """Every quote of the document in text order, with ids ``q1``, ``q2``, …"""
    text = text_of(doc)
    quoted = [q for q in find_quoted(text) if not in_boilerplate(doc, q.start, q.end)]
    candidates = find_attributions(doc, quoted, text) + find_layout_attributions(text, quoted)
    candidates += find_so_attributions(doc, text, quoted)
    attributions = [
        a
        for a in candidates
        if _outside_boilerplate(doc, text, a) and not _quoted_source(a, quoted)
    ]
    attributions = _settle(attributions)
    attributions = [a for a in attributions if _wanted_to_know(doc, a)]
    attributions = attributions + find_introduced(doc, text, quoted, attributions)
    attributions = attributions + find_colon_introduced(doc, text, quoted, attributions)
    attributions = attributions + find_trailing_cues(doc, text, quoted, attributions)
    attributions = attributions + _follow_ons(text, quoted, attributions)
    attributions = attributions + find_nested(doc, text, attributions)
    attributions.sort(key=lambda a: a.content[0])
    # ids in text order of every fragment
    pieces: list[tuple[Range, int, int]] = [
        (fragment, index, part)
        for index, a in enumerate(attributions)
        for part, fragment in enumerate(a.content)
    ]
    pieces.sort()
    ids = {(index, part): f"q{n}" for n, (_, index, part) in enumerate(pieces, start=1)}
    position = {id(a): index for index, a in enumerate(attributions)}

    def root(a: Attribution) -> int:
        while a.follows is not None:
            a = a.follows
        return position[id(a)]

    speakers: dict[int, str | None] = {}
    channels: dict[int, str | None] = {}
    starts = sentence_starts(doc)  # the cue's sentence by binary search, not spaCy's walk
    quotes: list[Quote] = []
    for fragment, index, part in pieces:
        a = attributions[index]
        if index not in speakers:
            speaker: str | None = None
            if a.construction in (QUESTION_TURN, ANSWER_TURN):
                speaker = _turn_speaker(text, a, attributions, speakers)
            elif a.source is not None:
                outer = _outer_speaker(a, attributions, speakers)
                speaker = _statement_owner(text, a, attributions, speakers, channels)
                if speaker is None:
                    source = _nested_source(doc, a, attributions)
                    speaker = entities.resolve_speaker(doc, source[0], source[1], outer)
            elif a.follows is not None:
                speaker = speakers.get(root(a))
            speakers[index] = speaker
            channel: str | None = None
            if a.verb is not None and a.cue is not None:
                first, last = sentence_of(starts, len(doc), a.verb)
                final = doc[last - 1]
                window = (doc[first].idx, final.idx + len(final))
                channel = find_channel(doc, text, window, a.content)
            channels[index] = channel
        kind = a.kinds[part]
        quotes.append(
            Quote(
                id=ids[(index, part)],
                kind=kind,
                text=_content_text(text, fragment[0], fragment[1], kind),
                start=fragment[0],
                end=fragment[1],
                cue=TextSpan(a.cue[0], a.cue[1], text[a.cue[0] : a.cue[1]]) if a.cue else None,
                speaker=speakers[index],
                source=TextSpan(a.source[0], a.source[1], text[a.source[0] : a.source[1]])
                if a.source
                else None,
                channel=channels[index],
                confidence=a.confidence,
                continues=ids[(root(a), 0)] if part or a.follows is not None else None,
            )
        )
    return take_turns(text, quotes)


def _turn_speaker(
    text: str, turn: Attribution, attributions: list[Attribution], speakers: dict[int, str | None]
) -> str | None:
    """Who a "Q:"/"A:" turn is: the speaker of the latest turn before it labelled with a name
    that asked (for "Q") or answered (for "A"); an interview names both once ("Nordvisio
    News: How often …?", "Söderström: It happens …") and then shortens to the letters."""
    asks = turn.construction == QUESTION_TURN
    for index in range(len(attributions) - 1, -1, -1):
        other = attributions[index]
        if other.content[0][0] >= turn.content[0][0] or index not in speakers:
            continue
        if other.construction != SPEAKER_LINE:
            continue
        if text[other.content[-1][0] : other.content[-1][1]].rstrip().endswith("?") == asks:
            return speakers[index]
    return None


_THE_STATEMENT = re.compile(r"(?i)^the\s+(?:statement|communiqu[eé]|press\s+release|release)$")


def _statement_owner(
    text: str,
    attribution: Attribution,
    attributions: list[Attribution],
    speakers: dict[int, str | None],
    channels: dict[int, str | None],
) -> str | None:
    """ "… ," the statement said: the speaker of the latest statement before it ("The military
    said in a statement that …"), whose words the statement is."""
    if attribution.source is None or not _THE_STATEMENT.match(text[slice(*attribution.source)]):
        return None
    earlier = [
        (other.content[0][0], speakers[index])
        for index, other in enumerate(attributions)
        if index in speakers
        and channels.get(index) == "statement"
        and speakers[index] is not None
        and other.content[0][0] < attribution.source[0]
    ]
    return max(earlier)[1] if earlier else None


def _outer_index(a: Attribution, attributions: list[Attribution]) -> int | None:
    """For a quotation nested in another, the index of the outer one's attribution."""
    if a.construction != "nested":
        return None
    lo, hi = a.content[0]
    return next(
        (
            index
            for index, other in enumerate(attributions)
            if other is not a and any(s < lo and hi <= e for s, e in other.content)
        ),
        None,
    )


def _outer_speaker(
    a: Attribution, attributions: list[Attribution], speakers: dict[int, str | None]
) -> str | None:
    """For a quotation nested in another, the outer quotation's speaker (already resolved:
    its content starts first): the one person the inner source cannot be."""
    index = _outer_index(a, attributions)
    return None if index is None else speakers.get(index)


def _nested_source(doc: Doc, a: Attribution, attributions: list[Attribution]) -> Range:
    """The words to resolve a source by: for a nested quotation whose source is a pronoun,
    the person the outer quotation told of before it (see :func:`pronoun_antecedent`)."""
    assert a.source is not None
    index = _outer_index(a, attributions)
    if index is None:
        return a.source
    outer_start = min(s for s, _ in attributions[index].content)
    return pronoun_antecedent(doc, a.source, outer_start) or a.source


def set_annotations(doc: Doc, found: list[Quote]) -> None:
    doc._.quotes = tuple(found)


@Language.factory(
    "newsgraph_quotes",
    requires=["token.dep", "token.lemma", "doc._.boilerplate"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str) -> QuotesStage:
    load_model()  # read the cue weights now: a damaged file stops the start, not every article
    return QuotesStage()


class QuotesStage:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        return doc
