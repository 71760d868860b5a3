"""Briefing exports: PNG/SVG/PDF via kaleido, one offline HTML page, a PPTX deck, `brief`."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import importlib
import inspect
import logging
import math
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import _kaleido
from .errors import ExportError, InputError

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = [
    "STATIC_FORMATS",
    "FORMATS",
    "FIGURES",
    "start_export_server",
    "stop_export_server",
    "export_figures",
    "export_html",
    "export_pptx",
    "dtg",
    "load_briefing_tables",
    "select_tables",
    "briefing_figures",
    "briefing_captions",
    "figure_caption",
    "build_briefing",
    "briefing_preview",
]

log = logging.getLogger(__name__)

#: Static formats rendered by kaleido (through Chromium).
STATIC_FORMATS = ("png", "svg", "pdf")
#: Every format ``build_briefing`` writes.
FORMATS = (*STATIC_FORMATS, "html", "pptx")
_MAGIC = {"png": b"\x89PNG", "pdf": b"%PDF", "svg": b"<svg"}
_BASE_LAYERS = {"Oblast borders", "Ukraine border", "Oblast names"}
#: The briefing's figures, in order.
FIGURES = (
    "situation_map",
    "claims_map",
    "control_map",
    "routes_map",
    "claims_timeline",
    "claims_by_type",
    "opposing_claims",
)
_PLURALS = {"facilitys": "facilities", "countrys": "countries", "others": "other places"}
CAVEAT = (
    "Claims are attributed statements from open sources, not verified facts; "
    "places are geocoded from the text and may be approximate."
)


# --- the kaleido server ------------------------------------------------------------------


def start_export_server(tabs: int = 1) -> None:
    """Start the browser that renders static exports, once for many figures.

    Without it, :func:`export_figures` starts it on first use and keeps it for the
    session; starting it early (e.g. in a notebook's first cell) hides the ~2–5 s
    browser start from the first export.

    Parameters
    ----------
    tabs
        Browser tabs rendering in parallel (1 is best on 2 cores).

    Raises
    ------
    ExportError
        No Chromium found (the message says what to install) or it does not start.
    """
    _kaleido.start(tabs)


def stop_export_server() -> None:
    """Close the export browser (it is also closed when Python exits)."""
    _kaleido.stop()


# --- files ---------------------------------------------------------------------------------


def _writable_dir(out_dir: str | os.PathLike) -> Path:
    """Create ``out_dir`` and prove a file can be written in it."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as e:
        raise ExportError(
            f"cannot write to the output folder {str(out)!r} ({e.strerror or e}); "
            "choose another folder (--out) or fix its permissions"
        ) from e
    return out


def _write(path: Path, data: bytes | str) -> Path:
    try:
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    except OSError as e:
        raise ExportError(f"cannot write {str(path)!r} ({e.strerror or e})") from e
    return path


def _slug(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", str(name)).strip("._")
    return s[:80] or "figure"


def _plain(text: Any) -> str:
    """Plain text from a plotly label: tags dropped, entities decoded (for PPTX/HTML text)."""
    if text is None:
        return ""
    s = re.sub(r"<br\s*/?>", " ", str(text), flags=re.I)
    s = re.sub(r"</?(b|i|em|strong|sup|sub|span)\b[^>]*>", "", s, flags=re.I)
    return " ".join(html.unescape(s).split())


def _fig_title(fig: Any, default: str) -> str:
    try:
        t = fig.layout.title.text
    except AttributeError:
        t = None
    return _plain(t) or default.replace("_", " ").capitalize()


def _progress(total: int, desc: str, progress: bool | None):
    from tqdm.auto import tqdm

    # None: a bar on terminals only (quiet in tests and logs).
    return tqdm(
        total=total, desc=desc, unit="file", disable=None if progress is None else not progress
    )


def export_figures(
    figs: Mapping[str, go.Figure],
    out_dir: str | os.PathLike,
    formats: Sequence[str] = ("png", "svg", "pdf"),
    scale: float = 2,
    *,
    progress: bool | None = None,
) -> list[Path]:
    """Write each figure as PNG/SVG/PDF through one kaleido browser for the whole batch.

    Parameters
    ----------
    figs
        Figures by name; the name becomes the file name (``<name>.png``...).
    out_dir
        Folder to write into (created when missing).
    formats
        Any of ``png``, ``svg``, ``pdf`` (also ``jpeg``, ``webp``).
    scale
        Pixel scale of raster images: 2 gives print-ready PNGs twice the figure size.
        Vector formats are written at scale 1 (they scale losslessly).
    progress
        Show a progress bar (default: only on a terminal).

    Returns
    -------
    list of pathlib.Path
        The files written, figure by figure in ``formats`` order.

    Raises
    ------
    ExportError
        Unknown format, unwritable folder, no Chromium (saying what to install), or a
        figure kaleido cannot render (naming it).
    """
    formats = [f.lower().lstrip(".") for f in formats]
    bad = [f for f in formats if f not in (*STATIC_FORMATS, "jpeg", "webp")]
    if bad:
        raise ExportError(f"cannot export figures as {bad}; choose from png, svg, pdf, jpeg, webp")
    out = _writable_dir(out_dir)
    if not figs or not formats:
        return []
    _kaleido.start()
    jobs = []
    for name, fig in figs.items():
        jobs += _submit(name, fig, formats, scale)
    return _collect(jobs, out, progress)


def _submit(name: str, fig: Any, formats: Sequence[str], scale: float) -> list[tuple]:
    """Queue the renders of one figure on the shared browser; (name, format, future) jobs."""
    spec = fig.to_dict() if hasattr(fig, "to_dict") else fig  # snapshot: later edits don't leak
    return [
        (
            name,
            fmt,
            _kaleido.submit(spec, fmt, scale=scale if fmt in ("png", "jpeg", "webp") else 1),
        )
        for fmt in formats
    ]


def _collect(jobs: Sequence[tuple], out: Path, progress: bool | None) -> list[Path]:
    """Wait for queued renders and write ``<out>/<name>.<format>`` in job order."""
    written = []
    with _progress(len(jobs), "export", progress) as bar:
        for name, fmt, future in jobs:
            try:
                data = future.result(_kaleido.RENDER_TIMEOUT)
            except Exception as e:
                raise ExportError(
                    f"could not render figure {name!r} as {fmt} ({type(e).__name__}: {e})"
                ) from e
            written.append(_write(out / f"{_slug(name)}.{fmt}", data))
            bar.update(1)
    return written


def combine_pdfs(pdfs: Sequence[Path], path: str | os.PathLike) -> Path | None:
    """Join one-page PDFs into one document with poppler's ``pdfunite`` (None when missing)."""
    exe = shutil.which("pdfunite")
    if not exe or not pdfs:
        if pdfs:
            log.warning("pdfunite (Debian poppler-utils) not found: no combined briefing.pdf")
        return None
    try:
        subprocess.run([exe, *map(str, pdfs), str(path)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as e:
        raise ExportError(f"pdfunite could not write {str(path)!r}: {e}") from e
    return Path(path)


# --- HTML ----------------------------------------------------------------------------------

_HTML_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;margin:0 auto;max-width:1420px;
padding:16px 24px;background:#fff}
h1{font-size:26px;margin:8px 0}h2{font-size:19px;margin:28px 0 6px}
.meta{color:#444;font-size:15px}.notes li{margin:3px 0}
figure{margin:24px 0;border-top:1px solid #ddd;padding-top:8px}
.plot{overflow-x:auto}figcaption{color:#444;font-size:13px;margin-top:4px;white-space:pre-wrap}
table.sources{border-collapse:collapse;font-size:13px;width:100%}
table.sources td,table.sources th{border:1px solid #ccc;padding:4px 6px;text-align:left;
vertical-align:top}table.sources th{background:#3b4752;color:#fff}
code{font-size:12px}
"""


def _safe_json(fig: Any) -> str:
    """Figure JSON safe inside a <script> element: no '<', '>' or '&' survive literally."""
    import plotly.io as pio

    text = pio.to_json(fig, validate=False, remove_uids=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(ch, esc)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _html_table(df: pd.DataFrame, css: str) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
        for row in df.itertuples(index=False)
    )
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _cell(v: Any) -> str:
    if v is None or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, list | tuple):
        return ", ".join(map(_cell, v))
    if isinstance(v, pd.Timestamp | dt.date):
        return f"{v:%Y-%m-%d}"
    return str(v)


def export_html(
    figs: Mapping[str, go.Figure],
    path: str | os.PathLike,
    title: str = "Briefing",
    notes: str | Sequence[str] | None = None,
    *,
    captions: Mapping[str, str] | None = None,
    sources: pd.DataFrame | None = None,
) -> Path:
    """Write the figures into ONE self-contained HTML page that works offline.

    plotly.js is inlined once, MathJax and every external URL are left out, and all text
    (title, notes, captions, sources, and the figures' own labels) is escaped: report text
    is never live HTML or script.

    Parameters
    ----------
    figs
        Figures by name, in page order.
    path
        The ``.html`` file to write (its folder is created).
    title
        Page title and heading.
    notes
        A paragraph or list of bullet notes under the heading (DTG, area, caveats).
    captions
        Caption under each figure, by figure name.
    sources
        A table listing the reports used (e.g. ``title``, ``date``, ``source``, ``sha256``).

    Returns
    -------
    pathlib.Path
    """
    from plotly.offline import get_plotlyjs

    path = Path(path)
    _writable_dir(path.parent)
    captions = captions or {}
    if isinstance(notes, str):
        notes = [notes]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No network at all: the page needs nothing but itself.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
        'img-src data: blob:; font-src data:">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_HTML_CSS}</style>",
        f'<script type="text/javascript">{get_plotlyjs()}</script>',
        "</head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if notes:
        items = "".join(f"<li>{html.escape(str(n))}</li>" for n in notes)
        parts.append(f'<ul class="notes meta">{items}</ul>')
    config = (
        '{"displaylogo": false, "responsive": true, "topojsonURL": "", '
        '"toImageButtonOptions": {"format": "png", "scale": 2}}'
    )
    for i, (name, fig) in enumerate(figs.items()):
        div = f"fig-{i}-{_slug(name)}"
        cap = captions.get(name)
        parts.append(f'<figure id="{html.escape(_slug(name))}">')
        parts.append(f'<div id="{div}" class="plot"></div>')
        parts.append(
            f'<script type="text/javascript">(function(){{var f={_safe_json(fig)};'
            f'Plotly.newPlot("{div}",f.data,f.layout||{{}},{config});}})();</script>'
        )
        if cap and _plain(cap) != _plain(figure_caption(fig)):  # else drawn in the figure
            parts.append(f"<figcaption>{html.escape(_plain(cap))}</figcaption>")
        parts.append("</figure>")
    if sources is not None and len(sources):
        parts.append("<h2>Sources</h2>")
        parts.append(_html_table(_sources_frame(sources), "sources"))
    parts.append(
        f'<p class="meta">Made with analyst-kit on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. '
        f"{html.escape(CAVEAT)}</p></body></html>"
    )
    return _write(path, "\n".join(parts))


# --- PPTX ----------------------------------------------------------------------------------


def dtg(when: Any = None) -> str:
    """Format a date-time group, e.g. ``141200ZJUN22`` for 2022-06-14 12:00 UTC.

    Parameters
    ----------
    when
        A datetime (UTC), a date or ``YYYY-MM-DD`` string (written as 12:00Z that day),
        or None for now.

    Returns
    -------
    str
    """
    if when is None:
        ts = pd.Timestamp.now(tz="UTC")
    else:
        ts = pd.Timestamp(when)
        if ts.tzinfo is not None:
            ts = ts.tz_convert("UTC")
        if isinstance(when, str | dt.date) and not isinstance(when, dt.datetime):
            if ts == ts.normalize() and (not isinstance(when, str) or len(when) <= 10):
                ts = ts + pd.Timedelta(hours=12)
    return f"{ts:%d%H%M}Z{ts:%b}".upper() + f"{ts:%y}"


def _png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ExportError("slide images must be PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _sources_frame(sources: pd.DataFrame) -> pd.DataFrame:
    """Title, date, source (URL, else outlet, else file name) and sha256 prefix per report."""
    df = sources.copy()
    source = df["source"] if "source" in df else pd.Series(None, index=df.index, dtype=object)
    if "outlet" in df:
        source = source.where(source.notna(), df["outlet"])
    if "path" in df:
        names = df["path"].map(lambda v: Path(str(v)).name if isinstance(v, str) else None)
        source = source.where(source.notna(), names)
    df["source"] = source
    cols = [c for c in ("title", "date", "source", "sha256") if c in df.columns]
    df = df[cols].copy()
    if "sha256" in df:
        df["sha256"] = df["sha256"].astype(str).str[:12]
    if "date" in df:
        df["date"] = df["date"].map(_cell)
    return df


def _clip(text: Any, n: int) -> str:
    s = " ".join(_cell(text).split()) if not isinstance(text, str) else text.strip()
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def export_pptx(
    figs: Mapping[str, go.Figure | str | os.PathLike | bytes],
    path: str | os.PathLike,
    *,
    title: str,
    dtg: str,
    area: str,
    captions: Mapping[str, str] | None = None,
    conflicts: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    caveats: str = CAVEAT,
    images: Mapping[str, str | os.PathLike | bytes] | None = None,
    scale: float = 2,
) -> Path:
    """Write a PowerPoint deck: title (DTG, area), one slide per chart, conflicts, sources.

    Slide titles: the deck ``title``; each chart's title; ``Conflicting claims`` (with
    ``(2/3)``… when it spans slides); ``Sources``.

    Parameters
    ----------
    figs
        Charts by name: plotly figures (rendered to PNG here, through the shared browser),
        or PNG files / bytes already exported.
    path
        The ``.pptx`` file to write.
    title, dtg, area
        Title slide text: deck title, date-time group (see :func:`dtg`) and area.
    captions
        Caption under each chart by name (sources, dates, source grades).
    conflicts
        Table of conflicting claims (plain text; any columns).
    sources
        Reports used: ``title``, ``date``, ``source``, ``sha256`` (shown as a prefix).
    caveats
        Sentence shown on the title slide.
    images
        PNG files (or bytes) already exported, by chart name: used instead of rendering.
    scale
        PNG scale when rendering figures here.

    Returns
    -------
    pathlib.Path
    """
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Inches, Pt

    path = Path(path)
    _writable_dir(path.parent)
    captions = captions or {}
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    W = prs.slide_width
    margin = Inches(0.5)
    grey = RGBColor(0x44, 0x44, 0x44)

    def titled(text: str, layout: int = 5):
        slide = prs.slides.add_slide(prs.slide_layouts[layout])
        t = slide.shapes.title
        t.text = text
        t.left, t.top, t.width, t.height = margin, Inches(0.25), W - 2 * margin, Inches(0.9)
        size = 40 if layout != 5 else (28 if len(text) <= 55 else 22)
        for p in t.text_frame.paragraphs:
            p.font.size = Pt(size)
            p.font.bold = True
        return slide

    def textbox(slide, text: str, top, height, size: int = 12, color=grey):
        box = slide.shapes.add_textbox(margin, top, W - 2 * margin, height)
        tf = box.text_frame
        tf.word_wrap = True
        for i, line in enumerate(str(text).split("\n")):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            p.font.size = Pt(size)
            p.font.color.rgb = color
        return box

    # title slide
    slide = titled(title, layout=0)
    slide.shapes.title.top, slide.shapes.title.height = Inches(2.0), Inches(1.4)
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = margin, Inches(3.5), W - 2 * margin, Inches(1.3)
    sub.text = f"{dtg}\n{area}"
    for p in sub.text_frame.paragraphs:
        p.font.size = Pt(26)
    textbox(slide, caveats, Inches(5.6), Inches(1.0), size=14)
    slide.notes_slide.notes_text_frame.text = caveats

    # chart slides
    images = _slide_images(figs, images or {}, scale)
    for name, (fig_title, png) in images.items():
        slide = titled(fig_title)
        w_px, h_px = _png_size(png)
        box_w, box_h = W - 2 * margin, Inches(5.3)
        k = min(box_w / w_px, box_h / h_px)
        pic_w, pic_h = int(w_px * k), int(h_px * k)
        with tempfile.NamedTemporaryFile(suffix=".png") as tmp:
            tmp.write(png)
            tmp.flush()
            slide.shapes.add_picture(
                tmp.name, Emu(int((W - pic_w) / 2)), Inches(1.2), Emu(pic_w), Emu(pic_h)
            )
        cap = _plain(captions.get(name, ""))
        if cap:
            textbox(slide, cap, Inches(6.55), Inches(0.9), size=11 if len(cap) < 380 else 9)
            slide.notes_slide.notes_text_frame.text = cap

    # conflicting claims
    if conflicts is not None:
        _table_slides(
            prs,
            titled,
            "Conflicting claims",
            conflicts,
            rows_per_slide=4,
            max_chars=230,
            empty="No conflicting claims in this selection.",
            textbox=textbox,
        )
    # sources
    if sources is not None:
        _table_slides(
            prs,
            titled,
            "Sources",
            _sources_frame(sources),
            rows_per_slide=12,
            max_chars=120,
            empty="No reports.",
            textbox=textbox,
        )
    try:
        prs.save(path)
    except OSError as e:
        raise ExportError(f"cannot write {str(path)!r} ({e.strerror or e})") from e
    return path


def _slide_images(
    figs: Mapping[str, Any], images: Mapping[str, Any], scale: float
) -> dict[str, tuple[str, bytes]]:
    """PNG bytes (and a title) per chart; figures are rendered on the shared browser."""
    out: dict[str, tuple[str, bytes]] = {}
    pending = {}
    for name, fig in figs.items():
        if name in images and not isinstance(fig, bytes | str | os.PathLike):
            png = images[name]
            png = png if isinstance(png, bytes) else _read_png(png)
            out[name] = (_fig_title(fig, name), png)
        elif isinstance(fig, bytes):
            out[name] = (name.replace("_", " ").capitalize(), fig)
        elif isinstance(fig, str | os.PathLike):
            out[name] = (Path(fig).stem.replace("_", " ").capitalize(), _read_png(fig))
        else:
            out[name] = (_fig_title(fig, name), b"")
            pending[name] = _kaleido.submit(fig, "png", scale=scale)
    for name, fut in pending.items():
        try:
            out[name] = (out[name][0], fut.result(_kaleido.RENDER_TIMEOUT))
        except Exception as e:
            raise ExportError(f"could not render figure {name!r} for the deck ({e})") from e
    return out


def _read_png(path: str | os.PathLike) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise ExportError(f"cannot read slide image {str(path)!r} ({e.strerror or e})") from e


def _table_slides(prs, titled, title, df, *, rows_per_slide, max_chars, empty, textbox) -> None:
    from pptx.util import Inches, Pt

    df = df[[c for c in df.columns if not str(c).endswith("_id") and c not in ("start", "end")]]
    pages = max(1, math.ceil(len(df) / rows_per_slide))
    W = prs.slide_width
    for page in range(pages):
        name = title if pages == 1 else f"{title} ({page + 1}/{pages})"
        slide = titled(name)
        chunk = df.iloc[page * rows_per_slide : (page + 1) * rows_per_slide]
        if chunk.empty or not len(df.columns):
            textbox(slide, empty, Inches(1.4), Inches(1), size=18)
            continue
        shape = slide.shapes.add_table(
            len(chunk) + 1,
            len(df.columns),
            Inches(0.5),
            Inches(1.2),
            W - Inches(1.0),
            Inches(0.4) * (len(chunk) + 1),
        )
        table = shape.table
        # columns as wide as their text needs (short dates and hashes narrow, quotes wide)
        need = [
            max(len(str(c)) + 4, min(max_chars, chunk[c].map(lambda v: len(_cell(v))).max() or 0))
            for c in df.columns
        ]
        total, floor = W - Inches(1.0), Inches(1.3)
        widths = [total * n / sum(need) for n in need]
        short = [w < floor for w in widths]
        spare = total - floor * sum(short)
        rest = sum(w for w, sh in zip(widths, short, strict=True) if not sh) or 1
        for j, (w, sh) in enumerate(zip(widths, short, strict=True)):
            table.columns[j].width = int(floor if sh else spare * w / rest)
        size = 11 if len(df.columns) > 3 or rows_per_slide <= 6 else 12
        for j, col in enumerate(df.columns):
            cell = table.cell(0, j)
            cell.text = str(col).replace("_", " ")
            cell.text_frame.paragraphs[0].font.size = Pt(size + 1)
            cell.text_frame.paragraphs[0].font.bold = True
            for i, v in enumerate(chunk[col]):
                c = table.cell(i + 1, j)
                c.text = _clip(_cell(v), max_chars)
                for p in c.text_frame.paragraphs:
                    p.font.size = Pt(size)


# --- tables and figures for a briefing -----------------------------------------------------


def _optional(module: str, attr: str):
    """A function from a sibling module, or None (logged) when it is not there yet."""
    try:
        return getattr(importlib.import_module(f"analyst_kit.{module}"), attr)
    except (ImportError, AttributeError) as e:
        log.warning("briefing without analyst_kit.%s.%s (%s)", module, attr, e)
        return None


def _call(fn, *args, **kwargs):
    """Call ``fn`` passing only the keyword arguments its signature accepts."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return fn(*args, **kwargs)
    if not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        kwargs = {k: v for k, v in kwargs.items() if k in params}
    return fn(*args, **kwargs)


def default_report_paths() -> list[Path]:
    """The bundled sample reports, ``data/reports/*.txt``."""
    from .data import data_path

    return sorted(data_path("reports").glob("*.txt"))


def _minimal_tables(paths: Sequence[Path]) -> dict[str, pd.DataFrame]:
    """Reports table only (no claims): used when the parser is not importable."""
    from .io import read_text

    rows = []
    for p in paths:
        text = read_text(p)
        m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})", text)
        lines = [
            ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("date ")
        ]
        rows.append(
            {
                "report_id": Path(p).stem,
                "date": m.group(1) if m else None,
                "title": lines[0][:120] if lines else Path(p).stem,
                "source": str(p),
                "n_chars": len(text),
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
        )
    empty = {
        "claims": ["claim_id", "report_id", "speaker", "side", "outlet", "claim_type", "text"],
        "places": ["report_id", "claim_id", "mention", "name", "kind", "lat", "lon"],
    }
    tables = {"reports": pd.DataFrame(rows)}
    tables.update({k: pd.DataFrame(columns=v) for k, v in empty.items()})
    return tables


def load_briefing_tables(
    reports: Sequence[str | os.PathLike] | None = None, case: str | os.PathLike | None = None
) -> dict[str, pd.DataFrame]:
    """Parse report files (default: the bundled samples) or read a case file into tables.

    Parameters
    ----------
    reports
        Report files; None for ``data/reports/*.txt``.
    case
        A case file saved with :mod:`analyst_kit.case` (used instead of ``reports``).

    Returns
    -------
    dict of str to pandas.DataFrame
        The contract tables (``reports``, ``claims``, ``places``, ...).
    """
    if case is not None:
        loader = _optional("case", "load_case") or _optional("case", "read_case")
        if loader is None:
            raise ExportError(f"cannot read case file {str(case)!r}: analyst_kit.case is missing")
        loaded = loader(case)
        tables = getattr(loaded, "tables", loaded)
        if not isinstance(tables, Mapping) or "reports" not in tables:
            raise InputError(case, "case file holds no report tables")
        return dict(tables)
    paths = [Path(p) for p in reports] if reports else default_report_paths()
    if not paths:
        raise InputError("data/reports", "no report files given and no bundled sample reports")
    read_reports = _optional("parse", "read_reports")
    if read_reports is None:
        log.warning("parser not available: the briefing lists the reports but shows no claims")
        return _minimal_tables(paths)
    return dict(read_reports(paths))


def _day(value: Any, what: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(value).normalize()
    except (ValueError, TypeError) as e:
        raise InputError(what, f"{value!r} is not a date (use YYYY-MM-DD)") from e


def select_tables(
    tables: Mapping[str, pd.DataFrame],
    *,
    as_of: Any = None,
    start: Any = None,
    sides: Sequence[str] | None = None,
    bounds: Sequence[float] | None = None,
) -> dict[str, pd.DataFrame]:
    """Keep the reports dated ``start``…``as_of`` and the claims of ``sides`` inside ``bounds``.

    Parameters
    ----------
    tables
        Contract tables.
    as_of, start
        Inclusive date range (``YYYY-MM-DD``); ``as_of`` defaults to the latest report.
    sides
        Side codes whose claims are kept (``RU``, ``UA``...); None keeps all.
    bounds
        ``(lon0, lat0, lon1, lat1)``: places outside are dropped.

    Returns
    -------
    dict of str to pandas.DataFrame
        Filtered copies; ``reports`` gains nothing, loses reports outside the dates.

    Raises
    ------
    InputError
        A bad date, or no report in the range.
    """
    out = {k: v.copy() for k, v in tables.items() if isinstance(v, pd.DataFrame)}
    reports = out["reports"]
    dates = pd.to_datetime(reports["date"], errors="coerce")
    end = _day(as_of, "--as-of") or (dates.max() if dates.notna().any() else None)
    begin = _day(start, "--start")
    keep = pd.Series(True, index=reports.index)
    if end is not None:
        keep &= dates.isna() | (dates <= end)
    if begin is not None:
        keep &= dates.isna() | (dates >= begin)
    if not keep.any():
        latest = f"{dates.max():%Y-%m-%d}" if dates.notna().any() else "none dated"
        raise InputError(
            "reports", f"no report dated {begin or '…'} – {end:%Y-%m-%d} (latest: {latest})"
        )
    out["reports"] = reports[keep].reset_index(drop=True)
    ids = set(out["reports"]["report_id"])
    for name, df in out.items():
        if name != "reports" and "report_id" in df.columns:
            out[name] = df[df["report_id"].isin(ids)].reset_index(drop=True)
    if sides:
        wanted = {str(s).upper() for s in sides}
        claims = out.get("claims")
        if claims is not None and "side" in claims:
            out["claims"] = claims[claims["side"].astype(str).str.upper().isin(wanted)]
            kept = set(out["claims"].get("claim_id", []))
            for name, df in out.items():
                if name in ("reports", "claims"):
                    continue
                if "claimed_by_side" in df.columns:
                    out[name] = df[df["claimed_by_side"].astype(str).str.upper().isin(wanted)]
                elif "claim_id" in df.columns:
                    out[name] = df[df["claim_id"].isna() | df["claim_id"].isin(kept)]
    if bounds is not None and "places" in out and {"lat", "lon"} <= set(out["places"].columns):
        lon0, lat0, lon1, lat1 = bounds
        p = out["places"]
        inside = p["lon"].between(lon0, lon1) & p["lat"].between(lat0, lat1)
        out["places"] = p[inside | p["lat"].isna()].reset_index(drop=True)
    out["_as_of"] = pd.DataFrame({"as_of": [end], "start": [begin]})
    return out


def _as_of(tables: Mapping[str, pd.DataFrame]) -> pd.Timestamp | None:
    meta = tables.get("_as_of")
    if meta is not None and len(meta):
        return meta["as_of"].iloc[0]
    d = pd.to_datetime(tables["reports"]["date"], errors="coerce")
    return d.max() if d.notna().any() else None


def _graded(claims: pd.DataFrame) -> pd.DataFrame:
    if "grade" in claims.columns or claims.empty:
        return claims
    grade_claims = _optional("grades", "grade_claims")
    return grade_claims(claims) if grade_claims else claims


def briefing_captions(tables: Mapping[str, pd.DataFrame], names: Sequence[str]) -> dict[str, str]:
    """One caption per figure: reports and outlets used, date range, source grades, as-of.

    Parameters
    ----------
    tables
        The (selected) tables the figures were drawn from.
    names
        Figure names to caption.

    Returns
    -------
    dict of str to str
        Plain text captions (escape them before they become HTML).
    """
    reports = tables["reports"]
    claims = _graded(tables.get("claims", pd.DataFrame()))
    dates = pd.to_datetime(reports["date"], errors="coerce").dropna()
    span = (
        f"{dates.min():%d %b %Y}"
        + (f" – {dates.max():%d %b %Y}" if dates.max() > dates.min() else "")
        if len(dates)
        else "undated"
    )
    outlets = sorted({str(o) for o in claims.get("outlet", pd.Series(dtype=object)).dropna()})
    if "grade" in claims and len(claims):
        counts = claims["grade"].value_counts().sort_index()
        grades = ", ".join(f"{g} ×{n}" for g, n in counts.items())
    else:
        grades = "not graded"
    as_of = _as_of(tables)
    base = (
        f"Sources: {len(reports)} report{'s' if len(reports) != 1 else ''} ({span})"
        + (f"; outlets {', '.join(outlets[:8])}" if outlets else "")
        + f". Source grades (Admiralty): {grades}."
        + (f" As of {as_of:%d %b %Y}." if as_of is not None else "")
    )
    maps = (
        " Basemap: bundled Ukraine outline and oblast borders (data/SOURCES.md);"
        " positions approximate."
    )
    return {n: base + (maps if "map" in n else "") for n in names}


def _strip_base(fig: go.Figure) -> list:
    return [t for t in fig.data if t.name not in _BASE_LAYERS]


def _map_bounds(tables, bounds) -> tuple[float, float, float, float]:
    """The map box: ``bounds``, else the cluster of places most claims are about."""
    from .plot import DEFAULT_BOUNDS, _fit_bounds

    if bounds is not None:
        return tuple(bounds)  # type: ignore[return-value]
    places = tables.get("places", pd.DataFrame())
    if not {"lat", "lon"} <= set(places.columns):
        return DEFAULT_BOUNDS
    pts = places.dropna(subset=["lat", "lon"])
    if pts.empty:
        return DEFAULT_BOUNDS
    near = _main_cluster(pts)
    lon, lat = near["lon"].median(), near["lat"].median()
    minimum = (lon - 0.9, lat - 0.55, lon + 0.9, lat + 0.55)
    return _landscape(_fit_bounds(near, minimum, pad=0.25))


def _landscape(box, aspect: float = 1.45) -> tuple[float, float, float, float]:
    """Widen a lon/lat box (east-west) so the map is landscape, like a slide."""
    lon0, lat0, lon1, lat1 = box
    ratio = 1.0 / math.cos(math.radians((lat0 + lat1) / 2))
    need = aspect * (lat1 - lat0) * ratio
    if lon1 - lon0 < need:
        mid = (lon0 + lon1) / 2
        lon0, lon1 = mid - need / 2, mid + need / 2
    return (lon0, lat0, lon1, lat1)


def _main_cluster(pts: pd.DataFrame, radius_km: float = 160.0) -> pd.DataFrame:
    """Places within ``radius_km`` of the place with most mentions around it."""
    import numpy as np

    lon = np.radians(pts["lon"].to_numpy(float))
    lat = np.radians(pts["lat"].to_numpy(float))
    dx = (lon[:, None] - lon[None, :]) * np.cos((lat[:, None] + lat[None, :]) / 2)
    dist = 6371.0 * np.hypot(dx, lat[:, None] - lat[None, :])
    centre = int((dist < radius_km / 2).sum(axis=1).argmax())
    return pts[dist[centre] < radius_km]


def _outside(tables, box) -> int:
    places = tables.get("places", pd.DataFrame())
    if not {"lat", "lon", "name"} <= set(places.columns):
        return 0
    pts = places.dropna(subset=["lat", "lon"])
    lon0, lat0, lon1, lat1 = box
    out = ~(pts["lon"].between(lon0, lon1) & pts["lat"].between(lat0, lat1))
    return int(pts.loc[out, "name"].nunique())


def _declutter_labels(fig: go.Figure, font_px: float = 13) -> go.Figure:
    """Blank point labels that would overlap a bigger point's label (hover keeps the name)."""
    from .plot import boxes_overlap, pixels_per_degree

    kx, ky = pixels_per_degree(fig)
    items = []
    for t in fig.data:
        if t.type != "scatter" or not t.mode or "text" not in t.mode or "markers" not in t.mode:
            continue
        sizes = t.marker.size if isinstance(t.marker.size, tuple | list) else None
        for i, (x, y, text) in enumerate(zip(t.x, t.y, t.text or (), strict=False)):
            size = sizes[i] if sizes else (t.marker.size or 8)
            items.append((size, t, i, x * kx, y * ky, len(_plain(text)) * font_px * 0.6))
    # markers are obstacles too: a label must not cover another place's dot
    dots = [(px - sz / 2, py - sz / 2, px + sz / 2, py + sz / 2) for sz, _, _, px, py, _ in items]
    kept: list[tuple[float, float, float, float]] = []
    where: dict[int, dict[int, str]] = {}
    h = font_px * 1.25

    def free(box, own: int, strict: bool) -> bool:
        # strict: no dot may be covered; else only dots at least as big as this one count
        obstacles = [
            o for j, o in enumerate(dots) if j != own and (strict or items[j][0] >= items[own][0])
        ]
        return not any(boxes_overlap(box, o) for o in obstacles + kept)

    order = sorted(range(len(items)), key=lambda n: -items[n][0])

    def candidates(n: int, diagonal: bool) -> dict[str, tuple[float, float, float, float]]:
        size, _, _, px, py, tw = items[n]
        r = size / 2 + 1
        if not diagonal:
            return {
                "top center": (px - tw / 2, py + r, px + tw / 2, py + r + h),
                "middle right": (px + r, py - h / 2, px + r + tw, py + h / 2),
                "bottom center": (px - tw / 2, py - r - h, px + tw / 2, py - r),
                "middle left": (px - r - tw, py - h / 2, px - r, py + h / 2),
            }
        d = r * 0.7
        return {
            "top right": (px + d, py + d, px + d + tw, py + d + h),
            "top left": (px - d - tw, py + d, px - d, py + d + h),
            "bottom right": (px + d, py - d - h, px + d + tw, py - d),
            "bottom left": (px - d - tw, py - d - h, px - d, py - d),
        }

    # bigger markers choose first: the sides of the marker, then its diagonals, each first
    # without covering any dot, then covering only smaller ones (a crowded cluster such as
    # Sievierodonetsk, Lysychansk and their bridges keeps more of its labels)
    rounds = ((True, False), (True, True), (False, False), (False, True))
    for n in order:
        _, t, i, *_ = items[n]
        pos, box = "", None
        for strict, diagonal in rounds:
            boxes = candidates(n, diagonal)
            pos = next((p for p, b in boxes.items() if free(b, n, strict)), "")
            if pos:
                box = boxes[pos]
                break
        where.setdefault(id(t), {})[i] = pos
        if box is not None:
            kept.append(box)
    for t in fig.data:
        if id(t) in where:
            places = where[id(t)]
            t.text = [(v if places.get(i) else "") for i, v in enumerate(t.text)]
            t.textposition = [places.get(i) or "top center" for i in range(len(t.text))]
    # basemap labels (oblast names) give way to everything the briefing is about
    for t in fig.data:
        if t.type == "scatter" and t.mode == "text" and t.text:
            texts = list(t.text)
            for i, (x, y) in enumerate(zip(t.x, t.y, strict=False)):
                tw = len(_plain(texts[i])) * font_px * 0.6
                box = (x * kx - tw / 2, y * ky - h / 2, x * kx + tw / 2, y * ky + h / 2)
                if any(boxes_overlap(box, o) for o in dots + kept):
                    texts[i] = ""
            t.text = texts
    return fig


def _legend_outside(fig: go.Figure, min_entries: int = 5, room: int = 270) -> go.Figure:
    """Move a long legend into its own column right of the map (it never hides places)."""
    entries = sum(1 for t in fig.data if t.showlegend is not False and t.name)
    domain = fig.layout.xaxis.domain
    if entries < min_entries or (domain and tuple(domain) != (0, 1)):
        return fig
    width = fig.layout.width or 1100
    frac = (width - 60) / (width - 60 + room)
    fig.update_layout(
        width=width + room, legend=dict(x=frac + 0.01, xanchor="left", y=1.0, yanchor="top")
    )
    fig.update_xaxes(domain=[0, frac])
    return fig


def _map_caption(fig: go.Figure, text: str) -> go.Figure:
    """Caption under a map, wrapped to the figure width; the figure grows to make room."""
    from .plot import wrap_label as _wrap

    width = fig.layout.width or 1100
    lines = _wrap(text, width=int(width / 7.6), max_chars=900)
    n = lines.count("<br>") + 1
    old_b = fig.layout.margin.b if fig.layout.margin.b is not None else 60
    new_b = 60 + 18 * n + 10
    fig.update_layout(margin=dict(b=new_b), height=(fig.layout.height or 800) + new_b - old_b)
    fig.add_annotation(
        text=lines,
        x=0,
        y=0,
        xref="paper",
        yref="paper",
        xanchor="left",
        yanchor="top",
        yshift=-30,
        align="left",
        showarrow=False,
        font=dict(size=12, color="#444"),
    )
    return fig


def _finish_map(fig: go.Figure, caption: str | None) -> go.Figure:
    from .plot import add_north_arrow, add_scale_bar

    # a caption the topic module wrote is folded into the briefing caption (one, wrapped)
    own = [
        a
        for a in fig.layout.annotations
        if a.yref == "paper" and a.y is not None and a.y <= 0 and not a.showarrow
    ]
    if own:
        theirs = " ".join(_plain(a.text) for a in own)
        fig.layout.annotations = [a for a in fig.layout.annotations if a not in own]
        caption = f"{caption or ''} {theirs}".strip()
    texts = [str(a.text or "") for a in fig.layout.annotations]
    if not any(t.endswith(" km") for t in texts):
        add_scale_bar(fig)
    if "<b>N</b>" not in texts:
        add_north_arrow(fig)
    _legend_outside(fig)
    _declutter_labels(fig)
    if caption:
        _map_caption(fig, caption)
    return _remember_caption(fig, caption)


def _remember_caption(fig: go.Figure, caption: str | None) -> go.Figure:
    """Keep the plain caption in ``layout.meta`` so HTML and PPTX exports reuse it."""
    meta = fig.layout.meta
    meta = dict(meta) if isinstance(meta, dict) else {}
    meta["caption"] = caption or ""
    fig.update_layout(meta=meta)
    return fig


def figure_caption(fig: go.Figure) -> str:
    """The caption :func:`briefing_figures` gave a figure (empty when none)."""
    meta = fig.layout.meta
    return str(meta.get("caption") or "") if isinstance(meta, dict) else ""


def briefing_figures(
    tables: Mapping[str, pd.DataFrame],
    *,
    bounds: Sequence[float] | None = None,
    captions: Mapping[str, str] | None = None,
    conflicts: pd.DataFrame | None = None,
    names: Sequence[str] | None = None,
    on_figure: Callable[[str, go.Figure], None] | None = None,
) -> dict[str, go.Figure]:
    """Draw the briefing's figures from (selected) tables.

    Maps use the kit's topic modules when present (control areas and front line from
    :mod:`analyst_kit.control`, bridges and routes from :mod:`analyst_kit.bridges` /
    :mod:`analyst_kit.routing`), and the claimed places always; charts come from
    :mod:`analyst_kit.charts` (opposing claims from :func:`analyst_kit.analysis.contradictions`
    when available).

    Parameters
    ----------
    tables
        Output of :func:`select_tables` (or any contract tables).
    bounds
        Map extent ``(lon0, lat0, lon1, lat1)``; default fits the claimed places.
    captions
        Caption per figure name (default :func:`briefing_captions`).
    conflicts
        Rows for the opposing-claims table (default :func:`conflicts_table`).
    names
        Figures to draw (default all of :data:`FIGURES`); only what they need is computed.
    on_figure
        Called with ``(name, figure)`` as soon as each figure is final (charts first, they
        are quick), e.g. to start rendering it while the maps are still being drawn.

    Returns
    -------
    dict of str to plotly.graph_objects.Figure
        In :data:`FIGURES` order: ``situation_map``, ``claims_map``, ``control_map`` and
        ``routes_map`` (bridges and route options) when their modules and data are there,
        ``claims_timeline``, ``claims_by_type``, ``opposing_claims``.
    """
    import plotly.graph_objects as go

    from . import charts
    from .plot import places_map

    wanted = [n for n in (names or FIGURES) if n in FIGURES]
    captions = dict(captions or briefing_captions(tables, wanted))
    as_of = _as_of(tables)
    day = f"{as_of:%d %b %Y}" if as_of is not None else "all dates"
    box = _map_bounds(tables, bounds)
    n_out = _outside(tables, box)
    if n_out:
        note = f" {n_out} more places named lie outside this map."
        for n in ("situation_map", "claims_map"):
            captions[n] = captions.get(n, "") + note
    places = tables.get("places", pd.DataFrame(columns=["name", "kind", "lat", "lon", "mention"]))
    claims = _graded(tables.get("claims", pd.DataFrame()))
    figs: dict[str, go.Figure] = {}

    def needs(*what: str) -> bool:
        return any(w in wanted for w in what)

    def done(name: str, fig: go.Figure) -> None:
        if on_figure is not None and name in wanted:
            on_figure(name, fig)

    if needs("claims_timeline"):
        figs["claims_timeline"] = charts.claims_timeline(
            claims, tables["reports"], caption=captions.get("claims_timeline")
        )
    if needs("claims_by_type"):
        figs["claims_by_type"] = charts.claims_by_type(
            claims, caption=captions.get("claims_by_type")
        )
    if needs("opposing_claims"):
        figs["opposing_claims"] = charts.opposing_claims_table(
            conflicts if conflicts is not None else conflicts_table(tables),
            caption=captions.get("opposing_claims"),
        )
    for n in ("claims_timeline", "claims_by_type", "opposing_claims"):
        if n in figs:
            done(n, _remember_caption(figs[n], captions.get(n)))

    control_fig = routes_fig = claims_fig = None
    if needs("situation_map", "control_map"):
        control_fig, control_note = _control_map(tables, as_of, box)
        if control_note:
            for n in ("situation_map", "control_map"):
                captions[n] = f"{captions.get(n, '')} {control_note}"
    if needs("situation_map", "routes_map"):
        routes_fig = _routes_map(tables, as_of, bounds)
    if needs("situation_map", "claims_map"):
        claims_fig = places_map(places, bounds=box, title=f"Places named in claims · {day}")
    if needs("situation_map"):
        # layers bottom to top: basemap, control areas + front line, routes, bridges, claims
        layers = [t for t in claims_fig.data if t.name in _BASE_LAYERS]
        if control_fig is not None:
            layers += [
                t for t in _strip_base(control_fig) if not str(t.name).startswith("Settlements")
            ]
        if routes_fig is not None:
            layers += [
                t for t in _strip_base(routes_fig) if str(t.name).startswith(("route", "bridge"))
            ]
        for t in _strip_base(claims_fig):
            kind = _PLURALS.get(str(t.name), str(t.name))
            layers.append(go.Scatter(t).update(name=f"named in claims: {kind}"))
        situation = go.Figure(data=layers, layout=claims_fig.layout)
        situation.update_layout(
            title=f"Situation as of {day}: front line, bridges, routes, claims",
            annotations=[],
            shapes=[],
        )
        figs["situation_map"] = _finish_map(situation, captions.get("situation_map"))
        done("situation_map", figs["situation_map"])
    if needs("claims_map"):
        figs["claims_map"] = _finish_map(claims_fig, captions.get("claims_map"))
        done("claims_map", figs["claims_map"])
    if needs("control_map") and control_fig is not None:
        figs["control_map"] = _finish_map(control_fig, captions.get("control_map"))
        done("control_map", figs["control_map"])
    if needs("routes_map") and routes_fig is not None:
        figs["routes_map"] = _finish_map(routes_fig, captions.get("routes_map"))
        done("routes_map", figs["routes_map"])
    return {n: figs[n] for n in wanted if n in figs}


def conflicts_table(tables: Mapping[str, pd.DataFrame], max_chars: int = 200) -> pd.DataFrame:
    """Conflicting claims for the briefing, in plain text, one row per disagreement.

    From :func:`analyst_kit.analysis.contradictions` when available (columns ``subject``,
    ``claim A``, ``claim B``, ``confidence``), else claims grouped by type with the
    sides side by side (:func:`analyst_kit.charts.opposing_claims`).

    Parameters
    ----------
    tables
        Contract tables.
    max_chars
        Characters kept of each quoted sentence.

    Returns
    -------
    pandas.DataFrame
    """
    from .charts import opposing_claims

    contradictions = _optional("analysis", "contradictions")
    if contradictions is not None:
        try:
            found = contradictions({k: v for k, v in tables.items() if not k.startswith("_")})
        except Exception as e:  # noqa: BLE001 - a briefing still goes out, with a note
            log.warning("analysis.contradictions failed (%s); grouping claims by type", e)
        else:
            if isinstance(found, pd.DataFrame) and "value_a" in found.columns:
                return _conflict_rows(found, max_chars)
            if isinstance(found, pd.DataFrame):
                return found
    return opposing_claims(tables.get("claims", pd.DataFrame()))


def _conflict_rows(found: pd.DataFrame, max_chars: int) -> pd.DataFrame:
    def one(r: pd.Series, k: str) -> str:
        who = " ".join(
            x
            for x in (
                _cell(r.get(f"side_{k}")),
                "·",
                _cell(r.get(f"speaker_{k}")) or "unnamed",
                f"({_cell(r.get(f'outlet_{k}'))})" if _cell(r.get(f"outlet_{k}")) else "",
            )
            if x
        )
        when = _cell(r.get(f"date_{k}"))
        grade = _cell(r.get(f"grade_{k}"))
        head = f"{who}, {when}" + (f", grade {grade}" if grade else "")
        quote = _clip(_cell(r.get(f"text_{k}")), max_chars)
        return f"{_cell(r.get(f'value_{k}'))}\n{head}" + (f"\n“{quote}”" if quote else "")

    rows = []
    for _, r in found.iterrows():
        subject = f"{_cell(r.get('subject'))} ({_cell(r.get('kind'))})"
        if r.get("ambiguous"):
            subject += "\nambiguous: " + _cell(r.get("note"))
        conf = r.get("confidence")
        rows.append(
            {
                "subject": subject,
                "claim A": one(r, "a"),
                "claim B": one(r, "b"),
                "confidence": f"{_cell(r.get('confidence_label'))} ({conf:.2f})"
                if isinstance(conf, float)
                else _cell(conf),
            }
        )
    return pd.DataFrame(rows, columns=["subject", "claim A", "claim B", "confidence"])


def _control_map(tables, as_of, box) -> tuple[go.Figure | None, str | None]:
    """Control areas + front line on ``as_of`` (:mod:`analyst_kit.control`), and a note."""
    control = _optional("control", "control_map") and importlib.import_module("analyst_kit.control")
    if not control or as_of is None:
        return None, None
    try:
        pack = control.load_control_pack()
        snap = pd.Timestamp(control.as_of(pack, as_of)["date"].iloc[0])
        fig = control.control_map(pack, as_of, bounds=box)
    except Exception as e:  # noqa: BLE001 - the briefing goes out without this layer
        log.warning("control map left out (%s: %s)", type(e).__name__, e)
        return None, f"No control-area snapshot for {as_of:%d %b %Y}."
    note = f"Control areas and front line: snapshot of {snap:%d %b %Y}"
    note += " (latest in the bundled pack)." if snap < as_of else "."
    return fig, note


def _routes_map(tables, as_of, bounds) -> go.Figure | None:
    """Bridges by status and evacuation route options (:mod:`analyst_kit.bridges`/``routing``)."""
    bridges = _optional("bridges", "bridge_status") and importlib.import_module(
        "analyst_kit.bridges"
    )
    if not bridges or "bridges" not in tables:
        return None
    try:
        timeline = bridges.bridge_status(
            tables["bridges"], tables["reports"], claims=tables.get("claims")
        )
        status = bridges.status_on(timeline, as_of, by=None)
    except Exception as e:  # noqa: BLE001
        log.warning("bridges map left out (%s: %s)", type(e).__name__, e)
        return None
    routing = _optional("routing", "route_options") and importlib.import_module(
        "analyst_kit.routing"
    )
    day = f" · {as_of:%d %b %Y}" if as_of is not None else ""
    if routing:
        try:
            graph = routing.load_road_graph()
            origin = _route_origin(tables, graph, routing)
            if origin is not None:
                control = _optional("control", "load_control_pack")
                pack = control() if control else None
                routes = routing.route_options(
                    graph, origin, date=as_of, bridges_status=timeline, control=pack, by="UA"
                )
                other = None
                if pack is not None and as_of is not None:
                    snap = importlib.import_module("analyst_kit.control").as_of(pack, as_of)
                    other = snap[snap["controller"] == "RU"]
                return routing.routes_map(
                    routes,
                    graph,
                    bridges_status=status,
                    timeline=timeline,
                    control=other,
                    bounds=bounds,
                    title=f"Bridges and evacuation routes from {origin}{day}",
                )
        except Exception as e:  # noqa: BLE001
            log.warning("route options left out (%s: %s)", type(e).__name__, e)
    return bridges.bridges_map(None, status, timeline, title=f"Bridges by claimed status{day}")


def _route_origin(tables, graph, routing) -> str | None:
    """The latest evacuation origin in the reports that lies on the road graph."""
    evac = tables.get("evacuations")
    if evac is None or evac.empty or "origin" not in evac:
        return None
    dates = tables["reports"].set_index("report_id")["date"]
    evac = evac.assign(_date=evac["report_id"].map(dates)).sort_values("_date", ascending=False)
    for origin in evac["origin"].dropna().unique():
        try:
            routing.resolve_place(graph, origin)
        except Exception:  # noqa: BLE001 - not on the graph: try the next one
            continue
        return str(origin)
    return None


def _area_name(tables: Mapping[str, pd.DataFrame], box: Sequence[float]) -> str:
    """E.g. ``Lysychansk – Sievierodonetsk area (47.8–50.0°N, 35.6–40.4°E)``."""
    lon0, lat0, lon1, lat1 = box
    degrees = f"{lat0:.1f}–{lat1:.1f}°N, {lon0:.1f}–{lon1:.1f}°E"
    places = tables.get("places", pd.DataFrame())
    if not {"lat", "lon", "name", "kind"} <= set(places.columns):
        return degrees
    inside = places[
        places["lon"].between(lon0, lon1)
        & places["lat"].between(lat0, lat1)
        & (places["kind"] == "settlement")
    ]
    top = inside["name"].dropna().value_counts().index[:2].tolist()
    return f"{' – '.join(map(str, top))} area ({degrees})" if top else degrees


def build_briefing(
    reports: Sequence[str | os.PathLike] | None = None,
    out: str | os.PathLike = "briefing",
    as_of: str | None = None,
    start: str | None = None,
    bounds: tuple | None = None,
    sides: list[str] | None = None,
    formats: Sequence[str] = FORMATS,
    case: str | os.PathLike | None = None,
    *,
    title: str = "Situation briefing",
    area: str | None = None,
    charts: Sequence[str] | None = None,
    progress: bool | None = None,
) -> list[Path]:
    """Build a briefing folder from reports (or a case file): maps, charts, HTML, deck.

    Parameters
    ----------
    reports
        Report files; default the bundled samples ``data/reports/*.txt``.
    out
        Output folder (created).
    as_of, start
        Date range ``YYYY-MM-DD``; ``as_of`` defaults to the latest report date.
    bounds
        Map extent ``(lon0, lat0, lon1, lat1)``; default fits the claimed places.
    sides
        Keep only claims by these sides.
    formats
        Any of ``png``, ``svg``, ``pdf`` (one file per figure, plus ``briefing.pdf``),
        ``html`` (``briefing.html``), ``pptx`` (``briefing.pptx``).
    case
        A case file to read instead of reports.
    title, area
        Deck/page title and area name (default: the map box in degrees).
    charts
        Names from :data:`FIGURES` to include (default all).
    progress
        Show progress bars (default: on a terminal).

    Returns
    -------
    list of pathlib.Path
        Every file written.

    Raises
    ------
    ExportError
        Unknown format, unwritable folder, no Chromium.
    InputError
        Unreadable reports, bad dates, no report in the date range.
    """
    formats = [f.strip().lower() for f in formats if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ExportError(f"unknown briefing format(s) {bad}; choose from {', '.join(FORMATS)}")
    out_dir = _writable_dir(out)
    if any(f in formats for f in (*STATIC_FORMATS, "pptx")) and not _kaleido.is_running():
        _kaleido.find_browser()  # no Chromium: say so before any work
        _kaleido.start_in_background()  # the browser boots while the reports are parsed
    tables = select_tables(
        load_briefing_tables(reports, case), as_of=as_of, start=start, sides=sides, bounds=bounds
    )
    day = _as_of(tables)
    conflicts = conflicts_table(tables)
    static = [f for f in STATIC_FORMATS if f in formats]
    jobs: list[tuple] = []

    def render_now(name: str, fig: go.Figure) -> None:  # rendering overlaps drawing
        jobs.extend(_submit(name, fig, static, 2))

    figs = briefing_figures(
        tables,
        bounds=bounds,
        conflicts=conflicts,
        names=charts,
        on_figure=render_now if static else None,
    )
    names = list(figs)
    order = {n: i for i, n in enumerate(names)}
    jobs.sort(key=lambda job: order[job[0]])
    captions = {n: figure_caption(f) for n, f in figs.items()}
    area = area or _area_name(tables, _map_bounds(tables, bounds))
    when = dtg(day.date()) if day is not None else dtg()
    written = _collect(jobs, out_dir, progress)
    pngs = {p.stem: p for p in written if p.suffix == ".png"}
    if "pdf" in static:
        pdfs = [out_dir / f"{_slug(n)}.pdf" for n in names]
        combined = combine_pdfs(pdfs, out_dir / "briefing.pdf")
        if combined:
            written.append(combined)
    sources = tables["reports"]
    if "html" in formats:
        summary = briefing_captions(tables, ["summary"])["summary"]
        notes = [f"DTG {when} · area {area}", summary, CAVEAT]
        written.append(
            export_html(
                figs,
                out_dir / "briefing.html",
                title=f"{title} · {when}",
                notes=notes,
                captions=captions,
                sources=sources,
            )
        )
    if "pptx" in formats:
        images = {n: pngs[_slug(n)] for n in names if _slug(n) in pngs}
        written.append(
            export_pptx(
                figs,
                out_dir / "briefing.pptx",
                title=title,
                dtg=when,
                area=area,
                captions=captions,
                conflicts=conflicts,
                sources=sources,
                images=images,
            )
        )
    log.info("briefing: %d files in %s", len(written), out_dir)
    return written


def briefing_preview(
    tables: Mapping[str, pd.DataFrame],
    *,
    chart: str = "claims_timeline",
    as_of: Any = None,
    start: Any = None,
    sides: Sequence[str] | None = None,
    bounds: Sequence[float] | None = None,
):
    """An interactive preview of the briefing: pick a chart, slide the as-of date.

    Only the chart on screen is drawn (and kept for when it is picked again).

    Parameters
    ----------
    tables
        Contract tables of all reports (:func:`analyst_kit.parse.read_reports`).
    chart
        The chart shown first (a name from :data:`FIGURES`).
    as_of, start, sides, bounds
        The initial selection, as for :func:`build_briefing`.

    Returns
    -------
    ipywidgets.VBox
        ``children[0]`` holds the chart dropdown and the as-of slider, ``children[1]`` the
        chart as a plotly ``FigureWidget``; ``.figure()`` returns the chart on screen.
    """
    import ipywidgets as widgets
    import plotly.graph_objects as go

    dates = pd.to_datetime(tables["reports"]["date"], errors="coerce").dropna()
    options = sorted({f"{d:%Y-%m-%d}" for d in dates})
    if not options:
        raise InputError("reports", "no dated report to preview")
    begin, wanted = _day(start, "start"), _day(as_of, "as_of")
    options = [d for d in options if begin is None or pd.Timestamp(d) >= begin] or options
    first = [d for d in options if wanted is None or pd.Timestamp(d) <= wanted] or options[:1]
    day = widgets.SelectionSlider(
        options=options,
        value=first[-1],
        description="As of",
        continuous_update=False,
        layout=widgets.Layout(width="520px"),
    )
    picker = widgets.Dropdown(
        options=list(FIGURES),
        value=chart if chart in FIGURES else FIGURES[0],
        description="Chart",
        layout=widgets.Layout(width="320px"),
    )
    holder = widgets.Box()
    box = widgets.VBox([widgets.HBox([picker, day]), holder])
    drawn: dict[tuple[str, str], go.Figure] = {}

    def figure() -> go.Figure:
        key = (day.value, picker.value)
        if key not in drawn:
            sel = select_tables(tables, as_of=day.value, start=start, sides=sides, bounds=bounds)
            figs = briefing_figures(sel, bounds=bounds, names=[picker.value])
            drawn[key] = figs.get(picker.value) or _unavailable(picker.value)
        return drawn[key]

    def show(_=None) -> None:
        holder.children = [go.FigureWidget(figure())]

    picker.observe(show, names="value")
    day.observe(show, names="value")
    box.figure = figure
    show()
    return box


def _unavailable(name: str) -> go.Figure:
    import plotly.graph_objects as go

    from .charts import _empty

    fig = go.Figure(layout=dict(title=name.replace("_", " ").capitalize(), width=900, height=400))
    return _empty(fig, "Not available for this selection (see the log for why)")
