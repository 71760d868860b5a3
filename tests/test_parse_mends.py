"""Mends of faults found in review (sentences written for these tests): a body named after
its lower-case kind ("the rail carrier Ukrzaliznytsia"), the end of a transcript turn at a
separator line, the report date when nothing but the body gives it, the "the town" patterns,
"villages" before "the city" in any case, "Posts by NAME" lines."""

from __future__ import annotations

import pytest
from _rows import control_places

from analyst_kit import _attribution as attr
from analyst_kit import _parse_control
from analyst_kit._dates import report_date
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


def test_every_kind_of_the_pattern_passes_the_gate() -> None:
    # the cheap gate and the pattern are built from one list; the phrase goes through both
    # (np_is_speaker answers no for it when the gate leaves out its kind word)
    for kind in attr._LOWER_KINDS:
        np = f"the big {kind} Acmeco"
        assert attr._LOWER_KIND_BODY.match(np)
        assert attr.np_is_speaker(np), np


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


# --- 3. the report date from the body alone: never a planned date


def _body_date(text: str) -> str | None:
    return report_date(text)[0]


def test_planned_date_is_not_the_report_date() -> None:
    text = (
        "Ceasefire talks stall\n\n"
        "Ukrainian forces shelled Donetsk on June 12, 2024, officials said. "
        "Talks are planned for June 30."
    )
    assert _body_date(text) == "2024-06-12"


@pytest.mark.parametrize(
    "future",
    [
        "The next round of talks will be held on 25 March 2024.",
        "A second corridor is scheduled for 25 March 2024.",
        "Residents must leave by 25 March 2024.",
        "The ministry plans to reopen the bridge on 25 March 2024.",
    ],
)
def test_future_markers_never_give_the_date(future: str) -> None:
    text = (
        "Front update\n\nRussian troops entered Avdiivka on 17 February 2024, the ministry said. "
        + future
    )
    assert _body_date(text) == "2024-02-17"


@pytest.mark.parametrize(
    "past",
    [
        "Shelling hit homes next to the station on 5 May 2024, the mayor said.",
        "Troops entered the village and, the next day, 5 May 2024, raised their flag.",
        "On the next morning, 5 May 2024, the bridge was hit again.",
    ],
)
def test_next_to_a_place_or_the_next_day_is_no_plan(past: str) -> None:
    assert _body_date("Front update\n\n" + past) == "2024-05-05"


def test_next_week_is_a_plan() -> None:
    text = (
        "Front update\n\nTroops shelled Kupiansk on 3 May 2024. "
        "Talks resume next week, on 9 May 2024."
    )
    assert _body_date(text) == "2024-05-03"


def test_only_a_planned_date_gives_no_day() -> None:
    assert _body_date("Talks are scheduled for 30 June 2024.") is None


def test_first_full_date_of_the_opening() -> None:
    # the lead's dated event, not a later day the report goes on to mention
    text = (
        "Shelling on 2 March 2024 damaged homes in Kherson, the regional governor said in a "
        "statement, and power was cut to several districts on the right bank of the Dnipro.\n\n"
        "Repairs began on 4 March 2024, the utility said."
    )
    assert _body_date(text) == "2024-03-02"


def test_latest_past_date_when_the_opening_writes_no_year() -> None:
    # negative case of the rule above: yearless dates only, no plan among them
    text = "Strikes hit Kharkiv on 3 May and on 5 May, the mayor said. Buses left on 4 May."
    assert _body_date(text)[5:] == "05-05"


def test_past_date_before_a_will_clause_counts() -> None:
    # "will" after the date in its clause does not make the date a plan
    text = "Officials said on 5 May 2024 that the corridor from Vovchansk will open soon."
    assert _body_date(text) == "2024-05-05"


def test_dateline_still_wins_over_the_body() -> None:
    text = "KYIV, March 3, 2024 — Talks are planned for June 30, officials said."
    assert _body_date(text) == "2024-03-03"


def test_planned_month_gives_no_month() -> None:
    assert _body_date("The plant will reopen in June 2024, the operator said.") is None
    assert _body_date("The plant reopened in June 2024, the operator said.") == "2024-06-01"


# --- 4. "the town" / "the city": one shared pattern, two uses


@pytest.mark.parametrize(
    ("phrase", "city_only", "town_word"),
    [
        ("troops held the city.", True, True),
        ("the town remained calm", True, True),
        ("The City was quiet", True, True),
        ("the city's mayor said", True, False),  # only _TOWN_WORD leaves out a possessive
        ("the town’s council", True, False),
        ("the city of Kharkiv", False, False),
        ("the townhall", False, False),
        ("the village", False, False),
    ],
)
def test_town_patterns_share_their_words(phrase: str, city_only: bool, town_word: bool) -> None:
    low = phrase.lower()
    assert (_parse_control._CITY_ONLY.search(low) is not None) is city_only
    assert (_parse_control._TOWN_WORD.search(low) is not None) is town_word


# --- 5. "villages" before "the city" is found whatever its case, at both places that ask


def test_village_before_ignores_case() -> None:
    s = "VILLAGES near Bakhmut were shelled, and the city held."
    assert _parse_control._village_before(s, s.index("the city"))
    assert _parse_control._village_before(s.lower(), s.index("the city"))
    assert not _parse_control._village_before("Villagers fled Bakhmut, and the city held.", 30)
    assert not _parse_control._village_before("Bakhmut was shelled, and the city held.", 25)


def test_capitalised_villages_are_not_the_city() -> None:
    text = (
        "Russian forces attacked near Bakhmut and the VILLAGES of Yakovlivka and Bakhmutske, "
        "the general staff said, and the city remained in Ukrainian hands."
    )
    assert control_places(text) == {("Bakhmut", "UA", "UA")}


def test_city_without_villages_is_the_last_town_named() -> None:
    # negative case: no village named, the filter does not run
    text = (
        "Russian forces attacked near Bakhmut, the general staff said, and the city remained in "
        "Ukrainian hands."
    )
    assert control_places(text) == {("Bakhmut", "UA", "UA")}


# --- 6. "Posts by NAME" lines: the curated-table route and the posts-line route both stay
# (each decides the author of gold texts the other does not)


def _rows(text: str) -> list[dict]:
    claims = parse_report("date 2022-04-13\n" + text)["claims"]
    return claims[["speaker", "side", "speaker_role"]].to_dict("records")


def test_posts_by_a_curated_official_take_the_table_record() -> None:
    # the statement-title route looks the name up: the curated role and side
    text = (
        "MYKOLAIV | Telegram notes for Wednesday\n"
        "Posts by the head of the Mykolaiv regional military administration, Vitaliy Kim, and "
        "by the city mayor, translated.\n\n"
        "The water main to the city was cut by shelling overnight. Repair crews are working "
        "near the Inhulets river.\n"
    )
    rows = _rows(text)
    assert len(rows) == 2
    for r in rows:
        assert r == {
            "speaker": "Vitaliy Kim",
            "side": "UA",
            "speaker_role": "Governor of Mykolaiv region",
        }


def test_updates_from_an_unlisted_mayor_take_the_line_role() -> None:
    # no table record: the posts line itself gives the name and role
    text = (
        "Updates from Petro Hordiienko, mayor of Trostianets, translated.\n\n"
        "The bridge over the Boromlia river in Trostianets was blown up overnight.\n"
    )
    assert _rows(text) == [
        {"speaker": "Petro Hordiienko", "side": None, "speaker_role": "mayor of Trostianets"}
    ]


def test_posts_by_residents_name_no_author() -> None:
    # negative case: no person named, the bare sentence below stays the report's own (no
    # claim, where a named author's would be one)
    text = (
        "Posts by residents show smoke over Trostianets.\n\n"
        "The bridge over the Boromlia river in Trostianets was blown up overnight.\n"
    )
    assert _rows(text) == []
