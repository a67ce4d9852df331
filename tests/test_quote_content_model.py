"""The learned content edges: which alternative contents the parse offers, how the table and
its margin pick one, that a quotation is never cut, and what the shipped table does."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ModelDataError
from newsgraph.stages import quote_content_model
from newsgraph.stages.quote_content_model import (
    ContentModel,
    candidates,
    choose,
    model_from_json,
    model_to_json,
    rerank,
)
from newsgraph.stages.quote_marks import QuotedSpan
from newsgraph.stages.quote_rules import Attribution
from parse_helpers import Row, build

#: 'Keller said that the plan failed, but "nobody listened".'
SAID_THAT: list[Row] = [
    ("Keller", "Keller", 1, "nsubj", "PROPN", True),
    ("said", "say", 1, "ROOT", "VERB", True),
    ("that", "that", 5, "mark", "SCONJ", True),
    ("the", "the", 4, "det", "DET", True),
    ("plan", "plan", 5, "nsubj", "NOUN", True),
    ("failed", "fail", 1, "ccomp", "VERB", False),
    (",", ",", 1, "punct", "PUNCT", True),
    ("but", "but", 1, "cc", "CCONJ", True),
    ('"', '"', 10, "punct", "PUNCT", False),
    ("nobody", "nobody", 10, "nsubj", "PRON", True),
    ("listened", "listen", 1, "conj", "VERB", False),
    ('"', '"', 10, "punct", "PUNCT", False),
    (".", ".", 1, "punct", "PUNCT", False),
]


def _attribution(doc: Doc, kind: str = "indirect") -> Attribution:
    """The rules' reading: source "Keller", cue "said", content "that the plan failed"."""
    content = (doc[2].idx, doc[5].idx + len(doc[5]))
    cue = (doc[1].idx, doc[1].idx + 4)
    return Attribution([content], cue, (0, 6), [kind], 0.75, verb=1, construction="lexicon")


def _quotes(doc: Doc) -> list[QuotedSpan]:
    return [QuotedSpan(doc[8].idx, doc[11].idx + 1)]


def _texts(doc: Doc, content: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> list[str]:
    return [doc.text[s:e] for s, e in content]


def test_the_rules_span_comes_first_and_one_edge_moves_at_a_time() -> None:
    doc = build(SAID_THAT)
    found = candidates(doc, doc.text, _attribution(doc), _quotes(doc))
    assert found[0].rules and _texts(doc, found[0].content) == ["that the plan failed"]
    others = {tuple(_texts(doc, c.content)): c.kinds for c in found[1:]}
    assert others == {
        # the longer reading takes the quotation in whole, so it is mixed speech
        ('that the plan failed, but "nobody listened"',): ("mixed",),
        ("the plan failed",): ("indirect",),
    }


def test_a_direct_quote_is_never_moved() -> None:
    doc = build(SAID_THAT)
    found = candidates(doc, doc.text, _attribution(doc, kind="direct"), _quotes(doc))
    assert len(found) == 1 and found[0].rules


def test_an_empty_table_keeps_the_rules_span() -> None:
    doc = build(SAID_THAT)
    found = candidates(doc, doc.text, _attribution(doc), _quotes(doc))
    assert choose(found, ContentModel({}, 0.0)).rules


def test_the_table_picks_a_longer_end_unless_the_margin_protects_the_rules() -> None:
    doc = build(SAID_THAT)
    found = candidates(doc, doc.text, _attribution(doc), _quotes(doc))
    longer = choose(found, ContentModel({"e=long": 1.0}, 0.0))
    assert _texts(doc, longer.content) == ['that the plan failed, but "nobody listened"']
    assert choose(found, ContentModel({"e=long": 1.0}, 0.0, margin=1.5)).rules


def test_rerank_rewrites_content_and_kinds_in_place() -> None:
    doc = build(SAID_THAT)
    attribution = _attribution(doc)
    rerank(doc, doc.text, [attribution], _quotes(doc), ContentModel({"s=late": 1.0}, 0.0))
    assert _texts(doc, attribution.content) == ["the plan failed"]
    assert attribution.kinds == ["indirect"]


def test_a_table_round_trips_and_a_wrong_file_is_a_coded_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = ContentModel({"e=long": 0.5, "s=late": -0.25}, 0.1, margin=0.5)
    assert model_from_json(model_to_json(model, "test")) == model
    with pytest.raises(ModelDataError, match=r"\[E031\]"):
        model_from_json({"format": "something else"})
    with pytest.raises(ModelDataError, match=r"\[E031\]"):
        model_from_json({"format": quote_content_model.FORMAT, "weights": {"a": "x"}, "bias": 0})
    monkeypatch.setattr(quote_content_model, "WEIGHTS_FILE", "data/curated_places.tsv")
    with pytest.raises(ModelDataError, match=r"\[E031\] cannot read the content model"):
        quote_content_model.load_model.__wrapped__()


@pytest.mark.model
def test_the_shipped_table_keeps_the_rules_span_of_a_plain_clause(nlp: Language) -> None:
    """A plain "said that" clause running to the sentence end is PolNeAR's content as the
    rules give it; the learned edges must not move it."""
    doc = nlp("Anna Keller, a professor at the University of Graz, said that the plan failed.")
    assert [q.text for q in doc._.quotes] == ["that the plan failed"]
