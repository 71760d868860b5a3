"""analyst-kit: who claims what, where and when, from conflict reports to briefing charts."""

from __future__ import annotations

import importlib
from pathlib import Path as _Path
from typing import Any

from . import _speedups

__version__ = "0.1.0"

# The parser's modules compiled by `make setup` (scripts/build_speedups.py) are imported in place
# of their sources while they match them; an edited source, or ANALYST_KIT_PURE=1, runs pure Python.
_compiled = _speedups.compiled_dir(_Path(__file__).resolve().parent)
if _compiled is not None:
    __path__.insert(0, str(_compiled))

# Public functions, resolved lazily so `import analyst_kit` stays fast (no plotly/geopandas at import).
_EXPORTS: dict[str, str] = {
    # reading and parsing
    "read_text": "io",
    "parse_report": "parse",
    "read_reports": "parse",
    # gazetteer
    "load_gazetteer": "gazetteer",
    "find_places": "gazetteer",
    "lookup": "gazetteer",
    "geocode": "gazetteer",
    "reverse_geocode": "gazetteer",
    # control areas and front lines
    "read_control": "control",
    "load_control_pack": "control",
    "control_areas": "control",
    "as_of": "control",
    "front_line": "control",
    "area_change": "control",
    "occupied_area_series": "control",
    "settlement_control": "control",
    "compare_control_claims": "control",
    "control_map": "control",
    "area_chart": "control",
    "read_events": "events",
    "load_events": "events",
    # bridges and routes
    "load_bridges": "bridges",
    "match_bridge_claims": "bridges",
    "bridge_status": "bridges",
    "status_on": "bridges",
    "load_road_graph": "routing",
    "graph_from_osm": "routing",
    "route_options": "routing",
    "read_corridors": "routing",
    "corridor_check": "routing",
    "routes_map": "routing",
    # analytic rigor
    "normalise_claims": "analysis",
    "contradictions": "analysis",
    "corroborations": "analysis",
    "assess_claims": "analysis",
    "control_checks": "analysis",
    "contradictions_table": "analysis",
    "load_grades": "grades",
    "grade_claims": "grades",
    # filtering core of the dashboards
    "FilterState": "filters",
    "filter_tables": "filters",
    "view_model": "filters",
    # briefing exports
    "build_briefing": "export",
    "export_figures": "export",
    "export_html": "export",
    "export_pptx": "export",
    # case files
    "save_case": "case",
    "load_case": "case",
    "ingest": "case",
    # corpora on Dask
    "parse_corpus": "scale",
    "read_corpus": "scale",
    "generate_corpus": "corpus",
    # errors
    "AnalystKitError": "errors",
    "InputError": "errors",
    "GeodataError": "errors",
}

_SUBMODULES = {
    "analysis",
    "bridges",
    "case",
    "cli",
    "control",
    "dashboard",
    "data",
    "errors",
    "events",
    "export",
    "filters",
    "gazetteer",
    "grades",
    "charts",
    "io",
    "parse",
    "plot",
    "routing",
    "scale",
    "corpus",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = importlib.import_module(f"analyst_kit.{_EXPORTS[name]}")
        return getattr(module, name)
    if name in _SUBMODULES:
        return importlib.import_module(f"analyst_kit.{name}")
    raise AttributeError(f"module 'analyst_kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(__all__) | _SUBMODULES)
