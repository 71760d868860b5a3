"""Control rows from more phrasings of control claims: a side that "no longer controls" a
place, a capture or entry the speaker's side says has not happened, indirect questions and
objects that are no ground. Sentences written for these tests."""

from __future__ import annotations

from analyst_kit.parse import parse_report


def _rows(text: str) -> set[tuple]:
    """(place, controller_side, share, claimed_by_side) of the report's control rows."""
    t = parse_report("date 2024-05-01\n" + text)["control"]
    return {
        (
            r["place"],
            r["controller_side"],
            None if r["share"] is None or r["share"] != r["share"] else round(r["share"], 2),
            r["claimed_by_side"],
        )
        for r in t.to_dict("records")
    }


def _places(text: str) -> set[tuple]:
    """(place, controller_side, claimed_by_side) of the report's control rows."""
    return {(p, c, by) for p, c, _, by in _rows(text)}


# --- "no longer controls": the place has passed to the other side ------------------------------


def test_no_longer_controls_is_a_loss() -> None:
    got = _places("Oleh Syniehubov said Ukrainian troops no longer control Dvorichna.")
    assert got == {("Dvorichna", "RU", "UA")}


def test_no_longer_held_inside_a_quote() -> None:
    got = _places(
        'Serhiy Haidai wrote that Ukrainian defenders "regrettably no longer hold" Bilohorivka.'
    )
    assert ("Bilohorivka", "RU", "UA") in got


def test_no_longer_controlled_said_by_the_other_side() -> None:
    got = _places("Igor Konashenkov said Ukrainian units no longer controlled Robotyne.")
    assert got == {("Robotyne", "RU", "RU")}


def test_no_longer_with_another_verb_is_no_claim() -> None:
    assert (
        _rows("Oleh Syniehubov said Russian guns no longer shell Dvorichna every night.") == set()
    )


# --- a capture or entry denied in so many words -------------------------------------------------


def test_enemy_has_not_entered_a_region() -> None:
    got = _places(
        "Viktor Trehubov told reporters that Russian troops had not entered the Kharkiv region."
    )
    assert got == {("Kharkiv oblast", "UA", "UA")}


def test_enemy_did_not_capture_a_town() -> None:
    got = _places("Oleksandr Syrskyi said Russian forces did not take Pokrovsk.")
    assert got == {("Pokrovsk", "UA", "UA")}


def test_own_side_not_having_taken_a_town_is_no_claim() -> None:
    # the speaker's own forces not having taken a place says nothing of who holds it
    assert _rows("Oleksandr Syrskyi said Ukrainian forces have not captured Tokmak.") == set()


def test_entered_a_region_with_its_article() -> None:
    got = _places("Igor Konashenkov said Russian troops had entered the Dnipropetrovsk region.")
    assert ("Dnipropetrovsk oblast", "RU", "RU") in got
