"""Bridges layer, vague-claim matching and the status timeline (hand-built tables)."""

from __future__ import annotations

import pandas as pd
import pytest

from analyst_kit import bridges
from analyst_kit.errors import InputError

SD_LYS = {"sd-lys-pavlohrad", "sd-lys-third", "sd-lys-proletarsk"}


@pytest.fixture(scope="module")
def layer():
    return bridges.load_bridges()


def _claims(*rows):
    cols = ["report_id", "claim_id", "name", "river", "connects", "status", "count",
            "actor_side", "claimed_by_side", "date"]  # fmt: skip
    return pd.DataFrame(list(rows), columns=cols)


def test_layer_has_the_three_donets_bridges_marked_approximate(layer):
    sd = layer[layer["connects"] == "Sievierodonetsk–Lysychansk"]
    assert set(sd["bridge_id"]) == SD_LYS
    assert (sd["position_quality"] == "approximate").all()
    assert (sd["river"] == "Siverskyi Donets").all()
    assert set(layer["position_quality"]) <= {"approximate", "surveyed"}
    assert layer["source"].str.len().min() > 20
    assert layer.geometry.geom_type.eq("Point").all()
    # between Lysychansk (west) and Sievierodonetsk (east), near the two cities
    assert sd.geometry.x.between(38.40, 38.55).all()
    assert sd.geometry.y.between(48.85, 48.96).all()
    names = set(layer["name"])
    assert {"Antonivskyi road bridge", "Irpin bridge (Romanivka)"} <= names


def test_all_three_bridges_maps_to_the_three_sd_lysychansk_bridges(layer):
    t = _claims(("r1", "c1", None, "Siverskyi Donets", None, "destroyed", 3, "RU", "UA",
                 "2022-06-13"))  # fmt: skip
    m = bridges.match_bridge_claims(t, layer)
    assert set(m["bridge_id"]) == SD_LYS
    assert (m["match_rule"] == "count = group size").all()


def test_count_only_claim_without_place_still_finds_the_unique_group(layer):
    t = _claims(("r1", "c1", None, None, None, "destroyed", 3, "RU", "UA", "2022-06-14"))
    m = bridges.match_bridge_claims(t, layer)
    assert set(m["bridge_id"]) == SD_LYS
    assert (m["match_rule"] == "count only").all() and not m["certain"].any()


def test_last_remaining_bridge_maps_to_one_bridge_and_implies_the_others(layer):
    t = _claims(("r1", "c1", "last remaining bridge to Lysychansk", "Siverskyi Donets", None,
                 "destroyed", 1, "UA", "RU", "2022-06-14"))  # fmt: skip
    m = bridges.match_bridge_claims(t, layer)
    direct = m[~m["implied"]]
    assert list(direct["bridge_id"]) == [bridges.LAST_REMAINING["Sievierodonetsk–Lysychansk"][0]]
    assert set(m.loc[m["implied"], "bridge_id"]) == SD_LYS - set(direct["bridge_id"])
    # the implied bridges carry no attribution: the claim names no actor for them
    assert m.loc[m["implied"], "actor_side"].isna().all()
    assert "Basurin" in direct["match_note"].iloc[0]


def test_last_bridge_cue_can_come_from_the_claim_sentence(layer):
    t = _claims(("r1", "c1", None, "Siverskyi Donets", "Lysychansk", "destroyed", 1, "UA",
                 "RU", "2022-06-14"))  # fmt: skip
    claims = pd.DataFrame(
        {"claim_id": ["c1"], "text": ["They blew up the last remaining bridge to Lysychansk."]}
    )
    m = bridges.match_bridge_claims(t, layer, claims)
    assert (m["match_rule"] == "last remaining").all() and len(m) == 3


def test_named_and_river_claims(layer):
    t = _claims(
        ("r1", "c1", "Antonovsky Bridge", "Dnipro", None, "damaged", 1, "UA", "RU", "2022-09-05"),
        ("r2", "c2", None, "Dnipro", None, "damaged", 2, "UA", "UA", "2022-07-28"),
        ("r3", "c3", "a bridge", "Siverskyi Donets", "Sievierodonetsk", "destroyed", 1, "RU",
         "UA", "2022-06-12"),
        ("r4", "c4", None, "Volga", None, "destroyed", 1, None, "RU", "2022-06-12"),
    )  # fmt: skip
    m = bridges.match_bridge_claims(t, layer)
    assert list(m.loc[m["claim_id"] == "c1", "bridge_id"]) == ["kherson-antonivskyi-road"]
    assert set(m.loc[m["claim_id"] == "c2", "bridge_id"]) == {
        "kherson-antonivskyi-road",
        "kherson-antonivskyi-rail",
    }
    amb = m[m["claim_id"] == "c3"]
    assert set(amb["bridge_id"]) == SD_LYS and (amb["match_rule"] == "ambiguous").all()
    un = m[m["claim_id"] == "c4"]
    assert un["bridge_id"].isna().all() and (un["match_rule"] == "unmatched").all()


def test_disputed_attribution_is_flagged_not_merged(layer):
    t = _claims(
        ("r1", "c1", "Proletarsk bridge", None, None, "destroyed", 1, "UA", "RU", "2022-06-13"),
        ("r2", "c2", None, "Siverskyi Donets", None, "destroyed", 3, "RU", "UA", "2022-06-13"),
    )  # fmt: skip
    tl = bridges.bridge_status(t, layer=layer)
    prol = tl[tl["bridge_id"] == "sd-lys-proletarsk"]
    assert len(prol) == 2  # both accounts kept
    assert prol["disputed_attribution"].all()
    assert set(prol["actor_side"]) == {"UA", "RU"}
    other = tl[tl["bridge_id"] == "sd-lys-pavlohrad"]
    assert not other["disputed_attribution"].any()  # only UA spoke about it


def test_status_on_follows_each_side_and_ignores_ambiguous(layer):
    t = bridges.example_bridge_tables()
    tl = bridges.bridge_status(t["bridges"], t["reports"], layer, t["claims"])
    assert {"speaker", "outlet", "text"} <= set(tl.columns)
    assert tl["speaker"].notna().any()
    ua_early = bridges.status_on(tl, "2022-06-01", "UA", layer).set_index("bridge_id")["status"]
    assert ua_early["sd-lys-pavlohrad"] == "destroyed"
    assert ua_early["sd-lys-proletarsk"] == "unknown"
    ua_12 = bridges.status_on(tl, "2022-06-12", "UA", layer).set_index("bridge_id")["status"]
    assert ua_12["sd-lys-third"] == "unknown"  # "the second bridge" is ambiguous: not decided
    for side in ("UA", "RU"):
        late = bridges.status_on(tl, "2022-06-14", side, layer).set_index("bridge_id")["status"]
        assert (late[list(SD_LYS)] == "destroyed").all()


def test_bridge_status_needs_dates(layer):
    t = _claims(("r1", "c1", None, None, None, "destroyed", 3, "RU", "UA", None)).drop(
        columns="date"
    )
    with pytest.raises(InputError):
        bridges.bridge_status(t, layer=layer)


def test_bridges_map_escapes_hover_text(layer):
    t = _claims(("r1", "c1", "Pavlohrad bridge", None, None, "destroyed", 1, "RU", "UA",
                 "2022-05-21"))  # fmt: skip
    claims = pd.DataFrame({"claim_id": ["c1"], "text": ["<script>alert(1)</script> blown"]})
    tl = bridges.bridge_status(t, layer=layer, claims=claims)
    st = bridges.status_on(tl, "2022-06-01", "UA", layer)
    fig = bridges.bridges_map(layer, st, tl)
    hover = " ".join(
        " ".join(tr.hovertext or []) for tr in fig.data if tr.name.startswith("bridge")
    )
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    destroyed = [tr for tr in fig.data if tr.name == "bridge: destroyed"]
    assert destroyed and destroyed[0].marker.color == "#D55E00"


def test_vague_sentences_are_read_in_their_report_context(layer):
    t = _claims(
        ("r1", "c1", None, "Siverskyi Donets", "Sievierodonetsk – Lysychansk", "destroyed", 3,
         "RU", "UA", "2022-06-13"),
        ("r1", "c2", None, None, None, "destroyed", None, "RU", "UA", "2022-06-13"),
        ("r2", "c3", "Antonivskyi bridge", None, None, "damaged", 1, "UA", "UA", "2022-07-28"),
        ("r2", "c4", None, "Dnipro river", None, "damaged", 1, None, "GB", "2022-07-28"),
        ("r3", "c5", None, None, None, "destroyed", 1, "UA", "UA", "2022-03-07"),
    )  # fmt: skip
    claims = pd.DataFrame(
        {
            "claim_id": ["c2", "c5", "c6"],
            "report_id": ["r1", "r3", "r3"],
            "text": [
                "Shelling brought down the last of the crossings.",
                "He said the bridge had been blown up in late February.",
                "Residents of Irpin walked to Kyiv.",
            ],
        }
    )
    m = bridges.match_bridge_claims(t, layer, claims)
    last = m[(m["claim_id"] == "c2") & ~m["implied"]]
    assert list(last["bridge_id"]) == ["sd-lys-proletarsk"]
    assert last["match_rule"].iloc[0] == "report context: last remaining"
    gb = m[m["claim_id"] == "c4"]
    assert list(gb["bridge_id"]) == ["kherson-antonivskyi-road"]  # "Dnipro river" normalised
    assert gb["match_rule"].iloc[0] == "report context: named bridge"
    irpin = m[m["claim_id"] == "c5"]
    assert list(irpin["bridge_id"]) == ["irpin-romanivka"]
    assert irpin["match_rule"].iloc[0].startswith("report places")
