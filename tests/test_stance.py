"""Stance edges: who disputes or supports which claim, with the evidence words.

Entities and quotes are injected by hand (see ``tests/test_claims.py``) so that each test pins
one behaviour of the stance rules, not the upstream stages.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.records import Claim, Entity, TextSpan
from newsgraph.stages import claims
from newsgraph.stages.claim_sources import Draft
from newsgraph.stages.stance import _in_relative_clause, stem
from test_claims import entity, parse, quote

pytestmark = pytest.mark.model

SOLDIER_QUOTE = '"The town will be encircled within weeks," a soldier told Reuters.'


def _soldier_setup(text: str) -> tuple[Entity, ...]:
    """The soldier and the two experts, as far as the text mentions them."""
    people = (
        ("e1", "a soldier", "UNNAMED"),
        ("e2", "Anna Keller", "PERSON"),
        ("e3", "Olena Savchuk", "PERSON"),
    )
    return tuple(entity(text, i, name, kind, name) for i, name, kind in people if name in text)


def _run(nlp: Language, text: str, with_soldier: bool = True) -> list[Claim]:
    doc = parse(nlp, text)
    doc._.entities = _soldier_setup(text)
    if with_soldier:
        doc._.quotes = (
            quote(
                text,
                "q1",
                "The town will be encircled within weeks,",
                "told",
                "a soldier",
                "e1",
                "Reuters",
            ),
        )
    return claims.find(doc)


def _edges(found: list[Claim]) -> list[tuple[str, str, str, str]]:
    return [(c.id, s.by, s.stance, s.evidence.text) for c in found for s in c.stances]


def test_rejects_the_claim(nlp: Language) -> None:
    text = SOLDIER_QUOTE + " Anna Keller rejected the claim. Olena Savchuk is a lawyer."
    assert _edges(_run(nlp, text)) == [("c1", "e2", "disputes", "rejected the claim")]


def test_dismisses_it_as_propaganda(nlp: Language) -> None:
    text = SOLDIER_QUOTE + " Anna Keller dismisses it as propaganda."
    assert _edges(_run(nlp, text)) == [("c1", "e2", "disputes", "dismisses it as propaganda")]


def test_calls_the_statements_wishful_thinking(nlp: Language) -> None:
    text = SOLDIER_QUOTE + ' Anna Keller calls the statements "wishful thinking".'
    edges = _edges(_run(nlp, text))
    assert edges == [("c1", "e2", "disputes", 'calls the statements "wishful thinking"')]


def test_sharply_critical_of_the_plan(nlp: Language) -> None:
    text = SOLDIER_QUOTE + " Anna Keller is sharply critical of the plan."
    edges = _edges(_run(nlp, text))
    assert [(c, by, st) for c, by, st, _ in edges] == [("c1", "e2", "disputes")]
    assert "critical" in edges[0][3]


def test_agrees_supports_the_claim_of_the_other_party(nlp: Language) -> None:
    text = SOLDIER_QUOTE + " Anna Keller agrees."
    assert _edges(_run(nlp, text)) == [("c1", "e2", "supports", "agrees")]


def test_the_two_analysts_disagree_resolves_to_both(nlp: Language) -> None:
    text = (
        "Anna Keller teaches in Graz. Olena Savchuk works for the ICG. "
        + SOLDIER_QUOTE
        + " The two analysts disagree."
    )
    edges = _edges(_run(nlp, text))
    assert sorted((by, st) for _, by, st, _ in edges) == [("e2", "disputes"), ("e3", "disputes")]
    assert {c for c, _, _, _ in edges} == {"c1"}


def test_also_dismisses_takes_the_previous_stance_claim(nlp: Language) -> None:
    text = (
        SOLDIER_QUOTE
        + " Kyiv said that the river crossing was repaired. Anna Keller rejects the idea that"
        " the town is about to be encircled. Olena Savchuk also dismisses the prediction."
    )
    found = _run(nlp, text)
    edges = _edges(found)
    assert [(c, by) for c, by, _, _ in edges] == [("c1", "e2"), ("c1", "e3")]


def test_rejected_an_owned_statement_makes_its_clause_the_claim(nlp: Language) -> None:
    text = (
        "Moscow said its forces were advancing. Anna Keller rejected Moscow's statement that "
        "only military sites had been targeted."
    )
    doc = parse(nlp, text)
    doc._.entities = (
        entity(text, "e1", "Moscow", "ORG", "Moscow"),
        entity(text, "e2", "Anna Keller", "PERSON", "Anna Keller"),
    )
    found = claims.find(doc)
    disputed = [c for c in found if c.stances]
    assert len(disputed) == 1
    assert disputed[0].text == "only military sites had been targeted"
    assert disputed[0].attributed_to == "e1"
    assert disputed[0].stances[0].by == "e2"


def test_both_think_the_idea_is_sound(nlp: Language) -> None:
    text = (
        SOLDIER_QUOTE + " Anna Keller and Olena Savchuk studied the plan for a ceasefire. "
        "Both think the idea of a ceasefire is sound."
    )
    edges = _edges(_run(nlp, text))
    assert sorted(by for _, by, _, _ in edges) == ["e2", "e3"]
    assert {st for _, _, st, _ in edges} == {"supports"}


def test_denial_without_a_claim_to_deny_is_not_an_edge(nlp: Language) -> None:
    text = "Anna Keller denied nothing. The weather was cold."
    assert _edges(_run(nlp, text, with_soldier=False)) == []


def test_stem_joins_word_forms() -> None:
    assert stem("encirclement") == stem("encircled")
    assert stem("Russian") == stem("Russia's")


def test_denied_that_disputes_the_clause_not_the_denier_own_claim(nlp: Language) -> None:
    text = (
        "Rights groups say prisoners were beaten. "
        "The ministry denied that detainees had been mistreated."
    )
    doc = parse(nlp, text)
    doc._.entities = (
        entity(text, "e1", "Rights groups", "GROUP", "Rights groups"),
        entity(text, "e2", "the ministry", "ORG", "The ministry"),
    )
    # the quotes stage may read the denial as the ministry's own indirect quote
    doc._.quotes = (
        quote(
            text,
            "q1",
            "that detainees had been mistreated",
            "denied",
            "The ministry",
            "e2",
            kind="indirect",
        ),
    )
    found = claims.find(doc)
    disputed = [c for c in found if c.stances]
    assert [c.text for c in disputed] == ["that detainees had been mistreated"]
    assert disputed[0].attributed_to is None  # not the ministry's claim: it denies it
    assert [(s.by, s.stance) for s in disputed[0].stances] == [("e2", "disputes")]


def test_coordinated_stance_verb_takes_the_subject_of_the_verb_in_its_tense(
    nlp: Language,
) -> None:
    text = (
        SOLDIER_QUOTE + " Anna Keller said the army did not retreat and dismissed the claim "
        "as propaganda."
    )
    edges = _edges(_run(nlp, text))
    assert [(by, st) for _, by, st, _ in edges] == [("e2", "disputes")]


def test_a_claim_cued_in_a_relative_clause_is_background(nlp: Language) -> None:
    """ "rejected this" answers a sentence's main claim before one its relative clause cues
    ("…, which the opposition claims to have proposed"): the second kind is told apart by its
    source's verb."""
    text = (
        "The ministry said that the talks would resume in Vienna, which the opposition claims "
        "to have proposed first."
    )
    doc = nlp(text)

    def draft(source: str) -> Draft:
        start = text.index(source)
        return Draft(0, 1, "", "reported", source=TextSpan(start, start + len(source), source))

    assert not _in_relative_clause(doc, draft("The ministry"))
    assert _in_relative_clause(doc, draft("the opposition"))


def _stances_by_name(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(holder's name, stance, claim text) of every stance edge the full pipeline finds."""
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    return [(names.get(s.by, s.by), s.stance, c.text) for c in doc._.claims for s in c.stances]


def test_not_sharing_a_view_disputes_what_the_other_believes(nlp: Language) -> None:
    text = (
        "Lars Berg, a senior analyst at the Baltic Defence Institute, believes that the strike "
        'was the start of a new campaign. "They want to scare the insurers," Berg said in an '
        "interview. Nadia Haddad, who works at the Gulf Policy Centre, does not share Berg's view."
    )
    edges = _stances_by_name(nlp, text)
    assert edges == [
        ("Nadia Haddad", "disputes", "that the strike was the start of a new campaign")
    ]


def test_calling_reports_premature_disputes_them(nlp: Language) -> None:
    text = (
        "The Russian Defence Ministry said its troops were fighting in the centre of the town. "
        'The analyst Jonas Ek calls the ministry\'s reports "premature".'
    )
    edges = _stances_by_name(nlp, text)
    assert [(by, stance) for by, stance, _ in edges] == [("Jonas Ek", "disputes")]
    assert "fighting in the centre of the town" in edges[0][2]


def test_the_head_named_in_apposition_holds_the_stance(nlp: Language) -> None:
    text = (
        "The minister said fuel supplies were secured. The head of the National Union of "
        'Tanker Drivers, Boubacar Tembely, dismissed the assurance as "a fairy tale".'
    )
    edges = _stances_by_name(nlp, text)
    assert [(by, stance) for by, stance, _ in edges] == [("Boubacar Tembely", "disputes")]


def test_doubting_a_clause_disputes_whoever_said_it_before(nlp: Language) -> None:
    text = (
        "Clémence Roussel, an analyst in Dakar, spoke on Monday. In her view, the blockade "
        "could last for months. Matthias Feldmann doubts that the blockade can last for months."
    )
    edges = _stances_by_name(nlp, text)
    assert edges == [("Matthias Feldmann", "disputes", "the blockade could last for months")]


def test_the_claim_rejected_is_someones_not_a_hedged_report(nlp: Language) -> None:
    text = (
        "The group said it had killed eleven soldiers escorting the convoy. Three drivers were "
        "reportedly taken away. The government rejected the claim."
    )
    edges = _stances_by_name(nlp, text)
    assert len(edges) == 1 and "eleven soldiers" in edges[0][2]


def test_dismissing_the_figures_disputes_the_claim_with_a_number(nlp: Language) -> None:
    text = (
        "Taras Levchenko, a spokesman for military intelligence in Kyiv, said the attacks had "
        "knocked out about a fifth of Russia's refining capacity. \"Drivers are queuing for "
        'petrol," he said. The Kremlin spokesman Dmitry Arkhipov dismissed the figures from '
        'Kyiv as "pure fantasy".'
    )
    edges = _stances_by_name(nlp, text)
    assert len(edges) == 1 and edges[0][:2] == ("Dmitry Arkhipov", "disputes")
    assert "a fifth" in edges[0][2]


def test_a_spokesman_titled_by_his_body_holds_the_stance(nlp: Language) -> None:
    """ "Kremlin Spokesman Arseny Belov dismissed …": the holder is the person the phrase
    heads, not the body named in his title."""
    text = (
        "Several Western newspapers claimed that Russian units had been pushed back across the "
        "river. Kremlin Spokesman Arseny Belov dismissed the claim as a provocation."
    )
    edges = _stances_by_name(nlp, text)
    assert [(by, stance) for by, stance, _ in edges] == [("Arseny Belov", "disputes")]


def test_the_reports_are_what_the_media_claimed(nlp: Language) -> None:
    """ "dismissed the reports": the claim of the media outlets right before, not an older
    claim that happens to have been "reported"."""
    text = (
        "Air defences shot down 47 drones overnight, the ministry's press service reported. "
        "The ministry said its strikes had hit only military targets.\n\n"
        "On Friday, several Western media outlets claimed that Russian units had suffered "
        "heavy losses near the river. The Kremlin dismissed the reports as a provocation."
    )
    edges = _stances_by_name(nlp, text)
    assert len(edges) == 1 and "suffered heavy losses" in edges[0][2]


def test_a_denied_clause_disputes_the_claim_that_shares_most_of_it(nlp: Language) -> None:
    """Of two earlier claims that share words with the denied clause, the closer match wins
    over the later one."""
    text = (
        "A security source said that dozens of civilians had been killed in the market. "
        "The armed group claimed that its fighters had killed dozens of soldiers. "
        "The government spokesman denied that dozens of civilians had been killed."
    )
    edges = _stances_by_name(nlp, text)
    assert len(edges) == 1 and "civilians" in edges[0][2]


def test_the_holder_is_the_name_set_after_a_role_of_a_place(nlp: Language) -> None:
    """ "The governor of Norte de Santander, Hernando Calderón Arias, rejected …": no mention
    stands at the phrase's head, so the speaker the quotes stage found for it holds the
    stance, not the place named first."""
    text = (
        "The ELN said in a statement that it guarantees the free transit of the peasants. The "
        "governor of Norte de Santander, Hernando Calderón Arias, rejected that version."
    )
    edges = _stances_by_name(nlp, text)
    assert [(by, stance) for by, stance, _ in edges] == [("Hernando Calderón Arias", "disputes")]


def test_a_participle_after_the_report_takes_the_speaker_as_holder(nlp: Language) -> None:
    """ "…, the spokesman said on Monday, rejecting Israeli accusations that …": the
    participle's holder is the subject of "said"; the claim is Israel's clause."""
    text = (
        "Iran will not let inspectors return to its Fordow site, the foreign ministry spokesman "
        "said on Monday, rejecting Israeli accusations that Tehran had secretly moved uranium."
    )
    edges = _stances_by_name(nlp, text)
    assert [(by, stance) for by, stance, _ in edges] == [
        ("the foreign ministry spokesman", "disputes")
    ]
    assert "Tehran had secretly moved uranium" in edges[0][2]


def test_a_denied_clause_answers_the_claim_it_restates(nlp: Language) -> None:
    """ "denied that any soldiers had been killed, describing …": the claim disputed is the
    earlier one that soldiers were killed, and the participle's stance is the denier's."""
    text = (
        "The group claimed through its news agency that its fighters had killed more than 20 "
        "soldiers and burned a church. The claim could not be verified.\n\n"
        "The army spokesman, Colonel Eugène Habimana, wrote on X that a patrol had reached the "
        "village. Habimana denied that any soldiers had been killed, describing the agency's "
        'statement as "propaganda to cover their losses".'
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    edges = {
        (names.get(s.by), text[c.start : c.end][:30], s.evidence.text.split()[0])
        for c in doc._.claims
        for s in c.stances
    }
    assert ("Eugène Habimana", "that its fighters had killed m", "denied") in edges
    assert ("Eugène Habimana", "that its fighters had killed m", "describing") in edges
