"""Stance and hedge benchmark on the hand-written gold set (``tests/gold``).

Run: ``.venv/bin/python bench/stance.py [--since ID] [--no-append] [--speed]``

``--speed`` also measures what the claims stage costs per article on PolNeAR dev texts: the
time of the model alone (``nlp.pipe``) against the time of the claims component on the same,
already analysed docs (upstream stages excluded), so its share of the model's time is direct.

Stance edges are scored two ways: with the claim (label, holder, evidence and disputed claim
must all agree, spans by overlap) and holder+evidence only (finding the stance, whoever's
claim it is about). Hedge cues are matched by overlap; the gold set marks the cues its writers
found worth noting, not every "would", so cue precision is a lower bound. The peer in the same
run: a stance verb anywhere, from the entity named last before it to the previous claim, and
the keyword list of ``bench/hedges.py`` for cues. Both run on the same pipeline output (model
plus boilerplate, entities, quotes, claims stages).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from spacy.language import Language

from newsgraph.evaluation.metrics import Counts
from newsgraph.evaluation.stance_gold import claims_pipeline, read_gold, score

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "RESULTS.md"


def speed(nlp: Language) -> tuple[int, float, float]:
    """(articles, model seconds, claims-stage seconds) on PolNeAR dev."""
    from newsgraph.evaluation import data_dir
    from newsgraph.stages import claims

    folder = data_dir() / "quotes" / "polnear" / "dev" / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    model = [n for n in nlp.pipe_names if not n.startswith("newsgraph_")]
    with nlp.select_pipes(enable=model):
        nlp("warm up")
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        model_seconds = time.perf_counter() - started
    with nlp.select_pipes(disable=["newsgraph_claims"]):
        docs = list(nlp.pipe(texts, batch_size=16))
    started = time.perf_counter()
    for doc in docs:
        claims.set_annotations(doc, claims.find(doc))
    return len(texts), model_seconds, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    parser.add_argument("--speed", action="store_true", help="time the stage on PolNeAR dev")
    parser.add_argument(
        "--since", default=None, help="score only the gold articles from this id on"
    )
    args = parser.parse_args()

    articles = [a for a in read_gold() if args.since is None or a.id >= args.since]
    nlp = claims_pipeline()
    ours = score(nlp, articles)
    peer = score(nlp, articles, baseline=True)
    edges = sum(len(a.edges) for a in articles)
    cues = sum(len(a.cues) for a in articles)

    table = Table(
        title=f"Stance edges and hedge cues on tests/gold ({len(articles)} articles"
        f"{f', from {args.since} on' if args.since else ''}, "
        f"{edges} stance edges, {cues} hedge cues)"
    )
    for column in ("measure", "system", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="right")
    lines = []
    rows: list[tuple[str, str, Counts]] = [
        ("stance edge (with claim)", "newsgraph", ours.edges),
        ("stance edge (with claim)", "verb + previous claim", peer.edges),
        ("stance holder+evidence", "newsgraph", ours.edges_no_claim),
        ("stance holder+evidence", "verb + previous claim", peer.edges_no_claim),
        ("hedge cue", "newsgraph", ours.cues),
        ("hedge cue", "keyword list", peer.cues),
    ]
    for measure, system, counts in rows:
        cells = (
            measure,
            system,
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{counts.f1:.3f}",
        )
        table.add_row(*cells)
        lines.append("| " + " | ".join(cells) + " |")
    console = Console()
    console.print(table)
    agreement = f"{ours.cue_kind_agreement}/{ours.cues.tp}"
    console.print(f"hedge kind agrees with gold on {agreement} matched cues")
    speed_line = ""
    if args.speed:
        count, model_s, stage_s = speed(nlp)
        speed_line = (
            f"claims stage on PolNeAR dev ({count} articles): {1000 * stage_s / count:.1f} ms "
            f"per article = {100 * stage_s / model_s:.1f}% of the model's "
            f"{1000 * model_s / count:.1f} ms (nlp.pipe, same process)"
        )
        console.print(speed_line)

    if not args.no_append:
        since = f" --since {args.since}" if args.since else ""
        header = (
            f"\n## stance — {dt.datetime.now():%Y-%m-%d %H:%M}\n\n"
            f"`python bench/stance.py{since}`; tests/gold (hand-written articles); spans matched "
            "by overlap; cue precision is a lower bound (gold marks notable cues only); peers in "
            "the same run.\n\n"
            "| measure | system | tp | fp | fn | P | R | F1 |\n|---|---|---|---|---|---|---|---|\n"
        )
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(header + "\n".join(lines) + f"\n\nHedge kind agreement: {agreement}.\n")


if __name__ == "__main__":
    main()
