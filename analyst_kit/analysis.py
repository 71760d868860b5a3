"""Analytic rigour over parsed claims: comparable assertions, contradictions, corroborations.

Every statement derived here lists the claim ids it rests on (``evidence``) and a
``confidence`` computed from the sources' grades (:mod:`analyst_kit.grades`) and the
number of independent sources.  The rules (subject matching, independence, confidence)
are documented in ``docs/analysis.md`` and in the docstrings below.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from .grades import grade_claims, grade_opacity

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = [
    "PARTIES",
    "CROSSING_GROUPS",
    "RELIABILITY_WEIGHT",
    "ASSERTION_COLUMNS",
    "normalise_claims",
    "contradictions",
    "corroborations",
    "assess_claims",
    "control_checks",
    "source_key",
    "support_confidence",
    "subject_timeline",
    "contradictions_table",
    "timeline_widget",
]

#: Sides that are parties to the conflict: their claims about their own successes or the
#: adversary's wrongdoing are "self-serving", admissions that help the adversary are
#: "against interest" (see :mod:`analyst_kit.grades`).
PARTIES: tuple[str, ...] = ("RU", "UA")

#: Known crossing groups: towns facing each other across a river, whose bridges analysts
#: (and speakers) refer to as one set ("the bridges to Lysychansk", "all three bridges out
#: of Sievierodonetsk").  A bridge statement naming any of the towns (on that river, or
#: with no river given) belongs to the group.
CROSSING_GROUPS: dict[str, tuple[frozenset[str], str]] = {
    "Sievierodonetsk–Lysychansk crossings": (
        frozenset({"Sievierodonetsk", "Lysychansk"}),
        "Siverskyi Donets",
    ),
}

#: Facilities compared as part of the town they stand in (evacuation corridors).
PLACE_PARENTS: dict[str, str] = {
    "Azot": "Sievierodonetsk",
    "Azot chemical plant": "Sievierodonetsk",
    "Azot industrial site": "Sievierodonetsk",
}

# Common spellings seen in English-language reporting → contract canonical names.
_ALIASES: dict[str, str] = {
    "severodonetsk": "Sievierodonetsk",
    "sieverodonetsk": "Sievierodonetsk",
    "siverskodonetsk": "Sievierodonetsk",
    "sjewjerodonezk": "Sievierodonetsk",
    "lisichansk": "Lysychansk",
    "lysychans'k": "Lysychansk",
    "seversky donets": "Siverskyi Donets",
    "severskiy donets": "Siverskyi Donets",
    "siversky donets": "Siverskyi Donets",
    "donets": "Siverskyi Donets",
    "kharkov": "Kharkiv",
    "lugansk": "Luhansk",
    "mariupol'": "Mariupol",
    "rubizhne": "Rubizhne",
}

#: Weight of one source of each reliability grade in :func:`support_confidence`.
RELIABILITY_WEIGHT: dict[str, float] = {
    "A": 0.95,
    "B": 0.8,
    "C": 0.6,
    "D": 0.4,
    "E": 0.2,
    "F": 0.3,
}

ASSERTION_COLUMNS = [
    "assertion_id",
    "claim_id",
    "report_id",
    "date",
    "subject",
    "subject_kind",
    "predicate",
    "value",
    "side",
    "speaker",
    "outlet",
    "speaker_role",
    "claim_type",
    "text",
    "count",
    "controller",
    "destination",
    "population",
    "subject_rule",
    "vague",
    "stance",
    "source_key",
    "reliability",
    "credibility",
    "grade",
]

_EVAC_POSITIVE = {"agreed", "open", "ongoing", "possible", "completed"}
_EVAC_PARTIAL = {"limited"}
_EVAC_NEGATIVE = {"impossible", "refused"}
_UNDECIDED = {"contested", "disputed", "unknown", ""}
_TITLE_WORDS = {
    "colonel",
    "general",
    "lieutenant",
    "lt",
    "col",
    "gen",
    "major",
    "governor",
    "president",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "the",
}
_ORG_WORDS = {
    "ministry",
    "office",
    "department",
    "command",
    "staff",
    "service",
    "council",
    "forces",
    "mission",
    "committee",
    "center",
    "centre",
    "agency",
    "administration",
    "government",
    "intelligence",
    "army",
    "headquarters",
    "un",
    "ocha",
    "icrc",
    "kremlin",
    "update",
}


# --------------------------------------------------------------------------- helpers


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().lower() in ("", "none", "null", "nan")


def _text(value: Any) -> str:
    return "" if _missing(value) else str(value).strip()


def _opt(value: Any) -> Any:
    return None if _missing(value) else value


def canonical_place(name: Any) -> str | None:
    """Return the canonical spelling of a place name (``"Severodonetsk"`` → ``"Sievierodonetsk"``)."""
    text = re.sub(r"\s+", " ", _text(name))
    if not text:
        return None
    return _ALIASES.get(text.casefold(), text)


def _split_places(value: Any) -> list[str]:
    if isinstance(value, list | tuple | set):
        items = list(value)
    else:
        text = _text(value)
        if not text:
            return []
        items = re.split(r"\s*(?:–|—|↔|<->|/|,|;|\s-\s|\band\b|\bto\b)\s*", text)
    return [p for p in (canonical_place(i) for i in items) if p]


def _curated_name(speaker: str) -> str:
    """The curated name of a speaker the parser gave under another of its known names
    ("Russia's Defense Ministry" → "Russian Defence Ministry"): one source, however named."""
    if not speaker:
        return speaker
    from ._attribution import is_alias, lookup_speaker

    rec = lookup_speaker(speaker)
    return rec["name"] if rec is not None and is_alias(speaker, rec) else speaker


def source_key(side: Any, speaker: Any, outlet: Any = None) -> str:
    """Independence key of a statement: ``side|speaker`` (never the relaying outlet).

    Titles are dropped and a person's name is reduced to the surname, so
    "Colonel General Mikhail Mizintsev" and "Mizintsev" are one source, however many
    outlets relay him.  Without a speaker the key is the side alone, or the outlet when
    the side is unknown too (an outlet reporting on its own).

    Parameters
    ----------
    side, speaker, outlet
        Values of a ``claims`` row.

    Returns
    -------
    str
    """
    s = _text(side) or "?"
    speaker = _curated_name(_text(speaker))
    words = [w for w in re.findall(r"[\w']+", speaker.casefold()) if w not in _TITLE_WORDS]
    if words:
        person = len(words) <= 3 and not (set(words) & _ORG_WORDS)
        return f"{s}|{words[-1] if person else ' '.join(words)}"
    if s == "?" and _text(outlet):
        return f"?|outlet:{_text(outlet).casefold()}"
    return f"{s}|"


def support_confidence(reliabilities: Iterable[str]) -> float:
    """Confidence that a value holds, from the best grade of each independent source.

    ``1 - prod(1 - w)`` over independent sources, with weights
    :data:`RELIABILITY_WEIGHT` (A .95, B .8, C .6, D .4, E .2, F .3): one B source gives
    0.8, one D source 0.4, two D sources from different speakers 0.64, D plus B 0.88.

    Parameters
    ----------
    reliabilities
        One reliability letter per independent source.

    Returns
    -------
    float
        Between 0 and 1.
    """
    p = 1.0
    for r in reliabilities:
        p *= 1.0 - RELIABILITY_WEIGHT.get(str(r), RELIABILITY_WEIGHT["F"])
    return round(1.0 - p, 3)


def _label(confidence: float) -> str:
    return "high" if confidence >= 0.75 else "medium" if confidence >= 0.5 else "low"


def _table(tables: dict, name: str, columns: Sequence[str]) -> pd.DataFrame:
    df = tables.get(name) if isinstance(tables, dict) else None
    if df is None:
        return pd.DataFrame(columns=list(columns))
    if not isinstance(df, pd.DataFrame):
        df = pd.DataFrame(df)
    df = df.copy()
    for c in columns:
        if c not in df.columns:
            df[c] = None
    return df


def _first_date(*values: Any) -> Any:
    for v in values:
        d = pd.to_datetime(v, errors="coerce") if not _missing(v) else pd.NaT
        if not pd.isna(d):
            return d
    return pd.NaT


def _claim_info(tables: dict) -> dict[Any, dict]:
    cols = ["claim_id", "report_id", "speaker", "speaker_role", "side", "outlet", "claim_type"]
    claims = _table(tables, "claims", [*cols, "text", "date", "start"])
    reports = _table(tables, "reports", ["report_id", "date"])
    claims["date"] = pd.to_datetime(claims["date"], errors="coerce")
    if len(reports) and claims["date"].isna().any():
        rdate = pd.to_datetime(
            reports.drop_duplicates("report_id").set_index("report_id")["date"], errors="coerce"
        )
        fill = claims["report_id"].map(rdate)
        claims["date"] = claims["date"].fillna(fill)
    claims = claims.drop_duplicates("claim_id")
    return dict(zip(claims["claim_id"], claims.to_dict("records"), strict=True))


# --------------------------------------------------------------------------- subjects


def _previous_claim_places(
    cid: Any, info: dict[Any, dict], by_claim: dict[Any, list[str]]
) -> list[str]:
    """Settlements of the same speaker's nearest earlier claim in the same report."""
    c = info.get(cid)
    start = pd.to_numeric(c.get("start"), errors="coerce") if c else float("nan")
    if not c or pd.isna(start):
        return []
    key = source_key(c.get("side"), c.get("speaker"), c.get("outlet"))
    earlier = [
        (float(pd.to_numeric(o.get("start"), errors="coerce")), o["claim_id"])
        for o in info.values()
        if o.get("report_id") == c.get("report_id")
        and o["claim_id"] != cid
        and source_key(o.get("side"), o.get("speaker"), o.get("outlet")) == key
        and pd.to_numeric(o.get("start"), errors="coerce") < start
    ]
    for _, other in sorted(earlier, reverse=True):
        if by_claim.get(other):
            return by_claim[other]
    return []


def _bridge_subjects(
    bridges: pd.DataFrame, places: pd.DataFrame, info: dict[Any, dict] | None = None
) -> list[tuple[str, str, bool]]:
    """Subject key, rule and vagueness for each bridge row (see docs/analysis.md)."""
    by_claim: dict[Any, list[str]] = {}
    if len(places):
        settle = places[places["kind"].astype(str) == "settlement"]
        for cid, sub in settle.groupby("claim_id"):
            by_claim[cid] = sorted({p for p in map(canonical_place, sub["name"]) if p})
    rows = []
    for b in bridges.to_dict("records"):
        river = canonical_place(b.get("river"))
        named = _split_places(b.get("connects"))
        rule = "connects"
        if not named and by_claim.get(b.get("claim_id")):
            named, rule = by_claim[b.get("claim_id")], "claim places"
        if not named and not river and info:
            named = _previous_claim_places(b.get("claim_id"), info, by_claim)
            rule = "speaker's previous claim" if named else rule
        rows.append((set(named), river, rule))
    out: list[tuple[str, str, bool] | None] = [None] * len(rows)
    loose = []
    for i, (named, river, rule) in enumerate(rows):
        for key, (towns, group_river) in CROSSING_GROUPS.items():
            if named & towns and (river is None or river == group_river):
                out[i] = (key, f"crossing group ({rule})", False)
                break
        else:
            if named:
                loose.append(i)
            elif river:
                out[i] = (f"bridges on the {river}", "river only", True)
            else:
                out[i] = ("bridges (unspecified)", "no place", True)
    # union-find: statements sharing a place on the same (or an unnamed) river
    parent = {i: i for i in loose}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a_pos, a in enumerate(loose):
        for b in loose[a_pos + 1 :]:
            (pa, ra, _), (pb, rb, _) = rows[a], rows[b]
            if pa & pb and (ra is None or rb is None or ra == rb):
                parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in loose:
        groups.setdefault(find(i), []).append(i)
    for members in groups.values():
        towns = sorted(set().union(*(rows[i][0] for i in members)))
        rivers = sorted({rows[i][1] for i in members if rows[i][1]})
        key = "bridges: " + "–".join(towns) + (f" ({rivers[0]})" if len(rivers) == 1 else "")
        for i in members:
            out[i] = (key, f"shared place ({rows[i][2]})", False)
    return out  # type: ignore[return-value]


# --------------------------------------------------------------------------- assertions


def _stance(predicate: str, side: str, value: Any, controller: Any) -> str:
    if side not in PARTIES:
        return "neutral"
    if predicate == "destroyed_by":
        return "self_serving" if value in PARTIES and value != side else "neutral"
    if predicate in ("controlled_by", "control_share"):
        who = value if predicate == "controlled_by" else controller
        if who == side:
            return "self_serving"
        if who in PARTIES:
            return "against_interest"
    return "neutral"


def normalise_claims(tables: dict, grades: Any = None) -> pd.DataFrame:
    """Reduce bridge, evacuation and control statements to comparable assertions.

    One row per (statement, predicate):

    - bridges → ``bridge_status`` (destroyed / damaged / intact) and, when the statement
      says who did it, ``destroyed_by`` (actor side); the subject is a bridge *group*
      (see the rule in ``docs/analysis.md``: known crossing groups, else statements
      sharing a place on the same or an unnamed river; statements with only a river or
      no place at all are marked ``vague``);
    - evacuations → ``evacuation_status``; the subject is ``corridor: <origin>``
      (facilities such as Azot count as their town), destination and population are kept
      as qualifiers;
    - control → ``controlled_by`` (controller side) and, when a share is given,
      ``control_share`` (fraction held by ``controller``); the subject is the place.

    Speaker, outlet, side, text and date come from the ``claims`` table (the date from
    ``reports`` when claims carry none).  Each assertion gets a ``stance`` (self-serving,
    against interest, neutral), an independence ``source_key`` and a grade.

    Parameters
    ----------
    tables
        Dict of DataFrames as returned by :func:`analyst_kit.parse.read_reports`.
    grades
        Grading rules (DataFrame, CSV path or None for the bundled default).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`ASSERTION_COLUMNS`.
    """
    info = _claim_info(tables)
    places = _table(tables, "places", ["claim_id", "name", "kind"])
    bridges = _table(
        tables,
        "bridges",
        ["report_id", "claim_id", "name", "river", "connects", "status", "count", "actor_side"],
    )
    evac = _table(
        tables,
        "evacuations",
        ["report_id", "claim_id", "origin", "destination", "population", "status"],
    )
    control = _table(tables, "control", ["report_id", "claim_id", "place", "controller_side"])
    if "share" not in control.columns:
        control["share"] = None
    reports = _table(tables, "reports", ["report_id", "date"]).drop_duplicates("report_id")
    report_dates = dict(
        zip(reports["report_id"], pd.to_datetime(reports["date"], errors="coerce"), strict=True)
    )
    records: list[dict] = []

    def add(row: dict, table: str, **fields: Any) -> None:
        cid = row.get("claim_id")
        c = info.get(cid, {}) if not _missing(cid) else {}
        if _missing(cid):
            # a statement outside any attributed claim (headline, narration): cite it by
            # its report and character offset so it stays traceable
            start = pd.to_numeric(row.get("start"), errors="coerce")
            where = "?" if pd.isna(start) else int(start)
            cid = f"{_text(row.get('report_id')) or '?'}:{table}@{where}"
        side = _text(c.get("side")) or _text(row.get("claimed_by_side"))
        rec = {
            "claim_id": cid,
            "report_id": _opt(row.get("report_id")) or _opt(c.get("report_id")),
            "date": _first_date(
                c.get("date"), row.get("date"), report_dates.get(row.get("report_id"))
            ),
            "side": side or None,
            "speaker": _opt(c.get("speaker")),
            "outlet": _opt(c.get("outlet")),
            "speaker_role": _opt(c.get("speaker_role")),
            "claim_type": _opt(c.get("claim_type")) or table,
            "text": _opt(c.get("text")),
            "vague": False,
            **fields,
        }
        rec["stance"] = _stance(rec["predicate"], side, rec["value"], rec.get("controller"))
        rec["source_key"] = source_key(side, rec["speaker"], rec["outlet"])
        records.append(rec)

    if len(bridges):
        subjects = _bridge_subjects(bridges, places, info)
        for b, (subject, rule, vague) in zip(bridges.to_dict("records"), subjects, strict=True):
            status = _text(b.get("status")).lower()
            count = pd.to_numeric(b.get("count"), errors="coerce")
            common = dict(
                subject=subject,
                subject_kind="bridge",
                subject_rule=rule,
                count=1 if pd.isna(count) else int(count),
                vague=vague,
            )
            if status and status != "unknown":
                add(b, "bridge", predicate="bridge_status", value=status, **common)
            actor = _text(b.get("actor_side"))
            if actor and status in ("destroyed", "damaged", ""):
                add(b, "bridge", predicate="destroyed_by", value=actor, **common)
    for e in evac.to_dict("records"):
        status = _text(e.get("status")).lower()
        if not status:
            continue
        origin = canonical_place(e.get("origin"))
        town = PLACE_PARENTS.get(origin or "", origin)
        add(
            e,
            "evacuation",
            subject=f"corridor: {town}" if town else "corridor (unspecified)",
            subject_kind="corridor",
            subject_rule="origin" if town == origin else "origin's town",
            vague=town is None,
            predicate="evacuation_status",
            value=status,
            destination=canonical_place(e.get("destination")),
            population=_opt(e.get("population")),
        )
    for c in control.to_dict("records"):
        place = canonical_place(c.get("place"))
        controller = _text(c.get("controller_side"))
        share = pd.to_numeric(c.get("share"), errors="coerce")
        common = dict(
            subject=place or "place (unspecified)",
            subject_kind="place",
            subject_rule="place",
            vague=place is None,
            controller=controller or None,
            share=None if pd.isna(share) else float(share),
        )
        if controller:
            add(c, "control", predicate="controlled_by", value=controller, **common)
        if not pd.isna(share) and controller:
            add(c, "control", predicate="control_share", value=float(share), **common)
    df = pd.DataFrame.from_records(records)
    if df.empty:
        df = pd.DataFrame(columns=[*ASSERTION_COLUMNS, "share"])
    for col in [*ASSERTION_COLUMNS, "share"]:
        if col not in df.columns:
            df[col] = None
    df["vague"] = df["vague"].fillna(False).astype(bool)
    df["date"] = pd.to_datetime(df["date"], errors="coerce")
    df = df.sort_values(["date", "subject", "predicate", "claim_id"], kind="stable")
    df = df.reset_index(drop=True)
    df["assertion_id"] = [f"A{i + 1:04d}" for i in range(len(df))]
    if len(df):
        df = grade_claims(df, grades)
    else:
        for col in ("reliability", "credibility", "grade"):
            df[col] = None
    return df[[*ASSERTION_COLUMNS, "share"]]


# --------------------------------------------------------------------------- relations


def _evac_class(status: str) -> str:
    if status in _EVAC_POSITIVE:
        return "possible"
    if status in _EVAC_PARTIAL:
        return "limited"
    if status in _EVAC_NEGATIVE:
        return "impossible"
    return "other"


def _relation(a: dict, b: dict, tol: float) -> tuple[str | None, str, bool, str]:
    """(``agree``/``disagree``/None, kind, ambiguous, note) for two assertions on one subject."""
    pred = a["predicate"]
    va, vb = a["value"], b["value"]
    vague = bool(a["vague"] or b["vague"])
    note = "vague subject; " if vague else ""
    if pred == "destroyed_by":
        if va == vb:
            return "agree", "attribution", vague, note.rstrip("; ")
        if a["count"] != b["count"]:
            note += f"statements cover {int(a['count'])} vs {int(b['count'])} bridge(s)"
        return "disagree", "attribution", vague, note.rstrip("; ")
    if pred == "bridge_status":
        if va == vb:
            return "agree", "status", vague, note.rstrip("; ")
        if {va, vb} == {"destroyed", "damaged"}:
            return "disagree", "status", True, note + "destroyed vs damaged: degree, not fact"
        return "disagree", "status", vague, note.rstrip("; ")
    if pred == "evacuation_status":
        da, db = a["destination"], b["destination"]
        if not (_missing(da) or _missing(db)) and da != db:
            return None, "status", False, ""
        pa, pb = _text(a["population"]), _text(b["population"])
        if pa and pb and pa != pb and "mixed" not in (pa, pb):
            return None, "status", False, ""
        if pa != pb:
            note += f"populations {pa or 'unstated'} vs {pb or 'unstated'}; "
        ca, cb = _evac_class(str(va)), _evac_class(str(vb))
        if "other" in (ca, cb):
            return None, "status", False, ""
        if ca == cb or {ca, cb} == {"possible", "limited"}:
            return "agree", "status", vague, note.rstrip("; ")
        if "limited" in (ca, cb):
            return "disagree", "status", True, note + f"{va} vs {vb}: partly compatible"
        return "disagree", "status", vague or pa != pb, note.rstrip("; ")
    if pred == "controlled_by":
        sa, sb = a.get("share"), b.get("share")
        part_a = not _missing(sa) and float(sa) < 0.95
        part_b = not _missing(sb) and float(sb) < 0.95
        if va == vb:
            return "agree", "control", vague, note.rstrip("; ")
        if part_a and part_b:
            return None, "control", False, ""  # compared as shares
        amb = vague or str(va).lower() in _UNDECIDED or str(vb).lower() in _UNDECIDED
        if part_a or part_b:
            share = float(sa) if part_a else float(sb)
            if share < 0.5:
                amb = True
            note += f"one claim covers only {share:.0%} of the place"
        return "disagree", "control", amb, note.rstrip("; ")
    if pred == "control_share":
        xa, xb = float(va), float(vb)
        if a["controller"] != b["controller"]:
            if {a["controller"], b["controller"]} <= set(PARTIES):
                xb = 1.0 - xb
                note += "other side's share converted (two parties assumed); "
            else:
                return None, "share", False, ""
        if abs(xa - xb) <= tol + 1e-9:
            return "agree", "share", vague, note.rstrip("; ")
        return "disagree", "share", vague, note + f"shares differ by {abs(xa - xb):.0%}"
    return (("agree" if va == vb else "disagree"), "other", vague, note.rstrip("; "))


def _pairs(assertions: pd.DataFrame, window_days: float, tol: float):
    """Yield ((i, j), relation, kind, ambiguous, note) over assertions on the same subject.

    A date-sorted sweep per (subject, predicate): each assertion is compared only with
    the later ones inside the window; undated assertions only within their report.
    Vague bridge statements ("a bridge", "bridges on the Donets") also meet every bridge
    group they may be about, and any disagreement with them is ambiguous.
    """
    recs = assertions.to_dict("index")
    window = pd.Timedelta(days=window_days)
    groups: dict[tuple, list[int]] = {}
    for i, r in recs.items():
        groups.setdefault((r["subject"], r["predicate"]), []).append(i)
    for idx in groups.values():
        dated = sorted(
            (i for i in idx if not pd.isna(recs[i]["date"])), key=lambda i: recs[i]["date"]
        )
        candidates = []
        for p, i in enumerate(dated):
            for j in dated[p + 1 :]:
                if recs[j]["date"] - recs[i]["date"] > window:
                    break
                candidates.append((i, j))
        undated = [i for i in idx if pd.isna(recs[i]["date"])]
        for i in undated:
            for j in idx:
                if j != i and recs[j]["report_id"] == recs[i]["report_id"]:
                    if not pd.isna(recs[j]["date"]) or i < j:
                        candidates.append((i, j))
        yield from _judge(recs, candidates, tol)
    by_pred: dict[str, list[int]] = {}
    for i, r in recs.items():
        if r["subject_kind"] == "bridge":
            by_pred.setdefault(r["predicate"], []).append(i)
    for idx in by_pred.values():
        cand = []
        for i in idx:
            v = recs[i]
            if not v["vague"]:
                continue
            subj = v["subject"]
            river = subj.removeprefix("bridges on the ") if "on the" in subj else ""
            for j in idx:
                o = recs[j]
                if o["subject"] == subj or (o["vague"] and j < i):
                    continue
                if river and river not in _group_river(o["subject"]):
                    continue
                if _in_window(v, o, window):
                    cand.append((i, j))
        for pair, rel, kind, _amb, note in _judge(recs, cand, tol):
            if rel == "disagree":
                yield pair, rel, kind, True, note or "vague subject"


def _group_river(subject: str) -> str:
    for key, (_towns, river) in CROSSING_GROUPS.items():
        if subject == key:
            return river
    m = re.search(r"\((.+)\)$", subject)
    return m.group(1) if m else subject


def _in_window(a: dict, b: dict, window: pd.Timedelta) -> bool:
    if pd.isna(a["date"]) or pd.isna(b["date"]):
        return a["report_id"] == b["report_id"]
    return abs(a["date"] - b["date"]) <= window


def _judge(recs: dict[int, dict], candidates: list[tuple[int, int]], tol: float):
    for i, j in candidates:
        a, b = recs[i], recs[j]
        if a["claim_id"] == b["claim_id"]:
            continue
        rel, kind, amb, note = _relation(a, b, tol)
        if rel:
            yield (i, j) if i < j else (j, i), rel, kind, amb, note


def _best(reliabilities: Iterable[str]) -> str:
    return min(reliabilities, key=lambda r: "ABCDEF".find(str(r)) % 7)


def _members_support(recs: dict[int, dict], members: Iterable[int]) -> tuple[list, float, int]:
    """Claim ids, support confidence and number of independent sources of a set."""
    by_key: dict[str, list[str]] = {}
    claim_ids = set()
    for k in members:
        r = recs[k]
        by_key.setdefault(r["source_key"], []).append(r["reliability"])
        claim_ids.add(r["claim_id"])
    conf = support_confidence(_best(v) for v in by_key.values())
    return sorted(claim_ids, key=str), conf, len(by_key)


def _analyse(tables: dict, window_days: float, tol: float, grades: Any):
    a = normalise_claims(tables, grades)
    pairs = [(i, j, *rest) for (i, j), *rest in _pairs(a, window_days, tol)]
    agree: dict[int, set[int]] = {}
    for i, j, rel, *_ in pairs:
        if rel == "agree":
            agree.setdefault(i, set()).add(j)
            agree.setdefault(j, set()).add(i)
    return a, pairs, agree


_CONTRA_COLUMNS = [
    "kind",
    "subject",
    "subject_kind",
    "predicate",
    "value_a",
    "value_b",
    "side_a",
    "side_b",
    "speaker_a",
    "speaker_b",
    "outlet_a",
    "outlet_b",
    "claim_id_a",
    "claim_id_b",
    "report_id_a",
    "report_id_b",
    "date_a",
    "date_b",
    "text_a",
    "text_b",
    "grade_a",
    "grade_b",
    "ambiguous",
    "note",
    "n_sources_a",
    "n_sources_b",
    "evidence",
    "confidence",
    "confidence_label",
]


def contradictions(
    tables: dict,
    window_days: float = 3,
    share_tolerance: float = 0.15,
    *,
    grades: Any = None,
) -> pd.DataFrame:
    """Pairs of assertions about the same subject, within a time window, that disagree.

    Kinds: ``attribution`` (different actor blamed for destroying a bridge), ``status``
    (bridge or evacuation status), ``control`` (different controller), ``share``
    (control shares further apart than ``share_tolerance``; a share claimed for the other
    party is converted as ``1 - share``).  Doubtful pairs are kept with
    ``ambiguous=True`` and a ``note`` instead of being forced: vague subjects (a bridge
    statement with only a river or no place), destroyed vs damaged, "limited" vs
    "impossible" evacuations, a control claim covering less than half of the place.

    Parameters
    ----------
    tables
        Dict of DataFrames from :func:`analyst_kit.parse.read_reports`.
    window_days
        Largest date difference between the two claims (claims without a date are
        compared only within their own report).
    share_tolerance
        Largest difference between two control shares that still agree.
    grades
        Grading rules (see :func:`analyst_kit.grades.load_grades`).

    Returns
    -------
    pandas.DataFrame
        One row per disagreeing pair: both sides' values, sides, speakers, outlets,
        claim ids, dates, texts and grades; ``n_sources_a``/``n_sources_b``
        (independent sources backing each value), ``evidence`` (list of claim ids
        backing either value) and ``confidence`` = the weaker side's
        :func:`support_confidence`, halved when ambiguous.
    """
    a, pairs, agree = _analyse(tables, window_days, share_tolerance, grades)
    recs = a.to_dict("index")
    cache: dict[int, tuple[list, float, int]] = {}

    def support(k: int) -> tuple[list, float, int]:
        if k not in cache:
            cache[k] = _members_support(recs, {k} | agree.get(k, set()))
        return cache[k]

    rows = []
    for i, j, rel, kind, amb, note in pairs:
        if rel != "disagree":
            continue
        x, y = recs[i], recs[j]
        ev_x, conf_x, n_x = support(i)
        ev_y, conf_y, n_y = support(j)
        if x["source_key"] == y["source_key"]:
            if x["report_id"] == y["report_id"]:
                amb = True
                extra = "same speaker in one report: likely a qualification"
            else:
                extra = "same source changed its account"
            note = (note + "; " if note else "") + extra
        for r, tag in ((x, "A"), (y, "B")):
            if (
                r["subject_rule"] not in ("connects", "place", "origin")
                and r["subject_kind"] != "place"
            ):
                note = (note + "; " if note else "") + f"subject of {tag}: {r['subject_rule']}"
        conf = round(min(conf_x, conf_y) * (0.5 if amb else 1.0), 3)
        rows.append(
            {
                "kind": kind,
                "subject": x["subject"],
                "subject_kind": x["subject_kind"],
                "predicate": x["predicate"],
                "value_a": _display_value(x),
                "value_b": _display_value(y),
                **{f"{k}_a": x[k] for k in ("side", "speaker", "outlet", "claim_id")},
                **{f"{k}_b": y[k] for k in ("side", "speaker", "outlet", "claim_id")},
                "report_id_a": x["report_id"],
                "report_id_b": y["report_id"],
                "date_a": x["date"],
                "date_b": y["date"],
                "text_a": x["text"],
                "text_b": y["text"],
                "grade_a": x["grade"],
                "grade_b": y["grade"],
                "ambiguous": bool(amb),
                "note": note,
                "n_sources_a": int(n_x),
                "n_sources_b": int(n_y),
                "evidence": sorted(set(ev_x) | set(ev_y), key=str),
                "confidence": conf,
                "confidence_label": _label(conf),
            }
        )
    out = pd.DataFrame(rows, columns=_CONTRA_COLUMNS)
    out["ambiguous"] = out["ambiguous"].astype(bool)
    return out.sort_values(["ambiguous", "confidence"], ascending=[True, False]).reset_index(
        drop=True
    )


def _display_value(row: pd.Series) -> str:
    pred, v = row["predicate"], row["value"]
    if pred == "destroyed_by":
        n = 1 if _missing(row["count"]) else int(row["count"])
        return f"destroyed by {v}" + (f" ({n} bridges)" if n != 1 else "")
    if pred == "control_share":
        return f"{row['controller']} holds {float(v):.0%}"
    if pred == "controlled_by":
        share = row.get("share")
        return f"held by {v}" + ("" if _missing(share) else f" ({float(share):.0%})")
    if pred == "evacuation_status":
        extra = ", ".join(
            x
            for x in (
                _text(row["population"]),
                _text(row["destination"]) and "to " + _text(row["destination"]),
            )
            if x
        )
        return f"{v}" + (f" ({extra})" if extra else "")
    return str(v)


_CORRO_COLUMNS = [
    "subject",
    "subject_kind",
    "predicate",
    "value",
    "sides",
    "n_sides",
    "cross_side",
    "speakers",
    "outlets",
    "n_independent",
    "n_statements",
    "date_from",
    "date_to",
    "grades",
    "evidence",
    "assertion_ids",
    "ambiguous",
    "confidence",
    "confidence_label",
]


def corroborations(
    tables: dict,
    window_days: float = 3,
    share_tolerance: float = 0.15,
    *,
    min_sources: int = 2,
    grades: Any = None,
) -> pd.DataFrame:
    """Groups of agreeing assertions backed by at least ``min_sources`` independent sources.

    Independence is judged on the speaker, never on the outlet: TASS and RIA relaying
    the same Russian general are one source (key ``side|surname``, see
    :func:`source_key`).  Agreement is transitive within a subject (connected
    components of agreeing pairs inside the time window).

    Parameters
    ----------
    tables
        Dict of DataFrames from :func:`analyst_kit.parse.read_reports`.
    window_days, share_tolerance
        As in :func:`contradictions`.
    min_sources
        Fewest independent sources for a row.
    grades
        Grading rules (see :func:`analyst_kit.grades.load_grades`).

    Returns
    -------
    pandas.DataFrame
        One row per corroborated value: ``sides``/``n_sides``, ``cross_side`` (agreement
        across different sides), ``speakers``, ``outlets``, ``n_independent``,
        ``evidence`` (claim ids), ``confidence`` (:func:`support_confidence` over the
        independent sources).
    """
    a, pairs, agree = _analyse(tables, window_days, share_tolerance, grades)
    recs = a.to_dict("index")
    seen: set[int] = set()
    rows = []
    for i in a.index:
        if i in seen or i not in agree:
            continue
        comp, stack = set(), [i]
        while stack:
            k = stack.pop()
            if k in comp:
                continue
            comp.add(k)
            stack.extend(agree.get(k, set()) - comp)
        seen |= comp
        sub = [recs[k] for k in sorted(comp)]
        evidence, conf, n_keys = _members_support(recs, comp)
        if n_keys < min_sources:
            continue
        first = sub[0]
        amb = any(r["vague"] for r in sub)
        conf = round(conf * (0.5 if amb else 1.0), 3)
        sides = sorted({r["side"] for r in sub if not _missing(r["side"])})
        if first["predicate"] == "control_share":
            shares = [
                float(r["value"])
                if r["controller"] == first["controller"]
                else 1.0 - float(r["value"])
                for r in sub
            ]
            lo, hi = min(shares), max(shares)
            value = f"{first['controller']} holds {lo:.0%}" + (f"–{hi:.0%}" if hi > lo else "")
        else:
            value = _display_value(first)
        dates = [r["date"] for r in sub if not _missing(r["date"])]
        rows.append(
            {
                "subject": first["subject"],
                "subject_kind": first["subject_kind"],
                "predicate": first["predicate"],
                "value": value,
                "sides": sides,
                "n_sides": len(sides),
                "cross_side": len(sides) >= 2,
                "speakers": sorted({r["speaker"] for r in sub if not _missing(r["speaker"])}),
                "outlets": sorted({r["outlet"] for r in sub if not _missing(r["outlet"])}),
                "n_independent": n_keys,
                "n_statements": len(sub),
                "date_from": min(dates) if dates else pd.NaT,
                "date_to": max(dates) if dates else pd.NaT,
                "grades": sorted({r["grade"] for r in sub}),
                "evidence": evidence,
                "assertion_ids": [r["assertion_id"] for r in sub],
                "ambiguous": amb,
                "confidence": conf,
                "confidence_label": _label(conf),
            }
        )
    out = pd.DataFrame(rows, columns=_CORRO_COLUMNS)
    return out.sort_values("confidence", ascending=False, kind="stable").reset_index(drop=True)


def _claim_stance(stances: pd.Series) -> str:
    found = set(stances)
    if "self_serving" in found and "against_interest" in found:
        return "mixed"
    for s in ("self_serving", "against_interest"):
        if s in found:
            return s
    return "neutral"


def assess_claims(
    tables: dict,
    grades: Any = None,
    window_days: float = 3,
    share_tolerance: float = 0.15,
) -> pd.DataFrame:
    """Grade every claim and refine its credibility from corroborations and contradictions.

    Reliability comes from the grading rules (the claim's stance is the stance of its
    assertions, ``mixed`` when they differ).  Credibility: corroborated by two or more
    other independent sources and not contradicted → 1; by one → 2; both corroborated
    and contradicted → 3; contradicted (not ambiguously) by one source → 4, by two or
    more → 5; otherwise the rule's prior (usually 6, "cannot be judged").

    Parameters
    ----------
    tables
        Dict of DataFrames from :func:`analyst_kit.parse.read_reports`.
    grades
        Grading rules (see :func:`analyst_kit.grades.load_grades`).
    window_days, share_tolerance
        As in :func:`contradictions`.

    Returns
    -------
    pandas.DataFrame
        The ``claims`` table with ``stance``, ``reliability``, ``credibility``,
        ``grade``, ``grade_rule``, ``grade_rationale``, ``n_corroborating``,
        ``n_contradicting`` and ``evidence`` (claim ids of the corroborating and
        contradicting claims).
    """
    a, pairs, agree = _analyse(tables, window_days, share_tolerance, grades)
    claims = _table(tables, "claims", ["claim_id", "side", "speaker", "outlet"])
    pro: dict[Any, set[str]] = {}
    con: dict[Any, set[str]] = {}
    ev: dict[Any, set] = {}
    recs = a.to_dict("index")
    for i, j, rel, _kind, amb, _note in pairs:
        x, y = recs[i], recs[j]
        if rel == "disagree" and amb:
            continue
        bucket = pro if rel == "agree" else con
        for s, t in ((x, y), (y, x)):
            if t["source_key"] != s["source_key"]:
                bucket.setdefault(s["claim_id"], set()).add(t["source_key"])
                ev.setdefault(s["claim_id"], set()).add(t["claim_id"])
    stance = a.groupby("claim_id")["stance"].agg(_claim_stance)
    claims["stance"] = claims["claim_id"].map(stance)
    graded = grade_claims(claims, grades)
    n_pro = graded["claim_id"].map(lambda c: len(pro.get(c, ())))
    n_con = graded["claim_id"].map(lambda c: len(con.get(c, ())))
    cred = []
    for prior, p, c in zip(graded["credibility"], n_pro, n_con, strict=True):
        if p and c:
            cred.append(3)
        elif p:
            cred.append(1 if p >= 2 else 2)
        elif c:
            cred.append(5 if c >= 2 else 4)
        else:
            cred.append(int(prior))
    graded["credibility"] = pd.Series(cred, index=graded.index, dtype="int64")
    graded["grade"] = graded["reliability"].astype(str) + graded["credibility"].astype(str)
    graded["n_corroborating"] = n_pro.astype("int64")
    graded["n_contradicting"] = n_con.astype("int64")
    graded["evidence"] = graded["claim_id"].map(lambda c: sorted(ev.get(c, ()), key=str))
    return graded


def control_checks(
    tables: dict,
    control_areas: Any = None,
    *,
    grades: Any = None,
    tolerance: float = 0.25,
) -> pd.DataFrame:
    """Set each control claim beside the control polygons of its date, with grades and evidence.

    A thin layer over :func:`analyst_kit.control.compare_control_claims` that adds the
    claimant (speaker, outlet, side), the claim's grade and ``evidence`` (its claim id).

    Parameters
    ----------
    tables
        Dict of DataFrames from :func:`analyst_kit.parse.read_reports`.
    control_areas
        Control polygons (default the bundled pack, ``analyst_kit.control.control_areas()``).
    grades
        Grading rules (see :func:`analyst_kit.grades.load_grades`).
    tolerance
        Allowed gap between a claimed share and the map.

    Returns
    -------
    pandas.DataFrame
        One row per control claim: ``place``, ``controller_side``, ``share``, ``date``,
        ``map_share``, ``verdict`` (from the control module), ``speaker``, ``outlet``,
        ``side``, ``grade``, ``evidence``.
    """
    from . import control as ctl

    areas = ctl.control_areas() if control_areas is None else control_areas
    rows = _table(tables, "control", ["report_id", "claim_id", "place", "controller_side"])
    reports = _table(tables, "reports", ["report_id", "date"])
    checks = ctl.compare_control_claims(rows, areas, reports, tolerance=tolerance)
    graded = assess_claims(tables, grades)
    keep = ["claim_id", "speaker", "side", "outlet", "grade"]
    out = checks.merge(graded[keep].drop_duplicates("claim_id"), on="claim_id", how="left")
    out["evidence"] = [[c] for c in out["claim_id"]]
    return out


# --------------------------------------------------------------------------- figures

_SYMBOLS = {
    "destroyed_by": "x",
    "bridge_status": "diamond",
    "controlled_by": "square",
    "control_share": "square-open",
    "evacuation_status": "circle",
}
_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000"]


def _wrap(text: Any, width: int = 70) -> str:
    from .plot import wrap_label

    return wrap_label(_text(text), width, max_chars=None, max_lines=8)


def _group_colors(values: Sequence[str], by: str) -> dict[str, str]:
    from .plot import side_color

    if by == "side":
        return {v: side_color(None if v == "unknown" else v) for v in values}
    return {v: _PALETTE[i % len(_PALETTE)] for i, v in enumerate(values)}


def _timeline_data(
    a: pd.DataFrame,
    contra: pd.DataFrame,
    by: str,
    subject: Any = None,
    side: Any = None,
) -> tuple[list[dict], dict]:
    """Trace dicts (one per colour group, always all groups, plus contradiction links)."""
    from .plot import escape_text

    if by not in a.columns:
        raise ValueError(f"by must be an assertion column such as 'side', got {by!r}")
    a = a.copy()
    a["_group"] = [_text(v) or "unknown" for v in a[by]]
    groups = sorted(a["_group"].unique())
    colors = _group_colors(groups, by)
    keep = pd.Series(True, index=a.index)
    if subject not in (None, "", "all"):
        subjects = [subject] if isinstance(subject, str) else list(subject)
        keep &= a["subject"].isin(subjects)
    if side not in (None, "", "all"):
        keep &= a["side"].fillna("unknown").eq(side) | a["_group"].eq(side)
    sub = a[keep]
    order = (
        sub[["subject_kind", "subject"]].drop_duplicates().sort_values(["subject_kind", "subject"])
    )
    ypos = {s: k for k, s in enumerate(order["subject"])}
    offsets = {
        g: (k - (len(groups) - 1) / 2) * (0.5 / max(len(groups), 1)) for k, g in enumerate(groups)
    }
    where: dict[tuple, tuple] = {}
    traces = []
    for g in groups:
        rows = sub[sub["_group"] == g]
        xs = list(rows["date"])
        # same subject, side and day: stack the markers a little so none hides another
        rank = rows.groupby(["subject", "date"], dropna=False).cumcount().clip(upper=4)
        ys = [ypos[s] + offsets[g] + 0.07 * k for s, k in zip(rows["subject"], rank, strict=True)]
        for (_, r), x, y in zip(rows.iterrows(), xs, ys, strict=True):
            where[(r["claim_id"], r["subject"], r["predicate"])] = (x, y)
        hover = [
            f"<b>{escape_text(r['subject'])}</b> · {escape_text(_fmt_date(r['date']))}<br>"
            f"{escape_text(_display_value(r))}<br>"
            f"speaker: {escape_text(_text(r['speaker']) or '?')} ({escape_text(_text(r['side']) or '?')})"
            f"<br>outlet: {escape_text(_text(r['outlet']) or '—')} · grade "
            f"{escape_text(r['grade'])} · claim {escape_text(r['claim_id'])}"
            f"<br><i>{_wrap(r['text'])}</i>"
            for _, r in rows.iterrows()
        ]
        traces.append(
            dict(
                name=escape_text(g),
                x=xs,
                y=ys,
                text=[escape_text(_short_value(r)) for _, r in rows.iterrows()],
                hovertext=hover,
                marker=dict(
                    color=colors[g],
                    size=13,
                    symbol=[_SYMBOLS.get(p, "circle") for p in rows["predicate"]],
                    opacity=[grade_opacity(g) for g in rows["grade"]],
                    line=dict(color="white", width=1),
                ),
            )
        )
    lx: list = []
    ly: list = []
    for _, c in contra.iterrows():
        p = where.get((c["claim_id_a"], c["subject"], c["predicate"]))
        q = where.get((c["claim_id_b"], c["subject"], c["predicate"]))
        if p and q:
            lx += [p[0], q[0], None]
            ly += [p[1], q[1], None]
    traces.append(dict(name="contradiction", x=lx, y=ly))
    layout = dict(
        yaxis=dict(
            tickvals=list(ypos.values()),
            ticktext=[escape_text(s) for s in ypos],
            range=[-0.7, max(len(ypos) - 0.3, 0.7)],
        ),
        height=int(220 + 70 * max(len(ypos), 1)),
    )
    return traces, layout


def _fmt_date(d: Any) -> str:
    return "undated" if _missing(d) else pd.Timestamp(d).strftime("%Y-%m-%d")


def _short_value(r: pd.Series) -> str:
    if r["predicate"] == "destroyed_by":
        return f"by {r['value']}"
    if r["predicate"] == "control_share":
        return f"{r['controller']} {float(r['value']):.0%}"
    if r["predicate"] == "controlled_by":
        return f"{r['value']}"
    return str(r["value"])


def subject_timeline(
    tables: dict,
    by: str = "side",
    subject: str | Sequence[str] | None = None,
    *,
    side: str | None = None,
    grades: Any = None,
    window_days: float = 3,
    title: str | None = "Who claims what, when",
) -> go.Figure:
    """Timeline of assertions: one row per subject, one colour per side (or ``by`` column).

    Marker symbols show the predicate (x = destroyed by, diamond = bridge status,
    square = control, open square = control share, circle = evacuation status), marker
    opacity the source's reliability (:func:`analyst_kit.grades.grade_opacity`); dashed
    lines join contradicting assertions.  Hover shows the escaped sentence, speaker,
    outlet and grade.

    Parameters
    ----------
    tables
        Dict of DataFrames from :func:`analyst_kit.parse.read_reports`.
    by
        Assertion column that picks the colour (``"side"``, ``"outlet"``,
        ``"reliability"``...); sides use :data:`analyst_kit.plot.SIDE_COLORS`.
    subject
        A subject key (or list) to show; default all.
    side
        Only this side's assertions.
    grades, window_days
        Passed to :func:`normalise_claims` / :func:`contradictions`.
    title
        Figure title.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    a = normalise_claims(tables, grades)
    contra = contradictions(tables, window_days, grades=grades)
    traces, layout = _timeline_data(a, contra, by, subject, side)
    return _timeline_figure(go.Figure(), traces, layout, title)


def _timeline_figure(fig, traces: list[dict], layout: dict, title: str | None):
    import plotly.graph_objects as go

    from .plot import TEMPLATE_NAME, briefing_template

    briefing_template()
    for t in traces[:-1]:
        fig.add_trace(go.Scatter(mode="markers", hoverinfo="text", **t))
    fig.add_trace(
        go.Scatter(
            mode="lines",
            line=dict(color="#222222", width=2, dash="dash"),
            hoverinfo="skip",
            **traces[-1],
        )
    )
    fig.update_layout(
        template=TEMPLATE_NAME,
        title=title,
        xaxis=dict(title=None, type="date"),
        legend=dict(title=None),
        margin=dict(l=260, b=95),
        **layout,
    )
    fig.add_annotation(
        x=0,
        y=0,
        yshift=-50,
        xref="paper",
        yref="paper",
        yanchor="top",
        xanchor="left",
        showarrow=False,
        font=dict(size=12, color="#444444"),
        text="✕ destroyed by · ◆ bridge status · ■ controlled by · □ control share · "
        "● evacuation · faint = less reliable source · dashed = contradiction",
    )
    return fig


def timeline_widget(tables: dict, *, by: str = "side", grades: Any = None, window_days: float = 3):
    """Interactive timeline: subject and side dropdowns update one FigureWidget in place.

    Parameters
    ----------
    tables
        Dict of DataFrames from :func:`analyst_kit.parse.read_reports`.
    by, grades, window_days
        As in :func:`subject_timeline`.

    Returns
    -------
    ipywidgets.VBox
        Children: an HBox of the two dropdowns, then the ``plotly.graph_objects.FigureWidget``;
        the widget also has ``.figure``, ``.subject`` and ``.side`` attributes.
    """
    import ipywidgets as widgets
    import plotly.graph_objects as go

    a = normalise_claims(tables, grades)
    contra = contradictions(tables, window_days, grades=grades)
    traces, layout = _timeline_data(a, contra, by)
    fig = _timeline_figure(go.FigureWidget(), traces, layout, "Who claims what, when")
    subject = widgets.Dropdown(
        options=["all", *sorted(a["subject"].unique())], value="all", description="Subject"
    )
    side = widgets.Dropdown(
        options=["all", *sorted({_text(s) or "unknown" for s in a["side"]})],
        value="all",
        description="Side",
    )

    def update(_change=None) -> None:
        new, lay = _timeline_data(a, contra, by, subject.value, side.value)
        with fig.batch_update():
            for trace, t in zip(fig.data, new, strict=True):
                for key in ("x", "y", "text", "hovertext"):
                    if key in t:
                        setattr(trace, key, t[key])
                if "marker" in t:
                    trace.marker.symbol = t["marker"]["symbol"]
                    trace.marker.opacity = t["marker"]["opacity"]
            fig.layout.yaxis.tickvals = lay["yaxis"]["tickvals"]
            fig.layout.yaxis.ticktext = lay["yaxis"]["ticktext"]
            fig.layout.yaxis.range = lay["yaxis"]["range"]
            fig.layout.height = lay["height"]

    subject.observe(update, names="value")
    side.observe(update, names="value")
    box = widgets.VBox([widgets.HBox([subject, side]), fig])
    box.figure, box.subject, box.side = fig, subject, side
    return box


def contradictions_table(
    contra: pd.DataFrame | dict,
    *,
    title: str | None = "Contradicting claims",
    max_text: int = 160,
    **kwargs: Any,
) -> go.Figure:
    """A plotly Table of contradictions for briefings (all report text escaped).

    Parameters
    ----------
    contra
        Output of :func:`contradictions`, or the tables dict (then
        :func:`contradictions` is run with ``kwargs``).
    title
        Figure title.
    max_text
        Longest sentence excerpt shown per side.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    from .plot import TEMPLATE_NAME, briefing_template, escape_text

    if isinstance(contra, dict):
        contra = contradictions(contra, **kwargs)

    def cut(t: Any) -> str:
        t = _text(t)
        return t if len(t) <= max_text else t[: max_text - 1] + "…"

    def who(c: pd.Series, s: str) -> str:
        parts = [
            f"<b>{escape_text(c[f'value_{s}'])}</b>",
            f"{escape_text(_text(c[f'speaker_{s}']) or '?')} ({escape_text(_text(c[f'side_{s}']) or '?')})"
            f" via {escape_text(_text(c[f'outlet_{s}']) or '—')}, {escape_text(_fmt_date(c[f'date_{s}']))}",
            f"grade {escape_text(c[f'grade_{s}'])} · claim {escape_text(c[f'claim_id_{s}'])}",
            f"<i>{_wrap(cut(c[f'text_{s}']), 45)}</i>",
        ]
        return "<br>".join(parts)

    cells = [
        [
            escape_text(k) + (" (ambiguous)" if amb else "")
            for k, amb in zip(contra["kind"], contra["ambiguous"], strict=True)
        ],
        [escape_text(s) for s in contra["subject"]],
        [who(c, "a") for _, c in contra.iterrows()],
        [who(c, "b") for _, c in contra.iterrows()],
        [
            f"{escape_text(lab)} ({conf:.2f})<br>{escape_text(note)}"
            for lab, conf, note in zip(
                contra["confidence_label"], contra["confidence"], contra["note"], strict=True
            )
        ],
        ["<br>".join(escape_text(e) for e in ev) for ev in contra["evidence"]],
    ]
    briefing_template()
    fig = go.Figure(
        go.Table(
            columnwidth=[70, 110, 230, 230, 110, 120],
            header=dict(
                values=["Kind", "Subject", "Claim A", "Claim B", "Confidence", "Evidence"],
                fill_color="#3b4752",
                font=dict(color="white", size=13),
                align="left",
            ),
            cells=dict(values=cells, align="left", font=dict(size=12), fill_color="#f7f9fb"),
        )
    )
    fig.update_layout(
        template=TEMPLATE_NAME, title=title, height=int(200 + 190 * max(len(contra), 1))
    )
    return fig
