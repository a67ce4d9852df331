"""Recognition of place mentions: spaCy's place entities plus a gazetteer check of the rest.

The small English model finds most countries and large cities as GPE/LOC but tags many
smaller places as ORG or PERSON, and sometimes joins two towns into one span ("Kramatorsk and
Sloviansk"). So every entity is looked at:

- GPE/LOC/FAC spans are places (split on "and" / commas when each part is a known name);
- ORG/PERSON spans are places when the gazetteer knows the name *and* the context says place:
  a locative preposition before it ("in", "near", "around", …), an administrative cue after it
  ("the X region", "X oblast"), or a prominent place (a country, a first-level region, a city
  of 100,000 or more) for ORG;
- a place name inside an organisation's name ("University of Graz") is kept as an embedded
  mention, not as a location of the story;
- runs of proper nouns outside any entity are checked against the gazetteer with the same
  context rule, which recovers places the model missed without flooding the output with
  capitalised common words.

Demonyms (NORP entities and adjectives of the curated demonym table) are returned separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, POS
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span, Token

from ..gazetteer.model import Gazetteer
from ..gazetteer.normalize import name_key
from ..spans import stage_output

PROPN_ID = int(PROPN)
ADJ_ID = int(ADJ)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG", "PERSON", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT"})
#: words before a name that make it a person's: "President Buhari", "Sen. Kelly"
_TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "president",
        "minister",
        "sen",
        "sen.",
        "senator",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "governor",
        "mayor",
        "judge",
        "justice",
        "gen",
        "gen.",
        "general",
        "sgt",
        "sgt.",
        "officer",
        "chief",
        "coach",
        "pastor",
        "rev",
        "rev.",
        "father",
        "sister",
        "brother",
        "uncle",
        "aunt",
        "king",
        "queen",
        "prince",
        "princess",
        "lord",
        "lady",
        "sir",
    ]
)
_STREET_AFTER = frozenset(
    [
        "street",
        "streets",
        "st",
        "st.",
        "avenue",
        "avenues",
        "ave",
        "ave.",
        "road",
        "roads",
        "rd",
        "rd.",
        "boulevard",
        "blvd",
        "blvd.",
        "drive",
        "dr.",
        "lane",
        "ln",
        "parkway",
        "pkwy",
        "highway",
        "hwy",
        "way",
        "place",
        "court",
        "ct.",
        "circle",
        "terrace",
        "trail",
    ]
)
_SPEECH_VERBS = frozenset(["say", "tell", "add", "explain", "note", "ask", "write", "announce"])
# "Sioux Falls, S.D. ...", "Louisville, Ky." and datelines ("TORRINGTON — ...")
_DATELINE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)([A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,3})(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:\s\([A-Z][\w ]*\))?\s(?:—|–|--|-)\s"
)
_CURRENCY_PREFIX = re.compile(r"^(US|U\.S\.)\$")
_LOCATIVE = frozenset(
    [
        "in",
        "near",
        "around",
        "at",
        "from",
        "outside",
        "across",
        "toward",
        "towards",
        "into",
        "through",
        "throughout",
        "between",
        "within",
        "inside",
        "via",
        "to",
        "on",
    ]
)
_STRONG_LOCATIVE = frozenset(
    ["in", "near", "around", "outside", "across", "toward", "towards", "into"]
)
_CUE_AFTER = frozenset(
    [
        "region",
        "oblast",
        "province",
        "district",
        "raion",
        "governorate",
        "prefecture",
        "area",
        "county",
        "state",
    ]
)
_SPLIT = re.compile(r"\s*(?:,|\band\b|&|-|/)\s*")
_PROMINENT_POPULATION = 100_000
_MATCHER_POPULATION = 20_000
#: capitalised words that are also place names but almost never mean the place in news text
_NOT_PLACES = frozenset(
    [
        "centre",
        "center",
        "metro",
        "downtown",
        "union",
        "i",
        "a",
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "governor",
        "mayor",
        "police",
        "court",
        "city",
        "county",
        "state",
        "university",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "may",
        "june",
        "march",
        "april",
        "august",
        "god",
        "christmas",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "republican",
        "democrat",
        "democrats",
        "republicans",
        "congress",
        "senate",
        "house",
        "white",
        "black",
    ]
)


@dataclass(frozen=True, slots=True)
class Recognised:
    """One place mention found in the text, before resolution."""

    start: int  # character offsets
    end: int
    text: str
    kind: str  # literal | embedded | demonym (metonymy is decided after resolution)
    region_cue: bool
    root: int  # token index of the mention's syntactic root
    country: str | None = None  # demonyms: the country they stand for


def _clean(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive from an entity span.

    The result is built with ``Span(doc, start, end)``, which is what ``doc[start:end]``
    returns for these in-range bounds without its Python-level slice normalisation (this runs
    for every entity of the article)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "'s", "’s"):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
        end -= 1
    return Span(doc, start, end)


def _capitalised(token: Token) -> bool:
    """ "Kyiv", "McLean", "KYIV": a word that may be a name (``is_title`` rejects "McLean")."""
    return token.text[:1].isupper()


def _region_cue(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _CUE_AFTER


def _preceded_by_locative(span: Span, strong: bool = False) -> bool:
    doc = span.doc
    index = span.start - 1
    if index >= 0 and doc[index].lower_ in ("the", "a", "an"):
        index -= 1
    if index < 0:
        return False
    word = doc[index].lower_
    if word == "of" and index >= 1:
        # "Rebecca Sears, 41, of Grovetown": "of" after a comma or an age is a home town
        before = doc[index - 1]
        return before.text == "," or before.like_num
    return word in (_STRONG_LOCATIVE if strong else _LOCATIVE)


def _followed_by_region(span: Span, gazetteer: Gazetteer) -> bool:
    """ "Sioux Falls, S.D." / "Kupiansk, Kharkiv Oblast": a place followed by its region."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for length in (1, 2, 3):
        stop = span.end + 1 + length
        if stop > len(doc):
            break
        after = doc[span.end + 1 : stop]
        if not _capitalised(after[0]):
            return False
        if any(c.code in "RC" and not c.alternate for c in gazetteer.lookup(after.text)):
            return True
    return False


def _is_street(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _STREET_AFTER


def _titled(span: Span) -> bool:
    """ "President Buhari", "Sen. Kelly": a title before the name makes it a person."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _TITLES


def _person_words(entities: list[Span]) -> frozenset[str]:
    """Words of the article's multi-word PERSON names ("John Kelly" -> "Kelly", "John")."""
    return frozenset(
        token.text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1 for token in ent
    )


def _is_speaker(span: Span) -> bool:
    """The subject of "said": a person, whatever the gazetteer knows about the name."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS


def _is_prominent(gazetteer: Gazetteer, text: str, population: int) -> bool:
    """A country, large region, capital or large place by its own name (or a famous old one).

    Regions and capitals count only from 200,000 inhabitants: small ones share their names
    with people ("Kelly", "Charlotte"). Districts count only when named as such ("Kanawha
    County"): many bare district names are names of people or things ("Nadia").
    """
    for cand in gazetteer.lookup(text):
        if cand.alternate and not (cand.code in "CK" and cand.population >= 1_000_000):
            continue
        if cand.code in "CGT":
            return True
        if cand.code in "RK" and cand.population >= 200_000:
            return True
        if cand.code == "P" and cand.population >= population:
            return True
        if cand.code == "D" and text.split()[-1].lower() in _CUE_AFTER | {"parish", "borough"}:
            return True
    return False


def _known(gazetteer: Gazetteer, text: str) -> bool:
    key = name_key(text)
    # two-letter keys only for abbreviations written as such ("US", "U.K.", "S.C.")
    short_ok = len(key) == 2 and (text.isupper() or "." in text)
    if not (len(key) >= 3 or short_ok) or key in _NOT_PLACES or not gazetteer.has_key(key):
        return False
    if text.isupper() and len(key.replace(" ", "")) <= 4:
        # an acronym ("BBC", "CIS") is a place only as the own name of a country or region
        return any(c.code in "CRG" and not c.alternate for c in gazetteer.lookup(text))
    return True


def _parts(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Split "Kramatorsk and Sloviansk" into its places when every part is a known name."""
    text = span.text
    if not _SPLIT.search(text) or _known(gazetteer, text):
        return [span]
    pieces: list[Span] = []
    offset = span.start_char
    for match in re.finditer(r"[^,&/-]+?(?=\s*(?:,|\band\b|&|-|/|$))", text):
        piece = re.sub(r"^and\s+", "", match.group().strip())
        if not piece:
            continue
        begin = offset + text.index(piece, match.start())
        sub = span.doc.char_span(begin, begin + len(piece))
        if sub is None or not _known(gazetteer, piece):
            return [span]
        pieces.append(sub)
    return pieces or [span]


def _embedded(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Place names inside an organisation's name: "University of Graz", "Kyiv City Council".

    Only where names of organisations put places: right after "of"/"in"/"at"/"for" inside the
    name, or at its start ("Chicago Police Department"); and only prominent places, so that
    "First National Bank" or "Superior Court" yield nothing.
    """
    doc = span.doc
    found: list[Span] = []
    index = span.start
    while index < span.end:
        token = doc[index]
        slot = index == span.start or doc[index - 1].lower_ in ("of", "in", "at", "for")
        if not slot or not _capitalised(token):
            index += 1
            continue
        best: Span | None = None
        for length in (3, 2, 1):
            if index + length > span.end:
                continue
            candidate = doc[index : index + length]
            if not all(_capitalised(t) for t in candidate):
                continue
            if length == span.end - span.start:
                continue  # the whole span: not embedded
            if _known(gazetteer, candidate.text) and _is_prominent(
                gazetteer, candidate.text, _MATCHER_POPULATION
            ):
                best = candidate
                break
        if best is not None:
            found.append(best)
            index += len(best)
        else:
            index += 1
    return found


def _entities(doc: Doc) -> list[Span]:
    """``doc.ents`` from the IOB arrays: the property builds a Token for every word. The two
    columns are read as two flat lists (not a list per token) and the entity starts are
    found with numpy."""
    rows = doc.to_array([ENT_IOB, ENT_TYPE])
    iob: list[int] = rows[:, 0].tolist()
    labels: list[int] = rows[:, 1].tolist()
    spans: list[Span] = []
    length = len(iob)
    for start in np.flatnonzero(rows[:, 0] == 3).tolist():  # 3 = B(egin)
        end = start + 1
        while end < length and iob[end] == 1:  # 1 = I(nside)
            end += 1
        spans.append(Span(doc, start, end, label=labels[start]))
    return spans


def _skipped(doc: Doc, start: int, end: int) -> bool:
    """Boilerplate is skipped, except a dateline: it says where the story was filed."""
    blocks = stage_output(doc, "boilerplate")
    return any(b.start < end and start < b.end and b.kind != "dateline" for b in blocks)


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Recognised]:
    """Every place mention of the document in text order (boilerplate skipped)."""
    found: list[Recognised] = []
    covered: set[int] = set()
    places: set[str] = set()  # name keys accepted as literal places
    doubtful: list[Span] = []  # names rejected for lack of context, retried at the end
    emitted: set[tuple[int, int]] = set()
    ends: set[int] = set()  # token index just after each literal place mention

    def emit(span: Span, kind: str, country: str | None = None) -> None:
        if not span.text.strip() or _skipped(doc, span.start_char, span.end_char):
            return
        if kind != "demonym" and _is_street(span):
            return
        if (span.start_char, span.end_char) in emitted:
            return
        emitted.add((span.start_char, span.end_char))
        if kind == "literal":
            places.add(name_key(span.text))
            ends.add(span.end)
        found.append(
            Recognised(
                span.start_char,
                span.end_char,
                span.text,
                kind,
                _region_cue(span),
                span.root.i,
                country,
            )
        )

    entities = _entities(doc)
    people = _person_words(entities)

    def personal(span: Span) -> bool:
        """A person's name here, unless it is a country's ("Jordan" stays a country)."""
        if _titled(span) or (len(span) == 1 and span.text in people):
            return not any(c.code == "C" for c in gazetteer.lookup(span.text))
        return False

    for ent in entities:
        covered.update(range(ent.start, ent.end))
        span = _clean(ent)
        if not len(span):
            continue
        if ent.label_ == "NORP" or len(span) <= 2:
            demonym = gazetteer.demonym_place(span.text)
            if demonym is not None:
                emit(span, "demonym", demonym.country)
                continue
        if not _capitalised(span[0]):
            continue
        if personal(span):
            continue
        if ent.label_ in ("GPE", "LOC") or (ent.label_ == "FAC" and _known(gazetteer, span.text)):
            for part in _parts(span, gazetteer):
                emit(part, "literal")
            continue
        if ent.label_ == "FAC":
            # "Cottonport Fire Station", "Henderson County Courthouse": the place it stands in
            for inner in _embedded(span, gazetteer):
                emit(inner, "literal")
            continue
        if ent.label_ == "MONEY":
            # "US$5 million": the currency's country, a modifier GeoWebNews counts as a place
            head = doc[ent.start]
            prefix = _CURRENCY_PREFIX.match(head.text)
            if prefix and not _skipped(doc, head.idx, head.idx + 2):
                found.append(
                    Recognised(
                        head.idx,
                        head.idx + len(prefix.group(1)),
                        prefix.group(1),
                        "literal",
                        False,
                        head.i,
                    )
                )
            continue
        if ent.label_ not in ORG_LABELS:
            continue
        person = ent.label_ == "PERSON"
        locative = _preceded_by_locative(span, strong=person)
        if _known(gazetteer, span.text):
            prominent = (
                any(
                    c.code == "C" or (c.code in "KP" and c.population >= 1_000_000)
                    for c in gazetteer.lookup(span.text)
                )
                if person
                else _is_prominent(gazetteer, span.text, _PROMINENT_POPULATION)
            )
            cued = locative or _region_cue(span) or _followed_by_region(span, gazetteer)
            if not _is_speaker(span) and (cued or (prominent and (not person or len(span) == 1))):
                emit(span, "literal")
                continue
            doubtful.append(span)
        if ent.label_ == "ORG":
            parts = _parts(span, gazetteer)
            if not locative and not all(
                _is_prominent(gazetteer, p.text, _PROMINENT_POPULATION) for p in parts
            ):
                parts = [span]
            if len(parts) > 1:
                for part in parts:
                    emit(part, "literal")
                continue
            for inner in _embedded(span, gazetteer):
                emit(inner, "embedded")
            # "the Nigerian Armed Forces", "Royal Canadian Mounted Police": a country inside
            for token in span:
                if _capitalised(token) and gazetteer.demonym_place(token.text) is not None:
                    emit(span.doc[token.i : token.i + 1], "embedded")

    # Only proper nouns and adjectives can be names: pick them from the POS array instead of
    # creating a Python Token object for every word of the article.
    pos = doc.to_array(POS)
    tags: list[int] = pos.tolist()
    propn = {i for i, tag in enumerate(tags) if tag == PROPN_ID}
    names = sorted(propn | {i for i, tag in enumerate(tags) if tag == ADJ_ID})

    # demonym adjectives the model did not tag ("Ukrainian forces")
    for index in names:
        if index in covered:
            continue
        token = doc[index]
        if _capitalised(token):
            demonym = gazetteer.demonym_place(token.text)
            if demonym is not None:
                covered.add(index)
                emit(doc[index : index + 1], "demonym", demonym.country)

    # proper-noun runs the model did not tag at all
    position = 0
    for index in sorted(propn):
        if index < position or index in covered or not _capitalised(doc[index]):
            continue
        stop = index
        while stop in propn and stop not in covered:
            stop += 1
        position = stop
        run = doc[index:stop]
        if not _known(gazetteer, run.text) or _is_speaker(run) or personal(run):
            continue
        if (
            _preceded_by_locative(run, strong=True)
            or _region_cue(run)
            or _followed_by_region(run, gazetteer)
            or _is_prominent(gazetteer, run.text, _PROMINENT_POPULATION)
        ):
            emit(run, "literal")
        else:
            doubtful.append(run)

    # a dateline in capitals ("TORRINGTON — City Council ..."), which the model rarely tags
    # (doc.text would join every token of the article: the first hundred are enough)
    dateline = _DATELINE.search(doc[: min(len(doc), 100)].text)
    if dateline:
        begin, end = dateline.span(1)
        line = doc.char_span(begin, end)
        fresh = line is not None and not any(t.i in covered for t in line)
        if line is not None and fresh and _known(gazetteer, line.text.title()):
            covered.update(t.i for t in line)
            emit(line, "literal")

    # one sense per discourse: a name the article uses as a place elsewhere is a place here too
    # ... and a known name joined to a place ("Kramatorsk and Sloviansk") is one too
    for span in doubtful:
        joined = span.start >= 2 and doc[span.start - 1].lower_ in ("and", "or", ",")
        if name_key(span.text) in places or (joined and span.start - 1 in ends):
            emit(span, "literal")
    found.sort(key=lambda r: r.start)
    return found
