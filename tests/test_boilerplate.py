"""Boilerplate rules: line classification without a model, teasers with a hand-built Doc."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph import extensions
from newsgraph.stages.boilerplate import classify_line, find


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Read also: Five things to know about the offensive", "promo"),
        ("READ MORE: How the front line moved this winter", "promo"),
        ("Tip: Follow all developments in our live ticker", "promo"),
        ("Sign up for our daily briefing newsletter", "promo"),
        ("» Also read: Kharkiv after the blackout", "promo"),
        ("Photo: Ivan Petrenko/Reuters", "credit"),
        ("Reporting by Olena Harmash; Editing by Mark Heinrich", "credit"),
        ("© Steppe Post 2024", "credit"),
        ("Firefighters at the site of the strike in Odesa. (Photo: AFP)", "caption"),
        ("A destroyed bridge near Izium / Reuters", "caption"),
        ("By Anna Smith and Petro Koval", "byline"),
        ("By Maria Lopez, Kyiv", "byline"),
        ("A report by Jana Weber and Ivo Marek", "byline"),
        ("Medics load a stretcher into an ambulance. Photograph: Ana Ruiz/The Courier", "caption"),
        ("Photograph: Ana Ruiz/The Courier", "credit"),
        ("jbm/dk/rl", "credit"),
        ("(with material from dpa and AFP)", "credit"),
        ("19.05 GMT", "dateline"),
        ("6.42pm", "dateline"),
        ("Updated at 19.12 GMT", "dateline"),
        ("04.03.2026 08:47", "dateline"),
        ("Author: Oksana Melnyk", "byline"),
        ("Follow TASS on Telegram for the latest news from the front", "promo"),
        ("Updated: March 14, 2026, 17:42 GMT", "dateline"),
        ("kd-ab/sba/cw", "credit"),
        (
            "Smoke rises over the village after a strike on Saturday. (AP Photo/Ali Haidar)",
            "caption",
        ),
        (
            "Displaced people queue for water in Djibo in a file photo taken in 2023. (AFP/File)",
            "caption",
        ),
        ("By Rūta Žemaitytė", "byline"),
        ("Reuters contributed to this report.", "credit"),
        ("Staff writer Ana Ortiz contributed reporting.", "credit"),
        ("Published in The Lahore Ledger, March 3rd, 2027", "credit"),
        ("Translated and edited by the Baltic Desk from a radio report.", "credit"),
        ("(BalticWire) kż/mb", "credit"),
        ("Lorries queue at the crossing on Monday. — Photo by writer", "caption"),
    ],
)
def test_marked_lines_are_boilerplate(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The army did not confirm the report.",
        "By nightfall the troops had withdrawn from the village, officials said.",
        "Photographers were not allowed near the front line.",
        "Readers also asked how long the blackout would last.",
        "Subscribers to the channel shared the video on Monday.",
        "At 19.05 the sirens sounded again.",
        "With material from the archive, the museum rebuilt the hall.",
        "Follow the money on Telegram, investigators advised.",
        "Authors of the report were not named.",
    ],
)
def test_story_lines_that_look_similar_are_kept(line: str) -> None:
    assert classify_line(line) is None


def _doc(text: str, verbs: set[str]) -> Doc:
    """A Doc with just enough POS tags for the teaser rule (no model)."""
    extensions.register()
    words = text.replace("\n", " \n ").split(" ")
    words = [w for w in words if w != ""]
    spaces = [True] * len(words)
    for i, w in enumerate(words):
        if w == "\n" or (i + 1 < len(words) and words[i + 1] == "\n"):
            spaces[i] = False
    spaces[-1] = False
    pos = ["VERB" if w in verbs else ("SPACE" if w == "\n" else "NOUN") for w in words]
    tags = ["VBZ" if w in verbs else ("_SP" if w == "\n" else "NN") for w in words]
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos, tags=tags)


def test_standalone_headline_mid_body_is_a_teaser_but_title_and_sentences_are_not() -> None:
    text = (
        "Army says troops reach border\n\n"
        "Troops reached the border on Monday , officials said .\n\n"
        "Russia claims capture of village near Bakhmut\n\n"
        "The claim could not be verified .\n\n"
        "Heavy fighting\n\n"
        "Fighting continued overnight ."
    )
    doc = _doc(text, {"says", "reach", "reached", "said", "claims", "continued"})
    assert doc.text == text
    found = find(doc)
    assert [(b.kind, b.text) for b in found] == [
        ("teaser", "Russia claims capture of village near Bakhmut")
    ]


def test_dateline_is_flagged_only_up_to_the_dash() -> None:
    text = "KYIV, March 5 (Reuters) - Ukrainian troops reached the border , officials said ."
    doc = _doc(text, {"reached", "said"})
    (dateline,) = find(doc)
    assert dateline.kind == "dateline"
    assert dateline.text == "KYIV, March 5 (Reuters) -"
    assert text[dateline.start : dateline.end] == dateline.text


def test_dateline_with_a_country_in_brackets() -> None:
    text = "Bunia (DR Congo) (AFP) - Aid trucks reached the camp on Friday , officials said ."
    (dateline,) = find(_doc(text, {"reached", "said"}))
    assert (dateline.kind, dateline.text) == ("dateline", "Bunia (DR Congo) (AFP) -")


@pytest.mark.parametrize(
    "dateline",
    ["BEIRUT/AMMAN, July 20 (Reuters) -", "Gdansk, Dec. 15 (BalticWire) -"],
)
def test_dateline_with_two_places_or_a_capitalised_agency(dateline: str) -> None:
    text = dateline + " Aid trucks reached the camp on Friday , officials said ."
    (found,) = find(_doc(text, {"reached", "said"}))
    assert (found.kind, found.text) == ("dateline", dateline)


@pytest.mark.parametrize(
    "dateline", ["QUETTA:", "TBILISI, March 2 (Ekho) –", "TIJUANA, B.C. (La Frontera).–"]
)
def test_datelines_with_a_colon_a_title_case_agency_or_a_full_stop(dateline: str) -> None:
    text = dateline + " Aid trucks reached the camp on Friday , officials said ."
    (found,) = find(_doc(text, {"reached", "said"}))
    assert (found.kind, found.text) == ("dateline", dateline)


def test_a_headline_speaker_before_a_colon_is_no_dateline() -> None:
    assert find(_doc("PCG: ships fired water cannon at a vessel", {"fired"})) == []


def test_a_name_and_outlet_under_the_title_is_a_byline() -> None:
    text = (
        "Cable cut in the Gulf\n\nElina Mäkelä | Nordvisio News\n\nPolice said the anchor dragged ."
    )
    found = find(_doc(text, {"said", "dragged", "cut"}))
    assert [(b.kind, b.text) for b in found] == [("byline", "Elina Mäkelä | Nordvisio News")]


def test_british_byline_under_the_title_but_not_a_title_or_story_line() -> None:
    text = (
        "Floods Return to Kherson\n\n"
        "Tom Hale and Mira Patel in Kherson\n\n"
        "The water rose overnight , officials said .\n\n"
        "Schools in Kherson\n\n"
        "Classes moved online ."
    )
    found = find(_doc(text, {"rose", "said", "moved", "Return"}))
    assert [(b.kind, b.text) for b in found] == [("byline", "Tom Hale and Mira Patel in Kherson")]


def test_headline_with_colon_is_not_a_dateline_but_dash_datelines_are() -> None:
    title = "Kherson: shelling forces new evacuations\n\nGENEVA – Talks resumed on Monday ."
    found = find(_doc(title, {"forces", "resumed"}))
    assert [(b.kind, b.text) for b in found] == [("dateline", "GENEVA –")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Photo: A street in central Kyiv during a blackout. (AP Photo/Oleksandr Hrebin)",
            "caption",
        ),
        ("Photo: Reuters/Stringer", "credit"),
        ("(Reporting by Dmytro Hrytsenko; Editing by Paul Sanders)", "credit"),
        ("Also interesting: Why the ports are working again", "promo"),
    ],
)
def test_described_pictures_are_captions_bare_credits_are_credits(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_hard_wrapped_paragraph_lines_are_not_teasers() -> None:
    text = (
        "Army says troops reach border\n\n"
        "Troops reached the border on Monday and the army says it holds the bridge ,\n"
        "officials said . The commander of the brigade says his soldiers hold\n"
        "Kupiansk and the road .\n\n"
        "Russia claims capture of village near Bakhmut\n\n"
        "The claim could not be verified .\n\n"
        "Fighting continued overnight ."
    )
    verbs = {"says", "reach", "reached", "holds", "hold", "said", "claims", "continued"}
    found = find(_doc(text, verbs))
    assert [b.text for b in found] == ["Russia claims capture of village near Bakhmut"]


def test_one_line_paragraphs_need_only_line_breaks() -> None:
    text = (
        "Army says troops reach border\n"
        "Troops reached the border on Monday , officials said .\n"
        "Russia claims capture of village near Bakhmut\n"
        "The claim could not be verified ."
    )
    found = find(_doc(text, {"says", "reach", "reached", "said", "claims"}))
    assert [b.text for b in found] == ["Russia claims capture of village near Bakhmut"]


def test_live_blog_shifts_stamps_and_entry_headlines() -> None:
    """A live blog: the shift byline under the title and the time stamps are boilerplate; the
    headline under a stamp is the entry's own, not a teaser of another article."""
    text = (
        "Ukraine war live : drones hit Odesa port\n\n"
        "Tom Hale (now) and Mira Patel (earlier)\n\n"
        "18.42 GMT\n\n"
        "Second freighter burns in Odesa port\n\n"
        "The fire spread overnight , officials said .\n\n"
        "Grain exporters count the cost of the strikes\n\n"
        "Insurers raised their rates ."
    )
    found = find(_doc(text, {"hit", "burns", "spread", "said", "count", "raised"}))
    assert [(b.kind, b.text) for b in found] == [
        ("byline", "Tom Hale (now) and Mira Patel (earlier)"),
        ("dateline", "18.42 GMT"),
        ("teaser", "Grain exporters count the cost of the strikes"),
    ]


def test_a_dateline_naming_two_places() -> None:
    text = "Odessa/Kyiv – Russia attacked the port again , the governor said ."
    (dateline,) = find(_doc(text, {"attacked", "said"}))
    assert (dateline.kind, dateline.text) == ("dateline", "Odessa/Kyiv –")


def test_a_state_agency_dateline_with_slashes() -> None:
    text = "MOSCOW, February 14. /TASS/. Units reached the village , the ministry said ."
    (dateline,) = find(_doc(text, {"reached", "said"}))
    assert (dateline.kind, dateline.text) == ("dateline", "MOSCOW, February 14. /TASS/.")


def test_a_dateline_under_an_update_stamp_and_a_byline() -> None:
    text = (
        "Strikes kill 14 in southern Lebanon\n\n"
        "Updated: March 14, 2026, 17:42 GMT\n\n"
        "By Salma Haddad\n\n"
        "BEIRUT (AP) — Israeli strikes killed 14 people , the ministry said ."
    )
    found = find(_doc(text, {"kill", "killed", "said"}))
    assert [(b.kind, b.text) for b in found] == [
        ("dateline", "Updated: March 14, 2026, 17:42 GMT"),
        ("byline", "By Salma Haddad"),
        ("dateline", "BEIRUT (AP) —"),
    ]


def test_a_dateline_with_an_accented_capital_and_a_small_agency() -> None:
    text = "BOGOTÁ, March 24 (EFE) – Fighting displaced 4,000 people , the office said ."
    (dateline,) = find(_doc(text, {"displaced", "said"}))
    assert (dateline.kind, dateline.text) == ("dateline", "BOGOTÁ, March 24 (EFE) –")


def test_a_caption_closed_by_an_agency_photographer() -> None:
    line = "Families rest in the sports hall of Tibú on Monday. EFE/Carlos Ortega"
    assert classify_line(line) == "caption"
    assert classify_line("The talks resumed in Geneva on Monday. Officials said little.") is None


def test_a_translation_note_is_a_credit() -> None:
    assert classify_line("(Translation: EFE English service)") == "credit"


def test_a_caption_closed_by_a_handout_credit() -> None:
    line = (
        "A coast guard vessel sails near Kinmen, June 9, 2026. Taiwan Coast Guard "
        "Administration/Handout via REUTERS"
    )
    assert classify_line(line) == "caption"


def test_an_indian_agency_dateline_closed_by_a_colon() -> None:
    text = "SRINAGAR, May 8 (PTI): Two soldiers were injured , the Army said ."
    (dateline,) = find(_doc(text, {"injured", "said"}))
    assert (dateline.kind, dateline.text) == ("dateline", "SRINAGAR, May 8 (PTI):")
    assert find(_doc("Colombia: more than 4,000 displaced by fighting", {"displaced"})) == []


def test_a_hyphenated_city_dateline() -> None:
    text = "Port-au-Prince (HIP) – Gangs set fire to houses , the police said ."
    (dateline,) = find(_doc(text, {"set", "said"}))
    assert dateline.text == "Port-au-Prince (HIP) –"


def test_series_notes_inputs_and_translations_are_boilerplate() -> None:
    assert classify_line('This article is part of our series "Forgotten Wars".') == "promo"
    assert classify_line("(With inputs from agencies)") == "credit"
    assert classify_line("(Translated from French by the HIP English desk)") == "credit"
