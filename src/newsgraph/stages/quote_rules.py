"""Attribution spans over the dependency parse: for a cue verb, its source, cue and content.

For a cue (chosen by :mod:`.quote_attributions`) the parse gives the source (the subject's full
noun phrase, inherited along ``conj``/``advcl``/``xcomp``/``by …ing`` chains, or the ``by``
agent of a passive) and the content (the clausal complement, a ``to``-infinitive or a direct
object with its ``of``/``for`` reason, depending on what the verb licenses). Quoted stretches
next to the cue become the content of the cue (both halves of a split quote); a clause that
reaches into a quotation becomes a mixed quote.

Span conventions follow PolNeAR's annotation guidelines as read from its training annotations:
the cue keeps its auxiliaries, negation and adverbs like "also" (``has also said``), a trailing
colon and a following "in a statement"; the source is the whole noun phrase with appositions
(and the comma or dash closing an apposition) but without a focus adverb ("even"), a time or
occasion ("on Tuesday") or a placeholder "it"; indirect content starts at "that" and stops
before the sentence's final punctuation (an initialism keeps its full stop), before a trailing
apposition or a relative clause about a person, and runs on through the phrases that complete an
object ("referred to the US as …"); direct content is the quotation including its marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicons.person_words import ORG_NOUNS, PERSON_ROLE_NOUNS, PERSONAL_PRONOUNS
from ..lexicons.reporting import (
    CUE_PREPOSITIONS,
    CUE_VERBS,
    DESCRIBE_VERBS,
    LEMMA_ALIASES,
    OBJECT_VERBS,
    PREP_VERBS,
    RAISING_VERBS,
    SPEECH_VERBS,
    TALK_PREPOSITIONS,
    TALK_VERBS,
    TO_VERBS,
    word_set,
)
from .entity_names import an_age
from .quote_marks import QuotedSpan

Range = tuple[int, int]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_AUX = frozenset({"aux", "auxpass", "neg"})
#: links along which a cue verb without a subject takes its governor's ("laughed and said",
#: "said, adding", "refused to comment", "began by saying")
_INHERIT = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp", "prep"})
_GAP_BEFORE = re.compile(r"^[\s,—–-]*$")
_GAP_AFTER = re.compile(r"^(?:[^.!?\"“”«»\n]{0,60}?[,:—–])?\s*$")
#: words that open a non-restrictive clause after a comma: the content stops before them
#: (not "but", "even" and "while": on PolNeAR train the content runs on past them more often
#: than not, except for "while" before a participle, see :func:`_indirect`)
_CLAUSE_BREAKS = word_set("which although though whereas adding noting citing")
_SENT_GAP = re.compile(r"[.!?]\s")
_QUESTION_MARKS = word_set("if whether")
_PEOPLE_PRONOUNS = word_set("i we he she they")
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
#: verbs whose passive reports a stance on its subject ("was criticized for …")
_PASSIVE_CUES = OBJECT_VERBS | DESCRIBE_VERBS
#: verbs whose "if"-clause is the question asked, not a condition ("said if he won, …")
_QUESTION_VERBS = word_set("ask wonder question")
_SENTENCE_END = frozenset({".", "!", "?"})
_LEADING = frozenset({"cc"})
#: focus adverbs before a source that PolNeAR leaves out ("even some of his admirers")
_FOCUS_WORDS = word_set("even also")
_DANGLING = word_set("and but or nor")
_LINKING = _DANGLING | word_set("so yet still however instead meanwhile")
_OPENER = {")": "(", "]": "[", "”": "“", '"': '"', "’": "‘"}
_EDGE_PUNCT = ".,;:!?-–— \n\t"
_SETTING = re.compile(r"\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:\w+\s+){0,2}statement\b")


@dataclass(slots=True)
class Attribution:
    """One attribution before ids and speakers are given: fragments of content, one cue."""

    content: list[Range]
    cue: Range | None
    source: Range | None
    kinds: list[str] = field(default_factory=list)
    confidence: float = 0.5
    verb: int | None = None  # token index of the cue verb
    follows: Attribution | None = None  # for a follow-on quote: whose speaker it inherits
    #: how the candidate was built ("lexicon", "ccomp", "wide-dobj", …): a cue model feature
    construction: str = "lexicon"
    #: the cue model's probability that this is an attribution (None: not scored)
    score: float | None = None


#: an initialism whose last full stop belongs to it ("the U.S.", "Washington, D.C.")
_INITIALISM_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$")


def _trim(text: str, start: int, end: int, keep_end: str = "") -> Range:
    """A span without the punctuation and white space at its edges; the full stop of an
    initialism ("the U.S.") stays, as PolNeAR keeps it."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT and text[end - 1] not in keep_end:
        if text[end - 1] == "." and _INITIALISM_END.search(text, max(start, end - 12), end):
            break
        end -= 1
    return start, end


def _subtree_range(tok: Token, stop: int | None = None) -> Range:
    """Characters of a token's subtree; cut at token ``stop`` when the parse crosses it."""
    left, right = tok.left_edge.i, tok.right_edge.i
    if stop is not None and left <= stop <= right:
        if tok.i < stop:
            right = stop - 1
        else:
            left = stop + 1
    doc = tok.doc
    return doc[left].idx, doc[right].idx + len(doc[right])


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs from (``laughed and said``,
    ``said, adding``, ``refused to comment``, ``began by saying``)."""
    agent = _reduced_passive_agent(verb)
    if agent is not None:
        return agent
    outer = _report_joined_inside(verb)
    if outer is not None:
        return _subject(outer)
    if verb.dep_ == "conj" and not _joined_by_cc(verb):
        # a conjunct with no "and" before it is most often a misparse of "<clause>, a
        # diplomat familiar with the talks told Reuters": the speaker stands right before it
        stranded = _stranded_subject(verb)
        if stranded is not None:
            return stranded
    seen = 0
    tok = verb
    while seen < 4:
        subjects = [child for child in tok.children if child.dep_ in _SUBJECTS]
        if subjects:  # a misparse can give two: the one next to the verb is its own, and
            # of two as near round a cue set into a clause, the one after it ("The strike,
            # said the governor, was …")
            inverted = tok.dep_ == "parataxis"
            subject = min(
                subjects,
                key=lambda c: (
                    _behind_closing_mark(c, tok),
                    abs(c.i - tok.i),
                    inverted and c.i < tok.i,
                ),
            )
            named = [c for c in subjects if c.i < tok.i and _a_person(c)]
            if inverted and named and subject.i > tok.i:
                # "Larisa Sedova, 49, says her son Maxim signed …" parsed the same way: a
                # person named before the cue is its speaker, the subject after it the report's
                subject = named[-1]
            if _expletive(subject, verb, tok):
                return None
            return _appositive_speaker(subject) or subject
        if tok.dep_ in _INHERIT and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        if tok is verb and verb.dep_ == "ROOT":
            stranded = _stranded_subject(verb)
            if stranded is not None:
                return _appositive_speaker(stranded) or stranded
            return _inverted_subject(verb) or _inverted_object(verb)
        return None
    return None


def _appositive_speaker(subject: Token) -> Token | None:
    """ "read on Radio Télévision du Niger (RTN), the government spokesman, Colonel X, said":
    the parser makes the broadcaster after "on" the subject and the spokesman its apposition.
    A name the preposition before it governs cannot be the subject; the role in apposition
    to it, with a person named in its own apposition, is the speaker."""
    doc, first = subject.doc, subject.left_edge.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1  # back to the start of the name ("Radio Télévision | du Niger")
    if subject.pos_ != "PROPN" or first == 0 or doc[first - 1].pos_ != "ADP":
        return None
    return next(
        (
            role
            for role in subject.rights
            if role.dep_ == "appos"
            and (
                (  # "…, the government spokesman, Colonel X,"
                    role.pos_ == "NOUN"
                    and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in role.rights)
                )
                or (  # "In Kiryat Shmona, Orly, 52, whose car burned …, said"
                    role.pos_ == "PROPN"
                    and (role.ent_type_ == "PERSON" or any(an_age(c) for c in role.rights))
                )
            )
        ),
        None,
    )


def _behind_closing_mark(subject: Token, verb: Token) -> bool:
    """True when a quotation closes between the subject and the verb: '"… a map," writes the
    Frankfurter Allgemeine Zeitung' with "map" parsed as a second subject of "writes"."""
    doc = subject.doc
    return subject.i < verb.i and any(
        doc[k].text in _CLOSING_QUOTES for k in range(subject.i + 1, verb.i)
    )


def _a_person(token: Token) -> bool:
    """A person's name or a personal pronoun."""
    return token.ent_type_ == "PERSON" or token.lower_ in _PEOPLE_PRONOUNS


def _reduced_passive_agent(verb: Token) -> Token | None:
    """ "As reported in Telegram by the governor, …": a participle with no subject of its own
    whose ``by`` phrase names the speaker (not the subject of the clause it modifies)."""
    if verb.tag_ != "VBN" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


_CLOSING_QUOTES = frozenset({'"', "”", "»", "’", "'", "“"})


def _inverted_object(verb: Token) -> Token | None:
    """'"Where are we to go?" asked a displaced woman': right after a quotation, the parser
    reads the speaker after a subjectless cue as its object."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _CLOSING_QUOTES:
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)


def _report_joined_inside(verb: Token) -> Token | None:
    """ "the governor pointed out that the corridor “has not been respected” and assured that
    …", "the coast guard denied that any of its vessels had been driven off, saying …": the
    parser joins the second cue to the verb of the first one's clause. Returns the first cue,
    whose subject and coordination the second shares, when the clause's own subject cannot be
    a speaker."""
    head = verb.head
    doc = verb.doc
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and doc[verb.i - 1].text == ","
    # (what the second cue reports: a clause, or an object of a verb that takes one, as in
    # "…, and accused the SAF of …", "…, describing the statement as …")
    reports = "dobj" if _lemma(verb) in OBJECT_VERBS else "ccomp"
    if not (
        (verb.dep_ == "conj" or participle)
        and _lemma(verb) in SPEECH_VERBS
        and any(c.dep_ in ("ccomp", reports) for c in verb.children)
        and head.dep_ == "ccomp"
        and _lemma(head.head) in CUE_VERBS
    ):
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    own = any(c.dep_ in _SUBJECTS for c in verb.children)
    if verb.dep_ == "conj" and not own and head.tag_ != verb.tag_ == head.head.tag_:
        # "Tkachuk said that Russia had launched … and accused Moscow of …": the tense
        # joins the second cue to the first, whoever the reported clause's subject is
        return head.head
    if subject is None or subject.pos_ == "PROPN" or subject.ent_type_:
        return None
    if subject.pos_ == "PRON" and subject.lower_ in PERSONAL_PRONOUNS | {"who"}:
        return None  # "any of its vessels" speaks no more than "the corridor" does
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in subject.children):
        return head.head  # "denied that any soldiers had been killed, describing …"
    lemma = subject.lemma_.lower()
    return None if lemma in PERSON_ROLE_NOUNS or lemma in ORG_NOUNS else head.head


def _joined_by_cc(conjunct: Token) -> bool:
    """True when an "and"/"but" stands between the conjunct and the one before it ("liberated
    X and improved Y, the spokesman said": the "and" joins "improved", not "said")."""
    head = conjunct.head
    before = [head.i] + [c.i for c in head.children if c.dep_ == "conj" and c.i < conjunct.i]
    previous = max(before)
    return any(
        c.dep_ == "cc" and previous < c.i < conjunct.i
        for c in (*head.children, *conjunct.doc[previous].children)
    )


def _inverted_subject(verb: Token) -> Token | None:
    """ "Instead, said Dr Reddy, the drones were …": the parser made the speaker after the
    subjectless cue a second subject of the reported clause. It is the one that opens right
    after the verb and is closed by a comma, before the clause's own subject."""
    doc = verb.doc
    for clause in verb.rights:
        if clause.dep_ != "ccomp":
            continue
        subjects = [c for c in clause.lefts if c.dep_ in _SUBJECTS]
        if len(subjects) < 2:
            return None
        first = subjects[0]
        last = first.right_edge.i  # the closing comma may hang on the name itself
        closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
        return first if first.left_edge.i == verb.i + 1 and closed else None
    return None


_NOUNS = frozenset({"NOUN", "PROPN"})
_OPENING_GAPS = frozenset({",", "”", '"', "—", "–", "-", "--"})
#: how a noun phrase that is the speaker can hang from an earlier word in a misparse
_STRANDED = frozenset({"appos", "pobj", "conj", "npadvmod"})


def _stranded_subject(verb: Token) -> Token | None:
    """The speaker right before a subjectless reporting verb, when the parser hung it on an
    earlier word (a dateline, a quotation): '"…," Brent Bozell, founder of X, tells …'."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].head.i == verb.i and doc[j].dep_ in ("aux", "neg", "advmod"):
        j -= 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0:
        return None
    chain = [doc[j]]  # from the last word up through the phrases that end there
    while chain[-1].head.i < chain[-1].i and chain[-1].head.right_edge.i == j:
        chain.append(chain[-1].head)
    found: Token | None = None
    for tok in chain:  # the widest phrase that opens after a comma, dash or quotation
        if (
            tok.dep_ in _STRANDED
            and tok.pos_ in _NOUNS
            and tok.right_edge.i == j
            and tok.left_edge.i > 0
            and doc[tok.left_edge.i - 1].text in _OPENING_GAPS
        ):
            found = tok
    return found


#: verbs whose "it" subject is a placeholder ("it seems that …", "it appears")
_IMPERSONAL = word_set("seem appear")


def _expletive(subject: Token, verb: Token, holder: Token) -> bool:
    """True for a placeholder "it" that names no source: "it was revealed that …", "it seems
    that …", "it's hard to imagine …" (the subject reached through a ``to``-infinitive).
    PolNeAR leaves such attributions without a source."""
    if subject.lower_ != "it":
        return False
    if holder is not verb and verb.dep_ in ("xcomp", "pcomp"):
        return True
    return _lemma(verb) in _IMPERSONAL or any(c.dep_ == "auxpass" for c in verb.children)


def _drop_from_source(child: Token) -> bool:
    """PolNeAR leaves a relative clause out of a source when it is an attribution of its own
    ("Mr. Kamin, who emphasized that …") but keeps other relative clauses, participles and
    prepositional phrases ("a poll released Friday")."""
    if child.dep_ == "acl" and _after_comma(child):
        return True  # "Rubio, speaking at a rally, said": a participle set off by commas
    if child.dep_ == "prep" and child.lower_ in ("on", "in", "at") and _setting(child):
        return True  # "Trump on Tuesday said", "Trump in his speech called …"
    if child.dep_ != "relcl":
        return False
    return any(_is_cue(t) for t in child.subtree if t.dep_ in ("relcl", "ROOT", "conj"))


_CLOSING_DASH = re.compile(r" ?(—|–|--|-)")


def _after_comma(child: Token) -> bool:
    """True when a comma opens the dependent: a non-restrictive addition to a noun phrase."""
    first = child.left_edge.i
    return first > 0 and child.doc[first - 1].text == ","


def _end_char(doc: Doc, i: int) -> int:
    """The character offset just after token ``i``."""
    token = doc[i]
    return token.idx + len(token)


def _source_range(text: str, subj: Token, verb: Token) -> Range:
    """The subject's noun phrase with appositions, on one line, without loose punctuation."""
    doc = subj.doc
    dropped: set[int] = set()
    for child in subj.children:
        if child.i > subj.i and _drop_from_source(child):
            dropped.update(t.i for t in child.subtree)
    left, right = subj.left_edge.i, subj.right_edge.i
    if left <= verb.i <= right:
        if subj.i < verb.i:
            right = verb.i - 1
        else:
            left = verb.i + 1
    stop = subj.i
    while stop < right and stop + 1 not in dropped:
        stop += 1
    right = stop
    # the words' characters are cut from ``text`` (the doc's), not joined by ``Span.text``
    # from a Token per word at every step
    subj_end = subj.idx + len(subj)
    while left < subj.i and "\n" in text[doc[left].idx : subj_end]:
        left += 1
    while right > subj.i and "\n" in text[subj.idx : _end_char(doc, right)]:
        right -= 1
    while left < right and (
        doc[left].is_punct
        or doc[left].is_space
        or (doc[left].dep_ in _LEADING and doc[left].head.i != left)
        or (doc[left].dep_ in ("advmod", "preconj") and doc[left].lower_ in _FOCUS_WORDS)
    ):
        left += 1  # "Even China, …", "Both Mr. King and …": the source starts at the noun
    while right > left and (doc[right].is_punct or doc[right].is_space):
        closer = _OPENER.get(doc[right].text)
        if closer is not None and closer in text[doc[left].idx : _end_char(doc, right - 1)]:
            break  # "Roy Cooper (D)": keep a bracket or quotation that closes inside
        right -= 1
    start, end = doc[left].idx, doc[right].idx + len(doc[right])
    if text[end : end + 1] == "," and "," in text[start:end]:
        end += 1  # PolNeAR keeps the comma that closes an apposition
    dash = _CLOSING_DASH.match(text, end)
    if dash and f" {dash.group(1)} " in text[start:end]:
        end = dash.end()  # and the dash that closes one ("Sims — a teacher —")
    return start, end


def _cue_left(doc: Doc, verb: Token, source: Range | None) -> int:
    """First token of the cue: auxiliaries, negation and adverbs right before the verb, and
    the governing verb of a ``to``-chain ("refused to disclose", "continued to call for")."""
    allowed = {verb.i}
    for child in verb.lefts:
        if source is not None and child.idx < source[1]:
            continue
        if child.dep_ in _AUX or (child.dep_ == "advmod" and child.pos_ == "ADV"):
            allowed.add(child.i)
    left = verb.i
    while left - 1 in allowed:  # only a contiguous run of such words counts
        left -= 1
    head = verb.head
    if verb.dep_ == "xcomp" and head.i < left and head.pos_ == "VERB":
        between = doc[head.i + 1 : left]
        if all(t.dep_ in _AUX or t.lower_ == "to" or t.pos_ == "ADV" for t in between):
            return _cue_left(doc, head, source)
    governor = _governor(doc, verb, left)
    if governor is not None:
        left = _cue_left(doc, governor, source)
    return left


def _governor(doc: Doc, verb: Token, left: int) -> Token | None:
    """The verb that carries the subject when the cue verb is only its purpose or manner:
    "took to Twitter to say", "went off script to comment on", "began by saying".
    PolNeAR's cue runs from that verb; a comma or another clause between them ends the
    chain."""
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and doc[left].lower_ == "to":
        pass
    elif verb.dep_ == "pcomp" and head.lower_ == "by" and head.i == left - 1:
        head = head.head
    else:
        return None
    if head.i >= left or head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    if any(t.dep_ in _SUBJECTS for t in verb.children):
        return None
    between = doc[head.i + 1 : left]
    if len(between) > 8 or any(t.is_punct or t.dep_ in _SUBJECTS for t in between):
        return None
    return head


def _cue_range(doc: Doc, text: str, verb: Token, source: Range | None) -> Range:
    """The verb with its auxiliaries, negation and adverbs, a particle, a colon and an
    "in a statement" phrase that follows it."""
    left = _cue_left(doc, verb, source)
    right = verb.i
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == right + 1:
            right = child.i
    for child in verb.rights:
        if child.i == right + 1 and child.dep_ == "npadvmod" and child.lower_ in _WEEKDAYS:
            right = child.i  # "said Tuesday"
    start, end = doc[left].idx, doc[right].idx + len(doc[right])
    setting = _SETTING.match(text, end)
    if setting:
        end = setting.end()
    if text[end : end + 1] == ":":
        end += 1
    return start, end


def _content_token(verb: Token, text: str) -> Token | None:
    """The head of what the verb reports: a clausal complement on its own line (right of the
    verb first), a to-infinitive or an object for the verbs that take those, or, for a
    parenthetical cue ("The test, the ministry said, was its biggest"), the clause it
    interrupts."""
    lemma = _lemma(verb)
    clauses = [
        c for c in verb.children if c.dep_ == "ccomp" and not _crosses_line(text, c.idx, verb.idx)
    ]
    if clauses:
        right = [c for c in clauses if c.i > verb.i]
        return _past_misread_acronym(right[0] if right else clauses[-1])
    for child in verb.rights:
        if child.lower_ == "that" and child.pos_ == "SCONJ" and child.dep_ == "dobj":
            return child  # "told the Desk that the shop … match": the clause parsed as object
    for child in verb.rights:
        # "asked if he would run": the parser files an indirect question as an adverbial
        first = child.left_edge
        if (
            lemma in _QUESTION_VERBS
            and child.dep_ == "advcl"
            and first.dep_ == "mark"
            and first.lower_ in _QUESTION_MARKS
        ):
            return child
    for child in verb.rights:
        if child.dep_ == "prep" and lemma in SPEECH_VERBS:
            # "said in a statement that …": the parser hangs the clause on "statement"
            for tok in child.subtree:
                if tok.dep_ in ("ccomp", "acl", "relcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
                ):
                    return tok
    if lemma in TO_VERBS:
        for child in verb.rights:
            if child.dep_ == "xcomp" and any(c.dep_ == "aux" for c in child.children):
                return child
    if lemma in OBJECT_VERBS:
        for child in verb.children:
            if child.dep_ == "dobj" and (child.i > verb.i or child.tag_ in ("WP", "WDT")):
                return child
    if _parenthetical(verb) and not _crosses_line(text, verb.head.idx, verb.idx):
        return verb.head
    return None


def _past_misread_acronym(clause: Token) -> Token:
    """The clause itself, or the clause under it when the parser took an agency's acronym for
    the verb of the reported clause ("told the state news agency SANA on Sunday that 11 …"):
    a word in capitals with no subject cannot be the reported verb."""
    word = clause.text
    if not (len(word) >= 2 and word.isalpha() and word.isupper()):
        return clause
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return clause
    inner = [c for c in clause.rights if c.dep_ == "ccomp"]
    return inner[0] if inner else clause


def _parenthetical(verb: Token) -> bool:
    """A cue set into the clause it reports: "The test, the ministry said, was its biggest",
    "As Reuters reported, talks stalled"."""
    if _lemma(verb) not in SPEECH_VERBS or verb.head.i == verb.i:
        return False
    if verb.dep_ == "parataxis" or _trailing_conjunct(verb):
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    )


def _trailing_conjunct(verb: Token) -> bool:
    """ "More than 70,000 people have fled …, the UN refugee agency said on Tuesday": the
    parser joins the cue to the clause before it as a conjunct with no "and"; the cue has a
    subject of its own set off by the comma before it."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or _joined_by_cc(verb):
        return False
    subject = next((c for c in verb.lefts if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    edge, doc = subject.left_edge.i, verb.doc
    if edge > 1 and doc[edge - 1].text in _CLOSING_QUOTES:
        edge -= 1  # '"… towards the city," the head of the centre, X, said'
    return edge > 0 and doc[edge - 1].text == ","


def _indirect(
    doc: Doc, text: str, head: Token, verb: Token, cue: Range, source: Range | None
) -> list[Range]:
    """Reported content: the complement's subtree, stopped before a comma that opens a
    non-restrictive clause, and split around the cue when the cue interrupts it ("Many were
    older, she said, and …")."""
    left, right = head.left_edge.i, head.right_edge.i
    # the parser sometimes hangs the previous or next sentence on the clause: stop at the
    # sentence-final punctuation on either side of the head (outside quotation marks)
    for i in range(head.i - 1, left - 1, -1):
        if doc[i].text in _SENTENCE_END and i < verb.i:
            left = i + 1
            break
    for i in range(head.i + 1, right + 1):
        if doc[i].text in _SENTENCE_END and i > verb.i and i < right:
            right = i
            break
    for i in range(max(left, head.i), right):
        tok = doc[i]
        if tok.text == "," and i + 1 <= right:
            following = doc[i + 1]
            if (
                following.lower_ in _CLAUSE_BREAKS
                or (following.tag_ == "VBG" and following.dep_ == "advcl")
                or (following.lower_ == "while" and i + 2 <= right and doc[i + 2].tag_ == "VBG")
            ):
                right = i - 1
                break
    for conjunct in head.rights:
        if left < conjunct.left_edge.i <= right and _report_joined_inside(conjunct) is not None:
            right = conjunct.left_edge.i - 1  # "… and assured that …" is a report of its own
            break
    while right > left and (doc[right].is_punct or doc[right].lower_ in _DANGLING):
        right -= 1  # "…scientific training, and" ends before its conjunction
    right = _before_trailing_apposition(doc, max(left, head.i), right)
    reason = _reason(verb, head) if head.dep_ == "dobj" and head.head.i == verb.i else None
    if reason is not None:
        right = reason.right_edge.i  # "criticized the plan as reckless", "accused X of lying"
    if head.dep_ == "dobj" and head.head.i == verb.i:
        right = _coordinated_object(doc, verb, right)
    lo, hi = doc[left].idx, doc[right].idx + len(doc[right])
    if source is not None and lo == source[0] and source[1] < hi:
        lo = source[1]  # the inverted speaker the parser put into the clause (see above)
    clause_lo = min(cue[0], source[0]) if source else cue[0]
    clause_hi = max(cue[1], source[1]) if source else cue[1]
    if head.i == verb.head.i and _parenthetical(verb):
        first = verb.left_edge.i
        if source is not None and source[0] > verb.idx:
            # "The strike, said the governor, was …" parsed with "strike" as a second subject
            # of "said": the words before the inverted cue are the clause's, not the cue's
            for child in verb.lefts:
                if child.dep_ in _SUBJECTS:
                    first = max(first, child.right_edge.i + 1)
        clause_lo = min(clause_lo, doc[first].idx)
        clause_hi = max(clause_hi, doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i]))
    if lo <= clause_lo < hi:  # the cue interrupts the clause, or closes it: never inside it
        pieces = [_trim(text, lo, clause_lo), _trim(text, clause_hi, hi)]
        # "But, she noted, voters …": a connective alone before the cue is no content
        return [p for p in pieces if p[1] > p[0] and text[p[0] : p[1]].lower() not in _LINKING]
    return [_trim(text, lo, hi)]


def _coordinated_object(doc: Doc, verb: Token, right: int) -> int:
    """Where an object content ends when a second object, which the parser joined to the verb
    instead of the first object, follows it ("blasted the film and the books", "described
    immigrants as a burden and as people who …"): PolNeAR's content takes both."""
    for child in verb.rights:
        if child.dep_ != "conj" or child.i <= right or child.pos_ not in _CONJOINED:
            continue
        between = doc[right + 1 : child.left_edge.i]
        if len(between) and all(t.dep_ == "cc" or t.is_punct for t in between):
            return child.right_edge.i
        return right
    return right


#: parts of speech of a conjunct that can only continue an object, not the verb
_CONJOINED = frozenset({"NOUN", "PROPN", "ADP"})


def _after_connective(doc: Doc, left: int, limit: int) -> int:
    """First token of a content once the words linking it to the previous sentence are
    dropped ("But …", "And …", "Still, …"): PolNeAR's content starts after them."""
    while left < limit:
        tok = doc[left]
        if tok.dep_ == "cc" or tok.is_punct or tok.is_space:
            left += 1
        elif tok.dep_ == "advmod" and doc[left + 1].text == "," and tok.head.i > left + 1:
            left += 2
        else:
            break
    return left


#: dependents that, set off by a comma at the end of a content, only describe what precedes
_APPENDED = frozenset({"appos", "npadvmod"})
#: relative words of a clause about a person or place named at the end of a content
#: ("…, who was his chief of staff", "…, where Republicans will select a nominee")
_PERSON_RELATIVES = word_set("who whom whose where")


def _before_trailing_apposition(doc: Doc, first: int, right: int) -> int:
    """Where a content ends when its last words are an apposition after a comma ("…win a
    general election, a 16-point margin", "backing Bush, the former governor") or a relative
    clause about a person or place ("…, who was his chief of staff"): PolNeAR's content stops
    before that comma, since those words are the writer's gloss."""
    for i in range(right - 1, first, -1):
        if doc[i].text != ",":
            continue
        roots = [t for t in doc[i + 1 : right + 1] if not i < t.head.i <= right]
        if len(roots) != 1 or roots[0].head.i >= i:
            return right
        root = roots[0]
        gloss = root.dep_ in _APPENDED and root.pos_ == "NOUN" and doc[i + 1].pos_ in ("DET", "ADV")
        about_someone = root.dep_ == "relcl" and doc[i + 1].lower_ in _PERSON_RELATIVES
        return i - 1 if gloss or about_someone else right
    return right


def _span_of(doc: Doc, left: int, right: int) -> Range:
    return doc[left].idx, doc[right].idx + len(doc[right])


def _described(doc: Doc, verb: Token) -> tuple[int, int, bool] | None:
    """``called the plan "reckless"``, ``described him as a fraud``, ``urged Trump to stop``:
    the object plus its complement; the flag says whether a clausal complement follows (which
    makes the pair the content of any cue verb)."""
    dobj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if dobj is None:
        return None
    right = dobj.right_edge.i
    clausal = False
    for child in verb.rights:
        if child.i > right and (
            child.dep_ in ("oprd", "xcomp", "ccomp")
            or (child.dep_ == "prep" and child.lower_ in ("as", "for", "of", "to"))
        ):
            right = child.right_edge.i
            clausal = clausal or child.dep_ in ("xcomp", "ccomp")
    start, end = _span_of(doc, dobj.left_edge.i, right)
    return start, end, clausal


_ENDS_SOON = re.compile(r"[^,;:.!?\n\"“”]{0,40}[.!?]")
_LAST_SENTENCE_END = re.compile(r".*[.!?][\"”’']?\s+", re.DOTALL)


def _preposed(text: str, verb: Token, source: Range | None) -> Range | None:
    """``<clause>, officials said``: when the parse lost the clause (it hung it on a headline
    or dateline), the sentence up to the comma before the source is the content."""
    if source is None or source[1] > verb.idx:
        return None
    if not _ENDS_SOON.match(text, verb.idx + len(verb)):
        return None  # the cue must close the sentence ("…, officials said on Wednesday.")
    comma = source[0] - 1
    while comma > 0 and text[comma] == " ":
        comma -= 1
    if text[comma] != ",":
        return None
    line_start = text.rfind("\n", 0, comma) + 1
    segment = text[line_start:comma]
    before = _LAST_SENTENCE_END.match(segment)
    start = line_start + (before.end() if before else 0)
    piece = _trim(text, start, comma)
    return piece if piece[1] - piece[0] > 10 else None


#: prepositions that give the reason of a stance on an object ("accused Trump of lying",
#: "criticized him for the remark", "charged him with fraud"): PolNeAR's content runs over them
_REASON_PREPOSITIONS = word_set("of for with over")
#: prepositions whose phrase after an object belongs to the content ("referred to the US as
#: …", "blamed the law on …"); "on", "at", "during" mostly give the occasion instead
_OBJECT_PREPOSITIONS = _REASON_PREPOSITIONS | word_set("as to by in against about from into on")
_SETTING_NOUNS = word_set(
    "tweet interview statement speech debate conference rally event letter post video"
    " appearance hearing meeting email release op-ed ruling session show program broadcast"
)


def _reason(verb: Token, dobj: Token) -> Token | None:
    """The last of the phrases that follow the verb's object and belong to what is reported
    ("accused Trump of lying", "referred to the US as …", "devoted resources to the state"),
    when there are any; a phrase saying when, where or to whom it was said ends the run."""
    last: Token | None = None
    for child in verb.rights:
        if child.i != (last or dobj).right_edge.i + 1:
            continue
        if child.dep_ != "prep" or child.lower_ not in _OBJECT_PREPOSITIONS or _setting(child):
            break
        last = child
    return last


def _setting(prep: Token) -> bool:
    """True for a phrase that says when, where or to whom something was said ("on Monday",
    "in a tweet", "to me"): PolNeAR leaves it out of the content."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (
        pobj.ent_type_ in ("DATE", "TIME")
        or pobj.lemma_.lower() in _SETTING_NOUNS
        or (pobj.pos_ == "PRON" and prep.lower_ == "to")
    )


def _crosses_line(text: str, a: int, b: int) -> bool:
    return text.find("\n", min(a, b), max(a, b)) != -1


def _one_line(text: str, lo: int, hi: int, anchor: int) -> list[Range]:
    """Cut a content range to one paragraph: the parser sometimes runs a sentence over a
    paragraph break. The paragraph holding ``anchor`` (the content's head) is kept, else the
    one nearest to it."""
    if text.find("\n", lo, hi) == -1:
        return [(lo, hi)]
    pieces: list[Range] = []
    start = lo
    while start < hi:
        stop = text.find("\n", start, hi)
        stop = hi if stop == -1 else stop
        piece = _trim(text, start, stop)
        if piece[1] > piece[0]:
            pieces.append(piece)
        start = stop + 1
    if not pieces:
        return []
    best = min(
        pieces,
        key=lambda p: 0 if p[0] <= anchor < p[1] else min(abs(p[0] - anchor), abs(p[1] - anchor)),
    )
    return [best]


def _infinitive_after(verb: Token, last: int) -> Token | None:
    """A ``to``-infinitive of the verb that starts right after token ``last``."""
    for child in verb.rights:
        if (
            child.dep_ in ("xcomp", "advcl", "ccomp")
            and child.left_edge.i == last + 1
            and child.left_edge.lower_ == "to"
        ):
            return child
    return None


def _prepositional(doc: Doc, verb: Token) -> tuple[Token, Token] | None:
    """``called for a review``, ``pointed to the polls``: the preposition right after the verb
    (or its particle) and its object."""
    after = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == after:
            after += 1
    for child in verb.rights:
        if child.i == after and child.dep_ == "prep" and child.lower_ in CUE_PREPOSITIONS:
            if _lemma(verb) in TALK_VERBS and child.lower_ not in TALK_PREPOSITIONS:
                return None
            pobj = next((c for c in child.rights if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return child, pobj
        if child.left_edge.i == after and child.dep_ in ("advcl", "ccomp"):
            # "called for the US to step up its efforts": the parser makes "for" the mark of
            # an infinitive clause; its subject starts the content
            mark = doc[after]
            subject = next((c for c in child.lefts if c.dep_ in _SUBJECTS), None)
            if mark.dep_ == "mark" and mark.lower_ == "for" and subject is not None:
                return mark, subject
    return None


def _content(
    doc: Doc,
    text: str,
    verb: Token,
    cue: Range,
    source: Range | None,
    quotes: list[QuotedSpan],
) -> tuple[list[Range], list[str], Range]:
    """Content fragments of the cue ``verb`` with their kinds, and the cue (which grows by a
    preposition when the content is that preposition's object)."""
    lemma = _lemma(verb)
    raw: list[Range] = []
    head = _content_token(verb, text)
    if head is not None and _crosses_line(text, head.idx, verb.idx):
        head = None  # the parser joined two paragraphs: that clause is not this verb's
    found = _prepositional(doc, verb) if lemma in PREP_VERBS else None
    if found is not None:
        prep, pobj = found
        cue = (cue[0], prep.idx + len(prep))
        last = pobj.right_edge.i
        if pobj.head.i != prep.i:  # the subject of a "for … to" clause: the whole clause
            last = pobj.head.right_edge.i
        purpose = _infinitive_after(verb, last)
        if purpose is not None:
            last = purpose.right_edge.i  # "called on Sanders to do the same"
        raw = [_trim(text, *_span_of(doc, pobj.left_edge.i, last))]
    else:
        described = _described(doc, verb)
        if described is not None and (
            lemma in DESCRIBE_VERBS or (described[2] and lemma in TO_VERBS)
        ):
            raw = [_trim(text, described[0], described[1], keep_end="\"”’'»")]
        elif head is not None and not (head.dep_ == "dobj" and lemma in DESCRIBE_VERBS):
            raw = _indirect(doc, text, head, verb, cue, source)
            rest = _continuation(doc, text, verb, head, quotes) if raw else None
            if rest is not None:
                raw.append(rest)
    if not raw and lemma in SPEECH_VERBS:
        preposed = _preposed(text, verb, source)
        if preposed is not None:
            raw = [preposed]
    anchor = head.idx if head is not None else verb.idx
    raw = [piece for lo, hi in raw for piece in _one_line(text, lo, hi, anchor)]
    fragments: list[Range] = []
    kinds: list[str] = []
    for lo, hi in raw:
        if hi <= lo:
            continue
        inner = _overlapping(quotes, lo, hi)
        if not inner:
            fragments.append((lo, hi))
            kinds.append("indirect")
            continue
        outside = text[lo:hi]
        for q in reversed(inner):
            outside = outside[: max(0, q.start - lo)] + outside[max(0, q.end - lo) :]
        if not outside.strip(_EDGE_PUNCT + "\"“”'’‘"):
            for q in inner:
                fragments.append((q.start, q.end))
                kinds.append("direct")
        else:
            fragments.append((min(lo, inner[0].start), max(hi, inner[-1].end)))
            kinds.append("mixed")
    return fragments, kinds, cue


#: clauses that carry reported words on past a cue set in the middle of the sentence
_CARRYING_CLAUSES = frozenset({"advcl", "conj", "ccomp"})
#: what may stand between such a cue and its closing comma ("he told Reuters on Monday,")
_CUE_COMPANIONS = frozenset({"nsubj", "dobj", "dative", "npadvmod", "advmod", "prep", "aux"})


def _continuation(
    doc: Doc, text: str, verb: Token, head: Token, quotes: list[QuotedSpan]
) -> Range | None:
    """ "The town would fall within weeks, he said, unless reinforcements arrived": when the
    reported clause comes before a cue set off by commas, a clause of the verb after the
    second comma carries the same words on to the sentence's end (a second fragment). Not
    when that clause lies inside a quotation opened before it: those are someone's words
    the parser hung on the cue ("…,” stressed X, who affirmed that … “…, because …”")."""
    if head.i > verb.i:
        return None
    for child in verb.rights:
        edge = child.left_edge.i
        if child.dep_ in _CARRYING_CLAUSES and doc[edge - 1].text == ",":
            # between the cue and that comma only the cue's own words, and no other
            # punctuation of the verb ("he said, on Monday, unless …" is left alone)
            between = doc[verb.i + 1 : edge - 1]
            own_subject = any(c.dep_ in _SUBJECTS | {"expl"} for c in child.children)
            if own_subject and all(
                t.dep_ in _CUE_COMPANIONS or t.head.i != verb.i for t in between
            ):  # not "he said, adding that …" nor "he said, and left"
                first = _after_connective(doc, edge, child.right_edge.i)
                if _inside_quote(quotes, doc[first].idx) or _dated_by_event(child):
                    return None
                return _trim(text, *_span_of(doc, first, child.right_edge.i))
            return None
        if child.dep_ not in _CUE_COMPANIONS and child.dep_ != "punct":
            return None
    return None


def _dated_by_event(clause: Token) -> bool:
    """ "…, the ministry said on Tuesday, a day after Beijing warned …": a clause that dates
    the statement by another event is the writer's, not more of what was said."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children) and (
        any(c.dep_ == "npadvmod" for c in clause.children)
    )


def _overlapping(quotes: list[QuotedSpan], start: int, end: int) -> list[QuotedSpan]:
    return [q for q in quotes if q.start < end and start < q.end]


def _adjacent_quotes(text: str, quotes: list[QuotedSpan], lo: int, hi: int) -> list[QuotedSpan]:
    """Quotations that touch the cue clause [lo, hi): ``"…," he said`` and ``he said: "…"``.

    A quotation before the clause must run into it: one closed by a full stop is a sentence of
    its own, and the clause after it starts a new one ("…. Clinton said he was …")."""
    found: list[QuotedSpan] = []
    for quote in quotes:
        if quote.end <= lo and _GAP_BEFORE.match(text[quote.end : lo]):
            if "\n" in text[quote.end : lo]:
                continue
            last = text[quote.start : quote.end].rstrip("\"”’'»« ")[-1:]
            if last != "." or text[quote.end : lo].strip(" ") in (",", "—", "–", "-"):
                found.append(quote)
        elif (
            quote.start >= hi
            and quote.start - hi <= 60
            and _GAP_AFTER.match(text[hi : quote.start])
        ):
            found.append(quote)
    return found


def _reports_on_its_own(child: Token, text: str) -> bool:
    """True for a ``to``-complement that is a cue with content of its own ("refused to
    disclose his returns"); "declined to comment" is the head verb's content instead."""
    if child.dep_ != "xcomp" or not _is_cue(child):
        return False
    return _content_token(child, text) is not None or _prepositional(child.doc, child) is not None


def _raised(doc: Doc, text: str, verb: Token) -> Attribution | None:
    """``Melania seems to have vanished``, ``Trump is expected to win``: an impression or a
    passive report without a source; its content is the subject and the infinitive, around
    the cue."""
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if xcomp is None and _lemma(verb) in RAISING_VERBS:
        # "his supporters seemed equally unperturbed": an adjective or noun complement
        xcomp = next((c for c in verb.rights if c.dep_ in ("acomp", "oprd", "attr")), None)
    subj = next((c for c in verb.lefts if c.dep_ in _SUBJECTS), None)
    if xcomp is None or subj is None or (subj.pos_ == "PRON" and subj.lower_ == "it"):
        return None
    cue = _cue_range(doc, text, verb, _subtree_range(subj))
    fragments = [
        _trim(text, *_subtree_range(subj, stop=verb.i)),
        _trim(text, *_span_of(doc, xcomp.left_edge.i, xcomp.right_edge.i)),
    ]
    fragments = [f for f in fragments if f[1] > f[0]]
    if len(fragments) < 2:
        return None
    return Attribution(fragments, cue, None, ["indirect", "indirect"], 0.4, verb.i)


def _passive(doc: Doc, text: str, verb: Token) -> Attribution | None:
    """``Trump has been criticized by his rivals for …``: the stance's object is the passive
    subject (with the reason that follows the verb), the source is the ``by`` agent."""
    if _lemma(verb) not in _PASSIVE_CUES or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or _crosses_line(text, subj.idx, verb.idx):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    source = _trim(text, *_subtree_range(pobj)) if pobj is not None else None
    cue = _cue_range(doc, text, verb, None)
    fragments = [_trim(text, *_subtree_range(subj, stop=verb.i))]
    for child in verb.rights:
        if (child.dep_ == "prep" and child.lower_ in _REASON_PREPOSITIONS) or child.dep_ == "oprd":
            fragments.append(_trim(text, *_span_of(doc, child.left_edge.i, child.right_edge.i)))
            break
    fragments = [f for f in fragments if f[1] > f[0]]
    confidence = 0.55 if source is not None else 0.4
    return Attribution(fragments, cue, source, ["indirect"] * len(fragments), confidence, verb.i)


#: a conjunction and a word between reported words and a quotation: another verb's clause
#: ("noted that …, and added: “…”")
_NEW_CLAUSE = re.compile(r"\b(?:and|but)\s+\w+", re.IGNORECASE)


def _join_close(
    text: str, fragments: list[Range], kinds: list[str], cue: Range, source: Range | None
) -> tuple[list[Range], list[str]]:
    """Join reported words and the quotation right after them into one mixed fragment
    (``he's "confident" that once …, "these two men …"``) unless the cue or source lies
    between them (a split quote stays split)."""
    out: list[Range] = [fragments[0]]
    out_kinds = [kinds[0]]
    for fragment, kind in zip(fragments[1:], kinds[1:], strict=True):
        start, end = out[-1]
        gap = text[end : fragment[0]]
        between = [r for r in (cue, source) if r is not None and end <= r[0] < fragment[0]]
        reported = {kind, out_kinds[-1]} & {"indirect", "mixed"}
        close = len(gap) <= 40 and "\n" not in gap and not _SENT_GAP.search(gap)
        if reported and close and not between and not _NEW_CLAUSE.search(gap):
            out[-1] = (start, max(end, fragment[1]))
            out_kinds[-1] = "mixed"
            continue
        out.append(fragment)
        out_kinds.append(kind)
    return out, out_kinds


def _inside_quote(quotes: list[QuotedSpan], index: int) -> bool:
    return any(q.start < index < q.end for q in quotes)


@dataclass(frozen=True, slots=True)
class QuoteInteriors:
    """The offsets strictly inside some quotation, as sorted disjoint runs [first, last]:
    :meth:`holds` answers :func:`_inside_quote`'s question with one binary search, for the
    callers that ask it of every candidate word of the article."""

    firsts: list[int]
    lasts: list[int]

    @classmethod
    def of(cls, quotes: list[QuotedSpan]) -> QuoteInteriors:
        firsts: list[int] = []
        lasts: list[int] = []
        for start, end in sorted((q.start, q.end) for q in quotes):
            first, last = start + 1, end - 1  # the offsets x with start < x < end
            if last < first:
                continue
            if lasts and first <= lasts[-1] + 1:  # overlapping or adjacent: one run
                lasts[-1] = max(lasts[-1], last)
            else:
                firsts.append(first)
                lasts.append(last)
        return cls(firsts, lasts)

    def holds(self, index: int) -> bool:
        """``_inside_quote(quotes, index)`` for the quotes this was made of."""
        run = bisect_right(self.firsts, index) - 1
        return run >= 0 and index <= self.lasts[run]


def _lemma(tok: Token) -> str:
    """The verb's lemma as the lexicon spells it (mending the model's "hoped" → "hop")."""
    lemma = tok.lemma_.lower()
    return LEMMA_ALIASES.get(lemma, lemma)


def _is_cue(tok: Token) -> bool:
    """A verb of the reporting lexicon: the cues the rules trust without the model."""
    return tok.pos_ == "VERB" and _lemma(tok) in CUE_VERBS
