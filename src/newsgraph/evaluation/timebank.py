"""TimeBank 1.2 (TempEval-3 cleaning): reader and scorers for the ``dates`` stage.

Each ``.tml`` file holds one news document whose ``<DCT>`` is the publication date and whose
``<TEXT>`` carries inline ``<TIMEX3 type=… value=…>`` annotations. The reader strips every tag
from ``<TEXT>`` so that gold offsets are character offsets into the plain text a user would
feed newsgraph, which lets the same scorer judge the stage end to end.

Two measures, as TempEval-3 reports them:

* value accuracy given the gold spans: the normaliser alone, with recognition taken out;
* end-to-end: spans matched strictly (same offsets) or relaxed (overlap, one-to-one), and value
  F1, where a hit needs both a matched span and the right value.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from . import data_dir
from .metrics import harmonic_f1

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4})-?(\d\d)-?(\d\d)")
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated temporal expression: where it is, its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimebankDoc:
    name: str
    text: str
    dct: dt.date
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True, slots=True)
class Predicted:
    """What a system says about one stretch of text (the scorer's input)."""

    start: int
    end: int
    value: str | None
    type: str = "DATE"


def corpus_dir() -> Path:
    return data_dir() / "time" / "timebank"


def parse_tml(raw: str, name: str = "<tml>") -> TimebankDoc:
    """Plain text of ``<TEXT>`` with the offsets of its TIMEX3 annotations."""
    dct_match = _DCT.search(raw)
    text_match = _TEXT.search(raw)
    if dct_match is None or text_match is None:
        raise ValueError(f"{name}: no DCT or TEXT element")
    dct = dt.date(*(int(part) for part in dct_match.groups()))
    body = text_match.group(1)
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, tag_name = tag.group(1) == "/", tag.group(2)
        if tag_name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            surface = "".join(pieces)[start:length]
            timexes.append(
                GoldTimex(start, length, surface, attrs.get("type", ""), attrs.get("value", ""))
            )
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return TimebankDoc(name, "".join(pieces), dct, tuple(timexes))


def load(names: Iterable[str] | None = None, folder: Path | None = None) -> list[TimebankDoc]:
    """The corpus (or the named files), sorted by file name so slices are reproducible."""
    folder = folder or corpus_dir()
    paths = sorted(folder.glob("*.tml"))
    if names is not None:
        wanted = set(names)
        paths = [p for p in paths if p.stem in wanted or p.name in wanted]
    return [parse_tml(p.read_text(encoding="utf-8"), p.stem) for p in paths]


def split(docs: Sequence[TimebankDoc]) -> tuple[list[TimebankDoc], list[TimebankDoc]]:
    """Development part (every other document) and held-out part, fixed by sorted order."""
    return list(docs[0::2]), list(docs[1::2])


# --- scoring -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    hits: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return harmonic_f1(p, r)


#: resolve the value of each gold span of one document (in text order)
SpanResolver = Callable[[TimebankDoc, Sequence[GoldTimex]], Sequence[str | None]]


def value_accuracy(
    docs: Iterable[TimebankDoc], resolve: SpanResolver, types: tuple[str, ...] = ("DATE",)
) -> tuple[Accuracy, list[tuple[str, GoldTimex, str | None]]]:
    """Share of gold expressions of ``types`` whose value the resolver gets exactly right.

    Returns the errors too (document, gold, predicted) so benches can show what goes wrong.
    """
    correct = total = 0
    errors: list[tuple[str, GoldTimex, str | None]] = []
    for doc in docs:
        golds = [g for g in doc.timexes if g.type in types]
        for gold, value in zip(golds, resolve(doc, golds), strict=True):
            total += 1
            if value == gold.value:
                correct += 1
            else:
                errors.append((doc.name, gold, value))
    return Accuracy(correct, total), errors


@dataclass(frozen=True, slots=True)
class EndToEnd:
    strict_span: PRF
    relaxed_span: PRF
    strict_value: PRF
    relaxed_value: PRF


def _relaxed_pairs(
    golds: Sequence[GoldTimex], preds: Sequence[Predicted]
) -> list[tuple[GoldTimex, Predicted]]:
    """One-to-one overlap matching: each gold takes the first free overlapping prediction."""
    used: set[int] = set()
    pairs: list[tuple[GoldTimex, Predicted]] = []
    for gold in golds:
        for index, pred in enumerate(preds):
            if index not in used and pred.start < gold.end and gold.start < pred.end:
                used.add(index)
                pairs.append((gold, pred))
                break
    return pairs


def end_to_end(
    docs: Iterable[TimebankDoc],
    predict: Callable[[TimebankDoc], Sequence[Predicted]],
    types: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET"),
) -> EndToEnd:
    """Span and value P/R/F1 of a full system over gold expressions of ``types``.

    Predictions are filtered to the same types, so a duration predicted where the gold has a
    date counts against both precision and recall of a DATE-only evaluation.
    """
    n_gold = n_pred = strict_hits = relaxed_hits = strict_values = relaxed_values = 0
    for doc in docs:
        golds = [g for g in doc.timexes if g.type in types]
        preds = [p for p in predict(doc) if p.type in types]
        n_gold += len(golds)
        n_pred += len(preds)
        exact = {(p.start, p.end): p for p in preds}
        for gold in golds:
            hit = exact.get((gold.start, gold.end))
            if hit is not None:
                strict_hits += 1
                strict_values += hit.value == gold.value
        for gold, pred in _relaxed_pairs(golds, preds):
            relaxed_hits += 1
            relaxed_values += pred.value == gold.value
    return EndToEnd(
        PRF(strict_hits, n_pred, n_gold),
        PRF(relaxed_hits, n_pred, n_gold),
        PRF(strict_values, n_pred, n_gold),
        PRF(relaxed_values, n_pred, n_gold),
    )


# --- systems under test --------------------------------------------------------------------


def newsgraph_values(doc: TimebankDoc, golds: Sequence[GoldTimex]) -> list[str | None]:
    """newsgraph's values for the gold spans, resolved in reading order against the DCT."""
    from ..timex import resolve_spans

    resolved = resolve_spans(doc.text, [(g.start, g.end) for g in golds], doc.dct)
    return [r.value if r is not None else None for r in resolved]


@lru_cache(maxsize=1)
def _tokenizer() -> Language:
    import spacy

    from .. import extensions

    extensions.register()
    return spacy.blank("en")


def newsgraph_predict(doc: TimebankDoc) -> list[Predicted]:
    """The ``dates`` stage end to end on the plain text, with the DCT as publication date.

    The stage reads only the text, the publication date and boilerplate spans (TimeBank has
    none), so a tokenised ``Doc`` is all it needs; the model's parse would not change its output.
    """
    from ..stages import dates

    spacy_doc = _tokenizer().make_doc(doc.text)
    spacy_doc._.published = doc.dct
    return [Predicted(t.start, t.end, t.value, t.type) for t in dates.find(spacy_doc)]


def _dateparser_format(date: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{date.year:04d}"
    if period == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if period == "week":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return date.date().isoformat()


def dateparser_values(doc: TimebankDoc, golds: Sequence[GoldTimex]) -> list[str | None]:
    """The peer: dateparser on each gold span with ``RELATIVE_BASE`` = the DCT, its value
    written at the granularity dateparser reports (day, week, month, year)."""
    from dateparser.date import DateDataParser

    base = dt.datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    values: list[str | None] = []
    for gold in golds:
        data = parser.get_date_data(gold.text)
        if data.date_obj is None:
            values.append(None)
        else:
            values.append(_dateparser_format(data.date_obj, data.period or "day"))
    return values
