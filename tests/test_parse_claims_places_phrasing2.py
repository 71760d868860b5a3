"""Speaker attribution and place phrasings of round 3 (claims and places tables)."""

from __future__ import annotations

import pandas as pd

from analyst_kit import _attribution as attr
from analyst_kit.parse import parse_report


def _phrase(sentence: str) -> str | None:
    """The speaker phrase find_speaker_phrase reads in ``sentence`` (None when none)."""
    _, outlet_spans = attr.find_outlet(sentence)
    found = attr.find_speaker_phrase(sentence, outlet_spans)
    return found["np"] if found else None


def _claims(text: str) -> pd.DataFrame:
    """The claims table parse_report reads in ``text``."""
    return parse_report(text)["claims"]


# --- a time opener with its edge: "Late on 2 April, X published ..." -------------------------
def test_late_on_a_date_opener_is_no_part_of_the_speaker() -> None:
    s = "Late on 14 May, Wagner Group owner Yevgeny Prigozhin posted a clip from the centre."
    assert _phrase(s) == "Wagner Group owner Yevgeny Prigozhin"


def test_early_on_a_weekday_opener_is_no_part_of_the_speaker() -> None:
    s = "Early on Sunday, Governor Oleh Syniehubov said two districts had been shelled."
    assert _phrase(s) == "Governor Oleh Syniehubov"


def test_late_last_night_opener() -> None:
    s = "Late last night, the Kremlin said the talks had been postponed."
    assert _phrase(s) == "the Kremlin"


# --- the narrator's imperative aside is no speaker ---------------------------------------------
def test_recall_that_is_no_speaker() -> None:
    s = "Recall that the ministry said in May that the town was fully surrounded."
    assert _phrase(s) != "Recall"


def test_note_that_is_no_speaker() -> None:
    s = "Note that officials said nothing about the second convoy."
    assert _phrase(s) not in ("Note", "Note that officials")


# --- "used his address to say": the subject of a purpose frame speaks ----------------------------
def test_used_his_address_to_say() -> None:
    s = "President Volodymyr Zelensky used his nightly address to say that three villages were free."
    assert _phrase(s) == "President Volodymyr Zelensky"


def test_took_to_telegram_to_deny() -> None:
    s = "The regional governor took to Telegram to deny that the bridge had been hit."
    assert _phrase(s) == "The regional governor"


def test_used_a_press_conference_in_a_city_to_urge() -> None:
    s = "Ukraine's foreign minister used a press conference in Brussels to urge allies to hurry."
    assert _phrase(s) == "Ukraine's foreign minister"


def test_used_a_pause_to_say_goodbye_is_no_statement() -> None:
    # the frame's object is no medium of a statement: no speaker
    assert _phrase("Residents used the pause to say goodbye to their neighbours.") is None


def test_infinitive_only_verbs_need_to() -> None:
    # "announce" / "deny" are statements only as an infinitive, not as a noun-like base form
    assert _phrase("Plans announce a new phase of the works on the dam.") is None


# --- ", where X said": a relative clause of place opens a clause of its own -----------------------
def test_where_clause_speaker_with_a_long_tail() -> None:
    s = (
        "The delegations met in Istanbul, where Moscow's deputy defence minister, Alexander "
        "Fomin, said Russia would scale back its activity around the capital and in the north."
    )
    assert _phrase(s) == "Moscow's deputy defence minister, Alexander Fomin"


def test_where_clause_speaker_role_then_name() -> None:
    s = (
        "Fighting continues around Bakhmut, where Ukraine's deputy defence minister Hanna "
        "Maliar says Ukrainian units have advanced on both flanks of the city this week."
    )
    assert _phrase(s) == "Ukraine's deputy defence minister Hanna Maliar"


def test_where_clause_without_speech_verb_has_no_speaker() -> None:
    s = "Troops pulled back to Siversk, where the defensive line runs along the river."
    assert _phrase(s) is None


# --- a digest's bullet before a short opener ---------------------------------------------------
def test_bullet_then_opener_then_role_and_name_with_long_tail() -> None:
    s = (
        "- In an interview with the BBC, the commander of the Khortytsia group, General "
        "Oleksandr Syrskyi, said his units had stopped the assault north of the town and were "
        "now counter-attacking, though he admitted losses had been heavy."
    )
    assert _phrase(s) == ("the commander of the Khortytsia group, General Oleksandr Syrskyi")


# --- "the service said": the body the sentence named before --------------------------------------
def test_the_service_said_is_the_service_named_before() -> None:
    s = "Crews of the State Emergency Service put out the fire by dawn, the service said."
    assert _phrase(s) == "State Emergency Service"


def test_the_ministry_said_with_no_ministry_named_stays() -> None:
    s = "Shelling damaged the Zaporizhzhia Nuclear Power Plant overnight, the ministry said."
    assert _phrase(s) == "the ministry"


# --- a body word and an owner in a speaker phrase ------------------------------------------------
def test_militia_of_the_self_proclaimed_republic_is_a_speaker_of_russia() -> None:
    s = "The militia of the self-proclaimed republic said its units had entered the village."
    assert _phrase(s) == "The militia of the self-proclaimed republic"
    assert attr.side_of_phrase(_phrase(s)) == "RU"


def test_owner_is_a_role_word() -> None:
    s = "Wagner Group owner Yevgeny Prigozhin said his men held the city hall."
    assert _phrase(s) == "Wagner Group owner Yevgeny Prigozhin"


# --- a definite role names its holder, not the last speaker ---------------------------------------
def test_the_governor_is_the_governor_not_the_last_speaker() -> None:
    text = (
        "Governor Serhiy Haidai said the road to Lysychansk was under fire.\n\n"
        "The separatist militia said its units had entered the village of Toshkivka.\n\n"
        "The governor said shelling of the city was the heaviest yet."
    )
    df = _claims(text)
    last = df[df["text"].str.startswith("The governor")]
    assert list(last["speaker"]) == ["Serhiy Haidai"]


# --- a post tag on a line of its own labels the posts below it -------------------------------------
def test_post_tag_line_is_no_claim_and_relays_the_post_below() -> None:
    text = (
        "TELEGRAM DIGEST - 22 June\n\n"
        "[22.06, Governor's channel]\n"
        "Governor Serhiy Haidai said the road west was still open.\n\n"
        "[22.06, Russian MoD, via TASS]\n"
        "Lt Gen Igor Konashenkov said strikes had hit reserves near the plant.\n"
    )
    df = _claims(text)
    assert not df["text"].str.startswith("[").any()
    row = df[df["speaker"] == "Igor Konashenkov"].iloc[0]
    assert row["outlet"] == "TASS"
    # the relay of the tag below is not the governor's, above it
    assert df[df["speaker"] == "Serhiy Haidai"]["outlet"].isna().all()


# --- "In the neighbouring X region, ..." is an opener, not a speaker ------------------------------
def test_neighbouring_region_opener_leaves_the_trailing_speaker() -> None:
    s = (
        "In the neighbouring Bryansk region, saboteurs crossed the border near two villages "
        "last week, Russian officials said, and the ministry has claimed to have pushed them back."
    )
    assert _phrase(s) == "Russian officials"


def test_neighbouring_region_opener_before_a_subject() -> None:
    s = "In the neighbouring Sumy region, the governor said three villages were shelled."
    assert _phrase(s) == "the governor"


# --- a sentence of no confirmation is no statement --------------------------------------------------
def test_not_confirmed_the_claim_is_no_statement() -> None:
    assert _phrase("Ukrainian officials did not confirm the report.") is None
    assert _phrase("Kyiv has not formally confirmed.") is None


def test_not_confirming_what_is_still_a_statement() -> None:
    # "did not confirm which ...": a statement about what is and is not said
    s = "Navy spokesman Dmytro Pletenchuk did not confirm which missiles were used."
    assert _phrase(s) == "Navy spokesman Dmytro Pletenchuk"


def test_hinted_but_did_not_confirm_is_the_subjects_statement() -> None:
    s = "Presidential adviser Mykhailo Podolyak hinted at a sabotage but did not confirm it."
    assert _phrase(s) == "Presidential adviser Mykhailo Podolyak"


# --- a relative clause's speech verb speaks for its antecedent ---------------------------------------
def test_body_which_said() -> None:
    s = (
        "The figure was first given by the Russian Defence Ministry, which said its units had "
        "taken four villages near the border."
    )
    assert _phrase(s) == "the Russian Defence Ministry"


def test_person_who_wrote() -> None:
    s = "The toll was later raised by Governor Vitaliy Kim, who wrote that nine had died."
    assert _phrase(s) == "Governor Vitaliy Kim"


def test_place_which_was_shelled_is_no_speaker() -> None:
    assert _phrase("Residents fled to Kharkiv, which has been shelled daily.") is None


# --- rubrics and reposts --------------------------------------------------------------------------
def test_competing_claims_rubric_is_no_speaker() -> None:
    assert _phrase("Competing claims") is None
    assert _phrase("Conflicting reports") is None


def test_reposted_is_a_post_of_ones_own() -> None:
    s = "Presidential aide Kyrylo Tymoshenko reposted the photograph with a short caption."
    assert _phrase(s) == "Presidential aide Kyrylo Tymoshenko"


# --- places: a country or capital acting is its government, not its ground ------------------------
def _mentions(text: str) -> list[str]:
    """The place mentions parse_report keeps in ``text`` (metonyms dropped)."""
    return list(parse_report(text)["places"]["mention"])


def test_country_as_subject_of_an_active_verb_is_no_place() -> None:
    assert "Russia" not in _mentions("Analysts doubt that Russia has achieved a breakthrough.")
    assert "Ukraine" not in _mentions("Ukraine pushed back against the claim on Sunday.")
    assert "Russia" not in _mentions("Officials said Russia was ready to open two corridors.")


def test_capital_as_subject_of_a_modal_is_no_place() -> None:
    assert "Moscow" not in _mentions("It is a hub which Moscow has tried to capture for a year.")


def test_country_after_a_preposition_or_in_a_passive_stays_a_place() -> None:
    assert "Ukraine" in _mentions("Fighting in Ukraine continued through the night.")
    assert "Kyiv" in _mentions("Kyiv was shelled overnight, the mayor said.")
    assert "Kyiv" in _mentions("Kyiv has been hit by missiles again.")


def test_country_possessive_of_a_unit_or_cause_is_no_place() -> None:
    assert "Ukraine" not in _mentions("Ukraine's 47th Separate Mechanised Brigade says it held.")
    assert "Ukraine" not in _mentions("The balance has shifted in Ukraine's favour, she said.")
    # a possessive of ground stays a place
    assert "Ukraine" in _mentions("Drones crossed Ukraine's northern border near Sumy.")


def test_war_channel_time_and_body_names_are_no_place() -> None:
    assert "Russia" not in _mentions("LIVE: Russia-Ukraine war, day 200")
    assert "Rossiya" not in _mentions("Speaking to the Rossiya-24 TV channel, Pushilin said so.")
    assert "Kyiv" not in _mentions("Posts checked 08:00-10:00 Kyiv time show no change.")
    assert "Ukraine" not in _mentions(
        "The General Staff of the Armed Forces of Ukraine issued a clarification."
    )


def test_oblast_centre_direction_is_the_oblast() -> None:
    df = parse_report("Kharkiv direction: assaults near Vovchansk were repelled.")["places"]
    assert "Kharkiv oblast" in set(df["name"])
    assert "Kharkiv" not in set(df["name"])


def test_sentence_adverb_before_a_listed_place_is_no_place() -> None:
    text = "Troops pushed towards Izium.\n\nSeparately, Kharkiv mayor Ihor Terekhov said so."
    assert "Separately" not in _mentions(text)


# --- places: a settlement the gazetteer lacks, named after a verb of taking ground -----------------
def test_liberated_names_an_unlisted_village() -> None:
    df = parse_report("Ukrainian troops had liberated Dovhenke, a village on the border.")
    assert "Dovhenke" in set(
        parse_report("Troops liberated Dovhenke, a village.")["places"]["mention"]
    )
    assert len(df["places"]) >= 1


def test_retook_names_an_unlisted_village() -> None:
    mentions = set(
        parse_report("Marines retook Ivanohrad, south of the city.")["places"]["mention"]
    )
    assert "Ivanohrad" in mentions


def test_liberated_before_a_nationality_is_no_place() -> None:
    assert list(parse_report("Troops liberated Ukrainian territory.")["places"]["mention"]) == []


# --- places: a roundup item's label reads as a place even when it looks like a surname ------------
def test_roundup_item_label_with_a_surname_shape_is_a_place() -> None:
    text = "Front roundup\n\n* Pisky. Shelling continued around the village near Donetsk airport."
    df = parse_report(text)["places"]
    row = df[df["mention"] == "Pisky"].iloc[0]
    # the curated village by Donetsk airport, not a Pisky of another oblast
    assert abs(row["lat"] - 48.065) < 0.1 and abs(row["lon"] - 37.66) < 0.1


def test_surname_shaped_word_before_a_stop_mid_line_is_no_place() -> None:
    assert list(parse_report("He met Kovalsky. Then he left.")["places"]["mention"]) == []


# --- a zero relative clause: "a route Russian officials have vowed to keep" -------------------------
def test_noun_before_a_zero_relative_clause_is_no_speaker() -> None:
    s = "The town sits on the main highway, a road Russian commanders have vowed to hold."
    assert _phrase(s) != "a road Russian commanders"
    assert attr.np_is_speaker("a claim Ukrainian officials") is False


def test_adjective_before_a_capitalised_body_stays_a_speaker() -> None:
    assert attr.np_is_speaker("the influential Rybar channel")
    assert attr.np_is_speaker("the state-run Ukrainian Railways company")


# --- the report's own "we" weighing its sources is no quoted speaker --------------------------------
def test_narrator_we_is_not_the_last_speaker() -> None:
    text = (
        "Governor Oleh Syniehubov said shelling of Kupiansk had intensified overnight.\n\n"
        "We have not observed Russian ground assaults on the town itself."
    )
    df = _claims(text)
    assert not (
        df["text"].str.startswith("We have not") & (df["speaker"] == "Oleh Syniehubov")
    ).any()


def test_quoted_speakers_we_still_carries_over() -> None:
    text = (
        "Governor Oleh Syniehubov said shelling of Kupiansk had intensified overnight.\n\n"
        "We will evacuate the children first, he added."
    )
    df = _claims(text)
    assert (df["speaker"] == "Oleh Syniehubov").sum() == 2
