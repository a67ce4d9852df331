"""Find event trigger words (cues) in a ``Doc``: one dictionary lookup per token.

The lexicon (:mod:`newsgraph.lexicons.events`) is compiled once per process into an index from
a pattern's first word to the patterns starting with it, so matching costs a few dictionary
lookups per token whatever the lexicon's size. Longest match wins at a position, so
"suicide car bomb" is one cue, not three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicons.events import CUE_TABLE
from .event_participles import (
    PARTICIPLE_PATTERN,
    PARTICIPLE_WEIGHT,
    protest_participle,
    protest_stem,
)
from .token_filter import between, with_words

_HYPHENS = frozenset({"-", "–", "—"})
_SPLIT = re.compile(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon match: which label (or frame) it votes for, how strongly, and where."""

    label: str
    weight: float
    start: int  # token index
    end: int  # token index, exclusive
    pattern: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    words: tuple[str, ...]
    label: str
    weight: float
    pos: tuple[str | None, ...] = ()  # coarse POS a word must have ("fire/noun"), or None


def parse_table(table: dict[str, str]) -> list[_Pattern]:
    """Turn the ``weight: pattern; pattern`` lines of the lexicon into patterns."""
    patterns: list[_Pattern] = []
    for label, block in table.items():
        weight = 0.0
        for chunk in re.split(r"(?m)^\s*(?=\d+(?:\.\d+)?:)", block):
            chunk = chunk.strip()
            if not chunk:
                continue
            head, _, body = chunk.partition(":")
            weight = float(head)
            for item in body.split(";"):
                parts = [w for w in _SPLIT.split(item.strip().lower()) if w]
                if not parts:
                    continue
                words = tuple(w.partition("/")[0] for w in parts)
                pos = tuple((w.partition("/")[2].upper() or None) for w in parts)
                patterns.append(_Pattern(words, label, weight, pos))
    return patterns


@lru_cache(maxsize=1)
def cue_index() -> dict[str, tuple[_Pattern, ...]]:
    """First word -> patterns beginning with it, longest first (built once per process)."""
    index: dict[str, list[_Pattern]] = {}
    for pattern in parse_table(CUE_TABLE):
        index.setdefault(pattern.words[0], []).append(pattern)
    return {
        word: tuple(sorted(found, key=lambda p: -len(p.words))) for word, found in index.items()
    }


def cue_root(doc: Doc, cue: Cue) -> Token:
    """The syntactic head of a (possibly multi-word) cue."""
    if cue.end - cue.start == 1:
        return doc[cue.start]
    return doc[cue.start : cue.end].root


def singular(word: str) -> str:
    """A crude singular, for plurals the lemmatizer left alone (capitalised, unknown words)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_KEYS: dict[tuple[int, int], tuple[str, ...]] = {}


def token_keys(token: Token) -> tuple[str, ...]:
    """The forms a pattern word may match: lemma, lower-case text and a crude singular.

    Cached per (lemma, lower-case form): a news vocabulary repeats, so each word type is
    worked out once per process.
    """
    key = (token.lemma, token.lower)
    found = _KEYS.get(key)
    if found is None:
        found = _keys(token.lemma_, token.lower_)
        if len(_KEYS) < 200_000:
            _KEYS[key] = found
    return found


def _keys(lemma: str, lower: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((lemma.lower() or lower, lower, singular(lower))))


def _may_start_cue(lemma: str, lower: str) -> bool:
    """Whether a word can start a cue: a pattern begins with one of its forms, or it may be a
    protest participle ("striking")."""
    index = cue_index()
    return protest_stem(lower) is not None or any(key in index for key in _keys(lemma, lower))


def _matches(doc: Doc, start: int, stop: int, pattern: _Pattern) -> int | None:
    """Token index after the match of ``pattern`` from ``start`` (skipping hyphens), or None."""
    i = start
    for word, pos in zip(pattern.words, pattern.pos, strict=True):
        while i < stop and doc[i].text in _HYPHENS:
            i += 1
        if i >= stop or word not in token_keys(doc[i]):
            return None
        if pos is not None and doc[i].pos_ != pos:
            return None
        i += 1
    return i


def find_cues(doc: Doc, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue in tokens ``[start, end)``; at one position only the longest match counts
    (for every label that matches that long), and the scan resumes after it. A protest
    participle on people (:mod:`.event_participles`) is a protest cue whatever the lexicon
    says of its verb."""
    index = cue_index()
    stop = len(doc) if end is None else end
    found: list[Cue] = []
    resume = start
    # the few words that can start a cue, picked once per doc (this runs once per sentence)
    for i in between(with_words(doc, "events.cue_starts", _may_start_cue), start, stop):
        token = doc[i]
        if i < resume or token.is_punct:
            continue
        if protest_participle(token):
            # "striking workers": a protest, although "strike" alone is an attack word
            found.append(Cue("_PROTEST", PARTICIPLE_WEIGHT, i, i + 1, PARTICIPLE_PATTERN))
            continue
        best: dict[str, tuple[int, _Pattern]] = {}
        for key in token_keys(token):
            for pattern in index.get(key, ()):
                after = _matches(doc, i, stop, pattern)
                if after is None:
                    continue
                held = best.get(pattern.label)
                if held is None or (after, pattern.weight) > (held[0], held[1].weight):
                    best[pattern.label] = (after, pattern)
        if not best:
            continue
        longest = max(after for after, _ in best.values())
        for label, (after, pattern) in best.items():
            if after == longest:  # "riot police" is not a riot, "open fire" no opening
                found.append(Cue(label, pattern.weight, i, after, " ".join(pattern.words)))
        resume = longest
    return found
