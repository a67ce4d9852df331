"""Dates benchmark: newsgraph's ``dates`` stage against dateparser on TimeBank.

Run: ``.venv/bin/python bench/dates.py [--no-append] [--no-speed]``

Data: ``../shared/data/time/timebank/*.tml`` (TimeBank 1.2 as cleaned for TempEval-3, 183 news
documents); each document's creation time (DCT) is its publication date. Figures:

* value accuracy of the gold DATE expressions given their spans: newsgraph's resolver and the
  peer, dateparser 1.5 with ``RELATIVE_BASE`` = DCT (its value written at the granularity it
  reports), measured in the same run;
* end to end (the stage on the plain text): strict (same offsets) and relaxed (overlap, one to
  one) span P/R/F1, and value F1 (a hit needs the span and the exact TIMEX3 value), over all
  TIMEX3 types and over DATE alone.

The rules were written looking at the development half (even-numbered files in sorted order);
the held-out half (odd) shows whether they generalise. ``--no-speed`` skips the stage's cost
per article on PolNeAR dev texts measured against the model's ``nlp.pipe`` alone.
Targets: value accuracy >= 0.90 given spans; end-to-end value F1 >= 0.80.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table

from newsgraph import extensions
from newsgraph.evaluation import data_dir
from newsgraph.evaluation import timebank as tb
from newsgraph.settings import Settings
from newsgraph.stages import dates

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "RESULTS.md"
ALL_TYPES = ("DATE", "TIME", "DURATION", "SET")


def _parts(docs: Sequence[tb.TimebankDoc]) -> list[tuple[str, list[tb.TimebankDoc]]]:
    dev, held = tb.split(docs)
    return [("all", list(docs)), ("dev half", dev), ("held-out half", held)]


def _speed(console: Console) -> str:
    """Milliseconds per article of the model alone and of the dates stage on its output."""
    folder = data_dir() / "quotes" / "polnear" / "dev" / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    extensions.register()
    nlp = spacy.load(Settings().model)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    model_seconds = time.perf_counter() - started
    published = dt.date(2016, 1, 1)
    for doc in docs:
        doc._.published = published
    started = time.perf_counter()
    for _ in range(3):
        for doc in docs:
            dates.find(doc)
    stage_seconds = (time.perf_counter() - started) / 3
    per_model = 1000 * model_seconds / len(docs)
    per_stage = 1000 * stage_seconds / len(docs)
    line = (
        f"speed on {len(docs)} PolNeAR dev articles: model nlp.pipe {per_model:.1f} ms/article, "
        f"dates stage {per_stage:.2f} ms/article ({100 * per_stage / per_model:.1f}% of the model)"
    )
    console.print(line)
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = parser.parse_args()
    console = Console()
    docs = tb.load()

    given = Table(title=f"TimeBank: DATE value accuracy given gold spans ({len(docs)} documents)")
    for column in ("system", "part", "gold DATEs", "correct", "accuracy"):
        given.add_column(column, justify="right")
    given_lines: list[str] = []
    timings: dict[str, float] = {}
    for name, resolver in (
        ("newsgraph", tb.newsgraph_values),
        ("dateparser", tb.dateparser_values),
    ):
        started = time.perf_counter()
        for part, subset in _parts(docs):
            score, _ = tb.value_accuracy(subset, resolver)
            cells = (name, part, str(score.total), str(score.correct), f"{score.value:.3f}")
            given.add_row(*cells)
            given_lines.append("| " + " | ".join(cells) + " |")
        timings[name] = time.perf_counter() - started
    console.print(given)

    e2e = Table(title="TimeBank end to end: newsgraph dates stage on the plain text")
    columns = ("types", "part", "span P/R/F1 strict", "span F1 relaxed", "value F1 strict")
    for column in (*columns, "value F1 relaxed"):
        e2e.add_column(column, justify="right")
    e2e_lines: list[str] = []
    started = time.perf_counter()
    for label, types in (("all TIMEX3", ALL_TYPES), ("DATE", ("DATE",))):
        for part, subset in _parts(docs):
            result = tb.end_to_end(subset, tb.newsgraph_predict, types)
            strict = result.strict_span
            cells = (
                label,
                part,
                f"{strict.precision:.3f} / {strict.recall:.3f} / {strict.f1:.3f}",
                f"{result.relaxed_span.f1:.3f}",
                f"{result.strict_value.f1:.3f}",
                f"{result.relaxed_value.f1:.3f}",
            )
            e2e.add_row(*cells)
            e2e_lines.append("| " + " | ".join(cells) + " |")
    timings["end to end"] = time.perf_counter() - started
    console.print(e2e)
    timing_line = "; ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    console.print(timing_line)
    speed_line = "" if args.no_speed else _speed(console)

    if not args.no_append:
        text = (
            f"\n## dates — {dt.datetime.now():%Y-%m-%d %H:%M}\n\n"
            "`python bench/dates.py`; TimeBank 1.2 (TempEval-3 cleaning), DCT = publication "
            "date; dateparser 1.5 (RELATIVE_BASE = DCT) as the peer on the same gold spans. "
            "Targets: value accuracy >= 0.90 given spans, end-to-end value F1 >= 0.80.\n\n"
            "| system | part | gold DATEs | correct | accuracy |\n|---|---|---|---|---|\n"
            + "\n".join(given_lines)
            + "\n\n| types | part | span P/R/F1 strict | span F1 relaxed | value F1 strict "
            "| value F1 relaxed |\n|---|---|---|---|---|---|\n"
            + "\n".join(e2e_lines)
            + f"\n\n{timing_line}.\n"
            + (f"{speed_line}.\n" if speed_line else "")
        )
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
