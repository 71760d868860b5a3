"""Round 16 robustness: report dates read from the wrong words in mutated report layouts
(found by fuzzing the gold texts: timestamps before lines, transcript labels, cut reports)."""

from __future__ import annotations

import datetime as dt

import pytest

from analyst_kit._dates import explicit_dates, report_date, war_day
from analyst_kit.parse import _parse_records


@pytest.mark.parametrize(
    "text",
    [
        "The brigade left the town in April.\n\n18:03 - Shelling resumed at dawn.",
        "Officials expect talks in June.\n12:45 — the mayor spoke again.",
        "They arrived in May. 21:15 the sirens sounded.",
        "The town fell in March. 14 people were killed there.",
        "Talks stalled in September.\n\n3 - The mayor spoke.",
    ],
)
def test_a_month_ending_a_sentence_takes_no_day_from_the_next_posts_clock_time(
    text: str,
) -> None:
    # "April.\n\n18:03 - ..." is a month, then a live post stamped 18:03: no "April 18"
    assert explicit_dates(text) == []


def test_a_month_and_day_across_one_line_break_still_read() -> None:
    assert explicit_dates("the deadline is March\n14, officials said") == [dt.date(2022, 3, 14)]


def test_a_post_timestamp_after_a_month_leaves_the_report_undated() -> None:
    text = (
        "Frontline digest\n\n"
        "10:05 - The governor said troops withdrew from the village in March.\n\n"
        "18:03 - The mayor said shelling resumed overnight."
    )
    assert _parse_records(text)["reports"][0]["date"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Kursk incursion, day 14: bridges over the Seym are down",
        "Counteroffensive, day 5: villages retaken near the river",
        "Blackout, day 3 - the city runs on generators",
    ],
)
def test_a_day_heading_counting_another_campaign_is_no_war_day(text: str) -> None:
    # day 14 of an incursion, a counteroffensive or a blackout is no day 14 of the war
    assert war_day(text) is None


@pytest.mark.parametrize(
    "text, day",
    [
        ("Russia's war in Ukraine, day 124: strikes on the mall", dt.date(2022, 6, 27)),
        ("LIVE - Day 50: Mariupol holds", dt.date(2022, 4, 14)),
        ("Day 111: the fighting goes on", dt.date(2022, 6, 14)),
    ],
)
def test_war_day_headings_still_read(text: str, day: dt.date) -> None:
    assert war_day(text) == day


def test_a_historical_year_is_not_the_year_of_the_reports_yearless_dates() -> None:
    # "September 1941" dates a massacre, not the report's "March 1"
    text = (
        "Missiles hit the tower on March 1, near the ravine where thousands were shot in "
        "September 1941, officials said."
    )
    assert report_date(text) == ("2022-03-01", "day")


@pytest.mark.parametrize("space", ["\t", "\u00a0"])
def test_a_speaker_pronoun_after_a_comma_and_a_non_space_blank(space: str) -> None:
    # the speaker span "Ukrainian marines, they" holds no " " when its blanks are tabs or
    # no-break spaces (text pasted from a PDF or a web page): its pronoun is still found
    text = space.join("Ukrainian marines, they said, still hold Krynky.".split(" "))
    recs = _parse_records(text)
    assert [r["place"] for r in recs["control"]] == ["Krynky"]


def test_a_war_day_heading_with_no_break_spaces() -> None:
    # a heading pasted from a web page: "war, day 26 - live" with no-break spaces
    assert war_day("Russia's war in Ukraine, day\u00a026\u00a0- live") == dt.date(2022, 3, 21)
    assert war_day("Day\u00a0111: the fighting goes on") == dt.date(2022, 6, 14)
