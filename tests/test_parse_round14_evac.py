"""Round 14, evacuations: statements about evacuations in wordings of this round's own about
2022 events (written for these tests, not copied from a report). Each family of phrasings has
several paraphrases, and negative cases say what must not give a row."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import evac_rows, evac_sides


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
    assert evac_sides(text) == ["UA"]


def test_posts_of_a_channel_with_no_owner_named_stay_unclaimed() -> None:
    # a channel with no person named: nobody to give the bare posts to
    text = (
        "date 2022-03-07\n"
        "Local news - posts from a city Telegram channel, Monday\n\n"
        "[11:45] There is no organised evacuation from Orikhiv at the moment.\n"
    )
    assert evac_sides(text) == [None]


def _statuses(text: str) -> list[tuple]:
    """(origin, status) of each evacuations row of ``text``."""
    return [(r[0], r[3]) for r in evac_rows(text)]


# an evacuation announced with its transport and destination is transport laid on: open
@pytest.mark.parametrize(
    "text,origin",
    [
        ("The regional head announced a free evacuation of Kupiansk residents by bus to Kharkiv.",
         "Kupiansk"),
        ("The city council has announced the evacuation of children from Orikhiv on special "
         "buses to Zaporizhzhia.", "Orikhiv"),
        ("Officials are announcing another evacuation of Izium residents by train to Kharkiv "
         "this weekend.", "Izium"),
    ],
)  # fmt: skip
def test_announced_evacuation_with_transport_is_open(text: str, origin: str) -> None:
    assert _statuses(text) == [(origin, "open")]


@pytest.mark.parametrize(
    "text,origin",
    [
        # no transport named: the announcement is an order to go
        ("Pushilin announced the evacuation of residents from Donetsk to Russia.", "Donetsk"),
        ("The governor announced the mandatory evacuation of families from Siversk.", "Siversk"),
    ],
)
def test_announced_evacuation_without_transport_stays_an_order(text: str, origin: str) -> None:
    assert _statuses(text) == [(origin, "requested")]


# a count of people gone "through agreed corridors": the corridor is how they left, the
# sentence says they left
@pytest.mark.parametrize(
    "text,origin",
    [
        ("The mayor said around 5,000 people had been evacuated from Irpin over the previous "
         "day through agreed corridors.", "Irpin"),
        ("About 2,000 civilians left Sumy along the agreed route on Tuesday, the governor said.",
         "Sumy"),
        ("Some 40 buses brought people out of Enerhodar via the agreed humanitarian corridor "
         "yesterday.", "Enerhodar"),
    ],
)  # fmt: skip
def test_left_through_agreed_corridors_is_completed(text: str, origin: str) -> None:
    assert _statuses(text) == [(origin, "completed")]


def test_a_corridor_agreed_stays_agreed() -> None:
    # the agreement itself is the news
    text = "Russia and Ukraine have agreed a corridor from Mariupol to Zaporizhzhia."
    assert _statuses(text) == [("Mariupol", "agreed")]


# a transcript's turn under the answerer's surname in capitals ("NAME: ...") is that person's,
# with the side their introduction gave them
@pytest.mark.parametrize(
    "intro,turn",
    [
        ("Oleksandr Prokudin, head of the Kherson regional administration, said the city was "
         "under fire.", "PROKUDIN: There is no organised evacuation from Beryslav at the moment."),
        ("Ivan Fedorov, the mayor of Melitopol, told the programme the occupiers were "
         "searching homes.", "FEDOROV: No evacuation from Beryslav is possible - the occupiers "
         "do not allow one."),
        ("Serhiy Lysak, head of the Dnipropetrovsk regional administration, said shelling "
         "went on all night.", "LYSAK: There is still no safe way out of Beryslav for "
         "civilians."),
    ],
)  # fmt: skip
def test_capitals_surname_turn_is_the_introduced_speakers(intro: str, turn: str) -> None:
    text = f"date 2022-11-20\nINTERVIEW | On the front line\n\n{intro}\n\nQ: Can people leave?\n{turn}\n"
    assert evac_sides(text) == ["UA"]


@pytest.mark.parametrize(
    "rubric", ["UPDATE", "BREAKING", "NOTE", "QUESTION", "MODERATOR", "REPORTER"]
)
def test_capitals_rubric_names_no_speaker(rubric: str) -> None:
    # a rubric in capitals before a colon is no one: the line stays unclaimed
    text = (
        "date 2022-11-20\nLive updates\n\n"
        f"{rubric}: There is no organised evacuation from Beryslav at the moment.\n"
    )
    assert evac_sides(text) == [None]


# a railway company named in the plural by its country and kind ("Ukrainian state railways",
# "Polish Railways") is a body speaking, with the country's side
@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian state railways (Ukrzaliznytsia) says evacuation trains are still leaving "
        "Kramatorsk for Lviv.",
        "12:20 Ukrainian state railways said extra evacuation trains were leaving Pokrovsk for "
        "Dnipro.",
        "Ukrainian national railways reported that evacuation trains from Sloviansk were still "
        "running.",
    ],
)
def test_state_railways_speak_for_their_country(sentence: str) -> None:
    assert evac_sides(f"date 2022-04-10\nLive\n\n{sentence}\n") == ["UA"]


def test_railways_damaged_are_no_speaker() -> None:
    # the railways as a thing struck, not a speaker: the governor speaks
    text = "date 2022-04-10\nLive\n\nThe railways near Lozova were damaged, the governor said.\n"
    assert [s for s, _ in parse_report(text)["claims"][["speaker", "side"]].values] == ["governor"]


# a way out said not to exist: "no possibility of evacuating", "no way of getting people out"
@pytest.mark.parametrize(
    "text,origin",
    [
        ("The mayor said there is, for now, no possibility of evacuating civilians from Irpin.",
         "Irpin"),
        ("Officials said there was no way of evacuating residents from Bucha.", "Bucha"),
        ("The governor said there was no chance to take the wounded out of Avdiivka.",
         "Avdiivka"),
    ],
)  # fmt: skip
def test_no_means_to_leave_is_impossible(text: str, origin: str) -> None:
    assert _statuses(text) == [(origin, "impossible")]


def test_no_reason_to_panic_is_no_denial() -> None:
    # "no" about something else: the evacuation going on stays ongoing
    text = "Buses were evacuating residents from Kupiansk, and there was no reason to panic."
    assert _statuses(text) == [("Kupiansk", "ongoing")]
