"""The learned cue edges: which words around the cue word may join the cue, how the tables
pick among them, and what the shipped tables do on a real parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ModelDataError
from newsgraph.stages import quote_attributions, quote_cue_bounds
from newsgraph.stages.quote_cue_bounds import (
    CueBounds,
    bounds_from_json,
    bounds_to_json,
    choose_cue,
    edges,
)
from newsgraph.stages.quote_cue_model import Logistic
from newsgraph.stages.quote_rules import Attribution
from parse_helpers import build

#: "Keller then said sarcastically that it failed."
SAID_SARCASTICALLY = [
    ("Keller", "Keller", 2, "nsubj", "PROPN", True),
    ("then", "then", 2, "advmod", "ADV", True),
    ("said", "say", 2, "ROOT", "VERB", True),
    ("sarcastically", "sarcastically", 2, "advmod", "ADV", True),
    ("that", "that", 6, "mark", "SCONJ", True),
    ("it", "it", 6, "nsubj", "PRON", True),
    ("failed", "fail", 2, "ccomp", "VERB", False),
    (".", ".", 2, "punct", "PUNCT", False),
]


def _attribution(doc: Doc) -> Attribution:
    """The rules' reading: source "Keller", cue "then said", content "that it failed"."""
    content = (doc[4].idx, doc[6].idx + len(doc[6]))
    return Attribution([content], (doc[1].idx, doc[2].idx + 4), (0, 6), ["indirect"], 0.75, verb=2)


def _table(**weights: float) -> Logistic:
    return Logistic(dict(weights), 0.0, 0.0)


def _use(monkeypatch: pytest.MonkeyPatch, left: Logistic, right: Logistic) -> None:
    monkeypatch.setattr(quote_cue_bounds, "load_bounds", lambda: CueBounds(left, right))


def test_candidate_edges_stop_at_the_source_and_before_the_content_ends() -> None:
    doc = build(SAID_SARCASTICALLY)
    found = edges(doc, _attribution(doc), (0, len(doc)))
    assert found is not None
    assert [i for i, _ in found.lefts] == [1, 2]  # the rules' edge first; "Keller" is the source
    # the cue may take "that it" from the reported clause but never all of it
    assert [i for i, _ in found.rights] == [2, 3, 4, 5]


def test_empty_tables_keep_the_rules_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = build(SAID_SARCASTICALLY)
    attribution = _attribution(doc)
    _use(monkeypatch, _table(), _table())
    choose_cue(doc, doc.text, attribution, (0, len(doc)))
    assert doc.text[slice(*attribution.cue)] == "then said"  # type: ignore[misc]


def test_the_tables_move_both_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = build(SAID_SARCASTICALLY)
    attribution = _attribution(doc)
    _use(monkeypatch, _table(**{"n=0": 1.0}), _table(**{"lastw=sarcastically": 1.0}))
    choose_cue(doc, doc.text, attribution, (0, len(doc)))
    assert doc.text[slice(*attribution.cue)] == "said sarcastically"  # type: ignore[misc]
    assert [doc.text[s:e] for s, e in attribution.content] == ["that it failed"]


def test_a_cue_running_into_the_content_shortens_it(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = build(SAID_SARCASTICALLY)
    attribution = _attribution(doc)
    _use(monkeypatch, _table(), _table(**{"lastw=that": 1.0}))
    choose_cue(doc, doc.text, attribution, (0, len(doc)))
    assert doc.text[slice(*attribution.cue)] == "then said sarcastically that"  # type: ignore[misc]
    assert [doc.text[s:e] for s, e in attribution.content] == ["it failed"]


def test_tables_round_trip_and_a_wrong_format_is_a_coded_error() -> None:
    model = CueBounds(_table(**{"n=1": 0.5}), _table(**{"n=0": -0.25}))
    assert bounds_from_json(bounds_to_json(model, "test")) == model
    with pytest.raises(ModelDataError, match=r"\[E031\]"):
        bounds_from_json({"format": "something else"})
    with pytest.raises(ModelDataError, match=r"\[E031\]"):
        bounds_from_json({"format": quote_cue_bounds.FORMAT, "left": {}, "right": {}})


def test_a_damaged_weights_file_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_cue_bounds, "WEIGHTS_FILE", "data/curated_places.tsv")
    with pytest.raises(ModelDataError, match=r"\[E031\] cannot read the cue boundary model"):
        quote_cue_bounds.load_bounds.__wrapped__()


@pytest.mark.model
def test_the_shipped_tables_keep_a_manner_adverb(nlp: Language) -> None:
    """PolNeAR's cue takes an adverb of manner after the verb ("said sarcastically"); the
    rules alone stopped at the verb."""
    doc = nlp(
        "Anna Keller, a professor at the University of Graz, said sarcastically that the "
        "plan was brilliant."
    )
    assert [q.cue.text if q.cue else None for q in doc._.quotes] == ["said sarcastically"]


#: "More critical of the plan was the minister." (an inverted copula: the adjective first)
INVERTED = [
    ("More", "more", 1, "advmod", "ADV", True),
    ("critical", "critical", 5, "acomp", "ADJ", True),
    ("of", "of", 1, "prep", "ADP", True),
    ("the", "the", 4, "det", "DET", True),
    ("plan", "plan", 2, "pobj", "NOUN", True),
    ("was", "be", 5, "ROOT", "AUX", True),
    ("the", "the", 7, "det", "DET", True),
    ("minister", "minister", 5, "nsubj", "NOUN", False),
    (".", ".", 5, "punct", "PUNCT", False),
]


def test_an_inverted_copula_gives_no_cue_and_a_reversed_cue_is_left_alone() -> None:
    """ "More critical of … was …" once gave a cue ending before it started; the rules no longer
    build it, and the edge chooser skips any cue that is not a forward span."""
    doc = build(INVERTED)
    assert quote_attributions.propose_attributions(doc, [], doc.text, wide=True) == []
    reversed_cue = Attribution([(20, 27)], (12, 5), None, ["indirect"], 0.5, verb=1)
    assert edges(doc, reversed_cue, (0, len(doc))) is None
