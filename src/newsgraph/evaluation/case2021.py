"""CASE 2021 task 2 (fine-grained event types): reader, scorer and the baselines.

The file is TSV ``id, EventSnippet, SubType``: one short news snippet per line and the ACLED-style
sub-event type of its main event. We score the label of the top event newsgraph finds in each
snippet: accuracy, and macro F1 over the gold labels (every label counts the same however rare,
which is what exposes a classifier that only knows the frequent ones).

The file is development data. :func:`halves` splits it into two fixed halves (alternate rows)
so that one can be looked at while the other stays unseen.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .. import extensions
from ..stages.event_classify import FALLBACK_LABEL, top_label
from . import data_dir
from .metrics import harmonic_f1

DEV_FILE = Path("events") / "case2021_task2_dev.tsv"


@dataclass(frozen=True, slots=True)
class Snippet:
    id: str
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Score:
    n: int
    accuracy: float
    macro_f1: float


def read_case2021(path: Path | None = None) -> list[Snippet]:
    """The snippets of a CASE 2021 task 2 TSV file (default: the shared dev file)."""
    path = path or data_dir() / DEV_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows, None)
        return [Snippet(row[0], row[1], row[2].strip()) for row in rows if len(row) >= 3]


def halves(snippets: Sequence[Snippet]) -> tuple[list[Snippet], list[Snippet]]:
    """Rows 0, 2, 4… (the half looked at while developing) and rows 1, 3, 5… (held out)."""
    return list(snippets[0::2]), list(snippets[1::2])


def score(gold: Sequence[str], predicted: Sequence[str]) -> Score:
    """Accuracy and macro F1 averaged over the labels that occur in ``gold``."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in length")
    if not gold:
        return Score(0, 0.0, 0.0)
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    f1s: list[float] = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1s.append(harmonic_f1(precision, recall))
    return Score(len(gold), correct / len(gold), sum(f1s) / len(f1s))


def classify_texts(nlp: Language, texts: Iterable[str]) -> list[str]:
    """The top event's sub-event type per text, from the parse and the event rules only.

    The other newsgraph stages are switched off: the classifier reads tokens, lemmas and
    dependencies, and the bench should not depend on stages that are built in parallel.
    """
    extensions.register()  # a bare model works too: the rules read doc._.boilerplate
    ours = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    with nlp.select_pipes(disable=ours):
        return [top_label(doc) for doc in nlp.pipe(texts, batch_size=64)]


def classify_text(nlp: Language, text: str) -> str:
    """The top event's sub-event type of one snippet (see :func:`classify_texts`)."""
    return classify_texts(nlp, [text])[0]


def majority_baseline(train: Sequence[Snippet], test: Sequence[Snippet]) -> list[str]:
    """Every snippet gets the most frequent label of ``train``."""
    label = Counter(s.label for s in train).most_common(1)[0][0] if train else FALLBACK_LABEL
    return [label for _ in test]


#: one or two obvious words per label: the baseline a reader would write in five minutes
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "ABDUCT_DISSAP": ("kidnap", "abduct"),
    "AGREEMENT": ("agreement", "ceasefire"),
    "AIR_STRIKE": ("airstrike", "air strike"),
    "ARMED_CLASH": ("clash", "fighting"),
    "ARREST": ("arrest",),
    "ART_MISS_ATTACK": ("shelling", "artillery"),
    "ATTACK": ("attack",),
    "ATTRIB": ("responsibility",),
    "CHANGE_TO_GROUP_ACT": ("deploy",),
    "CHEM_WEAP": ("chemical",),
    "DIPLO": ("diplomat", "sanction"),
    "DISR_WEAP": ("weapons", "seized"),
    "FORCE_AGAINST_PROTEST": ("fired on protesters",),
    "GOV_REGAINS_TERIT": ("recaptured", "regained"),
    "GRENADE": ("grenade",),
    "HQ_ESTABLISHED": ("headquarters",),
    "MAN_MADE_DISASTER": ("fire", "explosion"),
    "MOB_VIOL": ("mob",),
    "NATURAL_DISASTER": ("flood", "earthquake"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("militants seized",),
    "NON_VIOL_TERRIT_TRANSFER": ("withdrew",),
    "ORG_CRIME": ("drug", "robbery"),
    "PEACE_PROTEST": ("protest",),
    "PROPERTY_DISTRUCT": ("looted", "torched"),
    "PROTEST_WITH_INTER": ("tear gas",),
    "REM_EXPLOS": ("bomb",),
    "SEX_VIOL": ("rape",),
    "SUIC_BOMB": ("suicide",),
    "VIOL_DEMONSTR": ("riot",),
}
_KEYWORD_RES = {
    label: re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    for label, words in _KEYWORDS.items()
}


def keyword_baseline(test: Sequence[Snippet], fallback: str = FALLBACK_LABEL) -> list[str]:
    """The label whose keywords occur most often in the snippet; ``fallback`` when none do."""
    predicted: list[str] = []
    for snippet in test:
        counts = {label: len(rx.findall(snippet.text)) for label, rx in _KEYWORD_RES.items()}
        label, hits = max(counts.items(), key=lambda kv: (kv[1], kv[0] == fallback))
        predicted.append(label if hits else fallback)
    return predicted
