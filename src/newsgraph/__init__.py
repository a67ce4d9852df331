"""newsgraph: who said what, through which channel, how surely, who disputes it, what happened,
where and when, with every record pointing at the characters that support it.

The public names are imported lazily so that ``newsgraph --help`` and the corpus commands do not
pay for loading spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import analyze, analyze_many, build_nlp
    from .records import Analysis, Article, ArticleError

__all__ = ["Analysis", "Article", "ArticleError", "analyze", "analyze_many", "build_nlp"]
__version__ = "0.1.0"

_LOCATIONS = {
    "analyze": "pipeline",
    "analyze_many": "pipeline",
    "build_nlp": "pipeline",
    "Analysis": "records",
    "Article": "records",
    "ArticleError": "records",
}


def __getattr__(name: str) -> Any:
    if name in _LOCATIONS:
        import importlib

        return getattr(importlib.import_module(f".{_LOCATIONS[name]}", __name__), name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
