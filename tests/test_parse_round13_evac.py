"""Round 13, evacuations: who claims an evacuation row in a compilation of statements, each
item under a numbered heading that names its speaker ("2. NAME, TITLE, Telegram, Monday")."""

from __future__ import annotations

import pytest

from analyst_kit import _attribution as attr
from analyst_kit._sentences import split_sentences
from analyst_kit.parse import parse_report
from tests._rows import evac_sides


def test_list_item_number_is_no_sentence_of_its_own() -> None:
    # "1. NAME, TITLE": the number opens the heading's line, not a sentence "1."
    text = "1. Russian Ministry of Defence, statement on Monday\nThe corridor is open."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "1. Russian Ministry of Defence, statement on Monday",
        "The corridor is open.",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        # a body with a bracketed gloss naming its officer, and when the statement came
        "1. Russian Defence Ministry (Lieutenant General Ivan Petrov, head of the centre), "
        "statement issued on Tuesday night",
        # a curated official with a long title, the channel and the time after it
        "3. Maria Zakharova, spokeswoman of the Ministry of Foreign Affairs of the Russian "
        "Federation and head of its information department, Telegram, Friday afternoon",
        # a curated spokesman's surname line and a time
        "2. Igor Konashenkov, Sunday evening",
    ],
)
def test_numbered_heading_names_the_speaker_of_its_item(heading: str) -> None:
    text = (
        "date 2023-05-10\n"
        "Statements on the Vasylivka route, compiled by our desk\n\n"
        f"{heading}\n"
        "A humanitarian corridor from Vasylivka to Melitopol will be open from 09:00 for "
        "civilians.\n"
    )
    assert evac_sides(text) == ["RU"]


@pytest.mark.parametrize(
    "heading,sentence",
    [
        (
            "4. Kramatorsk city council (statement on its website)",
            "About 3,000 residents were evacuated from Kramatorsk by train on Monday.",
        ),
        (
            "2. Pavlo Kyrylenko, head of the Donetsk regional military administration and "
            "chair of the regional defence council, Telegram, Wednesday morning",
            "Buses are still not being allowed into Toretsk, so people cannot leave.",
        ),
        (
            "5. Serhiy Haidai, Facebook, Monday",
            "More than 400 people left Hirske in their own cars on Monday.",
        ),
    ],
)
def test_numbered_heading_gives_ukrainian_items_their_side(heading: str, sentence: str) -> None:
    text = f"date 2022-06-02\nWhat each side said\n\n{heading}\n{sentence}\n"
    assert evac_sides(text) and set(evac_sides(text)) == {"UA"}


def test_heading_without_a_speaker_lends_no_side() -> None:
    # "3. Background, Tuesday": a rubric names no speaker; the item's rows stay unclaimed
    text = (
        "date 2022-06-02\nWhat each side said\n\n"
        "3. Background and earlier attempts\n"
        "About 200 civilians were evacuated from Orikhiv to Zaporizhzhia on Tuesday.\n"
    )
    assert evac_sides(text) == [None]


@pytest.mark.parametrize(
    "line",
    [
        "3. The column left Orikhiv at dawn",  # a numbered narrative line is no heading
        "2. Reception points in the city centre",
        "7. Residents of the occupied part of the district",
    ],
)
def test_numbered_narrative_line_is_no_speaker(line: str) -> None:
    assert attr.section_speaker(line) is None


def test_lower_case_town_body_heading_is_a_speaker() -> None:
    # a heading may write a town's council or administration in lower case
    for line in ("7. Mariinka town council (in exile)", "2. Bakhmut city military administration"):
        found = attr.section_speaker(line)
        assert found is not None and found["np"].split()[0] in ("Mariinka", "Bakhmut")


def _rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(origin, destination, status) of each evacuations row for one dated sentence."""
    df = parse_report(f"date 2022-06-02\n\n{text}\n")["evacuations"]
    return [tuple(r) for r in df[["origin", "destination", "status"]].itertuples(index=False)]


@pytest.mark.parametrize(
    "sentence,origin",
    [
        # one service, present tense, a frequency after it
        ("The evacuation train leaves Kramatorsk every day, the governor said.", "Kramatorsk"),
        ("An evacuation train departs from Sloviansk each morning, the mayor said.", "Sloviansk"),
        # a service kept going, future and present
        (
            "Evacuation trains will keep leaving Kharkiv through the night, the railway said.",
            "Kharkiv",
        ),
        ("Evacuation buses keep running from Orikhiv to Zaporizhzhia, officials said.", "Orikhiv"),
        # a scheduled service named by its frequency before the noun
        ("A daily evacuation train runs from Pokrovsk to Lviv, the governor said.", "Pokrovsk"),
        (
            "A regular evacuation bus leaves Huliaipole for Zaporizhzhia, officials said.",
            "Huliaipole",
        ),
    ],
)
def test_scheduled_evacuation_service_is_ongoing(sentence: str, origin: str) -> None:
    rows = _rows(sentence)
    assert [(o, st) for o, _, st in rows] == [(origin, "ongoing")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bus to Kramatorsk leaves every day at noon, the timetable said.",
        "Trains keep running between Lviv and Przemysl, the railway said.",
    ],
)
def test_ordinary_timetable_is_no_evacuation(sentence: str) -> None:
    assert _rows(sentence) == []


def test_service_that_stopped_is_not_ongoing() -> None:
    rows = _rows("Evacuation trains stopped running from Sloviansk on Monday, the governor said.")
    assert rows and all(st != "ongoing" for _, _, st in rows)


@pytest.mark.parametrize(
    "sentence,origin",
    [
        (
            "The corridor announced by Moscow for civilians sheltering at the Azot chemical "
            "plant in Sievierodonetsk was due to open at 8am.",
            "Azot chemical plant",
        ),
        (
            "The route proposed by Kyiv would take civilians from Mariupol to Zaporizhzhia, "
            "the ICRC said.",
            "Mariupol",
        ),
        (
            "A ceasefire offered by Moscow was meant to let civilians leave Sumy, officials said.",
            "Sumy",
        ),
    ],
)
def test_capital_as_agent_is_no_origin(sentence: str, origin: str) -> None:
    # "announced by Moscow", "proposed by Kyiv": the government acting, not where people leave
    assert [o for o, _, _ in _rows(sentence)] == [origin]


def test_place_after_other_by_is_still_a_place() -> None:
    # "surrounded by X" names no agent: the place still counts
    rows = _rows("Civilians were evacuated from the villages surrounded by Izium, officials said.")
    assert [o for o, _, _ in rows] == ["Izium"]


@pytest.mark.parametrize(
    "sentence,origin,destination",
    [
        (
            "In Lysychansk, on the high right bank, the governor said evacuation buses were "
            "still leaving when the shelling paused, taking people toward Bakhmut.",
            "Lysychansk",
            "Bakhmut",
        ),
        (
            "In Kherson, on the right bank, buses were taking residents to Mykolaiv, "
            "officials said.",
            "Kherson",
            "Mykolaiv",
        ),
        (
            "In Oleshky, on the left bank of the Dnipro, volunteers said they had evacuated "
            "40 people to Kherson.",
            "Oleshky",
            "Kherson",
        ),
    ],
)
def test_bank_apposed_to_a_town_locates_the_town(
    sentence: str, origin: str, destination: str
) -> None:
    # "In X, on the right bank, ...": the bank says where X lies; X is where people leave
    assert [(o, d) for o, d, _ in _rows(sentence)] == [(origin, destination)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Buses were taking civilians from the left bank to Kherson, officials said.",
        "Officials urged people on the left bank to leave, the governor said.",
    ],
)
def test_bank_people_leave_is_still_the_origin(sentence: str) -> None:
    assert [o for o, _, _ in _rows(sentence)] == ["left bank"]


@pytest.mark.parametrize(
    "sentence,origin",
    [
        (
            "The ICRC says its team is ready to lead the passage out of Berdiansk on Monday, "
            "provided that all parties agree on the exact terms.",
            "Berdiansk",
        ),
        (
            "The UN said it could organise the evacuation of civilians from Sumy if both sides "
            "agree on a route.",
            "Sumy",
        ),
        (
            "Convoys could leave Enerhodar once the parties agree on a ceasefire, the ICRC said.",
            "Enerhodar",
        ),
    ],
)
def test_agreement_as_a_condition_is_no_agreement(sentence: str, origin: str) -> None:
    # "provided that / if / once the parties agree": an offer on a condition, not agreed
    assert _rows(sentence) == [(origin, None, "possible")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides have agreed a corridor from Sumy to Poltava, the ICRC said.",
        "Russia agreed to a corridor from Mariupol to Zaporizhzhia, Kyiv said.",
    ],
)
def test_agreement_told_as_done_is_agreed(sentence: str) -> None:
    assert [st for _, _, st in _rows(sentence)] == ["agreed"]


def test_open_corridor_with_ready_buses_stays_open() -> None:
    rows = _rows("The corridor from Sumy to Poltava is open and buses are ready, the ICRC said.")
    assert [st for _, _, st in rows] == ["open"]


@pytest.mark.parametrize(
    "sentence,origin",
    [
        ("The mayor said the remaining residents of Vuhledar must be evacuated.", "Vuhledar"),
        ("The mayor said a full evacuation of Avdiivka is needed.", "Avdiivka"),
        ("The mayor said residents of Avdiivka need to leave.", "Avdiivka"),
        (
            "About 3,000 children still need to be taken out of Kupiansk, the governor said.",
            "Kupiansk",
        ),
        ("Evacuation of Orikhiv was urgently required, the governor said.", "Orikhiv"),
        ("The evacuation of Kupiansk is essential now, the governor said.", "Kupiansk"),
    ],
)
def test_evacuation_said_to_be_needed_is_requested(sentence: str, origin: str) -> None:
    # "must be evacuated", "need to leave", "an evacuation is needed": a call to leave
    assert _rows(sentence) == [(origin, None, "requested")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of Kupiansk do not need to leave, the governor said.",
        "There was no need to evacuate Zaporizhzhia, the governor said.",
    ],
)
def test_no_need_to_leave_is_no_request(sentence: str) -> None:
    assert all(st != "requested" for _, _, st in _rows(sentence))
