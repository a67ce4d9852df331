"""The places stage: recognition rules on hand-built Docs, kinds, merging, GeoJSON, CLI."""

from __future__ import annotations

import pytest
import spacy
import typer
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from newsgraph import extensions
from newsgraph.cli_gazetteer import register
from newsgraph.gazetteer import Gazetteer, get_gazetteer
from newsgraph.geojson import to_geojson
from newsgraph.records import (
    Analysis,
    Boilerplate,
    Event,
    Meta,
    Offsets,
    Place,
    PlaceMention,
    TextSpan,
)
from newsgraph.stages.place_kinds import is_metonymic
from newsgraph.stages.place_recognize import find_mentions
from newsgraph.stages.places import find, to_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


@pytest.fixture(scope="module")
def blank() -> Language:
    extensions.register()
    return spacy.blank("en")


def _doc(blank: Language, words: list[str], pos: list[str], ents: list[str], **kw: list) -> Doc:
    return Doc(blank.vocab, words=words, pos=pos, ents=ents, **kw)


def _clause(blank: Language, words: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    """A three-word clause parsed as subject, verb, object ("Moscow said no")."""
    return Doc(
        blank.vocab,
        words=words,
        pos=pos,
        deps=["nsubj", "ROOT", "dobj"],
        heads=[1, 1, 1],
        lemmas=lemmas,
    )


def test_org_tagged_town_after_locative_is_a_place(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["Shelling", "continued", "near", "Kupiansk", "."],
        ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["O", "O", "O", "B-ORG", "O"],
    )
    [mention] = find_mentions(doc, gaz)
    assert (mention.text, mention.kind) == ("Kupiansk", "literal")


def test_org_tagged_small_town_without_context_is_not_a_place(
    blank: Language, gaz: Gazetteer
) -> None:
    # "Mobile" is a city, but an ORG span with no locative cue is left alone
    doc = _doc(
        blank,
        ["Rocky", "Ford", "announced", "results"],
        ["PROPN", "PROPN", "VERB", "NOUN"],
        ["B-ORG", "I-ORG", "O", "O"],
    )
    assert find_mentions(doc, gaz) == []


def test_two_towns_in_one_span_are_split(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["Strikes", "hit", "Kramatorsk", "and", "Sloviansk"],
        ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN"],
        ["O", "O", "B-GPE", "I-GPE", "I-GPE"],
    )
    assert [m.text for m in find_mentions(doc, gaz)] == ["Kramatorsk", "Sloviansk"]


def test_place_inside_organisation_name_is_embedded(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["She", "teaches", "at", "the", "University", "of", "Graz", "."],
        ["PRON", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
        ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    [mention] = find_mentions(doc, gaz)
    assert (mention.text, mention.kind) == ("Graz", "embedded")


def test_demonym_links_to_country_without_city_coordinates(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["Ukrainian", "soldiers", "advanced"],
        ["ADJ", "NOUN", "VERB"],
        ["B-NORP", "O", "O"],
    )
    [place] = to_places(find(doc, gaz))
    assert place.feature == "country" and place.country == "UA"
    assert [m.kind for m in place.mentions] == ["demonym"]


def test_capital_as_subject_of_speech_verb_is_metonymic(blank: Language) -> None:
    doc = _clause(
        blank, ["Moscow", "said", "no"], ["PROPN", "VERB", "INTJ"], ["Moscow", "say", "no"]
    )
    assert is_metonymic(doc, 0)
    literal = _clause(
        blank,
        ["Troops", "entered", "Moscow"],
        ["NOUN", "VERB", "PROPN"],
        ["troop", "enter", "Moscow"],
    )
    assert not is_metonymic(literal, 2)


def test_country_as_agent_is_metonymic_but_not_where_it_lies(blank: Language) -> None:
    acting = _clause(
        blank,
        ["Ukraine", "imported", "grain"],
        ["PROPN", "VERB", "NOUN"],
        ["Ukraine", "import", "grain"],
    )
    lying = _clause(
        blank,
        ["Ukraine", "borders", "Poland"],
        ["PROPN", "VERB", "PROPN"],
        ["Ukraine", "border", "Poland"],
    )
    assert is_metonymic(acting, 0, country=True)
    assert not is_metonymic(acting, 0, country=False)  # a city importing is not tested
    assert not is_metonymic(lying, 0, country=True)


def test_possessive_of_actor_noun_is_metonymic(blank: Language) -> None:
    doc = Doc(
        blank.vocab,
        words=["Kyiv", "'s", "objections", "grew"],
        pos=["PROPN", "PART", "NOUN", "VERB"],
        deps=["poss", "case", "nsubj", "ROOT"],
        heads=[2, 0, 3, 3],
        lemmas=["Kyiv", "'s", "objection", "grow"],
    )
    assert is_metonymic(doc, 0)


def test_object_of_an_actor_verb_is_metonymic(blank: Language) -> None:
    accused = _clause(
        blank,
        ["Britain", "accuses", "Russia"],
        ["PROPN", "VERB", "PROPN"],
        ["Britain", "accuse", "Russia"],
    )
    assert is_metonymic(accused, 2)
    visited = _clause(
        blank,
        ["Tourists", "visit", "Russia"],
        ["NOUN", "VERB", "PROPN"],
        ["tourist", "visit", "Russia"],
    )
    assert not is_metonymic(visited, 2, country=True)


def test_country_as_partner_or_passive_agent_is_metonymic_but_not_beside_a_border(
    blank: Language,
) -> None:
    def doc(words: list[str], lemmas: list[str], head_noun: str) -> Doc:
        # "<noun> with Russia ended"
        return Doc(
            blank.vocab,
            words=[head_noun, *words, "ended"],
            pos=["NOUN", "ADP", "PROPN", "VERB"],
            deps=["nsubj", "prep", "pobj", "ROOT"],
            heads=[3, 0, 1, 3],
            lemmas=[head_noun, *lemmas, "end"],
        )

    assert is_metonymic(doc(["with", "Russia"], ["with", "Russia"], "talks"), 2, country=True)
    assert not is_metonymic(doc(["with", "Russia"], ["with", "Russia"], "border"), 2, country=True)
    assert not is_metonymic(doc(["with", "Russia"], ["with", "Russia"], "talks"), 2)
    passive = Doc(
        blank.vocab,
        words=["Syria", "was", "invaded", "by", "Turkey"],
        pos=["PROPN", "AUX", "VERB", "ADP", "PROPN"],
        deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
        heads=[2, 2, 2, 2, 3],
        lemmas=["Syria", "be", "invade", "by", "Turkey"],
    )
    assert is_metonymic(passive, 4, country=True)
    recipient = Doc(
        blank.vocab,
        words=["They", "gave", "Russia", "a", "chance"],
        pos=["PRON", "VERB", "PROPN", "DET", "NOUN"],
        deps=["nsubj", "ROOT", "dative", "det", "dobj"],
        heads=[1, 1, 1, 4, 1],
        lemmas=["they", "give", "Russia", "a", "chance"],
    )
    assert is_metonymic(recipient, 2, country=True)


def test_conjunct_shares_the_first_conjuncts_role_but_a_dateline_does_not(
    blank: Language,
) -> None:
    joined = Doc(
        blank.vocab,
        words=["China", "and", "Russia", "hope"],
        pos=["PROPN", "CCONJ", "PROPN", "VERB"],
        deps=["nsubj", "cc", "conj", "ROOT"],
        heads=[3, 0, 0, 3],
        lemmas=["China", "and", "Russia", "hope"],
    )
    assert is_metonymic(joined, 2, country=True)
    dateline = Doc(
        blank.vocab,
        words=["KOLKATA", ",", "India", "police", "arrested", "him"],
        pos=["PROPN", "PUNCT", "PROPN", "NOUN", "VERB", "PRON"],
        deps=["nsubj", "punct", "conj", "compound", "ROOT", "dobj"],
        heads=[4, 0, 0, 4, 4, 4],
        lemmas=["KOLKATA", ",", "India", "police", "arrest", "he"],
    )
    assert not is_metonymic(dateline, 2, country=True)


def test_mentions_of_one_place_merge_and_unknown_names_stay_unresolved(
    blank: Language, gaz: Gazetteer
) -> None:
    doc = _doc(
        blank,
        ["Kyiv", "and", "Kiev", "and", "Qwxzvbnk", "town"],
        ["PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN", "NOUN"],
        ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O"],
    )
    places = to_places(find(doc, gaz))
    assert [p.id for p in places] == ["p1", "p2"]
    assert places[0].country == "UA" and len(places[0].mentions) == 2
    assert places[1].lat is None and places[1].geonameid is None and places[1].confidence == 0


def test_boilerplate_is_skipped(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["Read", "also", ":", "Kyiv"],
        ["VERB", "ADV", "PUNCT", "PROPN"],
        ["O", "O", "O", "B-GPE"],
    )
    doc._.boilerplate = (Boilerplate(0, len(doc.text), doc.text, "promo"),)
    assert find_mentions(doc, gaz) == []


def test_dateline_in_capitals_is_a_place_even_as_boilerplate(
    blank: Language, gaz: Gazetteer
) -> None:
    doc = _doc(
        blank,
        ["TORRINGTON", "—", "The", "council", "met", "."],
        ["PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        ["O", "O", "O", "O", "O", "O"],
    )
    doc._.boilerplate = (Boilerplate(0, 12, doc.text[:12], "dateline"),)
    [mention] = find_mentions(doc, gaz)
    assert mention.text == "TORRINGTON"


def test_place_followed_by_its_state_is_a_place(blank: Language, gaz: Gazetteer) -> None:
    # the model tags the town as a PERSON; ", S.D." says it is a place
    doc = _doc(
        blank,
        ["They", "came", "from", "Sioux", "Falls", ",", "S.D.", "yesterday"],
        ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "NOUN"],
        ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
    )
    assert [m.text for m in find_mentions(doc, gaz)] == ["Sioux Falls", "S.D."]


def test_state_after_the_comma_decides_the_town_against_the_articles_other_places(
    blank: Language, gaz: Gazetteer
) -> None:
    def canton(separator: str) -> tuple[str | None, str | None]:
        words = ["Officials", "of", "Detroit", ",", "Lansing", "and", "Michigan", "met"]
        words += ["people", "from", "Canton", separator, "Ohio", "."]
        ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]
        ents += ["B-GPE", "O"]
        doc = _doc(
            blank,
            words,
            ["PROPN" if e != "O" else "NOUN" for e in ents],
            ents,
            spaces=[i + 1 == len(words) or words[i + 1] not in ",." for i in range(len(words))],
        )
        [found] = [f for f in find(doc, gaz) if f.mention.text == "Canton"]
        assert found.candidate is not None
        return found.candidate.country, found.candidate.admin1

    assert canton(",") == ("US", "OH")  # "Canton, Ohio"
    assert canton("and") == ("US", "MI")  # "Canton and Ohio": the Michigan story decides


def test_street_names_are_not_places(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["Traffic", "on", "Memphis", "Street", "stopped"],
        ["NOUN", "ADP", "PROPN", "PROPN", "VERB"],
        ["O", "O", "B-GPE", "O", "O"],
    )
    assert find_mentions(doc, gaz) == []


def test_subject_of_said_is_a_person_not_a_place(blank: Language, gaz: Gazetteer) -> None:
    doc = Doc(
        blank.vocab,
        words=["Hopkins", "said", "it", "was", "late"],
        pos=["PROPN", "VERB", "PRON", "AUX", "ADJ"],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp"],
        heads=[1, 1, 3, 1, 3],
        lemmas=["Hopkins", "say", "it", "be", "late"],
    )
    assert find_mentions(doc, gaz) == []


def test_acronyms_are_places_only_as_country_names(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["The", "BBC", "reported", "from", "the", "UK"],
        ["DET", "PROPN", "VERB", "ADP", "DET", "PROPN"],
        ["O", "B-ORG", "O", "O", "O", "B-GPE"],
    )
    assert [m.text for m in find_mentions(doc, gaz)] == ["UK"]


def test_a_name_used_as_a_place_elsewhere_is_a_place_everywhere(
    blank: Language, gaz: Gazetteer
) -> None:
    # "Roselle" alone (a small town, no cue) is doubtful; after "in Roselle" it is a place
    words = ["Roselle", "voted", ".", "Schools", "in", "Roselle", "closed"]
    pos = ["PROPN", "VERB", "PUNCT", "NOUN", "ADP", "PROPN", "VERB"]
    doc = _doc(blank, words, pos, ["O"] * 7)
    assert [m.start for m in find_mentions(doc, gaz)] == [0, doc[5].idx]
    alone = _doc(blank, words[:3], pos[:3], ["O"] * 3)
    assert find_mentions(alone, gaz) == []


def _analysis() -> Analysis:
    place = Place(
        "p1",
        "Kyiv",
        703448,
        50.45,
        30.52,
        "city",
        "UA",
        "12",
        0.9,
        (PlaceMention(0, 4, "Kyiv", "literal"), PlaceMention(9, 13, "Kyiv", "metonymic")),
    )
    lost = Place(
        "p2",
        "Nowhere",
        None,
        None,
        None,
        "other",
        None,
        None,
        0.0,
        (PlaceMention(20, 27, "Nowhere", "literal"),),
    )
    event = Event(
        "v1",
        "Violence",
        "AIR_STRIKE",
        (),
        (),
        "p1",
        None,
        TextSpan(5, 8, "hit"),
        Offsets(0, 30),
        0.8,
    )
    meta = Meta("<text>", None, None, None, None, "en")
    return Analysis(id="a1", meta=meta, text="x" * 30, places=(place, lost), events=(event,))


def test_geojson_has_places_with_counts_and_located_events() -> None:
    collection = to_geojson([_analysis()])
    assert collection["type"] == "FeatureCollection"
    place, event = collection["features"]
    assert place["geometry"]["coordinates"] == [30.52, 50.45]
    assert place["properties"]["mentions"] == 2
    assert event["properties"]["kind"] == "event" and event["properties"]["place"] == "p1"
    assert collection["unresolved"] == 1


def test_cli_gazetteer_commands_are_documented_and_info_runs() -> None:
    app = typer.Typer()
    register(app)

    @app.command()
    def noop() -> None:
        """Placeholder so that the gazetteer group is a sub-command."""

    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    assert "places" in result.output
    help_text = runner.invoke(app, ["gazetteer", "--help"]).output
    assert "build" in help_text and "info" in help_text


@pytest.mark.model
def test_pipeline_finds_resolves_and_types_places(nlp: Language) -> None:
    text = (
        "Shelling continued near Kupiansk on Monday, the governor of the Kharkiv region said. "
        "Moscow said the strikes were a response. Ukrainian troops held positions, according "
        "to Anna Keller, a political scientist at the University of Graz."
    )
    places = {p.name: p for p in nlp(text)._.places}
    assert places["Kupyansk"].country == "UA" and places["Kupyansk"].lat is not None
    assert places["Kharkiv Oblast"].feature == "region"  # the English name, not the local one
    assert [m.kind for m in places["Moscow"].mentions] == ["metonymic"]
    assert [m.kind for m in places["Graz"].mentions] == ["embedded"]
    assert places["Ukraine"].mentions[0].kind == "demonym"


def test_currency_prefix_names_its_country(blank: Language, gaz: Gazetteer) -> None:
    doc = _doc(
        blank,
        ["It", "cost", "US$5", "million"],
        ["PRON", "VERB", "NUM", "NUM"],
        ["O", "O", "B-MONEY", "I-MONEY"],
    )
    [mention] = find_mentions(doc, gaz)
    assert (mention.text, mention.start, mention.end) == ("US", 8, 10)


def test_wire_dateline_with_agency_is_found(blank: Language, gaz: Gazetteer) -> None:
    words = ["SPRINGFIELD", ",", "Ill.", "(", "AP", ")", "—", "Lawmakers", "met"]
    spaces = [False, True, True, False, False, True, True, True, False]
    doc = Doc(blank.vocab, words=words, spaces=spaces, pos=["X"] * 9, ents=["O"] * 9)
    assert [m.text for m in find_mentions(doc, gaz)] == ["SPRINGFIELD"]


def test_name_joined_to_a_place_is_a_place(blank: Language, gaz: Gazetteer) -> None:
    words = ["Shells", "hit", "Kramatorsk", "and", "Kupiansk"]
    pos = ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN"]
    doc = _doc(blank, words, pos, ["O", "O", "B-GPE", "O", "B-ORG"])
    assert [m.text for m in find_mentions(doc, gaz)] == ["Kramatorsk", "Kupiansk"]
    alone = _doc(
        blank, ["Shells", "hit", "Kupiansk"], ["NOUN", "VERB", "PROPN"], ["O", "O", "B-ORG"]
    )
    assert find_mentions(alone, gaz) == []
