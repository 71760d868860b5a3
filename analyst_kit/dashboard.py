"""Linked widget view for JupyterLab: filters → map, timeline and claims table, updated in place.

A thin ipywidgets layer over :func:`analyst_kit.filters.view_model`: every widget change
builds a :class:`~analyst_kit.filters.FilterState`, asks the pure core what to draw, and
copies that into the existing plotly ``FigureWidget`` traces inside ``batch_update`` (the
figures are never rebuilt, so zoom and legend clicks survive a filter change).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import filters
from .filters import FACETS, FilterState
from .plot import SIDE_COLORS, STATUS_COLORS, escape_text, pixels_per_degree

if TYPE_CHECKING:
    import ipywidgets as widgets

__all__ = ["dashboard", "claims_table_html", "FACET_LABELS", "LAYER_LABELS"]

#: Widget labels of the filter facets.
FACET_LABELS: dict[str, str] = {
    "sides": "Side",
    "outlets": "Outlet",
    "speakers": "Speaker",
    "claim_types": "Claim type",
    "grades": "Source grade",
}
#: Checkbox labels of the layers.
LAYER_LABELS: dict[str, str] = {
    "claims": "Claims",
    "control_areas": "Control areas",
    "front_line": "Front line",
    "bridges": "Bridges",
    "routes": "Routes",
}
_TABLE_COLUMNS = (
    ("date", "Date"),
    ("side", "Side"),
    ("speaker", "Speaker"),
    ("outlet", "Outlet"),
    ("claim_type", "Type"),
    ("grade", "Grade"),
    ("sentence", "Sentence"),
)


def claims_table_html(
    rows: Sequence[Mapping[str, str]], *, total: int, max_height: int = 320
) -> str:
    """Render view-model table rows (already escaped) as a scrollable HTML table.

    Parameters
    ----------
    rows
        ``view_model(...)["table"]``: dicts of escaped strings.
    total
        How many claims pass the filters (rows may be fewer).
    max_height
        Height in pixels before the table scrolls.

    Returns
    -------
    str
        HTML with no script, no links and no report markup (every cell is escaped text).
    """
    head = "".join(
        f'<th style="text-align:left;padding:2px 6px;position:sticky;top:0;background:#eef1f4">'
        f"{label}</th>"
        for _, label in _TABLE_COLUMNS
    )
    body = []
    for r in rows:
        color = SIDE_COLORS.get(r.get("side", ""), SIDE_COLORS["unknown"])
        cells = []
        for key, _ in _TABLE_COLUMNS:
            value = str(r.get(key, ""))
            style = "padding:2px 6px;vertical-align:top"
            if key == "side":
                style += f";color:{color};font-weight:bold"
            if key == "date":
                style += ";white-space:nowrap"
            cells.append(f'<td style="{style}">{value}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    shown = len(rows)
    note = (
        f"{total:,} claims match"
        if shown == total
        else f"{total:,} claims match; the {shown:,} newest are listed"
    )
    if not rows:
        body.append(f'<tr><td colspan="{len(_TABLE_COLUMNS)}"><i>No claim matches.</i></td></tr>')
    return (
        f'<div class="ak-claims-note" style="font-size:12px;color:#444">{note}</div>'
        f'<div style="max-height:{max_height}px;overflow:auto;border:1px solid #dde2e7">'
        '<table class="ak-claims" style="border-collapse:collapse;font-size:12px;width:100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _map_figure(vm: dict, bounds, width: int):
    """Build the map once from the plot primitives; the view model fills the data."""
    import plotly.graph_objects as go

    from . import plot

    fig = plot.base_map(bounds, title=vm["title"], width=width)
    empty = pd.DataFrame({"lon": [], "lat": [], "name": []})
    for name, t in vm["traces"].items():
        layer = t["layer"]
        if layer == "control_areas":
            plot.add_polygons(fig, [], name=name, color=SIDE_COLORS["RU"], opacity=0.25)
        elif layer == "front_line":
            plot.add_lines(fig, [], name=name, color="#7a1f00", width=3)
        elif layer == "routes":
            plot.add_lines(fig, [], name=name, color="#009E73", width=3, dash="dash")
        elif layer == "bridges":
            plot.add_points(
                fig, empty, name=name, hover=["name"], color=STATUS_COLORS["unknown"], size=11
            )
            fig.data[-1].marker.symbol = "square"
        elif name == "Place names":
            fig.add_trace(
                go.Scatter(
                    x=[],
                    y=[],
                    mode="text",
                    name=name,
                    textposition="top center",
                    textfont=dict(size=12, color="#222"),
                    hoverinfo="skip",
                    showlegend=False,
                )
            )
        else:
            plot.add_points(fig, empty, name=name, hover=["name"], color=t["marker_color"])
            fig.data[-1].marker.opacity = 0.8
    plot.add_scale_bar(fig)
    plot.add_north_arrow(fig)
    fig.update_layout(hovermode="closest", margin=dict(l=40, r=20, t=60, b=40))
    return go.FigureWidget(fig)


def _timeline_figure(vm: dict, width: int):
    import plotly.graph_objects as go

    from .plot import TEMPLATE_NAME, briefing_template

    briefing_template()
    tl = vm["timeline"]
    fig = go.FigureWidget()
    for side in tl["series"]:
        fig.add_bar(
            x=tl["dates"],
            y=tl["series"][side],
            name=escape_text(side),
            marker_color=tl["colors"][side],
            hovertemplate="%{x|%Y-%m-%d}: %{y} claim(s)<extra>" + escape_text(side) + "</extra>",
        )
    fig.update_layout(
        template=TEMPLATE_NAME,
        barmode="stack",
        width=width,
        height=240,
        title=dict(text="Claims per day and side (grey band: selected dates)", font_size=14),
        margin=dict(l=40, r=20, t=40, b=30),
        xaxis=dict(type="date"),
        yaxis=dict(title=None, rangemode="tozero"),
        legend=dict(orientation="h", y=1.02, x=1, xanchor="right", yanchor="bottom"),
        shapes=[
            dict(
                type="rect",
                xref="x",
                yref="paper",
                x0=0,
                x1=0,
                y0=0,
                y1=1,
                fillcolor="rgba(120,120,120,0.15)",
                line_width=0,
                layer="below",
            )
        ],
    )
    return fig


def _band(date_range: tuple) -> tuple[str | None, str | None]:
    start, end = date_range
    if start is None or end is None:
        return None, None
    x0 = pd.Timestamp(start) - pd.Timedelta(hours=12)
    x1 = pd.Timestamp(end) + pd.Timedelta(hours=12)
    return f"{x0:%Y-%m-%d %H:%M}", f"{x1:%Y-%m-%d %H:%M}"


def dashboard(
    tables: Mapping[str, pd.DataFrame],
    *,
    control=None,
    bridges_layer=None,
    routes=None,
    bounds: Sequence[float] | None = None,
    width: int = 860,
    max_rows: int = 200,
) -> widgets.VBox:
    """Linked filters over a map, a timeline and a claims table of the parse tables.

    Parameters
    ----------
    tables
        Parse tables of :func:`analyst_kit.parse.read_reports` (``claims`` required;
        ``places`` puts claims on the map).
    control
        Optional control-area GeoDataFrame (:mod:`analyst_kit.control`): occupied area and
        front line of the range's end date.
    bridges_layer
        Optional GeoDataFrame of bridges (``name``, ``status``, point geometry).
    routes
        Optional GeoDataFrame/GeoSeries of route lines.
    bounds
        Map extent ``(lon0, lat0, lon1, lat1)``; default fits the geocoded places.
    width
        Figure width in pixels.
    max_rows
        Most claims listed in the table (newest first).

    Returns
    -------
    ipywidgets.VBox
        The view; for scripting and tests it also carries ``.map_figure``,
        ``.timeline_figure``, ``.table`` (HTML widget), ``.controls`` (name → widget),
        ``.state()`` (the current :class:`~analyst_kit.filters.FilterState`) and
        ``.view()`` (the last view model).
    """
    import ipywidgets as widgets

    prepared = filters.prepare_tables(tables)
    options = filters.filter_options(prepared)
    layers = ["claims"]
    if control is not None:
        layers = ["control_areas", "front_line", *layers]
    if bridges_layer is not None:
        layers.append("bridges")
    if routes is not None:
        layers.append("routes")
    state0 = filters.default_state(prepared)
    kw = dict(control=control, bridges_layer=bridges_layer, routes=routes, max_rows=max_rows)
    vm = filters.view_model(prepared, state0, **kw)
    if bounds is None:
        places = prepared.get("places")
        minimum = (37.6, 48.4, 39.4, 49.4)
        box_ = getattr(control, "attrs", {}).get("bbox") if control is not None else None
        if box_ is not None:  # show the whole control-area pack (AOI)
            minimum = (
                min(minimum[0], box_[0]),
                min(minimum[1], box_[1]),
                max(minimum[2], box_[2]),
                max(minimum[3], box_[3]),
            )
        bounds = (
            filters.fit_bounds(places["lon"], places["lat"], minimum=minimum)
            if places is not None and len(places)
            else minimum
        )

    # --- widgets ---------------------------------------------------------------------------
    controls: dict[str, widgets.Widget] = {}
    dates = options["dates"]
    if dates:
        days = pd.date_range(dates[0], dates[-1], freq="D")
        slider = widgets.SelectionRangeSlider(
            options=[(f"{d:%Y-%m-%d}", d) for d in days],
            index=(0, len(days) - 1),
            description="Dates",
            continuous_update=False,
            readout=False,  # the label beside it has room for both dates
            layout=widgets.Layout(width="70%"),
            style={"description_width": "50px"},
        )
        controls["dates"] = slider
        date_label = widgets.HTML()
        date_label.add_class("ak-date-range")

        def show_dates(_change=None) -> None:
            a, b = slider.value
            date_label.value = f"<b>{a:%Y-%m-%d}</b> – <b>{b:%Y-%m-%d}</b>"

        slider.observe(show_dates, names="value")
        show_dates()
    facet_boxes = []
    for facet, label in FACET_LABELS.items():
        values = options[facet]
        sel = widgets.SelectMultiple(
            options=values,
            value=tuple(values),
            rows=min(6, max(2, len(values))),
            layout=widgets.Layout(width="170px"),
        )
        sel.add_class(f"ak-filter-{facet}")
        controls[facet] = sel
        facet_boxes.append(widgets.VBox([widgets.HTML(f"<b>{label}</b>"), sel]))
    checks = []
    for layer in layers:
        cb = widgets.Checkbox(
            value=True,
            description=LAYER_LABELS[layer],
            indent=False,
            layout=widgets.Layout(width="auto"),
        )
        controls[f"layer:{layer}"] = cb
        checks.append(cb)
    reset = widgets.Button(
        description="Show all", icon="undo", layout=widgets.Layout(width="110px")
    )
    controls["reset"] = reset
    status = widgets.HTML()
    status.add_class("ak-status")

    map_fig = _map_figure(vm, bounds, width)
    # place names that would overlap a more-claimed place's name are left off the map
    kw["label_scale"] = pixels_per_degree(map_fig)
    vm = filters.view_model(prepared, state0, **kw)
    timeline_fig = _timeline_figure(vm, width)
    table = widgets.HTML()
    table.add_class("ak-claims-table")
    index = {t.name: i for i, t in enumerate(map_fig.data)}
    sent: dict[str, Any] = {}
    last: dict[str, Any] = {}

    def state() -> FilterState:
        start = end = None
        if "dates" in controls:
            start, end = controls["dates"].value
        chosen = {f: tuple(controls[f].value) for f in FACETS}
        shown = {ly for ly in layers if controls[f"layer:{ly}"].value}
        return FilterState(
            start=start,
            end=end,
            layers=frozenset(shown) | (set(filters.LAYERS) - set(layers)),
            **chosen,
        )

    def apply(model: dict) -> None:
        with map_fig.batch_update():
            map_fig.layout.title.text = model["title"]
            for name, t in model["traces"].items():
                trace = map_fig.data[index[name]]
                trace.visible = t["visible"]
                if sent.get(name) is t["x"]:  # cached layer geometry: already in the browser
                    continue
                sent[name] = t["x"]
                trace.x = t["x"]
                trace.y = t["y"]
                if trace.mode and "text" in trace.mode or name == "Place names":
                    trace.text = t["text"]
                if t.get("hovertext") is not None and name != "Place names":
                    trace.hovertext = t["hovertext"]
                    trace.hoverinfo = "text" if len(t["hovertext"]) else "skip"
                if "marker_size" in t:
                    trace.marker.size = t["marker_size"]
                if isinstance(t.get("marker_color"), list):
                    trace.marker.color = t["marker_color"]
        tl = model["timeline"]
        with timeline_fig.batch_update():
            for trace in timeline_fig.data:
                trace.y = tl["series"][trace.name] if trace.name in tl["series"] else []
            x0, x1 = _band(tl["range"])
            timeline_fig.layout.shapes[0].update(x0=x0, x1=x1, visible=x0 is not None)
        counts = model["counts"]
        table.value = claims_table_html(model["table"], total=counts["claims"])
        status.value = (
            f'<span style="font-size:13px">{counts["claims"]:,} of {counts["claims_total"]:,} '
            f"claims shown</span>"
        )
        last["view"] = model

    busy = {"on": False}

    def on_change(_change=None) -> None:
        if not busy["on"]:
            apply(filters.view_model(prepared, state(), **kw))

    def on_reset(_button=None) -> None:
        busy["on"] = True
        try:
            if "dates" in controls:
                controls["dates"].index = (0, len(controls["dates"].options) - 1)
            for f in FACETS:
                controls[f].value = tuple(controls[f].options)
            for cb in checks:
                cb.value = True
        finally:
            busy["on"] = False
        on_change()

    for name, w in controls.items():
        if name != "reset":
            w.observe(on_change, names="value")
    reset.on_click(on_reset)
    apply(vm)

    header = widgets.HTML(
        "<b>Filter the claims</b> — select several values with Ctrl/Shift-click; "
        "the map, the timeline and the table follow."
    )
    top = [header]
    if "dates" in controls:
        top.append(widgets.HBox([controls["dates"], date_label]))
    top += [
        widgets.HBox(facet_boxes, layout=widgets.Layout(flex_flow="row wrap")),
        widgets.HBox([*checks, reset, status], layout=widgets.Layout(align_items="center")),
    ]
    box = widgets.VBox([*top, map_fig, timeline_fig, table])
    box.add_class("ak-dashboard")
    box.map_figure = map_fig
    box.timeline_figure = timeline_fig
    box.table = table
    box.controls = controls
    box.state = state
    box.view = lambda: last["view"]
    return box
