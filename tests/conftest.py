"""Shared fixtures: the pipeline is built once per test session (it loads the model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.evaluation import data_dir
from newsgraph.pipeline import get_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation corpora; a missing folder fails loudly rather than skipping the gates."""
    return data_dir()
