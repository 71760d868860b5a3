"""Round 19: a digest post's tag names who posts ("[Luhansk ODA, NAME]", "[Channel] NAME:"), a
"From X," opener about people leaving gives where they leave, and "the city" of a region's head
is the region's capital. Wordings of my own (not copied from a report)."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples, claim_speakers, control_rows, evac_rows

_DIGEST = "Saturday digest of official posts\n\n"


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("07:40 [Poltava ODA, Dmytro Lunin]", "Dmytro Lunin"),
        ("[Luhansk regional administration, Serhiy Haidai]", "Serhiy Haidai"),
        ("18:10 [Dmytro Lunin, Poltava ODA]", "Dmytro Lunin"),
    ],
)
def test_a_tag_names_the_person_after_the_channel(tag: str, speaker: str) -> None:
    text = f"{_DIGEST}{tag} Kremenchuk. The enemy struck the refinery with missiles. It is burning."
    # every sentence of the post is in the tagged person's voice
    assert claim_speakers(text) == [(speaker, "UA")] * 3


def test_a_tag_voice_ends_with_its_post() -> None:
    text = (
        f"{_DIGEST}09:00 [Luhansk ODA, Serhiy Haidai] Shelling of Lysychansk went on all night.\n\n"
        "Analysts said the town's supply road was under fire."
    )
    assert claim_speakers(text)[0] == ("Serhiy Haidai", "UA")
    assert ("Serhiy Haidai", "UA") not in claim_speakers(text)[1:]


def test_a_tag_names_a_body_no_table_lists() -> None:
    text = f"{_DIGEST}[Sumy regional administration, 09:12] The enemy shelled Okhtyrka overnight."
    assert claim_speakers(text) == [("Sumy regional administration", "UA")]


def test_a_person_labelled_in_a_post_speaks_not_the_channel() -> None:
    text = (
        f"{_DIGEST}[Odesa regional military administration, 06:12] Maksym Marchenko: During the "
        "night the enemy attacked the region with drones. Air defence was working."
    )
    assert {sp for sp, _ in claim_speakers(text)} == {"Maksym Marchenko"}


def test_it_in_a_tagged_post_is_the_tag_speaker() -> None:
    text = (
        f"{_DIGEST}[Ukrainian brigade channel, 13:05] Our drones hit an assault group.\n\n"
        "[Milblogger Rybar, 13:40] The pro-Russian channel said pockets of infantry, it wrote, "
        "were still holding out in the western outskirts."
    )
    assert claim_speakers(text)[-1] == ("Rybar", "RU")


def test_the_tag_voice_claims_the_control_statement() -> None:
    text = (
        f"{_DIGEST}18:10 [Luhansk ODA, Serhiy Haidai] Evacuation from Lysychansk continues. "
        "Rubizhne: the occupiers control part of the city, our defenders hold the rest."
    )
    assert {r[3] for r in control_rows(text)} == {"UA"}


@pytest.mark.parametrize(
    "text",
    [
        "Iryna Vereshchuk said 4,217 people left on Friday. From Mariupol, 765 residents reached "
        "Zaporizhzhia in their own transport.",
        "From Mariupol, about 2,000 people were evacuated to Zaporizhzhia, the council said.",
        "From Kramatorsk, evacuation trains leave twice a day for Lviv, the railway said.",
    ],
)
def test_a_from_opener_about_leaving_is_the_origin(text: str) -> None:
    origins = [o for o, *_ in evac_rows(text)]
    assert origins[-1] in ("Mariupol", "Kramatorsk"), origins


def test_a_from_opener_naming_where_the_speaker_is_stays_no_origin() -> None:
    rows = evac_rows(
        "From Moscow, General Mikhail Mizintsev said a corridor from Mariupol was open."
    )
    assert [o for o, *_ in rows] == ["Mariupol"]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Kherson regional head Yaroslav Yanushevych says evacuation from the city continues "
            "despite daily shelling.",
            "Kherson",
        ),
        (
            "The governor of Dnipropetrovsk region said the evacuation of the city would go on.",
            "Dnipro",
        ),
        (
            "Kharkiv regional governor Oleh Syniehubov said evacuation from the region's villages "
            "continues.",
            "Kharkiv oblast",
        ),
    ],
)
def test_the_city_of_a_regional_head_is_the_capital(text: str, origin: str) -> None:
    assert [o for o, *_ in evac_rows(text)] == [origin]


@pytest.mark.parametrize(
    "title",
    [
        "Telegram channel of Oleksandr Starukh, head of the Zaporizhzhia Regional Military "
        "Administration. Posts of 23 November, translated.",
        "Posts of the regional military administration, 13 April (translated; the channel of "
        "Oleksandr Starukh, head of the Zaporizhzhia regional military administration)",
    ],
)
def test_a_title_naming_whose_channel_gives_the_posts_author(title: str) -> None:
    text = (
        f"{title}\n\n[09:30] Evacuation buses leave Orikhiv for Zaporizhzhia every morning. "
        "Do not wait until it is too late!"
    )
    assert claim_speakers(text)[0] == ("Oleksandr Starukh", "UA")
    assert [r[4] for r in evac_rows(text)] == ["UA"]


@pytest.mark.parametrize(
    "text",
    [
        "It was Russian artillery, Serhiy Haidai said, that had knocked out the bridges.",
        "Serhiy Haidai spoke on Monday. It was Russian artillery, he said, that had knocked out the "
        "bridges in the spring.",
    ],
)
def test_a_speech_tag_between_commas_keeps_the_actor(text: str) -> None:
    assert [(r[0], r[2], r[3]) for r in bridge_tuples(text)] == [("destroyed", "RU", "UA")]


def test_a_curated_person_keeps_the_reports_spelling_and_the_tables_name() -> None:
    from analyst_kit.parse import parse_report

    claims = parse_report(
        "date 2022-02-25\nRussia's envoy Vasily Nebenzia said the text was anti-Russian. "
        "Sergei Gaidai, governor of Luhansk region, said the town was shelled. Gaidai said the "
        "bridge was destroyed."
    )["claims"]
    assert list(claims["speaker"]) == ["Vasily Nebenzia", "Sergei Gaidai", "Sergei Gaidai"]
    assert list(claims["speaker_name"]) == ["Vasily Nebenzya", "Serhiy Haidai", "Serhiy Haidai"]
    assert list(claims["side"]) == ["RU", "UA", "UA"]


def test_a_denied_category_is_no_evacuation() -> None:
    assert not evac_rows(
        "He stressed that the shipping lane agreed in Istanbul is a maritime corridor for "
        "commercial cargo, not a humanitarian corridor for people."
    )
    assert not evac_rows("This is men leaving Russia, not an evacuation, the border guards said.")
    # a way out denied stays a row
    assert [
        r[3] for r in evac_rows("Haidai said from occupied Izium, no evacuation is possible.")
    ] == ["impossible"]


def test_in_occupied_x_before_the_speaker_is_the_scene_not_a_claim() -> None:
    text = (
        "In occupied Melitopol, the Russian-installed mayor Halyna Danylchenko said the city was "
        "calm."
    )
    assert control_rows(text) == set()
    # the speaker's own "occupied X" still says who holds it
    assert control_rows("Ivan Fedorov said shelling hit occupied Melitopol.") == {
        ("Melitopol", "RU", None, "UA")
    }


def test_the_governor_is_the_one_governor_of_the_report_however_far_back() -> None:
    others = " ".join(
        f"{who} said the situation in Kherson was {how}."
        for who, how in [
            ("Dmitry Peskov", "calm"),
            ("The Russian Defence Ministry", "stable"),
            ("Ukraine's Southern Defence Forces", "tense"),
            ("Russian military bloggers", "grim"),
            ("Pat Ryder", "unclear"),
        ]
    )
    text = (
        "Seven people were killed in Mykolaiv, regional governor Vitaliy Kim said. "
        f"{others} {others} In Mykolaiv, the governor also said a convoy was heading to "
        "Snihurivka, freed the day before."
    )
    assert claim_speakers(text)[-1] == ("Vitaliy Kim", "UA")
    assert ("Snihurivka", "UA", None, "UA") in control_rows(text)


def test_both_towns_two_sentences_on() -> None:
    text = (
        "Oleksandr Starukh said the occupiers shelled Orikhiv and Huliaipole with artillery. In "
        "Huliaipole several houses are on fire. Both towns are held by Ukrainian forces, he said."
    )
    assert control_rows(text) == {("Orikhiv", "UA", None, "UA"), ("Huliaipole", "UA", None, "UA")}
    # not when the sentence between names another town
    other = text.replace("In Huliaipole", "In Vasylivka")
    assert control_rows(other) == set()


@pytest.mark.parametrize(
    "text",
    [
        "On the other side of the river, Moscow-installed governor Vladimir Saldo says the "
        "evacuation from flooded districts of Nova Kakhovka continues.",
        "Across the front line in the south, Vladimir Saldo said the evacuation from flooded "
        "districts of Nova Kakhovka was continuing.",
    ],
)
def test_a_long_place_opener_keeps_the_speaker_after_it(text: str) -> None:
    assert claim_speakers(text) == [("Vladimir Saldo", "RU")]
    assert [r[4] for r in evac_rows(text)] == ["RU"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ukrzaliznytsia chief executive Oleksandr Kamyshin said the railway was running "
            "extra evacuation trains every day.",
            "Oleksandr Kamyshin",
        ),
        (
            "Ukrenergo managing director Volodymyr Kudrytskyi said the grid was under strain.",
            "Volodymyr Kudrytskyi",
        ),
    ],
)
def test_a_company_title_before_a_name(text: str, speaker: str) -> None:
    assert claim_speakers(text)[0][0] == speaker


_ROUTES = (
    "Statement of the Russian Defence Ministry\n\nMoscow, 7 March.\n\n"
    "At the personal request of the President of France, the Russian Armed Forces announce a "
    "regime of silence from 10:00 Moscow time and the opening of humanitarian corridors along "
    "the following routes:\n\n- from Kyiv to the Russian Federation through Gomel;\n"
    "- from Sumy to Poltava;\n- from Mariupol to Zaporizhzhia.\n\n"
    "The ministry said the routes had been agreed with no one."
)


def test_a_list_of_routes_gives_one_row_per_item() -> None:
    rows = evac_rows(_ROUTES)
    assert [(o, d, st, by) for o, d, _, st, by in rows] == [
        ("Kyiv", None, "open", "RU"),
        ("Sumy", "Poltava", "open", "RU"),
        ("Mariupol", "Zaporizhzhia", "open", "RU"),
    ]


def test_a_list_ends_with_its_items() -> None:
    text = _ROUTES + "\n\n- from Kharkiv to Belgorod;"
    assert "Kharkiv" not in [r[0] for r in evac_rows(text)]


def test_at_the_request_of_is_no_request() -> None:
    rows = evac_rows(
        "At the personal request of the President of France, the Russian Armed Forces announce "
        "the opening of a humanitarian corridor from Kyiv to Gomel."
    )
    assert [r[3] for r in rows] == ["open"]


def test_a_capital_abroad_is_no_origin_by_default() -> None:
    text = (
        "MOSCOW, March 7 (wire) - Moscow said on Monday that humanitarian corridors would open "
        "at 10:00 Moscow time, the defence ministry in Moscow said."
    )
    assert "Moscow" not in [r[0] for r in evac_rows(text)]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Yaroslav Yanushevych said shelling of Kherson was heavy. He urged the elderly and "
            "families with children to go.",
            "Kherson",
        ),
        (
            "Pavlo Kyrylenko said 300 people remain in Lyman. Kyrylenko urged all of them to "
            "leave before winter.",
            "Lyman",
        ),
        ("Yanushevych urged people living near the river in Kherson to go now.", "Kherson"),
    ],
)
def test_a_call_to_go_is_a_request(text: str, origin: str) -> None:
    assert [(r[0], r[3]) for r in evac_rows(text)] == [(origin, "requested")]


@pytest.mark.parametrize(
    "text",
    [
        "Yanushevych urged residents of Kherson to go to shelters during the alert.",
        "Zelensky urged Russian soldiers to go home.",
    ],
)
def test_going_somewhere_else_is_no_evacuation(text: str) -> None:
    assert evac_rows(text) == []


def test_an_interview_with_names_the_one_its_surname_labels_stand_for() -> None:
    text = (
        "An interview with Oleksandr Vilkul, head of the Kryvyi Rih military administration, "
        "recorded in Kryvyi Rih on 20 April 2022.\n\nQ: Where is the front now?\n\n"
        "Vilkul: Thirty kilometres away. Kryvyi Rih itself is fully under our control."
    )
    assert ("Oleksandr Vilkul", "UA") in claim_speakers(text)
    assert ("Kryvyi Rih", "UA", 1.0, "UA") in control_rows(text)


def test_the_speakers_administration_holds_what_it_controls() -> None:
    text = (
        "Yevgeny Balitsky, the Russian-installed head of Zaporizhzhia region, signed an order on "
        "a referendum. He said the administration controls more than 70% of the region."
    )
    assert control_rows(text) == {("Zaporizhzhia oblast", "RU", 0.7, "RU")}
    # an administration leaving a city is no force withdrawing
    text = (
        "Further south, the regional administration in Zaporizhzhia said a train carrying women "
        "and children had left the city for the west on Monday."
    )
    assert control_rows(text) == set()


def test_a_tagged_line_inside_a_transcript_turn_is_the_tags() -> None:
    # (this raised a TypeError: no speaker phrase of its own, one carried from the turn)
    text = (
        "Transcript\n\nKIM: The city is holding. We are ready.\n"
        "[Serhiy Haidai, 10:00] Buses ran to Odesa today.\n"
    )
    assert claim_speakers(text)[-1] == ("Serhiy Haidai", "UA")
