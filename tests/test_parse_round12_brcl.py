"""Statements from the twelfth session's bridge/claims/places round, each in wordings of its own
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
    # a destruction verb whose object is a counted part of the bridge (one or two spans, a
    # section) tells of damage, as the same part as the subject does ("two spans collapsed")
    (
        [("damaged", 1, None, "UA")],
        [
            "Ukrainian officials said the explosion brought down two spans of the bridge "
            "over the Inhulets.",
            "According to Ukrainian officials, the blast took out one road span of the bridge "
            "near Darivka.",
            "Ukrainian officials said that the strike had destroyed a section of the road "
            "bridge across the Siverskyi Donets.",
            "The bridge over the Desna lost traffic after shelling knocked down two sections, "
            "Ukrainian officials said.",
        ],
    ),
    # an attack on a bridge told in no one's words, then a side blaming someone for "that
    # attack": the side's claim of the attack already told, not a second row
    (
        [("damaged", 1, "UA", "RU")],
        [
            "A truck bomb on the road bridge across the Kerch Strait brought down two road "
            "spans on Saturday. Moscow blamed Ukrainian special services for that attack.",
            "On Sunday an explosion caused heavy damage to the bridge over the Kerch Strait. "
            "The Kremlin later blamed the Kyiv regime for the blast.",
            "The bridge across the Kerch Strait was damaged in an explosion at dawn. Russian "
            "investigators said the attack was organised by Ukraine's special services.",
        ],
    ),
    # "it" long after a status verb with an object of its own is the subject of another clause
    # (the region, the city), not the bridge of the sentence before
    (
        [("intact", 1, None, "RU")],
        [
            "The Russian-installed mayor said the road over the dam remained open. Ukraine "
            "has been firing rockets to hit depots and command posts across the region, "
            "which Kyiv says it will retake.",
            "Russian officials said the bridge near Kherson remained open. Ukrainian gunners "
            "shelled warehouses and fuel stores behind the front, a sign the city is a "
            "target, though Moscow says it is safe.",
            "The Russian-installed governor said the crossing at Darivka is still passable. "
            "Kyiv's forces struck ammunition dumps and barracks all over the south, which "
            "Ukraine says it means to free.",
        ],
    ),
    # "it" right after the verb is still the bridge just named
    (
        [("destroyed", 1, "RU", "UA"), ("unknown", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces fired missiles at the bridge at Zatoka. "
            "They said the strike destroyed it.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "text"), [(rows, text) for rows, texts in _BRIDGE_GROUPS for text in texts]
)
def test_bridge_wordings(rows: list[tuple], text: str) -> None:
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # most of the spans, or all of them: the bridge is gone
        (
            "Ukrainian officials said Russian troops blew out several spans of the bridge "
            "over the Oskil.",
            [("destroyed", 1, "RU", "UA")],
        ),
        # a side that already spoke of the attack: its blame goes to its own row
        (
            "Russian officials said a blast damaged the bridge across the Kerch Strait. "
            "Moscow blamed Ukrainian special services for that attack.",
            [("damaged", 1, "UA", "RU")],
        ),
    ],
)
def test_bridge_negatives(text: str, rows: list[tuple]) -> None:
    assert _rows(text) == sorted(rows, key=str)
