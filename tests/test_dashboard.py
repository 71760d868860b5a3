"""Tests for analyst_kit.dashboard: linked widgets update the same figures in place."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon
from test_filters import make_tables

from analyst_kit import dashboard as dash


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return make_tables()


@pytest.fixture
def control() -> gpd.GeoDataFrame:
    small = Polygon([(38.5, 48.5), (39.0, 48.5), (39.0, 49.5), (38.5, 49.5)])
    big = Polygon([(38.0, 48.5), (39.0, 48.5), (39.0, 49.5), (38.0, 49.5)])
    gdf = gpd.GeoDataFrame(
        {
            "date": pd.to_datetime(["2022-06-01", "2022-06-10"]),
            "controller": ["RU", "RU"],
            "status": ["occupied", "occupied"],
        },
        geometry=[small, big],
        crs="EPSG:4326",
    )
    gdf.attrs["bbox"] = (36.5, 47.5, 40.5, 50.2)
    return gdf


def test_dashboard_widgets_and_figures(tables):
    import ipywidgets as widgets
    import plotly.graph_objects as go

    box = dash.dashboard(tables)
    assert isinstance(box, widgets.VBox)
    assert isinstance(box.map_figure, go.FigureWidget)
    assert isinstance(box.timeline_figure, go.FigureWidget)
    assert box.map_figure in box.children and box.table in box.children
    c = box.controls
    assert isinstance(c["dates"], widgets.SelectionRangeSlider)
    assert c["dates"].value[0] == pd.Timestamp("2022-06-01")
    assert c["sides"].options == ("RU", "UA", "GB", "unknown")
    assert set(c) >= {"sides", "outlets", "speakers", "claim_types", "grades", "layer:claims"}
    assert (
        box.map_figure.layout.title.text == "Claims 2022-06-01 – 2022-06-14 · all sides · 4 shown"
    )
    # the table shows the claims' sentences, escaped
    assert "&lt;b&gt;about 80%&lt;/b&gt;" in box.table.value and "<b>about" not in box.table.value


def test_filter_change_updates_traces_in_place(tables):
    box = dash.dashboard(tables)
    fig = box.map_figure
    n_traces = len(fig.data)
    ru = next(t for t in fig.data if t.name == "Claims · RU")
    ua = next(t for t in fig.data if t.name == "Claims · UA")
    assert len(ru.x) == 2 and len(ua.x) == 1
    bars = box.timeline_figure.data
    box.controls["sides"].value = ("UA",)
    assert box.map_figure is fig and len(fig.data) == n_traces
    assert next(t for t in fig.data if t.name == "Claims · RU") is ru  # same trace object
    assert len(ru.x) == 0 and len(ua.x) == 1
    assert fig.layout.title.text == "Claims 2022-06-01 – 2022-06-14 · UA · 1 shown"
    assert box.timeline_figure.data == bars
    assert sum(next(t for t in bars if t.name == "RU").y) == 0
    assert "Serhiy Haidai" in box.table.value and "Mizintsev" not in box.table.value
    assert box.state().sides == ("UA",)
    # dates: the slider narrows the range, the timeline band follows
    box.controls["dates"].value = (pd.Timestamp("2022-06-14"), pd.Timestamp("2022-06-14"))
    assert fig.layout.title.text == "Claims 2022-06-14 · UA · 1 shown"
    band = box.timeline_figure.layout.shapes[0]
    assert band.x0.startswith("2022-06-13") and band.x1.startswith("2022-06-14")
    # layers hide traces without removing them
    box.controls["layer:claims"].value = False
    assert ua.visible is False and len(fig.data) == n_traces
    # reset shows everything again
    box.controls["reset"].click()
    assert ua.visible is True and len(ru.x) == 2
    assert fig.layout.title.text.endswith("all sides · 4 shown")


def test_control_and_bridges_layers_follow_end_date(tables, control):
    bridges_layer = gpd.GeoDataFrame(
        {"name": ["<b>bridge</b>"], "status": ["destroyed"]},
        geometry=[Point(38.47, 48.93)],
        crs="EPSG:4326",
    )
    box = dash.dashboard(tables, control=control, bridges_layer=bridges_layer)
    fig = box.map_figure
    area = next(t for t in fig.data if t.name == "Occupied area")
    front = next(t for t in fig.data if t.name == "Front line")
    bridges = next(t for t in fig.data if t.name == "Bridges")
    assert min(x for x in area.x if x is not None) == 38.0  # as of 2022-06-10 (end 06-14)
    assert len(front.x) > 0
    assert "&lt;b&gt;bridge" in bridges.hovertext[0] and bridges.marker.color == ("#D55E00",)
    box.controls["dates"].value = (pd.Timestamp("2022-06-01"), pd.Timestamp("2022-06-05"))
    assert next(t for t in fig.data if t.name == "Occupied area") is area
    assert min(x for x in area.x if x is not None) == 38.5  # as of 2022-06-01
    box.controls["layer:control_areas"].value = False
    assert area.visible is False and front.visible is True


def test_claims_table_html_escapes_and_counts():
    rows = [{"date": "2022-06-14", "side": "UA", "sentence": "&lt;script&gt;"}]
    html = dash.claims_table_html(rows, total=5)
    assert "5 claims match; the 1 newest are listed" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "No claim matches" in dash.claims_table_html([], total=0)
