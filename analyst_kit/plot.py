"""Offline plotly maps and the briefing style: no tiles, no CDN, only bundled vector layers.

Maps are drawn on plain cartesian lon/lat axes with the aspect ratio fixed for the
map's mid-latitude (an equirectangular view), so they render identically in
JupyterLab, in kaleido exports and in offline HTML, and text labels need no
remote glyphs.  Topic modules build their figures from the primitives here:
:func:`base_map`, :func:`add_polygons`, :func:`add_lines`, :func:`add_points`.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import plotly.graph_objects as go

__all__ = [
    "SIDE_COLORS",
    "STATUS_COLORS",
    "TEMPLATE_NAME",
    "escape_text",
    "wrap_label",
    "side_color",
    "briefing_template",
    "base_map",
    "add_polygons",
    "add_lines",
    "add_points",
    "add_scale_bar",
    "add_north_arrow",
    "add_caption",
    "places_map",
]

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
SIDE_COLORS: dict[str, str] = {
    "RU": "#D55E00",  # vermillion
    "UA": "#0072B2",  # blue
    "GB": "#009E73",  # bluish green
    "US": "#CC79A7",  # reddish purple
    "INTL": "#E69F00",  # orange
    "unknown": "#7F7F7F",
}
STATUS_COLORS: dict[str, str] = {
    "destroyed": "#D55E00",
    "damaged": "#E69F00",
    "intact": "#009E73",
    "disputed": "#CC79A7",
    "unknown": "#7F7F7F",
}
TEMPLATE_NAME = "analyst_kit"
#: Area around Sievierodonetsk-Lysychansk-Bakhmut shown by default (lon0, lat0, lon1, lat1).
DEFAULT_BOUNDS = (36.5, 47.5, 40.5, 50.2)
UKRAINE_BOUNDS = (22.0, 44.2, 40.3, 52.5)


# text-shadow for labels drawn over filled areas and lines (plotly's ``textfont.shadow``)
LABEL_HALO = "-1px -1px 1px #fff, 1px -1px 1px #fff, -1px 1px 1px #fff, 1px 1px 1px #fff"


def escape_text(value: Any) -> str:
    """Escape report text for plotly labels and HTML: ``<script>`` shows as text, never runs.

    Parameters
    ----------
    value
        Any value; ``None``/NaN become an empty string.

    Returns
    -------
    str
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    # Plotly labels understand only a few tags and entities: escaping <, > and & is what stops
    # markup; quotes stay as they are (plotly would show "&quot;" literally).
    return html.escape(str(value), quote=False)


def side_color(side: Any) -> str:
    """Return the briefing colour of a side code (``RU``, ``UA``...), grey when unknown."""
    return SIDE_COLORS.get(str(side) if side else "unknown", SIDE_COLORS["unknown"])


def briefing_template() -> go.layout.Template:
    """Return (and register as ``"analyst_kit"``) the plotly template of the briefing style.

    Large readable fonts for slides, white background, colour-blind-safe side colours.
    """
    import plotly.graph_objects as go
    import plotly.io as pio

    if TEMPLATE_NAME in pio.templates:
        return pio.templates[TEMPLATE_NAME]
    t = go.layout.Template(pio.templates["plotly_white"])
    t.layout.font = dict(family="DejaVu Sans, Arial, sans-serif", size=14, color="#222222")
    t.layout.title = dict(font=dict(size=20), x=0.01, xanchor="left")
    t.layout.colorway = [SIDE_COLORS[k] for k in ("UA", "RU", "GB", "US", "INTL")] + [
        "#56B4E9",
        "#F0E442",
        "#000000",
    ]
    t.layout.legend = dict(
        bgcolor="rgba(255,255,255,0.85)", bordercolor="#cccccc", borderwidth=1, font=dict(size=13)
    )
    t.layout.hoverlabel = dict(font=dict(size=13), align="left")
    t.layout.margin = dict(l=40, r=20, t=60, b=60)
    pio.templates[TEMPLATE_NAME] = t
    return t


def _read_layer(name: str) -> gpd.GeoDataFrame:
    import geopandas as gpd

    from .data import data_path

    return gpd.read_file(data_path(name))


def _clip_bounds(bounds: Sequence[float] | None) -> tuple[float, float, float, float]:
    b = tuple(bounds) if bounds is not None else DEFAULT_BOUNDS
    if len(b) != 4 or not (b[0] < b[2] and b[1] < b[3]):
        raise ValueError(f"bounds must be (lon0, lat0, lon1, lat1), got {bounds!r}")
    return b  # type: ignore[return-value]


def base_map(
    bounds: Sequence[float] | None = None,
    *,
    title: str | None = None,
    oblasts: bool = True,
    outline: bool = True,
    width: int = 1100,
    height: int | None = None,
) -> go.Figure:
    """Create an offline map figure with Ukraine's outline and oblast borders.

    Parameters
    ----------
    bounds
        ``(lon0, lat0, lon1, lat1)`` to show; default the Sievierodonetsk area box.
    title
        Figure title.
    oblasts, outline
        Draw the bundled oblast borders / national outline.
    width, height
        Figure size in pixels; height defaults to keep the map's true aspect.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    briefing_template()
    lon0, lat0, lon1, lat1 = _clip_bounds(bounds)
    ratio = 1.0 / math.cos(math.radians((lat0 + lat1) / 2))
    if height is None:
        plot_w = width - 60
        height = int(min(1400, max(400, plot_w * (lat1 - lat0) * ratio / (lon1 - lon0) + 120)))
    fig = go.Figure()
    fig.update_layout(
        template=TEMPLATE_NAME,
        title=title,
        width=width,
        height=height,
        plot_bgcolor="#f7f9fb",
        showlegend=True,
        legend=dict(x=0.99, xanchor="right", y=0.99, yanchor="top"),
        xaxis=dict(
            range=[lon0, lon1],
            showgrid=False,
            zeroline=False,
            ticksuffix="°E",
            title=None,
            constrain="domain",
        ),
        yaxis=dict(
            range=[lat0, lat1],
            showgrid=False,
            zeroline=False,
            ticksuffix="°N",
            title=None,
            scaleanchor="x",
            scaleratio=ratio,
            constrain="domain",
        ),
        meta={"bounds": [lon0, lat0, lon1, lat1]},
    )
    if oblasts:
        obl = _read_layer("ukraine_oblasts.geojson")
        add_lines(
            fig,
            obl.boundary,
            name="Oblast borders",
            color="#9aa5b1",
            width=1,
            showlegend=False,
            hoverinfo="skip",
        )
        _add_labels(fig, obl, bounds=(lon0, lat0, lon1, lat1))
    if outline:
        out = _read_layer("ukraine_outline.geojson")
        add_lines(
            fig,
            out.boundary,
            name="Ukraine border",
            color="#3b4752",
            width=2,
            showlegend=False,
            hoverinfo="skip",
        )
    return fig


def _add_labels(fig: go.Figure, oblasts: gpd.GeoDataFrame, bounds) -> None:
    import plotly.graph_objects as go

    lon0, lat0, lon1, lat1 = bounds
    pts = oblasts.geometry.representative_point()
    keep = (pts.x > lon0) & (pts.x < lon1) & (pts.y > lat0) & (pts.y < lat1)
    if keep.any():
        fig.add_trace(
            go.Scatter(
                x=pts.x[keep],
                y=pts.y[keep],
                mode="text",
                text=[escape_text(n) for n in oblasts.loc[keep, "name_en"]],
                textfont=dict(size=12, color="#8a96a3"),
                hoverinfo="skip",
                showlegend=False,
                name="Oblast names",
            )
        )


def _coords(geoms: Iterable, kind: str = "") -> tuple[np.ndarray, np.ndarray]:
    """Flatten (multi)polygons or (multi)lines to x/y float arrays with NaN between parts.

    NaN (serialised as null) breaks the line like None does, but numpy arrays keep plotly's
    validation fast: a country's oblast borders build in milliseconds, not a second.
    """
    import numpy as np
    from shapely.geometry.polygon import orient

    xs: list = []
    ys: list = []
    gap = np.array([np.nan])

    def ring(r) -> None:
        c = np.asarray(r.coords)
        if len(c):
            xs.extend((c[:, 0], gap))
            ys.extend((c[:, 1], gap))

    def walk(g) -> None:
        if g is None or g.is_empty:
            return
        t = g.geom_type
        if t == "Polygon":
            g = orient(g, sign=1.0)
            ring(g.exterior)
            for r in g.interiors:
                ring(r)
        elif t in ("LineString", "LinearRing"):
            ring(g)
        elif hasattr(g, "geoms"):
            for part in g.geoms:
                walk(part)

    for g in geoms:
        walk(g)
    if not xs:
        return np.array([]), np.array([])
    return np.concatenate(xs), np.concatenate(ys)


def _geoms(obj) -> list:
    if hasattr(obj, "geometry"):
        obj = obj.geometry
    if hasattr(obj, "geom_type") and not hasattr(obj, "__len__"):
        return [obj]
    return list(obj)


def add_polygons(
    fig: go.Figure,
    geoms,
    *,
    name: str,
    color: str,
    opacity: float = 0.35,
    line_color: str | None = None,
    hovertext: str | None = None,
    showlegend: bool = True,
    legendgroup: str | None = None,
) -> go.Figure:
    """Add filled polygons (a GeoDataFrame, GeoSeries or geometry list) as one trace.

    Parameters
    ----------
    fig
        A figure from :func:`base_map`.
    geoms
        Polygons in lon/lat (EPSG:4326).
    name, color, opacity, line_color
        Legend name and style.
    hovertext
        Plain text shown on hover (escaped here).

    Returns
    -------
    plotly.graph_objects.Figure
        The same figure, for chaining.
    """
    import plotly.graph_objects as go

    xs, ys = _coords(_geoms(geoms))
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            fill="toself",
            fillcolor=_rgba(color, opacity),
            line=dict(color=line_color or color, width=1),
            name=name,
            hoverinfo="text" if hovertext else "skip",
            hovertext=escape_text(hovertext) if hovertext else None,
            showlegend=showlegend,
            legendgroup=legendgroup,
        )
    )
    return fig


def add_lines(
    fig: go.Figure,
    geoms,
    *,
    name: str,
    color: str,
    width: float = 2,
    dash: str | None = None,
    hovertext: str | None = None,
    showlegend: bool = True,
    hoverinfo: str | None = None,
    legendgroup: str | None = None,
) -> go.Figure:
    """Add (multi)lines, or polygon boundaries, as one line trace.

    Parameters
    ----------
    fig
        A figure from :func:`base_map`.
    geoms
        Lines in lon/lat.
    name, color, width, dash
        Legend name and style.
    hovertext
        Plain text shown on hover (escaped here).

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    xs, ys = _coords(_geoms(geoms))
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            line=dict(color=color, width=width, dash=dash),
            name=name,
            hoverinfo=hoverinfo or ("text" if hovertext else "skip"),
            hovertext=escape_text(hovertext) if hovertext else None,
            showlegend=showlegend,
            legendgroup=legendgroup,
        )
    )
    return fig


def add_points(
    fig: go.Figure,
    df: pd.DataFrame,
    *,
    name: str,
    lon: str = "lon",
    lat: str = "lat",
    label: str | None = None,
    hover: Sequence[str] = (),
    color: str | Sequence[str] = "#222222",
    size: float | Sequence[float] = 10,
    symbol: str = "circle",
    showlegend: bool = True,
    legendgroup: str | None = None,
    textposition: str = "top center",
) -> go.Figure:
    """Add points from a DataFrame with lon/lat columns; hover shows escaped columns.

    Parameters
    ----------
    fig
        A figure from :func:`base_map`.
    df
        Rows to draw; rows with missing coordinates are left out.
    name
        Legend name.
    lon, lat
        Coordinate columns.
    label
        Column written next to each point.
    hover
        Columns shown on hover as ``column: value`` lines (values escaped).
    color, size, symbol
        Marker style (a value or one per row).

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import plotly.graph_objects as go

    ok = df[lon].notna() & df[lat].notna()
    sub = df.loc[ok]
    if not isinstance(color, str):
        color = [c for c, k in zip(color, ok, strict=False) if k]
    if not isinstance(size, int | float):
        size = [s for s, k in zip(size, ok, strict=False) if k]
    hovertext = (
        [
            "<br>".join(f"<b>{escape_text(c)}</b>: {escape_text(row[c])}" for c in hover)
            for _, row in sub.iterrows()
        ]
        if hover
        else None
    )
    fig.add_trace(
        go.Scatter(
            x=sub[lon],
            y=sub[lat],
            name=name,
            mode="markers+text" if label else "markers",
            text=[escape_text(v) for v in sub[label]] if label else None,
            textposition=textposition,
            # a white halo keeps a label legible where it crosses the front line or a fill
            textfont=dict(size=13, shadow=LABEL_HALO),
            marker=dict(color=color, size=size, symbol=symbol, line=dict(color="white", width=1)),
            hovertext=hovertext,
            hoverinfo="text" if hover else "skip",
            showlegend=showlegend,
            legendgroup=legendgroup,
        )
    )
    return fig


def pixels_per_degree(fig: go.Figure) -> tuple[float, float]:
    """Pixels per degree of longitude and of latitude in the plot area of a :func:`base_map`
    figure (the figure less its margins and legend), for laying out labels."""
    lon0, lat0, lon1, lat1 = fig.layout.meta["bounds"]
    ratio = 1.0 / math.cos(math.radians((lat0 + lat1) / 2))
    domain = fig.layout.xaxis.domain or (0, 1)
    w = (fig.layout.width or 1100) * (domain[1] - domain[0]) - 110
    h = (fig.layout.height or 800) - 160
    k = min(w / (lon1 - lon0), h / ((lat1 - lat0) * ratio))
    return k, k * ratio


def boxes_overlap(a: Sequence[float], b: Sequence[float]) -> bool:
    """Do two boxes ``(x0, y0, x1, y1)`` overlap (touching edges do not)?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def add_scale_bar(fig: go.Figure, km: float | None = None) -> go.Figure:
    """Draw a scale bar in the lower-left corner of a :func:`base_map` figure."""
    lon0, lat0, lon1, lat1 = fig.layout.meta["bounds"]
    lat = lat0 + 0.05 * (lat1 - lat0)
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    if km is None:
        span = (lon1 - lon0) * km_per_deg / 5
        km = next(k for k in (500, 200, 100, 50, 20, 10, 5, 2, 1) if k <= span) if span >= 1 else 1
    x0 = lon0 + 0.04 * (lon1 - lon0)
    x1 = x0 + km / km_per_deg
    fig.add_shape(type="line", x0=x0, x1=x1, y0=lat, y1=lat, line=dict(color="#222", width=4))
    fig.add_annotation(
        x=(x0 + x1) / 2, y=lat, text=f"{km:g} km", showarrow=False, yshift=14, font=dict(size=13)
    )
    return fig


def add_north_arrow(fig: go.Figure) -> go.Figure:
    """Draw a north arrow in the upper-left corner of a :func:`base_map` figure."""
    lon0, lat0, lon1, lat1 = fig.layout.meta["bounds"]
    x = lon0 + 0.04 * (lon1 - lon0)
    y1 = lat1 - 0.04 * (lat1 - lat0)
    y0 = y1 - 0.08 * (lat1 - lat0)
    fig.add_annotation(
        x=x,
        y=y1,
        ax=x,
        ay=y0,
        xref="x",
        yref="y",
        axref="x",
        ayref="y",
        showarrow=True,
        arrowhead=2,
        arrowsize=1.5,
        arrowwidth=3,
        text="",
        arrowcolor="#222",
    )
    fig.add_annotation(x=x, y=y1, text="<b>N</b>", showarrow=False, yshift=12, font=dict(size=16))
    return fig


def wrap_label(
    value: Any, width: int = 70, max_chars: int | None = 320, max_lines: int | None = None
) -> str:
    """Escape text and wrap it with ``<br>`` for a plotly label or caption.

    Parameters
    ----------
    value
        Any value; ``None``/NaN give an empty string. Runs of whitespace become one space.
    width
        Characters per line.
    max_chars
        Longer text is cut there and ends with "…" (``None``: no limit).
    max_lines
        Keep at most this many lines (``None``: all).
    """
    text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    text = " ".join(text.split())
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    lines = textwrap.wrap(text, width)[:max_lines]
    return "<br>".join(escape_text(line) for line in lines)


def add_caption(
    fig: go.Figure,
    text: str | None,
    *,
    width: int | None = None,
    max_chars: int | None = None,
    yshift: int | None = None,
    fit_margin: bool = False,
) -> go.Figure:
    """Write a caption (sources, date) under the plot area; the text is escaped.

    Parameters
    ----------
    fig
        The figure (changed in place and returned).
    text
        The caption; empty or ``None`` adds nothing.
    width, max_chars
        Wrap at ``width`` characters per line and cut at ``max_chars`` (see
        :func:`wrap_label`); ``None``: one line, as written.
    yshift
        Pixels below the bottom of the plot area; ``None``: just under the x axis labels.
    fit_margin
        Grow the bottom margin to the caption's lines (for maps without axis labels).
    """
    if not text:
        return fig
    label = escape_text(text) if width is None else wrap_label(text, width, max_chars)
    fig.add_annotation(
        x=0,
        y=-0.02 if yshift is None else 0,
        yshift=yshift or 0,
        xref="paper",
        yref="paper",
        xanchor="left",
        yanchor="top",
        text=label,
        showarrow=False,
        align="left",
        font=dict(size=12, color="#444"),
    )
    if fit_margin:
        fig.update_layout(margin=dict(b=40 + 20 * (label.count("<br>") + 1)))
    return fig


def _rgba(color: str, alpha: float) -> str:
    c = color.lstrip("#")
    r, g, b = int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    return f"rgba({r},{g},{b},{alpha})"


# legend names of place kinds ("country" + "s" is no word)
_PLURAL = {"country": "countries", "facility": "facilities"}


def places_map(
    places: pd.DataFrame,
    *,
    bounds: Sequence[float] | None = None,
    title: str | None = "Places named in the reports",
    caption: str | None = None,
) -> go.Figure:
    """Map the geocoded places of a parse (one marker per canonical place, sized by mentions).

    Parameters
    ----------
    places
        The ``places`` table of :func:`analyst_kit.parse.read_reports`.
    bounds
        Map extent; default fits the places (at least the Sievierodonetsk area box).
    title, caption
        Figure title and a caption under the map.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    import pandas as pd

    pts = places.dropna(subset=["lat", "lon"])
    if len(pts):
        agg = (
            pts.groupby(["name", "kind"], dropna=False)
            .agg(
                lat=("lat", "first"),
                lon=("lon", "first"),
                mentions=("mention", "size"),
                spellings=("mention", lambda s: ", ".join(sorted(set(map(str, s))))),
            )
            .reset_index()
        )
    else:
        agg = pd.DataFrame(columns=["name", "kind", "lat", "lon", "mentions", "spellings"])
    if bounds is None:
        bounds = _fit_bounds(agg, DEFAULT_BOUNDS)
    fig = base_map(bounds, title=title)
    kinds = {
        "settlement": ("circle", "#222222"),
        "facility": ("diamond", "#E69F00"),
        "region": ("square-open", "#56B4E9"),
        "river": ("triangle-up", "#56B4E9"),
    }
    for kind, sub in agg.groupby("kind", dropna=False):
        symbol, color = kinds.get(kind, ("circle-open", "#555555"))
        add_points(
            fig,
            sub,
            name=_PLURAL.get(kind, f"{kind}s"),
            label="name",
            hover=["name", "kind", "mentions", "spellings"],
            color=color,
            size=[8 + 3 * min(m, 6) for m in sub["mentions"]],
            symbol=symbol,
        )
    add_scale_bar(fig)
    add_north_arrow(fig)
    if caption:
        add_caption(fig, caption)
    return fig


def _fit_bounds(df: pd.DataFrame, minimum: Sequence[float], pad: float = 0.3):
    if df.empty:
        return tuple(minimum)
    lon0, lat0, lon1, lat1 = minimum
    lon0 = min(lon0, df["lon"].min() - pad)
    lon1 = max(lon1, df["lon"].max() + pad)
    lat0 = min(lat0, df["lat"].min() - pad)
    lat1 = max(lat1, df["lat"].max() + pad)
    return (max(lon0, 22.0), max(lat0, 44.0), min(lon1, 41.0), min(lat1, 52.6))
