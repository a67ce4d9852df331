"""Where a reporting cue starts and ends: a learned choice among the words around the cue word.

PolNeAR's cue spans take in the auxiliaries, adverbs and the words that tie the cue to its
content ("accused Republicans of", "took a shot at", "is expected to endorse", "said in part",
"asks rhetorically"), but not every time: "said Friday" mostly loses the weekday, "calls on X
to" keeps only "calls", "then said" loses "then". The rules (``quote_rules._cue_range``) follow
one fixed convention each, and on PolNeAR train one cue in six they find has other edges. This
module lists every first and last word the cue could have around its word (within the
sentence, never across punctuation, a quotation mark or the source) and scores each with a
logistic model over the words and dependency labels it would take in or leave out, the cue's
lemma, how the attribution was built and where its content begins; the best-scoring edge on
each side wins. Scoring the two sides apart keeps inference to a few dozen table lookups per
attribution. When the chosen end runs into the content's first reported fragment ("is expected
to endorse the candidate"), that fragment then starts after the cue.

The tables (``newsgraph/data/quote_cue_bounds.json``) are fitted by
``bench/train_quote_cue_bounds.py`` on PolNeAR train; inference needs the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from spacy.tokens import Doc

from ..errors import ModelDataError
from .quote_content_model import _Parse, parse_of
from .quote_cue_model import (
    Logistic,
    logistic_from_json,
    read_weights,
    sentence_of,
    sentence_starts,
)
from .quote_rules import Attribution, Range, _lemma

WEIGHTS_FILE = "data/quote_cue_bounds.json"
FORMAT = "newsgraph.quote_cue_bounds/1"

#: how many words a cue may gain on either side of its word
_REACH = 8
_QUOTE_CHARS = frozenset('"“”«»„')


@dataclass(frozen=True, slots=True)
class CueBounds:
    """Two scoring tables: one for the cue's first word, one for its last."""

    left: Logistic
    right: Logistic


def bounds_from_json(data: dict[str, object]) -> CueBounds:
    """The model from the weights file's JSON object (checked for its format tag)."""
    if data.get("format") != FORMAT:
        raise ModelDataError(f"not a {FORMAT} weights file")
    return CueBounds(logistic_from_json(data.get("left")), logistic_from_json(data.get("right")))


def bounds_to_json(model: CueBounds, about: str) -> dict[str, object]:
    """The weights file's JSON object (features sorted, so that a retrain diffs cleanly)."""

    def table(part: Logistic) -> dict[str, object]:
        return {"threshold": 0.0, "bias": part.bias, "weights": dict(sorted(part.weights.items()))}

    return {
        "format": FORMAT,
        "about": about,
        "left": table(model.left),
        "right": table(model.right),
    }


@lru_cache(maxsize=1)
def load_bounds() -> CueBounds:
    """The shipped model, read once per process."""
    return bounds_from_json(read_weights(WEIGHTS_FILE, "cue boundary model"))


@dataclass(frozen=True, slots=True)
class Edges:
    """The candidate edges of one cue (token indices) with their feature rows."""

    lefts: list[tuple[int, list[str]]]
    rights: list[tuple[int, list[str]]]


def _blocked(parse: _Parse, text: str, i: int, source: Range | None, content: list[Range]) -> bool:
    """A word a cue never takes: punctuation other than a colon, a quotation mark, a line
    break, a word of the source or of the content (read from the doc's parse lists, not a
    ``Token``)."""
    start = parse.idx[i]
    word = text[start : start + parse.length[i]]
    if parse.space[i] or "\n" in word or any(c in _QUOTE_CHARS for c in word):
        return True
    if parse.punct[i] and word != ":":
        return True
    if source is not None and source[0] <= start < source[1]:
        return True
    return any(lo <= start < hi for lo, hi in content)


def edges(
    doc: Doc, attribution: Attribution, sentence: Range, text: str | None = None
) -> Edges | None:
    """Every first and last word the attribution's cue could have, with features; None for a
    cue this module leaves alone (no cue word, or a cue outside its word's sentence).
    ``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it on each access)."""
    if attribution.cue is None or attribution.verb is None:
        return None
    verb = doc[attribution.verb]
    first, last = sentence
    cue_start, cue_end = attribution.cue
    if cue_end <= cue_start:
        return None
    span = doc.char_span(cue_start, cue_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    rule_left, rule_right = span.start, span.end - 1
    if rule_left < first or rule_right >= last or not rule_left <= verb.i <= rule_right:
        return None
    lemma = _lemma(verb)
    reported = [
        f
        for f, kind in zip(attribution.content, attribution.kinds, strict=False)
        if kind != "direct"
    ]
    after = [f for f in attribution.content if f[0] >= verb.idx]
    content_start = after[0][0] if after else None
    open_content = reported[0] if reported and reported[0][0] >= verb.idx else None
    source = attribution.source
    fixed = [f for f in attribution.content if f is not open_content]

    text = doc.text if text is None else text
    parse = parse_of(doc)  # the words' labels from lists read once per doc, not Tokens
    left_ends = {rule_left, verb.i}
    i = verb.i - 1
    content = attribution.content
    while i >= max(first, verb.i - _REACH) and not _blocked(parse, text, i, source, content):
        left_ends.add(i)
        i -= 1
    right_ends = {rule_right, verb.i}
    i = verb.i + 1
    while i < min(last, verb.i + _REACH + 1) and not _blocked(parse, text, i, source, fixed):
        end = parse.idx[i] + parse.length[i]
        if open_content is not None and end >= open_content[1]:
            break  # the cue may take the start of the content, never all of it
        right_ends.add(i)
        if text[parse.idx[i] : end] == ":":
            break
        i += 1
    lo, hi = max(0, min(left_ends) - 1), min(len(doc), max(right_ends) + 2)
    words = {i: (parse.dep[i], parse.pos[i], parse.lower(i), parse.head[i]) for i in range(lo, hi)}
    gap_from = None
    if content_start is not None and content_start >= verb.idx:
        opening = doc.char_span(content_start, content_start + 1, alignment_mode="expand")
        gap_from = opening.start if opening is not None else None
    context = _Context(verb.i, lemma, f"{attribution.construction}|{verb.pos_}", words)
    # the rules' edge first: on a tie (an empty table) the rules stand
    lefts = [
        (j, _left_features(context, j, j == rule_left))
        for j in sorted(left_ends, key=lambda j: (j != rule_left, j))
    ]
    rights = [
        (j, _right_features(context, j, j == rule_right, content_start is None, gap_from))
        for j in sorted(right_ends, key=lambda j: (j != rule_right, j))
    ]
    return Edges(lefts, rights)


@dataclass(frozen=True, slots=True)
class _Context:
    """What every candidate edge of one cue is described with: the cue word's index and
    lemma, how the attribution was built, and (dependency, part of speech, lower-case form,
    head index) of each word around it, read from the parse once."""

    verb: int
    lemma: str
    head: str
    words: dict[int, tuple[str, str, str, int]]


def _left_features(c: _Context, start: int, rule: bool) -> list[str]:
    taken = [c.words[i] for i in range(start, c.verb)]
    deps = "_".join(w[0] for w in taken[-4:])
    out = [f"n={min(len(taken), 5)}", f"deps={deps}", f"lemma|deps={c.lemma}|{deps}"]
    out.append(f"rule={rule}|{c.head}")
    if taken:
        dep, pos, lower, _ = taken[0]
        out += [f"first={lower}", f"firstdep={dep}|{pos}", f"lemma|first={c.lemma}|{lower}"]
    before = c.words.get(start - 1)
    if before is not None:
        out += [f"prev={before[0]}|{before[1]}", f"prevw={before[2]}"]
    return out


def _right_features(
    c: _Context, end: int, rule: bool, no_content: bool, gap_from: int | None
) -> list[str]:
    taken = [c.words[i] for i in range(c.verb + 1, end + 1)]
    deps = "_".join(w[0] for w in taken[:4])
    out = [f"n={min(len(taken), 6)}", f"deps={deps}", f"lemma|deps={c.lemma}|{deps}"]
    out += [f"rule={rule}|{c.head}", f"head|deps={c.head}|{deps}"]
    if taken:
        dep, pos, lower, _ = taken[-1]
        out += [f"last={dep}|{pos}", f"lastw={lower}", f"lemma|last={c.lemma}|{lower}"]
    after = c.words.get(end + 1)
    if after is not None:
        dep, pos, lower, head = after
        attached = "verb" if head == c.verb else "in" if c.verb < head <= end else "out"
        out += [f"next={dep}|{pos}|{attached}", f"nextw={lower}", f"lemma|next={c.lemma}|{dep}"]
    if no_content:
        out.append("content=none")
    elif gap_from is None:
        out.append("content=before")
    elif end >= gap_from:
        out.append("content=into")
    else:
        gap = gap_from - end - 1
        out += [f"content=gap{min(gap, 3)}", f"lemma|gap={c.lemma}|{min(gap, 1)}"]
    return out


def _best(options: list[tuple[int, list[str]]], table: Logistic) -> int:
    """The option with the highest score (the first one on a tie)."""
    best, best_score = options[0][0], float("-inf")
    weights = table.weights
    for index, features in options:
        score = sum(map(weights.get, features, repeat(0.0)))
        if score > best_score:
            best, best_score = index, score
    return best


def choose_cue(doc: Doc, text: str, attribution: Attribution, sentence: Range) -> None:
    """Move the attribution's cue edges to the model's choice; a content fragment the new cue
    runs into then starts after the cue."""
    found = edges(doc, attribution, sentence, text)
    if found is None:
        return
    model = load_bounds()
    left = _best(found.lefts, model.left)
    right = _best(found.rights, model.right)
    start, end = doc[left].idx, doc[right].idx + len(doc[right])
    attribution.cue = (start, end)
    for index, (lo, hi) in enumerate(attribution.content):
        if lo < end < hi and start <= lo:
            rest = end
            while rest < hi and text[rest].isspace():
                rest += 1
            attribution.content[index] = (rest, hi)


def choose_cues(doc: Doc, text: str, attributions: list[Attribution]) -> None:
    """:func:`choose_cue` for every attribution built around a cue word (not for source
    phrases such as "according to", whose cue is the phrase itself)."""
    starts = sentence_starts(doc)
    for attribution in attributions:
        if attribution.construction != "phrase" and attribution.verb is not None:
            sentence = sentence_of(starts, len(doc), attribution.verb)
            choose_cue(doc, text, attribution, sentence)
