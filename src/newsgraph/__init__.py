"""newsgraph: who said what, through which channel, how surely, who disputes it, what happened,
where and when, with every record pointing at the characters that support it."""

from .pipeline import analyze, analyze_many, build_nlp
from .records import Analysis, Article, ArticleError

__all__ = ["Analysis", "Article", "ArticleError", "analyze", "analyze_many", "build_nlp"]
__version__ = "0.1.0"
