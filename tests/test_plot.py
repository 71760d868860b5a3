"""Tests for analyst_kit.plot: offline figures, escaping, map furniture."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Polygon

from analyst_kit import plot


def test_import_is_lazy():
    code = (
        "import sys, analyst_kit; "
        "print([m for m in ('plotly', 'geopandas', 'pandas') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_escape_text():
    assert plot.escape_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert plot.escape_text(None) == "" and plot.escape_text(float("nan")) == ""
    assert plot.escape_text('He said "no" & left') == 'He said "no" &amp; left'


def test_base_map_is_offline_and_has_border():
    fig = plot.base_map(title="t")
    spec = json.dumps(fig.to_plotly_json(), default=str)
    assert "http" not in spec  # no tiles, no remote styles or glyphs
    assert {t.type for t in fig.data} == {"scatter"}
    names = [t.name for t in fig.data]
    assert "Ukraine border" in names and "Oblast borders" in names
    lon0, lat0, lon1, lat1 = fig.layout.meta["bounds"]
    assert list(fig.layout.xaxis.range) == [lon0, lon1]
    assert fig.layout.yaxis.scaleanchor == "x" and fig.layout.yaxis.scaleratio > 1.4


def test_bad_bounds():
    with pytest.raises(ValueError, match="bounds"):
        plot.base_map((40, 50, 30, 45))


def test_primitives_and_hover_escaping():
    fig = plot.base_map()
    n = len(fig.data)
    plot.add_polygons(
        fig, [Polygon([(38, 48), (39, 48), (39, 49)])], name="occupied", color="#D55E00"
    )
    plot.add_lines(fig, [LineString([(38, 48), (39, 49)])], name="line", color="#000000")
    df = pd.DataFrame({"lon": [38.4, None], "lat": [48.9, 49.0], "name": ["<b>x</b>", "y"]})
    plot.add_points(fig, df, name="pts", label="name", hover=["name"])
    assert len(fig.data) == n + 3
    pts = fig.data[-1]
    assert len(pts.x) == 1  # the row without coordinates is left out
    assert pts.text[0] == "&lt;b&gt;x&lt;/b&gt;"
    assert "<b>x</b>" not in pts.hovertext[0].replace("<b>name</b>", "")
    poly = fig.data[-3]
    assert poly.fill == "toself" and np.isnan(poly.x).any()  # NaN separates rings


def test_places_map_markers_and_furniture():
    places = pd.DataFrame(
        {
            "mention": ["Severodonetsk", "Sievierodonetsk", "Lysychansk"],
            "name": ["Sievierodonetsk", "Sievierodonetsk", "Lysychansk"],
            "kind": ["settlement"] * 3,
            "lat": [48.9483, 48.9483, 48.9046],
            "lon": [38.4917, 38.4917, 38.4421],
        }
    )
    fig = plot.places_map(places, caption="Source: test")
    marker = [t for t in fig.data if t.name == "settlements"][0]
    assert sorted(marker.text) == ["Lysychansk", "Sievierodonetsk"]
    texts = [a.text for a in fig.layout.annotations]
    assert "<b>N</b>" in texts and any(t.endswith(" km") for t in texts)
    assert "Source: test" in texts


def test_point_labels_have_a_halo():
    fig = plot.base_map((37.0, 48.0, 39.0, 49.5), oblasts=False, outline=False)
    df = pd.DataFrame({"name": ["Popasna"], "lon": [38.38], "lat": [48.63]})
    plot.add_points(fig, df, name="places", label="name")
    # white text-shadow keeps a label legible where it crosses the front line
    assert "#fff" in fig.data[-1].textfont.shadow
