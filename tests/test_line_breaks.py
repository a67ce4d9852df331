"""Line breaks as fixed sentence starts: set on the right tokens, kept by the parser, and what
they save: the speaker of a paragraph that follows a teaser or newsletter line."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.stages.line_breaks import mark_line_starts

TEASER = (
    "Read also: Tens of thousands flee the frontline towns of the Donbass\n\n"
    "Michael Brennecke, a military historian at the Austrian National Defence Academy, says: "
    '"The town has little operational value today."'
)


def test_the_first_word_after_each_line_break_starts_a_sentence() -> None:
    text = "Sign up for our newsletter\n\nMarta Kowalczyk told reporters.\nShe left."
    doc = spacy.blank("en")(text)
    mark_line_starts(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    # the first token is a sentence start by definition; the others are unset (the parser's)
    assert starts == ["Sign", "Marta", "She"]
    assert all(t.is_sent_start is None for t in doc[1:] if t.text not in ("Marta", "She"))


@pytest.mark.model
def test_the_parser_keeps_the_line_starts(nlp: Language) -> None:
    doc = nlp(TEASER)
    assert not any(s.text.startswith("Read also") and "Brennecke" in s.text for s in doc.sents)
    assert nlp.pipe_names.index("newsgraph_line_breaks") < nlp.pipe_names.index("parser")


@pytest.mark.model
def test_a_speaker_below_a_teaser_line_is_found(nlp: Language) -> None:
    doc = nlp(TEASER)
    (quote,) = doc._.quotes
    assert quote.source is not None and quote.source.text.startswith("Michael Brennecke")
    speaker = next(e for e in doc._.entities if e.id == quote.speaker)
    assert speaker.name == "Michael Brennecke"
