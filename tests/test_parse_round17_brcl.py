"""Statements from the seventeenth session's bridge/claims round, each in wordings of its own
(written for these tests, not copied from a report): every wording of a group must give the
group's rows, and the negative cases must give none."""

from __future__ import annotations

import pytest

from analyst_kit._sentences import split_sentences
from tests._rows import bridge_statuses, claim_rows, claim_speakers

# an outlet citing a body by its kind: that body speaks, not the person quoted before it
_CITED_BODY = [
    "Governor Ivan Petrenko said three houses burned in Kupiansk. Interfax, citing the "
    "regional administration, said a power line was cut.",
    "Mayor Olena Hrytsenko said the school was hit. TASS, quoting the city council, reported "
    "that water supplies had been restored.",
    "Regional head Pavel Orlov said the shelling went on all night. RIA Novosti reported, "
    "citing the district administration, that two villages had lost power.",
]


@pytest.mark.parametrize("text", _CITED_BODY)
def test_an_outlet_citing_a_body_does_not_quote_the_last_person(text: str) -> None:
    speakers = [sp for sp, _ in claim_speakers(text)]
    assert len(speakers) == 2
    assert speakers[1] != speakers[0]
    assert any(w in speakers[1].lower() for w in ("administration", "council"))


def test_an_outlet_citing_the_ministry_named_before_is_that_ministry() -> None:
    # "the ministry" after "the Russian Defence Ministry": the same body
    text = (
        "The Russian Defence Ministry said its forces repelled an attack near Kreminna. "
        "Interfax, citing the ministry, said four tanks were destroyed."
    )
    speakers = [sp for sp, _ in claim_speakers(text)]
    assert len(speakers) == 2 and speakers[0] == speakers[1]


# a distributive quantifier before a noun cue is no speaker
_QUANTIFIER = [
    "Kyiv said it had recaptured the village. Moscow said it still held it. Neither claim "
    "could be independently verified.",
    "The two sides gave different accounts. Each account was impossible to check.",
    "Russia and Ukraine traded blame. Either version may be true, analysts cautioned.",
]


@pytest.mark.parametrize("text", _QUANTIFIER)
def test_a_quantifier_is_no_speaker(text: str) -> None:
    assert not any(
        sp and sp.split()[0] in ("Neither", "Each", "Either") for sp, _, _ in claim_rows(text)
    )


def test_neither_claim_leaves_the_earlier_claims_their_speakers() -> None:
    text = (
        "Kyiv said it had recaptured the village. Moscow said it still held it. Neither claim "
        "could be independently verified."
    )
    assert [sp for sp, _ in claim_speakers(text)][:2] == ["Kyiv", "Moscow"]


# "no." ends a sentence unless a number follows ("No. 5")
@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Officially, no. Ivan Shapovalov said the town would be held.", 2),
        ("Will they leave? Probably no. The mayor said buses were ready.", 3),
        ("Not yet, no. Nobody has given the order.", 2),
        ("Hospital No. 4 was hit overnight.", 1),
        ("Shelter no. 12 was full by noon.", 1),
    ],
)
def test_no_ends_a_sentence_unless_a_number_follows(text: str, n: int) -> None:
    assert len(split_sentences(text)) == n


# a nation's people as a group is a speaker of its own, never a rename of the unnamed official
# who spoke just before
_PEOPLE = [
    "A senior Western official said Russian units were regrouping near Izium. The Russians say "
    "the town has fallen.",
    "SENIOR DEFENSE OFFICIAL: We see no sign of a withdrawal from the city.\n\nQ: And the "
    "north? The Ukrainians say the village was retaken.",
    "A NATO official told reporters the offensive had stalled. The Americans, however, said "
    "supplies were still arriving.",
]


@pytest.mark.parametrize("text", _PEOPLE)
def test_a_people_does_not_rename_the_official_before(text: str) -> None:
    speakers = [sp for sp, _ in claim_speakers(text)]
    people = ("russians", "ukrainians", "americans")
    assert len(speakers) >= 2 and speakers[0].lower().split()[-1] not in people
    assert all(sp.lower().split()[-1] in people for sp in speakers[1:])


# a negated attack on a bridge ("had not been hit", "wasn't struck", "was never shelled"): the
# bridge stands
_NOT_HIT = [
    "The governor said the bridge across the Inhulets had not been hit and remained open.",
    "The mayor said the road bridge over the river wasn't struck and traffic continued.",
    "Officials said the railway bridge was never shelled and trains still run.",
]


@pytest.mark.parametrize("text", _NOT_HIT)
def test_a_negated_attack_leaves_the_bridge_standing(text: str) -> None:
    assert bridge_statuses(text) == ["intact"]


@pytest.mark.parametrize(
    "text",
    [
        # the attack happened; the negation is about something else
        "Russian artillery hit the bridge over the Donets, not the dam, the governor said.",
        "The governor said the strike did not kill anyone but hit the bridge over the river.",
    ],
)
def test_an_attack_with_another_negation_still_damages(text: str) -> None:
    assert "damaged" in bridge_statuses(text)


# a press transcript's turn under a full name in capitals with a role gloss speaks in that
# name, and the paragraphs under it too, until the next turn
_GLOSS_TURNS = [
    "IVAN PETROV (deputy minister of defence): The bridge over the river is open again.\n\n"
    "QUESTION (Interfax): When will the corridor open?\n\n"
    "PETROV: Within days.",
    "OLENA KOVAL (mayor of the city), speaking on local television: Three districts have no "
    "power.\n\nThe repair crews are working around the clock.",
    "ANDRIY MELNYK (head of the regional administration), writing on Telegram: Shelling hit "
    "the market this morning.",
]


@pytest.mark.parametrize("text", _GLOSS_TURNS)
def test_a_full_name_turn_with_a_gloss_speaks(text: str) -> None:
    speakers = [sp for sp, _ in claim_speakers(text)]
    assert speakers and speakers[0].upper().split()[-1] in ("PETROV", "KOVAL", "MELNYK")


@pytest.mark.parametrize(
    "text",
    [
        "KEY POINTS (as of noon): Russia said it had taken the village.",
        "LIVE UPDATES (all times local): The governor said two people were hurt.",
    ],
)
def test_a_capitalised_rubric_with_a_gloss_is_no_speaker(text: str) -> None:
    assert not any(sp and sp.isupper() for sp, _ in claim_speakers(text))


# more verbs of making a crossing: the crossing stands, the builder's force is the actor
_BUILT_MORE = [
    "The Ukrainian military said its engineers had put a pontoon bridge across the Oskil.",
    "British intelligence said Ukrainian engineers have improvised crossings over the stream.",
    "Kyiv said Russian sappers had constructed a temporary crossing over the Inhulets.",
]


@pytest.mark.parametrize("text", _BUILT_MORE)
def test_more_verbs_of_building_a_crossing(text: str) -> None:
    assert "intact" in bridge_statuses(text)


def test_put_out_of_action_is_no_building() -> None:
    text = "The governor said Russian strikes put the bridge out of action."
    assert "intact" not in bridge_statuses(text)
