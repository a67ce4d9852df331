"""The array pre-filters that stand in for loops over every token must agree with those loops."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, POS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph import extensions
from newsgraph.records import Boilerplate
from newsgraph.spans import in_boilerplate
from newsgraph.stages.entity_resolve import sentence_offsets
from newsgraph.stages.token_filter import between, with_labels, with_words


def _doc() -> Doc:
    # "Officials said talks failed. Kyiv denied it ."  (two sentences)
    words = ["Officials", "said", "talks", "failed", ".", "Kyiv", "denied", "it", "."]
    return Doc(
        Vocab(),
        words=words,
        pos=["NOUN", "VERB", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "dobj", "punct"],
        heads=[1, 1, 3, 1, 1, 6, 6, 6, 6],
        sent_starts=[True, False, False, False, False, True, False, False, False],
    )


def test_with_labels_picks_what_a_token_loop_picks() -> None:
    doc = _doc()
    for attr, name, labels in (
        (DEP, "dep_", ("nsubj", "nsubjpass", "pobj")),
        (DEP, "dep_", ("ROOT",)),
        (POS, "pos_", ("PROPN",)),
        (POS, "pos_", ("VERB", "AUX", "ADJ")),
    ):
        expected = [t.i for t in doc if getattr(t, name) in labels]
        assert with_labels(doc, attr, labels) == expected
    assert with_labels(doc, DEP, ("nsubj",)) == [0, 2, 5]
    assert with_labels(doc, POS, ("ADJ",)) == []


def test_with_labels_on_an_empty_doc() -> None:
    assert with_labels(Doc(Vocab(), words=[]), POS, ("VERB",)) == []


def test_sentence_offsets_skip_the_tokens_marked_not_a_start() -> None:
    # SENT_START is -1 inside a sentence: read as unsigned it must not count as a start
    doc = _doc()
    assert sentence_offsets(doc) == [t.idx for t in doc if t.is_sent_start] == [0, 30]


def test_in_boilerplate_reads_the_value_the_stage_set() -> None:
    extensions.register()
    doc = _doc()
    assert not in_boilerplate(doc, 0, 5)  # nothing set yet: the extension's default
    doc._.boilerplate = (Boilerplate(0, 9, "Officials", "byline"),)
    assert in_boilerplate(doc, 0, 5)
    assert in_boilerplate(doc, 8, 20)
    assert not in_boilerplate(doc, 9, 20)


def test_with_words_picks_what_a_token_loop_picks() -> None:
    doc = Doc(
        spacy.blank("en").vocab,  # lower-case forms come from the language's lexeme getters
        words=["According", "to", "Kyiv", ",", "troops", "Said", "it", "said"],
        lemmas=["accord", "to", "Kyiv", ",", "troop", "Say", "it", "say"],
    )

    def saying(lemma: str, lower: str) -> bool:
        return lemma.lower() == "say" or lower == "according"

    expected = [t.i for t in doc if saying(t.lemma_, t.lower_)]
    assert with_words(doc, "test.saying", saying) == expected == [0, 5, 7]
    assert with_words(doc, "test.saying", saying) is with_words(doc, "test.saying", saying)
    assert with_words(doc, "test.none", lambda lemma, lower: False) == []
    assert between(expected, 1, 7) == [5]
    assert between(expected, 0, 8) == expected
    assert with_words(Doc(Vocab(), words=[]), "test.saying", saying) == []


def test_with_words_agrees_after_the_type_table_starts_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsgraph.stages import token_filter

    vocab = spacy.blank("en").vocab
    words = ["He", "said", "it", ",", "she", "says", "so", "said"]
    lemmas = ["he", "say", "it", ",", "she", "say", "so", "say"]

    def saying(lemma: str, lower: str) -> bool:
        return lemma == "say"

    first = Doc(vocab, words=words, lemmas=lemmas)
    assert with_words(first, "test.table", saying) == [1, 5, 7]
    # a table too small for the next doc: types and verdicts start afresh, and a doc whose
    # types were numbered before is renumbered, not read with stale numbers
    monkeypatch.setattr(token_filter, "_MAX_TYPES", len(token_filter._TYPES) + 3)
    second = Doc(vocab, words=words[::-1], lemmas=lemmas[::-1])
    assert with_words(second, "test.table", saying) == [0, 2, 6]
    assert with_words(first, "test.other", lambda lemma, lower: lower == "she") == [4]
    assert with_words(first, "test.table", saying) == [1, 5, 7]
