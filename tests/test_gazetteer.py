"""The gazetteer: name keys, variant spellings, representative points, curated table, ranking."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsgraph.gazetteer import Gazetteer, get_gazetteer, load, name_key, skeleton_key
from newsgraph.gazetteer.build import _trimmed_midpoint, english_name, read_curated
from newsgraph.gazetteer.normalize import without_article
from newsgraph.gazetteer.qualifier import qualifier_after, qualifier_regions
from newsgraph.gazetteer.resolve import Query, distance_km, resolve, resolve_by_population


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_name_key_folds_diacritics_apostrophes_and_abbreviations() -> None:
    assert name_key("Sant Julià de Lòria") == "sant julia de loria"
    assert name_key("St. Petersburg") == name_key("Saint Petersburg")
    assert name_key("Kryvyi Rih’") == name_key("Kryvyi Rih'")
    assert name_key("the Crimea") == "crimea"


def test_skeleton_key_merges_transliterations() -> None:
    assert skeleton_key("Kupyansk") == skeleton_key("Kupiansk")
    assert skeleton_key("Zaporizhzhia") == skeleton_key("Zaporizhia")
    assert skeleton_key("Kharkiv") != skeleton_key("Kherson")


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        ("Kiev", "Kyiv"),
        ("Kharkov", "Kharkiv"),
        ("Lugansk", "Luhansk"),
        ("Nikolaev", "Mykolayiv"),
        ("Artemivsk", "Bakhmut"),
        ("Kupiansk", "Kupyansk"),
        ("Donbass", "Donbas"),
    ],
)
def test_transliteration_variants_resolve_to_one_place(
    gaz: Gazetteer, variant: str, expected: str
) -> None:
    [result] = resolve(gaz, [Query(variant)])
    assert result is not None
    assert result.candidate.name == expected
    assert result.candidate.country == "UA"


def test_country_points_are_geonames_representative_points(gaz: Gazetteer) -> None:
    canada = gaz.country("CA")
    ukraine = gaz.country("UA")
    assert canada is not None and ukraine is not None
    assert distance_km(canada.lat, canada.lon, 60.10867, -113.64258) < 1
    assert distance_km(ukraine.lat, ukraine.lon, 49.0, 32.0) < 1


def test_region_points_lie_near_the_region_centre(gaz: Gazetteer) -> None:
    georgia = gaz.admin1("US", "GA")
    assert georgia is not None
    # GeoNames' own point for the state of Georgia is 32.75, -83.50
    assert distance_km(georgia.lat, georgia.lon, 32.75042, -83.50018) < 100


def test_trimmed_midpoint_ignores_far_outliers() -> None:
    points = [(10.0 + i / 100, 20.0) for i in range(100)] + [(80.0, 20.0)]
    lat, _lon = _trimmed_midpoint(points)
    assert 10.0 < lat < 11.0


def test_every_curated_row_names_its_source() -> None:
    rows = list(read_curated())
    assert len(rows) > 100
    for row in rows:
        assert row["source"], row
        assert row["feature"] in {"country", "demonym", "region", "alias", "union"}
        if row["feature"] in {"country", "region", "union"}:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_demonyms_point_to_their_country(gaz: Gazetteer) -> None:
    assert gaz.demonym_country("Ukrainian") == "UA"
    assert gaz.demonym_country("Russians") == "RU"
    assert gaz.demonym_country("Tuesday") is None


def test_context_decides_between_homonyms(gaz: Gazetteer) -> None:
    us = resolve(gaz, [Query("Georgia"), Query("Atlanta"), Query("Macon")])
    caucasus = resolve(gaz, [Query("Georgia"), Query("Tbilisi")])
    assert us[0] is not None and us[0].candidate.country == "US"
    assert caucasus[0] is not None and caucasus[0].candidate.country == "GE"


def test_region_cue_prefers_the_region(gaz: Gazetteer) -> None:
    [bare, cued] = resolve(gaz, [Query("Kharkiv"), Query("Kharkiv region")])
    assert bare is not None and bare.candidate.feature == "city"
    assert cued is not None and cued.candidate.feature == "region"


def test_misspelling_is_fuzzy_matched_and_unknown_name_left_alone(gaz: Gazetteer) -> None:
    results = resolve(gaz, [Query("Mariupl"), Query("Qwxzvbnk"), Query("Kyiv")])
    assert results[0] is not None and results[0].candidate.name == "Mariupol"
    assert results[0].match == "fuzzy"
    assert results[1] is None
    assert results[2] is not None and results[2].candidate.country == "UA"


def test_two_small_places_that_fit_together_beat_two_unrelated_big_ones(gaz: Gazetteer) -> None:
    # alone, "Paris" is France's capital and "Henry County" the largest of its namesakes (in
    # Georgia); together they are the Tennessee town and its county (any state with both would
    # do: the point is that the pair agrees and neither is in France)
    alone = resolve(gaz, [Query("Paris")])
    paired = resolve(gaz, [Query("Paris"), Query("Henry County")])
    assert alone[0] is not None and alone[0].candidate.country == "FR"
    paris, county = paired
    assert paris is not None and county is not None
    assert paris.candidate.country == county.candidate.country == "US"
    assert paris.candidate.admin1 == county.candidate.admin1


def test_obscure_place_far_from_all_others_is_left_unresolved(gaz: Gazetteer) -> None:
    names = ["Belgrade", "Sava", "Serbia", "Novi Sad", "Zemun"]
    results = resolve(gaz, [Query(n) for n in names])
    assert results[1] is None  # the river, not a region of Madagascar
    assert all(
        r is not None and r.candidate.country == "RS" for i, r in enumerate(results) if i != 1
    )
    # without the Serbian context there is no reason to distrust the reading
    [alone] = resolve(gaz, [Query("Sava")])
    assert alone is not None


def test_place_inside_a_longer_name_is_found_in_modifier_position(gaz: Gazetteer) -> None:
    cup, university, head, hamlet = resolve(
        gaz,
        [
            Query("Dubai Zzyzx Cup"),
            Query("University of California"),
            Query("Qwxz Hill"),  # a head word is not a town that happens to share it
            Query("Meadow Qwxz"),  # a hamlet's name inside a longer name is not trusted
        ],
    )
    assert cup is not None and cup.match == "partial" and cup.candidate.country == "AE"
    assert university is not None and university.candidate.feature == "region"
    assert head is None
    assert hamlet is None


def test_subdivisions_are_named_in_english_when_an_alias_is() -> None:
    aliases = ["Kharkiv", "Kharkiv Oblast", "Kharkivs’ka Oblast’", "Харьковская область"]
    assert english_name("Kharkivska oblast", aliases) == "Kharkiv Oblast"
    local = "Stînga Nistrului, unitatea teritorială din"
    assert english_name(local, ["Stînga Nistrului", "Transnistria"]) == "Transnistria"
    assert english_name("Texas", ["Tejas"]) == "Texas"
    assert english_name("Île-de-France", ["Ile de France"]) == "Ile de France"
    assert english_name("Île-de-France", []) == "Île-de-France"


def test_gazetteer_shows_english_subdivision_names(gaz: Gazetteer) -> None:
    [oblast] = resolve(gaz, [Query("Kharkiv region")])
    assert oblast is not None and oblast.candidate.name == "Kharkiv Oblast"


def test_population_baseline_takes_the_largest_place(gaz: Gazetteer) -> None:
    [paris] = resolve_by_population(gaz, [Query("Paris")])
    assert paris is not None and paris.country == "FR"


def test_cache_loads_fast_and_small(gaz: Gazetteer) -> None:
    started = time.perf_counter()
    again = load()
    # the target is 1 s; the margin absorbs a busy shared machine
    assert time.perf_counter() - started < 2.5
    assert len(again) == len(gaz) > 200_000


def test_cache_is_built_once_atomically_even_by_racing_builders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two builders at once: one builds, the other waits and reuses; no partial file appears."""
    import threading

    from newsgraph.gazetteer import store

    builds: list[int] = []

    def fake_build() -> dict[str, object]:
        builds.append(1)
        time.sleep(0.2)  # long enough for the other thread to reach the lock
        return {"tiny": True}

    monkeypatch.setattr(store, "build_data", fake_build)
    paths: list[object] = []
    threads = [
        threading.Thread(target=lambda: paths.append(store.build_cache(str(tmp_path))))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert paths[0] == paths[1] == store.cache_path(str(tmp_path))
    assert store._read(store.cache_path(str(tmp_path))) == {"tiny": True}
    assert not list(tmp_path.glob("*.tmp"))


def test_qualifier_is_the_state_or_country_after_a_comma_but_not_a_list_item() -> None:
    text = "from Canton, Ohio, to Becker, Clay, Douglas or Alaska, Hawaii and Paris, Texas today."
    assert qualifier_after(text, text.index(",")) == "Ohio"
    assert qualifier_after(text, text.index("Becker") + 6) is None  # "Clay" is a list item
    assert qualifier_after(text, text.index("Douglas") + 7) is None  # no comma
    assert qualifier_after(text, text.index("Alaska") + 6) is None  # "Hawaii and …"
    assert qualifier_after(text, text.index("Paris") + 5) == "Texas"
    assert qualifier_after("in Greenwood, W. Va., on", 12) == "W. Va."


def test_qualifier_regions_name_states_and_countries_only(gaz: Gazetteer) -> None:
    assert qualifier_regions(gaz, "W. Va.") == frozenset({"US.WV"})
    assert qualifier_regions(gaz, "New South Wales") == frozenset({"AU.02"})
    assert qualifier_regions(gaz, "France") == frozenset({"FR"})
    assert qualifier_regions(gaz, "Qwxz Smith") == frozenset()


def test_regression_qualified_town_stays_in_its_state_among_other_states_places(
    gaz: Gazetteer,
) -> None:
    # "Canton, Ohio" in a story about Michigan: the qualifier outweighs the context
    others = [Query("Detroit"), Query("Lansing"), Query("Michigan")]
    [plain, *_] = resolve(gaz, [Query("Canton"), *others])
    [qualified, *_] = resolve(gaz, [Query("Canton", qualifier="Ohio"), *others])
    assert plain is not None and plain.candidate.admin1 == "MI"
    assert qualified is not None and qualified.candidate.admin1 == "OH"
    # a later bare mention of the same name keeps the qualifier's reading
    first, later = resolve(gaz, [Query("Paris", qualifier="Texas"), Query("Paris")])
    assert first is not None and later is not None
    assert first.candidate.admin1 == later.candidate.admin1 == "TX"


def test_regression_country_beside_its_capital_is_the_country(gaz: Gazetteer) -> None:
    # "Mexico" is also an alternate name of Mexico City; the city's own mention in the same
    # article is no evidence that "Mexico" means the city too
    _city, country, _us = resolve(gaz, [Query("Mexico City"), Query("Mexico"), Query("U.S.")])
    assert country is not None and country.candidate.feature == "country"


def test_organisation_named_by_a_demonym_is_placed_in_its_country(gaz: Gazetteer) -> None:
    senate, commission, chamber = resolve(
        gaz,
        [
            Query("Mexican Senate"),
            Query("European Commission"),
            Query("Manitoba Chambers of Commerce"),
        ],
    )
    assert senate is not None and senate.match == "partial" and senate.candidate.country == "MX"
    assert commission is not None and commission.candidate.country == "EU"
    # "Commerce" (a Californian town) is a generic word of institutions' names
    assert chamber is not None and chamber.candidate.name == "Manitoba"


def test_arabic_article_is_optional_in_place_names(gaz: Gazetteer) -> None:
    assert without_article("al qamishli") == "qamishli"
    assert without_article("ar raqqa") == "raqqa"
    assert without_article("alabama") is None
    bare, article = resolve(gaz, [Query("Qamishli"), Query("al-Qamishli")])
    assert bare is not None and article is not None
    assert bare.candidate.index == article.candidate.index
    assert bare.candidate.country == "SY"
    # only Arabic-named countries: "Paso" does not become El Paso
    assert all(c.country != "US" for c in gaz.lookup("Paso"))


def test_province_and_state_abbreviations_are_aliases(gaz: Gazetteer) -> None:
    nsw, manitoba = resolve(gaz, [Query("NSW"), Query("Man.")])
    assert nsw is not None and (nsw.candidate.country, nsw.candidate.admin1) == ("AU", "02")
    assert manitoba is not None and manitoba.candidate.name == "Manitoba"


def test_sizeable_town_far_from_the_other_places_is_kept(gaz: Gazetteer) -> None:
    *_, geneva = resolve(gaz, [Query(n) for n in ("Tokyo", "Osaka", "Kyoto", "Geneva")])
    assert geneva is not None and geneva.candidate.country == "CH"
