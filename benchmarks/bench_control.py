"""Front line + area change for every day of the bundled control pack (72 snapshots)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import record  # noqa: E402


def main() -> None:
    t0 = time.perf_counter()
    from analyst_kit import control

    pack = control.load_control_pack()
    t_load = time.perf_counter() - t0
    dates = control.control_dates(pack)

    t0 = time.perf_counter()
    lines = control.front_lines(pack, dates)
    t_front = time.perf_counter() - t0

    t0 = time.perf_counter()
    changes = [control.area_change(pack, a, b) for a, b in zip(dates[:-1], dates[1:], strict=True)]
    t_change = time.perf_counter() - t0

    t0 = time.perf_counter()
    series = control.occupied_area_series(pack)
    t_series = time.perf_counter() - t0

    t0 = time.perf_counter()
    table = control.settlement_control(pack)
    t_places = time.perf_counter() - t0

    t0 = time.perf_counter()
    fig = control.control_map(pack, "2022-06-14")
    t_map = time.perf_counter() - t0
    t0 = time.perf_counter()
    control.update_control_map(fig, pack, "2022-07-04")
    t_update = time.perf_counter() - t0

    gained = sum(c.loc[c["change"] == "gained", "km2"].sum() for c in changes)
    lost = sum(c.loc[c["change"] == "lost", "km2"].sum() for c in changes)
    record(
        "control",
        {
            "snapshots": len(dates),
            "pack_load_seconds": round(t_load, 3),
            "front_lines_all_days_seconds": round(t_front, 3),
            "front_line_ms_per_day": round(1e3 * t_front / len(dates), 1),
            "area_change_all_consecutive_days_seconds": round(t_change, 3),
            "area_change_ms_per_pair": round(1e3 * t_change / (len(dates) - 1), 1),
            "occupied_area_series_seconds": round(t_series, 3),
            "settlement_control_15_places_all_days_seconds": round(t_places, 3),
            "control_map_build_seconds": round(t_map, 3),
            "control_map_update_seconds": round(t_update, 3),
            "front_line_km_2022_06_14": round(
                float(lines.loc[lines["date"] == "2022-06-14", "length_km"].iloc[0]), 1
            ),
            "occupied_km2_first_last": [
                round(series["km2"].iloc[0]),
                round(series["km2"].iloc[-1]),
            ],
            "sum_daily_gained_km2": round(gained),
            "sum_daily_lost_km2": round(lost),
            "settlement_rows": len(table),
            "note": "front lines run first (cold); area change and series reuse the cached "
            "per-snapshot unions",
            "load_average_1min_at_end": round(os.getloadavg()[0], 1),
        },
    )


if __name__ == "__main__":
    main()
