"""Bridge rows: which water a bridge crosses."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report


@pytest.mark.parametrize(
    ("sentence", "river"),
    [
        # a reservoir is the water a bridge spans, like a river
        (
            "The road bridge across the Pechenihy reservoir near Staryi Saltiv was blown up in "
            "March, the regional governor said.",
            "Pechenihy reservoir",
        ),
        (
            "Officials said the old bridge over the Pechenihy reservoir had been destroyed.",
            "Pechenihy reservoir",
        ),
        (
            "Ukrainian sappers destroyed the bridge over the Oskil river, the mayor said.",
            "Oskil river",
        ),
    ],
)
def test_bridge_river_is_the_water_it_spans(sentence, river):
    rows = parse_report(sentence)["bridges"]
    assert rows["river"].tolist() == [river]
