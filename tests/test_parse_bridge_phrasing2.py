"""More ways reports phrase what happened to a bridge (round 3): failed structures, history
recited in passing, a bridge named as a landmark, traffic back on the bridge just named, and
the culprit named in the sentence after the damage."""

from __future__ import annotations

from analyst_kit.parse import read_reports


def _bridges(text: str) -> list[dict]:
    """The bridge rows the parser reads from ``text`` (status, actor and claimant only)."""
    rows = read_reports([text])["bridges"]
    keep = ["status", "actor_side", "claimed_by_side", "count"]
    return [
        {k: (None if v != v else v) for k, v in r.items()}  # NaN -> None
        for r in rows[keep].to_dict("records")
    ]


def _statuses(text: str) -> list[str]:
    return [r["status"] for r in _bridges(text)]


# --- a structure that failed ----------------------------------------------------------------


def test_a_bridge_that_came_down_or_gave_way_is_destroyed():
    assert _statuses(
        "The Russian governor wrote that a road bridge in the district came down late on "
        "Saturday as a passenger train passed beneath it."
    ) == ["destroyed"]
    assert _statuses(
        "Russian officials said a railway bridge near the town had given way under a freight train."
    ) == ["destroyed"]
    assert _statuses("Ukrainian officials said the old bridge caved in under a lorry.") == [
        "destroyed"
    ]
    assert _statuses("Ukrainian officials said the footbridge was washed away by the flood.") == [
        "destroyed"
    ]


def test_motion_down_a_road_or_a_replacement_is_no_collapse():
    assert _statuses("Ukrainian officials said the convoy came down the road to the bridge.") == []
    assert (
        _statuses(
            "Ukrainian officials said the bridge had long since given way to a ferry service."
        )
        == []
    )


# --- a bridge named as a landmark of an attack ------------------------------------------------


def test_an_attack_near_a_bridge_is_not_an_attack_on_it():
    rows = _bridges(
        "Ukrainian officials said Russian missiles struck a district near the old bridge, "
        "which survived."
    )
    assert [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in rows] == [
        ("intact", None, "UA")
    ]
    assert (
        _statuses("Ukrainian officials said Russian shells hit houses next to the crossing.") == []
    )


def test_an_attack_on_a_bridge_near_a_place_is_still_an_attack_on_it():
    rows = _bridges("Ukrainian officials said Russian missiles struck the bridge near the village.")
    assert [(r["status"], r["actor_side"]) for r in rows] == [("damaged", "RU")]


# --- earlier attacks recited by the narrator ------------------------------------------------


def test_a_narrators_recap_of_earlier_attacks_is_no_claim():
    assert (
        _statuses("The bridge had been hit once before, in June, and reopened after repairs.") == []
    )
    assert _statuses("For background: the crossing was first struck on April 26.") == []
    assert (
        _statuses("The dam road, shelled repeatedly in the summer, was not mentioned on Friday.")
        == []
    )


def test_a_new_attack_or_a_speakers_recap_is_still_a_row():
    assert _statuses("The bridge was hit by Russian missiles on Monday night.") == ["damaged"]
    rows = _bridges("Ukrainian officials said the bridge had been hit once before, in June.")
    assert [(r["status"], r["claimed_by_side"]) for r in rows] == [("damaged", "UA")]
