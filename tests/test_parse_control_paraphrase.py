"""Control rows that must survive a change of wording: the same fact told with another verb,
in the passive, with "no longer", "entirely" or "hanging on to". Each family holds sentences a
different reporter might write for one control statement, and a case where the rule must not
fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from _rows import control_places, control_rows

# --- "retained / gained / maintained / established control of X": the place is the object ------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukrainian forces retained control of Bakhmut, the General Staff said.",
            ("Bakhmut", "UA", "UA"),
        ),
        (
            "Russian troops gained control of Soledar, the Russian defence ministry said.",
            ("Soledar", "RU", "RU"),
        ),
        (
            "The General Staff said Ukrainian units maintain control over Kupiansk.",
            ("Kupiansk", "UA", "UA"),
        ),
        (
            "According to the Russian defence ministry, Russian forces have established control "
            "over Melitopol.",
            ("Melitopol", "RU", "RU"),
        ),
    ],
)
def test_control_of_after_a_foothold_verb_names_the_place(text: str, want: tuple) -> None:
    assert want in control_places(text)


def test_established_full_control_is_all_of_it() -> None:
    got = control_rows(
        "Russia's defence ministry said its units had established full control over Melitopol."
    )
    assert ("Melitopol", "RU", 1.0, "RU") in got


def test_a_foothold_near_a_place_is_still_not_the_place() -> None:
    # "gained a foothold in a tree line north of X": the tree line, not X
    got = control_places(
        "Russian troops gained a foothold in a tree line north of Soledar, the Russian defence "
        "ministry said."
    )
    assert not any(p == "Soledar" for p, _, _ in got)


# --- "X is no longer under Ukrainian control / in Ukrainian hands": the other side's ----------


@pytest.mark.parametrize(
    "text",
    [
        "Toshkivka is no longer under Ukrainian control, governor Serhiy Haidai wrote.",
        "Governor Serhiy Haidai said Toshkivka was no longer in Ukrainian hands.",
        "Toshkivka is no longer fully under the control of the Ukrainian army, governor Serhiy "
        "Haidai said.",
    ],
)
def test_no_longer_under_a_sides_control_is_the_other_sides(text: str) -> None:
    got = control_places(text)
    assert ("Toshkivka", "RU", "UA") in got
    assert not any(c == "UA" for p, c, _ in got if p == "Toshkivka")


def test_no_longer_under_occupation_is_freed() -> None:
    got = control_places(
        "Governor Serhiy Haidai said Toshkivka was no longer under Russian occupation."
    )
    assert ("Toshkivka", "UA", "UA") in got


def test_a_fire_no_longer_under_control_is_no_ground() -> None:
    got = control_places(
        "Governor Serhiy Haidai said the fire in Toshkivka is no longer under control."
    )
    assert got == set()


def test_still_under_control_keeps_its_side() -> None:
    # no "no longer": the side named holds it
    got = control_places(
        "Toshkivka is still under Ukrainian control, governor Serhiy Haidai wrote."
    )
    assert ("Toshkivka", "UA", "UA") in got


# --- "entirely / wholly in Ukrainian hands": all of it -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Siversk is entirely in Ukrainian hands, military spokesman Serhii Cherevatyi said.",
        "Military spokesman Serhii Cherevatyi said Siversk was wholly under Ukrainian control.",
        "Siversk remains completely in Ukrainian hands, Serhii Cherevatyi said.",
    ],
)
def test_entirely_or_wholly_held_is_a_full_share(text: str) -> None:
    assert ("Siversk", "UA", 1.0, "UA") in control_rows(text)


def test_an_entirely_new_assault_is_no_share() -> None:
    got = control_rows(
        "Serhii Cherevatyi said Ukrainian forces still hold Siversk and repelled an entirely "
        "new assault."
    )
    assert ("Siversk", "UA", None, "UA") in got


# --- "X had been won back / taken back": the passive of "retook" -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian defence ministry said Hostomel had been taken back.",
        "Hostomel was won back by Ukrainian troops, the Ukrainian defence ministry said.",
        "Ukraine's defence ministry said that Hostomel has now been won back.",
    ],
)
def test_taken_back_or_won_back_is_retaken(text: str) -> None:
    assert ("Hostomel", "UA", "UA") in control_places(text)


def test_people_taken_back_are_no_ground() -> None:
    got = control_places(
        "The Ukrainian defence ministry said residents of Hostomel had been taken back to "
        "their homes."
    )
    assert not any(c == "UA" and p == "Hostomel" for p, c, _ in got)


def test_a_share_taken_in_the_passive_keeps_its_share() -> None:
    got = control_rows(
        "Some 70% of the Donetsk region has been taken, Sergei Rudskoy told reporters."
    )
    assert ("Donetsk oblast", "RU", 0.7, "RU") in got
    got = control_rows("Sergei Rudskoy said half of the Donetsk region had been taken.")
    assert ("Donetsk oblast", "RU", 0.5, "RU") in got


# --- "holding on to X", "hanging on to X", "clinging to X": held --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian defenders are holding on to Lysychansk, governor Serhiy Haidai said.",
        "Governor Serhiy Haidai said Ukrainian troops were hanging on to Lysychansk.",
        "Ukrainian units are still clinging to Lysychansk, governor Serhiy Haidai said.",
        "Governor Serhiy Haidai said the Ukrainian army was holding onto Lysychansk.",
    ],
)
def test_holding_or_hanging_on_to_a_place_holds_it(text: str) -> None:
    assert ("Lysychansk", "UA", "UA") in control_places(text)


def test_people_clinging_to_hope_hold_no_ground() -> None:
    got = control_places(
        "Civilians in Lysychansk are clinging on to life in basements, governor Serhiy Haidai said."
    )
    assert got == set()


def test_failing_to_hold_on_to_a_place_is_not_holding_it() -> None:
    got = control_places(
        "Ukrainian troops failed to hold on to Lysychansk, governor Serhiy Haidai said."
    )
    assert ("Lysychansk", "UA", "UA") not in got


# --- "X had not been taken", said by its defenders: their claim that they still hold it --------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Ukraine's Eastern Group of Forces said Marinka had not been taken.",
        "Ukraine's General Staff said Marinka has not been taken by Russian troops.",
        "Marinka was not taken, Ukraine's General Staff said.",
    ],
)
def test_a_denied_passive_capture_is_the_deniers_hold(text: str) -> None:
    got = control_places(text)
    assert ("Marinka", "UA", "UA") in got
    assert ("Marinka", "RU", "UA") not in got


def test_people_not_taken_away_are_no_ground() -> None:
    got = control_places(
        "Ukraine's General Staff said residents of Marinka had not been taken to Russia."
    )
    assert got == set()


# --- "freed X": liberated ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces have freed Andriivka, the General Staff of Ukraine said.",
        "Andriivka has been freed, Ukraine's General Staff said.",
        "Ukraine's General Staff said its units were freeing Andriivka street by street.",
    ],
)
def test_freed_a_place_is_liberated(text: str) -> None:
    assert ("Andriivka", "UA", "UA") in control_places(text)


def test_freed_people_are_no_ground() -> None:
    got = control_places(
        "Ukrainian forces freed 20 prisoners in Andriivka, the General Staff said."
    )
    assert ("Andriivka", "UA", "UA") not in got


# --- unnamed ground taken: not the place named before or the region after ----------------------


def test_an_unnamed_settlement_in_a_region_is_not_the_region() -> None:
    got = control_places(
        "Zelensky said so. He also thanked a brigade for liberating a village in the Kharkiv "
        "region."
    )
    assert not any(p == "Kharkiv oblast" for p, _, _ in got)


def test_counted_settlements_held_in_a_region_still_count() -> None:
    got = control_places(
        "Alexei Smirnov told Vladimir Putin that Ukrainian forces controlled 28 settlements in "
        "the Kursk region."
    )
    assert ("Kursk oblast", "UA", "RU") in got


def test_the_defenders_of_a_region_who_freed_unnamed_ground_claim_no_region() -> None:
    got = control_places(
        "Valerii Zaluzhnyi thanked the defenders of the Kherson region who had freed a small "
        "but important stretch of the river bank."
    )
    assert not any(p == "Kherson oblast" for p, _, _ in got)
