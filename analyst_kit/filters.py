"""Filtering core of the dashboards: (report tables, filter state) → what to draw, no widgets.

Every function here is pure: it takes the parse tables of
:func:`analyst_kit.parse.read_reports` (``reports``, ``claims``, ``places``, ``bridges``,
``evacuations``, ``control``) and a :class:`FilterState`, and returns DataFrames or plain
lists/dicts that a widget layer (:mod:`analyst_kit.dashboard`) copies into plotly traces.
Report text is escaped here (:func:`analyst_kit.plot.escape_text`) before it reaches any
label, hover or table cell.

The claim attributes that filters act on (date, side, outlet, speaker, claim type, source
grade) are copied onto the rows of the other tables by ``claim_id`` once, in
:func:`prepare_tables`, so that one vectorised mask filters every table; this keeps a filter
change on 100k claims well under 100 ms.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from .plot import SIDE_COLORS, STATUS_COLORS, boxes_overlap, escape_text, side_color

__all__ = [
    "LAYERS",
    "FACETS",
    "AREA_KINDS",
    "FilterState",
    "prepare_tables",
    "filter_options",
    "default_state",
    "claims_mask",
    "filter_tables",
    "view_model",
    "filter_title",
    "fit_bounds",
]

#: Layers a dashboard can show or hide, in drawing order (bottom to top).
LAYERS: tuple[str, ...] = ("control_areas", "front_line", "routes", "bridges", "claims")
#: Filter facets: FilterState attribute → internal key column present on prepared tables.
FACETS: dict[str, str] = {
    "sides": "_side",
    "outlets": "_outlet",
    "speakers": "_speaker",
    "claim_types": "_claim_type",
    "grades": "_grade",
}
#: Place kinds left off the claims map (their centre point is not where the claim is about).
AREA_KINDS = ("country", "region")
#: Labels used for missing values, so "unknown" can be selected like any other value.
UNKNOWN_SIDE = "unknown"
NO_OUTLET = "(none)"
UNKNOWN_SPEAKER = "(unnamed)"
UNGRADED = "ungraded"
_KEY_COLUMNS = ("_date", *FACETS.values())
_EXTRA_COLUMNS = ("_claim_key", "_place", "_on_map")  # on prepared places only
_CLAIM_TABLES = ("places", "bridges", "evacuations", "control")
_SIDE_ORDER = list(SIDE_COLORS)


@dataclass(frozen=True)
class FilterState:
    """What an analyst has selected; ``None`` in a facet means "everything".

    Parameters
    ----------
    start, end
        Inclusive date range (``"YYYY-MM-DD"``, date or Timestamp); ``None`` leaves it open.
    sides, outlets, speakers, claim_types, grades
        Allowed values of each facet (missing values are ``"unknown"``, ``"(none)"``,
        ``"(unnamed)"``, ``"ungraded"``); ``None`` allows all, an empty tuple allows none.
    layers
        Names from :data:`LAYERS` to draw.
    """

    start: Any = None
    end: Any = None
    sides: tuple[str, ...] | None = None
    outlets: tuple[str, ...] | None = None
    speakers: tuple[str, ...] | None = None
    claim_types: tuple[str, ...] | None = None
    grades: tuple[str, ...] | None = None
    layers: frozenset[str] = field(default_factory=lambda: frozenset(LAYERS))

    def replace(self, **changes: Any) -> FilterState:
        """Return a copy with some fields changed (facets given as any iterable)."""
        for name in FACETS:
            if name in changes and changes[name] is not None:
                changes[name] = tuple(changes[name])
        if "layers" in changes:
            changes["layers"] = frozenset(changes["layers"])
        return replace(self, **changes)


def _as_state(state: FilterState | Mapping[str, Any] | None) -> FilterState:
    if state is None:
        return FilterState()
    if isinstance(state, FilterState):
        return state
    unknown = set(state) - {f for f in FilterState.__dataclass_fields__}
    if unknown:
        raise ValueError(f"filter state: unknown fields {sorted(unknown)}")
    return FilterState().replace(**dict(state))


def _day(value: Any) -> pd.Timestamp | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    ts = pd.Timestamp(value)
    if ts is pd.NaT:
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert(None)
    return ts.normalize()


def _labels(values: pd.Series, missing: str) -> pd.Series:
    out = values.astype("object").where(values.notna(), missing).astype(str)
    out = out.where(out.str.strip() != "", missing)
    return out.astype("category")


def _grades(claims: pd.DataFrame) -> pd.Series:
    """Source grade per claim: ``source_grade``/``grade`` column, else reliability+credibility."""
    for col in ("source_grade", "grade"):
        if col in claims:
            return _labels(claims[col], UNGRADED)
    if "reliability" in claims and "credibility" in claims:
        rel = claims["reliability"].astype("object")
        cred = claims["credibility"].astype("object")
        both = rel.notna() & cred.notna()
        joined = rel.astype(str) + cred.map(lambda v: str(int(v)) if _is_number(v) else str(v))
        return _labels(joined.where(both), UNGRADED)
    return pd.Series(UNGRADED, index=claims.index, dtype="category")


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float | np.integer | np.floating) and not (
        isinstance(v, float) and math.isnan(v)
    )


def _is_prepared(tables: Mapping[str, pd.DataFrame]) -> bool:
    claims = tables.get("claims")
    return claims is not None and all(c in claims.columns for c in _KEY_COLUMNS)


def prepare_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Add the filter key columns (``_date``, ``_side``...) to claims and the claim-linked tables.

    Claims take their date from a ``date`` column, else from their report's date. Rows of
    ``places``, ``bridges``, ``evacuations`` and ``control`` take the keys of their
    ``claim_id``; rows without a known claim take their report's date and "unknown" labels.
    Calling it on prepared tables returns them unchanged, so callers can prepare once.

    Parameters
    ----------
    tables
        Parse tables by name; ``claims`` is required.

    Returns
    -------
    dict of str to pandas.DataFrame
        New tables (the inputs are not modified).
    """
    if _is_prepared(tables):
        return dict(tables)
    if "claims" not in tables:
        raise ValueError("tables: a 'claims' table is required")
    reports = tables.get("reports")
    report_dates = (
        pd.Series(
            pd.to_datetime(reports["date"], errors="coerce").dt.normalize().values,
            index=reports["report_id"].values,
        )
        if reports is not None and {"report_id", "date"} <= set(reports.columns)
        else pd.Series(dtype="datetime64[ns]")
    )
    report_dates = report_dates[~report_dates.index.duplicated()]
    claims = tables["claims"].copy()
    date = (
        pd.to_datetime(claims["date"], errors="coerce")
        if "date" in claims
        else pd.Series(pd.NaT, index=claims.index, dtype="datetime64[ns]")
    )
    if getattr(date.dt, "tz", None) is not None:
        date = date.dt.tz_convert(None)
    if "report_id" in claims and len(report_dates):
        date = date.fillna(claims["report_id"].map(report_dates))
    claims["_date"] = date.dt.normalize().astype("datetime64[ns]")
    claims["_side"] = _labels(claims.get("side", pd.Series(None, index=claims.index)), UNKNOWN_SIDE)
    claims["_outlet"] = _labels(
        claims.get("outlet", pd.Series(None, index=claims.index)), NO_OUTLET
    )
    # one entry per speaker across reports: the curated name where the parser gave one
    # ("Russia's Defence Ministry" and "Russian MoD" are "Russian Defence Ministry")
    speaker = claims.get("speaker", pd.Series(None, index=claims.index))
    if "speaker_name" in claims:
        speaker = claims["speaker_name"].where(claims["speaker_name"].notna(), speaker)
    claims["_speaker"] = _labels(speaker, UNKNOWN_SPEAKER)
    claims["_claim_type"] = _labels(
        claims.get("claim_type", pd.Series(None, index=claims.index)), "other"
    )
    claims["_grade"] = _grades(claims)
    out = dict(tables)
    out["claims"] = claims
    keys = (
        claims.drop_duplicates("claim_id").set_index("claim_id")[list(_KEY_COLUMNS)]
        if "claim_id" in claims
        else None
    )
    for name in _CLAIM_TABLES:
        df = tables.get(name)
        if df is None:
            continue
        internal = [c for c in (*_KEY_COLUMNS, *_EXTRA_COLUMNS) if c in df.columns]
        df = df.drop(columns=internal).copy()
        pos = np.full(len(df), -1, dtype=np.int64)
        if keys is not None and "claim_id" in df:
            pos = keys.index.get_indexer(df["claim_id"]).astype(np.int64)
            found = pos >= 0
            for col in _KEY_COLUMNS:
                src = keys[col]
                if col == "_date":
                    vals = np.full(len(df), np.datetime64("NaT"), dtype="datetime64[ns]")
                    vals[found] = src.to_numpy(dtype="datetime64[ns]")[pos[found]]
                    df[col] = vals
                else:
                    vals = np.empty(len(df), dtype=object)
                    vals[found] = src.astype("object").to_numpy()[pos[found]]
                    df[col] = vals
        else:
            df["_date"] = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
            for col in FACETS.values():
                df[col] = None
        if "report_id" in df and len(report_dates):
            df["_date"] = df["_date"].fillna(df["report_id"].map(report_dates))
        for col, missing in zip(
            FACETS.values(),
            (UNKNOWN_SIDE, NO_OUTLET, UNKNOWN_SPEAKER, "other", UNGRADED),
            strict=True,
        ):
            df[col] = _labels(df[col], missing)
        if name == "places":
            df["_claim_key"] = pos  # one integer per claim (-1: none), for fast de-duplication
            place = df["name"] if "name" in df else pd.Series(None, index=df.index)
            if "mention" in df:
                place = place.where(place.notna(), df["mention"])
            df["_place"] = _labels(place, "(unnamed place)")
            on_map = df["lat"].notna() & df["lon"].notna() if {"lat", "lon"} <= set(df) else False
            on_map = on_map & (df["_claim_key"] >= 0)
            if "kind" in df:  # a country's or region's centre is not where a claim is about
                on_map = on_map & ~df["kind"].isin(AREA_KINDS)
            df["_on_map"] = np.asarray(on_map, dtype=bool) & np.ones(len(df), dtype=bool)
        out[name] = df
    return out


def _sorted_values(values: Iterable[str], facet: str) -> list[str]:
    vals = sorted(set(map(str, values)))
    if facet == "sides":
        known = [s for s in _SIDE_ORDER if s in vals and s != UNKNOWN_SIDE]
        rest = [s for s in vals if s not in known and s != UNKNOWN_SIDE]
        return known + rest + ([UNKNOWN_SIDE] if UNKNOWN_SIDE in vals else [])
    return vals


def filter_options(tables: Mapping[str, pd.DataFrame]) -> dict[str, Any]:
    """Values an analyst can pick: ``dates`` (sorted days) and each facet's sorted values.

    Parameters
    ----------
    tables
        Parse tables (prepared or not).

    Returns
    -------
    dict
        ``{"dates": [Timestamp, ...], "sides": [...], "outlets": [...], "speakers": [...],
        "claim_types": [...], "grades": [...]}``.
    """
    claims = prepare_tables(tables)["claims"]
    dates = sorted(pd.DatetimeIndex(claims["_date"].dropna().unique()))
    opts: dict[str, Any] = {"dates": dates}
    for facet, col in FACETS.items():
        present = claims[col].astype("object").unique()
        opts[facet] = _sorted_values(present, facet)
    return opts


def default_state(tables: Mapping[str, pd.DataFrame]) -> FilterState:
    """The state that shows everything: the full date range, every facet value, every layer."""
    opts = filter_options(tables)
    dates = opts["dates"]
    return FilterState(
        start=dates[0] if dates else None,
        end=dates[-1] if dates else None,
        **{facet: tuple(opts[facet]) for facet in FACETS},
    )


def _mask(df: pd.DataFrame, state: FilterState, *, dates: bool = True) -> np.ndarray:
    keep = np.ones(len(df), dtype=bool)
    if dates:
        start, end = _day(state.start), _day(state.end)
        d = df["_date"]
        if start is not None:
            keep &= (d >= start).to_numpy(dtype=bool, na_value=False) | d.isna().to_numpy()
        if end is not None:
            keep &= (d <= end).to_numpy(dtype=bool, na_value=False) | d.isna().to_numpy()
    for facet, col in FACETS.items():
        allowed = getattr(state, facet)
        if allowed is None:
            continue
        values = df[col]
        if isinstance(values.dtype, pd.CategoricalDtype):  # integer lookup, no string compare
            ok = np.append(values.cat.categories.isin([str(a) for a in allowed]), False)
            keep &= ok[values.cat.codes.to_numpy()]  # code -1 (missing) picks the False
        else:
            keep &= values.isin(list(allowed)).to_numpy(dtype=bool)
    return keep


def claims_mask(
    tables: Mapping[str, pd.DataFrame], state: FilterState | Mapping[str, Any] | None
) -> np.ndarray:
    """Boolean mask over ``tables["claims"]`` rows that pass the filters.

    Claims without a date pass any date range (they are shown, not silently dropped).
    """
    tables = prepare_tables(tables)
    return _mask(tables["claims"], _as_state(state))


def filter_tables(
    tables: Mapping[str, pd.DataFrame], state: FilterState | Mapping[str, Any] | None
) -> dict[str, pd.DataFrame]:
    """Filter the claims, and the places/bridges/evacuations/control rows that follow them.

    Parameters
    ----------
    tables
        Parse tables (``reports``, ``claims``, ``places``, ...).
    state
        A :class:`FilterState` or a dict of its fields.

    Returns
    -------
    dict of str to pandas.DataFrame
        The same table names; ``claims`` reduced to rows passing the filters, claim-linked
        tables to rows of kept claims (rows without a claim follow their report's date),
        ``reports`` to reports that still have a claim. Internal key columns are dropped.
    """
    state = _as_state(state)
    prepared = prepare_tables(tables)
    out: dict[str, pd.DataFrame] = {}
    for name, df in prepared.items():
        if name == "claims" or name in _CLAIM_TABLES:
            kept = df.loc[_mask(df, state)]
            internal = [c for c in (*_KEY_COLUMNS, *_EXTRA_COLUMNS) if c in kept.columns]
            out[name] = kept.drop(columns=internal).reset_index(drop=True)
        else:
            out[name] = df
    reports = out.get("reports")
    if reports is not None and "report_id" in reports and "report_id" in out["claims"]:
        out["reports"] = reports.loc[
            reports["report_id"].isin(out["claims"]["report_id"].unique())
        ].reset_index(drop=True)
    return out


def filter_title(state: FilterState, n_shown: int, *, all_sides: Sequence[str] = ()) -> str:
    """Map title naming the filters, e.g. ``Claims 2022-06-01 – 2022-06-14 · RU, UA · 12 shown``."""
    start, end = _day(state.start), _day(state.end)
    if start is None and end is None:
        span = "all dates"
    elif start == end:
        span = f"{start:%Y-%m-%d}"
    else:
        span = f"{start:%Y-%m-%d}" if start is not None else "…"
        span += " – " + (f"{end:%Y-%m-%d}" if end is not None else "…")
    if state.sides is None or (all_sides and set(state.sides) >= set(all_sides)):
        sides = "all sides"
    elif not state.sides:
        sides = "no side"
    else:
        sides = ", ".join(_sorted_values(state.sides, "sides"))
    return escape_text(f"Claims {span} · {sides} · {n_shown:,} shown")


def fit_bounds(
    lon: Iterable[float], lat: Iterable[float], *, minimum=(37.6, 48.4, 39.4, 49.4), pad=0.3
) -> tuple[float, float, float, float]:
    """Map extent covering the points (padded), at least ``minimum``, within Ukraine's box."""
    x = pd.Series(list(lon), dtype=float).dropna()
    y = pd.Series(list(lat), dtype=float).dropna()
    lon0, lat0, lon1, lat1 = minimum
    if len(x) and len(y):
        lon0, lon1 = min(lon0, x.min() - pad), max(lon1, x.max() + pad)
        lat0, lat1 = min(lat0, y.min() - pad), max(lat1, y.max() + pad)
    return (max(lon0, 22.0), max(lat0, 44.0), min(lon1, 41.0), min(lat1, 52.6))


# --- what to draw -------------------------------------------------------------------------


def _empty_trace(color: str | None = None) -> dict[str, Any]:
    return {"x": [], "y": [], "text": [], "hovertext": [], "marker_color": color, "visible": True}


def _claim_traces(
    places: pd.DataFrame | None, keep: np.ndarray | None, sides: Sequence[str], max_names: int = 3
) -> dict:
    """One trace per side: a marker per place named by that side's claims, sized by count.

    Place rows without a claim, and countries/regions (:data:`AREA_KINDS`), are left off.

    Works on integer codes only (side, place, claim, speaker), so 100k claims take a few ms.
    """
    traces = {f"Claims · {s}": _empty_trace(side_color(s)) for s in sides}
    for t in traces.values():
        t["marker_size"] = []
    if places is None or not len(places) or not {"lat", "lon"} <= set(places.columns):
        return traces
    lon = places["lon"].to_numpy(dtype=float, na_value=np.nan)
    lat = places["lat"].to_numpy(dtype=float, na_value=np.nan)
    idx = np.flatnonzero(keep & places["_on_map"].to_numpy())
    if not len(idx):
        return traces
    n_rows = len(places)
    side = _codes_in(places["_side"], sides)[idx]
    place = places["_place"].cat.codes.to_numpy().astype(np.int64)[idx]
    claim = places["_claim_key"].to_numpy()[idx]
    date = places["_date"].to_numpy(dtype="datetime64[ns]")[idx].view("i8")
    speaker = places["_speaker"].cat.codes.to_numpy().astype(np.int64)[idx]
    n_places = len(places["_place"].cat.categories)
    key = side * n_places + place
    # one row per (side, place, claim): a claim naming a place twice counts once
    _, first = np.unique(key * (2 * n_rows + 1) + claim, return_index=True)
    ukeys, inv, counts = np.unique(key[first], return_inverse=True, return_counts=True)
    nat = np.iinfo(np.int64).min
    d = date[first]
    dmin = np.full(len(ukeys), np.iinfo(np.int64).max)
    dmax = np.full(len(ukeys), nat)
    np.minimum.at(dmin, inv, np.where(d == nat, np.iinfo(np.int64).max, d))
    np.maximum.at(dmax, inv, d)
    _, at = np.unique(key, return_index=True)  # first row of each key: its coordinates
    # speakers: the first few distinct names per (side, place)
    n_speakers = len(places["_speaker"].cat.categories) + 1
    pairs = np.unique(key * n_speakers + speaker)
    pair_key = pairs // n_speakers
    pair_rank = np.arange(len(pairs)) - np.searchsorted(pair_key, pair_key)
    speaker_names = places["_speaker"].cat.categories.astype(object).tolist()
    who: dict[int, list[str]] = {}
    escaped: dict[int, str] = {}
    for k, sp in zip(
        pair_key[pair_rank <= max_names].tolist(),
        (pairs % n_speakers)[pair_rank <= max_names].tolist(),
        strict=True,
    ):
        if sp not in escaped:
            escaped[sp] = escape_text(speaker_names[sp]) if sp < len(speaker_names) else ""
        who.setdefault(k, []).append(escaped[sp])
    categories = places["_place"].cat.categories
    place_names: dict[int, str] = {}
    side_names = [escape_text(s) for s in sides]
    has_date = dmax != nat
    lo_txt = np.where(has_date, np.datetime_as_string(dmin.view("datetime64[ns]"), unit="D"), "")
    hi_txt = np.where(has_date, np.datetime_as_string(dmax.view("datetime64[ns]"), unit="D"), "")
    for k, n, first_day, last_day, row in zip(
        ukeys.tolist(), counts.tolist(), lo_txt.tolist(), hi_txt.tolist(), at.tolist(), strict=True
    ):
        s_code, p_code = divmod(k, n_places)
        if p_code not in place_names:
            place_names[p_code] = escape_text(categories[p_code])
        t = traces[f"Claims · {sides[s_code]}"]
        names = who.get(k, [])
        who_txt = ", ".join(names[:max_names]) + (", …" if len(names) > max_names else "")
        span = first_day if first_day == last_day else f"{first_day} – {last_day}"
        t["x"].append(float(lon[idx[row]]))
        t["y"].append(float(lat[idx[row]]))
        t["text"].append(place_names[p_code])
        t["hovertext"].append(
            f"<b>{place_names[p_code]}</b><br>{side_names[s_code]}: {n} claim(s)"
            f"<br>{span}<br>{who_txt}"
        )
        t["marker_size"].append(round(8 + 6 * math.sqrt(min(n, 100)), 1))
    return traces


def _geom_xy(geoms) -> tuple[list, list]:
    """Geometry coordinates as plain lists with None between parts (JSON-ready widget data)."""
    from .plot import _coords, _geoms

    xs, ys = _coords(_geoms(geoms))
    return ([None if v != v else float(v) for v in xs], [None if v != v else float(v) for v in ys])


_CONTROL_CACHE: dict[int, tuple[Any, dict]] = {}


def _control_for(control, end: pd.Timestamp | None) -> dict[str, Any]:
    """Occupied-area and front-line coordinates of the latest snapshot not after ``end``."""
    entry = _CONTROL_CACHE.get(id(control))
    if entry is None or entry[0] is not control:
        if len(_CONTROL_CACHE) > 4:
            _CONTROL_CACHE.clear()
        entry = (control, {})
        _CONTROL_CACHE[id(control)] = entry
    cache = entry[1]
    dates = pd.DatetimeIndex(pd.to_datetime(control["date"]).dt.normalize().unique()).sort_values()
    if end is None:
        end = dates[-1] if len(dates) else None
    prior = dates[dates <= end] if end is not None else dates[:0]
    if len(prior) == 0:
        return {"date": None, "areas": ([], []), "front": ([], [])}
    day = prior[-1]
    if day not in cache:
        cache[day] = _control_geometry(control, day)
    return cache[day]


def _control_geometry(control, day: pd.Timestamp) -> dict[str, Any]:
    try:  # the control module (issue 5) knows the layer semantics best
        from . import control as control_mod

        snap = control_mod.as_of(control, day)
        front = control_mod.front_line(control, day)
    except (ImportError, AttributeError):
        snap, front = _fallback_control(control, day)
    occupied = snap
    if "controller" in snap:
        occupied = snap.loc[snap["controller"].astype(str).str.upper().isin(["RU", "OCCUPIED"])]
    elif "status" in snap:
        occupied = snap.loc[snap["status"].astype(str).str.startswith("occupied")]
    return {"date": day, "areas": _geom_xy(occupied), "front": _geom_xy(front)}


def _fallback_control(control, day: pd.Timestamp):
    """Latest snapshot not after ``day``; front line = occupied boundary off Ukraine's border."""
    from .data import data_path

    dates = pd.to_datetime(control["date"]).dt.normalize()
    snap = control.loc[dates == day]
    if "controller" in snap:
        occ = snap.loc[snap["controller"].astype(str).str.upper() == "RU"]
    elif "status" in snap:
        occ = snap.loc[snap["status"].astype(str).str.startswith("occupied")]
    else:
        occ = snap
    geoms = [g for g in occ.geometry if g is not None and g.geom_type.endswith("Polygon")]
    if not geoms:
        return snap, []
    import geopandas as gpd
    from shapely import union_all

    line = union_all(geoms).boundary
    outline = data_path("ukraine_outline.geojson")
    if outline.exists():
        border = union_all(list(gpd.read_file(outline).geometry)).boundary.buffer(0.02)
        line = line.difference(border)
    return snap, [line]


def _layer_traces(control, bridges_layer, routes, end) -> dict[str, dict]:
    traces: dict[str, dict] = {}
    if control is not None:
        c = _control_for(control, end)
        when = f" as of {c['date']:%Y-%m-%d}" if c["date"] is not None else " (no data yet)"
        traces["Occupied area"] = {
            **_empty_trace(SIDE_COLORS["RU"]),
            "x": c["areas"][0],
            "y": c["areas"][1],
            "hovertext": f"Russian-held area{when}",
            "layer": "control_areas",
        }
        traces["Front line"] = {
            **_empty_trace("#7a1f00"),
            "x": c["front"][0],
            "y": c["front"][1],
            "hovertext": f"Front line{when}",
            "layer": "front_line",
        }
    if routes is not None:
        xs, ys = _geom_xy(routes)
        traces["Routes"] = {**_empty_trace("#009E73"), "x": xs, "y": ys, "layer": "routes"}
    if bridges_layer is not None:
        pts = bridges_layer.geometry.representative_point()
        status = (
            bridges_layer["status"].astype(str)
            if "status" in bridges_layer
            else pd.Series("unknown", index=bridges_layer.index)
        )
        names = (
            bridges_layer["name"]
            if "name" in bridges_layer
            else pd.Series("bridge", index=bridges_layer.index)
        )
        traces["Bridges"] = {
            **_empty_trace(),
            "x": [float(p.x) for p in pts],
            "y": [float(p.y) for p in pts],
            "text": [escape_text(n) for n in names],
            "hovertext": [
                f"<b>{escape_text(n)}</b><br>status: {escape_text(s)}"
                for n, s in zip(names, status, strict=True)
            ],
            "marker_color": [STATUS_COLORS.get(s, STATUS_COLORS["unknown"]) for s in status],
            "layer": "bridges",
        }
    return traces


def _codes_in(values: pd.Series, order: Sequence[str]) -> np.ndarray:
    """Positions of categorical ``values`` in ``order`` (-1 when absent), without string ops."""
    pos = pd.Index(list(order)).get_indexer(values.cat.categories.astype(object))
    lookup = np.append(pos, -1).astype(np.int64)
    return lookup[values.cat.codes.to_numpy()]  # code -1 (missing) picks the trailing -1


def _timeline(claims: pd.DataFrame, state: FilterState, sides: Sequence[str]) -> dict[str, Any]:
    """Claims per day and side, all filters applied except the date range (shown as a band)."""
    dates = claims["_date"].to_numpy(dtype="datetime64[ns]")
    known = ~np.isnat(dates)
    if not known.any():
        days = pd.DatetimeIndex([])
        series = {side: [] for side in sides}
    else:
        first = dates[known].min()
        days = pd.date_range(first, dates[known].max(), freq="D")
        keep = _mask(claims, state, dates=False) & known
        day = ((dates[keep] - first) // np.timedelta64(1, "D")).astype(np.int64)
        code = _codes_in(claims["_side"], sides)[keep]
        ok = code >= 0
        flat = np.bincount(code[ok] * len(days) + day[ok], minlength=len(sides) * len(days))
        grid = flat.reshape(len(sides), len(days))
        series = {side: grid[i].tolist() for i, side in enumerate(sides)}
    start, end = _day(state.start), _day(state.end)
    return {
        "dates": [f"{d:%Y-%m-%d}" for d in days],
        "series": series,
        "colors": {s: side_color(s) for s in sides},
        "range": (
            f"{start:%Y-%m-%d}" if start is not None else None,
            f"{end:%Y-%m-%d}" if end is not None else None,
        ),
    }


def _table_rows(claims: pd.DataFrame, keep: np.ndarray, max_rows: int) -> list[dict[str, str]]:
    """Newest claims first, every cell escaped; the sentence is the claim's own words."""
    idx = np.flatnonzero(keep)
    if not len(idx):
        return []
    dates = claims["_date"].to_numpy(dtype="datetime64[ns]")[idx].view("i8")
    order = np.argsort(dates, kind="stable")[::-1]  # NaT (the smallest int) comes last
    top = claims.iloc[idx[order[:max_rows]]]
    sentence_col = next(
        (
            c
            for c in ("sentence_text", "sentence", "text")
            if c in top and top[c].dtype.kind in "OT"
        ),
        None,
    )
    sentences = top[sentence_col] if sentence_col else pd.Series("", index=top.index)
    rows = []
    for date, side, speaker, outlet, ctype, grade, sentence, cid in zip(
        top["_date"],
        top["_side"],
        top["_speaker"],
        top["_outlet"],
        top["_claim_type"],
        top["_grade"],
        sentences,
        top["claim_id"] if "claim_id" in top else range(len(top)),
        strict=True,
    ):
        s = (
            ""
            if sentence is None or (isinstance(sentence, float) and math.isnan(sentence))
            else str(sentence)
        )
        s = " ".join(s.split())
        if len(s) > 400:
            s = s[:399] + "…"
        rows.append(
            {
                "claim_id": escape_text(cid),
                "date": "" if pd.isna(date) else f"{date:%Y-%m-%d}",
                "side": escape_text(side),
                "speaker": escape_text(speaker),
                "outlet": escape_text(outlet),
                "claim_type": escape_text(ctype),
                "grade": escape_text(grade),
                "sentence": escape_text(s),
            }
        )
    return rows


def _uncrowded_labels(
    labels: dict[str, tuple[float, float]],
    weight: Mapping[str, float],
    scale: tuple[float, float],
    font_px: float = 12,
) -> dict[str, tuple[float, float]]:
    """The place names to write above their markers ("top center") so that none overlaps
    another: the most-claimed places choose first, a name whose box would overlap one kept
    is left off. ``scale``: pixels per degree of longitude and of latitude."""
    kx, ky = scale
    h = font_px * 1.25
    cell = 64.0  # px: kept boxes are filed by the grid cells they cover, so a test is local
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    out: dict[str, tuple[float, float]] = {}
    for text in sorted(labels, key=lambda t: (-weight.get(t, 0.0), t)):
        x, y = labels[text]
        px, py = x * kx, y * ky
        w = len(text) * font_px * 0.6
        r = weight.get(text, 8.0) / 2
        box = (px - w / 2, py + r, px + w / 2, py + r + h)
        cells = [
            (i, j)
            for i in range(math.floor(box[0] / cell), math.floor(box[2] / cell) + 1)
            for j in range(math.floor(box[1] / cell), math.floor(box[3] / cell) + 1)
        ]
        if any(boxes_overlap(box, o) for c in cells for o in grid.get(c, ())):
            continue
        for c in cells:
            grid.setdefault(c, []).append(box)
        out[text] = (x, y)
    return out


def view_model(
    tables: Mapping[str, pd.DataFrame],
    state: FilterState | Mapping[str, Any] | None = None,
    *,
    control=None,
    bridges_layer=None,
    routes=None,
    max_rows: int = 200,
    label_scale: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """Everything a dashboard draws for one filter state, as plain lists (no plotly objects).

    Parameters
    ----------
    tables
        Parse tables; pass the result of :func:`prepare_tables` when calling repeatedly.
    state
        A :class:`FilterState` (or dict); default shows everything.
    control
        Optional control-area GeoDataFrame ``[date, controller|status, geometry]``: the
        occupied area and front line of the latest snapshot not after the range's end.
    bridges_layer
        Optional GeoDataFrame of bridges (``name``, ``status``, geometry) drawn as points.
    routes
        Optional GeoDataFrame/GeoSeries of route lines.
    max_rows
        Most claims listed in ``table`` (newest first).
    label_scale
        Pixels per degree of longitude and of latitude on the drawn map: place names that
        would overlap a more-claimed place's name are left off the ``Place names`` trace (the
        markers and their hover stay). None keeps every name.

    Returns
    -------
    dict
        ``title``; ``traces``: trace name → ``x`` (lon), ``y`` (lat), ``text``,
        ``hovertext`` (escaped), ``marker_color``, ``visible`` (and ``marker_size`` for
        claims) in drawing order, one ``Claims · <side>`` trace for every side in the data
        (empty when filtered out, so trace count never changes) and a ``Place names``
        label trace; ``timeline``: ``dates``,
        ``series`` (side → counts per day), ``colors``, ``range``; ``table``: rows of
        escaped strings (date, side, speaker, outlet, claim_type, grade, sentence);
        ``counts``: rows kept per table and ``claims_total``.
    """
    state = _as_state(state)
    prepared = prepare_tables(tables)
    claims = prepared["claims"]
    keep = _mask(claims, state)
    sides = _sorted_values([str(v) for v in claims["_side"].unique()], "sides")  # on codes: cheap
    places = prepared.get("places")
    keep_places = _mask(places, state) if places is not None else None
    traces = _layer_traces(control, bridges_layer, routes, _day(state.end))
    claim_traces = _claim_traces(places, keep_places, sides)
    labels: dict[str, tuple[float, float]] = {}
    weight: dict[str, float] = {}
    for t in claim_traces.values():
        t["layer"] = "claims"
        for text, x, y, size in zip(t["text"], t["x"], t["y"], t["marker_size"], strict=True):
            labels.setdefault(text, (x, y))
            weight[text] = max(weight.get(text, 0.0), float(size))
    if label_scale is not None and len(labels) > 1:
        labels = _uncrowded_labels(labels, weight, label_scale)
    traces.update(claim_traces)
    traces["Place names"] = {
        **_empty_trace(),
        "x": [xy[0] for xy in labels.values()],
        "y": [xy[1] for xy in labels.values()],
        "text": list(labels),
        "hovertext": None,
        "layer": "claims",
    }
    for t in traces.values():
        t["visible"] = t["layer"] in state.layers
    counts = {"claims": int(keep.sum()), "claims_total": len(claims)}
    for name in _CLAIM_TABLES:
        df = prepared.get(name)
        if df is not None:
            mask = keep_places if name == "places" else _mask(df, state)
            counts[name] = int(mask.sum())
    return {
        "title": filter_title(state, counts["claims"], all_sides=sides),
        "traces": traces,
        "timeline": _timeline(claims, state, sides),
        "table": _table_rows(claims, keep, max_rows),
        "counts": counts,
    }
