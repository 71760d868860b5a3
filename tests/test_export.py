"""Briefing exports: static images through one kaleido browser, offline HTML, PPTX, `brief`."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from analyst_kit import _kaleido, charts, export
from analyst_kit.data import data_path
from analyst_kit.errors import ExportError, InputError

XSS = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="alert(2)">'
needs_chromium = pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Debian chromium not installed"
)


@pytest.fixture(scope="module")
def server():
    """One export browser for the whole module (a fresh one costs 2-5 s)."""
    if shutil.which("chromium") is None:
        pytest.skip("Debian chromium not installed (apt-get install chromium)")
    export.start_export_server()
    yield
    export.stop_export_server()


def small_fig(title: str = "Small chart", hover: str = "a point") -> go.Figure:
    return go.Figure(
        go.Scatter(x=[1, 2, 3], y=[2, 1, 3], hovertext=[hover] * 3, name="series"),
        layout=dict(title=title, width=400, height=300),
    )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def sample_tables() -> dict[str, pd.DataFrame]:
    reports = pd.DataFrame(
        {
            "report_id": ["r1", "r2"],
            "date": ["2022-06-13", "2022-06-14"],
            "title": ["Bridges cut " + XSS, "Corridor request"],
            "source": ["https://example.org/a", "b.txt"],
            "n_chars": [100, 200],
            "sha256": ["a" * 64, "b" * 64],
        }
    )
    claims = pd.DataFrame(
        {
            "claim_id": ["c1", "c2", "c3", "c4"],
            "report_id": ["r1", "r1", "r2", "r2"],
            "speaker": ["Serhiy Haidai", "Mikhail Mizintsev", XSS, None],
            "speaker_role": [None] * 4,
            "side": ["UA", "RU", "RU", None],
            "outlet": [None, "TASS", "TASS", "AP"],
            "claim_type": ["bridge", "bridge", "evacuation", "control"],
            "text": [
                "All three bridges are destroyed.",
                "Ukrainian forces blew up the last bridge.",
                "Evacuation is " + XSS_IMG,
                "About 80% is held.",
            ],
            "start": [0, 10, 0, 10],
            "end": [5, 20, 5, 20],
        }
    )
    places = pd.DataFrame(
        {
            "report_id": ["r1", "r2"],
            "claim_id": ["c1", "c3"],
            "mention": ["Severodonetsk", "Lysychansk"],
            "name": ["Sievierodonetsk", "Lysychansk"],
            "kind": ["settlement", "settlement"],
            "lat": [48.9483, 48.9167],
            "lon": [38.4917, 38.4333],
            "start": [0, 0],
            "end": [5, 5],
        }
    )
    return {"reports": reports, "claims": claims, "places": places}


# --- static images ----------------------------------------------------------------------


def test_static_formats_have_magic_bytes_and_2x_pixels(tmp_path, server):
    files = export.export_figures(
        {"one": small_fig(), "two": small_fig("Two")}, tmp_path / "out", ("png", "svg", "pdf")
    )
    assert [f.name for f in files] == [
        "one.png", "one.svg", "one.pdf", "two.png", "two.svg", "two.pdf"
    ]  # fmt: skip
    assert files[0].read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in files[1].read_bytes()[:200]
    assert files[2].read_bytes()[:4] == b"%PDF"
    w, h = png_size(files[0].read_bytes())
    assert (w, h) == (800, 600)  # scale 2 of the 400 x 300 figure


def test_render_retries_on_a_fresh_browser_when_the_page_was_not_ready():
    _kaleido.start()
    server = _kaleido._server
    broken = server.kaleido
    real = type(broken).calc_fig

    async def not_ready(self, fig, opts=None):
        if self is broken:  # the page had not loaded kaleido's script (seen under load)
            raise RuntimeError("ReferenceError: kaleido_scopes is not defined")
        return await real(self, fig, opts=opts)

    type(broken).calc_fig, saved = not_ready, real
    try:
        png = _kaleido.render(small_fig(), "png")
    finally:
        type(broken).calc_fig = saved
    assert png[:4] == b"\x89PNG"
    assert server.kaleido is not broken  # rendered on the restarted browser


def test_unwritable_folder_is_a_clear_export_error(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot write to the output folder"):
        export.export_figures({"x": small_fig()}, blocker / "sub", ("png",))


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ExportError, match="choose from"):
        export.export_figures({"x": small_fig()}, tmp_path, ("gif",))
    with pytest.raises(ExportError, match="unknown briefing format"):
        export.build_briefing(reports=[], out=tmp_path, formats=["png", "docx"])


def test_missing_chromium_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no browser on PATH
    monkeypatch.setattr(_kaleido, "_server", None)  # as if never started
    with pytest.raises(ExportError, match="apt-get install chromium"):
        _kaleido.find_browser()
    with pytest.raises(ExportError, match="apt-get install chromium"):
        export.export_figures({"x": small_fig()}, tmp_path / "out", ("png",))
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "nope"))
    with pytest.raises(ExportError, match="BROWSER_PATH"):
        _kaleido.find_browser()


def test_dropped_browser_message_is_no_traceback_in_a_cell(capsys, caplog):
    """choreographer's traceback for a message it drops must not reach stderr (a notebook
    cell shows it as an error); other records of its pipe still do."""
    import logging

    from choreographer.channels import pipe as channel

    _kaleido._quiet_dropped_messages()
    _kaleido._quiet_dropped_messages()  # (twice: one filter still)
    pipe = channel._logger
    assert hasattr(pipe, "debug2")  # choreographer's own logger class, not a plain Logger
    handler = logging.StreamHandler()  # stderr, as in a notebook cell
    pipe.addHandler(handler)
    try:
        with caplog.at_level(logging.DEBUG, logger=_kaleido.__name__):
            try:
                raise RuntimeError("Another JSONError.")
            except RuntimeError:
                pipe.exception("JSONError decoding message. Ignoring")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            pipe.exception("Error in trying to decode JSON off our read.")
    finally:
        pipe.removeHandler(handler)
    err = capsys.readouterr().err
    assert "JSONError decoding" not in err
    assert "dropped a message" in caplog.text
    assert "Error in trying to decode JSON" in err and "Traceback" in err


# --- HTML -------------------------------------------------------------------------------


def make_html(tmp_path) -> Path:
    figs = {"bad": small_fig(XSS, hover=XSS_IMG), "good": small_fig("Second & last")}
    return export.export_html(
        figs,
        tmp_path / "page.html",
        title="Brief " + XSS,
        notes=["Note " + XSS_IMG, "DTG 141200ZJUN22"],
        captions={"bad": "Caption " + XSS},
        sources=sample_tables()["reports"],
    )


def test_html_is_one_self_contained_page(tmp_path):
    from plotly.offline import get_plotlyjs

    full = make_html(tmp_path).read_text(encoding="utf-8")
    bundle = get_plotlyjs()
    assert full.count(bundle) == 1  # plotly.js inlined exactly once
    page = full.replace(bundle, "")
    # no external resource of any kind (outside the library's own code): scripts, styles...
    assert not re.search(r"""<script[^>]*\bsrc\s*=""", page, re.I)
    assert not re.search(r"""<link\b""", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "mathjax" not in page.lower()
    assert "cdn.plot.ly" not in page
    assert page.count("Plotly.newPlot(") == 2
    assert len(re.findall(r"<script\b", page)) == 3


def test_html_escapes_all_report_text(tmp_path):
    page = make_html(tmp_path).read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # title, notes, caption as text
    # the figure JSON cannot close its <script> element
    body = page.split("</head>", 1)[1]
    assert "</script>alert" not in body and "<\\/script>" not in body


# --- PPTX -------------------------------------------------------------------------------


def test_pptx_has_title_chart_conflict_and_sources_slides(tmp_path, server):
    from pptx import Presentation

    tables = sample_tables()
    conflicts = charts.opposing_claims(tables["claims"])
    path = export.export_pptx(
        {"first": small_fig("First chart"), "second": small_fig("Second " + XSS)},
        tmp_path / "deck.pptx",
        title="Situation briefing",
        dtg="141200ZJUN22",
        area="Sievierodonetsk–Lysychansk",
        captions={"first": "Sources: 2 reports (13–14 Jun 2022). Source grades: C6 ×2."},
        conflicts=conflicts,
        sources=tables["reports"],
    )
    prs = Presentation(str(path))
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles == [
        "Situation briefing", "First chart", "Second " + XSS, "Conflicting claims", "Sources"
    ]  # fmt: skip
    texts = [
        "\n".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame) for s in prs.slides
    ]
    assert "141200ZJUN22" in texts[0] and "Sievierodonetsk–Lysychansk" in texts[0]
    assert "Source grades" in texts[1]
    pictures = [sh for sh in prs.slides[1].shapes if sh.shape_type == 13]
    assert len(pictures) == 1 and pictures[0].width <= prs.slide_width
    table = next(sh for sh in prs.slides[4].shapes if sh.has_table).table
    cells = [table.cell(r, c).text for r in range(len(table.rows)) for c in range(4)]
    assert "aaaaaaaaaaaa" in cells and "2022-06-14" in cells
    bridge_row = next(sh for sh in prs.slides[3].shapes if sh.has_table).table
    assert bridge_row.cell(0, 0).text == "topic"


def test_dtg():
    assert export.dtg("2022-06-14") == "141200ZJUN22"
    assert export.dtg(dt.datetime(2022, 6, 14, 9, 5, tzinfo=dt.UTC)) == "140905ZJUN22"
    assert re.fullmatch(r"\d{6}Z[A-Z]{3}\d{2}", export.dtg())


# --- tables and charts ------------------------------------------------------------------


def test_select_tables_by_date_and_side():
    tables = sample_tables()
    sel = export.select_tables(tables, as_of="2022-06-13")
    assert list(sel["reports"]["report_id"]) == ["r1"]
    assert set(sel["claims"]["claim_id"]) == {"c1", "c2"}
    sel = export.select_tables(tables, sides=["ru"])
    assert set(sel["claims"]["side"]) == {"RU"}
    assert list(sel["places"]["claim_id"]) == ["c3"]
    with pytest.raises(InputError, match="not a date"):
        export.select_tables(tables, as_of="June 14th-ish")
    with pytest.raises(InputError, match="no report dated"):
        export.select_tables(tables, as_of="2021-01-01")


def test_timeline_one_trace_per_side_and_escaped_hover():
    tables = sample_tables()
    fig = charts.claims_timeline(tables["claims"], tables["reports"])
    assert [t.name for t in fig.data] == ["RU", "UA", "unknown"]
    ru = fig.data[0]
    assert list(ru.y) == [1, 1]
    hover = " ".join(ru.hovertext)
    assert "Mikhail Mizintsev" in hover and "TASS" in hover
    assert "<script>" not in hover and "&lt;script&gt;" in hover
    assert "<img" not in hover


def test_opposing_claims_puts_sides_side_by_side():
    claims = sample_tables()["claims"]
    table = charts.opposing_claims(claims)
    assert list(table.columns) == ["topic", "RU", "UA"]  # only 'bridge' is shared
    assert table.loc[0, "topic"] == "bridge"
    assert "Mikhail Mizintsev (TASS)" in table.loc[0, "RU"]
    fig = charts.opposing_claims_table(pd.DataFrame({"topic": ["x"], "RU": [XSS], "UA": ["fine"]}))
    cells = str(fig.data[0].cells.values)
    assert "<script>" not in cells and "&lt;script&gt;" in cells


# --- the whole briefing -----------------------------------------------------------------


def test_build_briefing_end_to_end(tmp_path, server):
    from pptx import Presentation

    reports = sorted(data_path("reports").glob("2022-06-*.txt"))[:3]
    if len(reports) < 2:
        pytest.skip("bundled sample reports not available")
    out = tmp_path / "brief"
    files = export.build_briefing(
        reports=reports,
        out=out,
        formats=["png", "pdf", "html", "pptx"],
        charts=["situation_map", "claims_timeline", "opposing_claims"],
    )
    names = {f.name for f in files}
    assert {"situation_map.png", "claims_timeline.png", "opposing_claims.pdf"} <= names
    assert "briefing.pdf" in names or shutil.which("pdfunite") is None
    assert {"briefing.html", "briefing.pptx"} <= names
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    fig_w, fig_h = png_size((out / "claims_timeline.png").read_bytes())
    assert fig_w >= 2 * 1000  # 1100 px wide figure at scale 2
    titles = [s.shapes.title.text for s in Presentation(str(out / "briefing.pptx")).slides]
    assert titles[0] == "Situation briefing"
    assert titles[1].startswith("Situation as of") and titles[2] == "Claims per day, by side"
    assert any(t.startswith("Conflicting claims") for t in titles)
    assert titles[-1].startswith("Sources")
    caption = export.figure_caption(
        export.briefing_figures(
            export.select_tables(export.load_briefing_tables(reports)), names=["claims_timeline"]
        )["claims_timeline"]
    )
    assert f"Sources: {len(reports)} reports" in caption and "Source grades" in caption
    page = (out / "briefing.html").read_text(encoding="utf-8")
    assert page.count("Plotly.newPlot(") == sum(1 for f in files if f.suffix == ".png")
    if shutil.which("pdftoppm") and (out / "briefing.pdf").exists():
        subprocess.run(
            ["pdftoppm", "-png", "-r", "30", str(out / "briefing.pdf"), str(tmp_path / "page")],
            check=True,
        )
        assert len(list(tmp_path.glob("page-*.png"))) == len(
            [f for f in files if f.suffix == ".pdf" and f.name != "briefing.pdf"]
        )


# --- the HTML in a real browser, network off ---------------------------------------------


@pytest.mark.browser
def test_html_renders_offline_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    path = make_html(tmp_path)
    outside, dialogs = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        )
        try:
            page = browser.new_page()

            def block(route):
                outside.append(route.request.url)
                route.abort()

            page.route(re.compile(r"^(?!file:).*"), block)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.as_uri())
            page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length == 2")
            assert page.locator(".js-plotly-plot").count() == 2
            assert page.locator(".js-plotly-plot .main-svg").count() >= 2
            # the hostile title shows as text
            assert XSS in page.locator(".gtitle").first.text_content()
            page.hover(".js-plotly-plot .scatterlayer .point >> nth=0", force=True)
            page.wait_for_timeout(200)
        finally:
            browser.close()
    assert outside == []
    assert dialogs == []


def test_preview_redraws_the_chosen_chart_for_the_chosen_day():
    tables = sample_tables()
    preview = export.briefing_preview(tables, chart="claims_by_type")
    picker, day = preview.children[0].children
    assert day.options == ("2022-06-13", "2022-06-14") and day.value == "2022-06-14"
    shown = preview.children[1].children[0]
    assert shown.layout.title.text == "What each side claims"
    assert sum(sum(t.x) for t in shown.data) == 4
    day.value = "2022-06-13"
    assert sum(sum(t.x) for t in preview.children[1].children[0].data) == 2
    picker.value = "claims_timeline"
    assert preview.figure().layout.title.text == "Claims per day, by side"


def test_cli_brief_from_a_case_file_writes_offline_html(tmp_path, capsys):
    from analyst_kit import case, cli

    folder = case.save_case(tmp_path / "case", sample_tables())
    out = tmp_path / "html-only"
    code = cli.main(["brief", "--case", str(folder), "--out", str(out), "--formats", "html"])
    assert code == 0
    assert capsys.readouterr().out.strip().endswith("briefing.html")
    page = (out / "briefing.html").read_text(encoding="utf-8")
    assert "Sievierodonetsk" in page and "<script>alert" not in page
    assert (
        cli.main(["brief", "--case", str(folder), "--out", str(out), "--as-of", "2020-01-01"]) == 2
    )
    assert "no report dated" in capsys.readouterr().err


def test_charts_say_when_there_is_nothing_to_show():
    empty = sample_tables()["claims"].iloc[0:0]
    for fig in (
        charts.claims_timeline(empty),
        charts.claims_by_type(empty),
        charts.opposing_claims_table(charts.opposing_claims(empty)),
    ):
        assert len(fig.data) == 0
        assert any("No " in str(a.text) for a in fig.layout.annotations)


def test_crowded_labels_fall_back_to_diagonals():
    import math

    from analyst_kit import plot
    from analyst_kit.export import _declutter_labels

    fig = plot.base_map((37.0, 48.0, 39.0, 49.5), oblasts=False, outline=False)
    lon0, lat0, lon1, lat1 = fig.layout.meta["bounds"]
    ratio = 1.0 / math.cos(math.radians((lat0 + lat1) / 2))
    w = (fig.layout.width or 1100) - 110
    h = (fig.layout.height or 800) - 160
    k = min(w / (lon1 - lon0), h / ((lat1 - lat0) * ratio))  # px per degree, as export does
    # small unlabelled dots block the four sides of "Centre" (pixel offsets) but no diagonal
    blockers = [(-15, 15), (40, -3), (-15, -15), (-40, -2)]
    df = pd.DataFrame(
        {
            "name": ["Centre", "Far"] + [""] * 4,
            "lon": [38.0, 38.9] + [38.0 + dx / k for dx, _ in blockers],
            "lat": [48.8, 49.4] + [48.8 + dy / (k * ratio) for _, dy in blockers],
            "size": [12, 12] + [10] * 4,
        }
    )
    plot.add_points(fig, df, name="places", label="name", size=list(df["size"]))
    _declutter_labels(fig)
    t = fig.data[-1]
    assert (t.text[0], t.textposition[0]) == ("Centre", "top right")
    assert (t.text[1], t.textposition[1]) == ("Far", "top center")
