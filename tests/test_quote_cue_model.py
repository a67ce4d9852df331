"""The learned cue filter: its weight table, the wide candidates it judges, and what it keeps."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ModelDataError
from newsgraph.stages.quote_attributions import (
    _drop_chain_heads,
    _drop_nested,
    find_attributions,
    propose_attributions,
)
from newsgraph.stages.quote_cue_model import (
    FORMAT,
    WEIGHTS_FILE,
    CueModel,
    Logistic,
    load_model,
    model_from_json,
    model_to_json,
    sentence_of,
    sentence_starts,
    token_features,
)
from newsgraph.stages.quote_marks import find_quoted
from newsgraph.stages.quote_rules import Attribution
from parse_helpers import VOCAB, build

#: "Most voters would vote for Lee.": "vote" is outside the reporting lexicon
VOTED_FOR = [
    ("Most", "most", 1, "amod", "ADJ", True),
    ("voters", "voter", 3, "nsubj", "NOUN", True),
    ("would", "would", 3, "aux", "AUX", True),
    ("vote", "vote", 3, "ROOT", "VERB", True),
    ("for", "for", 3, "prep", "ADP", True),
    ("Lee", "Lee", 4, "pobj", "PROPN", False),
    (".", ".", 3, "punct", "PUNCT", False),
]

LEE_SAID = [
    ("Lee", "Lee", 1, "nsubj", "PROPN", True),
    ("said", "say", 1, "ROOT", "VERB", True),
    ("taxes", "tax", 3, "nsubj", "NOUN", True),
    ("rose", "rise", 1, "ccomp", "VERB", False),
    (".", ".", 1, "punct", "PUNCT", False),
]


def test_probability_is_the_logistic_of_the_weight_sum() -> None:
    model = Logistic({"a": 1.0, "b": -0.5}, 0.25, 0.5)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(1 / (1 + math.exp(-0.75)))
    assert model.probability([]) == pytest.approx(1 / (1 + math.exp(-0.25)))


def test_gate_rules_out_words_below_its_threshold() -> None:
    full = Logistic({}, 0.0, 0.5)
    gate = Logistic({"lem=sell": -5.0}, 0.0, 0.1)
    assert not CueModel(full, gate).passes_gate(["lem=sell"])
    assert CueModel(full, gate).passes_gate(["lem=say"])
    assert CueModel(full, None).passes_gate(["lem=sell"])


def test_weights_round_trip_through_json() -> None:
    model = CueModel(Logistic({"x": 0.5}, -1.0, 0.4), Logistic({"y": 2.0}, 0.1, 0.05))
    data = json.loads(json.dumps(model_to_json(model, "about")))
    assert model_from_json(data) == model
    data["format"] = "something/else"
    with pytest.raises(ModelDataError, match="E031"):
        model_from_json(data)


def test_shipped_weights_say_where_they_come_from_and_stay_small() -> None:
    raw = resources.files("newsgraph").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["format"] == FORMAT
    assert "PolNeAR train" in data["about"] and "bench/train_quote_cues.py" in data["about"]
    assert len(raw.encode("utf-8")) < 5_000_000
    model = load_model()
    assert 0.0 < model.threshold < 1.0 and model.gate is not None
    assert model.full.weights["grp=speech"] > 0 > model.full.weights["grp=none"]


def test_sentence_lookup_matches_spacy() -> None:
    doc = build(LEE_SAID + [(w, w.lower(), 5 + h, d, p, s) for w, _, h, d, p, s in LEE_SAID])
    starts = sentence_starts(doc)
    for tok in doc:
        assert sentence_of(starts, len(doc), tok.i) == (tok.sent.start, tok.sent.end)


def test_a_verb_outside_the_lexicon_is_only_a_wide_candidate() -> None:
    doc = build(VOTED_FOR)
    assert propose_attributions(doc, [], wide=False) == []
    (candidate,) = propose_attributions(doc, [], wide=True)
    text = doc.text
    assert candidate.construction == "wide-prep"
    assert candidate.cue is not None and candidate.source is not None
    assert text[candidate.cue[0] : candidate.cue[1]] == "would vote for"
    assert [text[a:b] for a, b in candidate.content] == ["Lee"]
    assert text[candidate.source[0] : candidate.source[1]] == "Most voters"
    features = token_features(doc, text, doc[3])
    assert "lem=vote" in features and "grp=none" in features and "prep=for" in features


def test_rules_only_mode_keeps_the_lexicon_attributions() -> None:
    doc = build(LEE_SAID)
    (attribution,) = find_attributions(doc, [], use_model=False)
    assert attribution.construction == "lexicon" and attribution.score is None
    assert doc.text[attribution.content[0][0] : attribution.content[0][1]] == "taxes rose"


def test_weak_verbs_are_never_candidates() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("planned", "plan", 1, "ROOT", "VERB", True),
            ("to", "to", 3, "aux", "PART", True),
            ("leave", "leave", 1, "xcomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert [a for a in propose_attributions(doc, [], wide=True) if a.verb == 1] == []


def test_a_wide_cue_inside_trusted_content_is_dropped() -> None:
    outer = Attribution([(10, 60)], (0, 8), None, ["indirect"], construction="phrase")
    inner = Attribution([(30, 60)], (20, 28), (10, 19), ["indirect"], construction="rule")
    lexical = Attribution([(50, 60)], (40, 45), None, ["indirect"], construction="lexicon")
    assert _drop_nested(build(LEE_SAID), [outer, inner, lexical]) == [outer, lexical]


def test_a_chain_head_gives_way_to_the_chain_verb() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("refused", "refuse", 1, "ROOT", "VERB", True),
            ("to", "to", 3, "aux", "PART", True),
            ("release", "release", 1, "xcomp", "VERB", True),
            ("records", "record", 3, "dobj", "NOUN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    head = Attribution([(15, 34)], (4, 11), (0, 3), ["indirect"], verb=1, construction="chain")
    chain = Attribution([(27, 34)], (4, 26), (0, 3), ["indirect"], verb=3)
    assert _drop_chain_heads(doc, [head, chain]) == [chain]
    assert _drop_chain_heads(doc, [head]) == [head]


@pytest.mark.model
def test_the_model_keeps_a_vote_and_drops_a_sale(nlp: Language) -> None:
    """A verb outside the lexicon becomes a cue where PolNeAR would annotate one (a vote is a
    stance), and a transaction with an object does not."""
    vote = nlp("Most Republican voters would vote for Trump in November.")
    assert [(q.cue.text if q.cue else None, q.text) for q in vote._.quotes] == [
        ("would vote for", "Trump")
    ]
    sale = nlp("The company sold the plant to a rival in 2019.")
    assert sale._.quotes == ()


@pytest.mark.model
def test_regression_urged_to_reject_keeps_the_urging(nlp: Language) -> None:
    """When the model drops the chain's last verb ("to reject"), the head ("urged") cues."""
    doc = nlp("Smith urged lawmakers to reject the bill.")
    assert [(q.cue.text if q.cue else None, q.speaker is not None) for q in doc._.quotes] == [
        ("urged", True)
    ]


def test_a_reporting_noun_with_a_possessor_is_a_wide_candidate() -> None:
    doc = build(
        [
            ("Lee", "Lee", 2, "poss", "PROPN", False),
            ("'s", "'s", 0, "case", "PART", True),
            ("claim", "claim", 2, "ROOT", "NOUN", True),
            ("that", "that", 5, "mark", "SCONJ", True),
            ("taxes", "tax", 5, "nsubj", "NOUN", True),
            ("rose", "rise", 2, "acl", "VERB", False),
            (".", ".", 2, "punct", "PUNCT", False),
        ]
    )
    text = doc.text
    assert propose_attributions(doc, [], wide=False) == []
    (candidate,) = propose_attributions(doc, [], wide=True)
    assert candidate.construction == "noun"
    assert candidate.cue is not None and candidate.source is not None
    assert text[candidate.cue[0] : candidate.cue[1]] == "claim"
    assert text[candidate.source[0] : candidate.source[1]] == "Lee's"
    assert [text[a:b] for a, b in candidate.content] == ["that taxes rose"]


def _spans(doc: Doc, candidate: Attribution) -> tuple[str, str | None, list[str], str]:
    """The candidate's cue, source and content as text, and its construction."""
    text = doc.text
    assert candidate.cue is not None
    source = text[candidate.source[0] : candidate.source[1]] if candidate.source else None
    content = [text[a:b] for a, b in candidate.content]
    return text[candidate.cue[0] : candidate.cue[1]], source, content, candidate.construction


def test_a_predicative_adjective_with_its_preposition_is_a_wide_candidate() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("was", "be", 1, "ROOT", "AUX", True),
            ("critical", "critical", 1, "acomp", "ADJ", True),
            ("of", "of", 2, "prep", "ADP", True),
            ("the", "the", 5, "det", "DET", True),
            ("plan", "plan", 3, "pobj", "NOUN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert propose_attributions(doc, [], wide=False) == []
    (candidate,) = propose_attributions(doc, [], wide=True)
    assert candidate.verb == 2
    assert _spans(doc, candidate) == ("was critical of", "Lee", ["the plan"], "copula")


def test_a_predicative_adjective_with_a_clause_reports_the_clause() -> None:
    doc = build(
        [
            ("Voters", "voter", 1, "nsubj", "NOUN", True),
            ("are", "be", 1, "ROOT", "AUX", True),
            ("not", "not", 1, "neg", "PART", True),
            ("worried", "worried", 1, "acomp", "ADJ", True),
            ("that", "that", 7, "mark", "SCONJ", True),
            ("taxes", "tax", 7, "nsubj", "NOUN", True),
            ("will", "will", 7, "aux", "AUX", True),
            ("rise", "rise", 3, "ccomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    (candidate,) = propose_attributions(doc, [], wide=True)
    cue, source, content, construction = _spans(doc, candidate)
    assert (cue, source, construction) == ("are not worried", "Voters", "copula")
    assert content == ["that taxes will rise"]


def test_a_predicative_adjective_that_governs_nothing_is_no_candidate() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("was", "be", 1, "ROOT", "AUX", True),
            ("happy", "happy", 1, "acomp", "ADJ", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert propose_attributions(doc, [], wide=True) == []


#: "Lee made allegations against the mayor.": a light verb and a reporting noun
MADE_ALLEGATIONS = [
    ("Lee", "Lee", 1, "nsubj", "PROPN", True),
    ("made", "make", 1, "ROOT", "VERB", True),
    ("allegations", "allegation", 1, "dobj", "NOUN", True),
    ("against", "against", 2, "prep", "ADP", True),
    ("the", "the", 5, "det", "DET", True),
    ("mayor", "mayor", 3, "pobj", "NOUN", False),
    (".", ".", 1, "punct", "PUNCT", False),
]


def test_a_light_verb_and_its_reporting_noun_are_one_cue() -> None:
    doc = build(MADE_ALLEGATIONS)
    (candidate,) = propose_attributions(doc, [], wide=True)
    assert candidate.verb == 1
    assert _spans(doc, candidate) == ("made allegations against", "Lee", ["the mayor"], "light")


def test_a_receiving_verb_takes_its_source_from_the_from_phrase() -> None:
    doc = build(
        [
            ("The", "the", 1, "det", "DET", True),
            ("plan", "plan", 2, "nsubj", "NOUN", True),
            ("drew", "draw", 2, "ROOT", "VERB", True),
            ("criticism", "criticism", 2, "dobj", "NOUN", True),
            ("from", "from", 3, "prep", "ADP", True),
            ("Lee", "Lee", 4, "pobj", "PROPN", False),
            (".", ".", 2, "punct", "PUNCT", False),
        ]
    )
    (candidate,) = propose_attributions(doc, [], wide=True)
    assert _spans(doc, candidate) == ("drew criticism", "Lee", ["The plan"], "light")


def test_a_light_verb_with_a_possessed_noun_leaves_the_noun_its_own_candidate() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("renewed", "renew", 1, "ROOT", "VERB", True),
            ("his", "his", 3, "poss", "PRON", True),
            ("call", "call", 1, "dobj", "NOUN", True),
            ("for", "for", 3, "prep", "ADP", True),
            ("calm", "calm", 4, "pobj", "NOUN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    found = {a.verb: a for a in propose_attributions(doc, [], wide=True)}
    assert found[1].construction != "light"
    assert _spans(doc, found[3]) == ("call", "his", ["calm"], "noun")


def test_a_light_verb_before_a_colon_reports_the_quotation() -> None:
    words = ["Lee", "issued", "a", "statement", ":", '"', "We", "won", '"']
    doc = Doc(
        VOCAB,
        words=words,
        lemmas=["Lee", "issue", "a", "statement", ":", '"', "we", "win", '"'],
        heads=[1, 1, 3, 1, 1, 7, 7, 1, 7],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "punct", "nsubj", "ccomp", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"],
        spaces=[True, True, True, False, True, False, True, False, False],
    )
    quotes = find_quoted(doc.text)
    candidate = next(a for a in propose_attributions(doc, quotes, wide=True) if a.verb == 1)
    cue, source, content, construction = _spans(doc, candidate)
    assert (cue, source, construction) == ("issued a statement:", "Lee", "light")
    assert content == ['"We won"'] and candidate.kinds == ["direct"]


@pytest.mark.model
def test_the_model_keeps_a_stated_worry(nlp: Language) -> None:
    """A predicative adjective of attitude with its clause is an attribution PolNeAR marks."""
    doc = nlp("Many Democrats are worried that the senator's tactics could split the party.")
    assert [(q.cue.text if q.cue else None) for q in doc._.quotes] == ["are worried"]


def test_a_damaged_weights_file_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.stages import quote_cue_model

    monkeypatch.setattr(quote_cue_model, "WEIGHTS_FILE", "data/curated_places.tsv")
    with pytest.raises(ModelDataError, match=r"\[E031\] cannot read the cue model"):
        quote_cue_model.load_model.__wrapped__()
