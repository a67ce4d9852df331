"""Hedge cue detection: context rules on hand-built parses, then on the model's parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluation.factbank import GoldCue, keyword_baseline, score_sentence
from newsgraph.stages.hedges import find_cues, find_hedges

#: a vocabulary with English lexical attributes (lower-case forms), unlike a bare Vocab()
VOCAB = spacy.blank("en").vocab


def _doc(
    words: list[str],
    pos: list[str],
    tags: list[str],
    deps: list[str],
    heads: list[int],
    lemmas: list[str] | None = None,
) -> Doc:
    return Doc(
        VOCAB,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        lemmas=lemmas or [w.lower() for w in words],
    )


def test_modal_may_is_a_cue_but_the_month_is_not() -> None:
    modal = _doc(
        ["Troops", "may", "withdraw"],
        ["NOUN", "AUX", "VERB"],
        ["NNS", "MD", "VB"],
        ["nsubj", "aux", "ROOT"],
        [2, 2, 2],
    )
    month = _doc(
        ["Talks", "began", "in", "May"],
        ["NOUN", "VERB", "ADP", "PROPN"],
        ["NNS", "VBD", "IN", "NNP"],
        ["nsubj", "ROOT", "prep", "pobj"],
        [1, 1, 1, 2],
    )
    assert [(h.text, h.kind) for h in find_hedges(modal)] == [("may", "speculation")]
    assert find_hedges(month) == []


def test_negated_could_is_ability_not_possibility() -> None:
    doc = _doc(
        ["He", "could", "not", "comment"],
        ["PRON", "AUX", "PART", "VERB"],
        ["PRP", "MD", "RB", "VB"],
        ["nsubj", "aux", "neg", "ROOT"],
        [3, 3, 3, 3],
    )
    assert find_hedges(doc) == []


def test_until_before_a_clause_is_conditional_but_not_before_a_date() -> None:
    clause = _doc(
        ["Fighting", "continues", "until", "troops", "withdraw"],
        ["NOUN", "VERB", "SCONJ", "NOUN", "VERB"],
        ["NN", "VBZ", "IN", "NNS", "VBP"],
        ["nsubj", "ROOT", "mark", "nsubj", "advcl"],
        [1, 1, 4, 4, 1],
    )
    date = _doc(
        ["Fighting", "continued", "until", "Friday"],
        ["NOUN", "VERB", "ADP", "PROPN"],
        ["NN", "VBD", "IN", "NNP"],
        ["nsubj", "ROOT", "prep", "pobj"],
        [1, 1, 1, 2],
    )
    assert [(h.text, h.kind) for h in find_hedges(clause)] == [("until", "conditional")]
    assert find_hedges(date) == []


def test_believe_hedges_a_proposition_not_a_person() -> None:
    proposition = _doc(
        ["Analysts", "believe", "talks", "failed"],
        ["NOUN", "VERB", "NOUN", "VERB"],
        ["NNS", "VBP", "NNS", "VBD"],
        ["nsubj", "ROOT", "nsubj", "ccomp"],
        [1, 1, 3, 1],
    )
    person = _doc(
        ["Nobody", "believes", "him"],
        ["PRON", "VERB", "PRON"],
        ["NN", "VBZ", "PRP"],
        ["nsubj", "ROOT", "dobj"],
        [1, 1, 1],
    )
    assert [h.text for h in find_hedges(proposition)] == ["believe"]
    assert find_hedges(person) == []


def test_would_after_said_reports_a_plan_but_with_if_is_conditional() -> None:
    reported = _doc(
        ["He", "said", "Kyiv", "would", "pay"],
        ["PRON", "VERB", "PROPN", "AUX", "VERB"],
        ["PRP", "VBD", "NNP", "MD", "VB"],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
        [1, 1, 4, 4, 1],
        ["he", "say", "kyiv", "would", "pay"],
    )
    conditional = _doc(
        ["He", "said", "Kyiv", "would", "pay", "if", "asked"],
        ["PRON", "VERB", "PROPN", "AUX", "VERB", "SCONJ", "VERB"],
        ["PRP", "VBD", "NNP", "MD", "VB", "IN", "VBN"],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "advcl"],
        [1, 1, 4, 4, 1, 6, 4],
        ["he", "say", "kyiv", "would", "pay", "if", "ask"],
    )
    assert find_hedges(reported) == []
    assert [h.text for h in find_hedges(conditional)] == ["would", "if"]


def test_phrase_cues_cover_their_words_once() -> None:
    words = ["If", "the", "footage", "is", "to", "be", "believed", ",", "troops", "advanced"]
    doc = Doc(VOCAB, words=words, spaces=[True] * 6 + [False, True, True, False])
    cues = find_hedges(doc)
    assert [(h.text, h.kind) for h in cues] == [("If the footage is to be believed", "evidential")]


def test_attribution_markers_can_be_left_out() -> None:
    words = ["According", "to", "the", "ministry", ",", "12", "drones", "were", "shot", "down"]
    doc = Doc(VOCAB, words=words)
    assert [h.text for h in find_hedges(doc)] == ["According to"]
    assert find_hedges(doc, include_attribution=False) == []
    assert find_cues(doc)[0].attribution


def test_overlap_scoring_matches_one_to_one() -> None:
    gold = [GoldCue(0, 3, "may", "speculation_modal_probable_")]
    score, false_pos, missed = score_sentence(gold, [(0, 3), (10, 12)])
    assert (score.tp, score.fp, score.fn, score.exact) == (1, 1, 0, 1)
    assert false_pos == [(10, 12)] and missed == []
    score, _, missed = score_sentence(gold, [])
    assert score.fn == 1 and missed == gold


def test_keyword_baseline_ignores_context() -> None:
    assert keyword_baseline(["Talks resume in May."]) == [[(16, 19)]]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops have reportedly reached the outskirts.", [("reportedly", "evidential")]),
        (
            "Footage appears to show soldiers raising a flag.",
            [("appears", "evidential")],
        ),
        ("The video could not be independently verified.", [("evidential")]),
        ("The talks will resume in May.", []),
        ("The ministry could not be reached for comment on Monday.", []),
        ("Investigators are examining whether the dam was blown up.", [("investigation")]),
        ("Shelling continued until Friday.", []),
        ("The town may fall within weeks, analysts say.", [("may", "speculation")]),
        ("If the army withdraws, the town will fall.", [("If", "conditional")]),
    ],
)
def test_cues_on_model_parses(nlp: Language, text: str, expected: list[object]) -> None:
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]):
        doc = nlp(text)
    found = find_hedges(doc)
    kinds = [h.kind for h in found]
    pairs = [(h.text, h.kind) for h in found]
    for item in expected:
        if isinstance(item, tuple):
            assert item in pairs, pairs
        else:
            assert item in kinds, pairs
    if not expected:
        assert found == [], pairs


def test_phrase_regex_finds_what_the_plain_alternation_finds() -> None:
    # the word-start check in front of the alternation is only a shortcut
    import re

    from newsgraph.lexicons.hedges import DISCLAIMER_PATTERN, PHRASES, VERIFICATION_PATTERN
    from newsgraph.stages.hedges import _phrase_regex

    phrases = sorted(PHRASES, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    plain = re.compile(
        rf"(?P<disclaimer>{DISCLAIMER_PATTERN})|(?P<verification>{VERIFICATION_PATTERN})"
        rf"|\b(?:{body})\b",
        re.IGNORECASE,
    )
    text = (
        "According to officials, it IS SAID that the claim could not be independently "
        "verified; if the footage is to be believed, it remains to be seen.\n'according to' "
        "xaccording to, raises  questions-not clear_it is believed.Cannot confirm. "
        "It was not possible to verify İt is thought Unconfirmed reports"
    )
    found = [(m.span(), m.lastgroup) for m in _phrase_regex().finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(found) >= 8


def test_phrase_regex_initials_cover_every_cue() -> None:
    # the look-ahead in front of the alternation admits only the letters cues begin with
    import re._parser as parser  # Python's own regex parser: to read each pattern's first word
    from typing import Any

    from newsgraph.lexicons.hedges import DISCLAIMER_PATTERN, PHRASES, VERIFICATION_PATTERN
    from newsgraph.stages.hedges import PATTERN_INITIALS

    def initials(items: Any) -> set[str]:
        for op, av in items:
            if op is parser.AT:  # \b: zero width, the next item begins the match
                continue
            if op is parser.LITERAL:
                return {chr(av)}
            if op is parser.SUBPATTERN:
                return initials(av[-1])
            if op is parser.BRANCH:
                return set().union(*(initials(branch) for branch in av[1]))
            raise AssertionError(f"a pattern begins with {op}: teach this test to read it")
        raise AssertionError("an empty alternative")

    found = initials(parser.parse(DISCLAIMER_PATTERN)) | initials(
        parser.parse(VERIFICATION_PATTERN)
    )
    assert found == set(PATTERN_INITIALS)
    assert all(p[:1].isalpha() for p in PHRASES)
