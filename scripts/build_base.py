"""Base map layers: Ukraine outline and oblasts, copied from ../shared/geodata with attribution."""

from __future__ import annotations

import json
from pathlib import Path


def main(shared: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for src, dst in [
        ("ukraine_outline_simplified.geojson", "ukraine_outline.geojson"),
        ("ukraine_oblasts_simplified.geojson", "ukraine_oblasts.geojson"),
    ]:
        data = json.loads((shared / "geodata" / src).read_text(encoding="utf-8"))
        data["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
        (out / dst).write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        print(f"  {dst}: {len(data['features'])} features")
