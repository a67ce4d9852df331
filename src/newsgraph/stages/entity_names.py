"""Named mentions of people and organisations, with the model's labels checked against syntax.

The small English model often labels a person ORG or GPE, labels a place PERSON, leaves a
surname after a reporting verb unlabelled, and folds "(ICG)" into an organisation's name. This
module turns ``doc.ents`` into clean name mentions (token spans without determiners, titles,
possessive endings or bracketed abbreviations) and adds the capitalised subjects of reporting
verbs the model missed. A first name from :mod:`newsgraph.lexicons.person_words` overrides a
non-person label; a single-token "person" that is the object of "in"/"near" is a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH, POS
from spacy.tokens import Doc, Span, Token

from ..lexicons.first_names import first_name_gender
from ..lexicons.first_names import fold as fold_accents
from ..lexicons.person_words import (
    COMPANY_NAME_WORDS,
    DEPARTMENT_WORDS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    NAME_HONORIFICS,
    NEUTRAL_TITLES,
    ORG_NOUNS,
    PARTY_MEMBERS,
    PERSON_ROLE_NOUNS,
    REPORTING_LEMMAS,
    RESEARCH_BODY_WORDS,
    STATEMENT_NOUNS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
)
from ..lexicons.reporting import OUTLET_ROLE_NOUNS, word_set
from ..spans import in_boilerplate
from .entity_placenames import is_place_name, is_seat_of_government
from .token_filter import with_labels

_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "into", "towards", "toward", "outside", "inside", "around", "across"}
)
_NAME_LABELS = frozenset({"PERSON", "ORG"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
#: words an abbreviation's letters skip ("Institute for the Study of War": ISW)
_LINKING_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})
#: labels the model gives institutions by mistake ("the Centre for … Studies": FAC)
_PLACE_LIKE = frozenset({"FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_RELABEL_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
_HONORIFICS = MALE_TITLES | FEMALE_TITLES
_TITLES = _HONORIFICS | NEUTRAL_TITLES
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAMING_WORDS = frozenset({"name", "named", "identified", "called", "known", "only"})
#: clauses hung on a noun or verb: relative, adjectival and adverbial
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
#: nouns a name right after stands for: "the news site X", "the naval mission X"
_BODY_NOUNS = OUTLET_ROLE_NOUNS | word_set("mission operation movement militia party company firm")
_ANONYMITY_WORDS = frozenset(
    {"name", "identify", "anonymity", "anonymous", "anonymously", "authorize", "authorise"}
)


@dataclass(frozen=True, slots=True)
class NameMention:
    """A cleaned name in the text: token span [start, end), its type, an abbreviation if any."""

    start: int
    end: int
    label: str  # PERSON | ORG
    abbreviation: str | None = None
    #: a lone word labelled PERSON with no sign of being one: kept only if it is a surname
    weak: bool = False


def is_first_name(word: str) -> bool:
    """True when the word is a first name the lexicon knows (either gender)."""
    lower = word.lower()
    if lower in FEMALE_NAMES or lower in MALE_NAMES:
        return True
    plain = fold_accents(lower)  # "María"
    return plain != lower and (plain in FEMALE_NAMES or plain in MALE_NAMES)


#: Russian, Ukrainian and Belarusian patronymics as transliterated: "Valeryevich", "Petrovna",
#: "Ivanovych", "Ilyinichna" (the bare "-ich" would take in "Zurich" and "Munich")
_PATRONYMIC = re.compile(r"\w\w(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$")


def is_patronymic(word: str) -> bool:
    """True for a father's name used as a middle name: "Petrovna" of "Larisa Petrovna Sedova".
    It is no surname: a story shortens the name to the surname or to first name and
    patronymic, never to the patronymic alone."""
    return _PATRONYMIC.search(word.lower()) is not None


def is_reporting_subject(token: Token) -> bool:
    """True when the token is the subject of a reporting verb ("X said", "X told Reuters")."""
    return (
        token.dep_ in _SUBJECT_DEPS
        and token.head.lemma_.lower() in REPORTING_LEMMAS
        and token.ent_type_ not in _TIME_LABELS  # "March 4 has been declared a day of …"
    )


#: verbs whose object is a party taken to task ("accused Kyiv of targeting civilians")
_ACCUSING_LEMMAS = word_set("accuse blame urge warn criticise criticize condemn")


def _accused(token: Token) -> bool:
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _ACCUSING_LEMMAS


def is_statement_owner(token: Token) -> bool:
    """True for the possessor of words: "Moscow's statement", "the ministry's claim"."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in STATEMENT_NOUNS


def anonymity_clause(token: Token) -> bool:
    """True for a clause that says why a source is unnamed ("who asked not to be named",
    "speaking on condition of anonymity", "who was not authorised to speak"): it describes
    the reporting, not the person. The words a clause reports are not searched: "saying …
    that the ships intruded into Huangyan Dao, China's name for the shoal" gives a name, not
    a reason for anonymity."""
    if token.dep_ not in CLAUSE_DEPS:
        return False
    reported = [c for c in token.children if c.dep_ == "ccomp"]
    return any(
        t.lemma_.lower() in _ANONYMITY_WORDS
        for t in token.subtree
        if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in reported)
    )


def is_according_to_object(token: Token) -> bool:
    """True for the object of "according to": the source of the attributed words."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str | None]:
    """Strip determiners, titles, possessives and a bracketed abbreviation from a name span."""
    abbreviation: str | None = None
    for i in range(start, end):
        if doc[i].text == "(":
            inner = [t.text for t in doc[i + 1 : min(end + 2, len(doc))] if t.text != ")"]
            if inner and _ABBREVIATION.match(inner[0]):
                abbreviation = inner[0]
            end = i
            break
    if label == "PERSON":
        owned = [i for i in range(start + 1, end - 1) if doc[i].tag_ == "POS"]
        if owned:
            start = owned[-1] + 1  # "Labour’s Amira Saleem": the party is no part of the name
    while start < end and (
        doc[start].pos_ == "DET"
        or doc[start].is_punct
        or (
            label == "PERSON"
            and doc[start].lower_ in _TITLES
            and doc[start].lower_ not in NAME_HONORIFICS
            and end - start > 1
        )
    ):
        start += 1
    while start < end and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    return start, end, abbreviation


def _following_abbreviation(doc: Doc, end: int) -> str | None:
    """The "ICG" of "International Crisis Group (ICG)" when the brackets follow the name."""
    if end + 2 < len(doc) and doc[end].text == "(":
        inner, close = doc[end + 1], doc[end + 2]
        if close.text == ")" and _ABBREVIATION.match(inner.text):
            return inner.text
    return None


_COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "US", "U.K.", "UK"})
_MISSIONS = frozenset({"embassy", "consulate"})


def _with_host_city(doc: Doc, end: int) -> int:
    """Extend "the Chinese Embassy" to "the Chinese Embassy in Manila": a mission is named by
    where it sits."""
    if not (end + 1 < len(doc) and doc[end - 1].lower_ in _MISSIONS and doc[end].lower_ == "in"):
        return end
    if doc[end + 1].ent_type_ != "GPE":
        return end
    end += 2
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "GPE":
        end += 1
    return end


def _with_country(doc: Doc, start: int, end: int) -> int:
    """Extend "Defence Ministry" to "Russia's Defence Ministry" and "General Staff" to
    "Ukrainian General Staff": the country is part of the name."""
    before = doc[start - 1] if start >= 1 else None
    if (
        before is not None
        and before.ent_type_ == "NORP"
        and before.dep_ in ("amod", "compound")
        and start <= before.head.i < end
    ):
        return start - 1
    if start >= 1 and doc[start - 1].text in _COUNTRY_ABBREVIATIONS and doc[start - 1].whitespace_:
        return start - 1  # "U.S. Africa Command", even with "U.S." parsed as a sentence
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ == "GPE":
        first = start - 2
        while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "GPE":
            first -= 1  # "South Korea's"
        return first
    return start


def _label(span: Span) -> tuple[str, bool] | None:
    """The newsgraph type of an entity span and whether it is weak, or None for no name.

    Corrects the model where the words say otherwise: a first name makes a person, an
    organisation word at the end ("General Staff") an organisation, a lone place name is only a
    weak mention unless it speaks ("Kyiv said": the government, an organisation).
    """
    label = span.label_
    words = [t for t in span if not t.is_punct]
    if not words:
        return None
    if _party_member(words) or _governed_place(span):
        return None
    if named_as(words[0]):
        return "PERSON", False
    if len(words) >= 2 and words[0].lower_ in _HONORIFICS and words[1].is_title:
        return "PERSON", False  # "U Min Khaing Soe", "Mr Keller" labelled ORG
    speaks = any(
        is_reporting_subject(t) or is_according_to_object(t) or is_statement_owner(t) for t in span
    )
    if len(words) == 1 and not _ABBREVIATION.match(words[0].text):
        word = words[0]
        locative = word.dep_ == "pobj" and word.head.lower_ in _LOCATIVE_PREPOSITIONS
        if locative and label in ("PERSON", "ORG"):
            return None  # "in Avdiivka": a place the model took for a name
        if (speaks or _accused(word)) and is_seat_of_government(word.text) and not _titled(word):
            return "ORG", False  # "Kyiv said", "accused Kyiv of …": the government
        if not speaks and is_place_name(word.text) and not _titled(word):
            return (label, True) if label in _NAME_LABELS else None
        if label in ("ORG", "GPE", "NORP") and is_first_name(word.text) and word.is_title:
            return "PERSON", False  # "Oksana" labelled ORG: a first name is a person
    elif not speaks and is_place_name(" ".join(w.text for w in words if w.pos_ != "DET")):
        return (label, True) if label in _NAME_LABELS else None  # "Novi Sad" labelled ORG
    starts_with_first_name = (
        len(words) >= 2 and is_first_name(words[0].text) and all(t.pos_ == "PROPN" for t in words)
    )
    if _names_an_organisation_noun(span) or _named_body(span, words):
        return "ORG", False  # "al-Masirah television", "the news site Zaporizhzhia Today"
    if label in _PLACE_LIKE and len(words) > 1 and any(_institution_word(w) for w in words):
        return "ORG", False  # "the Centre for African Security Studies" labelled FAC
    if label == "PERSON":
        if not any(t.text[:1].isupper() for t in words):
            return None
        if len(words) > 1 and words[-1].lower_ in ORG_NOUNS:
            return "ORG", False
        if _described_as_body(span):
            return "ORG", False  # "the Fano, a loose network of … militias"
        if len(words) == 1 and not _person_evidence(words[0]):
            return "PERSON", True
        return "PERSON", False
    # (four words: two first names and two surnames, "María Eugenia Lozada Ferrer"; never a
    # company's name, "The ship's operator, … Jinhai Ocean Shipping")
    personal = (
        len(words) <= 4
        and words[-1].lower_ not in COMPANY_NAME_WORDS
        and (
            starts_with_first_name
            or _title_led(words)
            or (
                len(words) >= 2
                and all(t.pos_ == "PROPN" for t in words)
                and _described_as_person(span)
            )
        )
    )
    if label == "ORG":
        return ("PERSON" if personal else "ORG"), False
    if label in _RELABEL_LABELS:
        if personal:
            return "PERSON", False
        if label in ("GPE", "NORP") and speaks:
            return "ORG", False
        if len(words) == 1 and words[0].is_title:
            # "Hartmann's colleague" labelled GPE: a weak mention joins the person whose
            # surname it is, and is dropped when it is no one's
            return "PERSON", True
    return None


#: nouns whose "of" object is a place: "the mayor of Meiss el-Jabal", "the village of Houla"
_PLACE_HOLDERS = word_set(
    "mayor governor village town city district region province outskirts suburb municipality"
)


def _governed_place(span: Span) -> bool:
    """ "the mayor of Meiss el-Jabal", "in Kiryat Shmona": a name after "of" a place noun or
    a local office, or a "person" after "in", is a place, whatever the model labelled it (an
    Arabic "el-" reads like a surname's particle)."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj":
        return False
    if of.lower_ in ("in", "near", "outside") and span.label_ == "PERSON":
        return True  # "In Kiryat Shmona, Orly, 52, …": no one is in a person
    return of.lower_ == "of" and of.head.lemma_.lower() in _PLACE_HOLDERS


def _party_member(words: list[Token]) -> bool:
    """ "the Ohio Republican", "the Connecticut Democrat": a party's member, maybe with the
    state, is how US political copy names a legislator again: a role, not a name."""
    return words[-1].lower_ in PARTY_MEMBERS and (
        len(words) == 1 or is_place_name(" ".join(w.text for w in words[:-1]))
    )


def _title_led(words: list[Token]) -> bool:
    """ "SP Aminu Garba Dankande" labelled ORG: a title before capitalised names makes a
    person's name, unless an organisation noun ends it ("General Staff")."""
    return (
        len(words) >= 3
        and words[0].lower_.rstrip(".") in _TITLES
        and words[0].lower_ not in DEPARTMENT_WORDS
        and words[-1].lower_ not in ORG_NOUNS
        and all(t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in words)
    )


def _institution_word(token: Token) -> bool:
    return token.lower_ in ORG_NOUNS or token.lower_ in RESEARCH_BODY_WORDS


def _names_an_organisation_noun(span: Span) -> bool:
    """True for a name that modifies an organisation noun right after it: the name is the
    channel's or the agency's, whatever label the model gave it."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return (
        after.lower_ in ORG_NOUNS
        and after.pos_ == "NOUN"
        and span.root.dep_ == "compound"
        and span.root.head.i == after.i
    )


def _named_body(span: Span, words: list[Token]) -> bool:
    """True for the name right after the noun for what it names: "the local news site
    Zaporizhzhia Today", "the EU naval mission Aspides", "the broadcaster NHK" (not when the
    name opens with a known first name)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.lower_ in _BODY_NOUNS
        and not is_first_name(words[0].text)
    )


def _described_as_person(span: Span) -> bool:
    """ "Helena Varga, a senior economist at …" (or "the head of the union, Boubacar Tembely"):
    an apposition naming a person's role makes a name the model labelled otherwise a
    person's, when the lexicon does not know its first name."""
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_ROLE_NOUNS:
        return True  # "The head of the union, Boubacar Tembely, …"
    return any(
        child.dep_ == "appos" and child.lemma_.lower() in PERSON_ROLE_NOUNS
        for child in root.children
    ) or _aged(root)


def _aged(name: Token) -> bool:
    """ "Luz Marina Quintero, 58, who …": the name's head with an age set off after it (the
    comma right after the name is the cheap test; most names have none)."""
    doc = name.doc
    if name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    return any(an_age(child) for child in name.rights)


def _described_as_body(span: Span) -> bool:
    """A name whose apposition is a word for a body ("network", "group", "movement")."""
    return any(
        child.dep_ == "appos"
        and child.lemma_.lower() in ORG_NOUNS
        and child.lemma_.lower() not in PERSON_ROLE_NOUNS
        for child in span.root.children
    )


def an_age(token: Token) -> bool:
    """A bare number between commas, in apposition: an age ("²" passes str.isdigit but not
    int())."""
    doc = token.doc
    return (
        token.dep_ == "appos"
        and token.text.isascii()
        and token.text.isdigit()
        and 0 < int(token.text) < 120
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].text == ","
        and doc[token.i + 1].text == ","
    )


def _titled(token: Token) -> bool:
    before = token.doc[token.i - 1].lower_.rstrip(".") if token.i > 0 else ""
    return before in _TITLES


def _person_evidence(token: Token) -> bool:
    """Signs that a lone capitalised word labelled PERSON is a person and not a place.

    The small model labels many towns PERSON; a lone word without these signs (a known first
    name, a title before it, being the source of a reporting verb) is kept only as a weak
    mention, which the clustering uses when it is the surname of someone named in full.
    """
    if is_first_name(token.text) or _titled(token):
        return True
    return is_reporting_subject(token) or is_according_to_object(token)


def named_as(token: Token) -> bool:
    """True for the name in "who gave his name only as Milan" / "identified only as Olha"."""
    doc = token.doc
    i = token.i
    if i < 2 or doc[i - 1].lower_ != "as":
        return False
    return any(doc[j].lower_ in _NAMING_WORDS for j in range(max(0, i - 5), i - 1))


def _compound_name(token: Token) -> tuple[int, int]:
    """The token span of a proper-noun head with its proper-noun compounds ("Mark Dobson")."""
    doc = token.doc
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == start - 1:
            start = child.i
        else:
            break
    while (
        start > 0
        and doc[start].lower_.rstrip(".") not in TITLE_WORDS  # not past "Spokesman"
        and _left_out_name(doc, start, token.i + 1)
    ):
        start -= 1  # "María" of "María Eugenia Lozada Ferrer", compounded onto "Eugenia"
    end = token.i + 1
    while start >= 2 and _hyphen_joined(doc, start - 1):
        start -= 2  # "Persaud-Walcott" from "Walcott"
    while end + 1 < len(doc) and _hyphen_joined(doc, end):
        end += 2  # "Persaud-Walcott" from "Persaud"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in _HONORIFICS and before.head.i == start:
        start -= 1  # "Daw" compounded onto "Khin" of "Daw Khin Sandar Win"
    return start, end


def _abbreviated_first_name(doc: Doc, i: int) -> bool:
    """ "Ma." (María) before a name, which the tokenizer splits from its full stop."""
    word = doc[i]
    return (
        word.is_title
        and word.is_alpha
        and len(word) <= 3
        and word.lower_ not in _TITLES
        and not word.whitespace_
        and doc[i + 1].text == "."
        and doc[i + 1].whitespace_ == " "
    )


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """True when ``doc[i]`` is a hyphen closed up between two capitalised proper nouns: a
    double-barrelled surname the tokenizer split ("Persaud-Walcott")."""
    if i < 1 or i + 1 >= len(doc) or doc[i].text not in ("-", "‐"):
        return False
    left, right = doc[i - 1], doc[i + 1]
    return (
        not left.whitespace_
        and not doc[i].whitespace_
        and left.pos_ == right.pos_ == "PROPN"
        and left.is_title
        and right.is_title
    )


def find_name_mentions(doc: Doc) -> list[NameMention]:
    """Every person/organisation name in the story text, in text order, without overlaps."""
    found: list[NameMention] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS and ent.label_ not in _RELABEL_LABELS:
            continue
        words = [t for t in ent if not t.is_space]
        if not words:
            continue
        labelled = _label(ent)
        if labelled is None or in_boilerplate(doc, words[0].idx, words[-1].idx + len(words[-1])):
            continue  # (a name before a line break may take in the break: "By X\n\n")
        label, weak = labelled
        start, end, abbreviation = _trim(doc, ent.start, ent.end, label)
        if start >= end:
            continue
        if abbreviation is None and label == "ORG":
            abbreviation = _following_abbreviation(doc, end)
        if label == "PERSON":
            if (
                found
                and found[-1].end == start == found[-1].start + 1
                and is_patronymic(doc[start].text)
            ):
                found.pop()  # "Artyom" taken for a place, then "Valeryevich Lagutin"
                covered.discard(start - 1)
            if start >= 2 and _abbreviated_first_name(doc, start - 2):
                if found and found[-1].start == start - 2:
                    found.pop()  # "Ma" of "Ma. Carmela Ybañez" taken for a name of its own
                start -= 2
                covered.update(range(start, start + 2))
            while start > 0 and start - 1 not in covered and _left_out_name(doc, start, end):
                start -= 1  # "Mayor Regina Kharchenko" with only the surname labelled
            if start >= 2 and start - 1 not in covered and _particle_led(doc, start):
                if found and found[-1].end == start - 1:
                    # the first name taken for a name of its own, alone or with a title
                    # before it ("Dom Mateus" labelled ORG): the title stays out
                    found.pop()
                    covered.discard(start - 2)
                if start - 2 not in covered:
                    start -= 2  # "Celestino dos | Santos Muemedi" with "dos" parsed as a verb
                    covered.update(range(start, start + 2))
            while end < len(doc) and _left_out_surname(doc, start, end):
                end += 1  # "Marta Zielińska" with only the first name labelled
            if weak and end - start >= 2 and is_first_name(doc[start].text):
                weak = False  # "Taras Kvitka" with the surname taken for a place
        if (
            label == "ORG"
            and end - start == 1
            and start > 0
            and _first_name_led(doc[start - 1 : end])
        ):
            start, label, weak = start - 1, "PERSON", False  # "Yelena Voronova" as ORG
        if label == "ORG" and end - start >= 2 and _person_after(doc, end - 1):
            # "the Dnipro City Council Taras | Kvitka": the name after the body is a person's
            found.append(NameMention(end - 1, end + 1, "PERSON"))
            covered.update(range(end - 1, end + 1))
            end -= 1
        if label == "ORG":
            start = _with_country(doc, start, end)
            end = _with_host_city(doc, end)
        found.append(NameMention(start, end, label, abbreviation, weak))
        covered.update(range(ent.start, ent.end))
        if abbreviation is not None:
            for i in range(end, min(end + 3, len(doc))):
                if doc[i].text == abbreviation and i not in covered:
                    found.append(NameMention(i, i + 1, "ORG"))
                    covered.add(i)
                    break
    for i in with_labels(doc, POS, ("PROPN",)):
        token = doc[i]
        if token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue  # (a lower-case "ministry" tagged a proper noun is no name)
        if token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
            continue  # the name's head takes the whole name: "Eugenia" of "… Lozada Ferrer"
        start, end = _compound_name(token)
        if start > 0 and _loose_first_name(doc[start - 1]):
            start -= 1  # "Lars Engström", "Bello | Aliyu Kaura" parsed as two sentences
        if not (
            is_reporting_subject(token)
            or is_according_to_object(token)
            or _first_name_led(doc[start:end])
            or (  # "Daw Khin Sandar Win", from the name's head
                end - start >= 2 and doc[start].lower_ in _HONORIFICS and token.dep_ != "compound"
            )
            or _aged(token)  # "…, 52,"
            or (_accused(token) and is_seat_of_government(token.text))  # "accused Kyiv of"
        ):
            continue
        if any(i in covered for i in range(start, end)) or _party_member(list(doc[start:end])):
            continue
        if in_boilerplate(doc, doc[start].idx, token.idx + len(token)):
            continue
        organisation = (
            _ABBREVIATION.match(token.text) is not None
            or token.lower_ in ORG_NOUNS
            or (end - start == 1 and is_seat_of_government(token.text))
            or _named_body(doc[start:end], list(doc[start:end]))
        )
        if organisation:
            start = _with_country(doc, start, end)
        else:
            if all(t.lower_.rstrip(".") in TITLE_WORDS for t in doc[start:end]):
                continue  # "Deputy Chairman of the … Committee Mikhail Sablin noted": a title
            start, end, _ = _trim(doc, start, end, "PERSON")  # "Ms Tkachuk said": the surname
            if start >= end or all(t.lower_.rstrip(".") in TITLE_WORDS for t in doc[start:end]):
                continue  # ("Lt. Col. Eyal Ben-Harush" with "Col" parsed as the subject)
        if organisation:
            found.append(NameMention(start, end, "ORG", _following_abbreviation(doc, end)))
        else:
            found.append(NameMention(start, end, "PERSON"))
        covered.update(range(start, end))
    found = _nicknamed(doc, _joined_bodies(doc, _spelled_out_bodies(doc, found)))
    found.sort(key=lambda m: m.start)
    return found


def _spelled_out_bodies(doc: Doc, found: list[NameMention]) -> list[NameMention]:
    """Organisations introduced with their abbreviation that the model does not see: written
    in lower case ("the Dnipropetrovsk regional military administration (RMA)": the words whose
    initials spell it, with the proper nouns right before them) or capitalised with another
    language's letters ("the Group for the Support of Islam and Muslims (JNIM)"). They become
    an organisation that carries the abbreviation; a name the model found inside gives way."""
    added: list[NameMention] = []
    for i in with_labels(doc, ORTH, ("(",)):  # (not a Token for every word of the doc)
        if not 2 <= i < len(doc) - 2 or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        if not _ABBREVIATION.match(short) or not short.isalpha():
            continue
        if doc[i - 1].ent_type_ in _NAME_LABELS:
            continue  # a name the model found: its abbreviation is read with it
        if doc[i - 1].lower_ in TITLE_WORDS:
            continue  # a title's: "the Police Public Relations Officer (PPRO)"
        words = [t for t in doc[max(0, i - 3 * len(short)) : i] if t.lower_ not in _LINKING_WORDS]
        spelled = words[-len(short) :]
        initials = (
            len(spelled) == len(short)
            and "".join(t.text[0] for t in spelled).upper() == short
            and spelled[-1].lemma_.lower() in ORG_NOUNS
        )
        start = spelled[0].i if initials else _capitalised_name_before(doc, i)
        if start is None:
            continue
        while start > 0 and doc[start - 1].pos_ == "PROPN" and "\n" not in doc[start - 1].text:
            start -= 1
        added.append(NameMention(start, i, "ORG", short))
        added.append(NameMention(i + 1, i + 2, "ORG"))
    if not added:
        return found
    inside = [(m.start, m.end) for m in added]
    kept = [m for m in found if not any(lo <= m.start and m.end <= hi for lo, hi in inside)]
    return kept + added


def _person_after(doc: Doc, i: int) -> bool:
    """True when a known first name at ``i`` is followed by a capitalised proper noun."""
    return (
        i + 1 < len(doc)
        and is_first_name(doc[i].text)
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 1].is_title
    )


def _capitalised_name_before(doc: Doc, end: int) -> int | None:
    """Where a capitalised name of several words that ends at ``end`` starts ("the Group for
    the Support of Islam and Muslims (JNIM)", whose letters are another language's); None when
    the words there are not such a name."""
    start = end
    while start > 0 and (
        doc[start - 1].is_title
        or doc[start - 1].lower_ in _LINKING_WORDS
        or _joins_capitalised(doc, start - 1)
    ):
        start -= 1
    while start < end and (doc[start].lower_ in _LINKING_WORDS or doc[start].pos_ == "DET"):
        start += 1
    content = [t for t in doc[start:end] if t.lower_ not in _LINKING_WORDS]
    if len(content) < 2 or not doc[end - 1].is_title or doc[start].is_sent_start:
        return None
    return start


_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})


def _nicknamed(doc: Doc, found: list[NameMention]) -> list[NameMention]:
    """'Wilfried "Ti Zòrèy" Dorméus': a first name, a nickname in quotation marks and a
    surname are one person's name, whatever the model made of the pieces (the clustering
    takes the nickname alone for that person too)."""
    added: list[NameMention] = []
    for mark in with_labels(doc, ORTH, _OPENING_MARKS):
        i = mark - 1
        if not (0 <= i < len(doc) - 3 and doc[i].is_title and doc[i].is_alpha):
            continue
        close = next(
            (j for j in range(i + 2, min(i + 6, len(doc))) if doc[j].text in _CLOSING_MARKS), None
        )
        if close is None or close == i + 2 or close + 1 >= len(doc):
            continue
        if not all(t.is_title for t in doc[i + 2 : close]) or not doc[close + 1].is_title:
            continue
        titled = i > 0 and doc[i - 1].lower_.rstrip(".") in _TITLES  # 'Commodore Ramon "Bong"'
        if "PERSON" not in (doc[i].ent_type_, doc[close + 1].ent_type_) and not (
            titled or is_first_name(doc[i].text)
        ):
            continue  # (not a headline's 'Kyiv "Ready" To Talk')
        end = close + 2
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        added.append(NameMention(i, end, "PERSON"))
    if not added:
        return found
    kept = [m for m in found if not any(a.start <= m.start < a.end for a in added)]
    return kept + added


def _joins_capitalised(doc: Doc, i: int) -> bool:
    """A possessive or an unspaced hyphen inside a capitalised name: "People's" and
    "Wuntho-Kawlin" in "the Wuntho-Kawlin People's Defence Force (PDF)"."""
    if i < 1 or not doc[i - 1].is_title:
        return False
    if doc[i].tag_ == "POS":
        return True
    return doc[i].text in "-‐" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _joining_words(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) are "for" or "of", perhaps with "the": what joins two
    halves of one body's name. Asked only of two organisation names in a row, and the words
    are read only when there are one or two (not a ``Token`` for every word between two
    mentions far apart)."""
    if not 0 < end - start <= 2:
        return False
    between = [t.lower_ for t in doc[start:end]]
    return between[0] in ("for", "of") and all(w in ("for", "of", "the") for w in between)


def _joined_bodies(doc: Doc, found: list[NameMention]) -> list[NameMention]:
    """Two organisation names the model split at "for the" or "of": "the UN Office | for the |
    Coordination of Humanitarian Affairs (OCHA)" is one body when the first part ends in a
    word for a body."""
    joined: list[NameMention] = []
    for mention in sorted(found, key=lambda m: m.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label == mention.label == "ORG"
            and _joining_words(doc, last.end, mention.start)
            and doc[last.end - 1].lower_ in ORG_NOUNS
        ):
            abbreviation = mention.abbreviation or last.abbreviation
            joined[-1] = NameMention(last.start, mention.end, "ORG", abbreviation)
            continue
        joined.append(mention)
    return joined


def _loose_first_name(token: Token) -> bool:
    """A first name right before a surname on the same line that the parser did not attach
    to it: a known one, or any capitalised word the parser made a sentence of its own
    ("Florent | Mérieux, a political scientist …")."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.whitespace_ == " "
        and token.dep_ != "compound"
        and token.ent_type_ in ("", "PERSON")
        and (is_first_name(token.text) or (token.dep_ == "ROOT" and len(token.sent) == 1))
    )


def _left_out_name(doc: Doc, start: int, end: int) -> bool:
    """True when the word before a person's name is part of it though the recogniser left it
    out: a capitalised proper noun compounded onto the name, on the same line, that is no
    title and not labelled otherwise ("Mayor Regina Kharchenko" labelled from "Kharchenko"
    on; a lexicon of places would rule "Regina" out)."""
    token = doc[start - 1]
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.whitespace_ == " "
        and token.dep_ == "compound"
        and start <= token.head.i < end
        # before a patronymic, any label: "Artyom" of "Artyom Valeryevich Lagutin" as a place
        and (token.ent_type_ in ("", "PERSON") or is_patronymic(doc[start].text))
        and token.lower_ not in TITLE_WORDS  # "Mayor", "Analyst Lukas Brandt"
        and token.lower_.rstrip(".") not in TITLE_WORDS
    )


def _particle_led(doc: Doc, start: int) -> bool:
    """True when a first name and a surname particle stand right before a person's name the
    recogniser began after them: "Celestino dos Santos Muemedi" labelled from "Santos" (the
    parser takes "dos" for a verb and the first name for a nationality)."""
    particle, first = doc[start - 1], doc[start - 2]
    return (
        particle.lower_ in SURNAME_PARTICLES
        and particle.text.islower()
        and particle.whitespace_ == " "
        and first.whitespace_ == " "
        and first.is_title
        and first.ent_type_ in ("", "PERSON", "NORP", "ORG")
        and (first.pos_ == "PROPN" or is_first_name(first.text))
    )


def _left_out_surname(doc: Doc, start: int, end: int) -> bool:
    """True when the word after a person's name is part of it: a capitalised proper noun on
    the same line, unlabelled, that the name's last word is compounded onto, or compounded
    with it onto the same head ("Alhaji Abubakar | Garba Salihu" with only the first two
    labelled)."""
    token, last = doc[end], doc[end - 1]
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ == ""
        and last.whitespace_ == " "
        and last.dep_ == "compound"
        and (
            last.head.i == token.i
            or (token.dep_ == "compound" and token.head.i == last.head.i > token.i)
        )
        and end - start < 3
    )


def _first_name_led(span: Span) -> bool:
    """ "Lars Engström, a senior analyst …" at a paragraph's start, which the model left
    unlabelled: a known first name and a capitalised proper noun make a person's name."""
    return (
        len(span) >= 2
        and is_first_name(span[0].text)
        and all(t.is_title and t.pos_ == "PROPN" for t in span)
    )


def title_gender(doc: Doc, start: int) -> str | None:
    """Gender told by a title right before a name ("Mrs Keller" -> "f"), else None."""
    for i in range(start - 1, max(start - 3, -1), -1):
        lower = doc[i].lower_.rstrip(".")
        if lower in MALE_TITLES or lower + "." in MALE_TITLES:
            return "m"
        if lower in FEMALE_TITLES or lower + "." in FEMALE_TITLES:
            return "f"
        if doc[i].text != ".":
            break
    return None


def name_gender(name: str) -> str | None:
    """Gender of a full name by its first name ("Anna Keller" -> "f"), else None. The hand
    lists decide first; a name they lack is looked up in the larger table of
    :mod:`..lexicons.first_names`, but only for a name of two words or more: a surname alone
    ("Jordan", "Keller") says nothing about gender."""
    words = name.split()
    first = words[0].lower() if words else ""
    if first in FEMALE_NAMES or first in FEMALE_TITLES:
        return "f"  # (a title kept in the name: "Daw Khin Sandar Win")
    if first in MALE_NAMES or first in MALE_TITLES:
        return "m"
    if len(words) >= 3 and is_patronymic(words[1]):
        return "f" if words[1].lower().endswith("na") else "m"  # "Petrovna", "Petrovich"
    if len(words) >= 2 and first not in TITLE_WORDS:
        return first_name_gender(first)
    return None
