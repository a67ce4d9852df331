"""The `places` stage: not built yet, it assigns no records (see the open issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsgraph_places",
    requires=["doc._.boilerplate"],
    assigns=["doc._.places"],
)
def make_places(nlp: Language, name: str) -> "PlacesStage":
    return PlacesStage()


class PlacesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = ()
        return doc
