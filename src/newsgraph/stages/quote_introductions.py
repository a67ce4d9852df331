"""Quotations whose speaker the sentence before introduces, with no cue of their own.

Feature writing sets a speaker up in one sentence and lets the quotation follow on its own:
"A soldier from the 110th Brigade described the last days in the town.¶“We held the coke
plant …”" or "The analyst points to the terrain: … “Whoever wants to take the bank …”". No
cue touches the quotation and no quote precedes it, so neither the cue rules nor the
follow-on rule claim it. Here the sentence right before the quotation (in its paragraph, or
closing the paragraph above when the quotation opens a new one) lends its verb as the cue and
its subject as the source, when that verb is one that introduces someone's account and the
sentence holds no quotation or attribution of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons.reporting import word_set
from ..spans import overlaps
from .quote_attributions import _speaker_source
from .quote_marks import MIN_SPEECH_WORDS, QuotedSpan
from .quote_rules import Attribution, Range, _cue_range, _is_cue, _subject

#: verbs that introduce an account without reporting its words ("described the last days",
#: "recalls the night", "points to the terrain", "explained the decision")
INTRODUCING_VERBS = word_set("describe recall recount remember explain point elaborate reflect")
#: the subject must be someone: a name, a noun with its determiner, or a personal pronoun
_PERSONAL = word_set("he she they")


def _sentence_before(doc: Doc, quote: QuotedSpan) -> Span | None:
    """The sentence right before the one the quotation opens, or None when the quotation
    does not open its sentence or a blank paragraph separates the two."""
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    sentence = first[0].sent
    if sentence.start != first.start:
        return None
    i = sentence.start - 1
    while i >= 0 and doc[i].is_space:
        if doc[i].text.count("\n") > 2:
            return None
        i -= 1
    if i < 0:
        return None
    return doc[i].sent


def _introduces(token: Token) -> bool:
    """A verb of the lexicon above that governs its own clause (the root, or a clause the
    parser hung elsewhere: "points to the terrain: the river …" is often parsed with
    "splits" as the root)."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in INTRODUCING_VERBS
        and token.dep_ in ("ROOT", "parataxis", "ccomp", "conj")
    )


def _someone_speaks(verb: Token) -> bool:
    """True when the verb's subject, before it, is someone: a name, a personal pronoun or a
    noun with its determiner ("the analyst", not "fighting")."""
    subject = _subject(verb)
    if subject is None or subject.i > verb.i:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    return subject.pos_ == "PROPN" or (
        subject.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in subject.children)
    )


def find_introduced(
    doc: Doc, text: str, quoted: list[QuotedSpan], attributions: list[Attribution]
) -> list[Attribution]:
    """Attributions for quotations no attribution claims, whose speaker the sentence before
    introduces (see the module docstring). When that sentence's verb already cues reported
    content ("described the last days"), the quotation continues that attribution."""
    found: list[Attribution] = []
    for quote in _unclaimed(quoted, attributions):
        before = _sentence_before(doc, quote)
        if before is None or _quotes_inside(text, quoted, before):
            continue
        verb = next((t for t in before if _introduces(t)), None)
        if verb is None:
            continue
        inside = [a for a in attributions if _touches(a, before)]
        span = (quote.start, quote.end)
        if inside:
            if any(a.verb != verb.i for a in inside):
                continue  # another voice speaks in that sentence
            found.append(Attribution([span], None, None, ["direct"], 0.5, None, inside[0]))
        else:
            source = _speaker_source(text, verb) if _someone_speaks(verb) else None
            if source is None:
                continue
            found.append(said_by(doc, text, span, verb, source, 0.5, "introduced"))
    return found


def said_by(
    doc: Doc,
    text: str,
    span: Range,
    verb: Token,
    source: Range,
    confidence: float,
    construction: str,
) -> Attribution:
    """The quotation at ``span`` as the direct words of ``source``, cued by ``verb``."""
    cue = _cue_range(doc, text, verb, source)
    return Attribution(
        [span], cue, source, ["direct"], confidence, verb.i, construction=construction
    )


def _quotes_inside(text: str, quoted: list[QuotedSpan], sentence: Span) -> bool:
    """True when the sentence holds a quotation long enough to be someone's words (a quoted
    call sign or title does not count)."""
    return any(
        overlaps(q.start, q.end, sentence.start_char, sentence.end_char)
        and len(text[q.start : q.end].split()) >= MIN_SPEECH_WORDS
        for q in quoted
    )


def _touches(attribution: Attribution, sentence: Span) -> bool:
    ranges = [attribution.cue, attribution.source, *attribution.content]
    return any(
        r is not None and overlaps(*r, sentence.start_char, sentence.end_char) for r in ranges
    )


def find_colon_introduced(
    doc: Doc, text: str, quoted: list[QuotedSpan], attributions: list[Attribution]
) -> list[Attribution]:
    """Quotations no attribution claims that open right after "<speaker> <reporting verb>
    (<listener>):" ("An employee told Volga Vestnik: „At first we thought …"), when a bad
    parse hid the link (the quotation's own verb taken for the sentence's root)."""
    found: list[Attribution] = []
    for quote in _unclaimed(quoted, attributions):
        colon = quote.start - 1
        while colon > 0 and text[colon] in " \t":
            colon -= 1
        if text[colon] != ":":
            continue
        verb = _verb_before_colon(doc, colon)
        if verb is None:
            continue
        source = _speaker_source(text, verb)
        if source is None:
            continue
        found.append(said_by(doc, text, (quote.start, quote.end), verb, source, 0.7, "colon"))
    return found


def _verb_before_colon(doc: Doc, colon: int) -> Token | None:
    """The reporting verb the words before a colon end with: "said:", "told Volga Vestnik:",
    "replied to the reporter:"."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    token = doc[span.start - 1]
    for _ in range(3):
        if _is_cue(token):
            return token
        if token.head is token or token.head.i > token.i:
            return None
        token = token.head
    return None


def _unclaimed(quoted: list[QuotedSpan], attributions: list[Attribution]) -> list[QuotedSpan]:
    """The quotations no attribution's content touches (top-level quotations never overlap
    one another, so one found here cannot claim another)."""
    claimed = [f for a in attributions for f in a.content]
    return [q for q in quoted if not any(overlaps(s, e, q.start, q.end) for s, e in claimed)]


def wants_to_know(verb: Token) -> Token | None:
    """The "know" of "wanted to know", the cue of a question made of a verb and its
    complement."""
    if verb.lemma_ not in ("want", "wish"):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "know"), None)


def find_trailing_cues(
    doc: Doc, text: str, quoted: list[QuotedSpan], attributions: list[Attribution]
) -> list[Attribution]:
    """Quotations no attribution claims that a cue right after them attributes, where the
    parse hides the speaker: '„…“, replied the 45-year-old.' (the speaker parsed as the
    verb's object) or '„…?“, a reporter wanted to know.'"""
    found: list[Attribution] = []
    for quote in _unclaimed(quoted, attributions):
        after = doc.char_span(quote.end, min(len(text), quote.end + 1), alignment_mode="expand")
        if after is None or not len(after):
            continue
        i = after.start
        while i < len(doc) and doc[i].is_punct and doc[i].text != ".":
            i += 1
        verb = _trailing_verb(doc, i)
        if verb is None:
            continue
        source = _speaker_source(text, verb)
        if source is None or (quote.start <= source[0] and source[1] <= quote.end):
            source = _object_speaker(text, verb)  # the subject found was inside the quotation
        if source is None:
            continue
        found.append(said_by(doc, text, (quote.start, quote.end), verb, source, 0.6, "trailing"))
    return found


def _trailing_verb(doc: Doc, i: int) -> Token | None:
    """The reporting verb among the first words after a quotation (in its sentence)."""
    for token in doc[i : min(len(doc), i + 8)]:
        if token.is_sent_start and token.i > i:
            return None
        if token.pos_ != "VERB":
            continue
        if _is_cue(token):
            return token
        if wants_to_know(token) is not None:
            return token
        return None
    return None


def _object_speaker(text: str, verb: Token) -> Range | None:
    """ "replied the 45-year-old.": the noun phrase right after the verb, parsed as its object,
    when it closes the clause."""
    doc = verb.doc
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "npadvmod")), None)
    if obj is None:
        return None
    last = obj.right_edge.i
    if last + 1 < len(doc) and not doc[last + 1].is_punct:
        return None
    start, end = obj.left_edge.idx, doc[last].idx + len(doc[last])
    return (start, end) if "\n" not in text[start:end] else None
