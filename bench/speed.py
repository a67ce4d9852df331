"""Speed benchmark: the whole newsgraph pipeline against bare spaCy on the same texts.

Run: ``.venv/bin/python bench/speed.py [--repeat 3] [--rounds 3] [--no-append]``

Texts: PolNeAR dev (``../shared/data/quotes/polnear/dev/text``), repeated ``--repeat`` times so
that process start-up is amortised. Each configuration runs in its own subprocess so peak RSS is
its own. Bare spaCy is ``nlp.pipe`` of the same model package (all its components); newsgraph is
``analyze_many`` (model + every stage + building the records). The target is a throughput ratio
of at least 0.8 per process. On a shared machine the bare model's own rate moves by a sixth from
one run to the next, so the two run ``--rounds`` times, alternating, and the pair with the median
ratio is reported with the range of all pairs. Cold start is the wall time of
``newsgraph analyze one.txt``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "RESULTS.md"


def load_texts(repeat: int) -> list[str]:
    from newsgraph.evaluation import data_dir

    folder = data_dir() / "quotes" / "polnear" / "dev" / "text"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return texts * repeat


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run_worker(kind: str, processes: int, repeat: int) -> dict[str, float]:
    """Inside a subprocess: time one configuration, excluding the model load of this process."""
    texts = load_texts(repeat)
    words = sum(len(t.split()) for t in texts)
    if kind == "bare":
        import spacy

        from newsgraph.settings import Settings

        nlp = spacy.load(Settings().model)
        nlp("warm up")
        start = time.perf_counter()
        count = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=processes))
    else:
        from newsgraph import Article, analyze_many
        from newsgraph.pipeline import get_nlp

        get_nlp()("warm up")
        articles = [Article(text=t, source=str(i)) for i, t in enumerate(texts)]
        start = time.perf_counter()
        count = sum(1 for _ in analyze_many(articles, workers=processes))
    seconds = time.perf_counter() - start
    return {
        "articles": count,
        "words": words,
        "seconds": seconds,
        "articles_per_s": count / seconds,
        "words_per_s": words / seconds,
        "rss_mb": peak_rss_mb(),
    }


def measure(kind: str, processes: int, repeat: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--worker", kind, "--processes", str(processes)]
    command += ["--repeat", str(repeat)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def cold_start(text: str) -> float:
    """Wall seconds of a fresh ``newsgraph analyze one.txt`` (best of three)."""
    one = REPO / "out" / "cold-start.txt"
    one.parent.mkdir(exist_ok=True)
    one.write_text(text, encoding="utf-8")
    binary = Path(sys.executable).with_name("newsgraph")
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [str(binary), "analyze", str(one), "--quiet", "-f", "json"],
            check=True,
            capture_output=True,
        )
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating bare/newsgraph runs per setting"
    )
    parser.add_argument("--worker", choices=["bare", "pipeline"])
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--no-append", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_worker(args.worker, args.processes, args.repeat)))
        return

    rows = []
    spreads: dict[int, tuple[float, float]] = {}
    for processes in (1, 2):
        # bare and newsgraph runs alternate, so that a machine slowing down or speeding up
        # between runs affects both sides of each pair; the median pair is reported
        pairs = []
        for _ in range(args.rounds):
            bare = measure("bare", processes, args.repeat)
            ours = measure("pipeline", processes, args.repeat)
            pairs.append((ours["articles_per_s"] / bare["articles_per_s"], bare, ours))
        pairs.sort(key=lambda pair: pair[0])
        _, bare, ours = pairs[len(pairs) // 2]
        spreads[processes] = (pairs[0][0], pairs[-1][0])
        rows.append((processes, bare, ours))
    cold = cold_start(load_texts(1)[0])

    table = Table(
        title=f"Speed on PolNeAR dev × {args.repeat} ({rows[0][1]['articles']:.0f} articles)"
    )
    for column in ("processes", "system", "articles/s", "words/s", "peak RSS MB", "ratio"):
        table.add_column(column, justify="right")
    lines = []
    for processes, bare, ours in rows:
        ratio = ours["articles_per_s"] / bare["articles_per_s"]
        for name, result, shown in (
            ("bare spaCy nlp.pipe", bare, ""),
            ("newsgraph", ours, f"{ratio:.2f}"),
        ):
            cells = (
                str(processes),
                name,
                f"{result['articles_per_s']:.1f}",
                f"{result['words_per_s']:,.0f}",
                f"{result['rss_mb']:.0f}",
                shown,
            )
            table.add_row(*cells)
            lines.append("| " + " | ".join(cells) + " |")
    Console().print(table)
    spread = "; ".join(
        f"{processes} process{'es' if processes > 1 else ''}: {lo:.2f}–{hi:.2f}"
        for processes, (lo, hi) in spreads.items()
    )
    Console().print(f"ratio of the median pair of {args.rounds} alternating rounds; range {spread}")
    Console().print(f"cold start of `newsgraph analyze one.txt`: {cold:.2f} s (best of 3)")

    if not args.no_append:
        header = (
            f"\n## speed — {dt.datetime.now():%Y-%m-%d %H:%M} — {platform.machine()}\n\n"
            f"`python bench/speed.py --repeat {args.repeat} --rounds {args.rounds}`; PolNeAR dev "
            f"texts × {args.repeat}; ratio = newsgraph articles/s ÷ bare spaCy articles/s of the "
            f"median of {args.rounds} alternating pairs (range {spread}; target ≥ 0.8).\n\n"
            "| processes | system | articles/s | words/s | peak RSS MB | ratio |\n"
            "|---|---|---|---|---|---|\n"
        )
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(header + "\n".join(lines) + f"\n\nCold start: {cold:.2f} s.\n")


if __name__ == "__main__":
    main()
