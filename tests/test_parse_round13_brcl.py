"""Statements from the thirteenth session's bridge/claims/places round, each in wordings of its
own about 2022 events (written for these tests, not copied from a report): every wording of a
group must give the group's rows, and the negative cases must give the rows they list."""

from __future__ import annotations

import pytest

from tests._rows import bridge_rows


def _rows(text: str) -> list[tuple]:
    """(status, count, actor_side, claimed_by_side) of each bridge row, sorted."""
    keys = ("status", "count", "actor_side", "claimed_by_side")
    return sorted((tuple(r[k] for k in keys) for r in bridge_rows(text)), key=str)


_BRIDGE_GROUPS = [
    # a bridge that is down, broken, told as a state: "lies broken", "was also down"
    (
        [("destroyed", 1, None, None)],
        [
            "The railway bridge over the Oskil lies broken in the water.",
            "Near Balakliia, the old bridge across the river was broken in two.",
            "A second crossing, on the road to Barvinkove, was also down.",
            "The footbridge over the Sula is now broken and no one can use it.",
        ],
    ),
    # a bridge a force built or laid: standing, and that force its actor
    (
        [("intact", 1, "RU", None)],
        [
            "Columns of lorries now use a pontoon bridge laid by Russian engineers near Kreminna.",
            "Russian sappers built a pontoon bridge across the Siverskyi Donets overnight.",
            "A crossing put up by Russian troops east of Lyman carried tanks across the river.",
            "Russian engineers had thrown a pontoon bridge over the Oskil south of Kupiansk.",
        ],
    ),
    # one bridge broken, the other built by a force: a row each, the builder only the second's
    (
        sorted([("destroyed", 1, None, None), ("intact", 1, "UA", None)], key=str),
        [
            "The road bridge over the Oskil lies broken in the river, and army trucks now roll "
            "across a pontoon bridge laid by Ukrainian engineers upstream.",
            "The old bridge at Kupiansk was down, and a pontoon crossing built by Ukrainian "
            "sappers carried the supplies.",
        ],
    ),
    # a side that "lost" a bridge is not what destroyed it
    (
        [("destroyed", 1, None, "GB")],
        [
            "The UK Ministry of Defence assessed that Russia had lost another pontoon bridge "
            "near Bilohorivka.",
            "According to the UK Ministry of Defence, Russian forces lost a pontoon bridge "
            "on the Donets.",
            "Russian units have probably lost a pontoon crossing south of Kreminna, the UK "
            "Ministry of Defence said.",
        ],
    ),
    # a clause the narrator tells, then "..., and SPEAKER said that ...": the first clause is
    # not the later speaker's claim; each clause its own row
    (
        sorted([("destroyed", 1, "UA", None), ("destroyed", 1, None, "GB")], key=str),
        [
            "Ukrainian artillery destroyed a Russian pontoon bridge near Dronivka on May 8, and "
            "the UK Ministry of Defence later said that Russia had lost a second pontoon bridge "
            "nearby.",
            "Ukrainian gunners wrecked a pontoon crossing at Serebrianka, and the UK Ministry of "
            "Defence assessed that Russia had lost one more pontoon bridge in the area.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("expected", "text"), [(rows, t) for rows, texts in _BRIDGE_GROUPS for t in texts]
)
def test_bridge_groups(expected: list[tuple], text: str) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a demand or a wish: no bridge row
        "An adviser to Zelenskyy wrote that the bridge was only the start and that everything "
        "occupied must be destroyed.",
        "A Russian deputy said the bridges over the Dnipro should be blown up at once.",
        "Officials said the crossing ought to be struck again.",
        # a figure of speech
        'The speaker said the offensive had "built a bridge" between despair and hope.',
        "The minister said the deal built bridges with the Gulf states.",
    ],
)
def test_no_bridge_rows(text: str) -> None:
    assert _rows(text) == []


def test_trailing_speaker_keeps_whole_sentence() -> None:
    # a speaker closing the sentence speaks for all of it, each clause included
    text = (
        "The Antonivskyi bridge has been out of use since Ukrainian strikes in July, and the "
        "Russians now rely on ferries, Britain's Defence Intelligence said."
    )
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == ["GB"]
