"""In-document clustering of name mentions: "Anna Keller", "Keller", "Mrs Keller" are one person.

A news story introduces a person once with the full name and then uses the surname; it
introduces an organisation once with its long name and an abbreviation in brackets and then
uses either. Full names open clusters; a surname joins the nearest earlier person who carries it
(the first later one when the story names someone by surname before the full introduction); an
abbreviation joins the organisation it was introduced with or whose initials it spells. A
surname the model labelled ORG still joins its person: the text, not the label, decides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import POS
from spacy.tokens import Doc

from ..lexicons.person_words import NAME_HONORIFICS, ORG_NOUNS, SURNAME_PARTICLES, TITLE_WORDS
from ..records import Entity, TextSpan
from ..spans import text_of
from .entity_names import NameMention, is_first_name, is_patronymic
from .entity_placenames import is_place_name
from .token_filter import with_labels

_INITIAL_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "&", "de", "du", "la", "des"})


@dataclass
class Cluster:
    """A growing entity while the stage works; frozen into an :class:`Entity` at the end."""

    type: str
    name: str
    mentions: list[TextSpan] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    id: str = ""
    aliases: set[str] = field(default_factory=set)

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=0)

    def add_mention(self, span: TextSpan) -> None:
        if all(m.start != span.start or m.end != span.end for m in self.mentions):
            self.mentions.append(span)
            self.mentions.sort(key=lambda m: m.start)

    def add_descriptor(self, text: str) -> None:
        if text and text.lower() not in {d.lower() for d in self.descriptors}:
            self.descriptors.append(text)

    def add_affiliation(self, text: str) -> None:
        if text and text.lower() not in {a.lower() for a in self.affiliations}:
            self.affiliations.append(text)

    def to_record(self) -> Entity:
        return Entity(
            id=self.id,
            name=self.name,
            type=self.type,
            descriptors=tuple(self.descriptors),
            affiliations=tuple(self.affiliations),
            mentions=tuple(self.mentions),
        )

    @classmethod
    def from_record(cls, entity: Entity) -> Cluster:
        cluster = cls(
            type=entity.type,
            name=entity.name,
            mentions=list(entity.mentions),
            descriptors=list(entity.descriptors),
            affiliations=list(entity.affiliations),
            id=entity.id,
        )
        cluster.aliases = set(_known_aliases(entity.name, entity.type))
        if entity.type == "ORG":
            # bracketed abbreviations that are not initials ("OSCE") survive as mentions
            cluster.aliases |= {m.text.lower() for m in entity.mentions if m.text.isupper()}
        return cluster


def initials(name: str) -> str:
    """The abbreviation a name's capitalised words spell ("International Crisis Group" -> ICG)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words).lower()


def aliases_of(name: str, type_: str) -> set[str]:
    """Lower-case keys under which later mentions of this entity may appear."""
    lower = name.lower()
    keys = {lower}
    if type_ == "PERSON":
        nickname = _NICKNAME.search(lower)
        if nickname:
            keys.add(nickname.group(1))  # "ti zòrèy" of 'Wilfried "Ti Zòrèy" Dorméus'
            lower = _NICKNAME.sub(" ", lower)
        words = lower.split()
        if len(words) >= 3 and words[0] == "abu":
            keys.add(" ".join(words[:2]))  # the kunya "Abu Khaled" of "Abu Khaled al-Halabi"
        if len(words) >= 2:
            keys.add(words[-1])
            for i, word in enumerate(words[1:-1], start=1):
                if word in SURNAME_PARTICLES:
                    keys.add(" ".join(words[i:]))  # "de vries" of "Thomas de Vries"
                    break
            if len(words) >= 3 and is_patronymic(words[-2]):
                keys.add(" ".join(words[:-1]))  # "larisa petrovna" of "Larisa Petrovna Sedova"
            elif len(words) >= 3 and not is_first_name(words[-2]) and words[-2].isalpha():
                # Spanish and Portuguese names carry two surnames and are shortened to the
                # first: "Hernando Calderón Arias" is "Calderón" (a middle first name,
                # "Claudia Patricia Rincón", is not a surname)
                keys.add(words[-2])
    elif type_ == "ORG":
        short = initials(name)
        if short:
            keys.add(short)
        head = _head_word(name)
        if head:
            keys.add(head)  # "the Observatory" of "Syrian Observatory for Human Rights"
        local = _without_place(name)
        if local:
            keys.add(local)  # "the Emergency Response Room" of "El Fasher Emergency …"
    return keys


def _without_place(name: str) -> str:
    """A body's name without the place it opens with ("El Fasher Emergency Response Room"
    without "El Fasher"), lower case, when at least two capitalised words remain; empty
    otherwise."""
    words = name.split()
    for cut in (2, 1):
        rest = words[cut:]
        if (
            len(rest) >= 2
            and all(w[:1].isupper() for w in rest)
            and is_place_name(" ".join(words[:cut]))
        ):
            return " ".join(rest).lower()
    return ""


def _head_word(name: str) -> str:
    """The capitalised word a body's name rests on, before "for"/"of"/"on": what a story
    calls it later with "the" ("the Observatory"); empty for a name of one word or one that
    rests on a word any body may be called by."""
    words = name.split()
    for i, word in enumerate(words):
        if word.lower() in ("for", "of", "on"):
            words = words[:i]
            break
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() in ORG_NOUNS:
        return ""  # (not "the Army" for the National Liberation Army: a word for any body)
    return words[-1].lower()


@lru_cache(maxsize=8192)
def _known_aliases(name: str, type_: str) -> frozenset[str]:
    """:func:`aliases_of`, worked out once per name and type: the speaker resolver rebuilds
    every entity of the article from its record each time it resolves a source."""
    return frozenset(aliases_of(name, type_))


_NICKNAME = re.compile(r"[\"“‘'](.+?)[\"”’']")


def _span(doc: Doc, mention: NameMention) -> TextSpan:
    """The mention's characters. Its words are cut from the article text, which is what
    ``Span.text`` would join again from a ``Token`` per word (the tokenizer keeps every
    character)."""
    span = doc[mention.start : mention.end]
    start, end = span.start_char, span.end_char
    return TextSpan(start, end, text_of(doc)[start:end])


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A name word as transliterations agree on it: lower case, no accents, "y" read as "i"
    and a doubled "i" as one ("Dmitry" = "Dmitri", "Zelenskyy" = "Zelensky" = "Zelenskiy"),
    without the Arabic article a later mention drops ("al-Khatib" = "Khatib")."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )
    if plain.startswith(("al-", "el-")) and len(plain) > 5:
        plain = plain[3:]
    return plain.replace("y", "i").replace("ii", "i")


def _full_name(words: list[str]) -> bool:
    """A name that opens a person's cluster: two words or more, not a surname with its
    particle ("de Vries", "al-Khatib"), though a kunya may lead one ("Abu Khaled al-Halabi")."""
    if len(words) < 2:
        return False
    return words[0] not in SURNAME_PARTICLES or (words[0] == "abu" and len(words) >= 3)


def _compatible_person(cluster: Cluster, words: list[str]) -> bool:
    """True when a full name can be the same person as the cluster (same surname, first name,
    up to transliteration)."""
    known = _without_honorific(cluster.name.lower().split())
    words = _without_honorific(words)
    if fold(known[-1]) != fold(words[-1]):
        return False
    if len(known) == 1 or len(words) == 1 or words[0] in SURNAME_PARTICLES:
        return True
    if (
        len(words) < len(known)
        and list(map(fold, known[-len(words) :])) == list(map(fold, words))
        and (words[0] in _SURNAME_OPENERS or not is_first_name(words[0]))
    ):
        # "Abdel Moneim" for "Hisham Abdel Moneim": a surname of two words (not "Donald
        # Trump" for a headline's "Rip Donald Trump": a first name opens a full name)
        return True
    a, b = fold(known[0].rstrip(".")), fold(words[0].rstrip("."))
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    # "Mohammed" = "Muhammad"; not "Maria" = "Mario" (too few consonants to tell)
    skeleton = _consonants(a)
    return a[:1] == b[:1] and len(skeleton) >= 3 and skeleton == _consonants(b)


#: words that open a surname of several words though they are also given names
_SURNAME_OPENERS = SURNAME_PARTICLES | frozenset({"abdel", "abdul", "abd", "ould", "ag", "mac"})


def _without_honorific(words: list[str]) -> list[str]:
    """ "u min khaing soe" compared as "min khaing soe"."""
    return words[1:] if len(words) > 1 and words[0] in NAME_HONORIFICS else words


def _consonants(word: str) -> str:
    """A name's consonants with doubled letters as one: vowels are what transliterations of
    Arabic and Persian names disagree on ("Mohammed", "Muhammad", "Mohamad": "mhmd")."""
    skeleton = [c for c in word if c.isalpha() and c not in "aeiou"]
    return "".join(c for i, c in enumerate(skeleton) if i == 0 or c != skeleton[i - 1])


def _nearest(clusters: list[Cluster], position: int) -> Cluster:
    """The cluster introduced last before ``position``, else the first one introduced after it."""
    before = [c for c in clusters if c.first <= position]
    if before:
        return max(before, key=lambda c: c.first)
    return min(clusters, key=lambda c: c.first)


def _complete_name(doc: Doc, cluster: Cluster) -> None:
    """A person known by surname alone whose full name the recogniser missed ("the field of
    Gheorghe Ceban", labelled a product; later "Ceban says"): a capitalised proper noun
    compounded onto the surname elsewhere in the text completes the name."""
    surname = fold(cluster.name)
    for i in with_labels(doc, POS, ("PROPN",)):
        token = doc[i]
        if i == 0 or len(token.text) > len(surname) + 2 or fold(token.text) != surname:
            continue
        first = doc[token.i - 1]
        if (
            first.pos_ == "PROPN"
            and first.is_title
            and first.dep_ == "compound"
            and first.head.i == token.i
            and first.whitespace_ == " "
            and first.lower_.rstrip(".") not in TITLE_WORDS
        ):
            cluster.name = f"{first.text} {token.text}"
            cluster.add_mention(TextSpan(first.idx, token.idx + len(token), cluster.name))
            return


#: an alias given right after a person's name: ', alias "El Chato"', ' (a.k.a. "Barbecue")'
_ALIAS_AFTER = re.compile(
    r",?\s*\(?(?:alias|a\.k\.a\.|aka|known as|nicknamed)\s+[\"“]([^\"”\n]{2,40})[\"”]"
)


def cluster_names(doc: Doc, mentions: list[NameMention]) -> list[Cluster]:
    """Group name mentions into people and organisations (clusters in first-mention order)."""
    clusters: list[Cluster] = []
    persons: list[Cluster] = []
    orgs: dict[str, Cluster] = {}

    # pass 1: full names and organisation names open clusters
    singles: list[NameMention] = []
    for mention in mentions:
        span = _span(doc, mention)
        words = span.text.lower().split()
        if mention.weak:
            singles.append(mention)  # a place name the model called a name: joins, never opens
        elif mention.label == "PERSON" and _full_name(words):
            match = next((c for c in persons if " ".join(words) in c.aliases), None) or next(
                (c for c in persons if _compatible_person(c, words)), None
            )
            if match is None:
                match = Cluster("PERSON", span.text)
                persons.append(match)
                clusters.append(match)
            elif len(span.text) > len(match.name):
                match.name = span.text
            match.add_mention(span)
            match.aliases |= aliases_of(span.text, "PERSON")
            given = _ALIAS_AFTER.match(text_of(doc), span.end)
            if given:
                match.aliases.add(given.group(1).lower())  # 'X, alias "El Chato"'
        elif mention.label == "ORG" and len(words) > 1:
            key = span.text.lower()
            known = next((c for c in persons if key in c.aliases), None)
            if known is not None:
                known.add_mention(span)  # "El Chato", the alias a person was given, as ORG
                continue
            org = orgs.get(key) or orgs.get(initials(span.text))
            if org is None:
                org = Cluster("ORG", span.text)
                clusters.append(org)
            org.add_mention(span)
            for alias in aliases_of(span.text, "ORG"):
                orgs.setdefault(alias, org)
            if mention.abbreviation:
                orgs.setdefault(mention.abbreviation.lower(), org)
                org.aliases.add(mention.abbreviation.lower())
            org.aliases |= aliases_of(span.text, "ORG")
        else:
            singles.append(mention)

    # pass 2: surnames, first names and abbreviations join the clusters they name
    for mention in singles:
        span = _span(doc, mention)
        key = span.text.lower()
        if key.endswith("'s") or key.endswith("’s"):
            key = key[:-2]
        same_surname = [
            c for c in persons if fold(c.name.split()[-1]) == fold(key) or key in c.aliases
        ]
        if same_surname:
            _nearest(same_surname, span.start).add_mention(span)
            continue
        if key in orgs:
            orgs[key].add_mention(span)
            continue
        same_first = [c for c in persons if c.name.lower().split()[0] == key]
        if mention.label == "PERSON" and same_first:
            # a first name, or the family name that Chinese and Korean names put first: of
            # two Kims, the one named last before ("Kim Tae Song … Kim Jae-hoon … Kim said")
            _nearest(same_first, span.start).add_mention(span)
            continue
        if mention.weak:
            continue  # a lone "name" that is no one's surname: likely a mislabelled place
        cluster = Cluster(mention.label, span.text)
        cluster.add_mention(span)
        cluster.aliases = {key}
        clusters.append(cluster)
        if mention.label == "PERSON":
            persons.append(cluster)
        else:
            orgs[key] = cluster

    for cluster in clusters:
        if cluster.type == "ORG":
            longest = max(cluster.mentions, key=lambda m: (len(m.text.split()), len(m.text)))
            cluster.name = longest.text
        elif len(cluster.name.split()) == 1:
            _complete_name(doc, cluster)
    clusters.sort(key=lambda c: c.first)
    return clusters
