"""Statements from the sixteenth session's bridge/claims round, each in wordings of its own
(written for these tests, not copied from a report): every wording of a group must give the
group's rows, and the negative cases must give none."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples, claim_speakers

# a force moving over a bridge by the plain verb of use: the bridge stands, that force uses it
_USE = [
    "Ukrainian officials say Russian forces are using two pontoon bridges across the Dnipro.",
    "The Ukrainian general staff said Russian troops use the dam road bridge near the town to "
    "move ammunition.",
    "Kyiv's military said the Russian units had used a temporary crossing over the Oskil "
    "overnight.",
]


@pytest.mark.parametrize("text", _USE)
def test_a_force_using_a_bridge_holds_a_standing_bridge(text: str) -> None:
    rows = bridge_tuples(text)
    assert rows and all(r[0] == "intact" and r[2] == "RU" and r[3] == "UA" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        # denied use: not a standing bridge in use
        "Ukrainian officials said the Russian troops could no longer use the bridge over the "
        "Dnipro.",
        # a habit, not a bridge's state
        "The mayor said farmers used to cross the river by the old bridge.",
    ],
)
def test_denied_or_habitual_use_is_no_standing_bridge(text: str) -> None:
    assert not any(r[0] == "intact" for r in bridge_tuples(text))


# a repair denied: the bridge is still down, and the force that did not mend it did not wreck it
_NOT_REPAIRED = [
    "Ukrainian officials said the occupiers still have not restored the road bridge over the "
    "Oskil.",
    "The Ukrainian military said the railway bridge near Bucha has never been rebuilt.",
    "Ukraine's infrastructure ministry said the crossing over the Desna is yet to be repaired.",
]


@pytest.mark.parametrize("text", _NOT_REPAIRED)
def test_a_repair_denied_leaves_the_bridge_destroyed(text: str) -> None:
    assert bridge_tuples(text) == [("destroyed", 1, None, "UA")]


def test_a_group_counted_after_the_noun() -> None:
    for text, n in (
        (
            "Ukrainian officials said the road bridges over the Donets near the town were "
            "blown up: all three lie in the river.",
            3,
        ),
        ("Ukrainian officials said the bridges of Izium, all four of them, were destroyed.", 4),
    ):
        rows = bridge_tuples(text)
        assert rows and rows[0][:2] == ("destroyed", n)


# "they" after a purpose phrase: the force of the sentence before
def test_they_after_a_purpose_phrase_is_the_force_before() -> None:
    for text in (
        "Ukrainian officials said: The occupiers have blown up the bridge. To move equipment "
        "they use a pontoon crossing.",
        "Ukrainian officials said: Russian troops left the town. In order to resupply, they "
        "rely on a pontoon bridge.",
    ):
        assert any(r[:3] == ("intact", 1, "RU") for r in bridge_tuples(text))


# an old bridge replaced by a new one: two bridges, the old down, the new standing and the
# speaker's own
_REPLACED = [
    "Ukrainian officials say the bridge over the Oskil at Kupiansk, blown up in September, has "
    "been replaced by a pontoon crossing.",
    "The Ukrainian military said the road bridge near Izium, destroyed in March, was replaced "
    "with a temporary bridge last week.",
    "The Ukrainian general staff said the bridge at Zakitne, wrecked by shelling, is being "
    "replaced with a makeshift crossing.",
]


@pytest.mark.parametrize("text", _REPLACED)
def test_a_replaced_bridge_gives_the_new_one_standing(text: str) -> None:
    assert ("intact", 1, "UA", "UA") in bridge_tuples(text)


def test_replaced_by_a_ferry_is_no_new_bridge() -> None:
    assert not any(
        r[0] == "intact"
        for r in bridge_tuples(
            "Ukrainian officials said the rail bridge had been replaced by a ferry."
        )
    )


# a body named after lower-case words saying what it is: the body speaks, with its side
_KIND_THEN_BODY = [
    ("The state road agency Ukravtodor said the bridge near Lebedyn was intact.", "Ukravtodor"),
    ("The grid operator Ukrenergo said two power lines had been cut overnight.", "Ukrenergo"),
    (
        "The national railway company Ukrzaliznytsia said trains to Kharkiv were delayed.",
        "Ukrzaliznytsia",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _KIND_THEN_BODY)
def test_a_kind_of_body_then_its_name_speaks(text: str, speaker: str) -> None:
    assert (speaker, "UA") in claim_speakers(text)


def test_a_kind_of_body_then_lower_case_words_is_no_speaker() -> None:
    assert claim_speakers("The road agency bus drivers said they were tired.") == []


# a statement's title naming its author with the force it belongs to: the unattributed body of
# the statement is that author's
_STATEMENT_OF_BODY = [
    'Statement of the Operational Command "South" of the Armed Forces of Ukraine, 12 June 2022'
    "\n\nThe road bridge over the Inhulets near Darivka, damaged by shelling last week, remains "
    "closed.\n",
    "Statement of the State Emergency Service of the Ministry of Internal Affairs of Ukraine, "
    "4 May\n\nThe footbridge over the Udy in the city centre was damaged by shelling overnight.\n",
    "Statement of the General Staff of the Armed Forces of Ukraine (abridged)\n\nA pontoon "
    "crossing over the Siverskyi Donets near Bilohorivka was damaged by shelling.\n",
]


@pytest.mark.parametrize("text", _STATEMENT_OF_BODY)
def test_statement_title_with_the_force_gives_the_author(text: str) -> None:
    rows = bridge_tuples(text)
    assert rows and all(r[0] == "damaged" and r[3] == "UA" for r in rows)


# a makeshift bridge standing in a warring side's words: that side's engineers run it
_MAKESHIFT_OWN = [
    ("Ukrainian officials said a temporary crossing over the Irpin is already open to cars.", "UA"),
    ("The Russian defence ministry said the pontoon bridge near Kupiansk remained open.", "RU"),
    (
        "Kyiv's infrastructure ministry says the makeshift crossing beside the wrecked bridge is "
        "open to buses.",
        "UA",
    ),
]


@pytest.mark.parametrize(("text", "side"), _MAKESHIFT_OWN)
def test_a_makeshift_bridge_is_the_speakers_own(text: str, side: str) -> None:
    assert ("intact", 1, side, side) in bridge_tuples(text)


def test_a_makeshift_bridge_in_a_neutral_or_unsided_voice_has_no_actor() -> None:
    for text in (
        "Britain's Ministry of Defence said a temporary crossing over the Dnipro was still open.",
        "Residents said a pontoon bridge over the river was open again.",
    ):
        assert all(r[2] is None for r in bridge_tuples(text) if r[0] == "intact")


def test_a_makeshift_bridge_the_speaker_failed_to_hit_or_the_enemy_built_is_not_its_own() -> None:
    for text in (
        "The Ukrainian general staff said its drones had failed to destroy the pontoon crossing "
        "near Kozacha Lopan.",
        "Russian bloggers admitted that Ukrainian engineers had put up a temporary bridge and "
        "that Russian artillery could not knock it out.",
    ):
        assert not any(r[0] == "intact" and r[2] == r[3] for r in bridge_tuples(text))


# an observer's (not a warring side's) bare "units", "troops": not its own forces; the force an
# earlier clause names is meant, else none
_OBSERVER_BARE = [
    "Britain's Ministry of Defence said Russia had pulled its troops back across the Oskil, and "
    "that retreating units had blown up a bridge over the river.",
    "The Pentagon said Russian forces were leaving the west bank, and that withdrawing troops had "
    "destroyed the bridge behind them.",
]


@pytest.mark.parametrize("text", _OBSERVER_BARE)
def test_an_observers_bare_units_are_the_force_named_before(text: str) -> None:
    rows = bridge_tuples(text)
    assert rows and all(r[0] == "destroyed" and r[2] == "RU" for r in rows)


def test_an_observers_bare_units_alone_have_no_side() -> None:
    rows = bridge_tuples(
        "Britain's Ministry of Defence said retreating units had blown up a bridge."
    )
    assert rows and all(r[2] is None for r in rows)
