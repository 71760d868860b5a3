"""Control rows on wording of reports the parser had not been tuned on (round 11): a place
located by a relative clause ("X, which lies 40 km north of Y, remained ..."), "occupied X"
in a speaker's words as that speaker's claim, "the occupied port of X", a transcript's "I'll
say" that is no new speaker, and a letterhead body whose unnamed official speaks for it. Each
family holds paraphrases a different reporter might write, and cases where the rule must not
fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import claim_rows, control_places

# --- "X, which lies 40 km north of Y, remained ...": X is the subject, Y only locates it ------


@pytest.mark.parametrize(
    "text, row, not_place",
    [
        (
            "Governor Oleh Syniehubov said Zolochiv, which lies about 50 km (31 miles) north-west "
            "of the city of Kharkiv, remained under Ukrainian control.",
            ("Zolochiv", "UA", "UA"),
            "Kharkiv",
        ),
        (
            "Ukrainian officials said Siversk, which is some 30 km east of Sloviansk, was still "
            "in Ukrainian hands.",
            ("Siversk", "UA", "UA"),
            "Sloviansk",
        ),
        (
            "The Russian Defence Ministry said Popasna, located 20 km south of Sievierodonetsk, "
            "had been captured by Russian troops.",
            ("Popasna", "RU", "RU"),
            "Sievierodonetsk",
        ),
    ],
)
def test_relative_locator_keeps_the_subject(text: str, row: tuple, not_place: str) -> None:
    got = control_places(text)
    assert row in got
    assert not any(p == not_place for p, _, _ in got)


# --- "occupied X" in a speaker's words: the speaker says the other side holds X ---------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Russian soldiers in occupied Melitopol detained two activists on Sunday, mayor Ivan "
            "Fedorov said.",
            ("Melitopol", "RU", "UA"),
        ),
        (
            "Ukraine's navy said it had struck a Russian patrol boat at the occupied port of "
            "Skadovsk.",
            ("Skadovsk", "RU", "UA"),
        ),
        (
            "Ukrainian officials said a convoy reached the occupied town of Nova Kakhovka "
            "overnight.",
            ("Nova Kakhovka", "RU", "UA"),
        ),
    ],
)
def test_occupied_town_in_a_speakers_words(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a title, no claim
        "The exiled mayor of occupied Melitopol, Ivan Fedorov, wrote that the airfield burned.",
        "Officials appointed by Russia in the occupied part of the region said schools reopened.",
    ],
)
def test_occupied_in_a_title_claims_nothing(text: str) -> None:
    assert control_places(text) == set()


# --- "I'll just say ...", "we'd say" in a transcript: the answerer, not a new speaker -----------


@pytest.mark.parametrize("line", ["I'll just say they have been very careful.",
                                  "We'd say the situation is unchanged."])  # fmt: skip
def test_contracted_pronoun_is_no_speaker(line: str) -> None:
    text = (
        "MINISTRY SPOKESMAN: Izium is still under Russian control. Both sides are shelling. " + line
    )
    speakers = {sp for sp, _, _ in claim_rows(text)}
    assert not any("'" in (sp or "") for sp in speakers)


# --- a letterhead body's unnamed official speaks for it -----------------------------------------


@pytest.mark.parametrize(
    "letterhead, label",
    [
        ("U.S. Department of Defense", "SENIOR DEFENSE OFFICIAL"),
        ("US Department of Defense", "SENIOR MILITARY OFFICIAL"),
    ],
)
def test_letterhead_gives_its_officials_a_side(letterhead: str, label: str) -> None:
    text = (
        f"date 2022-03-05\n{letterhead}\nBackground Briefing on Ukraine\n\n"
        f"{label}: Chernihiv and Sumy are still under Ukrainian control.\n"
    )
    rows = parse_report(text)["control"].to_dict("records")
    got = {(r["place"], r["controller_side"], r["claimed_by_side"]) for r in rows}
    assert ("Chernihiv", "UA", "US") in got


def test_no_letterhead_no_side() -> None:
    text = (
        "date 2022-03-05\nBackground Briefing on Ukraine\n\n"
        "SENIOR DEFENSE OFFICIAL: Chernihiv and Sumy are still under Ukrainian control.\n"
    )
    rows = parse_report(text)["control"].to_dict("records")
    assert all(r["claimed_by_side"] != "US" for r in rows)
