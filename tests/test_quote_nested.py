"""Quotations inside quotations: the marks (pure) and the stage end to end (loads the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.stages.quote_nested import inner_quotations


def _inner(text: str) -> list[str]:
    return [text[a:b] for a, b in inner_quotations(text, 0, len(text))]


def test_single_marks_inside_double_marks() -> None:
    text = "\"He said, 'Everybody to the boats, now.' We ran,\""
    assert _inner(text) == ["'Everybody to the boats, now.'"]


def test_curly_single_marks_and_double_inside_guillemets() -> None:
    assert _inner("“She told us, ‘I will not leave my house.’ Then she cried.”") == [
        "‘I will not leave my house.’"
    ]
    assert _inner('«He wrote: "We hold the bridge at all costs." Nobody believed it»') == [
        '"We hold the bridge at all costs."'
    ]


def test_apostrophes_open_and_close_nothing() -> None:
    text = "\"People don't want to go. It's Ukraine's fault, the soldiers' wives say.\""
    assert _inner(text) == []


@pytest.mark.model
def test_a_nested_quotation_gets_the_speaker_the_outer_one_names(nlp: Language) -> None:
    text = (
        "\"The captain came on the radio and said, 'Everybody to the lifeboats, now.' We had "
        'maybe ten minutes," a crew member told the agency.'
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    found = [(q.text, names.get(q.speaker or "")) for q in doc._.quotes]
    assert found[0][1] == "a crew member"
    assert ("Everybody to the lifeboats, now.", "The captain") in found
    inner = next(q for q in doc._.quotes if q.text == "Everybody to the lifeboats, now.")
    assert inner.cue is not None and inner.cue.text == "said"


@pytest.mark.model
def test_a_quoted_phrase_inside_a_quotation_is_no_quote(nlp: Language) -> None:
    """A scare quote or a title in a quotation has no reporting verb before it (and is short)."""
    text = "\"He called it 'a victory' and left the room,\" Keller said."
    assert [q.text for q in nlp(text)._.quotes] == ["He called it 'a victory' and left the room,"]


@pytest.mark.model
def test_a_question_repeated_inside_a_quotation_has_its_asker(nlp: Language) -> None:
    text = (
        "\"Last night my neighbour knocked on my door and asked, 'Do you have a candle? The "
        "shop has none left.' That is how we live now,\" said Petro, a retired tram driver."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    inner = next(q for q in doc._.quotes if q.text.startswith("Do you have"))
    assert names.get(inner.speaker or "") == "my neighbour"


def test_german_single_marks_inside_german_double_marks() -> None:
    text = "„Then the foreman shouted: ‚Everyone into the shelter, the column is burning!‘ We ran.“"
    assert _inner(text) == ["‚Everyone into the shelter, the column is burning!‘"]


@pytest.mark.model
def test_a_family_member_repeated_inside_a_quotation_is_its_speaker(nlp: Language) -> None:
    text = (
        "«My son called me at four in the morning and said: “Papa, something has fallen into "
        "your sunflowers.” I thought he was joking,» the farmer told the portal."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    inner = next(q for q in doc._.quotes if q.text.startswith("Papa"))
    assert names.get(inner.speaker or "") == "My son"


@pytest.mark.model
def test_words_between_the_verb_and_a_german_nested_quotation(nlp: Language) -> None:
    """„… told me quite openly: ‚…‘ …“: the adverbs and the listener stand between the
    reporting verb and the inner marks; "shipowner" is a role noun closed up with its word."""
    text = (
        "„Insurers charge more every week. A shipowner from Piraeus told me quite openly: ‚As "
        "long as the missiles keep flying, my ships stay in Constanța.‘ That is the "
        "calculation.“, said Albers."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    inner = next(q for q in doc._.quotes if q.text.startswith("As long as"))
    assert inner.cue is not None and inner.cue.text == "told"
    assert names.get(inner.speaker or "") == "A shipowner from Piraeus"


@pytest.mark.model
def test_a_nested_quotation_after_a_verb_and_its_listener(nlp: Language) -> None:
    """ "They shouted at us: “…”": the listener phrase stands between verb and marks."""
    text = (
        "« The men came at night. They shouted at us: “Leave the town or we will come back for "
        "you”. My husband has not come back », she said."
    )
    inner = next(q for q in nlp(text)._.quotes if q.text.startswith("Leave the town"))
    assert inner.cue is not None and inner.cue.text == "shouted"
    assert inner.source is not None and inner.source.text == "They"
