"""Attributions marked by layout: ``Name: words`` lines and ``"…" ― Name`` lines."""

from __future__ import annotations

from newsgraph.stages.quote_lines import find_layout_attributions
from newsgraph.stages.quote_marks import find_quoted


def _lines(text: str) -> list[tuple[str, str, str]]:
    """(source, content, kind) of every layout attribution in ``text``."""
    found = find_layout_attributions(text, find_quoted(text))
    return [
        (text[a.source[0] : a.source[1]], text[a.content[0][0] : a.content[0][1]], a.kinds[0])
        for a in found
        if a.source is not None
    ]


def test_a_headline_names_its_speaker_before_a_colon() -> None:
    assert _lines("Pence: Flowers won't be at the debate.") == [
        ("Pence", "Flowers won't be at the debate", "indirect")
    ]


def test_a_transcript_line_is_direct_speech() -> None:
    assert _lines('WALLACE: "Let us start with the budget."') == [
        ("WALLACE", '"Let us start with the budget.', "direct")
    ]


def test_labels_and_places_before_a_colon_name_no_speaker() -> None:
    text = (
        "Read also: the ceasefire talks resume in Geneva\n\n"
        "Burkina Faso: dozens killed in an attack on the town of Djibo\n\n"
        "Update: the toll has risen to twelve"
    )
    assert _lines(text) == []


def test_a_quotation_signed_with_a_dash() -> None:
    text = "“We only want the shelling to stop.” ― Olena Marchenko"
    assert _lines(text) == [("Olena Marchenko", "“We only want the shelling to stop.”", "direct")]


def test_q_and_a_lines_are_turns_of_an_exchange_that_named_its_speakers() -> None:
    named = "Courier: Why now?\n\nVirtanen: Because the ice is thin this winter.\n\n"
    exchange = "Q: Was it an accident?\n\nA: It happens, but rarely over several kilometres."
    assert _lines(named + exchange)[2:] == [
        ("Q", "Was it an accident?", "direct"),
        ("A", "It happens, but rarely over several kilometres.", "direct"),
    ]
    assert _lines(exchange) == []  # who asked and who answered is never said
    faq = "The ice broke up in March.\n\nQ: Where can I read the full report online?"
    assert _lines(named + faq) == _lines(named)  # no exchange around it
