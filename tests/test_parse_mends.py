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


# --- 2. a separator line, a heading or a new dateline ends a transcript's turn

_OPEN = "Briefing in Kyiv, 3 March 2024\n\n"
_TURN = "PETRENKO: We discussed the corridors today.\n"
_NARRATOR = "Russian forces shelled Kherson overnight, damaging a school."


def _speaker_of(text: str, sentence: str) -> str | None:
    claims = parse_report(text)["claims"]
    rows = claims[claims["text"].str.contains(sentence, regex=False)]
    return None if rows.empty else rows["speaker"].iloc[0]


@pytest.mark.parametrize("sep", ["*", "***", "* * *", "----"])
def test_separator_paragraph_ends_a_caps_turn(sep: str) -> None:
    # the turn carried over paragraphs (turn_ent) stops at the separator
    text = _OPEN + _TURN + "\n" + sep + "\n\n" + _NARRATOR + "\n"
    assert _speaker_of(text, "Kherson") is None


def test_separator_line_inside_a_paragraph_ends_the_turn() -> None:
    text = _OPEN + _TURN + "***\n" + _NARRATOR + "\n"
    assert _speaker_of(text, "Kherson") is None


def test_separator_ends_the_lines_under_a_label_alone() -> None:
    # "[09:40] Mayor NAME:" alone on its line heads the lines below up to a blank line, or
    # up to a separator line before it
    text = (
        _OPEN
        + "[09:40] Mayor Ihor Terekhov:\nThe city is held by our forces.\n*\n"
        + _NARRATOR
        + "\n"
    )
    assert _speaker_of(text, "held by our forces") == "Ihor Terekhov"
    assert _speaker_of(text, "Kherson") is None


def test_heading_ends_the_turn() -> None:
    text = _OPEN + _TURN + "\nSituation in the south\n\n" + _NARRATOR + "\n"
    assert _speaker_of(text, "Kherson") is None


def test_new_dateline_ends_the_turn() -> None:
    text = _OPEN + _TURN + "\nKHARKIV, March 4 — " + _NARRATOR + "\n"
    assert _speaker_of(text, "Kherson") is None


def test_turn_goes_on_without_a_separator() -> None:
    # negative case: with no separator the narrator-less paragraph is still the turn's
    text = _OPEN + _TURN + "\n" + _NARRATOR + "\n"
    assert _speaker_of(text, "Kherson") == "PETRENKO"


def test_turn_goes_on_over_a_bullet_star_in_a_sentence() -> None:
    # negative case: a star inside a line ("* Kherson ...") is no separator line
    text = _OPEN + _TURN + "\nThe shelling went on. * " + _NARRATOR + "\n"
    assert _speaker_of(text, "Kherson") == "PETRENKO"


def test_next_label_after_a_separator_is_its_own_turn() -> None:
    text = (
        _OPEN
        + _TURN
        + "\n*\n\nKOVAL: The bridge near Kupiansk was destroyed.\n\n"
        + _NARRATOR
        + "\n"
    )
    assert _speaker_of(text, "Kupiansk") == "KOVAL"
    assert _speaker_of(text, "Kherson") == "KOVAL"
