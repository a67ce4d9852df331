"""Where claims come from: quotes, reported speech, "according to", evidence, hedged reporting.

Each function returns :class:`Draft` claims (a claim before it has an id, hedges or stances).
The order of precedence is the order of :func:`draft_claims`: a quote from the quotes stage
wins over the fallback patterns here, which only fill in where nothing overlaps yet, so the
claims stage never reports one proposition twice.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..records import Entity, Quote, TextSpan
from ..spans import in_boilerplate, overlaps, stage_output, text_of
from . import entities as entities_stage
from .claim_words import (
    ACCUSE_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    PUBLISH_VERBS,
    REPORTING_VERBS,
)
from .token_filter import between, with_words

_TRIM = " \t\n,;:.!?\"'“”‘’«»"
#: the word list each finder starts from (see :func:`_words`)
_WORD_GROUPS: dict[str, Collection[str]] = {
    "reporting": REPORTING_VERBS,
    "accuse": ACCUSE_VERBS,
    "evidence": EVIDENCE_VERBS,
    "evidence_nouns": EVIDENCE_NOUNS,
    "according": ("according",),
}


@dataclass(frozen=True, slots=True)
class Draft:
    """A claim found in the text, before ids, hedges, certainty and stances are settled.

    ``origin`` says how it was found (quote | reported | according | evidence | hedged) and sets
    the base certainty; ``frame`` is the stretch of the sentence that introduces the claim
    (source, cue, "according to …"), where hedges about the claim as a whole sit.
    """

    start: int
    end: int
    text: str
    origin: str
    attributed_to: str | None = None
    quote: str | None = None
    source: TextSpan | None = None
    evidence_type: str | None = None
    source_chain: tuple[str, ...] = ()
    frame_start: int = 0
    frame_end: int = 0
    cue: str | None = None  # the attribution word as written ("claimed", "accused")


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding white space, quotation marks or clause punctuation."""
    text = text_of(doc)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _span_chars(tokens: Sequence[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def entity_by_id(doc: Doc, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    return next((e for e in stage_output(doc, "entities") if e.id == entity_id), None)


_ENTITY_KEY = "newsgraph.claims.entity_spans"


def entity_for_span(doc: Doc, start: int, end: int, *, resolve: bool = True) -> str | None:
    """The entity that the words at [start, end) name.

    An entity mention overlapping the words answers at once (the first, then the largest);
    only words no mention covers (a pronoun, a role noun) go to the entities stage's
    resolver, which is costlier, and only with ``resolve``. Answers are cached per doc.
    """
    cache = doc.user_data.setdefault(_ENTITY_KEY, {})
    key = (start, end, resolve)
    if key in cache:
        found: str | None = cache[key]
        return found
    # the mention at the phrase's head, then the first, then the largest: "Kremlin Spokesman
    # Arseny Belov" is Belov, not the Kremlin
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root.idx if span is not None and len(span) else -1
    best: tuple[bool, int, int, str] | None = None
    for entity in doc._.entities:
        for mention in entity.mentions:
            if overlaps(start, end, mention.start, mention.end):
                rank = (
                    not mention.start <= head < mention.end,
                    max(mention.start, start),
                    mention.start - mention.end,
                    entity.id,
                )
                if best is None or rank < best:
                    best = rank
    if best is not None and best[0]:
        # no mention at the head ("The governor of Norte de Santander, Hernando …"): the
        # speaker the quotes stage resolved for a source with that head, if any
        found = _quoted_speaker_at(doc, head) or best[3]
    elif best is not None:
        found = best[3]
    else:
        found = entities_stage.resolve_speaker(doc, start, end) if resolve else None
    cache[key] = found
    return found


def _quoted_speaker_at(doc: Doc, head: int) -> str | None:
    """The speaker of a quote whose source words hold the character ``head``."""
    for quote in doc._.quotes:
        if quote.source is not None and quote.source.start <= head < quote.source.end:
            speaker: str | None = quote.speaker
            return speaker
    return None


def forget(doc: Doc) -> None:
    """Drop the per-doc caches of this stage once it is done with the doc."""
    doc.user_data.pop(_ENTITY_KEY, None)


def source_name(doc: Doc, entity_id: str | None, source: TextSpan | None) -> str | None:
    entity = entity_by_id(doc, entity_id)
    if entity is not None:
        return entity.name
    return source.text if source is not None else None


def _evidence_in(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    """(evidence type, the word naming it) of the first medium noun in [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, None
    for token in _words(doc, span, "evidence_nouns"):
        kind = EVIDENCE_NOUNS.get(token.lemma_.lower()) or EVIDENCE_NOUNS.get(token.lower_)
        if kind is not None and token.pos_ in ("NOUN", "PROPN"):
            return kind, token.text
    return None, None


def _from_quote(doc: Doc, quote: Quote) -> Draft:
    speaker = quote.speaker
    if speaker is None and quote.source is not None:
        # the quotes stage asked the resolver already; only a plain mention can add to that
        speaker = entity_for_span(doc, quote.source.start, quote.source.end, resolve=False)
    start, end = trimmed(doc, quote.start, quote.end)
    sentence = doc.char_span(start, end, alignment_mode="expand")
    frame = sentence.sent if sentence is not None else None
    names = (source_name(doc, speaker, quote.source), quote.channel)
    chain = [name.strip(_TRIM) for name in names if name and name.strip(_TRIM)]
    evidence, _ = _evidence_in(doc, frame.start_char, frame.end_char) if frame else (None, None)
    if evidence is None and quote.channel:
        evidence = EVIDENCE_NOUNS.get(quote.channel.lower())
    origin = "quote"
    medium = _source_medium(doc, quote.source) if speaker is None else None
    if medium is not None and frame is not None:
        # "Footage circulating on blogs appears to show …": the source is a piece of evidence
        origin = "evidence"
        evidence = EVIDENCE_NOUNS.get(medium.lemma_.lower()) or EVIDENCE_NOUNS[medium.lower_]
        chain = list(_evidence_chain(doc, frame, medium))
    return Draft(
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        origin=origin,
        attributed_to=speaker,
        quote=quote.id,
        source=quote.source,
        evidence_type=evidence,
        source_chain=tuple(chain),
        frame_start=frame.start_char if frame else start,
        frame_end=frame.end_char if frame else end,
        cue=quote.cue.text if quote.cue is not None else None,
    )


def _source_medium(doc: Doc, source: TextSpan | None) -> Token | None:
    """The evidence noun heading a quote's source words ("Footage circulating on …")."""
    if source is None:
        return None
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if EVIDENCE_NOUNS.get(head.lemma_.lower()) or EVIDENCE_NOUNS.get(head.lower_):
        return head
    return None


def from_quotes(doc: Doc) -> list[Draft]:
    """One draft per attribution: a split quote's fragments in one sentence become one claim."""
    drafts: list[Draft] = []
    by_quote: dict[str, int] = {}
    for quote in doc._.quotes:
        if in_boilerplate(doc, quote.start, quote.end):
            continue
        previous = by_quote.get(quote.continues) if quote.continues else None
        if previous is not None:
            first = drafts[previous]
            start, end = trimmed(doc, quote.start, quote.end)
            if first.frame_start <= start < first.frame_end:
                text = f"{first.text} {text_of(doc)[start:end]}"
                drafts[previous] = replace(first, end=max(first.end, end), text=text)
                by_quote[quote.id] = previous
                continue
        draft = _from_quote(doc, quote)
        if not _is_proposition(doc, draft.start, draft.end):
            continue
        by_quote[quote.id] = len(drafts)
        drafts.append(draft)
    return drafts


def _is_proposition(doc: Doc, start: int, end: int) -> bool:
    """A claim states something: its words hold a verb, or quoted words of the source ("the
    report "pure fiction""). "the report" (object of "did not confirm") or "the situation"
    are what a quote is about, not claims."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span) or any(t.is_quote for t in span)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


_NP_CUT = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl"})


def noun_phrase(token: Token) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``token`` without appositions and clauses:
    "Anna Keller, professor at …, who …" -> "Anna Keller"."""
    cut: set[int] = set()
    for child in token.children:
        if child.dep_ in _NP_CUT:
            cut.update(t.i for t in child.subtree)
    tokens = [t for t in token.subtree if t.i not in cut]
    return _span_chars(tokens or [token])


def _subject_span(doc: Doc, verb: Token) -> TextSpan | None:
    subject = _subject(verb)
    if subject is None:
        return None
    start, end = noun_phrase(subject)
    return TextSpan(start, end, text_of(doc)[start:end])


def _words(doc: Doc, sent: Span, group: str) -> Iterator[Token]:
    """The tokens of ``sent`` a finder looks at: those whose lemma (lower-cased) is in the
    finder's word list, or "according"; picked once per doc by :func:`with_words` instead of
    building a ``Token`` for every word of every sentence for each finder."""
    words = _WORD_GROUPS[group]
    if group == "according":
        indices = with_words(doc, "claims.according", lambda _, lower: lower == "according")
    elif group == "evidence_nouns":
        indices = with_words(
            doc, "claims." + group, lambda lemma, lower: lemma.lower() in words or lower in words
        )
    else:
        indices = with_words(doc, "claims." + group, lambda lemma, _: lemma.lower() in words)
    for i in between(indices, sent.start, sent.end):
        yield doc[i]


def _reported(doc: Doc, sent: Span, taken: Sequence[Draft]) -> Iterator[Draft]:
    """``X said/claimed/warned that …`` where the quotes stage reported nothing."""
    for verb in _words(doc, sent, "reporting"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None or content.i < verb.i:
            continue
        start, end = trimmed(doc, *_span_chars(list(content.subtree)))
        if len(text_of(doc)[start:end].split()) < 3 or _covered(taken, start, end):
            continue
        yield _reported_draft(doc, sent, verb, start, end, frame_end=sent.end_char)


def _reported_draft(
    doc: Doc, sent: Span, verb: Token, start: int, end: int, frame_end: int
) -> Draft:
    """A claim whose source is the subject of ``verb`` (the reporting or accusing verb)."""
    source = _subject_span(doc, verb)
    speaker = entity_for_span(doc, source.start, source.end) if source else None
    return Draft(
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        origin="reported",
        attributed_to=speaker,
        source=source,
        source_chain=tuple(n for n in (source_name(doc, speaker, source),) if n),
        frame_start=sent.start_char,
        frame_end=frame_end,
        cue=verb.text,
    )


def _accusation(doc: Doc, sent: Span, taken: Sequence[Draft]) -> Iterator[Draft]:
    """``X accused Y of Z``: the accusation (Y … Z) is X's claim."""
    for verb in _words(doc, sent, "accuse"):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSE_VERBS:
            continue
        prep = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None
        )
        if prep is None:
            continue
        content = [t for t in prep.subtree if t.i > prep.i]
        if not content:
            continue
        start, end = trimmed(doc, *_span_chars(content))
        if _covered(taken, start, end):
            continue
        yield _reported_draft(doc, sent, verb, start, end, frame_end=start)


def _covered(taken: Sequence[Draft], start: int, end: int) -> bool:
    return any(overlaps(d.start, d.end, start, end) for d in taken)


def _according(doc: Doc, sent: Span, taken: Sequence[Draft]) -> Iterator[Draft]:
    """``According to X, …`` / ``…, according to X``: the rest of the sentence is X's claim."""
    for token in _words(doc, sent, "according"):
        if token.lower_ != "according" or token.i + 1 >= sent.end:
            continue
        to = doc[token.i + 1]
        if to.lower_ != "to":
            continue
        phrase = [token, *token.subtree, *to.subtree]
        p_start, p_end = _span_chars(phrase)
        objects = [t for t in to.subtree if t.i > to.i]
        source = None
        if objects:
            o_start, o_end = _span_chars(objects)
            source = TextSpan(o_start, o_end, text_of(doc)[o_start:o_end])
        if p_start - sent.start_char <= 2:
            start, end = trimmed(doc, p_end, sent.end_char)
        else:
            start, end = trimmed(doc, sent.start_char, p_start)
        if len(text_of(doc)[start:end].split()) < 3 or _covered(taken, start, end):
            continue
        speaker = entity_for_span(doc, source.start, source.end) if source else None
        evidence, _ = _evidence_in(doc, p_start, p_end)
        chain = tuple(n for n in (source_name(doc, speaker, source),) if n)
        yield Draft(
            start=start,
            end=end,
            text=text_of(doc)[start:end],
            origin="according",
            attributed_to=speaker,
            source=source,
            evidence_type=evidence,
            source_chain=chain,
            frame_start=p_start,
            frame_end=p_end,
        )


def _medium(verb: Token) -> Token | None:
    """The evidence noun a verb has as subject ("footage … appears"), through xcomp chains."""
    subject = _subject(verb)
    while subject is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        subject = _subject(verb)
    if subject is None:
        return None
    if EVIDENCE_NOUNS.get(subject.lemma_.lower()) or EVIDENCE_NOUNS.get(subject.lower_):
        return subject
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "compound" and EVIDENCE_NOUNS.get(c.lemma_.lower())
        ),
        None,
    )


def _evidence(doc: Doc, sent: Span) -> Iterator[Draft]:
    """``Footage … appears to show that …``: what the medium shows is a claim of the medium."""
    for verb in _words(doc, sent, "evidence"):
        if verb.lemma_.lower() not in EVIDENCE_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in EVIDENCE_VERBS for c in verb.children):
            continue  # the inner verb of "appears to show" carries the content
        medium = _medium(verb)
        if medium is None:
            continue
        after = [t for t in verb.subtree if t.i > verb.i and t.dep_ != "punct"]
        if not after:
            continue
        start, end = trimmed(doc, *_span_chars(after))
        if text_of(doc)[start:end].lower().startswith("that "):
            start += 5
        if len(text_of(doc)[start:end].split()) < 2:
            continue
        kind = EVIDENCE_NOUNS.get(medium.lemma_.lower()) or EVIDENCE_NOUNS[medium.lower_]
        m_start, m_end = _span_chars(list(medium.subtree))
        chain = _evidence_chain(doc, sent, medium)
        yield Draft(
            start=start,
            end=end,
            text=text_of(doc)[start:end],
            origin="evidence",
            source=TextSpan(m_start, m_end, text_of(doc)[m_start:m_end]),
            evidence_type=kind,
            source_chain=chain,
            frame_start=sent.start_char,
            frame_end=start,
        )


def _evidence_chain(doc: Doc, sent: Span, medium: Token) -> tuple[str, ...]:
    """Origin → medium → where it circulated: "the ministry published a video" gives
    (ministry, video); "footage circulating on Russian military blogs" gives (footage,
    Russian military blogs)."""
    chain: list[str] = []
    head = medium.head
    if head.lemma_.lower() in PUBLISH_VERBS and medium.dep_ == "dobj":
        publisher = _subject_span(doc, head)
        if publisher is not None:
            entity = entity_for_span(doc, publisher.start, publisher.end)
            chain.append(source_name(doc, entity, publisher) or publisher.text)
    for child in medium.children:
        if child.dep_ == "poss":
            entity = entity_for_span(doc, child.idx, child.idx + len(child.text))
            chain.append(source_name(doc, entity, None) or child.text)
    chain.append(medium.text)
    for token in medium.subtree:
        if token.lemma_.lower() in PUBLISH_VERBS | {"circulate"} or token.lower_ == "circulating":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "by", "via"):
                    objects = [t for t in prep.subtree if t.i > prep.i]
                    if objects:
                        start, end = _span_chars(objects)
                        chain.append(text_of(doc)[start:end])
    return tuple(chain)


def _hedged(doc: Doc, sent: Span, hedged_sentences: set[int]) -> Iterator[Draft]:
    """A sentence the outlet itself hedges ("troops have reportedly reached …")."""
    if not any(sent.start_char <= offset < sent.end_char for offset in hedged_sentences):
        return
    start, end = trimmed(doc, sent.start_char, sent.end_char)
    if len(text_of(doc)[start:end].split()) < 4:
        return
    yield Draft(
        start=start,
        end=end,
        text=text_of(doc)[start:end],
        origin="hedged",
        frame_start=start,
        frame_end=end,
    )


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def segments(doc: Doc) -> list[Span]:
    """Sentences cut at blank lines, minus boilerplate: the small model often runs a headline,
    a byline and the lead into one "sentence", and a claim must not span them."""
    found: list[Span] = []
    text = text_of(doc)
    for sent in doc.sents:
        cuts = [sent.start_char]
        cuts += [m.end() for m in _PARAGRAPH_BREAK.finditer(text, sent.start_char, sent.end_char)]
        cuts.append(sent.end_char)
        for start, end in itertools.pairwise(cuts):
            start, end = trimmed(doc, start, end) if end > start else (start, end)
            if end <= start or in_boilerplate(doc, start, end):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                found.append(span)
    return found


def draft_claims(doc: Doc, hedged_sentences: Iterable[int]) -> list[Draft]:
    """Every claim draft in text order, without overlaps (earlier sources win).

    ``hedged_sentences`` holds the offsets of evidential or speculative cues; the sentences
    holding them that carry no other claim become outlet claims of their own.
    """
    drafts = from_quotes(doc)
    hedged = set(hedged_sentences)
    parts = segments(doc)
    for finder in ("according", "evidence", "accusation", "reported", "hedged"):
        for sent in parts:
            if finder == "according":
                found: Iterable[Draft] = _according(doc, sent, drafts)
            elif finder == "accusation":
                found = _accusation(doc, sent, drafts)
            elif finder == "evidence":
                found = _evidence(doc, sent)
            elif finder == "reported":
                found = _reported(doc, sent, drafts)
            else:
                lo, hi = sent.start_char, sent.end_char  # (Span properties: read once)
                if any(d.start < hi and lo < d.end for d in drafts):  # overlaps(), inlined
                    continue
                found = _hedged(doc, sent, hedged)
            for draft in found:
                if not any(overlaps(d.start, d.end, draft.start, draft.end) for d in drafts):
                    drafts.append(draft)
    drafts.sort(key=lambda d: d.start)
    return drafts
