"""Bridges: the bundled layer, matching vague bridge claims to it, and a status timeline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .data import data_path
from .errors import GeodataError, InputError

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = [
    "BRIDGES_FILE",
    "LAST_REMAINING",
    "load_bridges",
    "match_bridge_claims",
    "bridge_status",
    "status_on",
    "example_bridge_tables",
    "bridges_map",
    "update_bridges_trace",
]

BRIDGES_FILE = "bridges.geojson"
BRIDGE_COLUMNS = ["report_id", "claim_id", "name", "river", "connects", "status", "count",
                  "actor_side", "claimed_by_side"]  # fmt: skip

#: Which bridge "the last remaining bridge" of a group means, and why (documented choice).
LAST_REMAINING: dict[str, tuple[str, str]] = {
    "Sievierodonetsk–Lysychansk": (
        "sd-lys-proletarsk",
        "RU statements of 13 June 2022 (DNR spokesman Basurin) name the Proletarsk bridge as "
        "the last link; UA (Haidai, 12 June) called the last standing one an old bridge passable "
        "only on foot, and the Proletarsk bridge is the old, unrenovated one (the Pavlohrad "
        "bridge was rebuilt in 2016 and destroyed on 21 May). Inference, not confirmed.",
    ),
}

#: Short map labels by bridge_id (the full name stays in the hover).
SHORT_LABELS = {
    "sd-lys-pavlohrad": "Pavlohrad br.",
    "sd-lys-third": "3rd br. (unidentified)",
    "sd-lys-proletarsk": "Proletarsk br.",
    "bilohorivka-pontoons": "pontoons",
    "irpin-romanivka": "Irpin br.",
    "kherson-antonivskyi-road": "Antonivskyi road br.",
    "kherson-antonivskyi-rail": "Antonivskyi rail br.",
}

_LAST_RE = re.compile(r"\b(last|only|remaining|final)\b.{0,40}\b(bridge|crossing)", re.I)
_PLURAL_RE = re.compile(r"\b(bridges|crossings)\b", re.I)
_ALL_RE = re.compile(r"\ball\b.{0,20}\bbridges\b", re.I)
_WORD_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "both": 2}
_TOWN_ALIASES = {
    "Sievierodonetsk": ("sievierodonetsk", "severodonetsk", "sieverodonetsk", "siverskodonetsk"),
    "Lysychansk": ("lysychansk", "lisichansk"),
    "Kherson": ("kherson",),
    "Irpin": ("irpin", "irpen"),
    "Bilohorivka": ("bilohorivka", "belogorovka", "bilogorivka"),
}


def load_bridges(path=None) -> gpd.GeoDataFrame:
    """Load the bundled bridges layer (``data/bridges.geojson``).

    Parameters
    ----------
    path
        Another GeoJSON with the same columns; default the bundled layer.

    Returns
    -------
    geopandas.GeoDataFrame
        ``bridge_id``, ``name``, ``alt_names`` (``|``-separated), ``river``, ``connects``,
        ``road``, ``kind``, ``in_road_graph``, ``position_quality`` (``approximate`` or
        ``surveyed``), ``position_note``, ``source``, Point ``geometry`` (EPSG:4326).
    """
    p = path if path is not None else data_path(BRIDGES_FILE)
    try:
        gdf = gpd.read_file(p)
    except Exception as exc:  # pyogrio raises several types
        raise GeodataError(p, f"cannot read the bridges layer ({exc})") from exc
    missing = {"bridge_id", "name", "river", "connects", "position_quality"} - set(gdf.columns)
    if missing:
        raise GeodataError(p, f"bridges layer lacks columns {sorted(missing)}")
    if gdf.crs is None:
        gdf = gdf.set_crs(4326)
    gdf["alt_names"] = gdf.get("alt_names", pd.Series("", index=gdf.index)).fillna("")
    return gdf


def _norm(s: Any) -> str:
    if s is None or (isinstance(s, float) and np.isnan(s)):
        return ""
    return re.sub(r"[^a-z0-9а-яіїєґ]+", " ", str(s).lower()).strip()


def _norm_river(s: Any) -> str:
    return re.sub(r"\b(river|r)\b", "", _norm(s)).strip()


def _towns(text: str) -> set[str]:
    t = _norm(text)
    return {town for town, al in _TOWN_ALIASES.items() if any(a in t for a in al)}


def _count(row) -> int | None:
    c = row.get("count")
    try:
        if c is not None and not pd.isna(c):
            return int(c)
    except (TypeError, ValueError):
        pass
    return None


def _name_hits(name: str, layer: gpd.GeoDataFrame) -> list[int]:
    n = _norm(name)
    if not n or n in {"bridge", "bridges", "the bridge", "a bridge"}:
        return []
    hits = []
    for i, r in layer.iterrows():
        names = [r["name"], *str(r.get("alt_names") or "").split("|")]
        for cand in names:
            c = _norm(cand)
            # a claim name like "Pavlohrad bridge" or "the Antonivskyi bridge"; generic words
            # ("old bridge", "last bridge") are handled by the cue rules, not here.
            if c and len(c) > 4 and c not in {"old bridge", "last bridge", "new bridge",
                                              "second bridge", "third bridge"}:  # fmt: skip
                if c == n or (len(n) > 6 and (c in n or n in c)):
                    hits.append(i)
                    break
    return hits


def match_bridge_claims(
    bridges_claims: pd.DataFrame,
    layer: gpd.GeoDataFrame | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Map each bridge statement (possibly vague) to the bridges of the layer it covers.

    Rules, tried in order, each recorded in ``match_rule``:

    1. ``name``: the statement's ``name`` matches a bridge name or alternate name.
    2. Candidates from ``connects`` / ``river`` / towns named in the statement (its ``name``,
       ``connects`` and, when ``claims`` is given, the claim sentence): bridges whose
       ``connects`` names those towns, or that cross that river.
    3. ``last remaining``: a "last / only remaining bridge" statement covering one bridge of a
       group maps to the bridge documented in :data:`LAST_REMAINING`; the other bridges of the
       group get ``implied=True`` rows ("the last one" implies the others were already gone).
    4. ``count = group size``: ``count`` equals the number of candidates ("all three bridges"
       → the three Sievierodonetsk–Lysychansk bridges).
    5. ``report context: …``: a statement with no name, river or place ("the bridge", "the
       last of the crossings") is read against the bridges the same report's other
       statements matched, with rules 3–4 (``report places: …`` when only the report's other
       sentences name a town); one of several candidates that the report names elsewhere is
       ``report context: named bridge``.
       ``count only``: no context either, but exactly one ``connects`` group has ``count``
       bridges → that group (``certain=False``).
    6. ``ambiguous``: more candidates than ``count``; one row per candidate, ``certain=False``.
    7. ``unmatched``: nothing fits; one row with ``bridge_id`` null.

    Parameters
    ----------
    bridges_claims
        The parsed ``bridges`` table (report_id, claim_id, name, river, connects, status, count,
        actor_side, claimed_by_side).
    layer
        The bridges layer; default :func:`load_bridges`.
    claims
        Optional ``claims`` table (claim_id, text) whose sentence helps with vague statements.

    Returns
    -------
    pandas.DataFrame
        The statement's columns plus ``row`` (its index in ``bridges_claims``), ``bridge_id``,
        ``bridge_name``, ``match_rule``, ``certain``, ``implied``, ``match_note``.
    """
    layer = load_bridges() if layer is None else layer
    layer = layer.reset_index(drop=True)
    missing = {"status", "claimed_by_side"} - set(bridges_claims.columns)
    if missing:
        raise InputError("bridges table", f"missing columns {sorted(missing)}")
    texts: dict[Any, str] = {}
    if claims is not None and "claim_id" in claims and "text" in claims:
        texts = dict(zip(claims["claim_id"], claims["text"].fillna(""), strict=False))
    out: list[dict] = []
    deferred: list[tuple] = []
    context: dict[Any, set] = {}
    # bridges a report names explicitly settle its vague statements ("the bridge")
    named: dict[Any, set] = {}
    for _, row in bridges_claims.iterrows():
        nm = row.get("name") if isinstance(row.get("name"), str) else ""
        for i in _name_hits(nm, layer):
            named.setdefault(row.get("report_id"), set()).add(i)
    report_text: dict[Any, str] = {}
    if claims is not None and "report_id" in claims and "text" in claims:
        report_text = (
            claims.groupby("report_id")["text"]
            .apply(lambda t: " ".join(t.dropna().astype(str)))
            .to_dict()
        )

    def emit(base, i, rule, certain=True, implied=False, note=""):
        r = dict(base)
        if i is None:
            r.update(bridge_id=None, bridge_name=None)
        else:
            r.update(bridge_id=layer.at[i, "bridge_id"], bridge_name=layer.at[i, "name"])
            context.setdefault(base.get("report_id"), set()).add(i)
        r.update(match_rule=rule, certain=certain, implied=implied, match_note=note)
        out.append(r)

    def decide(base, cand, count, cue_text, prefix=""):
        groups = {layer.at[i, "connects"] for i in cand}
        if _LAST_RE.search(cue_text) and count in (None, 1):
            hit = [g for g in groups if g in LAST_REMAINING]
            for g in hit:
                bid, why = LAST_REMAINING[g]
                for i in cand:
                    if layer.at[i, "connects"] != g:
                        continue
                    if layer.at[i, "bridge_id"] == bid:
                        emit(base, i, prefix + "last remaining", certain=False, note=why)
                    else:
                        emit(base, i, prefix + "last remaining", certain=False, implied=True,
                             note="implied: already gone when the last one fell")  # fmt: skip
                        out[-1]["actor_side"] = None  # the claim names no actor for these
            if hit:
                return
        plural = _ALL_RE.search(cue_text) or (count is None and _PLURAL_RE.search(cue_text))
        n = count or (len(cand) if plural else None)
        if n is not None and n == len(cand):
            for i in cand:
                emit(base, i, prefix + "count = group size", note=f"{n} bridge(s) named by count")
        elif len(cand) == 1:
            emit(base, cand[0], prefix + "only candidate", certain=count in (None, 1))
        elif count in (None, 1) and len(set(cand) & named.get(base.get("report_id"), set())) == 1:
            (i,) = set(cand) & named[base.get("report_id")]
            emit(base, i, "report context: named bridge", certain=False,
                 note="the report names this bridge elsewhere")  # fmt: skip
        else:
            for i in cand:
                emit(base, i, "ambiguous", certain=False,
                     note=f"{count or '?'} of {len(cand)} candidate bridges")  # fmt: skip

    for idx, row in bridges_claims.iterrows():
        base = {c: row.get(c) for c in bridges_claims.columns}
        base["row"] = idx
        text = texts.get(row.get("claim_id"), "") if "claim_id" in row else ""
        name = row.get("name") if isinstance(row.get("name"), str) else ""
        count = _count(row)
        cue_text = f"{name} {text}"
        hits = _name_hits(name, layer)
        if hits:
            for i in hits:
                emit(base, i, "name", note=f"claim name {name!r}")
            continue
        # candidates from connects / river / towns
        towns = _towns(f"{row.get('connects') or ''} {name} {text}")
        river = _norm_river(row.get("river"))
        cand = list(layer.index)
        if river:
            cand = [i for i in cand if _norm_river(layer.at[i, "river"]) == river]
        if towns:
            by_town = [i for i in cand if towns & _towns(layer.at[i, "connects"])]
            cand = by_town if by_town else ([] if not river else cand)
        if not (river or towns):
            deferred.append((base, count, cue_text))
            continue
        # prefer permanent bridges for vague statements (pontoons are named explicitly)
        if "kind" in layer:
            cand = [i for i in cand if layer.at[i, "kind"] != "pontoon"] or cand
        if not cand:
            emit(base, None, "unmatched", certain=False, note="no bridge of the layer fits")
            continue
        decide(base, cand, count, cue_text)

    # statements with no name, river or place: the bridges the same report is about
    for base, count, cue_text in deferred:
        ctx = sorted(context.get(base.get("report_id"), set()))
        if ctx:
            decide(base, ctx, count, cue_text, prefix="report context: ")
            continue
        towns = _towns(report_text.get(base.get("report_id"), ""))
        ctx = [i for i in layer.index if towns & _towns(layer.at[i, "connects"])]
        if "kind" in layer:
            ctx = [i for i in ctx if layer.at[i, "kind"] != "pontoon"] or ctx
        if ctx:
            decide(base, ctx, count, cue_text, prefix="report places: ")
            continue
        if count:
            groups = layer[layer["kind"] != "pontoon"] if "kind" in layer else layer
            sizes = groups.groupby("connects").size()
            fits = sizes[sizes == count].index.tolist()
            if len(fits) == 1:
                for i in layer.index[layer["connects"] == fits[0]]:
                    emit(base, i, "count only", certain=False,
                         note=f"only {fits[0]} has {count} bridges in the layer")  # fmt: skip
                continue
        emit(base, None, "unmatched", certain=False, note="no name, river or place to go on")
    out.sort(key=lambda r: r["row"])
    cols = [*bridges_claims.columns, "row", "bridge_id", "bridge_name", "match_rule", "certain",
            "implied", "match_note"]  # fmt: skip
    return pd.DataFrame(out, columns=cols)


def bridge_status(
    bridges_claims: pd.DataFrame,
    reports: pd.DataFrame | None = None,
    layer: gpd.GeoDataFrame | None = None,
    claims: pd.DataFrame | None = None,
    *,
    dispute_window_days: int = 7,
) -> pd.DataFrame:
    """Return the bridge status timeline: one row per bridge, date and claim.

    Parameters
    ----------
    bridges_claims
        The parsed ``bridges`` table. Needs a ``date`` column or ``reports`` to join on
        ``report_id``.
    reports
        The ``reports`` table (report_id, date).
    layer
        The bridges layer; default :func:`load_bridges`.
    claims
        The ``claims`` table; adds ``speaker``, ``outlet``, ``text`` joined by ``claim_id``.
    dispute_window_days
        Claims about one bridge by different sides that blame each other within this many
        days are flagged ``disputed_attribution`` (both rows are kept).

    Returns
    -------
    pandas.DataFrame
        ``date``, ``bridge_id``, ``bridge_name``, ``status``, ``claimed_by_side``,
        ``actor_side``, ``speaker``, ``outlet``, ``text``, ``report_id``, ``claim_id``,
        ``match_rule``, ``certain``, ``implied``, ``match_note``, ``disputed_attribution``,
        ``disputed_with``; sorted by bridge and date. Nothing is merged away.
    """
    bc = bridges_claims.copy()
    if "date" not in bc:
        if reports is None:
            raise InputError("bridges table", "no `date` column and no reports table to join")
        bc = bc.merge(reports[["report_id", "date"]], on="report_id", how="left")
    m = match_bridge_claims(bc, layer, claims)
    m["date"] = pd.to_datetime(m["date"]).dt.normalize()
    for c in ("speaker", "outlet", "text"):
        m[c] = None
    if claims is not None and "claim_id" in claims:
        extra = claims.drop_duplicates("claim_id").set_index("claim_id")
        for c in ("speaker", "outlet", "text"):
            if c in extra:
                m[c] = m["claim_id"].map(extra[c])
    m["status"] = m["status"].fillna("unknown")
    m["disputed_attribution"] = False
    m["disputed_with"] = None
    win = pd.Timedelta(days=dispute_window_days)
    for _bid, grp in m[m["bridge_id"].notna()].groupby("bridge_id"):
        blame = grp[grp["status"].isin(["destroyed", "damaged"]) & grp["actor_side"].notna()]
        for i, a in blame.iterrows():
            others = blame[
                (blame["claimed_by_side"] != a["claimed_by_side"])
                & (blame["actor_side"] != a["actor_side"])
                & ((blame["date"] - a["date"]).abs() <= win)
            ]
            if len(others):
                m.at[i, "disputed_attribution"] = True
                m.at[i, "disputed_with"] = ", ".join(
                    sorted(
                        {f"{o.claimed_by_side} says {o.actor_side}" for o in others.itertuples()}
                    )
                )
    cols = ["date", "bridge_id", "bridge_name", "status", "claimed_by_side", "actor_side",
            "speaker", "outlet", "text", "report_id", "claim_id", "match_rule", "certain",
            "implied", "match_note", "disputed_attribution", "disputed_with"]  # fmt: skip
    out = m[[c for c in cols if c in m]].sort_values(["bridge_id", "date"], na_position="last")
    return out.reset_index(drop=True)


_SEVERITY = {"destroyed": 3, "damaged": 2, "intact": 1, "unknown": 0}


def status_on(
    timeline: pd.DataFrame,
    date=None,
    by: str | None = "UA",
    layer: gpd.GeoDataFrame | None = None,
) -> pd.DataFrame:
    """Return each bridge's status on ``date`` by one side's account (latest claim wins).

    Parameters
    ----------
    timeline
        From :func:`bridge_status`.
    date
        Day to evaluate; ``None`` uses every claim.
    by
        Claimant side whose account is used (``"UA"``, ``"RU"``...); ``None`` or ``"any"`` uses
        every side (on one day the most severe status wins).
    layer
        The bridges layer, so bridges without any claim appear as ``unknown``.

    Returns
    -------
    pandas.DataFrame
        One row per bridge: ``bridge_id``, ``bridge_name``, ``status``, ``as_of`` (date of the
        deciding claim), ``claimed_by_side``, ``actor_side``, ``implied``, ``disputed_attribution``.
        Ambiguous matches ("a bridge" of three) never decide a status.
    """
    layer = load_bridges() if layer is None else layer
    t = timeline[
        timeline["bridge_id"].notna() & ~timeline["match_rule"].isin(["ambiguous", "unmatched"])
    ].copy()
    if by not in (None, "any"):
        t = t[t["claimed_by_side"] == by]
    if date is not None:
        t = t[t["date"] <= pd.Timestamp(date).normalize()]
    t["sev"] = t["status"].map(_SEVERITY).fillna(0)
    t = t.sort_values(["bridge_id", "date", "sev"])
    last = t.groupby("bridge_id").tail(1).set_index("bridge_id")
    rows = []
    for _, b in layer.iterrows():
        bid = b["bridge_id"]
        if bid in last.index:
            r = last.loc[bid]
            rows.append(
                dict(
                    bridge_id=bid,
                    bridge_name=b["name"],
                    status=r["status"],
                    as_of=r["date"],
                    claimed_by_side=r["claimed_by_side"],
                    actor_side=r["actor_side"],
                    implied=bool(r.get("implied", False)),
                    disputed_attribution=bool(r.get("disputed_attribution", False)),
                )  # fmt: skip
            )
        else:
            rows.append(
                dict(
                    bridge_id=bid,
                    bridge_name=b["name"],
                    status="unknown",
                    as_of=pd.NaT,
                    claimed_by_side=None,
                    actor_side=None,
                    implied=False,
                    disputed_attribution=False,
                )  # fmt: skip
            )
    return pd.DataFrame(rows)


def example_bridge_tables() -> dict[str, pd.DataFrame]:
    """Return hand-made ``reports``/``claims``/``bridges`` tables about real 2022 bridge events.

    The sentences are the kit's own short summaries of the cited reporting (not quotes); they
    let the notebooks and tests run without the parser. Dates are the reporting dates.

    Returns
    -------
    dict of pandas.DataFrame
        ``reports`` (report_id, date, title, source), ``claims`` (claim_id, report_id, speaker,
        speaker_role, side, outlet, claim_type, text) and ``bridges`` (contract columns).
    """
    rows = [
        # report_id, date, source, claim_id, speaker, role, side, outlet, text,
        # name, river, connects, status, count, actor, claimed_by
        ("ex-2022-05-21", "2022-05-21", "https://news.online.ua/ (Luhansk OVA Telegram)",
         "ex-c1", "Serhiy Haidai", "Luhansk oblast governor", "UA", "Telegram",
         "The governor said Russian forces destroyed the Pavlohrad road bridge between "
         "Sievierodonetsk and Lysychansk, rebuilt in 2016 after separatists blew it up in 2014.",
         "Pavlohrad bridge", "Siverskyi Donets", "Sievierodonetsk–Lysychansk", "destroyed", 1,
         "RU", "UA"),
        ("ex-2022-06-12", "2022-06-12", "https://ukranews.com/en/news/862489",
         "ex-c2", "Serhiy Haidai", "Luhansk oblast governor", "UA", "Ukrainian News",
         "The governor said Russian forces destroyed the second of the three bridges to "
         "Sievierodonetsk overnight and were shelling the third.",
         "second bridge", "Siverskyi Donets", "Sievierodonetsk–Lysychansk", "destroyed", 1,
         "RU", "UA"),
        ("ex-2022-06-12", "2022-06-12", "https://ukranews.com/en/news/862489",
         "ex-c3", "Serhiy Haidai", "Luhansk oblast governor", "UA", "Ukrainian News",
         "He said one bridge between Sievierodonetsk and Lysychansk, an old one, was still "
         "standing but could only be crossed on foot.",
         "old bridge", "Siverskyi Donets", "Sievierodonetsk–Lysychansk", "damaged", 1,
         None, "UA"),
        ("ex-2022-06-13a", "2022-06-13", "https://dnr-news.ru/society/2022/06/13/34480.html",
         "ex-c4", "Eduard Basurin", "DNR militia spokesman", "RU", "dnr-news.ru",
         "The DNR spokesman said Ukrainian forces had blown up the Proletarsk bridge, the last "
         "link of the Sievierodonetsk garrison to Lysychansk.",
         "Proletarsk bridge", "Siverskyi Donets", "Sievierodonetsk–Lysychansk", "destroyed", 1,
         "UA", "RU"),
        ("ex-2022-06-13b", "2022-06-13", "https://ukranews.com/en/news/862753",
         "ex-c5", "Serhiy Haidai", "Luhansk oblast governor", "UA", "Ukrainian News",
         "The governor said Russian forces had now destroyed all three bridges to "
         "Sievierodonetsk, so evacuation and aid deliveries were impossible.",
         None, "Siverskyi Donets", "Sievierodonetsk–Lysychansk", "destroyed", 3, "RU", "UA"),
        ("ex-2022-06-14", "2022-06-14", "TASS via Republic World (seed report)",
         "ex-c6", "Mikhail Mizintsev", "NDMC chief", "RU", "TASS",
         "The Russian general said Ukrainian forces blew up the last remaining bridge to "
         "Lysychansk, so evacuation towards Lysychansk was impossible.",
         "last remaining bridge to Lysychansk", "Siverskyi Donets", "Lysychansk", "destroyed",
         1, "UA", "RU"),
        ("ex-2022-06-14", "2022-06-14", "AP via Republic World (seed report)",
         "ex-c7", "Serhiy Haidai", "Luhansk oblast governor", "UA", "AP",
         "The governor said Russian troops destroyed all three bridges used to leave the city.",
         None, None, None, "destroyed", 3, "RU", "UA"),
        ("ex-2022-05-10", "2022-05-10", "https://censor.net/en/news/3340095",
         "ex-c8", "Serhiy Haidai", "Luhansk oblast governor", "UA", "Censor.NET",
         "The governor said the Russian pontoon crossing near Bilohorivka had been destroyed.",
         "Bilohorivka pontoon crossings", "Siverskyi Donets", None, "destroyed", 1, "UA", "UA"),
        ("ex-2022-03-08", "2022-03-08", "AFP / France 24 (Storyful)",
         "ex-c9", None, None, None, "AFP",
         "Civilians fleeing Irpin crossed the ruins of the bridge the Ukrainian military had "
         "blown up to slow the Russian advance on Kyiv.",
         "Irpin bridge", "Irpin", "Irpin–Kyiv", "destroyed", 1, "UA", None),
        ("ex-2022-07-27", "2022-07-27", "https://babel.ua/en/news/82115",
         "ex-c10", "Volodymyr Zelensky", "President of Ukraine", "UA", "Babel",
         "The president said the Antonivskyi bridge, struck by Ukrainian forces to cut the "
         "occupiers' supply, would be rebuilt by Ukraine.",
         "Antonivskyi bridge", "Dnipro", "Kherson–Oleshky", "damaged", 1, "UA", "UA"),
        ("ex-2022-09-05", "2022-09-05", "https://english.pravda.ru/news/hotspots/153861",
         "ex-c11", "Kirill Stremousov", "Russian-installed deputy head, Kherson", "RU",
         "Channel One",
         "The Russian-installed official said constant Ukrainian shelling made the Antonivskyi "
         "bridge unusable, though it had not collapsed.",
         "Antonovsky Bridge", "Dnipro", "Kherson–Oleshky", "damaged", 1, "UA", "RU"),
    ]  # fmt: skip
    cols = ["report_id", "date", "source", "claim_id", "speaker", "speaker_role", "side",
            "outlet", "text", "name", "river", "connects", "status", "count", "actor_side",
            "claimed_by_side"]  # fmt: skip
    df = pd.DataFrame(rows, columns=cols)
    reports = (
        df[["report_id", "date", "source"]]
        .drop_duplicates("report_id")
        .assign(title=lambda d: "example: " + d["report_id"])
        .reset_index(drop=True)
    )
    claims = df[["claim_id", "report_id", "speaker", "speaker_role", "side", "outlet", "text"]]
    claims = claims.assign(claim_type="bridge")
    return {"reports": reports, "claims": claims.reset_index(drop=True),
            "bridges": df[BRIDGE_COLUMNS].reset_index(drop=True)}  # fmt: skip


def _bridge_hover(layer: gpd.GeoDataFrame, status: pd.DataFrame | None,
                  timeline: pd.DataFrame | None) -> pd.DataFrame:  # fmt: skip
    pts = pd.DataFrame(
        {
            "bridge_id": layer["bridge_id"],
            "name": layer["name"],
            "label": [
                SHORT_LABELS.get(b, n)
                for b, n in zip(layer["bridge_id"], layer["name"], strict=True)
            ],  # fmt: skip
            "lon": layer.geometry.x,
            "lat": layer.geometry.y,
            "position": layer["position_quality"],
            "source": layer["source"],
        }
    )
    st = status.set_index("bridge_id") if status is not None else None
    pts["status"] = [
        st.at[b, "status"] if st is not None and b in st.index else "unknown"
        for b in pts["bridge_id"]
    ]
    claim_txt = []
    for b in pts["bridge_id"]:
        if timeline is None:
            claim_txt.append("")
            continue
        sub = timeline[timeline["bridge_id"] == b].tail(3)
        claim_txt.append(
            " | ".join(
                f"{pd.Timestamp(r.date).date() if pd.notna(r.date) else '?'} "
                f"{r.claimed_by_side or '?'}: {r.status}"
                f"{' (implied)' if r.implied else ''} — {r.text or ''}"
                f"{' [DISPUTED ATTRIBUTION]' if r.disputed_attribution else ''}"
                for r in sub.itertuples()
            )
        )
    pts["claims"] = claim_txt
    return pts


def bridges_map(
    layer: gpd.GeoDataFrame | None = None,
    status: pd.DataFrame | None = None,
    timeline: pd.DataFrame | None = None,
    *,
    fig: go.Figure | None = None,
    bounds: Sequence[float] | None = (38.2, 48.75, 38.75, 49.08),
    title: str | None = "Bridges",
    textposition: str = "middle right",
    single_trace: bool = False,
) -> go.Figure:
    """Draw bridges coloured by status (``plot.STATUS_COLORS``); hover shows claims and source.

    Parameters
    ----------
    layer
        The bridges layer; default :func:`load_bridges`.
    status
        From :func:`status_on` (``bridge_id``, ``status``); missing bridges are ``unknown``.
    timeline
        From :func:`bridge_status`; the last claims (escaped) appear on hover.
    fig
        Draw on this figure (from :func:`analyst_kit.plot.base_map`); default a new map.
    bounds, title
        Map extent and title for a new figure.
    textposition
        Where labels sit relative to the markers.
    single_trace
        Draw all bridges as one trace named ``bridges`` (colour per point, legend entries per
        status), so :func:`update_bridges_trace` can recolour them in place.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    from . import plot

    layer = load_bridges() if layer is None else layer
    if fig is None:
        fig = plot.base_map(bounds, title=title)
    pts = _bridge_hover(layer, status, timeline)
    if single_trace:  # one trace, colour per point: what update_bridges_trace rewrites
        import plotly.graph_objects as go

        for st in ("destroyed", "damaged", "intact", "unknown"):
            fig.add_trace(
                go.Scatter(x=[None], y=[None], mode="markers", name=f"bridge: {st}",
                           marker=dict(color=plot.STATUS_COLORS[st], size=13, symbol="diamond"),
                           hoverinfo="skip")
            )  # fmt: skip
        plot.add_points(
            fig, pts, name="bridges", label="label",
            hover=["name", "status", "position", "claims", "source"],
            color=[plot.STATUS_COLORS.get(s, plot.STATUS_COLORS["unknown"]) for s in pts["status"]],
            size=15, symbol="diamond", showlegend=False, textposition=textposition,
        )  # fmt: skip
        fig.data[-1].meta = {"bridge_ids": list(pts["bridge_id"])}
        return fig
    for st, sub in pts.groupby("status", sort=False):
        plot.add_points(
            fig,
            sub,
            name=f"bridge: {st}",
            label="label",
            hover=["name", "status", "position", "claims", "source"],
            color=plot.STATUS_COLORS.get(st, plot.STATUS_COLORS["unknown"]),
            size=15,
            symbol="diamond",
            legendgroup=f"bridge-{st}",
            textposition=textposition,
        )
    return fig


def update_bridges_trace(
    fig: go.Figure,
    status: pd.DataFrame,
    timeline: pd.DataFrame | None = None,
    layer: gpd.GeoDataFrame | None = None,
) -> None:
    """Recolour (and re-hover) the ``bridges`` trace of a ``single_trace`` map in place."""
    from . import plot

    layer = load_bridges() if layer is None else layer
    trace = next((t for t in fig.data if t.name == "bridges" and t.meta), None)
    if trace is None:
        return
    pts = _bridge_hover(layer, status, timeline).set_index("bridge_id")
    ids = [b for b in trace.meta["bridge_ids"] if b in pts.index]
    sub = pts.loc[ids]
    trace.marker.color = [
        plot.STATUS_COLORS.get(s, plot.STATUS_COLORS["unknown"]) for s in sub["status"]
    ]
    cols = ["name", "status", "position", "claims", "source"]
    trace.hovertext = [
        "<br>".join(f"<b>{plot.escape_text(c)}</b>: {plot.escape_text(r[c])}" for c in cols)
        for _, r in sub.reset_index().iterrows()
    ]
