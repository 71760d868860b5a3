"""The ``analyst-kit`` command: ``parse`` reports to tables, ``brief`` to briefing files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import AnalystKitError


def _records(tables: dict) -> dict:
    """Tables as JSON-ready lists of records (NaN -> null, timestamps -> ISO strings)."""
    out = {}
    for name, df in tables.items():
        if df is None:
            continue
        df = df.copy()
        if "geometry" in df.columns:
            df = df.drop(columns="geometry")
        out[name] = json.loads(df.to_json(orient="records", date_format="iso", force_ascii=False))
    return out


def _cmd_parse(a: argparse.Namespace) -> int:
    from .parse import read_reports

    tables = read_reports(a.files)
    skipped = tables.get("skipped")
    if skipped is not None and len(skipped):
        for row in skipped.itertuples():
            print(f"analyst-kit: skipped {row.path}: {row.problem}", file=sys.stderr)
    if a.csv:
        out = Path(a.csv)
        out.mkdir(parents=True, exist_ok=True)
        for name, df in tables.items():
            df.to_csv(out / f"{name}.csv", index=False)
        print(f"wrote {len(tables)} tables to {out}")
    else:
        json.dump(_records(tables), sys.stdout, ensure_ascii=False, indent=1 if a.pretty else None)
        sys.stdout.write("\n")
    n_ok = len(tables["reports"])
    return 0 if n_ok or not a.files else 1


def _cmd_brief(a: argparse.Namespace) -> int:
    from .export import build_briefing

    files = build_briefing(
        reports=a.files or None,
        out=Path(a.out),
        as_of=a.as_of,
        start=a.start,
        bounds=tuple(a.bounds) if a.bounds else None,
        sides=a.side or None,
        formats=a.formats.split(","),
        case=a.case,
    )
    for f in files:
        print(f)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``analyst-kit`` console script."""
    ap = argparse.ArgumentParser(prog="analyst-kit", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse report files into the contract tables")
    p.add_argument("files", nargs="+", help="report files (.txt, .html, ...)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="print one JSON object (default)")
    g.add_argument("--csv", metavar="DIR", help="write one CSV per table into DIR")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=_cmd_parse)

    b = sub.add_parser("brief", help="build a briefing (PNG/SVG/PDF/HTML/PPTX) from reports")
    b.add_argument("files", nargs="*", help="report files (default: the bundled sample reports)")
    b.add_argument("--out", default="briefing", help="output folder (default: briefing/)")
    b.add_argument("--as-of", dest="as_of", help="as-of date YYYY-MM-DD (default: latest report)")
    b.add_argument("--start", help="start of the date range YYYY-MM-DD")
    b.add_argument("--bounds", type=float, nargs=4, metavar=("LON0", "LAT0", "LON1", "LAT1"))
    b.add_argument("--side", action="append", help="keep claims by this side (repeatable)")
    b.add_argument("--case", help="a case file saved with analyst_kit.case instead of reports")
    b.add_argument("--formats", default="png,svg,pdf,html,pptx", help="comma-separated formats")
    b.set_defaults(func=_cmd_brief)

    a = ap.parse_args(argv)
    try:
        return a.func(a)
    except AnalystKitError as e:
        print(f"analyst-kit: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
