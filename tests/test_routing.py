"""Road graphs and route options: destroyed bridges, the other side's ground, corridors."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import networkx as nx
import pandas as pd
import pytest
from shapely.geometry import box

from analyst_kit import bridges, routing
from analyst_kit.errors import RoutingError

OSM = Path(__file__).parent / "data" / "osm" / "small_area.osm"
SD_LYS = ["sd-lys-pavlohrad", "sd-lys-third", "sd-lys-proletarsk"]


@pytest.fixture(scope="module")
def graph():
    return routing.load_road_graph()


def test_schematic_graph_is_marked_and_has_bridge_edges(graph):
    assert graph.graph["schematic"] is True
    assert all(d["schematic"] for _, _, d in graph.edges(data=True))
    bids = {d["bridge_id"] for _, _, d in graph.edges(data=True) if d["bridge"]}
    assert bids == set(SD_LYS)
    for _, _, d in graph.edges(data=True):
        assert d["length_km"] > 0
    refs = {d["ref"] for _, _, d in graph.edges(data=True)}
    assert "T-1302" in refs
    # geodesic lengths: Sloviansk–Kramatorsk is ~13 km
    assert 10 < graph["Sloviansk"]["Kramatorsk"][0]["length_km"] < 16


def test_all_three_destroyed_means_no_route_and_one_intact_is_used(graph):
    shut = {b: "destroyed" for b in SD_LYS}
    r = routing.route_options(graph, "Sievierodonetsk", "Lysychansk", bridges_status=shut)
    assert list(r["status"]) == ["no route"]
    assert r.geometry.iloc[0] is None
    assert len(r["closed_reasons"].iloc[0]) >= 3
    for keep in SD_LYS:
        st = dict(shut, **{keep: "intact"})
        r = routing.route_options(graph, "Severodonetsk", ["Lysychansk"], bridges_status=st)
        assert r["status"].iloc[0] == "open"
        name = bridges.load_bridges().set_index("bridge_id").at[keep, "name"]
        assert r["bridges_used"].iloc[0] == [name]
        assert r["length_km"].iloc[0] > 3


def test_azot_maps_to_its_node_and_coordinates_snap(graph):
    r = routing.route_options(graph, "Azot", ["Bakhmut", (38.4209, 48.9121)])
    assert list(r["origin"]) == ["Azot chemical plant"] * 2
    assert list(r["destination"]) == ["Bakhmut", "Lysychansk"]
    assert (r["status"] == "open").all()
    with pytest.raises(RoutingError):
        routing.route_options(graph, "Atlantis", "Bakhmut")
    with pytest.raises(RoutingError):
        routing.route_options(graph, (30.5, 50.45), "Bakhmut")  # Kyiv: far from the graph


def test_route_never_crosses_ground_held_by_the_other_side(graph):
    # a synthetic RU-held block over the Lysychansk–Bakhmut highway (Berestove)
    held = box(38.15, 48.70, 38.32, 48.80)
    control = gpd.GeoDataFrame(
        {"date": pd.to_datetime(["2022-06-01", "2022-06-01"]), "controller": ["RU", "UA"]},
        geometry=[held, box(37.0, 48.0, 39.0, 49.5)],
        crs=4326,
    )
    free = routing.route_options(graph, "Lysychansk", "Bakhmut", "2022-06-10")
    assert "Lysychansk–Bakhmut highway" in str(
        [d["road"] for _, _, d in graph.edges(data=True) if d["ref"] == "T-1302"]
    )
    assert free.geometry.iloc[0].intersects(held)  # the direct route would cross it
    r = routing.route_options(graph, "Lysychansk", "Bakhmut", "2022-06-10", control=control)
    assert r["status"].iloc[0] == "open"
    assert not r.geometry.iloc[0].intersects(held)
    assert r["length_km"].iloc[0] > free["length_km"].iloc[0]
    assert any("held by RU" in s for s in r["closed_reasons"].iloc[0])
    # before the first snapshot the control layer is not applied, and the row says so
    early = routing.route_options(graph, "Lysychansk", "Bakhmut", "2022-05-01", control=control)
    assert early.geometry.iloc[0].intersects(held)
    assert any("control not applied" in s for s in early["closed_reasons"].iloc[0])
    # by RU's account, UA-held ground is closed instead
    ru = routing.route_options(graph, "Lysychansk", "Bakhmut", "2022-06-10", control=control,
                               by="RU")  # fmt: skip
    assert ru["status"].iloc[0] == "no route"


def test_route_options_with_a_claims_timeline(graph):
    t = bridges.example_bridge_tables()
    tl = bridges.bridge_status(t["bridges"], t["reports"], claims=t["claims"])
    before = routing.route_options(graph, "Azot chemical plant", "Lysychansk", "2022-06-01", tl)
    after = routing.route_options(graph, "Azot chemical plant", "Lysychansk", "2022-06-14", tl)
    assert before["status"].iloc[0] == "open"
    assert "Pavlohrad bridge" not in before["bridges_used"].iloc[0]  # UA: destroyed 21 May
    assert after["status"].iloc[0] == "no route"
    ru = routing.route_options(graph, "Azot chemical plant", "Lysychansk", "2022-06-01", tl,
                               by="RU")  # fmt: skip
    assert ru["bridges_used"].iloc[0] == ["Pavlohrad bridge"]  # RU said nothing about it yet


def test_graph_from_osm_reads_the_hand_written_extract():
    g = routing.graph_from_osm(OSM)
    assert isinstance(g, nx.MultiDiGraph)
    br = {d["bridge"] for _, _, d in g.edges(data=True) if d["bridge"]}
    assert br == {"Test Bridge North", "Test Bridge South"}
    west, east = (38.4210, 48.9120), (38.4870, 48.9440)
    r = routing.route_options(g, west, east)
    assert r["bridges_used"].iloc[0] == ["Test Bridge North"]
    r = routing.route_options(g, west, east, bridges_status={"Test Bridge North": "destroyed"})
    assert r["bridges_used"].iloc[0] == ["Test Bridge South"]
    both = {"Test Bridge North": "destroyed", "osm:105": "destroyed"}
    assert routing.route_options(g, west, east, bridges_status=both)["status"].iloc[0] == (
        "no route"
    )


def test_read_corridors_fixes_namesakes_and_maps_status():
    c = routing.read_corridors()
    assert len(c) > 50
    assert set(c["status"]) <= {"completed", "agreed", "impossible", "requested"}
    bakhmut = c[c["destination"] == "Bakhmut"]
    assert bakhmut["destination_lat"].between(48.5, 48.7).all()  # source had 49.15, 34.28
    assert bakhmut["geocode_note"].notna().all()
    assert "text" not in c.columns


def test_corridor_check_on_records_and_parsed_claims(graph):
    c = routing.read_corridors()
    res = routing.corridor_check(c, graph)
    inside = res[res["graph_status"] != "outside graph"]
    assert len(inside) > 20
    sd = inside[(inside["origin"] == "Sievierodonetsk") & (inside["destination"] == "Bakhmut")]
    assert (sd["graph_status"] == "open").all()
    assert sd["bridges_used"].map(len).gt(0).all()
    # a seed-like UA claim: evacuation impossible, after all three bridges fell
    ev = pd.DataFrame(
        {"report_id": ["r"], "claim_id": ["c"], "origin": ["Severodonetsk"],
         "destination": [None], "population": ["civilians"], "status": ["impossible"],
         "requested_by_side": [None], "claimed_by_side": ["UA"], "date": ["2022-06-14"]}
    )  # fmt: skip
    shut = {b: "destroyed" for b in SD_LYS}
    out = routing.corridor_check(ev, graph, bridges_status=shut)
    assert out["graph_status"].iloc[0] == "no route"
    assert bool(out["agrees"].iloc[0])


def test_routes_map_draws_routes_and_no_route(graph):
    shut = {"sd-lys-pavlohrad": "destroyed", "sd-lys-third": "destroyed"}
    r = routing.route_options(graph, "Azot", ["Lysychansk", "Bakhmut"], bridges_status=shut)
    st = pd.DataFrame({"bridge_id": list(shut), "bridge_name": ["Pavlohrad bridge", "x"],
                       "status": ["destroyed", "destroyed"]})  # fmt: skip
    fig = routing.routes_map(r, graph, bridges_status=st)
    names = [t.name for t in fig.data]
    assert any(n.startswith("route: Lysychansk") for n in names)
    assert "roads (schematic)" in names
    blocked = routing.route_options(
        graph, "Azot", "Lysychansk", bridges_status={b: "destroyed" for b in SD_LYS}
    )
    fig2 = routing.routes_map(blocked, graph)
    assert any(t.name == "no route: Lysychansk" for t in fig2.data)
    routing.update_routes_map(fig, blocked)
    assert any((t.name or "").startswith("no route") for t in fig.data)


@pytest.mark.browser
def test_routes_map_png_export(graph, artifacts):
    pytest.importorskip("kaleido")
    r = routing.route_options(graph, "Azot", ["Lysychansk", "Bakhmut", "Sloviansk"],
                              bridges_status={"sd-lys-pavlohrad": "destroyed"})  # fmt: skip
    fig = routing.routes_map(r, graph, title="Routes from the Azot plant (test)")
    out = artifacts / "routes_map_test.png"
    fig.write_image(out, scale=1)
    assert out.stat().st_size > 20_000
