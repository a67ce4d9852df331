"""The `events` stage: not built yet, it assigns no records (see the open issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsgraph_events",
    requires=["doc._.boilerplate"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> "EventsStage":
    return EventsStage()


class EventsStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = ()
        return doc
