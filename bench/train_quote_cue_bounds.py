"""Train the quotes stage's cue boundary model on PolNeAR TRAIN and write its weights file.

Run: ``.venv/bin/python bench/train_quote_cue_bounds.py [--heldout 0.2] [--c 1.0] [--min-count 3]``
(needs the optional ``train`` extra: scikit-learn).

Data: ``../shared/data/quotes/polnear/train`` only (never dev), parsed once and cached like
``bench/train_quote_cues.py``; the first 80% of the files (by name) fit the tables, the last 20%
give the figures printed at the end. Every candidate attribution the rules propose whose cue
word lies inside a one-piece gold cue becomes two examples: the cue's possible first words
(positive: the one where the gold cue starts) and its possible last words (positive: where it
ends), each with the features of :mod:`newsgraph.stages.quote_cue_bounds`. The content model is
applied first, as in the stage, so a retrain of the content model calls for a retrain of this
one. A side whose gold edge is not among the candidates is left out and counted (the oracle
misses). Two logistic regressions (scikit-learn, L2) give the tables; the stage picks the
best-scoring edge on each side.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgraph.evaluation.polnear import PolnearDoc
from newsgraph.spans import in_boilerplate
from newsgraph.stages import quote_attributions, quote_cue_bounds
from newsgraph.stages.quote_content_model import rerank as rerank_contents
from newsgraph.stages.quote_cue_bounds import (
    CueBounds,
    Edges,
    bounds_to_json,
    edges,
)
from newsgraph.stages.quote_cue_model import Logistic, sentence_of, sentence_starts
from newsgraph.stages.quote_marks import find_quoted
from train_quote_cues import fit, polnear_train, scores_line, stage_scores, write_weights

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "src" / "newsgraph" / "data" / "quote_cue_bounds.json"


@dataclass
class Side:
    """Candidate edges of one side as groups: feature rows, labels, whether the rule's edge."""

    groups: list[list[tuple[list[str], int, bool]]] = field(default_factory=list)
    misses: int = 0

    def add(self, options: list[tuple[int, list[str]]], gold: int, rule: int) -> None:
        if not any(index == gold for index, _ in options):
            self.misses += 1
            return
        self.groups.append([(row, int(index == gold), index == rule) for index, row in options])

    def rows(self) -> tuple[list[list[str]], list[int]]:
        flat = [(row, label) for group in self.groups for row, label, _ in group]
        return [row for row, _ in flat], [label for _, label in flat]


def _token_index(doc: Doc, char: int, end: bool) -> int | None:
    """The token starting (or, with ``end``, ending) exactly at ``char``."""
    for tok in doc:
        if (tok.idx + len(tok) if end else tok.idx) == char:
            return tok.i
    return None


def collect(doc: Doc, gold: PolnearDoc, left: Side, right: Side) -> None:
    """Add the cue edges of the candidates in one document whose cue word is in a gold cue."""
    text = doc.text
    cues = [a.cue[0] for a in gold.attributions if a.cue and len(a.cue) == 1]
    quoted = [q for q in find_quoted(text) if not in_boilerplate(doc, q.start, q.end)]
    proposed = quote_attributions.propose_attributions(doc, quoted, text, wide=True)
    proposed = [a for a in proposed if a.construction != "phrase" and a.verb is not None]
    rerank_contents(doc, text, proposed, quoted)
    starts = sentence_starts(doc)
    for attribution in proposed:
        assert attribution.verb is not None and attribution.cue is not None
        tok = doc[attribution.verb]
        if in_boilerplate(doc, tok.idx, tok.idx + len(tok)):
            continue
        hit = next((c for c in cues if c[0] <= tok.idx < c[1]), None)
        found: Edges | None = edges(doc, attribution, sentence_of(starts, len(doc), tok.i))
        if hit is None or found is None:
            continue
        first, last = _token_index(doc, hit[0], False), _token_index(doc, hit[1], True)
        rule_first = _token_index(doc, attribution.cue[0], False)
        rule_last = _token_index(doc, attribution.cue[1], True)
        if first is None or last is None:
            left.misses += first is None
            right.misses += last is None
            continue
        left.add(found.lefts, first, -1 if rule_first is None else rule_first)
        right.add(found.rights, last, -1 if rule_last is None else rule_last)


def accuracy(side: Side, table: Logistic | None) -> float:
    """Share of groups whose chosen edge is the gold one (``None``: the rule's edge)."""
    right = 0
    for group in side.groups:
        if table is None:
            right += any(label and rule for _, label, rule in group)
            continue
        scores = [sum(table.weights.get(f, 0.0) for f in row) for row, _, _ in group]
        right += group[scores.index(max(scores))][1]
    return right / max(1, len(side.groups))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=float, default=0.2, help="share of files held out")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp, docs, parses = polnear_train()
    cut = int(len(docs) * (1 - args.heldout))
    sides = {"fit": (Side(), Side()), "held": (Side(), Side())}
    for index, (source, doc) in enumerate(zip(docs, parses, strict=True)):
        collect(doc, source, *sides["fit" if index < cut else "held"])
    (fit_left, fit_right), (held_left, held_right) = sides["fit"], sides["held"]
    print(
        f"{cut} training files: {len(fit_left.groups)} cue starts, {len(fit_right.groups)} ends "
        f"(gold edge not a candidate: {fit_left.misses} starts, {fit_right.misses} ends)"
    )
    model = CueBounds(
        *(fit(*side.rows(), args.c, args.min_count, 0.0, 3000) for side in (fit_left, fit_right))
    )
    for name, side, table in (("start", held_left, model.left), ("end", held_right, model.right)):
        print(
            f"held-out cue {name}: rules {accuracy(side, None):.3f}, model "
            f"{accuracy(side, table):.3f} of {len(side.groups)} (misses {side.misses})"
        )
    held_docs, held_parses = docs[cut:], parses[cut:]
    setattr(quote_attributions, "choose_cues", lambda doc, text, found: None)  # noqa: B010
    print(scores_line("held-out, rule cue edges", stage_scores(nlp, held_docs, held_parses)))
    setattr(quote_attributions, "choose_cues", quote_cue_bounds.choose_cues)  # noqa: B010
    quote_cue_bounds.load_bounds = lambda: model  # type: ignore[assignment]
    print(scores_line("held-out, learned cue edges", stage_scores(nlp, held_docs, held_parses)))
    about = (
        "Cue boundary model of the newsgraph quotes stage: logistic regression weights over the "
        "feature strings of newsgraph.stages.quote_cue_bounds (one table for the cue's first "
        f"word, one for its last). Fitted on the first {cut} of the {len(docs)} PolNeAR train "
        "articles (Newell, Margolin & Ruths 2018; the data states no licence: research use). "
        f"Rebuild: .venv/bin/python bench/train_quote_cue_bounds.py --heldout {args.heldout} "
        f"--c {args.c} --min-count {args.min_count}"
    )
    payload = bounds_to_json(model, about)
    write_weights(args.out, payload, started)


if __name__ == "__main__":
    main()
