"""HTML pages to article text and metadata with trafilatura.

trafilatura drops navigation, comments and footers and reads the title, date, site name and
canonical URL from the page's metadata, which is what fills ``meta`` for web articles. It is
imported on the first page extracted, not with this module: importing it (with lxml, courlan,
htmldate and their tables) takes about 0.2 s, which every ``newsgraph analyze one.txt`` paid
for nothing, as the readers import this module for every input.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import HtmlExtractionError

#: fewer words than this is a navigation stub or an error page, not an article
MIN_WORDS = 5


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date part of an ISO date or timestamp, or None when there is none."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, source: str) -> ExtractedPage:
    """Extract the main text and metadata of a page; raises E006 if there is no article text."""
    import trafilatura  # here, not at the top: see the module's docstring

    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml on severely broken markup
        raise HtmlExtractionError(f"{source}: cannot parse the HTML ({exc})") from exc
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        raise HtmlExtractionError(f"{source}: no article text found in the HTML page")
    return ExtractedPage(
        text=text,
        title=getattr(document, "title", None) or None,
        published=parse_iso_date(getattr(document, "date", None)),
        outlet=getattr(document, "sitename", None) or getattr(document, "hostname", None),
        url=getattr(document, "url", None) or None,
    )
