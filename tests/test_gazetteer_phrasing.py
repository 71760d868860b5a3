"""Place phrasing in reports: places named by the kind of place after them, names with Latin
diacritics, locative cues, people whose surname is a town, the Kremlin as a site."""

from __future__ import annotations

from analyst_kit import gazetteer as gz


def _found(text: str) -> dict[str, dict]:
    """Found places by mention (metonyms left out, as the parser's places table does)."""
    return {r["mention"]: r for r in gz.find_places(text, as_records=True) if not r["metonym"]}


# ---------------------------------------------------------------- "the <Name> airfield/region"
def test_unlisted_airfield_and_region_named_by_head_noun():
    found = _found("Drones struck the Borisoglebsk airfield in the Voronezh region overnight.")
    assert found["Borisoglebsk airfield"]["kind"] == "facility"
    assert found["Borisoglebsk airfield"]["name"] == "Borisoglebsk airfield"


def test_unlisted_district_adjective_is_region():
    found = _found("The shell landed in the Valuysky district of Belgorod Oblast.")
    assert found["Valuysky district"]["kind"] == "region"


def test_plural_hromadas_each_named():
    found = _found("Shelling hit the Bilopilska and Myropilska hromadas on Friday.")
    names = {r["name"] for r in found.values()}
    assert {"Bilopilska hromada", "Myropilska hromada"} <= names


def test_hromada_adjective_resolves_to_centre_named_in_text():
    text = (
        "Shelling continued in Velyka Novosilka. Officials urged people across the "
        "Velykonovosilkivska hromada to leave."
    )
    rec = _found(text)["Velykonovosilkivska hromada"]
    assert rec["name"] == "Velyka Novosilka hromada"
    assert rec["kind"] == "region" and rec["lat"] is not None


def test_quarter_named_by_neighbourhood():
    found = _found("A shell hit a bus stop in the Trudovskiye neighbourhood of Donetsk.")
    assert found["Trudovskiye neighbourhood"]["kind"] == "other"


def test_head_noun_without_article_or_english_adjective_is_not_a_place():
    found = _found(
        "Officials in the Baltic region and Western district met. Drone airfield use grew."
    )
    assert not any("Baltic" in m or "Western" in m for m in found)
    assert not any("airfield" in m for m in found)


# ---------------------------------------------------------------- names with diacritics
def test_polish_village_with_diacritic_kept_whole():
    found = _found("The blast hit a grain dryer in the village of Hrubieszów near the border.")
    assert "Hrubieszów" in found
    assert "Hrubiesz" not in found


# ---------------------------------------------------------------- "in nearby X"
def test_nearby_is_a_locative_cue():
    found = _found("Armed men were reported in nearby Zhuralevka on Thursday.")
    assert "Zhuralevka" in found


def test_nearby_before_a_common_word_adds_nothing():
    found = _found("Residents of nearby Monday markets fled.")
    assert "Monday" not in found


# ---------------------------------------------------------------- people and venues
def test_given_name_before_a_town_names_a_person():
    found = _found(
        "Kyiv reacted within hours.\nIhor Zhovkva, a presidential aide, told television."
    )
    assert "Zhovkva" not in found


def test_town_without_a_given_name_is_kept():
    found = _found("Fighting near Zhovkva was reported.")
    assert "Zhovkva" in found


def test_venue_named_after_a_region_is_not_the_region():
    assert "Donbas" not in _found("The match was played at the Donbas Arena in 2012.")
    assert "Donbas" in _found("Shelling continued across Donbas.")


# ---------------------------------------------------------------- the Kremlin
def test_kremlin_after_preposition_of_place_is_the_site():
    assert "Kremlin" in _found("Two drones exploded over the Kremlin overnight.")


def test_kremlin_as_speaker_stays_a_metonym():
    assert "Kremlin" not in _found("The Kremlin said the talks had stalled.")
    assert "Kremlin" not in _found("At the Kremlin's daily briefing, questions were taken.")


# ---------------------------------------------------------------- curated places abroad
def test_russian_city_with_surname_ending_is_found_unaided():
    rec = _found("Drones hit Saratov overnight.")["Saratov"]
    assert rec["country"] == "RU" and rec["lat"] > 50


def test_russian_city_before_governor_is_its_oblast():
    assert _found("Saratov governor Roman Busargin said all was calm.")["Saratov"]["kind"] == (
        "region"
    )


def test_air_base_named_after_town_resolves_to_curated_base():
    rec = _found("Blasts were reported at the Engels airfield before dawn.")["Engels airfield"]
    assert rec["kind"] == "facility" and rec["place_id"] == "fac:engels_air_base"


def test_treaty_named_after_city_is_not_the_city():
    assert "Geneva" not in _found("Prisoners are protected under the Geneva Conventions.")
    assert "Geneva" in _found("The agency told reporters in Geneva on Friday.")


# ---------------------------------------------------------------- "the <Name> road bridge"
def test_bridge_named_with_a_qualifier_is_a_bridge_place():
    rec = _found("Shells fell near the Darnytskyi railway bridge at noon.")
    assert rec["Darnytskyi railway bridge"]["kind"] == "bridge"


def test_bridge_type_is_not_a_bridge_name():
    found = _found("Engineers threw the Bailey bridge across in hours.")
    assert not any("bridge" in m for m in found)


# ---------------------------------------------------------------- people inside place lists
def test_title_after_a_listed_town_ends_the_list():
    found = _found(
        "Buses left the town of Vasylivka, Deputy Prime Minister Olha Stefanishyna said."
    )
    assert not any(m.startswith("Deputy") for m in found)


def test_name_with_a_role_after_the_comma_is_a_person():
    found = _found(
        "Missiles hit the bridge at Zatoka, Nataliya Humeniuk, spokesman for the army, said."
    )
    assert "Nataliya Humeniuk" not in found
    assert "Zatoka" in found


def test_listed_village_without_a_role_is_kept():
    found = _found("Shelling hit Zatoka, Karolino-Buhaz and Bilhorod-Dnistrovskyi.")
    assert "Karolino-Buhaz" in found


# ---------------------------------------------------------------- an oblast centre as its oblast
def test_names_before_plural_regions_are_oblasts():
    found = _found("Alerts sounded across the Kharkiv and Poltava regions.")
    assert found["Kharkiv"]["name"] == "Kharkiv oblast"
    assert found["Poltava"]["name"] == "Poltava oblast"


def test_cities_in_a_plain_list_stay_cities():
    found = _found("Alerts sounded in Kharkiv and Poltava overnight.")
    assert found["Kharkiv"]["kind"] == "settlement"


def test_variant_spelling_before_oblast_is_the_oblast():
    assert _found("Fighting in southern Zaporizhia Oblast went on.")["Zaporizhia"]["kind"] == (
        "region"
    )


def test_compass_pair_before_border_names_two_oblasts():
    found = _found("Units probed the northern Kherson-southern Mykolaiv border at dawn.")
    assert found["Kherson"]["kind"] == "region"


# ---------------------------------------------------------------- campaigns and krais
def test_campaign_named_after_oblast_centre_is_the_oblast():
    found = _found("The Kherson counteroffensive pushed on towards the Dnipro.")
    assert found["Kherson"]["kind"] == "region"


def test_krai_after_a_village_name_is_the_russian_region():
    rec = _found("The letter went to the governor of Primorsky Krai on Monday.")["Primorsky Krai"]
    assert rec["kind"] == "region"
    assert _found("Shelling hit Prymorskyi overnight.")["Prymorskyi"]["kind"] == "settlement"


def test_unlisted_reservoir_named_by_head_noun():
    rec = _found("Troops dug in along the Kleban-Byk reservoir south of the town.")
    assert rec["Kleban-Byk reservoir"]["kind"] == "other"


def test_quoted_nickname_before_bridge_is_a_bridge_place():
    found = _found('Locals call it the "Kosa bridge" since the war began.')
    assert found["Kosa bridge"]["kind"] == "bridge"
