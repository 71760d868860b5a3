"""Round 24: the twentieth session's fixes. They came from sentence-template batteries (one
control statement said many ways: force nouns, quotes, tenses, small villages) rather than
from single reports, so each is a general rule. Wordings of my own."""

from __future__ import annotations

import pytest

from analyst_kit.gazetteer import find_places
from tests._rows import control_rows

# --- places: villages whose names read like surnames ----------------------------------------


def _mentions(text: str) -> list[str]:
    return [r["mention"] for r in find_places(text, as_records=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Ternova is in the grey zone, officials said.",
        "Officials said Ternova was liberated on Sunday.",
        "Officials said Ternova fell to Russian forces.",
        "Officials said Ternova remains occupied.",
        "Officials said Russian forces controlled Ternova.",
        "Officials said the Russians fled Ternova.",
        "Officials said Russian forces failed to capture Ternova.",
    ],
)
def test_a_surname_shaped_village_with_a_ground_verb_is_a_place(text: str) -> None:
    # "Ternova" reads like a woman's surname; a verb of holding or taking ground, or a
    # predicate only ground has, says it is the village
    assert "Ternova" in _mentions(text)


def test_a_surname_shaped_village_placed_once_is_the_village_wherever_it_recurs() -> None:
    text = "Fighting continues near Ternova. Officials said Ternova had no power."
    assert _mentions(text) == ["Ternova", "Ternova"]


@pytest.mark.parametrize(
    "text",
    [
        "Olena Ternova said the shelling went on all night.",
        "Journalist Olena Ternova was there. Ternova said the shelling went on all night.",
        "Ternova said the shelling went on all night.",
    ],
)
def test_a_person_so_named_stays_a_person(text: str) -> None:
    assert "Ternova" not in _mentions(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The General Staff said its units repelled an assault on Verkhnokamianske.",
         "Verkhnokamianske"),
        ("Ukrainian forces beat off attacks on Dorozhnianka overnight.", "Dorozhnianka"),
        ("Fighting continued on the outskirts of Ploshchanka.", "Ploshchanka"),
        ("Russian units were advancing towards Chervonopopivka, the ministry said.",
         "Chervonopopivka"),
        ("The battle for Paraskoviivka went on for a week.", "Paraskoviivka"),
    ],
)  # fmt: skip
def test_a_village_the_gazetteer_lacks_is_found_after_words_of_fighting_for_ground(
    text: str, name: str
) -> None:
    assert name in _mentions(text)


def test_fighting_words_before_a_common_word_find_no_place() -> None:
    text = "The attack on Monday killed two people. Troops moved towards The Hague."
    assert "Monday" not in _mentions(text)


# --- control: the same claim said another way ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Governor Oleh Syniehubov said Russian troops controlled "about 60 percent" of Kupiansk.',
        'Governor Oleh Syniehubov said Russian troops had taken "about 60 percent" of Kupiansk.',
        'Governor Oleh Syniehubov said Russian forces took "60%" of Kupiansk.',
    ],
)
def test_a_quoted_share_after_a_force_and_its_verb_is_the_forces_share(text: str) -> None:
    # the quote opens on the object: troops (people) are not what is held here
    assert ("Kupiansk", "RU", 0.6, "UA") in control_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Syniehubov said Kupiansk is temporarily occupied.",
        "Governor Oleh Syniehubov said Kupiansk is partly occupied.",
    ],
)
def test_a_town_temporarily_occupied_is_held_by_the_speakers_enemy(text: str) -> None:
    assert ("Kupiansk", "RU", None, "UA") in control_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Syniehubov said Russian assault groups entered Kupiansk.",
        "Governor Oleh Syniehubov said Russian infantry entered Kupiansk.",
    ],
)
def test_assault_groups_and_infantry_are_forces(text: str) -> None:
    assert ("Kupiansk", "RU", None, "UA") in control_rows(text)


def test_sabotage_or_infiltration_groups_take_no_ground() -> None:
    text = "President Volodymyr Zelensky said Russian sabotage groups had entered Kyiv."
    assert control_rows(text) == set()


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Governor Oleh Syniehubov said Russian troops are consolidating in Kupiansk.",
         ("Kupiansk", "RU", None, "UA")),
        ("Denis Pushilin said our fighters have consolidated in Kupiansk.",
         ("Kupiansk", "RU", None, "RU")),
    ],
)  # fmt: skip
def test_forces_consolidating_in_a_town_hold_it(text: str, row: tuple) -> None:
    assert row in control_rows(text)


def test_an_attempt_to_consolidate_is_no_hold() -> None:
    text = "Governor Oleh Syniehubov said Russian troops tried to consolidate in Kupiansk."
    assert not any(r[1] == "RU" for r in control_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Syniehubov said Russian troops had not been able to capture Kupiansk.",
        "Governor Oleh Syniehubov said Russian troops have not been able to take Kupiansk.",
        "Governor Oleh Syniehubov said Russian troops were not able to enter Kupiansk.",
    ],
)
def test_not_able_to_take_a_town_leaves_it_to_the_other_side(text: str) -> None:
    # before, "have not been able to take X" read as the take itself (Russia holds X)
    assert ("Kupiansk", "UA", None, "UA") in control_rows(text)
    assert not any(r[1] == "RU" for r in control_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Syniehubov said neither side controls Kupiansk.",
        "Governor Oleh Syniehubov said neither side fully controls Kupiansk now.",
        "Governor Oleh Syniehubov said neither side holds Kupiansk.",
    ],
)
def test_ground_neither_side_controls_has_no_holder(text: str) -> None:
    assert control_rows(text) == {("Kupiansk", None, None, "UA")}
