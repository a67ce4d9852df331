"""The ``places`` stage: every place an article mentions, resolved to a gazetteer place.

Mentions come from :mod:`.place_recognize` (spaCy entities plus a context-checked gazetteer
match); all names of the article are resolved together by :mod:`newsgraph.gazetteer.resolve`
so that they agree with each other; metonymy is decided on the parse (:mod:`.place_kinds`).
Mentions of the same place are merged into one :class:`Place` with ids ``p1``, ``p2``… in order
of first mention. A name with no candidate becomes a place with null coordinates (and
confidence 0) and leaves the others untouched. Demonyms are mentions of their country.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import Gazetteer, get_gazetteer
from ..gazetteer.model import Candidate
from ..gazetteer.normalize import name_key
from ..gazetteer.qualifier import qualifier_after
from ..gazetteer.resolve import Query, Resolution, resolve
from ..records import Place, PlaceMention
from ..spans import text_of
from .place_kinds import METONYMIC_CODES, is_metonymic
from .place_recognize import Recognised, find_mentions


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised mention with its resolution (None: no gazetteer candidate)."""

    mention: Recognised
    kind: str
    candidate: Candidate | None
    confidence: float


def find(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Found]:
    """Recognise and resolve the place mentions of ``doc`` (pure: the Doc is not changed)."""
    gazetteer = gazetteer or get_gazetteer()
    mentions = find_mentions(doc, gazetteer)
    named = [m for m in mentions if m.kind != "demonym"]
    text = text_of(doc)
    resolutions: list[Resolution | None] = resolve(
        gazetteer,
        [Query(m.text, m.region_cue, qualifier_after(text, m.end)) for m in named],
    )
    by_mention = dict(zip((id(m) for m in named), resolutions, strict=True))
    found: list[Found] = []
    for mention in mentions:
        if mention.kind == "demonym":
            place = gazetteer.demonym_place(mention.text)
            found.append(Found(mention, "demonym", place, 0.9 if place else 0.0))
            continue
        resolution = by_mention[id(mention)]
        candidate = resolution.candidate if resolution else None
        kind = mention.kind
        if (
            kind == "literal"
            and candidate is not None
            and candidate.code in METONYMIC_CODES
            and is_metonymic(doc, mention.root, country=candidate.code == "C")
        ):
            kind = "metonymic"
        found.append(Found(mention, kind, candidate, resolution.confidence if resolution else 0.0))
    return found


def to_places(found: list[Found]) -> tuple[Place, ...]:
    """Merge mentions of the same place (same gazetteer row, or same name when unresolved)."""
    groups: dict[object, list[Found]] = {}
    for item in found:
        key: object = (
            ("row", item.candidate.index)
            if item.candidate is not None
            else ("name", name_key(item.mention.text))
        )
        groups.setdefault(key, []).append(item)
    places: list[Place] = []
    for number, items in enumerate(groups.values(), start=1):
        candidate = items[0].candidate
        literal = [i for i in items if i.kind != "demonym"]
        name = candidate.name if candidate else items[0].mention.text
        mentions = tuple(
            PlaceMention(i.mention.start, i.mention.end, i.mention.text, i.kind) for i in items
        )
        confidence = max(i.confidence for i in (literal or items))
        places.append(
            Place(
                id=f"p{number}",
                name=name,
                geonameid=candidate.geonameid if candidate else None,
                lat=candidate.lat if candidate else None,
                lon=candidate.lon if candidate else None,
                feature=candidate.feature if candidate else "other",
                country=candidate.country if candidate else None,
                admin1=candidate.admin1 if candidate else None,
                confidence=round(confidence, 3),
                mentions=mentions,
            )
        )
    return tuple(places)


def set_annotations(doc: Doc, found: list[Found]) -> None:
    doc._.places = to_places(found)


@Language.factory(
    "newsgraph_places",
    requires=["doc.ents", "token.dep", "token.pos", "doc._.boilerplate"],
    assigns=["doc._.places"],
)
def make_places(nlp: Language, name: str) -> PlacesStage:
    get_gazetteer()  # loaded with the pipeline, not inside the first article's analysis
    return PlacesStage()


class PlacesStage:
    """Loads the gazetteer on the first document, not when the pipeline is built."""

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        return doc
