"""Words that tell people and organisations apart and hint at a person's gender.

The small spaCy model mislabels names, so the entities stage checks its labels against these
lists: a first name the list knows makes a capitalised subject of "said" a person whatever its
label; a title or first name gives the gender a pronoun ("he", "she") must agree with; role
nouns ("analyst", "soldier", "ministry") let a description stand for a source. The lists are
written for international news (English, Ukrainian, Russian, German, French, Arabic, ... names)
and are frozensets of lower-case words so that a lookup is one hash.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _pairs(text: str) -> list[tuple[str, str]]:
    """ "a:b c:d" as [("a", "b"), ("c", "d")]."""
    return [(key, value) for key, _, value in (pair.partition(":") for pair in text.split())]


#: first names that are (almost always) given to women
FEMALE_NAMES: frozenset[str] = _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda
    pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
    maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
    judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary
    nancy nikki condoleezza madeleine theresa ursula angela annalena kamala ivanka melania
    jill michelle elizabeth susanne sabine petra claudia monika katrin birgit heike andrea
    ulrike franziska johanna lena lea leonie mia sophie marlene greta ingrid astrid karin
    agnes beate brigitte gisela hildegard ilse irene jutta margit renate silke ute vera
    olena olha olga oksana natalia nataliya natalya tetiana tetyana tatiana tatyana yulia yuliya
    iryna irina svitlana svetlana kateryna ekaterina yekaterina anastasia anastasiya liudmyla
    lyudmila ludmila halyna galina maryna marina larysa larisa nadiya nadezhda valentyna
    valentina viktoria viktoriya alina alla daria darya diana inna ivanna khrystyna kristina
    ksenia oksana liubov lyubov mariya mariia nina polina sofia sofiya yana yevheniya evgenia
    zoya zoriana veronika ulyana uliana vira vera antonina hanna ganna lesia lesya lilia
    elena yelena alena alyona masha ksenia elvira raisa zinaida valeria valeriya
    fatima aisha ayesha amina leila layla zainab mariam maryam noor nour rania samira yasmin
    yasmine huda hanan salma sana farah dina rana reem lina hiba nadia nadine nasrin shirin
    marine ségolène segolene chantal isabelle nathalie sylvie valérie valerie veronique
    sandrine céline celine camille manon chloé chloe élise elise amélie amelie juliette
    giorgia giulia francesca chiara elena federica alessandra paola roberta silvia
    carmen lucia pilar rosa ana isabel beatriz marta raquel cristina elena dolores
    agnieszka katarzyna małgorzata malgorzata magdalena joanna ewa zofia dorota beata
    ingrid kirsti kristin sanna mette jacinda greta annika maja
    priya anjali sunita pooja deepika
    luz adriana alejandra camila carolina catalina consuelo daniela esperanza fernanda gabriela
    juliana liliana lorena luisa marcela mónica monica nubia paula ximena yolanda gladys
    marisol milena angélica angelica rocío rocio soledad amparo leticia graciela mariana dilma
    alemnesh almaz tigist meseret mekdes selamawit hirut genet tsehay aster tirunesh meaza
    birtukan etenesh
    """
)

#: first names that are (almost always) given to men
MALE_NAMES: frozenset[str] = (
    _words(
        """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis barack bernie mitt ted marco rand
    newt mike chris jeb rudy reince bill hugh jim tom tim ben dan sam nick matt steve tony
    ron ken greg jeff joel luke max oliver harry charlie jamie boris rishi keir nigel
    olaf friedrich frank-walter wolfgang helmut gerhard klaus jürgen juergen hans karl
    heinrich hermann werner günter guenter dieter manfred horst uwe rainer stefan markus
    thorsten torsten matthias sebastian florian tobias lukas lars jens sven christoph
    volodymyr volodimir vladimir valeriy valery valerii oleksandr olexander aleksandr
    alexandr alexander oleksiy oleksii alexei aleksei alexey andriy andrii andrei andrey
    dmytro dmitry dmitri dmitriy mykola nikolai nikolay serhiy serhii sergei sergey
    sergiy yuriy yurii yuri yury vitaliy vitalii vitaly viktor victor petro pyotr pavlo
    pavel ivan ihor igor oleh oleg maksym maxim mykhailo mikhail mykhaylo vasyl vasily
    vasiliy bohdan bogdan taras roman ruslan rustem rostyslav stanislav yevhen yevgeny
    evgeny yevgeniy anatoliy anatoly denys denis artem artyom kyrylo kirill heorhiy georgy
    valentyn valentin borys boris hennadiy gennady leonid konstantin kostiantyn kostyantyn
    volodymyr ramzan yevgeny arseniy arseny petr fedir fyodor fedor hryhoriy grigory
    tymofiy timofey semen semyon zakhar emmanuel francois françois nicolas jacques
    jean jean-yves jean-luc jean-marc pierre michel philippe alain bernard christophe
    olivier laurent thierry didier sylvain julien antoine mathieu hugo
    giuseppe giovanni mario luigi matteo sergio silvio paolo marco luca andrea
    pedro pablo carlos miguel javier jorge luis manuel antonio francisco alejandro
    mohammed muhammad mohamed ahmed ahmad ali hassan hussein hossein omar umar abdullah
    abdul khalid khaled youssef yusuf ibrahim ismail mustafa mahmoud hamid karim tariq
    bashar recep tayyip hakan mevlut ebrahim hassan benjamin yair naftali bibi isaac
    moshe yoav avi itamar ehud ariel shimon david yitzhak recep kemal mehmet ahmet
    xi narendra rahul amit
    raj vijay sanjay arvind imran nawaz shehbaz shinzo fumio
    andrzej mateusz tomasz piotr krzysztof jarosław jaroslaw donald radosław radoslaw
    viktor péter peter janos jános zoltan zoltán milos miloš aleksandar vucic
    anders mats magnus niklas sauli
    hernando hernán hernan mauricio jairo camilo andrés andres felipe fernando gustavo jaime
    julio rodrigo ricardo diego sebastián gonzalo eduardo enrique álvaro alvaro alfonso arturo
    esteban fabio guillermo humberto iván joaquín joaquin nicolás óscar oscar rafael ramón
    ramon raúl raul rubén ruben tomás tomas víctor edgar alberto armando emilio ignacio
    leonardo gilberto héctor hector ernesto gerardo efraín efrain jhon yesid wilmer cristian
    joão joao evo
    getachew tesfaye dawit yonas tewodros girma kebede mulugeta yohannes abebe bekele alemayehu
    mesfin fikru abiy haile demeke
    """
    )
    - FEMALE_NAMES
)

#: Burmese honorifics: they tell the gender and, as Burmese names have no family name, stay
#: part of the name ("U Min Khaing Soe", later also "Min Khaing Soe")
NAME_HONORIFICS: frozenset[str] = _words("u daw")
#: titles before a name that tell the gender
MALE_TITLES: frozenset[str] = _words(
    "mr mr. mister sir lord monsieur herr king prince father u malam alhaji dom"
)
FEMALE_TITLES: frozenset[str] = _words(
    "mrs mrs. ms ms. miss madam madame lady dame frau queen princess sister daw malama hajiya"
)

#: words that make a title only together with one ("Defense Minister", "Foreign Secretary")
DEPARTMENT_WORDS: frozenset[str] = _words("foreign defence defense interior")

#: titles that may stand before a name without telling the gender
NEUTRAL_TITLES: frozenset[str] = DEPARTMENT_WORDS | _words(
    """
    dr dr. prof prof. professor president vice premier prime minister chancellor senator sen.
    rep. gov. governor mayor general gen. colonel col. lieutenant lt. major maj. captain capt.
    gen col lt maj capt brig brig. sgt cdr cdr. cpl brigadier corporal marshal
    sp ssp dsp asp acp dcp cp emir sultan hon hon.
    sergeant sgt. commander admiral adm. ambassador secretary spokesman spokeswoman spokesperson
    judge justice chief director chairman chairwoman chair ceo head leader deputy envoy
    commissioner archbishop bishop pope rabbi imam sheikh
    """
)

#: nouns that describe a person who can speak ("a soldier", "the analyst", "officials")
PERSON_ROLE_NOUNS: frozenset[str] = _words(
    """
    soldier serviceman servicewoman fighter commander officer official officials spokesman
    spokeswoman spokesperson representative analyst expert scientist researcher professor
    mp mps mep meps monarch emir prelate cleric clergyman imam archbishop pastor d'affaires
    herder herdsman shepherd fisherman trader merchant shopkeeper labourer laborer miner vendor
    elder
    scholar historian economist lawyer attorney prosecutor judge diplomat ambassador envoy
    minister president premier leader chief head director chairman chairwoman mayor governor
    senator lawmaker legislator politician deputy adviser advisor aide consultant source
    witness resident villager civilian refugee volunteer activist protester protestor
    demonstrator student teacher doctor nurse medic surgeon worker farmer driver pilot
    journalist reporter correspondent editor blogger observer monitor investigator inspector
    police policeman policewoman guard veteran mother father woman man person citizen
    voter member employee engineer priest bishop owner manager founder author commentator
    strategist specialist negotiator mediator campaigner organiser organizer eyewitness
    survivor victim relative neighbour neighbor general colonel major captain sergeant
    lieutenant marine paratrooper sniper gunner militant rebel separatist insider executive
    economist pollster physician psychologist sociologist criminologist nominee candidate
    challenger incumbent rival opponent supporter critic host moderator questioner speaker
    writer speechwriter reader user people insider staffer operative pundit columnist
    surrogate delegate campaigner aide official player coach fan customer patient parent
    troop troops crew rescuer firefighter operator foreman son daughter wife husband brother
    sister grandmother grandfather uncle aunt cousin friend colleague
    secretary commissioner chancellor ombudsman coordinator administrator rector dean
    lecturer councillor councilor chairperson mp congressman congresswoman
    boy girl child teenager pensioner guerrilla gunman gunmen
    """
)

#: words that stand before a name as its title, lower case ("president", "minister", "dr")
TITLE_WORDS: frozenset[str] = MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES | PERSON_ROLE_NOUNS

#: nouns that describe an organisation or an institution that can speak ("the ministry")
ORG_NOUNS: frozenset[str] = (
    _words(
        """
    ministry government administration department agency office cabinet council parliament
    gendarmerie intelligence
    committee commission army military navy command headquarters staff kremlin embassy
    police service company firm group organisation organization institute university
    court authority authorities party bank city state county campaign union alliance coalition
    secretariat presidency bureau directorate regime junta mission team spokesperson's
    white house pentagon network channel newspaper outlet broadcaster force forces
    management leadership administration prosecutors service media press
    broadcaster tv television radio agency
    shipping line lines insurer insurers operator operators airline airlines corporation
    consortium manufacturer manufacturers exporter exporters entity institution
    prosecution defence defense delegation confederation bloc faction cartel gang
    """
    )
    - PERSON_ROLE_NOUNS
)

#: last words of company names ("Kallisto Shipping"; not "Group": "International Crisis Group")
COMPANY_NAME_WORDS: frozenset[str] = _words(
    """
    shipping lines airlines airways holdings holding inc inc. ltd ltd. llc plc corp corp.
    corporation company co co. energy logistics petroleum oil gas steel motors industries
    gmbh ag sa
    """
)

#: nouns for texts and recordings that PolNeAR-style attribution treats as sources
#: ("the report said", "the ad claims"); they become UNNAMED entities named by their phrase
SOURCE_DOCUMENT_NOUNS: frozenset[str] = _words(
    """
    report poll survey study ad advertisement letter memo video clip document analysis
    filing complaint lawsuit indictment ruling data figures statistics book article
    editorial post tweet message email
    """
)

#: lower-case particles that belong to a surname ("de Vries", "von der Leyen")
SURNAME_PARTICLES: frozenset[str] = _words(
    "de da di del della dos das do van von der den ter al el bin ibn abu le la du"
)

#: nouns that tell a person's gender ("the woman", "a mother of three")
FEMALE_NOUNS: frozenset[str] = _words("woman mother wife daughter sister girl grandmother widow")
MALE_NOUNS: frozenset[str] = _words("man father husband son brother boy grandfather widower")

#: nouns for any person: "the woman" refers back to the latest source of that gender
GENERIC_PERSON_NOUNS: frozenset[str] = _words("woman man person girl boy mother father")

#: role nouns that mean "someone who knows" and may refer to any expert-like descriptor
EXPERT_NOUNS: frozenset[str] = _words(
    """
    expert analyst scientist researcher professor scholar specialist academic observer
    economist historian political fellow lecturer strategist commentator
    """
)

#: nouns for a member of a legislature, and the words that make someone one ("the lawmaker"
#: for the deputy chairman of a Duma committee)
LEGISLATOR_NOUNS: frozenset[str] = _words("lawmaker legislator parliamentarian mp congressman")
LEGISLATURE_WORDS: frozenset[str] = _words(
    """
    duma parliament rada congress senate senator bundestag knesset legislature lawmaker
    legislator parliamentarian mp congressman congresswoman
    """
)
#: a party's member, singular, as US political copy names a legislator ("the Ohio Republican")
PARTY_MEMBERS: frozenset[str] = _words("republican democrat")
#: AP-style abbreviations of US states, as "R-Ohio" and "D-Conn." give a legislator's state
#: (the states of five letters or fewer are written out and need none)
STATE_ABBREVIATIONS: dict[str, str] = dict(
    _pairs(
        """
    ala:alabama ariz:arizona ark:arkansas calif:california colo:colorado conn:connecticut
    del:delaware fla:florida ga:georgia ill:illinois ind:indiana kan:kansas ky:kentucky
    la:louisiana md:maryland mass:massachusetts mich:michigan minn:minnesota miss:mississippi
    mo:missouri mont:montana neb:nebraska nev:nevada okla:oklahoma ore:oregon pa:pennsylvania
    tenn:tennessee vt:vermont va:virginia wash:washington wis:wisconsin wyo:wyoming
    """
    )
)
#: words that make someone a diplomat: an ambassador, an envoy, a foreign ministry's voice
DIPLOMAT_WORDS: frozenset[str] = _words(
    "diplomat ambassador envoy consul embassy diplomatic chargé d'affaires attaché"
)
#: the nouns for a spokesperson, each fitting the others ("the spokesman" of an "IDF
#: Spokesperson")
SPOKESPERSON_WORDS: frozenset[str] = _words("spokesman spokeswoman spokesperson")
#: clergy of rank, whom a story calls "the prelate" ("Dom Júlio …, the Catholic bishop of …")
PRELATE_WORDS: frozenset[str] = _words(
    "prelate bishop archbishop cardinal patriarch metropolitan monsignor abbot"
)
#: what makes someone a cleric: a prelate, or clergy of any faith
CLERGY_WORDS: frozenset[str] = PRELATE_WORDS | _words(
    "cleric priest pastor imam mufti rabbi reverend chaplain vicar father sheikh ayatollah"
)
#: what makes someone "the doctor": the title "Dr." with a medical post, or a medical noun
MEDICAL_WORDS: frozenset[str] = _words("doctor physician surgeon medic paediatrician pediatrician")

#: words that make someone a public official ("the official" for the Ombudsman's regional
#: delegate, a ministry's spokeswoman, a governor)
OFFICIAL_WORDS: frozenset[str] = _words(
    """
    delegate minister governor mayor spokesman spokeswoman spokesperson secretary commissioner
    ombudsman director administrator representative envoy ambassador deputy president
    chairman chairwoman prosecutor inspector ministry office administration government
    agency department council
    """
)
#: titles of hereditary rulers: "the monarch" for the Emir of Maru
MONARCH_WORDS: frozenset[str] = _words("king queen emir sultan monarch prince sheikh")
#: ranks that make someone an officer ("the officer" for General X)
OFFICER_WORDS: frozenset[str] = _words(
    "officer general colonel major captain lieutenant sergeant commander admiral brigadier"
)
#: nouns for an institution that spoke before ("the entity specified that …")
INSTITUTION_NOUNS: frozenset[str] = _words("entity institution")

#: abbreviated titles of South Asian officialdom, by the words they stand for ("the DG ISPR"
#: for the Director General of the ISPR named before)
TITLE_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "dg": _words("director general"),
    "ssp": _words("senior superintendent police"),
    "sp": _words("superintendent police"),
    "dig": _words("deputy inspector general"),
    "igp": _words("inspector general police"),
    "sho": _words("station house officer"),
    "dc": _words("deputy commissioner"),
    "cm": _words("chief minister"),
}

#: words in the name of a research body: its staff are experts ("the researcher")
RESEARCH_BODY_WORDS: frozenset[str] = _words(
    "institute centre center university studies research academy think-tank observatory"
)

#: lemmas of verbs whose subject is a source of words or opinions
REPORTING_LEMMAS: frozenset[str] = _words(
    """
    say tell add state claim report announce explain note warn argue insist stress
    emphasise emphasize believe think consider suggest write post tweet comment confirm
    deny reject dismiss dispute admit acknowledge assert allege maintain predict estimate
    describe call ask answer reply respond recall reiterate urge accuse criticise criticize
    praise caution concede contend declare disclose reveal indicate point observe remark
    mention suspect fear hope expect doubt agree disagree question counter conclude
    testify recount tell assure promise vow threaten demand complain lament shout whisper
    refute rebut blame condemn welcome hail slam contradict
    inform specify affirm narrate underline highlight
    """
)

#: lemmas of verbs that ask: the next speaker in an exchange is usually the other party
QUESTION_LEMMAS: frozenset[str] = _words("ask question wonder inquire enquire query press")

#: nouns for words someone gave: their possessor is a source ("Moscow's statement")
STATEMENT_NOUNS: frozenset[str] = _words(
    """
    statement claim claims position announcement denial account version accusation
    allegation assertion assessment warning comments remarks words response proposal demand
    report estimate narrative
    """
)

MALE_PRONOUNS: frozenset[str] = _words("he him his himself")
FEMALE_PRONOUNS: frozenset[str] = _words("she her hers herself")
PLURAL_PRONOUNS: frozenset[str] = _words("they them their themselves")
NEUTER_PRONOUNS: frozenset[str] = _words("it its itself")
PERSONAL_PRONOUNS: frozenset[str] = (
    MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS
)

#: determiners that introduce a new referent ("a soldier", "another soldier")
INDEFINITE_DETERMINERS: frozenset[str] = _words(
    "a an another one some two three several many other few"
)
