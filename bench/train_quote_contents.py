"""Train the quotes stage's content-boundary model on PolNeAR TRAIN and write its weights file.

Run: ``.venv/bin/python bench/train_quote_contents.py [--heldout 0.2] [--c 0.3] [--min-count 3]``
(needs the optional ``train`` extra: scikit-learn).

Data: ``../shared/data/quotes/polnear/train`` only (never dev), parsed once and cached in the
system temp folder (the cache of ``bench/quotes_errors.py``). The files are split by name as in
``bench/train_quote_cues.py``: the first 80% fit the model, the last 20% (held out) choose the
margin and give the figures printed at the end.

Every candidate attribution that :func:`newsgraph.stages.quote_attributions.propose_attributions`
builds and whose cue span equals a gold cue span gives one group of content candidates
(:func:`newsgraph.stages.quote_content_model.candidates`); a candidate is positive when its
fragments equal that gold attribution's content (compared as
:func:`newsgraph.evaluation.polnear.normalise` leaves them). Groups where no candidate is gold
teach nothing about the choice and are left out of the fit. A logistic regression
(scikit-learn, L2, lbfgs: deterministic) over the feature strings gives the table; features
seen in fewer than ``--min-count`` groups are dropped. It prints the oracle (how often some
candidate is gold), the rules' and the model's exact rate on held-out groups, and the whole
stage's held-out scores with and without the model.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgraph.evaluation.polnear import PolnearDoc, Scores, normalise
from newsgraph.spans import in_boilerplate
from newsgraph.stages import quote_attributions, quote_content_model
from newsgraph.stages.quote_content_model import (
    Candidate,
    ContentModel,
    candidates,
    choose,
    model_to_json,
)
from newsgraph.stages.quote_cue_model import sentence_starts
from newsgraph.stages.quote_marks import find_quoted
from train_quote_cues import polnear_train, scores_line, stage_scores, write_weights

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "src" / "newsgraph" / "data" / "quote_contents.json"
MARGINS = [round(0.25 * i, 2) for i in range(-2, 9)]


@dataclass
class Groups:
    """Candidate groups: each group's candidates and which of them is gold (-1: none)."""

    groups: list[list[Candidate]] = field(default_factory=list)
    gold: list[int] = field(default_factory=list)
    constructions: list[str] = field(default_factory=list)
    contents: list[tuple[tuple[int, int], ...]] = field(default_factory=list)


def collect(doc: Doc, source: PolnearDoc, out: Groups, match_word: bool = False) -> None:
    """Add the candidate groups of one document's cue-matched attributions to ``out``."""
    text = doc.text
    by_cue = {a.cue: a.content for a in source.attributions if a.cue and a.content}
    quoted = [q for q in find_quoted(text) if not in_boilerplate(doc, q.start, q.end)]
    starts = sentence_starts(doc)
    for attribution in quote_attributions.propose_attributions(doc, quoted, text, wide=True):
        if attribution.cue is None:
            continue
        gold = by_cue.get(normalise(text, [attribution.cue]))
        if gold is None and match_word and attribution.verb is not None:
            at = doc[attribution.verb].idx
            gold = next((g for cue, g in by_cue.items() if any(a <= at < b for a, b in cue)), None)
        if gold is None:
            continue
        found = candidates(doc, text, attribution, quoted, starts)
        hits = [i for i, c in enumerate(found) if normalise(text, c.content) == gold]
        out.groups.append(found)
        out.gold.append(hits[0] if hits else -1)
        out.constructions.append(attribution.construction)
        out.contents.append(gold)


def fit(groups: Groups, c: float, min_count: int) -> ContentModel:
    """A conditional logit over the candidates of each group that holds a gold candidate: the
    gold candidate's softmax probability within its group is maximised (L2 penalty ``1/c``),
    which trains exactly the choice the stage makes. L-BFGS from a zero start: deterministic."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts: Counter[str] = Counter()
    used = [
        (found, gold)
        for found, gold in zip(groups.groups, groups.gold, strict=True)
        if gold >= 0 and len(found) > 1
    ]
    for found, _ in used:
        counts.update({f for cand in found for f in cand.features})
    names = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: i for i, f in enumerate(names)}
    indptr, indices, offsets, golds = [0], [], [0], []
    for found, gold in used:
        golds.append(offsets[-1] + gold)
        for cand in found:
            indices.extend(sorted({column[f] for f in cand.features if f in column}))
            indptr.append(len(indices))
        offsets.append(offsets[-1] + len(found))
    matrix = csr_matrix(
        (np.ones(len(indices)), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(indptr) - 1, len(names)),
    )
    group_of = np.repeat(np.arange(len(used)), np.diff(offsets))
    gold_rows = np.array(golds)
    penalty = 1.0 / c

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = matrix @ w
        top = np.full(len(used), -np.inf)
        np.maximum.at(top, group_of, z)
        e = np.exp(z - top[group_of])
        total = np.bincount(group_of, weights=e, minlength=len(used))
        log_norm = np.log(total) + top
        value = float(np.sum(log_norm) - np.sum(z[gold_rows])) + 0.5 * penalty * float(w @ w)
        p = e / total[group_of]
        p[gold_rows] -= 1.0
        return value, matrix.T @ p + penalty * w

    result = minimize(
        loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    weights = {
        name: round(float(w), 4) for name, w in zip(names, result.x, strict=True) if abs(w) >= 1e-3
    }
    print(
        f"fit on {len(used)} groups ({matrix.shape[0]} candidates), {len(weights)} features "
        f"kept; loss {result.fun:.1f} after {result.nit} iterations"
    )
    return ContentModel(weights, 0.0, 0.0)


def rates(groups: Groups, model: ContentModel) -> tuple[float, float, float, int]:
    """Oracle, rules and model exact rates over all groups."""
    n = len(groups.groups)
    oracle = sum(g >= 0 for g in groups.gold) / max(1, n)
    rules = sum(g == 0 for g in groups.gold) / max(1, n)
    right = 0
    for found, gold in zip(groups.groups, groups.gold, strict=True):
        if gold >= 0 and choose(found, model) is found[gold]:
            right += 1
    return oracle, rules, right / max(1, n), n


def by_construction(groups: Groups, model: ContentModel) -> None:
    table: dict[str, list[int]] = {}
    for found, gold, con in zip(groups.groups, groups.gold, groups.constructions, strict=True):
        row = table.setdefault(con, [0, 0, 0, 0])
        row[0] += 1
        row[1] += gold >= 0
        row[2] += gold == 0
        row[3] += gold >= 0 and choose(found, model) is found[gold]
    print(f"{'construction':14} {'groups':>7} {'oracle':>7} {'rules':>7} {'model':>7}")
    for con, (n, oracle, rules, right) in sorted(table.items(), key=lambda kv: -kv[1][0]):
        print(f"{con:14} {n:7} {oracle / n:7.3f} {rules / n:7.3f} {right / n:7.3f}")


def _use(model: ContentModel | None) -> None:
    """Make the stage use ``model`` (None: the rules' spans)."""
    if model is None:
        quote_attributions.rerank_contents = lambda *args, **kwargs: None  # type: ignore[attr-defined]
    else:
        quote_attributions.rerank_contents = quote_content_model.rerank  # type: ignore[attr-defined]
        quote_content_model.load_model = lambda: model  # type: ignore[assignment]


def held_stage(nlp: Language, docs: list[PolnearDoc], parses: list[Doc], name: str) -> Scores:
    scores = stage_scores(nlp, docs, parses)
    print(scores_line(name, scores))
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=float, default=0.2, help="share of files held out")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp, docs, parses = polnear_train()
    cut = int(len(docs) * (1 - args.heldout))
    train, held = Groups(), Groups()
    for index, (source, doc) in enumerate(zip(docs, parses, strict=True)):
        collect(doc, source, train if index < cut else held)
    sizes = [len(g) for g in train.groups]
    print(
        f"{cut} training files: {len(train.groups)} cue-matched attributions, "
        f"{sum(sizes) / max(1, len(sizes)):.1f} candidates each"
    )
    model = fit(train, args.c, args.min_count)
    oracle, rules, right, n = rates(held, model)
    print(f"held-out {n} groups: oracle {oracle:.3f}, rules {rules:.3f}, model {right:.3f}")
    held_docs, held_parses = docs[cut:], parses[cut:]
    _use(None)
    held_stage(nlp, held_docs, held_parses, "held-out, rules' spans")
    best = (-1.0, 0.0)
    for margin in MARGINS:
        trial = ContentModel(model.weights, model.bias, margin)
        _use(trial)
        scores = held_stage(nlp, held_docs, held_parses, f"held-out, margin {margin:+.2f}")
        if scores.f1("content") > best[0] + 1e-9:
            best = (scores.f1("content"), margin)
    model = ContentModel(model.weights, model.bias, best[1])
    by_construction(held, model)
    print(f"chosen margin {best[1]:+.2f}: held-out content exact F1 {best[0]:.3f}")
    about = (
        "Content-boundary model of the newsgraph quotes stage: logistic regression weights over "
        "the candidate features of newsgraph.stages.quote_content_model. Fitted on the first "
        f"{cut} of the {len(docs)} PolNeAR train articles (Newell, Margolin & Ruths 2018; the "
        "data states no licence: research use), margin chosen on the last "
        f"{len(docs) - cut}. Rebuild: .venv/bin/python bench/train_quote_contents.py "
        f"--heldout {args.heldout} --c {args.c} --min-count {args.min_count}"
    )
    payload = model_to_json(model, about)
    write_weights(args.out, payload, started)


if __name__ == "__main__":
    main()
