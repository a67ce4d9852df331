"""Where the quotes stage misses PolNeAR attributions: error buckets on the TRAIN split.

Run: ``.venv/bin/python bench/quotes_errors.py [--split train] [--limit N] [--examples K]
[--top N] [--rules-only]``

Rules are learned from train and checked on dev, so this script reads train by default. It
parses the split once and keeps the parsed documents in a cache file (``--cache``, default in
the system temp folder) so that re-running it after a rule change costs only the stage's own
time. It prints the exact P/R/F1 per role and then buckets the gold attributions that were
missed:

* cues: by the cue's head word (lemma and part of speech) and construction (verb outside the
  lexicon, noun cue, "according to", a form of "be", a cue with a particle or adverb), and
  whether a predicted cue overlapped it (a boundary error) or nothing did (a missed cue);
* sources: possessive sources, pronouns, boundary errors versus misses;
* content: boundary errors by where the gold span starts and ends against the prediction
  ("that" included or not, trailing punctuation, longer or shorter on either side);
* boundary errors of attributions whose cue is right, by construction: for the content and
  the source, which edge differs, whether gold is longer or shorter, and the first word of the
  difference as dependency label, part of speech and attachment to the cue verb — the patterns
  a span rule in :mod:`newsgraph.stages.quote_rules` can act on.

``--rules-only`` runs the lexicon rules without the learned cue filter, so that a span change
can be compared before and after on the same attributions.

It writes nothing; it is a tool for choosing the next rule, not a benchmark.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from functools import partial
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from newsgraph.evaluation import data_dir
from newsgraph.evaluation.polnear import (
    Fragments,
    PolnearDoc,
    Scores,
    SpanTriple,
    load_split,
    quotes_to_triples,
)
from newsgraph.pipeline import load_model
from newsgraph.settings import Settings
from newsgraph.stages import STAGES, entities, quote_attributions, quotes
from newsgraph.stages.quote_marks import find_quoted


def build() -> Language:
    nlp = load_model(Settings().model)
    nlp.add_pipe("newsgraph_boilerplate")
    nlp.add_pipe("newsgraph_quotes")
    return nlp


def parsed(nlp: Language, docs: list[PolnearDoc], cache: Path) -> list[Doc]:
    """The model's parses of ``docs``, from the cache when it holds exactly these texts and
    was made by the same components (their names are kept beside it)."""
    model = [n for n in nlp.pipe_names if n.removeprefix("newsgraph_") not in STAGES]
    made_by = cache.with_suffix(".components")
    if cache.is_file() and made_by.is_file() and made_by.read_text() == " ".join(model):
        loaded = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in loaded] == [d.text for d in docs]:
            return loaded
    with nlp.select_pipes(enable=model):
        out = list(nlp.pipe(d.text for d in docs))
    DocBin(store_user_data=False, docs=out).to_disk(cache)
    made_by.write_text(" ".join(model))
    return out


def _text(text: str, span: Fragments | None) -> str:
    if not span:
        return "-"
    return " … ".join(text[a:b] for a, b in span).replace("\n", " ")


def _touch(a: Fragments, b: Fragments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _cue_bucket(doc: Doc, span: Fragments) -> str:
    toks = [t for a, b in span for t in (doc.char_span(a, b, alignment_mode="expand") or [])]
    if not toks:
        return "?"
    text = " ".join(t.lower_ for t in toks)
    if "according" in text:
        return "according to"
    content_words = [t for t in toks if t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN")]
    head = content_words[-1] if content_words else toks[-1]
    if any(t.lemma_ == "be" for t in toks) and head.pos_ != "VERB":
        return f"be+{head.pos_}:{head.lemma_.lower()}"
    extra = ""
    if any(t.dep_ == "prt" for t in toks):
        extra = "+prt"
    elif any(t.pos_ == "ADP" and t.i > head.i for t in toks):
        extra = "+prep"
    return f"{head.pos_}:{head.lemma_.lower()}{extra}"


def _content_bucket(text: str, gold: Fragments, pred: Fragments) -> str:
    gs, ge, ps, pe = gold[0][0], gold[-1][1], pred[0][0], pred[-1][1]
    parts = []
    if len(gold) != len(pred):
        parts.append(f"frags {len(gold)}v{len(pred)}")
    if gs < ps:
        lead = text[gs:ps].strip().split()
        parts.append("gold starts earlier: " + (lead[0].lower() if len(lead) == 1 else "words"))
    elif gs > ps:
        lead = text[ps:gs].strip().split()
        parts.append("gold starts later: " + (lead[0].lower() if len(lead) == 1 else "words"))
    if ge > pe:
        tail = text[pe:ge].strip()
        parts.append("gold ends later: " + (tail if len(tail) <= 2 else "words"))
    elif ge < pe:
        tail = text[ge:pe].strip()
        parts.append("gold ends earlier: " + (tail if len(tail) <= 2 else "words"))
    return "; ".join(parts) or "same ends, inner fragments differ"


def _first_token(doc: Doc, start: int, end: int) -> Token | None:
    """The first word of the characters [start, end), skipping punctuation."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if not (t.is_punct or t.is_space)]
    return words[0] if words else None


def _boundaries(
    doc: Doc, text: str, role: str, gold: SpanTriple, pred: SpanTriple
) -> list[tuple[str, str]]:
    """Where a predicted content or source of the right cue ends elsewhere than the gold one.

    One key per differing edge: the role, the edge, whether gold is longer (+) or shorter (-),
    the punctuation at the seam, and the first word of the difference as dependency label,
    part of speech and attachment (to the cue verb, under it, or outside), with the word itself
    for closed classes ("content end+ ,|cc:CCONJ|cue-verb|but"). These are the patterns a span
    rule can act on; fragment-count differences are left to the coarse buckets above.
    """
    g, p = gold.role(role), pred.role(role)
    if not g or not p or g == p or len(g) != len(p) or gold.cue is None:
        return []
    cue = doc.char_span(gold.cue[0][0], gold.cue[-1][1], alignment_mode="expand")
    if cue is None or not len(cue):
        return []
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
    verb = verbs[-1] if verbs else cue.root
    out: list[tuple[str, str]] = []
    edges = (("start", g[0][0], p[0][0]), ("end", g[-1][1], p[-1][1]))
    for edge, gold_at, pred_at in edges:
        if gold_at == pred_at:
            continue
        lo, hi = sorted((gold_at, pred_at))
        word = _first_token(doc, lo, hi)
        if word is None:
            key = f"{role} {edge}{'+' if (gold_at < pred_at) == (edge == 'start') else '-'} "
            out.append((key + repr(text[lo:hi].strip()), _sample(text, g, p)))
            continue
        longer = (gold_at < pred_at) if edge == "start" else (gold_at > pred_at)
        seam = text[lo : word.idx].strip()
        where = (
            "cue-verb"
            if word.head.i == verb.i
            else "under-cue"
            if verb in word.ancestors
            else "outside"
        )
        closed = word.pos_ in ("CCONJ", "SCONJ", "ADP", "PRON", "DET", "PART")
        key = (
            f"{role} {edge}{'+' if longer else '-'} {seam}|{word.dep_}:{word.pos_}|{where}"
            f"|{word.lower_ if closed else ''}"
        )
        out.append((key, _sample(text, g, p)))
    return out


def _in_sentence(doc: Doc, span: Fragments) -> str:
    """The sentence around a missed cue, the cue in brackets: what the rules did not see."""
    start, end = span[0][0], span[-1][1]
    token = doc.char_span(start, end, alignment_mode="expand")
    if token is None or not len(token):
        return ""
    sent = token[0].sent
    text = doc.text
    return (
        f"\n          {text[sent.start_char : start]}[[{text[start:end]}]]"
        f"{text[end : sent.end_char]}".replace("\n", " ")[:400]
    )


def _sample(text: str, gold: Fragments, pred: Fragments) -> str:
    return f"GOLD {_text(text, gold)[:140]!r}\n        PRED {_text(text, pred)[:140]!r}"


def _candidate_coverage(docs: list[PolnearDoc], parses: list[Doc]) -> tuple[int, int]:
    """How many gold cues some candidate of the wide set overlaps: the recall the cue model
    could reach at best."""
    covered = total = 0
    for source, doc in zip(docs, parses, strict=True):
        proposed = quote_attributions.propose_attributions(
            doc, find_quoted(source.text), source.text
        )
        cues = [a.cue for a in proposed if a.cue]
        for gold in source.attributions:
            if gold.cue is None:
                continue
            total += 1
            lo, hi = gold.cue[0][0], gold.cue[-1][1]
            covered += any(c[0] < hi and lo < c[1] for c in cues)
    return covered, total


def analyse(
    docs: list[PolnearDoc], parses: list[Doc], nlp: Language, examples: int, top: int = 25
) -> None:
    scores = Scores()
    cue_missed: Counter[str] = Counter()
    cue_boundary: Counter[str] = Counter()
    source_kind: Counter[str] = Counter()
    content_kind: Counter[str] = Counter()
    constructions: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    stage = nlp.get_pipe("newsgraph_quotes")
    boiler = nlp.get_pipe("newsgraph_boilerplate")
    started = time.perf_counter()
    for source, doc in zip(docs, parses, strict=True):
        boiler(doc)
        stage(doc)
        pred = quotes_to_triples(source.text, doc._.quotes)
        scores.add(source.attributions, pred)
        text = source.text
        pred_cues = {t.cue for t in pred if t.cue}
        pred_sources = {t.source for t in pred if t.source}
        pred_contents = {t.content for t in pred if t.content}
        by_cue = {t.cue: t for t in pred if t.cue}
        for gold in source.attributions:
            match = by_cue.get(gold.cue) if gold.cue else None
            if match is not None and gold.cue is not None:
                for role in ("content", "source"):
                    for key, sample in _boundaries(doc, text, role, gold, match):
                        constructions[key] += 1
                        samples.setdefault("con#" + key, []).append(sample)
            if gold.cue and gold.cue not in pred_cues:
                bucket = _cue_bucket(doc, gold.cue)
                near = [c for c in pred_cues if _touch(c, gold.cue)]
                target = cue_boundary if near else cue_missed
                target[bucket] += 1
                key = ("cue~" if near else "cue!") + bucket
                got = f" [pred {_text(text, near[0])!r}]" if near else _in_sentence(doc, gold.cue)
                samples.setdefault(key, []).append(f"{_text(text, gold.cue)!r}{got}")
            if gold.source and gold.source not in pred_sources:
                near = [s for s in pred_sources if _touch(s, gold.source)]
                words = _text(text, gold.source)
                kind = "boundary" if near else "missed"
                if words.lower().endswith(("'s", "’s")) or words.lower() in ("his", "her", "their"):
                    kind += " possessive"
                elif len(words.split()) == 1 and words[:1].islower():
                    kind += " pronoun/word"
                source_kind[kind] += 1
                if near:
                    samples.setdefault("src~" + kind, []).append(
                        f"{words!r} [pred {_text(text, near[0])!r}]"
                    )
            if gold.content and gold.content not in pred_contents:
                near = [c for c in pred_contents if _touch(c, gold.content)]
                if not near:
                    content_kind["missed"] += 1
                    continue
                wanted = gold.content
                best = max(
                    near,
                    key=lambda c: sum(
                        max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in c for s2, e2 in wanted
                    ),
                )
                bucket = _content_bucket(text, gold.content, best)
                content_kind[bucket] += 1
                samples.setdefault("con~" + bucket, []).append(
                    f"GOLD {_text(text, gold.content)[:160]!r}\n        PRED "
                    f"{_text(text, best)[:160]!r}"
                )
    stage_s = time.perf_counter() - started
    print(f"{len(docs)} docs; stage+boilerplate {1000 * stage_s / max(1, len(docs)):.1f} ms/doc")
    covered, total = _candidate_coverage(docs, parses)
    print(
        f"gold cues overlapped by a wide candidate (before the cue model): {covered}/{total} "
        f"= {covered / max(1, total):.3f}"
    )
    for role in ("content", "source", "cue"):
        for mode in ("exact", "overlap"):
            prf = scores.table[(role, mode)]
            print(
                f"{role:8} {mode:8} P {prf.precision:.4f} R {prf.recall:.4f} F1 {prf.f1:.4f}"
                f"  (gold {prf.n_gold}, pred {prf.n_pred})"
            )
    for title, counter, prefix in (
        ("missed cues (no predicted cue overlaps)", cue_missed, "cue!"),
        ("cue boundary errors", cue_boundary, "cue~"),
        ("source errors", source_kind, "src~"),
        ("content errors", content_kind, "con~"),
        ("boundary errors when the cue matches, by construction", constructions, "con#"),
    ):
        print(f"\n== {title}: {sum(counter.values())}")
        for bucket, count in counter.most_common(top):
            print(f"{count:5}  {bucket}")
            for sample in samples.get(prefix + bucket, [])[:examples]:
                print(f"        {sample}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=25, help="buckets listed per table")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--rules-only", action="store_true", help="without the learned cue filter")
    args = parser.parse_args()
    if args.rules_only:
        # the stage calls the name it imported: replace it there
        rules_only = partial(quote_attributions.find_attributions, use_model=False)
        quotes.find_attributions = rules_only  # type: ignore[attr-defined]
    docs = load_split(data_dir() / "quotes" / "polnear" / args.split, limit=args.limit)
    cache = args.cache or Path(tempfile.gettempdir()) / (
        f"newsgraph_polnear_{args.split}_{args.limit or 'all'}.spacy"
    )
    nlp = build()
    # speakers are not scored here: skip the entities stage and its resolver
    entities.resolve_speaker = lambda doc, start, end, not_meant=None: None  # type: ignore[assignment]
    parses = parsed(nlp, docs, cache)
    analyse(docs, parses, nlp, args.examples, args.top)


if __name__ == "__main__":
    main()
