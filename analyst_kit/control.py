"""Control areas over time: loaders, front lines, area change, settlement control and maps."""

from __future__ import annotations

import re
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import LineString, MultiLineString, Point, box
from shapely.geometry.base import BaseGeometry

from .data import data_path
from .errors import GeodataError

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = [
    "PACK_PATH",
    "EQUAL_AREA_CRS",
    "METRIC_CRS",
    "DEFAULT_PLACES",
    "LABEL_POSITIONS",
    "BATTLE_BOUNDS",
    "read_control",
    "load_control_pack",
    "control_areas",
    "control_dates",
    "as_of",
    "occupied_area",
    "front_line",
    "front_lines",
    "front_line_length_km",
    "area_change",
    "occupied_area_series",
    "settlement_control",
    "control_changes",
    "oblast_area_summary",
    "compare_control_claims",
    "control_map",
    "update_control_map",
    "control_animation",
    "area_chart",
]

#: The bundled AOI pack (built by ``scripts/build_control.py``).
PACK_PATH = ("control", "control_areas_2022-05-01_2022-07-15.parquet")
#: Equal-area CRS for km² (World Cylindrical Equal Area).
EQUAL_AREA_CRS = "EPSG:6933"
#: Metric CRS for lengths and buffers in the AOI (UTM zone 37N covers lon 36–42°E).
METRIC_CRS = "EPSG:32637"
#: The Sievierodonetsk–Lysychansk–Popasna–Bakhmut battle area (lon0, lat0, lon1, lat1).
BATTLE_BOUNDS = (37.75, 48.5, 38.95, 49.15)
#: Caption text for maps of the bundled pack.
PACK_SOURCE = (
    "Control areas: DeepStateMap (deepstatemap.live) via github.com/DanielRose2310/"
    "deepstatemaps-history (no licence stated), simplified ~10 m; DeepState's judgement, "
    "not ground truth. Places: GeoNames (CC BY 4.0)."
)

#: Key settlements of the battle: canonical name -> (lat, lon, population), from GeoNames
#: (CC BY 4.0, geonameid in the comment). Looked up before the gazetteer (fast, no build).
DEFAULT_PLACES: dict[str, tuple[float, float, int]] = {
    "Sievierodonetsk": (48.94414, 38.48754, 99067),  # 691999 "Siverskodonetsk"
    "Lysychansk": (48.91211, 38.42088, 93340),  # 702972
    "Rubizhne": (49.00849, 38.37972, 55247),  # 695274
    "Popasna": (48.63168, 38.37104, 19199),  # 696566
    "Kreminna": (49.04811, 38.21552, 18116),  # 704138
    "Hirske": (48.74046, 38.49596, 9274),  # 708273
    "Zolote": (48.69516, 38.51512, 13007),  # 686868
    "Toshkivka": (48.78303, 38.56332, 4926),  # 691355
    "Pryvillia": (49.00556, 38.29883, 6520),  # 696218
    "Bilohorivka": (48.92585, 38.24674, 1142),  # 712588
    "Siversk": (48.86476, 38.09683, 10875),  # 694403
    "Soledar": (48.69210, 38.07098, 10490),  # 706757
    "Bakhmut": (48.59419, 37.99886, 80500),  # 713174
    "Lyman": (48.99012, 37.80843, 20066),  # 704204
    "Kramatorsk": (48.73106, 37.56779, 147145),  # 704508
}

#: Label positions that keep town names off the front line on the default map.
LABEL_POSITIONS = {
    "Sievierodonetsk": "middle right",
    "Lysychansk": "bottom center",
    "Rubizhne": "top right",
    "Pryvillia": "bottom left",
    "Hirske": "middle left",
    "Zolote": "bottom left",
    "Bilohorivka": "bottom center",
}

_RU_STATUSES = {"occupied", "occupied_before_2022", "occupied_crimea"}
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
_GEOJSON_LIKE = {".geojson", ".json", ".kml"}
_SUPPORTED = {".geojson", ".json", ".gpkg", ".parquet", ".geoparquet", ".kml", ".shp", ".fgb"}


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def normalise_status(value: Any) -> str:
    """Map a layer name or status (DeepStateMap-style, English or Ukrainian) to the kit's status.

    Returns one of ``occupied``, ``occupied_before_2022`` (ORDLO / "CADR and CALR"),
    ``occupied_crimea``, ``contested`` (contested, in doubt, gray zone), ``liberated``
    (taken back by Ukraine) or ``other``.
    """
    s = str(value or "").strip().lower()
    if not s:
        return "other"
    if "ordlo" in s or "ордло" in s or "cadr" in s or "before_2022" in s:
        return "occupied_before_2022"
    if "crimea" in s or "крим" in s:
        return "occupied_crimea"
    if any(
        k in s for k in ("contest", "conten", "під питанням", "in doubt", "gray", "grey", "сір")
    ):
        return "contested"
    if any(k in s for k in ("liberat", "taken back", "звільн", "відкинуто", "pushed back")):
        return "liberated"
    if any(k in s for k in ("occupied", "окуп", "захоплено", "зайняті", "russian")):
        return "occupied"
    return "other"


def _controller_of(status: str) -> str | None:
    if status in _RU_STATUSES:
        return "RU"
    if status == "liberated":
        return "UA"
    return None


def _expand_paths(paths) -> list[Path]:
    if isinstance(paths, str | Path):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(q for q in p.iterdir() if q.suffix.lower() in _SUPPORTED)
        else:
            out.append(p)
    if not out:
        raise GeodataError(str(paths), "no control-area files given (or the folder is empty)")
    return out


def _read_one(path: Path) -> gpd.GeoDataFrame:
    if not path.exists():
        raise GeodataError(path, "file not found")
    suffix = path.suffix.lower()
    try:
        if suffix in (".parquet", ".geoparquet"):
            gdf = gpd.read_parquet(path)
        else:
            gdf = gpd.read_file(path, engine="pyogrio")
    except GeodataError:
        raise
    except Exception as exc:  # pyogrio/pyarrow raise many types for broken files
        raise GeodataError(path, f"cannot read as geodata ({type(exc).__name__}: {exc})") from exc
    if gdf.crs is None:
        if suffix in _GEOJSON_LIKE:
            gdf = gdf.set_crs("EPSG:4326")  # GeoJSON (RFC 7946) and KML are WGS84 by definition
        else:
            raise GeodataError(path, "no CRS declared; set one (e.g. EPSG:4326) and save again")
    elif not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    return gdf


def _dates_for(gdf: pd.DataFrame, path: Path, date, date_field: str) -> pd.Series:
    if date_field in gdf.columns:
        raw = gdf[date_field]
        where = f"field {date_field!r}"
    elif date is not None:
        raw = pd.Series([date] * len(gdf), index=gdf.index)
        where = "the date argument"
    else:
        m = _DATE_IN_NAME.search(path.name)
        if not m:
            raise GeodataError(
                path,
                f"unknown date: no {date_field!r} field, no date argument and no YYYY-MM-DD "
                "in the file name",
            )
        raw = pd.Series([m.group(1)] * len(gdf), index=gdf.index)
        where = "the file name"
    parsed = pd.to_datetime(raw, errors="coerce", utc=True)
    bad = parsed.isna()
    if bad.any():
        examples = ", ".join(repr(v) for v in raw[bad].astype(str).unique()[:3])
        raise GeodataError(
            path, f"{int(bad.sum())} feature(s) with an unknown date in {where}: {examples}"
        )
    return parsed.dt.tz_localize(None).dt.normalize()


def read_control(
    paths,
    *,
    date=None,
    date_field: str = "date",
    controller: str | None = None,
    status_field: str | None = None,
) -> gpd.GeoDataFrame:
    """Read control-area polygons from one or many files into one GeoDataFrame.

    Parameters
    ----------
    paths
        A file, a folder (all GeoJSON/GeoPackage/GeoParquet/KML files in it) or a list of files.
    date
        The date of every feature, when neither a ``date_field`` column nor the file name
        (``control_2022-06-14.geojson``) gives one.
    date_field
        Column holding a per-feature date (takes precedence over ``date`` and the file name).
    controller
        Force the controlling side of every polygon (e.g. ``"RU"`` for a file of occupied
        areas); by default it follows the status: ``RU`` for occupied / ORDLO / Crimea,
        ``UA`` for liberated, ``None`` for contested.
    status_field
        Column with the status or layer name; default ``status``, else ``name``, else
        ``Name`` (KML), else every polygon is ``occupied``.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``date`` (datetime64, midnight), ``controller``, ``status``, ``source``
        (file name), ``geometry`` (Polygon/MultiPolygon, EPSG:4326). Points and lines are
        dropped. ``attrs["repaired"]`` counts geometries fixed with ``make_valid``.

    Raises
    ------
    GeodataError
        Naming the file: unreadable or broken file, GeoPackage/GeoParquet without CRS,
        unknown dates, no polygons at all.
    """
    frames = []
    repaired = 0
    for path in _expand_paths(paths):
        gdf = _read_one(path)
        if len(gdf) == 0:
            continue
        dates = _dates_for(gdf, path, date, date_field)
        if status_field and status_field not in gdf.columns:
            raise GeodataError(path, f"no status field {status_field!r}")
        fields = [status_field] if status_field else ["status", "name", "Name"]
        raw = pd.Series(None, index=gdf.index, dtype=object)
        for f in fields:  # per feature: the first of status / name / Name that is set
            if f in gdf.columns:
                raw = raw.where(raw.notna(), gdf[f])
        if not any(f in gdf.columns for f in fields):
            raw = pd.Series("occupied", index=gdf.index)
        status = raw.map(normalise_status)
        geom = gdf.geometry
        if geom.isna().all():
            continue
        geom = shapely.force_2d(geom.values)
        invalid = ~shapely.is_valid(geom) & ~shapely.is_missing(geom)
        if invalid.any():
            n = int(invalid.sum())
            repaired += n
            warnings.warn(
                f"{path}: {n} invalid geometr{'y' if n == 1 else 'ies'} repaired with make_valid",
                stacklevel=2,
            )
            geom[invalid] = shapely.make_valid(geom[invalid])
            geom = np.array([_polygonal(g) for g in geom], dtype=object)
        out = gpd.GeoDataFrame(
            {
                "date": dates.values,
                "status": status.values,
                "source": path.name,
            },
            geometry=gpd.GeoSeries(geom, crs="EPSG:4326").values,
            crs="EPSG:4326",
        )
        if "controller" in gdf.columns and controller is None:
            out["controller"] = gdf["controller"].where(gdf["controller"].notna(), None).values
        else:
            out["controller"] = controller if controller else out["status"].map(_controller_of)
        out = out[out.geom_type.isin(["Polygon", "MultiPolygon"]) & ~out.is_empty]
        frames.append(out)
    if not frames or all(len(f) == 0 for f in frames):
        raise GeodataError(str(paths), "no polygons found in the control-area file(s)")
    res = pd.concat(frames, ignore_index=True)
    res = gpd.GeoDataFrame(
        res[["date", "controller", "status", "source", "geometry"]], crs="EPSG:4326"
    )
    res["controller"] = res["controller"].astype(object).where(res["controller"].notna(), None)
    res = res.sort_values(["date", "status"], kind="stable").reset_index(drop=True)
    res.attrs["repaired"] = repaired
    return res


def _polygonal(g: BaseGeometry | None) -> BaseGeometry | None:
    """Keep the polygon parts of a repaired geometry (make_valid can return collections)."""
    if g is None or g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return shapely.Polygon()
    return shapely.union_all(parts)


def load_control_pack(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Load the bundled control-area pack (72 daily DeepStateMap snapshots, Luhansk/Donetsk AOI).

    Parameters
    ----------
    path
        Another pack file with the same columns; default ``data/control/…parquet``.

    Returns
    -------
    geopandas.GeoDataFrame
        ``date``, ``controller``, ``status`` (``occupied``, ``occupied_before_2022``,
        ``contested``, ``liberated``), ``snapshot_utc``, ``geometry_quality``, ``geometry``;
        one dissolved (Multi)Polygon per date and status. ``attrs["bbox"]`` is the AOI clip box.
    """
    p = Path(path) if path is not None else data_path(*PACK_PATH)
    if not p.exists():
        raise GeodataError(p, "control pack not found; run `make data` (scripts/build_control.py)")
    try:
        gdf = gpd.read_parquet(p)
    except Exception as exc:
        raise GeodataError(p, f"cannot read the control pack ({exc})") from exc
    if gdf.crs is None:
        raise GeodataError(p, "control pack has no CRS")
    gdf["date"] = pd.to_datetime(gdf["date"])
    gdf["controller"] = gdf["controller"].astype(object).where(gdf["controller"].notna(), None)
    gdf.attrs["bbox"] = (36.5, 47.5, 40.5, 50.2)
    gdf.attrs["source"] = PACK_SOURCE
    return gdf


def control_areas(date=None) -> gpd.GeoDataFrame:
    """Return the bundled control areas, all dates or the snapshot in force on ``date``."""
    pack = load_control_pack()
    return pack if date is None else as_of(pack, date)


def control_dates(control: pd.DataFrame) -> list[pd.Timestamp]:
    """Return the sorted snapshot dates of a control frame."""
    return sorted(pd.to_datetime(control["date"]).unique())


def as_of(control: gpd.GeoDataFrame, date) -> gpd.GeoDataFrame:
    """Return the latest snapshot not after ``date`` (all its rows).

    Raises
    ------
    GeodataError
        When ``date`` is before the first snapshot (there is no map for that day yet).
    """
    when = pd.Timestamp(date).normalize()
    dates = pd.to_datetime(control["date"])
    earlier = dates[dates <= when]
    if earlier.empty:
        first = dates.min()
        raise GeodataError(
            "control", f"no snapshot on or before {when.date()} (first is {first.date()})"
        )
    snap = control[dates == earlier.max()]
    out = snap.copy()
    out.attrs = dict(control.attrs)
    return out


_CACHE: OrderedDict = OrderedDict()
_CACHE_SIZE = 96


def _cached(tag: tuple, geoms, compute):
    """Memoise ``compute()`` on the identity of the (immutable) input geometries.

    The cache holds references to the inputs, so an id cannot be reused while cached.
    """
    key = (tag, tuple(id(g) for g in geoms))
    hit = _CACHE.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], geoms, strict=True)):
        _CACHE.move_to_end(key)
        return hit[1]
    value = compute()
    _CACHE[key] = (tuple(geoms), value)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return value


def _snapshot_geoms(control: gpd.GeoDataFrame, date, which: str = "RU") -> np.ndarray:
    dates = pd.to_datetime(control["date"]).to_numpy()
    when = np.datetime64(pd.Timestamp(date).normalize())
    earlier = dates[dates <= when]
    if earlier.size == 0:
        as_of(control, date)  # raises the explanatory GeodataError
    mask = dates == earlier.max()
    if which == "RU":
        mask &= control["controller"].to_numpy(dtype=object) == "RU"
    else:
        mask &= control["status"].to_numpy(dtype=object) == which
    return np.asarray(control.geometry.values)[mask]


def _union(control: gpd.GeoDataFrame, date, which: str = "RU") -> BaseGeometry:
    """Union of the RU-held (``which="RU"``) or one status's polygons in force on ``date``."""
    geoms = _snapshot_geoms(control, date, which)
    if geoms.size == 0:
        return shapely.Polygon()
    if geoms.size == 1 and shapely.is_valid(geoms[0]):
        return geoms[0]
    return _cached(("union",), geoms, lambda: shapely.make_valid(shapely.union_all(geoms)))


def occupied_area(control: gpd.GeoDataFrame, date) -> BaseGeometry:
    """Return the Russian-held area on ``date`` (union of occupied, ORDLO and Crimea)."""
    return _union(control, date, "RU")


# ---------------------------------------------------------------------------------------------
# Front lines and areas
# ---------------------------------------------------------------------------------------------

_OUTLINE_CACHE: dict[str, BaseGeometry] = {}


def _outline_metric() -> BaseGeometry:
    if "outline" not in _OUTLINE_CACHE:
        out = gpd.read_file(data_path("ukraine_outline.geojson")).to_crs(METRIC_CRS)
        _OUTLINE_CACHE["outline"] = shapely.make_valid(shapely.union_all(out.geometry.values))
    return _OUTLINE_CACHE["outline"]


def _clip_box(control: gpd.GeoDataFrame, clip_box) -> tuple[float, float, float, float]:
    if clip_box is not None:
        return tuple(clip_box)
    if "bbox" in control.attrs:
        return tuple(control.attrs["bbox"])
    return tuple(control.total_bounds)


def front_line(
    control: gpd.GeoDataFrame,
    date,
    *,
    border_tolerance_km: float = 1.5,
    clip_box: Sequence[float] | None = None,
    close_gaps_m: float = 150.0,
    min_hole_km2: float = 1.0,
    min_part_km: float = 0.5,
) -> LineString | MultiLineString:
    """Return the front line on ``date``: where Russian-held ground meets the rest of Ukraine.

    The line is the boundary of the occupied area (occupied + ORDLO + Crimea) minus the
    parts within ``border_tolerance_km`` of Ukraine's international border or coast
    (``data/ukraine_outline.geojson``, itself simplified ~500 m) and minus the edges of the
    AOI clip box (a clipped polygon's straight cut is not a front line).

    Parameters
    ----------
    control
        Control areas (e.g. :func:`load_control_pack`).
    date
        Any date; the snapshot in force (:func:`as_of`) is used.
    border_tolerance_km
        Buffer around the international border whose line parts are dropped.
    clip_box
        ``(lon0, lat0, lon1, lat1)`` the data were clipped to; default ``attrs["bbox"]``
        or the data's total bounds.
    close_gaps_m
        Close seams narrower than twice this between adjoining polygons (e.g. the 2022
        occupied layer and the pre-2022 ORDLO layer do not share exact edges).
    min_hole_km2
        Drop holes in the occupied area smaller than this (slivers, not pockets).
    min_part_km
        Drop line pieces shorter than this.

    Returns
    -------
    shapely.LineString or shapely.MultiLineString
        In lon/lat (EPSG:4326); empty when nothing is occupied.
    """
    geoms = _snapshot_geoms(control, date, "RU")
    b = _clip_box(control, clip_box)
    tag = ("front", border_tolerance_km, b, close_gaps_m, min_hole_km2, min_part_km)
    return _cached(
        tag,
        geoms,
        lambda: _front_line(
            occupied_area(control, date),
            b,
            border_tolerance_km,
            close_gaps_m,
            min_hole_km2,
            min_part_km,
        ),
    )


def _front_line(ru, b, border_tolerance_km, close_gaps_m, min_hole_km2, min_part_km):
    if ru.is_empty:
        return MultiLineString()
    to_m = _transformer("EPSG:4326", METRIC_CRS)
    to_ll = _transformer(METRIC_CRS, "EPSG:4326")
    ru_m = shapely.transform(ru, to_m, interleaved=False)
    if close_gaps_m > 0:
        ru_m = ru_m.buffer(close_gaps_m, quad_segs=4).buffer(-close_gaps_m, quad_segs=4)
    ru_m = _drop_holes(ru_m, min_hole_km2 * 1e6)
    line = ru_m.boundary
    outline = _outline_metric()
    key = f"border_{border_tolerance_km}"
    if key not in _OUTLINE_CACHE:
        _OUTLINE_CACHE[key] = outline.boundary.buffer(border_tolerance_km * 1e3)
        shapely.prepare(_OUTLINE_CACHE[key])
    line = line.intersection(outline).difference(_OUTLINE_CACHE[key])
    # The clip box is cut in lon/lat: its edges are straight there (curved in UTM).
    line = shapely.transform(_as_lines(line), to_ll, interleaved=False)
    line = _as_lines(line.difference(box(*b).exterior.buffer(5e-4)))
    parts = [p for p in getattr(line, "geoms", [line]) if front_line_length_km(p) >= min_part_km]
    return _as_lines(MultiLineString(parts)) if parts else MultiLineString()


def _drop_holes(geom: BaseGeometry, min_area: float) -> BaseGeometry:
    polys = []
    for p in getattr(geom, "geoms", [geom]):
        if p.geom_type != "Polygon" or p.is_empty:
            continue
        holes = [r for r in p.interiors if shapely.Polygon(r).area >= min_area]
        polys.append(shapely.Polygon(p.exterior, holes))
    return shapely.MultiPolygon(polys) if polys else shapely.Polygon()


def _as_lines(g: BaseGeometry) -> LineString | MultiLineString:
    parts = []
    for p in getattr(g, "geoms", [g]):
        if p.is_empty:
            continue
        if p.geom_type == "LineString":
            parts.append(p)
        elif p.geom_type in ("MultiLineString", "GeometryCollection"):
            parts += [q for q in p.geoms if q.geom_type == "LineString" and not q.is_empty]
    if not parts:
        return MultiLineString()
    merged = shapely.line_merge(MultiLineString(parts))
    return merged


_TRANSFORMERS: dict[tuple[str, str], Any] = {}


def _transformer(src: str, dst: str):
    key = (src, dst)
    if key not in _TRANSFORMERS:
        from pyproj import Transformer

        t = Transformer.from_crs(src, dst, always_xy=True)
        _TRANSFORMERS[key] = lambda x, y: t.transform(x, y)
    return _TRANSFORMERS[key]


def front_line_length_km(line: BaseGeometry) -> float:
    """Return the geodesic length of a lon/lat (multi)line in km (WGS84 ellipsoid)."""
    if line is None or line.is_empty:
        return 0.0
    from pyproj import Geod

    return float(Geod(ellps="WGS84").geometry_length(line) / 1e3)


def front_lines(
    control: gpd.GeoDataFrame, dates: Iterable | None = None, **kwargs
) -> gpd.GeoDataFrame:
    """Return one front line per date as a GeoDataFrame ``[date, length_km, geometry]``."""
    dates = control_dates(control) if dates is None else [pd.Timestamp(d) for d in dates]
    lines = [front_line(control, d, **kwargs) for d in dates]
    return gpd.GeoDataFrame(
        {"date": dates, "length_km": [front_line_length_km(g) for g in lines]},
        geometry=lines,
        crs="EPSG:4326",
    )


def _km2(geoms) -> np.ndarray:
    s = gpd.GeoSeries(list(geoms), crs="EPSG:4326").to_crs(EQUAL_AREA_CRS)
    return s.area.to_numpy() / 1e6


def area_change(
    control: gpd.GeoDataFrame, start, end, *, side: str = "RU", min_km2: float = 0.01
) -> gpd.GeoDataFrame:
    """Return the ground ``side`` gained and lost between two dates, one row per polygon.

    Parameters
    ----------
    control
        Control areas.
    start, end
        Dates; the snapshots in force (:func:`as_of`) are compared.
    side
        Whose gains: ``"RU"`` (the occupied area). A ``gained`` row is ground Russian-held
        on ``end`` but not on ``start``; ``lost`` the reverse.
    min_km2
        Drop slivers smaller than this (simplification noise).

    Returns
    -------
    geopandas.GeoDataFrame
        ``change`` (``gained``/``lost``), ``side``, ``start``, ``end``, ``km2`` (in
        EPSG:6933, equal-area), ``geometry`` (lon/lat), largest first.
    """
    if side != "RU":
        raise ValueError("area_change currently measures the Russian-held area (side='RU')")
    a = occupied_area(control, start)
    b = occupied_area(control, end)
    rows = []
    for change, geom in (("gained", b.difference(a)), ("lost", a.difference(b))):
        for part in getattr(geom, "geoms", [geom]):
            if part.is_empty or part.geom_type not in ("Polygon", "MultiPolygon"):
                continue
            rows.append((change, part))
    geoms = [g for _, g in rows]
    km2 = _km2(geoms) if geoms else np.array([])
    out = gpd.GeoDataFrame(
        {
            "change": [c for c, _ in rows],
            "side": side,
            "start": pd.Timestamp(start).normalize(),
            "end": pd.Timestamp(end).normalize(),
            "km2": km2,
        },
        geometry=geoms,
        crs="EPSG:4326",
    )
    out = out[out["km2"] >= min_km2].sort_values("km2", ascending=False)
    return out.reset_index(drop=True)


def occupied_area_series(control: gpd.GeoDataFrame) -> pd.DataFrame:
    """Return the Russian-held and contested km² per snapshot date (inside the AOI).

    Returns
    -------
    pandas.DataFrame
        ``date``, ``km2`` (occupied + ORDLO + Crimea), ``contested_km2``,
        ``since_2022_km2`` (occupied without the pre-2022 ORDLO), in EPSG:6933.
    """
    rows = []
    for d in control_dates(control):
        ru = occupied_area(control, d)
        con = _union(control, d, "contested")
        old = _union(control, d, "occupied_before_2022")
        k = _km2([ru, con, old])
        rows.append((d, k[0], k[1], k[0] - k[2]))
    return pd.DataFrame(rows, columns=["date", "km2", "contested_km2", "since_2022_km2"])


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------


def _default_radius_km(population: float | None) -> float:
    """Settlement radius used for shares: 3 km (≥ 50k people), 2 km (≥ 10k), else 1 km."""
    if population is None or pd.isna(population):
        return 2.0
    return 3.0 if population >= 50_000 else 2.0 if population >= 10_000 else 1.0


def _place_table(places) -> pd.DataFrame:
    """Resolve places to a DataFrame ``[name, lat, lon, population]``."""
    if places is None:
        places = list(DEFAULT_PLACES)
    if isinstance(places, str):
        places = [places]
    if isinstance(places, pd.DataFrame):
        df = places.copy()
        if "population" not in df.columns:
            df["population"] = np.nan
        missing = {"name", "lat", "lon"} - set(df.columns)
        if missing:
            raise GeodataError("places", f"missing columns {sorted(missing)}")
        return df[["name", "lat", "lon", "population"]].reset_index(drop=True)
    rows = []
    for name in places:
        hit = _lookup_place(str(name))
        if hit is None:
            raise GeodataError("places", f"cannot locate {name!r} (not in the gazetteer)")
        rows.append(hit[:4])
    return pd.DataFrame(rows, columns=["name", "lat", "lon", "population"])


def _lookup_place(name: str):
    """Resolve a name: the built-in towns first, then :func:`analyst_kit.gazetteer.lookup`."""
    if name in DEFAULT_PLACES:
        lat, lon, pop = DEFAULT_PLACES[name]
        return (name, lat, lon, pop, "settlement")
    try:
        from .gazetteer import lookup
    except ImportError:  # pragma: no cover - the gazetteer ships with the kit
        return None
    hit = lookup(name)
    if not hit or hit.get("lat") is None or hit.get("lon") is None:
        return None
    pop = hit.get("population")
    return (
        hit.get("name") or name,
        float(hit["lat"]),
        float(hit["lon"]),
        pop or np.nan,
        hit.get("kind") or "settlement",
    )


def settlement_control(
    control: gpd.GeoDataFrame, places=None, dates: Iterable | None = None
) -> pd.DataFrame:
    """Who held each settlement on each date, by point-in-polygon on the control areas.

    Parameters
    ----------
    control
        Control areas.
    places
        Names (resolved with :data:`DEFAULT_PLACES`, then the gazetteer) or a DataFrame with
        ``name, lat, lon``; default the battle's key towns.
    dates
        Dates to report; default every snapshot date.

    Returns
    -------
    pandas.DataFrame
        ``date``, ``name``, ``controller`` (``RU``, ``UA`` or ``None`` when contested or
        outside the AOI), ``status`` (``occupied``, ``occupied_before_2022``, ``contested``,
        ``not_occupied``, ``outside_aoi``), ``lat``, ``lon``.
    """
    pts = _place_table(places)
    dates = control_dates(control) if dates is None else [pd.Timestamp(d) for d in dates]
    geoms = shapely.points(pts["lon"].to_numpy(float), pts["lat"].to_numpy(float))
    bbox = box(*_clip_box(control, None))
    rows = []
    order = ["occupied_before_2022", "occupied_crimea", "occupied", "contested"]
    inside = shapely.contains(bbox, geoms)
    for d in dates:
        status = np.where(inside, "not_occupied", "outside_aoi").astype(object)
        found = ~inside
        for s in order:
            g = _union(control, d, s)
            if g.is_empty:
                continue
            shapely.prepare(g)
            hit = shapely.intersects(g, geoms) & ~found
            status[hit] = s
            found |= hit
        for i in range(len(pts)):
            st = status[i]
            ctrl = "UA" if st == "not_occupied" else _controller_of(st)
            rows.append(
                (pd.Timestamp(d), pts.at[i, "name"], ctrl, st, pts.at[i, "lat"], pts.at[i, "lon"])
            )
    return pd.DataFrame(rows, columns=["date", "name", "controller", "status", "lat", "lon"])


def control_changes(table: pd.DataFrame) -> pd.DataFrame:
    """Keep the rows of :func:`settlement_control` where a place's status changed (and the first)."""
    t = table.sort_values(["name", "date"])
    changed = t.groupby("name")["status"].transform(lambda s: s.ne(s.shift()))
    return t[changed].reset_index(drop=True)


def oblast_area_summary(control: gpd.GeoDataFrame, dates: Iterable | None = None) -> pd.DataFrame:
    """Occupied and contested km² per oblast and date (inside the AOI).

    Returns
    -------
    pandas.DataFrame
        ``date``, ``oblast``, ``occupied_km2``, ``contested_km2``, ``oblast_km2_in_aoi``,
        ``occupied_share`` (of the oblast's area inside the AOI).
    """
    obl = gpd.read_file(data_path("ukraine_oblasts.geojson"))
    aoi = box(*_clip_box(control, None))
    obl = obl[obl.intersects(aoi)].copy()
    obl["geometry"] = obl.geometry.make_valid().intersection(aoi)
    dates = control_dates(control) if dates is None else [pd.Timestamp(d) for d in dates]
    obl_km2 = _km2(obl.geometry)
    rows = []
    for d in dates:
        ru = occupied_area(control, d)
        con = _union(control, d, "contested")
        occ = _km2(obl.geometry.intersection(ru))
        cst = _km2(obl.geometry.intersection(con))
        for name, a, b, tot in zip(obl["name_en"], occ, cst, obl_km2, strict=True):
            rows.append((pd.Timestamp(d), name, a, b, tot, a / tot if tot else np.nan))
    return pd.DataFrame(
        rows,
        columns=[
            "date",
            "oblast",
            "occupied_km2",
            "contested_km2",
            "oblast_km2_in_aoi",
            "occupied_share",
        ],
    )


# ---------------------------------------------------------------------------------------------
# Claims against the map
# ---------------------------------------------------------------------------------------------


def compare_control_claims(
    control_claims: pd.DataFrame,
    control: gpd.GeoDataFrame,
    reports: pd.DataFrame | None = None,
    *,
    places=None,
    radius_km: float | None = None,
    tolerance: float = 0.25,
) -> pd.DataFrame:
    """Set each control claim beside what the polygons say for that place and date.

    Parameters
    ----------
    control_claims
        The ``control`` table of a parse (``report_id, claim_id, place, controller_side,
        share, claimed_by_side``); the date comes from a ``date`` column or from ``reports``
        (``report_id, date``).
    control
        Control areas.
    reports
        The ``reports`` table, for the dates.
    places
        Optional DataFrame ``name, lat, lon`` to locate places (default: built-in towns,
        then the gazetteer).
    radius_km
        Radius of the circle standing for a settlement; default by population
        (3 km for ≥ 50,000 people, 2 km for ≥ 10,000, else 1 km).
    tolerance
        Allowed gap between a claimed share and the map.

    Returns
    -------
    pandas.DataFrame
        The claim columns plus ``date``, ``snapshot_date``, ``map_controller`` (at the
        settlement's point: ``RU``/``UA``/``None`` for contested), ``map_share`` (fraction of
        the circle Russian-held), ``map_contested_share``, ``verdict`` and
        ``verdict_basis``.

    Notes
    -----
    The claimed Russian-held share ``c`` is ``share`` for a claim that RU holds the place,
    ``1 - share`` for a claim that UA holds it; without a share, "RU holds X" means
    ``c >= 0.5`` and "UA holds X" ``c < 0.5``. The map gives a range: at least ``map_share``
    (occupied) and at most ``map_share + map_contested_share`` (occupied or contested).

    - **agree** — with a share: ``map_share - tolerance <= c <= map_share +
      map_contested_share + tolerance`` ("share within tolerance"), or the claim and the
      map give the majority to the same side and the map holds the settlement's centre
      point for that side ("same side holds most and the centre"; a circle is a crude
      stand-in for a town's outline); without a share: the map's upper (RU claim) or lower
      (UA claim) bound is on the claimed side of 0.5.
    - **disagree** — otherwise.
    - **no data** — no date, no snapshot on or before it, a place that cannot be located or
      lies outside the AOI (for an oblast: less than 90% of it inside the AOI), or a
      ``controller_side`` other than RU/UA.

    An oblast (a ``region`` the gazetteer or ``data/ukraine_oblasts.geojson`` knows) is
    measured on its own polygon instead of a circle; its "centre" is then the side holding
    the majority. ``verdict_basis`` says which rule decided, with the numbers.
    """
    claims = control_claims.copy()
    if "date" not in claims.columns:
        if reports is not None and "report_id" in claims.columns:
            dmap = dict(zip(reports["report_id"], reports["date"], strict=False))
            claims["date"] = claims["report_id"].map(dmap)
        else:
            claims["date"] = None
    first = pd.to_datetime(control["date"]).min()
    bbox = box(*_clip_box(control, None))
    to_m = _transformer("EPSG:4326", METRIC_CRS)
    ptable = _place_table(places) if isinstance(places, pd.DataFrame) else None
    out_rows = []
    for _, row in claims.iterrows():
        res = {
            "snapshot_date": pd.NaT,
            "map_controller": None,
            "map_share": np.nan,
            "map_contested_share": np.nan,
            "verdict": "no data",
            "verdict_basis": "",
        }
        date = pd.to_datetime(row.get("date"), errors="coerce")
        loc = _locate(row.get("place"), ptable)
        side = row.get("controller_side")
        if pd.isna(date) or date < first or loc is None:
            res["verdict_basis"] = (
                "no date"
                if pd.isna(date)
                else "before the first map"
                if date < first
                else f"cannot locate {row.get('place')!r}"
            )
            out_rows.append(res)
            continue
        name, lat, lon, pop, kind = loc
        p = Point(lon, lat)
        region = _oblast_metric(name) if kind == "region" else None
        if region is not None:
            aoi_m = shapely.transform(shapely.segmentize(bbox, 0.05), to_m, interleaved=False)
            if region.intersection(aoi_m).area < 0.9 * region.area:
                res["verdict_basis"] = "oblast lies mostly outside the mapped area"
                out_rows.append(res)
                continue
            area_m = region.intersection(aoi_m)
        elif not bbox.contains(p):
            res["verdict_basis"] = "outside the mapped area"
            out_rows.append(res)
            continue
        else:
            r = (radius_km or _default_radius_km(pop)) * 1e3
            area_m = shapely.transform(p, to_m, interleaved=False).buffer(r, 32)
        snap = as_of(control, date)
        res["snapshot_date"] = pd.Timestamp(snap["date"].iloc[0])
        ru = occupied_area(control, date)
        con = _union(control, date, "contested")
        ru_m = shapely.transform(ru, to_m, interleaved=False)
        con_m = shapely.transform(con.difference(ru), to_m, interleaved=False)
        share = ru_m.intersection(area_m).area / area_m.area
        cshare = con_m.intersection(area_m).area / area_m.area
        if region is not None:
            res["map_controller"] = "RU" if share >= 0.5 else "UA" if share + cshare < 0.5 else None
        else:
            res["map_controller"] = (
                "RU" if ru.intersects(p) else None if con.intersects(p) else "UA"
            )
        res["map_share"] = round(float(share), 3)
        res["map_contested_share"] = round(float(cshare), 3)
        res["verdict"], res["verdict_basis"] = _verdict(
            side, row.get("share"), share, cshare, res["map_controller"], tolerance
        )
        out_rows.append(res)
    extra = pd.DataFrame(out_rows, index=claims.index)
    return pd.concat([claims, extra], axis=1)


def _locate(place, ptable: pd.DataFrame | None):
    if place is None or (isinstance(place, float) and np.isnan(place)):
        return None
    if ptable is not None:
        hit = ptable[ptable["name"] == place]
        if len(hit):
            r = hit.iloc[0]
            return (r["name"], float(r["lat"]), float(r["lon"]), r["population"], "settlement")
    return _lookup_place(str(place))


def _oblast_metric(name: str) -> BaseGeometry | None:
    """The oblast polygon (UTM 37N) whose English name matches ``name``, if any."""
    key = re.sub(r"\s+(oblast|region|province)$", "", str(name).strip().lower())
    if "oblasts" not in _OUTLINE_CACHE:
        obl = gpd.read_file(data_path("ukraine_oblasts.geojson")).to_crs(METRIC_CRS)
        _OUTLINE_CACHE["oblasts"] = {
            re.sub(r"\s+oblast$", "", n.lower()): shapely.make_valid(g)
            for n, g in zip(obl["name_en"], obl.geometry, strict=True)
        }
    return _OUTLINE_CACHE["oblasts"].get(key)


def _verdict(
    side, share, map_share: float, contested: float, centre, tol: float
) -> tuple[str, str]:
    """Apply the rule documented in :func:`compare_control_claims`."""
    if side not in ("RU", "UA"):
        return "no data", f"controller_side {side!r} is not RU or UA"
    lo, hi = map_share, map_share + contested
    rng = f"map RU share {lo:.2f}" + (f"–{hi:.2f}" if hi - lo >= 0.005 else "")
    if share is None or pd.isna(share):
        ok = hi >= 0.5 if side == "RU" else lo < 0.5
        return ("agree" if ok else "disagree"), f"{side} holds most? {rng}"
    c = float(share) if side == "RU" else 1.0 - float(share)
    if lo - tol <= c <= hi + tol:
        return "agree", f"share within ±{tol:g}: claimed RU share {c:.2f}, {rng}"
    if (c >= 0.5 and hi >= 0.5 and centre == "RU") or (c < 0.5 and lo < 0.5 and centre == "UA"):
        return "agree", f"same side holds most and the centre: claimed RU share {c:.2f}, {rng}"
    return "disagree", f"claimed RU share {c:.2f}, {rng}"


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------

_LAYER_STYLE = {
    "Occupied before 2022": dict(color="#8c2d04", opacity=0.45),
    "Occupied": dict(color="#D55E00", opacity=0.35),
    "Contested": dict(color="#E69F00", opacity=0.35),
}
_FRONT_COLOR = "#7a0019"
_PLACE_COLORS = {"RU": "#D55E00", "UA": "#0072B2", None: "#7F7F7F"}


def _clip_to(geom: BaseGeometry, bounds, pad: float = 0.05) -> BaseGeometry:
    lon0, lat0, lon1, lat1 = bounds
    return shapely.clip_by_rect(geom, lon0 - pad, lat0 - pad, lon1 + pad, lat1 + pad)


def _layers(control: gpd.GeoDataFrame, date, bounds) -> dict[str, BaseGeometry]:
    """The date-dependent geometries of a control map, clipped to ``bounds``.

    Display only: seams closed, sliver holes dropped and vertices thinned to about half a
    screen pixel (1/2000 of the map width), which keeps figures and widget updates light.
    """
    tol = (bounds[2] - bounds[0]) / 2000
    old = _tidy(_clip_to(_union(control, date, "occupied_before_2022"), bounds))
    ru = _tidy(_clip_to(occupied_area(control, date), bounds))
    con = _tidy(_clip_to(_union(control, date, "contested"), bounds)).difference(ru)
    layers = {
        "Occupied before 2022": old,
        "Occupied": ru.difference(old),
        "Contested": con,
        "Front line": _clip_to(front_line(control, date), bounds, pad=0.0),
    }
    return {k: shapely.simplify(g, tol, preserve_topology=True) for k, g in layers.items()}


def _tidy(geom: BaseGeometry, gap_deg: float = 0.0015, min_hole: float = 1.5e-4) -> BaseGeometry:
    """Close hairline seams and drop sliver holes (display only; ~150 m, ~1 km²)."""
    if geom.is_empty:
        return geom
    g = geom.buffer(gap_deg, quad_segs=2).buffer(-gap_deg, quad_segs=2)
    return _drop_holes(g, min_hole)


def _layer_xy(geom: BaseGeometry) -> tuple[list, list]:
    from .plot import _coords

    return _coords([geom], "any")


def _title(date, snap_date) -> str:
    d = pd.Timestamp(date).date()
    s = pd.Timestamp(snap_date).date()
    note = "" if d == s else f" (map of {s})"
    return f"Control of ground on {d}{note}"


def control_map(
    control: gpd.GeoDataFrame,
    date,
    *,
    bounds: Sequence[float] | None = None,
    places=None,
    events: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    title: str | None = None,
    width: int = 1100,
) -> go.Figure:
    """Map control on one date: occupied shading, contested band, front line, towns.

    Parameters
    ----------
    control
        Control areas (e.g. :func:`load_control_pack`).
    date
        The date shown (the snapshot in force is used; the title says which).
    bounds
        ``(lon0, lat0, lon1, lat1)``; default :data:`BATTLE_BOUNDS`.
    places
        Settlements to label, coloured by who held them that day (names or a DataFrame
        ``name, lat, lon``); default the battle's key towns. ``False`` for none.
    events
        Events from :func:`analyst_kit.events.read_events` to plot (within ±3 days).
    claims
        Output of :func:`compare_control_claims` to mark (colour by verdict).
    title, width
        Figure title (default says the date) and width in pixels.

    Returns
    -------
    plotly.graph_objects.Figure
        Offline (cartesian lon/lat axes, no tiles). :func:`update_control_map` redraws it
        for another date in place.
    """
    from . import plot

    bounds = tuple(bounds) if bounds is not None else BATTLE_BOUNDS
    snap = as_of(control, date)
    snap_date = snap["date"].iloc[0]
    fig = plot.base_map(bounds, title=title or _title(date, snap_date), width=width)
    layers = _layers(control, date, bounds)
    for name, geom in layers.items():
        if name == "Front line":
            continue
        plot.add_polygons(fig, [geom], name=name, hovertext=name, **_LAYER_STYLE[name])
        if name == "Contested":
            fig.data[-1].update(
                fillpattern=dict(shape="/", fgcolor="#b36b00", size=8, solidity=0.2)
            )
    plot.add_lines(
        fig,
        [layers["Front line"]],
        name="Front line",
        color=_FRONT_COLOR,
        width=3.5,
        hovertext="Front line (edge of the Russian-held area)",
    )
    if places is not False:
        _add_places(fig, control, date, places)
    if events is not None and len(events):
        _add_events(fig, events, date)
    if claims is not None and len(claims):
        _add_claims(fig, claims)
    plot.add_scale_bar(fig)
    plot.add_north_arrow(fig)
    _caption(fig, f"Map of {pd.Timestamp(snap_date).date()}. " + _source_text(control))
    fig.update_layout(meta={**fig.layout.meta, "date": str(pd.Timestamp(date).date())})
    return fig


def _source_text(control: pd.DataFrame) -> str:
    if "source" in control.attrs:
        return str(control.attrs["source"])
    if "source" in control.columns:
        return "Control areas: " + ", ".join(sorted(map(str, set(control["source"]))))[:300]
    return "Control areas: source not given."


def _caption(fig: go.Figure, text: str, width: int = 120) -> None:
    """A caption wrapped at ``width`` characters, the bottom margin grown to fit it."""
    from . import plot

    plot.add_caption(fig, text, width=width, max_chars=None, fit_margin=True)


def _place_rows(control, date, places) -> pd.DataFrame:
    t = settlement_control(control, places, [date])
    t["held_by"] = t["status"].map(
        {
            "occupied": "Russian-held",
            "occupied_before_2022": "Russian-held since 2014",
            "contested": "contested",
            "not_occupied": "Ukrainian-held",
            "outside_aoi": "no data",
        }
    )
    t["color"] = [_PLACE_COLORS.get(c, "#7F7F7F") for c in t["controller"]]
    return t


def _add_places(fig, control, date, places) -> None:
    from . import plot

    t = _place_rows(control, date, places)
    plot.add_points(
        fig,
        t,
        name="Settlements (colour: who held them)",
        label="name",
        hover=["name", "held_by"],
        color=list(t["color"]),
        size=11,
        symbol="circle",
    )
    fig.data[-1].update(
        marker=dict(line=dict(color="white", width=1.5)),
        textfont=dict(size=14, color="#111111", shadow=plot.LABEL_HALO),
        textposition=[LABEL_POSITIONS.get(n, "top center") for n in t["name"]],
    )


def _add_events(fig, events: pd.DataFrame, date) -> None:
    from . import plot

    d = pd.Timestamp(date)
    ev = events[(pd.to_datetime(events["date"]) - d).abs() <= pd.Timedelta(days=3)].copy()
    if ev.empty:
        return
    ev["lon"], ev["lat"] = ev.geometry.x, ev.geometry.y
    ev["day"] = pd.to_datetime(ev["date"]).dt.strftime("%Y-%m-%d")
    plot.add_points(
        fig,
        ev,
        name="Events ±3 days",
        hover=["day", "dataset", "event_type", "description"],
        color="#000000",
        size=8,
        symbol="x",
    )


def _add_claims(fig, claims: pd.DataFrame) -> None:
    from . import plot

    colors = {"agree": "#009E73", "disagree": "#CC79A7", "no data": "#7F7F7F"}
    rows = []
    for _, r in claims.iterrows():
        loc = _lookup_place(str(r.get("place")))
        if loc is None:
            continue
        rows.append({**r.to_dict(), "lat": loc[1], "lon": loc[2]})
    if not rows:
        return
    df = pd.DataFrame(rows)
    plot.add_points(
        fig,
        df,
        name="Control claims (colour: verdict)",
        hover=["place", "controller_side", "share", "claimed_by_side", "map_share", "verdict"],
        color=[colors.get(v, "#7F7F7F") for v in df["verdict"]],
        size=20,
        symbol="diamond-open",
    )
    fig.data[-1].update(marker=dict(line=dict(width=3)))


def update_control_map(fig: go.Figure, control: gpd.GeoDataFrame, date) -> go.Figure:
    """Redraw a :func:`control_map` figure (or FigureWidget) for another date, in place.

    Only the trace data change (inside ``fig.batch_update()``), so a FigureWidget driven by
    a slider updates without flicker.
    """
    bounds = tuple(fig.layout.meta["bounds"])
    layers = _layers(control, date, bounds)
    snap_date = as_of(control, date)["date"].iloc[0]
    by_name = {t.name: t for t in fig.data}
    with fig.batch_update():
        for name, geom in layers.items():
            if name in by_name:
                x, y = _layer_xy(geom)
                by_name[name].x, by_name[name].y = x, y
        pts = by_name.get("Settlements (colour: who held them)")
        if pts is not None:
            names = list(pts.text)
            t = _place_rows(
                control, date, pd.DataFrame({"name": names, "lat": list(pts.y), "lon": list(pts.x)})
            )
            pts.marker.color = list(t["color"])
        fig.layout.title.text = _title(date, snap_date)
    return fig


def control_animation(
    control: gpd.GeoDataFrame,
    dates: Iterable | None = None,
    *,
    bounds: Sequence[float] | None = None,
    width: int = 1100,
) -> go.Figure:
    """Animate control over ``dates`` (default every snapshot) with a play button and slider."""
    import plotly.graph_objects as go

    dates = control_dates(control) if dates is None else [pd.Timestamp(d) for d in dates]
    fig = control_map(control, dates[0], bounds=bounds, places=False, width=width)
    bounds = tuple(fig.layout.meta["bounds"])
    names = list(_layers(control, dates[0], bounds))
    idx = [i for i, t in enumerate(fig.data) if t.name in names]
    frames = []
    for d in dates:
        layers = _layers(control, d, bounds)
        data = []
        for i in idx:
            x, y = _layer_xy(layers[fig.data[i].name])
            data.append(go.Scatter(x=x, y=y))
        label = str(pd.Timestamp(d).date())
        frames.append(
            go.Frame(data=data, traces=idx, name=label, layout=dict(title=dict(text=_title(d, d))))
        )
    fig.frames = frames
    span = f"Maps of {pd.Timestamp(dates[0]).date()} to {pd.Timestamp(dates[-1]).date()}. "
    for ann in fig.layout.annotations:
        if ann.text and ann.text.startswith("Map of "):
            ann.text = span + ann.text.split(". ", 1)[1]
    step = dict(
        mode="immediate", frame=dict(duration=300, redraw=True), transition=dict(duration=0)
    )
    fig.update_layout(
        updatemenus=[
            dict(
                type="buttons",
                direction="left",
                x=0.0,
                y=-0.1,
                xanchor="left",
                yanchor="top",
                pad=dict(t=30),
                buttons=[
                    dict(
                        label="▶ Play", method="animate", args=[None, {**step, "fromcurrent": True}]
                    ),
                    dict(label="❚❚ Pause", method="animate", args=[[None], step]),
                ],
            )
        ],
        sliders=[
            dict(
                active=0,
                x=0.2,
                len=0.8,
                y=-0.1,
                yanchor="top",
                currentvalue=dict(prefix="Map of "),
                steps=[
                    dict(
                        label=pd.Timestamp(f.name).strftime("%b %d"),
                        method="animate",
                        args=[[f.name], step],
                    )
                    for f in frames
                ],
            )
        ],
        margin=dict(b=200),
    )
    return fig


def area_chart(series: pd.DataFrame, *, title: str | None = None) -> go.Figure:
    """Line chart of occupied (and contested) km² over time from :func:`occupied_area_series`."""
    import plotly.graph_objects as go

    from . import plot

    plot.briefing_template()
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=series["date"],
            y=series["km2"],
            mode="lines+markers",
            name="Russian-held km²",
            line=dict(color=plot.SIDE_COLORS["RU"], width=3),
            marker=dict(size=5),
        )
    )
    if "contested_km2" in series.columns:
        fig.add_trace(
            go.Scatter(
                x=series["date"],
                y=series["km2"] + series["contested_km2"],
                mode="lines",
                name="Russian-held + contested km²",
                line=dict(color="#E69F00", width=2, dash="dot"),
            )
        )
    fig.update_layout(
        template=plot.TEMPLATE_NAME,
        title=title or "Russian-held area in the Luhansk–Donetsk AOI",
        yaxis_title="km²",
        xaxis_title=None,
        legend=dict(x=0.01, y=0.99),
        width=1000,
        height=500,
    )
    _caption(fig, PACK_SOURCE, width=110)
    fig.layout.annotations[-1].y = -0.1
    return fig
