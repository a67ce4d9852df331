"""The ``entities`` stage: people, organisations and unnamed sources, clustered per document.

Not built yet: it assigns no entities. :func:`resolve_speaker` is the interface the quotes and
claims stages use to turn the source words of a quote ("Keller", "she", "a Ukrainian soldier")
into an entity id.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def resolve_speaker(doc: Doc, source_start: int, source_end: int) -> str | None:
    """The id of the entity that the source words at [source_start, source_end) refer to.

    Handles names, surnames, pronouns and role nouns; an unnamed descriptive source ("a
    Ukrainian soldier") that is not an entity yet is added to ``doc._.entities`` as one.
    Returns None when nothing can be resolved.
    """
    return None


@Language.factory(
    "newsgraph_entities",
    requires=["doc.ents", "token.dep", "doc._.boilerplate"],
    assigns=["doc._.entities"],
)
def make_entities(nlp: Language, name: str) -> EntitiesStage:
    return EntitiesStage()


class EntitiesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = ()
        return doc
