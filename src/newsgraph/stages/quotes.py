"""The `quotes` stage: not built yet, it assigns no records (see the open issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsgraph_quotes",
    requires=["doc._.boilerplate"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str) -> "QuotesStage":
    return QuotesStage()


class QuotesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = ()
        return doc
