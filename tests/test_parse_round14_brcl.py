"""Statements from the fourteenth session's bridge/claims/places round, each in wordings of its
own (written for these tests, not copied from a report): every wording of a group must give the
group's rows, and the negative cases must give none."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples, claim_rows

_BRIDGE_GROUPS = [
    # a bridge a force holds or took whole, its state unsaid: standing, that force the actor
    (
        [("intact", 1, "RU", "UA")],
        [
            "The mayor of Nikopol said Russian soldiers are holding the road bridge over the "
            "Dnipro at Kamianka.",
            "Ukraine's General Staff said Russian paratroopers had seized the railway bridge north "
            "of Hostomel.",
            "Ukrainian officials said the crossing at Zatoka was captured by Russian marines on "
            "Thursday.",
            "According to Ukraine's defence ministry, Russian units took control of the bridge "
            "near Vovchansk.",
        ],
    ),
    # a side's own formula for a capture, its agent unsaid: that side's act
    (
        [("intact", 1, "RU", "RU")],
        [
            "Russia's defence ministry said the bridge at Chonhar had been taken under "
            "protection by the morning.",
            "The Russian Defence Ministry said the railway crossing near Melitopol was taken "
            "under control on the first day.",
        ],
    ),
    # a movable bridge raised against crossing: standing, raised by the side that holds it
    (
        [("intact", 1, "UA", "UA")],
        [
            "The mayor of Kherson said the swing bridge over the port canal has been raised.",
            "Ukraine's navy said the drawbridge in Izmail was lifted overnight.",
            "Ukrainian officials said the bridge on the river will stay raised until the morning.",
        ],
    ),
    # the damage named as a noun with its object: "the damage to the bridges"
    (
        [("damaged", None, None, "INTL")],
        [
            "The UN coordinator said the damage to the bridges across the Siverskyi Donets had "
            "cut off aid.",
            "The UN coordinator said that the damage to the crossings over the Oskil was severe.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("want", "text"), [(want, t) for want, texts in _BRIDGE_GROUPS for t in texts]
)
def test_bridge_groups(want: list[tuple], text: str) -> None:
    assert bridge_tuples(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a bridge as a figure of speech: no bridge row
        "A Russian-installed official called the town's capture \"a bridge to the liberation "
        'of the whole region".',
        "The Kremlin's spokesman said the talks could be a bridge to peace.",
        "Russia's foreign ministry described the deal as a bridge towards lasting dialogue.",
        # "raised" of something else than the bridge
        "Ukrainian officials said concerns were raised about the bridge.",
        "The mayor said fares were raised for crossing the bridge.",
        # "held" of an event near a bridge
        "Ukrainian officials said a ceremony was held near the bridge.",
    ],
)
def test_no_bridge_row(text: str) -> None:
    assert bridge_tuples(text) == []


def test_bridge_to_a_place_still_counts() -> None:
    """A bridge that leads to a place, not an aim, is a bridge."""
    rows = bridge_tuples(
        "Ukraine's military said Russian forces destroyed the bridge to the station."
    )
    assert [r[0] for r in rows] == ["destroyed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title line naming whose channel's posts follow: the channel's owner writes them
        (
            'Kharkiv governor: "We hold" - posts from Oleh Syniehubov\'s Telegram channel, '
            "Monday\n\n[08:10] The night was loud. Russian shelling hit two districts.\n",
            "Oleh Syniehubov",
        ),
        (
            "Sumy region - posts from Dmytro Zhyvytskyi's official Facebook page, translated\n\n"
            "09:00 Three villages were shelled overnight.\n",
            "Dmytro Zhyvytskyi",
        ),
        (
            "Odesa city - updates from Hennadiy Trukhanov's channel, Friday\n\n"
            "11:20 Air defence shot down two drones over the port.\n",
            "Hennadiy Trukhanov",
        ),
    ],
)
def test_posts_from_an_owners_channel(text: str, speaker: str) -> None:
    speakers = [sp for sp, _, _ in claim_rows(text)]
    assert speaker in speakers
    assert speakers[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a section heading opening with a quantifier is no speaker
        "Other reports on Sunday\n\nRussia's defence ministry said its forces had struck a depot.\n",
        "More reports from the south\n\nThe Ukrainian General Staff said four attacks were "
        "repelled.\n",
        "Further reports on Tuesday\n\nKharkiv's governor said two villages were shelled.\n",
    ],
)
def test_quantifier_heading_is_no_speaker(text: str) -> None:
    speakers = [sp for sp, _, _ in claim_rows(text)]
    assert speakers and not any(sp.split()[0] in ("Other", "More", "Further") for sp in speakers)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # "milblogger": the word for Russia's pro-war military bloggers, with or without
        # adjectives before it; a Ukrainian one is called so
        ("One prominent milblogger claimed that Ukrainian forces attacked near Svatove.\n", "RU"),
        ("A well-known milblogger wrote that the assault on Marinka had stalled.\n", "RU"),
        ("Several milbloggers complained that artillery shells were running short.\n", "RU"),
        ("A Ukrainian milblogger claimed that Russian units had left Dibrova.\n", "UA"),
    ],
)
def test_milblogger_side(text: str, side: str) -> None:
    assert [s for _, s, _ in claim_rows(text)] == [side]


def test_milblogger_bridge_claim() -> None:
    text = (
        "An influential milblogger claimed that Ukrainian artillery had damaged the road bridge "
        "over the Oskil near Kupiansk.\n"
    )
    assert bridge_tuples(text) == [("damaged", 1, "UA", "RU")]


def _place_names(text: str) -> list[str]:
    from analyst_kit.parse import read_reports

    return read_reports(["date 2022-03-30\n\n" + text + "\n"])["places"]["name"].tolist()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name set off by commas after a place, then a speech verb: the speaker, not a place
        (
            "The governor of Chernihiv, Viacheslav Chaus, said that the shelling never stopped.",
            ["Chernihiv"],
        ),
        ("The mayor of Bakhmut, Oleksii Reva, told reporters the town held.", ["Bakhmut"]),
        (
            "The head of Kherson, Yaroslav Ivanenko, has claimed that two districts were hit.",
            ["Kherson"],
        ),
        # a list of places whose verb's subject comes after it stays a list
        ("Shelling hit Bakhmut, Novyi Svitok, said the governor.", ["Bakhmut", "Novyi Svitok"]),
    ],
)
def test_apposed_speaker_name_is_no_place(text: str, want: list[str]) -> None:
    assert _place_names(text) == want
