"""Attributions in the word order of translated German: '"The fire is out", so the governor.'

German attributes with "so" and no verb (»Die Lage ist ruhig«, so der Bürgermeister), and
machine translation keeps the construction: "„The fire has been localised“, so the regional
governor on Telegram." The parse finds no reporting verb in it, so the cue rules miss it. Here
a sentence whose last clause is "so" + a noun phrase with no verb is an attribution: the noun
phrase (up to a channel phrase such as "on Telegram") is the source, "so" the cue, and the
quotation right before the comma (direct) or the clause before it (indirect) the content.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from .quote_marks import QuotedSpan
from .quote_rules import Attribution, Range
from .token_filter import with_labels

#: prepositions that open the channel after the speaker ("so the governor on Telegram")
_CHANNEL_PREPOSITIONS = frozenset({"on", "in", "at", "to", "during", "via"})
#: the speaker phrase is short: a name with its role
_MAX_TAIL = 14
_CLOSING_MARKS = "”“\"»«'’"


def _speaker_after_so(sentence: Span, so: int) -> Range | None:
    """Token range [first, last] of the speaker after "so" when the rest of the sentence is a
    noun phrase (plus a channel) with no verb; None otherwise."""
    end = sentence.end
    while end > so + 1 and (sentence.doc[end - 1].is_punct or sentence.doc[end - 1].is_space):
        end -= 1  # the paragraph break the parser keeps in the sentence is no part of it
    tail = sentence.doc[so + 1 : end]
    if not 0 < len(tail) <= _MAX_TAIL or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    last = next((t.i for t in tail if t.lower_ in _CHANNEL_PREPOSITIONS and t.i > so + 1), end)
    speaker = sentence.doc[so + 1 : last]
    if (
        not speaker
        or speaker[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ")
        or speaker.root.pos_ not in ("NOUN", "PROPN")
        or "\n" in tail.text
    ):
        return None  # "so far from God", "so sure of …": not a speaker
    return so + 1, last - 1


def find_so_attributions(doc: Doc, text: str, quoted: list[QuotedSpan]) -> list[Attribution]:
    """Every ', so <speaker>.' attribution of the document (see the module docstring)."""
    found: list[Attribution] = []
    done: set[int] = set()  # one per sentence
    for i in with_labels(doc, LOWER, ("so",)):
        token = doc[i]
        sentence = token.sent
        if sentence.start in done or token.i < sentence.start + 2:
            continue
        comma = doc[token.i - 1]
        if comma.text in _CLOSING_MARKS:
            comma = doc[token.i - 2]  # '"We will rebuild," so Keller'
        if comma.text != ",":
            continue
        speaker = _speaker_after_so(sentence, token.i)
        if speaker is None:
            continue
        first, last = doc[speaker[0]], doc[speaker[1]]
        source = (first.idx, last.idx + len(last))
        cue = (token.idx, token.idx + len(token))
        before = [q for q in quoted if q.end <= token.idx and token.idx - q.end <= 3]
        if before:
            content, kind = (before[-1].start, before[-1].end), "direct"
        else:
            start = sentence.start_char
            while start < comma.idx and (text[start].isspace() or text[start] in _CLOSING_MARKS):
                start += 1
            content, kind = (start, comma.idx), "indirect"
        if content[1] - content[0] < 2:
            continue
        found.append(Attribution([content], cue, source, [kind], 0.7, token.i, construction="so"))
        done.add(sentence.start)
    return found
