"""Dates read from report text: counts of war days (analyst_kit._dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from analyst_kit._dates import war_day


@pytest.mark.parametrize(
    "text",
    [
        "Earlier in the day\n\n09:30 - Kyrylenko: shelling went on overnight.",
        "Later that day\n12:10 — the mayor: the city holds.",
        "It was a long day 14:05 came and went.",
    ],
)
def test_a_post_time_after_the_word_day_is_no_war_day(text: str) -> None:
    # "day" ending one line and a post's clock time opening the next are no "Day 9:" heading
    assert war_day(text) is None


def test_war_day_heading_on_one_line() -> None:
    assert war_day("Day 111: the fighting goes on") == dt.date(2022, 6, 14)
    assert war_day("DAY 50 - Mariupol") == dt.date(2022, 4, 14)
