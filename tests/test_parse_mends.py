"""Mends of faults found in review (sentences written for these tests): a body named after
its lower-case kind ("the rail carrier Ukrzaliznytsia"), the end of a transcript turn at a
separator line, the report date when nothing but the body gives it."""

from __future__ import annotations

import pytest

from analyst_kit import _attribution as attr
from analyst_kit.parse import parse_report


def _speakers(text: str) -> list[str | None]:
    return list(parse_report(text)["claims"]["speaker"])


# --- 1. "the <kind> NAME" speaker phrases: every kind word of the pattern passes its gate


@pytest.mark.parametrize(
    "np",
    [
        "the utility DTEK",
        "the rail carrier Ukrzaliznytsia",  # no "o" anywhere: the old gate blocked it
        "the private firm Metinvest",  # nor here
        "the state firm Naftogaz",
        "a regional utility Khmelnytskoblenergo",
        "the grid operator Ukrenergo",
    ],
)
def test_lower_kind_body_is_a_speaker(np: str) -> None:
    assert attr.np_is_speaker(np)


@pytest.mark.parametrize(
    "np",
    [
        "the rail carrier bus drivers",  # lower-case words after the kind: no name
        "the carrier",  # a kind and no name
        "the rail carrier Kyiv Pass Express",  # three unknown capitalised words
    ],
)
def test_lower_kind_without_a_name_is_no_speaker(np: str) -> None:
    assert not attr.np_is_speaker(np)


def test_gate_words_are_the_pattern_kinds() -> None:
    # the cheap gate and the pattern are built from one list
    assert {g.strip() for g in attr._LOWER_KIND_GATES} == set(attr._LOWER_KINDS)
    for kind in attr._LOWER_KINDS:
        assert attr._LOWER_KIND_BODY.match(f"the big {kind} Acmeco")


def test_rail_carrier_said_gives_the_body() -> None:
    text = (
        "Kyiv, 3 March 2024\n\n"
        "The rail carrier Ukrzaliznytsia said the bridge near Kupiansk was destroyed by "
        "Russian missiles.\n"
    )
    assert _speakers(text) == ["Ukrzaliznytsia"]


def test_utility_said_gives_the_body() -> None:
    text = "Kyiv, 3 March 2024\n\nThe utility DTEK said Russian drones hit a power plant in Dnipro overnight.\n"
    speakers = _speakers(text)
    assert len(speakers) == 1 and "DTEK" in speakers[0]


def test_private_firm_said_gives_the_body() -> None:
    text = (
        "Kyiv, 3 March 2024\n\n"
        "The private firm Metinvest said its plant in Zaporizhzhia was shelled overnight.\n"
    )
    speakers = _speakers(text)
    assert len(speakers) == 1 and "Metinvest" in speakers[0]


def test_kind_word_before_lower_case_words_gives_no_speaker() -> None:
    text = (
        "Kyiv, 3 March 2024\n\n"
        "The rail carrier bus drivers said the bridge near Kupiansk was destroyed.\n"
    )
    assert _speakers(text) == []
