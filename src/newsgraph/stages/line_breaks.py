"""Line breaks as fixed sentence starts, set before the parser runs.

A news page's lines are units: a headline, a byline ("By Clara Nussbaum"), a photo credit, a
"Read also: …" teaser or a "Sign up for our newsletter" line stands above the paragraph it
precedes without a full stop. The small English model often parses the two as one sentence,
so the next paragraph's first noun phrase becomes a compound of the line above ("newsletter
Marta Kowalczyk") and a speaker at the start of a paragraph is lost. spaCy's parser keeps
sentence starts set before it, so marking the first word after every line break is enough:
no sentence, dependency or entity then crosses a line.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first non-space token after each line break."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
        elif after_break:
            token.is_sent_start = True
            after_break = False
    return doc


@Language.component("newsgraph_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    return mark_line_starts(doc)
