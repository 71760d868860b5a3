"""Briefing export speed: one kaleido browser for a batch vs a fresh browser per file.

Run: ``cd benchmarks && ../.venv/bin/python bench_export.py``. Measures, on the bundled
sample reports: browser start; PNG/PDF time per chart and per map on the shared browser;
the same with a new browser per export (kaleido's one-shot path); and a whole
``build_briefing`` (all charts → PNG + PDF + HTML + PPTX) from a cold browser.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import record  # noqa: E402

from analyst_kit import _kaleido, export  # noqa: E402


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


def main() -> dict:
    import kaleido

    export.stop_export_server()
    load_before = os.getloadavg()[0]
    t_tables, tables = timed(export.load_briefing_tables)
    selected = export.select_tables(tables)
    t_figs, figs = timed(export.briefing_figures, selected)
    maps = {n: f for n, f in figs.items() if n.endswith("_map")}
    charts = {n: f for n, f in figs.items() if not n.endswith("_map")}
    print(f"{len(figs)} figures ({len(maps)} maps) drawn in {t_figs:.2f} s")

    t_start, _ = timed(export.start_export_server)
    per = {"png": {"map": [], "chart": []}, "pdf": {"map": [], "chart": []}}
    for fmt, scale in (("png", 2), ("pdf", 1)):
        for kind, group in (("map", maps), ("chart", charts)):
            for fig in group.values():
                t, _ = timed(_kaleido.render, fig, fmt, scale=scale)
                per[fmt][kind].append(t)
    export.stop_export_server()

    # the whole batch (every figure, PNG + PDF) through one browser with 1 or 2 tabs
    batch = {}
    for tabs in (1, 2):
        export.start_export_server(tabs)
        with tempfile.TemporaryDirectory() as tmp:
            batch[tabs], _ = timed(export.export_figures, figs, tmp, ("png", "pdf"))
        export.stop_export_server()

    # a fresh browser per export: what plotly's write_image does without a server
    kopts = {"path": _kaleido.find_browser(), "mathjax": False}
    fresh = {}
    for kind, fig in (("map", next(iter(maps.values()))), ("chart", next(iter(charts.values())))):
        runs = [
            timed(kaleido.calc_fig_sync, fig, {"format": "png", "scale": 2}, kopts=kopts)[0]
            for _ in range(2)
        ]
        fresh[kind] = statistics.median(runs)

    with tempfile.TemporaryDirectory() as tmp:
        t_brief, files = timed(
            export.build_briefing, out=Path(tmp), formats=["png", "pdf", "html", "pptx"]
        )
        n_files = len(files)
    export.stop_export_server()

    def med(xs):
        return round(statistics.median(xs), 3) if xs else None

    numbers = {
        "reports": int(len(tables["reports"])),
        "figures": len(figs),
        "maps": len(maps),
        "parse_seconds": round(t_tables, 3),
        "draw_figures_seconds": round(t_figs, 3),
        "browser_start_seconds": round(t_start, 3),
        "shared_browser_png_seconds_per_map": med(per["png"]["map"]),
        "shared_browser_png_seconds_per_chart": med(per["png"]["chart"]),
        "shared_browser_pdf_seconds_per_map": med(per["pdf"]["map"]),
        "shared_browser_pdf_seconds_per_chart": med(per["pdf"]["chart"]),
        "fresh_browser_png_seconds_per_map": round(fresh["map"], 3),
        "fresh_browser_png_seconds_per_chart": round(fresh["chart"], 3),
        "batch_png_pdf_seconds_1_tab": round(batch[1], 3),
        "batch_png_pdf_seconds_2_tabs": round(batch[2], 3),
        "build_briefing_seconds": round(t_brief, 3),
        "build_briefing_files": n_files,
        "build_briefing_formats": "png,pdf,html,pptx (browser start included)",
        "goal_build_briefing_seconds": 20,
        # other jobs on the machine slow everything down: keep the 1-min load with the numbers
        "load_average_1min_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    return record("export", numbers)


if __name__ == "__main__":
    main()
