"""Attribution rules on hand-built parses (no model): source, cue and content spans."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.stages import quotes
from newsgraph.stages.quote_attributions import find_attributions
from newsgraph.stages.quote_marks import find_quoted
from newsgraph.stages.quote_rules import _subject
from parse_helpers import build


def spans(doc: Doc, use_model: bool = True) -> list[tuple[list[str], str | None, str | None]]:
    """(content, cue, source) of each attribution; ``use_model=False``: the rules' own reading,
    without the cue model and the learned content and cue edges."""
    text = doc.text
    out = []
    for a in find_attributions(doc, find_quoted(text), use_model=use_model):
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


def test_stance_on_an_object_keeps_its_reason() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("accused", "accuse", 1, "ROOT", "VERB", True),
            ("Trump", "Trump", 1, "dobj", "PROPN", True),
            ("of", "of", 1, "prep", "ADP", True),
            ("lying", "lie", 3, "pcomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Trump of lying"], "accused", "Lee")]


def test_call_for_a_clause_and_call_on_someone_to_act() -> None:
    called_for = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("called", "call", 1, "ROOT", "VERB", True),
            ("for", "for", 6, "mark", "SCONJ", True),
            ("the", "the", 4, "det", "DET", True),
            ("army", "army", 6, "nsubj", "NOUN", True),
            ("to", "to", 6, "aux", "PART", True),
            ("leave", "leave", 1, "advcl", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(called_for) == [(["the army to leave"], "called for", "Lee")]
    called_on = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("called", "call", 1, "ROOT", "VERB", True),
            ("on", "on", 1, "prep", "ADP", True),
            ("Kim", "Kim", 2, "pobj", "PROPN", True),
            ("to", "to", 5, "aux", "PART", True),
            ("resign", "resign", 1, "xcomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(called_on) == [(["Kim to resign"], "called on", "Lee")]


def test_cue_runs_from_the_verb_that_carries_the_subject() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("took", "take", 1, "ROOT", "VERB", True),
            ("to", "to", 1, "prep", "ADP", True),
            ("Twitter", "Twitter", 2, "pobj", "PROPN", True),
            ("to", "to", 5, "aux", "PART", True),
            ("say", "say", 1, "advcl", "VERB", True),
            ("that", "that", 8, "mark", "SCONJ", True),
            ("it", "it", 8, "nsubj", "PRON", True),
            ("failed", "fail", 5, "ccomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["that it failed"], "took to Twitter to say", "Lee")]


def test_according_to_covers_every_conjoined_clause() -> None:
    doc = build(
        [
            ("Ames", "Ames", 1, "nsubj", "PROPN", True),
            ("won", "win", 1, "ROOT", "VERB", True),
            ("40", "40", 3, "nummod", "NUM", True),
            ("percent", "percent", 1, "dobj", "NOUN", True),
            ("and", "and", 1, "cc", "CCONJ", True),
            ("Bo", "Bo", 6, "nsubj", "PROPN", True),
            ("won", "win", 1, "conj", "VERB", True),
            ("30", "30", 8, "nummod", "NUM", False),
            (",", ",", 6, "punct", "PUNCT", True),
            ("according", "accord", 6, "prep", "VERB", True),
            ("to", "to", 9, "prep", "ADP", True),
            ("polls", "poll", 10, "pobj", "NOUN", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Ames won 40 percent and Bo won 30"], "according to", "polls")]


def test_source_leaves_out_a_participle_set_off_by_commas() -> None:
    doc = build(
        [
            ("Lee", "Lee", 5, "nsubj", "PROPN", False),
            (",", ",", 0, "punct", "PUNCT", True),
            ("speaking", "speak", 0, "acl", "VERB", True),
            ("today", "today", 2, "npadvmod", "NOUN", False),
            (",", ",", 0, "punct", "PUNCT", True),
            ("said", "say", 5, "ROOT", "VERB", True),
            ("it", "it", 7, "nsubj", "PRON", True),
            ("failed", "fail", 5, "ccomp", "VERB", False),
            (".", ".", 5, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["it failed"], "said", "Lee")]


def test_plan_is_not_a_cue() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("planned", "plan", 1, "ROOT", "VERB", True),
            ("to", "to", 3, "aux", "PART", True),
            ("leave", "leave", 1, "xcomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == []


def test_reported_clause_runs_on_past_a_comma_and_but() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("said", "say", 1, "ROOT", "VERB", True),
            ("it", "it", 3, "nsubj", "PRON", True),
            ("failed", "fail", 1, "ccomp", "VERB", False),
            (",", ",", 3, "punct", "PUNCT", True),
            ("but", "but", 3, "cc", "CCONJ", True),
            ("it", "it", 7, "nsubj", "PRON", True),
            ("recovered", "recover", 3, "conj", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["it failed, but it recovered"], "said", "Lee")]


def test_indirect_question_filed_as_an_adverbial_is_the_content() -> None:
    def asked(lemma: str) -> Doc:
        return build(
            [
                ("Lee", "Lee", 1, "nsubj", "PROPN", True),
                ("asked", lemma, 1, "ROOT", "VERB", True),
                ("if", "if", 4, "mark", "SCONJ", True),
                ("Kim", "Kim", 4, "nsubj", "PROPN", True),
                ("left", "leave", 1, "advcl", "VERB", False),
                (".", ".", 1, "punct", "PUNCT", False),
            ]
        )

    assert spans(asked("ask")) == [(["if Kim left"], "asked", "Lee")]
    # a condition on a statement is not its content
    assert spans(asked("say")) == []


def test_passive_stance_has_its_subject_as_content_and_the_agent_as_source() -> None:
    doc = build(
        [
            ("Trump", "Trump", 3, "nsubjpass", "PROPN", True),
            ("has", "have", 3, "aux", "AUX", True),
            ("been", "be", 3, "auxpass", "AUX", True),
            ("criticized", "criticize", 3, "ROOT", "VERB", True),
            ("by", "by", 3, "agent", "ADP", True),
            ("rivals", "rival", 4, "pobj", "NOUN", True),
            ("for", "for", 3, "prep", "ADP", True),
            ("lying", "lie", 6, "pcomp", "VERB", False),
            (".", ".", 3, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Trump", "for lying"], "has been criticized", "rivals")]


def test_by_saying_takes_the_subject_and_the_cue_of_the_governing_verb() -> None:
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("began", "begin", 1, "ROOT", "VERB", True),
            ("by", "by", 1, "prep", "ADP", True),
            ("saying", "say", 2, "pcomp", "VERB", True),
            ("that", "that", 6, "mark", "SCONJ", True),
            ("it", "it", 6, "nsubj", "PRON", True),
            ("failed", "fail", 3, "ccomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["that it failed"], "began by saying", "Lee")]


def test_a_poll_named_before_the_clause_is_its_source() -> None:
    doc = build(
        [
            ("In", "in", 5, "prep", "ADP", True),
            ("a", "a", 2, "det", "DET", True),
            ("poll", "poll", 0, "pobj", "NOUN", False),
            (",", ",", 5, "punct", "PUNCT", True),
            ("Lee", "Lee", 5, "nsubj", "PROPN", True),
            ("led", "lead", 5, "ROOT", "VERB", False),
            (".", ".", 5, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Lee led"], "In", "a poll")]


def test_a_weekday_right_after_the_verb_joins_the_cue() -> None:
    """The rules' convention; the learned cue edges (``quote_cue_bounds``) may drop the
    weekday again where PolNeAR mostly does."""
    doc = build(
        [
            ("Lee", "Lee", 1, "nsubj", "PROPN", True),
            ("said", "say", 1, "ROOT", "VERB", True),
            ("Tuesday", "Tuesday", 1, "npadvmod", "PROPN", True),
            ("it", "it", 4, "nsubj", "PRON", True),
            ("failed", "fail", 1, "ccomp", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc, use_model=False) == [(["it failed"], "said Tuesday", "Lee")]


def _told_after_apposition(with_and: bool) -> list[tuple[str, str, int, str, str, bool]]:
    """ "Talks resume in Geneva, an official told AFP." as the small model misparses it: the
    speaker an apposition of "Geneva", "told" a conjunct of "resume" (optionally with an "and"
    coordinating them, as in a real coordination)."""
    rows = [
        ("Talks", "talk", 1, "nsubj", "NOUN", True),
        ("resume", "resume", 1, "ROOT", "VERB", True),
        ("in", "in", 1, "prep", "ADP", True),
        ("Geneva", "Geneva", 2, "pobj", "PROPN", False),
        (",", ",", 3, "punct", "PUNCT", True),
        ("an", "an", 6, "det", "DET", True),
        ("official", "official", 3, "appos", "NOUN", True),
        ("told", "tell", 1, "conj", "VERB", True),
        ("AFP", "AFP", 7, "dobj", "PROPN", False),
        (".", ".", 1, "punct", "PUNCT", False),
    ]
    if with_and:
        rows.insert(7, ("and", "and", 1, "cc", "CCONJ", True))
        rows = [(w, lem, h + (h >= 7), d, p, s) for w, lem, h, d, p, s in rows]
    return rows


def test_a_conjunct_with_no_and_takes_the_speaker_right_before_it() -> None:
    assert spans(build(_told_after_apposition(with_and=False))) == [
        (["Talks resume in Geneva"], "told", "an official")
    ]


def test_a_real_coordination_keeps_the_shared_subject() -> None:
    doc = build(_told_after_apposition(with_and=True))
    told = next(t for t in doc if t.text == "told")
    subject = _subject(told)
    assert subject is not None and subject.text == "Talks"


def test_a_clause_after_a_cue_set_off_by_commas_continues_the_content() -> None:
    doc = build(
        [
            ("Talks", "talk", 2, "nsubj", "NOUN", True),
            ("will", "will", 2, "aux", "AUX", True),
            ("fail", "fail", 5, "ccomp", "VERB", False),
            (",", ",", 5, "punct", "PUNCT", True),
            ("he", "he", 5, "nsubj", "PRON", True),
            ("said", "say", 5, "ROOT", "VERB", False),
            (",", ",", 5, "punct", "PUNCT", True),
            ("unless", "unless", 9, "mark", "SCONJ", True),
            ("Moscow", "Moscow", 9, "nsubj", "PROPN", True),
            ("moves", "move", 5, "advcl", "VERB", False),
            (".", ".", 5, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Talks will fail", "unless Moscow moves"], "said", "he")]


def test_a_content_never_takes_in_its_own_cue() -> None:
    """ "…, the minister said, and left.": the conjunct is the minister's act, and the
    parenthetical cue closes the content instead of landing inside it."""
    doc = build(
        [
            ("Talks", "talk", 1, "nsubj", "NOUN", True),
            ("failed", "fail", 1, "ROOT", "VERB", False),
            (",", ",", 5, "punct", "PUNCT", True),
            ("the", "the", 4, "det", "DET", True),
            ("minister", "minister", 5, "nsubj", "NOUN", True),
            ("said", "say", 1, "parataxis", "VERB", False),
            (",", ",", 5, "punct", "PUNCT", True),
            ("and", "and", 5, "cc", "CCONJ", True),
            ("left", "leave", 5, "conj", "VERB", False),
            (".", ".", 5, "punct", "PUNCT", False),
        ]
    )
    assert spans(doc) == [(["Talks failed"], "said", "the minister")]


def test_a_speaker_parsed_into_the_reported_clause_after_an_inverted_cue() -> None:
    # "Instead, said Dr Weiss, the drones were a tool." with "Weiss" made a second subject
    # of "were" (the misparse the model makes for some names)
    doc = build(
        [
            ("Instead", "instead", 2, "advmod", "ADV", False),
            (",", ",", 2, "punct", "PUNCT", True),
            ("said", "say", 2, "ROOT", "VERB", True),
            ("Dr", "Dr", 4, "compound", "PROPN", True),
            ("Weiss", "Weiss", 8, "nsubj", "PROPN", False),
            (",", ",", 4, "punct", "PUNCT", True),
            ("the", "the", 7, "det", "DET", True),
            ("drones", "drone", 8, "nsubj", "NOUN", True),
            ("were", "be", 2, "ccomp", "AUX", True),
            ("a", "a", 10, "det", "DET", True),
            ("tool", "tool", 8, "attr", "NOUN", False),
            (".", ".", 2, "punct", "PUNCT", False),
        ]
    )
    subject = _subject(doc[2])
    assert subject is not None and subject.text == "Weiss"


def test_of_two_subjects_round_a_parenthetical_cue_the_one_after_it_speaks() -> None:
    # "The strike, said the governor, was the worst." with both nouns subjects of "said"
    doc = build(
        [
            ("The", "the", 1, "det", "DET", True),
            ("strike", "strike", 3, "nsubj", "NOUN", False),
            (",", ",", 3, "punct", "PUNCT", True),
            ("said", "say", 7, "parataxis", "VERB", True),
            ("the", "the", 5, "det", "DET", True),
            ("governor", "governor", 3, "nsubj", "NOUN", False),
            (",", ",", 3, "punct", "PUNCT", True),
            ("was", "be", 7, "ROOT", "AUX", True),
            ("the", "the", 9, "det", "DET", True),
            ("worst", "bad", 7, "attr", "ADJ", False),
            (".", ".", 7, "punct", "PUNCT", False),
        ]
    )
    subject = _subject(doc[3])
    assert subject is not None and subject.text == "governor"


def test_a_stranded_speaker_after_clauses_joined_by_and() -> None:
    # "Units took the village and held the town, spokesman Ivan Petrov said." parsed with
    # "said" a third conjunct of "took" and "Petrov" in apposition to "town": the "and"
    # joins "held", so "said" is stranded and the name before it is its subject
    doc = build(
        [
            ("Units", "unit", 1, "nsubj", "NOUN", True),
            ("took", "take", 1, "ROOT", "VERB", True),
            ("the", "the", 3, "det", "DET", True),
            ("village", "village", 1, "dobj", "NOUN", True),
            ("and", "and", 1, "cc", "CCONJ", True),
            ("held", "hold", 1, "conj", "VERB", True),
            ("the", "the", 7, "det", "DET", True),
            ("town", "town", 5, "dobj", "NOUN", False),
            (",", ",", 7, "punct", "PUNCT", True),
            ("spokesman", "spokesman", 11, "compound", "NOUN", True),
            ("Ivan", "Ivan", 11, "compound", "PROPN", True),
            ("Petrov", "Petrov", 7, "appos", "PROPN", True),
            ("said", "say", 1, "conj", "VERB", False),
            (".", ".", 1, "punct", "PUNCT", False),
        ]
    )
    subject = _subject(doc[12])
    assert subject is not None and subject.text == "Petrov"


def test_the_agent_of_a_reduced_passive_cue_speaks() -> None:
    # "As reported by the governor, the enemy launched drones."
    doc = build(
        [
            ("As", "as", 1, "mark", "SCONJ", True),
            ("reported", "report", 8, "advcl", "VERB", True),
            ("by", "by", 1, "agent", "ADP", True),
            ("the", "the", 4, "det", "DET", True),
            ("governor", "governor", 2, "pobj", "NOUN", False),
            (",", ",", 8, "punct", "PUNCT", True),
            ("the", "the", 7, "det", "DET", True),
            ("enemy", "enemy", 8, "nsubj", "NOUN", True),
            ("launched", "launch", 8, "ROOT", "VERB", True),
            ("drones", "drone", 8, "dobj", "NOUN", False),
            (".", ".", 8, "punct", "PUNCT", False),
        ],
        tags={1: "VBN"},
    )
    subject = _subject(doc[1])
    assert subject is not None and subject.text == "governor"
