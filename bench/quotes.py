"""Quote benchmark: newsgraph's quotes stage against textacy on PolNeAR dev, plus the gold set.

Run: ``.venv/bin/python bench/quotes.py [--limit N] [--no-append]``

Data: ``../shared/data/quotes/polnear/dev`` (84 articles, every attribution, the first
annotator's ``.ann`` where several exist). Figures: precision, recall and F1 of content, source
and cue spans, exact and overlapping (:mod:`newsgraph.evaluation.polnear`). The peer, measured
on the same parsed documents in the same run, is textacy's rule-based
``textacy.extract.triples.direct_quotations`` (direct quotes only; a document on which it raises
is counted and scores nothing). Published reference on the PolNeAR *test* split (exact F1,
content / source / cue): BERT+CofeNet 0.729 / 0.832 / 0.753, rule-based 0.056 / 0.107 / 0.228.
Targets on dev: content exact F1 >= 0.65 (overlap >= 0.85), source and cue exact F1 >= 0.75.
The human reference is PolNeAR's own agreement: the articles of train and dev that several
people annotated, every pair of their ``.ann`` files scored against each other (F1 only, as
neither side is gold).

The stage's own cost is the time of its ``find`` on the parsed documents, shown against the
time of bare ``nlp.pipe`` on the same texts. The project's gold set (``tests/gold``) gives
quote recall (a gold quote is found when a predicted quote overlaps its content) and speaker
accuracy (the found quote's speaker entity carries the gold speaker's name).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.evaluation import data_dir
from newsgraph.evaluation.polnear import (
    ROLES,
    GoldResult,
    PolnearDoc,
    Scores,
    SpanTriple,
    annotator_agreement,
    load_gold_quotes,
    load_split,
    normalise,
    quotes_to_triples,
    score_gold_article,
)
from newsgraph.pipeline import load_model
from newsgraph.settings import Settings
from newsgraph.stages import entities

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "RESULTS.md"
GOLD = REPO / "tests" / "gold"
PUBLISHED = {
    "BERT+CofeNet (test, published)": {"content": 0.729, "source": 0.832, "cue": 0.753},
    "rule-based (test, published)": {"content": 0.056, "source": 0.107, "cue": 0.228},
}


def _token_fragments(text: str, tokens: list[Token] | Span) -> tuple[tuple[int, int], ...]:
    """Runs of adjacent tokens as character fragments."""
    runs: list[tuple[int, int]] = []
    last = -2
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.i == last + 1 and runs:
            runs[-1] = (runs[-1][0], tok.idx + len(tok))
        else:
            runs.append((tok.idx, tok.idx + len(tok)))
        last = tok.i
    return normalise(text, runs)


def textacy_triples(doc: Doc) -> list[SpanTriple]:
    """textacy's direct quotations as attributions; raises what textacy raises."""
    from textacy.extract.triples import direct_quotations

    found: list[SpanTriple] = []
    for triple in direct_quotations(doc):
        found.append(
            SpanTriple(
                _token_fragments(doc.text, triple.content) or None,
                _token_fragments(doc.text, triple.speaker) or None,
                _token_fragments(doc.text, triple.cue) or None,
            )
        )
    return found


#: the stages the quotes stage reads (boilerplate, entities) and the quotes stage itself
_STAGES = ("newsgraph_boilerplate", "newsgraph_entities", "newsgraph_quotes")


def build(settings: Settings) -> Language:
    """The model plus :data:`_STAGES`."""
    nlp = load_model(settings.model)
    for name in _STAGES:
        nlp.add_pipe(name)
    return nlp


class _Timed:
    """Wraps the entities stage's speaker resolver to tell its time apart from the rules'."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.inner = entities.resolve_speaker

    def __call__(self, doc: Doc, start: int, end: int, not_meant: str | None = None) -> str | None:
        started = time.perf_counter()
        try:
            return self.inner(doc, start, end, not_meant)
        finally:
            self.seconds += time.perf_counter() - started


def run_polnear(
    nlp: Language, docs: list[PolnearDoc]
) -> tuple[Scores, Scores, int, float, float, int]:
    """Scores of newsgraph and textacy, textacy's failures, model and stage seconds, quotes."""
    # the model with everything :func:`load_model` sets in it (the line-break sentence starts
    # sit between its components); the stages that follow run one by one below
    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), disable=list(_STAGES)))
    model_seconds = time.perf_counter() - started
    ours, peer = Scores(), Scores()
    failures = 0
    stage_seconds = 0.0
    n_quotes = 0
    for source, doc in zip(docs, parsed, strict=True):
        nlp.get_pipe("newsgraph_boilerplate")(doc)
        nlp.get_pipe("newsgraph_entities")(doc)
        started = time.perf_counter()
        nlp.get_pipe("newsgraph_quotes")(doc)
        stage_seconds += time.perf_counter() - started
        n_quotes += len(doc._.quotes)
        ours.add(source.attributions, quotes_to_triples(source.text, doc._.quotes))
        try:
            theirs = textacy_triples(doc)
        except Exception:  # noqa: BLE001 - the peer's failures are counted, whatever they are
            failures += 1
            theirs = []
        peer.add(source.attributions, theirs)
    return ours, peer, failures, model_seconds, stage_seconds, n_quotes


def run_gold(nlp: Language) -> GoldResult | None:
    quotes_file = GOLD / "quotes.jsonl"
    if not quotes_file.is_file():
        return None
    gold = load_gold_quotes(quotes_file)
    manifest: dict[str, dt.date | None] = {}
    manifest_file = GOLD / "manifest.jsonl"
    if manifest_file.is_file():
        for line in manifest_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                published = row.get("published")
                manifest[row["id"]] = dt.date.fromisoformat(published) if published else None
    result = GoldResult()
    for article in sorted({g.article for g in gold}):
        path = GOLD / "articles" / f"{article}.txt"
        if not path.is_file():
            continue
        doc = nlp.make_doc(path.read_text(encoding="utf-8"))
        doc._.published = manifest.get(article)
        doc = nlp(doc)
        score_gold_article(
            [g for g in gold if g.article == article], doc._.quotes, doc._.entities, result
        )
    return result


def _cell(scores: Scores, role: str, mode: str) -> str:
    prf = scores.table[(role, mode)]
    return f"{prf.precision:.3f} / {prf.recall:.3f} / {prf.f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N dev articles only")
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()

    docs = load_split(data_dir() / "quotes" / "polnear" / "dev", limit=args.limit)
    nlp = build(Settings())
    nlp("warm up")
    resolver = _Timed()
    entities.resolve_speaker = resolver  # type: ignore[assignment]
    ours, peer, failures, model_s, stage_s, n_quotes = run_polnear(nlp, docs)
    entities.resolve_speaker = resolver.inner  # type: ignore[assignment]
    gold = run_gold(nlp)

    table = Table(title=f"quotes: PolNeAR dev, {len(docs)} articles (P / R / F1)")
    table.add_column("system")
    for role in ROLES:
        table.add_column(f"{role} exact")
        table.add_column(f"{role} overlap")
    for name, scores in (("newsgraph", ours), (f"textacy ({failures} docs raised)", peer)):
        table.add_row(name, *[_cell(scores, r, m) for r in ROLES for m in ("exact", "overlap")])
    for name, figures in PUBLISHED.items():
        table.add_row(name, *[c for r in ROLES for c in (f"- / - / {figures[r]:.3f}", "-")])
    polnear = data_dir() / "quotes" / "polnear"
    humans = annotator_agreement([polnear / "train", polnear / "dev"])
    table.add_row(
        f"annotators pairwise ({humans.articles} articles, {humans.pairs} pairs)",
        *[f"- / - / {humans.scores.f1(r, m):.3f}" for r in ROLES for m in ("exact", "overlap")],
    )
    console = Console(width=200, record=True)
    console.print(table)
    per_article = 1000 * stage_s / max(1, len(docs))
    lines = [
        f"quotes found: {n_quotes}; gold attributions: "
        f"{ours.table[('content', 'exact')].n_gold} content spans",
        f"stage cost: {per_article:.1f} ms/article = {100 * stage_s / model_s:.1f}% of bare "
        f"nlp.pipe ({1000 * model_s / max(1, len(docs)):.0f} ms/article); of which "
        f"entities.resolve_speaker {1000 * resolver.seconds / max(1, len(docs)):.1f} ms, "
        f"quote rules {1000 * (stage_s - resolver.seconds) / max(1, len(docs)):.1f} ms "
        f"({100 * (stage_s - resolver.seconds) / model_s:.1f}%)",
    ]
    if gold is not None:
        lines.append(
            f"gold set (tests/gold/quotes.jsonl): quote recall {gold.recall:.3f} "
            f"({gold.found}/{gold.total}); speaker accuracy {gold.speaker_accuracy:.3f} "
            f"({gold.speaker_right}/{gold.speaker_total})"
        )
    for line in lines:
        console.print(line)
    if not args.no_append:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        scope = f"first {args.limit} articles" if args.limit else "all dev articles"
        body = console.export_text()
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(f"\n## quotes — {stamp} ({scope}; machine shared)\n\n```\n{body}```\n")


if __name__ == "__main__":
    main()
