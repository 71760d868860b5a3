"""Control rows from the phrasing of control claims: passive seizures, shares of a region or a
country, a second share given as "the figure", denials of the other side's claim, and "the town"
of an answer to the sentence before. Sentences written for these tests."""

from __future__ import annotations

from _rows import control_places, control_rows

# --- a passive seizure with no taker named is the claimer's own gain ---------------------------


def test_agentless_passive_seizure_is_the_claimers_gain() -> None:
    # (the speaker's side comes from the curated list, not from a country word in the window)
    got = control_places("Valery Gerasimov said on Monday that Vuhledar has been captured.")
    assert ("Vuhledar", "RU", "RU") in got


def test_passive_seizure_by_a_named_force_keeps_that_force() -> None:
    got = control_places(
        "Ukraine's General Staff said Vuhledar had been captured by Russian troops after weeks "
        "of fighting."
    )
    assert ("Vuhledar", "RU", "UA") in got
    assert ("Vuhledar", "UA", "UA") not in got


def test_glossed_names_in_a_list_are_all_taken() -> None:
    # "A (B) and C (D)": the closing parenthesis of a gloss does not end the list
    got = control_places(
        "Valery Gerasimov said Artemovsk (Bakhmut) and Avdeyevka (Avdiivka) had been seized."
    )
    assert {("Bakhmut", "RU", "RU"), ("Avdiivka", "RU", "RU")} <= got


# --- shares of a region or a country -----------------------------------------------------------


def test_share_in_the_subject_of_a_passive_claim() -> None:
    got = control_rows(
        "Russia's defence ministry said 70% of the Zaporizhzhia region has been liberated."
    )
    assert ("Zaporizhzhia oblast", "RU", 0.7, "RU") in got


def test_present_tense_occupy_a_share_of_a_country() -> None:
    got = control_rows(
        "Ukraine's foreign minister said Russian troops occupy about a fifth of Ukraine."
    )
    assert ("Ukraine", "RU", 0.2, "UA") in got


def test_occupy_as_an_aim_is_no_claim() -> None:
    assert not control_rows("Ukraine's foreign minister said Russia still wants to occupy Odesa.")


def test_second_share_given_as_the_figure() -> None:
    got = control_rows(
        "Russia's defence ministry said 80% of the Kherson region had been liberated, while in "
        "the Zaporizhzhia region the figure stands at 60%."
    )
    assert ("Kherson oblast", "RU", 0.8, "RU") in got
    assert ("Zaporizhzhia oblast", "RU", 0.6, "RU") in got


def test_a_figure_of_something_else_is_no_share() -> None:
    got = control_rows(
        "Russia's defence ministry said Russian troops hold Kherson, while in the Zaporizhzhia "
        "region the unemployment figure stands at 10%."
    )
    assert not any(p == "Zaporizhzhia oblast" for p, *_ in got)


# --- denials of the other side's claim ---------------------------------------------------------


def test_claim_called_untrue_by_the_speaker_is_the_deniers_hold() -> None:
    got = control_places(
        "Russia's defence ministry said its forces had taken Vuhledar.\n\n"
        "The town had some 15,000 residents before the war.\n\n"
        "A spokesman for Ukraine's army said the claim was untrue."
    )
    assert ("Vuhledar", "RU", "RU") in got
    assert ("Vuhledar", "UA", "UA") in got


def test_side_rejecting_the_report() -> None:
    got = control_places(
        "Russia's defence ministry said Russian troops had captured Robotyne. "
        "Kyiv rejected the report."
    )
    assert ("Robotyne", "UA", "UA") in got


def test_denial_naming_one_place_is_about_that_place() -> None:
    got = control_places(
        "Russia's defence ministry said Russian troops had captured Robotyne and Verbove.\n\n"
        "Ukraine's army said the claim about Verbove was false."
    )
    assert ("Verbove", "UA", "UA") in got
    assert ("Robotyne", "UA", "UA") not in got


def test_rejecting_a_report_of_something_else_claims_no_ground() -> None:
    got = control_places(
        "Russia's defence ministry said Russian troops had captured Robotyne. "
        "Kyiv rejected the report of civilian deaths in Odesa."
    )
    assert ("Robotyne", "UA", "UA") not in got


def test_a_sides_own_denial_of_its_own_claim_adds_nothing() -> None:
    got = control_places(
        "Russia's defence ministry said Russian troops had captured Robotyne. "
        "Russia's defence ministry said reports of a retreat were untrue."
    )
    assert ("Robotyne", "UA", "UA") not in got


# --- "the town" of an answer to the sentence before --------------------------------------------


def test_the_town_of_an_answer_is_the_place_just_claimed() -> None:
    got = control_places(
        "Avdiivka remains the focus of the fighting, and shelling of Avdiivka went on overnight. "
        "Russia's defence ministry said Kreminna is under Russian control. "
        "Ukraine's army says the town remains in Ukrainian hands."
    )
    assert ("Kreminna", "UA", "UA") in got
    assert ("Avdiivka", "UA", "UA") not in got


def test_the_town_after_a_new_paragraph_is_not_the_place_just_claimed() -> None:
    got = control_places(
        "Avdiivka remains the focus of the fighting, and shelling of Avdiivka went on overnight. "
        "Russia's defence ministry said Kreminna is under Russian control.\n\n"
        "Ukraine's army says the town remains in Ukrainian hands."
    )
    assert ("Kreminna", "UA", "UA") not in got


def test_denial_naming_a_place_reaches_back_past_other_claims() -> None:
    got = control_places(
        "Russia's defence ministry said Russian troops had captured Robotyne and Verbove.\n\n"
        "Kharkiv came under shelling overnight.\n\n"
        "Officials in Kharkiv counted damaged homes.\n\n"
        "Rescuers worked through the night in Kharkiv.\n\n"
        "Ukraine's army said its units still hold Huliaipole.\n\n"
        "Ukraine's army said the claim about Verbove was false."
    )
    assert ("Verbove", "UA", "UA") in got
    assert ("Robotyne", "UA", "UA") not in got


# --- a grey zone said of a part of the ground --------------------------------------------------


def test_grey_zone_of_a_part_keeps_the_holder_of_the_rest() -> None:
    got = control_places(
        "The DeepState map shows most of Kreminna under Russian control, with the northern "
        "outskirts marked as a grey zone."
    )
    assert ("Kreminna", "RU", None) in got


def test_grey_zone_of_the_place_itself_is_held_by_neither() -> None:
    got = control_places(
        "Ukraine's army said Russian forces had left Kreminna, which is now a grey zone."
    )
    assert all(c is None for p, c, _ in got if p == "Kreminna")


# --- places that are no ground held ------------------------------------------------------------


def test_a_sea_is_no_ground_held() -> None:
    got = control_places("Ukraine's president said Ukraine must regain control of the Sea of Azov.")
    assert not any("Azov" in p for p, *_ in got)


def test_an_island_is_still_ground_held() -> None:
    got = control_places("Ukraine's navy said Ukrainian forces had retaken Snake Island.")
    assert ("Snake Island", "UA", "UA") in got


def test_in_place_lead_before_the_speaker_is_where_it_was_said() -> None:
    got = control_places(
        "In Kharkiv, ground forces commander Oleksandr Syrskyi said Ukrainian troops had "
        "counterattacked and retaken several positions on the flanks."
    )
    assert not any(p == "Kharkiv" for p, *_ in got)


def test_in_place_lead_of_an_event_is_still_the_place() -> None:
    got = control_places(
        "In Kreminna, Ukrainian troops still hold the western districts, Ukraine's army said."
    )
    assert ("Kreminna", "UA", "UA") in got


# --- a relative clause on the speaker's own forces ---------------------------------------------


def test_whose_forces_hold_is_the_speakers_claim() -> None:
    got = control_places(
        "Yevgeny Prigozhin, whose fighters hold most of Artemovsk, wrote that the army had fled."
    )
    assert ("Bakhmut", "RU", "RU") in got


def test_whose_name_relative_claims_nothing() -> None:
    got = control_places(
        "Yevgeny Prigozhin, whose company was founded in St Petersburg, wrote that the army had "
        "fled."
    )
    assert not got


# --- a power station is a site ------------------------------------------------------------------


def test_power_station_is_a_site_taken() -> None:
    got = control_places(
        "Ukraine's General Staff said Russian forces had captured the power station."
    )
    assert ("power station", "RU", "UA") in got


def test_a_radio_station_is_no_site() -> None:
    got = control_places(
        "Ukraine's General Staff said Russian forces had captured the radio station."
    )
    assert not got


# --- defenders who beat off an assault on a place hold it --------------------------------------


def test_repelled_an_assault_on_a_town_is_held_by_the_defenders() -> None:
    got = control_places(
        "Russia's defence ministry said Russian forces repelled three attacks on Kreminna."
    )
    assert ("Kreminna", "RU", "RU") in got


def test_repelled_an_assault_near_a_town_holds_nothing() -> None:
    got = control_places(
        "Russia's defence ministry said Russian forces repelled three attacks near Kreminna."
    )
    assert not got


def test_failing_to_repel_an_assault_holds_nothing() -> None:
    got = control_places("Ukraine's army said its units failed to repel an assault on Kreminna.")
    assert ("Kreminna", "UA", "UA") not in got


# --- a share of "our territory" is of the speaker's country ------------------------------------


def test_share_of_our_territory_is_the_speakers_country() -> None:
    got = control_rows(
        '"Almost 18 percent of our territory is under occupation," Ukraine\'s foreign minister said.'
    )
    assert ("Ukraine", "RU", 0.18, "UA") in got


def test_share_of_our_forces_is_no_territory() -> None:
    got = control_rows("Ukraine's president said 40 percent of our forces are held in reserve.")
    assert not got


# --- a curated person the speaker finder missed still gives the claim its side -----------------


def test_curated_person_before_the_reporting_verb_gives_the_side() -> None:
    got = control_places(
        "In Kharkiv, ground forces commander Oleksandr Syrskyi said Ukrainian troops had "
        "counterattacked, while the western part of Bakhmut remains in Ukrainian hands."
    )
    assert ("Bakhmut", "UA", "UA") in got


def test_unknown_person_before_the_reporting_verb_gives_no_side() -> None:
    got = control_places(
        "In Kharkiv, local commander Ivan Petrenkov said Ukrainian troops had counterattacked, "
        "while the western part of Bakhmut remains in Ukrainian hands."
    )
    assert ("Bakhmut", "UA", "UA") not in got


def test_trailing_attribution_with_a_long_tail_gives_the_side() -> None:
    got = control_rows(
        "Russian troops now occupy about a fifth of Ukraine, President Volodymyr Zelensky told "
        "the parliament of Portugal by video link on Thursday evening."
    )
    assert ("Ukraine", "RU", 0.2, "UA") in got


def test_trailing_attribution_of_an_unknown_person_gives_no_side() -> None:
    got = control_rows(
        "Russian troops now occupy about a fifth of Ukraine, a man named Ivan Petrenkov told "
        "the local paper of his town in a long interview on Thursday evening."
    )
    assert ("Ukraine", "RU", 0.2, "UA") not in got


def test_a_canal_is_no_ground_held() -> None:
    got = control_places(
        "Ukraine's army said its troops still hold the Siverskyi Donets-Donbas canal."
    )
    assert not any("anal" in p for p, *_ in got)


# --- "denied that the enemy had taken X": the denier still holds X ----------------------------


def test_denied_that_the_enemy_took_a_place_is_the_deniers_hold() -> None:
    got = control_places("Ukraine's army denied that Russian forces had captured Huliaipole.")
    assert ("Huliaipole", "UA", "UA") in got
    assert ("Huliaipole", "RU", "UA") not in got


def test_denied_claims_of_a_listed_capture() -> None:
    got = control_places(
        "Russia's defence ministry denied claims that Ukrainian troops had retaken Robotyne "
        "and Verbove."
    )
    assert {("Robotyne", "RU", "RU"), ("Verbove", "RU", "RU")} <= got


def test_denied_that_the_enemy_holds_all_of_a_place_claims_nothing() -> None:
    assert not control_places(
        "Ukraine's army denied that Russian forces controlled all of Huliaipole."
    )


def test_denied_that_own_side_took_a_place_claims_nothing() -> None:
    assert not control_places("Ukraine's army denied that Ukrainian troops had retaken Huliaipole.")
