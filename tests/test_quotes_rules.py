"""Attribution rules on hand-built parses (no model): source, cue and content spans."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.stages import quotes
from newsgraph.stages.quote_marks import find_quoted
from newsgraph.stages.quote_rules import find_attributions

VOCAB = spacy.blank("en").vocab


def build(rows: list[tuple[str, str, int, str, str, bool]]) -> Doc:
    """A parsed Doc from rows of (word, lemma, head index, dep, pos, space after)."""
    extensions.register()
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        spaces=[r[5] for r in rows],
    )


def spans(doc: Doc) -> list[tuple[list[str], str | None, str | None]]:
    text = doc.text
    out = []
    for a in find_attributions(doc, find_quoted(text)):
        cue = text[a.cue[0] : a.cue[1]] if a.cue else None
        source = text[a.source[0] : a.source[1]] if a.source else None
        out.append(([text[s:e] for s, e in a.content], cue, source))
    return out


SAID_THAT = [
    ("Smith", "Smith", 3, "nsubj", "PROPN", True),
    ("has", "have", 3, "aux", "AUX", True),
    ("also", "also", 3, "advmod", "ADV", True),
    ("said", "say", 3, "ROOT", "VERB", True),
    ("that", "that", 7, "mark", "SCONJ", True),
    ("the", "the", 6, "det", "DET", True),
    ("plan", "plan", 7, "nsubj", "NOUN", True),
    ("failed", "fail", 3, "ccomp", "VERB", False),
    (".", ".", 3, "punct", "PUNCT", False),
]


def test_indirect_speech_keeps_that_and_drops_the_full_stop() -> None:
    assert spans(build(SAID_THAT)) == [(["that the plan failed"], "has also said", "Smith")]


def test_according_to_takes_the_clause_it_modifies() -> None:
    doc = build(
        [
            ("According", "accord", 6, "prep", "VERB", True),
            ("to", "to", 0, "prep", "ADP", True),
            ("Reuters", "Reuters", 1, "pobj", "PROPN", False),
            (",", ",", 6, "punct", "PUNCT", True),
            ("the", "the", 5, "det", "DET", True),
            ("talks", "talk", 6, "nsubj", "NOUN", True),
            ("failed", "fail", 6, "ROOT", "VERB", False),
            (".", ".", 6, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["the talks failed"], "According to", "Reuters")]


QUOTE_THEN_CUE = [
    ("“", "“", 6, "punct", "PUNCT", False),
    ("We", "we", 2, "nsubj", "PRON", True),
    ("stay", "stay", 6, "ccomp", "VERB", False),
    (",", ",", 6, "punct", "PUNCT", False),
    ("”", "”", 6, "punct", "PUNCT", True),
    ("he", "he", 6, "nsubj", "PRON", True),
    ("said", "say", 6, "ROOT", "VERB", False),
    (".", ".", 6, "punct", "PUNCT", False),
]


def test_direct_quote_before_the_cue_keeps_its_marks_and_comma() -> None:
    assert spans(build(QUOTE_THEN_CUE)) == [(["“We stay,”"], "said", "he")]


def test_cue_with_colon_before_the_quote() -> None:
    doc = build(
        [
            ("Keller", "Keller", 1, "nsubj", "PROPN", True),
            ("said", "say", 1, "ROOT", "VERB", False),
            (":", ":", 1, "punct", "PUNCT", True),
            ("“", "“", 1, "punct", "PUNCT", False),
            ("No", "no", 1, "intj", "INTJ", False),
            (".", ".", 1, "punct", "PUNCT", False),
            ("”", "”", 1, "punct", "PUNCT", False),
        ]
    )
    # the colon belongs to the cue (PolNeAR); the quotation is next to the cue
    assert spans(doc) == [(["“No.”"], "said:", "Keller")]


def test_reporting_verb_inside_a_quotation_is_not_a_cue() -> None:
    words = [
        ("“", "“", 3, "punct", "PUNCT", False),
        ("They", "they", 2, "nsubj", "PRON", True),
        ("said", "say", 3, "ccomp", "VERB", True),
        ("no", "no", 2, "dobj", "INTJ", False),
        ("”", "”", 3, "punct", "PUNCT", False),
    ]
    doc = build(words)
    assert spans(doc) == []


def test_stage_gives_ids_in_text_order_and_links_split_quotes() -> None:
    rows = [
        ("“", "“", 6, "punct", "PUNCT", False),
        ("We", "we", 2, "nsubj", "PRON", True),
        ("stay", "stay", 6, "ccomp", "VERB", False),
        (",", ",", 6, "punct", "PUNCT", False),
        ("”", "”", 6, "punct", "PUNCT", True),
        ("Keller", "Keller", 6, "nsubj", "PROPN", True),
        ("said", "say", 6, "ROOT", "VERB", False),
        (",", ",", 6, "punct", "PUNCT", True),
        ("“", "“", 6, "punct", "PUNCT", False),
        ("and", "and", 10, "cc", "CCONJ", True),
        ("fight", "fight", 6, "conj", "VERB", False),
        (".", ".", 6, "punct", "PUNCT", False),
        ("”", "”", 6, "punct", "PUNCT", False),
    ]
    found = quotes.find(build(rows))
    assert [(q.id, q.kind, q.text, q.continues) for q in found] == [
        ("q1", "direct", "We stay,", None),
        ("q2", "direct", "and fight.", "q1"),
    ]
    assert {q.cue.text for q in found if q.cue} == {"said"}
    assert {q.source.text for q in found if q.source} == {"Keller"}
