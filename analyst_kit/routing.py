"""Road graphs and evacuation routes that respect destroyed bridges and the other side's ground."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import LineString, Point

from .data import data_path
from .errors import GeodataError, InputError, RoutingError

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = [
    "ROADS_DIR",
    "CORRIDORS_FILE",
    "SAFE_DESTINATIONS",
    "load_road_graph",
    "graph_from_osm",
    "graph_edges",
    "nearest_node",
    "resolve_place",
    "closed_edges",
    "route_options",
    "read_corridors",
    "corridor_check",
    "routes_map",
    "update_routes_map",
]

ROADS_DIR = "roads"
CORRIDORS_FILE = ("corridors", "humanitarian_corridors_area.csv")
#: Default destinations for "is evacuation possible" questions in the bundled graph.
SAFE_DESTINATIONS = ("Lysychansk", "Bakhmut", "Sloviansk")
#: Spellings in reports -> node names of the bundled schematic graph.
PLACE_ALIASES = {
    "azot": "Azot chemical plant",
    "azot plant": "Azot chemical plant",
    "azot chemical plant": "Azot chemical plant",
    "azot industrial site": "Azot chemical plant",
    "severodonetsk": "Sievierodonetsk",
    "sieverodonetsk": "Sievierodonetsk",
    "siverskodonetsk": "Sievierodonetsk",
    "lisichansk": "Lysychansk",
    "slovyansk": "Sloviansk",
    "slaviansk": "Sloviansk",
    "slavyansk": "Sloviansk",
    "artemivsk": "Bakhmut",
    "artemovsk": "Bakhmut",
    "rubezhnoye": "Rubizhne",
    "rubezhne": "Rubizhne",
    "horske": "Hirske",
    "gorskoye": "Hirske",
    "kostyantynivka": "Kostiantynivka",
}
COVERAGE_NOTE = (
    "Schematic graph of main roads around Sievierodonetsk–Lysychansk–Bakhmut–Sloviansk. It has "
    "no roads north of Rubizhne on the left bank (Kreminna, Lyman) and no Siverskyi Donets "
    "crossings other than the three Sievierodonetsk–Lysychansk bridges: 'no route' means no "
    "route inside this graph."
)
_OTHER_SIDE = {"UA": "RU", "RU": "UA"}


# --- graphs -------------------------------------------------------------------------------


def load_road_graph(folder: str | Path | None = None) -> nx.MultiDiGraph:
    """Load the bundled schematic road graph (``data/roads/``).

    Nodes are GeoNames settlement points (plus the Azot plant and bridge approaches), edges
    are straight segments along main roads, both directions. Every edge has ``length_km``
    (geodesic), ``length`` (m, as osmnx), ``road``, ``ref``, ``schematic=True``, ``bridge``
    (bridge name or None), ``bridge_id`` and a LineString ``geometry``.

    Parameters
    ----------
    folder
        A folder with ``schematic_nodes.geojson`` and ``schematic_edges.geojson``.

    Returns
    -------
    networkx.MultiDiGraph
        ``graph.graph`` holds ``crs``, ``schematic`` and ``coverage_note``.
    """
    d = Path(folder) if folder is not None else data_path(ROADS_DIR)
    npath, epath = d / "schematic_nodes.geojson", d / "schematic_edges.geojson"
    for p in (npath, epath):
        if not p.exists():
            raise GeodataError(p, "road graph file not found; run `make data`")
    try:
        nodes = gpd.read_file(npath)
        edges = gpd.read_file(epath)
    except Exception as exc:
        raise GeodataError(d, f"cannot read the road graph ({exc})") from exc
    g = nx.MultiDiGraph(crs="EPSG:4326", schematic=True, coverage_note=COVERAGE_NOTE)
    for r in nodes.itertuples():
        g.add_node(
            r.node, x=r.geometry.x, y=r.geometry.y, name=r.name, kind=r.kind,
            position_quality=r.position_quality,
        )  # fmt: skip
    for r in edges.itertuples():
        bridge = r.bridge if isinstance(r.bridge, str) else None
        bid = r.bridge_id if isinstance(r.bridge_id, str) else None
        attrs = dict(
            length_km=float(r.length_km), length=float(r.length_km) * 1000.0, road=r.road,
            ref=r.ref if isinstance(r.ref, str) else None, schematic=True, bridge=bridge,
            bridge_id=bid,
        )  # fmt: skip
        geom = r.geometry
        g.add_edge(r.u, r.v, geometry=geom, **attrs)
        g.add_edge(r.v, r.u, geometry=LineString(list(geom.coords)[::-1]), **attrs)
    return g


def _osm_bridge(value: Any) -> bool:
    if isinstance(value, list):
        return any(_osm_bridge(v) for v in value)
    return isinstance(value, str) and value not in ("no", "", "0")


def graph_from_osm(path: str | Path, *, simplify: bool = True) -> nx.MultiDiGraph:
    """Read an OSM XML extract into a routable graph with ``osmnx.graph_from_xml``.

    Edges get ``length_km``; ways tagged ``bridge=*`` get ``bridge`` (the way's name, or
    ``"bridge (way <id>)"``) and ``bridge_id`` (``"osm:<way id>"``) so that
    :func:`route_options` can close them. Works offline.

    Parameters
    ----------
    path
        An ``.osm`` (XML) file. For ``.pbf`` convert first (e.g. ``osmium cat x.pbf -o x.osm``)
        or read the ``lines`` layer with ``pyogrio``.
    simplify
        Merge chains of degree-2 nodes (osmnx ``simplify``); bridge tags are kept.

    Returns
    -------
    networkx.MultiDiGraph
    """
    import osmnx as ox

    p = Path(path)
    if not p.exists():
        raise InputError(p, "OSM file not found")
    try:
        g = ox.graph_from_xml(p, simplify=False, retain_all=True)
        if simplify:  # keep bridge ways as their own edges
            g = ox.simplify_graph(g, edge_attrs_differ=["bridge"])
    except Exception as exc:
        raise InputError(p, f"cannot read as OSM XML ({exc})") from exc
    if g.number_of_edges() == 0:
        raise InputError(p, "no routable ways in the OSM file")
    for _u, _v, _k, d in g.edges(keys=True, data=True):
        d["length_km"] = float(d.get("length", 0.0)) / 1000.0
        d.setdefault("bridge", None)
        if _osm_bridge(d.get("bridge")):
            osmid = d.get("osmid")
            osmid = osmid[0] if isinstance(osmid, list) else osmid
            name = d.get("name")
            name = name[0] if isinstance(name, list) else name
            d["bridge"] = name if isinstance(name, str) else f"bridge (way {osmid})"
            d["bridge_id"] = f"osm:{osmid}"
        else:
            d["bridge"] = None
            d["bridge_id"] = None
    for _n, d in g.nodes(data=True):
        d.setdefault("name", None)
    g.graph["schematic"] = False
    return g


def graph_edges(graph: nx.MultiDiGraph, *, refresh: bool = False) -> gpd.GeoDataFrame:
    """Return the edges as a GeoDataFrame (u, v, key, length_km, bridge, bridge_id, geometry).

    Cached on the graph (``graph.graph["_edges"]``; pass ``refresh=True`` after editing
    edges); straight lines where an edge has no geometry.
    """
    cached = graph.graph.get("_edges")
    if cached is not None and not refresh and cached.attrs.get("n_nodes") == len(graph):
        return cached
    graph.graph.pop("_closure_cache", None)
    rows_u, rows_v, rows_k, lens, br, bid, geoms = [], [], [], [], [], [], []
    xs = nx.get_node_attributes(graph, "x")
    ys = nx.get_node_attributes(graph, "y")
    for u, v, k, d in graph.edges(keys=True, data=True):
        rows_u.append(u)
        rows_v.append(v)
        rows_k.append(k)
        lens.append(d.get("length_km", np.nan))
        br.append(d.get("bridge"))
        bid.append(d.get("bridge_id"))
        g = d.get("geometry")
        geoms.append(g if g is not None else LineString([(xs[u], ys[u]), (xs[v], ys[v])]))
    gdf = gpd.GeoDataFrame(
        {"u": rows_u, "v": rows_v, "key": rows_k, "length_km": lens, "bridge": br,
         "bridge_id": bid},
        geometry=geoms, crs=graph.graph.get("crs", "EPSG:4326"),
    )  # fmt: skip
    gdf.attrs["n_nodes"] = len(graph)
    graph.graph["_edges"] = gdf
    return gdf


def _node_xy(graph: nx.MultiDiGraph) -> tuple[list, np.ndarray, np.ndarray]:
    cached = graph.graph.get("_xy")
    if cached is not None and len(cached[0]) == graph.number_of_nodes():
        return cached
    ids = list(graph.nodes)
    x = np.array([graph.nodes[n]["x"] for n in ids], dtype=float)
    y = np.array([graph.nodes[n]["y"] for n in ids], dtype=float)
    graph.graph["_xy"] = (ids, x, y)
    return ids, x, y


def _km_between(lon0, lat0, lon1, lat1):
    """Haversine distance in km (vectorised)."""
    lon0, lat0, lon1, lat1 = map(np.radians, (lon0, lat0, lon1, lat1))
    a = (
        np.sin((lat1 - lat0) / 2) ** 2
        + np.cos(lat0) * np.cos(lat1) * np.sin((lon1 - lon0) / 2) ** 2
    )
    return 2 * 6371.0088 * np.arcsin(np.sqrt(a))


def nearest_node(
    graph: nx.MultiDiGraph, lon: float, lat: float, *, kinds=None
) -> tuple[Any, float]:
    """Return ``(node, distance_km)`` of the graph node nearest to ``lon``/``lat``.

    ``kinds`` limits the candidates to nodes whose ``kind`` is listed (e.g. settlements).
    """
    ids, x, y = _node_xy(graph)
    d = _km_between(lon, lat, x, y)
    if kinds is not None:
        mask = np.array([graph.nodes[n].get("kind") in kinds for n in ids])
        d = np.where(mask, d, np.inf)
    i = int(np.argmin(d))
    return ids[i], float(d[i])


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", str(s).strip().lower())


def resolve_place(graph: nx.MultiDiGraph, place: Any, *, max_snap_km: float = 15.0) -> Any:
    """Turn a place (node id, name, alias, ``(lon, lat)``) into a graph node.

    Names are matched on node ids and ``name`` attributes (case-insensitive), then on the
    kit's aliases ("Azot" → the Azot plant node, "Severodonetsk"...), then through
    ``analyst_kit.gazetteer.lookup`` (any spelling or script); coordinates snap to the
    nearest node within ``max_snap_km``.

    Raises
    ------
    RoutingError
        When the place is unknown or farther than ``max_snap_km`` from the graph.
    """
    try:
        if place in graph:  # a node id (osmnx ints, grid tuples, schematic names)
            return place
    except TypeError:  # unhashable, e.g. a list of coordinates
        pass
    if isinstance(place, tuple | list) and len(place) == 2:
        lon, lat = float(place[0]), float(place[1])
        node, dist = nearest_node(graph, lon, lat)
        if dist > max_snap_km:
            raise RoutingError(
                f"({lon:.4f}, {lat:.4f}) is {dist:.0f} km from the nearest road node "
                f"(limit {max_snap_km:g} km)"
            )
        return node
    if isinstance(place, Point):
        return resolve_place(graph, (place.x, place.y), max_snap_km=max_snap_km)
    if place in graph:
        return place
    key = _norm(place)
    index = graph.graph.get("_names")
    if index is None:
        index = {}
        for n, d in graph.nodes(data=True):
            if d.get("kind") == "bridge approach":
                continue
            for label in (n, d.get("name")):
                if isinstance(label, str):
                    index.setdefault(_norm(label), n)
        graph.graph["_names"] = index
    if key in index:
        return index[key]
    alias = PLACE_ALIASES.get(key)
    if alias is None and "azot" in key:
        alias = "Azot chemical plant"
    if alias and _norm(alias) in index:
        return index[_norm(alias)]
    lat = lon = None
    try:  # the gazetteer: any spelling or script
        from . import gazetteer

        lat, lon = _latlon_of(gazetteer.lookup(str(place)))
    except Exception:  # noqa: BLE001 - gazetteer missing or broken: names above only
        pass
    if lat is not None:
        try:
            return resolve_place(graph, (lon, lat), max_snap_km=max_snap_km)
        except RoutingError as exc:
            raise RoutingError(f"{place!r} (gazetteer {lat:.3f}N {lon:.3f}E): {exc}") from None
    raise RoutingError(f"unknown place {place!r}: not a node name, alias or coordinate pair")


def _latlon_of(hit) -> tuple[float | None, float | None]:
    if hit is None:
        return None, None
    if isinstance(hit, pd.DataFrame):
        if hit.empty:
            return None, None
        hit = hit.iloc[0]
    if isinstance(hit, dict | pd.Series):
        lat = hit.get("lat", hit.get("latitude"))
        lon = hit.get("lon", hit.get("longitude"))
        if lat is not None and lon is not None and not pd.isna(lat):
            return float(lat), float(lon)
    if isinstance(hit, tuple) and len(hit) >= 2:
        return float(hit[0]), float(hit[1])
    return None, None


# --- closures -----------------------------------------------------------------------------


def _bridge_states(bridges_status, date, by) -> pd.DataFrame:
    """Normalise the accepted bridge-status inputs to (bridge_id, bridge_name, status, why)."""
    cols = ["bridge_id", "bridge_name", "status", "why"]
    if bridges_status is None:
        return pd.DataFrame(columns=cols)
    if isinstance(bridges_status, dict):
        return pd.DataFrame(
            [(k, k, v, f"{v} (given)") for k, v in bridges_status.items()], columns=cols
        )
    df = pd.DataFrame(bridges_status)
    if "claimed_by_side" in df and "match_rule" in df and "date" in df:  # a timeline
        from .bridges import status_on

        layer_ids = df.dropna(subset=["bridge_id"]).drop_duplicates("bridge_id")
        layer = gpd.GeoDataFrame(
            {"bridge_id": layer_ids["bridge_id"], "name": layer_ids["bridge_name"]},
            geometry=[None] * len(layer_ids),
        )
        df = status_on(df, date, by, layer=layer)
    if "status" not in df or ("bridge_id" not in df and "bridge_name" not in df):
        raise InputError("bridges_status", "needs bridge_id or bridge_name and status columns")
    out = pd.DataFrame(
        {
            "bridge_id": df.get("bridge_id", df.get("bridge_name")),
            "bridge_name": df.get("bridge_name", df.get("bridge_id")),
            "status": df["status"],
        }
    )
    why = []
    for r in df.itertuples():
        bits = [str(r.status)]
        side = getattr(r, "claimed_by_side", None)
        when = getattr(r, "as_of", None)
        if isinstance(side, str):
            bits.append(f"per {side}")
        if when is not None and not pd.isna(when):
            bits.append(f"claim of {pd.Timestamp(when).date()}")
        actor = getattr(r, "actor_side", None)
        if isinstance(actor, str):
            bits.append(f"attributed to {actor}")
        if getattr(r, "implied", False):
            bits.append("implied by a 'last bridge' claim")
        if getattr(r, "disputed_attribution", False):
            bits.append("attribution disputed")
        why.append(", ".join(bits))
    out["why"] = why
    return out


def _other_side_area(control, date, by, exempt: list[Point], exempt_km: float):
    """Union of the polygons held by the side opposite to ``by`` on ``date`` (or None)."""
    if control is None or len(control) == 0:
        return None, None
    other = _OTHER_SIDE.get(by or "UA", "RU")
    c = control
    if "date" in c.columns and date is not None:
        dates = pd.to_datetime(c["date"])
        when = pd.Timestamp(date).normalize()
        earlier = dates[dates <= when]
        if earlier.empty:
            return None, f"no control snapshot on or before {when.date()}"
        snap_date = earlier.max()
        c = c[dates == snap_date]
    elif "date" in c.columns:
        snap_date = pd.to_datetime(c["date"]).max()
        c = c[pd.to_datetime(c["date"]) == snap_date]
    else:
        snap_date = None
    held = c[c["controller"] == other] if "controller" in c.columns else c
    if held.empty:
        return shapely.Polygon(), snap_date
    area = shapely.make_valid(shapely.union_all(held.geometry.values))
    if exempt_km > 0 and exempt:
        disc = shapely.union_all(
            [
                shapely.affinity.scale(
                    p.buffer(exempt_km / 111.32),
                    xfact=1 / math.cos(math.radians(p.y)),
                    yfact=1.0,
                )
                for p in exempt
            ]
        )
        area = area.difference(disc)
    return area, snap_date


def _cache(graph) -> dict:
    c = graph.graph.setdefault("_closure_cache", {})
    if len(c) > 64:
        c.clear()
    return c


def _cached_area(graph, control, date, by, exempt, exempt_km):
    if control is None:
        return None, None
    key = ("area", id(control), len(control), str(date), by, exempt_km,
           tuple((p.x, p.y) for p in exempt) if exempt_km > 0 else ())  # fmt: skip
    c = _cache(graph)
    if key not in c:
        c[key] = _other_side_area(control, date, by, exempt, exempt_km)
    return c[key]


def _cached_hits(graph, edges, area) -> np.ndarray:
    key = ("hits", id(area), len(edges))
    c = _cache(graph)
    if key not in c:
        shapely.prepare(area)
        c[key] = (shapely.intersects(edges.geometry.values, area), area)  # keep area alive
    return c[key][0]


def closed_edges(
    graph: nx.MultiDiGraph,
    *,
    date=None,
    bridges_status=None,
    control: gpd.GeoDataFrame | None = None,
    by: str | None = "UA",
    close_damaged: bool = False,
    exempt: Sequence[Point] = (),
    exempt_km: float = 0.0,
) -> tuple[set, list[str], Any]:
    """Return the edges to remove for one side's account on one date, and why.

    Returns
    -------
    (set of (u, v, key), list of reasons, other side's area or None)
    """
    edges = graph_edges(graph)
    closed: set = set()
    reasons: list[str] = []
    states = _bridge_states(bridges_status, date, by)
    bad = {"destroyed"} | ({"damaged"} if close_damaged else set())
    if len(states):
        shut = states[states["status"].isin(bad)]
        has_b = edges["bridge"].notna()
        for r in shut.itertuples():
            m = has_b & ((edges["bridge_id"] == r.bridge_id) | (edges["bridge"] == r.bridge_name))
            if m.any():
                closed.update(zip(edges.loc[m, "u"], edges.loc[m, "v"], edges.loc[m, "key"],
                                  strict=True))  # fmt: skip
                reasons.append(f"{r.bridge_name}: closed, {r.why}")
    area, snap = _cached_area(graph, control, date, by, list(exempt), exempt_km)
    if isinstance(snap, str):
        reasons.append(f"control not applied: {snap}")
        area = None
    if area is not None and not area.is_empty:
        hit = _cached_hits(graph, edges, area)
        if hit.any():
            sub = edges[hit]
            closed.update(zip(sub["u"], sub["v"], sub["key"], strict=True))
            other = _OTHER_SIDE.get(by or "UA", "RU")
            when = f" (control snapshot {pd.Timestamp(snap).date()})" if snap is not None else ""
            reasons.append(f"{int(hit.sum())} edge(s) through ground held by {other}{when}")
    return closed, reasons, area


def _path_geometry(
    graph: nx.MultiDiGraph, path: list, closed: set
) -> tuple[LineString, float, list]:
    coords: list = []
    total = 0.0
    bridges: list[str] = []
    for u, v in zip(path[:-1], path[1:], strict=True):
        options = {k: d for k, d in graph[u][v].items() if (u, v, k) not in closed}
        k, d = min(options.items(), key=lambda kv: kv[1].get("length_km", math.inf))
        total += float(d.get("length_km", 0.0))
        if d.get("bridge") and d["bridge"] not in bridges:
            bridges.append(d["bridge"])
        g = d.get("geometry")
        pu = (graph.nodes[u]["x"], graph.nodes[u]["y"])
        pv = (graph.nodes[v]["x"], graph.nodes[v]["y"])
        seg = list(g.coords) if g is not None else [pu, pv]
        if math.dist(seg[0], pu) > math.dist(seg[-1], pu):
            seg = seg[::-1]
        coords.extend(seg if not coords else seg[1:])
    if len(coords) < 2:
        coords = coords * 2 if coords else [(0, 0), (0, 0)]
    return LineString(coords), total, bridges


def route_options(
    graph: nx.MultiDiGraph,
    origin,
    destinations: Iterable | Any = SAFE_DESTINATIONS,
    date=None,
    bridges_status=None,
    control: gpd.GeoDataFrame | None = None,
    by: str | None = "UA",
    *,
    close_damaged: bool = False,
    exempt_km: float = 0.0,
) -> gpd.GeoDataFrame:
    """Shortest routes from a place to safe destinations, by one side's account on one date.

    Edges over bridges that side calls destroyed (on or before ``date``) are removed, and so
    are edges touching ground held by the other side (the control snapshot in force on
    ``date``). "No route" is an explicit row, never an exception.

    Parameters
    ----------
    graph
        From :func:`load_road_graph` or :func:`graph_from_osm`.
    origin
        Node name, alias ("Azot chemical plant", "Severodonetsk") or ``(lon, lat)``.
    destinations
        One place or several (same forms as ``origin``).
    date
        Day to evaluate (claims and control up to that day).
    bridges_status
        A timeline from :func:`analyst_kit.bridges.bridge_status` (evaluated with ``by``),
        a frame from :func:`analyst_kit.bridges.status_on`, or ``{bridge_id or name: status}``.
    control
        Control areas ``[date, controller, geometry]`` (e.g.
        :func:`analyst_kit.control.load_control_pack`); the latest snapshot ≤ ``date`` is used.
    by
        Whose account: bridge claims made by this side; ground held by the other side is
        closed (``"UA"`` closes ``controller == "RU"`` and vice versa).
    close_damaged
        Also close bridges called damaged.
    exempt_km
        Do not close ground within this distance of the origin (leaving a pocket).

    Returns
    -------
    geopandas.GeoDataFrame
        ``origin``, ``destination``, ``date``, ``by``, ``status`` (``"open"``/``"no route"``),
        ``length_km``, ``bridges_used``, ``closed_reasons``, ``geometry`` (LineString; None
        when there is no route). ``attrs["closed_area"]`` holds the other side's ground as
        applied (after ``exempt_km``), or None.
    """
    if graph.number_of_nodes() == 0:
        raise RoutingError("the road graph is empty")
    if isinstance(destinations, str | tuple | Point) and not (
        isinstance(destinations, tuple)
        and destinations
        and not isinstance(destinations[0], float | int)
    ):
        destinations = [destinations]
    dests = list(destinations)
    src = resolve_place(graph, origin)
    src_pt = Point(graph.nodes[src]["x"], graph.nodes[src]["y"])
    closed, reasons, area = closed_edges(
        graph, date=date, bridges_status=bridges_status, control=control, by=by,
        close_damaged=close_damaged, exempt=[src_pt], exempt_km=exempt_km,
    )  # fmt: skip

    def weight(u, v, d):
        best = None
        for k, attrs in d.items():
            if (u, v, k) in closed:
                continue
            w = attrs.get("length_km", 1.0)
            best = w if best is None or w < best else best
        return best

    targets = [resolve_place(graph, d) for d in dests]
    paths: dict = {}
    if len(set(targets)) == 1:  # one destination: A* with a great-circle lower bound
        dst = targets[0]
        nodes = graph.nodes
        tx, ty = math.radians(nodes[dst]["x"]), math.radians(nodes[dst]["y"])
        cos_ty = math.cos(ty)

        def heuristic(n, _t):
            d = nodes[n]
            x, y = math.radians(d["x"]), math.radians(d["y"])
            a = math.sin((ty - y) / 2) ** 2 + math.cos(y) * cos_ty * math.sin((tx - x) / 2) ** 2
            # great-circle km never exceeds the road length (0.99: ellipsoid vs sphere)
            return 0.99 * 2 * 6371.0088 * math.asin(math.sqrt(a))

        try:
            paths[dst] = nx.astar_path(graph, src, dst, heuristic=heuristic, weight=weight)
        except nx.NetworkXNoPath:
            pass
    else:
        paths = nx.single_source_dijkstra(graph, src, weight=weight)[1]
    origin_note = []
    if area is not None and not area.is_empty and area.contains(src_pt):
        origin_note.append(f"origin lies in ground held by {_OTHER_SIDE.get(by or 'UA', 'RU')}")
    label = graph.nodes[src].get("name") or str(src)
    rows = []
    for dst in targets:
        dlabel = graph.nodes[dst].get("name") or str(dst)
        why = origin_note + reasons
        if dst in paths:
            geom, length, used = _path_geometry(graph, paths[dst], closed)
            rows.append(
                dict(
                    origin=label,
                    destination=dlabel,
                    status="open",
                    length_km=round(length, 2),
                    bridges_used=used,
                    closed_reasons=why,
                    geometry=geom,
                )  # fmt: skip
            )
        else:
            extra = []
            if not nx.has_path(graph, src, dst):
                extra.append("not connected in this graph even with every edge open")
            if graph.graph.get("coverage_note"):
                extra.append(graph.graph["coverage_note"])
            rows.append(
                dict(
                    origin=label,
                    destination=dlabel,
                    status="no route",
                    length_km=np.nan,
                    bridges_used=[],
                    closed_reasons=why + extra,
                    geometry=None,
                )  # fmt: skip
            )
    out = gpd.GeoDataFrame(rows, geometry="geometry", crs=graph.graph.get("crs", "EPSG:4326"))
    out.insert(2, "date", pd.Timestamp(date).normalize() if date is not None else pd.NaT)
    out.insert(3, "by", by)
    out.attrs["closed_area"] = area  # the other side's ground as applied (for maps)
    return out


# --- corridors ----------------------------------------------------------------------------

_HC_STATUS = {
    "successful": "completed",
    "disputed": "agreed",
    "unsuccessful/disrupted": "impossible",
    "proposed route/outcome unknown": "requested",
}
_HC_SIDE = {"Ukraine": "UA", "Russia": "RU", "Agreed": None}


def read_corridors(path: str | Path | None = None) -> pd.DataFrame:
    """Load the PeaceRep humanitarian-corridor records of the area as corridor claims.

    Parameters
    ----------
    path
        The compact CSV; default ``data/corridors/humanitarian_corridors_area.csv``.

    Returns
    -------
    pandas.DataFrame
        Evacuation-table columns (``report_id``, ``claim_id``, ``date``, ``origin``,
        ``destination``, ``population``, ``status``, ``requested_by_side``,
        ``claimed_by_side``) plus ``status_result`` (the dataset's own value), ``disputed``,
        ``origin_lon``/``origin_lat``/``destination_lon``/``destination_lat`` (namesakes the
        source geocoded wrongly are corrected, see ``geocode_note``), ``link``, ``source``.
        ``status``: successful → completed, disputed → agreed (``disputed=True``),
        unsuccessful/disrupted → impossible, proposed/unknown → requested.
    """
    p = Path(path) if path is not None else data_path(*CORRIDORS_FILE)
    if not p.exists():
        raise GeodataError(p, "corridor records not found; run `make data`")
    raw = pd.read_csv(p)
    need = {"HC_ID", "date", "status_result", "from_name", "to_name", "from_lat", "to_lat"}
    if need - set(raw.columns):
        raise GeodataError(p, f"missing columns {sorted(need - set(raw.columns))}")
    out = pd.DataFrame(
        {
            "report_id": "peacerep-hc-" + raw["HC_ID"].astype(str),
            "claim_id": "peacerep-hc-" + raw["HC_ID"].astype(str),
            "date": pd.to_datetime(raw["date"]),
            "origin": raw["from_name"],
            "destination": raw["to_name"],
            "population": "civilians",
            "status": raw["status_result"].map(_HC_STATUS).fillna("requested"),
            "requested_by_side": raw["proposal"].map(_HC_SIDE),
            "claimed_by_side": None,
            "status_result": raw["status_result"],
            "disputed": raw["status_result"].eq("disputed"),
            "origin_lon": raw["from_lon"],
            "origin_lat": raw["from_lat"],
            "destination_lon": raw["to_lon"],
            "destination_lat": raw["to_lat"],
            "geocode_note": raw.get("geocode_note"),
            "link": raw.get("link"),
            "source": "PeaceRep humanitarian corridors (github.com/peacerep/ukraine-map)",
        }
    )
    return out


_ALLOWING = {"open", "ongoing", "possible", "completed"}
_DENYING = {"impossible", "refused"}


def corridor_check(
    evacuations: pd.DataFrame,
    graph: nx.MultiDiGraph | None = None,
    *,
    reports: pd.DataFrame | None = None,
    bridges_status=None,
    control: gpd.GeoDataFrame | None = None,
    by: str | None = None,
    destinations: Sequence = SAFE_DESTINATIONS,
    max_snap_km: float = 10.0,
    exempt_km: float = 0.0,
) -> pd.DataFrame:
    """Put each corridor / evacuation claim beside what the road graph says on its date.

    Parameters
    ----------
    evacuations
        The ``evacuations`` table (origin, destination, status, claimed_by_side; a ``date``
        column or ``reports`` to join), or :func:`read_corridors`. Rows with
        ``origin_lon``/``origin_lat`` use those coordinates.
    graph
        Default :func:`load_road_graph`.
    reports
        ``reports`` table for the dates.
    bridges_status, control
        As in :func:`route_options`.
    by
        Whose account to route by; default each claim's ``claimed_by_side`` (``requested_by_side``
        next, ``UA`` when both are unknown).
    destinations
        Used when a claim names no destination (any open one counts).
    max_snap_km
        Places farther than this from every node are ``outside graph``.

    Returns
    -------
    pandas.DataFrame
        The claim's columns plus ``graph_status`` (``open``, ``no route``, ``outside graph``),
        ``graph_destination``, ``graph_length_km``, ``bridges_used``, ``closed_reasons``,
        ``graph_allows`` (bool or None) and ``agrees`` (True/False; None when the claim is a
        request or agreement, which states no fact about the road).
    """
    graph = load_road_graph() if graph is None else graph
    ev = evacuations.copy()
    if "date" not in ev and reports is not None:
        ev = ev.merge(reports[["report_id", "date"]], on="report_id", how="left")
    rows = []
    for _, r in ev.iterrows():
        date = r.get("date")
        date = None if date is None or pd.isna(date) else date
        side = by or next(
            (
                s
                for s in (r.get("claimed_by_side"), r.get("requested_by_side"))
                if isinstance(s, str)
            ),
            "UA",
        )
        res = dict(graph_status="outside graph", graph_destination=None, graph_length_km=np.nan,
                   bridges_used=[], closed_reasons=[], graph_allows=None)  # fmt: skip
        try:
            o = _claim_place(r, "origin", graph, max_snap_km)
            dest = _claim_place(r, "destination", graph, max_snap_km, required=False)
            targets = [dest] if dest is not None else [d for d in destinations if d in graph]
            targets = [t for t in targets if t != o]
            if o is not None and targets:
                ro = route_options(graph, o, targets, date, bridges_status, control, side,
                                   exempt_km=exempt_km)  # fmt: skip
                ok = ro[ro["status"] == "open"].sort_values("length_km")
                best = ok.iloc[0] if len(ok) else ro.iloc[0]
                res.update(
                    graph_status=best["status"], graph_destination=best["destination"],
                    graph_length_km=best["length_km"], bridges_used=best["bridges_used"],
                    closed_reasons=best["closed_reasons"], graph_allows=bool(len(ok)),
                )  # fmt: skip
        except RoutingError as exc:
            res["closed_reasons"] = [str(exc)]
        status = r.get("status")
        if res["graph_allows"] is None:
            agrees = None
        elif status in _ALLOWING:
            agrees = res["graph_allows"]
        elif status in _DENYING:
            agrees = not res["graph_allows"]
        else:
            agrees = None
        rows.append({**r.to_dict(), **res, "routed_by": side, "agrees": agrees})
    return pd.DataFrame(rows)


def _claim_place(row, which: str, graph, max_snap_km: float, required: bool = True):
    lon, lat = row.get(f"{which}_lon"), row.get(f"{which}_lat")
    if lon is not None and lat is not None and not (pd.isna(lon) or pd.isna(lat)):
        node, dist = nearest_node(graph, float(lon), float(lat), kinds={"settlement", "facility"})
        return node if dist <= max_snap_km else None
    name = row.get(which)
    if name is None or (isinstance(name, float) and pd.isna(name)) or not str(name).strip():
        if required:
            return None
        return None
    try:
        return resolve_place(graph, str(name), max_snap_km=max_snap_km)
    except RoutingError:
        return None


# --- maps ---------------------------------------------------------------------------------

ROUTE_COLORS = ("#0072B2", "#009E73", "#56B4E9", "#CC79A7", "#E69F00", "#000000")


def _graph_bounds(graph, pad: float = 0.08) -> tuple[float, float, float, float]:
    _, x, y = _node_xy(graph)
    return (float(x.min() - pad), float(y.min() - pad), float(x.max() + pad), float(y.max() + pad))


def routes_map(
    routes: gpd.GeoDataFrame,
    graph: nx.MultiDiGraph | None = None,
    *,
    bridges_layer: gpd.GeoDataFrame | None = None,
    bridges_status: pd.DataFrame | None = None,
    timeline: pd.DataFrame | None = None,
    control: gpd.GeoDataFrame | None = None,
    bounds: Sequence[float] | None = None,
    title: str | None = None,
    caption: str | None = None,
    width: int = 1100,
) -> go.Figure:
    """Map route options: roads (grey), the other side's ground, bridges by status, routes.

    Parameters
    ----------
    routes
        From :func:`route_options`; "no route" rows are listed in the legend.
    graph
        The road graph drawn underneath (default the bundled schematic graph).
    bridges_layer, bridges_status, timeline
        Bridges coloured by :func:`analyst_kit.bridges.status_on`; hover shows the timeline's
        claim sentences (escaped).
    control
        Polygons of the other side's ground to shade (already filtered to one date); default
        ``routes.attrs["closed_area"]`` (what :func:`route_options` applied), when present.
    bounds, title, caption, width
        Figure options; bounds default to the graph's extent.

    Returns
    -------
    plotly.graph_objects.Figure
        Trace names: ``roads``, ``other side's ground``, ``bridge: <status>``,
        ``route: <destination>``, ``no route: <destination>``.
    """
    from . import plot
    from .bridges import bridges_map, load_bridges

    graph = load_road_graph() if graph is None else graph
    bounds = tuple(bounds) if bounds is not None else _graph_bounds(graph)
    fig = plot.base_map(bounds, title=title, width=width)
    if control is None and routes.attrs.get("closed_area") is not None:
        control = [routes.attrs["closed_area"]]
    if control is not None and len(control):
        geoms = control.geometry if hasattr(control, "geometry") else control
        clip = shapely.box(*bounds)
        geoms = [g.intersection(clip) for g in geoms if g is not None and not g.is_empty]
        by = routes["by"].iloc[0] if len(routes) else "UA"
        other = _OTHER_SIDE.get(by or "UA", "RU")
        plot.add_polygons(fig, geoms, name=f"held by {other} (closed)",
                          color=plot.SIDE_COLORS[other], opacity=0.18)  # fmt: skip
    river = data_path(ROADS_DIR, "siverskyi_donets.geojson")
    if river.exists():
        plot.add_lines(fig, gpd.read_file(river).geometry, name="Siverskyi Donets",
                       color="#56B4E9", width=3, hoverinfo="skip")  # fmt: skip
    edges = graph_edges(graph)
    plain = edges[edges["bridge"].isna()]
    plot.add_lines(fig, plain.geometry, name="roads (schematic)", color="#5b6570", width=1.8,
                   hoverinfo="skip")  # fmt: skip
    _add_node_labels(fig, graph, bounds)
    layer = load_bridges() if bridges_layer is None else bridges_layer
    layer = layer[
        layer.geometry.x.between(bounds[0], bounds[2])
        & layer.geometry.y.between(bounds[1], bounds[3])
    ]
    _add_routes(fig, routes)
    bridges_map(layer, bridges_status, timeline, fig=fig, textposition="bottom right",
                single_trace=True)  # fmt: skip
    # legend in its own column right of the map, so it never hides the river crossings
    frac = (width - 60) / (width + 200)
    fig.update_layout(width=width + 260, legend=dict(x=frac + 0.01, xanchor="left", y=1.0))
    fig.update_xaxes(domain=[0, frac])
    plot.add_scale_bar(fig)
    plot.add_north_arrow(fig)
    cap = caption or (
        "Schematic road graph (GeoNames points, straight segments), not for navigation. Bridge "
        "positions approximate. Sources: data/SOURCES.md"
    )
    plot.add_caption(fig, cap)
    return fig


#: Small places drawn without a label on overview maps (they crowd the river crossings).
UNLABELLED = {"Syrotyne", "Metolkine", "Voronove", "Borivske", "Novodruzhesk", "Riznykivka"}


def _add_node_labels(fig, graph, bounds) -> None:
    from . import plot

    small = (bounds[2] - bounds[0]) < 0.6
    rows = [
        dict(name=d.get("name"), lon=d["x"], lat=d["y"], kind=d.get("kind"),
             label=d.get("name") if small or d.get("name") not in UNLABELLED else "")
        for _, d in graph.nodes(data=True)
        if d.get("kind") in ("settlement", "facility")
    ]  # fmt: skip
    if not rows or len(rows) > 400:
        return
    df = pd.DataFrame(rows)
    for kind, pos, symbol in (("settlement", "top center", "circle"),
                              ("facility", "middle left", "square")):  # fmt: skip
        sub = df[df["kind"] == kind]
        if len(sub):
            plot.add_points(fig, sub, name=f"{kind}s", label="label", hover=["name", "kind"],
                            color="#333333", size=7 if kind == "facility" else 6,
                            symbol=symbol, showlegend=False, textposition=pos)  # fmt: skip


def _add_routes(fig, routes: gpd.GeoDataFrame) -> None:
    from . import plot

    # longest first, so short routes stay visible on top; colours keep the row order
    order = sorted(range(len(routes)), key=lambda i: -(routes["length_km"].iloc[i] or 0)
                   if pd.notna(routes["length_km"].iloc[i]) else 0)  # fmt: skip
    for i in order:
        r = next(routes.iloc[[i]].itertuples())
        color = ROUTE_COLORS[i % len(ROUTE_COLORS)]
        why = "; ".join(r.closed_reasons) if r.closed_reasons else "nothing closed"
        if r.status == "open" and r.geometry is not None:
            text = (
                f"{r.origin} → {r.destination}: {r.length_km:.1f} km via "
                f"{', '.join(r.bridges_used) or 'no bridge'}. Closed: {why}"
            )
            plot.add_lines(fig, [r.geometry], name=f"route: {r.destination} ({r.length_km:.0f} km)",
                           color=color, width=7 - min(i, 3), hovertext=text,
                           legendgroup=f"route{i}")  # fmt: skip
            fig.data[-1].meta = {"destination": r.destination}
        else:
            import plotly.graph_objects as go

            fig.add_trace(
                go.Scatter(
                    x=[None], y=[None], mode="lines",
                    line=dict(color="#D55E00", width=3, dash="dot"),
                    name=f"no route: {plot.escape_text(r.destination)}",
                    hoverinfo="skip", meta={"destination": r.destination},
                )
            )  # fmt: skip


def update_routes_map(
    fig,
    routes: gpd.GeoDataFrame,
    bridges_status: pd.DataFrame | None = None,
    timeline: pd.DataFrame | None = None,
    *,
    title: str | None = None,
) -> None:
    """Update a :func:`routes_map` figure (or FigureWidget) in place for new routes.

    Route traces are matched by destination and rewritten (``x``/``y``/``name``/
    ``hovertext``/line style); the bridge markers follow ``bridges_status`` (from
    :func:`analyst_kit.bridges.status_on`). Wrap calls in ``fig.batch_update()``.
    """
    from . import plot
    from .bridges import update_bridges_trace

    by_dest = {
        t.meta["destination"]: t
        for t in fig.data
        if isinstance(t.meta, dict) and "destination" in t.meta
    }
    for i, r in enumerate(routes.itertuples()):
        t = by_dest.get(r.destination)
        if t is None:
            continue
        color = ROUTE_COLORS[i % len(ROUTE_COLORS)]
        why = "; ".join(r.closed_reasons) if r.closed_reasons else "nothing closed"
        if r.status == "open" and r.geometry is not None:
            xs, ys = map(list, r.geometry.xy)
            t.x, t.y = xs, ys
            t.name = f"route: {plot.escape_text(r.destination)} ({r.length_km:.0f} km)"
            t.line.dash, t.line.color, t.line.width = None, color, 7 - min(i, 3)
            t.hoverinfo = "text"
            t.hovertext = plot.escape_text(
                f"{r.origin} → {r.destination}: {r.length_km:.1f} km via "
                f"{', '.join(r.bridges_used) or 'no bridge'}. Closed: {why}"
            )
        else:
            t.x, t.y = [None], [None]
            t.name = f"no route: {plot.escape_text(r.destination)}"
            t.line.dash, t.line.color, t.line.width = "dot", "#D55E00", 3
    if bridges_status is not None:
        update_bridges_trace(fig, bridges_status, timeline)
    if title is not None:
        fig.layout.title.text = plot.escape_text(title)
