"""Statements from the eleventh session's bridge/claims round, each in wordings of its own
about 2022 events (written for these tests, not copied from a report): every wording of a
group must give the group's rows, and the negative cases must give the rows they list."""

from __future__ import annotations

import pytest

from tests._rows import bridge_rows


def _rows(text: str) -> list[tuple]:
    """(status, count, actor_side, claimed_by_side) of each bridge row, sorted."""
    keys = ("status", "count", "actor_side", "claimed_by_side")
    return sorted((tuple(r[k] for k in keys) for r in bridge_rows(text)), key=str)


_BRIDGE_GROUPS = [
    # a tally of bridges after the one just reported is a statement of its own, and does not
    # lend its attacker to the first bridge
    (
        [("destroyed", 1, None, "UA"), ("destroyed", 3, "RU", "UA")],
        [
            "Oleh Syniehubov, head of the Kharkiv regional administration, said the bridge over "
            "the Udy near Ruska Lozova had collapsed overnight. He added that three bridges in "
            "the district had now been destroyed by Russian shelling.",
            "The Sumy governor said the road bridge at Sosnivka had collapsed. Dmytro Zhyvytskyi "
            "said that in total three bridges in the region had been destroyed by Russian "
            "strikes.",
        ],
    ),
    # the progressive after "were" is an act, not a passive of another subject
    (
        [("destroyed", None, "UA", "RU")],
        [
            'Igor Konashenkov said "Ukrainian saboteurs" were blowing up bridges near Izium '
            "to slow the evacuation of residents.",
            "The Russian defence ministry said Ukrainian units were blowing up bridges around "
            "Kupiansk as they fell back.",
        ],
    ),
    # an attack noun with its force after it ("a strike by Russian aircraft"), behind the
    # speaker's hedge "what he said was"
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Governor Vitaliy Kim posted footage of the bridge over the Inhul collapsing after "
            "what he said was a strike by Russian aircraft.",
            "Oleksandr Prokudin said the road bridge near Tiahynka came down after a strike by "
            "Russian artillery.",
        ],
    ),
    # an attempt that failed: the bridge stands
    (
        [("intact", 1, None, "RU")],
        [
            "Russian war correspondents admitted that Ukrainian sappers had laid a pontoon "
            "bridge over the Siverskyi Donets and that Russian aviation had failed to knock it "
            "out.",
            "The Russian defence ministry said its artillery could not destroy the pontoon "
            "crossing near Bilohorivka.",
        ],
    ),
    # the force leaving blew the bridge up behind it
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "The bridge over the Inhulets at Darivka was destroyed when Russian forces "
            "withdrew, the regional administration said.",
            "Ukrainian officials said the bridge in Snihurivka was blown up as the Russian "
            "troops retreated across the river.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "text"), [(rows, t) for rows, texts in _BRIDGE_GROUPS for t in texts]
)
def test_bridge_wordings(rows: list[tuple], text: str) -> None:
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # residents leaving name no force: no attacker
        (
            "The Kherson administration said the bridge at Tiahynka was destroyed as residents "
            "left the village.",
            [("destroyed", 1, None, "UA")],
        ),
        # the attempt succeeded: destroyed, not intact
        (
            "The Ukrainian General Staff said its artillery managed to knock out the pontoon "
            "crossing near Bilohorivka.",
            [("destroyed", 1, "UA", "UA")],
        ),
        # a figure of speech with no bridge status: no row
        (
            "The mayor said the river had always been the city's bridge to the world.",
            [],
        ),
    ],
)
def test_bridge_negatives(text: str, rows: list[tuple]) -> None:
    assert _rows(text) == sorted(rows, key=str)
