"""Reporting verbs and channel words: the vocabulary of attribution.

Kept apart from the rules so that the rules read as syntax and the word lists can grow without
touching them. Every set holds lemmas (lower case) and is a ``frozenset`` so that membership is
one hash lookup per token: the stage tests each token of an article once.

The split into groups follows what the verb licenses, because that decides where the quoted
content is found in the parse:

* :data:`SPEECH_VERBS` take a clause or a quotation (``said that …``, ``"…," he said``);
* :data:`COGNITION_VERBS` report a belief, not words (``believes that …``), so they only count
  with a clausal complement, never as the cue of a quotation next to them;
* :data:`TO_VERBS` report an intention or a commitment through a ``to``-infinitive
  (``vowed to repeal …``);
* :data:`OBJECT_VERBS` report a stance whose content is their direct object
  (``denied the report``, ``endorsed Clinton``).
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A word list written as running text, one hash lookup per membership test."""
    return frozenset(text.split())


SPEECH_VERBS: frozenset[str] = word_set(
    """
    say tell add write ask note report announce suggest tweet post argue explain continue
    declare claim state insist warn reply respond recall acknowledge admit concede confirm deny
    predict promise pledge vow assert contend maintain stress emphasize emphasise complain
    observe comment remark testify conclude caution allege disclose reveal joke quip muse boast
    brag counter retort shout scream yell whisper assure inform mention indicate hint estimate
    speculate charge accuse proclaim reiterate repeat urge tout concur lament answer recount
    explain describe predict suggest write blog text email announce clarify complain told
    declare tell warn threaten demand question wonder opine posit theorize theorise reason
    acknowledge affirm swear vouch guarantee insist protest object grumble mutter murmur sigh
    cry exclaim shrug laugh smile nod chime interject reckon concede summarize summarise
    """
)

COGNITION_VERBS: frozenset[str] = word_set(
    """
    think believe consider feel know hope fear expect worry doubt suspect assume guess suppose
    understand realize realise agree recognize recognise imagine figure sense trust convince
    find show demonstrate prove seem appear learn discover decide determine judge presume
    """
)

#: verbs of appearance: "X seems to …" reports an impression with no source of its own
RAISING_VERBS: frozenset[str] = word_set("seem appear")

#: verbs whose reported content is a to-infinitive (``vowed to repeal the law``)
TO_VERBS: frozenset[str] = word_set(
    """
    promise pledge vow threaten plan intend want hope expect refuse decline agree offer seek
    urge vow swear aim propose demand ask encourage call order prefer plead persuade
    """
)

#: verbs whose reported content is their direct object (``denied the report``); the second
#: block was chosen on PolNeAR train, taking verbs whose object was annotated as content in
#: at least about a third of their readings (``bench/quotes_errors.py`` finds such verbs)
OBJECT_VERBS: frozenset[str] = word_set(
    """
    announce deny confirm reveal endorse criticize criticise praise reject dismiss propose
    predict cite defend oppose blame question dispute slam blast mock condemn applaud welcome
    support back accuse tout acknowledge admit discuss describe address say mention offer
    denounce remind list deem imply quote reference voice chant signal credit assail
    envision chide rebut bemoan articulate rebuke highlight outline detail recite invoke
    disavow recommend attribute retweet
    call urge recall echo explain note order repeat prefer emphasize emphasise disclose
    reiterate report express recognize recognise attack remember promote thank underscore
    request congratulate champion contrast resist reaffirm unveil contradict lambast rebuff
    contemplate
    """
)

#: verbs whose content is an object with its description (``called the plan "reckless"``)
DESCRIBE_VERBS: frozenset[str] = word_set(
    """
    call describe characterize characterise label brand dub hail deride liken term portray
    paint depict decry view
    """
)

#: verbs whose content is the object of a preposition that PolNeAR keeps in the cue
#: (``called for a review``, ``pointed to the polls``)
PREP_VERBS: frozenset[str] = word_set(
    """
    point refer speak talk focus complain warn call ask argue push lobby advocate rail lash
    allude testify comment weigh express echo respond apologize apologise
    """
)
CUE_PREPOSITIONS: frozenset[str] = word_set("for on about of to against")
#: verbs of talking that only report content through "about"/"of" ("spoke to reporters" no)
TALK_VERBS: frozenset[str] = word_set("speak talk")
TALK_PREPOSITIONS: frozenset[str] = word_set("about of")

#: the small model's lemmatizer turns some past forms into another word ("hoped" → "hop");
#: such lemmas are read as the verb they stand for
LEMMA_ALIASES: dict[str, str] = {"hop": "hope", "retweete": "retweet"}

#: verbs that the lists above name (for their other readings) but that are not cues: on
#: PolNeAR train fewer than a third of "planned to …" were annotated as attributions, and
#: dropping the verb raised F1 on train and dev alike
WEAK_VERBS: frozenset[str] = word_set("plan")

CUE_VERBS: frozenset[str] = (
    SPEECH_VERBS
    | COGNITION_VERBS
    | TO_VERBS
    | OBJECT_VERBS
    | DESCRIBE_VERBS
    | PREP_VERBS
    | frozenset(LEMMA_ALIASES)
) - WEAK_VERBS

#: nouns that report words or a stance when a possessor says whose they are ("his warning
#: that …", "Trump's claim that …", "her call for …"); the cue model judges each use
CUE_NOUNS: frozenset[str] = word_set(
    """
    statement claim warning remark comment criticism allegation accusation promise pledge vow
    demand call suggestion argument assertion belief view complaint concern fear hope plea
    insistence admission denial announcement prediction threat proposal push support
    opposition decision assessment contention charge request refusal
    """
)

#: verbs that, with a reporting noun as object, make one cue whose source is their subject
#: ("made allegations against", "expressed concern about", "issued a statement"): on
#: PolNeAR train the verb and the noun share one cue span far more often than not
LIGHT_VERBS: frozenset[str] = word_set(
    "make issue release express voice raise offer throw signal send lodge level renew "
    "reiterate repeat tweet post"
)
#: verbs whose reporting-noun object comes from someone else ("drew criticism from X",
#: "received support from"): the source is the "from"/"by" phrase, the subject the content
RECEIVING_VERBS: frozenset[str] = word_set("draw receive face win earn attract garner enjoy")

#: adverbs that PolNeAR keeps inside the cue when they stand between subject and verb
CUE_ADVERBS: frozenset[str] = word_set(
    "also later again then previously earlier repeatedly recently once publicly privately "
    "never not n't reportedly still often frequently"
)

#: nouns naming the setting words were given in (``said in a statement``)
SETTING_NOUNS: dict[str, str] = {
    "statement": "statement",
    "interview": "interview",
    "press conference": "press conference",
    "news conference": "press conference",
    "briefing": "briefing",
    "press briefing": "briefing",
    "speech": "speech",
    "op-ed": "op-ed",
    "letter": "letter",
    "post": "post",
    "video": "video",
    "podcast": "podcast",
    "tweet": "Twitter",
}

#: social platforms and messaging services words are posted on (``wrote on Telegram``)
PLATFORMS: frozenset[str] = word_set(
    """
    telegram twitter x facebook instagram tiktok youtube vkontakte vk truth social weibo
    wechat linkedin threads bluesky reddit substack whatsapp signal rumble gab parler
    """
)

#: words that make an organisation name a news outlet (``told the news agency``)
OUTLET_WORDS: frozenset[str] = word_set(
    """
    reuters afp ap associated press agency news times post journal tass ria interfax ukrinform
    unian dpa bbc cnn nbc cbs abc fox npr guardian telegraph tribune herald gazette radio
    television tv channel magazine newspaper daily bloomberg al jazeera politico axios
    """
)

#: role nouns that stand for "an outlet" and must be resolved to one named earlier
OUTLET_ROLE_NOUNS: frozenset[str] = word_set(
    "agency newspaper paper outlet broadcaster channel magazine network station publication "
    "site website portal"
)
