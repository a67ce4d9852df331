"""Span conventions of the quotes stage (PolNeAR's boundaries), on hand-built parses.

Each test pins one convention read from PolNeAR's training annotations: where a content, a
source or a cue starts and ends once the attribution itself has been found. The rules are
run without the learned cue filter (``use_model=False``) so that only the span construction is
under test.
"""

from __future__ import annotations

from functools import partial

import pytest
from spacy.tokens import Doc

from newsgraph.stages import quote_attributions, quotes
from newsgraph.stages.quote_marks import find_quoted
from parse_helpers import Row, build


def spans(doc: Doc) -> list[tuple[list[str], str | None, str | None]]:
    """(content fragments, cue, source) of every attribution the rules find."""
    text = doc.text
    out = []
    for a in quote_attributions.find_attributions(doc, find_quoted(text), text, use_model=False):
        cue = text[a.cue[0] : a.cue[1]] if a.cue else None
        source = text[a.source[0] : a.source[1]] if a.source else None
        out.append(([text[s:e] for s, e in a.content], cue, source))
    return out


def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the quotes stage on the rules' attributions alone (no learned cue filter)."""
    monkeypatch.setattr(
        quotes, "find_attributions", partial(quote_attributions.find_attributions, use_model=False)
    )


def _object_then(prep: str, words: list[Row]) -> list[Row]:
    """ "Lee criticized the plan <prep> …." with ``words`` as the preposition's object."""
    rows: list[Row] = [
        ("Lee", "Lee", 1, "nsubj", "PROPN", True),
        ("criticized", "criticize", 1, "ROOT", "VERB", True),
        ("the", "the", 3, "det", "DET", True),
        ("plan", "plan", 1, "dobj", "NOUN", True),
        (prep, prep, 1, "prep", "ADP", True),
    ]
    rows += words
    rows[-1] = (*rows[-1][:5], False)
    rows.append((".", ".", 1, "punct", "PUNCT", False))
    return rows


def test_object_content_runs_on_through_a_prepositional_complement() -> None:
    doc = build(_object_then("as", [("reckless", "reckless", 4, "pobj", "ADJ", True)]))
    assert spans(doc) == [(["the plan as reckless"], "criticized", "Lee")]


def test_object_content_leaves_out_where_it_was_said() -> None:
    doc = build(
        _object_then(
            "in",
            [("a", "a", 6, "det", "DET", True), ("tweet", "tweet", 4, "pobj", "NOUN", True)],
        )
    )
    assert spans(doc) == [(["the plan"], "criticized", "Lee")]


def test_object_content_leaves_out_the_addressee() -> None:
    doc = build(_object_then("to", [("me", "I", 4, "pobj", "PRON", True)]))
    assert spans(doc) == [(["the plan"], "criticized", "Lee")]


def test_content_stops_before_a_trailing_apposition() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("praised", "praise", 1, "ROOT", "VERB", True),
            ("Bush", "Bush", 1, "dobj", "PROPN", False),
            (",", ",", 2, "punct", "PUNCT", True),
            ("the", "the", 6, "det", "DET", True),
            ("former", "former", 6, "amod", "ADJ", True),
            ("governor", "governor", 2, "appos", "NOUN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Bush"], "praised", "Lee")]


def test_a_name_in_apposition_stays_in_the_content() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("praised", "praise", 1, "ROOT", "VERB", True),
            ("his", "his", 3, "poss", "PRON", True),
            ("rival", "rival", 1, "dobj", "NOUN", False),
            (",", ",", 3, "punct", "PUNCT", True),
            ("Anna", "Anna", 6, "compound", "PROPN", True),
            ("Keller", "Keller", 3, "appos", "PROPN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["his rival, Anna Keller"], "praised", "Lee")]


SEEMS_THAT = [
    ("It", "it", 1, "nsubj", "PRON", True),
    ("seems", "seem", 1, "ROOT", "VERB", True),
    ("that", "that", 5, "mark", "SCONJ", True),
    ("the", "the", 4, "det", "DET", True),
    ("talks", "talk", 5, "nsubj", "NOUN", True),
    ("failed", "fail", 1, "ccomp", "VERB", False),
    (".", ".", 1, "punct", "PUNCT", False),
]


def test_a_placeholder_it_is_no_source() -> None:
    assert spans(build(SEEMS_THAT)) == [(["that the talks failed"], "seems", None)]


def test_it_stays_a_source_of_a_speech_verb() -> None:
    rows = list(SEEMS_THAT)
    rows[1] = ("said", "say", 1, "ROOT", "VERB", True)
    assert spans(build(rows)) == [(["that the talks failed"], "said", "It")]


def _said_that(subject: list[Row]) -> list[Row]:
    """``subject`` + "said that talks failed." (``subject`` rows point at index 99 for the verb)."""
    verb = len(subject)
    rows = [
        (w, lemma, verb if head == 99 else head, dep, pos, sp)
        for w, lemma, head, dep, pos, sp in subject
    ]
    rows += [
        ("said", "say", verb, "ROOT", "VERB", True),
        ("that", "that", verb + 3, "mark", "SCONJ", True),
        ("talks", "talk", verb + 3, "nsubj", "NOUN", True),
        ("failed", "fail", verb, "ccomp", "VERB", False),
        (".", ".", verb, "punct", "PUNCT", False),
    ]
    return rows


def test_source_leaves_out_a_focus_adverb() -> None:
    doc = build(
        _said_that(
            [
                ("Even", "even", 1, "advmod", "ADV", True),
                ("critics", "critic", 99, "nsubj", "NOUN", True),
            ]
        )
    )
    assert spans(doc) == [(["that talks failed"], "said", "critics")]


def test_source_leaves_out_when_it_spoke() -> None:
    doc = build(
        _said_that(
            [
                ("Trump", "Trump", 99, "nsubj", "PROPN", True),
                ("on", "on", 0, "prep", "ADP", True),
                ("Tuesday", "Tuesday", 1, "pobj", "PROPN", True),
            ]
        )
    )
    doc[2].ent_type_ = "DATE"
    assert spans(doc) == [(["that talks failed"], "said", "Trump")]


def test_source_keeps_the_dash_that_closes_an_apposition() -> None:
    doc = build(
        _said_that(
            [
                ("Sims", "Sims", 99, "nsubj", "PROPN", True),
                ("—", "—", 0, "punct", "PUNCT", True),
                ("a", "a", 3, "det", "DET", True),
                ("teacher", "teacher", 0, "appos", "NOUN", True),
                ("—", "—", 0, "punct", "PUNCT", True),
            ]
        )
    )
    assert spans(doc) == [(["that talks failed"], "said", "Sims — a teacher —")]


def test_content_keeps_the_full_stop_of_an_initialism() -> None:
    rows = _said_that([("Lee", "Lee", 99, "nsubj", "PROPN", True)])
    rows[4] = ("failed", "fail", 1, "ccomp", "VERB", True)
    rows[5:5] = [
        ("in", "in", 4, "prep", "ADP", True),
        ("the", "the", 7, "det", "DET", True),
        ("U.S.", "U.S.", 5, "pobj", "PROPN", False),
    ]
    del rows[-1]  # the initialism's full stop ends the sentence
    assert spans(build(rows)) == [(["that talks failed in the U.S."], "said", "Lee")]


def test_according_to_content_leaves_out_a_leading_connective() -> None:
    doc = build(
        [
            ("But", "but", 3, "cc", "CCONJ", True),
            ("the", "the", 2, "det", "DET", True),
            ("talks", "talk", 3, "nsubj", "NOUN", True),
            ("failed", "fail", 3, "ROOT", "VERB", False),
            (",", ",", 3, "punct", "PUNCT", True),
            ("according", "accord", 3, "prep", "VERB", True),
            ("to", "to", 5, "prep", "ADP", True),
            ("Reuters", "Reuters", 6, "pobj", "PROPN", False),
            (".", ".", 3, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["the talks failed"], "according to", "Reuters")]


def test_content_stops_before_while_and_a_participle() -> None:
    rows = _said_that([("Lee", "Lee", 99, "nsubj", "PROPN", True)])
    rows[4] = ("failed", "fail", 1, "ccomp", "VERB", False)
    rows[5:5] = [
        (",", ",", 4, "punct", "PUNCT", True),
        ("while", "while", 7, "mark", "SCONJ", True),
        ("raising", "raise", 4, "advcl", "VERB", True),
        ("hopes", "hope", 7, "dobj", "NOUN", False),
    ]
    rows[-1] = (".", ".", 1, "punct", "PUNCT", False)
    assert spans(build(rows, tags={7: "VBG"})) == [(["that talks failed"], "said", "Lee")]


NOTED_AND_ADDED = [
    ("Lee", "Lee", 1, "nsubj", "PROPN", True),
    ("noted", "note", 1, "ROOT", "VERB", True),
    ("that", "that", 4, "mark", "SCONJ", True),
    ("talks", "talk", 4, "nsubj", "NOUN", True),
    ("failed", "fail", 1, "ccomp", "VERB", False),
    (",", ",", 1, "punct", "PUNCT", True),
    ("and", "and", 1, "cc", "CCONJ", True),
    ("added", "add", 1, "conj", "VERB", False),
    (":", ":", 7, "punct", "PUNCT", True),
    ("“", "“", 11, "punct", "PUNCT", False),
    ("We", "we", 11, "nsubj", "PRON", True),
    ("tried", "try", 7, "ccomp", "VERB", False),
    (".", ".", 11, "punct", "PUNCT", False),
    ("”", "”", 11, "punct", "PUNCT", False),
]


def test_reported_words_and_a_later_verbs_quotation_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules_only(monkeypatch)
    found = {q.text: q for q in quotes.find(build(NOTED_AND_ADDED))}
    assert set(found) == {"that talks failed", "We tried."}
    assert found["that talks failed"].kind == "indirect"
    assert found["that talks failed"].cue is not None
    assert found["that talks failed"].cue.text == "noted"
    assert found["We tried."].cue is not None and found["We tried."].cue.text == "added:"


INVOKING = [
    ("“", "“", 2, "punct", "PUNCT", False),
    ("We", "we", 2, "nsubj", "PRON", True),
    ("stay", "stay", 6, "ccomp", "VERB", False),
    (",", ",", 2, "punct", "PUNCT", False),
    ("”", "”", 2, "punct", "PUNCT", True),
    ("Lee", "Lee", 6, "nsubj", "PROPN", True),
    ("said", "say", 6, "ROOT", "VERB", False),
    (",", ",", 6, "punct", "PUNCT", True),
    ("invoking", "invoke", 6, "advcl", "VERB", True),
    ("the", "the", 10, "det", "DET", True),
    ("pact", "pact", 8, "dobj", "NOUN", False),
    (".", ".", 6, "punct", "PUNCT", True),
    ("“", "“", 16, "punct", "PUNCT", False),
    ("We", "we", 16, "nsubj", "PRON", True),
    ("will", "will", 16, "aux", "AUX", True),
    ("not", "not", 16, "neg", "PART", True),
    ("leave", "leave", 16, "ROOT", "VERB", True),
    ("this", "this", 18, "det", "DET", True),
    ("place", "place", 16, "dobj", "NOUN", False),
    (".", ".", 16, "punct", "PUNCT", False),
    ("”", "”", 16, "punct", "PUNCT", False),
]


def test_follow_on_quotation_continues_the_quote_not_the_participle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules_only(monkeypatch)
    found = quotes.find(build(INVOKING, tags={8: "VBG"}))
    by_text = {q.text: q for q in found}
    first = by_text["We stay,"]
    follow = by_text["We will not leave this place."]
    assert follow.continues == first.id


def test_content_stops_before_a_relative_clause_about_a_person() -> None:
    rows = _said_that([("Lee", "Lee", 99, "nsubj", "PROPN", True)])
    # "Lee said that talks failed with Keller, who leads the party."
    rows[4] = ("failed", "fail", 1, "ccomp", "VERB", True)
    rows[5:5] = [
        ("with", "with", 4, "prep", "ADP", True),
        ("Keller", "Keller", 5, "pobj", "PROPN", False),
        (",", ",", 6, "punct", "PUNCT", True),
        ("who", "who", 9, "nsubj", "PRON", True),
        ("leads", "lead", 6, "relcl", "VERB", True),
        ("the", "the", 11, "det", "DET", True),
        ("party", "party", 9, "dobj", "NOUN", False),
    ]
    rows[-1] = (".", ".", 1, "punct", "PUNCT", False)
    assert spans(build(rows)) == [(["that talks failed with Keller"], "said", "Lee")]


def test_a_restrictive_relative_clause_stays_in_the_content() -> None:
    rows = _said_that([("Lee", "Lee", 99, "nsubj", "PROPN", True)])
    # "Lee said that talks failed with people who lead the party."
    rows[4] = ("failed", "fail", 1, "ccomp", "VERB", True)
    rows[5:5] = [
        ("with", "with", 4, "prep", "ADP", True),
        ("people", "people", 5, "pobj", "NOUN", True),
        ("who", "who", 8, "nsubj", "PRON", True),
        ("lead", "lead", 6, "relcl", "VERB", True),
        ("the", "the", 10, "det", "DET", True),
        ("party", "party", 8, "dobj", "NOUN", False),
    ]
    rows[-1] = (".", ".", 1, "punct", "PUNCT", False)
    found = spans(build(rows))
    assert found[0] == (["that talks failed with people who lead the party"], "said", "Lee")


def test_a_speaker_the_parser_hung_on_a_dateline_is_still_the_source() -> None:
    doc = build(
        [
            ("WASHINGTON", "Washington", 0, "ROOT", "PROPN", True),
            ("—", "—", 0, "punct", "PUNCT", True),
            ("Anna", "Anna", 3, "compound", "PROPN", True),
            ("Keller", "Keller", 0, "appos", "PROPN", True),
            ("said", "say", 4, "ROOT", "VERB", True),
            ("that", "that", 7, "mark", "SCONJ", True),
            ("talks", "talk", 7, "nsubj", "NOUN", True),
            ("failed", "fail", 4, "ccomp", "VERB", False),
            (".", ".", 4, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["that talks failed"], "said", "Anna Keller")]


def test_an_impression_with_an_adjective_keeps_its_subject() -> None:
    doc = build(
        [
            ("His", "his", 1, "poss", "PRON", True),
            ("supporters", "supporter", 2, "nsubj", "NOUN", True),
            ("seemed", "seem", 2, "ROOT", "VERB", True),
            ("unperturbed", "unperturbed", 2, "acomp", "ADJ", False),
            (".", ".", 2, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["His supporters", "unperturbed"], "seemed", None)]


def test_object_content_takes_a_second_object_the_parser_joined_to_the_verb() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("blasted", "blast", 1, "ROOT", "VERB", True),
            ("the", "the", 3, "det", "DET", True),
            ("film", "film", 1, "dobj", "NOUN", True),
            ("and", "and", 1, "cc", "CCONJ", True),
            ("the", "the", 6, "det", "DET", True),
            ("books", "book", 1, "conj", "NOUN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["the film and the books"], "blasted", "Lee")]


def test_an_acronym_the_parser_took_for_the_reported_verb_is_left_out() -> None:
    # "Tinawi told the agency SANA on Sunday that troops were killed.", with "SANA" parsed as
    # the verb of the reported clause, as the small model does
    rows: list[Row] = [
        ("Tinawi", "Tinawi", 1, "nsubj", "PROPN", True),
        ("told", "tell", 1, "ROOT", "VERB", True),
        ("the", "the", 3, "det", "DET", True),
        ("agency", "agency", 1, "dobj", "NOUN", True),
        ("SANA", "SANA", 1, "ccomp", "VERB", True),
        ("on", "on", 4, "prep", "ADP", True),
        ("Sunday", "Sunday", 5, "pobj", "PROPN", True),
        ("that", "that", 10, "mark", "SCONJ", True),
        ("troops", "troop", 10, "nsubjpass", "NOUN", True),
        ("were", "be", 10, "auxpass", "AUX", True),
        ("killed", "kill", 4, "ccomp", "VERB", False),
        (".", ".", 1, "punct", "PUNCT", False),
    ]
    assert spans(build(rows)) == [(["that troops were killed"], "told", "Tinawi")]
