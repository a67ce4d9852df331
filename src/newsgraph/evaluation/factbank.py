"""Reader and cue scorer for the Szeged uncertainty corpus, news part (FactBank documents).

The corpus marks uncertainty cues inline: ``<ccue type="speculation_modal_probable_">may</ccue>``
inside ``<Sentence>`` elements. :func:`read_sentences` turns each sentence into its plain text
plus the character spans of its cues, so a detector's output (character spans too) can be
compared without any tokenisation agreement.

Scoring (:func:`score_cues`) is **span-level**: a predicted cue and a gold cue match when their
character spans overlap, each gold cue matched at most once (greedy, in text order). That is
what "the cue was found" means for one-word cues (almost all of them); multi-word cues ("remains
to be seen") count once, not once per token. Exact-span matches are counted alongside so that
boundary disagreements stay visible.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..stages.hedges import find_cues
from . import data_dir
from .metrics import Counts, ratio

CORPUS_PATH = Path("hedges") / "factbank_uncertainty.xml"


@dataclass(frozen=True, slots=True)
class GoldCue:
    start: int
    end: int
    text: str
    type: str  # the corpus' own label, e.g. "speculation_modal_probable_"


@dataclass(frozen=True, slots=True)
class CueSentence:
    doc_id: str
    sentence_id: str
    text: str
    cues: tuple[GoldCue, ...]


@dataclass(frozen=True, slots=True)
class CueScore(Counts):
    """Cue detection counts; ``tp`` by overlap, ``exact`` the overlap matches with equal spans."""

    exact: int = 0

    @property
    def exact_f1(self) -> float:
        return ratio(2 * self.exact, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: Counts) -> CueScore:
        extra = other.exact if isinstance(other, CueScore) else 0
        return CueScore(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.exact + extra
        )


EMPTY_SCORE = CueScore(0, 0, 0, 0)


def _flatten(element: ET.Element) -> tuple[str, tuple[GoldCue, ...]]:
    """Plain text of a sentence element and the spans of its ``ccue`` children."""
    parts: list[str] = [element.text or ""]
    cues: list[GoldCue] = []
    length = len(parts[0])
    for child in element:
        inner = "".join(child.itertext())
        if child.tag == "ccue":
            cues.append(GoldCue(length, length + len(inner), inner, child.get("type", "")))
        parts.append(inner)
        length += len(inner)
        tail = child.tail or ""
        parts.append(tail)
        length += len(tail)
    return "".join(parts), tuple(cues)


def read_sentences(path: Path | None = None) -> list[CueSentence]:
    """Every sentence of the corpus, in file order, with its gold cue spans."""
    path = path or data_dir() / CORPUS_PATH
    root = ET.parse(path).getroot()
    sentences: list[CueSentence] = []
    for document in root.iter("Document"):
        doc_id = (document.findtext("DocID") or "").strip()
        for sentence in document.iter("Sentence"):
            text, cues = _flatten(sentence)
            sentences.append(CueSentence(doc_id, sentence.get("id", ""), text, cues))
    return sentences


def split_by_document(
    sentences: Sequence[CueSentence],
) -> tuple[list[CueSentence], list[CueSentence]]:
    """(development half, held-out half): alternate documents, so both halves mix sources.

    Rules were written looking at the development half only; the held-out half shows whether
    they generalise.
    """
    order: dict[str, int] = {}
    for sentence in sentences:
        order.setdefault(sentence.doc_id, len(order))
    dev = [s for s in sentences if order[s.doc_id] % 2 == 0]
    held = [s for s in sentences if order[s.doc_id] % 2 == 1]
    return dev, held


def score_sentence(
    gold: Sequence[GoldCue], predicted: Iterable[tuple[int, int]]
) -> tuple[CueScore, list[tuple[int, int]], list[GoldCue]]:
    """Overlap-match one sentence's cues: (score, false-positive spans, missed gold cues)."""
    unmatched = list(gold)
    tp = exact = 0
    false_pos: list[tuple[int, int]] = []
    for start, end in sorted(set(predicted)):
        hit = next((g for g in unmatched if g.start < end and start < g.end), None)
        if hit is None:
            false_pos.append((start, end))
            continue
        unmatched.remove(hit)
        tp += 1
        exact += int(hit.start == start and hit.end == end)
    return CueScore(tp, len(false_pos), len(unmatched), exact), false_pos, unmatched


def score_cues(
    sentences: Sequence[CueSentence],
    predict: Callable[[Sequence[str]], Iterable[Iterable[tuple[int, int]]]],
) -> CueScore:
    """Score a detector that maps sentence texts to their cue character spans (in order)."""
    total = EMPTY_SCORE
    predictions = predict([s.text for s in sentences])
    for sentence, spans in zip(sentences, predictions, strict=True):
        total = total + score_sentence(sentence.cues, spans)[0]
    return total


#: the baseline peer: words that usually signal uncertainty, matched anywhere, any case, with
#: no look at their context (what a grep for hedges would find)
_BASELINE_WORDS = (
    "may might could would should possibly probably perhaps maybe likely unlikely possible "
    "believe believes believed think thinks thought expect expects expected suggest suggests "
    "suggested appear appears appeared seem seems seemed apparently allegedly reportedly if "
    "whether unless"
)
KEYWORDS: tuple[str, ...] = tuple(_BASELINE_WORDS.split())
_KEYWORD_RE = re.compile(r"\b(?:" + "|".join(KEYWORDS) + r")\b", re.IGNORECASE)


def keyword_baseline(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Cue spans of the keyword-list baseline for each text."""
    return [[m.span() for m in _KEYWORD_RE.finditer(text)] for text in texts]


def detector(nlp: Language) -> Callable[[Sequence[str]], list[list[tuple[int, int]]]]:
    """newsgraph's hedge detector as a predictor for :func:`score_cues`.

    Only the model's tagger, parser and lemmatizer matter to the detector, so the other
    components (NER, newsgraph's stages) are switched off while the sentences are parsed.
    Attribution markers ("according to") are left out: the corpus does not annotate them.
    """

    def predict(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        off = [n for n in nlp.pipe_names if n == "ner" or n.startswith("newsgraph_")]
        with nlp.select_pipes(disable=off):
            return [
                [(c.start, c.end) for c in find_cues(doc, include_attribution=False)]
                for doc in nlp.pipe(texts, batch_size=256)
            ]

    return predict


def recall_by_type(
    sentences: Sequence[CueSentence], predicted: Sequence[Iterable[tuple[int, int]]]
) -> dict[str, tuple[int, int]]:
    """(found, total) gold cues per corpus cue class (condition, doxastic, investigation…)."""
    counts: dict[str, list[int]] = {}
    for sentence, spans in zip(sentences, predicted, strict=True):
        spans = list(spans)
        for cue in sentence.cues:
            label = cue_class(cue.type)
            seen = counts.setdefault(label, [0, 0])
            seen[1] += 1
            seen[0] += any(s < cue.end and cue.start < e for s, e in spans)
    return {label: (found, total) for label, (found, total) in sorted(counts.items())}


def cue_class(label: str) -> str:
    """``speculation_hypo_doxastic _`` -> ``doxastic``; ``speculation_modal_probable_`` ->
    ``probable``."""
    parts = [p.strip() for p in label.split("_") if p.strip()]
    return parts[-1] if parts else label
