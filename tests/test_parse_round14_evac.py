"""Round 14, evacuations: statements about evacuations in wordings of this round's own about
2022 events (written for these tests, not copied from a report). Each family of phrasings has
several paraphrases, and negative cases say what must not give a row."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report


def _sides(text: str) -> list[str | None]:
    """The claimed_by_side of each evacuations row parse_report gives for ``text``."""
    ev = parse_report(text)["evacuations"]
    return [None if v != v else v for v in ev["claimed_by_side"]]


# a channel named by its owner in the title line: "posts from NAME's Telegram channel"; the
# owner writes the posts, so their unattributed sentences are the owner's (the side from the
# title's role)
@pytest.mark.parametrize(
    "title",
    [
        'Zaporizhzhia governor: "We hold" - posts from Oleksandr Starukh\'s Telegram channel, '
        "Monday, translated",
        "Kharkiv regional head - updates from Oleh Syniehubov's official Telegram channel",
        "Sumy governor: a day of shelling | posts by Dmytro Zhyvytskyi's Facebook page",
    ],
)
def test_posts_from_an_owners_channel_are_the_owners(title: str) -> None:
    text = (
        "date 2022-03-07\n"
        f"{title}\n\n"
        "[08:10] Good morning. The night was hard.\n\n"
        "[11:45] There is no organised evacuation from Orikhiv at the moment; we do not plan "
        "one.\n"
    )
    assert _sides(text) == ["UA"]


def test_posts_of_a_channel_with_no_owner_named_stay_unclaimed() -> None:
    # a channel with no person named: nobody to give the bare posts to
    text = (
        "date 2022-03-07\n"
        "Local news - posts from a city Telegram channel, Monday\n\n"
        "[11:45] There is no organised evacuation from Orikhiv at the moment.\n"
    )
    assert _sides(text) == [None]
