"""The gender a first name usually has, for names from many countries.

A pronoun ("she says") must agree with the person it refers back to, and the first name is
the surest sign of a person's gender. The hand-written lists in :mod:`.person_words` hold
some 700 names; reports quote people called Boubacar, Gheorghe, Tamar or Narine as often.
The ``nomquamgender`` package (MIT licence) ships, for about 720,000 names, how often 36
sources saw each and the share of them used by women. Only names it has seen often (at least
``MIN_COUNT`` times) with a clear majority (a share of at least ``CLEAR`` either way) are kept:
Andrea, Kim or Sasha stay unknown, which leaves the decision to salience.

Reading the package's 22 MB of JSON takes more than a second, so the kept names (about 37,000)
are written once to a small table in the cache folder and read from there afterwards, in a
few milliseconds. The table's name carries the package version and the thresholds, so an
upgrade rebuilds it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import unicodedata
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..settings import Settings

PACKAGE = "nomquamgender"
MIN_COUNT = 200
CLEAR = 0.85
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz-'")


def fold(name: str) -> str:
    """A name as the package spells it: lower case, without diacritics ("Clémence" ->
    "clemence")."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def table_path(cache_dir: str | Path | None = None) -> Path:
    base = Path(cache_dir) if cache_dir is not None else Path(Settings().cache_dir)
    version = metadata.version(PACKAGE)
    return base / f"first-names-{PACKAGE}-{version}-{MIN_COUNT}-{CLEAR}.tsv"


def _kept() -> dict[str, str]:
    """The clear, frequent names of the package's data, as ``name -> "f" | "m"``. Each entry
    is ``[sources, count, share of women, ...]``."""
    # located through the installed distribution, not imported: the package's own module
    # reads this file and imports pandas as it loads, which would double the cost
    data = Path(str(metadata.distribution(PACKAGE).locate_file(f"{PACKAGE}/name_data.json")))
    raw = data.read_text(encoding="utf-8")
    kept: dict[str, str] = {}
    for name, entry in json.loads(raw).items():
        if not name or not set(name) <= _LETTERS or entry[1] < MIN_COUNT:
            continue
        share = entry[2]
        if share >= CLEAR:
            kept[name] = "f"
        elif share <= 1 - CLEAR:
            kept[name] = "m"
    return kept


def _write(path: Path, kept: dict[str, str]) -> None:
    """Write the table under a temporary name and rename it into place, so a reader never
    sees half a file (two processes building at once write the same content)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.writelines(f"{name}\t{gender}\n" for name, gender in sorted(kept.items()))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=2)
def genders(cache_dir: str | None = None) -> dict[str, str]:
    """The table of first names and their genders, built on first use."""
    path = table_path(cache_dir)
    if path.is_file():
        table: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, gender = line.partition("\t")
            table[name] = gender
        return table
    kept = _kept()
    with contextlib.suppress(OSError):  # a read-only cache folder: rebuilt in each process
        _write(path, kept)
    return kept


def first_name_gender(word: str) -> str | None:
    """ "f" or "m" when the package's data is clear about the first name, else None."""
    return genders().get(fold(word))
