"""Score CASE 2021 / ACLED sub-event types over a stretch of text from its cues.

Direct cues vote for their label with their weight. Frames (labels starting with ``_``) are
resolved in context, following ACLED's codebook:

* a protest plus violence by the protesters is a violent demonstration; plus lethal or injuring
  force by others (or live rounds fired at the crowd), excessive force against protesters; plus
  arrests, tear gas or dispersal, a protest with intervention; otherwise a peaceful protest;
  what a protest is about ("against sexual violence") decides nothing, and a protest that is
  only the reason for an arrest ("arrested the organisers of the march") leaves an arrest;
* violence by villagers, residents or a crowd outside a demonstration is mob violence, the
  victim's alleged crime ("a suspected thief") only its pretext;
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
    MOB_WORDS,
    SUBTYPE_TYPE,
    TERRITORY_WORDS,
    WEAPON_WORDS,
)
from ..spans import in_boilerplate, stage_output
from .event_context import agent_of, group_of, head_keys, is_armed, patient_of
from .event_crowds import (
    PHYSICAL_UNREST,
    arrest_reasons,
    forced_way,
    live_fire,
    pelting,
    protest_site,
)
from .event_cues import Cue, cue_root, find_cues, token_keys
from .event_modality import ASSERTED, mode_of
from .event_participles import PARTICIPLE_PATTERN

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
        "free",
    }
)
#: verbs that take only places as objects: their proper-noun object is a place
_PLACE_VERBS = _REGAIN | {"overrun"}
#: territorial verbs that only count when what is taken is named as a place
_NEEDS_PLACE = frozenset(
    {"take", "enter", "occupy", "advance into", "control of", "wrest", "clear", "free"}
)
#: withdrawal words that name a handover to someone else
#: deployments that show another force moving into a place someone left
_ARRIVALS = frozenset({"deploy", "redeploy", "dispatch", "send troop", "send reinforcement"})
_TAKING_VERBS = frozenset({"seize", "capture", "take", "grab", "snatch"})
_WITHDRAW_WORDS = frozenset({"withdraw", "withdrawal", "pull out", "redeployment"})
_HANDOVER = frozenset(
    {"hand over", "handover", "cede", "relinquish", "hand", "hand back", "transfer control"}
)
#: verbs reporting a claim of one's own deed; verbs of suspicion pinning it on someone
_CLAIM_VERBS = frozenset({"say", "claim", "admit", "announce", "confirm", "acknowledge"})
_SUSPECT_VERBS = frozenset({"suspect", "believe", "accuse", "think", "blame", "allege"})
_VIOLENT_FRAMES = frozenset({"_ATTACK", "_HARM", "_BLAST"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_BACKGROUND = frozenset({"relcl", "acl"})
_SETTING_MARKS = frozenset({"as", "after", "because", "since"})
_CAUSING = frozenset({"force", "prompt", "cause", "compel", "lead"})
#: labels of fighting whose denial ("no clashes", "did not fight") says a change was peaceful
_VIOLENCE = frozenset({"ARMED_CLASH", "_ATTACK", "_HARM"})
_GRIEVANCE_PREPS = frozenset({"over", "about", "against", "for", "after", "following"})
_PHRASE_INNER = frozenset({"pobj", "prep", "amod", "compound", "poss"})
#: verbs whose object is the grievance, not an event at the protest
_GRIEVANCE_VERBS = frozenset(
    {"protest", "denounce", "condemn", "decry", "demand", "mourn", "oppose", "demonstrate"}
)

#: weight of a planned, wished or hypothetical event when naming what a text reports
UNREAL_FACTOR = 0.5
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
#: harm words whose subject suffered the harm ("a student died"): they have no doer
_SUFFERED = frozenset(
    {"die", "dead", "death", "casualty", "toll", "fatal", "injury", "injured", "wounded"}
)
#: a weapon or aircraft doing the hitting names the means: "a drone struck a house" is an air
#: strike, "shells hit the market" shelling (ACLED codes the most specific means)
_MEANS_LABELS: dict[str, frozenset[str]] = {
    "AIR_STRIKE": frozenset(
        {"jet", "drone", "aircraft", "warplane", "plane", "helicopter", "gunship", "uav"}
    ),
    "ART_MISS_ATTACK": frozenset(
        {"shell", "rocket", "missile", "mortar", "artillery", "projectile", "round", "tank"}
    ),
    "REM_EXPLOS": frozenset({"bomb", "ied", "landmine", "mine", "explosive", "device"}),
    "GRENADE": frozenset({"grenade"}),
}


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

    def move(self, source: str, target: str, weight: float, cue: Cue) -> None:
        """Re-read a cue already counted for ``source`` as evidence for ``target``."""
        taken = min(weight, self.scores.get(source, 0.0))
        if taken > 0:
            self.scores[source] -= taken
        self.add(target, weight, cue)

    def add(self, label: str, weight: float, cue: Cue) -> None:
        if weight <= 0:
            return
        self.scores[label] += weight
        if label not in self.best or weight > self.best[label][0]:
            self.best[label] = (weight, cue)


def _clause_factor(doc: Doc, cue: Cue) -> float:
    """Less weight for a cue inside a clause that modifies a noun: background, not the news
    ("protests over two students killed in a road accident" are protests)."""
    if cue.label in _WEAPON_LABELS:
        return 1.0  # "an attack using grenades": the weapon is the means, not background
    token = cue_root(doc, cue)
    if cue.pattern == PARTICIPLE_PATTERN:
        # "striking miners": the people it describes, not the modifier, sit in the clause
        token = token.head
    for _ in range(12):
        if token.dep_ in _BACKGROUND or _circumstance(token):
            return BACKGROUND_FACTOR
        if token.head.i == token.i:
            break
        token = token.head
    return 1.0


def _in_noun_clause(doc: Doc, cue: Cue) -> bool:
    """A cue inside a clause modifying a noun ("the town, which troops abandoned in 2015")."""
    token = cue_root(doc, cue)
    for _ in range(12):
        if token.dep_ in _BACKGROUND:
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _circumstance(token: Token) -> bool:
    """An adverbial clause opened by "as", "after", "because" or "since" gives the setting of
    the main clause's event ("families fled as fighting edged closer"); "when" clauses are
    left alone: "two were hurt when a grenade exploded" names the event in the clause."""
    if token.dep_ == "xcomp" and token.head.lemma_ in _CAUSING:
        return True  # "forcing residents to flee": a consequence of the event
    if token.dep_ == "amod":
        return True  # "a detained activist", "their wounded relatives": a description
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in token.children
    )


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


def _shared_object(verb: Token) -> Token | None:
    """The object of a verb, or the one it shares with a coordinated verb ("tortured and
    killed an activist"); never its subject."""
    found = patient_of(verb)
    if found is None:
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB":
                found = patient_of(conj)
                break
    return found


def _grievance(doc: Doc, cue: Cue, *, clauses: bool = True) -> bool:
    """True when a cue names what a protest is about, not what happened at it: "protests over
    a student's death", "protested the killing of", "against the arrest of their leader",
    "demanding the release of detained relatives"."""
    if clauses and _in_noun_clause(doc, cue):
        return True
    token = cue_root(doc, cue)
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and head.lower_ in _GRIEVANCE_PREPS:
            return True
        if token.dep_ in ("dobj", "ccomp", "xcomp") and head.lemma_ in _GRIEVANCE_VERBS:
            return True
        if token.pos_ not in ("NOUN", "PROPN") and token.dep_ not in _PHRASE_INNER:
            return False
        token = head
    return False


def _crowd_violence(doc: Doc, frames: dict[str, list[tuple[Cue, float]]]) -> bool:
    """Violence done by protesters, rioters or supporters opens a demonstration even when
    no protest word is used ("supporters stormed the courthouse")."""
    keys = ("_ATTACK", "_UNREST", "=PROPERTY_DISTRUCT", "=ARMED_CLASH", "=VIOL_DEMONSTR")
    for key in keys:
        for cue, _ in frames[key]:
            root = cue_root(doc, cue)
            if group_of(agent_of(root)) == "protester" and not is_armed(group_of(patient_of(root))):
                return True  # not "supporters attacked a convoy": that is a fight
    return False


_PROTEST_FAMILY = frozenset(
    {"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL"}
)


def _resolve_protest(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    """Peaceful protest, protest with intervention, excessive force or violent demonstration.

    Following ACLED: violence by the demonstrators makes a riot; lethal force or serious
    injury inflicted on them is excessive force; dispersal, arrests, tear gas or beatings
    without serious harm are an intervention; otherwise the protest was peaceful. Words
    naming what the protest is about ("against the arrest of their leader") decide nothing.
    """
    # dispersing a crowd, water cannon, rubber bullets: a gathering is being policed even when
    # the text never says "protest"
    signs = frames["_PROTEST"] or frames["_REPRESS"]
    protest = sum(w for _, w in frames["_PROTEST"]) + 0.5 * sum(w for _, w in frames["_REPRESS"])
    riot: list[tuple[Cue, float]] = []
    force: list[tuple[Cue, float]] = []
    inter: list[tuple[Cue, float]] = []
    for cue, weight in frames["_HARM"] + frames["_ATTACK"] + frames["=ATTACK"]:
        if _grievance(doc, cue):
            continue
        root = cue_root(doc, cue)
        agent = None if cue.pattern in _SUFFERED else group_of(agent_of(root))
        victim = group_of(_victim(root) if agent is None else _shared_object(root))
        if agent == "protester" or (agent == "civilian" and cue.label != "_HARM"):
            riot.append((cue, weight))  # "demonstrators attacked them with stones"
        elif victim == "state" and agent != "state":
            riot.append((cue, weight))  # "several police officers were injured"
        elif agent == "state" or victim == "protester":
            force.append((cue, weight))  # "police beat a protester", "shot dead two"
        elif agent is None and cue.label == "_HARM":
            force.append((cue, 0.5 * weight))  # hurt at a protest, by whom unsaid
    for label in ("VIOL_DEMONSTR", "PROPERTY_DISTRUCT", "ARMED_CLASH", "MOB_VIOL"):
        # "protests over the torching of a church": the arson is the grievance
        riot.extend((c, w) for c, w in frames["=" + label] if not _grievance(doc, c, clauses=False))
    for cue, weight in frames["_UNREST"]:
        if _grievance(doc, cue, clauses=False):
            continue  # "a march against violence": what the march is about
        by_protesters = group_of(agent_of(cue_root(doc, cue))) == "protester"
        physical = cue.pattern in PHYSICAL_UNREST
        riot.append((cue, 2.0 * weight if by_protesters or physical else weight))
    for cue, weight in frames["_OUST"]:
        if forced_way(doc, cue):
            riot.append((cue, 2.0 * weight))  # "protesters forced their way into the assembly"
    riot.extend(pelting(doc, frames["_PROTEST"]))
    force.extend(live_fire(doc, frames["_PROTEST"]))
    for cue, weight in frames["=DIPLO"]:
        if protest_site(doc, cue):
            # "protested outside the embassy": where the protest was, not a diplomatic event
            tally.scores["DIPLO"] -= min(weight, tally.scores.get("DIPLO", 0.0))
    for key, found in frames.items():
        label = key[1:]
        if key.startswith("=") and label not in _PROTEST_FAMILY and label != "ARREST":
            for cue, weight in found:
                if _grievance(doc, cue):
                    # "a protest against sexual violence": the grievance is not what happened
                    tally.scores[label] -= min(weight, tally.scores.get(label, 0.0))
    inter += frames["_REPRESS"] + frames["_QUELL"] + frames["_TEARGAS"]
    for cue, weight in frames["=ARREST"]:
        if _grievance(doc, cue):
            # "protested against the arrest of their leader": the arrest is not the news
            tally.scores["ARREST"] -= min(0.5 * weight, tally.scores.get("ARREST", 0.0))
        else:
            inter.append((cue, weight))
    base = min(protest, _PROTEST_CAP)
    riot_w = sum(w for _, w in riot)
    force_w = sum(w for _, w in force)
    inter_w = sum(w for _, w in inter)
    if riot_w >= 1.0 and riot_w >= force_w:
        trigger = max(riot, key=lambda cw: cw[1])[0]
        label = "VIOL_DEMONSTR" if signs or not _mob(doc, riot) else "MOB_VIOL"
        tally.add(label, base, trigger)
        for cue, weight in riot:  # the clash or the arson is part of the riot
            source = cue.label if cue.label in SUBTYPE_TYPE and cue.label != label else None
            if source is not None:
                tally.move(source, label, weight, cue)
            else:
                tally.add(label, weight, cue)
    elif force_w > 0:
        trigger = max(force, key=lambda cw: cw[1])[0]
        tally.add("FORCE_AGAINST_PROTEST", base + force_w + inter_w, trigger)
    elif inter_w > 0:
        trigger = max(inter, key=lambda cw: cw[1])[0]
        tally.add("PROTEST_WITH_INTER", base + inter_w, trigger)
    elif signs:
        # a verb ("marched") names the event better than a participle ("striking workers")
        trigger = max(signs, key=lambda cw: (cw[0].pattern != PARTICIPLE_PATTERN, cw[1]))[0]
        tally.add("PEACE_PROTEST", base, trigger)


def _mob(doc: Doc, riot: list[tuple[Cue, float]]) -> bool:
    """Violence by a crowd of residents, not by demonstrators, is mob violence."""
    for cue, _ in riot:
        agent = agent_of(cue_root(doc, cue))
        if agent is not None and head_keys(agent) & MOB_WORDS:
            return True
    return False


#: frames and labels of violence a crowd does to people (burning property alone is property
#: destruction)
_MOB_ACTS = ("_HARM", "_ATTACK", "_UNREST", "=ATTACK", "=MOB_VIOL")
#: what a crowd's victim is said to have done is the pretext, not the event: "lynched a
#: suspected thief", "beat a man they accused of witchcraft"
_PRETEXT_LABELS = ("ORG_CRIME", "ABDUCT_DISSAP", "ATTRIB", "SEX_VIOL", "ARREST")
#: the weight a crowd as the doer adds: ACLED codes violence by a spontaneous crowd (villagers,
#: residents, a mob) against people as mob violence whatever the means
MOB_BONUS = 2.0


def _resolve_mob(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    """Violence done by villagers, residents or a crowd outside any demonstration: mob
    violence (lynching, vigilante killings), and the victim's alleged crime only its pretext."""
    acts: list[tuple[Cue, float]] = []
    victims: set[int] = set()
    for key in _MOB_ACTS:
        for cue, weight in frames[key]:
            root = cue_root(doc, cue)
            agent = agent_of(root)
            if agent is None or not head_keys(agent) & MOB_WORDS:
                continue
            patient = _shared_object(root) if root.pos_ == "VERB" else patient_of(root)
            if is_armed(group_of(patient)):
                continue  # "villagers fought off the gunmen": a fight, not a lynching
            acts.append((cue, weight))
            if patient is not None:
                victims.update(t.i for t in patient.subtree)
            # "set upon two suspected thieves and beat them": the victim named by the first verb
            verbs = (root, root.head) if root.dep_ == "conj" else (root,)
            for verb in verbs:
                for child in verb.children:
                    if child.dep_ in ("dobj", "prep", "dative"):
                        victims.update(t.i for t in child.subtree)
    if not acts:
        return
    trigger = max(acts, key=lambda cw: cw[1])[0]
    tally.add("MOB_VIOL", sum(w for _, w in acts) + MOB_BONUS, trigger)
    for label in _PRETEXT_LABELS:
        for cue, weight in frames["=" + label]:
            if cue.start in victims:
                tally.move(label, "MOB_VIOL", weight, cue)


def _resolve_violence(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    named = (cue.weight for label in _WEAPON_LABELS for cue, _ in frames["=" + label])
    specific = max(named, default=0.0)
    scale = GENERIC_WHEN_SPECIFIC if specific >= 2.5 else 1.0
    for cue, weight in frames["_ATTACK"]:
        root = cue_root(doc, cue)
        means = _means(agent_of(root))
        if means is not None:
            tally.add(means, weight, cue)
            continue
        weight *= scale
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
        group = group_of(_victim(cue_root(doc, cue)))
        if is_armed(group):
            tally.add("ARMED_CLASH", 0.8 * weight, cue)
        elif group == "civilian":
            tally.add("ATTACK", weight, cue)
        else:
            tally.add("ATTACK", 0.3 * weight, cue)
    for cue, weight in frames["=ATTACK"]:
        root = cue_root(doc, cue)
        if root.pos_ == "VERB" and is_armed(group_of(_shared_object(root))):
            # "two of the attackers were shot dead": armed victims make it a fight
            tally.move("ATTACK", "ARMED_CLASH", weight, cue)
    for cue, weight in frames["_TEARGAS"]:
        tally.add("CHEM_WEAP", 0.8 * weight, cue)


def _means(agent: Token | None) -> str | None:
    """The weapon label when the doer of an attack verb is a weapon or an aircraft."""
    keys = head_keys(agent)
    for label, words in _MEANS_LABELS.items():
        if keys & words:
            return label
    return None


def _seized(root: Token) -> Token | None:
    """What a seizure verb or noun takes; for "the rifles troops seized" the modified noun."""
    patient = patient_of(root)
    if patient is None and root.dep_ in ("relcl", "acl") and root.head.pos_ in ("NOUN", "PROPN"):
        patient = root.head
    return patient


def _people_taken(root: Token) -> bool:
    """ "seized two engineers": the object of a seizure verb names people, not a place."""
    if root.pos_ != "VERB" or root.lemma_ not in _TAKING_VERBS:
        return False
    patient = patient_of(root)
    if patient is None or patient.pos_ != "NOUN" or _is_place(patient):
        return False
    return group_of(patient) == "civilian"


def _weapon_seizures(
    doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]
) -> set[int]:
    """Score seizures of weapons and contraband; the tokens of what was seized.

    A weapon word inside a seized object ("two explosive devices were found") names what
    was taken, not an explosion: the caller moves those cues' weight to DISR_WEAP.
    """
    taken: set[int] = set()
    for cue, weight in frames["_TERRIT"] + frames["_SEIZE"]:
        root = cue_root(doc, cue)
        patient = _seized(root)
        keys = head_keys(patient) | (head_keys(root) if root.pos_ == "NOUN" else set())
        if patient is not None:
            keys |= {k for t in patient.subtree if t.pos_ == "NOUN" for k in token_keys(t)}
        if keys & WEAPON_WORDS:
            if group_of(agent_of(root)) == "nonstate":
                continue  # "overran the outpost and seized its weapons"
            tally.add("DISR_WEAP", weight + 1.0, cue)
            if patient is not None:
                taken.update(t.i for t in patient.subtree)
        elif keys & CONTRABAND_WORDS:
            tally.add("ORG_CRIME", weight + 1.0, cue)
        elif cue.label == "_TERRIT" and _people_taken(root):
            # "gunmen seized two engineers": people taken are abducted, or arrested by the state
            agent = group_of(agent_of(root))
            tally.add("ARREST" if agent == "state" else "ABDUCT_DISSAP", weight, cue)
            if patient is not None:
                taken.update(t.i for t in patient.subtree)
    for cue, weight in frames["_DISARM"]:
        tally.add("DISR_WEAP", weight, cue)
    return taken


def _ousts(doc: Doc, cue: Cue) -> bool:
    """ "drove/pushed the militants out (of the town)": a verb with ``out`` or ``back``."""
    root = cue_root(doc, cue)
    return any(c.lower_ in ("out", "back", "away") for c in root.children)


def _handed_over(doc: Doc, cue: Cue) -> bool:
    """ "handed it over": the verb "hand" with its particle split off by the object."""
    root = cue_root(doc, cue)
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("over", "back") for c in root.children)


def _resolve_attribution(
    doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]
) -> None:
    """Who is held responsible is the news when a claim, a blame or a suspicion governs the
    violence: "blamed the rebels for the ambush", "said it carried out the bombing",
    "suspected of being behind the blasts"."""
    violence = {
        i
        for key, found in frames.items()
        if key in _VIOLENT_FRAMES or key.lstrip("=") in SUBTYPE_TYPE
        for cue, _ in found
        if key != "=ATTRIB"
        for i in range(cue.start, cue.end)
    }
    for cue, _ in frames["_CLAIM"]:
        obj = next((c for c in cue_root(doc, cue).children if c.dep_ == "dobj"), None)
        if obj is not None and any(t.i in violence for t in obj.subtree):
            tally.add("ATTRIB", 5.0, cue)  # "claimed the killing of three soldiers"
    for cue, _ in frames["=ATTRIB"]:
        root = cue_root(doc, cue)
        # "blamed X for the attack", "accused X of the bombing"; not "of witchcraft"
        if any(
            prep.dep_ == "prep"
            and prep.lower_ in ("for", "of")
            and any(t.i in violence for t in prep.subtree)
            for prep in root.children
        ):
            tally.add("ATTRIB", 2.5, cue)
    for cue, weight in frames["_PERPETRATE"]:
        root = cue_root(doc, cue)
        head = root.head
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = subject is not None and (
            subject.pos_ == "PRON"
            or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
        )
        if head.lemma_ in _CLAIM_VERBS and own:
            tally.add("ATTRIB", 2.0 * weight, cue)  # "the group said it carried out"
        elif head.lemma_ in _SUSPECT_VERBS or (
            head.dep_ in ("pcomp", "pobj") and head.head.lemma_ in _SUSPECT_VERBS
        ):
            tally.add("ATTRIB", 2.0 * weight, cue)  # "suspected to be behind"


def _left_place(root: Token) -> bool:
    """ "vacated the base", "withdrew from the town", "handed it over": a place is given up."""
    if root.pos_ in ("VERB", "NOUN") and _is_place(patient_of(root)):
        return True
    for child in root.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "of", "out")
            and any(_is_place(g) for g in child.children if g.dep_ == "pobj")
        ):
            return True
        if child.dep_ == "dobj" and child.pos_ == "PRON" and root.lemma_ in _HANDOVER:
            return True
    return False


def _resolve_territory(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    withdrawals = [
        (c, w)
        for c, w in frames["_WITHDRAW"]
        if not _in_noun_clause(doc, c)
        and (c.pattern != "hand" or _handed_over(doc, c))
        and (
            c.pattern != "leave" or _left_place(cue_root(doc, c))
        )  # "left the base", not "left 3 dead"
    ]
    withdrawn = sum(w for _, w in withdrawals) + sum(w for _, w in frames["_UNOPPOSED"])
    violent = any(frames[k] for k in ("_HARM", "_ATTACK", "=ARMED_CLASH"))
    territorial = False
    for cue, weight in frames["_TERRIT"] + frames["_OUST"]:
        root = cue_root(doc, cue)
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
        if root.dep_ == "pobj" and root.head.lower_ in ("for", "over"):
            continue  # "battled for control of the road": contested, not taken
        named = patient is not None and patient.pos_ == "PROPN" and cue.pattern in _PLACE_VERBS
        if not (
            _is_place(patient)
            or named  # "recaptured Palmyra", whatever the tagger calls the name
            or (patient is None and cue.pattern not in _NEEDS_PLACE)
        ):
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
    if territorial:
        return
    withdrawn_places = [(c, w) for c, w in withdrawals if _left_place(cue_root(doc, c))]
    # a place given up and handed over, or left without a fight, changed hands peacefully;
    # a bare withdrawal is a change to a group's activity
    handed = any(c.pattern in _HANDOVER for c, _ in withdrawals)
    # somebody else arriving: a takeover in a clause about the place, or a deployment
    arrived = bool(frames["_TERRIT"]) or any(
        c.pattern in _ARRIVALS for c, _ in frames["=CHANGE_TO_GROUP_ACT"]
    )
    peaceful = len(withdrawals) > 1 or handed or arrived or bool(frames["_UNOPPOSED"])
    transferred = peaceful and not violent and bool(withdrawn_places)
    if transferred:
        # the withdrawal and the arrival are parts of the transfer, not changes of activity
        for cue, weight in frames["=CHANGE_TO_GROUP_ACT"]:
            if cue.pattern in _ARRIVALS or cue.pattern in _WITHDRAW_WORDS:
                tally.move("CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER", weight, cue)
    for cue, weight in withdrawals:
        if transferred and (cue, weight) in withdrawn_places:
            tally.add("NON_VIOL_TERRIT_TRANSFER", weight + 1.0, cue)
        elif cue.pattern != "leave":
            tally.add("CHANGE_TO_GROUP_ACT", 0.7 * weight, cue)


def _resolve_setup(doc: Doc, tally: _Tally, frames: dict[str, list[tuple[Cue, float]]]) -> None:
    bases = frames["_BASE"]
    for cue, weight in frames["_SETUP"]:
        root = cue_root(doc, cue)
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


def _by_protesters(doc: Doc, cue: Cue) -> bool:
    return group_of(agent_of(cue_root(doc, cue))) == "protester"


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
        if denied_as_peaceful:
            mode = mode_of(cue_root(doc, cue))
            if mode == "negated" and cue.label in _VIOLENCE:
                # "entered the town and met no resistance": evidence of a non-violent event
                frames["_UNOPPOSED"].append((cue, weight))
                continue
            if mode == "negated" and not cue.label.startswith("_"):
                continue  # "no arrests were made": not what happened
            if mode != ASSERTED:
                weight *= UNREAL_FACTOR  # "planning attacks", "would be bombed"
        if cue.label.startswith("_"):
            frames[cue.label].append((cue, weight))
        else:
            frames["=" + cue.label].append((cue, weight))
            direct.append((cue, weight))
    reasons = arrest_reasons(doc, frames)
    if reasons:
        for key in ("_PROTEST", "=VIOL_DEMONSTR"):
            frames[key] = [(c, w) for c, w in frames[key] if c not in reasons]
        direct = [(c, w) for c, w in direct if c not in reasons]
    taken = _weapon_seizures(doc, tally, frames)
    for cue, weight in direct:
        if cue.start in taken and cue.label in _WEAPON_LABELS:
            tally.add("DISR_WEAP", weight, cue)
        elif cue.label == "PROPERTY_DISTRUCT" and _by_protesters(doc, cue):
            tally.add("VIOL_DEMONSTR", weight, cue)  # "rioters torched cars"
        else:
            tally.add(cue.label, weight, cue)
    if frames["_PROTEST"] or frames["_REPRESS"]:
        _resolve_protest(doc, tally, frames)
    elif _crowd_violence(doc, frames):
        _resolve_protest(doc, tally, frames)
        _resolve_mob(doc, tally, frames)
    else:
        _resolve_violence(doc, tally, frames)
        _resolve_mob(doc, tally, frames)
    _resolve_territory(doc, tally, frames)
    _resolve_setup(doc, tally, frames)
    _resolve_attribution(doc, tally, frames)
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
    if not stage_output(doc, "boilerplate"):
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
