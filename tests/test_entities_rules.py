"""Rule tests of the entities stage on hand-built Docs (no model): clustering, labels, pronouns."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsgraph import extensions
from newsgraph.records import Entity
from newsgraph.stages import entities
from newsgraph.stages.entity_cluster import aliases_of, initials
from newsgraph.stages.entity_names import find_name_mentions, name_gender, title_gender
from newsgraph.stages.entity_placenames import is_place_name, is_seat_of_government
from newsgraph.stages.entity_resolve import descriptive_phrase


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    extensions.register()
    return English().vocab


def build(vocab: Vocab, rows: list[tuple[str, str, str, int, str, str]], ents: list[str]) -> Doc:
    """A parsed Doc from (word, pos, dep, head index, lemma, tag) rows and IOB entity tags."""
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        tags=[r[5] for r in rows],
        ents=ents,
    )


def keller_doc(vocab: Vocab) -> Doc:
    """Anna Keller said war . Keller added peace . He said it ."""
    rows = [
        ("Anna", "PROPN", "compound", 1, "Anna", "NNP"),
        ("Keller", "PROPN", "nsubj", 2, "Keller", "NNP"),
        ("said", "VERB", "ROOT", 2, "say", "VBD"),
        ("war", "NOUN", "dobj", 2, "war", "NN"),
        (".", "PUNCT", "punct", 2, ".", "."),
        ("Keller", "PROPN", "nsubj", 6, "Keller", "NNP"),
        ("added", "VERB", "ROOT", 6, "add", "VBD"),
        ("peace", "NOUN", "dobj", 6, "peace", "NN"),
        (".", "PUNCT", "punct", 6, ".", "."),
        ("Mark", "PROPN", "compound", 10, "Mark", "NNP"),
        ("Dobson", "PROPN", "nsubj", 11, "Dobson", "NNP"),
        ("agreed", "VERB", "ROOT", 11, "agree", "VBD"),
        (".", "PUNCT", "punct", 11, ".", "."),
        ("She", "PRON", "nsubj", 14, "she", "PRP"),
        ("said", "VERB", "ROOT", 14, "say", "VBD"),
        ("more", "ADJ", "dobj", 14, "more", "JJR"),
        (".", "PUNCT", "punct", 14, ".", "."),
    ]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 3 + ["B-ORG"] + ["O"] * 3
    ents += ["B-PERSON", "I-PERSON"] + ["O"] * 6
    return build(vocab, rows, ents)


#: character offset of "She" in :func:`keller_doc`
SHE = len("Anna Keller said war . Keller added peace . Mark Dobson agreed . ")


def test_initials_spell_the_abbreviation() -> None:
    assert initials("International Crisis Group") == "icg"
    assert initials("Institute for the Study of War") == "isw"
    assert initials("Reuters") == ""


def test_aliases_of_person_include_surname_with_particle() -> None:
    assert aliases_of("Thomas de Vries", "PERSON") >= {"thomas de vries", "vries", "de vries"}


def test_gender_from_first_name_and_title(vocab: Vocab) -> None:
    assert name_gender("Anna Keller") == "f"
    assert name_gender("Mark Dobson") == "m"
    assert name_gender("Keller") is None
    doc = Doc(vocab, words=["Mrs", "Keller", "said"])
    assert title_gender(doc, 1) == "f"
    assert title_gender(doc, 0) is None


def test_place_names_exclude_first_names() -> None:
    assert is_place_name("Kyiv")
    assert is_place_name("Kharkov")
    assert not is_place_name("Anna")  # a town in Russia, but first a woman's name
    assert not is_place_name("Savchuk")


def test_only_large_places_speak_for_a_government() -> None:
    assert is_seat_of_government("Kyiv")
    assert is_seat_of_government("Ukraine")
    assert not is_seat_of_government("Keller")  # a small town in Texas, and a surname


def test_surname_labelled_org_joins_the_person(vocab: Vocab) -> None:
    found = entities.find(keller_doc(vocab))
    keller = next(e for e in found.entities if e.name == "Anna Keller")
    assert keller.type == "PERSON"
    assert [m.text for m in keller.mentions] == ["Anna Keller", "Keller", "She"]
    assert keller.id == "e1"
    assert not any(e.name == "Keller" for e in found.entities)


def test_pronoun_agrees_in_gender_over_recency(vocab: Vocab) -> None:
    """ "She" skips the nearer Mark Dobson: Anna is a woman's name."""
    found = entities.find(keller_doc(vocab))
    by_id = {e.id: e for e in found.entities}
    she = [pair for pair in found.speakers if pair[0] == SHE]
    assert she and by_id[she[0][1]].name == "Anna Keller"


def test_resolve_speaker_adds_the_pronoun_and_remembers(vocab: Vocab) -> None:
    doc = keller_doc(vocab)
    entities.set_annotations(doc, entities.find(doc))
    assert entities.resolve_speaker(doc, 0, 11) == "e1"
    assert entities.resolve_speaker(doc, SHE, SHE + 3) == "e1"
    assert doc.user_data[entities.SPEAKERS_KEY][-1] == [SHE, "e1"]
    assert entities.resolve_speaker(doc, 5, 5) is None


def test_descriptive_phrase_stops_at_comma(vocab: Vocab) -> None:
    rows = [
        ("A", "DET", "det", 2, "a", "DT"),
        ("Ukrainian", "ADJ", "amod", 2, "ukrainian", "JJ"),
        ("soldier", "NOUN", "nsubj", 10, "soldier", "NN"),
        ("stationed", "VERB", "acl", 2, "station", "VBN"),
        ("nearby", "ADV", "advmod", 3, "nearby", "RB"),
        (",", "PUNCT", "punct", 2, ",", ","),
        ("who", "PRON", "nsubj", 7, "who", "WP"),
        ("asked", "VERB", "relcl", 2, "ask", "VBD"),
        ("anonymity", "NOUN", "dobj", 7, "anonymity", "NN"),
        (",", "PUNCT", "punct", 2, ",", ","),
        ("said", "VERB", "ROOT", 10, "say", "VBD"),
        ("so", "ADV", "advmod", 10, "so", "RB"),
    ]
    doc = build(vocab, rows, ["O"] * len(rows))
    assert descriptive_phrase(doc[2]).text == "A Ukrainian soldier stationed nearby"
    found = entities.find(doc)
    assert [(e.type, e.name) for e in found.entities] == [
        ("UNNAMED", "A Ukrainian soldier stationed nearby")
    ]


def test_records_are_entities(vocab: Vocab) -> None:
    found = entities.find(keller_doc(vocab))
    assert all(isinstance(e, Entity) for e in found.entities)
    assert [e.id for e in found.entities] == [f"e{i}" for i in range(1, len(found.entities) + 1)]


def test_regression_repeated_speaker_positions_do_not_break_pronouns(vocab: Vocab) -> None:
    """The same source resolved twice leaves two history entries at one offset; sorting them
    must not compare entities (it raised TypeError on PolNeAR dev)."""
    doc = keller_doc(vocab)
    entities.set_annotations(doc, entities.find(doc))
    # forget the stage's own resolution of "She" so that the pronoun rule runs again
    doc._.entities = tuple(
        replace(e, mentions=tuple(m for m in e.mentions if m.text != "She")) for e in doc._.entities
    )
    doc.user_data[entities.SPEAKERS_KEY] = [[0, "e1"], [0, "e2"], [0, "e1"]]
    assert entities.resolve_speaker(doc, SHE, SHE + 3) == "e1"


def test_speaking_name_labelled_gpe_is_a_person(vocab: Vocab) -> None:
    """The model's GPE label loses to a known first name on a speaking subject."""
    rows = [
        ("Olena", "PROPN", "compound", 1, "Olena", "NNP"),
        ("Savchuk", "PROPN", "nsubj", 2, "Savchuk", "NNP"),
        ("said", "VERB", "ROOT", 2, "say", "VBD"),
        ("so", "ADV", "advmod", 2, "so", "RB"),
        (".", "PUNCT", "punct", 2, ".", "."),
    ]
    doc = build(vocab, rows, ["B-GPE", "I-GPE", "O", "O", "O"])
    found = entities.find(doc)
    assert [(e.name, e.type) for e in found.entities] == [("Olena Savchuk", "PERSON")]


def test_unlabelled_surname_subject_of_reporting_verb_is_found(vocab: Vocab) -> None:
    rows = [
        ("Smith", "PROPN", "nsubj", 3, "Smith", "NNP"),
        ("from", "ADP", "prep", 0, "from", "IN"),
        ("ICG", "PROPN", "pobj", 1, "ICG", "NNP"),
        ("added", "VERB", "ROOT", 3, "add", "VBD"),
        (".", "PUNCT", "punct", 3, ".", "."),
    ]
    doc = build(vocab, rows, ["O", "O", "B-ORG", "O", "O"])
    found = entities.find(doc)
    smith = next(e for e in found.entities if e.name == "Smith")
    assert smith.type == "PERSON"
    assert smith.affiliations == ("ICG",)


def test_a_name_span_never_ends_in_a_line_break() -> None:
    """The model's entity can take in the line break after a name ("Sofia Reinholt\\n\\n")."""

    from parse_helpers import build

    doc = build(
        [
            ("Sofia", "Sofia", 1, "compound", "PROPN", True),
            ("Reinholt", "Reinholt", 1, "ROOT", "PROPN", False),
            ("\n\n", "\n\n", 1, "dep", "SPACE", False),
            ("Talks", "talk", 4, "nsubj", "NOUN", True),
            ("resumed", "resume", 4, "ROOT", "VERB", False),
            (".", ".", 4, "punct", "PUNCT", False),
        ]
    )
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    (mention,) = find_name_mentions(doc)
    assert doc[mention.start : mention.end].text == "Sofia Reinholt"


@pytest.mark.parametrize(("number", "kind"), [("58", "PERSON"), ("²", "ORG")])
def test_a_name_with_an_age_set_off_after_it_is_a_person(
    vocab: Vocab, number: str, kind: str
) -> None:
    """ "Nohora Quintero, 58, recounted …" labelled ORG, with a first name the lexicon lacks:
    the age makes it a person's. "²" is a digit to str.isdigit but no number to int(): no
    age, and no error."""
    rows = [
        ("Nohora", "PROPN", "compound", 1, "Nohora", "NNP"),
        ("Quintero", "PROPN", "nsubj", 5, "Quintero", "NNP"),
        (",", "PUNCT", "punct", 1, ",", ","),
        (number, "NUM", "appos", 1, number, "CD"),
        (",", "PUNCT", "punct", 1, ",", ","),
        ("recounted", "VERB", "ROOT", 5, "recount", "VBD"),
        ("it", "PRON", "dobj", 5, "it", "PRP"),
        (".", "PUNCT", "punct", 5, ".", "."),
    ]
    doc = build(vocab, rows, ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"])
    (named,) = [e for e in entities.find(doc).entities if e.name == "Nohora Quintero"]
    assert named.type == kind


def test_a_first_name_alone_labelled_org_is_the_person(vocab: Vocab) -> None:
    """ "Yonas says" after "Yonas Berhanu" (Ethiopians go by their first name): the lexicon
    knows the first name, which makes the lone word labelled ORG a person's."""
    rows = [
        ("Yonas", "PROPN", "compound", 1, "Yonas", "NNP"),
        ("Berhanu", "PROPN", "nsubj", 2, "Berhanu", "NNP"),
        ("disagrees", "VERB", "ROOT", 2, "disagree", "VBZ"),
        (".", "PUNCT", "punct", 2, ".", "."),
        ("Yonas", "PROPN", "nsubj", 5, "Yonas", "NNP"),
        ("says", "VERB", "ROOT", 5, "say", "VBZ"),
        ("it", "PRON", "dobj", 5, "it", "PRP"),
        (".", "PUNCT", "punct", 5, ".", "."),
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "O"]
    found = entities.find(build(vocab, rows, ents)).entities
    assert [(e.name, len(e.mentions)) for e in found] == [("Yonas Berhanu", 2)]


def test_a_name_described_as_a_network_is_no_person(vocab: Vocab) -> None:
    rows = [
        ("Fano", "PROPN", "nsubj", 5, "Fano", "NNP"),
        (",", "PUNCT", "punct", 0, ",", ","),
        ("a", "DET", "det", 3, "a", "DT"),
        ("network", "NOUN", "appos", 0, "network", "NN"),
        (",", "PUNCT", "punct", 0, ",", ","),
        ("said", "VERB", "ROOT", 5, "say", "VBD"),
        ("it", "PRON", "dobj", 5, "it", "PRP"),
        (".", "PUNCT", "punct", 5, ".", "."),
    ]
    ents = ["B-PERSON"] + ["O"] * 7
    (fano,) = [e for e in entities.find(build(vocab, rows, ents)).entities if e.name == "Fano"]
    assert fano.type == "ORG"


def test_a_first_name_taken_for_a_place_joins_the_patronymic_after_it(vocab: Vocab) -> None:
    """ "Artyom Valeryevich Lagutin" with "Artyom" labelled a place and the rest a person: a
    patronymic is never where a name starts, so the word before it is the first name."""
    rows = [
        ("Artyom", "PROPN", "compound", 2, "Artyom", "NNP"),
        ("Valeryevich", "PROPN", "compound", 2, "Valeryevich", "NNP"),
        ("Lagutin", "PROPN", "nsubj", 3, "Lagutin", "NNP"),
        ("said", "VERB", "ROOT", 3, "say", "VBD"),
        ("it", "PRON", "dobj", 3, "it", "PRP"),
        (".", "PUNCT", "punct", 3, ".", "."),
    ]
    ents = ["B-GPE", "B-PERSON", "I-PERSON", "O", "O", "O"]
    found = entities.find(build(vocab, rows, ents)).entities
    assert [e.name for e in found] == ["Artyom Valeryevich Lagutin"]


def test_a_patronymic_is_no_surname_but_first_name_and_patronymic_are_the_person() -> None:
    keys = aliases_of("Larisa Petrovna Sedova", "PERSON")
    assert "larisa petrovna" in keys
    assert "sedova" in keys
    assert "petrovna" not in keys
    assert name_gender("Zlatomira Ilyinichna Orlova") == "f"
    assert name_gender("Zlatomir Ilyich Orlov") != "f"  # "-ich" alone is no patronymic ending
    assert name_gender("Zlatomir Sergeyevich Orlov") == "m"


def test_us_before_an_unlabelled_body_is_part_of_its_name(vocab: Vocab) -> None:
    """ "U.S. Africa Command (AFRICOM) said" after a caption: the parser made "U.S." a sentence
    of its own and the recogniser labelled only the abbreviation, which still joins the body."""
    rows = [
        ("U.S.", "PROPN", "ROOT", 0, "U.S.", "NNP"),
        ("Africa", "PROPN", "compound", 2, "Africa", "NNP"),
        ("Command", "PROPN", "nsubj", 6, "Command", "NNP"),
        ("(", "PUNCT", "punct", 2, "(", "-LRB-"),
        ("AFRICOM", "PROPN", "appos", 2, "AFRICOM", "NNP"),
        (")", "PUNCT", "punct", 2, ")", "-RRB-"),
        ("said", "VERB", "ROOT", 6, "say", "VBD"),
        ("it", "PRON", "dobj", 6, "it", "PRP"),
        (".", "PUNCT", "punct", 6, ".", "."),
    ]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    found = entities.find(build(vocab, rows, ents)).entities
    assert [(e.name, [m.text for m in e.mentions]) for e in found] == [
        ("U.S. Africa Command", ["U.S. Africa Command", "AFRICOM"])
    ]


def test_a_first_name_parsed_as_a_sentence_of_its_own_before_a_full_name(vocab: Vocab) -> None:
    """ "Governor | Bello | Aliyu Kaura condemned …": the parser made "Bello" a sentence;
    the name already has two words when the first name is looked for."""
    rows = [
        ("Governor", "PROPN", "ROOT", 0, "Governor", "NNP"),
        ("Bello", "PROPN", "ROOT", 1, "Bello", "NNP"),
        ("Aliyu", "PROPN", "compound", 3, "Aliyu", "NNP"),
        ("Kaura", "PROPN", "nsubj", 4, "Kaura", "NNP"),
        ("condemned", "VERB", "ROOT", 4, "condemn", "VBD"),
        ("it", "PRON", "dobj", 4, "it", "PRP"),
        (".", "PUNCT", "punct", 4, ".", "."),
    ]
    doc = build(vocab, rows, ["O"] * 7)
    assert [e.name for e in entities.find(doc).entities] == ["Bello Aliyu Kaura"]
