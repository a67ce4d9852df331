"""A learned filter over candidate attributions: is this word really a reporting cue here?

A lemma alone cannot decide it: on PolNeAR train "see", "call", "vote" or "show" start an
attribution in 5–40% of their readings, and even "say" is not a cue inside a relative clause
about something else. The rules (:mod:`.quote_attributions`) therefore propose an attribution for
every verb (and for nouns such as "statement" and adjectives such as "worried") with whatever
source and content the parse gives, and this module keeps the ones a logistic model over their
context scores above a threshold.

The model is a plain table ``feature -> weight`` (``newsgraph/data/quote_cues.json``), scored
by a dot product and a logistic function, so inference needs nothing beyond the standard
library; scikit-learn is only used by ``bench/train_quote_cues.py`` (the optional ``train``
extra) to fit the table. Features are short strings built from the parse around the cue: the
lemma, its lexicon groups, part of speech and dependency, the dependents it governs, the kind
of subject, how the content was found and what it looks like, auxiliaries and negation, and a
few conjunctions of the lemma with the construction (so that "call for" and "called him" can
weigh differently). A second table over the word's own features is a gate: a verb it scores
low is never built into an attribution, which keeps the wide candidate set cheap (its
threshold passes 99.5% of what the full model keeps on held-out train files).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from ..errors import ModelDataError
from ..lexicons.reporting import (
    COGNITION_VERBS,
    DESCRIBE_VERBS,
    LEMMA_ALIASES,
    OBJECT_VERBS,
    PREP_VERBS,
    SPEECH_VERBS,
    TO_VERBS,
    word_set,
)

if TYPE_CHECKING:
    from .quote_rules import Attribution

Range = tuple[int, int]
WEIGHTS_FILE = "data/quote_cues.json"
FORMAT = "newsgraph.quote_cues/1"

_GROUPS = (
    ("speech", SPEECH_VERBS),
    ("cognition", COGNITION_VERBS),
    ("to", TO_VERBS),
    ("object", OBJECT_VERBS),
    ("describe", DESCRIBE_VERBS),
    ("prep", PREP_VERBS),
)
#: dependents whose presence tells what the word governs
_CHILD_DEPS = word_set(
    "ccomp xcomp dobj prep advcl agent oprd dative neg auxpass aux prt npadvmod advmod "
    "nsubj nsubjpass csubj mark parataxis conj"
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_AUX_DEPS = frozenset({"aux", "auxpass", "neg", "prt", "mark"})
_QUOTE_MARKS = re.compile('["“”«»]')
_PRONOUNS = word_set("i you he she it we they this that who which")


@dataclass(frozen=True, slots=True)
class Logistic:
    """One logistic model: feature weights, a bias and the probability it must reach."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        """The model's probability for a candidate with these features."""
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class CueModel:
    """The cue model and its gate.

    The gate is a logistic model over the word's own features only (no source or content
    yet): words it scores below its threshold are not built into attributions at all, which
    keeps the wide candidate set cheap. It was set on held-out train files to pass almost
    every true cue; ``None`` builds every candidate."""

    full: Logistic
    gate: Logistic | None = None

    @property
    def threshold(self) -> float:
        return self.full.threshold

    def probability(self, features: list[str]) -> float:
        """The probability that the candidate's cue word is an attribution cue."""
        return self.full.probability(features)

    def passes_gate(self, token_features: list[str]) -> bool:
        """False when the word alone rules the candidate out."""
        gate = self.gate
        return gate is None or gate.probability(token_features) >= gate.threshold


def logistic_from_json(data: object) -> Logistic:
    if not isinstance(data, dict):
        raise ModelDataError("a model must be a JSON object")
    weights, bias, threshold = data.get("weights"), data.get("bias"), data.get("threshold")
    if not isinstance(weights, dict):
        raise ModelDataError("weights must map features to numbers")
    if not isinstance(bias, int | float) or not isinstance(threshold, int | float):
        raise ModelDataError("bias and threshold must be numbers")
    return Logistic({str(k): float(v) for k, v in weights.items()}, float(bias), float(threshold))


def model_from_json(data: dict[str, object]) -> CueModel:
    """A model from the weights file's JSON object (checked for its format tag)."""
    if data.get("format") != FORMAT:
        raise ModelDataError(f"not a {FORMAT} weights file")
    gate = data.get("gate")
    return CueModel(
        logistic_from_json(data), logistic_from_json(gate) if gate is not None else None
    )


def model_to_json(model: CueModel, about: str) -> dict[str, object]:
    """The weights file's JSON object (features sorted, so that a retrain diffs cleanly)."""

    def table(part: Logistic) -> dict[str, object]:
        return {
            "threshold": part.threshold,
            "bias": part.bias,
            "weights": dict(sorted(part.weights.items())),
        }

    out: dict[str, object] = {"format": FORMAT, "about": about, **table(model.full)}
    if model.gate is not None:
        out["gate"] = table(model.gate)
    return out


def read_weights(path: str, what: str) -> dict[str, object]:
    """The JSON object of a weights file shipped in the package (``path`` relative to it);
    a missing or damaged file is a :class:`ModelDataError` naming ``what`` it holds."""
    try:
        raw = resources.files("newsgraph").joinpath(path).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ModelDataError(f"cannot read the {what} {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelDataError(f"{path} is not a JSON object")
    return data


@lru_cache(maxsize=1)
def load_model() -> CueModel:
    """The shipped model, read once per process."""
    return model_from_json(read_weights(WEIGHTS_FILE, "cue model"))


def _bucket(n: int) -> str:
    """A length as a coarse logarithmic bucket: "3" for 4–7, "0" for 0."""
    return str(n.bit_length())


def _subject_kind(subj: Token | None) -> str:
    if subj is None:
        return "none"
    if subj.lower_ in _PRONOUNS:
        return "pron:" + subj.lower_
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    return "pos:" + subj.pos_


_STARTS_KEY = "newsgraph.sentence_starts"
#: token indices where the document's sentences start, in order
SentenceStarts = tuple[int, ...]


def sentence_starts(doc: Doc) -> SentenceStarts:
    """Token indices where sentences start: one tuple per document, so that a candidate's
    sentence is a binary search instead of spaCy's walk to the sentence boundary. Read once
    per doc (kept in ``doc.user_data``): the quote stages ask for it four times. A tuple of
    ints, not the numpy array it is computed from: :func:`sentence_of` runs a few hundred
    times per article, and ``bisect`` on a tuple costs a tenth of ``np.searchsorted`` and the
    numpy scalars it returns."""
    cached = doc.user_data.get(_STARTS_KEY)
    if isinstance(cached, tuple):
        return cached
    if len(doc) == 0:
        return ()
    starts = np.flatnonzero(doc.to_array([SENT_START]).reshape(-1) == 1)
    if len(starts) == 0 or starts[0] != 0:
        starts = np.concatenate([np.zeros(1, dtype=np.intp), starts])
    found: SentenceStarts = tuple(starts.tolist())
    doc.user_data[_STARTS_KEY] = found
    return found


def sentence_of(starts: SentenceStarts, n_tokens: int, i: int) -> Range:
    """The token range ``[first, last)`` of the sentence holding token ``i``."""
    k = bisect_right(starts, i) - 1
    last = starts[k + 1] if k + 1 < len(starts) else n_tokens
    return starts[k], last


@lru_cache(maxsize=4096)
def _group_features(lemma: str) -> tuple[str, ...]:
    """The lexicon groups of a (lower-case) lemma as features, ``grp=none`` for none: the
    same few hundred verbs come back in every article, so each is looked up once."""
    return tuple(["grp=" + name for name, members in _GROUPS if lemma in members] or ["grp=none"])


def token_features(doc: Doc, text: str, tok: Token, sentence: Range | None = None) -> list[str]:
    """Features of the cue word in its sentence, known before any attribution is built;
    ``sentence`` is its token range (from :func:`sentence_of`) when the caller has it."""
    if sentence is None:
        sentence = (tok.sent.start, tok.sent.end)
    lemma = tok.lemma_.lower()
    lemma = LEMMA_ALIASES.get(lemma, lemma)
    dep = tok.dep_
    tag = tok.tag_
    kids = [(c, c.dep_) for c in tok.children]  # spaCy builds a Token per access: once
    children = sorted({d for _, d in kids if d in _CHILD_DEPS})
    subj = next((c for c, d in kids if d in _SUBJECT_DEPS), None)
    subj_kind = _subject_kind(subj)
    head = tok.head
    own_head = head.i != tok.i
    out = [
        "lem=" + lemma,
        "pos=" + tok.pos_,
        "tag=" + tag,
        "dep=" + dep,
        "hdep=" + head.dep_ if own_head else "hdep=self",
        "hpos=" + head.pos_,
        "subj=" + subj_kind,
        "lem+dep=" + lemma + "|" + dep,
        "lem+tag=" + lemma + "|" + tag,
        "lem+subj=" + lemma + "|" + subj_kind,
    ]
    out += _group_features(lemma)
    out += ["child=" + d for d in children]
    out += ["lem+child=" + lemma + "|" + d for d in children]
    for child, child_dep in kids:
        if child_dep in _AUX_DEPS:
            out.append("aux=" + child.lower_)
        elif child_dep == "prep":
            word = child.lower_
            out.append("prep=" + word)
            out.append("lem+prep=" + lemma + "|" + word)
        elif child_dep == "dobj":
            word = child.lower_
            obj = child.lemma_.lower()
            out.append("dobj=" + (word if word in _PRONOUNS else child.pos_))
            out.append("lem+dobj=" + lemma + "|" + obj)
            out.append("olem=" + obj)
    if subj is not None:
        out.append("slem=" + subj.lemma_.lower())
    if own_head:
        head_lemma = head.lemma_.lower()
        out.append("hlem=" + head_lemma)
        out.append("hlem+dep=" + head_lemma + "|" + dep)
    sent_first, sent_last = sentence
    out.append("sentpos=" + _bucket(tok.i - sent_first))
    out.append("sentlen=" + _bucket((sent_last - sent_first) // 4))
    if _QUOTE_MARKS.search(text, doc[sent_first].idx, doc[sent_last - 1].idx + 1):
        out.append("sentquote")
    if tok.i > 0:
        out.append("prev=" + doc[tok.i - 1].lower_)
    if tok.i + 1 < len(doc):
        following = doc[tok.i + 1].lower_
        out.append("next=" + following)
        out.append("lem+next=" + lemma + "|" + following)
    return out


def attribution_features(text: str, tok: Token, attribution: Attribution) -> list[str]:
    """Features of the attribution built for the word: how its content was found, what the
    content and source look like."""
    lemma = tok.lemma_.lower()
    lemma = LEMMA_ALIASES.get(lemma, lemma)
    kinds = "+".join(sorted(set(attribution.kinds)))
    construction = attribution.construction
    source = "yes" if attribution.source is not None else "no"
    content_chars = sum(hi - lo for lo, hi in attribution.content)
    out = [
        "con=" + construction,
        "kinds=" + kinds,
        "clen=" + _bucket(content_chars // 8),
        "nfrag=" + str(min(3, len(attribution.content))),
        "src=" + source,
        "lem+con=" + lemma + "|" + construction,
        "lem+src=" + lemma + "|" + source,
        "lem+kinds=" + lemma + "|" + kinds,
    ]
    out += ["grp+con=" + name + "|" + construction for name, members in _GROUPS if lemma in members]
    if attribution.source is not None:
        start, end = attribution.source
        out.append("slen=" + _bucket(len(text[start:end].split())))
        out.append("sfirst=" + ("after" if start > tok.idx else "before"))
    if attribution.content:
        lo = attribution.content[0][0]
        first = text[lo : lo + 5].split()
        word = first[0].lower() if first else ""
        out.append("cfirst=" + word)
        out.append("lem+cfirst=" + lemma + "|" + word)
        out.append("cside=" + ("after" if lo > tok.idx else "before"))
    return out


def features(
    doc: Doc, text: str, tok: Token, attribution: Attribution, sentence: Range | None = None
) -> list[str]:
    """All feature strings of one candidate attribution whose cue word is ``tok``."""
    return token_features(doc, text, tok, sentence) + attribution_features(text, tok, attribution)
