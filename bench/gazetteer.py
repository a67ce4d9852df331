"""Gazetteer build time, load time and memory; the places stage's cost per article.

Usage: .venv/bin/python bench/gazetteer.py [--build] [--articles N]

``--build`` also times a cold build into a temporary cache directory (about 20 s). Load time
and RSS are measured in a fresh process. The stage's cost is measured on PolNeAR dev texts:
the time of the places stage over already-parsed Docs, against the time of bare spaCy
``nlp.pipe`` (the same model, the same texts). Appends a dated section to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table

from newsgraph import extensions
from newsgraph.evaluation import data_dir
from newsgraph.gazetteer import get_gazetteer
from newsgraph.settings import Settings
from newsgraph.stages.places import find

RESULTS = Path(__file__).with_name("RESULTS.md")

_PROBE = """
import json, sys, time
def rss():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
from newsgraph.gazetteer import load
before, _ = rss()
started = time.perf_counter()
gazetteer = load()
seconds = time.perf_counter() - started
after, peak = rss()
print(json.dumps({"load_s": seconds, "rss_mb": after, "rss_before_mb": before,
                  "peak_mb": peak, "places": len(gazetteer)}))
"""


def probe() -> dict[str, float]:
    """Run the load in a fresh interpreter (so nothing is cached in memory)."""
    args = [sys.executable, "-c", _PROBE]
    output = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="also time a cold build")
    parser.add_argument("--articles", type=int, default=84, help="PolNeAR dev articles")
    args = parser.parse_args()
    table = Table(title="gazetteer and places stage cost")
    table.add_column("measure")
    table.add_column("value")
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            build = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sys, time; from newsgraph.gazetteer import build_cache; "
                    "t = time.perf_counter(); build_cache(sys.argv[1]); "
                    "print(time.perf_counter() - t)",
                    tmp,
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            table.add_row("cold build", f"{float(build.stdout.strip()):.1f} s")
    get_gazetteer()  # make sure the default cache exists before probing it
    loaded = probe()
    table.add_row("places in the gazetteer", f"{loaded['places']:.0f}")
    table.add_row("load (fresh process)", f"{loaded['load_s']:.2f} s")
    table.add_row("RSS after load", f"{loaded['rss_mb']:.0f} MB")
    table.add_row("RSS added by the load", f"{loaded['rss_mb'] - loaded['rss_before_mb']:.0f} MB")
    table.add_row("peak RSS of the loading process", f"{loaded['peak_mb']:.0f} MB")

    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((data_dir() / "quotes" / "polnear" / "dev" / "text").glob("*.txt"))
    ][: args.articles]
    extensions.register()
    nlp = spacy.load(Settings().model)
    list(nlp.pipe(texts[:4]))  # warm up
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    model_s = time.perf_counter() - started
    gazetteer = get_gazetteer()
    for doc in docs[:4]:
        find(doc, gazetteer)  # warm up lazy caches
    started = time.perf_counter()
    mentions = sum(len(find(doc, gazetteer)) for doc in docs)
    stage_s = time.perf_counter() - started
    table.add_row("articles (PolNeAR dev)", str(len(docs)))
    table.add_row("bare nlp.pipe per article", f"{1000 * model_s / len(docs):.1f} ms")
    table.add_row("places stage per article", f"{1000 * stage_s / len(docs):.2f} ms")
    table.add_row("stage cost / model time", f"{100 * stage_s / model_s:.1f} %")
    table.add_row("place mentions found", str(mentions))
    console = Console(record=True, width=100)
    console.print(table)
    with RESULTS.open("a", encoding="utf-8") as out:
        stamp = f"{dt.datetime.now():%Y-%m-%d %H:%M}"
        out.write(f"\n## gazetteer — {stamp}\n\n```\n{console.export_text()}```\n")


if __name__ == "__main__":
    main()
