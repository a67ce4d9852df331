"""Hedge-cue benchmark: newsgraph's detector against a keyword list on FactBank uncertainty.

Run: ``.venv/bin/python bench/hedges.py [--no-append]``

Data: ``../shared/data/hedges/factbank_uncertainty.xml`` (Szeged uncertainty corpus, news part:
3,129 sentences, 720 cues). Scoring is span-level (a predicted cue matches a gold cue when their
character spans overlap, one to one); exact-span F1 is shown too. The detector's rules were
written looking at the development half (even-numbered documents); the held-out half (odd) shows
whether they generalise. The peer, measured in the same run, is a keyword list matched with no
look at context (:data:`newsgraph.evaluation.factbank.KEYWORDS`). Attribution markers
("according to", "claims"), which the corpus does not annotate, are left out of the detector's
output here. Target: cue F1 >= 0.80.
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

from newsgraph.evaluation.factbank import (
    EMPTY_SCORE,
    CueScore,
    CueSentence,
    detector,
    keyword_baseline,
    read_sentences,
    recall_by_type,
    score_sentence,
    split_by_document,
)
from newsgraph.settings import Settings

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "RESULTS.md"


def _score(sentences: Sequence[CueSentence], spans: Sequence[list[tuple[int, int]]]) -> CueScore:
    total = EMPTY_SCORE
    for sentence, predicted in zip(sentences, spans, strict=True):
        total = total + score_sentence(sentence.cues, predicted)[0]
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()

    sentences = read_sentences()
    dev, held = split_by_document(sentences)
    nlp = spacy.load(Settings().model)
    started = time.perf_counter()
    ours = detector(nlp)([s.text for s in sentences])
    seconds = time.perf_counter() - started
    baseline = keyword_baseline([s.text for s in sentences])
    index = {id(s): i for i, s in enumerate(sentences)}

    def pick(part: Sequence[CueSentence], spans: list[list[tuple[int, int]]]) -> CueScore:
        return _score(part, [spans[index[id(s)]] for s in part])

    rows: list[tuple[str, str, CueScore]] = []
    for name, spans in (("newsgraph", ours), ("keyword list", baseline)):
        rows.append((name, "all", pick(sentences, spans)))
        rows.append((name, "dev half", pick(dev, spans)))
        rows.append((name, "held-out half", pick(held, spans)))

    table = Table(title=f"Hedge cues on FactBank uncertainty ({len(sentences)} sentences)")
    for column in ("system", "part", "gold", "P", "R", "F1", "exact F1"):
        table.add_column(column, justify="right")
    lines = []
    for name, part, score in rows:
        cells = (
            name,
            part,
            str(score.tp + score.fn),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            f"{score.exact_f1:.3f}",
        )
        table.add_row(*cells)
        lines.append("| " + " | ".join(cells) + " |")
    console = Console()
    console.print(table)
    by_type = recall_by_type(sentences, ours)
    recall_line = ", ".join(f"{k} {f}/{t}" for k, (f, t) in by_type.items())
    console.print(f"newsgraph recall by gold cue class: {recall_line}")
    console.print(f"detector time incl. parsing: {seconds:.1f} s")

    if not args.no_append:
        header = (
            f"\n## hedges — {dt.datetime.now():%Y-%m-%d %H:%M}\n\n"
            "`python bench/hedges.py`; FactBank uncertainty (Szeged news part); span-level cue "
            "P/R/F1 (overlap match, one to one), exact-span F1 alongside; keyword-list baseline "
            "in the same run; target F1 >= 0.80.\n\n"
            "| system | part | gold | P | R | F1 | exact F1 |\n|---|---|---|---|---|---|---|\n"
        )
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(
                header + "\n".join(lines) + f"\n\nnewsgraph recall by cue class: {recall_line}.\n"
            )


if __name__ == "__main__":
    main()
