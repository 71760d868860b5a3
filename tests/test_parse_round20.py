"""Round 20: a question-and-answer interview whose answers carry no name ("A: ...") is in the
voice of the person its introduction says it is with ("We spoke to NAME"), and each answer's
later sentences, to the paragraph's end or the next question, are that person's too. Wordings
of my own (not copied from a report)."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples, claim_speakers, control_rows, evac_rows

_KYIV = "Interview conducted by phone, translated from Ukrainian.\n\n"


@pytest.mark.parametrize(
    "intro",
    [
        "We spoke to the mayor, former heavyweight champion Vitali Klitschko, between two visits.",
        "We talked with Kyiv mayor Vitali Klitschko on Thursday.",
        "Our correspondent interviewed Vitali Klitschko, the mayor of Kyiv, at city hall.",
    ],
)
def test_bare_answers_are_the_interviewees(intro: str) -> None:
    text = (
        f"{_KYIV}{intro}\n\nQ: Where are the Russian troops?\n"
        "A: They are in Hostomel. Kyiv is fully under our control.\n"
    )
    assert claim_speakers(text) == [("Vitali Klitschko", "UA")] * 2
    assert ("Kyiv", "UA", 1.0, "UA") in control_rows(text)


def test_an_answer_voices_its_later_sentences_up_to_the_next_question() -> None:
    text = (
        f"{_KYIV}We spoke to Kyiv mayor Vitali Klitschko.\n\nQ: And the people of Irpin?\n"
        "A: Every day people come out on foot. The evacuation continues, but it is dangerous.\n\n"
        "Q: Is Hostomel lost? The Russian army says it holds Hostomel.\n"
    )
    rows = evac_rows(text)
    assert [r[3:] for r in rows] == [["ongoing", "UA"]]
    # the question's own words are the asker's: the army it quotes is a source, not the mayor
    assert ("Vitali Klitschko", "UA") not in claim_speakers(text)[2:]


def test_the_answers_voice_ends_with_its_paragraph() -> None:
    text = (
        f"{_KYIV}We spoke to Kyiv mayor Vitali Klitschko.\n\nQ: How is the city?\n"
        "A: It is calm tonight.\n\n"
        "Most embassies moved their staff to Lviv before the invasion. The Russians hold Hostomel.\n"
    )
    assert ("Hostomel", "RU", None, None) in control_rows(text)


def test_no_interview_layout_no_interviewee() -> None:
    # "spoke to" outside an interview only names someone: the narrator's sentences stay his own
    text = (
        "The minister spoke to Vitali Klitschko on Monday about the city's defences.\n\n"
        "The Russians hold Hostomel.\n"
    )
    assert ("Hostomel", "RU", None, None) in control_rows(text)
    assert ("Vitali Klitschko", "UA") not in claim_speakers(text)


def test_a_named_answerer_is_kept_over_the_introduction() -> None:
    text = (
        f"{_KYIV}We spoke to Kyiv mayor Vitali Klitschko and to Oleksandr Starukh.\n\n"
        "Q: What of Zaporizhzhia?\nA (Starukh): The evacuation from Vasylivka goes on.\n\n"
        "Q: And the buses?\nA: They leave every morning. The Russians hold Vasylivka.\n"
    )
    speakers = {sp for sp, _ in claim_speakers(text)}
    assert "Oleksandr Starukh" in speakers
    assert "Vitali Klitschko" not in speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Luhansk governor Serhiy Haidai disputed the claim on Telegram, writing that Ukrainian "
        "troops had regained full control of Bilohorivka.",
        "Luhansk governor Serhiy Haidai refuted the report, writing that Ukrainian troops had "
        "regained full control of Bilohorivka.",
    ],
)
def test_disputing_a_claim_is_a_statement(sentence: str) -> None:
    assert claim_speakers(sentence) == [("Serhiy Haidai", "UA")]
    assert control_rows(sentence) == {("Bilohorivka", "UA", 1.0, "UA")}


def test_disputed_as_an_adjective_is_no_speech() -> None:
    text = "The disputed village of Bilohorivka was shelled again."
    assert all(speaker is None for speaker, _ in claim_speakers(text))


_RAILWAY = (
    "Interview with Oleksandr Kamyshin, chief executive of Ukrainian Railways, conducted by "
    "phone. Translated and shortened.\n\n"
)


def test_questions_on_lines_of_their_own_set_off_the_answers() -> None:
    text = (
        f"{_RAILWAY}What about the cities that are cut off?\n\n"
        "To Mariupol there is no railway any more, so evacuation by train from there is "
        "impossible. Several railway bridges north of Kyiv were blown up.\n\n"
        "Where do the trains go?\n\n"
        "To Lviv and Uzhhorod.\n\n"
        "The Russian Defence Ministry said on the same day that Russian troops held Hostomel.\n"
    )
    assert [r[3:] for r in evac_rows(text)] == [["impossible", "UA"]]
    speakers = claim_speakers(text)
    assert speakers[:2] == [("Oleksandr Kamyshin", "UA")] * 2
    assert speakers[-1] == ("Russian Defence Ministry", "RU")
    # the question itself is no one's claim
    assert ("Hostomel", "RU", None, "RU") in control_rows(text)


def test_a_question_line_outside_an_interview_changes_nothing() -> None:
    text = (
        "What about the cities that are cut off?\n\n"
        "To Mariupol there is no railway any more, so evacuation by train from there is "
        "impossible.\n"
    )
    assert [r[3:] for r in evac_rows(text)] == [["impossible", None]]


_KHARKIV_DIGEST = "Kharkiv region, day 41: digest of official Telegram channels\n\n"


@pytest.mark.parametrize(
    ("header", "speaker"),
    [
        ("Oleh Syniehubov, head of the Kharkiv regional military administration, 08:20:", "Oleh Syniehubov"),
        ("General Staff of the Armed Forces of Ukraine, 18:00 update (Kharkiv extract):", "General Staff of the Armed Forces of Ukraine"),
        ("Barvinkove city military administration, 11:30:", "Barvinkove city military administration"),
        ("Lozova city council, 10:05, quoting mayor Serhii Zelenskyi:", "Lozova city council"),
    ],
)  # fmt: skip
def test_a_header_with_time_and_colon_voices_the_post_below(header: str, speaker: str) -> None:
    text = (
        f"{_KHARKIV_DIGEST}{header}\n"
        '"The enemy shelled Lozova overnight. Buses take people from Lozova to Lviv every day."\n\n'
        "Analysts said the front was quiet.\n"
    )
    # the header is a label, no statement; both sentences of the post are its speaker's; the
    # next paragraph is not
    assert claim_speakers(text)[:2] == [(speaker, "UA")] * 2
    assert (speaker, "UA") not in claim_speakers(text)[2:]
    assert [r[3:] for r in evac_rows(text)] == [["ongoing", "UA"]]


_LUBRANI = (
    "- The UN Resident and Humanitarian Coordinator for Ukraine, Osnat Lubrani, said she was "
    '"deeply alarmed" by the situation of civilians.\n\n'
)


def test_a_title_with_and_in_it_is_one_speaker() -> None:
    assert claim_speakers(_LUBRANI) == [("Osnat Lubrani", "INTL")]


def test_a_local_body_is_not_the_international_speaker_before_it() -> None:
    text = (
        f"{_LUBRANI}Donetsk oblast: The regional administration reports that evacuation trains "
        "continue to run from Pokrovsk to western Ukraine every day.\n"
    )
    assert claim_speakers(text)[1] == ("regional administration", "UA")
    assert [r[3:] for r in evac_rows(text)] == [["ongoing", "UA"]]


_LUHANSK_DIGEST = "LUHANSK REGION - Telegram digest, Saturday 19 March (day 24).\n\n"


@pytest.mark.parametrize(
    ("header", "speaker", "side"),
    [
        ("[12:40] LPR \"People's Militia\" spokesman Ivan Filiponenko, quoted by LuganskInformCenter:", "Ivan Filiponenko", "RU"),
        ("[13:15] Mikhail Mizintsev, head of Russia's National Defence Control Centre, via TASS:", "Mikhail Mizintsev", "RU"),
        ("[15:50] Serhiy Haidai replies:", "Serhiy Haidai", "UA"),
        ("[19:20] Serhiy Haidai, evening:", "Serhiy Haidai", "UA"),
    ],
)  # fmt: skip
def test_a_bracketed_time_header_voices_the_post(header: str, speaker: str, side: str) -> None:
    text = (
        f"{_LUHANSK_DIGEST}{header}\n"
        "Says civilians can leave Rubizhne through a corridor toward Starobilsk. Buses wait in "
        "the town centre.\n"
    )
    # the header is no statement; a sentence with its subject left out ("Says ...") and the
    # post's bare sentences are its speaker's
    assert claim_speakers(text) == [(speaker, side)] * 2


def test_a_verb_first_sentence_outside_a_post_is_no_one_s() -> None:
    text = "Says who? The question went unanswered in Rubizhne.\n"
    assert all(sp is None for sp, _ in claim_speakers(text))


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "Interview recorded in Kyiv, translated from Ukrainian.\n\n"
            "We asked Ukraine's Minister for Infrastructure, Oleksandr Kubrakov, what changed.",
            "Oleksandr Kubrakov",
        ),
        (
            "Interview, July 29, 2022. Oleksandr Honcharenko, mayor of Kramatorsk, spoke by "
            "phone in the evening; answers condensed.",
            "Oleksandr Honcharenko",
        ),
    ],
)
def test_the_introduction_names_the_interviewee(intro: str, speaker: str) -> None:
    # "We asked NAME, ..., what changed"; "NAME, mayor of X, spoke by phone"
    text = (
        f"{intro}\n\n"
        "Q: How are people leaving?\n\n"
        "A: City buses take people to Pokrovsk every morning. Sloviansk is under our control.\n"
    )
    assert claim_speakers(text)[-2:] == [(speaker, "UA")] * 2


def test_spoke_to_her_is_the_person_the_introduction_named() -> None:
    text = (
        "Matilda Bogner heads the UN Human Rights Monitoring Mission in Ukraine. On Tuesday, "
        "November 15, her mission presented its findings. We spoke to her in Kyiv.\n\n"
        "Your monitors have been able to travel to Kherson. What have they found?\n"
        "The city has no electricity, and it is cut off since the bridges over the Dnipro "
        "were destroyed.\n\n"
        "Russian-installed officials said they evacuated people from Kherson. How do you see "
        "that?\n"
        "We are looking at whether those movements were voluntary.\n"
    )
    speakers = claim_speakers(text)
    # the question line's sentences are no one's; its quoted source keeps its own voice
    assert ("Matilda Bogner", "INTL") in speakers
    assert speakers[-1] == ("Matilda Bogner", "INTL")
    assert ("Russian-installed officials", "RU") in speakers
    assert bridge_tuples(text) == [("destroyed", None, None, "INTL")]


def test_a_transcript_label_in_capitals_with_a_title_is_the_known_person() -> None:
    text = (
        "Press conference in Kyiv, 19 November 2022\n\n"
        "PRESIDENT ZELENSKY: Kherson is ours.\n\n"
        "PRIME MINISTER SUNAK: We will send 125 anti-aircraft guns.\n\n"
        "ZELENSKY: Thank you.\n"
    )
    assert claim_speakers(text) == [
        ("Volodymyr Zelensky", "UA"), ("Rishi Sunak", "GB"), ("Volodymyr Zelensky", "UA"),
    ]  # fmt: skip


def test_a_statement_to_the_press_names_its_author_over_the_headline() -> None:
    text = (
        'WHO: "This winter will be about survival" for millions in Ukraine\n\n'
        "Statement to the press by the WHO Regional Director for Europe, Dr Hans Henri P. "
        "Kluge, at the end of his visit to Ukraine.\n\n"
        "Damaged bridges and mined roads make access to the Kherson region slow.\n"
    )
    assert claim_speakers(text)[-1] == ("Hans Kluge", "INTL")
    assert bridge_tuples(text) == [("damaged", None, None, "INTL")]


def test_a_corridor_used_for_ships_is_no_evacuation() -> None:
    text = (
        "Oleksandr Kubrakov said the humanitarian corridor is used only for civilian ships "
        "carrying food. He said the corridor for civilians from Mariupol was blocked.\n"
    )
    assert [r[0] for r in evac_rows(text)] == ["Mariupol"]


def test_no_control_row_for_a_place_far_from_the_war() -> None:
    text = (
        "Ukrainian forces retook two villages near Chernihiv, two days after Russia promised at "
        "peace talks in Istanbul to scale down its operations. He said Russian forces still "
        "held positions north and west of the city. Russian troops hold positions near "
        "Belgorod, the governor said.\n"
    )
    assert "Istanbul" not in {r[0] for r in control_rows(text)}


_EVENING_DIGEST = "Evening Telegram digest - Monday, 26 December 2022\n\n"


@pytest.mark.parametrize(
    ("header", "speaker", "side"),
    [
        ("📍 Roman Busargin, governor of the Saratov region, 08:40", "Roman Busargin", "RU"),
        ("📍 Yurii Ihnat, spokesman of the Ukrainian Air Force, 11:20 (on national TV)", "Yurii Ihnat", "UA"),
        ("🔹 Russian Ministry of Defence, 14:30, via TASS", "Russian Ministry of Defence", "RU"),
    ],
)  # fmt: skip
def test_a_bulleted_header_with_a_time_voices_the_post(
    header: str, speaker: str, side: str
) -> None:
    text = (
        f"{_EVENING_DIGEST}{header}\n"
        '"A drone was shot down near the airfield. Nobody was hurt."\n\n'
        "The editors could not check the account.\n"
    )
    assert claim_speakers(text)[:2] == [(speaker, side)] * 2


def test_a_russian_regions_governor_speaks_for_russia() -> None:
    text = (
        "Roman Busargin, governor of the Saratov region, said no evacuation was planned in Engels."
    )
    assert claim_speakers(text) == [("Roman Busargin", "RU")]


def test_a_commission_on_ukraine_is_international() -> None:
    text = (
        "The Independent International Commission of Inquiry on Ukraine told the Human Rights "
        "Council that war crimes had been committed. Presenting its update, its Chair, Erik "
        "Mose, said investigators had visited 27 towns. People who tried to flee in their own "
        "cars were shot at, the Chair said.\n"
    )
    assert claim_speakers(text) == [
        ("Independent International Commission of Inquiry on Ukraine", "INTL"),
        ("Erik Mose", "INTL"),
        ("Erik Mose", "INTL"),
    ]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Belgian Prime Minister Alexander De Croo said the ports must stay open.", "BE"),
        ("Slovak Prime Minister Eduard Heger said no S-300 had been hit.", "SK"),
        ("India's embassy in Kyiv told students to stay in their shelters.", "IN"),
        ("Bangladesh's foreign ministry said the crew would be taken to Moldova.", "BD"),
    ],
)
def test_other_governments_have_their_own_side(sentence: str, side: str) -> None:
    assert claim_speakers(sentence)[0][1] == side


def test_a_briefing_held_at_the_pentagon_is_the_us_officials() -> None:
    text = (
        "Senior Defense Official Holds a Background Briefing on Ukraine\n"
        "The Pentagon, Washington, March 21, 2022\n\n"
        "SENIOR DEFENSE OFFICIAL: Good morning. Chernihiv remains isolated, but it has not "
        "fallen.\n"
    )
    assert claim_speakers(text) == [("Senior Defense Official", "US")] * 2


def test_routes_listed_in_one_sentence_give_a_row_each() -> None:
    text = (
        "Iryna Vereshchuk said six humanitarian corridors had been agreed for today: from "
        "Enerhodar to Zaporizhzhia, from Sumy to Poltava, and from Bucha, Irpin and Hostomel "
        "to Kyiv.\n"
    )
    rows = evac_rows(text)
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("Enerhodar", "Zaporizhzhia", "agreed", "UA"),
        ("Sumy", "Poltava", "agreed", "UA"),
        ("Bucha", "Kyiv", "agreed", "UA"),
        ("Irpin", "Kyiv", "agreed", "UA"),
        ("Hostomel", "Kyiv", "agreed", "UA"),
    ]


def test_two_routes_with_their_own_status_are_not_a_list() -> None:
    text = (
        "Serhiy Haidai says evacuation from Sievierodonetsk is impossible because of the "
        "shelling; from Lysychansk, buses take people toward Bakhmut when there is a lull.\n"
    )
    statuses = {r[0]: r[3] for r in evac_rows(text)}
    assert statuses.get("Sievierodonetsk") == "impossible"
    assert statuses.get("Lysychansk") != "impossible"


def test_the_city_is_the_town_just_named_before_one_introduced_paragraphs_ago() -> None:
    text = (
        "In the southern city of Kherson, officials said Russian artillery had hit homes. "
        "Kherson was shelled again.\n\n"
        "In the east, Serhiy Cherevatyi, spokesman for the eastern command, told Reuters the "
        'situation around Bakhmut was "difficult". Ukrainian troops were holding the city '
        "despite constant assaults, he said.\n"
    )
    assert control_rows(text) == {("Bakhmut", "UA", None, "UA")}


def test_a_statement_by_an_unlisted_official_takes_the_side_of_the_title() -> None:
    text = (
        "UNICEF: children in Ukraine face a winter without heat\n\n"
        "Statement to the press by the UNICEF Regional Director for Europe, Dr Afshan Khan, "
        "at the end of her visit to Ukraine.\n\n"
        "Damaged bridges and mined roads make access to the Kherson region slow.\n"
    )
    assert claim_speakers(text)[-1] == ("Afshan Khan", "INTL")


def test_a_passengers_instruction_is_no_call_to_leave() -> None:
    text = (
        "Evacuation trains from Pokrovsk continue to run today, and passengers are asked to "
        "follow announcements at the stations.\n"
    )
    assert [r[3] for r in evac_rows(text)] == ["ongoing"]
    assert [
        r[3] for r in evac_rows("Residents of Pokrovsk are asked to leave while trains run.")
    ] == ["requested"]


def test_a_call_saying_that_trains_run_is_two_statements() -> None:
    text = (
        "Pavlo Kyrylenko has urged the remaining residents of Avdiivka to leave, saying that "
        "evacuation buses and trains from Pokrovsk continue to run every day.\n"
    )
    assert {(r[0], r[3]) for r in evac_rows(text)} == {
        ("Avdiivka", "requested"), ("Pokrovsk", "ongoing"),
    }  # fmt: skip


def test_claims_as_a_noun_is_no_speech() -> None:
    text = (
        "Russian milbloggers claimed that Russian units had entered Spirne. We assess that "
        "Ukrainian forces still hold Siversk itself and that the Russian claims about Spirne "
        "are unconfirmed.\n"
    )
    # the assessment is the narrator's, not the milbloggers' (nor a speaker "the Russian")
    siversk = [by for p, _, _, by in control_rows(text) if p == "Siversk"]
    assert siversk and all(by != "RU" for by in siversk)
    assert claim_speakers("The ministry claims that 80 percent of the city is held.") == [
        ("ministry", None)
    ]


def test_a_surname_turn_is_the_person_the_presenter_named() -> None:
    text = (
        "Transcript (abridged): national telethon, Friday 1 April 2022\n\n"
        "PRESENTER: We have on the line the mayor of Brovary, Ihor Sapozhko. What is the "
        "situation today?\n\n"
        "SAPOZHKO: The Russian occupiers have left practically the whole district. The enemy "
        "has gone from Velyka Dymerka.\n"
    )
    assert claim_speakers(text)[-2:] == [("Ihor Sapozhko", "UA")] * 2
