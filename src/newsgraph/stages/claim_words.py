"""Word lists of the claims stage: evidence media, claim nouns, stance verbs and verdicts.

Kept apart from the rules so that extending coverage (a new medium, another dispute verb) is a
one-line change that the tests of the rules do not need to know about. All keys are lower-cased
lemmas.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``: keeps long lists readable."""
    return frozenset(text.split())


#: noun lemma -> evidence type named on a claim ("footage … appears to show" -> video)
EVIDENCE_NOUNS: dict[str, str] = {
    **dict.fromkeys(words("video videos footage clip recording livestream broadcast"), "video"),
    **dict.fromkeys(words("photo photograph picture image imagery snapshot satellite"), "photo"),
    **dict.fromkeys(words("statement communique communiqué announcement briefing"), "statement"),
    "interview": "interview",
    **dict.fromkeys(words("report dispatch assessment bulletin"), "report"),
    **dict.fromkeys(
        words("post tweet telegram facebook instagram tiktok x twitter vk blog blogger"),
        "social-media post",
    ),
}

#: verbs by which a piece of evidence "says" something ("the video shows that …")
EVIDENCE_VERBS: frozenset[str] = words(
    "show appear suggest indicate confirm reveal depict purport prove document"
)

#: verbs that pass a claim on to the next hop of its source chain ("published a video")
PUBLISH_VERBS: frozenset[str] = words(
    "publish release post share circulate distribute broadcast air issue upload"
)

#: reporting verbs whose clausal complement is a claim when the quotes stage found none there
REPORTING_VERBS: frozenset[str] = words(
    "say tell announce claim report state insist warn add confirm assert allege argue write "
    "explain believe think estimate predict stress maintain suggest"
)

#: verbs of accusation: "accused Kyiv of shelling the town" -> claim "Kyiv … shelling the town"
ACCUSE_VERBS: frozenset[str] = words("accuse charge blame")

#: nouns that refer back to something said: "the claim", "this statement", "the plan"
CLAIM_NOUNS: frozenset[str] = words(
    "claim claims statement statements report reports assertion allegation allegations "
    "account accounts version idea plan proposal view assessment prediction forecast "
    "suggestion argument figure figures number numbers estimate story narrative prospect "
    "thesis theory notion words remark remarks comment comments accusation accusations "
    "reading analysis interpretation"
)

#: pronouns that can stand for the previous claim ("dismisses it as propaganda")
CLAIM_PRONOUNS: frozenset[str] = frozenset({"it", "this", "that", "these", "those"})

#: verbs whose subject disputes their object / complement
DISPUTE_VERBS: frozenset[str] = words(
    "reject deny refute dismiss dispute contradict contest challenge question doubt criticize "
    "criticise condemn ridicule debunk disagree deride rebut counter discredit slam "
    "decry mock"
)

#: verbs whose subject supports their object / complement
SUPPORT_VERBS: frozenset[str] = words(
    "agree confirm support endorse back echo corroborate share welcome praise defend concur"
)

#: adjectives of a stance held "of"/"about" something: "is sharply critical of the plan"
DISPUTE_ADJECTIVES: frozenset[str] = words(
    "critical skeptical sceptical dismissive doubtful wary unconvinced"
)
SUPPORT_ADJECTIVES: frozenset[str] = words("supportive convinced confident")

#: verdict words that make "calls X …"/"X is …" a dispute or a support
NEGATIVE_VERDICTS: frozenset[str] = words(
    "fiction invention propaganda nonsense lie lies fake false untrue absurd baseless "
    "unfounded exaggerated ridiculous reckless naive unrealistic misleading disinformation "
    "fabrication fabricated provocation wishful fantasy myth fairy hoax wrong implausible "
    "groundless rubbish lying premature overblown overstated inflated unsubstantiated "
    "unproven dubious alarmist pretext smokescreen fig"
)
POSITIVE_VERDICTS: frozenset[str] = words(
    "sound accurate correct right realistic credible plausible reasonable justified true "
    "sensible valid convincing well-founded historic"
)

#: plural subjects that stand for several earlier entities ("the two analysts", "both")
PLURAL_NUMBERS: dict[str, int] = {"both": 2, "two": 2, "three": 3, "all": 0}
