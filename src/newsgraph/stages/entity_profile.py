"""Descriptors and affiliations of people: what the story says they are and where they work.

Readers judge a source by its profile ("professor of security studies at the University of
Graz", "ICG analyst"), and the resolver needs it to map a role mention ("the political
scientist") to a person. Descriptors come from the places English puts them: an apposition
("Keller, a professor of ..."), the words before a name ("the political scientist Keller"), a
copula ("Keller is a historian"). Affiliations are organisations named inside a descriptor or
attached to the name by "works at/for", "from", "at", or a possessive ("ICG's Dobson", "the
ministry's spokesman X"); an abbreviation is reported by the organisation's full name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicons.person_words import (
    COMPANY_NAME_WORDS,
    DEPARTMENT_WORDS,
    NEUTRAL_TITLES,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
)
from .entity_cluster import Cluster

_AFFILIATION_PREPS = frozenset({"at", "for", "with", "from", "of"})
_WORK_VERBS = frozenset({"work", "serve", "teach", "lead", "head", "run", "research", "join"})
_STOP_LEFT = frozenset({"DET", "ADP", "PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM"})
_MAX_DESCRIPTOR_TOKENS = 16
#: words that stand before a name as a role or title (one set, not a union per call)
_ROLES_AND_TITLES = PERSON_ROLE_NOUNS | NEUTRAL_TITLES
#: nouns a name stands in apposition to without describing its bearer ("his first name, Taras")
_NAME_NOUNS = frozenset({"name", "sign", "nickname", "pseudonym", "alias", "surname"})


def _head(span: Span) -> Token:
    """The span's syntactic head: its last token whose head lies outside it. (The last, not
    spaCy's ``root``: when the parser splits "Lars | Engström, a senior analyst" in two, the
    appositions hang on the surname.)"""
    for token in reversed(span):
        if not span.start <= token.head.i < span.end or token.head is token:
            return token
    return span.root


def _clean(tokens: list[Token]) -> str:
    """Text of a token run without leading determiners and trailing punctuation."""
    breaks = [i for i, t in enumerate(tokens) if "\n" in t.text or "\n" in t.whitespace_]
    if breaks:
        tokens = tokens[breaks[-1] + 1 :]  # a description never spans a paragraph break
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and not _closes_bracket(tokens):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _closes_bracket(tokens: list[Token]) -> bool:
    """True when the run ends in the ")" of a bracket it opened: "(ICG)" keeps its mark."""
    return tokens[-1].text == ")" and any(t.text == "(" for t in tokens[:-1])


def _with_closing_bracket(tokens: list[Token]) -> list[Token]:
    """A run that opens a bracket and stops right before its ")" (the parser hung the mark on
    a word outside the phrase) takes the mark in."""
    if not tokens or not any(t.text == "(" for t in tokens) or _closes_bracket(tokens):
        return tokens
    doc = tokens[-1].doc
    after = tokens[-1].i + 1
    return [*tokens, doc[after]] if after < len(doc) and doc[after].text == ")" else tokens


def _descriptor_tokens(head: Token) -> list[Token]:
    """An apposition/attribute phrase up to a relative clause, a comma or the length limit."""
    tokens: list[Token] = []
    for token in head.subtree:
        if token.i > head.i and (
            token.text in {",", ";", "—", "–"}
            or (token.text == "(" and not _bracketed_abbreviation(token))
            or token.dep_ == "relcl"
            or token.tag_ in ("WDT", "WP", "WP$")
            or "\n" in token.text
        ):
            break
        tokens.append(token)
    return _with_closing_bracket(tokens[:_MAX_DESCRIPTOR_TOKENS])


def _named_by(noun: Token) -> Token:
    """The noun a name describes. Usually the one it is in apposition to; but in "a medic who
    gave only his first name, Taras" that is "name", and the person is the noun whose clause
    holds it ("medic")."""
    if noun.lemma_.lower() not in _NAME_NOUNS:
        # "the head of the regional administration (RMA) Vladyslav Horodetskyi", "The governor
        # of Norte de Santander, Hernando Calderón", "Russia's chargé d'affaires in Lisbon,
        # Kirill Zotov": the parser hangs the name on the body or place; the person is its head
        of = noun.head
        if (
            noun.dep_ == "pobj"
            and of.lower_ in ("of", "in")
            and of.head.lower_ in PERSON_ROLE_NOUNS
        ):
            return of.head
        return noun
    token = noun
    for _ in range(4):
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if token.head is token:
            break
        token = token.head
    return noun


def _bracketed_abbreviation(token: Token) -> bool:
    """True for the "(" of "(ICG)": the abbreviation belongs to the description."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 2].text == ")" and doc[token.i + 1].is_upper


def _prenominal(doc: Doc, start: int) -> tuple[int, Token | None]:
    """Where role words right before a name start ("the political scientist Keller"; ``start``
    when there are none) and their possessor ("ICG's analyst Smith" -> ICG)."""
    i = start - 1
    while i >= 0:
        token = doc[i]
        if (
            token.pos_ in _STOP_LEFT
            or token.tag_ == "POS"
            or token.ent_type_ in ("PERSON", "DATE")
            or "\n" in token.text
        ):
            break
        if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        i -= 1
        if i >= 1 and doc[i].text in "-‐" and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
            i -= 1  # "Lieutenant-General": one word in three tokens
    first = i + 1
    if first >= start:
        return start, None
    last = doc[start - 1]
    if last.text == "." and start >= 2:
        last = doc[start - 2]  # "Lt. Col. | Eyal Ben-Harush", the full stop its own token
    if not (last.pos_ == "NOUN" or last.lower_ in _ROLES_AND_TITLES):
        return start, None  # ("Father Jairo Ballesteros": a role noun as a title)
    possessor = doc[i - 1] if i >= 1 and doc[i].tag_ == "POS" else None
    return first, possessor


#: what a title phrase before a name may hold besides nouns: "head of the …", "… on Defense"
_TITLE_LINKS = frozenset({"of", "on", "for", "the"})
_MAX_TITLE_TOKENS = 14


def _title_before(doc: Doc, start: int) -> int | None:
    """Where a title phrase with prepositions starts that runs up to ``start`` with no comma,
    as translated wire copy writes it before a name ("Deputy Chairman of the State Duma
    Committee on Defense Mikhail Sablin"); None when the words there hold no preposition or
    open with no title or role word."""
    i, first = start - 1, None
    while i >= 0 and start - i <= _MAX_TITLE_TOKENS:
        token = doc[i]
        if "\n" in token.text or token.ent_type_ in ("PERSON", "DATE"):
            break
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") and token.lower_ not in _TITLE_LINKS:
            break
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ in _ROLES_AND_TITLES:
            first = i
        i -= 1
    if first is None or not any(t.pos_ == "ADP" for t in doc[first:start]):
        return None
    return first


def _role_before_comma(doc: Doc, span: Span) -> list[Token]:
    """ "The Catholic bishop of Pemba, Dom Júlio dos Anjos Chamusso, spent …" when the parser
    left the name unattached to the role (here it read "dos" as the verb): a phrase that opens
    the sentence with "the", holds a role noun and no verb, and ends at the comma before the
    name; empty when there is none."""
    comma = span.start - 1
    if comma >= 1 and doc[comma].is_title and doc[comma].head.i >= span.start:
        comma -= 1  # a title the name was trimmed of ("Dom", "Father")
    if comma < 2 or doc[comma].text != "," or doc[span.start].is_sent_start:
        return []
    first = comma - 1
    while first > 0 and not doc[first].is_sent_start and comma - first <= 10:
        first -= 1
    words = list(doc[first:comma])
    if (
        words[0].lower_ != "the"
        or any(t.pos_ in ("VERB", "AUX") or t.is_punct or "\n" in t.text for t in words)
        or not any(t.lemma_.lower() in PERSON_ROLE_NOUNS for t in words)
    ):
        return []
    return words


#: a US legislator's party and state after the name: "R-Ohio", "D-Conn.", "I-Vt."
_PARTY_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?$")


def _party_and_state(appos: Token) -> str:
    """ "R-Ohio" of "Sen. Doug Ransdell, R-Ohio," (an apposition on "Ohio", or on "D" of
    "D-Vt."), up to a comma after it; empty for any other apposition."""
    doc = appos.doc
    end = next(
        (t.i for t in doc[appos.i : appos.right_edge.i + 1] if t.text == ","),
        appos.right_edge.i + 1,
    )
    text = doc[appos.left_edge.i : end].text
    return text if _PARTY_STATE.match(text) else ""


def _employer_in(tokens: list[Token]) -> list[str]:
    """Where a descriptor says someone works when no organisation was recognised in it: the
    object of "at/for/with/of" after the role, if it is a capitalised name ("a senior fellow at
    the Nordic Centre for Military Studies in Stockholm") or headed by an organisation noun
    ("a spokesman for the army's eastern command"). The town after it is left out."""
    inside = {t.i for t in tokens}
    for prep in tokens:
        if prep.dep_ != "prep" or prep.lower_ not in _AFFILIATION_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.i in inside), None)
        if obj is None or not (
            (obj.pos_ == "PROPN" and obj.is_title) or obj.lemma_.lower() in ORG_NOUNS
        ):
            continue
        words = [
            t
            for t in obj.subtree
            if t.i in inside and not any(_place_phrase(a) for a in (t, *t.ancestors) if a != obj)
        ]
        if obj.pos_ != "PROPN":
            words = [t for t in words if t.i <= obj.i]
        text = _clean(words)
        if text:
            return [text]
    return []


def _body_before_title(tokens: list[Token]) -> list[str]:
    """The body named at the start of a title the model did not recognise: "Russian Foreign
    Ministry" in "Russian Foreign Ministry Spokeswoman"."""
    ends = [
        k
        for k, t in enumerate(tokens[:-1])
        # (a body of one word is the end of a title: "Staff" of "Chief of Staff Brigadier")
        if k >= 1
        and t.lemma_.lower() in ORG_NOUNS
        and all(w.is_title or w.is_upper for w in tokens[: k + 1])
    ]
    return [_clean(tokens[: ends[-1] + 1])] if ends else []


def _place_phrase(token: Token) -> bool:
    """ "in Stockholm": a preposition of place whose object is a place name."""
    return (
        token.dep_ == "prep"
        and token.lower_ in ("in", "from")
        and any(c.ent_type_ in ("GPE", "LOC") for c in token.children)
    )


def _org_names(span: Span, named: dict[int, Cluster]) -> list[str]:
    """Names of the organisations mentioned inside a span (by their clusters' full names)."""
    names: list[str] = []
    for token in span:
        cluster = named.get(token.idx)
        if cluster is not None and cluster.type == "ORG" and cluster.name not in names:
            names.append(cluster.name)
    return names


def _org_at(token: Token, named: dict[int, Cluster]) -> str | None:
    """The organisation whose mention covers a token, or the token's own entity text; none
    for a person's mention, whatever spaCy's label ("Hartmann's colleague X": GPE)."""
    for candidate in (token, *token.lefts):
        cluster = named.get(candidate.idx)
        if cluster is not None:
            return cluster.name if cluster.type == "ORG" else None
    if token.ent_type_ in ("ORG", "GPE"):
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            return _clean(list(ent))
    return None


def _affiliations_of(head: Token, named: dict[int, Cluster]) -> list[str]:
    """Organisations tied to a name by a preposition or a "works at" relative clause."""
    found: list[str] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            found += [n for n in (_org_at(o, named) for o in child.children) if n]
        elif child.dep_ == "relcl" and child.lemma_.lower() in _WORK_VERBS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION_PREPS:
                    found += [n for n in (_org_at(o, named) for o in prep.children) if n]
        elif child.dep_ == "poss":
            name = _org_at(child, named)
            if name:
                found.append(name)
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _LED_GROUPS:
        group = of.head  # "the Baz Kanpèch gang of Wilfried … Dorméus": the gang is his
        found.append(_clean(list(head.doc[group.left_edge.i : group.i + 1])))
    return found


#: groups that belong to the person named after them ("the gang of X", "the faction of Y")
_LED_GROUPS = frozenset({"gang", "faction", "militia", "band", "clan", "cartel"})


def build_profiles(doc: Doc, clusters: list[Cluster]) -> None:
    """Fill descriptors and affiliations of the person clusters, and descriptors of the
    organisations, from their name mentions."""
    named: dict[int, Cluster] = {}  # token offset -> the organisation or person it names
    for cluster in clusters:
        if cluster.type in ("ORG", "PERSON"):
            for mention in cluster.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    for token in span:
                        named[token.idx] = cluster
    for cluster in clusters:
        if cluster.type not in ("PERSON", "ORG"):
            continue
        for mention in cluster.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not any(t.pos_ == "PROPN" for t in span):
                continue
            if cluster.type == "PERSON":
                _profile_mention(doc, span, cluster, named)
            else:
                _profile_organisation(doc, span, cluster)


def _profile_organisation(doc: Doc, span: Span, cluster: Cluster) -> None:
    """What the story calls an organisation, so that "the group" or "the company" later finds
    it: the noun before its name ("the al Qaeda-linked group JNIM"), the noun it stands in
    apposition to ("its Athens-based manager, Kallisto Shipping") or after it ("JNIM, an al
    Qaeda affiliate"), and "company" for a name ending in a business word ("Kallisto
    Shipping")."""
    head = _head(span)
    phrases: list[list[Token]] = []
    first, _ = _prenominal(doc, span.start)
    if first < span.start:
        phrases.append(list(doc[first : span.start]))
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < span.start:
        phrases.append([t for t in _descriptor_tokens(head.head) if t.i < span.start])
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > head.i:
            phrases.append(_descriptor_tokens(child))
    for tokens in phrases:
        text = _clean(tokens)
        if text:
            cluster.add_descriptor(text)
    if span[-1].lower_ in COMPANY_NAME_WORDS:
        cluster.add_descriptor("company")


def _profile_mention(doc: Doc, span: Span, cluster: Cluster, named: dict[int, Cluster]) -> None:
    head = _head(span)
    phrases: list[list[Token]] = []
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ != "PROPN" and child.i > head.i:
            phrases.append(_descriptor_tokens(child))
        elif child.dep_ == "appos" and child.i > head.i:
            party = _party_and_state(child)
            if party:
                cluster.add_descriptor(party)  # "Sen. Doug Ransdell, R-Ohio, said"
    if (
        head.dep_ == "appos"
        and (head.head.pos_ == "NOUN" or _named_by(head.head) is not head.head)
        and head.head.i < span.start
    ):
        described = _named_by(head.head)
        phrases.append([t for t in _descriptor_tokens(described) if t.i < span.start])
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
        phrases += [_descriptor_tokens(c) for c in head.head.children if c.dep_ == "attr"]
    for child in head.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in _WORK_VERBS and child.i > head.i:
            # "Olena Savchuk, who works at the International Crisis Group (ICG)"
            tokens = [t for t in _descriptor_tokens(child) if t.tag_ not in ("WP", "WDT")]
            phrases.append(tokens)
    if not phrases:
        phrases.append(_role_before_comma(doc, span))
    for tokens in phrases:
        text = _clean(tokens)
        if text:
            cluster.add_descriptor(text)
            names = _org_names(doc[tokens[0].i : tokens[-1].i + 1], named)
            for name in names or _employer_in(tokens):
                cluster.add_affiliation(name)
    first, possessor = _prenominal(doc, span.start)
    text = doc[first : span.start].text
    if text and text.lower().rstrip(".") not in {"mr", "mrs", "ms", "dr"}:
        words = text.split()
        # a bare title ("President") is a descriptor; an organisation name before it is not,
        # nor the last word of one ("the Committee on Defense Mikhail Sablin")
        single = words[0].lower()
        if len(words) > 1 or (
            # ("Major-General": a title of hyphenated titles)
            all(part in _ROLES_AND_TITLES for part in single.split("-"))
            and single not in DEPARTMENT_WORDS
        ):
            cluster.add_descriptor(text)
        before = doc[first : span.start]
        for org in _org_names(before, named) or _body_before_title(list(before)):
            cluster.add_affiliation(org)
    title = _title_before(doc, first)
    if title is not None:  # "Deputy Chairman of the State Duma Committee on Defense Mikhail …"
        cluster.add_descriptor(_clean(list(doc[title : span.start])))
        for org in _org_names(doc[title : span.start], named):
            cluster.add_affiliation(org)
        body = _org_at(doc[title - 1], named) if title > 0 else None
        if body:
            cluster.add_affiliation(body)  # "GDF Chief of Staff Brigadier Dwayne Fredericks"
    owner = _org_at(possessor, named) if possessor is not None else None
    if owner:
        cluster.add_affiliation(owner)
    for org in _affiliations_of(head, named):
        cluster.add_affiliation(org)
