"""Round 15, evacuations: statements about evacuations in wordings of this round's own about
2022 events (written for these tests, not copied from a report). Each family of phrasings has
several paraphrases, and negative cases say what must not give a row."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import evac_rows, evac_sides


def _claim_texts(text: str) -> list[str]:
    """The text of each claim parse_report gives for ``text``."""
    return list(parse_report(text)["claims"]["text"])


# a digest's line that opens with whose posts follow, with no channel name before it: "Posts
# by the head of X, NAME, translated", "Updates from NAME, mayor of X": the bare posts below
# are that person's, the side from the role
@pytest.mark.parametrize(
    "line",
    [
        "Posts by the head of the Chernihiv regional military administration, Viacheslav "
        "Chaus, translated from Ukrainian and shortened.",
        "Updates from Viacheslav Chaus, head of the Chernihiv regional military administration "
        "(translated), with notes by our desk.",
        "Statements by the governor of Chernihiv region, Viacheslav Chaus, lightly edited.",
    ],
)
def test_a_line_naming_whose_posts_follow_gives_their_side(line: str) -> None:
    text = (
        "date 2022-03-12\n"
        "CHERNIHIV | Telegram digest, Saturday\n"
        f"{line}\n\n"
        "09:15 - The night was loud. Shelling hit the north of the city.\n\n"
        "13:40 - Yesterday about 1,200 people left Nizhyn in their own cars.\n"
    )
    assert evac_sides(text) == ["UA"]
    # the line itself is the compiler's, no claim of the official's
    assert not any(t.startswith(("Posts by", "Updates from", "Statements by")) for t in
                   _claim_texts(text))  # fmt: skip


def test_a_line_of_posts_by_nobody_named_gives_no_side() -> None:
    # no person named after "posts from": nobody to give the bare posts to
    text = (
        "date 2022-03-12\n"
        "CHERNIHIV | Telegram digest, Saturday\n"
        "Posts from several local channels, translated and shortened.\n\n"
        "13:40 - Yesterday about 1,200 people left Nizhyn in their own cars.\n"
    )
    assert evac_sides(text) == [None]


# a corridor whose route is named in full before its verb: "the corridor from A toward B in C
# region is working", "was not working", "would not open"
@pytest.mark.parametrize(
    ("sentence", "origin", "status"),
    [
        ("The green corridor from Nizhyn toward Pryluky in Chernihiv region is working today.",
         "Nizhyn", "open"),
        ("The humanitarian corridor out of Orikhiv through Stepnohirsk to the regional centre "
         "was functioning again on Sunday.", "Orikhiv", "open"),
        ("The corridor from Nizhyn toward Pryluky in Chernihiv region was not working on "
         "Monday.", "Nizhyn", "impossible"),
        ("The corridor from Nizhyn toward Pryluky in the south of the region would not open "
         "on Tuesday.", "Nizhyn", "impossible"),
    ],
)  # fmt: skip
def test_a_corridor_with_a_long_route_is_read(sentence: str, origin: str, status: str) -> None:
    rows = evac_rows(sentence)
    assert [(r[0], r[3]) for r in rows] == [(origin, status)]


def test_volunteers_working_in_a_corridor_town_are_no_corridor() -> None:
    # people at work are no corridor at work
    assert evac_rows("Volunteers from Nizhyn and Pryluky are working to repair the school.") == []


# a heading naming a body of no known side and, in brackets, the official speaking for it:
# "MINISTRY FOR X (Deputy Prime Minister NAME, 12:15)": the body's posts have NAME's side
@pytest.mark.parametrize(
    ("heading", "side"),
    [
        ("MINISTRY FOR REINTEGRATION (Deputy Prime Minister Iryna Vereshchuk, 09:20)", "UA"),
        ("Coordination Headquarters for Humanitarian Response (Iryna Vereshchuk, 16:05)", "UA"),
        ("INTERDEPARTMENTAL HUMANITARIAN HEADQUARTERS (Colonel General Mikhail Mizintsev, "
         "10:00)", "RU"),
    ],
)  # fmt: skip
def test_a_headings_gloss_gives_a_bodys_side(heading: str, side: str) -> None:
    text = (
        "date 2022-03-20\n"
        "Sunday, 20 March 2022: statements of the day\n\n"
        f"{heading}\n"
        "Yesterday 2,100 people were evacuated from Kreminna in their own cars.\n"
    )
    assert evac_sides(text) == [side]


def test_a_headings_gloss_with_no_known_official_gives_no_side() -> None:
    text = (
        "date 2022-03-20\n"
        "Sunday, 20 March 2022: statements of the day\n\n"
        "INTERDEPARTMENTAL HUMANITARIAN HEADQUARTERS (duty officer, 10:00)\n"
        "Yesterday 2,100 people were evacuated from Kreminna in their own cars.\n"
    )
    assert evac_sides(text) == [None]


# a line opening with a town ("In X, ...", "X: ...") speaks of that town where its sentences
# name no place of their own: "the city" of a later clause is X, not the report's focus
@pytest.mark.parametrize(
    "line",
    [
        "In Kreminna, the regional governor said only people with private cars were getting "
        "out of the city.",
        "Kreminna: fighting goes on in the north. No evacuation from the city is possible at "
        "the moment.",
        "At Kreminna, volunteers said only people with their own cars were still getting out.",
    ],
)
def test_the_town_a_line_opens_with_is_where_people_leave(line: str) -> None:
    text = (
        "date 2022-04-10\n"
        "Rockets hit Dnipro airport; the east waits for buses\n\n"
        "Rockets struck the airport in Dnipro on Sunday morning, the regional head said.\n\n"
        f"{line}\n"
    )
    assert {r["origin"] for r in parse_report(text)["evacuations"].to_dict("records")} == {
        "Kreminna"
    }


def test_a_line_opening_with_the_capital_gives_no_topic() -> None:
    # "In Kyiv, the ministry said ...": where the speaker is, not the town people leave
    text = (
        "date 2022-04-10\n"
        "The east waits for buses\n\n"
        "Buses left Rubizhne for Bakhmut in the morning, the governor said.\n\n"
        "In Kyiv, the ministry said more buses would be sent to the area on Monday.\n"
    )
    origins = [r["origin"] for r in parse_report(text)["evacuations"].to_dict("records")]
    assert "Kyiv" not in origins


# a warning against fakes, a rumour denied: no evacuation (as "no plans to evacuate")
@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman warned residents not to believe fake messages about an evacuation of "
        "Izmail.",
        "The governor denied rumours of an imminent evacuation of Nikopol.",
        "Officials dismissed false reports that Zaporizhzhia was being evacuated.",
        "Do not trust fake news about the evacuation of Kryvyi Rih, the mayor wrote.",
    ],
)
def test_a_denied_fake_is_no_evacuation(sentence: str) -> None:
    assert evac_rows(sentence) == []


def test_an_evacuation_beside_a_fake_warning_stays() -> None:
    # the real going is told; the fake is another one
    rows = evac_rows("Evacuation trains left Kramatorsk for Lviv on Monday, the railway said.")
    assert [(r[0], r[1]) for r in rows] == [("Kramatorsk", "Lviv")]


# a transcript turn under a surname in capitals with a long gloss (full name and role): the
# turn is that speaker's, whatever side a body named inside the answer has
@pytest.mark.parametrize(
    ("turn", "side"),
    [
        ("MIZINTSEV (Colonel General Mikhail Mizintsev, head of the National Defence Control "
         "Centre): Over the past day 9,000 people were evacuated from Kreminna to Starobilsk "
         "without the participation of the Ukrainian authorities.", "RU"),
        ("VERESHCHUK (Iryna Vereshchuk, Deputy Prime Minister and Minister for Reintegration of "
         "the Temporarily Occupied Territories): Yesterday 1,400 people left Rubizhne by bus.",
         "UA"),
    ],
)  # fmt: skip
def test_a_turn_with_a_long_gloss_is_its_speakers(turn: str, side: str) -> None:
    text = (
        "date 2022-05-10\n"
        "Briefing, 10 May 2022 (excerpt, English rendering)\n\n"
        f"{turn}\n\n"
        "QUESTION (Zvezda): And the bridges?\n"
    )
    assert evac_sides(text) == [side]


# a transcript turn under a surname in capitals goes on over the paragraphs below it until the
# next labelled line ("QUESTION (...): ...", "Desk note: ...")
@pytest.mark.parametrize(
    "second",
    [
        "In the liberated Rubizhne, residents who wish to go to Starobilsk can leave by bus "
        "every day.",
        "Buses take people from Kreminna to Starobilsk every morning.",
        "The Kiev regime keeps civilians in Siversk and does not let them leave.",
    ],
)
def test_a_turn_goes_on_over_its_next_paragraph(second: str) -> None:
    text = (
        "date 2022-07-10\n"
        "Briefing, 10 July 2022 (excerpt, English rendering)\n\n"
        "MIZINTSEV (Colonel General Mikhail Mizintsev, head of the National Defence Control "
        "Centre): Our units are clearing the streets.\n\n"
        f"{second}\n\n"
        "QUESTION (Zvezda): And the bridges?\n"
    )
    assert evac_sides(text) == ["RU"]


def test_a_turn_ends_at_the_next_turn() -> None:
    # the next labelled turn is its own speaker's, not the one before's
    text = (
        "date 2022-07-10\n"
        "Briefing, 10 July 2022 (excerpt, English rendering)\n\n"
        "MIZINTSEV (Colonel General Mikhail Mizintsev, head of the National Defence Control "
        "Centre): Our units are clearing the streets.\n\n"
        "VERESHCHUK: Buses take people from Kreminna to Dnipro every morning.\n\n"
        "We ask everyone to use them.\n"
    )
    assert evac_sides(text) == ["UA"]
