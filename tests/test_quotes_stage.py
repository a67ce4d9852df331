"""The quotes stage end to end on short articles written for these tests (loads the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.records import Quote
from test_entities_stage import _speaker_names

pytestmark = pytest.mark.model


def run(nlp: Language, text: str) -> list[Quote]:
    return list(nlp(text)._.quotes)


def spans(text: str, found: list[Quote]) -> list[str]:
    return [text[q.start : q.end] for q in found]


def test_split_quote_is_two_linked_parts_with_one_cue(nlp: Language) -> None:
    text = "“We will not leave,” Anna Keller said on Monday, “not while the river still holds.”"
    found = run(nlp, text)
    assert spans(text, found) == ["“We will not leave,”", "“not while the river still holds.”"]
    first, second = found
    assert (first.kind, second.kind) == ("direct", "direct")
    assert second.continues == first.id
    assert first.cue is not None and first.cue.text == "said"
    assert second.cue == first.cue and second.source == first.source
    assert first.source is not None and first.source.text == "Anna Keller"
    assert first.text == "We will not leave,"


def test_follow_on_quote_in_the_next_paragraph_takes_the_speaker(nlp: Language) -> None:
    text = (
        "“The shelling never stops,” Anna Keller, a nurse in Kupiansk, told Reuters.\n\n"
        "“We sleep in the basement and cook on a fire in the yard.”"
    )
    found = run(nlp, text)
    assert len(found) == 2
    first, follow = found
    # no cue or source of its own; it continues the first quote's attribution
    assert follow.cue is None and follow.source is None and follow.continues == first.id
    assert first.speaker is not None
    assert follow.speaker == first.speaker
    assert first.channel == "Reuters"


def test_follow_on_quote_in_the_same_paragraph_joins_the_attribution(nlp: Language) -> None:
    text = (
        "“We will not leave,” said Anna Keller. “The river still holds and the bridge stands.” "
        "Her neighbour disagreed."
    )
    first, follow = run(nlp, text)[:2]
    assert text[follow.start : follow.end] == "“The river still holds and the bridge stands.”"
    assert follow.continues == first.id and follow.cue is None
    assert follow.speaker == first.speaker


def test_cue_before_the_quote_with_a_colon(nlp: Language) -> None:
    text = 'The mayor, Petro Ivanenko, says: "We have no power and no water." Residents worry.'
    (quote,) = run(nlp, text)
    assert quote.kind == "direct"
    assert text[quote.start : quote.end] == '"We have no power and no water."'
    assert quote.cue is not None and quote.cue.text == "says:"
    assert quote.source is not None and "Petro Ivanenko" in quote.source.text


def test_guillemets_and_single_quotes(nlp: Language) -> None:
    text = "The minister Jean Dupont said: «Nous resterons ici.» Then he left."
    assert spans(text, run(nlp, text)) == ["«Nous resterons ici.»"]
    text = "Oleg Marchenko said the attack was 'a clear act of terror by the enemy'."
    (quote,) = run(nlp, text)
    assert quote.kind == "mixed"
    assert text[quote.start : quote.end].endswith("'a clear act of terror by the enemy'")


def test_partial_quote_inside_reported_speech_is_mixed(nlp: Language) -> None:
    text = 'Keller calls the plan "reckless and naive" and demands a review.'
    found = run(nlp, text)
    assert found[0].kind == "mixed"
    assert text[found[0].start : found[0].end] == 'the plan "reckless and naive"'


def test_reported_speech_that_continues_in_quotation_marks(nlp: Language) -> None:
    text = 'Keller said the strategy was "wishful thinking at best, and dangerous at worst."'
    (quote,) = run(nlp, text)
    assert quote.kind == "mixed"
    assert text[quote.start : quote.end].startswith("the strategy was")


def test_indirect_speech_forms(nlp: Language) -> None:
    text = (
        "According to the Institute for the Study of War, Russian troops have advanced. "
        "Smith believes that the offensive will stall. He told reporters the front was stable."
    )
    found = run(nlp, text)
    assert [(q.kind, q.cue.text if q.cue else None) for q in found] == [
        ("indirect", "According to"),
        ("indirect", "believes"),
        ("indirect", "told"),
    ]
    assert found[0].source is not None
    assert found[0].source.text == "the Institute for the Study of War"
    assert found[1].text == "that the offensive will stall"


def test_unbalanced_mark_neither_raises_nor_swallows_the_article(nlp: Language) -> None:
    text = (
        "Keller said: “This will end badly. Nobody listens.\n\n"
        "The army said on Tuesday that it had repelled the attack.\n\n"
        '"We hold the line," a soldier stationed in a nearby village told Reuters.'
    )
    found = run(nlp, text)
    assert spans(text, found) == [
        "“This will end badly. Nobody listens.",
        "that it had repelled the attack",
        '"We hold the line,"',
    ]
    assert [q.id for q in found] == ["q1", "q2", "q3"]


def test_channels(nlp: Language) -> None:
    text = (
        "Zelensky wrote on Telegram that the strike killed four people. "
        "The ministry said in a statement that talks would resume. "
        '"We are ready," Peskov said at a press conference.'
    )
    assert [q.channel for q in run(nlp, text)] == ["Telegram", "statement", "press conference"]


def test_told_the_news_agency_resolves_to_the_agency_named_earlier(nlp: Language) -> None:
    text = (
        "The agency Ukrinform reported heavy fighting near the river. "
        '"It was terrible," a resident told the news agency.'
    )
    found = run(nlp, text)
    # "reported heavy fighting" is an attribution of its own (PolNeAR counts reported objects)
    (quote,) = [q for q in found if q.kind == "direct"]
    assert quote.text == "It was terrible," and quote.channel == "Ukrinform"


def test_quotes_in_boilerplate_are_skipped(nlp: Language) -> None:
    text = (
        'Keller said the town was calm.\n\nRead also: "We will win," says the general\n\n'
        "The talks resume on Monday."
    )
    assert all("We will win" not in q.text for q in run(nlp, text))


def test_lead_sentence_after_a_dateline_is_attributed(nlp: Language) -> None:
    text = (
        "Drone attack on Kharkiv injures 14, mayor says\n\n"
        "KHARKIV, June 12 (Reuters) - Russian drones struck residential districts of Kharkiv "
        "overnight, injuring at least 14 people, regional officials said on Wednesday."
    )
    found = [q for q in run(nlp, text) if q.cue is not None and q.cue.text == "said"]
    assert len(found) == 1
    assert text[found[0].start : found[0].end].startswith("Russian drones struck")
    assert found[0].source is not None and found[0].source.text == "regional officials"


def test_in_her_view_names_the_source(nlp: Language) -> None:
    text = (
        "In her view, the government has underestimated how deeply the desire for membership "
        "is rooted among young voters."
    )
    (quote,) = run(nlp, text)
    assert quote.cue is not None and quote.cue.text == "In her view"
    assert quote.source is not None and quote.source.text == "her"
    assert quote.text.startswith("the government has underestimated")


def test_parenthetical_cue_splits_the_reported_clause(nlp: Language) -> None:
    text = "The latest test, the ministry said, was its biggest yet."
    found = run(nlp, text)
    assert spans(text, found) == ["The latest test", "was its biggest yet"]
    assert found[1].continues == found[0].id


def test_as_clause_cue_reports_the_main_clause(nlp: Language) -> None:
    text = "As Reuters reported on Monday, the talks stalled over the exchange of prisoners."
    (quote,) = run(nlp, text)
    assert quote.text == "the talks stalled over the exchange of prisoners"
    assert quote.source is not None and quote.source.text == "Reuters"


def _speaker_name(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    return [(q.kind, names.get(q.speaker) if q.speaker else None) for q in doc._.quotes]


def test_a_quotation_after_the_sentence_that_introduces_its_speaker(nlp: Language) -> None:
    text = (
        "Olga Brandt, a nurse at the district hospital, recalled the first night of the "
        "shelling.\n\n"
        "“The lights went out and we carried the patients down to the basement.”"
    )
    found = _speaker_name(nlp, text)
    assert ("direct", "Olga Brandt") in found


def test_an_introducing_verb_split_off_by_a_colon_still_lends_its_speaker(nlp: Language) -> None:
    text = (
        "Pavel Moroz, a retired colonel, points to the map: the river cuts the town in two. "
        "“Whoever holds the bridges holds the town, and nobody holds them now.”"
    )
    assert ("direct", "Pavel Moroz") in _speaker_name(nlp, text)


def test_a_quotation_after_plain_narration_gets_no_speaker(nlp: Language) -> None:
    text = (
        "The fighting went on for hours near the station.\n\n"
        "“We could not sleep at all that night, nobody could.”"
    )
    assert all(speaker is None for _, speaker in _speaker_name(nlp, text))


def test_an_unclosed_quotation_still_finds_its_speaker_after_it(nlp: Language) -> None:
    text = (
        "“The roof fell in. After that there was only dust, said Petro Melnyk, a driver who "
        "was hurt in the strike. He was taken to hospital in Dnipro."
    )
    assert ("direct", "Petro Melnyk") in _speaker_name(nlp, text)


def test_according_to_plan_is_a_manner_not_a_source(nlp: Language) -> None:
    found = run(nlp, "The ministry said the withdrawal went according to plan.")
    assert [q.cue.text if q.cue else None for q in found] == ["said"]


def test_quoted_as_saying_gives_the_passive_subject_as_source(nlp: Language) -> None:
    text = (
        "Mayor Regina Kharchenko spoke on Tuesday. She was quoted as saying that the city had "
        'enough generators "for the hospitals, but not for everyone".'
    )
    found = run(nlp, text)
    quoted = [q for q in found if q.cue is not None and "quoted" in q.cue.text]
    assert len(quoted) == 1
    assert quoted[0].cue is not None and quoted[0].cue.text == "was quoted as saying"
    assert quoted[0].source is not None and quoted[0].source.text == "She"
    assert quoted[0].text.startswith("that the city had enough generators")


def test_whom_the_words_were_told_is_not_part_of_them(nlp: Language) -> None:
    text = "Another source told the German news agency dpa that the talks had stalled."
    (found,) = run(nlp, text)
    assert "news agency" not in found.text
    assert found.text.endswith("that the talks had stalled")


def test_translated_german_so_attribution(nlp: Language) -> None:
    """'„…“, so the governor on Telegram.': no verb, "so" is the cue, the channel follows."""
    text = (
        "„The fire has been localised“, so the regional governor Vyacheslav Fedorishchev on "
        "Telegram. The situation in the city is calm, so the mayor. It rained all day, so the "
        "match was cancelled."
    )
    found = run(nlp, text)
    assert [(q.kind, q.text, q.cue.text if q.cue else None) for q in found] == [
        ("direct", "The fire has been localised", "so"),
        ("indirect", "The situation in the city is calm", "so"),
    ]
    assert found[0].source is not None
    assert found[0].source.text == "the regional governor Vyacheslav Fedorishchev"
    assert found[0].channel == "Telegram"
    assert found[1].source is not None and found[1].source.text == "the mayor"


def test_so_attribution_at_the_end_of_a_paragraph(nlp: Language) -> None:
    """The parser keeps the paragraph break in the sentence: it is not part of the speaker."""
    text = (
        "„The port is open again“, so the harbour master.\n\n"
        "Ships were waiting in the roads, the agency said."
    )
    first = run(nlp, text)[0]
    assert first.text == "The port is open again"
    assert first.source is not None and first.source.text == "the harbour master"


def test_an_armed_attack_is_no_report_but_a_verbal_one_is(nlp: Language) -> None:
    """PolNeAR's politics knows "attacked" only as words; in war news the object is a place,
    the means a weapon or the attacker an armed force."""
    text = (
        "Russia has once again attacked the port of Odesa with drones and missiles. Troops "
        "attacked the village at dawn. The senator attacked the governor over the budget."
    )
    assert [q.cue.text if q.cue else None for q in run(nlp, text)] == ["attacked"]


def test_no_content_before_its_speaker_across_a_semicolon(nlp: Language) -> None:
    """A headline's first clause is not what the second one's subject claims."""
    text = "Sudan live: market shelled in El Fasher; army claims town near the border"
    assert not any(q.text.startswith("Sudan live") for q in run(nlp, text))


def test_a_speaker_after_two_joined_clauses(nlp: Language) -> None:
    """The "and" joins the clauses reported, not the cue: "said" takes the name before it."""
    text = (
        "Units have liberated the village of Sinkovka and improved their position near the "
        "town, Defense Ministry Spokesman Gennady Lavrentyev said at a briefing."
    )
    (found,) = run(nlp, text)
    assert found.source is not None and found.source.text.endswith("Gennady Lavrentyev")
    assert found.text.startswith("Units have liberated")


def test_as_reported_by_names_the_speaker(nlp: Language) -> None:
    text = (
        "As reported in Telegram by the regional governor Oleh Syniehubov, in total the enemy "
        "launched 26 drones at the region."
    )
    (found,) = run(nlp, text)
    assert found.source is not None and found.source.text.endswith("Oleh Syniehubov")
    assert "the enemy launched 26 drones" in found.text


def test_speech_opened_by_a_dash(nlp: Language) -> None:
    """Ukrainian and Russian writing opens speech with a dash and closes it with one before
    the speaker; after the speaker's sentence a dash resumes it."""
    text = (
        "— We were sleeping when the windows flew in, — says Halyna. — The neighbour from the "
        "fifth floor did not come out.\n\n"
        "The town — which lies on the river — was hit again."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    found = [(q.kind, q.text, names.get(q.speaker or "")) for q in doc._.quotes]
    assert found == [
        ("direct", "We were sleeping when the windows flew in,", "Halyna"),
        ("direct", "The neighbour from the fifth floor did not come out.", "Halyna"),
    ]


def test_a_quotation_after_a_colon_belongs_to_the_speaker_before_it(nlp: Language) -> None:
    """The parser takes the quotation's verb for the root and "told" for its complement."""
    text = (
        "An employee of the refinery who asked not to be named told Volga Vestnik: „At first "
        "we thought it was thunder. We ran out without our jackets."
    )
    doc = nlp(text)
    (found,) = doc._.quotes
    assert found.kind == "direct" and found.text.startswith("At first we thought")
    speaker = next(e for e in doc._.entities if e.id == found.speaker)
    assert speaker.name == "An employee of the refinery"


def test_a_question_and_its_answer_with_the_speakers_after_them(nlp: Language) -> None:
    text = (
        "Taras Levchenko, the spokesman of military intelligence, spoke in Kyiv. „Does that "
        "really hurt Moscow?“, a reporter wanted to know at a press conference. „It hurts where "
        "it matters, in the budget and at the petrol pump“, replied the 45-year-old."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    found = [(q.text, names.get(q.speaker or "")) for q in doc._.quotes]
    assert found == [
        ("Does that really hurt Moscow?", "a reporter"),
        ("It hurts where it matters, in the budget and at the petrol pump", "Taras Levchenko"),
    ]


def test_bare_paragraphs_of_an_exchange_take_turns(nlp: Language) -> None:
    text = (
        "Olena Savchuk, who runs the shelter, met the district official Ihor Melnyk at the gate "
        "on Friday.\n\n"
        "“The boiler has been broken since October,” Savchuk said.\n\n"
        "“I sent a crew last week. They found nothing wrong,” Melnyk said.\n\n"
        "“Then your crew should sleep here one night.”\n\n"
        "“You know there is no money for a new one.”"
    )
    found = _speaker_name(nlp, text)
    assert [name for _, name in found] == [
        "Olena Savchuk",
        "Ihor Melnyk",
        "Olena Savchuk",
        "Ihor Melnyk",
    ]


def test_a_bare_paragraph_after_an_interview_answer_carries_the_answer_on(
    nlp: Language,
) -> None:
    text = (
        "“Will the bridge reopen?” a reporter asked Mayor Ihor Melnyk on Friday. “Not this "
        "winter,” Melnyk replied.\n\n"
        "“The engineers need at least four months, and the ice makes every repair slower.”"
    )
    found = _speaker_name(nlp, text)
    assert found[-1] == ("direct", "Ihor Melnyk")


def test_a_pronoun_in_a_quotation_is_not_the_quotation_s_own_speaker(nlp: Language) -> None:
    text = (
        "Halyna Tkachuk, a teacher, stayed when the front came closer. ‘My sister calls "
        "every night. She says, “Pack one bag and come to Lviv.” But the children here still "
        "need their lessons,’ Ms Tkachuk said."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    by_text = {q.text: names.get(q.speaker) if q.speaker else None for q in doc._.quotes}
    assert by_text["Pack one bag and come to Lviv."] != "Halyna Tkachuk"
    assert any(
        text.startswith("My sister calls") and name == "Halyna Tkachuk"
        for text, name in by_text.items()
    )


def test_an_inverted_cue_after_an_adverb_names_its_speaker(nlp: Language) -> None:
    text = (
        "Dr Lena Fischer studies drone warfare in Vienna. Instead, said Dr Fischer, the "
        "attacks were meant to empty the town without storming it."
    )
    found = run(nlp, text)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == "Dr Fischer"
    assert found[0].text == "the attacks were meant to empty the town without storming it"


def test_an_inverted_parenthetical_cue_keeps_the_clause_subject_in_the_content(
    nlp: Language,
) -> None:
    text = "The strike, said the governor, was the worst this year."
    found = run(nlp, text)
    assert [q.text for q in found] == ["The strike", "was the worst this year"]
    assert all(q.source is not None and q.source.text == "the governor" for q in found)


def test_a_pronoun_agrees_with_first_names_the_hand_lists_lack(nlp: Language) -> None:
    text = (
        "Gheorghe Ceban runs a vineyard near the border. His neighbour Doina Ursu, an "
        "economist, visited him on Monday. Ursu said prices for diesel had doubled. "
        "“We cannot pay this,” he said."
    )
    assert _speaker_name(nlp, text)[-1] == ("direct", "Gheorghe Ceban")


def test_a_that_clause_parsed_as_a_second_object_is_the_content(nlp: Language) -> None:
    """ "told the Verification Desk that …" with "that" parsed as another object of "told":
    the clause is reported, not the addressee."""
    text = (
        "A volunteer who geolocated the footage, speaking on condition of anonymity, told the "
        "Verification Desk that the shop and a water tower in the background match buildings "
        "in Oleshky."
    )
    (quote,) = run(nlp, text)
    assert quote.text.startswith("that the shop") and quote.text.endswith("in Oleshky")


def test_a_second_cue_joined_to_the_first_clause_shares_its_speaker(nlp: Language) -> None:
    """ "the governor pointed out that X “…” and assured that Y": the parser hangs "assured" on
    the verb of X; it is the governor's second report, and X ends before it."""
    text = (
        "In a press conference, the governor pointed out that the corridor requested from the "
        "armed groups “has not been respected” and assured that the government opened three "
        "new shelters."
    )
    first, second = run(nlp, text)
    assert first.text.endswith("“has not been respected”")
    assert second.cue is not None and second.cue.text == "assured"
    assert second.source is not None and second.source.text == "the governor"


def test_words_inside_a_later_quotation_do_not_continue_the_first_cue(nlp: Language) -> None:
    """The parser hangs a "because" clause inside the second quotation on "stressed": it is
    the relative clause's quotation, not a second fragment of the first quote."""
    text = (
        "“No family is going to sleep in the street while we have a roof to offer,” stressed "
        "Calderón, who affirmed that the department needs “at least 3,000 more soldiers and the "
        "permanent presence of the State, not only of the Army, because the armed groups occupy "
        "every space that we leave empty”."
    )
    assert [(q.kind, q.cue.text if q.cue else None) for q in run(nlp, text)] == [
        ("direct", "stressed"),
        ("mixed", "affirmed"),
    ]


def test_an_attack_on_civilians_is_no_report_but_its_denial_is(nlp: Language) -> None:
    text = (
        "The ELN, through a statement published in its social networks, denied having attacked "
        "the civilian population and affirmed that it guarantees “the free transit of the "
        "peasants”."
    )
    found = run(nlp, text)
    assert [q.text for q in found] == [
        "having attacked the civilian population",
        "that it guarantees “the free transit of the peasants”",
    ]


def test_a_place_fought_over_is_no_disputed_claim(nlp: Language) -> None:
    place = (
        "The Catatumbo, a zone of coca crops on the border with Venezuela, has been disputed "
        "for decades by armed groups."
    )
    assert run(nlp, place) == []
    claim = "The figures have been disputed by the opposition."
    assert [q.text for q in run(nlp, claim)] == ["The figures"]


def test_a_cue_parsed_as_a_conjunct_of_the_clause_before_reports_it(nlp: Language) -> None:
    """ "…, the UN refugee agency (UNHCR) said on Tuesday, warning that …": the parser makes
    "said" a conjunct of "fled" without an "and"; the clause before is what it reports."""
    text = (
        "More than 70,000 people have fled their homes in Myanmar's Sagaing region since "
        "fighting between the military and resistance forces intensified late last month, the "
        "UN refugee agency (UNHCR) said on Tuesday, warning that monasteries and schools used "
        "as shelters were overflowing."
    )
    said = next(q for q in run(nlp, text) if q.cue is not None and q.cue.text == "said")
    assert said.text.startswith("More than 70,000 people have fled")
    assert said.text.endswith("intensified late last month")


def test_a_clause_dating_the_statement_by_another_event_is_not_more_of_it(
    nlp: Language,
) -> None:
    text = (
        "China sent 27 military aircraft around Taiwan over the past 24 hours, Taiwan's defence "
        "ministry said on Tuesday, a day after Beijing warned the island's government against "
        "holding live-fire drills."
    )
    found = run(nlp, text)
    ministry = next(q for q in found if q.cue is not None and q.cue.text == "said")
    assert ministry.continues is None and ministry.text.endswith("the past 24 hours")
    assert not any(q.continues == ministry.id for q in found)
    warned = next(q for q in found if q.cue is not None and q.cue.text == "warned")
    assert warned.source is not None and warned.source.text == "Beijing"


def test_saying_hung_on_the_reported_clause_is_the_first_speaker_s(nlp: Language) -> None:
    text = (
        "Taiwan's Coast Guard Administration denied that any of its vessels had been driven off, "
        "saying its boats had shadowed the Chinese ships until they left."
    )
    denied, saying = run(nlp, text)
    assert saying.cue is not None and saying.cue.text == "saying"
    assert saying.source is not None and saying.source.text == "Taiwan's Coast Guard Administration"
    assert saying.speaker == denied.speaker is not None


def test_as_someone_put_it_introduces_the_quotation(nlp: Language) -> None:
    text = (
        'Villagers say they are squeezed from both sides. As one farmer put it: "In the day the '
        'soldiers ask where the Fano are. At night the Fano ask what we told the soldiers."'
    )
    quote = run(nlp, text)[-1]
    assert quote.kind == "direct" and quote.text.startswith("In the day the soldiers")
    assert quote.cue is not None and quote.cue.text.startswith("put it")
    assert quote.source is not None and quote.source.text == "one farmer"


def test_put_it_at_the_very_end_of_the_text(nlp: Language) -> None:
    """The colon after "put it" was read one character past a text that ends there."""
    text = '"We are tired of promises," as one farmer put it'
    (quote,) = run(nlp, text)
    assert quote.text == "We are tired of promises,"


def test_a_short_question_alone_in_its_paragraph_is_a_turn_of_the_exchange(
    nlp: Language,
) -> None:
    text = (
        '"Who made him sign?" our correspondent asked.\n\n'
        '"The officers. He was scared," Larisa Sedova said.\n\n'
        '"Did you complain?"\n\n'
        '"I wrote to the prosecutor. They replied that my son is an adult."'
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    assert [(q.text[:12], names.get(q.speaker or "")) for q in doc._.quotes] == [
        ("Who made him", "our correspondent"),
        ("The officers", "Larisa Sedova"),
        ("Did you comp", "our correspondent"),
        ("I wrote to t", "Larisa Sedova"),
    ]


def test_a_person_named_before_a_cue_parsed_as_parataxis_is_its_source(nlp: Language) -> None:
    """ "X, 49, from Kopeysk, says her son … signed": the parser makes "says" a parataxis of
    "signed" with two subjects; the one after the cue belongs to the report."""
    text = (
        "Larisa Petrovna Sedova, 49, from Kopeysk, says her son Maxim, 19, signed a contract at "
        "the end of June, four months after he was called up."
    )
    (quote,) = run(nlp, text)
    assert quote.source is not None and quote.source.text.startswith("Larisa Petrovna Sedova")
    assert quote.text.startswith("her son Maxim")


def test_a_claim_rejected_is_reported_by_its_owner(nlp: Language) -> None:
    text = (
        "The political scientist Dragana Petrović rejects the Kosovo government's claim that "
        "the protests were 'planned in Belgrade'."
    )
    claim = next(q for q in run(nlp, text) if q.cue is not None and q.cue.text == "claim")
    assert claim.source is not None and claim.source.text == "the Kosovo government's"
    assert claim.text.startswith("that the protests")


def test_accusations_a_nationality_makes_are_its_country_s(nlp: Language) -> None:
    """ "rejecting Israeli accusations that …": the words disputed are Israel's (a reporting
    noun the cue model alone would not keep, as the object of a verb disputing it)."""
    text = (
        "The spokesman said on Monday that talks would resume, rejecting Israeli accusations "
        "that Tehran had moved its uranium."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    accused = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "accusations")
    assert accused.text == "that Tehran had moved its uranium"
    assert names.get(accused.speaker or "") == "Israel"


def test_a_pronoun_inside_a_quotation_is_the_person_it_told_of(nlp: Language) -> None:
    """The nested quotation's "He" is the boy the teacher speaks of, not the man the article
    named before."""
    text = (
        "Colonel Dawit Mengistu denied the reports. Alemnesh Tadesse, a teacher, disagrees.\n\n"
        "\"One boy from my class came to say goodbye. He said to me, 'Teacher, there is nothing "
        "left to learn here,' and the next morning he was gone,\" she says."
    )
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.entities}
    inner = next(q for q in doc._.quotes if q.text.startswith("Teacher"))
    assert names.get(inner.speaker or "") == "One boy from my class"


def test_an_agency_quoting_someone_as_saying_gives_the_words_to_them(nlp: Language) -> None:
    text = (
        "KCNA quoted Kim Tae Song, a secretary of the ruling party, as saying the weapon put "
        '"the Pacific bases" within range.'
    )
    quote = next(q for q in run(nlp, text) if q.cue is not None and q.cue.text == "as saying")
    assert quote.source is not None and quote.source.text.startswith("Kim Tae Song")
    assert quote.text.startswith("the weapon put")


def test_a_subject_inside_the_quotation_is_not_the_source(nlp: Language) -> None:
    """ "… a map," writes the paper': the parser gives "writes" a second subject, "map",
    inside the quotation."""
    text = (
        "Europe's newspapers read the week very differently.\n\n"
        '"Geneva has produced something that did not exist on Monday: a map," writes the '
        "Frankfurter Allgemeine Zeitung."
    )
    (quote,) = run(nlp, text)
    assert quote.source is not None and quote.source.text == "the Frankfurter Allgemeine Zeitung"


def test_a_name_inside_the_reported_clause_is_no_anonymity(nlp: Language) -> None:
    """ "China's name for the shoal" in what the embassy said does not make ", saying …" a
    clause about why a source is unnamed."""
    text = (
        "The Chinese Embassy in Manila rejected the account, saying in a statement late Sunday "
        'that the Philippine ships had "illegally intruded" into the waters of Huangyan Dao, '
        "China's name for the shoal."
    )
    said = [q for q in run(nlp, text) if q.cue is not None and q.cue.text.startswith("saying")]
    assert len(said) == 1 and said[0].text.startswith("that the Philippine ships")


def test_interview_turns_take_the_speakers_who_asked_and_answered_by_name(
    nlp: Language,
) -> None:
    text = (
        "The Courier asked Lena Virtanen, a researcher at the Naval Institute, about the damage."
        "\n\nThe Courier: How often does an anchor cut a cable by accident?\n\n"
        "Virtanen: It happens, but rarely over several kilometres of seabed.\n\n"
        "Q: So was it sabotage?\n\n"
        "A: We should wait for the investigators before we say that."
    )
    turns = _speaker_names(nlp, text)
    assert ("Q", "Courier") in turns
    assert ("A", "Lena Virtanen") in turns


def test_a_second_cue_joined_inside_the_first_ones_report_keeps_its_speaker(
    nlp: Language,
) -> None:
    text = (
        "In a statement, its adviser, Idris Kamal al-Tayeb, said that the market had been hit "
        'by "the army\'s own artillery" firing from the barracks, and accused the army of '
        '"using civilians as shields".\n\n'
        "Colonel Jean-Paul Murenzi denied that any soldiers had been killed, describing the "
        "statement as propaganda."
    )
    cues = {(q.cue.text, q.source.text) for q in run(nlp, text) if q.cue and q.source}
    assert ("accused", "its adviser, Idris Kamal al-Tayeb,") in cues
    assert ("describing", "Colonel Jean-Paul Murenzi") in cues


def test_a_figure_given_as_someones_is_a_report(nlp: Language) -> None:
    text = (
        "The health ministry put the death toll at 31, assuming no more bodies are found. "
        "He put the book at the end of the shelf."
    )
    found = [(q.text, q.cue.text if q.cue else None) for q in run(nlp, text)]
    assert ("31, assuming no more bodies are found", "put the death toll at") in found
    assert not any(cue and cue.startswith("put the book") for _, cue in found)


def test_a_second_cue_in_the_first_ones_tense_is_the_first_speakers(nlp: Language) -> None:
    text = (
        "Minister Olha Tkachuk said that Russia had launched 1,400 drones in a week and accused "
        'Moscow of "stalling" the talks.'
    )
    cues = {(q.cue.text, q.source.text) for q in run(nlp, text) if q.cue and q.source}
    assert ("accused", "Minister Olha Tkachuk") in cues


def test_a_cue_the_parser_joined_to_the_quotation_before_it(nlp: Language) -> None:
    text = (
        '"Our radars picked up 63 objects on Tuesday evening, and most of them were flying '
        'straight towards the city," the head of the centre, Arūnas Čepulis, said at a press '
        "conference in Vilnius on Wednesday."
    )
    found = [(q.kind, q.source.text if q.source else None) for q in run(nlp, text)]
    assert found == [("direct", "Arūnas Čepulis")]


def test_a_broadcaster_after_on_is_no_subject_its_apposition_speaks(nlp: Language) -> None:
    text = (
        "In a communiqué read on Monday evening on Radio Télévision du Niger (RTN), the "
        "government spokesman, Colonel Abdou Ould Sidi, said that the post had been attacked "
        "at dawn."
    )
    sources = [q.source.text for q in run(nlp, text) if q.source]
    assert sources == ["the government spokesman, Colonel Abdou Ould Sidi,"]
