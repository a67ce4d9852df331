"""Trigger words and role words for the ``events`` stage, written from ACLED's codebook.

ACLED codes one event per sub-event type and lets the most specific means win: an attack carried
out by a suicide bomber is a suicide bombing, not an "attack"; a shell fired by a jet is an air
strike. The weights below encode that precedence: weapon- and act-specific words weigh more than
generic violence words ("kill", "attack"), which only decide the type when nothing more specific
is said. Names starting with ``_`` are *frames*, not sub-event types: their meaning depends on
context (who attacks whom, what was seized, whether a protest is going on) and the classifier
resolves them with the dependency parse. ``_NOT_EVENT`` votes for nothing: its phrases ("missile
test", "think tank", "air raid siren") only stop their words from being read as triggers.

Patterns are lemmas separated by spaces; hyphens in the text are skipped when matching, so
``air strike`` also matches "air-strike"; ``fire/noun`` only matches the noun. A pattern word
matches a token's lemma, its lower-case form or a crude singular of it (spaCy keeps capitalised
plurals such as "Protesters" as lemmas).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word set written as one white-space separated string (easier to read and extend)."""
    return frozenset(text.split())


#: CASE 2021 sub-event type -> ACLED event type. ATTRIB (claims of responsibility) is in the
#: CASE 2021 release although not in ACLED's list; it is kept as a strategic development.
SUBTYPE_TYPE: dict[str, str] = {
    "ARMED_CLASH": "Battles",
    "GOV_REGAINS_TERIT": "Battles",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Battles",
    "AIR_STRIKE": "Explosions/Remote violence",
    "ART_MISS_ATTACK": "Explosions/Remote violence",
    "CHEM_WEAP": "Explosions/Remote violence",
    "GRENADE": "Explosions/Remote violence",
    "REM_EXPLOS": "Explosions/Remote violence",
    "SUIC_BOMB": "Explosions/Remote violence",
    "ABDUCT_DISSAP": "Violence against civilians",
    "ATTACK": "Violence against civilians",
    "SEX_VIOL": "Violence against civilians",
    "FORCE_AGAINST_PROTEST": "Protests",
    "PEACE_PROTEST": "Protests",
    "PROTEST_WITH_INTER": "Protests",
    "MOB_VIOL": "Riots",
    "VIOL_DEMONSTR": "Riots",
    "AGREEMENT": "Strategic developments",
    "ARREST": "Strategic developments",
    "CHANGE_TO_GROUP_ACT": "Strategic developments",
    "DISR_WEAP": "Strategic developments",
    "HQ_ESTABLISHED": "Strategic developments",
    "NON_VIOL_TERRIT_TRANSFER": "Strategic developments",
    "OTHER": "Strategic developments",
    "PROPERTY_DISTRUCT": "Strategic developments",
    "DIPLO": "Strategic developments",
    "ATTRIB": "Strategic developments",
    "MAN_MADE_DISASTER": "Strategic developments",
    "NATURAL_DISASTER": "Strategic developments",
    "ORG_CRIME": "Strategic developments",
}

#: label -> "weight: pattern; pattern; ..." lines. Written from the codebook definitions and
#: the vocabulary of wire reporting, not from any evaluation snippet.
CUE_TABLE: dict[str, str] = {
    "SUIC_BOMB": """
        4.5: suicide bomber; suicide bombing; suicide attack; suicide attacker; suicide vest;
             suicide bomb; suicide car bomb; suicide blast; blow himself up; blow herself up;
             blow themselves up; explosive vest; explosive belt; suicide truck bomb
        2.5: suicide
    """,
    "GRENADE": """
        4.5: grenade; hand grenade; grenade attack; grenade blast; grenade explosion
    """,
    "ART_MISS_ATTACK": """
        6.0: rocket propel grenade; rocket propelled grenade; rpg
        3.0: shelling; artillery; mortar; howitzer; rocket fire; katyusha; grad rocket;
             shelled; multiple rocket launcher; tank fire; artillery fire
        2.5: rocket; missile; shell; projectile; bombard; bombardment; ballistic missile;
             cruise missile; tank shell; tank round; tank attack
        2.0: tank/noun
    """,
    "AIR_STRIKE": """
        3.5: airstrike; air strike; air raid; warplane; war plane; fighter jet; drone strike;
             helicopter gunship; gunship; aerial bombardment; aerial attack; air attack;
             bombing raid; aerial bombing; air bombardment; airstrikes; warjet; sortie;
             drone attack; unmanned aerial vehicle; uav; combat drone; armed drone
        2.5: bomb/verb
    """,
    "_AIRCRAFT": """
        2.5: jet; drone; aircraft; air force; fighter plane; helicopter; bomber plane; f16
    """,
    "CHEM_WEAP": """
        4.5: chemical weapon; chemical attack; chlorine; sarin; mustard gas; poison gas;
             poisonous gas; toxic gas; nerve agent; gas attack; chemical agent; chemical arms;
             chemical munition; suffocation; choking agent; white phosphorus
    """,
    "_CHEMICAL": """
        2.0: gas; toxic; suffocate; chemical; fume
    """,
    "REM_EXPLOS": """
        3.5: ied; improvised explosive device; roadside bomb; landmine; land mine; car bomb;
             explosive device; remote control; booby trap; vbied; magnetic bomb; sticky bomb;
             bomb blast; bomb explosion; mine blast; mine explosion; planted bomb;
             explosive laden; parcel bomb; motorcycle bomb; bomb attack
        1.5: bomb; bombing; explosive
    """,
    "SEX_VIOL": """
        4.5: rape; raped; raping; rapes; rapist; sexual assault; sexually assault; sexual violence;
             sexual abuse; sexually abuse; sexual harassment; molest; gang rape;
             sexual slavery; sexual exploitation; sex attack; sexual attack; sexual offence
    """,
    "ABDUCT_DISSAP": """
        3.5: abduct; abduction; kidnap; kidnapping; kidnapper; abductor; take hostage;
             enforced disappearance; forcibly disappear; hold captive; held captive;
             hold hostage; snatch; abductee; kidnap victim; unknown location;
             unknown destination; undisclosed location
        2.5: hostage; captive; disappear; disappearance; go missing; whereabouts
        1.0: missing
    """,
    "ARREST": """
        3.0: arrest; detain; apprehend; take into custody; nab; round up; arrest warrant
        2.0: detention; custody; detainee; jail; imprison; remand; handcuff
    """,
    "ORG_CRIME": """
        3.5: robbery; robber; rob; smuggle; smuggling; smuggler; trafficking; trafficker;
             narcotic; cocaine; heroin; cannabis; marijuana; methamphetamine; counterfeit;
             money laundering; launder; cartel; organised crime; organized crime; extortion;
             burglary; burglar; break and enter; drug trafficking; drug dealer; crime syndicate;
             mafia; human trafficking; fake currency; poaching; poacher; contraband; bank heist;
             embezzle; embezzlement; scam; racket; ransom; drug
        2.0: theft; thief; steal; stolen; gang; bribe; bribery; illegal; illicit; loot money;
             fraud
    """,
    "MOB_VIOL": """
        4.0: mob; lynch; lynching; vigilante; vigilantism; mob justice; jungle justice;
             angry crowd; angry resident; angry villager; communal clash; communal violence;
             sectarian clash; lynch mob; mob attack
    """,
    "PROPERTY_DISTRUCT": """
        3.0: loot; looting; looter; torch; set fire; set ablaze; set on fire; arson; arsonist;
             vandalize; vandalise; vandalism; ransack; burn down; raze; afire; ablaze;
             put on fire; demolish; demolition; pillage; burn to the ground; wreck;
             firebomb/verb; sabotage; deface
        1.5: destroy; destruction; damage; burn
    """,
    "NATURAL_DISASTER": """
        4.0: flood; flooding; flash flood; earthquake; quake; cyclone; hurricane; typhoon;
             tornado; tropical storm; landslide; mudslide; avalanche; tsunami; volcano;
             volcanic; eruption; drought; wildfire; bushfire; forest fire;
             heavy rain; torrential rain; downpour; monsoon; heat wave; heatwave; blizzard;
             snowstorm; lightning; magnitude; tremor; seismic; storm surge; rainfall; deluge;
             floodwater; flood water; inundate; inundation; burst its bank; hailstorm;
             aftershock; mudflow; cloudburst; torrential
        2.5: storm/noun; rain; disaster
        1.0: erupt
    """,
    "MAN_MADE_DISASTER": """
        3.5: fire break out; catch fire; blaze; inferno; building collapse; gas leak;
             chemical leak; oil spill; derail; derailment; train crash; plane crash;
             road accident; capsize; stampede; spurious liquor; toxic liquor; hooch;
             food poisoning; ammonium nitrate; gas cylinder; short circuit; electrocute;
             gas explosion; mine collapse; industrial accident; boiler explosion; bus crash;
             car crash; collide; collision; shipwreck; leak/noun; spill/noun
        2.5: accident; accidental; collapse; crash; poisoning; negligence; contaminate;
             contamination; toxin; fire/noun
        1.0: factory; warehouse; plant/noun; industrial; cylinder; boiler; pipeline; tanker;
             fireworks
    """,
    "ATTRIB": """
        5.0: claim responsibility; take responsibility; claim credit; take credit;
             claim of responsibility; claim the attack; claim the bombing; hold responsible;
             admit responsibility; accept responsibility; deny responsibility;
             deny involvement; admit involvement
        2.5: responsibility for; blame; accuse; responsibility; responsible for; culprit;
             perpetrator; mastermind; behind the attack; behind the bombing
        1.5: involvement
    """,
    "DIPLO": """
        3.5: sanction; expel; expulsion; diplomat; ambassador; embassy; envoy; summon;
             diplomatic; persona non grata; state visit; embargo; asset freeze; freeze asset;
             travel ban; sever tie; cut tie; diplomatic relation; bilateral; consul; consulate
        2.0: visit; summit; meet with; foreign minister; counterpart; hold talk;
             bilateral talk; diplomatic talk; recall/verb
        1.0: meet/verb
    """,
    "AGREEMENT": """
        4.0: ceasefire; cease fire; truce; peace deal; peace agreement; peace accord;
             peace talk; peace treaty; prisoner exchange; prisoner swap; armistice; pact;
             memorandum of understanding; humanitarian pause; peace process; sign a deal;
             sign an agreement; reach an agreement; reach a deal
        2.5: deal
        3.0: agreement; agree; accord/noun; treaty; negotiation; negotiate; mou;
             reconciliation; mediation; peace settlement; political settlement; talk/noun;
             broker; accede
        1.5: sign; release
    """,
    "CHANGE_TO_GROUP_ACT": """
        3.0: deploy; deployment; redeploy; reinforce; reinforcement; military drill; fortify;
             fortification; entrench;
             military exercise; mobilize; mobilise; mobilization; dispatch; merge; merger;
             defect; defection; disband; dissolve; relocate; recruit; recruitment;
             send troop; send reinforcement; military buildup; build up; patrol/verb;
             new commander; new leader; appoint; rename; rebrand; pledge allegiance
        2.0: withdraw; withdrawal; pull out; new brigade; alliance;
             redeployment
        1.0: convoy; form/verb; military equipment; join; split; training; troop movement
    """,
    "OTHER": """
        3.0: mass grave; displace; displacement; flee; refugee; evacuate; evacuation;
             humanitarian crisis; exodus; mass displacement; curfew
    """,
    "ARMED_CLASH": """
        5.0: violate ceasefire; ceasefire violation; violation of the ceasefire
        3.5: clash; exchange fire; exchange of fire; gun battle; gunbattle; gunfight;
             firefight; skirmish; heavy fighting; fierce fighting; shootout; encounter;
             fierce battle; cross border firing; running battle; fighting; return fire;
             fight off; fend off; beat back; beat off; repel an attack; repulse an attack;
             trade fire; trade gunfire; exchange gunfire; exchange of gunfire; trade shot;
             exchange shot
        3.0: encircle; encirclement; besiege; siege
        2.5: battle; fight; combat; offensive; counteroffensive; counterattack; repel;
             repulse; engage; ambush
        1.0: frontline; front line
    """,
    "ATTACK": """
        3.0: massacre; behead; beheading; execute; execution; assassinate;
             assassination; stab; stabbing; hack to death; shot dead; shoot dead; torture;
             gun attack; gun down; mass shooting; murder; slaughter
        1.5: gunman; shooting; assailant; attacker
    """,
    "VIOL_DEMONSTR": """
        4.0: riot; rioter; rioting; turn violent; violent protest; violent demonstration;
             stone throwing; throw stone; pelt stone; hurl stone; throw rock; molotov;
             petrol bomb; firebomb
    """,
    "_PROTEST": """
        3.0: protest; protester; protestor; demonstration; demonstrator; demonstrate;
             sit/noun in; hunger strike; general strike; go on strike; striker; picket; vigil;
             march/verb; march/noun; marcher; protest march; placard; walkout; on strike; boycott;
             sit-in; stage a protest; take to the street; candlelight vigil; effigy;
             burn an effigy; burn effigy; burn the effigy; burn effigies; block the road;
             block the highway; block road; block traffic; blockade/verb
        1.0: demand/verb
        2.0: rally
        2.0: gather; gathering
        1.0: chant; slogan; banner
    """,
    "_UNREST": """
        0.75: violence; violent; unrest; chaos; throw; hurl; break into; storm; vandal; scuffle;
             rampage; stone/verb; with stone; with rock; on fire; alight;
             barricade; burn tyre; burn tire; clash; set fire; loot; torch; smash; attack police
    """,
    "_OUST": """
        2.0: drive; push; force/verb; chase; kick; flush; oust; expel
    """,
    "_REPRESS": """
        3.0: water cannon; rubber bullet; disperse; baton charge; lathi charge; lathicharge;
             pepper spray; stun grenade; riot police
    """,
    "_QUELL": """
        3.0: crack down; crackdown; suppress; break up; quell
    """,
    "_TEARGAS": """
        3.0: tear gas; teargas
    """,
    "_HARM": """
        1.0: kill; dead; die; death; injure; wound; shoot; gunfire; live ammunition;
             live fire; open fire; beat; casualty; bullet; fatal; injury; toll; killing;
             injured; wounded
    """,
    "_ATTACK": """
        2.0: attack; assault; raid; storm/verb; strike; under fire; come under attack
        1.0: target; hit
    """,
    "_TERRIT": """
        4.0: recapture; retake; retook; regain; reclaim; liberate; liberation; win back; drive out;
             push back; flush out; recover control; regain control; seize control;
             take control; take over; overrun; capture; seize; fall to; gain control;
             control of; wrest control; wrest; advance into; enter; occupy; take;
             move in; move into; assume control; establish control; march into;
             roll into; clear/verb; free/verb; take charge of; recover/verb
    """,
    "_SEIZE": """
        2.0: seize; seizure; confiscate; recover; find; discover; intercept; uncover; haul;
             defuse; dismantle; cache; surrender; hand over; hand in; stockpile; arsenal;
             recovery; bust; raid; destroy; stash; store; possess; possession
    """,
    "_DISARM": """
        4.5: defuse; bomb disposal; bomb squad; controlled explosion; demining; demine;
             weapons cache; arms cache; ammunition depot; arms haul; weapon haul;
             suspicious package; suspicious object; unexploded; shoot down; shot down;
             air defence; air defense; anti aircraft; interceptor
    """,
    "_SETUP": """
        2.0: set up; establish; build; construct; open/verb; install; erect
    """,
    "_BASE": """
        2.0: headquarters; observation post; military post; military base; outpost; base;
             post; checkpoint; position; camp; office; airbase; garrison
    """,
    "_WITHDRAW": """
        3.0: withdraw; withdrawal; pull out; pull back; retreat; vacate; abandon; hand over;
             handover; cede; relinquish; pullout; hand/verb; leave/verb;
             transfer control; hand back; give up control
    """,
    "_CLAIM": """
        1.0: claim/verb
    """,
    "_PERPETRATE": """
        2.0: carry out; perpetrate; orchestrate; be behind; mastermind/verb
    """,
    "_NOT_EVENT": """
        1.0: missile test; missile launch; rocket test; nuclear test; weapon test; test fire;
             test launch; military parade; think tank; fuel tank; water tank; oil tank;
             gas tank; storage tank; septic tank; air raid siren; air raid alert; air alert;
             air raid warning
    """,
    "_UNOPPOSED": """
        3.0: without a fight; without resistance; without fighting; unopposed; peacefully;
             deserted; without firing a shot; without a shot; no resistance; bloodless;
             under an agreement; under a deal; under the agreement; under the deal;
             as part of a deal; as part of an agreement; under a ceasefire
    """,
    "_BLAST": """
        2.0: explosion; blast; explode; detonate; detonation; go off; blow up
    """,
}

#: words naming a government's armed or security forces (the actor that "regains" territory)
STATE_WORDS: frozenset[str] = _words(
    """army troop trooper soldier military government regime police policeman officer corps
    force security gendarme gendarmerie marine navy airforce commando battalion brigade
    regiment division unit guard ministry authority paramilitary"""
)
#: words naming armed groups that are not a state's forces
#: names of armed movements ("Hezbollah", "the Houthis"): "the group" may stand for them
ARMED_GROUP_NAMES: frozenset[str] = _words(
    """isis isil daesh taliban shabaab shabab al-shabaab houthi houthis boko haram qaeda nusra
    pkk ypg sdf hezbollah hamas jnim m23 eln farc"""
)
NONSTATE_WORDS: frozenset[str] = ARMED_GROUP_NAMES | _words(
    """militant rebel insurgent jihadist jihadi terrorist fighter militia militiaman extremist
    islamist gunman separatist guerrilla guerilla insurgency opposition mujahideen mujahid
    is faction group outlaw bandit pirate"""
)
#: words naming people who carry arms (a fight with them is a clash, not an attack)
ARMED_WORDS: frozenset[str] = (
    STATE_WORDS
    | NONSTATE_WORDS
    | _words("""combatant position convoy checkpoint base outpost patrol""")
)
#: words naming unarmed victims (an attack on them is violence against civilians)
CIVILIAN_WORDS: frozenset[str] = _words(
    """civilian people person woman man child girl boy villager resident worshipper student
    teacher farmer journalist tourist passenger family pilgrim shopper worker doctor
    nurse aid vehicle bus market mosque church school hospital home house village
    engineer employee trader driver priest nun missionary foreigner national herder
    fisherman official politician activist lawyer businessman hostage"""
)
#: who protests; a violent act by one of these makes a protest a riot
PROTESTER_WORDS: frozenset[str] = _words(
    """protester protestor demonstrator rioter crowd mob marcher student supporter youth
    striker activist"""
)
#: crowds that are not demonstrators: their violence without a protest is mob violence
MOB_WORDS: frozenset[str] = _words(
    """mob crowd villager resident community local vigilante neighbour neighbor"""
)
#: heads of objects that make "seize"/"find" a disruption of weapons use
WEAPON_WORDS: frozenset[str] = _words(
    """weapon arm ammunition munition gun rifle pistol revolver explosive bomb ied grenade
    rocket mortar cache device shell cartridge round detonator firearm dynamite landmine
    mine arsenal stockpile kalashnikov ak-47 launcher missile bullet projectile"""
)
#: heads of objects that make "seize" organised crime
CONTRABAND_WORDS: frozenset[str] = _words(
    """drug heroin cocaine cannabis marijuana methamphetamine narcotic currency note cash
    contraband cigarette gold ivory smuggled stolen counterfeit liquor alcohol"""
)
#: heads of objects that make "seize"/"capture" a change of territory
TERRITORY_WORDS: frozenset[str] = _words(
    """town village city area territory district region province control capital hill
    crossing border airport base port neighbourhood neighborhood countryside outskirt
    settlement zone oilfield field road highway bridge position stronghold enclave island
    valley county municipality suburb quarter post point site camp
    headquarters stronghold hideout checkpoint airbase airfield garrison barracks fort
    crossroads junction pass mountain front"""
)
#: heads of objects that make "set up"/"establish" a new headquarters or base
BASE_WORDS: frozenset[str] = _words(
    """headquarters post base outpost checkpoint camp garrison airbase position office
    station"""
)

# --- modality -------------------------------------------------------------------------------
#: verbs that make their complement wished or planned, not done ("want to invade")
WISH_VERBS: frozenset[str] = _words(
    """want wish hope seek plan intend threaten vow aim try attempt desire pledge promise
    demand urge call prepare consider propose mull"""
)
#: verbs that deny or wave away the event they take as object ("dismissed an assault")
DENIAL_VERBS: frozenset[str] = _words("""deny dismiss refute reject""")
#: auxiliaries and verbs that put an event in the future
FUTURE_AUX: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"})
#: modal auxiliaries that make an event hypothetical
HYPOTHETICAL_AUX: frozenset[str] = frozenset(
    {"would", "could", "might", "may", "should", "must", "can", "'d", "ca"}
)
#: subjects, objects and adverbs that deny the event ("nobody attacked", "never retook")
NEGATORS: frozenset[str] = frozenset({"nobody", "nothing", "none", "never", "neither", "nor"})
#: subordinators that open a condition
CONDITION_MARKS: frozenset[str] = frozenset({"if", "unless", "whether", "lest"})
#: nouns and adjectives that make a noun trigger unreal ("a planned attack", "threat of war")
UNREAL_MODIFIERS: dict[str, str] = {
    "planned": "future",
    "possible": "hypothetical",
    "potential": "hypothetical",
    "threatened": "wished",
    "future": "future",
    "imminent": "future",
    "upcoming": "future",
    "threat": "wished",
    "plan": "future",
    "risk": "hypothetical",
    "fear": "hypothetical",
    "prospect": "hypothetical",
    "possibility": "hypothetical",
}

#: CASE 2021 label -> the sub-event type as ACLED writes it (its CSV's ``sub_event_type``);
#: the labels CASE 2021 adds to ACLED's list get descriptive names in the same style
SUBTYPE_ACLED_NAME: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "ATTRIB": "Attribution of responsibility",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DIPLO": "Diplomatic event",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MAN_MADE_DISASTER": "Man-made disaster",
    "MOB_VIOL": "Mob violence",
    "NATURAL_DISASTER": "Natural disaster",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "ORG_CRIME": "Organized crime",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
