"""Cross-article identity: the same person, organisation or claim in many articles.

People are grouped by their normalised name and then split by what the articles say about them:
two "John Smith"s whose affiliations (or, lacking those, descriptors) have nothing in common are
two people; a mention that says nothing about the person joins the best-attested one.
Organisations are grouped by name, and an abbreviation ("ICG") joins the one organisation whose
initials it is. Places need no step here: the gazetteer's geonameid already is their identity.

Links are rebuilt from scratch, processing entities in a fixed order (publication date, article
hash, entity id): the result depends on the stored articles only, never on the order or the
number of runs that stored them, which is what lets a resumed ingest end with exactly the rows
of an uninterrupted one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import duckdb

from .clusters import cluster_claims
from .connect import DEFAULT_TIMEOUT, opened
from .names import acronym, content_words, looks_like_acronym, org_key, person_key, slug
from .writer import insert_rows

LINKED_TYPES = ("PERSON", "ORG", "GROUP")


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One article's entity as the linker sees it."""

    article_id: str
    entity_id: str
    name: str
    type: str
    descriptors: tuple[str, ...]
    affiliations: tuple[str, ...]
    weight: int = 1  # how many article entities share this exact profile
    signature: str = ""


@dataclass(slots=True)
class Identity:
    """A cross-article entity being assembled."""

    global_id: str
    name: str
    type: str
    affiliations: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    descriptor_texts: list[str] = field(default_factory=list)
    affiliation_texts: list[str] = field(default_factory=list)
    members: list[EntityRow] = field(default_factory=list)
    weight: int = 0


@lru_cache(maxsize=65536)
def _affiliation_keys(affiliations: tuple[str, ...]) -> frozenset[str]:
    """Each affiliation as its name key and its initials, so "ICG" meets its full name."""
    keys: set[str] = set()
    for text in affiliations:
        key = org_key(text)
        if key:
            keys.add(key.replace(" ", "") if looks_like_acronym(text) else key)
            initials = acronym(text)
            if initials and not looks_like_acronym(text):
                keys.add(initials)
    return frozenset(keys)


def _score(
    identity: Identity, affiliations: frozenset[str], descriptors: frozenset[str]
) -> int | None:
    """How well an entity fits an identity; None when what they say conflicts."""
    shared_aff = len(identity.affiliations & affiliations)
    if shared_aff:
        return 10 * shared_aff + len(identity.descriptors & descriptors)
    if identity.affiliations and affiliations:
        return None  # both affiliated, nowhere in common
    shared_desc = len(identity.descriptors & descriptors)
    if shared_desc:
        return shared_desc
    if identity.descriptors and descriptors and not (identity.affiliations or affiliations):
        return None  # both described, nothing in common, no affiliation to reconcile them
    return 0


def link_entities(rows: list[EntityRow]) -> list[Identity]:
    """Group entity rows (already in processing order) into cross-article identities."""
    by_key: dict[tuple[str, str], list[Identity]] = defaultdict(list)
    identities: list[Identity] = []
    org_names: dict[str, str] = {}
    used: set[str] = set()
    for row in rows:
        if row.type in ("ORG", "GROUP") and not looks_like_acronym(row.name):
            key = org_key(row.name)
            initials = acronym(row.name)
            if initials:
                # an abbreviation that is the initials of one organisation only
                org_names[initials] = key if org_names.get(initials, key) == key else ""
    for row in rows:
        if row.type == "PERSON":
            key = person_key(row.name)
        else:
            key = org_key(row.name)
            if looks_like_acronym(row.name):
                key = org_names.get(key.replace(" ", ""), "") or key
        group = by_key[(row.type, key)]
        affiliations = _affiliation_keys(row.affiliations)
        descriptors = content_words(row.descriptors)
        best: tuple[int, int, int] | None = None
        chosen: Identity | None = None
        for position, identity in enumerate(group):
            score = _score(identity, affiliations, descriptors)
            if score is None:
                continue
            rank = (score, identity.weight, -position)
            if best is None or rank > best:
                best, chosen = rank, identity
        if chosen is None:
            base = f"{row.type.lower()}:{slug(key)}"
            global_id, n = base, 1
            while global_id in used:  # a namesake, or another key with the same slug
                n += 1
                global_id = f"{base}~{n}"
            used.add(global_id)
            chosen = Identity(global_id, row.name, row.type)
            group.append(chosen)
            identities.append(chosen)
        elif len(row.name) > len(chosen.name) and not looks_like_acronym(row.name):
            chosen.name = row.name
        chosen.members.append(row)
        chosen.weight += row.weight
        chosen.affiliations |= affiliations
        chosen.descriptors |= descriptors
        chosen.descriptor_texts.extend(
            d for d in row.descriptors if d not in chosen.descriptor_texts
        )
        chosen.affiliation_texts.extend(
            a for a in row.affiliations if a not in chosen.affiliation_texts
        )
    return identities


# one row per distinct entity profile: in a news corpus the same person is introduced the same
# way again and again, so linking profiles instead of mentions keeps Python's share small
_SIGNATURE = """md5(e.type || chr(31) || coalesce(e.name, '') || chr(31)
    || coalesce(array_to_string(e.descriptors, chr(30)), '') || chr(31)
    || coalesce(array_to_string(e.affiliations, chr(30)), ''))"""


def _load_profiles(con: duckdb.DuckDBPyConnection) -> list[EntityRow]:
    rows = con.execute(
        f"""
        SELECT {_SIGNATURE} AS sig, any_value(e.type), any_value(e.name),
               any_value(e.descriptors), any_value(e.affiliations), count(*),
               min(a.published) AS first, min(e.article_id) AS first_article,
               min(e.entity_id)
        FROM entities e JOIN articles a ON a.id = e.article_id
        WHERE e.type IN (SELECT unnest($types))
        GROUP BY sig ORDER BY first NULLS LAST, first_article, sig
        """,
        {"types": list(LINKED_TYPES)},
    ).fetchall()
    return [
        EntityRow(r[6], r[7], r[2] or "", r[1], tuple(r[3] or ()), tuple(r[4] or ()), r[5], r[0])
        for r in rows
    ]


def relink(con: duckdb.DuckDBPyConnection, claims_method: str = "lexical") -> None:
    """Rebuild every cross-article table inside the caller's transaction."""
    # imported here, not at the top: the command line imports the store on every start
    import pyarrow as pa

    identities = link_entities(_load_profiles(con))
    for table in ("global_entities", "entity_links", "claim_clusters", "claim_links"):
        con.execute(f"DELETE FROM {table}")
    mapping = pa.Table.from_pylist(
        [{"sig": m.signature, "global_id": i.global_id} for i in identities for m in i.members],
        schema=pa.schema([("sig", pa.string()), ("global_id", pa.string())]),
    )
    con.register("_ng_map", mapping)
    con.execute(
        f"""INSERT INTO entity_links SELECT e.article_id, e.entity_id, m.global_id
            FROM entities e JOIN _ng_map m ON m.sig = {_SIGNATURE}"""
    )
    con.unregister("_ng_map")
    # entities not linked across articles (unnamed sources) are their own identity
    con.execute(
        """
        INSERT INTO entity_links
        SELECT e.article_id, e.entity_id, 'local:' || e.article_id || ':' || e.entity_id
        FROM entities e ANTI JOIN entity_links l
          ON l.article_id = e.article_id AND l.entity_id = e.entity_id
        """
    )
    insert_rows(
        con,
        {
            "global_entities": [
                {
                    "global_id": i.global_id,
                    "name": i.name,
                    "type": i.type,
                    "descriptors": i.descriptor_texts[:20],
                    "affiliations": i.affiliation_texts[:20],
                    "n_articles": 0,
                    "n_mentions": 0,
                }
                for i in identities
            ]
        },
    )
    con.execute(
        """
        UPDATE global_entities g SET n_articles = s.n_articles, n_mentions = s.n_mentions
        FROM (
            SELECT l.global_id, count(DISTINCT l.article_id) AS n_articles,
                   coalesce(sum(m.n), 0) AS n_mentions
            FROM entity_links l LEFT JOIN (
                SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY ALL
            ) m ON m.article_id = l.article_id AND m.entity_id = l.entity_id
            GROUP BY l.global_id
        ) s
        WHERE s.global_id = g.global_id
        """
    )
    cluster_claims(con, claims_method)
    con.execute("INSERT OR REPLACE INTO state VALUES ('links_stale', 'false')")


def relink_if_stale(
    db: str | Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    force: bool = False,
    claims_method: str = "lexical",
) -> bool:
    """Rebuild the links if articles changed since the last build; returns whether it did."""
    with opened(db, timeout=timeout) as con:
        row = con.execute("SELECT value FROM state WHERE key = 'links_stale'").fetchone()
        if not force and row is not None and row[0] == "false":
            return False
        con.execute("BEGIN TRANSACTION")
        try:
            relink(con, claims_method)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return True
