"""First-name genders from the nomquamgender data: the filter, the cached table, the lookup."""

from __future__ import annotations

from pathlib import Path

from newsgraph.lexicons.first_names import fold, genders, table_path
from newsgraph.stages.entity_names import name_gender


def test_the_table_is_built_once_into_the_cache_folder_and_read_back(tmp_path: Path) -> None:
    built = genders(str(tmp_path))
    path = table_path(tmp_path)
    assert path.is_file()
    assert built["gheorghe"] == "m" and built["doina"] == "f"
    assert "sasha" not in built  # used for both: no clear majority
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(built) and "boubacar\tm" in lines
    genders.cache_clear()
    assert genders(str(tmp_path)) == built  # read from the file this time


def test_names_are_folded_to_the_package_spelling() -> None:
    assert fold("Clémence") == "clemence"


def test_a_full_name_gets_the_gender_of_a_first_name_the_hand_lists_lack() -> None:
    assert name_gender("Gheorghe Ceban") == "m"
    assert name_gender("Clémence Roussel") == "f"
    assert name_gender("Ceban") is None  # a surname alone says nothing
    assert name_gender("Major Ceban") is None  # nor a title
