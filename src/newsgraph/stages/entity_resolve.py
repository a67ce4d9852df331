"""Who a source mention refers to: names, surnames, pronouns and role nouns.

No coreference model ships on PyPI, and news needs only a narrow kind: the source of a quote is
almost always someone named shortly before. So each kind of mention gets a rule:

- a name or surname joins the cluster that carries it (created when the story has none);
- a pronoun goes to the most salient compatible entity: recent (sentence distance), last
  mentioned as a subject, the latest speaker, agreeing in gender (first name, title, earlier
  pronouns) and number ("they" for organisations and groups);
- a definite role noun ("the political scientist", "the ICG analyst", "the ministry", "the
  soldier") goes to the entity whose descriptors, name or affiliations carry the noun and its
  modifiers; an indefinite one ("a soldier", "another soldier") is always a new entity named by
  its descriptive phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set as AbstractSet
from functools import lru_cache

from spacy.attrs import IDX, ORTH, SENT_START
from spacy.tokens import Doc, Span, Token

from ..lexicons.events import ARMED_GROUP_NAMES
from ..lexicons.person_words import (
    CLERGY_WORDS,
    DIPLOMAT_WORDS,
    EXPERT_NOUNS,
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    GENERIC_PERSON_NOUNS,
    INDEFINITE_DETERMINERS,
    INSTITUTION_NOUNS,
    LEGISLATOR_NOUNS,
    LEGISLATURE_WORDS,
    MALE_NOUNS,
    MALE_PRONOUNS,
    MEDICAL_WORDS,
    MONARCH_WORDS,
    NEUTER_PRONOUNS,
    OFFICER_WORDS,
    OFFICIAL_WORDS,
    ORG_NOUNS,
    PARTY_MEMBERS,
    PERSON_ROLE_NOUNS,
    PERSONAL_PRONOUNS,
    PLURAL_PRONOUNS,
    PRELATE_WORDS,
    QUESTION_LEMMAS,
    REPORTING_LEMMAS,
    RESEARCH_BODY_WORDS,
    SOURCE_DOCUMENT_NOUNS,
    SPOKESPERSON_WORDS,
    STATE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from ..records import TextSpan
from ..spans import text_of
from .entity_cluster import Cluster, fold, initials
from .entity_names import (
    CLAUSE_DEPS,
    anonymity_clause,
    is_according_to_object,
    name_gender,
    title_gender,
)
from .entity_placenames import demonym_country, is_country_name, is_place_name
from .token_filter import with_labels

#: pronouns reach back at most this many sentences
MAX_PRONOUN_DISTANCE = 6
#: role nouns ("the analyst") reach back further: a role is more specific than a pronoun
MAX_ROLE_DISTANCE = 40
#: least agreement of a role mention with an entity's profile (head noun 3, modifier +2/-1)
MIN_ROLE_SCORE = 1.5
#: a lede's unnamed source ("…, a Republican senator warned") is named this many paragraphs
#: later at most
MAX_LEDE_PARAGRAPHS = 6
#: a role noun may name a person introduced by name only a few sentences later (news ledes);
#: farther only when its place or body fits too (:func:`_fits_ahead`)
MAX_CATAPHORA_DISTANCE = 4
_OF_PREPS = frozenset({"for", "of", "at", "in", "with", "from"})
_NAMING_WORDS = frozenset({"name", "named", "identified", "called", "known", "only"})
_PHRASE_STOPS = frozenset({",", ";", "(", "—", "–", ":", '"', "“", "”"})
_SOMEONE = frozenset({"someone", "somebody"})
#: words that stand for one more of a group just named ("Another, a teacher …, said")
_ANOTHER = frozenset({"another", "one", "other"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
#: a role noun closed up with the word before it: "shipowner", "steelworker", "chairperson"
_CLOSED_COMPOUND_ROLE = re.compile(
    r"^[a-z]{3,}(?:" + "|".join(sorted(w for w in PERSON_ROLE_NOUNS if len(w) >= 5)) + r")$"
)
_PHRASE_RIGHT_DEPS = frozenset({"acl", "prep", "amod", "compound", "nummod", "pobj", "relcl"})


def sentence_offsets(doc: Doc) -> list[int]:
    """Character offsets where the document's sentences start."""
    if len(doc) == 0:
        return []
    # arrays, not a Token per word: ``is_sent_start`` is true exactly where SENT_START is 1
    # (the column is unsigned, so "not a start", -1, must not be compared with ``> 0``)
    columns = doc.to_array([IDX, SENT_START])
    return [int(i) for i in columns[columns[:, 1] == 1, 0]]


def is_role_noun(token: Token) -> bool:
    """True for a common noun that can denote a source ("analyst", "ministry", "officials")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = token.lemma_.lower()
    lower = token.lower_
    return (
        lemma in PERSON_ROLE_NOUNS
        or lower in PERSON_ROLE_NOUNS
        or lemma in ORG_NOUNS
        or lower in ORG_NOUNS
        or lemma in SOURCE_DOCUMENT_NOUNS
        or (token.pos_ == "NOUN" and (lemma.endswith("ist") or lemma.endswith("ian")))
        or (token.pos_ == "NOUN" and _CLOSED_COMPOUND_ROLE.search(lemma) is not None)
    )


def descriptive_phrase(token: Token) -> Span:
    """The noun phrase that describes a source, up to a comma or a relative clause.

    "a Ukrainian soldier stationed in a nearby village, who asked not to be named" ->
    "a Ukrainian soldier stationed in a nearby village".
    """
    doc = token.doc
    start = token.left_edge.i
    end = token.i + 1
    # a bad parse may reach across a paragraph break or a comma: the description stops there
    for i in range(token.i - 1, start - 1, -1):
        if "\n" in doc[i].text or doc[i].text in _PHRASE_STOPS:
            start = i + 1
            break
    for child in token.rights:
        if child.dep_ not in _PHRASE_RIGHT_DEPS:
            break
        if any(t.text in _PHRASE_STOPS for t in doc[end : child.i]):
            break  # ", who asked not to be named": a non-restrictive clause is not the name
        end = child.right_edge.i + 1
    for i in range(token.i + 1, end):
        if "\n" in doc[i].text or doc[i].text in _PHRASE_STOPS or doc[i].dep_ == "ROOT":
            end = i
            break
        if _quoted_by(doc[i]):
            end = i  # "Chinese military experts quoted by the state-run Global Times"
            break
        if anonymity_clause(doc[i]) and doc[i].left_edge.i > token.i:
            # "who asked not to be named" (without a comma), "an engineer at the plant who
            # spoke on condition of anonymity": why a source is unnamed is not its name
            end = doc[i].left_edge.i
            break
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < token.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def is_abbreviated_title(token: Token) -> bool:
    """ "DG", "SSP": a title written as its capitals (:data:`TITLE_ABBREVIATIONS`), or as
    capitals the story brought in after a title ("the Police Public Relations Officer
    (PPRO)")."""
    if not token.text.isupper() or len(token.text) < 2:
        return False
    return token.lower_ in TITLE_ABBREVIATIONS or _bracketed_after_title(token)


def _bracketed_after_title(token: Token) -> bool:
    doc = token.doc
    return any(
        2 <= i < len(doc) - 1
        and doc[i - 1].text == "("
        and doc[i + 1].text == ")"
        and doc[i - 2].lower_ in TITLE_WORDS
        for i in with_labels(doc, ORTH, (token.text,))
    )


def _quoted_by(token: Token) -> bool:
    """ "quoted by the Global Times", "cited by Xinhua": the channel, not who the source is."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in ("quote", "cite")
        and any(c.dep_ == "agent" for c in token.children)
    )


def _is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass")


def _acts(token: Token) -> bool:
    """True for the subject of a verb that reports no words ("X, who …, shares Y's view"):
    the sentence is about it, which a speaker bonus does not see."""
    verb = token.head.lemma_.lower()
    return _is_subject(token) and verb not in REPORTING_LEMMAS and verb not in QUESTION_LEMMAS


def _gives_age(phrase: Span) -> bool:
    """True for "the 58-year-old (farmer)": German-style reporting refers back to a person
    just named by age."""
    words = [t.lower_ for t in phrase]
    return any(
        a == "year" and b == "-" and c == "old"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _determiner(token: Token) -> str | None:
    for child in token.lefts:
        if child.dep_ in ("det", "nummod", "poss", "predet"):
            return child.lower_ if child.dep_ != "poss" else "poss"
    return None


def _is_plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in {"police", "authorities"}


class Resolver:
    """Resolution state for one document: its clusters, sentences and who spoke where."""

    def __init__(
        self,
        doc: Doc,
        clusters: list[Cluster],
        speakers: list[tuple[int, Cluster]] | None = None,
        sentence_starts: list[int] | None = None,
        not_meant: str | None = None,
    ) -> None:
        self.doc = doc
        self.clusters = clusters
        self.speakers: list[tuple[int, Cluster]] = speakers or []
        #: the id of an entity a pronoun cannot mean here: the speaker of the quotation the
        #: pronoun stands in ("she" in Bondar's '‘She says, “Mum, leave”’' is not Bondar)
        self.not_meant = not_meant
        # ``doc.sents`` checks the whole document's annotation in Python on every access:
        # callers that resolve many sources pass the offsets computed once
        self.sentence_starts = (
            sentence_starts if sentence_starts is not None else sentence_offsets(doc)
        )

    # --- helpers -------------------------------------------------------------------------
    def sentence_of(self, char: int) -> int:
        return bisect_right(self.sentence_starts, char) - 1

    def gender(self, cluster: Cluster) -> str | None:
        """Gender from the first name, a title before a mention or earlier pronoun mentions."""
        if cluster.type == "PERSON":
            found = name_gender(cluster.name)
            if found:
                return found
        for mention in cluster.mentions:
            lower = mention.text.lower()
            if lower in MALE_PRONOUNS:
                return "m"
            if lower in FEMALE_PRONOUNS:
                return "f"
            words = set(lower.split())
            if words & FEMALE_NOUNS:
                return "f"
            if words & MALE_NOUNS:
                return "m"
            if cluster.type == "PERSON":
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    told = title_gender(self.doc, span.start)
                    if told:
                        return told
        return None

    def _root(self, mention: TextSpan) -> Token | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _latest_person(self, position: int) -> Cluster | None:
        """The named person mentioned last before ``position``, within the role distance."""
        sentence = self.sentence_of(position)
        best: tuple[int, Cluster] | None = None
        for cluster in self.clusters:
            if cluster.type != "PERSON":
                continue
            prior = [m.start for m in cluster.mentions if m.end <= position]
            if not prior or sentence - self.sentence_of(prior[-1]) > MAX_ROLE_DISTANCE:
                continue
            if best is None or prior[-1] > best[0]:
                best = (prior[-1], cluster)
        return best[1] if best else None

    def _last_speaker(self, position: int) -> Cluster | None:
        before = [(p, c) for p, c in self.speakers if p < position]
        return max(before, key=lambda pc: pc[0])[1] if before else None

    def _expected_speaker(self, position: int) -> Cluster | None:
        """Who most likely speaks next: the latest speaker, except in an exchange.

        In a dialogue-like passage ('"Will it hold?" the reporter asked. "No," she said.') an
        answer follows a question, so after a question the earlier of the two latest distinct
        speakers is expected to speak again: speakers alternate.
        """
        before = sorted(((p, c) for p, c in self.speakers if p < position), key=lambda pc: pc[0])
        if not before:
            return None
        last_position, last = before[-1]
        if self._asks(last_position):
            earlier = [c for _, c in before if c is not last]
            if earlier:
                return earlier[-1]
        return last

    def _asks(self, position: int) -> bool:
        """True when the source at ``position`` is the subject of a question verb."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return False
        return span.root.head.lemma_.lower() in QUESTION_LEMMAS

    def _recent_speakers(self, position: int, window: int) -> set[int]:
        sentence = self.sentence_of(position)
        return {
            id(c)
            for p, c in self.speakers
            if p < position and sentence - self.sentence_of(p) <= window
        }

    def note_speaker(self, position: int, cluster: Cluster) -> None:
        self.speakers.append((position, cluster))

    def cluster_at(self, start: int, end: int) -> Cluster | None:
        """The cluster with a mention inside [start, end), preferring the span's head word."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        head = span.root if span is not None else None
        inside: list[tuple[TextSpan, Cluster]] = [
            (m, c)
            for c in self.clusters
            if c.id != self.not_meant
            for m in c.mentions
            if m.start < end and start < m.end
        ]
        if not inside:
            return None
        if head is not None:
            clauses = [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in head.children
                if c.dep_ in CLAUSE_DEPS
            ]
            for mention, cluster in inside:
                if mention.start <= head.idx < mention.end:
                    # (not a person in a clause on the head: "Bangui, which surrendered X")
                    later_people = [
                        c
                        for m, c in inside
                        if c.type == "PERSON"
                        and m.start > mention.end
                        and not any(lo <= m.start < hi for lo, hi in clauses)
                    ]
                    modifier = cluster.type == "ORG" or head.dep_ in ("poss", "compound")
                    if modifier and later_people:
                        return later_people[-1]  # "IAEA Deputy Director General Henrik Solberg"
                    return cluster
        people = [
            (m, c)
            for m, c in inside
            if c.type == "PERSON" and (head is None or not _possessor_of(m, head))
        ]
        if not people and head is not None and is_role_noun(head):
            return None  # "a Kremlin spokesman": the organisation only describes the source
        return min(people or inside, key=lambda mc: mc[0].start)[1]

    def coordinated(self, span: Span) -> Cluster | None:
        """A group for coordinated sources ("The EU and the US said"), named by their words."""
        root = span.root
        if not any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.children):
            return None
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in root.children):
            return None
        key = span.text.lower()
        cluster = next((c for c in self.clusters if c.name.lower() == key), None)
        if cluster is None:
            cluster = Cluster("GROUP", span.text)
            self.clusters.append(cluster)
        cluster.add_mention(TextSpan(span.start_char, span.end_char, span.text))
        return cluster

    def name_given_as(self, token: Token) -> Cluster | None:
        """The person of "a protester who gave his name only as Milan" / "identified as Milan"."""
        phrase = descriptive_phrase(token)
        words = list(token.doc[phrase.start : token.right_edge.i + 1])
        for i, word in enumerate(words[:-1]):
            after = words[i + 1]
            if word.lower_ != "as" or after.pos_ != "PROPN" or not after.text[:1].isupper():
                continue
            if not any(w.lower_ in _NAMING_WORDS for w in words[max(0, i - 4) : i]):
                continue
            name = TextSpan(after.idx, after.idx + len(after), after.text)
            cluster = next(
                (c for c in self.clusters if any(m.start == name.start for m in c.mentions)), None
            )
            if cluster is None:
                cluster = Cluster("PERSON", after.text)
                cluster.aliases = {after.lower_}
                self.clusters.append(cluster)
            cluster.type = "PERSON"
            cluster.add_mention(name)
            described = token.doc[phrase.start : token.i + 1]
            cluster.add_mention(TextSpan(described.start_char, described.end_char, described.text))
            cluster.add_descriptor(_without_article(described.text))
            return cluster
        return None

    def named_apposition(self, token: Token) -> Cluster | None:
        """The named entity a role noun stands in apposition with.

        "a spokesman, Serhiy Chervonenko, said", "The state grid operator Ukrenergo said",
        "A nurse at the damaged hospital, Valentyna, said": the name, not the role, is the
        entity; the role becomes its descriptor.
        """
        doc = token.doc
        phrase = descriptive_phrase(token)
        names = [
            c
            for c in token.rights
            if c.pos_ == "PROPN" and c.dep_ in ("appos", "conj", "npadvmod", "dep")
        ]
        after = phrase.end
        if after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN":
            last = after + 1
            while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
                last += 1
            if last + 1 < len(doc) and doc[last + 1].text == ",":
                names.append(doc[last])  # "A nurse at the hospital, Valentyna, said"
        if token.dep_ == "compound" and token.head.pos_ == "PROPN":
            names.append(token.head)
        head = token.head
        if token.dep_ == "appos" and head.ent_type_ == "PERSON" and head.i < token.i:
            names.append(head)  # "Hamadou Dicko, a Fulani herder whose camp …, says:"
        names += _appended_to_of_object(token)
        closing = self._name_closing(token)
        if closing is not None:
            names.append(closing)
        for name in names:
            cluster = self.cluster_at(name.idx, name.idx + len(name))
            if cluster is None:
                cluster = self.resolve_name(name, create=True)
                if cluster is not None and cluster.type == "PERSON" and token.lemma_ in ORG_NOUNS:
                    cluster.type = "ORG"
            if cluster is not None:
                role = doc[phrase.start : min(phrase.end, name.i)]
                while len(role) and role[-1].is_punct:
                    role = role[:-1]
                if len(role):
                    self.describe(cluster, token, role)
                return cluster
        return None

    # --- resolution ----------------------------------------------------------------------
    def resolve_token(self, token: Token, *, create: bool = True) -> Cluster | None:
        """The cluster a source token (the head of the source words) refers to."""
        titled = self.abbreviated_title(token)
        if titled is not None:
            return titled
        found = self.cluster_at(token.idx, token.idx + len(token))
        if found is not None:
            return found
        lower = token.lower_
        if token.tag_ in ("WP", "WDT", "IN") and token.head.dep_ == "relcl":
            return self.resolve_token(token.head.head, create=create)  # "X, who said ..."
        if lower in _SOMEONE and create:
            # "somebody on the other bank shouted": an unnamed source of its own
            return self.resolve_role(token, create=True, match=False)
        if lower in PERSONAL_PRONOUNS:
            cluster = self.resolve_pronoun(token)
            if cluster is not None:
                cluster.add_mention(TextSpan(token.idx, token.idx + len(token), token.text))
            return cluster
        if token.lower_ in PARTY_MEMBERS and _determiner(token) == "the":
            # "The Ohio Republican claimed …": a party member, a role noun, not a name
            return self.resolve_role(token, create=create)
        if token.pos_ == "PROPN" and not token.is_lower:  # (a lower-case "ministry": a noun)
            if token.lower_.rstrip(".") in TITLE_WORDS:  # "Deputy Chairman of … Mikhail Sablin"
                named = self.named_apposition(token) or self._named_after_title(token)
                if named is not None:
                    return named
            return self.resolve_name(token, create=create)
        if token.pos_ == "ADJ" and token.ent_type_ == "NORP":
            country = demonym_country(token.text)
            if country is not None:  # "Israeli accusations that …": Israel's
                return self._country(country, token, create=create)
        if token.text[:1].isupper() and not token.is_sent_start:
            # a name the tagger took for a common word ("Trump" as a verb)
            named = self.resolve_name(token, create=False)
            if named is not None:
                return named
        elif token.is_sent_start and token.pos_ == "NOUN" and token.is_title:
            # "Fredericks rejected …" opening a paragraph, tagged a common noun: a surname
            # already known, never a new name
            person = self._known_surname(token)
            if person is not None:
                return person
        elif token.is_sent_start and token.pos_ == "ADJ" and is_place_name(token.text):
            # "Kyiv, however, has insisted …": a capital opening the sentence, tagged as an
            # adjective, speaking for its government
            return self.resolve_name(token, create=create)
        if token.lower_ == "old" and _gives_age(token.doc[token.left_edge.i : token.i + 1]):
            return self._latest_person(token.idx)  # "replied the 45-year-old"
        author = _document_author(token)
        if author is not None:  # "according to preliminary reports from the Prosecutor's …"
            found = self.resolve_token(author, create=create)
            if found is not None and found.type in ("ORG", "PERSON"):
                return found
        owner = _press_office_owner(token)
        if owner is not None:  # "the ministry's press service reported": the ministry
            found = self.resolve_token(owner, create=create)
            if found is not None:
                return found
        if token.lower_ == "one" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        ):
            # "one of them shouted", "one of the soldiers said": an unnamed source of its own
            return self.resolve_role(token, create=create, match=False)
        if token.lower_ in _ANOTHER:
            # "Another, a teacher in the Abu Shouk camp, said": the apposition says who
            described = next((c for c in token.children if c.dep_ == "appos"), None)
            if described is not None and is_role_noun(described):
                return self.resolve_role(described, create=create, match=False)
        if is_role_noun(token):
            named = self.named_apposition(token) or self.name_given_as(token)
            if named is not None:
                return named
            return self.resolve_role(token, create=create)
        return None

    def _named_after_title(self, token: Token) -> Cluster | None:
        """The person whose name follows a title the parser made the head ("Lt. Col. Eyal
        Ben-Harush", with "Col" the subject): the person's cluster a few words on."""
        doc = token.doc
        for name in doc[token.i + 1 : min(token.i + 4, len(doc))]:
            if name.ent_type_ == "PERSON":
                found = self.cluster_at(name.idx, name.idx + len(name))
                if found is not None and found.type == "PERSON":
                    return found
            elif not (name.is_punct or name.lower_.rstrip(".") in TITLE_WORDS):
                return None
        return None

    def abbreviated_title(self, token: Token) -> Cluster | None:
        """ "the DG ISPR said": the person named before whose title the abbreviation stands
        for (Director General) at the body named with it (ISPR), the latest such person."""
        words = [token, *(c for c in token.lefts if c.dep_ == "compound")]
        titles = [w for w in words if is_abbreviated_title(w)]
        if not titles:
            return None
        if titles[0].lower_ not in TITLE_ABBREVIATIONS:
            return self._introduced_title(titles[0])  # "the PPRO" after "… Officer (PPRO)"
        wanted = TITLE_ABBREVIATIONS[titles[0].lower_]
        bodies = {w.lower_ for w in words if w not in titles}
        best: tuple[int, Cluster] | None = None
        for cluster in self.clusters:
            prior = [m.start for m in cluster.mentions if m.end <= token.idx]
            if cluster.type != "PERSON" or not prior:
                continue
            vocabulary = _role_words(cluster)
            titled = wanted <= vocabulary or titles[0].lower_ in vocabulary
            holds = titled and bodies <= vocabulary
            if holds and (best is None or prior[-1] > best[0]):
                best = (prior[-1], cluster)
        return best[1] if best else self._introduced_title(titles[0])

    def _introduced_title(self, title: Token) -> Cluster | None:
        """The person named right after the title was spelled out with the abbreviation in
        brackets: "Senior Superintendent of Police (SSP), Poonch, Shafqat Hussain Mir said"."""
        doc = title.doc
        for i in range(1, title.i - 1):
            if doc[i].text != title.text or doc[i - 1].text != "(" or doc[i + 1].text != ")":
                continue
            window = doc[i + 2 : min(i + 10, title.i)]
            if not len(window):
                continue
            start, end = window.start_char, window.end_char
            people = [
                (m.start, c)
                for c in self.clusters
                if c.type == "PERSON"
                for m in c.mentions
                if start <= m.start < end
            ]
            if people:
                return min(people, key=lambda pc: pc[0])[1]
        return None

    def _name_closing(self, token: Token) -> Token | None:
        """The person's name that closes a title phrase with no comma before it, as translated
        wire copy writes it: "Deputy Chairman of the State Duma Committee on Defense Mikhail
        Sablin", "the secretary of the City Council Taras Kvitka"."""
        last = token.right_edge
        if last.pos_ != "PROPN" or last.i < token.i + 3:
            return None
        if any(t.is_punct for t in token.doc[token.i : last.i]):
            return None
        starts = [
            m.start
            for c in self.clusters
            if c.type == "PERSON"
            for m in c.mentions
            if m.end == last.idx + len(last) and m.start > token.idx
        ]
        if not starts:
            return None
        first = token.doc.char_span(min(starts), last.idx + len(last), alignment_mode="expand")
        return first[0] if first is not None else None

    def _known_surname(self, token: Token) -> Cluster | None:
        """The person named before whose surname the word is, if any."""
        key = token.lower_
        before = [
            c
            for c in self.clusters
            if c.type == "PERSON" and key in c.aliases and c.first < token.idx
        ]
        if not before:
            return None
        chosen = max(before, key=lambda c: c.first)
        chosen.add_mention(TextSpan(token.idx, token.idx + len(token), token.text))
        return chosen

    def resolve_name(self, token: Token, *, create: bool) -> Cluster | None:
        """A surname or name the model did not label: join the person or organisation it names."""
        key = token.lower_
        matches = [c for c in self.clusters if key in c.aliases or key in _name_words(c)]
        before = [c for c in matches if c.first <= token.idx]
        span = TextSpan(token.idx, token.idx + len(token), token.text)
        if matches:
            chosen = max(before, key=lambda c: c.first) if before else matches[0]
            chosen.add_mention(span)
            return chosen
        if not create or not token.text[:1].isupper():
            return None
        start = token.i
        mentions = [(m.start, m.end) for c in self.clusters for m in c.mentions]
        # the name's own words, not the organisation named right before it ("the secretary of
        # the Dnipro City Council Taras Kvitka")
        while start > 0 and token.doc[start - 1].pos_ == "PROPN":
            left = token.doc[start - 1].idx
            if any(lo <= left < hi for lo, hi in mentions):
                break
            start -= 1
        phrase = token.doc[start : token.i + 1]
        organisation = (
            token.text.isupper()
            or token.lower_ in ORG_NOUNS
            or (len(phrase) == 1 and is_place_name(token.text))  # "Kyiv refuted": government
        )
        cluster = Cluster("ORG" if organisation else "PERSON", phrase.text)
        cluster.aliases = {key, phrase.text.lower()}
        cluster.add_mention(TextSpan(phrase.start_char, phrase.end_char, phrase.text))
        self.clusters.append(cluster)
        return cluster

    def resolve_pronoun(self, token: Token) -> Cluster | None:
        """The most salient earlier entity a personal pronoun can refer to."""
        lower = token.lower_
        position = token.idx
        sentence = self.sentence_of(position)
        last_speaker = self._expected_speaker(position)
        # an answer after a question is stronger evidence than mere recency of speaking
        speaker_bonus = 2.0 if last_speaker is self._last_speaker(position) else 3.0
        recent = self._recent_speakers(position, 3)
        subject = _is_subject(token)
        quoted = _quotation_before(text_of(self.doc), position)
        best: tuple[float, Cluster] | None = None
        for cluster in self.clusters:
            prior = [m for m in cluster.mentions if m.end <= position]
            if not prior or cluster.id == self.not_meant:
                continue
            if quoted is not None and all(quoted[0] <= m.start < quoted[1] for m in prior):
                continue  # '"… a fighter told us, '…' …," he said': not the fighter
            distance = sentence - self.sentence_of(prior[-1].start)
            if distance > MAX_PRONOUN_DISTANCE:
                continue
            fit = self._pronoun_fit(cluster, lower)
            if fit is None:
                continue
            score = fit - distance
            root = self._root(prior[-1])
            if root is not None and (_is_subject(root) or is_according_to_object(root)):
                score += 1.0
                if distance == 1 and subject and _acts(root):
                    # "X, who …, shares Y's view. But he doubts …": a subject pronoun
                    # continues the subject of the sentence before
                    score += 1.5
            if cluster is last_speaker:
                score += speaker_bonus
            elif id(cluster) in recent:
                score += 0.5
            elif subject and len(prior) == 1 and self._introduced_before(prior[0], position):
                score += 3.0  # "The bishop of Pemba, Dom Júlio …, spent … He says: …"
            score += 0.1 * min(len(prior), 5)
            if best is None or score > best[0]:
                best = (score, cluster)
        return best[1] if best else None

    def _introduced_before(self, mention: TextSpan, position: int) -> bool:
        """True when a person named in full for the first time in the sentence right before,
        in the same paragraph, is who a subject pronoun opening the next one is: the story
        introduces a new source, then quotes them."""
        if " " not in mention.text.strip():
            return False
        if self.sentence_of(position) - self.sentence_of(mention.start) != 1:
            return False
        return "\n" not in text_of(self.doc)[mention.end : position]

    def _pronoun_fit(self, cluster: Cluster, pronoun: str) -> float | None:
        """How well a pronoun agrees with an entity (None: it cannot refer to it)."""
        if cluster.name.split(maxsplit=1)[0].lower() in _SOMEONE:
            return None  # "somebody on the other bank shouted …": no one a story returns to
        if pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS:
            if cluster.type not in ("PERSON", "UNNAMED"):
                return None
            wanted = "m" if pronoun in MALE_PRONOUNS else "f"
            gender = self.gender(cluster)
            if gender is None:
                return 0.75  # unknown: half the credit of a known agreement
            return 1.5 if gender == wanted else None
        if pronoun in PLURAL_PRONOUNS:
            if cluster.type in ("ORG", "GROUP"):
                return 1.0
            return -1.5
        if pronoun in NEUTER_PRONOUNS:
            return 1.0 if cluster.type == "ORG" else None
        return None

    def resolve_role(self, token: Token, *, create: bool, match: bool = True) -> Cluster | None:
        """An entity for a role noun: a known one for a definite mention (when ``match``), else
        a new one."""
        phrase = descriptive_phrase(token)
        determiner = _determiner(token)
        found = None
        if match and determiner not in INDEFINITE_DETERMINERS:
            found = self._same_as_last(token, phrase)
            if found is None:
                matched = self._match_role(token, phrase)
                # a named body the noun fits comes before the same bare words used earlier
                named = matched if _named_body(token, matched) else None
                found = named or self._same_body(phrase) or matched
            if found is None and determiner == "the" and _gives_age(phrase):
                found = self._latest_person(phrase.start_char)  # "the 58-year-old farmer"
        elif match and determiner in ("a", "an"):
            found = self._named_next(token, phrase)
        if found is not None:
            found.add_mention(TextSpan(phrase.start_char, phrase.end_char, phrase.text))
            if found.type == "PERSON" and token.lemma_.lower() not in GENERIC_PERSON_NOUNS:
                found.add_descriptor(_without_article(phrase.text))  # "ICG analyst"
            return found
        if not create:
            return None
        lemma = token.lemma_.lower()
        if _is_plural(token):
            type_ = "GROUP" if lemma not in ORG_NOUNS else "ORG"
        elif lemma in ORG_NOUNS or token.lower_ in ORG_NOUNS:
            type_ = "ORG"
        else:
            type_ = "UNNAMED"
        cluster = Cluster(type_, phrase.text)
        cluster.add_mention(TextSpan(phrase.start_char, phrase.end_char, phrase.text))
        self.describe(cluster, token, phrase)
        self.clusters.append(cluster)
        return cluster

    def _country(self, name: str, token: Token, *, create: bool) -> Cluster | None:
        """The entity of a country (its government) a nationality word stands for."""
        key = name.lower()
        cluster = next((c for c in self.clusters if c.name.lower() == key), None)
        if cluster is None:
            if not create:
                return None
            cluster = Cluster("ORG", name)
            cluster.aliases = {key}
            self.clusters.append(cluster)
        cluster.add_mention(TextSpan(token.idx, token.idx + len(token), token.text))
        return cluster

    def _named_next(self, token: Token, phrase: Span) -> Cluster | None:
        """The person a lede's unnamed source turns out to be: "…, a doctor in the besieged
        city said." and, opening the next paragraph, "Dr. Hisham Abdel Moneim, a surgeon at
        the Saudi Hospital, said …". Only in the paragraph where the story first refers to
        anyone, for the first person named in the paragraphs after it whom the noun fits."""
        text = text_of(self.doc)
        paragraph = text.rfind("\n", 0, phrase.start_char) + 1
        if token.lemma_.lower() not in PERSON_ROLE_NOUNS or any(
            c.type in ("PERSON", "UNNAMED") and c.first < paragraph for c in self.clusters
        ):
            return None  # (not a lede: someone spoke in a paragraph before)
        lemma = token.lemma_.lower()
        for ahead in sorted(self.clusters, key=lambda c: c.first):
            if ahead.type != "PERSON" or ahead.first < phrase.end_char:
                continue
            between = text[phrase.end_char : ahead.first]
            if not 1 <= len(_PARAGRAPH_BREAK.findall(between)) <= MAX_LEDE_PARAGRAPHS:
                return None
            vocabulary = _role_words(ahead)
            if lemma in vocabulary or _of_kind(lemma, vocabulary):
                return ahead
        return None

    def _same_body(self, phrase: Span) -> Cluster | None:
        """The body named by the very same words elsewhere, before or after ("according to the
        prosecution" resolved first, then "Asked by the prosecution" earlier in the text)."""
        key = phrase.text.lower()
        return next((c for c in self.clusters if c.type == "ORG" and c.name.lower() == key), None)

    def _same_as_last(self, token: Token, phrase: Span) -> Cluster | None:
        """ "According to the same source", "the same official added": the latest speaker,
        when the noun fits it."""
        if not any(c.lower_ == "same" for c in token.lefts):
            return None
        last = self._last_speaker(phrase.start_char)
        lemma = token.lemma_.lower()
        if last is None or (lemma != "source" and not _kind_fits(lemma, last)):
            return None
        return last

    def describe(self, cluster: Cluster, token: Token, phrase: Span) -> None:
        """Profile from a descriptive phrase: "a spokesman for the Ukrainian army" gives the
        descriptors "spokesman" and "spokesman for the Ukrainian army" and the affiliation
        "Ukrainian army" (an organisation named in it, or a prepositional object or possessor
        headed by an organisation noun)."""
        doc = token.doc
        first = next(
            (t.i for t in doc[phrase.start : token.i] if t.pos_ not in ("DET", "PRON")),
            token.i,
        )
        if doc[first].tag_ == "POS" or any(t.tag_ == "POS" for t in doc[first : token.i]):
            first = max(t.i for t in doc[first : token.i] if t.tag_ == "POS") + 1
        cluster.add_descriptor(doc[first : token.i + 1].text)
        if phrase.end > token.i + 1 or first > phrase.start + 1:
            cluster.add_descriptor(_without_article(phrase.text))
        # "who asked not to be named"; "A volunteer …, speaking on condition of anonymity,
        # told …" (the parser hangs that clause on the verb the source is subject of)
        verb_clauses = token.head.children if token.dep_ in ("nsubj", "nsubjpass") else ()
        for clause in (*token.subtree, *verb_clauses):
            if clause.i > token.i and anonymity_clause(clause):
                cluster.add_descriptor(doc[clause.left_edge.i : clause.right_edge.i + 1].text)
        for other in self.clusters:
            if (
                other is not cluster
                and other.type == "ORG"
                and any(
                    phrase.start_char <= m.start and m.end <= phrase.end_char
                    for m in other.mentions
                )
            ):
                cluster.add_affiliation(other.name)
        for candidate in _affiliation_phrases(token, phrase):
            cluster.add_affiliation(candidate)

    def _match_role(self, token: Token, phrase: Span) -> Cluster | None:
        lemma = token.lemma_.lower()
        modifiers = {
            t.lower_ for t in phrase if t.i != token.i and t.pos_ in ("NOUN", "ADJ", "PROPN")
        }
        # a capitalised modifier names who the role belongs to: it must fit ("the Trump
        # campaign" is not "the Clinton campaign", "the Democratic nominee" not the Republican)
        capitalised = [
            t
            for t in phrase
            if t.i != token.i and t.text[:1].isupper() and not t.is_sent_start and t.is_alpha
        ]
        proper = {t.lower_ for t in capitalised}
        # a nationality says whose side, not who: a person introduced later by name alone
        # ("Governor Mikhail Rozanov") may still be "the Russian-installed governor"
        nationalities = {
            t.lower_ for t in capitalised if t.ent_type_ == "NORP" or is_country_name(t.text)
        }
        proper_ahead = proper - nationalities
        # "Iran's foreign ministry spokesman said …", then "spokesman Hamid-Reza Karimpour":
        # the body the role belongs to is no mismatch for a person named with no body
        body = _owner_body(token)
        position = phrase.start_char
        sentence = self.sentence_of(position)
        last_speaker = self._last_speaker(position)
        kinds = {c.lower_ for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
        plural = _is_plural(token)
        subject = _is_subject(token)
        generic = lemma in GENERIC_PERSON_NOUNS
        wanted = "f" if lemma in FEMALE_NOUNS else "m" if lemma in MALE_NOUNS else None
        best: tuple[float, Cluster] | None = None
        later: tuple[int, Cluster] | None = None
        spoke = {id(c) for p, c in self.speakers if p < position}
        for cluster in self.clusters:
            prior = [m for m in cluster.mentions if m.end <= position]
            if not prior:
                ahead = self.sentence_of(cluster.first) - sentence
                vocabulary = _role_words(cluster)
                free = set() if cluster.affiliations else body
                if (
                    ahead >= 0
                    and cluster.type == "PERSON"
                    and _kind_fits(lemma, cluster)
                    and not generic
                    and not plural
                    and not proper_ahead - free - vocabulary
                    and _fits_ahead(
                        lemma, modifiers - nationalities - free, proper_ahead, vocabulary, ahead
                    )
                    and (later is None or cluster.first < later[0])
                ):
                    later = (cluster.first, cluster)
                continue
            if plural != (cluster.type == "GROUP") and cluster.type != "ORG":
                continue
            if not _kind_fits(lemma, cluster) and not (plural and _made_of(cluster, token)):
                continue
            vocabulary = _role_words(cluster)
            if generic:
                if cluster.type not in ("PERSON", "UNNAMED"):
                    continue
                gender = self.gender(cluster)
                if wanted is not None and gender is not None and gender != wanted:
                    continue
                score = 1.0 + (1.0 if gender == wanted else 0.0)
            elif lemma in vocabulary or token.lower_ in vocabulary:
                score = 3.0
            elif cluster.type == "ORG" and lemma in _ARMED_GROUP_NOUNS and _armed_group(cluster):
                score = 2.5  # "The group did not comment": Hezbollah, named before
            elif cluster.type == "ORG" and lemma in INSTITUTION_NOUNS and id(cluster) in spoke:
                score = 2.5  # "the Ombudsman's Office informed … the entity specified"
            elif cluster.type == "PERSON" and _of_kind(lemma, vocabulary):
                score = 2.5
            elif cluster.type == "PERSON" and lemma in PERSON_ROLE_NOUNS and modifiers & vocabulary:
                score = 0.5  # "the ICG analyst" for a person known only to work at ICG
            else:
                continue
            distance = sentence - self.sentence_of(prior[-1].start)
            if distance > MAX_ROLE_DISTANCE:
                continue
            if not generic:
                if proper - vocabulary:
                    continue
                score += _modifier_fit(modifiers, vocabulary)
                # a noun naming the kind ("the port administration") must be the entity's too
                score -= len(kinds - vocabulary)
                if score < MIN_ROLE_SCORE:
                    continue  # "the commander of the armed forces" is not the brigade commander
            score -= 0.1 * distance
            if cluster is last_speaker:
                score += 0.5
            root = self._root(prior[-1]) if distance == 1 and subject else None
            if root is not None and _acts(root):
                score += 1.0  # "X, who …, agrees with Y. But the researcher considers …"
            if best is None or score > best[0]:
                best = (score, cluster)
        if best is None and later is not None:
            return later[1]  # "..., the regional governor said. Governor Artyom Kosarev wrote"
        return best[1] if best else None


def _appended_to_of_object(token: Token) -> list[Token]:
    """ "The governor of Norte de Santander, Hernando Calderón Arias": the parser hangs the
    name on the place or body after "of"; it names the role noun's bearer."""
    return [
        name
        for prep in token.rights
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for name in pobj.rights
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
    ]


def _document_author(token: Token) -> Token | None:
    """Who issued the document a source noun names: "preliminary reports from the Sinaloa
    State Prosecutor's Office", "figures from the health ministry", "data by the UN" (the
    head of a capitalised name or an organisation noun after "from"/"by"); None otherwise."""
    if token.lemma_.lower() not in SOURCE_DOCUMENT_NOUNS:
        return None
    # (also through a participle: "a poll released Tuesday by the … Institute")
    heads = [token, *(c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBN")]
    for prep in (p for head in heads for p in head.rights):
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            author = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if author is not None and (
                author.pos_ == "PROPN" or author.lemma_.lower() in ORG_NOUNS
            ):
                return author
    return None


_PRESS_OFFICES = frozenset({"service", "office", "centre", "center", "department"})


def _press_office_owner(token: Token) -> Token | None:
    """The body whose press office ``token`` is ("the ministry's press service", "the press
    office of the governor") or whose editorial ("The Kyiv Independent's editorial argues"):
    it speaks for that body."""
    press = token.lower_ in _PRESS_OFFICES and any(
        c.dep_ == "compound" and c.lower_ == "press" for c in token.children
    )
    if not press and token.lower_ != "editorial":
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _without_article(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in {"a", "an", "the", "another", "one"}:
        words = words[1:]
    return " ".join(words)


def _affiliation_phrases(token: Token, phrase: Span) -> list[str]:
    """Organisation-like phrases a role noun belongs to: "for the Ukrainian army", "in Ukraine's
    security service", "the ministry's spokesman"."""
    doc = token.doc
    found: list[str] = []
    heads = [
        c for p in token.rights if p.dep_ == "prep" and p.lower_ in _OF_PREPS for c in p.rights
    ]
    heads += [c for c in token.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    for head in heads:
        if head.dep_ == "pobj" and head.lemma_.lower() not in ORG_NOUNS and head.ent_type_ != "ORG":
            continue
        left = head.left_edge.i
        while left < head.i and doc[left].pos_ == "DET":
            left += 1
        right = head.i + 1
        if head.dep_ == "pobj":
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ == "of":
                    right = child.right_edge.i + 1
        if phrase.start <= left and right <= phrase.end + 3:
            found.append(doc[left:right].text)
    return found


def _kind_fits(lemma: str, cluster: Cluster) -> bool:
    """An organisation noun ("the campaign") never names a person, a person noun no organisation.

    Without this, "the Trump campaign" would go to a delegate described as working for it.
    A guerrilla is a fighter or, in Spanish usage, the movement ("The guerrilla blamed …").
    """
    if lemma == "guerrilla":
        return True
    if lemma in ORG_NOUNS and lemma not in PERSON_ROLE_NOUNS:
        return cluster.type in ("ORG", "GROUP")
    if lemma in PERSON_ROLE_NOUNS:
        return cluster.type != "ORG"
    return True


_CLOSED_QUOTATION = re.compile(r"[\"”»]\s*$")


def _quotation_before(text: str, position: int) -> tuple[int, int] | None:
    """The quotation a pronoun right after its closing mark is the source of ('"At the
    checkpoint a fighter told us …," he said.'), from its opening mark in the same paragraph:
    the people it tells of are not its speaker."""
    close = _CLOSED_QUOTATION.search(text, max(0, position - 3), position)
    if close is None:
        return None
    end = close.start()
    opener = {'"': '"', "”": "“", "»": "«"}[text[end]]
    start = text.rfind(opener, text.rfind("\n", 0, end) + 1, end)
    return (start, end) if start >= 0 else None


def _named_body(noun: Token, cluster: Cluster | None) -> bool:
    """True when an organisation noun found a body with a name of its own: "the military"
    after "According to the IDF" is the IDF, even when a lede's "the military" before the
    name made an entity of those bare words; "The Trump campaign" is no name."""
    return (
        cluster is not None
        and noun.lemma_.lower() in ORG_NOUNS
        and cluster.type == "ORG"
        and cluster.name[:1].isupper()
        and cluster.name.split()[0].lower() not in ("the", "a", "an")
    )


def _made_of(cluster: Cluster, members: Token) -> bool:
    """True for a body its description says is made of the people a plural noun names:
    "the volunteers" for the "… Emergency Response Room, a network of local volunteers"."""
    return cluster.type == "ORG" and any(
        members.lower_ in descriptor.lower().split() for descriptor in cluster.descriptors
    )


def _possessor_of(mention: TextSpan, head: Token) -> bool:
    """True when the mention is the possessor of the head ("Azerbaijan's foreign minister")."""
    return any(c.dep_ == "poss" and mention.start <= c.idx < mention.end for c in head.children)


def _owner_body(role: Token) -> set[str]:
    """Words of the organisation a role noun is compounded with ("Iran's foreign ministry"
    of "Iran's foreign ministry spokesman"), lower case; empty when there is none."""
    for child in role.lefts:
        if child.dep_ in ("compound", "poss") and child.lemma_.lower() in ORG_NOUNS:
            return {t.lower_ for t in child.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")}
    return set()


def _fits_ahead(
    lemma: str, modifiers: set[str], proper: set[str], vocabulary: AbstractSet[str], ahead: int
) -> bool:
    """Whether a role mention fits a person named only ``ahead`` sentences later. Near, head
    noun and modifiers must agree ("…, the governor said. Governor X wrote"); farther (a
    summary above the story, a live blog's newest entry first), the role and the place or body
    it belongs to must both be the name's ("the Kharkiv governor" … "Kharkiv's governor, X")."""
    if (
        ahead <= MAX_CATAPHORA_DISTANCE
        and _agreement(lemma, modifiers, vocabulary) >= MIN_ROLE_SCORE
    ):
        return True
    return lemma in vocabulary and bool(proper & vocabulary)


def _agreement(lemma: str, modifiers: set[str], vocabulary: AbstractSet[str]) -> float:
    """How well a role mention's head noun and modifiers fit an entity's words."""
    return (3.0 if lemma in vocabulary else 0.0) + _modifier_fit(modifiers, vocabulary)


def _modifier_fit(modifiers: set[str], vocabulary: AbstractSet[str]) -> float:
    """+2 for each modifier the entity's words carry ("ICG" analyst), -1 for each they lack."""
    return 2.0 * len(modifiers & vocabulary) - len(modifiers - vocabulary)


def _name_words(cluster: Cluster) -> set[str]:
    if cluster.type not in ("PERSON", "ORG"):
        return set()
    return set(cluster.name.lower().split())


#: the person noun of a verb a descriptor may open with ("researches …": a researcher)
_AGENT_NOUNS = {
    "researches": "researcher",
    "teaches": "teacher",
    "lectures": "lecturer",
    "advises": "adviser",
    "edits": "editor",
    "reports": "reporter",
}


_ARMED_NAMES = frozenset(fold(w) for w in ARMED_GROUP_NAMES)

#: nouns for an armed group named before by its own name ("Hezbollah", "the Houthis")
_ARMED_GROUP_NOUNS = frozenset(
    {"group", "movement", "militia", "organisation", "organization", "guerrilla"}
)


def _armed_group(cluster: Cluster) -> bool:
    """True for an organisation whose name or abbreviation is a known armed movement's
    ("National Liberation Army (ELN)")."""
    words = {fold(w) for text in (cluster.name, *cluster.aliases) for w in text.lower().split()}
    return bool(words & _ARMED_NAMES)


def _of_kind(lemma: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether a person described by ``vocabulary`` is what a kind noun says without its own
    word: an expert ("the analyst" for one at a research body: "works at the Centre for …
    Studies"), a legislator ("the lawmaker" for a Duma committee's deputy chairman), a
    diplomat (an ambassador, a foreign ministry's spokeswoman), an official (a delegate, a
    governor, a ministry's spokesman), an officer (a general), a prelate (a bishop), a cleric
    (an imam) or a doctor (a surgeon)."""
    if lemma in EXPERT_NOUNS:
        return bool(vocabulary & EXPERT_NOUNS or vocabulary & RESEARCH_BODY_WORDS)
    if lemma in LEGISLATOR_NOUNS:
        return bool(vocabulary & LEGISLATURE_WORDS)
    if lemma == "diplomat":
        return bool(vocabulary & DIPLOMAT_WORDS) or {"foreign", "ministry"} <= vocabulary
    if lemma == "official":
        return bool(vocabulary & OFFICIAL_WORDS)
    if lemma == "officer":
        return bool(vocabulary & OFFICER_WORDS)
    if lemma == "monarch":
        return bool(vocabulary & MONARCH_WORDS)
    if lemma in SPOKESPERSON_WORDS:
        return bool(vocabulary & SPOKESPERSON_WORDS)  # "the spokesman" for an "IDF Spokesperson"
    if lemma == "prelate":
        return bool(vocabulary & PRELATE_WORDS)
    if lemma in ("cleric", "clergyman"):
        return bool(vocabulary & CLERGY_WORDS)
    if lemma == "doctor":
        return bool(vocabulary & MEDICAL_WORDS)
    return False


#: names of a state's armed forces, which the story calls "the army" or "the military"
_ARMED_FORCES = re.compile(r"\b(?:defen[cs]e forces?|armed forces)\b")
#: states' armed forces a story names by abbreviation alone ("the IDF … the military said")
_ARMED_FORCE_ABBREVIATIONS = frozenset({"idf", "pla", "fardc", "saf", "zsu", "tsk"})
_ARMY_WORDS = frozenset({"army", "military"})


#: words and the role nouns they stand for: abbreviated titles ("Sen. Doug Ransdell" is "the
#: senator"; "R-Ohio" makes "the Ohio Republican") and a body's other name
_SPELLED_TITLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "capt": "captain",
    "r": "republican",
    "d": "democrat",
    "democratic": "democrat",
    "secretariat": "ministry",  # Mexico's "Secretariat of National Defence" is a ministry
}


def _role_words(cluster: Cluster) -> frozenset[str]:
    """Lower-case words that describe a cluster: descriptors, name, affiliations, aliases.

    Worked out once per distinct description (see :func:`_described_by`): the role matcher
    asks it of every entity for each role noun it resolves, and the speaker resolver
    rebuilds the entities from their records for each source, so the same few dozen
    descriptions come back many times per article."""
    return _described_by(
        tuple(cluster.descriptors),
        cluster.name,
        tuple(cluster.affiliations),
        frozenset(cluster.aliases),
    )


@lru_cache(maxsize=8192)
def _described_by(
    descriptors: tuple[str, ...],
    name: str,
    affiliations: tuple[str, ...],
    aliases: frozenset[str],
) -> frozenset[str]:
    """:func:`_role_words` of a cluster with these descriptors, name, affiliations and
    aliases (a frozenset, as it is shared: callers only test and combine it)."""
    words: set[str] = set()
    for descriptor in descriptors:
        # "researches infrastructure at KSE" makes "the researcher"
        agent = _AGENT_NOUNS.get(descriptor.split(maxsplit=1)[0].lower()) if descriptor else None
        if agent:
            words.add(agent)
    for text in (*descriptors, name, *affiliations, *aliases):
        for word in text.lower().replace("'s", " ").split():
            words.add(word.strip(",.()"))
            if "-" in word:  # "Lieutenant-General" is "the general"
                words.update(part.strip(",.()") for part in word.split("-"))
            if word.endswith("s") and len(word) > 3:
                words.add(word[:-1])
    words.update(_SPELLED_TITLES[w] for w in words & _SPELLED_TITLES.keys())
    words.update(STATE_ABBREVIATIONS[w] for w in words & STATE_ABBREVIATIONS.keys())
    for affiliation in affiliations:
        short = initials(affiliation)
        if short:
            words.add(short)
    if name.lower() in _ARMED_FORCE_ABBREVIATIONS or any(
        _ARMED_FORCES.search(text.lower()) for text in (name, *affiliations)
    ):
        words |= _ARMY_WORDS  # "the army" for the Guyana Defence Force, "the army chief"
    return frozenset(words)
