"""Train the quotes stage's cue model on PolNeAR TRAIN and write its weights file.

Run: ``.venv/bin/python bench/train_quote_cues.py [--heldout 0.2] [--c 0.3] [--min-count 2]``
(needs the optional ``train`` extra: scikit-learn).

Data: ``../shared/data/quotes/polnear/train`` only (never dev), parsed once by the model and
cached in the system temp folder (``newsgraph_polnear_train_all.spacy``, the same cache as
``bench/quotes_errors.py``). The files are split by name: the first 80% fit the model, the last
20% (held out) choose the threshold and give the figures printed at the end.

Every candidate attribution that :func:`newsgraph.stages.quote_attributions.propose_attributions`
builds (every verb, lexicon or not, with the source and content the parse gives) becomes one
example: positive when the candidate's cue word lies inside a gold cue span (the word, not the
exact span: boundaries are the span rules' job, whether the word reports is the model's). A
logistic regression (scikit-learn, L2) is fitted on the feature strings of
:func:`newsgraph.stages.quote_cue_model.features`; features seen fewer than ``--min-count``
times are dropped. A second, cheaper model over the word's own features (no source or content
yet) is the gate. The threshold of the full model is the one that maximises cue exact F1 of
the whole quotes stage on the held-out files; the gate's is then the highest that still passes
``--gate-recall`` of the held-out candidates the full model keeps, so that most verbs are never
built into attributions and the output hardly changes. The weights go to
``src/newsgraph/data/quote_cues.json`` as ``feature -> weight`` with a header naming the data
and this command; inference reads that table with the standard library alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgraph.evaluation import data_dir
from newsgraph.evaluation.polnear import (
    PolnearDoc,
    Scores,
    load_split,
    normalise,
    quotes_to_triples,
)
from newsgraph.spans import in_boilerplate
from newsgraph.stages import entities, quote_attributions, quotes
from newsgraph.stages.quote_cue_model import (
    CueModel,
    Logistic,
    attribution_features,
    model_to_json,
    token_features,
)
from newsgraph.stages.quote_marks import find_quoted
from quotes_errors import build, parsed

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "src" / "newsgraph" / "data" / "quote_cues.json"
THRESHOLDS = [round(0.3 + 0.025 * i, 3) for i in range(13)]
GATE_GRID = [round(0.01 * i, 3) for i in range(1, 100)]


@dataclass
class Examples:
    """Candidates as feature rows: the word's own features, the attribution's, the label."""

    words: list[list[str]] = field(default_factory=list)
    built: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)

    def full(self) -> list[list[str]]:
        return [a + b for a, b in zip(self.words, self.built, strict=True)]


def examples(doc: Doc, gold: PolnearDoc, out: Examples, label: str = "word") -> None:
    """Add the candidates the rules propose in one document (no gate) to ``out``.

    ``label``: "word" makes a candidate positive when its cue word lies in a gold cue,
    "exact" only when its whole cue span is a gold cue span."""
    text = doc.text
    cue_chars = [(s, e) for a in gold.attributions if a.cue for s, e in a.cue]
    cue_spans = {a.cue for a in gold.attributions if a.cue}
    quoted = [q for q in find_quoted(text) if not in_boilerplate(doc, q.start, q.end)]
    for attribution in quote_attributions.propose_attributions(doc, quoted, text, wide=True):
        if attribution.construction == "phrase" or attribution.verb is None:
            continue
        tok = doc[attribution.verb]
        if in_boilerplate(doc, tok.idx, tok.idx + len(tok)):
            continue
        if label == "exact":
            cue = normalise(text, [attribution.cue]) if attribution.cue else ()
            inside = cue in cue_spans
        else:
            inside = any(s < tok.idx + len(tok) and tok.idx < e for s, e in cue_chars)
        out.words.append(token_features(doc, text, tok))
        out.built.append(attribution_features(text, tok, attribution))
        out.labels.append(int(inside))


def stage_scores(nlp: Language, docs: list[PolnearDoc], parses: list[Doc]) -> Scores:
    """The quotes stage's scores on ``docs`` with whatever model ``quote_attributions`` loads."""
    scores = Scores()
    boiler = nlp.get_pipe("newsgraph_boilerplate")
    for source, doc in zip(docs, parses, strict=True):
        boiler(doc)
        doc._.quotes = tuple(quotes.find(doc))
        scores.add(source.attributions, quotes_to_triples(source.text, doc._.quotes))
    return scores


def fit(
    rows: list[list[str]],
    labels: list[int],
    c: float,
    min_count: int,
    threshold: float = 0.5,
    max_iter: int = 2000,
) -> Logistic:
    """A logistic regression over the feature strings, as a weight table; features seen in
    fewer than ``min_count`` rows are left out."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for row in rows for f in set(row))
    keep = {f for f, n in counts.items() if n >= min_count}
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([{f: 1.0 for f in row if f in keep} for row in rows])
    model = LogisticRegression(C=c, max_iter=max_iter, solver="lbfgs")
    model.fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    weights = {
        str(name): round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= 5e-4
    }
    return Logistic(weights, round(float(model.intercept_[0]), 4), threshold)


def gate_threshold(full: Logistic, gate: Logistic, held: Examples, recall: float) -> float:
    """The highest gate threshold that still passes ``recall`` of the held-out candidates the
    full model keeps: the gate only saves the work on words the full model would reject."""
    kept = [
        gate.probability(words)
        for words, row in zip(held.words, held.full(), strict=True)
        if full.probability(row) >= full.threshold
    ]
    best = 0.0
    for threshold in GATE_GRID:
        if sum(p >= threshold for p in kept) >= recall * len(kept):
            best = threshold
    scores = [gate.probability(row) for row in held.words]
    skipped = sum(p < best for p in scores) / max(1, len(scores))
    print(f"gate threshold {best:.3f}: skips {skipped:.1%} of held-out candidates")
    return best


def scores_line(name: str, scores: Scores) -> str:
    """One printed line of stage scores: exact P/R/F1 per role, and content overlap F1."""
    cells = []
    for role in ("content", "source", "cue"):
        prf = scores.table[(role, "exact")]
        cells.append(f"{role} {prf.precision:.3f}/{prf.recall:.3f}/{prf.f1:.3f}")
    cells.insert(1, f"overlap {scores.f1('content', 'overlap'):.3f}")
    return f"{name:30} " + "  ".join(cells)


def _use(model: CueModel) -> None:
    quote_attributions.load_model = lambda: model  # type: ignore[attr-defined,assignment]


def polnear_train() -> tuple[Language, list[PolnearDoc], list[Doc]]:
    """The pipeline the trainers use, PolNeAR train and its parses (cached in the system temp
    folder) with the boilerplate stage applied; speakers are not resolved (nothing here
    scores them)."""
    docs = load_split(data_dir() / "quotes" / "polnear" / "train")
    nlp = build()
    entities.resolve_speaker = lambda doc, start, end, not_meant=None: None  # type: ignore[assignment]
    parses = parsed(nlp, docs, Path(tempfile.gettempdir()) / "newsgraph_polnear_train_all.spacy")
    boiler = nlp.get_pipe("newsgraph_boilerplate")
    for doc in parses:
        boiler(doc)
    return nlp, docs, parses


def write_weights(path: Path, payload: dict[str, object], started: float) -> None:
    """Write a weights file (one JSON value per line, so a retrain diffs by feature)."""
    path.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", "utf-8")
    size = path.stat().st_size
    print(f"wrote {path} ({size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=float, default=0.2, help="share of files held out")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--label", choices=("word", "exact"), default="word")
    parser.add_argument("--gate-recall", type=float, default=0.995)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp, docs, parses = polnear_train()
    cut = int(len(docs) * (1 - args.heldout))
    train, held = Examples(), Examples()
    for index, (source, doc) in enumerate(zip(docs, parses, strict=True)):
        examples(doc, source, train if index < cut else held, args.label)
    print(f"{cut} training files, {len(train.labels)} candidates, {sum(train.labels)} positive")
    full = fit(train.full(), train.labels, args.c, args.min_count)
    gate = fit(train.words, train.labels, args.c, args.min_count)
    print(f"{len(full.weights)} features kept, gate {len(gate.weights)}")

    held_docs, held_parses = docs[cut:], parses[cut:]
    original = quote_attributions.find_attributions

    def rules_only(doc: Doc, quoted: list, text: str | None = None) -> list:  # type: ignore[type-arg]
        return original(doc, quoted, text, use_model=False)

    quotes.find_attributions = rules_only  # type: ignore[attr-defined,assignment]
    print(
        scores_line(
            f"held-out {len(held_docs)} files, rules", stage_scores(nlp, held_docs, held_parses)
        )
    )
    quotes.find_attributions = original  # type: ignore[attr-defined]
    best: tuple[float, float] = (-1.0, 0.5)
    for threshold in THRESHOLDS:
        _use(CueModel(Logistic(full.weights, full.bias, threshold), None))
        scores = stage_scores(nlp, held_docs, held_parses)
        print(scores_line(f"held-out, threshold {threshold:.3f}", scores))
        if scores.f1("cue") > best[0]:
            best = (scores.f1("cue"), threshold)
    full = Logistic(full.weights, full.bias, best[1])
    gate = Logistic(gate.weights, gate.bias, gate_threshold(full, gate, held, args.gate_recall))
    model = CueModel(full, gate)
    _use(model)
    print(scores_line(f"held-out, {best[1]:.3f}, gated", stage_scores(nlp, held_docs, held_parses)))
    print(
        scores_line(
            f"training {cut} files, {best[1]:.3f}", stage_scores(nlp, docs[:cut], parses[:cut])
        )
    )
    print(f"chosen threshold {best[1]:.3f}: held-out cue exact F1 {best[0]:.3f}")
    about = (
        "Cue model of the newsgraph quotes stage: logistic regression weights over the feature "
        "strings of newsgraph.stages.quote_cue_model (gate: the word's own features). Fitted on "
        f"the first {cut} of the {len(docs)} PolNeAR train articles (Newell, Margolin & Ruths "
        "2018; the data states no licence: research use), thresholds chosen on the last "
        f"{len(docs) - cut}. Rebuild: .venv/bin/python bench/train_quote_cues.py --heldout "
        f"{args.heldout} --c {args.c} --min-count {args.min_count} --label {args.label} "
        f"--gate-recall {args.gate_recall}"
    )
    payload = model_to_json(model, about)
    write_weights(args.out, payload, started)


if __name__ == "__main__":
    main()
