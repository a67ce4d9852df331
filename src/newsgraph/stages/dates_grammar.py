"""Tense of a date's clause read off the dependency parse, for the ``dates`` stage.

A bare "Monday" is the past Monday after "met" and the coming one after "meet" or "will
meet"; a word window cannot tell the present "meet" from a noun, the parse can. The date is
followed up its chain of heads to the first verb that carries tense: a finite verb's tag and
auxiliaries give past, present or future. Non-finite verbs on the way pass the question up:
"is expected to rule on Friday" asks "is expected" (present, so ahead), "protesters gathering
on Friday" asks the main verb. A participle modifying a noun ("the deal signed on Friday")
reports something done, so it is past.

Present tense with a weekday looks ahead in news ("talks resume on Tuesday") except on verbs of
saying ("the ministry says on Monday ..." is headline style for a past day): for those the parse
gives no answer and the word window decides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: modal auxiliaries: the clause talks about what will, would or may happen
_MODALS = frozenset(
    {"will", "wo", "'ll", "’ll", "shall", "would", "'d", "could", "may", "might", "can"}
    | {"should", "must", "ca"}
)
#: modals that put the clause itself in the future
_FUTURE_MODALS = frozenset({"will", "wo", "'ll", "’ll", "shall", "would", "'d"})
#: verbs of saying: in the present they are headline style for a past report, not a plan
_SAYING = frozenset(
    {"say", "tell", "report", "confirm", "announce", "claim", "state", "add", "write", "note"}
    | {"insist", "deny", "warn", "admit", "acknowledge", "reveal", "declare", "allege"}
)
#: dependencies of a participle that modifies a noun rather than heading a clause
_ATTRIBUTIVE = frozenset({"acl", "amod", "relcl"})
#: a participle without auxiliary in one of these reports something done ("the deal signed
#: on Friday", "the agreement, announced Friday, ...")
_REDUCED = _ATTRIBUTIVE | {"advcl"}
_MAX_STEPS = 12


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith(("VB", "MD"))


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def verb_tense(verb: Token) -> str | None:
    """``"past"``, ``"present"``, ``"future"``, ``"infinitive"``, ``"participle"`` (modifying a
    noun), ``"nonfinite"`` (a bare participle or gerund heading its own phrase) or None."""
    auxes = _auxiliaries(verb)
    if auxes:
        first = auxes[0]
        if first.tag_ == "TO" or first.lower_ == "to":
            return "infinitive"
        if first.tag_ == "MD" or first.lower_ in _MODALS:
            perfect = any(a.lemma_.lower() == "have" for a in auxes[1:])
            if first.lower_ in _FUTURE_MODALS:
                return "future"
            # "could have met on Monday" is past; "may meet on Monday" looks ahead like a
            # present, without making "in a year or two" a date
            return "past" if perfect else "present"
        perfect = any(a.lemma_.lower() == "have" for a in auxes)
        if perfect or first.tag_ == "VBD":
            return "past"  # "has met", "had met", "did not meet", "was held", "was meeting"
        if first.tag_ in ("VBZ", "VBP"):
            return "present"  # "is held", "are meeting", "does not meet"
        return None
    if verb.dep_ in _REDUCED and verb.tag_ in ("VBN", "VBD"):
        return "participle"  # "the deal signed on Friday"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children):
        return "present"  # "said the ministers meet Monday": a plural present tagged as base
    if verb.tag_ in ("VBG", "VBN"):
        return "nonfinite"
    return None


#: how a date can hang on a verb as its time adverbial ("met Monday", "on Monday", "Monday
#: night"); a date inside a noun phrase ("Friday's purchases", "a June agreement") dates that
#: noun, whose event the verb's tense says nothing about
_ADVERBIAL = frozenset({"npadvmod", "tmod", "obl", "advmod", "nmod:tmod", "dobj", "attr"})


def _governing_verb(root: Token) -> Token | None:
    """The verb a date is an adverbial of: directly ("met Monday") or through a preposition
    ("met on Monday"); None for a date inside a noun phrase or under an adjective ("effective
    Feb. 1"), where the words around it are the better guide."""
    if any(child.dep_ == "case" for child in root.children) or root.dep_ == "poss":
        return None
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in _ADVERBIAL:
        return None
    if head.i == root.i or not _is_verb(head):
        return None
    low, high = sorted((head.i, root.i))
    if any(_finite(t) for t in root.doc[low + 1 : high]):
        return None  # another clause's verb sits between: the attachment is doubtful
    return head


def _finite(token: Token) -> bool:
    """A verb with its own tense: a finite tag that is not an auxiliary of another verb."""
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") and token.dep_ not in ("aux", "auxpass")


def clause_tense(token: Token) -> tuple[str | None, Token | None]:
    """The tense governing ``token`` and the verb that gave it (None, None when unknown)."""
    infinitive = False
    current = token
    for _ in range(_MAX_STEPS):
        if _is_verb(current):
            found = verb_tense(current)
            if found == "participle":
                # "the deal signed on Friday" is done; "talks set to resume Monday" lie ahead
                return ("future" if infinitive else "past"), current
            if found == "infinitive":
                infinitive = True
            elif found in ("past", "present", "future"):
                if infinitive and found == "past":
                    return None, current  # "planned to visit on Friday": either side
                if infinitive:
                    return "future", current  # "is due to visit on Thursday"
                return found, current
        if current.head.i == current.i:
            break
        current = current.head
    return None, None


class ParseGrammar:
    """:class:`newsgraph.timex.Grammar` over a parsed ``Doc``: character offsets in, tense out."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def _root(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.root

    def tense(self, start: int, end: int) -> str | None:
        root = self._root(start, end)
        verb = None if root is None else _governing_verb(root)
        if verb is None:
            return None
        found, verb = clause_tense(verb)
        if found == "present" and verb is not None and verb.lemma_.lower() in _SAYING:
            return None  # "the ministry says on Monday": headline style, not a plan
        return found

    def scheduled_ahead(self, start: int, end: int) -> bool | None:
        """Whether the thing set "for Friday" is still to come.

        Ahead when "for" hangs on the verb that sets the day ("announced a strike for Friday",
        "was set for Friday", whatever its tense) or when the clause around the scheduled
        thing is not past; not when the thing is only mentioned in a past clause through a
        noun or a participle ("the strike called for Friday paralysed the capital").
        """
        root = self._root(start, end)
        if root is None or root.dep_ != "pobj" or root.head.lower_ != "for":
            return None
        holder = root.head.head
        if holder.i == root.head.i:
            return None
        if _is_verb(holder) and holder.dep_ not in _ATTRIBUTIVE:
            return True  # the announcing verb itself
        via_participle = _is_verb(holder)
        thing = holder.head if via_participle else holder
        if not via_participle and thing.dep_ in ("dobj", "attr", "oprd"):
            return True  # "announced a strike for Friday", "for" read as the noun's
        found, _ = clause_tense(thing)
        return found != "past"
