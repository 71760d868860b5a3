"""Filter change → updated traces on 100k claims rows (Python side; goal < 100 ms)."""

from __future__ import annotations

import statistics
import time

import numpy as np
import pandas as pd
from _results import record

N_CLAIMS = 100_000


def synthetic_tables(n: int = N_CLAIMS, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Claims over 76 days, 5 sides, 12 outlets, 300 speakers, 1.5 places per claim."""
    rng = np.random.default_rng(seed)
    claim_id = np.array([f"c{i}" for i in range(n)])
    claims = pd.DataFrame(
        {
            "claim_id": claim_id,
            "report_id": [f"r{i // 20}" for i in range(n)],
            "date": pd.Timestamp("2022-05-01") + pd.to_timedelta(rng.integers(0, 76, n), "D"),
            "speaker": rng.choice([f"speaker {i}" for i in range(300)], n),
            "side": rng.choice(["RU", "UA", "GB", "US", "INTL", None], n),
            "outlet": rng.choice([f"outlet {i}" for i in range(12)] + [None], n),
            "claim_type": rng.choice(["control", "bridge", "evacuation", "strike", "other"], n),
            "grade": rng.choice(["B2", "C3", "D4", "E5", "F6"], n),
            "text": "Forces are said to hold about 80% of the town after heavy shelling.",
        }
    )
    m = int(n * 1.5)
    names = np.array([f"place {i}" for i in range(400)])
    lon = rng.uniform(37.5, 39.5, 400)
    lat = rng.uniform(48.3, 49.5, 400)
    which = rng.integers(0, 400, m)
    places = pd.DataFrame(
        {
            "report_id": "r",
            "claim_id": claim_id[rng.integers(0, n, m)],
            "mention": names[which],
            "name": names[which],
            "kind": "settlement",
            "lat": lat[which],
            "lon": lon[which],
        }
    )
    return {"claims": claims, "places": places}


def _control():
    try:
        from analyst_kit.control import load_control_pack

        return load_control_pack()
    except Exception:  # the pack is optional here
        return None


def main() -> None:
    from analyst_kit import dashboard, filters

    tables = synthetic_tables()
    t0 = time.perf_counter()
    prepared = filters.prepare_tables(tables)
    prepare_s = time.perf_counter() - t0
    states = [
        filters.FilterState(sides=("UA",)),
        filters.FilterState(sides=("RU", "UA"), start="2022-06-01", end="2022-06-14"),
        filters.FilterState(outlets=("outlet 1", "outlet 2"), grades=("B2", "C3")),
        filters.FilterState(claim_types=("bridge",), start="2022-05-20"),
    ]
    core = []
    for _ in range(5):
        for s in states:
            t0 = time.perf_counter()
            filters.view_model(prepared, s)
            core.append(time.perf_counter() - t0)
    control = _control()
    t0 = time.perf_counter()
    box = dashboard.dashboard(prepared, control=control)
    build_s = time.perf_counter() - t0
    sides = box.controls["sides"]
    dates = box.controls["dates"]
    days = list(dates.options)
    widget = []
    choices = [("UA",), ("RU",), ("RU", "UA"), tuple(sides.options)]
    for i in range(12):
        t0 = time.perf_counter()
        sides.value = choices[i % len(choices)]
        widget.append(time.perf_counter() - t0)
    slider = []
    for i in range(10, 40, 3):  # moving the end date also swaps the control polygons
        t0 = time.perf_counter()
        dates.value = (days[0][1], days[i][1])
        slider.append(time.perf_counter() - t0)
    record(
        "dashboard",
        {
            "claims_rows": N_CLAIMS,
            "places_rows": len(tables["places"]),
            "prepare_tables_seconds": round(prepare_s, 4),
            "view_model_ms_median": round(1e3 * statistics.median(core), 1),
            "view_model_ms_max": round(1e3 * max(core), 1),
            "widget_change_to_updated_traces_ms_median": round(1e3 * statistics.median(widget), 1),
            "widget_change_to_updated_traces_ms_max": round(1e3 * max(widget), 1),
            "date_change_with_control_layer_ms_median": round(1e3 * statistics.median(slider), 1),
            "date_change_with_control_layer_ms_max": round(1e3 * max(slider), 1),
            "control_layer": control is not None,
            "dashboard_build_seconds": round(build_s, 3),
            "goal_ms": 100,
        },
    )


if __name__ == "__main__":
    main()
