"""Readers that turn files, folders, JSON Lines and standard input into :class:`Article` records.

Nothing here analyses text; a file that cannot be read becomes an
:class:`~newsgraph.records.ArticleError` in the stream instead of stopping the batch.
"""

from .readers import iter_articles

__all__ = ["iter_articles"]
