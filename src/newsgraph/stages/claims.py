"""The `claims` stage: not built yet, it assigns no records (see the open issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsgraph_claims",
    requires=["doc._.boilerplate"],
    assigns=["doc._.claims"],
)
def make_claims(nlp: Language, name: str) -> "ClaimsStage":
    return ClaimsStage()


class ClaimsStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = ()
        return doc
