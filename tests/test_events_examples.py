"""Our own example sentences per sub-event type, written from ACLED's codebook definitions.

None of these comes from an evaluation corpus: each label gets several sentences in the varied
wording of wire reporting (synonyms, passives, noun and verb triggers, different actors, a
reporting clause at the end), so that the rules are checked on phrasings the CASE 2021 dev
file never used. They were written in five batches, each run blind before the rules were
touched for it (first-run accuracy 0.875, 0.81, 0.825, 0.82 and, for the protest family,
0.54): the misses pointed at missing synonyms and participant rules, never at single words.
The floors are pinned a little below what the rules measure now (raise them, never lower).
"""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from newsgraph.evaluation.case2021 import classify_texts

EXAMPLES: dict[str, tuple[str, ...]] = {
    "ABDUCT_DISSAP": (
        "Gunmen abducted a village chief and his two sons from their farm late on Sunday.",
        "Bandits kidnapped 40 passengers travelling on the highway near the state border.",
        "A local journalist was snatched by unidentified men in plain clothes on Tuesday.",
        "Militants are holding five fishermen hostage on the island, officials said.",
        "Relatives say the activist has been missing since masked men took him from his home.",
        (
            "Armed men seized two foreign engineers from their convoy and took them to an unknown "
            "location."
        ),
        "A student activist disappeared after being taken away by security agents.",
        "Unknown gunmen kidnapped a Catholic priest on his way to church, the diocese said.",
        "Gunmen kidnapped 12 students from their school dormitory in the northwest overnight.",
    ),
    "AGREEMENT": (
        "The government and the rebel alliance signed a peace accord in the capital on Sunday.",
        "The warring factions agreed to a 72-hour truce to let aid convoys into the city.",
        "The two militias struck a deal to swap prisoners and reopen the main road.",
        "Tribal elders brokered a reconciliation pact between the two feuding clans.",
        "The two countries signed a prisoner exchange agreement in the neutral capital.",
        "Rebel leaders and the government agreed on a ceasefire that takes effect on Monday.",
        "The government and the armed group signed a ceasefire agreement after two weeks of talks.",
        "The two rebel groups signed a peace agreement ending months of fighting between them.",
    ),
    "AIR_STRIKE": (
        "Warplanes bombed a rebel-held village in the north, killing four fighters.",
        "A drone strike hit a vehicle carrying suspected militants near the border.",
        "Fighter jets pounded insurgent hideouts in the mountains overnight.",
        "Helicopter gunships fired on a convoy of militants on the highway.",
        "An unmanned aerial vehicle struck a house in the town, the army said.",
        "Coalition aircraft struck a weapons depot near the city overnight.",
        "A drone attack killed a senior militant commander in his car.",
        (
            "Syrian government warplanes carried out at least 30 raids on rebel-held towns on "
            "Sunday, a monitor said."
        ),
        (
            "Air strikes by the coalition killed at least 12 people in a market in the northern "
            "town, residents said."
        ),
        "Military aircraft bombed a suspected militant training camp in the mountains on Tuesday.",
    ),
    "ARMED_CLASH": (
        "Soldiers and militants exchanged fire for several hours near the border town.",
        "Heavy fighting broke out between government forces and rebels in the east.",
        "Two rival militias clashed in the south of the city, leaving six fighters dead.",
        "Insurgents attacked an army checkpoint, sparking a gun battle that lasted until dawn.",
        "Troops repelled an assault by jihadists on a military base in the north.",
        "Security forces killed five insurgents in a firefight in the forest.",
        "Fighting erupted between the two armed factions in the old quarter on Sunday night.",
        (
            "An army patrol came under fire from insurgents and returned fire, killing two of the "
            "attackers."
        ),
        "Rebels and pro-government militiamen battled for control of the road for a second day.",
        "Police and a heavily armed gang traded gunfire for hours in the northern suburb.",
        "The militants ambushed a military convoy, triggering an hour-long gunfight.",
        (
            "At least 12 soldiers and 20 militants were killed when insurgents attacked a "
            "military outpost in the north, the army said on Monday."
        ),
        (
            "Government troops fought off a rebel attack on the town overnight, a military "
            "spokesman said."
        ),
        (
            "Clashes between the army and an armed separatist group left four dead in the "
            "mountainous district."
        ),
        (
            "Two soldiers were killed and three wounded in an exchange with Maoist rebels in the "
            "forests of the state on Thursday, police said."
        ),
        (
            "Fierce battles raged for a third day on the outskirts of the city as government "
            "forces tried to dislodge the insurgents."
        ),
        (
            "A police officer was killed when suspected bandits attacked a patrol team on the "
            "highway; two of the attackers were also shot dead."
        ),
        (
            "Security forces neutralised four terrorists during an encounter in the district late "
            "on Sunday."
        ),
        (
            "Militants stormed a police station in the town and engaged officers in a gun battle "
            "that lasted several hours."
        ),
        (
            "Pro-government fighters and tribal gunmen clashed near the oil field, leaving at "
            "least nine dead on both sides."
        ),
    ),
    "ARREST": (
        "Police arrested 12 opposition supporters on Wednesday for allegedly inciting violence.",
        "Security agents detained a prominent journalist at his home in the capital.",
        "Authorities rounded up dozens of suspected militants in a series of raids.",
        "A former minister was taken into custody on corruption charges.",
        "Two men suspected of plotting an attack were apprehended at the airport.",
        "Authorities detained the opposition leader at the airport on his return from exile.",
        "Police have arrested three suspects over the killing of the journalist.",
        (
            "Police in the capital arrested a suspected militant commander in a pre-dawn raid on "
            "Tuesday."
        ),
        (
            "The opposition leader was detained at his home and taken to an unknown police "
            "station, his lawyer said."
        ),
        "Police in the region have arrested 14 people suspected of links to the banned group.",
        "A prominent human rights lawyer was detained by plainclothes officers at the airport.",
        "Authorities have taken a senior rebel commander into custody after he crossed the border.",
        (
            "Police arrested three men suspected of organising last week's violent protests in "
            "the city."
        ),
        "The authorities detained a well-known activist at his home on charges of inciting unrest.",
    ),
    "ART_MISS_ATTACK": (
        "Rebels shelled a government-held district, damaging several homes.",
        "Mortar rounds landed in a residential neighbourhood, wounding three children.",
        "The army fired artillery at insurgent positions across the river.",
        "A ballistic missile struck the city's airport early on Friday.",
        "Rockets fired from across the border hit a village, killing a farmer.",
        (
            "Separatist forces fired rockets at a residential area, wounding two civilians, the "
            "army said."
        ),
        (
            "Artillery shells slammed into a residential neighbourhood, killing four people, "
            "officials said."
        ),
        "Militants fired several rockets at the air base, causing no casualties.",
    ),
    "ATTACK": (
        "Gunmen stormed a village and shot dead 11 civilians.",
        "Unknown assailants stabbed a local councillor to death outside his home.",
        "Militants killed 14 worshippers at a mosque during evening prayers.",
        "Armed men opened fire on a bus carrying pilgrims, wounding several passengers.",
        "Herders attacked farmers in their fields, killing seven people.",
        "Gunmen on motorbikes killed nine villagers and burned their granaries.",
        "Suspected militants beheaded a farmer in the district, police said.",
        "Soldiers shot and killed an unarmed man at a market, witnesses said.",
        "Attackers hacked to death a family of five in their home overnight.",
        (
            "Suspected herdsmen killed 23 people in an overnight raid on three farming villages, "
            "police said."
        ),
        "A gunman opened fire at a wedding party, killing six guests, local media reported.",
        "Security forces tortured and killed a detained activist, his family said.",
        (
            "Unidentified gunmen shot and killed a former mayor as he left a mosque on Friday, "
            "police said."
        ),
        (
            "Armed assailants raided a camp for displaced people and killed at least 15 "
            "civilians, the UN said."
        ),
        "The militants executed five hostages and dumped their bodies near the road.",
        "A teacher was hacked to death by suspected militants in the village, his relatives said.",
    ),
    "ATTRIB": (
        "The Islamic State group claimed responsibility for the bombing in the city.",
        "Officials blamed the rebels for the ambush on the aid convoy.",
        "A little-known armed group said it had carried out the assassination.",
        (
            "The jihadist group claimed the killing of three soldiers in a statement on its news "
            "agency."
        ),
        "Authorities accused the separatists of orchestrating the blast at the railway station.",
        (
            "No group has yet claimed responsibility, but officials suspect the militants were "
            "behind it."
        ),
        "The rebels denied involvement in the massacre and blamed government troops.",
        "The Pakistani Taliban claimed responsibility for the attack, which killed 14 policemen.",
        (
            "Investigators believe a local cell of the group carried out the bombing, the "
            "interior minister said."
        ),
        "The army blamed the insurgents for the attack on the camp, saying they had used rockets.",
        (
            "The Islamic State group said in a statement that its fighters had carried out the "
            "attack on the checkpoint."
        ),
        "The government held the rebel movement responsible for the massacre of 30 villagers.",
        "A splinter faction of the group admitted responsibility for the car bombing in the city.",
    ),
    "CHANGE_TO_GROUP_ACT": (
        "The government deployed thousands of troops to the restive region ahead of the vote.",
        "Two rebel factions announced they had merged into a single armed group.",
        "The army sent reinforcements to the border after weeks of tension.",
        "The militant group has begun recruiting teenagers in the displacement camps.",
        "The rebel movement announced it was splitting into two factions.",
        "Thousands of soldiers were redeployed to the northern border on Wednesday.",
        "The militia announced it had withdrawn its fighters from the front lines to regroup.",
        "The rebel coalition has appointed a new military commander, according to a statement.",
        "The army deployed additional troops and armoured vehicles to the border region.",
    ),
    "CHEM_WEAP": (
        "Dozens of people suffered breathing problems after a chlorine attack on the town.",
        "Doctors said victims showed symptoms consistent with exposure to a nerve agent.",
        "Investigators confirmed that sarin was used against residents of the village.",
    ),
    "DIPLO": (
        "The foreign ministry expelled two diplomats accused of spying.",
        "The European Union imposed sanctions on five senior military officers.",
        "The country recalled its ambassador after the remarks.",
        "Officials summoned the envoy over the incident at the border.",
        "The foreign ministers of the two countries met in Geneva to discuss the crisis.",
        "The government expelled the ambassador and closed its embassy in protest at the strikes.",
    ),
    "DISR_WEAP": (
        "Police defused a bomb planted near the market on Monday.",
        "Troops found a large cache of weapons and ammunition in a hideout.",
        "Air defences shot down two drones approaching the airport.",
        "Security forces seized rifles, grenades and explosives during a search of the village.",
        "Soldiers intercepted a truck loaded with explosives at a checkpoint.",
        "The navy intercepted a boat carrying rockets and anti-tank missiles.",
        "Bomb squad experts defused an explosive device found outside the courthouse.",
        (
            "Soldiers discovered and destroyed two improvised explosive devices planted on the "
            "road to the airport."
        ),
        (
            "Police foiled a bomb plot and recovered 50 kilograms of explosives from a house in "
            "the city."
        ),
        "Police recovered a cache of assault rifles, grenades and ammunition buried in a farm.",
        "Soldiers defused a roadside bomb on the main road to the border town.",
    ),
    "FORCE_AGAINST_PROTEST": (
        "Security forces opened fire on demonstrators, killing at least five people.",
        "Police shot dead two protesters during a rally against the election results.",
        "Several marchers were seriously wounded when soldiers fired live rounds into the crowd.",
        "A student died after being beaten by police at a peaceful demonstration.",
        "Troops fired live ammunition at protesters, killing three and wounding dozens.",
        "Two demonstrators were killed when police opened fire on a crowd in the square.",
        (
            "Police killed at least four people when they opened fire on a crowd protesting fuel "
            "price rises."
        ),
        (
            "At least 11 demonstrators were killed when security forces fired live bullets at a "
            "protest in the southern city."
        ),
        (
            "A teenage protester died of his wounds after police shot him during a demonstration "
            "against rising prices."
        ),
        (
            "Security forces killed two people and wounded several others when they fired on "
            "protesters blocking a road."
        ),
        "A demonstrator was killed by a live bullet as police dispersed a rally in the capital.",
    ),
    "GOV_REGAINS_TERIT": (
        "Government forces recaptured the town from rebels after days of fighting.",
        "The army said it had regained control of the strategic hill.",
        "Troops drove militants out of three villages in the north.",
        "Soldiers retook the airport, which had been held by insurgents since March.",
        "The military liberated the district from the jihadists on Sunday.",
        "The military said it had cleared the last rebel stronghold in the province.",
        "Army units pushed the insurgents back and regained the key crossroads town.",
        (
            "Iraqi forces have taken back the town from the Islamic State group, the military "
            "announced."
        ),
        (
            "The army says it has freed the district capital from rebel control after a week-long "
            "offensive."
        ),
        (
            "Government troops retook control of the town on Saturday, two days after it fell to "
            "the militants."
        ),
        (
            "Security forces have recovered the last villages held by the rebels, the defence "
            "ministry said."
        ),
    ),
    "GRENADE": (
        "Unknown attackers hurled a grenade into a crowded bar, injuring 12 people.",
        "A hand grenade exploded outside a police station on Saturday night.",
        "Two people were hurt when a grenade was thrown at a house in the town.",
        "Militants lobbed grenades at a security post.",
        (
            "Assailants threw a grenade at a police patrol in the city centre, wounding three "
            "officers."
        ),
    ),
    "HQ_ESTABLISHED": (
        "The rebels set up a new headquarters in the captured town.",
        "The militia established a base in the forest near the border.",
        "Insurgents have built a camp on the hills overlooking the valley.",
    ),
    "MAN_MADE_DISASTER": (
        "A fire broke out at a textile factory, killing 17 workers.",
        "At least 30 people died when an overcrowded ferry capsized on the river.",
        "A gas explosion destroyed an apartment block in the city centre.",
        "A building under construction collapsed, trapping dozens of labourers.",
        "Two trains collided near the station, injuring more than 50 passengers.",
        "A fuel tanker exploded on the highway, killing 12 people nearby.",
        "Dozens died after drinking toxic bootleg liquor in the village.",
        "A blaze at a crowded market destroyed hundreds of stalls, the fire service said.",
    ),
    "MOB_VIOL": (
        "An angry mob beat a suspected thief to death in the market.",
        "Villagers lynched two men accused of witchcraft.",
        "Vigilantes attacked a group of migrants in the town, injuring four.",
        "A mob set upon two men suspected of cattle theft and beat them to death.",
        "A mob lynched a man accused of blasphemy in the town, police said.",
        "A crowd of villagers attacked and burned the house of a man they accused of sorcery.",
        "Members of two rival communities attacked each other with machetes, leaving three dead.",
    ),
    "NATURAL_DISASTER": (
        "Heavy rains triggered landslides that buried dozens of houses.",
        "A magnitude 6.2 earthquake struck the region, killing at least 40 people.",
        "The cyclone made landfall on Sunday, flattening homes and uprooting trees.",
        "Floodwaters submerged hundreds of villages after the river burst its banks.",
        "Wildfires have burned thousands of hectares of forest.",
        "Torrential rain caused flash floods that swept away several bridges.",
        "A powerful typhoon battered the coast, forcing thousands to evacuate.",
        "An earthquake of magnitude 5.8 shook the province, damaging hundreds of homes.",
    ),
    "NON_STATE_ACTOR_OVERTAKES_TER": (
        "Militants captured the district capital after heavy fighting with soldiers.",
        "Jihadists overran an army base and took control of the surrounding villages.",
        "The rebel group took over the border crossing after a brief battle.",
        "Insurgents seized the provincial town on Wednesday.",
        "Islamist fighters overran the town after a two-day assault on the army garrison.",
        "The rebels said they had captured the strategic airbase following fierce clashes.",
        (
            "Jihadist fighters have seized control of a second town in the north after routing "
            "the army."
        ),
        (
            "Houthi rebels captured the provincial capital following days of fighting with "
            "government troops."
        ),
        (
            "The insurgents took control of the district headquarters after soldiers fled "
            "following a short battle."
        ),
        "Fighters of the group overran an army outpost and seized its weapons before withdrawing.",
    ),
    "NON_VIOL_TERRIT_TRANSFER": (
        "Government troops withdrew from the town, and rebels moved in without a fight.",
        "The militia handed over control of the airport to the army.",
        "Rebels took control of the city after soldiers abandoned their positions.",
        "Foreign forces vacated the base and handed it over to the local army.",
        "The insurgents entered the village unopposed after the police left.",
        "Rebel fighters took over the garrison town on Friday after the army pulled out overnight.",
        "The separatists handed the city back to federal authorities under the terms of the deal.",
        (
            "Government soldiers retreated from the mining town and militiamen occupied it "
            "without resistance."
        ),
        "Peacekeepers transferred control of the buffer zone to the national police on Monday.",
        "The armed group moved into the abandoned military camp hours after the troops left.",
        (
            "Fighters loyal to the council took control of the port after the rival militia "
            "agreed to leave it peacefully."
        ),
        (
            "Russian military police deployed to the town after Kurdish forces withdrew from the "
            "area under a deal."
        ),
        (
            "Government troops left their last base in the region, which was promptly taken over "
            "by tribal fighters."
        ),
        (
            "Rebel fighters entered the town without a shot being fired after government troops "
            "pulled back overnight."
        ),
        (
            "The army handed over security of the province to the local police in a ceremony on "
            "Monday."
        ),
        (
            "Local militiamen took charge of the checkpoint after the soldiers manning it left "
            "under an agreement."
        ),
    ),
    "ORG_CRIME": (
        "Police seized 200 kilograms of cocaine hidden in a shipping container.",
        "Armed robbers raided a bank and escaped with cash.",
        "Gang members extorted money from shopkeepers in the market.",
        "Poachers killed three rhinos in the national park.",
        "Armed robbers attacked a bullion van and made off with millions in cash.",
    ),
    "OTHER": (
        "Investigators discovered a mass grave containing dozens of bodies.",
        "Thousands of residents fled their homes as the front line approached.",
        "Aid agencies say more than 10,000 people have been displaced.",
        "Thousands of families fled the district as fighting edged closer to their villages.",
        "A mass grave with the remains of at least 20 people was found near the former front line.",
        "Hundreds of refugees crossed the border into the neighbouring country this week.",
        "Authorities imposed a curfew in the city after days of unrest.",
        "Forensic teams exhumed bodies from a mass grave discovered near the village.",
    ),
    "PEACE_PROTEST": (
        "Hundreds of farmers marched to parliament to demand debt relief.",
        "Nurses staged a sit-in outside the health ministry over unpaid wages.",
        "Students rallied peacefully in the capital against tuition increases.",
        "Residents held a candlelight vigil to demand justice for the victims.",
        "Thousands of workers went on strike and gathered in front of the factory.",
        "Opposition supporters demonstrated peacefully in the capital against the election result.",
        "Farmers blocked a highway with tractors to protest against low crop prices.",
        "Hundreds of doctors went on strike to demand better working conditions.",
        (
            "Thousands of people took to the streets on Saturday to call for the release of "
            "political prisoners."
        ),
        "Health workers held a demonstration outside the ministry to demand unpaid salaries.",
        (
            "Around 2,000 people marched through the city centre on Sunday against the "
            "government's pension reform."
        ),
        (
            "Dozens of women gathered in front of the courthouse to demand the release of their "
            "detained relatives."
        ),
        "Workers at the state-owned mine staged a protest over months of unpaid wages.",
        (
            "Opposition parties held rallies in several cities calling for the president's "
            "resignation."
        ),
        "Villagers blocked the main road for several hours to demand the repair of the bridge.",
        "Activists burned an effigy of the prime minister during a protest outside parliament.",
        (
            "Hundreds of lawyers boycotted the courts and marched to the ministry to protest the "
            "attack on a colleague."
        ),
        (
            "Relatives of the victims staged a sit-in in front of the governor's office, "
            "demanding an investigation into the violence."
        ),
        "Supporters of the party protested in several towns against the arrest of their leader.",
        "Traders shut their shops and held a demonstration against the new tax.",
        (
            "Residents protested the killing of a young man by unknown gunmen, calling for better "
            "security."
        ),
    ),
    "PROPERTY_DISTRUCT": (
        "Unknown people set fire to a school in the village overnight.",
        "Looters ransacked shops after the power cut.",
        "Militants torched dozens of houses in the settlement.",
        "Vandals destroyed a telecommunications mast in the district.",
        "Rebels burned down the local police station.",
        "Unidentified men burned down a primary school in the village on Saturday.",
        "Militiamen looted the hospital and destroyed its equipment.",
        "Several shops and a church were set ablaze by a group of attackers overnight.",
        "Suspected separatists set fire to a school and three government offices overnight.",
        "Attackers set fire to dozens of homes in the village, forcing residents to flee.",
    ),
    "PROTEST_WITH_INTER": (
        "Police fired tear gas to disperse hundreds of opposition supporters.",
        "Riot police used water cannon against demonstrators in the capital.",
        "Dozens of protesters were arrested when police broke up the rally.",
        "Police detained 30 people during a march against the new law.",
        (
            "Officers used pepper spray and batons to break up a demonstration outside "
            "parliament; no one was badly hurt."
        ),
        "Hundreds of students protesting against fee rises were dispersed by police on Tuesday.",
        (
            "Police detained dozens of activists as they tried to march towards the presidential "
            "palace."
        ),
        "Riot police blocked the marchers and fired rubber bullets to scatter the crowd.",
        (
            "Police fired tear gas and arrested at least 40 people as thousands marched through "
            "the capital."
        ),
        (
            "Security forces used batons to disperse a demonstration by unpaid teachers in front "
            "of the governor's office."
        ),
        "Authorities broke up a sit-in by farmers and detained its organisers, witnesses said.",
        (
            "Police used water cannons and tear gas to scatter thousands of anti-government "
            "protesters in the capital."
        ),
        (
            "Several protesters were briefly detained after police dispersed a rally outside the "
            "election commission."
        ),
        (
            "Police arrested 25 demonstrators who were protesting outside the embassy without a "
            "permit."
        ),
        (
            "Security forces broke up a protest by unemployed graduates, beating some of them "
            "with batons."
        ),
        "Police fired tear gas at students who were marching towards the parliament building.",
    ),
    "REM_EXPLOS": (
        "A roadside bomb struck a military vehicle, killing two soldiers.",
        "An improvised explosive device went off near a market, wounding six.",
        "A car bomb exploded outside a government building.",
        "Three children were killed when they stepped on a landmine.",
        "A bomb planted under a car went off in the city centre, wounding a policeman.",
        "Two soldiers died when their vehicle hit a landmine on a rural road.",
        (
            "An explosion caused by a bomb hidden in a rubbish bin killed two people near a bus "
            "station."
        ),
        (
            "Three soldiers were killed when an IED exploded under their armoured vehicle in the "
            "province."
        ),
        "A bomb attached to a motorbike exploded near a police checkpoint, wounding two officers.",
    ),
    "SEX_VIOL": (
        "Soldiers raped two women in the village, rights groups said.",
        "A girl was sexually assaulted by members of a militia.",
        "The UN documented cases of sexual violence by armed men in the camps.",
        (
            "Militia members raped at least a dozen women during a raid on the village, a rights "
            "group said."
        ),
        "Two soldiers were charged with raping a teenager at a checkpoint.",
    ),
    "SUIC_BOMB": (
        "A suicide bomber blew himself up at a checkpoint, killing seven soldiers.",
        "An attacker wearing an explosive vest detonated it inside a mosque.",
        "A suicide car bomb rammed into an army base.",
        "A suicide attacker detonated his explosives among worshippers at a mosque, killing 20.",
    ),
    "VIOL_DEMONSTR": (
        "Protesters threw stones at police and set tyres on fire.",
        "Rioters torched cars and looted shops after the verdict.",
        "Demonstrators clashed with security forces and burned a police post.",
        "Angry protesters stormed the governor's office and smashed windows.",
        "The protest turned violent when youths hurled petrol bombs at officers.",
        "Demonstrators pelted police with rocks and set a patrol car ablaze.",
        "The rally degenerated into a riot as youths smashed shop windows and looted stores.",
        "Protesters attacked the ruling party's offices and injured two guards.",
        (
            "Protesters set fire to the municipal building and clashed with police after the "
            "mayor's arrest."
        ),
        (
            "Angry residents blocked roads, burned tyres and stoned passing vehicles to protest "
            "power cuts."
        ),
        (
            "Hundreds of youths went on the rampage, torching vehicles and attacking police with "
            "stones after the death of a motorcyclist in police custody."
        ),
        (
            "Supporters of the losing candidate ransacked the electoral commission office and "
            "clashed with riot police."
        ),
        "Demonstrators hurled Molotov cocktails at security forces, who responded with tear gas.",
        (
            "Protesters clashed with police in the city centre, throwing bottles and fireworks at "
            "officers."
        ),
        (
            "The demonstration turned violent when some participants began smashing shop windows "
            "and setting bins alight."
        ),
        (
            "Several police officers were injured after demonstrators attacked them with sticks "
            "and stones."
        ),
        (
            "Angry residents protesting the killing of a local trader vandalised a police post "
            "and blocked the highway with burning tyres."
        ),
        (
            "Students demonstrating against the exam results damaged school property and "
            "assaulted two teachers."
        ),
        "Supporters of the jailed politician stormed the courthouse and set a police van on fire.",
        "Opposition supporters and police fought running battles in the streets after the vote.",
        (
            "Taxi drivers on strike attacked vehicles that continued to operate, injuring several "
            "passengers."
        ),
    ),
}


#: measured when set: 300 of 305 (0.984); the weakest label MOB_VIOL 6 of 7
ACCURACY_FLOOR = 0.96
#: every label must be recognised in at least this share of its own examples
MIN_LABEL_RECALL = 0.8


def _predict(nlp: Language) -> list[tuple[str, str, str]]:
    items = [(label, text) for label, texts in EXAMPLES.items() for text in texts]
    predicted = classify_texts(nlp, [text for _, text in items])
    return [(label, text, got) for (label, text), got in zip(items, predicted, strict=True)]


@pytest.mark.model
def test_own_examples_accuracy(nlp: Language) -> None:
    results = _predict(nlp)
    wrong = [(label, got, text) for label, text, got in results if label != got]
    accuracy = 1 - len(wrong) / len(results)
    assert accuracy >= ACCURACY_FLOOR, (accuracy, wrong)


@pytest.mark.model
def test_own_examples_every_label_recognised(nlp: Language) -> None:
    results = _predict(nlp)
    total = Counter(label for label, _, _ in results)
    hits = Counter(label for label, _, got in results if label == got)
    weak = {
        label: hits[label] / n for label, n in total.items() if hits[label] / n < MIN_LABEL_RECALL
    }
    assert not weak, weak
