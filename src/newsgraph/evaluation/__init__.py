"""Readers and scorers for the annotated corpora newsgraph is measured against.

The corpora live outside the repository (``../shared/data`` next to the checkout, or
``$NEWSGRAPH_DATA``) and are read in place, never copied. ``bench/`` scripts print full tables;
the test suite runs small slices of the same scorers as regression gates.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import PathNotFoundError


def data_dir() -> Path:
    """Where the shared evaluation corpora are: ``$NEWSGRAPH_DATA`` or ``<repo>/../shared/data``."""
    explicit = os.environ.get("NEWSGRAPH_DATA")
    if explicit:
        path = Path(explicit)
    else:
        repo = Path(__file__).resolve().parents[3]
        path = repo.parent / "shared" / "data"
    if not path.is_dir():
        raise PathNotFoundError(
            f"evaluation corpora not found at {path}; set NEWSGRAPH_DATA to the shared/data folder"
        )
    return path
