"""Round 21: the seventeenth session's fixes, each from a blind set's miss (fresh68-71): a
numbered heading over a statement page's paragraph, "As X reported", openers that are no
speaker, transport told in the simple present, statuses said by negation, and the referents of
"the town", "the region" and "the bridge". Wordings of my own (not copied from a report)."""

from __future__ import annotations

import pytest

from tests._rows import bridge_rows, claim_rows, claim_speakers, control_rows, evac_rows

# --- who speaks ----------------------------------------------------------------------------


def test_a_numbered_heading_over_a_blank_line_speaks_the_paragraph_under_it() -> None:
    text = (
        "Statements on the Bakhmut direction\n\n"
        "1. General Staff of the Armed Forces of Ukraine (evening report, 18:00)\n\n"
        "The enemy attacked near Soledar and withdrew. Our units hold their positions in "
        "Zaitseve.\n\n"
        "2. Ministry of Defence of the Russian Federation (briefing)\n\n"
        "Russian units have taken full control of Zaitseve.\n"
    )
    sides = {sp: side for sp, side in claim_speakers(text)}
    assert sides.get("General Staff of the Armed Forces of Ukraine") == "UA"
    assert ("Zaitseve", "UA", None, "UA") in control_rows(text)
    assert ("Zaitseve", "RU", 1.0, "RU") in control_rows(text)


def test_an_unnumbered_masthead_over_a_blank_line_voices_nothing_below_it() -> None:
    # a dateline or masthead on its own line is no section heading
    text = "UNITED NATIONS, New York (meeting coverage)\n\nThe Russians hold Hostomel, Kyiv said.\n"
    assert ("Hostomel", "RU", None, "UA") in control_rows(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "As Operational Command South reported, Russian aircraft struck the island twice.",
        "As the General Staff said on Friday, Russian aircraft struck the island twice.",
        "Russian aircraft struck the island twice, as the General Staff reported.",
    ],
)
def test_as_x_reported_is_xs_statement(sentence: str) -> None:
    assert [side for _, side in claim_speakers(sentence)] == ["UA"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Instead, Russia's defence ministry repeated its offer to the garrison.", "defence"),
        ("East of the city, the regional administration said Russian guns shelled Bereznehuvate.",
         "administration"),
        ("Battlegroup South, the ministry said, improved its positions near Kurakhove.",
         "ministry"),
        ("Shops, a school and many homes had been destroyed overnight, Vyacheslav Chaus said.",
         "Chaus"),
        ("Easter, and Turkey said its diplomats had returned to Kyiv.", "Turkey"),
    ],
)  # fmt: skip
def test_an_opener_or_a_clause_before_the_comma_is_no_speaker(sentence: str, speaker: str) -> None:
    names = [sp for sp, _ in claim_speakers(sentence)]
    assert len(names) == 1 and speaker in names[0], names


def test_two_speakers_with_their_roles_still_split() -> None:
    text = "The governor, Oleh Syniehubov, and the mayor, Ihor Terekhov, both said Kharkiv was hit."
    assert [sp for sp, _ in claim_speakers(text)] == ["Oleh Syniehubov", "Ihor Terekhov"]


def test_a_source_speaking_on_condition_is_the_trailing_speaker() -> None:
    text = (
        "The village has been a grey zone since March, a battalion commander there told this "
        "newspaper, speaking on condition that his name not be used."
    )
    assert [sp for sp, _ in claim_speakers(text)] == ["battalion commander"]


def test_the_head_of_a_body_then_a_bare_name_is_one_speaker() -> None:
    text = (
        "Ukrainian forces control about half of Toretsk, the head of its military administration "
        'said on Friday. "The rest is in enemy hands," Vasyl Chynchyk said on television.'
    )
    assert [sp for sp, _ in claim_speakers(text)] == ["Vasyl Chynchyk"] * 2
    # ... but a name introduced with a role of its own is someone else
    text = (
        "The village is ours again, said the head of the local military administration. "
        "Yaroslav Yanushevych, the head of the regional military administration, said sappers "
        "had checked most settlements."
    )
    assert [sp for sp, _ in claim_speakers(text)][0] != "Yaroslav Yanushevych"


def test_the_defence_forces_and_afu_are_ukraines() -> None:
    text = "Andrii Besedin said Kupiansk is fully under the control of the Defence Forces."
    assert ("Kupiansk", "UA", 1.0, None) in control_rows(text) or any(
        r[:3] == ("Kupiansk", "UA", 1.0) for r in control_rows(text)
    )
    assert claim_rows("The AFU shelled Horlivka overnight, Denis Pushilin said.")[0][1] == "RU"


# --- evacuations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Governor Pavlo Kyrylenko said buses bring residents from Bakhmut to Pokrovsk.",
         ["Bakhmut", "Pokrovsk", "civilians", "ongoing", "UA"]),
        ("Serhiy Haidai said today's evacuation train leaves Pokrovsk at 15:00 for Lviv.",
         ["Pokrovsk", "Lviv", "civilians", "ongoing", "UA"]),
        ("Serhiy Haidai said the train from Lysychansk left with several hundred passengers.",
         ["Lysychansk", None, "civilians", "completed", "UA"]),
        ("Serhiy Haidai said volunteers had managed to take about 30 people out of Lysychansk.",
         ["Lysychansk", None, "civilians", "completed", "UA"]),
        ("Vitaliy Kim said city buses continue to take those who register to Odesa from "
         "Mykolaiv.", ["Mykolaiv", "Odesa", "civilians", "ongoing", "UA"]),
        ("Oleksandr Pavliuk said police were still bringing bed-ridden residents out of "
         "Borodianka.", ["Borodianka", None, "civilians", "ongoing", "UA"]),
    ],
)  # fmt: skip
def test_transport_and_people_taken_out_in_plain_tenses(sentence: str, row: list) -> None:
    assert evac_rows(sentence) == [row]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Iryna Vereshchuk said no agreement had been reached on a corridor for Kherson.",
         "refused"),
        ("Dmytro Zhyvytskyi said not a single corridor worked in Sumy region yesterday.",
         "impossible"),
        ("Oleksiy Danilov said the authorities were not organizing an evacuation of Bucha.",
         "refused"),
        ("The Pentagon said a ceasefire meant to let civilians leave Mariupol collapsed.",
         "impossible"),
        ("Pavlo Kyrylenko said residents who want to leave Lyman will be taken to Sloviansk.",
         "possible"),
        ("Serhiy Haidai said buses leave Lysychansk for Bakhmut when there is a lull.",
         "limited"),
        ("The mandatory evacuation announced on 15 October in the Kupiansk, Kurylivka, "
         "Petropavlivka and Kindrashivka communities continues, the regional administration "
         "said.", "ongoing"),
    ],
)  # fmt: skip
def test_a_status_said_by_negation_condition_or_continuation(sentence: str, status: str) -> None:
    rows = evac_rows(sentence)
    assert rows and {r[3] for r in rows} == {status}, rows


def test_accommodation_centres_opened_in_a_town_are_no_corridor_out_of_it() -> None:
    text = (
        "Governor Alexei Smirnov said temporary accommodation centres have opened in Kursk and "
        "Kurchatov for evacuees."
    )
    assert all(r[0] != "Kursk" for r in evac_rows(text))


def test_the_government_in_a_capital_is_no_origin() -> None:
    text = (
        "Denis Pushilin said residents of Kurakhove were trapped. Even the regional "
        "administration in Kiev, he noted, had admitted that it could not evacuate them."
    )
    assert [r[0] for r in evac_rows(text)] == ["Kurakhove"]


# --- control -------------------------------------------------------------------------------


def test_the_town_is_not_the_place_named_only_to_locate_it() -> None:
    text = (
        "In Irpin, a north-western suburb of Kyiv, Mayor Oleksandr Markushyn said Ukrainian "
        "forces now held about 80 percent of the town."
    )
    assert ("Irpin", "UA", 0.8, "UA") in control_rows(text)
    assert not any(r[0] == "Kyiv" for r in control_rows(text))


def test_near_a_second_town_is_no_locator_of_the_first() -> None:
    text = (
        "Kherson authorities said a landing party came ashore near Pokrovka and was destroyed, "
        "and that the village remains under their control."
    )
    assert any(r[0] == "Pokrovka" for r in control_rows(text))


def test_the_region_is_the_one_the_report_named_last() -> None:
    text = (
        "Kirill Stremousov, the Russian-installed deputy head of the Kherson region, said buses "
        "ran daily. He said the roads toward Kryvyi Rih were closed and insisted the whole region "
        "was under the control of the new administration."
    )
    assert ("Kherson oblast", "RU", 1.0, "RU") in control_rows(text)
    assert not any(r[0] == "Kryvyi Rih" for r in control_rows(text))


# --- bridges -------------------------------------------------------------------------------


def test_quoted_azov_fighters_are_ukraines_actors() -> None:
    text = (
        'Eduard Basurin claimed that retreating "Azov" fighters had blown up two bridges across '
        "the Kalmius river."
    )
    assert [(r["actor_side"], r["count"]) for r in bridge_rows(text)] == [("UA", 2)]


def test_a_joined_verb_keeps_the_first_verbs_subject_as_actor() -> None:
    text = (
        "Igor Konashenkov said Russian forces had pushed Ukrainian troops back across the "
        "Inhulets and had destroyed a pontoon crossing the Ukrainians were using."
    )
    assert [r["actor_side"] for r in bridge_rows(text)] == ["RU"]


def test_the_bridge_just_named_not_the_river_of_an_earlier_paragraph() -> None:
    from analyst_kit.parse import read_reports

    text = (
        "date 2022-10-14\nRussia's defence ministry said it destroyed two pontoon crossings over "
        "the Oskil river near Kupiansk.\n\nPutin put the FSB in charge of protecting the Crimean "
        "bridge. Road traffic on the bridge has resumed on one carriageway, Russian officials "
        "say.\n"
    )
    rows = read_reports([text])["bridges"].to_dict("records")
    last = rows[-1]
    assert last["name"] == "Crimean bridge" and last["river"] == "Kerch Strait"


def test_a_railway_bridge_is_another_bridge_than_the_road_bridge() -> None:
    text = (
        "Ukrainian troops operate near the Antonivskyi road bridge, which Russian forces blew up "
        "in November. The Antonivskyi railway bridge upstream is also impassable."
    )
    rows = bridge_rows(text)
    assert rows[-1]["actor_side"] is None


# --- later in the round ----------------------------------------------------------------------


def test_a_capital_after_a_place_preposition_is_where_not_who() -> None:
    text = "Russian forces northwest of Kyiv continue to hold Hostomel and Bucha, ISW said."
    assert {(r[0], r[1]) for r in control_rows(text)} == {("Hostomel", "RU"), ("Bucha", "RU")}
    # ... while the forces "of Ukraine" are still Ukraine's
    text = (
        "The Russian Defence Ministry said retreating units of the Armed Forces of Ukraine blew "
        "up a road bridge across the Bakhmutka river."
    )
    assert [r["actor_side"] for r in bridge_rows(text)] == ["UA"]


def test_the_defenders_said_by_a_side_are_its_own() -> None:
    text = "Deputy Defence Minister Hanna Maliar says the defenders still hold Bakhmut."
    assert ("Bakhmut", "UA", None, "UA") in control_rows(text)


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Sergei Shoigu accepted a proposal from Sergei Surovikin, the commander of Russian forces "
         "in Ukraine, to withdraw from Kherson and take up positions on the left bank.", None),
        ("Ukraine's Khortytsia group said its units had been authorised to withdraw from "
         "Vuhledar.", "RU"),
    ],
)  # fmt: skip
def test_a_withdrawal_to_be_made_is_an_aim_unless_forced_or_authorised(sentence, held) -> None:
    rows = {r for r in control_rows(sentence) if r[0] in ("Kherson", "Vuhledar")}
    assert {r[1] for r in rows} == ({held} if held else set()), rows


def test_the_capitals_authorities_are_no_origin_of_an_evacuation() -> None:
    text = (
        "According to Mikhail Mizintsev, 19,000 people had been evacuated to Russia from "
        "dangerous areas of Ukraine and the Donbass republics without the participation of the "
        "Kiev authorities."
    )
    assert all(r[0] != "Kyiv" for r in evac_rows(text))


def test_the_city_before_a_semicolon_is_not_the_next_statements_town() -> None:
    text = (
        "Serhiy Haidai said Sievierodonetsk was under constant fire.\n\nEvacuation from the city "
        "is currently impossible, he says; teams are still taking people out of Lysychansk."
    )
    assert [(r[0], r[3]) for r in evac_rows(text)][:1] == [("Sievierodonetsk", "impossible")]


def test_front_line_towns_of_the_governors_region_are_the_region() -> None:
    text = (
        "Vadym Filashkin, governor of the Ukrainian-held part of Donetsk region, again urged the "
        "remaining residents of front-line towns to leave."
    )
    assert [(r[0], r[3]) for r in evac_rows(text)] == [("Donetsk oblast", "requested")]


def test_a_post_header_may_date_its_time_in_words() -> None:
    text = (
        "A digest of posts, translated.\n\n"
        "Tue 25 Apr, 12:10 | Bilozerka settlement military administration\n"
        "The administration decides to evacuate residents of the villages of the Kizomys "
        "district.\n\n"
        "Thu 27 Apr, 09:50 | Russian Ministry of Defence, daily summary\n"
        "Units of the Dnepr group destroyed two enemy groups trying to land on the islands.\n"
    )
    sides = [side for _, side in claim_speakers(text)]
    assert sides == ["UA", "RU"], claim_speakers(text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A Ukrainian drone operator with the call sign Sokil, whose unit works on the western "
         "approach, said the road bridge had been hit by a guided bomb.", ("Sokil", "UA")),
        ("A Ukrainian drone operator said the road bridge had been hit by a guided bomb.",
         ("Ukrainian drone operator", "UA")),
    ],
)  # fmt: skip
def test_soldiers_by_trade_and_call_sign_are_speakers(sentence: str, speaker: tuple) -> None:
    assert claim_speakers(sentence) == [speaker]


def test_a_un_office_with_full_stops_keeps_its_own_name() -> None:
    text = "The U.N. human rights office said it had recorded 5,700 civilian deaths."
    assert claim_speakers(text) == [("U.N. human rights office", "INTL")]


def test_a_bracketed_time_and_a_writer_alone_on_a_line_head_the_post_below() -> None:
    text = (
        "A digest of official channels, translated.\n\n"
        "[08:55] Vyacheslav Zadorenko, head of the Derhachi community\n"
        "The aggressor shelled Derhachi and Slatyne overnight.\n\n"
        "[09:40] Zadorenko, second post\n"
        "A third of the community is occupied.\n\n"
        "[13:05] Vitaly Ganchev, head of the Russian-installed administration of Kharkov region\n"
        "Ukrainian artillery shelled Kazachya Lopan overnight.\n"
    )
    assert claim_speakers(text) == [
        ("Vyacheslav Zadorenko", "UA"), ("Vyacheslav Zadorenko", "UA"), ("Vitaly Ganchev", "RU"),
    ]  # fmt: skip


def test_a_bracketed_time_before_a_sentence_is_no_header() -> None:
    text = "[08:55] Russian troops shelled Derhachi overnight.\nThe council said two were hurt.\n"
    assert "Russian troops shelled Derhachi overnight" not in {sp for sp, _ in claim_speakers(text)}


def test_un_initials_neither_end_a_sentence_nor_hide_a_speaker() -> None:
    text = (
        "At an emergency session of the U.N. Security Council overnight, U.N. political affairs "
        'chief Rosemary DiCarlo said the risk of a major conflict was "real".'
    )
    assert claim_speakers(text) == [("Rosemary DiCarlo", "INTL")]


def test_the_words_of_a_question_asked_are_not_its_answerers() -> None:
    text = (
        "Monitors from the OSCE said they had recorded 1,500 ceasefire violations. Asked whether "
        "Moscow recognised the republics within the borders they claim, Kremlin spokesman Dmitry "
        'Peskov said Russia recognised them "within the borders in which they were proclaimed".'
    )
    assert claim_speakers(text)[1] == ("Dmitry Peskov", "RU")


def test_the_kremlin_is_no_origin_and_a_wish_is_no_evacuation_done() -> None:
    text = (
        'After talks in the Kremlin, the UN said Vladimir Putin had agreed "in principle" to the '
        "involvement of the UN in evacuating civilians from the Azovstal plant."
    )
    assert [r[0] for r in evac_rows(text)] == ["Azovstal steelworks"]
    text = (
        '"It would be much easier for us to do our job if all the residents were evacuated," '
        "Vitaliy Barabash said of Avdiivka."
    )
    assert [r[3] for r in evac_rows(text)] == ["requested"]


def test_an_overpass_is_a_bridge_and_the_army_is_the_speakers_own() -> None:
    text = "Vasyl Chynchyk said Russian shells had hit the overpass over the railway in Toretsk."
    assert [(r["status"], r["actor_side"]) for r in bridge_rows(text)] == [("damaged", "RU")]
    text = "Oleksandr Vilkul said the army had blown up two bridges across the Inhulets river."
    assert [(r["actor_side"], r["count"]) for r in bridge_rows(text)] == [("UA", 2)]


def test_a_time_in_the_morning_ends_a_sentence_before_a_pronoun() -> None:
    from analyst_kit._sentences import split_sentences

    text = (
        "The strike came at about 4 a.m. He said the blast damaged an overpass. It began at "
        "5 p.m. Moscow time, officials said."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The strike came at about 4 a.m.",
        "He said the blast damaged an overpass.",
        "It began at 5 p.m. Moscow time, officials said.",
    ]
