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
from .quote_rules import Attribution, _cue_range, _subject

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
    claimed = [f for a in attributions for f in a.content]
    found: list[Attribution] = []
    for quote in quoted:
        if any(overlaps(s, e, quote.start, quote.end) for s, e in claimed):
            continue
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
            cue = _cue_range(doc, text, verb, source)
            found.append(
                Attribution([span], cue, source, ["direct"], 0.5, verb.i, construction="introduced")
            )
        claimed.append(span)
    return found


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
