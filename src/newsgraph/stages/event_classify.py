"""Score CASE 2021 / ACLED sub-event types over a stretch of text from its cues.

Direct cues vote for their label with their weight. Frames (labels starting with ``_``) are
resolved in context, following ACLED's codebook:

* a protest plus violence by the protesters is a violent demonstration; plus lethal or injuring
  force by others, excessive force against protesters; plus arrests, tear gas or dispersal,
  a protest with intervention; otherwise a peaceful protest;
* an attack or a killing is an armed clash when the other side is armed, an attack (violence
  against civilians) when it is not;
* "seize"/"capture" is a change of territory when what is taken is a place (regained by a
  state's forces, overtaken by a non-state group, a non-violent transfer when someone
  withdrew), a disruption of weapons use when it is weapons, organised crime when contraband;
* "set up" with a base or post is a new headquarters; an explosion with industrial or
  accidental context is a man-made disaster, otherwise a remote explosive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicons.events import (
    BASE_WORDS,
    CONTRABAND_WORDS,
    TERRITORY_WORDS,
    WEAPON_WORDS,
)
from ..spans import in_boilerplate
from .event_context import agent_of, group_of, head_keys, is_armed, patient_of
from .event_cues import Cue, find_cues
from .event_modality import mode_of

#: territorial verbs whose default actor is the state ("the army retook the town")
_REGAIN = frozenset(
    {
        "recapture",
        "retake",
        "retook",
        "regain",
        "reclaim",
        "liberate",
        "liberation",
        "win back",
        "drive out",
        "push back",
        "flush out",
        "recover control",
        "regain control",
    }
)
#: territorial verbs that only count when what is taken is named as a place
_NEEDS_PLACE = frozenset({"take", "enter", "occupy", "advance into", "control of", "wrest"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_BACKGROUND = frozenset({"relcl", "acl"})
#: labels of fighting whose denial ("no clashes", "did not fight") says a change was peaceful
_VIOLENCE = frozenset({"ARMED_CLASH", "_ATTACK", "_HARM"})
_GRIEVANCE_PREPS = frozenset({"over", "about", "against", "for", "after", "following"})
#: weight of cues in clauses modifying a noun
BACKGROUND_FACTOR = 0.6
#: weight of generic violence words when a specific means (a weapon) is named: ACLED codes
#: the most specific sub-event type
GENERIC_WHEN_SPECIFIC = 0.5
#: labels named after a weapon: when the weapon is what was seized, the event is its seizure
_WEAPON_LABELS = frozenset(
    {"REM_EXPLOS", "GRENADE", "ART_MISS_ATTACK", "CHEM_WEAP", "SUIC_BOMB", "AIR_STRIKE"}
)
_PROTEST_CAP = 6.0


@dataclass(frozen=True, slots=True)
class Scored:
    """The score of one label in a window and the cue that best stands for it (the trigger)."""

    label: str
    score: float
    trigger: Cue


@dataclass(slots=True)
class _Tally:
    scores: defaultdict[str, float]
    best: dict[str, tuple[float, Cue]]

    def add(self, label: str, weight: float, cue: Cue) -> None:
        if weight <= 0:
            return
        self.scores[label] += weight
        if label not in self.best or weight > self.best[label][0]:
            self.best[label] = (weight, cue)


def _root(doc: Doc, cue: Cue) -> Token:
    """The syntactic head of a (possibly multi-word) cue."""
    if cue.end - cue.start == 1:
        return doc[cue.start]
    return doc[cue.start : cue.end].root


def _clause_factor(doc: Doc, cue: Cue) -> float:
    """Less weight for a cue inside a clause that modifies a noun: background, not the news
    ("protests over two students killed in a road accident" are protests)."""
    if cue.label in _WEAPON_LABELS:
        return 1.0  # "an attack using grenades": the weapon is the means, not background
    token = _root(doc, cue)
    for _ in range(12):
        if token.dep_ in _BACKGROUND:
            return BACKGROUND_FACTOR
        if token.head is token:
            break
        token = token.head
    return 1.0


def _is_place(head: Token | None) -> bool:
    if head is None:
        return False
    if head.ent_type_ in _PLACE_ENTS:
        return True
    return bool(head_keys(head) & TERRITORY_WORDS)


def _victim(root: Token) -> Token | None:
    """Who suffers a harm word: object of "kill", subject of "die", the noun "casualties"."""
    victim = patient_of(root) if root.pos_ in ("VERB", "NOUN") else None
    if victim is None and root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        victim = root
    if victim is None and root.pos_ in ("VERB", "ADJ"):
        victim = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return victim


def _resolve_protest(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    # dispersing a crowd, water cannon, rubber bullets: a gathering is being policed even when
    # the text never says "protest"
    signs = frames["_PROTEST"] or frames["_REPRESS"]
    protest = sum(w for _, w in frames["_PROTEST"]) + 0.5 * sum(w for _, w in frames["_REPRESS"])
    protest_cue = max(signs, key=lambda cw: cw[1])[0]
    riot: list[tuple[Cue, float]] = []
    force: list[tuple[Cue, float]] = []
    for cue, weight in frames["_HARM"] + frames["_ATTACK"]:
        if _clause_factor(doc, cue) < 1.0:
            continue  # "protests over a student's death": the death is not the protest's
        root = _root(doc, cue)
        if root.dep_ == "pobj" and root.head.lower_ in _GRIEVANCE_PREPS:
            continue  # "protested over the deaths": what the protest is about
        agent = group_of(agent_of(root))
        if agent == "protester":
            riot.append((cue, weight))
        elif agent == "state" or group_of(_victim(root)) == "protester":
            force.append((cue, weight))
        elif agent is None and cue.label == "_HARM" and group_of(_victim(root)) != "state":
            force.append((cue, 0.5 * weight))  # hurt at a protest, by whom unsaid
    for label in ("VIOL_DEMONSTR", "PROPERTY_DISTRUCT", "ARMED_CLASH", "MOB_VIOL"):
        riot.extend((cue, w) for cue, w in frames["=" + label])
    for cue, weight in frames["_UNREST"]:
        by_protesters = group_of(agent_of(_root(doc, cue))) == "protester"
        riot.append((cue, 2.0 * weight if by_protesters else weight))
    inter = frames["_REPRESS"] + frames["_QUELL"] + frames["_TEARGAS"] + frames["=ARREST"]
    base = min(protest, _PROTEST_CAP)
    riot_w = sum(w for _, w in riot)
    force_w = sum(w for _, w in force)
    inter_w = sum(w for _, w in inter)
    if riot_w >= 1.0 and riot_w >= force_w:
        tally.add("VIOL_DEMONSTR", base + riot_w, max(riot, key=lambda cw: cw[1])[0])
    elif force_w > 0:
        trigger = max(force, key=lambda cw: cw[1])[0]
        tally.add("FORCE_AGAINST_PROTEST", base + force_w + inter_w, trigger)
    elif inter_w > 0:
        trigger = max(inter, key=lambda cw: cw[1])[0]
        tally.add("PROTEST_WITH_INTER", base + inter_w, trigger)
    else:
        tally.add("PEACE_PROTEST", base, protest_cue)


def _resolve_violence(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    named = (cue.weight for label in _WEAPON_LABELS for cue, _ in frames["=" + label])
    specific = max(named, default=0.0)
    scale = GENERIC_WHEN_SPECIFIC if specific >= 2.5 else 1.0
    for cue, weight in frames["_ATTACK"]:
        weight *= scale
        root = _root(doc, cue)
        patient = patient_of(root)
        target = group_of(patient)
        agent = group_of(agent_of(root))
        # a named target group makes "attacked" concrete; a person attacked may be words only
        concrete = 0.0 if patient is None or patient.ent_type_ == "PERSON" else 1.0
        if is_armed(target):
            tally.add("ARMED_CLASH", weight + concrete, cue)
        elif target == "civilian" or _is_place(patient):
            tally.add("ATTACK", weight + concrete, cue)
        elif agent == "state":
            tally.add("ARMED_CLASH", 0.6 * weight, cue)
        else:
            tally.add("ATTACK", 0.6 * weight, cue)
            tally.add("ARMED_CLASH", 0.5 * weight, cue)
    for cue, weight in frames["_HARM"]:
        weight *= scale
        group = group_of(_victim(_root(doc, cue)))
        if is_armed(group):
            tally.add("ARMED_CLASH", 0.8 * weight, cue)
        elif group == "civilian":
            tally.add("ATTACK", weight, cue)
        else:
            tally.add("ATTACK", 0.3 * weight, cue)
    for cue, weight in frames["_TEARGAS"]:
        tally.add("CHEM_WEAP", 0.8 * weight, cue)


def _seized(root: Token) -> Token | None:
    """What a seizure verb or noun takes; for "the rifles troops seized" the modified noun."""
    patient = patient_of(root)
    if patient is None and root.dep_ in ("relcl", "acl") and root.head.pos_ in ("NOUN", "PROPN"):
        patient = root.head
    return patient


def _weapon_seizures(
    doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]
) -> set[int]:
    """Score seizures of weapons and contraband; the tokens of what was seized.

    A weapon word inside a seized object ("two explosive devices were found") names what
    was taken, not an explosion: the caller moves those cues' weight to DISR_WEAP.
    """
    taken: set[int] = set()
    for cue, weight in frames["_TERRIT"] + frames["_SEIZE"]:
        root = _root(doc, cue)
        patient = _seized(root)
        keys = head_keys(patient) | (head_keys(root) if root.pos_ == "NOUN" else set())
        if keys & WEAPON_WORDS:
            tally.add("DISR_WEAP", weight + 1.0, cue)
            if patient is not None:
                taken.update(t.i for t in patient.subtree)
        elif keys & CONTRABAND_WORDS:
            tally.add("ORG_CRIME", weight + 1.0, cue)
            if patient is not None:
                taken.update(t.i for t in patient.subtree)
    for cue, weight in frames["_DISARM"]:
        tally.add("DISR_WEAP", weight, cue)
    return taken


def _ousts(doc: Doc, cue: Cue) -> bool:
    """ "drove/pushed the militants out (of the town)": a verb with ``out`` or ``back``."""
    root = _root(doc, cue)
    return any(c.lower_ in ("out", "back", "away") for c in root.children)


def _resolve_territory(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    withdrawn = sum(w for c, w in frames["_WITHDRAW"] if _clause_factor(doc, c) == 1.0)
    violent = any(frames[k] for k in ("_HARM", "_ATTACK", "=ARMED_CLASH"))
    territorial = False
    for cue, weight in frames["_TERRIT"] + frames["_OUST"]:
        root = _root(doc, cue)
        patient = _seized(root)
        agent = group_of(agent_of(root))
        if cue.label == "_OUST":
            if not _ousts(doc, cue):
                continue
            ousted = group_of(patient)
            if ousted == "nonstate" or agent == "state":
                label = "GOV_REGAINS_TERIT"
            elif ousted == "state" or agent == "nonstate":
                label = "NON_STATE_ACTOR_OVERTAKES_TER"
            else:
                continue
            tally.add(label, weight + 2.0, cue)
            territorial = True
            continue
        if head_keys(patient) & (WEAPON_WORDS | CONTRABAND_WORDS):
            continue
        if not (_is_place(patient) or (patient is None and cue.pattern not in _NEEDS_PLACE)):
            continue
        territorial = True
        bonus = 1.5 if agent in ("state", "nonstate") else 0.0
        if withdrawn > 0 and not violent:
            tally.add("NON_VIOL_TERRIT_TRANSFER", weight + withdrawn, cue)
            continue
        if withdrawn > 0:
            tally.add("NON_VIOL_TERRIT_TRANSFER", 0.5 * (weight + withdrawn), cue)
        if agent == "nonstate":
            tally.add("NON_STATE_ACTOR_OVERTAKES_TER", weight + bonus, cue)
        elif agent == "state" or cue.pattern in _REGAIN:
            tally.add("GOV_REGAINS_TERIT", weight + bonus, cue)
        else:
            tally.add("NON_STATE_ACTOR_OVERTAKES_TER", weight, cue)
    if not territorial:
        for cue, weight in frames["_WITHDRAW"]:
            tally.add("CHANGE_TO_GROUP_ACT", 0.7 * weight, cue)


def _resolve_setup(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    bases = frames["_BASE"]
    for cue, weight in frames["_SETUP"]:
        root = _root(doc, cue)
        if head_keys(patient_of(root)) & BASE_WORDS:
            tally.add("HQ_ESTABLISHED", 2.0 * weight + 1.0, cue)
        elif bases:
            tally.add("HQ_ESTABLISHED", weight, cue)


def _resolve_aircraft(tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    """Jets, drones and helicopters strike only when something is hit, fired or bombed:
    "jets buzzed an airliner" is not an air strike."""
    violent = ("_ATTACK", "_HARM", "_BLAST", "=ART_MISS_ATTACK", "=REM_EXPLOS", "=AIR_STRIKE")
    if any(frames[k] for k in violent):
        for cue, weight in frames["_AIRCRAFT"]:
            tally.add("AIR_STRIKE", weight, cue)


def _resolve_blasts(tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    """Gas and explosions: weapons when something was fired or launched, otherwise (a plant,
    a warehouse, a leak) a man-made disaster."""
    fired = any(
        frames[k] for k in ("_ATTACK", "=ART_MISS_ATTACK", "=AIR_STRIKE", "=CHEM_WEAP", "_AIRCRAFT")
    )
    for cue, weight in frames["_CHEMICAL"]:
        tally.add("CHEM_WEAP" if fired else "MAN_MADE_DISASTER", weight, cue)
    accidental = sum(w for _, w in frames["=MAN_MADE_DISASTER"])
    if not fired:
        accidental += sum(w for _, w in frames["_CHEMICAL"])
    for cue, weight in frames["_BLAST"]:
        if accidental > 0:
            tally.add("MAN_MADE_DISASTER", weight, cue)
        else:
            tally.add("REM_EXPLOS", 0.8 * weight, cue)


def score_cues(
    doc: Doc, weighted: Iterable[tuple[Cue, float]], *, denied_as_peaceful: bool = False
) -> list[Scored]:
    """Labels with their scores over the given cues (each with a factor), best first.

    With ``denied_as_peaceful`` a denied fight ("met no resistance") counts as evidence that
    what happened was non-violent, which is right when naming a text's main event; the events
    stage keeps it as an event of its own with ``mode="negated"`` instead.
    """
    tally = _Tally(defaultdict(float), {})
    frames: defaultdict[str, list[tuple[Cue, float]]] = defaultdict(list)
    direct: list[tuple[Cue, float]] = []
    for cue, factor in weighted:
        weight = cue.weight * factor * _clause_factor(doc, cue)
        if denied_as_peaceful and cue.label in _VIOLENCE and mode_of(_root(doc, cue)) == "negated":
            # "entered the town and met no resistance": evidence of a non-violent event
            frames["_WITHDRAW"].append((cue, weight))
            continue
        if cue.label.startswith("_"):
            frames[cue.label].append((cue, weight))
        else:
            frames["=" + cue.label].append((cue, weight))
            direct.append((cue, weight))
    taken = _weapon_seizures(doc, tally, frames)
    for cue, weight in direct:
        if cue.start in taken and cue.label in _WEAPON_LABELS:
            tally.add("DISR_WEAP", weight, cue)
        else:
            tally.add(cue.label, weight, cue)
    if frames["_PROTEST"] or frames["_REPRESS"]:
        _resolve_protest(doc, tally, frames)
    else:
        _resolve_violence(doc, tally, frames)
    _resolve_territory(doc, tally, frames)
    _resolve_setup(doc, tally, frames)
    _resolve_aircraft(tally, frames)
    _resolve_blasts(tally, frames)
    ranked = sorted(tally.scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [Scored(label, score, tally.best[label][1]) for label, score in ranked]


#: weight of cues in a snippet's later sentences: the lead sentence names the main event
LATER_SENTENCE_FACTOR = 0.6
#: label when no cue fires at all: the most frequent kind of event in conflict reporting
FALLBACK_LABEL = "ARMED_CLASH"


def usable(doc: Doc, cue: Cue) -> bool:
    """False for a cue inside boilerplate: a promo line saying "Rebels shelled…" is not news."""
    if not doc._.boilerplate:
        return True
    start = doc[cue.start].idx
    end = doc[cue.end - 1].idx + len(doc[cue.end - 1])
    return not in_boilerplate(doc, start, end)


def sentences(doc: Doc) -> Iterable[Span]:
    """The document's sentences; the whole text as one when nothing segmented it."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return doc.sents
    return [doc[:]]


def classify_doc(doc: Doc) -> list[Scored]:
    """Labels for a whole (short) text, best first: the lead sentence weighs most."""
    weighted: list[tuple[Cue, float]] = []
    for index, sentence in enumerate(sentences(doc)):
        factor = 1.0 if index == 0 else LATER_SENTENCE_FACTOR
        weighted.extend(
            (cue, factor)
            for cue in find_cues(doc, sentence.start, sentence.end)
            if usable(doc, cue)
        )
    return score_cues(doc, weighted, denied_as_peaceful=True)


def top_label(doc: Doc) -> str:
    """The sub-event type of a text's main event (the fallback label when nothing fires)."""
    ranked = classify_doc(doc)
    return ranked[0].label if ranked else FALLBACK_LABEL
