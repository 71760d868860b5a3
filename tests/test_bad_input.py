"""Every bad-input class gets a clear outcome naming the file; good files next to it still load.

Run ``python tests/test_bad_input.py`` to print the markdown table in docs/bad-input.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from analyst_kit.errors import AnalystKitError

GOOD = "date 2022-06-14\nSerhiy Haidai, Governor of the Luhansk region, said Russian troops destroyed all three bridges in Severodonetsk.\n"
UKR = "Губернатор Луганської області Сергій Гайдай заявив, що Сєвєродонецьк під обстрілом. " * 3
POLY = "[[[38,48],[39,48],[39,49],[38,48]]]"
BOWTIE = "[[[38,48],[39,49],[39,48],[38,49],[38,48]]]"


def _fc(geom: str, props: str = '{"status": "occupied"}') -> str:
    return (
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
        f'{props},"geometry":{{"type":"Polygon","coordinates":{geom}}}}}]}}'
    )


def _read_report(p: Path):
    from analyst_kit.io import read_text

    return read_text(p)


def _read_control(p: Path):
    from analyst_kit.control import read_control

    return read_control(p)


def _read_events(p: Path):
    from analyst_kit.events import read_events

    return read_events(p)


def _read_osm(p: Path):
    from analyst_kit.routing import graph_from_osm

    return graph_from_osm(p)


def _load_case(p: Path):
    from analyst_kit.case import load_case

    return load_case(p)


# (input class, reader, file name, content (bytes | callable writing the file), outcome)
# outcome: "error: <words the message must contain>" or "ok: <what the result must show>"
CASES: list[tuple[str, Callable, str, object, str]] = [
    ("report: empty file", _read_report, "empty.txt", b"", "error: file is empty"),
    ("report: only whitespace", _read_report, "blank.txt", b" \n\t\n", "error: file is empty"),
    ("report: PDF", _read_report, "r.pdf.txt", b"%PDF-1.7\n%\xe2\xe3", "error: PDF"),
    ("report: PNG image", _read_report, "r.png", b"\x89PNG\r\n\x1a\n\0\0", "error: PNG"),
    ("report: binary (NUL bytes)", _read_report, "r.bin", b"\x00\x01\x02" * 50, "error: binary"),
    (
        "report: cp1251 Cyrillic",
        _read_report,
        "cp1251.txt",
        UKR.encode("cp1251"),
        "ok: Сєвєродонецьк",
    ),
    (
        "report: KOI8-U Cyrillic",
        _read_report,
        "koi8u.txt",
        UKR.encode("koi8_u"),
        "ok: Сєвєродонецьк",
    ),
    (
        "report: UTF-8 with BOM",
        _read_report,
        "bom8.txt",
        b"\xef\xbb\xbf" + UKR.encode(),
        "ok: Губернатор",
    ),
    (
        "report: UTF-16 with BOM",
        _read_report,
        "bom16.txt",
        b"\xff\xfe" + UKR.encode("utf-16-le"),
        "ok: Губернатор",
    ),
    (
        "report: HTML page with scripts",
        _read_report,
        "page.html",
        b"<html><head><script>alert(1)</script></head><body><p>Haidai said the bridge fell.</p>"
        b"<img src=x onerror=alert(2)></body></html>",
        "ok: Haidai said the bridge fell.",
    ),
    (
        "report: 50 MB file",
        _read_report,
        "huge.txt",
        lambda p: p.write_bytes(b"Bridges near Lysychansk were shelled. " * 1_400_000),
        "error: over the 25.0 MB limit",
    ),
    ("report: missing file", _read_report, "missing.txt", None, "error: file not found"),
    (
        "GeoJSON: truncated",
        _read_control,
        "cut_2022-06-14.geojson",
        _fc(POLY)[:60].encode(),
        "error: cannot read as geodata",
    ),
    (
        "GeoJSON: not JSON",
        _read_control,
        "junk_2022-06-14.geojson",
        b"hello",
        "error: cannot read as geodata",
    ),
    (
        "GeoJSON: empty file",
        _read_control,
        "empty_2022-06-14.geojson",
        b"",
        "error: cannot read as geodata",
    ),
    (
        "GeoJSON: self-intersecting polygon",
        _read_control,
        "bowtie_2022-06-14.geojson",
        _fc(BOWTIE).encode(),
        "ok: repaired",
    ),
    (
        "GeoJSON: no date anywhere",
        _read_control,
        "nodate.geojson",
        _fc(POLY).encode(),
        "error: unknown date",
    ),
    (
        "events CSV: unknown columns",
        _read_events,
        "events.csv",
        b"a,b\n1,2\n",
        "error: cannot tell the event format",
    ),
    (
        "OSM XML: broken",
        _read_osm,
        "broken.osm",
        b'<osm><node id="1"',
        "error: cannot read as OSM XML",
    ),
    (
        "case: folder without manifest",
        _load_case,
        "case",
        lambda p: p.mkdir(),
        "error: no manifest",
    ),
]


def _run(case, tmp: Path) -> tuple[str, str]:
    label, reader, name, content, _ = case
    p = tmp / name
    if callable(content):
        content(p)
    elif content is not None:
        p.write_bytes(content)
    try:
        result = reader(p)
    except AnalystKitError as e:
        return "error", str(e)
    if isinstance(result, str):
        return "ok", result[:200]
    attrs = getattr(result, "attrs", {}) or {}
    return "ok", f"{type(result).__name__} with {len(result)} rows {attrs}"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_outcome(case, tmp_path):
    kind, message = _run(case, tmp_path)
    expected_kind, words = case[4].split(": ", 1)
    assert kind == expected_kind, message
    assert words in message
    if kind == "error":
        assert case[2] in message  # the file is named


def test_one_bad_file_never_loses_the_others(tmp_path):
    from analyst_kit.parse import read_reports

    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4 \x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    tables = read_reports([bad, good, empty])
    assert len(tables["reports"]) == 1 and len(tables["claims"]) >= 1
    skipped = tables["skipped"]
    assert sorted(Path(p).name for p in skipped["path"]) == ["bad.txt", "empty.txt"]
    assert all(skipped["problem"].str.len() > 0)


def markdown_table(tmp: Path) -> str:
    rows = ["| input | reader | what the analyst gets |", "|---|---|---|"]
    for case in CASES:
        sub = tmp / str(len(rows))
        sub.mkdir()
        kind, message = _run(case, sub)
        message = message.replace(str(sub) + "/", "").replace("|", "\\|").replace("\n", " ")
        outcome = f"**error**: {message}" if kind == "error" else f"read: {message[:90]}"
        rows.append(f"| {case[0]} | `{case[1].__name__.lstrip('_')}` | {outcome} |")
    return "\n".join(rows)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        sys.stdout.write(markdown_table(Path(d)) + "\n")
