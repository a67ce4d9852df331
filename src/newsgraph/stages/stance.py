"""Stance: which entities dispute or support a claim, and the words that show it.

Three shapes of evidence are read off the dependency parse:

1. a stance verb with the holder as subject: ``X rejected/denied/dismissed …``, ``X agrees``,
   ``the two analysts disagree``; "call/describe/label … Y" counts when Y is a verdict word
   ("calls the statements "wishful thinking"");
2. a stance adjective: ``X is sharply critical of the plan``;
3. a verdict on a claim noun: ``the Russian claims are "likely exaggerated"`` (holder: the
   speaker of the quote it sits in) or ``both think the idea is sound`` (holder: the subject of
   the belief verb).

The disputed claim is what the evidence refers to, not simply the previous sentence: a clause
attached to the object ("rejected Moscow's statement that …") is the claim itself; otherwise
the candidates are the claims made before the evidence, within a window, by someone other than
the holder. Among them the one whose source matches the object's modifiers ("Moscow's
statement", "the Russian claims") or that shares content words with the evidence wins; with no
such hint, the nearest one. "X also dismisses …" takes the previous stance's claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import POS
from spacy.tokens import Doc, Token

from ..lexicons.reporting import OUTLET_ROLE_NOUNS
from ..records import Stance, TextSpan
from ..spans import in_boilerplate, text_of
from .claim_sources import (
    Draft,
    entity_by_id,
    entity_for_span,
    noun_phrase,
    trimmed,
)
from .claim_words import (
    CLAIM_NOUNS,
    CLAIM_PRONOUNS,
    DISPUTE_ADJECTIVES,
    DISPUTE_VERBS,
    NEGATIVE_VERDICTS,
    PLURAL_NUMBERS,
    POSITIVE_VERDICTS,
    SUPPORT_ADJECTIVES,
    SUPPORT_VERBS,
    words,
)
from .token_filter import with_labels, with_words

#: how far back (in characters) a claim may stand from the evidence that refers to it
WINDOW_CHARS = 2500
#: how far after a counted plural subject ("two experts") the people it counts may be named
CATAPHORA_CHARS = 800
_VERDICT_VERBS = frozenset(
    {"call", "describe", "label", "brand", "term", "dismiss", "consider", "find"}
)
_BELIEF_VERBS = frozenset({"think", "believe", "consider", "find", "say", "feel"})
#: claim nouns whose "of" phrase is the content: "the idea of a deal"
_CONTENT_NOUNS = frozenset({"idea", "prospect", "plan", "proposal", "notion", "possibility"})
_STANCE_LEMMAS = DISPUTE_VERBS | SUPPORT_VERBS | _VERDICT_VERBS
#: support verbs whose negation is disagreement ("does not share her view")
_AGREEMENT_VERBS = frozenset({"agree", "share", "concur"})
_TOPIC_PREPS = frozenset({"on", "over", "to", "about", "upon"})
_ALSO = frozenset({"also", "too", "likewise", "similarly"})
#: the parts of speech :func:`find_stance_cues` takes a cue from
_CUE_POS = ("VERB", "AUX", "ADJ")
_STOP = words(
    "the a an of to in on at for and or but that this these those it its is are was were be "
    "been has have had will would could may might not no as by with from than then there their "
    "they he she his her we our you your which who what"
)


@dataclass(frozen=True, slots=True)
class StanceCue:
    """One piece of stance evidence before its claim is chosen."""

    evidence: TextSpan
    stance: str  # disputes | supports
    holders: tuple[str, ...]
    also: bool
    clause: tuple[int, int] | None  # the claim spelled out after the object ("… that X")
    hint_words: frozenset[str]  # modifiers of the object ("russian", "moscow")
    clause_source: str | None  # entity whose words the clause are ("Moscow's statement that")
    owned: bool  # the object names whose claim it is ("Moscow's statement", "the Ukrainian view")
    addressee: str | None  # the entity agreed/disagreed with: "agrees with Vogt"
    noun: str  # stem of the claim noun referred to ("accus" for "the accusations"), or ""
    denies_clause: bool  # "denied that X": the clause is the proposition disputed
    content_words: frozenset[str]  # stems of the evidence and its clause


def stem(word: str) -> str:
    """A crude stem that makes "encirclement"/"encircled" or "Russian"/"Russia's" meet."""
    return word.lower()[:5]


#: (stems) nouns for an opinion, and the cues that voice one
_OPINION_NOUNS = frozenset(stem(w) for w in ("view", "opinion", "assessment", "belief"))
_OPINION_CUES = frozenset(stem(w) for w in ("believe", "think", "consider", "argue", "reckon"))


def _stems(tokens: Sequence[Token]) -> frozenset[str]:
    return frozenset(
        stem(t.lemma_)
        for t in tokens
        if t.is_alpha and t.lower_ not in _STOP and t.lemma_.lower() not in CLAIM_NOUNS
    )


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject (the nearest one, when a bad parse gives two), or that of the verb
    it is coordinated with ("rejected the claim and said …") or hangs on as a participle."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
        # "… said on Monday, rejecting Israeli accusations": a participle set off by a comma
        # takes the subject of the verb it hangs on
        participle = (
            verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ","
        )
        joined = verb.dep_ in ("conj", "xcomp") or participle
        if subject is not None or not joined or verb.head.i == verb.i:
            return subject
        head = verb.head
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ccomp"
            and head.tag_ != verb.tag_
            and head.head.tag_ == verb.tag_
        ):
            # "X said troops did not attack and dismissed the reports": the tense shows that
            # "dismissed" goes with "said", not with the reported "attack"
            head = head.head
        elif participle and head.dep_ == "ccomp":
            # "X denied that any soldiers had been killed, describing the statement as …":
            # a stance taken after a report is the reporter's, not the reported subject's
            head = head.head
        verb = head


def _recent_speakers(
    doc: Doc, drafts: Sequence[Draft], before: int, count: int, persons: bool = False
) -> tuple[str, ...]:
    """The last ``count`` distinct sources of claims before ``before`` (people only when
    ``persons``: "the two analysts", "both experts")."""
    seen: list[str] = []
    for draft in sorted(drafts, key=lambda d: -d.start):
        if draft.start >= before or draft.attributed_to is None:
            continue
        if persons:
            entity = entity_by_id(doc, draft.attributed_to)
            if entity is None or entity.type != "PERSON":
                continue
        if draft.attributed_to not in seen:
            seen.append(draft.attributed_to)
        if len(seen) == count:
            break
    if persons and len(seen) < count:
        # people named before who have not spoken yet ("Both have followed the war.")
        mentioned = sorted(
            (
                (max(m.start for m in e.mentions if m.start < before), e.id)
                for e in doc._.entities
                if e.type == "PERSON"
                and e.id not in seen
                and any(m.start < before for m in e.mentions)
            ),
            reverse=True,
        )
        seen.extend(ident for _, ident in mentioned[: count - len(seen)])
    return tuple(seen)


def _introduced_after(doc: Doc, offset: int, count: int) -> tuple[str, ...]:
    """People first named just after ``offset``: "Two experts … both think … Jana Horvath,
    a researcher at …, says …" introduces the experts after the sentence that counts them."""
    first_seen = [
        (min(m.start for m in e.mentions), e.id)
        for e in doc._.entities
        if e.type == "PERSON" and e.mentions
    ]
    later = sorted(
        (start, ident) for start, ident in first_seen if offset < start < offset + CATAPHORA_CHARS
    )
    if len(later) < count:
        return ()
    return tuple(ident for _, ident in later[:count])


def _holders(doc: Doc, subject: Token, drafts: Sequence[Draft]) -> tuple[str, ...]:
    """Entity ids the subject stands for; "the two analysts"/"both" stand for several."""
    if subject.tag_ == "DT":
        # "Two experts who … both think": "both" stands for the counted noun before it
        counted = [
            t
            for t in subject.sent
            if t.i < subject.i
            and t.tag_ in ("NNS", "NNPS")
            and any(c.lower_ in PLURAL_NUMBERS for c in t.children)
        ]
        if counted:
            subject = counted[-1]
    words = {t.lower_ for t in subject.subtree}
    plural = next((PLURAL_NUMBERS[w] for w in words if w in PLURAL_NUMBERS), None)
    if plural is not None and subject.tag_ in ("NNS", "NNPS", "DT", "PRP"):
        wanted = plural or 2
        if subject.tag_ in ("NNS", "NNPS"):
            introduced = _introduced_after(doc, subject.idx + len(subject.text), wanted)
            if introduced:
                return introduced
        return _recent_speakers(doc, drafts, subject.idx, wanted, persons=True)
    for named in (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        # "The head of the union, Boubacar Tembely, dismissed …": the named person holds it
        person = entity_for_span(doc, named.left_edge.idx, named.idx + len(named.text))
        if person is not None:
            return (person,)
    start, end = noun_phrase(subject)
    found = entity_for_span(doc, start, end)
    if found is None and subject.pos_ == "PRON":
        recent = _recent_speakers(doc, drafts, subject.idx, 1)
        return recent
    return (found,) if found is not None else ()


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "of", "about", "to"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _verdict(tokens: Sequence[Token]) -> str | None:
    """disputes / supports from verdict words; "not very credible" turns a positive around."""
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    negated = bool(lemmas & {"not", "n't", "never", "hardly", "no"})
    if any(t.pos_ == "ADJ" and _excessive(t) for t in tokens):
        return "disputes"  # "too optimistic", "overly rosy": a verdict against, whatever word
    if lemmas & NEGATIVE_VERDICTS:
        return "supports" if negated and not lemmas & {"no"} else "disputes"
    if lemmas & POSITIVE_VERDICTS:
        return "disputes" if negated else "supports"
    return None


def _excessive(adjective: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in ("too", "overly") for c in adjective.children)


def _clause_of(noun: Token | None) -> tuple[int, int] | None:
    """The clause spelling out a claim noun: "the view that holding the town is worth it";
    for idea-like nouns also their "of" phrase: "the idea of a narrow maritime agreement"."""
    if noun is None:
        return None
    if noun.lemma_.lower() in _CONTENT_NOUNS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                tokens = [t for t in child.subtree if t.i > child.i]
                if tokens:
                    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            tokens = [t for t in child.subtree if not (t.dep_ == "mark" and t.head.i == child.i)]
            return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return None


def _hint_words(noun: Token | None) -> frozenset[str]:
    if noun is None:
        return frozenset()
    mods = [c for c in noun.children if c.dep_ in ("amod", "poss", "compound", "nmod")]
    tokens = [t for m in mods for t in m.subtree if t.is_alpha]
    return frozenset(stem(t.text) for t in tokens if t.lower_ not in _STOP)


def _owned(noun: Token | None) -> bool:
    """True when a claim noun names its owner: a possessive or a proper modifier."""
    if noun is None:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
        for c in noun.children
    )


def _noun_stem(noun: Token | None) -> str:
    if noun is None or noun.lemma_.lower() not in CLAIM_NOUNS:
        return ""
    return stem(noun.lemma_)


def _addressee(doc: Doc, noun: Token | None) -> str | None:
    """The entity a stance is taken towards when the object is a person or body."""
    if noun is None or noun.lemma_.lower() in CLAIM_NOUNS or noun.lower_ in CLAIM_PRONOUNS:
        return None
    return entity_for_span(doc, noun.idx, noun.idx + len(noun.text), resolve=False)


def _possessor(doc: Doc, noun: Token | None) -> str | None:
    """The entity a claim noun belongs to: "Moscow's statement" -> Moscow's entity id."""
    if noun is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    tokens = [t for t in poss.subtree if t.dep_ != "case"]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return entity_for_span(doc, start, end)


def _evidence_span(doc: Doc, anchor: Token, parts: Sequence[Token]) -> TextSpan:
    tokens = [anchor]
    for part in parts:
        tokens.extend(t for t in part.subtree if _clause_of(part) is None or t.i <= part.i)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    start, end = trimmed(doc, start, end)
    # keep a closing quotation mark that belongs to a quoted verdict
    if (
        end < len(text_of(doc))
        and text_of(doc)[end : end + 1] in "\"”’'»"
        and '"' in text_of(doc)[start:end]
    ):
        end += 1
    return TextSpan(start, end, text_of(doc)[start:end])


def _from_verb(doc: Doc, verb: Token, drafts: Sequence[Draft]) -> StanceCue | None:
    lemma = verb.lemma_.lower()
    if lemma not in _STANCE_LEMMAS or verb.pos_ != "VERB":
        return None
    negated = _negated(verb)
    if negated and lemma not in _AGREEMENT_VERBS:
        return None  # "did not deny", "did not confirm": no stance either way
    obj = _object(verb)
    complements = [
        c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i > verb.i
    ]
    if obj is None and lemma in _VERDICT_VERBS:
        # "considers Kravets's timetable too optimistic", parsed as a small clause
        obj = next(
            (s for c in complements if c.pos_ == "ADJ" for s in c.children if s.dep_ == "nsubj"),
            None,
        )
    as_phrase = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    pointing = after is not None and after.lower_ in CLAIM_PRONOUNS
    # the verdict may hang off the object: calls the statements "wishful thinking" (appos)
    trailing = [t for t in obj.subtree if t.i > obj.i] if obj is not None else []
    if (
        lemma in _VERDICT_VERBS
        and (obj is not None or pointing)
        and (complements or as_phrase or trailing)
    ):
        stance = _verdict([t for c in complements + as_phrase for t in c.subtree] + trailing)
        if stance is None and lemma == "dismiss":
            stance = "disputes"
    elif negated:
        stance = "disputes"  # "does not share Engström's view", "does not agree"
    elif lemma in DISPUTE_VERBS:
        stance = "disputes"
    elif lemma in SUPPORT_VERBS:
        stance = "supports"
    else:
        return None
    if stance is None:
        return None
    refers = obj is not None and (
        obj.lemma_.lower() in CLAIM_NOUNS
        or obj.lower_ in CLAIM_PRONOUNS
        or entity_for_span(doc, obj.idx, obj.idx + len(obj.text), resolve=False) is not None
    )
    clause = _clause_of(obj)
    ccomp = next((c for c in complements if c.dep_ == "ccomp"), None)
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS), None)
    if lemma in ("agree", "disagree", "concur") and topic is not None and not refers:
        return None  # "agree on a text", "disagree on whether …": a topic, not a claim
    if lemma in SUPPORT_VERBS and lemma not in ("agree", "concur"):
        if not refers:
            return None  # "confirmed that three people died" is reporting, not support
    elif lemma in DISPUTE_VERBS and obj is None and ccomp is None and lemma != "disagree":
        return None
    denies = False
    if ccomp is not None and lemma in DISPUTE_VERBS and clause is None:
        # (without a participle after a comma: "denied that any soldiers had been killed,
        # describing the statement as …" is the speaker's next act, not the denied clause)
        participles = [c for c in ccomp.rights if c.dep_ == "advcl" and c.tag_ == "VBG"]
        ends = [c.left_edge.i for c in participles if doc[c.left_edge.i - 1].text == ","]
        stop = min(ends) - 1 if ends else len(doc)
        tokens = [
            t
            for t in ccomp.subtree
            if t.i < stop and not (t.dep_ == "mark" and t.head.i == ccomp.i)
        ]
        clause = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        denies = True
    subject = _subject(verb)
    if subject is None:
        return None
    holders = _holders(doc, subject, drafts)
    if not holders:
        return None
    parts = [p for p in (obj,) if p is not None] + complements + as_phrase
    if obj is not None and obj.head.i != verb.i:
        parts = [obj.head, *parts[1:]]
    evidence = _evidence_span(doc, verb, parts)
    content = _stems([t for p in parts for t in p.subtree])
    also = any(c.lower_ in _ALSO for c in verb.children)
    hints = _hint_words(obj)
    owner = _possessor(doc, obj)
    addressee = _addressee(doc, obj)
    return StanceCue(
        evidence,
        stance,
        holders,
        also,
        clause,
        hints,
        owner,
        _owned(obj),
        addressee,
        _noun_stem(obj),
        denies,
        content,
    )


def _from_adjective(doc: Doc, adjective: Token, drafts: Sequence[Draft]) -> StanceCue | None:
    lemma = adjective.lemma_.lower()
    if lemma in DISPUTE_ADJECTIVES:
        stance = "disputes"
    elif lemma in SUPPORT_ADJECTIVES:
        stance = "supports"
    else:
        return None
    if adjective.dep_ not in ("acomp", "ROOT") or _negated(adjective.head):
        return None
    prep = next(
        (c for c in adjective.children if c.dep_ == "prep" and c.lower_ in ("of", "about")), None
    )
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if obj is not None and not (
        obj.lemma_.lower() in CLAIM_NOUNS
        or obj.lower_ in CLAIM_PRONOUNS
        or _clause_of(obj) is not None
        or entity_for_span(doc, obj.idx, obj.idx + len(obj.text), resolve=False) is not None
    ):
        return None  # "sceptical about new talks": an attitude to an event, not a claim
    subject = _subject(adjective.head if adjective.dep_ == "acomp" else adjective)
    if subject is None:
        return None
    holders = _holders(doc, subject, drafts)
    if not holders:
        return None
    evidence = _evidence_span(doc, adjective.head, [adjective])
    also = any(c.lower_ in _ALSO for c in adjective.head.children)
    content = _stems(list(prep.subtree)) if prep is not None else frozenset()
    return StanceCue(
        evidence,
        stance,
        holders,
        also,
        _clause_of(obj),
        _hint_words(obj),
        _possessor(doc, obj),
        _owned(obj),
        _addressee(doc, obj),
        _noun_stem(obj),
        False,
        content,
    )


def _from_verdict(doc: Doc, predicate: Token, drafts: Sequence[Draft]) -> StanceCue | None:
    """``the claims are "exaggerated"`` / ``both think the idea is sound``."""
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in CLAIM_NOUNS:
        return None
    verdict_tokens = [
        t for c in predicate.children if c.dep_ in ("acomp", "attr") for t in c.subtree
    ] or [predicate]
    stance = _verdict(verdict_tokens)
    if stance is None or _negated(predicate):
        return None
    holders: tuple[str, ...] = ()
    anchor = predicate
    if predicate.dep_ == "ccomp" and predicate.head.lemma_.lower() in _BELIEF_VERBS:
        anchor = predicate.head
        holder_subject = _subject(anchor)
        if holder_subject is not None:
            holders = _holders(doc, holder_subject, drafts)
    else:
        inside = next((d for d in drafts if d.start <= predicate.idx < d.end), None)
        if inside is not None and inside.attributed_to is not None:
            holders = (inside.attributed_to,)
    if not holders:
        return None
    start = min(subject.left_edge.idx, anchor.idx)
    last = max(t.i for t in predicate.subtree if t.dep_ != "punct")
    start, end = trimmed(doc, start, doc[last].idx + len(doc[last].text))
    if (
        end < len(text_of(doc))
        and text_of(doc)[end : end + 1] in "\"”’'»"
        and '"' in text_of(doc)[start:end]
    ):
        end += 1
    evidence = TextSpan(start, end, text_of(doc)[start:end])
    content = _stems(list(predicate.subtree))
    hints = _hint_words(subject)
    clause = _clause_of(subject)
    owned = _owned(subject)
    return StanceCue(
        evidence,
        stance,
        holders,
        False,
        clause,
        hints,
        None,
        owned,
        None,
        _noun_stem(subject),
        False,
        content,
    )


def _is_claim_noun(lemma: str, lower: str) -> bool:
    return lemma.lower() in CLAIM_NOUNS


#: the lemmas :func:`_from_verb` and :func:`_from_adjective` accept (each returns None first
#: thing for any other)
_CUE_LEMMAS = _STANCE_LEMMAS | DISPUTE_ADJECTIVES | SUPPORT_ADJECTIVES


def _is_cue_lemma(lemma: str, lower: str) -> bool:
    return lemma.lower() in _CUE_LEMMAS


def _claim_subject_heads(doc: Doc) -> set[int]:
    """The words with a subject whose lemma is a claim noun ("the claims are exaggerated"):
    the only words :func:`_from_verdict` can accept, found from the few claim nouns of the
    doc instead of walking the children of every verb and adjective."""
    heads: set[int] = set()
    for i in with_words(doc, "stance.claim_nouns", _is_claim_noun):
        token = doc[i]
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i != i:
            heads.add(token.head.i)
    return heads


def find_stance_cues(doc: Doc, drafts: Sequence[Draft]) -> list[StanceCue]:
    """Every piece of stance evidence in ``doc`` (outside boilerplate), in text order."""
    cues: list[StanceCue] = []
    verdicts = _claim_subject_heads(doc)
    lemmas = set(with_words(doc, "stance.cue_lemmas", _is_cue_lemma))
    for i in with_labels(doc, POS, _CUE_POS):  # no other word can give a cue
        if i not in lemmas and i not in verdicts:
            continue  # no builder below would accept it: skip building its Token
        token = doc[i]
        pos = token.pos_
        cue: StanceCue | None = None
        if pos == "VERB":
            cue = _from_verb(doc, token, drafts)
        elif pos == "ADJ":
            cue = _from_adjective(doc, token, drafts)
        if cue is None and pos in ("VERB", "AUX", "ADJ") and i in verdicts:
            cue = _from_verdict(doc, token, drafts)
        if cue is not None and not in_boilerplate(doc, cue.evidence.start, cue.evidence.end):
            cues.append(cue)
    return cues


def _source_words(doc: Doc, draft: Draft) -> frozenset[str]:
    """Stems naming a claim's source: its entity's name, mentions, descriptors, affiliations."""
    words: list[str] = []
    entity = entity_by_id(doc, draft.attributed_to)
    if entity is not None:
        words.extend(entity.name.split())
        for extra in (*entity.descriptors, *entity.affiliations):
            words.extend(extra.split())
        for mention in entity.mentions:
            words.extend(mention.text.split())
    if draft.source is not None:
        words.extend(draft.source.text.split())
    words.extend(w for part in draft.source_chain for w in part.split())
    return frozenset(stem(w.strip("'’s")) for w in words if w.lower() not in _STOP)


def _said_before(doc: Doc, cue: StanceCue, drafts: Sequence[Draft]) -> Draft | None:
    """The earlier claim by someone other than the holders that shares most of the disputed
    clause's content words, at least half of them; of equals, the latest ("In her view, the
    blockade could last for months" for "he doubts that the blockade can last for months")."""
    best: tuple[int, int, Draft] | None = None
    words = cue.content_words
    clause = doc.char_span(*cue.clause, alignment_mode="expand") if cue.clause else None
    if clause is not None:
        words = _stems(list(clause))  # the denied clause's words, not the rest of the evidence
    need = max(2, len(words) // 2)
    for draft in drafts:
        if draft.end > cue.evidence.start or cue.evidence.start - draft.end > WINDOW_CHARS:
            continue
        if draft.attributed_to is None or draft.attributed_to in cue.holders:
            continue
        tokens = doc.char_span(draft.start, draft.end, alignment_mode="expand")
        shared = len(words & _stems(list(tokens))) if tokens is not None else 0
        if shared >= need and (best is None or (shared, draft.start) > best[:2]):
            best = (shared, draft.start, draft)
    return best[2] if best else None


#: (stems) nouns for a number someone gave ("the figures", "the toll", "the estimate")
_FIGURE_NOUNS = frozenset(stem(w) for w in ("figure", "number", "estimate", "toll", "count"))
_FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "tenth", "percent", "%"})


def _numeric(token: Token) -> bool:
    return token.like_num or token.pos_ == "NUM" or token.lower_ in _FRACTIONS


#: "the reports" are what the media claimed, however their claim was worded
_REPORT = stem("report")
_MEDIA = frozenset(stem(w) for w in (*OUTLET_ROLE_NOUNS, "media", "press"))


def _names_cue(noun: str, cue: str) -> bool:
    """True when the evidence's noun names how the claim was made: "the claim" a claim,
    "her view" a belief ("does not share Engström's view" of what he believes)."""
    return noun == cue or (noun in _OPINION_NOUNS and cue in _OPINION_CUES)


def choose_claim(
    doc: Doc,
    cue: StanceCue,
    drafts: Sequence[Draft],
    previous: tuple[StanceCue, Draft] | None,
) -> Draft | None:
    """The claim ``cue`` is about, or None (then a clause of its own may become the claim,
    see :func:`clause_is_new`)."""
    if cue.also and previous is not None and previous[0].stance == cue.stance:
        return previous[1]
    clause = cue.clause
    if clause is not None:
        start, end = clause
        for draft in drafts:
            if not (draft.start < end and start < draft.end):
                continue
            if draft.attributed_to is not None and draft.attributed_to in cue.holders:
                if cue.denies_clause:
                    # "X doubts that P": P as someone else said it before, if someone did;
                    # else P as X's words
                    return _said_before(doc, cue, drafts) or draft
                if cue.owned:
                    # "rejected Moscow's statement that …": Moscow's words where the quotes
                    # stage made them a claim of Moscow's, else the clause itself
                    return next(
                        (
                            d
                            for d in drafts
                            if d.start < end
                            and start < d.end
                            and d.attributed_to is not None
                            and d.attributed_to not in cue.holders
                        ),
                        None,
                    )
                clause = None  # the holder's own words: look for what they answer
                break
            if cue.denies_clause and draft.attributed_to is None:
                # "denied that any soldiers had been killed": the claim it answers, when
                # someone made it ("its fighters had killed more than 20 … soldiers")
                return _said_before(doc, cue, drafts) or draft
            return draft
    candidates: list[tuple[float, int, Draft]] = []  # (score, start, draft)
    for draft in drafts:
        if draft.start >= cue.evidence.start or cue.evidence.start - draft.end > WINDOW_CHARS:
            continue
        if draft.start <= cue.evidence.start < draft.end:
            continue  # the evidence sits in this claim: it is the holder's own words
        if draft.attributed_to is not None and draft.attributed_to in cue.holders:
            continue
        tokens = doc.char_span(draft.start, draft.end, alignment_mode="expand")
        if any(o is not draft and o.start <= draft.start and draft.end <= o.end for o in drafts):
            continue  # words quoted inside someone's quotation ("the foreman shouted: ‚…‘")
        shared = len(cue.content_words & _stems(list(tokens))) if tokens is not None else 0
        if clause is not None:
            if shared >= max(2, len(cue.content_words) // 2) and not cue.owned:
                candidates.append((shared, draft.start, draft))
            continue
        if cue.addressee is not None and draft.attributed_to != cue.addressee:
            continue
        source_hit = bool(cue.hint_words & _source_words(doc, draft))
        named = bool(cue.noun) and (
            (draft.cue is not None and _names_cue(cue.noun, stem(draft.cue)))
            or (cue.noun == _REPORT and bool(_MEDIA & _source_words(doc, draft)))
        )
        # someone's claim before the reporter's own hedged statement ("rejected the claim")
        owned = 0.5 * (draft.attributed_to is not None)
        score = 3 * int(source_hit) + 2 * int(named) + min(shared, 3) + owned
        if cue.noun in _FIGURE_NOUNS and tokens is not None and any(_numeric(t) for t in tokens):
            score += 2  # "dismissed the figures from Kyiv": the claim that gives a number
        candidates.append((score - 0.5 * _in_relative_clause(doc, draft), draft.start, draft))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c[0], c[1]))
    if best[0] <= 0 and clause is None:
        return _first_of_run(text_of(doc), drafts, best[2])
    return best[2]


def _in_relative_clause(doc: Doc, draft: Draft) -> bool:
    """True for a claim whose cue verb opens a relative clause ("… the regions, which Russia
    claims to have annexed"): background to its sentence's main claim, which a stance on
    "this" or "the claim" more likely answers."""
    if draft.source is None:
        return False
    span = doc.char_span(draft.source.start, draft.source.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.head.dep_ == "relcl"


def _first_of_run(text: str, drafts: Sequence[Draft], last: Draft) -> Draft:
    """The first claim of the run of claims by the same source that ends with ``last``:
    "X thinks P. "…," X says. Y disagrees." disputes P, the thesis, not the last quote. The
    run stays inside one paragraph."""
    ordered = sorted(drafts, key=lambda d: d.start)
    index = ordered.index(last)
    while (
        index > 0
        and last.attributed_to is not None
        and ordered[index - 1].attributed_to == last.attributed_to
        and "\n\n" not in text[ordered[index - 1].end : ordered[index].start]
    ):
        index -= 1
    return ordered[index]


def clause_is_new(cue: StanceCue, drafts: Sequence[Draft]) -> bool:
    """True when the evidence spells out its claim in a clause no claim covers yet."""
    if cue.clause is None:
        return False
    start, end = cue.clause
    if cue.owned:
        return not any(
            d.start < end and start < d.end and d.attributed_to not in cue.holders for d in drafts
        )
    return not any(d.start < end and start < d.end for d in drafts)


def stance_records(cue: StanceCue) -> tuple[Stance, ...]:
    return tuple(Stance(holder, cue.stance, cue.evidence) for holder in cue.holders)
