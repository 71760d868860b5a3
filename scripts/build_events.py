"""Event samples: Bellingcat civilian harm + UCDP GED rows in the AOI → data/events/ (copied)."""

from __future__ import annotations

import csv
from pathlib import Path

FILES = {
    "events_bellingcat_civharm_2022-05-01_2022-07-15_bbox.csv": (
        "bellingcat_civharm_2022-05-01_2022-07-15_aoi.csv"
    ),
    "events_ucdp_ged_2022-05-01_2022-07-15_bbox.csv": "ucdp_ged_2022-05-01_2022-07-15_aoi.csv",
}


def main(shared: Path, out: Path) -> None:
    dest = out / "events"
    dest.mkdir(parents=True, exist_ok=True)
    for src, dst in FILES.items():
        with open(shared / "geodata" / src, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        with open(dest / dst, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        print(f"  events/{dst}: {len(rows) - 1} rows")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    main(root.parent / "shared", root / "data")
