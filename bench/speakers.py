"""Speaker benchmark: entity clustering and speaker resolution on the gold set and PolNeAR dev.

Run: ``.venv/bin/python bench/speakers.py [--polnear-limit N] [--since ID] [--no-append]``

Figures (:mod:`newsgraph.evaluation.speakers`):

- gold set (``tests/gold``, written for this project): speaker accuracy of
  :func:`~newsgraph.stages.entities.resolve_speaker` given the gold source spans; quote recall
  and speaker accuracy end to end (predicted quotes matched to gold quotes by content overlap);
  entity recall by name and descriptor/affiliation recall of the found entities. The peer in
  the same run: bare spaCy NER (the source's own entity, else the nearest one before it).
- PolNeAR dev (no speaker gold): how many gold source spans resolve to an entity, how many
  pronoun sources do, and whether named sources land on an entity carrying their name.
- cost: the entities stage's ``find`` time per article on PolNeAR dev texts, and the time of
  resolving every gold source with ``resolve_speaker`` (what the quotes stage calls), against
  bare ``nlp.pipe`` of the model on the same texts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.evaluation import data_dir
from newsgraph.evaluation.polnear import load_split
from newsgraph.evaluation.speakers import (
    CorpusCoverage,
    Ratio,
    baseline_given_source,
    coverage_on_sources,
    evaluate,
    load_gold,
)
from newsgraph.pipeline import get_nlp
from newsgraph.stages import entities

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "RESULTS.md"


def _cell(ratio: Ratio) -> tuple[str, str, str]:
    return str(ratio.total), f"{ratio.strict_rate:.3f}", f"{ratio.lenient_rate:.3f}"


def gold_table(since: str | None = None) -> Table:
    """The gold-set table; ``since``: only the articles whose id sorts at or after it (the
    articles added later, written without looking at the system's output on them)."""
    nlp = get_nlp()
    articles = [a for a in load_gold() if since is None or a.id >= since]
    scores = evaluate(nlp, articles)
    baseline = baseline_given_source(nlp, articles)
    part = f", from {since} on" if since else ""
    table = Table(title=f"speakers: gold set ({len(articles)} articles{part})")
    for column in ("measure", "system", "n", "strict", "lenient"):
        table.add_column(column)
    rows = [
        ("speaker | gold source", "newsgraph", scores.given_source),
        ("speaker | gold source", "spaCy NER nearest", baseline),
        ("quote recall", "newsgraph", scores.quote_recall),
        ("speaker | matched quote", "newsgraph", scores.end_to_end),
        ("entity recall (by name)", "newsgraph", scores.entity_recall),
        ("descriptor recall", "newsgraph", scores.descriptor_recall),
        ("affiliation recall", "newsgraph", scores.affiliation_recall),
    ]
    for measure, system, ratio in rows:
        table.add_row(measure, system, *_cell(ratio))
    return table


def polnear_tables(limit: int | None) -> tuple[Table, Table]:
    nlp = get_nlp()
    docs = load_split(data_dir() / "quotes" / "polnear" / "dev", limit=limit)
    texts = [d.text for d in docs]
    model_only = [n for n in nlp.pipe_names if n.startswith("newsgraph_")]
    # bare model throughput on the same texts (the reference cost)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, disable=model_only):
        pass
    bare = time.perf_counter() - start
    later = [n for n in model_only if n not in ("newsgraph_boilerplate", "newsgraph_entities")]
    parsed = list(nlp.pipe(texts, disable=later))
    start = time.perf_counter()
    for doc in parsed:
        entities.find(doc)
    stage = time.perf_counter() - start
    coverage = CorpusCoverage()
    start = time.perf_counter()
    for doc, gold in zip(parsed, docs, strict=True):
        sources = [
            (a.source[0][0], a.source[-1][1]) for a in gold.attributions if a.source is not None
        ]
        coverage_on_sources(doc, sources, coverage)
    resolving = time.perf_counter() - start
    cov = Table(title=f"speakers: PolNeAR dev gold sources ({len(docs)} articles)")
    for column in ("measure", "n", "rate"):
        cov.add_column(column)
    for measure, part, whole in (
        ("sources resolved to an entity", coverage.resolved, coverage.sources),
        ("pronoun sources resolved", coverage.pronouns_resolved, coverage.pronouns),
        ("named sources on an entity with that name", coverage.named_agree, coverage.named),
    ):
        cov.add_row(measure, str(whole), f"{part / whole:.3f}" if whole else "-")
    cost = Table(title="speakers: cost of the entities stage (PolNeAR dev texts)")
    for column in ("system", "seconds", "ms / article", "share of nlp.pipe"):
        cost.add_column(column)
    per = 1000 / max(len(docs), 1)
    cost.add_row("bare nlp.pipe (model)", f"{bare:.2f}", f"{bare * per:.1f}", "1.000")
    cost.add_row("entities.find", f"{stage:.2f}", f"{stage * per:.1f}", f"{stage / bare:.3f}")
    cost.add_row(
        f"resolve_speaker ({coverage.sources} gold sources)",
        f"{resolving:.2f}",
        f"{resolving * per:.1f}",
        f"{resolving / bare:.3f}",
    )
    return cov, cost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear-limit", type=int, default=None, help="first N dev articles")
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    parser.add_argument(
        "--since", default=None, help="also score the gold articles from this id on, alone"
    )
    args = parser.parse_args()
    console = Console(width=120, record=True)
    tables = [gold_table(), *polnear_tables(args.polnear_limit)]
    if args.since:
        tables.insert(1, gold_table(args.since))
    for table in tables:
        console.print(table)
    if args.no_append:
        return
    recorder = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    for table in tables:
        recorder.print(table)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    scope = f"first {args.polnear_limit} PolNeAR dev articles" if args.polnear_limit else "all"
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(f"\n## speakers — {stamp} ({scope}; machine shared with other jobs)\n\n")
        handle.write("```\n" + recorder.export_text() + "```\n")


if __name__ == "__main__":
    main()
