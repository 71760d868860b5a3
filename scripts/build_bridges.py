"""Bridges layer, schematic road graph and humanitarian-corridor records for data/.

Builds, from ``../shared/geodata``:

- ``data/bridges.geojson``: bridges named in the sample reports. The Siverskyi Donets bridges
  are placed where a schematic road meets the GSHHG/WDBII level-2 river line and are marked
  ``position_quality="approximate"``; every row says how it was placed (``position_note``).
- ``data/roads/schematic_nodes.geojson`` and ``data/roads/schematic_edges.geojson``: a
  *schematic* graph of the main roads of the Sievierodonetsk–Lysychansk–Bakhmut area joining
  GeoNames settlement points with straight segments (``schematic=True`` on every row), with
  each Siverskyi Donets bridge as its own short edge (``bridge`` = bridge name).
- ``data/corridors/humanitarian_corridors_area.csv``: the PeaceRep humanitarian-corridor
  records of the area with corrected coordinates for namesakes the source geocoded wrongly
  (news excerpts are dropped; the ``Link`` column keeps the source).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
from shapely.geometry import LineString, MultiLineString, Point, mapping
from shapely.ops import linemerge, nearest_points

SCHEMATIC_NOTE = (
    "schematic: straight segments between GeoNames settlement points along main roads known "
    "to exist; not an OSM extract, not for navigation"
)

#: name -> (GeoNames name, geonameid) for the settlements used as graph nodes.
SETTLEMENTS: dict[str, tuple[str, int]] = {
    "Sievierodonetsk": ("Siverskodonetsk", 691999),
    "Lysychansk": ("Lysychansk", 702972),
    "Rubizhne": ("Rubizhne", 695274),
    "Syrotyne": ("Syrotyne", 693755),
    "Metolkine": ("Metolkine", 701320),
    "Voronove": ("Voronove", 689006),
    "Borivske": ("Borivske", 711597),
    "Novodruzhesk": ("Novodruzhesk", 699615),
    "Pryvillia": ("Pryvillia", 696218),
    "Bilohorivka": ("Bilohorivka", 712588),
    "Zolotarivka": ("Zolotarivka", 686891),
    "Siversk": ("Siversk", 694403),
    "Berestove": ("Berestove", 712412),
    "Bakhmut": ("Bakhmut", 713174),
    "Soledar": ("Soledar", 706757),
    "Popasna": ("Popasna", 696566),
    "Hirske": ("Hirske", 708273),
    "Zolote": ("Zolote", 686868),
    "Toshkivka": ("Toshkivka", 691355),
    "Riznykivka": ("Riznykivka", 695611),
    "Mykolaivka": ("Mykolaivka", 700119),
    "Sloviansk": ("Slovyansk", 693468),
    "Kramatorsk": ("Kramatorsk", 704508),
    "Druzhkivka": ("Druzhkivka", 616743),
    "Kostiantynivka": ("Kostyantynivka", 705104),
}

#: Facilities: name -> (lat, lon, source, quality).
FACILITIES = {
    "Azot chemical plant": (
        48.9416,
        38.4733,
        "Wikipedia 'Azot (Sievierodonetsk)' coordinates 48.9416N 38.4733E (an ~800 ha site; "
        "one representative point)",
        "approximate",
    ),
}

UNNAMED = "unnamed main road"
LOCAL = "local road"
#: Main-road edges (a, b, road, ref). Refs only where well attested in 2022 reporting.
ROADS: list[tuple[str, str, str, str | None]] = [
    # left bank of the Siverskyi Donets
    ("Sievierodonetsk", "Rubizhne", UNNAMED, None),
    ("Sievierodonetsk", "Azot chemical plant", "city streets", None),
    ("Sievierodonetsk", "Syrotyne", LOCAL, None),
    ("Sievierodonetsk", "Metolkine", LOCAL, None),
    ("Metolkine", "Voronove", LOCAL, None),
    ("Voronove", "Borivske", LOCAL, None),
    # right bank
    ("Lysychansk", "Novodruzhesk", UNNAMED, None),
    ("Novodruzhesk", "Pryvillia", UNNAMED, None),
    ("Lysychansk", "Zolotarivka", "Lysychansk–Siversk road", None),
    ("Zolotarivka", "Siversk", "Lysychansk–Siversk road", None),
    ("Zolotarivka", "Bilohorivka", LOCAL, None),
    ("Lysychansk", "Berestove", "Lysychansk–Bakhmut highway", "T-1302"),
    ("Berestove", "Bakhmut", "Lysychansk–Bakhmut highway", "T-1302"),
    ("Siversk", "Soledar", UNNAMED, None),
    ("Soledar", "Bakhmut", UNNAMED, None),
    ("Siversk", "Riznykivka", UNNAMED, None),
    ("Riznykivka", "Mykolaivka", UNNAMED, None),
    ("Mykolaivka", "Sloviansk", UNNAMED, None),
    ("Sloviansk", "Kramatorsk", "Sloviansk–Kramatorsk–Kostiantynivka road", "H-20"),
    ("Kramatorsk", "Druzhkivka", "Sloviansk–Kramatorsk–Kostiantynivka road", "H-20"),
    ("Druzhkivka", "Kostiantynivka", "Sloviansk–Kramatorsk–Kostiantynivka road", "H-20"),
    ("Sloviansk", "Bakhmut", "Kharkiv–Sloviansk–Bakhmut highway", "M-03"),
    ("Kostiantynivka", "Bakhmut", UNNAMED, None),
    ("Bakhmut", "Popasna", UNNAMED, None),
    ("Popasna", "Hirske", UNNAMED, None),
    ("Hirske", "Zolote", UNNAMED, None),
    ("Hirske", "Toshkivka", UNNAMED, None),
    ("Toshkivka", "Lysychansk", UNNAMED, None),
]

RIVER = "Siverskyi Donets"
SD_LYS = "Sievierodonetsk–Lysychansk"
#: Siverskyi Donets road bridges between Sievierodonetsk (left bank) and Lysychansk (right).
#: placement: ("cross", a, b) = where the straight a-b segment meets the river line;
#: ("near", place) = river point nearest to place; ("between", i, j) = midway (along the river)
#: between bridges i and j of this list.
DONETS_BRIDGES = [
    {
        "bridge_id": "sd-lys-pavlohrad",
        "name": "Pavlohrad bridge",
        "alt_names": "Pavlograd bridge|Pavlohradskyi bridge|new bridge|EU-restored bridge",
        "road": "Sievierodonetsk–Lysychansk road via Pavlohrad (state road towards Zolote; "
        "number not verified)",
        "left": ["Sievierodonetsk", "Azot chemical plant"],
        "right": ["Lysychansk"],
        "placement": ("cross", "Sievierodonetsk", "Lysychansk"),
        "position_note": "approximate: where the straight Sievierodonetsk–Lysychansk segment "
        "(GeoNames centre points) meets the WDBII level-2 river line; the real bridge is "
        "within a few km",
        "source": "Haidai (Luhansk OVA) via Telegram, 21 May 2022, reported by online.ua and "
        "ostannipodii.com: the bridge blown up in July 2014, rebuilt with EU funds and reopened "
        "6 Dec 2016, destroyed again; name 'Pavlohrad bridge' from vchaspik.ua (2020) and "
        "informator.media (2016)",
    },
    {
        "bridge_id": "sd-lys-third",
        "name": "Third Sievierodonetsk–Lysychansk bridge (unidentified)",
        "alt_names": "second bridge|third bridge",
        "road": "not identified",
        "left": ["Sievierodonetsk"],
        "right": ["Lysychansk"],
        "placement": ("between", 0, 2),
        "position_note": "placeholder: which structure this is was not established from the "
        "sources at hand; placed on the river line midway between the two identified bridges "
        "so that the schematic graph has three crossings. Do not use the position.",
        "source": "Haidai, 12 June 2022 (ukranews.com, Reuters): the second of three bridges "
        "destroyed overnight; one still standing. Identity of this bridge not established",
    },
    {
        "bridge_id": "sd-lys-proletarsk",
        "name": "Proletarsk bridge",
        "alt_names": "Proletarskyi bridge|Proletarsky bridge|old bridge|last bridge",
        "road": "Sievierodonetsk (Pervomaiska St) – Proletarsk (Lysychansk) road",
        "left": ["Sievierodonetsk", "Azot chemical plant"],
        "right": ["Lysychansk"],
        "placement": ("near", "Syrotyne"),
        "position_note": "approximate: river point nearest to Syrotyne (GeoNames), on the "
        "southern side of Sievierodonetsk facing Proletarsk; Proletarsk itself is not in "
        "GeoNames ≥500; uncertainty a few km",
        "source": "vchaspik.ua 1 Jun 2022 and sd.ua 29 Mar 2023 (Proletarsk bridge between "
        "Lysychansk and Sievierodonetsk, destroyed June 2022); dnr-news.ru 13 Jun 2022 (DNR "
        "spokesman Basurin: the Proletarsk bridge, the last link, blown up by Ukrainian forces)",
    },
]

OTHER_BRIDGES = [
    {
        "bridge_id": "bilohorivka-pontoons",
        "name": "Bilohorivka pontoon crossings",
        "alt_names": "Bilohorivka pontoon bridge|Belogorovka pontoon",
        "river": RIVER,
        "connects": "Bilohorivka–left bank (Serebrianka forest)",
        "road": "military pontoon crossings (temporary)",
        "kind": "pontoon",
        "in_road_graph": False,
        "placement": ("near", "Bilohorivka"),
        "position_quality": "approximate",
        "position_note": "approximate: river point nearest to Bilohorivka (GeoNames); several "
        "pontoons were built 4–13 May 2022 along a few km of river",
        "source": "Haidai and Ukrainian MoD, 8–12 May 2022 (censor.net, mil.in.ua, CNN live "
        "9 May 2022): Russian pontoon crossings near Bilohorivka destroyed by Ukrainian "
        "artillery",
    },
    {
        "bridge_id": "irpin-romanivka",
        "name": "Irpin bridge (Romanivka)",
        "alt_names": "Romanivka bridge|Romanivskyi bridge|Irpin bridge",
        "river": "Irpin",
        "connects": "Irpin–Kyiv",
        "road": "Irpin–Kyiv road through Romanivka",
        "kind": "road bridge",
        "in_road_graph": False,
        "lonlat": (30.272, 50.515),
        "position_quality": "approximate",
        "position_note": "approximate: no Irpin river line in the bundled data; placed about "
        "2 km east of the GeoNames point of Irpin (707565), towards the river; uncertainty "
        "~2 km",
        "source": "24tv.ua (Romanivka bridge links Irpin and Kyiv); AFP and Storyful/France 24, "
        "8–9 Mar 2022: civilians crossing the ruins of the bridge, destroyed by the Ukrainian "
        "military in late February 2022 to slow the Russian advance",
    },
    {
        "bridge_id": "kherson-antonivskyi-road",
        "name": "Antonivskyi road bridge",
        "alt_names": "Antonivskyi bridge|Antonovsky bridge|Antonivka road bridge|Kherson road "
        "bridge",
        "river": "Dnipro",
        "connects": "Kherson–Oleshky",
        "road": "M-14",
        "kind": "road bridge",
        "in_road_graph": False,
        "lonlat": (32.720556, 46.669167),
        "position_quality": "surveyed",
        "position_note": "published coordinates 46°40′9″N 32°43′14″E (Wikipedia, "
        "'Antoniwkabrücke'); 1,366 m long",
        "source": "Wikipedia (de) 'Antoniwkabrücke'; babel.ua 27 Jul 2022 (Zelensky: struck by "
        "Ukrainian forces); pravda.ru 5 Sep 2022 (Stremousov: unusable after Ukrainian "
        "shelling, not collapsed)",
    },
    {
        "bridge_id": "kherson-antonivskyi-rail",
        "name": "Antonivskyi railway bridge",
        "alt_names": "Antonivka railway bridge|Kherson railway bridge",
        "river": "Dnipro",
        "connects": "Kherson–left bank (railway)",
        "road": "railway",
        "kind": "railway bridge",
        "in_road_graph": False,
        "lonlat": (32.79, 46.69),
        "position_quality": "approximate",
        "position_note": "approximate: reporting puts it 5–6 km upstream of the road bridge; "
        "placed ~5.5 km east-north-east of it; not measured",
        "source": "babel.ua 27 and 29 Jul 2022 (railway bridge 5–6 km from the road bridge; "
        "pontoon crossing built beside it); ukranews.com Jul 2022 (two rockets hit it)",
    },
]


def _settlements(shared: Path) -> pd.DataFrame:
    gn = pd.read_csv(shared / "geodata" / "ukraine_settlements_geonames500.csv")
    return gn.set_index("geonameid")


def _donets_line(shared: Path) -> LineString:
    """Merge the level-2 WDBII segments into the Siverskyi Donets line of the battle area."""
    data = json.loads((shared / "geodata" / "rivers_gshhg_wdbii_bbox.geojson").read_text())
    sd = Point(38.48754, 48.94414)
    lines = [
        LineString(f["geometry"]["coordinates"])
        for f in data["features"]
        if f["properties"].get("wdbii_level") == 2 and f["geometry"]["type"] == "LineString"
    ]
    merged = linemerge(MultiLineString(lines))
    parts = list(getattr(merged, "geoms", [merged]))
    best = min(parts, key=lambda g: g.distance(sd))
    if best.distance(sd) > 0.1:
        raise RuntimeError("Siverskyi Donets line not found near Sievierodonetsk")
    return best


def _offset(p: Point, towards: Point, km: float) -> Point:
    """Point ``km`` from ``p`` in the direction of ``towards`` (equirectangular)."""
    kx = 111.32 * math.cos(math.radians(p.y))
    dx, dy = (towards.x - p.x) * kx, (towards.y - p.y) * 111.32
    d = math.hypot(dx, dy) or 1.0
    return Point(p.x + dx / d * km / kx, p.y + dy / d * km / 111.32)


def _km(a: Point, b: Point) -> float:
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(a.x, a.y, b.x, b.y)[2] / 1000.0


def _place_on_river(placement, river: LineString, nodes: dict, placed: list) -> Point:
    kind = placement[0]
    if kind == "cross":
        seg = LineString([nodes[placement[1]], nodes[placement[2]]])
        hit = seg.intersection(river)
        if hit.is_empty:
            raise RuntimeError(f"{placement}: segment does not meet the river")
        return hit if hit.geom_type == "Point" else list(hit.geoms)[0]
    if kind == "near":
        return nearest_points(river, nodes[placement[1]])[0]
    if kind == "between":
        a, b = placed[placement[1]], placed[placement[2]]
        return river.interpolate((river.project(a) + river.project(b)) / 2)
    raise ValueError(placement)


def _feature(geom, props) -> dict:
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


def _round(geom, nd=5):
    from shapely import set_precision

    return set_precision(geom, 10**-nd)


def _collection(features) -> dict:
    return {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": features,
    }


def build_graph_and_bridges(shared: Path) -> tuple[dict, dict, dict]:
    gn = _settlements(shared)
    river = _donets_line(shared)
    nodes: dict[str, Point] = {}
    node_rows = []
    for name, (gname, gid) in SETTLEMENTS.items():
        row = gn.loc[gid]
        if row["name"] != gname:
            raise RuntimeError(f"GeoNames {gid} is {row['name']!r}, expected {gname!r}")
        nodes[name] = Point(float(row["longitude"]), float(row["latitude"]))
        node_rows.append(
            (name, "settlement", nodes[name], f"GeoNames {gid} ({gname}), CC BY 4.0", "exact")
        )
    for name, (lat, lon, src, quality) in FACILITIES.items():
        nodes[name] = Point(lon, lat)
        node_rows.append((name, "facility", nodes[name], src, quality))

    # bridges on the Siverskyi Donets between Sievierodonetsk and Lysychansk
    placed: list[Point] = []
    for b in DONETS_BRIDGES:
        if b["placement"][0] != "between":
            placed.append(_place_on_river(b["placement"], river, nodes, placed))
        else:
            placed.append(None)  # type: ignore[arg-type]
    for i, b in enumerate(DONETS_BRIDGES):
        if placed[i] is None:
            placed[i] = _place_on_river(b["placement"], river, nodes, placed)

    bridge_features = []
    edge_features = []

    def add_edge(a: str, b: str, road: str, ref, bridge=None, bridge_id=None):
        pa, pb = nodes[a], nodes[b]
        geom = LineString([pa, pb])
        if bridge is None and geom.crosses(river):
            raise RuntimeError(f"edge {a}–{b} crosses the Siverskyi Donets without a bridge")
        edge_features.append(
            _feature(
                _round(geom),
                {
                    "u": a,
                    "v": b,
                    "road": road,
                    "ref": ref,
                    "length_km": round(_km(pa, pb), 3),
                    "bridge": bridge,
                    "bridge_id": bridge_id,
                    "oneway": False,
                    "schematic": True,
                },
            )
        )

    for i, b in enumerate(DONETS_BRIDGES):
        p = placed[i]
        # approach nodes 0.3 km off the river on each bank, towards the bank's town
        left_town, right_town = nodes[b["left"][0]], nodes[b["right"][0]]
        lnode, rnode = f"{b['name']} (left bank)", f"{b['name']} (right bank)"
        nodes[lnode] = _offset(p, left_town, 0.3)
        nodes[rnode] = _offset(p, right_town, 0.3)
        for n in (lnode, rnode):
            node_rows.append(
                (n, "bridge approach", nodes[n], "derived from bridge position", "approximate")
            )
        add_edge(lnode, rnode, b["road"], None, bridge=b["name"], bridge_id=b["bridge_id"])
        for town in b["left"]:
            add_edge(town, lnode, b["road"], None)
        for town in b["right"]:
            add_edge(rnode, town, b["road"], None)
        bridge_features.append(
            _feature(
                _round(p),
                {
                    "bridge_id": b["bridge_id"],
                    "name": b["name"],
                    "alt_names": b["alt_names"],
                    "river": RIVER,
                    "connects": SD_LYS,
                    "road": b["road"],
                    "kind": "road bridge",
                    "in_road_graph": True,
                    "position_quality": "approximate",
                    "position_note": b["position_note"],
                    "source": b["source"],
                },
            )
        )
    for b in OTHER_BRIDGES:
        if "lonlat" in b:
            p = Point(*b["lonlat"])
        else:
            p = _place_on_river(b["placement"], river, nodes, placed)
        props = {k: b[k] for k in ("bridge_id", "name", "alt_names", "river", "connects")}
        props.update({k: b[k] for k in ("road", "kind", "in_road_graph", "position_quality")})
        props["position_note"] = b["position_note"]
        props["source"] = b["source"]
        bridge_features.append(_feature(_round(p), props))

    for a, b, road, ref in ROADS:
        add_edge(a, b, road, ref)

    node_features = [
        _feature(
            _round(p),
            {
                "node": name,
                "name": name.split(" (")[0] if kind == "bridge approach" else name,
                "kind": kind,
                "position_quality": q,
                "source": src,
                "schematic": True,
            },
        )
        for name, kind, p, src, q in node_rows
    ]
    return (
        _collection(bridge_features),
        _collection(node_features),
        _collection(edge_features),
    )


# --- humanitarian corridors -------------------------------------------------------------

#: Source place names -> canonical name of a GeoNames settlement in Luhansk/Donetsk oblasts.
CORRIDOR_NAMES = {
    "Lysychansk": "Lysychansk",
    "Lysychansk (Luhansk)": "Lysychansk",
    "Severodonetsk": "Sievierodonetsk",
    "Severodonetsk (Luhansk)": "Sievierodonetsk",
    "Severodonetsk district": "Sievierodonetsk",
    "Sievierodonetsk": "Sievierodonetsk",
    "Rubizhne": "Rubizhne",
    "Rubezhne": "Rubizhne",
    "Popasna": "Popasna",
    "Horske": "Hirske",
    "Horne": "Hirske",
    "Hirske": "Hirske",
    "Bakhmut": "Bakhmut",
    "Bakhmut (Luhansk)": "Bakhmut",
    "Slaviansk": "Sloviansk",
    "Slovyansk": "Sloviansk",
    "Kremenna": "Kreminna",
    "Liman": "Lyman",
    "Schastya": "Shchastia",
    "Nyzhne": "Nyzhnie",
}
CANONICAL_GEONAMES = {
    "Lysychansk": 702972,
    "Sievierodonetsk": 691999,
    "Rubizhne": 695274,
    "Popasna": 696566,
    "Hirske": 708273,
    "Bakhmut": 713174,
    "Sloviansk": 693468,
    "Kreminna": 704138,
    "Lyman": 704204,
    "Nyzhnie": 700008,
}
CORRIDOR_FILE = "humanitarian_corridors_2022-03-05_2022-05-04_bbox.csv"


def build_corridors(shared: Path) -> pd.DataFrame:
    src = pd.read_csv(shared / "geodata" / CORRIDOR_FILE)
    gn = _settlements(shared)
    rows = []
    for _, r in src.iterrows():
        row = {
            "HC_ID": int(r["HC_ID"]),
            "date": r["date"],
            "proposal": r["proposal"],
            "status_result": r["status_result"],
            "from_source": r["From"],
            "to_source": r["To"],
            "from_lat_source": r["from_latitude"],
            "from_lon_source": r["from_longitude"],
            "to_lat_source": r["to_latitude"],
            "to_lon_source": r["to_longitude"],
            "link": r["Link"],
        }
        notes = []
        for end in ("from", "to"):
            name = str(r["From" if end == "from" else "To"]).strip()
            canon = CORRIDOR_NAMES.get(name)
            row[f"{end}_name"] = canon or name
            lat, lon = r[f"{end}_latitude"], r[f"{end}_longitude"]
            if canon and canon in CANONICAL_GEONAMES:
                g = gn.loc[CANONICAL_GEONAMES[canon]]
                glat, glon = float(g["latitude"]), float(g["longitude"])
                if _km(Point(lon, lat), Point(glon, glat)) > 5:
                    notes.append(
                        f"{end}: source point ({lat:.3f}, {lon:.3f}) is {_km(Point(lon, lat), Point(glon, glat)):.0f} km "
                        f"from {canon} (GeoNames {CANONICAL_GEONAMES[canon]}); replaced"
                    )
                lat, lon = glat, glon
            elif not canon:
                notes.append(f"{end}: {name!r} kept as geocoded by the source (not checked)")
            row[f"{end}_lat"] = lat
            row[f"{end}_lon"] = lon
        row["geocode_note"] = "; ".join(notes) or None
        rows.append(row)
    return pd.DataFrame(rows)


def main(shared: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    bridges, nodes, edges = build_graph_and_bridges(shared)
    (out / "bridges.geojson").write_text(
        json.dumps(bridges, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    roads = out / "roads"
    roads.mkdir(exist_ok=True)
    nodes["schematic_note"] = SCHEMATIC_NOTE
    edges["schematic_note"] = SCHEMATIC_NOTE
    (roads / "schematic_nodes.geojson").write_text(
        json.dumps(nodes, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    (roads / "schematic_edges.geojson").write_text(
        json.dumps(edges, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    river = _donets_line(shared)
    (roads / "siverskyi_donets.geojson").write_text(
        json.dumps(
            _collection(
                [
                    _feature(
                        _round(river),
                        {"name": RIVER, "source": "GSHHG 2.3.7 WDBII level 2 (LGPL-3), merged"},
                    )
                ]
            ),
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    corr = build_corridors(shared)
    cdir = out / "corridors"
    cdir.mkdir(exist_ok=True)
    corr.to_csv(cdir / "humanitarian_corridors_area.csv", index=False)
    print(
        f"  bridges.geojson: {len(bridges['features'])} bridges; roads: "
        f"{len(nodes['features'])} nodes, {len(edges['features'])} edges; corridors: {len(corr)}"
    )


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    main(root.parent / "shared", root / "data")
