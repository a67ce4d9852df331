"""The claims stage: claims from quotes and from its own patterns, hedges, certainty, sources.

Upstream records (entities, quotes, boilerplate) are injected by hand so that these tests pin
the claims stage's own behaviour, whatever the state of the stages before it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.records import Boilerplate, Entity, Hedge, Quote, TextSpan
from newsgraph.stages import claims
from newsgraph.stages.claim_sources import Draft
from newsgraph.stages.hedges import HedgeCue

MODEL_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def parse(nlp: Language, text: str) -> Doc:
    """The model's parse only: the newsgraph stages' outputs stay empty for injection."""
    with nlp.select_pipes(enable=MODEL_PIPES):
        doc = nlp(text)
    doc._.entities = ()
    doc._.quotes = ()
    doc._.boilerplate = ()
    return doc


def span(text: str, words: str, occurrence: int = 0) -> TextSpan:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return TextSpan(start, start + len(words), words)


def entity(text: str, ident: str, name: str, kind: str, *mentions: str) -> Entity:
    return Entity(ident, name, kind, mentions=tuple(span(text, m) for m in mentions))


def quote(
    text: str,
    ident: str,
    content: str,
    cue: str,
    source: str,
    speaker: str | None,
    channel: str | None = None,
    kind: str = "direct",
) -> Quote:
    c = span(text, content)
    return Quote(
        ident,
        kind,
        content,
        c.start,
        c.end,
        span(text, cue),
        speaker,
        span(text, source),
        channel,
        0.9,
    )


def test_certainty_multiplies_cue_weights_on_the_source_base() -> None:
    outlet = Draft(0, 10, "x", origin="hedged")
    named = Draft(0, 10, "x", origin="quote", attributed_to="e1")
    unnamed = Draft(0, 10, "x", origin="quote")
    may = HedgeCue(Hedge("may", 0, 3, "speculation"), 0.5, False)
    reportedly = HedgeCue(Hedge("reportedly", 0, 3, "evidential"), 0.7, False)
    assert claims.certainty(outlet, []) == 1.0
    assert claims.certainty(named, []) == 0.9
    assert claims.certainty(unnamed, []) == 0.8
    assert claims.certainty(outlet, [reportedly]) == 0.7
    assert claims.certainty(named, [may, reportedly]) == 0.32
    assert claims.certainty(unnamed, [may] * 10) == claims.MIN_CERTAINTY


@pytest.mark.model
def test_quote_becomes_claim_with_speaker_channel_and_chain(nlp: Language) -> None:
    text = (
        '"We cannot hold the river line for much longer," a Ukrainian soldier told Reuters. '
        "The weather was cold."
    )
    doc = parse(nlp, text)
    doc._.entities = (entity(text, "e1", "a Ukrainian soldier", "UNNAMED", "a Ukrainian soldier"),)
    doc._.quotes = (
        quote(
            text,
            "q1",
            "We cannot hold the river line for much longer,",
            "told",
            "a Ukrainian soldier",
            "e1",
            channel="Reuters",
        ),
    )
    found = claims.find(doc)
    assert len(found) == 1
    claim = found[0]
    assert claim.id == "c1"
    assert claim.text == "We cannot hold the river line for much longer"
    assert (claim.attributed_to, claim.quote) == ("e1", "q1")
    assert claim.source_chain == ("a Ukrainian soldier", "Reuters")
    assert claim.certainty == 0.8  # an UNNAMED source is not an identified one


@pytest.mark.model
def test_split_quote_in_one_sentence_is_one_claim(nlp: Language) -> None:
    text = '"The town will fall," he said, "unless reinforcements arrive soon."'
    doc = parse(nlp, text)
    first = quote(text, "q1", "The town will fall,", "said", "he", None)
    second = quote(text, "q2", "unless reinforcements arrive soon.", "said", "he", None)
    doc._.quotes = (first, replace(second, continues="q1"))
    found = claims.find(doc)
    assert len(found) == 1
    assert found[0].text == "The town will fall unless reinforcements arrive soon"
    assert [h.text for h in found[0].hedges] == ["unless"]


@pytest.mark.model
def test_hedged_outlet_sentence_is_a_claim_of_the_outlet(nlp: Language) -> None:
    text = "Russian troops have reportedly reached the northern outskirts of Kupiansk."
    found = claims.find(parse(nlp, text))
    assert len(found) == 1
    assert found[0].attributed_to is None
    assert [(h.text, h.kind) for h in found[0].hedges] == [("reportedly", "evidential")]
    assert found[0].certainty == 0.7


@pytest.mark.model
def test_plain_outlet_sentence_is_not_recorded_as_a_claim(nlp: Language) -> None:
    assert claims.find(parse(nlp, "The bridge was destroyed on Monday.")) == []


@pytest.mark.model
def test_footage_claim_names_its_evidence_type_and_chain(nlp: Language) -> None:
    text = (
        "Footage circulating on Russian military blogs appears to show soldiers raising a flag "
        "in the town. The video could not be independently verified."
    )
    found = claims.find(parse(nlp, text))
    assert len(found) == 1
    claim = found[0]
    assert claim.text.startswith("soldiers raising a flag")
    assert claim.evidence_type == "video"
    assert claim.source_chain == ("Footage", "Russian military blogs")
    kinds = [h.kind for h in claim.hedges]
    assert kinds == ["evidential", "evidential"]  # "appears", "could not be … verified"
    assert claim.certainty < 0.5


@pytest.mark.model
def test_according_to_unconfirmed_reports(nlp: Language) -> None:
    text = "According to unconfirmed reports, the dam was blown up overnight."
    found = claims.find(parse(nlp, text))
    assert [c.text for c in found] == ["the dam was blown up overnight"]
    assert {h.text for h in found[0].hedges} == {"According to", "unconfirmed reports"}
    assert found[0].source_chain == ("unconfirmed reports",)
    assert found[0].certainty <= 0.4


@pytest.mark.model
def test_reported_speech_fallback_when_no_quote_covers_it(nlp: Language) -> None:
    text = "The army had announced that the bridge across the river was destroyed."
    doc = parse(nlp, text)
    doc._.entities = (entity(text, "e1", "the army", "ORG", "The army"),)
    found = claims.find(doc)
    assert [c.text for c in found] == ["that the bridge across the river was destroyed"]
    assert found[0].attributed_to == "e1"


@pytest.mark.model
def test_boilerplate_lines_make_no_claims(nlp: Language) -> None:
    text = "Read also: Troops reportedly reach the border\n\nThe weather was cold."
    doc = parse(nlp, text)
    doc._.boilerplate = (Boilerplate(0, 44, text[:44], "promo"),)
    assert claims.find(doc) == []


@pytest.mark.model
def test_ids_follow_text_order(nlp: Language) -> None:
    text = (
        "Troops reportedly crossed the river. The ministry said that the strike may have hit "
        "a depot. Rebels allegedly shelled the town."
    )
    found = claims.find(parse(nlp, text))
    assert [c.id for c in found] == [f"c{i}" for i in range(1, len(found) + 1)]
    assert [c.start for c in found] == sorted(c.start for c in found)
    assert len(found) == 3


@pytest.mark.model
def test_stage_runs_in_the_pipeline(nlp: Language) -> None:
    doc = nlp("Russian troops have reportedly reached the outskirts of the town.")
    assert isinstance(doc._.claims, tuple)
    assert any(h.text == "reportedly" for c in doc._.claims for h in c.hedges)


@pytest.mark.model
@pytest.mark.parametrize("text", ["", "   \n\n  ", '"', "He said.", "If."])
def test_degenerate_texts_give_no_error(nlp: Language, text: str) -> None:
    found = claims.find(parse(nlp, text))
    assert all(0 <= c.start <= c.end <= len(text) for c in found)
