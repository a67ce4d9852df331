"""Custom ``Doc`` attributes through which newsgraph's stages hand results to each other.

Each stage writes its records (tuples of :mod:`newsgraph.records` dataclasses) to exactly one
attribute; later stages read them. :func:`register` is called by the pipeline builder and is safe
to call twice; nothing is registered as an import side effect.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: attribute name -> default value; every stage output starts as an empty tuple so that a stage
#: that is not built (or found nothing) yields empty lists in the output, never a missing key.
DOC_ATTRIBUTES: dict[str, object] = {
    "published": None,  # datetime.date | None, set before the pipeline runs
    "boilerplate": (),
    "entities": (),
    "quotes": (),
    "claims": (),
    "places": (),
    "dates": (),
    "events": (),
    "stage_warnings": (),
}


def register() -> None:
    """Register newsgraph's ``Doc`` extensions (idempotent)."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
