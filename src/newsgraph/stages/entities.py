"""The ``entities`` stage: people, organisations and unnamed sources, clustered per document.

Steps, each in its own module: clean name mentions from the model's entities checked against
syntax (:mod:`.entity_names`), cluster them (:mod:`.entity_cluster`), read descriptors and
affiliations (:mod:`.entity_profile`), then walk the sources of reporting verbs in text order
("X said", "according to X") and resolve pronouns, role nouns and unnamed descriptions among
them (:mod:`.entity_resolve`), so that entities exist, in order of first mention, before the
quotes stage asks who spoke.

:func:`resolve_speaker` is the interface the quotes and claims stages use to turn the source
words of a quote ("Keller", "she", "a Ukrainian soldier") into an entity id. It reads the
stage's output plus the history of who spoke where (kept in ``doc.user_data`` as plain data),
and adds what it resolves (a pronoun mention, a new unnamed source) to ``doc._.entities``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Entity, TextSpan
from ..spans import in_boilerplate, stage_output
from .entity_cluster import Cluster, cluster_names
from .entity_names import (
    anonymity_clause,
    find_name_mentions,
    is_according_to_object,
    is_reporting_subject,
)
from .entity_placenames import place_name_indexes
from .entity_profile import build_profiles
from .entity_resolve import Resolver, is_abbreviated_title, sentence_offsets
from .token_filter import with_labels

#: ``doc.user_data`` key of the speaker history: a list of (character offset, entity id)
SPEAKERS_KEY = "newsgraph.entities.speakers"
#: ``doc.user_data`` key of the sentence start offsets, computed once per document
SENTENCES_KEY = "newsgraph.entities.sentences"


@dataclass(frozen=True, slots=True)
class Found:
    """What :func:`find` computed: the entities and who spoke where (offset, entity id)."""

    entities: tuple[Entity, ...]
    speakers: tuple[tuple[int, str], ...]
    sentence_starts: tuple[int, ...] = ()


#: subjects of reporting verbs and objects of "according to": the only deps the speaker
#: tests in :func:`find` accept
_SOURCE_DEPS = ("nsubj", "nsubjpass", "pobj")


def _assign_ids(clusters: list[Cluster]) -> None:
    """Ids ``e1``, ``e2``, … in order of first mention."""
    clusters.sort(key=lambda c: c.first)
    for number, cluster in enumerate(clusters, start=1):
        cluster.id = f"e{number}"


def find(doc: Doc) -> Found:
    """Cluster the document's people, organisations and unnamed sources."""
    clusters = cluster_names(doc, find_name_mentions(doc))
    build_profiles(doc, clusters)
    resolver = Resolver(doc, clusters)
    for i in with_labels(doc, DEP, _SOURCE_DEPS):  # the only deps either test accepts
        token = doc[i]
        if not (is_reporting_subject(token) or is_according_to_object(token)):
            continue
        if anonymity_clause(token.head):
            continue  # "who asked not to be named" asks nothing: no turn in an exchange
        if in_boilerplate(doc, token.idx, token.idx + len(token)):
            continue
        cluster = resolver.resolve_token(token)
        if cluster is not None:
            resolver.note_speaker(token.idx, cluster)
    _adopt_given_names(doc, resolver)
    for cluster in clusters:
        if cluster.type in ("UNNAMED", "GROUP") and not cluster.descriptors:
            cluster.add_descriptor(_description(cluster.name))
    _assign_ids(clusters)
    return Found(
        entities=tuple(c.to_record() for c in clusters),
        speakers=tuple((position, c.id) for position, c in resolver.speakers),
        sentence_starts=tuple(resolver.sentence_starts),
    )


#: "known in court only as P-0417", "identified as Witness 7", "codenamed Falcon"
_GIVEN_NAME_VERBS = frozenset({"know", "identify", "refer", "codename", "call", "name"})


def _adopt_given_names(doc: Doc, resolver: Resolver) -> None:
    """An unnamed source given a name or code it is known by: "The witness, known in court
    only as P-0417, testified …" makes P-0417 the witness's name, and the later "P-0417 told
    the court" the same entity (the description stays as a descriptor)."""
    clusters = resolver.clusters
    for i in with_labels(doc, LOWER, ("as",)):
        marker = doc[i]
        verb = marker.head
        noun = verb.head
        name = next((c for c in marker.children if c.dep_ == "pobj"), None)
        if (
            name is None
            or verb.lemma_.lower() not in _GIVEN_NAME_VERBS
            or verb.dep_ != "acl"
            or not name.text[:1].isupper()
        ):
            continue
        described = next(
            (c for c in clusters if c.type == "UNNAMED" and _mentioned_at(c, noun.idx)), None
        )
        if described is None:
            continue
        words = doc[name.left_edge.i : name.i + 1]
        key = words.text.lower()
        named = next((c for c in clusters if c is not described and key in c.aliases), None)
        described.add_descriptor(_description(described.name))
        described.name = words.text
        described.add_mention(TextSpan(words.start_char, words.end_char, words.text))
        if named is not None:
            for mention in named.mentions:
                described.add_mention(mention)
            clusters.remove(named)
            resolver.speakers = [
                (position, described if spoke is named else spoke)
                for position, spoke in resolver.speakers
            ]


def _description(name: str) -> str:
    """An unnamed source's name as a descriptor: "A protected witness" -> "protected witness"."""
    words = name.split()
    if words and words[0].lower() in {"a", "an", "the", "another", "one"}:
        words = words[1:]
    return " ".join(words)


def _mentioned_at(cluster: Cluster, offset: int) -> bool:
    return any(m.start <= offset < m.end for m in cluster.mentions)


def set_annotations(doc: Doc, found: Found) -> None:
    doc._.entities = found.entities
    doc.user_data[SPEAKERS_KEY] = [list(pair) for pair in found.speakers]
    doc.user_data[SENTENCES_KEY] = list(found.sentence_starts)


def resolve_speaker(
    doc: Doc, source_start: int, source_end: int, not_meant: str | None = None
) -> str | None:
    """The id of the entity that the source words at [source_start, source_end) refer to.

    Handles names, surnames, pronouns and role nouns; an unnamed descriptive source ("a
    Ukrainian soldier") that is not an entity yet is added to ``doc._.entities`` as one, and a
    resolved pronoun or surname is added to its entity's mentions. Returns None when nothing
    can be resolved. Call it in text order: each resolved source becomes the latest speaker,
    which the next pronoun's resolution takes into account. ``not_meant``: an entity a
    pronoun cannot refer to here (the speaker of the quotation the source stands in).
    """
    if source_end <= source_start:
        return None
    # (``doc.text`` rebuilds the whole string on each access: work with token spans only)
    span = doc.char_span(source_start, source_end, alignment_mode="expand")
    while span is not None and len(span) and span[0].is_space:
        span = span[1:]
    while span is not None and len(span) and span[-1].is_space:
        span = span[:-1]
    if span is None or len(span) == 0:
        return None
    source_start, source_end = span.start_char, span.end_char
    titled = any(is_abbreviated_title(t) for t in span)  # "the DG ISPR": not the ISPR
    known = None if titled else _known_speaker(doc, span)
    if known is not None and known != not_meant:
        doc.user_data[SPEAKERS_KEY] = [*doc.user_data.get(SPEAKERS_KEY, []), [source_start, known]]
        return known
    clusters = [Cluster.from_record(entity) for entity in stage_output(doc, "entities")]
    by_id = {c.id: c for c in clusters}
    history = doc.user_data.get(SPEAKERS_KEY, [])
    speakers = [(int(p), by_id[str(i)]) for p, i in history if str(i) in by_id]
    starts = doc.user_data.get(SENTENCES_KEY)
    if starts is None:
        starts = doc.user_data[SENTENCES_KEY] = sentence_offsets(doc)
    resolver = Resolver(doc, clusters, speakers, starts, not_meant)
    cluster = resolver.coordinated(span) or (
        resolver.abbreviated_title(span.root) if titled else None
    )
    cluster = cluster or resolver.cluster_at(source_start, source_end)
    if cluster is None:
        cluster = resolver.resolve_token(span.root)
        if cluster is None:
            return None
        if not any(m.start < source_end and source_start < m.end for m in cluster.mentions):
            cluster.add_mention(TextSpan(source_start, source_end, span.text))
    if not cluster.id:
        cluster.id = f"e{len(by_id) + 1}"
    doc._.entities = tuple(c.to_record() for c in clusters)
    doc.user_data[SPEAKERS_KEY] = [*history, [source_start, cluster.id]]
    return cluster.id


def _known_speaker(doc: Doc, span: Span) -> str | None:
    """Fast path: the id of the entity with a mention at the span's head, when nothing else
    in the span could be meant (most sources were already resolved by the stage itself)."""
    root = span.root
    if any(child.dep_ == "conj" and span.start <= child.i < span.end for child in root.children):
        return None  # "The EU and the US": a group, built by the full path
    head = root.idx
    start, end = span.start_char, span.end_char
    known: tuple[Entity, ...] = stage_output(doc, "entities")
    hits = [
        (entity, mention)
        for entity in known
        for mention in entity.mentions
        if mention.start < end and start < mention.end
    ]
    at_head = [entity for entity, mention in hits if mention.start <= head < mention.end]
    if len(at_head) == 1 and all(entity is at_head[0] for entity, _ in hits):
        return at_head[0].id
    return None


@Language.factory(
    "newsgraph_entities",
    requires=["doc.ents", "token.dep", "doc._.boilerplate"],
    assigns=["doc._.entities"],
)
def make_entities(nlp: Language, name: str) -> EntitiesStage:
    place_name_indexes()  # built now (~0.5 s), with the pipeline, not in the first article
    return EntitiesStage()


class EntitiesStage:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find(doc))
        return doc
