"""Small helpers on character spans shared by several stages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, cast

from spacy.tokens import Doc


class HasOffsets(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the half-open intervals share at least one character."""
    return a_start < b_end and b_start < a_end


def inside_any(start: int, end: int, spans: Iterable[HasOffsets]) -> bool:
    """True when [start, end) overlaps any of ``spans``."""
    return any(overlaps(start, end, s.start, s.end) for s in spans)


def stage_output(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` (a stage's records, see :mod:`newsgraph.extensions`) without the
    accessor object each ``doc._`` access builds: the value is read from ``doc.user_data``,
    where spaCy stores it, and ``doc._`` (its registered default) is only consulted before
    the stage has set it. For the look-ups stages make hundreds of times per article."""
    user_data = cast(dict[object, Any], doc.user_data)  # spaCy types its keys as str only
    value = user_data.get(("._.", name, None, None))
    return getattr(doc._, name) if value is None else value


def in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """True when the characters overlap a boilerplate span that later stages must skip."""
    spans = stage_output(doc, "boilerplate")
    return any(start < span.end and span.start < end for span in spans)


TEXT_KEY = "newsgraph.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per doc and kept in ``doc.user_data``: spaCy rebuilds the
    string from every token on each access, and each stage needs it."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return cached
