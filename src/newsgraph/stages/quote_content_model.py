"""A learned choice of where reported content starts and ends.

The span rules of :mod:`.quote_rules` cut a reported clause by conventions read from PolNeAR
train ("stop before ``, which``", "run on past ``, but``"), and every such convention holds
only most of the time: whether PolNeAR's content takes in a trailing ``and …`` conjunct, a
participle, a prepositional phrase or the object before "of being …" depends on the cue, the
construction and the words at the cut. So for each attribution the cue model kept, this module
lists alternative contents from the parse (the rules' own span; the start moved to a "that",
past a marker or to where a dependent phrase opens; the end moved to before each comma,
conjunction or right dependent that opens inside the sentence, or to the sentence end) and a
logistic model over short feature strings of each candidate picks one. The rules' span is a
candidate with a feature saying so, so the model learns where to trust them.

Only reported (indirect or mixed) fragments are moved; a quotation stays as its marks give it.
A candidate's score is the sum of the weights of its start's, its end's and a few joint
features, so the start and end features are computed once each and all pairs are scored by
addition. The table (``newsgraph/data/quote_contents.json``) is fitted by
``bench/train_quote_contents.py`` on PolNeAR train; inference needs only the standard library
and numpy.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

from ..errors import ModelDataError
from ..lexicons.reporting import CUE_VERBS, LEMMA_ALIASES, word_set
from .quote_cue_model import SentenceStarts, read_weights, sentence_of, sentence_starts
from .quote_marks import QuotedSpan
from .quote_rules import Attribution, Range, _trim

WEIGHTS_FILE = "data/quote_contents.json"
FORMAT = "newsgraph.quote_contents/1"

#: right dependents whose first word may be where a content ends (the cut falls before it)
_END_DEPS = word_set(
    "relcl advcl prep appos npadvmod acl parataxis ccomp xcomp advmod agent dative oprd mark"
)
#: dependents whose first word may be where a content starts
_START_DEPS = word_set("pcomp xcomp ccomp advcl nsubj nsubjpass")
#: punctuation at which a content may end
_SEAMS = frozenset({",", ";", ":", "—", "–", "--", "(", "-"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_CLOSED = frozenset({"CCONJ", "SCONJ", "ADP", "PRON", "DET", "PART", "AUX", "PUNCT"})
_SENTENCE_END = frozenset({".", "!", "?"})
#: words a content may lose or gain at its start
_MARKERS = word_set("that whether if and but so because as")
#: verbs whose object is the listener: "told the agency that …", "assured reporters that …"
_TELLING = word_set("tell inform assure brief remind notify warn advise promise")
#: how far (in tokens) candidates may reach beyond the rules' span
_REACH = 60
_MAX_STARTS = 8


@dataclass(frozen=True, slots=True)
class ContentModel:
    """Feature weights and a bias; the candidate with the highest sum wins. ``margin`` is
    what a candidate must score above the rules' own span to replace it."""

    weights: dict[str, float]
    bias: float
    margin: float = 0.0

    def score(self, features: tuple[str, ...] | list[str]) -> float:
        return sum(map(self.weights.get, features, repeat(0.0)))


def model_from_json(data: object) -> ContentModel:
    """A model from the weights file's JSON object (checked for its format tag)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelDataError(f"not a {FORMAT} weights file")
    weights, bias, margin = data.get("weights"), data.get("bias"), data.get("margin", 0.0)
    if not isinstance(weights, dict):
        raise ModelDataError("weights must map features to numbers")
    if not isinstance(bias, int | float) or not isinstance(margin, int | float):
        raise ModelDataError("bias and margin must be numbers")
    try:
        table = {str(k): float(v) for k, v in weights.items()}
    except (TypeError, ValueError) as exc:
        raise ModelDataError(f"a weight is not a number: {exc}") from exc
    return ContentModel(table, float(bias), float(margin))


def model_to_json(model: ContentModel, about: str) -> dict[str, object]:
    """The weights file's JSON object (features sorted, so that a retrain diffs cleanly)."""
    return {
        "format": FORMAT,
        "about": about,
        "bias": model.bias,
        "margin": model.margin,
        "weights": dict(sorted(model.weights.items())),
    }


@lru_cache(maxsize=1)
def load_model() -> ContentModel:
    """The shipped model, read once per process."""
    return model_from_json(read_weights(WEIGHTS_FILE, "content model"))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One alternative content: its fragments and kinds, and the features of its start, its
    end and of the pair (the start's and end's tuples are shared between candidates, so
    their scores are computed once)."""

    content: tuple[Range, ...]
    kinds: tuple[str, ...]
    rules: bool
    start: tuple[str, ...] = ()
    end: tuple[str, ...] = ()
    joint: tuple[str, ...] = ()

    @property
    def features(self) -> tuple[str, ...]:
        return self.start + self.end + self.joint


def _bucket(n: int) -> str:
    return str(n.bit_length())


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[int]:
    """Hashes of the lemmas (as spaCy may write them) of the reporting lexicon's verbs."""
    forms = set(CUE_VERBS) | {a for a, target in LEMMA_ALIASES.items() if target in CUE_VERBS}
    return frozenset(hash_string(f) for w in forms for f in (w, w.capitalize()))


_PARSE_KEY = "newsgraph.quote_parse"


class _Parse:
    """The parse of one document as plain lists (heads, labels, parts of speech, flags), read
    once per document: candidate features look at the same few hundred tokens many times,
    and a spaCy ``Token`` is built anew on every access."""

    __slots__ = (
        "_doc",
        "_left",
        "cue",
        "dep",
        "head",
        "idx",
        "length",
        "lower_ids",
        "lowers",
        "pos",
        "punct",
        "space",
        "subject",
        "verb",
    )

    def __init__(self, doc: Doc) -> None:
        # weakly: the parse is kept in the doc's user_data, and must not keep the doc alive
        self._doc = weakref.ref(doc)
        rows = doc.to_array([HEAD, DEP, POS, LOWER, LEMMA, IDX, LENGTH, IS_PUNCT, IS_SPACE])
        strings = doc.vocab.strings
        heads = rows[:, 0].astype(np.int64) + np.arange(len(doc))
        self.head: list[int] = heads.tolist()
        dep_ids, pos_ids = rows[:, 1].tolist(), rows[:, 2].tolist()
        names = {h: strings[h] for h in set(dep_ids) | set(pos_ids)}
        self.dep: list[str] = list(map(names.__getitem__, dep_ids))
        self.pos: list[str] = list(map(names.__getitem__, pos_ids))
        self.lower_ids: list[int] = rows[:, 3].tolist()
        self.lowers: dict[int, str] = {}
        self.idx: list[int] = rows[:, 5].tolist()
        self.length: list[int] = rows[:, 6].tolist()
        # whole columns at once: a Python step per numpy scalar costs more than the rest
        space = rows[:, 8].astype(bool)
        self.punct: list[bool] = (rows[:, 7].astype(bool) | space).tolist()
        self.space: list[bool] = space.tolist()
        self.verb: list[bool] = [p in ("VERB", "AUX") for p in self.pos]
        cues = _cue_lemmas()
        lemma_ids = rows[:, 4].tolist()
        self.cue: list[bool] = [
            p == "VERB" and h in cues for p, h in zip(self.pos, lemma_ids, strict=True)
        ]
        self.subject: list[bool] = [d in _CLAUSE_SUBJECTS for d in self.dep]
        self._left: dict[int, int] = {}

    @property
    def doc(self) -> Doc:
        doc = self._doc()
        assert doc is not None, "the parse outlived its doc"
        return doc

    def lower(self, i: int) -> str:
        """Token ``i``'s lower-case form. The features ask for the same few hundred words
        again and again: each is read from the StringStore once per doc."""
        word = self.lowers.get(i)
        if word is None:
            word = self.lowers[i] = self.doc.vocab.strings[self.lower_ids[i]]
        return word

    def left_edge(self, i: int) -> int:
        edge = self._left.get(i)
        if edge is None:
            edge = self._left[i] = self.doc[i].left_edge.i
        return edge

    def word(self, i: int) -> str:
        """A word as a feature value: itself for closed classes, its part of speech otherwise."""
        pos = self.pos[i]
        return self.lower(i) if pos in _CLOSED else pos

    def under(self, i: int, ancestor: int) -> bool:
        """True when token ``ancestor`` governs token ``i`` (at any depth)."""
        head = self.head
        for _ in range(64):
            parent = head[i]
            if parent == i:
                return False
            if parent == ancestor:
                return True
            i = parent
        return False


def parse_of(doc: Doc) -> _Parse:
    """The doc's parse as lists, built once per doc (kept in ``doc.user_data``): the cue
    bounds (:mod:`.quote_cue_bounds`) and the content model both read it."""
    parse = doc.user_data.get(_PARSE_KEY)
    if not isinstance(parse, _Parse) or parse._doc() is not doc:
        parse = doc.user_data[_PARSE_KEY] = _Parse(doc)
    return parse


@dataclass(slots=True)
class _Context:
    """What all candidates of one attribution share."""

    parse: _Parse
    verb: int
    head: int
    prefix: str  # "lemma|construction"
    lemma: str
    construction: str

    def attachment(self, i: int) -> str:
        """Where a word hangs: from the cue verb, from the content's head, under that head,
        or outside."""
        parent = self.parse.head[i]
        if parent == self.verb:
            return "verb"
        if parent == self.head:
            return "head"
        return "under" if self.parse.under(i, self.head) else "out"


def _content_head(parse: _Parse, first: int, last: int) -> int:
    """The token of [first, last] whose head lies outside the range (the leftmost such)."""
    for i in range(first, last + 1):
        parent = parse.head[i]
        if not first <= parent <= last or parent == i:
            return i
    return first


def _ends(ctx: _Context, t_lo: int, t_hi: int, limit: int) -> dict[int, tuple[str, ...]]:
    """Candidate last tokens of the content, each with its features; the rules' own end is
    ``t_hi``. A cut falls before a punctuation mark, a conjunction or the phrase of a right
    dependent; ``limit`` is the first token the content may not take in."""
    parse = ctx.parse
    out: dict[int, tuple[str, ...]] = {}
    cut_words: set[int] = {limit}
    dep, head = parse.dep, parse.head
    for k in range(t_lo + 1, limit):
        if dep[k] == "cc" or (parse.punct[k] and parse.lower(k) in _SEAMS):
            cut_words.add(k)
        elif dep[k] in _END_DEPS and head[k] < k:
            edge = parse.left_edge(k)  # a right dependent: the cut falls before its phrase
            if edge > t_lo:
                cut_words.add(edge)
    for k in sorted(cut_words):
        last = k - 1
        while last > t_lo and parse.punct[last]:
            last -= 1
        if last in out or last < t_lo:
            continue
        out[last] = _end_features(ctx, last, t_hi, limit)
    if t_hi not in out:
        out[t_hi] = _end_features(ctx, t_hi, t_hi, limit)
    return out


def _end_features(ctx: _Context, last: int, t_hi: int, limit: int) -> tuple[str, ...]:
    parse = ctx.parse
    rel = "same" if last == t_hi else "short" if last < t_hi else "long"
    nxt = last + 1
    seam = ""
    while nxt < limit and parse.punct[nxt]:
        if not seam and not parse.space[nxt]:
            seam = parse.lower(nxt)
        nxt += 1
    seam = seam or "none"
    out = ["e=" + rel, "e:d=" + rel + _bucket(abs(last - t_hi)), "e:last=" + parse.word(last)]
    if rel != "same":
        lo, hi = (last + 1, t_hi) if rel == "short" else (t_hi + 1, last)
        seg = _segment(ctx, lo, hi)
        out += ["e:seg=" + rel + "|" + f for f in seg]
        out.append("e:lemseg=" + ctx.lemma + "|" + rel + "|" + seg[-2 if len(seg) > 1 else 0])
        out.append("e:conseg=" + ctx.construction + "|" + rel + "|" + seg[1 if len(seg) > 1 else 0])
    if nxt >= limit:
        out += [
            "e:w=END",
            "e:seam=" + seam + "|END",
            ctx.prefix + "|e:END",
            "e:rel+w=" + rel + "|END",
        ]
        return tuple(out)
    where = ctx.attachment(nxt)
    dep = parse.dep[nxt]
    word = parse.word(nxt)
    out += [
        "e:w=" + dep + ":" + word,
        "e:seam=" + seam + "|" + dep,
        "e:seamw=" + seam + "|" + word,
        "e:where=" + where + "|" + dep,
        "e:rel+w=" + rel + "|" + dep + "|" + where,
        "e:con=" + ctx.construction + "|" + dep + "|" + seam,
        "e:lem=" + ctx.lemma + "|" + dep,
        "e:hdep=" + parse.dep[parse.head[nxt]] + "|" + dep,
    ]
    return tuple(out)


def _segment(ctx: _Context, lo: int, hi: int) -> list[str]:
    """What the words a candidate adds or drops are: the punctuation before them, the first
    word's label and attachment, their size, and whether they hold a verb, a clause with a
    subject of its own or a reporting verb (most likely another attribution)."""
    parse = ctx.parse
    seam = ""
    while lo <= hi and parse.punct[lo]:
        seam = seam or parse.lower(lo)
        lo += 1
    if lo > hi:
        return ["punct:" + seam]
    seam = seam or "_"
    head = parse.head
    if any(parse.cue[lo : hi + 1]):
        kind = "cue"
    elif any(s and lo <= head[t] <= hi for t, s in enumerate(parse.subject[lo : hi + 1], lo)):
        kind = "clause"
    else:
        kind = "v" if any(parse.verb[lo : hi + 1]) else "nv"
    verb = "v" if kind != "nv" else "nv"
    dep = parse.dep[lo]
    base = f"{seam}|{dep}:{parse.word(lo)}|{ctx.attachment(lo)}"
    return [
        base + "|" + verb + "|" + _bucket(hi - lo + 1),
        base + "|" + kind,
        f"{seam}|{dep}|{kind}",
        "kind=" + kind,
        f"{seam}|{parse.lower(lo)}|{kind}",
    ]


def _starts(ctx: _Context, t_lo: int, t_hi: int, floor: int) -> dict[int, tuple[str, ...]]:
    """Candidate first tokens of the content with their features; the rules' own is
    ``t_lo``. ``floor`` is the first token a content may take in (the sentence start)."""
    parse = ctx.parse
    found = {t_lo}
    if t_lo - 1 >= floor and parse.lower(t_lo - 1) in _MARKERS:
        found.add(t_lo - 1)
    if (parse.lower(t_lo) in _MARKERS or parse.punct[t_lo]) and t_lo + 1 <= t_hi:
        found.add(t_lo + 1)
    dep, head = parse.dep, parse.head
    for k in range(t_lo + 1, min(t_hi, t_lo + 16) + 1):
        if dep[k] in _START_DEPS and head[k] < k:
            edge = parse.left_edge(k)  # where a phrase that hangs on an earlier word opens
            if edge > t_lo:
                found.add(edge)
    anc = ctx.head
    for _ in range(64):  # the phrases the content's head belongs to, up to the cue verb
        if anc == ctx.verb:
            break
        edge = parse.left_edge(anc)
        if floor <= edge < t_lo:
            found.add(edge)
        if head[anc] == anc:
            break
        anc = head[anc]
    if floor < t_lo:
        found.add(floor)
    out: dict[int, tuple[str, ...]] = {}
    for s in sorted(found)[:_MAX_STARTS]:
        first = s
        while first < t_hi and parse.punct[first]:
            first += 1
        if first not in out:
            out[first] = _start_features(ctx, first, t_lo)
    if t_lo not in out:
        out[t_lo] = _start_features(ctx, t_lo, t_lo)
    return out


def _start_features(ctx: _Context, first: int, t_lo: int) -> tuple[str, ...]:
    parse = ctx.parse
    rel = "same" if first == t_lo else "early" if first < t_lo else "late"
    before = parse.word(first - 1) if first > 0 else "BOS"
    dep = parse.dep[first]
    word = parse.word(first)
    out = ["s=" + rel]
    if rel != "same":
        lo, hi = (first, t_lo - 1) if rel == "early" else (t_lo, first - 1)
        seg = _segment(ctx, lo, hi)
        out += ["s:seg=" + rel + "|" + f for f in seg]
        out.append("s:lemseg=" + ctx.lemma + "|" + rel + "|" + seg[-2 if len(seg) > 1 else 0])
    out += [
        "s:d=" + rel + _bucket(abs(first - t_lo)),
        "s:w=" + dep + ":" + word,
        "s:prev=" + before,
        "s:pair=" + before + "|" + dep,
        "s:rel+w=" + rel + "|" + dep + "|" + ctx.attachment(first),
        "s:con=" + ctx.construction + "|" + dep,
        "s:lem=" + ctx.lemma + "|" + word,
    ]
    return tuple(out)


def _paragraph(text: str, lo: int, hi: int) -> Range:
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    return start, len(text) if end == -1 else end


def _token_at(parse: _Parse, char: int) -> int:
    """The token holding character ``char`` (or the next one)."""
    return max(0, bisect_right(parse.idx, char) - 1)


def candidates(
    doc: Doc,
    text: str,
    attribution: Attribution,
    quotes: list[QuotedSpan],
    starts: SentenceStarts | None = None,
    parse: _Parse | None = None,
) -> list[Candidate]:
    """Alternative contents of one attribution, the rules' own first (flagged ``rules``).

    Only the reported fragments move: the first one's start or the last one's end; an
    attribution without a reported fragment or a cue verb has the rules' candidate alone.
    ``starts`` (sentence starts) and ``parse`` are the document's, when the caller has them."""
    own = Candidate(tuple(attribution.content), tuple(attribution.kinds), True)
    reported = [i for i, kind in enumerate(attribution.kinds) if kind != "direct"]
    if not reported or attribution.verb is None or attribution.cue is None:
        return [own]
    parse = parse_of(doc) if parse is None else parse
    starts = sentence_starts(doc) if starts is None else starts
    first_i, last_i = reported[0], reported[-1]
    lo, hi = attribution.content[first_i][0], attribution.content[last_i][1]
    t_lo, t_hi = _token_at(parse, lo), _token_at(parse, hi - 1)
    if t_hi < t_lo:
        return [own]
    verb = attribution.verb
    lemma = parse.doc[verb].lemma_.lower()
    lemma = LEMMA_ALIASES.get(lemma, lemma)
    construction = attribution.construction
    ctx = _Context(
        parse,
        verb,
        _content_head(parse, t_lo, t_hi),
        lemma + "|" + construction,
        lemma,
        construction,
    )
    blocked = [attribution.cue] + ([attribution.source] if attribution.source else [])
    blocked += _listeners(parse.doc[verb], lo, hi)
    blocked += [f for i, f in enumerate(attribution.content) if i < first_i or i > last_i]
    n = len(parse.idx)
    sent_lo, _ = sentence_of(starts, n, t_lo)
    _, sent_hi = sentence_of(starts, n, t_hi)
    par_lo, par_hi = _paragraph(text, lo, hi)
    # the content stays in its paragraph, before the sentence's final punctuation, and off
    # the cue, the source and the attribution's other fragments
    limit = min(sent_hi, t_hi + _REACH)
    floor = max(sent_lo, t_lo - _REACH)
    for b_lo, b_hi in blocked:
        if b_lo >= hi:
            limit = min(limit, _token_at(parse, b_lo))
        elif b_hi <= lo:
            floor = max(floor, _token_at(parse, b_hi - 1) + 1)
    idx = parse.idx
    while limit > t_hi + 1 and (
        idx[limit - 1] >= par_hi or parse.lower(limit - 1) in _SENTENCE_END
    ):
        limit -= 1
    while floor < t_lo and idx[floor] < par_lo:
        floor += 1
    limit = max(limit, t_hi + 1)
    floor = min(floor, t_lo)
    ends = _ends(ctx, t_lo, t_hi, limit)
    begins = _starts(ctx, t_lo, t_hi, floor)
    own = Candidate(own.content, own.kinds, True, begins[t_lo], ends[t_hi], ("rules",))
    out = [own]
    seen = {own.content}
    before = tuple(attribution.content[:first_i])
    after = tuple(attribution.content[last_i + 1 :])
    inner = list(attribution.content[first_i : last_i + 1])
    # one edge moves at a time: on PolNeAR train the gold content almost never differs from
    # the rules' at both ends, and the pairs stay few
    pairs = [(t_lo, e) for e in ends] + [(s, t_hi) for s in begins if s != t_lo]
    length = parse.length
    near = [
        q for q in quotes if q.start < idx[limit - 1] + length[limit - 1] and idx[floor] < q.end
    ]
    for s, e in pairs:
        if e < s:
            continue
        a, b = _trim(text, idx[s], idx[e] + length[e])
        if b <= a:
            continue
        a, b = _widen(near, a, b)
        if any(x < b and a < y for x, y in blocked):
            continue
        pieces = _replace(inner, a, b)
        content = before + tuple(pieces) + after
        if content in seen:
            continue
        seen.add(content)
        kinds = (
            attribution.kinds[:first_i] + _kinds(quotes, pieces) + attribution.kinds[last_i + 1 :]
        )
        joint = ("len=" + _bucket((e - s + 1) // 2),)
        out.append(Candidate(content, tuple(kinds), False, begins[s], ends[e], joint))
    return out


def _listeners(verb: Token, lo: int, hi: int) -> list[Range]:
    """The phrases of a telling verb's object and indirect object outside the rules' content
    [lo, hi): whom the words were told ("told the German news agency dpa that …") is never
    part of what was told. (Other verbs' objects can be: "called him a liar".)"""
    out: list[Range] = []
    if verb.lemma_.lower() not in _TELLING:
        return out
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            start = child.left_edge.idx
            end = child.right_edge.idx + len(child.right_edge)
            if end <= lo or start >= hi:
                out.append((start, end))
    return out


def _widen(quotes: list[QuotedSpan], a: int, b: int) -> Range:
    """A content never cuts a quotation: one it reaches into is taken whole."""
    for q in quotes:
        if q.start < b and a < q.end:
            a, b = min(a, q.start), max(b, q.end)
    return a, b


def _replace(inner: list[Range], a: int, b: int) -> list[Range]:
    """The reported fragments with the outer edges moved to ``a`` and ``b``; a gap between
    fragments (where the cue split them) stays a gap when it still lies inside."""
    if len(inner) == 1:
        return [(a, b)]
    pieces = [(max(a, x), min(b, y)) for x, y in inner]
    pieces = [(x, y) for x, y in pieces if y > x]
    if not pieces:
        return [(a, b)]
    pieces[0] = (a, pieces[0][1]) if a < pieces[0][1] else pieces[0]
    pieces[-1] = (pieces[-1][0], b) if b > pieces[-1][0] else pieces[-1]
    return pieces


def _kinds(quotes: list[QuotedSpan], pieces: list[Range]) -> list[str]:
    """A reported piece that takes in a quotation is mixed."""
    return list(
        "mixed" if any(q.start < b and a < q.end for q in quotes) else "indirect" for a, b in pieces
    )


def choose(candidates_: list[Candidate], model: ContentModel) -> Candidate:
    """The candidate the model scores highest; the rules' own wins ties and must be beaten
    by ``model.margin``. Start and end scores are computed once per distinct edge."""
    best = candidates_[0]
    if len(candidates_) == 1:
        return best
    memo: dict[int, float] = {}

    def part(features: tuple[str, ...]) -> float:
        key = id(features)
        value = memo.get(key)
        if value is None:
            value = memo[key] = model.score(features)
        return value

    def score(c: Candidate) -> float:
        return part(c.start) + part(c.end) + model.score(c.joint)

    best_score = score(best) + model.margin
    for candidate in candidates_[1:]:
        value = score(candidate)
        if value > best_score:
            best, best_score = candidate, value
    return best


def rerank(
    doc: Doc,
    text: str,
    attributions: list[Attribution],
    quotes: list[QuotedSpan],
    model: ContentModel | None = None,
) -> None:
    """Replace each attribution's content (and kinds) by the model's choice, in place."""
    model = load_model() if model is None else model
    if not attributions:
        return
    starts = sentence_starts(doc)
    parse = parse_of(doc)
    for attribution in attributions:
        found = candidates(doc, text, attribution, quotes, starts, parse)
        if len(found) == 1:
            continue
        best = choose(found, model)
        if not best.rules:
            attribution.content = list(best.content)
            attribution.kinds = list(best.kinds)
