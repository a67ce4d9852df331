"""The channel of an attribution, read from the cue's sentence outside the quoted words."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.stages.quote_channel import find_channel

NLP = spacy.blank("en")


def channel(
    text: str, masked: list[tuple[int, int]] | None = None, orgs: tuple[str, ...] = ()
) -> str | None:
    doc: Doc = NLP(text)
    ents = []
    for name in orgs:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label="ORG")
        assert span is not None
        ents.append(span)
    doc.ents = ents
    return find_channel(doc, text, (0, len(text)), masked or [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We hold,” a soldier told Reuters.", "Reuters"),
        ("He told the BBC that the line held.", "BBC"),
        (
            "In an interview with The Kyiv Independent, Keller said it would last.",
            "Kyiv Independent",
        ),
        ("Keller said in an interview that it would last.", "interview"),
        ("Zelensky wrote on Telegram that four people died.", "Telegram"),
        ("The ministry said in a statement that talks would resume.", "statement"),
        ("“We are ready,” Peskov said at a press conference.", "press conference"),
        ("Officials said at a briefing that it was calm.", "briefing"),
        ("Keller said the front was calm.", None),
        ("He told reporters the front was stable.", None),
        ("“Crews are on site,” Fedorov wrote on Telegram.", "Telegram"),
        ("A source told the German news agency dpa that talks had stalled.", "dpa"),
        ("He told the broadcaster NHK that the talks had stalled.", "NHK"),
        ("He told the news agency on Monday that the talks had stalled.", None),
        ("Zelensky said in a televised address that the grid would hold.", "televised address"),
        ("The mayor said in a speech that schools would reopen.", "speech"),
        (
            "The mayor, quoted by the local news site Zaporizhzhia Today, said schools would "
            "switch to online lessons.",
            "Zaporizhzhia Today",
        ),
    ],
)
def test_channel_phrases(text: str, expected: str | None) -> None:
    assert channel(text) == expected


def test_the_news_agency_is_the_agency_named_earlier() -> None:
    text = (
        "Ukrinform News Agency reported shelling. “It was loud,” a resident told the news agency."
    )
    assert channel(text, orgs=("Ukrinform News Agency",)) == "Ukrinform News Agency"


def test_the_news_agency_with_none_named_is_unknown() -> None:
    assert channel("“It was loud,” a resident told the news agency.") is None


def test_a_channel_inside_the_quotation_is_not_the_channel() -> None:
    text = "“I read it on Telegram,” Keller said."
    assert channel(text, masked=[(0, text.index(" Keller"))]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role pattern ignores case: a capitalised or shouted verb still counts
        ("He TOLD the broadcaster NHK that the talks had stalled.", "NHK"),
        ("Told the broadcaster NHK that, he left.", "NHK"),
        # letters that match ASCII ones only case-insensitively (dotted İ, dotless ı, long ſ,
        # the Kelvin sign) are not in the lower-cased sentence: the pattern must still run
        ("He \u017fpoke to the broadcaster NHK on Monday.", "NHK"),
        ("He TELL\u0130NG the broadcaster NHK, no.", "NHK"),
        ("“We hold,” a soldier said, speaking to the broadcaster NHK.", "NHK"),
        ("Nobody tweeted.", "Twitter"),
    ],
)
def test_channel_words_in_any_case(text: str, expected: str | None) -> None:
    assert channel(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister posted on X that the talks had stalled.", "X"),
        ("The minister posted on TELEGRAM that the talks had stalled.", "TELEGRAM"),
        ("The ministry said it via Telegram.", "Telegram"),
        ("The minister posted on x that the talks had stalled.", None),
        ("The minister relied on Signals that the talks had stalled.", None),
    ],
)
def test_channel_platforms_in_any_case(text: str, expected: str | None) -> None:
    assert channel(text) == expected
