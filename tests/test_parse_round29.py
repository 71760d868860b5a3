"""Round 29: the twenty-fifth session's fixes, from misses counted over the blind sets
fresh82-109 and from the blind sets fresh110-113, made general. Wordings of my own."""

from __future__ import annotations

import pytest

from analyst_kit.gazetteer import find_places
from analyst_kit.parse import parse_report
from tests._rows import bridge_rows, claim_speakers, control_places, control_rows, evac_rows

# --- evacuations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # an evacuation told as a deed done
        ("Governor Oleksandr Prokudin said a bus evacuation from Bilozerka was carried out on "
         "Tuesday.", ["Bilozerka", None, "civilians", "completed", "UA"]),
        ("Governor Ivan Fedorov said the evacuation of 40 residents of Vasylivka was conducted "
         "overnight.", ["Vasylivka", None, "civilians", "completed", "UA"]),
        # people taken out, with nothing else in the sentence to give a status
        ('Oleh Syniehubov, the governor of Kharkiv region, spoke about Kupiansk on Friday. '
         '"Yesterday we took out 63 people," he said.',
         ["Kupiansk", None, "civilians", "completed", "UA"]),
    ],
)  # fmt: skip
def test_evacuations_told_as_done(text: str, row: list) -> None:
    assert evac_rows(text)[0] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ('Governor Serhiy Haidai said: "From Lysychansk we managed to take out 27 people today, '
         'three of them children."', ["Lysychansk", None, "civilians", "completed", "UA"]),
        ("Governor Vadym Filashkin said police officers took a family with a child out of "
         "Siversk this morning.", ["Siversk", None, "civilians", "completed", "UA"]),
        # what a relative clause recalls is not the status
        ("Acting governor Alexei Smirnov says the evacuation of residents of the Glushkovo "
         "district, which Russian officials ordered at the weekend, is continuing.",
         ["Glushkovo district", None, "civilians", "ongoing", "RU"]),
    ],
)  # fmt: skip
def test_more_evacuations_told_as_done_or_going_on(text: str, row: list) -> None:
    assert evac_rows(text)[0] == row


def test_no_evacuation_ordered_yet_is_no_row() -> None:
    assert not evac_rows(
        "Governor Oleh Syniehubov said no evacuation of Chuhuiv had been ordered yet."
    )


def test_no_evacuation_possible_is_still_impossible() -> None:
    rows = evac_rows("Governor Oleh Syniehubov said no evacuation from Chuhuiv is possible.")
    assert [r[3] for r in rows] == ["impossible"]


def test_an_evacuation_being_carried_out_goes_on() -> None:
    rows = evac_rows(
        "Governor Vadym Filashkin said the evacuation of Siversk is being carried out by police."
    )
    assert [r[3] for r in rows] == ["ongoing"]


def test_an_army_taking_out_its_positions_is_no_evacuation() -> None:
    assert not evac_rows("The General Staff said its artillery took out 12 Russian positions.")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a service with its timetable, the town left or the route told first
        ("Governor Vadym Filashkin said trains were leaving Pokrovsk daily.",
         ["Pokrovsk", None, "civilians", "ongoing", "UA"]),
        ("Mayor Oleksandr Senkevych said a bus still goes to Mykolaiv from Snihurivka each "
         "morning.", ["Snihurivka", "Mykolaiv", "civilians", "ongoing", "UA"]),
        # the service stopped
        ("Governor Vadym Filashkin said the evacuation trains would no longer depart from "
         "Pokrovsk.", ["Pokrovsk", None, "civilians", "impossible", "UA"]),
    ],
)  # fmt: skip
def test_evacuation_services(text: str, row: list) -> None:
    assert evac_rows(text)[0] == row


def test_a_service_on_named_weekdays_runs() -> None:
    rows = evac_rows(
        "Governor Pavlo Kyrylenko spoke about Velyka Novosilka on Monday. "
        '"The evacuation bus to Dnipro leaves on Tuesday and Friday mornings from the square '
        'by the school," he said.'
    )
    assert rows == [["Velyka Novosilka", "Dnipro", "civilians", "ongoing", "UA"]]


def test_the_people_of_a_town_in_scare_quotes_are_its_evacuees() -> None:
    rows = evac_rows(
        'Russian-installed officials in Donetsk have said residents of "liberated" Ugledar '
        "were taken to temporary accommodation in Volnovakha."
    )
    assert [r[:2] for r in rows] == [["Vuhledar", "Volnovakha"]]


def test_freight_on_a_timetable_is_no_evacuation() -> None:
    assert not evac_rows("Freight trains were leaving Pokrovsk daily, the railway said.")


# --- control: assaults beaten off, attempts thrown back ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the attacker named between the assault and the place
        ("Konashenkov said Russian troops had repelled an assault by two Ukrainian battalions "
         "on Kreminna.", {("Kreminna", "RU", "RU")}),
        ("The Russian Defence Ministry said its forces repelled an attempt by Ukrainian units to "
         "break into Svatove.", {("Svatove", "RU", "RU")}),
        # "had beaten off"
        ("The General Staff said its units had beaten off an assault on Siversk.",
         {("Siversk", "UA", "UA")}),
        # an attempt "forced back" or "thrown back"
        ("The General Staff said Russian forces tried to take Bohorodychne on June 17 and were "
         "forced back to their previous positions.", {("Bohorodychne", "UA", "UA")}),
    ],
)  # fmt: skip
def test_an_assault_beaten_off_leaves_the_place_with_its_defender(text: str, want: set) -> None:
    assert control_places(text) == want


def test_an_assault_near_a_place_beaten_off_is_no_claim() -> None:
    assert not control_places(
        "The General Staff said its units had beaten off an assault near Siversk."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The General Staff said fighting for Toshkivka continues.",
        '"Fighting in Vuhledar continues," spokesman Nazar Voloshyn said.',
        "Spokesman Nazar Voloshyn said fighting continues in Soledar.",
        '"In Ivanivske the fighting continues; the situation changes daily," Voloshyn said.',
    ],
)
def test_a_place_still_fought_over_is_held_by_no_one(text: str) -> None:
    (row,) = control_places(text)
    assert row[1:] == (None, "UA")


def test_fighting_that_was_going_on_leaves_the_place_to_no_one() -> None:
    assert control_places(
        "Spokesman Serhii Cherevatyi said fighting for Lyman was continuing."
    ) == {("Lyman", None, "UA")}


def test_a_town_a_side_says_it_has_left_is_the_others() -> None:
    assert control_places(
        "Governor Serhiy Haidai said Lysychansk has been left to save the lives of our soldiers."
    ) == {("Lysychansk", "RU", "UA")}


def test_a_town_left_in_ruins_is_no_claim() -> None:
    assert not control_places("Governor Serhiy Haidai said Lysychansk had been left in ruins.")


def test_fighting_near_a_place_is_no_claim_of_it() -> None:
    assert not control_places("Spokesman Nazar Voloshyn said fighting continues near Soledar.")


@pytest.mark.parametrize(
    "text",
    [
        "Kurakhove was claimed by Russia on January 6, the governor said.",
        "Kurakhove, claimed by Moscow on January 6, lies to the north-east of the town.",
    ],
)
def test_a_place_claimed_by_a_side_is_that_sides_claim(text: str) -> None:
    assert control_places(text) == {("Kurakhove", "RU", "RU")}


def test_regions_claimed_as_its_own_are_no_capture() -> None:
    assert not control_places("The four regions claimed by Russia as its own include Kherson.")


# --- places: a city's urban district does not take a village's name ---------------------------


def test_a_village_name_is_not_the_city_district_of_that_name() -> None:
    # Donetsk's Oleksandrivskyi district is also called "Oleksandrivka" in GeoNames
    got = find_places("Shelling hit Oleksandrivka and Kalynivka overnight.", as_records=True)
    assert [r["name"] for r in got] == ["Oleksandrivka", "Kalynivka"]


# --- speakers: an interview's guest presented by name and role; a heading's note ----------------

_INTERVIEW = """\
"We left with our people": a brigade spokesman on Vuhledar

Interview recorded by telephone on 5 October 2024. Arseniy Prylipka is the spokesman of the \
72nd Separate Mechanised Brigade. The answers have been shortened.

How did supplies get in at the end?

With great difficulty. The last bridge over the Kashlahach on that road was hit by a guided \
bomb at the end of September and partly collapsed.
"""


def test_an_interviews_guest_presented_by_name_and_role_answers_below() -> None:
    claims = parse_report("date 2024-10-05\n\n" + _INTERVIEW)["claims"]
    answer = claims[claims["text"].str.startswith("The last bridge")].iloc[0]
    assert (answer["speaker"], answer["side"]) == ("Arseniy Prylipka", "UA")


def test_a_name_and_role_outside_an_interview_is_no_guest() -> None:
    text = _INTERVIEW.replace("Interview recorded by telephone", "Report filed")
    claims = parse_report("date 2024-10-05\n\n" + text)["claims"]
    answer = claims[claims["text"].str.startswith("The last bridge")]
    assert answer.empty or answer.iloc[0]["speaker"] != "Arseniy Prylipka"


def test_a_headings_note_after_a_semicolon_leaves_its_spokesman_and_body() -> None:
    text = (
        "Statements on the southern front\n\n"
        "TAVRIIA DEFENCE FORCES PRESS CENTRE (Valerii Shershen, spokesman; remarks on national "
        "television on Sunday, repeated on Monday)\n"
        "Retreating from Neskuchne, the enemy blew up the road bridge over the Mokri Yaly.\n"
    )
    rows = bridge_rows("date 2023-06-12\n\n" + text)
    assert [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in rows] == [
        ("destroyed", "RU", "UA")
    ]


# --- bridges: none standing, built then lost, the enemy's bridge ------------------------------


def _bridges(text: str) -> list[tuple]:
    return [
        (r["status"], r["count"], r["actor_side"], r["claimed_by_side"])
        for r in bridge_rows("date 2023-05-12\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # none left standing
        ('Governor Serhiy Haidai said: "On our stretch of the river not one bridge is '
         'standing."', [("destroyed", 1, None, "UA")]),
        # built, then lost: one row of the bridges built, in their last state
        ("Governor Serhiy Haidai said Russian engineers built three pontoon crossings near "
         "Bilohorivka, and all three were destroyed by our artillery.",
         [("destroyed", 3, "UA", "UA")]),
        # the other side's bridge, in a warring side's words
        ("The General Staff said tank crews of the 17th brigade destroyed an enemy pontoon "
         "crossing near Bilohorivka.", [("destroyed", 1, "UA", "UA")]),
        ("Konashenkov said artillerymen destroyed a Ukrainian pontoon crossing near "
         "Serebryanka.", [("destroyed", 1, "RU", "RU")]),
    ],
)  # fmt: skip
def test_bridge_rows(text: str, want: list) -> None:
    assert _bridges(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the bridge said to be whole, open, the only way across, holding
        ('Governor Oleh Syniehubov said: "The bridge over the Berda at the western entrance to '
         'the city is whole."', [("intact", 1, None, "UA")]),
        ("Governor Oleh Syniehubov said the bridges over the Oskil are open.",
         [("intact", None, None, "UA")]),
        ("Governor Oleh Syniehubov said a narrow pedestrian bridge downstream remains the only "
         "crossing.", [("intact", 1, None, "UA")]),
        # none left
        ("Governor Vadym Filashkin said there are no bridges left over the canal in Chasiv Yar.",
         [("destroyed", None, None, "UA")]),
        ('Governor Oleh Syniehubov said Ukrainian forces in Kupiansk no longer had "a single '
         'whole crossing" over the river.', [("destroyed", 1, None, "UA")]),
    ],
)  # fmt: skip
def test_more_bridge_states(text: str, want: list) -> None:
    assert _bridges(text) == want


def test_open_to_question_is_no_bridge_state() -> None:
    assert _bridges(
        "Governor Oleh Syniehubov said the fate of the bridge was open to question."
    ) in (
        [],
        [("unknown", 1, None, "UA")],
    )


def test_a_bridge_still_standing_is_intact() -> None:
    assert _bridges("Governor Serhiy Haidai said the road bridge there is standing.") == [
        ("intact", 1, None, "UA")
    ]


def test_a_retired_officer_with_his_rank_is_a_speaker() -> None:
    got = claim_speakers(
        "Russian artillery has destroyed a pontoon crossing near Serebryanka, retired LPR "
        "People's Militia Lieutenant Colonel Andrei Marochko told TASS on Tuesday."
    )
    assert got[0][:2] == ("Andrei Marochko", "RU")


def test_a_retired_nurse_is_no_officials_title() -> None:
    got = claim_speakers('"We celebrated with candles," said the 71-year-old retired nurse.')
    assert all(sp is None for sp, *_ in got)


def test_a_title_naming_whose_channel_posts_follow_makes_them_the_author() -> None:
    text = (
        "Vadym Filashkin, head of the Donetsk Regional Military Administration: posts of "
        "4 March on his Telegram channel (translated from Ukrainian)\n\n"
        "13:20\n"
        "Russian propaganda channels say Russian troops have entered Siversk. This is a lie. "
        "Siversk is controlled by the Defence Forces of Ukraine.\n"
    )
    assert ("Siversk", "UA", None, "UA") in control_rows(text)


def test_a_monitoring_project_is_a_speaker() -> None:
    got = claim_speakers(
        "The DeepState monitoring project, which maps the front from open sources, now says "
        "Russian forces have occupied Vuhledar."
    )
    assert got[0][0] == "DeepState"


@pytest.mark.parametrize("word", ["Few", "Others", "Several", "Everyone", "People"])
def test_a_quantifier_is_no_speaker(word: str) -> None:
    got = claim_speakers(f"{word} say where the soldiers died near Vuhledar.")
    assert all(sp is None for sp, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "DeepState, the Ukrainian project that maps the front, marked Zaporizke as occupied.",
        "The DeepState monitoring group marks the south-eastern fringe of Orlivka as a grey zone.",
        "DeepState has not marked Chervona Zirka as occupied.",
    ],
)
def test_a_maps_marks_are_its_makers_claims(text: str) -> None:
    assert claim_speakers(text)[0][0] == "DeepState"


def test_footage_that_shows_is_no_speaker() -> None:
    got = claim_speakers("Geolocated footage shows Russian troops in the centre of Orlivka.")
    assert all(sp is None for sp, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "The popular channel Rybar says Ukrainian units have entered the outskirts of Sudzha.",
        "The military blog Rybar said that fighting was going on in the streets of Krynky.",
    ],
)
def test_a_channel_or_blog_described_before_its_name_is_a_speaker(text: str) -> None:
    assert claim_speakers(text)[0] == ("Rybar", "RU")


def test_a_time_before_a_place_is_no_village() -> None:
    got = find_places("Until Thursday, Kiev had refused to confirm the loss.", as_records=True)
    assert [r["name"] for r in got] == ["Kyiv"]


def test_the_kashlahach_in_either_spelling_is_a_river() -> None:
    got = find_places("The bridge over the Kashlagach near Bohoiavlenka was hit.", as_records=True)
    assert [(r["name"], r["kind"]) for r in got] == [
        ("Kashlahach river", "river"),
        ("Bohoiavlenka", "settlement"),
    ]
