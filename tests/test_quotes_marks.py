"""Pairing quotation marks: every style, and broken typography that must cost one paragraph."""

from __future__ import annotations

import itertools

import pytest

from newsgraph.stages.quote_marks import find_quoted


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said: “It is over.” Then he left.", ["“It is over.”"]),
        ('"We stay," he said, "and we fight."', ['"We stay,"', '"and we fight."']),
        ("Le ministre a dit «Nous restons» hier.", ["«Nous restons»"]),
        ("Er sagte »Wir bleiben« und ging.", ["»Wir bleiben«"]),
        ("Er sagte „Wir bleiben“ und ging.", ["„Wir bleiben“"]),
        ("''It is fine,'' Mr. Lee said. ``Really.''", ["''It is fine,''", "``Really.''"]),
        ("She called it ‘a total disaster’ on Monday.", ["‘a total disaster’"]),
        ("She called it 'a total disaster' on Monday.", ["'a total disaster'"]),
    ],
)
def test_each_quotation_style_is_paired(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "The voters' anger didn't fade, and Trump's rally went on."
    assert quoted(text) == []


def test_nested_quote_belongs_to_the_outer_one() -> None:
    text = "\"He told me, 'Run,' and I ran,\" the witness said."
    assert quoted(text) == ["\"He told me, 'Run,' and I ran,\""]


def test_nested_curly_inside_straight() -> None:
    text = '"Outer “inner” rest," he said.'
    assert quoted(text) == ['"Outer “inner” rest,"']


def test_missing_closing_mark_stops_at_the_end_of_its_paragraph() -> None:
    text = "Keller said: “This will end badly.\n\nThe army said it held.\n\n“We hold,” he said."
    spans = find_quoted(text)
    assert [text[q.start : q.end] for q in spans] == ["“This will end badly.", "“We hold,”"]
    assert [q.closed for q in spans] == [False, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the speaker after the verb, and more story after the cue's sentence
            "“The roof fell in. After that there was only dust, said Petro, a driver who was "
            "hurt. He was taken to hospital.",
            "“The roof fell in. After that there was only dust,",
        ),
        (  # the speaker before the verb
            '"We fire one shell, they fire ten, the spokesman told reporters on Monday.',
            '"We fire one shell, they fire ten,',
        ),
        (  # no cue closes it: the paragraph's end does
            "“We fire one shell, they fire ten. Nobody said it would be easy.",
            "“We fire one shell, they fire ten. Nobody said it would be easy.",
        ),
    ],
)
def test_an_unclosed_quotation_ends_before_the_cue_that_closes_it(text: str, expected: str) -> None:
    (span,) = find_quoted(text)
    assert text[span.start : span.end] == expected and not span.closed


def test_orphan_closing_mark_does_not_shift_later_pairs() -> None:
    text = "It was over” for now. Later “a new start” came and “another” too."
    assert quoted(text) == ["“a new start”", "“another”"]


def test_straight_quote_left_open_does_not_swallow_the_article() -> None:
    text = 'He said "we will see.\nNext paragraph "with a quote" here.'
    assert quoted(text) == ['"we will see.', '"with a quote"']


def test_inner_offsets_drop_the_marks() -> None:
    text = "“Yes,” she said."
    (span,) = find_quoted(text)
    assert text[slice(*span.inner)] == "Yes,"


def test_never_raises_on_any_mix_of_marks() -> None:
    marks = ['"', "“", "”", "«", "»", "„", "'", "‘", "’", "``", "''"]
    for combo in itertools.product(marks, repeat=3):
        text = f"{combo[0]}one two{combo[1]} three {combo[2]}four\n{combo[1]}five"
        for span in find_quoted(text):
            assert 0 <= span.start < span.end <= len(text)


def test_british_single_marks_around_a_double_quoted_one_are_the_top_level() -> None:
    text = (
        "‘My neighbour keeps saying, “Go west while the road is open.” But somebody has to "
        "feed the goats,’ Mr Koval told the paper."
    )
    assert quoted(text) == [
        "‘My neighbour keeps saying, “Go west while the road is open.” But somebody has to "
        "feed the goats,’"
    ]


def test_single_marks_inside_double_ones_stay_nested_in_the_american_order() -> None:
    text = "He said “they’ll go ‘back home’ soon,” and called it ‘a done deal’ later."
    assert quoted(text) == ["“they’ll go ‘back home’ soon,”", "‘a done deal’"]


def test_unclosed_quote_ends_before_a_speaker_set_off_by_commas() -> None:
    text = (
        "“The wards are full. We operate in the corridor, a surgeon at the hospital, who "
        "asked not to be named, told Reuters on Friday. He said the generator failed."
    )
    assert quoted(text) == ["“The wards are full. We operate in the corridor,"]
    named = "“We will hold the bridge, Olena Marchuk, a volunteer medic, said on Monday."
    assert quoted(named) == ["“We will hold the bridge,"]
    plain = "“We will hold the bridge, we will hold the town, he said. Then he left."
    assert quoted(plain) == ["“We will hold the bridge, we will hold the town,"]


def test_dash_speech_in_a_paragraph_that_opens_with_a_dash() -> None:
    text = (
        "— We were sleeping, — says Halyna. — The neighbour did not come out.\n\n"
        "The town — which lies on the river — was hit.\n\n"
        "— The slab hung on the fittings, — says a rescuer."
    )
    spans = [(text[q.start : q.end], q.closed) for q in find_quoted(text)]
    assert spans == [
        ("— We were sleeping, —", True),
        ("— The neighbour did not come out.", False),
        ("— The slab hung on the fittings, —", True),
    ]
