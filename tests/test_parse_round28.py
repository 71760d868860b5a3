"""Round 28: the twenty-fourth session's fixes, from the blind sets fresh106 (Chernihiv under
siege) and fresh109 (Sviatohirsk and Lyman), made general. Wordings of my own."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import bridge_rows, claim_speakers, control_places, control_rows, evac_rows

# --- control: attempts that failed, forces in a place, aims --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the attacker unnamed: the speaker's side held the place
        ("Governor Oleh Syniehubov said an attempt to storm Vovchansk overnight had been "
         "repelled.", {("Vovchansk", "UA", "UA")}),
        ("The Russian Defence Ministry said another attempt to break into Horlivka had failed.",
         {("Horlivka", "RU", "RU")}),
        # "tried to", "beaten back"
        ("The General Staff said Russian units had again tried to storm Siversk and had been "
         "beaten back with heavy losses.", {("Siversk", "UA", "UA")}),
        ("Konashenkov said Ukrainian troops tried to enter Svatove and were driven back.",
         {("Svatove", "RU", "RU")}),
    ],
)  # fmt: skip
def test_a_failed_attempt_leaves_the_place_with_its_defender(text: str, want: set) -> None:
    assert control_places(text) == want


def test_an_attempt_still_under_way_is_no_claim() -> None:
    assert not control_places(
        "The General Staff said an attempt to storm Siversk was expected within days."
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Spokesman Serhii Cherevatyi said the enemy in Bakhmut is in a very difficult "
         "position.", {("Bakhmut", "RU", "UA")}),
        ('Serhii Cherevatyi said the Russian garrison in Kreminna was "nearly cut off".',
         {("Kreminna", "RU", "UA")}),
    ],
)  # fmt: skip
def test_the_enemy_or_a_garrison_in_a_place_holds_it(text: str, want: set) -> None:
    assert control_places(text) == want


def test_a_force_in_a_place_that_is_no_subject_is_no_claim() -> None:
    # ("in Bakhmut" locates the talks, not a force)
    assert not control_places(
        "Serhii Cherevatyi said talks about the enemy took place in Bakhmut on Friday."
    )


def test_an_aim_to_take_control_is_no_claim() -> None:
    assert not control_places(
        "The General Staff said the enemy's efforts are focused on establishing control over "
        "the villages of Spirne and Vyimka."
    )


def test_the_places_of_axes_named_together_are_no_ground() -> None:
    assert not control_places(
        "The General Staff said it had noted the withdrawal of some Russian units from the "
        "Kharkiv and Sumy directions."
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the place after "near" only says where the one before it lies
        ("Konashenkov said the airfield at Chornobaivka near Kherson was under the full control "
         "of Russian troops.", {("Chornobaivka", "RU", "RU")}),
        ("The ministry said Russian troops had taken Pisky, near Donetsk, after weeks of "
         "fighting.", {("Pisky", "RU", None)}),
        # (a river's "near": the settlement is the ground held)
        ("She said Ukrainian units continued to hold the bridgehead across the Inhulets River "
         "near Andriivka.", {("Andriivka", "UA", None)}),
    ],
)  # fmt: skip
def test_a_locating_place_holds_no_claim_of_its_own(text: str, want: set) -> None:
    assert control_places(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Colonel General Sergei Rudskoy said the Luhansk People's Republic had been liberated "
         "by 93%, and the Donetsk People's Republic by 54%.",
         {("Luhansk oblast", "RU", 0.93, "RU"), ("Donetsk oblast", "RU", 0.54, "RU")}),
        ("Denis Pushilin said the DPR was now 60% liberated.",
         {("Donetsk oblast", "RU", 0.6, "RU")}),
    ],
)  # fmt: skip
def test_a_republic_claimed_liberated_is_its_oblast(text: str, want: set) -> None:
    assert control_rows(text) == want


def test_the_republic_and_its_oblast_in_one_sentence_give_one_row() -> None:
    rows = control_rows(
        "Sergei Shoigu said troops of the LPR had liberated the whole of Luhansk region."
    )
    assert [r for r in rows if r[0] == "Luhansk oblast"] == [("Luhansk oblast", "RU", 1.0, "RU")]


# --- speakers ------------------------------------------------------------------------------


def test_an_ombudswoman_is_a_speaker_and_her_pronoun_follows() -> None:
    assert claim_speakers(
        "Moscow promised to scale back its offensive. Three buses were hit on the road, "
        "Ukraine's human rights ombudswoman Lyudmyla Denisova said on Thursday. Only volunteers "
        "were on board, she said."
    )[1:] == [("Lyudmyla Denisova", "UA"), ("Lyudmyla Denisova", "UA")]


def test_an_operational_command_in_quotes_is_ukraines_and_keeps_its_name() -> None:
    assert claim_speakers(
        'Operational Command "South", 07:40:\n"Our units have liberated Davydiv Brid."'
    ) == [("Operational Command South", "UA")]


def test_a_town_councils_letterhead_is_the_pages_author() -> None:
    text = (
        "date 2022-03-20\nSUMY CITY COUNCIL - OFFICIAL INFORMATION\n\n20 March, 09:00\n"
        "The city water supply has been restored in the northern districts.\n"
    )
    claims = parse_report(text)["claims"]
    assert list(zip(claims["speaker"], claims["side"], strict=True)) == [
        ("Sumy City Council", "UA")
    ]


def test_an_address_heading_names_who_speaks_below_it() -> None:
    text = (
        "date 2022-03-20\nSUMY CITY COUNCIL - OFFICIAL INFORMATION\n\n19 March, 18:00\n"
        "Water is delivered to 12 points.\n\n20 March, 10:05\n"
        'Address by city mayor Oleksandr Lysenko:\n"Sumy is holding on. The enemy has not '
        'entered the city."\n'
    )
    speakers = list(parse_report(text)["claims"]["speaker"])
    assert speakers[0] == "Sumy City Council"
    assert "Oleksandr Lysenko" in speakers


def test_an_interview_with_a_role_named_in_its_title_is_that_persons() -> None:
    text = (
        "date 2022-09-20\nINTERVIEW\n\n"
        '"The bridge comes first": Luhansk governor Serhiy Haidai on Lyman and the winter\n\n'
        "A week after the town was retaken, the head of the Luhansk regional military "
        "administration spoke to us about what comes next.\n\n"
        "- Are people leaving?\n\n"
        "- Every day. Buses take people from Lyman to Sloviansk.\n"
    )
    out = parse_report(text)
    assert list(out["evacuations"]["claimed_by_side"]) == ["UA"]
    assert "Serhiy Haidai" in set(out["claims"]["speaker"])


# --- evacuations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a call with a list of places between the verb and "to leave"
        ("Governor Pavlo Kyrylenko told residents still living in Siversk, Zvanivka and the "
         "villages along the river to leave while the roads were open.",
         ["Siversk", None, "civilians", "requested", "UA"]),
        # buses to pick people up
        ("Governor Pavlo Kyrylenko said buses would pick people up in Siversk on Monday and take "
         "them to Kramatorsk.", ["Siversk", "Kramatorsk", "civilians", "ongoing", "UA"]),
        ("Governor Oleh Syniehubov said buses will collect residents at the square in Kupiansk "
         "and take them to Kharkiv.", ["Kupiansk", "Kharkiv", "civilians", "ongoing", "UA"]),
        # a service still running is ongoing, not newly open
        ("The regional administration continues to run buses from Derhachi to shelters in "
         "Kharkiv.", ["Derhachi", "Kharkiv", "civilians", "ongoing", "UA"]),
        # people helped out
        ("A volunteer said the team had helped about 90 people out of Vovchansk.",
         ["Vovchansk", None, "civilians", "completed", None]),
        # nobody let out
        ("A volunteer driver said they waited at the station in Mariupol with families and "
         "nobody was allowed to leave.", ["Mariupol", None, "civilians", "refused", None]),
    ],
)  # fmt: skip
def test_evacuation_wordings(text: str, row: list) -> None:
    assert evac_rows(text)[0] == row


def test_helping_out_at_a_shelter_is_no_evacuation() -> None:
    assert not evac_rows("Volunteers in Kharkiv help out at the shelter every evening.")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a way in to fetch people, past a longer place phrase
        ("Governor Pavlo Kyrylenko said police could no longer drive into the eastern part of "
         "Siversk to collect people.", ["Siversk", None, "civilians", "impossible", "UA"]),
        # the particle first
        ("Governor Oleh Syniehubov said police brought out a family of four and an elderly "
         "woman from Vovchansk on Sunday.", ["Vovchansk", None, "civilians", "completed", "UA"]),
    ],
)  # fmt: skip
def test_more_evacuation_wordings(text: str, row: list) -> None:
    assert evac_rows(text)[0] == row


def test_a_sentence_opening_on_its_town_is_that_towns_evacuation() -> None:
    rows = evac_rows(
        "Governor Pavlo Kyrylenko said buses left Siversk for Kramatorsk on Monday. In "
        "Zvanivka, shelled again overnight, buses were still taking people to Kramatorsk, he "
        "said."
    )
    assert [r[0] for r in rows] == ["Siversk", "Zvanivka"]


def test_no_soldier_on_the_land_of_a_region_is_the_others_ground() -> None:
    assert control_places(
        "Governor Serhiy Lysak said there is no Russian soldier on the land of Dnipropetrovsk "
        "region."
    ) == {("Dnipropetrovsk oblast", "UA", "UA")}


def test_officials_in_the_capital_are_not_the_city_a_later_sentence_means() -> None:
    rows = control_places(
        "Russian troops have blockaded Sumy, the Defence Ministry said. Officials in Kiev have "
        "given a different picture. The head of the Sumy regional administration, Dmytro "
        "Zhyvytskyi, said the city remained in Ukrainian hands."
    )
    assert ("Sumy", "UA", "UA") in rows
    assert not any(p == "Kyiv" for p, _, _ in rows)


# --- bridges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Governor Oleh Syniehubov said the bridge to the town has been down since May.",
         "destroyed"),
        ("The road bridge across the Oskil has lain in the river since September, the "
         "administration said.", "destroyed"),
        ("Residents said the footbridge over the Donets has lain in the shallow water since "
         "spring.", "destroyed"),
        # traffic taken over it: in use
        ("Governor Pavlo Kyrylenko said buses were still taking people across the army's "
         "pontoon bridge to Sloviansk.", "intact"),
    ],
)  # fmt: skip
def test_bridge_states(text: str, status: str) -> None:
    assert [r["status"] for r in bridge_rows(text)] == [status]


def test_a_bridge_down_by_a_share_is_no_state() -> None:
    assert not bridge_rows("Traffic over the bridge has been down by 40 percent since May.")


def test_no_crossing_damaged_is_intact() -> None:
    assert [r["status"] for r in bridge_rows(
        "City officials in Kharkiv said none of the bridges had been damaged overnight."
    )] == ["intact"]  # fmt: skip


def test_a_quotes_own_first_word_is_not_who_said_it() -> None:
    assert claim_speakers(
        'Spokesman Ivan Petrenko said the assault failed. "Avdiivka is ours, whatever the '
        'Russian channels write," he said.'
    ) == [("Ivan Petrenko", None), ("Ivan Petrenko", None)]


def test_an_adjective_after_its_article_does_not_end_the_subject() -> None:
    # (no speaker "Authorities in the": the subject runs past "the besieged")
    speakers = [sp for sp, _ in claim_speakers(
        "Authorities in the besieged city of Sumy put off plans for a corridor on Monday, "
        "saying the road was under fire."
    )]  # fmt: skip
    assert "Authorities in the" not in speakers


def test_the_far_end_of_a_link_is_not_where_people_leave() -> None:
    assert evac_rows(
        "Mayor Ihor Terekhov of Kharkiv said the enemy had destroyed the bridge that linked "
        "the city with Chuhuiv, and that today they cannot take the wounded out."
    ) == [["Kharkiv", None, "injured", "impossible", "UA"]]


def test_a_curfews_way_to_the_shelter_is_no_evacuation() -> None:
    assert not evac_rows(
        "The curfew in Zaporizhzhia runs until 6am, and residents may leave their homes only "
        "to go to a shelter."
    )


def test_an_interviewee_by_name_and_age_takes_the_titles_role() -> None:
    text = (
        '"We drove until the bridge went": a volunteer medic on the siege of Mariupol\n\n'
        "Interview published 2 May 2022.\n\n"
        "Olha, 41, ran a pharmacy in Mariupol before the war.\n\n"
        "When did you leave?\n\n"
        "On the 16th of March, in a column of private cars to Zaporizhzhia.\n"
    )
    speakers = set(parse_report("date 2022-05-02\n" + text)["claims"]["speaker"])
    assert "Olha" in speakers
