"""Event layers (ACLED, UCDP GED, Bellingcat civilian harm) as one GeoDataFrame schema."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from .data import data_path
from .errors import GeodataError

__all__ = [
    "EVENT_COLUMNS",
    "COLUMN_MAPPING",
    "BUNDLED_EVENTS",
    "read_events",
    "load_events",
    "filter_events",
]

#: Columns of every event table, in order (then ``geometry``).
EVENT_COLUMNS = [
    "date",
    "precision",
    "date_precision",
    "actors",
    "source",
    "fatalities",
    "description",
    "event_type",
    "location",
    "event_id",
    "dataset",
]

#: Where each column comes from, per dataset (documentation; the code below follows it).
COLUMN_MAPPING: dict[str, dict[str, str]] = {
    "acled": {
        "date": "event_date",
        "precision": "geo_precision: 1 exact, 2 near, 3 region",
        "date_precision": "time_precision: 1 day, 2 week, 3 month",
        "actors": "actor1; assoc_actor_1; actor2; assoc_actor_2",
        "source": "source",
        "fatalities": "fatalities",
        "description": "notes",
        "event_type": "event_type / sub_event_type",
        "location": "location",
        "event_id": "event_id_cnty",
    },
    "ucdp": {
        "date": "date_start",
        "precision": "where_prec: 1 exact, 2 near (≤25 km), 3 region (adm2), 4 region (adm1), "
        "5-7 country/approximate",
        "date_precision": "date_prec: 1 day, 2 2-6 days, 3 week, 4 month, 5 more than a month",
        "actors": "side_a; side_b",
        "source": "source_headline (else 'UCDP GED')",
        "fatalities": "best (best estimate)",
        "description": "dyad_name at where_coordinates",
        "event_type": "type_of_violence: 1 state-based, 2 non-state, 3 one-sided",
        "location": "where_coordinates",
        "event_id": "id",
    },
    "bellingcat": {
        "date": "date",
        "precision": "'exact' (geolocated by Bellingcat investigators)",
        "date_precision": "'day'",
        "actors": "none (empty)",
        "source": "sources (URLs, space-separated; 'srcHidden' → '(source withheld by Bellingcat)')",
        "fatalities": "none (NaN)",
        "description": "description",
        "event_type": "'civilian harm' (+ filters such as the area affected, when present)",
        "location": "location",
        "event_id": "id (else row number)",
    },
}

#: Bundled samples (``scripts/build_events.py``): dataset -> file in ``data/events/``.
BUNDLED_EVENTS = {
    "bellingcat": "bellingcat_civharm_2022-05-01_2022-07-15_aoi.csv",
    "ucdp": "ucdp_ged_2022-05-01_2022-07-15_aoi.csv",
}

_DATASET_NAME = {"acled": "ACLED", "ucdp": "UCDP GED", "bellingcat": "Bellingcat civilian harm"}
_ACLED_PREC = {1: "exact", 2: "near", 3: "region"}
_ACLED_TIME = {1: "day", 2: "week", 3: "month"}
_UCDP_PREC = {
    1: "exact",
    2: "near",
    3: "region",
    4: "region",
    5: "country",
    6: "country",
    7: "country",
}
_UCDP_DATE = {1: "day", 2: "days", 3: "week", 4: "month", 5: "longer"}
_UCDP_TYPE = {1: "state-based", 2: "non-state", 3: "one-sided"}


def _read_table(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise GeodataError(path, "file not found")
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".txt", ".tsv"):
            return pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str)
        if suffix in (".geojson",):
            gdf = gpd.read_file(path)
            df = pd.DataFrame(gdf.drop(columns="geometry"))
            df["longitude"], df["latitude"] = gdf.geometry.x, gdf.geometry.y
            return df
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                if data.get("type") == "FeatureCollection":
                    return _features(data)
                for key in ("data", "events", "incidents", "results", "records"):
                    if isinstance(data.get(key), list):
                        data = data[key]
                        break
            if not isinstance(data, list):
                raise GeodataError(path, "JSON must be a list of events (or {'data': [...]})")
            return pd.DataFrame.from_records(data)
    except GeodataError:
        raise
    except Exception as exc:
        raise GeodataError(path, f"cannot read events ({type(exc).__name__}: {exc})") from exc
    raise GeodataError(path, f"unsupported event file type {suffix!r} (CSV, JSON, GeoJSON)")


def _features(data: dict) -> pd.DataFrame:
    rows = []
    for f in data.get("features", []):
        props = dict(f.get("properties") or {})
        geom = f.get("geometry") or {}
        if geom.get("type") == "Point":
            props["longitude"], props["latitude"] = geom["coordinates"][:2]
        rows.append(props)
    return pd.DataFrame(rows)


def _detect(df: pd.DataFrame, path: Path) -> str:
    cols = {c.lower() for c in df.columns}
    if {"event_date", "actor1"} <= cols or "event_id_cnty" in cols:
        return "acled"
    if {"where_prec", "date_start"} <= cols or {"side_a", "best"} <= cols:
        return "ucdp"
    if "description" in cols and (
        "sources" in cols or "bellingcat" in str(df.get("source_dataset"))
    ):
        return "bellingcat"
    raise GeodataError(
        path,
        "cannot tell the event format from the columns; pass kind='acled', 'ucdp' or "
        f"'bellingcat' (columns: {', '.join(list(df.columns)[:12])})",
    )


def _col(df: pd.DataFrame, name: str, default=None) -> pd.Series:
    if name in df.columns:
        return df[name]
    return pd.Series([default] * len(df), index=df.index, dtype=object)


def _join(*series: pd.Series) -> pd.Series:
    def one(vals):
        parts = [
            str(v).strip() for v in vals if v is not None and not pd.isna(v) and str(v).strip()
        ]
        return "; ".join(parts) if parts else None

    return pd.Series(
        [one(v) for v in zip(*series, strict=True)], index=series[0].index, dtype=object
    )


def _as_int(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _map_acled(df: pd.DataFrame) -> pd.DataFrame:
    sub = _col(df, "sub_event_type")
    return pd.DataFrame(
        {
            "date": _col(df, "event_date"),
            "precision": _as_int(_col(df, "geo_precision")).map(_ACLED_PREC).fillna("unknown"),
            "date_precision": _as_int(_col(df, "time_precision"))
            .map(_ACLED_TIME)
            .fillna("unknown"),
            "actors": _join(
                _col(df, "actor1"),
                _col(df, "assoc_actor_1"),
                _col(df, "actor2"),
                _col(df, "assoc_actor_2"),
            ),
            "source": _col(df, "source"),
            "fatalities": _as_int(_col(df, "fatalities")),
            "description": _col(df, "notes"),
            "event_type": _join(_col(df, "event_type"), sub).str.replace("; ", " / "),
            "location": _col(df, "location"),
            "event_id": _col(df, "event_id_cnty"),
        }
    )


def _map_ucdp(df: pd.DataFrame) -> pd.DataFrame:
    headline = _col(df, "source_headline")
    return pd.DataFrame(
        {
            "date": _col(df, "date_start"),
            "precision": _as_int(_col(df, "where_prec")).map(_UCDP_PREC).fillna("unknown"),
            "date_precision": _as_int(_col(df, "date_prec")).map(_UCDP_DATE).fillna("unknown"),
            "actors": _join(_col(df, "side_a"), _col(df, "side_b")),
            "source": headline.where(headline.notna(), "UCDP GED"),
            "fatalities": _as_int(_col(df, "best")),
            "description": [
                f"{d} at {w}" if isinstance(w, str) else d
                for d, w in zip(_col(df, "dyad_name"), _col(df, "where_coordinates"), strict=True)
            ],
            "event_type": _as_int(_col(df, "type_of_violence")).map(_UCDP_TYPE),
            "location": _col(df, "where_coordinates"),
            "event_id": _col(df, "id"),
        }
    )


def _flatten(value, key: str | None = None):
    """Bellingcat JSON keeps sources/filters as lists of dicts; make them text."""
    if isinstance(value, list):
        out = []
        for v in value:
            if isinstance(v, dict):
                if key and key in v:
                    out.append(str(v[key]))
                elif "key" in v and "value" in v:
                    out.append(f"{v['key']}: {v['value']}")
                else:
                    out.append(" ".join(str(x) for x in v.values()))
            else:
                out.append(str(v))
        return " ".join(out) if key else "; ".join(out)
    return value


def _map_bellingcat(df: pd.DataFrame) -> pd.DataFrame:
    filters = _col(df, "filters").map(_flatten)
    etype = [
        f"civilian harm ({f})" if isinstance(f, str) and f else "civilian harm" for f in filters
    ]
    ids = _col(df, "id")
    return pd.DataFrame(
        {
            "date": _col(df, "date"),
            "precision": "exact",
            "date_precision": "day",
            "actors": None,
            "source": _col(df, "sources")
            .map(lambda v: _flatten(v, "path"))
            .replace({"srcHidden": "(source withheld by Bellingcat)"}),
            "fatalities": np.nan,
            "description": _col(df, "description"),
            "event_type": etype,
            "location": _col(df, "location"),
            "event_id": ids.where(
                ids.notna(), pd.Series(range(len(df)), index=df.index).astype(str)
            ),
        }
    )


_MAPPERS = {"acled": _map_acled, "ucdp": _map_ucdp, "bellingcat": _map_bellingcat}


def read_events(path: str | Path, kind: str | None = None) -> gpd.GeoDataFrame:
    """Read an ACLED, UCDP GED or Bellingcat event file into the kit's event schema.

    Parameters
    ----------
    path
        CSV (ACLED/UCDP exports, Bellingcat CSV), JSON (a list of records, e.g. Bellingcat's
        ``ukraine.bellingcat.com`` API, or ``{"data": [...]}`` as the ACLED API returns) or
        GeoJSON points.
    kind
        ``"acled"``, ``"ucdp"``, ``"bellingcat"``, or ``None`` to detect it from the columns.

    Returns
    -------
    geopandas.GeoDataFrame
        :data:`EVENT_COLUMNS` plus point ``geometry`` (EPSG:4326), sorted by date.
        :data:`COLUMN_MAPPING` documents where every column comes from: ``precision`` is the
        location precision (``exact``, ``near``, ``region``, ``country``, ``unknown``),
        ``fatalities`` is ACLED ``fatalities`` / UCDP ``best`` (NaN for Bellingcat).

    Raises
    ------
    GeodataError
        Naming the file: unreadable, unknown format, missing coordinates or dates.
    """
    path = Path(path)
    df = _read_table(path)
    if kind is None:
        kind = _detect(df, path)
    kind = kind.lower()
    if kind not in _MAPPERS:
        raise GeodataError(path, f"unknown event kind {kind!r} (acled, ucdp, bellingcat)")
    if df.empty:
        out = pd.DataFrame(columns=EVENT_COLUMNS)
        return gpd.GeoDataFrame(out, geometry=gpd.points_from_xy([], []), crs="EPSG:4326")
    if not {"latitude", "longitude"} <= set(df.columns):
        raise GeodataError(path, "no latitude/longitude columns")
    out = _MAPPERS[kind](df)
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    bad = lat.isna() | lon.isna() | ~lat.between(-90, 90) | ~lon.between(-180, 180)
    if bad.any():
        raise GeodataError(
            path,
            f"{int(bad.sum())} row(s) without valid coordinates (first: row {int(np.argmax(bad.to_numpy())) + 1})",
        )
    dates = pd.to_datetime(out["date"], errors="coerce", format="mixed")
    if dates.isna().any():
        n = int(dates.isna().sum())
        raise GeodataError(
            path, f"{n} row(s) with an unreadable date, e.g. {out['date'][dates.isna()].iloc[0]!r}"
        )
    out["date"] = dates.dt.normalize()
    out["dataset"] = _DATASET_NAME[kind]
    gdf = gpd.GeoDataFrame(
        out[EVENT_COLUMNS], geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326"
    )
    return gdf.sort_values("date", kind="stable").reset_index(drop=True)


def load_events(kind: str | None = None) -> gpd.GeoDataFrame:
    """Load the bundled event samples (Bellingcat + UCDP GED, May–July 2022, AOI).

    Parameters
    ----------
    kind
        ``"bellingcat"`` or ``"ucdp"``; default both, concatenated.
    """
    kinds = [kind] if kind else list(BUNDLED_EVENTS)
    frames = [read_events(data_path("events", BUNDLED_EVENTS[k]), k) for k in kinds]
    out = pd.concat(frames, ignore_index=True)
    return (
        gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")
        .sort_values("date", kind="stable")
        .reset_index(drop=True)
    )


def filter_events(
    events: gpd.GeoDataFrame,
    *,
    start=None,
    end=None,
    bounds: Sequence[float] | None = None,
    near: tuple[float, float] | None = None,
    radius_km: float = 10.0,
    dataset: str | None = None,
) -> gpd.GeoDataFrame:
    """Keep events by date range, box, distance to a point or dataset (all optional).

    Parameters
    ----------
    events
        From :func:`read_events`.
    start, end
        Inclusive date range.
    bounds
        ``(lon0, lat0, lon1, lat1)``.
    near, radius_km
        ``(lat, lon)`` and a radius; adds a ``distance_km`` column.
    dataset
        Keep one dataset (``"ACLED"``, ``"UCDP GED"``, ``"Bellingcat civilian harm"``).
    """
    keep = pd.Series(True, index=events.index)
    if start is not None:
        keep &= events["date"] >= pd.Timestamp(start)
    if end is not None:
        keep &= events["date"] <= pd.Timestamp(end)
    if bounds is not None:
        lon0, lat0, lon1, lat1 = bounds
        keep &= events.geometry.x.between(lon0, lon1) & events.geometry.y.between(lat0, lat1)
    if dataset is not None:
        keep &= events["dataset"] == dataset
    out = events[keep].copy()
    if near is not None:
        lat, lon = near
        out["distance_km"] = _haversine_km(
            lat, lon, out.geometry.y.to_numpy(), out.geometry.x.to_numpy()
        )
        out = out[out["distance_km"] <= radius_km]
    return out


def _haversine_km(lat0, lon0, lat, lon) -> np.ndarray:
    p0, p1 = np.radians(lat0), np.radians(lat)
    dp, dl = p1 - p0, np.radians(np.asarray(lon) - lon0)
    a = np.sin(dp / 2) ** 2 + np.cos(p0) * np.cos(p1) * np.sin(dl / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(a))
