"""Control areas: loaders, front lines, area change, settlements, claims and maps."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import Point, Polygon, box

from analyst_kit import control as ctl
from analyst_kit.errors import GeodataError

GEOD = Geod(ellps="WGS84")
SHARED_CONTROL = Path(__file__).resolve().parents[2] / "shared" / "geodata" / "control"
# Two squares well inside Ukraine (between Sloviansk and Lysychansk), far from the border.
A = box(38.0, 48.8, 38.2, 48.9)
B = box(38.1, 48.8, 38.3, 48.9)
AOI = (37.0, 48.0, 39.0, 49.5)


def _frame(rows) -> gpd.GeoDataFrame:
    df = pd.DataFrame(rows, columns=["date", "controller", "status", "geometry"])
    df["date"] = pd.to_datetime(df["date"])
    gdf = gpd.GeoDataFrame(df, geometry="geometry", crs="EPSG:4326")
    gdf.attrs["bbox"] = AOI
    return gdf


@pytest.fixture
def synthetic() -> gpd.GeoDataFrame:
    return _frame(
        [
            ("2022-06-01", "RU", "occupied", A),
            ("2022-06-10", "RU", "occupied", B),
            ("2022-06-10", None, "contested", box(38.3, 48.8, 38.35, 48.9)),
        ]
    )


@pytest.fixture(scope="module")
def pack() -> gpd.GeoDataFrame:
    return ctl.load_control_pack()


def _geod_km(geom) -> float:
    return GEOD.geometry_length(geom) / 1e3


def _geod_km2(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


# --- synthetic known answers ------------------------------------------------------------------


def test_front_line_of_inland_square_is_its_perimeter(synthetic):
    line = ctl.front_line(synthetic, "2022-06-05")
    assert line.geom_type in ("LineString", "MultiLineString")
    assert ctl.front_line_length_km(line) == pytest.approx(_geod_km(A.exterior), rel=0.01)
    assert ctl.front_line_length_km(line) == pytest.approx(51.5, abs=0.5)


def test_front_line_drops_the_clip_box_edges(synthetic):
    # The square touches the left and right edges of this clip box: only top and bottom remain.
    line = ctl.front_line(synthetic, "2022-06-05", clip_box=(38.0, 48.5, 38.2, 49.5))
    top = _geod_km(shapely.LineString([(38.0, 48.9), (38.2, 48.9)]))
    bottom = _geod_km(shapely.LineString([(38.0, 48.8), (38.2, 48.8)]))
    assert ctl.front_line_length_km(line) == pytest.approx(top + bottom, rel=0.01)
    xs = [x for part in getattr(line, "geoms", [line]) for x, _ in part.coords]
    assert all(38.0 < x < 38.2 for x in xs[1:-1])


def test_front_line_drops_the_international_border():
    # An occupied block across the Russian border east of Luhansk: the border side is no front.
    block = box(39.4, 48.6, 40.6, 49.2)
    frame = _frame([("2022-06-01", "RU", "occupied", block)])
    frame.attrs["bbox"] = (36.0, 47.0, 41.0, 51.0)
    line = ctl.front_line(frame, "2022-06-01")
    outline = shapely.union_all(gpd.read_file(ctl.data_path("ukraine_outline.geojson")).geometry)
    assert not line.is_empty
    assert ctl.front_line_length_km(line) < _geod_km(block.exterior) * 0.7
    # Every vertex is inside Ukraine and at least ~1 km from the border.
    for part in getattr(line, "geoms", [line]):
        for x, y in part.coords:
            assert outline.contains(Point(x, y))
            assert outline.boundary.distance(Point(x, y)) > 0.01


def test_front_line_empty_when_nothing_occupied():
    frame = _frame([("2022-06-01", None, "contested", A)])
    assert ctl.front_line(frame, "2022-06-01").is_empty


def test_area_change_gained_and_lost(synthetic):
    ch = ctl.area_change(synthetic, "2022-06-01", "2022-06-10")
    assert set(ch["change"]) == {"gained", "lost"}
    gained = ch.loc[ch["change"] == "gained", "km2"].sum()
    lost = ch.loc[ch["change"] == "lost", "km2"].sum()
    strip_e = _geod_km2(shapely.geometry.polygon.orient(box(38.2, 48.8, 38.3, 48.9)))
    strip_w = _geod_km2(shapely.geometry.polygon.orient(box(38.0, 48.8, 38.1, 48.9)))
    assert gained == pytest.approx(strip_e, rel=0.005)
    assert lost == pytest.approx(strip_w, rel=0.005)
    geom = ch.loc[ch["change"] == "gained"].geometry.iloc[0]
    assert geom.bounds == pytest.approx((38.2, 48.8, 38.3, 48.9))


def test_area_change_no_change_is_empty(synthetic):
    assert ctl.area_change(synthetic, "2022-06-01", "2022-06-05").empty


def test_occupied_area_series_km2(synthetic):
    s = ctl.occupied_area_series(synthetic)
    assert list(s["date"]) == [pd.Timestamp("2022-06-01"), pd.Timestamp("2022-06-10")]
    assert s["km2"].iloc[0] == pytest.approx(
        _geod_km2(shapely.geometry.polygon.orient(A)), rel=0.005
    )
    assert s["contested_km2"].iloc[0] == 0
    assert s["contested_km2"].iloc[1] > 0


def test_as_of_picks_latest_snapshot_not_after(synthetic):
    assert ctl.as_of(synthetic, "2022-06-09")["date"].iloc[0] == pd.Timestamp("2022-06-01")
    assert ctl.as_of(synthetic, "2022-06-10")["date"].nunique() == 1
    assert len(ctl.as_of(synthetic, "2022-07-30")) == 2
    with pytest.raises(GeodataError, match="no snapshot"):
        ctl.as_of(synthetic, "2022-05-31")


def test_settlement_control_point_in_polygon(synthetic):
    places = pd.DataFrame(
        {
            "name": ["inA", "inB_only", "contested", "free"],
            "lat": [48.85] * 4,
            "lon": [38.05, 38.25, 38.32, 38.6],
        }
    )
    t = ctl.settlement_control(synthetic, places)
    got = t.set_index(["date", "name"])["status"]
    assert got[(pd.Timestamp("2022-06-01"), "inA")] == "occupied"
    assert got[(pd.Timestamp("2022-06-01"), "inB_only")] == "not_occupied"
    assert got[(pd.Timestamp("2022-06-10"), "inA")] == "not_occupied"
    assert got[(pd.Timestamp("2022-06-10"), "inB_only")] == "occupied"
    assert got[(pd.Timestamp("2022-06-10"), "contested")] == "contested"
    assert (
        t.set_index(["date", "name"]).loc[(pd.Timestamp("2022-06-10"), "free"), "controller"]
        == "UA"
    )
    changes = ctl.control_changes(t)
    assert len(changes[changes["name"] == "inA"]) == 2


def test_compare_claims_rules(synthetic):
    # Just east of A's east edge: half the circle is occupied, the centre is not.
    places = pd.DataFrame({"name": ["Town"], "lat": [48.85], "lon": [38.201]})
    claims = pd.DataFrame(
        {
            "report_id": ["r"] * 5,
            "claim_id": list("abcde"),
            "place": ["Town", "Town", "Town", "Town", "Atlantis"],
            "controller_side": ["RU", "RU", "UA", "XX", "RU"],
            "share": [0.5, 0.95, None, None, None],
            "claimed_by_side": ["UA"] * 5,
            "date": ["2022-06-01"] * 5,
        }
    )
    out = ctl.compare_control_claims(claims, synthetic, places=places, radius_km=2)
    assert out["map_share"].iloc[0] == pytest.approx(0.5, abs=0.03)
    assert out["map_controller"].iloc[0] == "UA"
    assert list(out["verdict"]) == ["agree", "disagree", "agree", "no data", "no data"]
    assert "Atlantis" in out["verdict_basis"].iloc[4]


def test_compare_claims_date_from_reports_table(synthetic):
    places = pd.DataFrame({"name": ["Town"], "lat": [48.85], "lon": [38.05]})
    claims = pd.DataFrame(
        {
            "report_id": ["r1", "r2"],
            "claim_id": ["a", "b"],
            "place": ["Town", "Town"],
            "controller_side": ["RU", "RU"],
            "share": [None, None],
            "claimed_by_side": [None, None],
        }
    )
    reports = pd.DataFrame({"report_id": ["r1", "r2"], "date": ["2022-06-02", "2022-05-01"]})
    out = ctl.compare_control_claims(claims, synthetic, reports, places=places)
    assert list(out["verdict"]) == ["agree", "no data"]
    assert out["snapshot_date"].iloc[0] == pd.Timestamp("2022-06-01")


# --- loaders and broken inputs ----------------------------------------------------------------


def _fc(features) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features})


def _feat(poly: Polygon, **props) -> dict:
    return {"type": "Feature", "geometry": shapely.geometry.mapping(poly), "properties": props}


def test_read_control_date_from_file_name(tmp_path):
    p = tmp_path / "control_2022-06-14.geojson"
    p.write_text(_fc([_feat(A, status="occupied"), _feat(B, name="Під питанням /// Contested")]))
    got = ctl.read_control(p)
    assert list(got.columns) == ["date", "controller", "status", "source", "geometry"]
    assert (got["date"] == pd.Timestamp("2022-06-14")).all()
    assert got.crs.to_epsg() == 4326
    assert sorted(got["status"]) == ["contested", "occupied"]
    assert got.set_index("status").loc["occupied", "controller"] == "RU"
    assert got.set_index("status").loc["contested", "controller"] is None


def test_read_control_many_files_and_feature_dates(tmp_path):
    (tmp_path / "a.geojson").write_text(
        _fc(
            [
                _feat(A, status="occupied", date="2022-06-01"),
                _feat(B, status="occupied", date="2022-06-02"),
            ]
        )
    )
    (tmp_path / "control_2022-06-03.geojson").write_text(_fc([_feat(A, status="ORDLO")]))
    got = ctl.read_control(tmp_path)
    assert got["date"].dt.strftime("%m-%d").tolist() == ["06-01", "06-02", "06-03"]
    assert got["status"].iloc[-1] == "occupied_before_2022"


def test_read_control_date_argument_and_controller(tmp_path):
    p = tmp_path / "areas.geojson"
    p.write_text(_fc([_feat(A)]))
    got = ctl.read_control(p, date="2022-07-01", controller="RU")
    assert got["date"].iloc[0] == pd.Timestamp("2022-07-01")
    assert got["controller"].iloc[0] == "RU"


def test_unknown_date_names_the_file(tmp_path):
    p = tmp_path / "areas.geojson"
    p.write_text(_fc([_feat(A, status="occupied")]))
    with pytest.raises(GeodataError, match=r"areas\.geojson.*unknown date"):
        ctl.read_control(p)
    q = tmp_path / "dated.geojson"
    q.write_text(_fc([_feat(A, status="occupied", date="not a date")]))
    with pytest.raises(GeodataError, match=r"dated\.geojson.*'not a date'"):
        ctl.read_control(q)


def test_broken_json_names_the_file(tmp_path):
    p = tmp_path / "control_2022-06-14.geojson"
    p.write_text('{"type": "FeatureCollection", "features": [')
    with pytest.raises(GeodataError, match=r"control_2022-06-14\.geojson"):
        ctl.read_control(p)


def test_missing_file(tmp_path):
    with pytest.raises(GeodataError, match="not found"):
        ctl.read_control(tmp_path / "control_2022-06-14.geojson")


def test_broken_geometry_names_the_file(tmp_path):
    p = tmp_path / "control_2022-06-14.geojson"
    p.write_text(
        _fc(
            [
                {
                    "type": "Feature",
                    "properties": {},
                    "geometry": {"type": "Polygon", "coordinates": [[1, 2]]},
                }
            ]
        )
    )
    with pytest.raises(GeodataError, match=r"control_2022-06-14\.geojson"):
        ctl.read_control(p)


def test_geopackage_without_crs_is_an_error(tmp_path):
    p = tmp_path / "control_2022-06-14.gpkg"
    gpd.GeoDataFrame({"status": ["occupied"]}, geometry=[A]).to_file(p)
    with pytest.raises(GeodataError, match=r"control_2022-06-14\.gpkg.*no CRS"):
        ctl.read_control(p)


def test_geoparquet_without_crs_is_an_error(tmp_path):
    p = tmp_path / "control_2022-06-14.parquet"
    gpd.GeoDataFrame({"status": ["occupied"]}, geometry=[A]).to_parquet(p)
    with pytest.raises(GeodataError, match="no CRS"):
        ctl.read_control(p)


def test_projected_crs_is_reprojected(tmp_path):
    p = tmp_path / "control_2022-06-14.gpkg"
    gpd.GeoDataFrame({"status": ["occupied"]}, geometry=[A], crs="EPSG:4326").to_crs(
        "EPSG:32637"
    ).to_file(p)
    got = ctl.read_control(p)
    assert got.crs.to_epsg() == 4326
    assert got.geometry.iloc[0].bounds == pytest.approx(A.bounds, abs=1e-6)


def test_geoparquet_and_kml(tmp_path):
    gdf = gpd.GeoDataFrame({"Name": ["Окуповано /// Occupied"]}, geometry=[A], crs="EPSG:4326")
    gdf.to_parquet(tmp_path / "control_2022-06-01.parquet")
    gdf.to_file(tmp_path / "control_2022-06-02.kml", driver="KML")
    got = ctl.read_control(
        [tmp_path / "control_2022-06-01.parquet", tmp_path / "control_2022-06-02.kml"]
    )
    assert got["status"].tolist() == ["occupied", "occupied"]
    assert got["date"].dt.day.tolist() == [1, 2]


def test_invalid_geometry_is_repaired_and_reported(tmp_path):
    bowtie = Polygon([(38.0, 48.8), (38.2, 48.9), (38.2, 48.8), (38.0, 48.9), (38.0, 48.8)])
    p = tmp_path / "control_2022-06-14.geojson"
    p.write_text(_fc([_feat(bowtie, status="occupied")]))
    with pytest.warns(
        UserWarning, match=r"control_2022-06-14\.geojson: 1 invalid geometry repaired"
    ):
        got = ctl.read_control(p)
    assert got.attrs["repaired"] == 1
    assert got.is_valid.all()
    assert got.geom_type.iloc[0] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("Окуповано /// Occupied", "occupied"),
        ("ОРДЛО /// CADR and CALR", "occupied_before_2022"),
        ("Сіра зона", "contested"),
        ("Звільнено 10.05 /// Taken back 10.05", "liberated"),
        ("Crimea", "occupied_crimea"),
        ("Ситуація невідома", "other"),
        (None, "other"),
    ],
)
def test_normalise_status(raw, status):
    assert ctl.normalise_status(raw) == status


# --- the bundled pack (real DeepStateMap polygons) --------------------------------------------


def test_pack_is_small_complete_and_attributed(pack):
    path = ctl.data_path(*ctl.PACK_PATH)
    assert path.stat().st_size < 3_000_000
    assert pack["date"].nunique() == 72
    assert pack["date"].min() == pd.Timestamp("2022-05-01")
    assert pack["date"].max() == pd.Timestamp("2022-07-15")
    assert set(pack["status"]) >= {"occupied", "occupied_before_2022", "contested"}
    assert pack.is_valid.all()
    assert pack["source"].str.contains("deepstatemaps-history").all()
    assert pack["geometry_quality"].str.contains("simplified").all()
    assert (pack.loc[pack["status"] == "occupied", "controller"] == "RU").all()


def test_pack_missing_days_use_previous_snapshot(pack):
    assert ctl.as_of(pack, "2022-05-12")["date"].iloc[0] == pd.Timestamp("2022-05-11")


def test_sievierodonetsk_and_lysychansk_change_hands(pack):
    t = ctl.settlement_control(pack, ["Sievierodonetsk", "Lysychansk"])
    sv = t[t["name"] == "Sievierodonetsk"].set_index("date")["status"]
    ly = t[t["name"] == "Lysychansk"].set_index("date")["status"]
    # Sievierodonetsk: inside the occupied area on every map from 2022-06-14 on ...
    assert (sv[sv.index >= "2022-06-14"] == "occupied").all()
    # ... not before May 30, and not occupied (contested or Ukrainian) from June 2 to 13.
    assert (sv[sv.index < "2022-05-30"] == "not_occupied").all()
    assert (sv["2022-06-02":"2022-06-13"] != "occupied").all()
    assert sv["2022-06-13"] == "contested"
    # Lysychansk: Ukrainian-held until July 2, occupied from July 3 on.
    assert (ly[ly.index < "2022-07-03"] == "not_occupied").all()
    assert (ly[ly.index >= "2022-07-03"] == "occupied").all()


def test_places_resolve_through_the_gazetteer(pack):
    t = ctl.settlement_control(pack, ["Severodonetsk", "Лисичанськ"], ["2022-07-04"])
    assert t["name"].tolist() == ["Sievierodonetsk", "Lysychansk"]
    assert t["status"].tolist() == ["occupied", "occupied"]
    with pytest.raises(GeodataError, match="Atlantis"):
        ctl.settlement_control(pack, ["Atlantis"])


def test_occupied_km2_grows_over_the_battle(pack):
    s = ctl.occupied_area_series(pack).set_index("date")["km2"]
    # Strictly monotone (non-decreasing) from June 9 to July 1 in DeepState's maps ...
    seg = s["2022-06-09":"2022-07-01"]
    assert seg.is_monotonic_increasing
    # ... and from June 9 to July 15 no map is more than 15 km² below an earlier one
    # (DeepState's small revisions on 07-02, 07-11 and 07-15).
    later = s["2022-06-09":]
    assert (later.cummax() - later).max() < 15
    # Earlier, May has real setbacks (e.g. 2022-05-19, −245 km²): not monotone.
    assert not s[:"2022-05-31"].is_monotonic_increasing
    assert s["2022-07-15"] - s["2022-05-01"] == pytest.approx(2990, abs=100)


def test_front_line_on_the_real_pack(pack):
    line = ctl.front_line(pack, "2022-06-14")
    km = ctl.front_line_length_km(line)
    assert 500 < km < 1200
    lon0, lat0, lon1, lat1 = ctl.load_control_pack().attrs["bbox"]
    # No piece of the AOI box edge (lat 47.5 / 50.2) is drawn as front line.
    for part in getattr(line, "geoms", [line]):
        for a, b in zip(part.coords[:-1], part.coords[1:], strict=True):
            assert not (abs(a[1] - lat1) < 1e-3 and abs(b[1] - lat1) < 1e-3)
            assert not (abs(a[1] - lat0) < 1e-3 and abs(b[1] - lat0) < 1e-3)
    # Sievierodonetsk (occupied) is east of the line, Lysychansk (held) is 2-10 km from it.
    assert 0.5 < line.distance(Point(38.42088, 48.91211)) * 111 < 10


def test_area_change_over_the_battle(pack):
    ch = ctl.area_change(pack, "2022-06-01", "2022-07-04")
    gained = ch.loc[ch["change"] == "gained", "km2"].sum()
    lost = ch.loc[ch["change"] == "lost", "km2"].sum()
    assert gained > 1000 and lost < gained
    assert any(
        g.contains(Point(38.42088, 48.91211)) for g in ch.loc[ch["change"] == "gained"].geometry
    )


def test_oblast_summary(pack):
    t = ctl.oblast_area_summary(pack, ["2022-05-01", "2022-07-15"])
    luh = t[t["oblast"].str.contains("Luhansk")].set_index("date")
    assert luh.loc["2022-07-15", "occupied_share"] > 0.95
    assert luh.loc["2022-05-01", "occupied_share"] < luh.loc["2022-07-15", "occupied_share"]


def test_seed_report_claim_against_the_map(pack):
    claims = pd.DataFrame(
        [
            {
                "report_id": "seed",
                "claim_id": "c1",
                "place": "Sievierodonetsk",
                "controller_side": "RU",
                "share": 0.8,
                "claimed_by_side": "UA",
            },
        ]
    )
    reports = pd.DataFrame({"report_id": ["seed"], "date": ["2022-06-14"]})
    out = ctl.compare_control_claims(claims, pack, reports)
    row = out.iloc[0]
    assert row["map_controller"] == "RU"
    assert 0.3 < row["map_share"] < 0.8
    assert row["verdict"] == "agree"


def test_oblast_claims_use_the_oblast_polygon(pack):
    claims = pd.DataFrame(
        {
            "place": ["Luhansk oblast", "Luhansk oblast", "Donetsk oblast"],
            "controller_side": ["RU", "UA", "RU"],
            "share": [None, None, None],
            "date": ["2022-07-04", "2022-07-04", "2022-07-04"],
        }
    )
    out = ctl.compare_control_claims(claims, pack)
    assert out["map_share"].iloc[0] > 0.95
    assert list(out["verdict"]) == ["agree", "disagree", "no data"]
    assert "outside" in out["verdict_basis"].iloc[2]


def test_parsed_seed_report_against_the_map(pack, dev_report_path):
    import analyst_kit as ak

    tables = ak.read_reports([dev_report_path])
    out = ctl.compare_control_claims(tables["control"], pack, tables["reports"])
    sv = out[out["place"] == "Sievierodonetsk"]
    assert len(sv) >= 1
    assert (sv["snapshot_date"] == pd.Timestamp("2022-06-14")).all()
    assert (sv["map_controller"] == "RU").all()
    assert set(out["verdict"]) <= {"agree", "disagree", "no data"}


@pytest.mark.skipif(not SHARED_CONTROL.is_dir(), reason="../shared/geodata not available")
def test_reading_the_shared_daily_files_matches_the_pack(pack):
    got = ctl.read_control(SHARED_CONTROL / "control_2022-06-14.geojson")
    occ = shapely.union_all(got[got["controller"] == "RU"].geometry.values)
    ref = ctl.occupied_area(pack, "2022-06-14")
    assert occ.symmetric_difference(ref).area / occ.area < 0.002


# --- figures ----------------------------------------------------------------------------------


def test_control_map_layers_caption_and_escaping(pack):
    claims = pd.DataFrame(
        [
            {
                "place": "Sievierodonetsk",
                "controller_side": "RU",
                "share": 0.8,
                "claimed_by_side": "<script>alert(1)</script>",
                "map_share": 0.4,
                "verdict": "agree",
            }
        ]
    )
    fig = ctl.control_map(pack, "2022-06-14", claims=claims)
    names = {t.name for t in fig.data}
    assert {"Occupied", "Occupied before 2022", "Contested", "Front line"} <= names
    assert "2022-06-14" in fig.layout.title.text
    caption = " ".join(a.text for a in fig.layout.annotations)
    assert "DeepStateMap" in caption and "GeoNames" in caption and "2022-06-14" in caption
    assert "<script>" not in fig.to_json()
    pts = next(t for t in fig.data if t.name.startswith("Settlements"))
    color = dict(zip(pts.text, pts.marker.color, strict=True))
    assert color["Sievierodonetsk"] == ctl._PLACE_COLORS["RU"]
    assert color["Lysychansk"] == ctl._PLACE_COLORS["UA"]


def test_update_control_map_in_place(pack):
    fig = ctl.control_map(pack, "2022-06-14")
    front = next(t for t in fig.data if t.name == "Front line")
    before = len(front.x)
    ctl.update_control_map(fig, pack, "2022-07-04")
    assert "2022-07-04" in fig.layout.title.text
    pts = next(t for t in fig.data if t.name.startswith("Settlements"))
    color = dict(zip(pts.text, pts.marker.color, strict=True))
    assert color["Lysychansk"] == ctl._PLACE_COLORS["RU"]
    assert len(next(t for t in fig.data if t.name == "Front line").x) != before


def test_animation_and_area_chart(pack):
    dates = ["2022-06-01", "2022-06-14", "2022-07-04"]
    fig = ctl.control_animation(pack, dates)
    assert [f.name for f in fig.frames] == dates
    assert len(fig.layout.sliders[0].steps) == 3
    caption = " ".join(a.text for a in fig.layout.annotations)
    assert "Maps of 2022-06-01 to 2022-07-04" in caption
    chart = ctl.area_chart(ctl.occupied_area_series(pack.head(8)))
    assert chart.data[0].name.startswith("Russian-held")


@pytest.mark.browser
def test_export_map_png(pack, artifacts):
    fig = ctl.control_map(pack, "2022-06-14")
    out = artifacts / "control_map_2022-06-14.png"
    fig.write_image(out, scale=2)
    assert out.stat().st_size > 50_000
