"""Tests for analyst_kit.filters: the pure filtering core of the dashboards (no browser)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon

from analyst_kit import filters
from analyst_kit.filters import FilterState


def make_tables() -> dict[str, pd.DataFrame]:
    """Two reports, four claims (RU, UA, GB, unknown side), places, bridges, control rows."""
    reports = pd.DataFrame(
        {
            "report_id": ["r1", "r2"],
            "date": ["2022-06-01", "2022-06-14"],
            "title": ["a", "b"],
            "source": ["x", "y"],
            "n_chars": [10, 20],
            "sha256": ["0", "1"],
        }
    )
    claims = pd.DataFrame(
        {
            "claim_id": ["c1", "c2", "c3", "c4"],
            "report_id": ["r1", "r2", "r2", "r2"],
            "speaker": ["Mikhail Mizintsev", "Serhiy Haidai", "UK Defence Ministry", None],
            "speaker_role": ["official", "governor", "ministry", None],
            "side": ["RU", "UA", "GB", None],
            "outlet": ["TASS", "AP", None, "AP"],
            "claim_type": ["bridge", "control", "movement", "other"],
            "text": [
                "Ukrainian forces blew up the last bridge.",
                "Russian forces hold <b>about 80%</b> of the city.",
                "Small advances near Kharkiv.",
                "Fighting continues.",
            ],
            "start": [0, 10, 20, 30],
            "end": [9, 19, 29, 39],
        }
    )
    places = pd.DataFrame(
        {
            "report_id": ["r1", "r1", "r2", "r2", "r2", "r2"],
            "claim_id": ["c1", "c1", "c2", "c3", "c2", None],
            "mention": [
                "Severodonetsk",
                "Lysychansk",
                "Severodonetsk",
                "Kharkiv",
                "Azot",
                "Donbas",
            ],
            "name": [
                "Sievierodonetsk",
                "Lysychansk",
                "Sievierodonetsk",
                "Kharkiv",
                "Azot chemical plant",
                "Donbas",
            ],
            "kind": ["settlement", "settlement", "settlement", "settlement", "facility", "region"],
            "lat": [48.9483, 48.9046, 48.9483, 49.9808, np.nan, 48.0],
            "lon": [38.4917, 38.4421, 38.4917, 36.2527, np.nan, 38.0],
            "start": [0, 0, 0, 0, 0, 0],
            "end": [1, 1, 1, 1, 1, 1],
        }
    )
    bridges = pd.DataFrame(
        {
            "report_id": ["r1", "r2"],
            "claim_id": ["c1", "c2"],
            "name": [None, None],
            "river": ["Siverskyi Donets", None],
            "connects": [None, None],
            "status": ["destroyed", "destroyed"],
            "count": [1, 3],
            "actor_side": ["UA", "RU"],
            "claimed_by_side": ["RU", "UA"],
        }
    )
    control = pd.DataFrame(
        {
            "report_id": ["r2"],
            "claim_id": ["c2"],
            "place": ["Sievierodonetsk"],
            "controller_side": ["RU"],
            "share": [0.8],
            "claimed_by_side": ["UA"],
        }
    )
    return {
        "reports": reports,
        "claims": claims,
        "places": places,
        "bridges": bridges,
        "control": control,
    }


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return make_tables()


def test_prepare_takes_dates_from_reports_and_labels_missing(tables):
    prepared = filters.prepare_tables(tables)
    claims = prepared["claims"]
    assert list(claims["_date"].dt.strftime("%Y-%m-%d")) == [
        "2022-06-01",
        "2022-06-14",
        "2022-06-14",
        "2022-06-14",
    ]
    assert list(claims["_side"].astype(str)) == ["RU", "UA", "GB", "unknown"]
    assert claims.loc[2, "_outlet"] == "(none)" and claims.loc[3, "_speaker"] == "(unnamed)"
    assert set(claims["_grade"].astype(str)) == {"ungraded"}
    # places follow their claim; the claim-less row takes its report's date
    places = prepared["places"]
    assert list(places["_side"].astype(str)) == ["RU", "RU", "UA", "GB", "UA", "unknown"]
    assert places["_date"].notna().all()
    # inputs untouched, second call is a no-op
    assert "_date" not in tables["claims"]
    assert filters.prepare_tables(prepared)["claims"] is claims


def test_claim_date_column_wins_over_report_date(tables):
    tables["claims"]["date"] = ["2022-05-30", None, "2022-06-10", None]
    claims = filters.prepare_tables(tables)["claims"]
    assert list(claims["_date"].dt.day) == [30, 14, 10, 14]


def test_filter_by_side_follows_claim_ids(tables):
    out = filters.filter_tables(tables, {"sides": ["UA"]})
    assert list(out["claims"]["claim_id"]) == ["c2"]
    assert list(out["places"]["name"]) == ["Sievierodonetsk", "Azot chemical plant"]
    assert list(out["bridges"]["claimed_by_side"]) == ["UA"]
    assert list(out["control"]["claim_id"]) == ["c2"]
    assert list(out["reports"]["report_id"]) == ["r2"]
    assert not any(c.startswith("_") for c in out["claims"].columns)


def test_filter_by_date_range_and_facets(tables):
    state = FilterState(start="2022-06-02", end="2022-06-30")
    assert list(filters.filter_tables(tables, state)["claims"]["claim_id"]) == ["c2", "c3", "c4"]
    state = state.replace(outlets=["AP"])
    assert list(filters.filter_tables(tables, state)["claims"]["claim_id"]) == ["c2", "c4"]
    state = state.replace(speakers=["(unnamed)"])
    assert list(filters.filter_tables(tables, state)["claims"]["claim_id"]) == ["c4"]
    state = FilterState(claim_types=("bridge", "movement"))
    assert list(filters.filter_tables(tables, state)["claims"]["claim_id"]) == ["c1", "c3"]
    assert filters.filter_tables(tables, FilterState(sides=()))["claims"].empty
    assert len(filters.filter_tables(tables, None)["claims"]) == 4


def test_source_grades_from_column_or_reliability(tables):
    tables["claims"]["reliability"] = ["E", "C", "B", None]
    tables["claims"]["credibility"] = [5, 3, 2, 2]
    prepared = filters.prepare_tables(tables)
    assert list(prepared["claims"]["_grade"].astype(str)) == ["E5", "C3", "B2", "ungraded"]
    out = filters.filter_tables(prepared, {"grades": ["B2", "C3"]})
    assert list(out["claims"]["claim_id"]) == ["c2", "c3"]
    tables["claims"]["source_grade"] = ["F6", None, "A1", "A1"]
    assert filters.filter_options(tables)["grades"] == ["A1", "F6", "ungraded"]


def test_options_and_default_state(tables):
    opts = filters.filter_options(tables)
    assert opts["sides"] == ["RU", "UA", "GB", "unknown"]
    assert [f"{d:%d}" for d in opts["dates"]] == ["01", "14"]
    assert opts["outlets"] == ["(none)", "AP", "TASS"]
    state = filters.default_state(tables)
    assert f"{state.start:%Y-%m-%d}" == "2022-06-01" and f"{state.end:%Y-%m-%d}" == "2022-06-14"
    assert filters.claims_mask(tables, state).all()


def test_unknown_state_field_is_an_error(tables):
    with pytest.raises(ValueError, match="sidez"):
        filters.filter_tables(tables, {"sidez": ["RU"]})


def test_place_names_that_would_overlap_are_left_off(tables):
    full = filters.view_model(tables, FilterState(sides=("RU", "UA")))
    assert sorted(full["traces"]["Place names"]["text"]) == ["Lysychansk", "Sievierodonetsk"]
    # zoomed far out, the two towns' names (about 10 km apart) would overlap: the one more
    # claimed keeps its name, the other keeps its marker and hover
    far = filters.view_model(tables, FilterState(sides=("RU", "UA")), label_scale=(40.0, 60.0))
    names = far["traces"]["Place names"]["text"]
    assert len(names) == 1 and names[0] in ("Lysychansk", "Sievierodonetsk")
    assert sorted(far["traces"]["Claims · RU"]["text"]) == ["Lysychansk", "Sievierodonetsk"]
    # zoomed in, both names fit
    near = filters.view_model(tables, FilterState(sides=("RU", "UA")), label_scale=(4000.0, 6000.0))
    assert sorted(near["traces"]["Place names"]["text"]) == ["Lysychansk", "Sievierodonetsk"]


def test_uncrowded_labels_prefers_the_most_claimed():
    labels = {"Aaaa": (38.0, 48.0), "Bbbb": (38.01, 48.0), "Cccc": (30.0, 50.0)}
    kept = filters._uncrowded_labels(labels, {"Aaaa": 10, "Bbbb": 20, "Cccc": 5}, (100.0, 150.0))
    assert list(kept) == ["Bbbb", "Cccc"]


def test_view_model_traces_title_table(tables):
    vm = filters.view_model(tables, FilterState(sides=("RU", "UA")))
    assert vm["title"] == "Claims all dates · RU, UA · 2 shown"
    names = list(vm["traces"])
    assert names == [
        "Claims · RU",
        "Claims · UA",
        "Claims · GB",
        "Claims · unknown",
        "Place names",
    ]
    assert sorted(vm["traces"]["Place names"]["text"]) == ["Lysychansk", "Sievierodonetsk"]
    ru = vm["traces"]["Claims · RU"]
    assert sorted(ru["text"]) == ["Lysychansk", "Sievierodonetsk"]
    assert ru["marker_color"] == "#D55E00" and len(ru["marker_size"]) == 2
    ua = vm["traces"]["Claims · UA"]
    assert ua["x"] == [38.4917] and ua["y"] == [48.9483]  # Azot has no coordinates
    assert "Serhiy Haidai" in ua["hovertext"][0]
    assert vm["traces"]["Claims · GB"]["x"] == []  # filtered out, trace still there
    # the table lists the claims' own sentences, escaped, newest first
    assert [r["claim_id"] for r in vm["table"]] == ["c2", "c1"]
    assert vm["table"][0]["sentence"] == (
        "Russian forces hold &lt;b&gt;about 80%&lt;/b&gt; of the city."
    )
    assert vm["counts"] == {
        "claims": 2,
        "claims_total": 4,
        "places": 4,
        "bridges": 2,
        "control": 1,
    }


def test_view_model_timeline_ignores_date_range_but_marks_it(tables):
    vm = filters.view_model(tables, FilterState(start="2022-06-14", end="2022-06-14"))
    tl = vm["timeline"]
    assert tl["dates"][0] == "2022-06-01" and tl["dates"][-1] == "2022-06-14"
    assert len(tl["dates"]) == 14
    assert tl["series"]["RU"][0] == 1 and sum(tl["series"]["UA"]) == 1
    assert tl["range"] == ("2022-06-14", "2022-06-14")
    assert vm["title"].startswith("Claims 2022-06-14 · all sides · 3 shown")


def test_view_model_escapes_hostile_text(tables):
    tables["claims"].loc[0, "speaker"] = "<img src=x onerror=alert(1)>"
    tables["places"].loc[0, "name"] = "<script>x</script>"
    vm = filters.view_model(tables)
    blob = repr(vm)
    assert "<script>" not in blob and "<img" not in blob
    assert "&lt;script&gt;" in blob


def test_layers_hide_traces_and_control_follows_end_date(tables):
    sq = Polygon([(38.0, 48.5), (39.0, 48.5), (39.0, 49.5), (38.0, 49.5)])
    small = Polygon([(38.5, 48.5), (39.0, 48.5), (39.0, 49.5), (38.5, 49.5)])
    control = gpd.GeoDataFrame(
        {"date": pd.to_datetime(["2022-06-01", "2022-06-10"]), "controller": ["RU", "RU"]},
        geometry=[small, sq],
        crs="EPSG:4326",
    )
    control.attrs["bbox"] = (36.5, 47.5, 40.5, 50.2)  # the clip box: its edges are no front line
    bridges_layer = gpd.GeoDataFrame(
        {"name": ["Pavlograd bridge"], "status": ["destroyed"]},
        geometry=[Point(38.47, 48.93)],
        crs="EPSG:4326",
    )
    routes = gpd.GeoSeries([LineString([(38.4, 48.9), (38.0, 48.6)])], crs="EPSG:4326")
    kw = dict(control=control, bridges_layer=bridges_layer, routes=routes)
    early = filters.view_model(tables, FilterState(end="2022-06-05"), **kw)
    late = filters.view_model(tables, FilterState(end="2022-06-14"), **kw)
    assert list(early["traces"])[:4] == ["Occupied area", "Front line", "Routes", "Bridges"]
    assert min(x for x in early["traces"]["Occupied area"]["x"] if x is not None) == 38.5
    assert min(x for x in late["traces"]["Occupied area"]["x"] if x is not None) == 38.0
    assert "2022-06-10" in late["traces"]["Occupied area"]["hovertext"]
    assert late["traces"]["Front line"]["x"]
    assert late["traces"]["Bridges"]["marker_color"] == ["#D55E00"]
    before = filters.view_model(tables, FilterState(end="2022-05-01"), **kw)
    assert before["traces"]["Occupied area"]["x"] == []
    hidden = filters.view_model(tables, FilterState(layers={"claims", "bridges"}), **kw)
    vis = {k: v["visible"] for k, v in hidden["traces"].items()}
    assert vis["Occupied area"] is False and vis["Routes"] is False
    assert vis["Bridges"] is True and vis["Claims · RU"] is True


def test_large_tables_stay_vectorised():
    rng = np.random.default_rng(0)
    n = 20_000
    claims = pd.DataFrame(
        {
            "claim_id": np.arange(n).astype(str),
            "report_id": "r",
            "date": pd.Timestamp("2022-05-01") + pd.to_timedelta(rng.integers(0, 70, n), "D"),
            "speaker": rng.choice(["a", "b", "c"], n),
            "side": rng.choice(["RU", "UA", "GB", None], n),
            "outlet": rng.choice(["TASS", "AP", None], n),
            "claim_type": rng.choice(["control", "bridge"], n),
            "text": "x",
        }
    )
    places = pd.DataFrame(
        {
            "claim_id": claims["claim_id"],
            "name": rng.choice([f"p{i}" for i in range(50)], n),
            "lat": 48.9,
            "lon": 38.4,
        }
    )
    prepared = filters.prepare_tables({"claims": claims, "places": places})
    vm = filters.view_model(prepared, FilterState(sides=("UA",), start="2022-06-01"), max_rows=50)
    ua = claims["side"].eq("UA") & (claims["date"] >= "2022-06-01")
    assert vm["counts"]["claims"] == int(ua.sum())
    assert len(vm["table"]) == 50 and all(r["side"] == "UA" for r in vm["table"])
    assert vm["table"][0]["date"] == "2022-07-09"
    assert len(vm["traces"]["Claims · UA"]["x"]) == 50


def test_map_counts_each_claim_once_and_skips_areas(tables):
    extra = pd.DataFrame(
        {
            "report_id": ["r1", "r1"],
            "claim_id": ["c1", "c1"],
            "mention": ["Severodonetsk", "Ukraine"],
            "name": ["Sievierodonetsk", "Ukraine"],
            "kind": ["settlement", "country"],
            "lat": [48.9483, 49.0],
            "lon": [38.4917, 31.4],
        }
    )
    tables["places"] = pd.concat([tables["places"], extra], ignore_index=True)
    vm = filters.view_model(tables, FilterState(sides=("RU",)))
    ru = vm["traces"]["Claims · RU"]
    assert "Ukraine" not in ru["text"]  # a country's centre is not a claim location
    i = ru["text"].index("Sievierodonetsk")
    assert "RU: 1 claim(s)" in ru["hovertext"][i]  # c1 names it twice, counted once
    assert vm["counts"]["places"] == 4  # the rows are still there for the tables
