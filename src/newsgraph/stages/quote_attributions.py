"""Which tokens cue an attribution: candidates from the parse, kept by the cue model.

Every verb (and a reporting noun with a possessor, and a predicative adjective: "are worried
that …") is a candidate whose source and content the span rules of :mod:`.quote_rules` build;
a light verb with a reporting noun ("made allegations against", "drew criticism from") is
one candidate cued by both. The cue model (:mod:`.quote_cue_model`, trained on PolNeAR
train) keeps the candidates it scores above its threshold, so a verb that reports only
sometimes ("see", "call", "vote for") is judged in its context, not by its lemma alone.
Lexicon-only rules remain available (``use_model=False``) for comparison and training.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.symbols import ADJ, NOUN, VERB, acomp
from spacy.tokens import Doc, Token

from ..lexicons.events import BASE_WORDS, TERRITORY_WORDS, WEAPON_WORDS
from ..lexicons.reporting import (
    COGNITION_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    LIGHT_VERBS,
    OBJECT_VERBS,
    RAISING_VERBS,
    RECEIVING_VERBS,
    SPEECH_VERBS,
    WEAK_VERBS,
    word_set,
)
from .claim_words import DISPUTE_VERBS
from .entity_names import anonymity_clause
from .quote_content_model import rerank as rerank_contents
from .quote_cue_bounds import choose_cues
from .quote_cue_model import (
    attribution_features,
    load_model,
    sentence_of,
    sentence_starts,
    token_features,
)
from .quote_marks import QuotedSpan
from .quote_phrases import PHRASE_BUILDERS, PHRASE_WORDS
from .quote_rules import (
    Attribution,
    QuoteInteriors,
    Range,
    _adjacent_quotes,
    _content,
    _crosses_line,
    _cue_range,
    _indirect,
    _is_cue,
    _join_close,
    _lemma,
    _one_line,
    _overlapping,
    _passive,
    _prepositional,
    _raised,
    _reports_on_its_own,
    _source_range,
    _span_of,
    _subject,
    _subtree_range,
    _trim,
)
from .token_filter import with_words


@lru_cache(maxsize=1)
def _cue_hashes() -> tuple[np.ndarray[Any, np.dtype[np.uint64]], np.ndarray[Any, Any]]:
    """Hashes of the cue lemmas (as written, capitalised and in capitals) and of the words
    that open a source phrase ("according", "view"): spaCy stores token attributes as these
    hashes, so the token scan is one array operation."""
    forms = {f for w in CUE_VERBS for f in (w, w.capitalize(), w.upper())}
    lemmas = np.array(sorted(hash_string(f) for f in forms), dtype=np.uint64)
    phrases = np.array(sorted(hash_string(w) for w in PHRASE_WORDS), dtype=np.uint64)
    return lemmas, phrases


@lru_cache(maxsize=1)
def _noun_hashes() -> np.ndarray[Any, np.dtype[np.uint64]]:
    """Hashes of the reporting nouns' lemmas, for the wide candidate scan."""
    return np.array(sorted(hash_string(w) for w in CUE_NOUNS), dtype=np.uint64)


def _candidates(doc: Doc, wide: bool = False) -> list[int]:
    """Indices of the tokens that may start an attribution: cue verbs (every verb, the
    reporting nouns and predicative adjectives when ``wide``, for the cue model to judge) and
    the words opening a source phrase."""
    if len(doc) == 0:
        return []
    lemmas, tags, lowers, deps = doc.to_array([LEMMA, POS, LOWER, DEP]).T
    hashes, phrases = _cue_hashes()
    verbs = tags == VERB
    if wide:
        verbs |= (tags == NOUN) & np.isin(lemmas, _noun_hashes())
        verbs |= (tags == ADJ) & (deps == acomp)
    else:
        verbs &= np.isin(lemmas, hashes)
    hits = verbs | np.isin(lowers, phrases)
    return [int(i) for i in np.flatnonzero(hits)]


#: dependents of a verb outside the lexicon that may hold what it reports, in order of trust
_WIDE_HEADS = ("ccomp", "dobj", "xcomp", "oprd")


def _wide_content(
    doc: Doc,
    text: str,
    verb: Token,
    cue: Range,
    source: Range | None,
    quotes: list[QuotedSpan],
) -> tuple[list[Range], list[str], Range, str]:
    """Content for a verb whose lexicon entry (if any) does not license what it governs:
    the object of a preposition right after it ("would vote for Clinton"), else its
    complement, object or infinitive, cut like any reported clause. The cue model decides
    later whether the verb reports anything at all."""
    raw: list[Range] = []
    construction = "none"
    anchor = verb.idx
    found = _prepositional(doc, verb)
    if found is not None:
        prep, pobj = found
        cue = (cue[0], prep.idx + len(prep))
        last = pobj.right_edge.i if pobj.head.i == prep.i else pobj.head.right_edge.i
        raw = [_trim(text, *_span_of(doc, pobj.left_edge.i, last))]
        construction, anchor = "wide-prep", pobj.idx
    else:
        head = next((c for dep in _WIDE_HEADS for c in verb.rights if c.dep_ == dep), None)
        if head is not None and not _crosses_line(text, head.idx, verb.idx):
            raw = _indirect(doc, text, head, verb, cue, source)
            construction, anchor = "wide-" + head.dep_, head.idx
    fragments, kinds = _reported(text, raw, anchor, quotes)
    return fragments, kinds, cue, construction


def _reported(
    text: str, raw: list[Range], anchor: int, quotes: list[QuotedSpan]
) -> tuple[list[Range], list[str]]:
    """Reported content cut to one paragraph; a piece that takes in a quotation is mixed."""
    fragments: list[Range] = []
    kinds: list[str] = []
    pieces = [piece for start, end in raw for piece in _one_line(text, start, end, anchor)]
    for lo, hi in pieces:
        if hi <= lo:
            continue
        inner = _overlapping(quotes, lo, hi)
        fragments.append((min([lo] + [q.start for q in inner]), max([hi] + [q.end for q in inner])))
        kinds.append("mixed" if inner else "indirect")
    return fragments, kinds


_NOUN_PREPOSITIONS = word_set("for about on against of to over")


def _noun_attribution(
    doc: Doc, text: str, noun: Token, quotes: list[QuotedSpan]
) -> Attribution | None:
    """ "his warning that …", "Trump's claim that Mexico will pay", "her call for calm": a
    reporting noun is the cue, its possessor the source, and its "that"/"to" clause or the
    object of its preposition the content."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and _disputed_noun(noun):
        owner = _nationality(noun)  # "rejecting Israeli accusations that …"
    if owner is None:
        return None
    cue = (noun.idx, noun.idx + len(noun))
    source = _trim(text, *_subtree_range(owner))
    raw: list[Range] = []
    anchor = noun.idx
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ in ("that", "to"):
            if child.dep_ == "relcl" and child.left_edge.dep_ != "mark":
                continue  # "the claim that he made": a relative clause, not the content
            raw, anchor = _indirect(doc, text, child, noun, cue, source), child.idx
            break
        if child.dep_ == "prep" and child.i == noun.i + 1 and child.lower_ in _NOUN_PREPOSITIONS:
            pobj = next((c for c in child.rights if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                raw = [_trim(text, *_span_of(doc, pobj.left_edge.i, pobj.right_edge.i))]
                anchor = pobj.idx
            break
    fragments, kinds = _reported(text, raw, anchor, quotes)
    if not fragments or _crosses_line(text, source[0], cue[1]):
        return None
    return Attribution(fragments, cue, source, kinds, 0.5, noun.i, construction="noun")


def _nationality(noun: Token) -> Token | None:
    """The "Israeli" of "Israeli accusations that …": a nationality that says whose words."""
    return next(
        (c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.is_title),
        None,
    )


def _speaker_source(text: str, verb: Token) -> Range | None:
    """The source a verb's subject gives: its noun phrase by PolNeAR's conventions, or None
    when the verb has no subject on the same line or the phrase comes out empty."""
    subj = _subject(verb)
    if subj is None or _crosses_line(text, subj.idx, verb.idx):
        return None
    source = _source_range(text, subj, verb)
    return source if source[0] < source[1] else None


#: prepositions after a predicative adjective that introduce what the attitude is about
_ADJECTIVE_PREPOSITIONS = word_set("about of in to at with for on over toward towards by")


def _copula_attribution(
    doc: Doc, text: str, adj: Token, quotes: list[QuotedSpan]
) -> Attribution | None:
    """ "are concerned that …", "wasn't optimistic about the pace", "have been critical of
    Clinton": PolNeAR cues an attitude stated by a predicative adjective with the copula,
    its auxiliaries and the preposition; the source is the copula's subject and the content
    the preposition's object or the adjective's clause."""
    verb = adj.head
    if verb.i >= adj.i:  # no copula before it ("More troubling … was …" is inverted)
        return None
    source = _speaker_source(text, verb)
    start = _cue_range(doc, text, verb, source)[0]
    raw: list[Range] = []
    anchor = adj.idx
    prep = next((c for c in adj.rights if c.dep_ == "prep" and c.i == adj.i + 1), None)
    clause = next((c for c in adj.rights if c.dep_ in ("ccomp", "xcomp")), None)
    if prep is not None and prep.lower_ in _ADJECTIVE_PREPOSITIONS:
        pobj = next((c for c in prep.rights if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None:
            return None
        cue = (start, prep.idx + len(prep))
        raw = [_trim(text, *_span_of(doc, pobj.left_edge.i, pobj.right_edge.i))]
        anchor = pobj.idx
    elif clause is not None and not _crosses_line(text, adj.idx, clause.idx):
        cue = (start, adj.idx + len(adj))
        raw, anchor = _indirect(doc, text, clause, adj, cue, source), clause.idx
    else:
        return None
    fragments, kinds = _reported(text, raw, anchor, quotes)
    if not fragments:
        return None
    return Attribution(fragments, cue, source, kinds, 0.5, adj.i, construction="copula")


_FROM = word_set("from by")


def _light_attribution(
    doc: Doc, text: str, verb: Token, quotes: list[QuotedSpan]
) -> Attribution | None:
    """ "made allegations against X", "expressed concern that …", "drew criticism from Y":
    a light verb and its reporting-noun object are one cue, through the noun's preposition
    when its object is the content. After a giving verb the subject is the source; after a
    receiving verb the "from"/"by" phrase is, and the subject is what the words are about."""
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if noun is None or _lemma(noun) not in CUE_NOUNS:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "renewed his call": the noun's own attribution says whose
    receiving = _lemma(verb) in RECEIVING_VERBS
    subj = _subject(verb)
    if subj is not None and _crosses_line(text, subj.idx, verb.idx):
        subj = None
    source: Range | None = None
    raw: list[Range] = []
    if receiving:
        giver = next(
            (
                p
                for p in (*noun.rights, *verb.rights)
                if p.dep_ in ("prep", "agent") and p.lower_ in _FROM and p.i > noun.i
            ),
            None,
        )
        pobj = next((c for c in giver.rights if c.dep_ == "pobj"), None) if giver else None
        source = _trim(text, *_subtree_range(pobj)) if pobj is not None else None
        if subj is not None:
            raw = [_trim(text, *_subtree_range(subj, stop=verb.i))]
    elif subj is not None:
        source = _source_range(text, subj, verb)
    if source is not None and source[0] >= source[1]:
        source = None
    start = _cue_range(doc, text, verb, None if receiving else source)[0]
    end = noun.idx + len(noun)
    anchor = noun.idx
    if not receiving:
        for child in noun.rights:
            if child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ in ("that", "to"):
                if child.dep_ == "relcl" and child.left_edge.dep_ != "mark":
                    continue
                raw = _indirect(doc, text, child, noun, (start, end), source)
                anchor = child.idx
                break
            if (
                child.dep_ == "prep"
                and child.i == noun.i + 1
                and child.lower_ in _NOUN_PREPOSITIONS
            ):
                pobj = next((c for c in child.rights if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    end = child.idx + len(child)
                    raw = [_trim(text, *_span_of(doc, pobj.left_edge.i, pobj.right_edge.i))]
                    anchor = pobj.idx
                break
    cue = (start, end)
    if not raw and text[end : end + 1] == ":":
        # "released the following statement:" and the quotation after it, in its own words
        quoted = [(q.start, q.end) for q in _adjacent_quotes(text, quotes, end, end + 1)][:1]
        fragments, kinds = quoted, ["direct"] * len(quoted)
        cue = (start, end + 1)
    else:
        fragments, kinds = _reported(text, raw, anchor, quotes)
    if not fragments:
        return None
    return Attribution(fragments, cue, source, kinds, 0.6, verb.i, construction="light")


def _verb_attribution(
    doc: Doc, text: str, tok: Token, quotes: list[QuotedSpan], wide: bool
) -> Attribution | None:
    """The attribution a verb would cue: from the lexicon's constructions, or (``wide``) from
    whatever the verb governs."""
    lexical = _is_cue(tok)
    lemma = _lemma(tok)
    if lemma in WEAK_VERBS:
        return None  # the lexicon's verdict on train and dev: more often an intention
    if wide and (lemma in LIGHT_VERBS or lemma in RECEIVING_VERBS):
        light = _light_attribution(doc, text, tok, quotes)
        if light is not None:
            return light
    chained = any(_reports_on_its_own(c, text) for c in tok.rights)
    if chained and not wide:
        return None  # "refused to disclose X": one attribution, cued by the whole chain
    passive = any(c.dep_ == "auxpass" for c in tok.lefts)
    if lexical and (lemma in RAISING_VERBS or passive):
        raised = _raised(doc, text, tok)
        construction = "raised"
        if raised is None and passive:
            raised = _passive(doc, text, tok)
            construction = "passive"
        if raised is not None:
            raised.construction = construction
            return raised
    source = _speaker_source(text, tok)
    cue = _cue_range(doc, text, tok, source)
    put_it = _puts_it(tok)
    fragments: list[Range] = []
    kinds: list[str] = []
    if put_it is not None:  # "As one farmer put it: “…”": the quotation, not "it"
        end = put_it.idx + len(put_it)
        cue = (cue[0], max(cue[1], end + text.startswith(":", end)))
    else:
        fragments, kinds, cue = _content(doc, text, tok, cue, source, quotes)
    construction = "chain" if chained else "lexicon" if lexical else "rule"
    if lemma in SPEECH_VERBS or put_it is not None:
        clause = [cue] + ([source] if source else [])
        clause += [(c.idx, c.idx + len(c)) for c in tok.lefts if c.dep_ == "mark"]  # "as"
        lo = min(r[0] for r in clause)
        hi = max(r[1] for r in clause)
        reported = "indirect" in kinds or "mixed" in kinds
        for q in _adjacent_quotes(text, quotes, lo, hi):
            if reported and q.end <= lo:
                continue  # '"…," he said that …': the quotation is someone else's
            if not any(f[0] <= q.start < f[1] or q.start <= f[0] < q.end for f in fragments):
                fragments.append((q.start, q.end))
                kinds.append("direct")
    if not fragments and wide:  # only when neither the lexicon nor a quotation gives content
        fragments, kinds, cue, construction = _wide_content(doc, text, tok, cue, source, quotes)
    if not fragments:
        return None
    order = sorted(range(len(fragments)), key=lambda i: fragments[i])
    fragments, kinds = _join_close(
        text, [fragments[i] for i in order], [kinds[i] for i in order], cue, source
    )
    confidence = 0.9 if "direct" in kinds else 0.75
    if lemma in COGNITION_VERBS or (lemma in OBJECT_VERBS and "indirect" in kinds):
        confidence -= 0.2
    if source is None:
        confidence -= 0.2
    return Attribution(
        fragments, cue, source, kinds, round(confidence, 2), tok.i, construction=construction
    )


def propose_attributions(
    doc: Doc,
    quotes: list[QuotedSpan],
    text: str | None = None,
    wide: bool = True,
    gate: Callable[[Token], bool] | None = None,
    skip: Collection[int] = (),
) -> list[Attribution]:
    """Candidate attributions in cue order: source phrases ("according to X"), lexicon
    verbs and, when ``wide``, every other verb that governs something it could report.

    The wide set is what :mod:`.quote_cue_model` filters; ``wide=False`` gives the rules'
    own (lexicon-only) attributions. ``gate`` may rule a verb out before its attribution is
    built (the cue model's cheap first look); the words in ``skip`` are cues built apart."""
    text = doc.text if text is None else text
    found: list[Attribution] = []
    interiors = QuoteInteriors.of(quotes)
    for index in _candidates(doc, wide):
        tok = doc[index]
        if interiors.holds(tok.idx):
            continue
        phrase = PHRASE_WORDS.get(tok.lower_)
        if phrase is not None:
            attribution = PHRASE_BUILDERS[phrase](doc, text, tok)
            if attribution is not None:
                attribution.construction = "phrase"
                found.append(attribution)
            continue
        if index in skip:
            continue
        if gate is not None and not gate(tok) and not _disputed_noun(tok):
            continue
        if tok.pos_ == "NOUN":
            attribution = _noun_attribution(doc, text, tok, quotes)
        elif tok.pos_ == "ADJ":
            attribution = _copula_attribution(doc, text, tok, quotes)
        else:
            attribution = _verb_attribution(doc, text, tok, quotes, wide)
        if attribution is not None:
            found.append(attribution)
    return found


#: verbs that give a figure as someone's ("put the toll at 74", "estimated the number at")
_FIGURE_VERBS = word_set("put place estimate")
_FIGURE_OBJECTS = word_set("toll number figure count total casualty")


def _is_figure_verb(lemma: str, lower: str) -> bool:
    return lemma in _FIGURE_VERBS


def _figure_attribution(text: str, verb: Token) -> Attribution | None:
    """ "The volunteers put the toll at 74": a figure given as the subject's. As PolNeAR
    annotates it, the cue runs from the verb to "at" ("puts the figure at") and the content
    is the figure with what qualifies it (", assuming no …"). Its political news has it once,
    so the cue model never learned it; conflict reporting is full of it."""
    toll = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    at = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "at"), None)
    subj = _subject(verb)
    if toll is None or at is None or subj is None or toll.lemma_.lower() not in _FIGURE_OBJECTS:
        return None
    figure = next((c for c in at.children if c.dep_ == "pobj"), None)
    if figure is None or at.i < toll.i:
        return None
    doc = verb.doc
    end = figure.right_edge.i
    for child in verb.rights:  # "at eleven civilians | dead and six wounded", "…, assuming …"
        first = child.left_edge.i
        next_to = first == end + 1 or (first == end + 2 and doc[end + 1].text == ",")
        if child.dep_ in ("advcl", "conj") and next_to:
            end = child.right_edge.i
    content = _trim(text, figure.left_edge.idx, doc[end].idx + len(doc[end]))
    cue = (verb.idx, at.idx + len(at))
    source = _source_range(text, subj, verb)
    return Attribution([content], cue, source, ["indirect"], 0.6, verb.i, construction="phrase")


def _puts_it(verb: Token) -> Token | None:
    """The "it" of "as X put it": an idiom for saying, whose words are the quotation next to
    it."""
    if verb.lemma_.lower() != "put":
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == "it"), None)


def find_attributions(
    doc: Doc, quotes: list[QuotedSpan], text: str | None = None, *, use_model: bool = True
) -> list[Attribution]:
    """Every attribution the parse supports, in cue order; quotations may remain unused.

    With ``use_model`` (the default) every verb is a candidate and the cue model
    (:mod:`.quote_cue_model`, trained on PolNeAR train) keeps those it scores above its
    threshold; source phrases are kept as the rules find them. ``text`` is ``doc.text`` when
    the caller has it already (spaCy rebuilds it on each access).
    """
    text = doc.text if text is None else text
    figures = _figures(doc, text)  # the learned models never saw these: kept out of their way
    if not use_model:
        return _with_figures(
            figures, propose_attributions(doc, quotes, text, wide=False, skip=figures)
        )
    model = load_model()
    starts = sentence_starts(doc)
    words: dict[int, list[str]] = {}

    def word_features(tok: Token) -> list[str]:
        if tok.i not in words:
            words[tok.i] = token_features(doc, text, tok, sentence_of(starts, len(doc), tok.i))
        return words[tok.i]

    def gate(tok: Token) -> bool:
        return model.passes_gate(word_features(tok))

    kept: list[Attribution] = []
    for attribution in propose_attributions(doc, quotes, text, wide=True, gate=gate, skip=figures):
        if attribution.construction != "phrase" and attribution.verb is not None:
            tok = doc[attribution.verb]
            if (
                anonymity_clause(tok)
                or _claims_responsibility(tok)
                or _armed_force(tok)
                or _contested_place(tok)
                or _dated_source(doc, attribution)
            ):
                continue  # "who asked not to be named", "claimed responsibility": no report
            saying = _quoted_as_saying(tok)
            if saying is not None:
                # "was quoted as saying that …": the passive's subject said the clause
                reported = _verb_attribution(doc, text, saying, quotes, False)
                quoted = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if reported is not None and quoted is not None and reported.cue:
                    # "KCNA quoted Kim Tae Song, a party secretary, as saying …": the object
                    # said it, and the cue is "as saying"
                    reported.source = _trim(text, *_source_range(text, quoted, saying))
                    reported.cue = (saying.head.idx, reported.cue[1])
                elif reported is not None and reported.cue:
                    reported.cue = (
                        attribution.cue[0] if attribution.cue else tok.idx,
                        reported.cue[1],
                    )
                if reported is not None and reported.source is not None and reported.cue:
                    reported.construction = "phrase"  # trusted as the rules build it
                    kept.append(reported)
                continue
            row = word_features(tok) + attribution_features(text, tok, attribution)
            score = model.probability(row)
            if score < model.threshold and not _disputed_claim(doc, attribution):
                continue
            attribution.score = score
            attribution.confidence = round((attribution.confidence + score) / 2, 2)
        kept.append(attribution)
    kept = _drop_chain_heads(doc, _drop_nested(doc, kept))
    rerank_contents(doc, text, kept, quotes)  # content boundaries: quote_content_model
    choose_cues(doc, text, kept)  # cue edges: quote_cue_bounds
    return _with_figures(figures, [a for a in kept if _drop_content_across_semicolon(text, a)])


def _figures(doc: Doc, text: str) -> dict[int, Attribution]:
    """The figures given as someone's ("put the toll at 74"), by their verb's index."""
    found = {}
    for index in with_words(doc, "figure-verbs", _is_figure_verb):
        attribution = _figure_attribution(text, doc[index])
        if attribution is not None:
            found[index] = attribution
    return found


def _with_figures(figures: dict[int, Attribution], kept: list[Attribution]) -> list[Attribution]:
    """``kept`` with the figures added, in cue order."""
    if not figures:
        return kept
    merged = kept + list(figures.values())
    return sorted(merged, key=lambda a: a.cue[0] if a.cue else a.content[0][0])


def _claims_responsibility(verb: Token) -> bool:
    """ "JNIM claimed responsibility": a deed owned up to, not words reported."""
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in verb.children
    )


#: verbs of armed force, which PolNeAR's political news knows only as words ("attacked Clinton")
_FORCE_VERBS = word_set("attack hit strike target shell bomb blast pound raid")
#: what carries out a strike: the subject or the means ("with drones")
_ARMED = word_set(
    "troop soldier army military force drone missile rocket artillery aircraft warplane jet "
    "militant rebel fighter gunman"
)
_TARGETS = word_set(
    "infrastructure facility plant refinery depot civilian population house home school "
    "hospital convoy"
)
_PLACES = TERRITORY_WORDS | BASE_WORDS | _TARGETS


def _armed_force(verb: Token) -> bool:
    """ "Russia attacked the port of Odesa with drones": a strike, not words; the object is a
    place or civilians, the means a weapon or the subject an armed force."""
    if verb.lemma_.lower() not in _FORCE_VERBS:
        return False
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("dobj", "nsubjpass") and (
            child.ent_type_ in ("GPE", "LOC", "FAC") or lemma in _PLACES
        ):
            return True
        if child.dep_ == "nsubj" and lemma in _ARMED:
            return True
        if child.dep_ == "prep" and child.lower_ == "with":
            means = (c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
            if any(m in _ARMED or m in WEAPON_WORDS for m in means):
                return True
    return False


def _contested_place(verb: Token) -> bool:
    """ "The Catatumbo, a zone of coca crops, has been disputed for decades by armed groups":
    ground fought over, not a claim challenged; the passive's subject is a place."""
    if verb.lemma_.lower() not in ("dispute", "contest"):
        return False
    for subject in verb.children:
        if subject.dep_ != "nsubjpass":
            continue
        nouns = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        if subject.ent_type_ in ("GPE", "LOC", "FAC") or any(
            n.lemma_.lower() in TERRITORY_WORDS for n in nouns
        ):
            return True
    return False


def _dated_source(doc: Doc, attribution: Attribution) -> bool:
    """ "March 4 has been declared a day of mourning": a date is never who speaks."""
    if attribution.source is None:
        return False
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in ("DATE", "TIME")


def _drop_content_across_semicolon(text: str, attribution: Attribution) -> bool:
    """Drop reported content that ends before its speaker with a semicolon between ("A; Moscow
    claims B" does not report A: PolNeAR train has no such content in 3,100 that precede their
    cue); False when no content is left."""
    if attribution.cue is None:
        return True
    speaker = min(attribution.cue[0], attribution.source[0] if attribution.source else 1 << 30)
    pairs = [
        (fragment, kind)
        for fragment, kind in zip(attribution.content, attribution.kinds, strict=True)
        if not (fragment[1] <= speaker and ";" in text[fragment[1] : speaker])
    ]
    if len(pairs) < len(attribution.content):
        attribution.content = [fragment for fragment, _ in pairs]
        attribution.kinds = [kind for _, kind in pairs]
    return bool(pairs)


def _quoted_as_saying(verb: Token) -> Token | None:
    """The "saying" of "X was quoted as saying …" when ``verb`` is its "quoted": the report
    is the verb under "as", whose subject the passive lends it."""
    if verb.lemma_.lower() != "quote":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for c in child.children:
                if c.dep_ == "pcomp" and c.pos_ == "VERB":
                    return c
    return None


def _disputed_claim(doc: Doc, attribution: Attribution) -> bool:
    """A reporting noun that is the object of a verb disputing it ("rejects X's claim")."""
    return (
        attribution.construction == "noun"
        and attribution.verb is not None
        and _disputed_noun(doc[attribution.verb])
    )


def _disputed_noun(token: Token) -> bool:
    """A noun that is the object of a verb disputing it: "claim" in "rejects X's claim"."""
    return (
        token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in DISPUTE_VERBS
    )


def _drop_chain_heads(doc: Doc, kept: list[Attribution]) -> list[Attribution]:
    """ "urged lawmakers to reject the bill": the head of a ``to``-chain is only its own
    attribution when the model dropped the one the chain's last verb cues."""
    verbs = {a.verb for a in kept if a.construction != "phrase"}
    return [
        a
        for a in kept
        if a.construction != "chain"
        or a.verb is None
        or not any(c.i in verbs for c in doc[a.verb].rights if c.dep_ == "xcomp")
    ]


_TRUSTED = frozenset({"lexicon", "phrase", "raised", "passive"})


def _drop_nested(doc: Doc, kept: list[Attribution]) -> list[Attribution]:
    """Drop a candidate the lexicon does not know whose cue lies inside the content of a
    trusted attribution ("In her view, the government has underestimated how …"): there the
    verb is part of what is reported, not a second report. A claim disputed is kept: in
    "rejected Moscow's claim that …" the words are Moscow's, not the rejecter's (while "backs
    Heilmann's assessment that …" makes them the backer's too)."""
    inner = [fragment for a in kept if a.construction in _TRUSTED for fragment in a.content]
    return [
        a
        for a in kept
        if a.construction in _TRUSTED
        or _disputed_claim(doc, a)
        or a.cue is None
        or not any(lo <= a.cue[0] < hi for lo, hi in inner)
    ]
