"""Event cue matching and type resolution on hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from events_helpers import build
from newsgraph.lexicons.events import CUE_TABLE, SUBTYPE_ACLED_NAME, SUBTYPE_TYPE
from newsgraph.stages import events
from newsgraph.stages.event_classify import classify_doc, score_cues, top_label
from newsgraph.stages.event_cues import find_cues, parse_table, singular
from newsgraph.stages.event_links import participants

CASE_LABELS = {
    "ABDUCT_DISSAP AGREEMENT AIR_STRIKE ARMED_CLASH ARREST ART_MISS_ATTACK ATTACK "
    "CHANGE_TO_GROUP_ACT CHEM_WEAP DIPLO DISR_WEAP FORCE_AGAINST_PROTEST GOV_REGAINS_TERIT "
    "GRENADE HQ_ESTABLISHED MAN_MADE_DISASTER MOB_VIOL NATURAL_DISASTER "
    "NON_STATE_ACTOR_OVERTAKES_TER NON_VIOL_TERRIT_TRANSFER ORG_CRIME OTHER PEACE_PROTEST "
    "PROPERTY_DISTRUCT PROTEST_WITH_INTER REM_EXPLOS SEX_VIOL SUIC_BOMB VIOL_DEMONSTR"
}
CASE_LABELS = set(next(iter(CASE_LABELS)).split())


def _top(spec: str) -> str:
    return top_label(build(spec))


def test_every_case_label_has_an_acled_type_and_name() -> None:
    assert set(SUBTYPE_TYPE) >= CASE_LABELS
    assert set(SUBTYPE_TYPE) == set(SUBTYPE_ACLED_NAME)
    assert set(SUBTYPE_TYPE.values()) == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }


def test_lexicon_labels_are_known_labels_or_frames() -> None:
    labels = {p.label for p in parse_table(CUE_TABLE)}
    assert all(label in SUBTYPE_TYPE or label.startswith("_") for label in labels)


def test_parse_table_reads_weights_and_pos_constraints() -> None:
    patterns = parse_table({"X": "3.5: air strike; fire/noun\n 1.0: gas"})
    assert [(p.words, p.weight, p.pos) for p in patterns] == [
        (("air", "strike"), 3.5, (None, None)),
        (("fire",), 3.5, ("NOUN",)),
        (("gas",), 1.0, (None,)),
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("protesters", "protester"), ("militias", "militia"), ("crosses", "cross"), ("gas", "gas")],
)
def test_crude_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_hyphen_is_skipped_and_longest_match_wins() -> None:
    doc = build(
        "A/a/DET/det/2 suicide/suicide/NOUN/compound/2 bomber/bomber/NOUN/nsubj/3 "
        "hit/hit/VERB/ROOT/3 an/an/DET/det/8 air/air/NOUN/compound/8 -/-/PUNCT/punct/8 "
        "strike/strike/NOUN/compound/8 site/site/NOUN/dobj/3"
    )
    found = {(c.label, doc[c.start : c.end].text) for c in find_cues(doc)}
    assert ("SUIC_BOMB", "suicide bomber") in found
    assert ("AIR_STRIKE", "air - strike") in found
    assert not any(label == "SUIC_BOMB" and text == "suicide" for label, text in found)


def test_pos_constraint_keeps_gunfire_out_of_disasters() -> None:
    doc = build(
        "Soldiers/soldier/NOUN/nsubj/1 fired/fire/VERB/ROOT/1 shots/shot/NOUN/dobj/1 "
        "././PUNCT/punct/1"
    )
    assert "MAN_MADE_DISASTER" not in {c.label for c in find_cues(doc)}


def test_longer_match_of_another_label_wins_riot_police_is_not_a_riot() -> None:
    doc = build("Riot/riot/NOUN/compound/1 police/police/NOUN/nsubj/2 waited/wait/VERB/ROOT/2")
    labels = {c.label for c in find_cues(doc)}
    assert "_REPRESS" in labels and "VIOL_DEMONSTR" not in labels


# --- who attacks whom -------------------------------------------------------------------------


def test_attack_on_soldiers_is_an_armed_clash() -> None:
    spec = (
        "Gunmen/gunman/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 an/an/DET/det/4 "
        "army/army/NOUN/compound/4 patrol/patrol/NOUN/dobj/1"
    )
    ranked = classify_doc(build(spec))
    assert "ARMED_CLASH" in [r.label for r in ranked[:2]]
    spec_soldiers = (
        "Militants/militant/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 soldiers/soldier/NOUN/dobj/1"
    )
    assert _top(spec_soldiers) == "ARMED_CLASH"


def test_attack_on_villagers_is_violence_against_civilians() -> None:
    spec = (
        "Militants/militant/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 villagers/villager/NOUN/dobj/1"
    )
    assert _top(spec) == "ATTACK"


def test_specific_weapon_outranks_generic_violence() -> None:
    spec = (
        "A/a/DET/det/1 grenade/grenade/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 "
        "three/three/NUM/nummod/4 villagers/villager/NOUN/dobj/2"
    )
    assert _top(spec) == "GRENADE"


# --- territory, weapons, contraband ------------------------------------------------------------


def test_militants_seizing_a_town_overtake_territory() -> None:
    spec = (
        "Militants/militant/NOUN/nsubj/1 seized/seize/VERB/ROOT/1 the/the/DET/det/3 "
        "town/town/NOUN/dobj/1"
    )
    assert _top(spec) == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_army_recapturing_a_town_regains_territory() -> None:
    spec = (
        "The/the/DET/det/1 army/army/NOUN/nsubj/2 recaptured/recapture/VERB/ROOT/2 "
        "Lyman/Lyman/PROPN/dobj/2/GPE"
    )
    assert _top(spec) == "GOV_REGAINS_TERIT"


def test_driving_militants_out_is_regained_territory() -> None:
    spec = (
        "Troops/troop/NOUN/nsubj/1 drove/drive/VERB/ROOT/1 the/the/DET/det/3 "
        "militants/militant/NOUN/dobj/1 out/out/ADP/prt/1"
    )
    assert _top(spec) == "GOV_REGAINS_TERIT"


def test_taking_a_town_after_a_withdrawal_is_non_violent() -> None:
    spec = (
        "Rebels/rebel/NOUN/nsubj/1 took/take/VERB/ROOT/1 the/the/DET/det/3 town/town/NOUN/dobj/1 "
        "after/after/SCONJ/mark/6 troops/troop/NOUN/nsubj/6 withdrew/withdraw/VERB/advcl/1"
    )
    assert _top(spec) == "NON_VIOL_TERRIT_TRANSFER"


def test_seizing_weapons_is_disrupted_weapons_use_not_an_explosion() -> None:
    spec = (
        "Police/police/NOUN/nsubj/1 found/find/VERB/ROOT/1 two/two/NUM/nummod/5 "
        "improvised/improvised/ADJ/amod/5 explosive/explosive/ADJ/amod/5 devices/device/NOUN/dobj/1"
    )
    assert _top(spec) == "DISR_WEAP"


def test_seizing_drugs_is_organised_crime() -> None:
    spec = "Police/police/NOUN/nsubj/1 seized/seize/VERB/ROOT/1 heroin/heroin/NOUN/dobj/1"
    assert _top(spec) == "ORG_CRIME"


def test_setting_up_a_base_is_a_new_headquarters() -> None:
    spec = (
        "Forces/force/NOUN/nsubj/1 set/set/VERB/ROOT/1 up/up/ADP/prt/1 a/a/DET/det/5 "
        "new/new/ADJ/amod/5 base/base/NOUN/dobj/1"
    )
    assert _top(spec) == "HQ_ESTABLISHED"


# --- protests --------------------------------------------------------------------------------

_PROTEST = "Protesters/protester/NOUN/nsubj/1 marched/march/VERB/ROOT/1 "


def test_protest_alone_is_peaceful() -> None:
    assert _top(_PROTEST + "peacefully/peacefully/ADV/advmod/1") == "PEACE_PROTEST"


def test_protest_with_tear_gas_is_a_protest_with_intervention() -> None:
    spec = (
        "Police/police/NOUN/nsubj/1 fired/fire/VERB/ROOT/1 tear/tear/NOUN/compound/3 "
        "gas/gas/NOUN/dobj/1 at/at/ADP/prep/1 protesters/protester/NOUN/pobj/4"
    )
    assert _top(spec) == "PROTEST_WITH_INTER"


def test_tear_gas_without_a_protest_is_a_chemical_weapon() -> None:
    spec = (
        "Troops/troop/NOUN/nsubj/1 fired/fire/VERB/ROOT/1 tear/tear/NOUN/compound/3 "
        "gas/gas/NOUN/dobj/1 at/at/ADP/prep/1 a/a/DET/det/6 school/school/NOUN/pobj/4"
    )
    assert _top(spec) == "CHEM_WEAP"


def test_police_killing_protesters_is_excessive_force() -> None:
    spec = (
        "Police/police/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 two/two/NUM/nummod/3 "
        "protesters/protester/NOUN/dobj/1"
    )
    assert _top(spec) == "FORCE_AGAINST_PROTEST"


def test_protesters_throwing_stones_is_a_violent_demonstration() -> None:
    spec = (
        "Protesters/protester/NOUN/nsubj/1 threw/throw/VERB/ROOT/1 stones/stone/NOUN/dobj/1 "
        "at/at/ADP/prep/1 police/police/NOUN/pobj/3"
    )
    assert _top(spec) == "VIOL_DEMONSTR"


def test_background_clause_does_not_decide_a_protest() -> None:
    # "Protests over students killed in an accident": the killing is the protest's cause
    spec = (
        "Students/student/NOUN/nsubj/1 protested/protest/VERB/ROOT/1 over/over/ADP/prep/1 "
        "deaths/death/NOUN/pobj/2 caused/cause/VERB/acl/3 by/by/ADP/agent/4 "
        "a/a/DET/det/7 fire/fire/NOUN/pobj/5"
    )
    assert _top(spec) == "PEACE_PROTEST"


def test_no_cue_gives_the_fallback_and_scores_nothing() -> None:
    doc = build("The/the/DET/det/1 weather/weather/NOUN/nsubj/2 improved/improve/VERB/ROOT/2")
    assert score_cues(doc, []) == []
    assert classify_doc(doc) == []


def test_lead_sentence_names_the_main_event() -> None:
    arrest = (
        "Police/police/NOUN/nsubj/1 arrested/arrest/VERB/ROOT/1 men/man/NOUN/dobj/1 "
        "././PUNCT/punct/1"
    )
    deploy = (
        "Troops/troop/NOUN/nsubjpass/2 were/be/AUX/auxpass/2 deployed/deploy/VERB/ROOT/2 "
        "././PUNCT/punct/2"
    )

    def shifted(spec: str, by: int) -> str:
        items = []
        for item in spec.split():
            fields = item.split("/")
            fields[4] = str(int(fields[4]) + by)
            items.append("/".join(fields))
        return " ".join(items)

    assert _top(arrest + " " + shifted(deploy, 4)) == "ARREST"
    assert _top(deploy + " " + shifted(arrest, 4)) == "CHANGE_TO_GROUP_ACT"


def test_passive_agent_is_the_actor_and_subject_the_target() -> None:
    doc = build(
        "The/the/DET/det/1 town/town/NOUN/nsubjpass/3 was/be/AUX/auxpass/3 "
        "shelled/shell/VERB/ROOT/3 by/by/ADP/agent/3 rebels/rebel/NOUN/pobj/4"
    )
    assert participants(doc, doc[3], ()) == (("rebels",), ("The town",))


def test_unparsed_doc_is_read_as_one_sentence() -> None:
    plain = build("x/x/X/ROOT/0")
    doc = Doc(
        plain.vocab,
        words=["Police", "arrested", "ten", "men"],
        lemmas=["police", "arrest", "ten", "man"],
    )
    assert [e.subtype for e in events.find(doc)] == ["ARREST"]


def test_denied_fighting_makes_a_takeover_non_violent() -> None:
    spec = (
        "Rebels/rebel/NOUN/nsubj/1 entered/enter/VERB/ROOT/1 the/the/DET/det/3 "
        "town/town/NOUN/dobj/1 ././PUNCT/punct/1 There/there/PRON/expl/6 was/be/VERB/ROOT/6 "
        "no/no/DET/det/8 fighting/fighting/NOUN/attr/6 ././PUNCT/punct/6"
    )
    assert _top(spec) == "NON_VIOL_TERRIT_TRANSFER"
    # the events stage keeps the denied fight as an event of its own, marked negated
    modes = {e.subtype: e.mode for e in events.find(build(spec))}
    assert modes.get("ARMED_CLASH") == "negated"


# --- participants, grievances and modality (second round, from the codebook) -----------------


def test_a_place_left_and_handed_over_changes_hands_peacefully() -> None:
    spec = (
        "Troops/troop/NOUN/nsubj/1 vacated/vacate/VERB/ROOT/1 the/the/DET/det/3 "
        "base/base/NOUN/dobj/1 and/and/CCONJ/cc/1 handed/hand/VERB/conj/1 it/it/PRON/dobj/5 "
        "over/over/ADP/prt/5"
    )
    assert _top(spec) == "NON_VIOL_TERRIT_TRANSFER"


def test_a_bare_withdrawal_is_a_change_of_activity() -> None:
    spec = (
        "Troops/troop/NOUN/nsubj/1 withdrew/withdraw/VERB/ROOT/1 from/from/ADP/prep/1 "
        "the/the/DET/det/4 town/town/NOUN/pobj/2"
    )
    assert _top(spec) == "CHANGE_TO_GROUP_ACT"


def test_left_without_a_place_is_no_withdrawal() -> None:
    spec = (
        "The/the/DET/det/1 blast/blast/NOUN/nsubj/2 left/leave/VERB/ROOT/2 "
        "five/five/NUM/nummod/4 dead/dead/ADJ/dobj/2"
    )
    assert "NON_VIOL_TERRIT_TRANSFER" not in {s.label for s in classify_doc(build(spec))}
    assert "CHANGE_TO_GROUP_ACT" not in {s.label for s in classify_doc(build(spec))}


def test_claiming_a_killing_is_an_attribution() -> None:
    spec = (
        "The/the/DET/det/1 group/group/NOUN/nsubj/2 claimed/claim/VERB/ROOT/2 "
        "the/the/DET/det/4 killing/killing/NOUN/dobj/2 of/of/ADP/prep/4 "
        "soldiers/soldier/NOUN/pobj/5"
    )
    assert _top(spec) == "ATTRIB"


def test_claiming_a_victory_in_words_is_no_attribution() -> None:
    spec = (
        "The/the/DET/det/1 group/group/NOUN/nsubj/2 claimed/claim/VERB/ROOT/2 "
        "a/a/DET/det/4 victory/victory/NOUN/dobj/2"
    )
    assert "ATTRIB" not in {s.label for s in classify_doc(build(spec))}


def test_a_drone_doing_the_hitting_is_an_air_strike() -> None:
    spec = (
        "A/a/DET/det/1 drone/drone/NOUN/nsubj/2 struck/strike/VERB/ROOT/2 "
        "a/a/DET/det/4 house/house/NOUN/dobj/2"
    )
    assert _top(spec) == "AIR_STRIKE"


def test_protesting_against_an_arrest_is_a_peaceful_protest() -> None:
    spec = (
        "Supporters/supporter/NOUN/nsubj/1 protested/protest/VERB/ROOT/1 "
        "against/against/ADP/prep/1 the/the/DET/det/4 arrest/arrest/NOUN/pobj/2 "
        "of/of/ADP/prep/4 their/their/PRON/poss/7 leader/leader/NOUN/pobj/5"
    )
    assert _top(spec) == "PEACE_PROTEST"


def test_rioters_burning_cars_is_a_violent_demonstration() -> None:
    spec = "Rioters/rioter/NOUN/nsubj/1 torched/torch/VERB/ROOT/1 cars/car/NOUN/dobj/1"
    assert _top(spec) == "VIOL_DEMONSTR"


def test_denied_arrests_are_not_what_happened() -> None:
    spec = (
        "No/no/DET/det/1 arrests/arrest/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 "
        "made/make/VERB/ROOT/3 after/after/SCONJ/mark/7 shops/shop/NOUN/nsubjpass/7 "
        "were/be/AUX/auxpass/7 looted/loot/VERB/advcl/3"
    )
    assert _top(spec) == "PROPERTY_DISTRUCT"


def test_killing_armed_men_is_a_clash_not_violence_against_civilians() -> None:
    spec = (
        "Police/police/NOUN/nsubj/1 shot/shoot/VERB/ROOT/1 dead/dead/ADJ/oprd/1 "
        "two/two/NUM/nummod/4 gunmen/gunman/NOUN/dobj/1"
    )
    assert _top(spec) == "ARMED_CLASH"
