"""Statement rows the parser reads from one test sentence, reduced to the fields a test checks."""

from __future__ import annotations

from analyst_kit.parse import parse_report, read_reports


def control_rows(text: str) -> set[tuple]:
    """(place, controller_side, share, claimed_by_side) of the report's control rows."""
    t = parse_report("date 2024-05-01\n" + text)["control"]
    return {
        (
            r["place"],
            r["controller_side"],
            None if r["share"] is None or r["share"] != r["share"] else round(r["share"], 2),
            r["claimed_by_side"],
        )
        for r in t.to_dict("records")
    }


def control_places(text: str) -> set[tuple]:
    """(place, controller_side, claimed_by_side) of the report's control rows."""
    return {(p, c, by) for p, c, _, by in control_rows(text)}


def bridge_rows(text: str) -> list[dict]:
    """The bridge rows the parser reads from ``text`` (status, actor, claimant and count)."""
    rows = read_reports([text])["bridges"]
    keep = ["status", "actor_side", "claimed_by_side", "count"]
    return [
        {k: (None if v != v else v) for k, v in r.items()}  # NaN -> None
        for r in rows[keep].to_dict("records")
    ]


def bridge_tuples(text: str) -> list[tuple]:
    """(status, count, actor_side, claimed_by_side) of each bridge row read from ``text``, sorted."""
    keys = ("status", "count", "actor_side", "claimed_by_side")
    return sorted((tuple(r[k] for k in keys) for r in bridge_rows(text)), key=str)


def bridge_statuses(text: str) -> list[str]:
    """The status of each bridge row read from ``text``."""
    return [r["status"] for r in bridge_rows(text)]


def claim_rows(text: str) -> list[tuple]:
    """(speaker, side, outlet) of each claim read from ``text`` (None for a missing value)."""
    rows = parse_report("date 2024-05-01\n" + text)["claims"]
    return [
        tuple(None if v != v else v for v in (r["speaker"], r["side"], r["outlet"]))
        for r in rows.to_dict("records")
    ]


def claim_speakers(text: str) -> list[tuple]:
    """(speaker, side) of each claim read from ``text``, in order."""
    return [(sp, side) for sp, side, _ in claim_rows(text)]


def evac_rows(text: str) -> list[list]:
    """(origin, destination, population, status, claimed_by_side) of each evacuation row."""
    ev = parse_report("date 2022-05-01\n\n" + text + "\n")["evacuations"]
    ev = ev[["origin", "destination", "population", "status", "claimed_by_side"]]
    return ev.astype(object).where(ev.notna(), None).values.tolist()


def evac_sides(text: str) -> list[str | None]:
    """The claimed_by_side of each evacuation row ``parse_report`` gives for ``text``."""
    ev = parse_report(text)["evacuations"]
    return [None if v != v else v for v in ev["claimed_by_side"]]  # NaN -> None
