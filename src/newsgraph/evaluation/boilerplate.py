"""Boilerplate detection scored on the hand-annotated gold set (``tests/gold``).

Gold lines carry a kind (promo, teaser, byline, dateline, caption, credit) or ``story`` for
one-line paragraphs of real reporting that look like boilerplate and must be kept. A predicted
span counts as found when it overlaps a gold boilerplate line; a prediction overlapping a story
line or no gold line is a false positive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..records import Boilerplate
from ..spans import overlaps
from .metrics import harmonic_f1, ratio

GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold"


@dataclass(frozen=True, slots=True)
class GoldLine:
    article: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BoilerplateScore:
    true_positives: int
    false_positives: int
    false_negatives: int
    kind_correct: int
    story_flagged: int
    story_lines: int

    @property
    def precision(self) -> float:
        return ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return harmonic_f1(p, r)

    @property
    def kind_accuracy(self) -> float:
        return ratio(self.kind_correct, self.true_positives)


def load_gold(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, str], list[GoldLine]]:
    """(article id -> text, annotated lines)."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (gold_dir / "articles").glob("*.txt")}
    lines = []
    for raw in (gold_dir / "boilerplate.jsonl").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            record = json.loads(raw)
            start, end = record["spans"]["text"]
            lines.append(GoldLine(record["article"], record["kind"], start, end))
    return texts, lines


def score(
    texts: dict[str, str],
    gold: Sequence[GoldLine],
    predict: Callable[[str], Sequence[Boilerplate]],
) -> BoilerplateScore:
    tp = fp = fn = kinds = story_flagged = 0
    for article, text in sorted(texts.items()):
        predicted = list(predict(text))
        lines = [g for g in gold if g.article == article]
        boiler = [g for g in lines if g.kind != "story"]
        for line in boiler:
            hits = [p for p in predicted if overlaps(p.start, p.end, line.start, line.end)]
            if hits:
                tp += 1
                kinds += any(h.kind == line.kind for h in hits)
            else:
                fn += 1
        for p in predicted:
            if not any(overlaps(p.start, p.end, g.start, g.end) for g in boiler):
                fp += 1
        story_flagged += sum(
            1
            for g in lines
            if g.kind == "story"
            and any(overlaps(p.start, p.end, g.start, g.end) for p in predicted)
        )
    stories = sum(1 for g in gold if g.kind == "story" and g.article in texts)
    return BoilerplateScore(tp, fp, fn, kinds, story_flagged, stories)
