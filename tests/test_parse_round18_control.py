"""Statements from the eighteenth session's control round (places a claim names only by a
description or through a group), each in wordings of its own (written for these tests, not
copied from a report): every wording of a group must give the group's rows, and the negative
cases must give none."""

from __future__ import annotations

import pytest

from tests._rows import control_places

# "the island" of a sentence naming no island: the island the report named before
_THE_ISLAND = [
    (
        "The Ukrainian navy said Russian marines had landed on Zmiinyi Island overnight. "
        "The island remains under the control of the Russian forces, Ukrainian officials said.",
        ("Snake Island", "RU", "UA"),
    ),
    (
        "Ukrainian Southern Command said its aircraft struck Snake Island again on Monday. "
        "Southern Command said the island was still occupied by Russian troops.",
        ("Snake Island", "RU", "UA"),
    ),
    (
        "The Russian defence ministry said its forces had landed on Zmiinyi Island. "
        "Ukrainian troops later recaptured the island, the Ukrainian navy said.",
        ("Snake Island", "UA", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _THE_ISLAND)
def test_the_island_is_the_island_named_before(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # no island named before: "the island" is no place
        "Ukrainian officials said the island was still occupied by Russian troops.",
        "The Ukrainian navy said Russian forces recaptured the island overnight.",
    ],
)
def test_the_island_without_an_island_named_gives_no_row(text: str) -> None:
    assert control_places(text) == set()


# "X, the island off Y, ...": Y only locates X
_ISLAND_OFF = [
    (
        "Zmiinyi, the island off Odesa that Russian troops abandoned in June, has been in "
        "Ukrainian hands since early July.",
        ("Snake Island", "UA"),
    ),
    (
        "Snake Island, the small island off Odesa, is under Ukrainian control again, officials "
        "in Kyiv said.",
        ("Snake Island", "UA"),
    ),
    (
        "Zmiinyi Island, a rocky islet off Odesa, remained in Russian hands on Friday, "
        "according to Ukrainian officials.",
        ("Snake Island", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _ISLAND_OFF)
def test_island_off_a_town_is_the_island(text: str, row: tuple) -> None:
    rows = {(p, c) for p, c, _ in control_places(text)}
    assert row in rows
    assert not any(p == "Odesa" for p, _ in rows)


# a group of settlements taken, then its members: "including A", "among them A"
_GROUP_MEMBERS = [
    (
        "Ukrainian officials said Ukrainian forces recaptured several settlements north-east "
        "of Kharkiv, including Tsyrkuny.",
        {("Tsyrkuny", "UA", "UA")},
    ),
    (
        "The Ukrainian General Staff said its troops had retaken dozens of settlements since "
        "the start of October, among them Dudchany.",
        {("Dudchany", "UA", "UA")},
    ),
    (
        "The Russian defence ministry said its troops had taken three villages near Bakhmut, "
        "including Opytne and Klishchiivka.",
        {("Opytne", "RU", "RU"), ("Klishchiivka", "RU", "RU")},
    ),
    (
        "The Russian defence ministry said on Tuesday that its forces had captured a number of "
        "villages in the area, among them Novomykhailivka.",
        {("Novomykhailivka", "RU", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), _GROUP_MEMBERS)
def test_group_members_are_taken(text: str, rows: set) -> None:
    got = control_places(text)
    assert rows <= got
    # the town that only locates the group is not taken
    assert not any(p in ("Kharkiv", "Bakhmut") for p, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # the group is shelled or left by residents: no control verb
        "Ukrainian officials said Russian shelling hit several villages near Kharkiv, "
        "including Tsyrkuny.",
        "Residents of several villages, including Dudchany, have fled, officials said.",
        "Ukrainian officials said aid reached dozens of settlements, among them Opytne.",
    ],
)
def test_group_members_without_control_verb_give_no_row(text: str) -> None:
    assert control_places(text) == set()


# "drove/pushed X back from Y": the side driving them back holds Y
_DRIVEN_BACK_FROM = [
    (
        "Ukrainian officials said Ukrainian units had driven Russian troops back from "
        "Vysokopillia.",
        ("Vysokopillia", "UA", "UA"),
    ),
    (
        "The Russian defence ministry said its troops had thrown Ukrainian units back from "
        "Klishchiivka.",
        ("Klishchiivka", "RU", "RU"),
    ),
    (
        "Ukrainian officials said Russian forces had been pushed back from Kyiv.",
        ("Kyiv", "UA", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _DRIVEN_BACK_FROM)
def test_driven_back_from_a_place(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_pushing_back_from_a_town_without_object_is_no_expulsion() -> None:
    # "troops pushed back from X toward Y": they moved, nobody was driven out by a side named
    rows = control_places(
        "Ukrainian officials said Russian troops pushed back from Izium toward Kupiansk."
    )
    assert ("Izium", "RU", "UA") not in rows


# "X remains a Russian town", "was and remains Ukrainian": the side named holds it
_REMAINS_A_SIDE_TOWN = [
    (
        "Russian-installed official Kirill Stremousov said Nova Kakhovka was and remains a "
        "Russian town.",
        ("Nova Kakhovka", "RU", "RU"),
    ),
    (
        "Ukrainian officials said Kupiansk remains a Ukrainian city.",
        ("Kupiansk", "UA", "UA"),
    ),
    (
        "The Russian-installed governor said Melitopol remained Russian territory.",
        ("Melitopol", "RU", "RU"),
    ),
    (
        "Ukrainian officials said Kherson has been and remains Ukrainian land.",
        ("Kherson", "UA", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _REMAINS_A_SIDE_TOWN)
def test_remains_a_side_town(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_is_a_ukrainian_town_describes_it() -> None:
    # "is a Ukrainian town, 120 km from ..." describes where it lies, claims no control
    assert (
        control_places("Ukrainian officials said Izium is a Ukrainian town, 120 km from Kharkiv.")
        == set()
    )


# a works then a place listed after it: both are held
_SITE_AND_PLACE = [
    (
        "The Russian defence ministry said the Zaporizhzhia nuclear power plant was guarded. "
        "Russian servicemen retained full control of the station and of Enerhodar, the Russian "
        "defence ministry said.",
        ("Enerhodar", "RU", "RU"),
    ),
    (
        "Ukrainian officials said Russian paratroopers had seized the airfield and the town of "
        "Hostomel.",
        ("Hostomel", "RU", "UA"),
    ),
    (
        "Ukrainian officials said Russian troops occupied the plant and Enerhodar on Friday.",
        ("Enerhodar", "RU", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _SITE_AND_PLACE)
def test_site_then_place_listed(text: str, row: tuple) -> None:
    assert row in control_places(text)


# "after taking X": a take verb in its -ing form
_AFTER_TAKING = [
    (
        "British intelligence said Russia was likely reconstituting its forces after taking "
        "Lysychansk.",
        ("Lysychansk", "RU", "GB"),
    ),
    (
        "The Russian defence ministry said its units were regrouping after taking Marinka.",
        ("Marinka", "RU", "RU"),
    ),
    (
        "Ukrainian officials said Ukrainian brigades were resting after taking Balakliia on Friday.",
        ("Balakliia", "UA", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _AFTER_TAKING)
def test_after_taking_a_place(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_taking_part_is_no_take() -> None:
    assert (
        control_places(
            "The Russian defence ministry said it was taking no part in the talks in Istanbul."
        )
        == set()
    )


# "the city" of officials seated in a town, said to stay "under control" with no holder named:
# the town, held by the officials' own side
_SEATED_CITY_UNDER_CONTROL = [
    (
        "Russian occupation officials in Svatove said that the city remained firmly under control.",
        ("Svatove", "RU", "RU"),
    ),
    (
        "Russian-installed officials in Svatove denied plans to evacuate residents and said the "
        'city remained "firmly under control".',
        ("Svatove", "RU", "RU"),
    ),
    (
        "Ukrainian authorities in Kupiansk said the town is still fully under control.",
        ("Kupiansk", "UA", "UA"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _SEATED_CITY_UNDER_CONTROL)
def test_seated_officials_city_under_control(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_seated_officials_city_under_named_holder() -> None:
    # the holder named: the occupiers, not the speaker's side
    rows = control_places(
        "Ukrainian authorities in Kupiansk said the town was under control of the occupiers."
    )
    assert ("Kupiansk", "RU", "UA") in rows


def test_seated_officials_other_town_named_is_that_town() -> None:
    # the sentence names another town after the speaker: "the town" is that one
    rows = control_places(
        "Ukrainian officials in Kramatorsk said Russian troops had entered Lyman and the town "
        "was lost."
    )
    assert not any(p == "Kramatorsk" for p, _, _ in rows)


# a hold cue after an expulsion in the same clause still counts
_EXPEL_THEN_HELD = [
    (
        "The Ukrainian General Staff said the enemy had been pushed back from Mykolaiv towards "
        "Kherson, where Russian forces have held the city since early March.",
        ("Kherson", "RU", "UA"),
    ),
    (
        "Ukrainian officials said Russian units were driven back from Vysokopillia towards "
        "Nova Kakhovka, which Russian troops still hold.",
        ("Nova Kakhovka", "RU", "UA"),
    ),
    (
        "The Russian defence ministry said Ukrainian units were thrown back from Klishchiivka "
        "towards Bakhmut, where Ukrainian forces still hold the town centre.",
        ("Bakhmut", "UA", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _EXPEL_THEN_HELD)
def test_hold_after_expulsion(text: str, row: tuple) -> None:
    assert row in control_places(text)


# "took (several) blocks of X": ground taken in part of X
_BLOCKS_OF = [
    (
        "The Russian defence ministry said its troops have taken several more blocks of Rubizhne.",
        ("Rubizhne", "RU", "RU"),
    ),
    (
        "Ukrainian officials said Russian forces took two neighbourhoods of Sievierodonetsk "
        "overnight.",
        ("Sievierodonetsk", "RU", "UA"),
    ),
    (
        "The Wagner chief said his fighters had taken the northern quarters of Bakhmut.",
        ("Bakhmut", "RU", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _BLOCKS_OF)
def test_blocks_of_a_town_taken(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_blocks_of_flats_hit_is_no_take() -> None:
    assert (
        control_places(
            "Ukrainian officials said Russian shelling hit several blocks of flats in Kharkiv."
        )
        == set()
    )


# the group's members are read for any control verb, a withdrawal too: the other side holds them
_GROUP_GIVEN_UP = [
    (
        "Ukrainian officials said Russian troops gave up several towns, among them Izium.",
        ("Izium", "UA", "UA"),
    ),
    (
        "The Ukrainian General Staff said Russian units abandoned a number of villages east of "
        "Kharkiv, including Tsyrkuny.",
        ("Tsyrkuny", "UA", "UA"),
    ),
    (
        "British intelligence said Russian forces had likely withdrawn from several settlements "
        "on the right bank, including Dudchany.",
        ("Dudchany", "UA", "GB"),
    ),
]


@pytest.mark.parametrize(("text", "row"), _GROUP_GIVEN_UP)
def test_group_members_given_up(text: str, row: tuple) -> None:
    assert row in control_places(text)
