"""newsgraph's stages, one spaCy component per module, run in the order of :data:`STAGES`.

Each module registers a factory named ``newsgraph_<stage>`` that declares what it ``requires``
and ``assigns``; its logic is a pure ``find(doc)`` plus ``set_annotations(doc, found)``.
"""

from __future__ import annotations

import importlib

#: component names in pipeline order; later stages read what earlier ones assigned
STAGES: tuple[str, ...] = (
    "boilerplate",
    "entities",
    "quotes",
    "claims",
    "places",
    "dates",
    "events",
)


#: runs inside the model's components, before its parser (see :func:`newsgraph.pipeline.load_model`)
BEFORE_PARSER = "line_breaks"


def load_factories() -> None:
    """Import every stage module so that its spaCy factory is registered."""
    for stage in (BEFORE_PARSER, *STAGES):
        importlib.import_module(f"newsgraph.stages.{stage}")
