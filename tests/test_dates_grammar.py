"""Which way a bare weekday points, read off the parse (issue 5 follow-up, faults 1 and 2).

* A present or future-planning verb looks ahead ("the ministers meet Monday", "talks resume on
  Tuesday", "is due to visit on Thursday"); a past one stays back ("met Monday", "said on
  Tuesday").
* "for Friday" looks ahead when the verb that sets the day governs it ("announced a strike for
  Friday") or the clause is not past, and not when the scheduled thing is only the subject of a
  past clause ("the strike called for Friday paralysed the capital").

Rule tests build the parse by hand (``word/lemma/TAG/POS/dep/head``); integration tests run the
model. Publication date: Wednesday 18 May 2022. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import extensions
from newsgraph.stages import dates
from newsgraph.stages.dates_grammar import ParseGrammar, verb_tense
from newsgraph.timex import recognize

WEDNESDAY = dt.date(2022, 5, 18)
LAST = {"Monday": "2022-05-16", "Tuesday": "2022-05-17", "Thursday": "2022-05-12"}
NEXT = {"Monday": "2022-05-23", "Tuesday": "2022-05-24", "Thursday": "2022-05-19"}
LAST_FRIDAY, NEXT_FRIDAY = "2022-05-13", "2022-05-20"

_VOCAB = spacy.blank("en").vocab


def _doc(spec: str) -> Doc:
    """A parsed ``Doc`` from ``word/lemma/TAG/POS/dep/head`` items (the root heads itself)."""
    extensions.register()
    fields = [item.split("/") for item in spec.split()]
    words = [f[0] for f in fields]
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[f[1] for f in fields],
        tags=[f[2] for f in fields],
        pos=[f[3] for f in fields],
        deps=[f[4] for f in fields],
        heads=[int(f[5]) for f in fields],
    )


def _weekday(doc: Doc, published: dt.date = WEDNESDAY) -> str | None:
    doc._.published = published
    found = [t for t in dates.find(doc) if t.type == "DATE"]
    assert len(found) == 1, found
    return found[0].value


MEET = (
    "The/the/DT/DET/det/1 ministers/minister/NNS/NOUN/nsubj/2 {verb}/NNP/NNP/PROPN/npadvmod/2 "
    "./././PUNCT/punct/2"
)


def test_present_verb_looks_ahead_past_verb_stays_back() -> None:
    present = MEET.replace("{verb}", "meet/meet/VBP/VERB/ROOT/2 Monday")
    past = MEET.replace("{verb}", "met/meet/VBD/VERB/ROOT/2 Monday")
    assert _weekday(_doc(present)) == NEXT["Monday"]
    assert _weekday(_doc(past)) == LAST["Monday"]


def test_present_on_the_publication_weekday_is_today() -> None:
    spec = MEET.replace("{verb}", "meet/meet/VBP/VERB/ROOT/2 Wednesday")
    assert _weekday(_doc(spec)) == "2022-05-18"


@pytest.mark.parametrize(
    ("spec", "tense"),
    [
        ("talks/talk/NNS/NOUN/nsubj/1 resume/resume/VBP/VERB/ROOT/1", "present"),
        ("talks/talk/NNS/NOUN/nsubj/1 resumed/resume/VBD/VERB/ROOT/1", "past"),
        (
            "talks/talk/NNS/NOUN/nsubj/2 will/will/MD/AUX/aux/2 resume/resume/VB/VERB/ROOT/2",
            "future",
        ),
        (
            "talks/talk/NNS/NOUN/nsubj/2 may/may/MD/AUX/aux/2 resume/resume/VB/VERB/ROOT/2",
            "present",
        ),
        (
            "talks/talk/NNS/NOUN/nsubj/2 are/be/VBP/AUX/aux/2 resuming/resume/VBG/VERB/ROOT/2",
            "present",
        ),
        (
            "talks/talk/NNS/NOUN/nsubj/2 have/have/VBP/AUX/aux/2 resumed/resume/VBN/VERB/ROOT/2",
            "past",
        ),
        ("talks/talk/NNS/NOUN/nsubj/2 did/do/VBD/AUX/aux/2 resume/resume/VB/VERB/ROOT/2", "past"),
        ("to/to/TO/PART/aux/1 resume/resume/VB/VERB/ROOT/1", "infinitive"),
        ("the/the/DT/DET/det/1 deal/deal/NN/NOUN/ROOT/1 signed/sign/VBN/VERB/acl/1", "participle"),
    ],
)
def test_verb_tense_from_tag_and_auxiliaries(spec: str, tense: str) -> None:
    doc = _doc(spec)
    verb = next(t for t in doc if t.lemma_ in ("resume", "sign"))
    assert verb_tense(verb) == tense


def test_saying_verb_in_the_present_gives_no_answer() -> None:
    # "the ministry says Monday ...": headline style for a past report, left to the word window
    doc = _doc(
        "The/the/DT/DET/det/1 ministry/ministry/NN/NOUN/nsubj/2 says/say/VBZ/VERB/ROOT/2 "
        "Monday/Monday/NNP/PROPN/npadvmod/2"
    )
    start = doc.text.index("Monday")
    assert ParseGrammar(doc).tense(start, start + 6) is None


def test_possessive_weekday_is_not_the_clause_time() -> None:
    # "Friday's purchases" dates the purchases, not the present "is"
    doc = _doc(
        "The/the/DT/DET/det/1 share/share/NN/NOUN/nsubj/2 is/be/VBZ/AUX/ROOT/2 "
        "low/low/JJ/ADJ/acomp/2 "
        "before/before/IN/ADP/prep/2 Friday/Friday/NNP/PROPN/poss/7 's/'s/POS/PART/case/5 "
        "purchases/purchase/NNS/NOUN/pobj/4"
    )
    start = doc.text.index("Friday")
    assert ParseGrammar(doc).tense(start, start + 6) is None


FOR_FRIDAY_PAST = (
    "The/the/DT/DET/det/2 general/general/JJ/ADJ/amod/2 strike/strike/NN/NOUN/nsubj/6 "
    "called/call/VBN/VERB/acl/2 for/for/IN/ADP/prep/3 Friday/Friday/NNP/PROPN/pobj/4 "
    "paralysed/paralyse/VBD/VERB/ROOT/6 the/the/DT/DET/det/8 capital/capital/NN/NOUN/dobj/6 "
    "./././PUNCT/punct/6"
)


def test_for_friday_in_the_subject_of_a_past_clause_stays_back() -> None:
    assert _weekday(_doc(FOR_FRIDAY_PAST)) == LAST_FRIDAY
    present = FOR_FRIDAY_PAST.replace("paralysed/paralyse/VBD", "paralyses/paralyse/VBZ")
    assert _weekday(_doc(present)) == NEXT_FRIDAY


def test_for_friday_on_the_announcing_verb_looks_ahead_whatever_its_tense() -> None:
    doc = _doc(
        "Unions/union/NNS/NOUN/nsubj/1 called/call/VBD/VERB/ROOT/1 a/a/DT/DET/det/3 "
        "strike/strike/NN/NOUN/dobj/1 for/for/IN/ADP/prep/1 Friday/Friday/NNP/PROPN/pobj/4 "
        "./././PUNCT/punct/1"
    )
    assert _weekday(doc) == NEXT_FRIDAY


def test_for_friday_without_a_parse_reads_the_verb_after_it() -> None:
    past = recognize("The general strike called for Friday paralysed the capital.", WEDNESDAY)
    ahead = recognize("Unions announced a general strike for Friday.", WEDNESDAY)
    assert [f.resolution.value for f in past] == [LAST_FRIDAY]
    assert [f.resolution.value for f in ahead] == [NEXT_FRIDAY]


def test_a_bare_tokenisation_keeps_the_word_window() -> None:
    # no parse: "meet" cannot be told from a noun, the past default stays
    doc = spacy.blank("en").make_doc("The ministers meet Monday.")
    extensions.register()
    assert _weekday(doc) == LAST["Monday"]


def _model_values(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.published = WEDNESDAY
    doc = nlp(doc)
    return {t.text: t.value for t in doc._.dates}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("The ministers meet Monday to discuss fuel supplies.", "Monday", NEXT["Monday"]),
        ("Peace talks resume on Tuesday in Istanbul.", "Tuesday", NEXT["Tuesday"]),
        ("The court is expected to rule on Friday.", "Friday", NEXT_FRIDAY),
        ("The chancellor is due to visit Kyiv on Thursday.", "Thursday", NEXT["Thursday"]),
        ("Officials said the two leaders meet Monday.", "Monday", NEXT["Monday"]),
        ("The ministers met Monday to discuss fuel supplies.", "Monday", LAST["Monday"]),
        ("The spokesman said on Tuesday that talks had failed.", "Tuesday", LAST["Tuesday"]),
        ("The ceasefire signed on Monday will take effect next month.", "Monday", LAST["Monday"]),
        ("The general strike called for Friday paralysed the capital.", "Friday", LAST_FRIDAY),
        ("Unions announced a general strike for Friday.", "Friday", NEXT_FRIDAY),
    ],
)
def test_weekday_direction_with_the_model(nlp: Language, text: str, day: str, value: str) -> None:
    assert _model_values(nlp, text)[day] == value
