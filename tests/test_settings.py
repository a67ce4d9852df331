from pathlib import Path

import pytest

from newsgraph.errors import SettingsError
from newsgraph.settings import Settings, load_settings


def test_defaults_when_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAPH_CONFIG", raising=False)
    monkeypatch.setattr("newsgraph.settings.default_config_path", lambda: tmp_path / "none.toml")
    assert load_settings() == Settings()


def test_user_file_overrides_defaults(tmp_path: Path) -> None:
    config = tmp_path / "newsgraph.toml"
    config.write_text("max_bytes = 1000\nmin_english_confidence = 1\n")
    settings = load_settings(config)
    assert settings.max_bytes == 1000
    assert settings.min_english_confidence == 1.0
    assert settings.model == Settings().model


def test_environment_variable_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "custom.toml"
    config.write_text("batch_size = 3\n")
    monkeypatch.setenv("NEWSGRAPH_CONFIG", str(config))
    assert load_settings().batch_size == 3


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("max_byte = 3\n", "unknown setting"),
        ('max_bytes = "big"\n', "must be int"),
        ("max_bytes = \n", "cannot read"),
    ],
)
def test_bad_settings_file_is_a_coded_error(tmp_path: Path, content: str, fragment: str) -> None:
    config = tmp_path / "newsgraph.toml"
    config.write_text(content)
    with pytest.raises(SettingsError, match=fragment) as info:
        load_settings(config)
    assert str(info.value).startswith("[E023]")


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "absent.toml")
