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

from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first non-space token after each line break.

    Read and written as one array: ``Token.is_sent_start = True`` checks the whole doc for a
    parse on every call (most of this stage's time before), and ``for token in doc`` builds
    a ``Token`` for every word. The stage runs before the parser, so there is none to check."""
    if not len(doc):
        return doc
    starts = doc.to_array([SENT_START])
    after_break = False
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()):
        if space:
            after_break = after_break or "\n" in doc[i].text
        elif after_break:
            starts[i] = 1
            after_break = False
    doc.from_array([SENT_START], starts)  # type: ignore[arg-type]  # spaCy stubs: float64
    return doc


@Language.component("newsgraph_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    return mark_line_starts(doc)
