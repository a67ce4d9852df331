"""Boilerplate detection on the hand-annotated gold set (tests/gold/boilerplate.jsonl).

Run: ``.venv/bin/python bench/boilerplate.py [--no-append]``. The gold lines were written
alongside the rules, so this is a regression figure, not a generalisation estimate.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.evaluation.boilerplate import load_gold, score
from newsgraph.pipeline import get_nlp

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    nlp = get_nlp()
    texts, gold = load_gold()
    result = score(texts, gold, lambda text: nlp(text)._.boilerplate)
    cells = (
        f"{result.precision:.3f}",
        f"{result.recall:.3f}",
        f"{result.f1:.3f}",
        f"{result.kind_accuracy:.3f}",
        f"{result.story_flagged}/{result.story_lines}",
    )
    table = Table(title=f"boilerplate on tests/gold ({len(texts)} articles)")
    for column in ("P", "R", "F1", "kind accuracy", "story lines flagged"):
        table.add_column(column, justify="right")
    table.add_row(*cells)
    Console().print(table)
    if not args.no_append:
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(
                f"\n## boilerplate — {dt.datetime.now():%Y-%m-%d %H:%M}\n\n"
                "`python bench/boilerplate.py`; tests/gold, overlap matching.\n\n"
                "| P | R | F1 | kind accuracy | story lines flagged |\n|---|---|---|---|---|\n"
                "| " + " | ".join(cells) + " |\n"
            )


if __name__ == "__main__":
    main()
