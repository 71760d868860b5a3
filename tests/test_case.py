"""Tests for analyst_kit.case: atomic saves, faithful loads, kill-safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Polygon

from analyst_kit.case import case_meta, load_case, save_case
from analyst_kit.errors import CaseFileError


def _tables(n: int = 3) -> dict:
    claims = pd.DataFrame(
        {
            "claim_id": [f"r1-c{i}" for i in range(n)],
            "report_id": ["r1"] * n,
            "speaker": ["Serhiy Haidai", None, "Mikhail Mizintsev"][:n],
            "side": ["UA", None, "RU"][:n],
            "share": [0.8, None, None][:n],
            "text": ["Сєвєродонецьк <script>x</script>", "b", "c"][:n],
        }
    )
    control = gpd.GeoDataFrame(
        {"date": ["2022-06-14"], "controller": ["RU"]},
        geometry=[Polygon([(38, 48), (39, 48), (39, 49)])],
        crs="EPSG:4326",
    )
    return {"claims": claims, "control_areas": control}


def test_round_trip_keeps_values_geometry_and_crs(tmp_path):
    case = tmp_path / "my.case"
    save_case(case, _tables(), meta={"analyst": "A. N. Alyst"})
    back = load_case(case)
    pd.testing.assert_frame_equal(back["claims"], _tables()["claims"])
    assert isinstance(back["control_areas"], gpd.GeoDataFrame)
    assert back["control_areas"].crs.to_epsg() == 4326
    assert (
        back["control_areas"].geometry.iloc[0].equals(_tables()["control_areas"].geometry.iloc[0])
    )
    assert case_meta(case)["meta"] == {"analyst": "A. N. Alyst"}


def test_resave_replaces_version_and_cleans_old(tmp_path):
    case = tmp_path / "c"
    save_case(case, _tables(1))
    save_case(case, _tables(3))
    assert case_meta(case)["version"] == 2
    assert len(load_case(case)["claims"]) == 3
    assert sorted(p.name for p in case.iterdir()) == ["manifest.json", "v000002"]


def test_errors_name_the_case(tmp_path):
    with pytest.raises(CaseFileError, match="no manifest"):
        load_case(tmp_path)
    (tmp_path / "manifest.json").write_text("{broken")
    with pytest.raises(CaseFileError, match="manifest cannot be read"):
        load_case(tmp_path)
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(CaseFileError, match="not a case folder"):
        save_case(f, _tables())


def test_failed_save_leaves_previous_case(tmp_path):
    case = tmp_path / "c"
    save_case(case, _tables(1))
    with pytest.raises(CaseFileError):
        save_case(case, {"bad name!": pd.DataFrame({"a": [1]})})
    assert len(load_case(case)["claims"]) == 1
    assert sorted(p.name for p in case.iterdir()) == ["manifest.json", "v000001"]


KILLED_WRITER = """
import sys, time, pathlib
import pandas as pd
import analyst_kit.case as case
real = case._write_table
def slow(df, path):
    real(df, path)
    pathlib.Path(sys.argv[2]).touch()   # tell the test we are mid-write
    time.sleep(60)
case._write_table = slow
tables = case.load_case(sys.argv[1])
tables["claims"] = pd.concat([tables["claims"]] * 50, ignore_index=True)
case.save_case(sys.argv[1], tables)
"""


def test_kill_mid_write_leaves_previous_case_loadable_and_unchanged(tmp_path):
    case = tmp_path / "c"
    save_case(case, _tables())
    before = {k: v.copy() for k, v in load_case(case).items()}
    manifest_before = (case / "manifest.json").read_bytes()
    marker = tmp_path / "mid-write"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(case), str(marker)])
    try:
        deadline = time.time() + 60
        while not marker.exists():
            assert proc.poll() is None, "writer exited before reaching the write"
            assert time.time() < deadline, "writer never started writing"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert (case / "manifest.json").read_bytes() == manifest_before
    after = load_case(case)
    pd.testing.assert_frame_equal(after["claims"], before["claims"])
    assert json.loads(manifest_before)["version"] == 1
    # the next save cleans the debris of the killed one
    save_case(case, after)
    assert sorted(p.name for p in case.iterdir()) == ["manifest.json", "v000002"]
    assert not any(Path(case).glob(".*"))


def test_ingest_is_idempotent_and_keeps_good_files(tmp_path):
    from analyst_kit.case import ingest

    reports = sorted((Path(__file__).parent / "data" / "reports").glob("*.txt"))[:3]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    case = tmp_path / "case"
    first = ingest(case, [*reports, bad])
    assert len(first["added"]) == 3
    assert list(first["skipped"]["path"].map(lambda p: Path(p).name)) == ["bad.txt"]
    n_claims = len(load_case(case)["claims"])
    again = ingest(case, reports)
    assert again["added"] == [] and len(again["already_present"]) == 3
    state = load_case(case)
    assert len(state["reports"]) == 3 and len(state["claims"]) == n_claims
    assert case_meta(case)["version"] == 1  # nothing new: no new version written
