"""The `dates` stage: not built yet, it assigns no records (see the open issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsgraph_dates",
    requires=["doc._.boilerplate"],
    assigns=["doc._.dates"],
)
def make_dates(nlp: Language, name: str) -> "DatesStage":
    return DatesStage()


class DatesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = ()
        return doc
