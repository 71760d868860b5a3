"""Statements from the fifteenth session's bridge/claims/places round, each in wordings of its
own (written for these tests, not copied from a report): every wording of a group must give the
group's rows, and the negative cases must give none."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples, claim_rows

# a preamble line saying whose posts follow ("Posts by ...", "Messages from ...", "Updates
# by ..."): the posts' unattributed sentences are that official's
_POSTS_PREAMBLE = [
    (
        "KHARKIV REGION | Telegram digest, Tuesday\n"
        "Posts by the head of the Kharkiv regional military administration, Oleh Syniehubov, "
        "translated and shortened.\n\n"
        "09:10 - The road bridge over the Udy near Bezruky has been damaged by shelling.\n",
        "UA",
    ),
    (
        "Sumy oblast, evening summary\n"
        "Messages from Dmytro Zhyvytskyi, head of the regional administration, lightly edited.\n\n"
        "17:45 - Trucks: the bridge on the road to Romny was hit overnight and is damaged.\n",
        "UA",
    ),
    (
        "Kharkiv updates\n"
        "Updates by Oleh Syniehubov, the regional governor, as posted on his channel.\n\n"
        "12:00 The crossing over the Oskil at Kupiansk has been damaged by Russian shelling.\n",
        "UA",
    ),
]


@pytest.mark.parametrize(("text", "side"), _POSTS_PREAMBLE)
def test_posts_preamble_gives_the_author(text: str, side: str) -> None:
    rows = bridge_tuples(text)
    assert rows and all(r[0] == "damaged" and r[3] == side for r in rows)


# a post whose header has its time stamp before the writer's name ("[13:30] NAME: ...",
# "13:30 - NAME: ..."): the rest of the post's line is the writer's
_STAMPED_TURNS = [
    "[14:10] Syniehubov: On the bridges. The road bridge across the Oskil was blown up by the "
    "Russians when they retreated.\n",
    "14:10 - Syniehubov: About the roads. The Russians blew up the road bridge across the Oskil "
    "as they fled.\n",
    "08:35 Zhyvytskyi: Overnight news. The bridge near Trostianets was destroyed by Russian "
    "artillery.\n",
]


@pytest.mark.parametrize("text", _STAMPED_TURNS)
def test_stamped_post_turn_is_the_writers(text: str) -> None:
    assert bridge_tuples(text) == [("destroyed", 1, "RU", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        # a stamp with the writer's name not at the line's start: no turn
        "[14:10] Drivers said Syniehubov: was right. The bridge across the Oskil was blown up.\n",
        # a plain narrative line after a stamp: no speaker to carry
        "14:10 The road bridge across the Oskil was blown up when the troops retreated.\n",
    ],
)
def test_stamp_without_writer_gives_no_side(text: str) -> None:
    assert all(r[3] is None for r in bridge_tuples(text))


def test_posts_preamble_names_speaker() -> None:
    text = (
        "Posts by the mayor's office, Ihor Terekhov, translated.\n\n"
        "10:00 - The metro is running again.\n"
    )
    assert any(sp == "Ihor Terekhov" for sp, _, _ in claim_rows(text))


# a force that relies on / depends on a bridge to move: the bridge stands, that force uses it
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "British intelligence said Russian units east of the Oskil are relying on a pontoon "
            "bridge near Kupiansk.",
            [("intact", 1, "RU", "GB")],
        ),
        (
            "Ukraine's General Staff said the occupiers depend on the railway bridge at "
            "Nova Kakhovka for ammunition.",
            [("intact", 1, "RU", "UA")],
        ),
        (
            "The Ukrainian army depended on two pontoon crossings over the Siverskyi Donets, "
            "the governor of Luhansk said.",
            [("intact", 2, "UA", "UA")],
        ),
        (
            "According to the UK defence ministry, Russian troops on the west bank relied heavily "
            "on the Antonivskyi bridge.",
            [("intact", 1, "RU", "GB")],
        ),
    ],
)
def test_force_relies_on_bridge(text: str, want: list[tuple]) -> None:
    assert bridge_tuples(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the river's crossings in general, no bridge's state
        "Russian troops on the west bank depend on a handful of crossings.",
        "Moscow's hold on the right bank relies on a small number of crossings, analysts said.",
        # "rely on" something else than a bridge
        "Ukraine's army said Russian units rely on artillery near the bridge.",
    ],
)
def test_reliance_without_a_bridge_state(text: str) -> None:
    assert all(r[0] != "intact" for r in bridge_tuples(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's infrastructure minister said the temporary bridge at Bucha is open to cars.",
        "The mayor of Mykolaiv said the Varvarivskyi bridge is open to pedestrians again.",
        "Ukrainian officials said the repaired crossing is now open to lorries.",
    ],
)
def test_open_to_vehicles_is_intact(text: str) -> None:
    assert [r[0] for r in bridge_tuples(text)] == ["intact"]


# a plural subject's present-tense speech verb in its base form ("bloggers write that",
# "officials warn that", "analysts allege that"): a speaker like "say"
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian war bloggers write that the pontoon near Kherson was hit overnight.\n", "RU"),
        (
            "On the river crossings, Russian bloggers write that the bridge at Daryivka is down.\n",
            "RU",
        ),
        ("Ukrainian officials warn that the bridge at Zatoka could be struck again.\n", "UA"),
        ("Russian milbloggers allege that saboteurs mined the bridge at Kherson.\n", "RU"),
    ],
)
def test_base_form_speech_verb(text: str, side: str) -> None:
    assert [s for _, s, _ in claim_rows(text)] == [side]


@pytest.mark.parametrize(
    "text",
    [
        # the same words as no speech: a writing task, an argument about something
        "Children write letters to soldiers in the shelters of Kharkiv.\n",
        "Russian milbloggers continue to argue over who was to blame.\n",
        "The hospital will not admit new patients for now.\n",
    ],
)
def test_base_form_not_speech(text: str) -> None:
    assert claim_rows(text) == []


# a bridge called damaged and, after "but", still in use: one damaged row, no intact one
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukraine's navy said a Russian missile had damaged the bridge at Zatoka but that it "
            "was still open to traffic.",
            [("damaged", 1, "RU", "UA")],
        ),
        (
            "Russian officials said Ukrainian shelling damaged the Antonivskyi bridge, but it is "
            "still open to traffic.",
            [("damaged", 1, "UA", "RU")],
        ),
        (
            "The governor of Luhansk said a Russian strike hit the bridge to Lysychansk, but the "
            "bridge could still be crossed.",
            [("damaged", 1, "RU", "UA")],
        ),
    ],
)
def test_damaged_but_still_usable(text: str, want: list[tuple]) -> None:
    assert bridge_tuples(text) == want


def test_damaged_one_and_open_another_keeps_both() -> None:
    """Another bridge named after "but" keeps its own, intact row."""
    rows = bridge_tuples(
        "The governor said shelling damaged the road bridge, but the railway bridge is still open."
    )
    assert [r[0] for r in rows] == ["damaged", "intact"]
