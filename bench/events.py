"""Event-type benchmark: newsgraph's top event per snippet on CASE 2021 task 2 (dev file).

Run: ``.venv/bin/python bench/events.py [--no-append] [--speed]``

Data: ``../shared/data/events/case2021_task2_dev.tsv`` (509 snippets, 30 labels: ACLED sub-event
types plus a few). Each snippet is parsed by the model and classified by the events stage's
rules (:func:`newsgraph.evaluation.case2021.classify_texts`); the label of the highest-scoring
event is compared with the gold label: accuracy and macro F1 over the gold labels. The rules
were written from ACLED's codebook; while developing only the first half (even rows) was
looked at, so the held-out half (odd rows) shows whether they generalise. Baselines in the same
run: the majority label of the development half, and a keyword baseline (a word or two per
label, most hits wins). Target: accuracy >= 0.75.

``--speed`` also times the events stage alone on the PolNeAR dev articles (full articles, with
the other stages' places and dates filled in) against bare ``nlp.pipe`` of the model on the
same texts: the stage may add only a few percent of the model's time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.evaluation import data_dir
from newsgraph.evaluation.case2021 import (
    Snippet,
    classify_texts,
    halves,
    keyword_baseline,
    majority_baseline,
    read_case2021,
    score,
)
from newsgraph.evaluation.metrics import harmonic_f1
from newsgraph.pipeline import get_nlp
from newsgraph.stages.events import EventsStage

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "RESULTS.md"


def _per_label(
    snippets: Sequence[Snippet], predicted: Sequence[str]
) -> list[tuple[str, int, float]]:
    """(label, gold count, F1) per gold label, worst first: where the rules fall short."""
    rows = []
    for label in sorted({s.label for s in snippets}):
        gold = [s.label == label for s in snippets]
        pred = [p == label for p in predicted]
        tp = sum(g and p for g, p in zip(gold, pred, strict=True))
        precision = tp / sum(pred) if sum(pred) else 0.0
        recall = tp / sum(gold) if sum(gold) else 0.0
        f1 = harmonic_f1(precision, recall)
        rows.append((label, sum(gold), f1))
    return sorted(rows, key=lambda r: (r[2], r[0]))


def measure_speed() -> str:
    """The events stage's time per article against the bare model's, on PolNeAR dev texts."""
    paths = sorted((data_dir() / "quotes" / "polnear" / "dev" / "text").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    nlp = get_nlp()
    ours = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    with nlp.select_pipes(disable=ours):
        list(nlp.pipe(texts[:3]))
        started = time.perf_counter()
        list(nlp.pipe(texts))
        bare = time.perf_counter() - started
    docs = list(nlp.pipe(texts))
    stage = EventsStage()
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for doc in docs:
            stage(doc)
        best = min(best, time.perf_counter() - started)
    n = len(texts)
    events = sum(len(doc._.events) for doc in docs) / n
    return (
        f"speed on {n} PolNeAR dev articles: bare nlp.pipe {1000 * bare / n:.1f} ms/article, "
        f"events stage {1000 * best / n:.2f} ms/article ({100 * best / bare:.1f}% of the model); "
        f"{events:.1f} events per article"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    parser.add_argument("--speed", action="store_true", help="also time the stage on PolNeAR")
    args = parser.parse_args()

    snippets = read_case2021()
    dev, held = halves(snippets)
    nlp = get_nlp()
    started = time.perf_counter()
    ours = classify_texts(nlp, [s.text for s in snippets])
    seconds = time.perf_counter() - started
    systems = {
        "newsgraph": ours,
        "keyword baseline": keyword_baseline(snippets),
        "majority (dev half)": majority_baseline(dev, snippets),
    }
    position = {s.id: i for i, s in enumerate(snippets)}

    table = Table(title=f"Event sub-type of the top event, CASE 2021 task 2 dev ({len(snippets)})")
    for column in ("system", "part", "n", "accuracy", "macro F1"):
        table.add_column(column, justify="right")
    lines: list[str] = []
    for name, predicted in systems.items():
        for part_name, part in (("all", snippets), ("dev half", dev), ("held-out half", held)):
            picked = [predicted[position[s.id]] for s in part]
            result = score([s.label for s in part], picked)
            cells = (
                name,
                part_name,
                str(result.n),
                f"{result.accuracy:.3f}",
                f"{result.macro_f1:.3f}",
            )
            table.add_row(*cells)
            lines.append("| " + " | ".join(cells) + " |")
    console = Console()
    console.print(table)
    weakest = _per_label(snippets, ours)[:8]
    weak_line = ", ".join(f"{label} {f1:.2f} (n={n})" for label, n, f1 in weakest)
    console.print(f"weakest labels (F1): {weak_line}")
    per_snippet = 1000 * seconds / len(snippets)
    console.print(f"parse + classify: {seconds:.1f} s ({per_snippet:.1f} ms per snippet)")
    speed_line = measure_speed() if args.speed else ""
    if speed_line:
        console.print(speed_line)

    if not args.no_append:
        header = (
            f"\n## events — {dt.datetime.now():%Y-%m-%d %H:%M}\n\n"
            "`python bench/events.py`; CASE 2021 task 2 dev file; label of the top event per "
            "snippet; accuracy and macro F1 over gold labels; rules written from ACLED's "
            "codebook looking only at the dev half (even rows); majority and keyword baselines "
            "in the same run; target accuracy >= 0.75.\n\n"
            "| system | part | n | accuracy | macro F1 |\n|---|---|---|---|---|\n"
        )
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(header + "\n".join(lines) + f"\n\nWeakest labels: {weak_line}.\n")
            if speed_line:
                handle.write(f"\n{speed_line[0].upper()}{speed_line[1:]} (machine shared).\n")


if __name__ == "__main__":
    main()
