"""Route options for 100 origin–destination pairs on a synthetic grid graph of >= 100k edges.

The grid has lon/lat coordinates over the battle area, a north–south "river" crossed only by
a few bridge edges, and a synthetic control polygon; each query closes destroyed bridges and
the other side's ground, as :func:`analyst_kit.routing.route_options` does for analysts.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import record  # noqa: E402

N = 230  # N x N nodes -> 4 N (N - 1) directed edges (~210k)
PAIRS = 100


def grid_graph(n: int = N):
    import networkx as nx
    from shapely.geometry import LineString

    lon0, lat0, step = 37.5, 48.4, 1.2 / n
    g = nx.MultiDiGraph(crs="EPSG:4326")
    river_col = n // 2  # edges between column river_col and river_col + 1 cross the river
    bridges = {n // 5: "bridge A", n // 2: "bridge B", 4 * n // 5: "bridge C"}
    for i in range(n):
        for j in range(n):
            g.add_node((i, j), x=lon0 + i * step, y=lat0 + j * step, name=None)
    km_x = step * 111.32 * 0.66
    km_y = step * 111.32
    for i in range(n):
        for j in range(n):
            for di, dj, km in ((1, 0, km_x), (0, 1, km_y)):
                a, b = (i, j), (i + di, j + dj)
                if b[0] >= n or b[1] >= n:
                    continue
                bridge = None
                if di == 1 and i == river_col:
                    bridge = bridges.get(j)
                    if bridge is None:
                        continue  # the river: no crossing without a bridge
                pa = (g.nodes[a]["x"], g.nodes[a]["y"])
                pb = (g.nodes[b]["x"], g.nodes[b]["y"])
                attrs = dict(length_km=km, bridge=bridge, bridge_id=bridge)
                g.add_edge(a, b, geometry=LineString([pa, pb]), **attrs)
                g.add_edge(b, a, geometry=LineString([pb, pa]), **attrs)
    return g


def main() -> None:
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import box

    from analyst_kit import routing

    t0 = time.perf_counter()
    g = grid_graph()
    build_s = time.perf_counter() - t0
    edges = g.number_of_edges()
    assert edges >= 100_000, edges
    t0 = time.perf_counter()
    routing.graph_edges(g)
    edges_frame_s = time.perf_counter() - t0
    control = gpd.GeoDataFrame(
        {"date": pd.to_datetime(["2022-06-01"]), "controller": ["RU"]},
        geometry=[box(37.6, 49.2, 38.0, 49.5)],
        crs=4326,
    )
    status = {"bridge B": "destroyed"}
    rnd = random.Random(7)
    nodes = list(g.nodes)
    pairs = [(rnd.choice(nodes), rnd.choice(nodes)) for _ in range(PAIRS)]

    def run(**kw):
        times, open_ = [], 0
        for o, d in pairs:
            t = time.perf_counter()
            r = routing.route_options(g, o, [d], "2022-06-10", **kw)
            times.append(time.perf_counter() - t)
            open_ += int(r["status"].iloc[0] == "open")
        return times, open_

    plain, open_plain = run()
    closed, open_closed = run(bridges_status=status, control=control)
    nums = {
        "graph": f"synthetic {N}x{N} lon/lat grid, river crossed by 3 bridge edges",
        "nodes": g.number_of_nodes(),
        "edges": edges,
        "od_pairs": PAIRS,
        "graph_build_seconds": round(build_s, 2),
        "edge_frame_seconds": round(edges_frame_s, 2),
        "no_closures_total_seconds": round(sum(plain), 2),
        "no_closures_ms_median": round(1000 * statistics.median(plain), 1),
        "with_bridge_and_control_closures_total_seconds": round(sum(closed), 2),
        "with_closures_ms_median": round(1000 * statistics.median(closed), 1),
        "with_closures_ms_max": round(1000 * max(closed), 1),
        "open_routes_no_closures": open_plain,
        "open_routes_with_closures": open_closed,
        "load_average_1min_at_end": round(os.getloadavg()[0], 1),
    }
    record("routing", nums)


if __name__ == "__main__":
    main()
