"""Hostile report text never runs: an exported briefing page is opened in a real browser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyst_kit.parse import read_reports

HOSTILE = """date 2022-06-14
Serhiy Haidai, Governor of the Luhansk region, said Russian troops destroyed all three bridges \
in Severodonetsk <script>window.__xss = 1; alert('script ran')</script>, according to AP.
Colonel General Mikhail Mizintsev said a corridor from the Azot plant to Lysychansk \
<img src=x onerror="window.__xss = 2; alert('img ran')"> was impossible, TASS reported.
He claimed Russian forces hold 80% of Severodonetsk, see \
<a href="javascript:window.__xss = 3">Lysychansk</a>, as per the TASS report.
"""
PAYLOADS = ("<script>window.__xss", "<img src=x onerror", 'href="javascript:')


@pytest.fixture
def hostile_report(tmp_path) -> Path:
    p = tmp_path / "hostile.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    return p


def test_hostile_text_survives_parsing_as_plain_text(hostile_report):
    tables = read_reports([hostile_report])
    joined = " ".join(tables["claims"]["text"].astype(str))
    assert "<script>" in joined  # kept verbatim as data: the kit shows it, never runs it
    assert len(tables["claims"]) >= 2


def _briefing_html(hostile_report: Path, out: Path) -> Path:
    from analyst_kit.export import build_briefing

    files = build_briefing(reports=[hostile_report], out=out, formats=["html"], progress=False)
    html_files = [f for f in files if Path(f).suffix == ".html"]
    assert html_files, files
    return Path(html_files[0])


def test_exported_html_contains_no_live_payload(hostile_report, tmp_path):
    page = _briefing_html(hostile_report, tmp_path / "brief").read_text(encoding="utf-8")
    for payload in PAYLOADS:
        assert payload not in page
    assert "window.__xss" in page  # the words are there, escaped, as readable text


@pytest.mark.browser
def test_hostile_report_does_not_execute_in_browser(hostile_report, tmp_path, artifacts):
    from playwright.sync_api import sync_playwright

    page_path = _briefing_html(hostile_report, tmp_path / "brief")
    dialogs: list[str] = []
    blocked: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        )
        try:
            page = browser.new_page()

            def route(r):
                if r.request.url.startswith("file://"):
                    r.continue_()
                else:  # offline: nothing but the file itself may load
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_path.as_uri())
            page.wait_for_selector(".js-plotly-plot", timeout=30_000)
            # hover every point of every figure so hover labels are rendered too
            page.evaluate(
                """() => { for (const gd of document.querySelectorAll('.js-plotly-plot')) {
                     (gd.data || []).forEach((t, i) => {
                       const n = (t.x || []).length;
                       for (let k = 0; k < Math.min(n, 50); k++) {
                         try { Plotly.Fx.hover(gd, [{curveNumber: i, pointNumber: k}]); }
                         catch (e) {} } }); } }"""
            )
            for link in page.query_selector_all("a[href]"):
                href = link.get_attribute("href") or ""
                assert not href.strip().lower().startswith("javascript:"), href
            assert page.query_selector_all("img[onerror]") == []
            assert page.evaluate("() => window.__xss") is None
            page.screenshot(path=str(artifacts / "xss_briefing.png"), full_page=False)
        finally:
            browser.close()
    assert dialogs == []
    assert blocked == []
