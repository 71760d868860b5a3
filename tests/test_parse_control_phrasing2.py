"""Control rows from more phrasings of control claims: a side that "no longer controls" a
place, a capture or entry the speaker's side says has not happened, indirect questions and
objects that are no ground. Sentences written for these tests."""

from __future__ import annotations

from _rows import control_places, control_rows

# --- "no longer controls": the place has passed to the other side ------------------------------


def test_no_longer_controls_is_a_loss() -> None:
    got = control_places("Oleh Syniehubov said Ukrainian troops no longer control Dvorichna.")
    assert got == {("Dvorichna", "RU", "UA")}


def test_no_longer_held_inside_a_quote() -> None:
    got = control_places(
        'Serhiy Haidai wrote that Ukrainian defenders "regrettably no longer hold" Bilohorivka.'
    )
    assert ("Bilohorivka", "RU", "UA") in got


def test_no_longer_controlled_said_by_the_other_side() -> None:
    got = control_places("Igor Konashenkov said Ukrainian units no longer controlled Robotyne.")
    assert got == {("Robotyne", "RU", "RU")}


def test_no_longer_with_another_verb_is_no_claim() -> None:
    assert (
        control_rows("Oleh Syniehubov said Russian guns no longer shell Dvorichna every night.")
        == set()
    )


# --- a capture or entry denied in so many words -------------------------------------------------


def test_enemy_has_not_entered_a_region() -> None:
    got = control_places(
        "Viktor Trehubov told reporters that Russian troops had not entered the Kharkiv region."
    )
    assert got == {("Kharkiv oblast", "UA", "UA")}


def test_enemy_did_not_capture_a_town() -> None:
    got = control_places("Oleksandr Syrskyi said Russian forces did not take Pokrovsk.")
    assert got == {("Pokrovsk", "UA", "UA")}


def test_own_side_not_having_taken_a_town_is_no_claim() -> None:
    # the speaker's own forces not having taken a place says nothing of who holds it
    assert (
        control_rows("Oleksandr Syrskyi said Ukrainian forces have not captured Tokmak.") == set()
    )


def test_entered_a_region_with_its_article() -> None:
    got = control_places(
        "Igor Konashenkov said Russian troops had entered the Dnipropetrovsk region."
    )
    assert ("Dnipropetrovsk oblast", "RU", "RU") in got


# --- an indirect "who" question claims nothing ------------------------------------------------


def test_not_saying_who_holds_a_place_is_no_claim() -> None:
    # (the place names who listed the towns: no ground held either way)
    assert (
        control_rows("Dmitry Peskov did not say who now holds the towns claimed by Kyiv.") == set()
    )


def test_unclear_who_holds_is_no_claim() -> None:
    got = control_rows(
        "Oleh Syniehubov said it was unclear who holds the settlements listed by Kyiv."
    )
    assert got == set()


def test_troops_who_hold_a_town_still_claim_it() -> None:
    got = control_places(
        "Oleh Syniehubov said Ukrainian soldiers who still hold Vovchansk need shells."
    )
    assert ("Vovchansk", "UA", "UA") in got


# --- people or things held or seized are no ground ---------------------------------------------


def test_holding_residents_is_no_ground_held() -> None:
    got = control_rows(
        "Mikhail Mizintsev demanded an answer from Kyiv, accusing nationalist battalions of "
        "holding residents as a human shield."
    )
    assert got == set()


def test_a_seized_convoy_is_no_ground_taken() -> None:
    got = control_rows(
        "Iryna Vereshchuk said Russian troops seized a humanitarian convoy that was heading "
        "to Mariupol."
    )
    assert got == set()


def test_captured_buses_near_a_town_are_no_ground_taken() -> None:
    assert (
        control_rows("Iryna Vereshchuk said Russian troops captured two buses near Melitopol.")
        == set()
    )


def test_a_seized_town_is_still_taken() -> None:
    got = control_places("Iryna Vereshchuk said Russian troops captured Melitopol.")
    assert got == {("Melitopol", "RU", "UA")}


# --- a foothold in a part of a town --------------------------------------------------------------


def test_foothold_on_the_outskirts_of_a_town() -> None:
    got = control_places(
        "Denis Pushilin said Russian units had gained a foothold on the eastern outskirts of "
        "Marinka."
    )
    assert ("Marinka", "RU", "RU") in got


def test_foothold_in_a_part_of_a_town() -> None:
    got = control_places(
        "Denis Pushilin said Russian units had established a foothold in the southern part of "
        "Marinka."
    )
    assert ("Marinka", "RU", "RU") in got


def test_foothold_in_a_tree_line_near_a_town_is_not_the_town() -> None:
    got = control_rows(
        "Denis Pushilin said Russian units had established a foothold in a tree line near Marinka."
    )
    assert got == set()


# --- "brought under control", no holder named: the speaker's side ------------------------------


def test_brought_under_control_is_the_speakers_gain() -> None:
    got = control_places(
        "Denis Pushilin said the settlement of Pavlivka had been brought under control."
    )
    assert got == {("Pavlivka", "RU", "RU")}


def test_taken_under_control_said_by_the_other_side() -> None:
    got = control_places("Oleksandr Syrskyi said Kupiansk had been taken under control.")
    assert got == {("Kupiansk", "UA", "UA")}


def test_a_fire_brought_under_control_is_no_ground() -> None:
    got = control_rows(
        "Denis Pushilin said the fire at a depot in Makiivka had been brought under control."
    )
    assert got == set()


# --- a bare passive "taken" ---------------------------------------------------------------------


def test_bare_passive_taken_is_the_speakers_gain() -> None:
    got = control_places("Valery Gerasimov said on Monday that Marinka had been taken.")
    assert got == {("Marinka", "RU", "RU")}


def test_bare_passive_taken_by_a_named_force() -> None:
    got = control_places(
        "Oleksandr Syrskyi said Avdiivka and Marinka have been taken by Russian units."
    )
    assert {("Avdiivka", "RU", "UA"), ("Marinka", "RU", "UA")} <= got


def test_the_town_taken_is_the_reports_town() -> None:
    got = control_places(
        "Russian units kept up their assault on Chasiv Yar. Yevgeny Prigozhin said the town "
        "had been taken and that Ukrainian units were pulling back."
    )
    assert ("Chasiv Yar", "RU", "RU") in got


def test_people_taken_somewhere_are_no_ground_taken() -> None:
    got = control_rows("Mikhail Mizintsev said residents of Mariupol had been taken to Taganrog.")
    assert got == set()


def test_not_saying_a_town_was_taken_is_no_claim() -> None:
    got = control_rows(
        "Hanna Maliar spoke of gains near Robotyne but did not say it had been taken."
    )
    assert got == set()
    got = control_rows("Hanna Maliar did not say the village of Robotyne had been taken.")
    assert got == set()


# --- ground given up or ceded; ground secured ----------------------------------------------------


def test_ground_given_up_passes_to_the_other_side() -> None:
    got = control_places(
        "The UK Ministry of Defence assessed that Ukrainian forces have likely given up much of "
        "Marinka."
    )
    assert got == {("Marinka", "RU", "GB")}


def test_a_ceded_town_passes_to_the_other_side() -> None:
    got = control_places(
        "Oleksandr Syrskyi said Ukrainian units had ceded Avdiivka to avoid encirclement."
    )
    assert got == {("Avdiivka", "RU", "UA")}


def test_soldiers_surrendering_near_a_town_cede_no_ground() -> None:
    assert (
        control_rows("Denis Pushilin said 300 Ukrainian soldiers surrendered near Marinka.")
        == set()
    )


def test_refusing_to_give_up_a_town_is_no_loss() -> None:
    assert (
        control_rows("Oleksandr Syrskyi said Ukrainian units would not give up Kupiansk.") == set()
    )


def test_a_secured_town_is_taken() -> None:
    got = control_places("Oleh Syniehubov said Ukrainian troops had secured Izium.")
    assert got == {("Izium", "UA", "UA")}


def test_securing_a_release_takes_no_ground() -> None:
    got = control_rows(
        "Oleh Syniehubov said Kyiv had secured the release of 20 prisoners from Izium."
    )
    assert got == set()


# --- "according to" a sided source -------------------------------------------------------------


def test_according_to_a_sided_officer_gives_the_claimer() -> None:
    got = control_places(
        "The northern half of Vovchansk is still held by Russian troops, according to a "
        "Ukrainian officer quoted by local media."
    )
    assert got == {("Vovchansk", "RU", "UA")}


def test_according_to_an_unsided_source_gives_no_claimer() -> None:
    got = control_places("Russian troops have entered Vovchansk, according to local residents.")
    assert got == {("Vovchansk", "RU", None)}


# --- "occupied X region" as a route's location -------------------------------------------------


def test_a_route_through_occupied_regions_is_no_claim() -> None:
    got = control_rows(
        "The UK Ministry of Defence said Russia would lean on the rail corridor through occupied "
        "Kherson and Zaporizhzhia oblasts."
    )
    assert got == set()


def test_holding_an_occupied_region_is_still_a_claim() -> None:
    got = control_places(
        "The UK Ministry of Defence said Russia still holds occupied Kherson oblast."
    )
    assert ("Kherson oblast", "RU", "GB") in got


# --- "getting X back" -----------------------------------------------------------------------------


def test_getting_a_city_back_is_taking_it() -> None:
    got = control_places("Volodymyr Zelensky said Ukraine was getting Kherson back.")
    assert got == {("Kherson", "UA", "UA")}


def test_winning_a_town_back() -> None:
    got = control_places("Oleksandr Syrskyi said Ukrainian troops had won Kupiansk back on Sunday.")
    assert got == {("Kupiansk", "UA", "UA")}


def test_getting_to_a_city_is_no_claim() -> None:
    assert (
        control_rows("Volodymyr Zelensky said Ukrainian troops got to Kherson on Friday.") == set()
    )


def test_not_yet_getting_a_city_back_is_no_claim() -> None:
    assert control_rows("Volodymyr Zelensky said Ukraine had not got Kherson back yet.") == set()


# --- a name the gazetteer lacks after "liberated" -----------------------------------------------


def test_an_unlisted_village_after_liberated_is_a_place() -> None:
    got = control_places("Serhiy Haidai said on Tuesday that Ukrainian units liberated Hrekivka.")
    assert got == {("Hrekivka", "UA", "UA")}


def test_a_capitalised_common_word_after_liberated_is_no_place() -> None:
    got = control_rows("Serhiy Haidai said the troops liberated Monday's convoy of prisoners.")
    assert got == set()


def test_an_unlisted_village_after_a_quoted_liberated() -> None:
    got = control_places('Igor Konashenkov said on Friday that its units had "liberated" Hrekivka.')
    assert ("Hrekivka", "RU", "RU") in got


# --- a body named before ", which said": its claim ----------------------------------------------


def test_the_antecedent_of_which_said_is_the_claimer() -> None:
    got = control_places(
        "The claim came on Tuesday from Ukraine's General Staff, which said its troops had "
        "retaken Robotyne."
    )
    assert got == {("Robotyne", "UA", "UA")}


def test_which_said_after_an_unsided_body_gives_no_side() -> None:
    got = control_places(
        "The claim came on Tuesday from a monitoring group, which said troops had retaken Robotyne."
    )
    assert got == set()


# --- a share of "the territory" in a region -----------------------------------------------------


def test_share_of_the_territory_in_a_named_region() -> None:
    got = control_rows(
        "Valery Gerasimov said Russian troops had cleared 70% of the territory Ukraine seized in "
        "the Belgorod region."
    )
    assert ("Belgorod oblast", "RU", 0.7, "RU") in got


def test_share_of_the_territory_in_the_region_named_before() -> None:
    got = control_rows(
        "At a command post in the Belgorod region, Valery Gerasimov said Russian troops had "
        "cleared 70% of the territory Ukraine once held in the region."
    )
    assert got == {("Belgorod oblast", "RU", 0.7, "RU")}


def test_ground_once_held_is_no_claim_of_the_present() -> None:
    assert control_rows("Oleksandr Syrskyi said Ukrainian troops once held Vovchansk.") == set()


# --- an advance into a place ---------------------------------------------------------------------


def test_pressing_on_into_a_neighbouring_region() -> None:
    got = control_places(
        "Igor Konashenkov said Russian units were pressing on into the neighbouring Sumy region."
    )
    assert got == {("Sumy oblast", "RU", "RU")}


def test_pushed_into_the_centre_of_a_town() -> None:
    got = control_places(
        "Viktor Trehubov said Russian units had pushed into the centre of Toretsk."
    )
    assert got == {("Toretsk", "RU", "UA")}


def test_broke_into_a_village() -> None:
    got = control_places("Igor Konashenkov said Russian troops broke into Ocheretyne on Sunday.")
    assert ("Ocheretyne", "RU", "RU") in got


def test_an_advance_thrown_back_is_no_claim() -> None:
    got = control_rows(
        "Viktor Trehubov said Russian units pushed into Toretsk but were driven back."
    )
    assert got == set()


def test_an_attempted_advance_is_no_claim() -> None:
    assert (
        control_rows("Viktor Trehubov said Russian units were trying to push into Toretsk.")
        == set()
    )


def test_an_advance_the_analyst_will_not_call_control() -> None:
    got = control_rows(
        "Footage indicates that Russian forces have advanced into central Toretsk, but analysts "
        "have not observed evidence confirming that they control the town."
    )
    assert got == set()


# --- towns that only locate the ground held ------------------------------------------------------


def test_a_strip_around_listed_towns_is_not_the_towns() -> None:
    got = control_rows(
        "Serhiy Haidai said only a pocket around Bakhmut, Soledar and Siversk remains in "
        "Ukrainian hands."
    )
    assert got == set()


def test_listed_towns_in_hands_are_still_claimed() -> None:
    got = control_places(
        "Serhiy Haidai said Bakhmut, Soledar and Siversk remain in Ukrainian hands."
    )
    assert got == {("Bakhmut", "UA", "UA"), ("Soledar", "UA", "UA"), ("Siversk", "UA", "UA")}


# --- an unattributed past event told as background ----------------------------------------------


def test_an_unattributed_withdrawal_last_year_is_background() -> None:
    got = control_rows(
        "The bridge has been out of use since Russian units abandoned Lyman and Sviatohirsk "
        "last autumn."
    )
    assert got == set()


def test_an_unattributed_withdrawal_last_night_is_news() -> None:
    got = control_places("Russian units abandoned Lyman last night.")
    assert got == {("Lyman", "UA", None)}


def test_a_sided_claim_about_last_year_stays() -> None:
    got = control_places("Serhiy Cherevatyi said Russian units abandoned Lyman last October.")
    assert got == {("Lyman", "UA", "UA")}
