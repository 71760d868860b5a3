"""Event layers: ACLED / UCDP GED / Bellingcat files → one schema."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analyst_kit import events as ev
from analyst_kit.errors import GeodataError

ACLED_CSV = """event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,location,latitude,longitude,geo_precision,source,notes,fatalities
UKR1001,14 June 2022,2022,1,Battles,Armed clash,Military Forces of Russia (2000-),,Military Forces of Ukraine (2019-),,Sievierodonetsk,48.9441,38.4875,1,Test Source,Synthetic test row written for this test.,3
UKR1002,2022-06-15,2022,2,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Russia (2000-),Wagner Group,,,Lysychansk,48.9121,38.4209,2,Other Source,Another synthetic row.,0
"""


def test_bundled_samples_map_to_the_schema():
    e = ev.load_events()
    assert list(e.columns) == [*ev.EVENT_COLUMNS, "geometry"]
    assert e.crs.to_epsg() == 4326
    assert set(e["dataset"]) == {"Bellingcat civilian harm", "UCDP GED"}
    assert len(e) == 103
    assert e["date"].between("2022-05-01", "2022-07-15").all()
    assert e["date"].is_monotonic_increasing
    bx = e.geometry.x.between(36.5, 40.5) & e.geometry.y.between(47.5, 50.2)
    assert bx.all()


def test_ucdp_mapping():
    u = ev.load_events("ucdp")
    assert len(u) == 5
    assert (u["precision"] == "exact").all()
    assert u["fatalities"].sum() > 0
    assert u["actors"].str.contains("Government of Russia").all()
    assert set(u["event_type"]) <= {"state-based", "non-state", "one-sided"}
    assert u["date_precision"].iloc[0] == "longer"


def test_bellingcat_mapping():
    b = ev.load_events("bellingcat")
    assert len(b) == 98
    assert b["fatalities"].isna().all()
    hidden = b["source"] == "(source withheld by Bellingcat)"  # Bellingcat's "srcHidden"
    assert b.loc[~hidden, "source"].str.startswith("http").all()
    assert 0 < hidden.sum() < 10
    assert (b["event_type"] == "civilian harm").all()


def test_acled_csv_auto_detected(tmp_path):
    p = tmp_path / "acled_export.csv"
    p.write_text(ACLED_CSV)
    a = ev.read_events(p)
    assert a["dataset"].unique().tolist() == ["ACLED"]
    first = a.iloc[0]
    assert first["date"] == pd.Timestamp("2022-06-14")
    assert first["precision"] == "exact" and first["date_precision"] == "day"
    assert first["fatalities"] == 3
    assert (
        first["actors"] == "Military Forces of Russia (2000-); Military Forces of Ukraine (2019-)"
    )
    assert first["event_type"] == "Battles / Armed clash"
    assert a.iloc[1]["precision"] == "near"
    assert "Wagner Group" in a.iloc[1]["actors"]


def test_acled_api_json(tmp_path):
    rows = pd.read_csv(pd.io.common.StringIO(ACLED_CSV), dtype=str).to_dict("records")
    p = tmp_path / "acled.json"
    p.write_text(json.dumps({"status": 200, "data": rows}))
    assert ev.read_events(p)["dataset"].iloc[0] == "ACLED"


def test_bellingcat_api_json(tmp_path):
    rows = [
        {
            "id": "CIV0001",
            "date": "6/14/2022",
            "latitude": "48.94",
            "longitude": "38.49",
            "location": "Sievierodonetsk",
            "description": "Synthetic test incident.",
            "sources": [{"id": "s1", "path": "https://example.org/a"}],
            "filters": [{"key": "Type of area affected", "value": "Residential"}],
        }
    ]
    p = tmp_path / "bellingcat.json"
    p.write_text(json.dumps(rows))
    b = ev.read_events(p, kind="bellingcat")
    assert b["date"].iloc[0] == pd.Timestamp("2022-06-14")
    assert b["source"].iloc[0] == "https://example.org/a"
    assert "Residential" in b["event_type"].iloc[0]


def test_geojson_points(tmp_path):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [38.4, 48.9]},
                "properties": {"date": "2022-06-01", "description": "x", "sources": "http://e"},
            }
        ],
    }
    p = tmp_path / "ev.json"
    p.write_text(json.dumps(fc))
    g = ev.read_events(p)
    assert g.geometry.iloc[0].x == pytest.approx(38.4)


def test_errors_name_the_file(tmp_path):
    unknown = tmp_path / "mystery.csv"
    unknown.write_text("a,b\n1,2\n")
    with pytest.raises(GeodataError, match=r"mystery\.csv.*kind="):
        ev.read_events(unknown)
    nocoords = tmp_path / "nocoords.csv"
    nocoords.write_text(ACLED_CSV.replace("48.9121", ""))
    with pytest.raises(GeodataError, match=r"nocoords\.csv.*coordinates"):
        ev.read_events(nocoords)
    baddate = tmp_path / "baddate.csv"
    baddate.write_text(ACLED_CSV.replace("14 June 2022", "someday"))
    with pytest.raises(GeodataError, match=r"baddate\.csv.*'someday'"):
        ev.read_events(baddate)
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    with pytest.raises(GeodataError, match=r"broken\.json"):
        ev.read_events(broken)
    with pytest.raises(GeodataError, match="not found"):
        ev.read_events(tmp_path / "absent.csv")
    with pytest.raises(GeodataError, match="unknown event kind"):
        ev.read_events(unknown, kind="gdelt")


def test_filter_events():
    e = ev.load_events()
    june = ev.filter_events(e, start="2022-06-01", end="2022-06-30")
    assert june["date"].dt.month.eq(6).all() and len(june) > 0
    near = ev.filter_events(e, near=(48.94414, 38.48754), radius_km=5)
    assert len(near) > 0 and (near["distance_km"] <= 5).all()
    assert ev.filter_events(e, dataset="UCDP GED")["dataset"].eq("UCDP GED").all()
    box = ev.filter_events(e, bounds=(38.2, 48.8, 38.6, 49.1))
    assert box.geometry.x.between(38.2, 38.6).all()


def test_mapping_is_documented_for_every_column():
    for kind, mapping in ev.COLUMN_MAPPING.items():
        missing = set(ev.EVENT_COLUMNS) - {"dataset"} - set(mapping)
        assert not missing, (kind, missing)
