"""Control-area pack: 72 daily DeepStateMap snapshots → one small GeoParquet in data/control/.

Reads ../shared/geodata/control/control_YYYY-MM-DD.geojson with analyst_kit.control.read_control,
keeps the polygon layers (occupied, ORDLO, contested/gray zone, liberated), dissolves them per
date and status, simplifies them by SIMPLIFY_DEG (topology preserved) and rounds coordinates to
ROUND_DEG, then writes data/control/control_areas_2022-05-01_2022-07-15.parquet.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

#: Douglas–Peucker tolerance: 0.0001° ≈ 11 m north–south, 7 m east–west at 49°N.
SIMPLIFY_DEG = 0.0001
#: Coordinate rounding: 1e-5° ≈ 1 m (as staged).
ROUND_DEG = 1e-5
KEEP = ("occupied", "occupied_before_2022", "occupied_crimea", "contested", "liberated")
OUT_NAME = "control_areas_2022-05-01_2022-07-15.parquet"
SOURCE = (
    "DeepStateMap (deepstatemap.live) snapshots archived in "
    "github.com/DanielRose2310/deepstatemaps-history (no licence stated)"
)


def main(shared: Path, out: Path) -> None:
    import geopandas as gpd
    import pandas as pd
    import shapely

    from analyst_kit.control import read_control

    src = shared / "geodata" / "control"
    files = sorted(src.glob("control_*.geojson"))
    ctl = read_control(files)
    ctl = ctl[ctl["status"].isin(KEEP)]
    snaps = {}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        utc = {ft["properties"].get("snapshot_utc") for ft in data["features"]} - {None}
        snaps[f.name] = max(utc) if utc else None
    ctl["snapshot_utc"] = ctl["source"].map(snaps)
    rows = []
    for (date, status), g in ctl.groupby(["date", "status"], sort=True):
        geom = shapely.make_valid(shapely.union_all(g.geometry.values))
        geom = shapely.simplify(geom, SIMPLIFY_DEG, preserve_topology=True)
        geom = shapely.set_precision(geom, ROUND_DEG)
        geom = shapely.make_valid(geom)
        parts = [
            p for p in getattr(geom, "geoms", [geom]) if p.geom_type in ("Polygon", "MultiPolygon")
        ]
        geom = shapely.union_all(parts) if parts else None
        if geom is None or geom.is_empty:
            continue
        rows.append(
            {
                "date": pd.Timestamp(date),
                "controller": g["controller"].iloc[0],
                "status": status,
                "snapshot_utc": g["snapshot_utc"].iloc[0],
                "geometry_quality": f"simplified {SIMPLIFY_DEG}° (~10 m), rounded {ROUND_DEG}°",
                "source": SOURCE,
                "geometry": geom,
            }
        )
    pack = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    dest = out / "control"
    dest.mkdir(parents=True, exist_ok=True)
    path = dest / OUT_NAME
    pack.to_parquet(path, compression="zstd", index=False, write_covering_bbox=False)
    print(
        f"  control/{OUT_NAME}: {len(pack)} rows, {pack['date'].nunique()} dates, "
        f"{path.stat().st_size / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    root = HERE.parent
    main(root.parent / "shared", root / "data")
