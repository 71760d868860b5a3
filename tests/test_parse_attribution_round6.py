"""Attribution forms that lost statement rows: a place opener before bare "officials",
"according to X quoted by Y", a role and name ending the sentence, quotes holding commas, a
place's relative clause before a trailing speaker, and channel posts under "HH:MM | NAME" lines."""

from __future__ import annotations

import pytest
from _rows import bridge_rows, claim_rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In Chernihiv, further north, officials said a road bridge used for evacuations had "
            "been knocked out earlier in the week.",
            "officials",
        ),
        (
            "In Mykolaiv, officials said the Varvarivskyi bridge had been damaged by shelling "
            "overnight.",
            "officials",
        ),
        (
            "In Sumy, authorities said retreating Russian troops had blown up a bridge near "
            "Trostianets.",
            "authorities",
        ),
        (
            "At Izium, meanwhile, officials said the bridge over the Siverskyi Donets had been "
            "destroyed.",
            "officials",
        ),
        (
            "In the city of Kharkiv, officials said a bridge on the ring road had been hit by a "
            "missile.",
            "officials",
        ),
    ],
)
def test_officials_of_the_place_an_opener_names(text: str, speaker: str) -> None:
    # "In X, officials said": the officials of the (Ukrainian) place speak for Ukraine
    assert claim_rows(text) == [(speaker, "UA", None)]
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == ["UA"]


def test_bare_officials_without_a_place_opener_stay_unattributed() -> None:
    assert claim_rows("Officials said the bridge was closed.") == [("Officials", None, None)]
    assert claim_rows("Later, officials said the bridge was closed.") == []


@pytest.mark.parametrize(
    ("text", "claim", "by"),
    [
        (
            "The road bridge over the Oskil was blown up by retreating Russian forces, according "
            "to a Ukrainian officer quoted by Suspilne.",
            ("Ukrainian officer", "UA", "Suspilne"),
            "UA",
        ),
        (
            "The bridge at Stoyanka had been blown up, according to Ukrainian officials quoted "
            "by Reuters.",
            ("Ukrainian officials", "UA", "Reuters"),
            "UA",
        ),
        (
            "Russian troops destroyed the bridge over the Inhulets, according to a Ukrainian "
            "commander cited by Ukrainska Pravda.",
            ("Ukrainian commander", "UA", "Ukrainska Pravda"),
            "UA",
        ),
        (
            "The Antonivskyi bridge was damaged again by Ukrainian rockets, according to a "
            "Russian-installed official quoted by RIA Novosti.",
            ("Russian-installed official", "RU", "RIA Novosti"),
            "RU",
        ),
    ],
)
def test_according_to_a_source_quoted_by_an_outlet(text: str, claim: tuple, by: str) -> None:
    # "according to X quoted by Y": X speaks, Y relays
    assert claim_rows(text) == [claim]
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == [by]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The couple were from the Belgorod region, according to the regional governor, "
            "Vyacheslav Gladkov.",
            ("Vyacheslav Gladkov", "RU", None),
        ),
        (
            "Two people were wounded in the strike on the port, according to the city's mayor, "
            "Oleksandr Senkevych.",
            ("Oleksandr Senkevych", "UA", None),
        ),
        (
            "Eleven villages were shelled overnight, according to the head of the regional "
            "administration, Oleh Syniehubov.",
            ("Oleh Syniehubov", "UA", None),
        ),
        (
            "The bridge in Kherson was closed to traffic, according to the Russian-installed "
            "deputy head, Kirill Stremousov.",
            ("Kirill Stremousov", "RU", None),
        ),
    ],
)
def test_role_then_name_ending_the_sentence(text: str, claim: tuple) -> None:
    # "..., according to the regional governor, NAME.": the name, though no comma follows it
    assert claim_rows(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            '"Crimea, the bridge, the beginning," Podolyak posted, saying everything illegal '
            "must be destroyed.",
            ("Mykhailo Podolyak", "UA", None),
        ),
        (
            '"Quiet, tired, but holding," Kim said of Mykolaiv on Sunday evening.',
            ("Vitaliy Kim", "UA", None),
        ),  # fmt: skip
        (
            '"The bridge, the depot, the airfield, all hit," Gladkov wrote on Telegram.',
            ("Vyacheslav Gladkov", "RU", None),
        ),  # fmt: skip
        (
            '"First the bridge, then the ferry, then the road," Arestovych said in his nightly '
            "video.",
            ("Oleksiy Arestovych", "UA", None),
        ),
    ],
)
def test_quote_holding_commas_then_its_speaker(text: str, claim: tuple) -> None:
    # the words before the closing quote are what was said, not who said it
    assert claim_rows(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Further south, Okhtyrka, whose heating plant was wrecked by a strike last week, "
            "remained without power, local authorities said.",
            ("local authorities", "UA", None),
        ),
        (
            "Kupiansk, whose bridges were blown up in the spring, is still cut off, regional "
            "officials said.",
            ("regional officials", "UA", None),
        ),
        (
            "Mariupol, whose port was shelled for weeks, has no running water, the city council "
            "said.",
            ("city council", "UA", None),
        ),
        (
            "President Zelensky, who visited Bucha, Irpin and Hostomel on Monday, said the towns "
            "would be rebuilt.",
            ("Volodymyr Zelensky", "UA", None),
        ),
    ],
)
def test_place_with_relative_clause_before_a_trailing_speaker(text: str, claim: tuple) -> None:
    # "X, whose ..., remained ..., NAME said": the place is the clause's subject, NAME speaks
    assert claim_rows(text) == [claim]


def test_place_with_relative_clause_is_no_speaker() -> None:
    text = (
        "Background: Soledar, whose pre-war population was about 10,000, sits on top of a salt "
        "mine that both sides say can shelter troops."
    )
    assert claim_rows(text) == []


def test_channel_posts_under_time_and_author_lines() -> None:
    text = (
        "Sumy Regional Military Administration - official channel\n\n"
        "07:40 | Dmytro Zhyvytskyi, head of the Sumy Oblast Military Administration\n"
        "Overnight the occupiers blew up the road bridge over the Psel near Sumy. "
        "Buses are waiting at the city exit.\n\n"
        "11:20 | Zhyvytskyi\n"
        "The footbridge next to it is under fire.\n\n"
        "Editor's note: the administration's figures could not be verified."
    )
    assert claim_rows(text) == [("Dmytro Zhyvytskyi", "UA", None)] * 3
    assert [(r["claimed_by_side"], r["actor_side"]) for r in bridge_rows(text)][:1] == [
        ("UA", "RU")
    ]


@pytest.mark.parametrize(
    ("text", "claim", "status"),
    [
        (
            "Digest\n\n[12.05, 09:40 | Oleh Syniehubov, head of the Kharkiv Oblast Military "
            "Administration]\nRussian troops blew up the bridge over the Siverskyi Donets at "
            "Staryi Saltiv as they retreated.",
            ("Oleh Syniehubov", "UA", None),
            "destroyed",
        ),
        (
            "Posts\n\n21:15 | Vitaliy Kim, head of the Mykolaiv Oblast Military Administration\n"
            "The Varvarivskyi bridge was hit again tonight.",
            ("Vitaliy Kim", "UA", None),
            "damaged",
        ),
        (
            "Posts\n\n13:30 | Vladyslav Atroshenko, mayor of Chernihiv, quoted by Suspilne\n"
            "The last road bridge to Kyiv has been destroyed by an air strike.",
            ("Vladyslav Atroshenko", "UA", "Suspilne"),
            "destroyed",
        ),
    ],
)
def test_post_author_line_voices_the_post(text: str, claim: tuple, status: str) -> None:
    assert claim_rows(text) == [claim]
    assert [(r["status"], r["claimed_by_side"]) for r in bridge_rows(text)] == [(status, "UA")]


def test_title_line_naming_whose_posts_follow() -> None:
    # "X administration - posts by the head of the administration, NAME": the posts are NAME's,
    # up to the compiler's own note
    text = (
        "Mykolaiv Regional Military Administration - posts by the head of the administration, "
        "Vitaliy Kim (Віталій Кім), Sunday 31 July 2022.\n\n09:15\n"
        "Overnight the enemy shelled the city again. The Varvarivskyi bridge has been damaged.\n\n"
        "Editor's note. The bridge was later reopened to light traffic."
    )
    assert set(claim_rows(text)) == {("Vitaliy Kim", "UA", None)}
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == ["UA", None]


def test_title_line_naming_the_governor_whose_posts_follow() -> None:
    text = (
        "Kharkiv Oblast Military Administration - Telegram posts of the governor, Oleh "
        "Syniehubov, 12 May 2022\n\n08:00\n"
        "The occupiers blew up the bridge at Staryi Saltiv as they retreated."
    )
    assert claim_rows(text) == [("Oleh Syniehubov", "UA", None)]
    assert [(r["status"], r["claimed_by_side"]) for r in bridge_rows(text)] == [("destroyed", "UA")]


def test_letterhead_in_capitals_is_the_author() -> None:
    text = (
        "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION\nBriefing summary, 3 July 2022\n\n"
        "High-precision missiles destroyed a railway bridge across the Dniester estuary used to "
        "bring in Western weapons."
    )
    assert claim_rows(text) == [("Russian Defence Ministry", "RU", None)]
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == ["RU"]


def test_post_tag_on_its_own_line_voices_the_post() -> None:
    text = (
        "Digest\n\n[Kursk region administration, 15:45]\n"
        "Residents of the Glushkovo district are being taken out to Kursk. The bridge at "
        "Glushkovo is destroyed."
    )
    assert set(claim_rows(text)) == {("Kursk region administration", "RU", None)}
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == ["RU"]


def test_post_naming_another_speaker_leaves_its_bare_sentences_unattributed() -> None:
    # "[Russian MoD] Konashenkov said ... . He did not mention X": the compiler's remark
    text = (
        "Digest\n\n[22.06, Russian MoD, via TASS]\n"
        "Lt Gen Igor Konashenkov said strikes had hit Ukrainian reserves near Lysychansk. The "
        "bridge at Toshkivka was blown up last week."
    )
    assert claim_rows(text) == [("Igor Konashenkov", "RU", "TASS")]
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == [None]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            '"At 06:45 today there was another strike on that same bridge over the Dnister '
            'estuary," Oleksandr Kamyshin wrote on Telegram.',
            ("damaged", "RU", "UA"),  # (a strike a side reports unsigned: its enemy's)
        ),
        (
            "There was another strike on this bridge overnight, the mayor of Zatoka said.",
            ("damaged", "RU", "UA"),
        ),
        (
            "Serhiy Bratchuk said traffic over the bridge had been stopped.",
            ("damaged", None, "UA"),
        ),
        (
            "The Russian-installed governor of Kherson said traffic across the Antonivskyi bridge "
            "was suspended after the shelling.",
            ("damaged", None, "RU"),
        ),
    ],
)
def test_strike_on_that_bridge_and_traffic_stopped(text: str, row: tuple) -> None:
    got = [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in bridge_rows(text)]
    assert got == [row]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("The rail part of the bridge, the committee said, had not collapsed.", ["intact"]),
        (
            "Two spans of the road bridge collapsed, but the railway section did not fall, "
            "Khusnullin said.",
            ["damaged", "intact"],
        ),
        ("The footbridge at Irpin has not collapsed yet, the mayor said.", ["intact"]),
    ],
)
def test_bridge_that_did_not_collapse_is_intact(text: str, statuses: list[str]) -> None:
    assert [r["status"] for r in bridge_rows(text)] == statuses


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Russian Defence Ministry said on Tuesday that high-precision sea-based missiles "
            "had destroyed a railway bridge across the Dniester estuary.",
            ("destroyed", "RU", "RU", 1),
        ),
        (
            "Konashenkov said high-precision weapons had destroyed a pontoon crossing over the "
            "Siverskyi Donets near Bilohorivka.",
            ("destroyed", "RU", "RU", 1),
        ),
        (
            "High-precision air-launched missiles destroyed two bridges over the Inhulets, the "
            "Russian Defence Ministry said.",
            ("destroyed", "RU", "RU", 2),
        ),
        (
            "Ukraine's Southern Command said high-precision strikes had damaged the Antonivskyi "
            "bridge again.",
            ("damaged", "UA", "UA", 1),
        ),
    ],
)
def test_high_precision_weapons_are_the_speakers_own(text: str, row: tuple) -> None:
    got = [
        (r["status"], r["actor_side"], r["claimed_by_side"], r["count"]) for r in bridge_rows(text)
    ]
    assert got == [row]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "08:40 | National Anti-Terrorism Committee (НАК), via RIA Novosti\n"
            "A truck blew up on the road section of the Crimean bridge, the committee said.",
            ("National Anti-Terrorism Committee", "RU", "RIA Novosti"),
        ),
        (
            "Russia's Investigative Committee said it had opened a criminal case over the blast "
            "on the bridge.",
            ("Russia's Investigative Committee", "RU", None),
        ),
        (
            "The NAK said two Ukrainian sea drones had attacked the bridge at night.",
            ("National Anti-Terrorism Committee", "RU", None),
        ),
    ],
)
def test_russian_security_bodies_speak_for_russia(text: str, claim: tuple) -> None:
    assert claim_rows(text)[:1] == [claim]


@pytest.mark.parametrize(
    ("text", "speaker", "row"),
    [
        (
            "BRIEFING\nTuesday, 22 November 2022 (transcript)\n\nQ: Is the bridge at Darivka "
            "usable?\n\nHUMENIUK: No. The occupiers blew it up when they ran. The railway bridge "
            "near Antonivka was already out of service after our strikes in the summer.",
            "Natalia Humeniuk",
            ("damaged", "UA"),
        ),
        (
            "PRESS CONFERENCE\nMonday, 5 September 2022 (transcript)\n\nQ: What about the "
            "crossings?\n\nPLETENCHUK: Several ferries were hit. The pontoon crossing near Lvove "
            "was already unusable after our strikes last week.",
            "Dmytro Pletenchuk",
            ("damaged", "UA"),
        ),
        (
            "BRIEFING\nFriday, 10 June 2022 (transcript)\n\nQ: And the bridges to "
            "Sievierodonetsk?\n\nHAIDAI: It is very hard. The last bridge to the city was already "
            "destroyed by the occupiers on Sunday.\n\nQ: Thank you.",
            "Serhiy Haidai",
            ("destroyed", "UA"),
        ),
    ],
)
def test_transcript_turn_voices_its_whole_paragraph(text: str, speaker: str, row: tuple) -> None:
    # "NAME: No. ... . The bridge was already ...": the turn's later sentences are NAME's
    assert {c[0] for c in claim_rows(text)} == {speaker}
    # (every row of the turn is the speaker's side; "The occupiers blew it up when they ran"
    # is a bridge statement of its own, the Darivka bridge asked about)
    rows = [(r["status"], r["claimed_by_side"]) for r in bridge_rows(text)]
    assert row in rows and {side for _, side in rows} == {row[1]}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ukrainian officials said retreating Russian troops had blown up the bridge, and also "
            "a bridge across the Inhulets at Darivka a day earlier.",
            [("destroyed", "RU", "UA")] * 2,
        ),
        (
            "Kim said the occupiers had blown up the Darivka bridge, and also a bridge across the "
            "Dnipro at Nova Kakhovka as they fled.",
            [("destroyed", "RU", "UA")] * 2,
        ),
        (
            "The Russian Defence Ministry said its forces had struck the Zatoka bridge, and also a "
            "pontoon crossing over the Dniester.",
            [("damaged", "RU", "RU")] * 2,
        ),
    ],
)
def test_and_also_a_second_bridge_in_the_same_clause(text: str, rows: list) -> None:
    # ", and also a bridge across X": one more object of the verb before, not a new clause
    got = [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in bridge_rows(text)]
    assert got == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Ukrainian forces were reported in early March to have blown up a railway bridge over "
            "the Bakhmutka river in the north-east of the city as they fell back.",
            ("destroyed", "UA", None),
        ),
        (
            "Russian troops were said to have destroyed the bridge over the Inhulets at Darivka.",
            ("destroyed", "RU", None),
        ),
        (
            "Ukrainian sappers are reported to have blown up the pontoon crossing near "
            "Bilohorivka.",
            ("destroyed", "UA", None),
        ),
        (
            "Russian sources claimed the bridge over the Oskil was blown up by Ukrainian sappers.",
            ("destroyed", "UA", "RU"),
        ),
    ],
)
def test_force_reported_in_the_passive_claims_nothing(text: str, row: tuple) -> None:
    # "X were reported to have blown up the bridge": said of X by someone unnamed
    got = [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in bridge_rows(text)]
    assert got == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Russia's National Anti-Terrorism Committee said the bridge had been attacked at "
            "about 3:05 a.m. by two Ukrainian unmanned surface vessels.",
            ("unknown", "UA", "RU"),
        ),
        (
            "The Russian-installed authorities said the Antonivskyi bridge was struck overnight on "
            "Tuesday by Ukrainian HIMARS rockets.",
            ("damaged", "UA", "RU"),
        ),
        (
            "Ukrainian officials said the bridge at Zatoka had been hit at 06:45 by Russian cruise "
            "missiles.",
            ("damaged", "RU", "UA"),
        ),
    ],
)
def test_passive_agent_after_a_time_phrase(text: str, row: tuple) -> None:
    got = [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in bridge_rows(text)]
    assert got == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Ukrainian troops completed a withdrawal from Severodonetsk across the Siverskyi "
            "Donets on June 24-25 after all three bridges linking it to Lysychansk had been "
            "destroyed.",
            ("destroyed", None, 3),
        ),
        ("Ukrainian troops withdrew after the bridge had been destroyed.", ("destroyed", None, 1)),
        (
            "Russian units pulled back across the Inhulets once the last bridge was destroyed by "
            "shelling.",
            ("destroyed", None, 1),
        ),
        (
            "Russian forces retreated from the right bank after the bridge had been blown up by "
            "Ukrainian rockets.",
            ("destroyed", "UA", 1),
        ),
        ("Russian forces blew up the bridge after they had crossed it.", ("destroyed", "RU", 1)),
    ],
)
def test_force_before_a_passive_subordinate_clause_is_not_its_actor(text: str, row: tuple) -> None:
    # "X withdrew after the bridges had been destroyed": who destroyed them is unsaid
    got = [(r["status"], r["actor_side"], r["count"]) for r in bridge_rows(text)]
    assert got == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Editor's note: Russian officials have not commented on the loss of the bridge.",
        "The Kremlin did not comment on the destruction of the Antonivskyi bridge.",
        "The Russian Defence Ministry has not mentioned the collapse of the pontoon crossing at "
        "Bilohorivka.",
    ],
)
def test_silence_about_a_bridge_is_no_statement(text: str) -> None:
    assert bridge_rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The 19-kilometre bridge, opened by Putin in 2018, is the main supply route for "
            "Russian forces in southern Ukraine. It was partly brought down in October 2022 by a "
            "truck explosion that Moscow blamed on Ukrainian special services.",
            ("damaged", "UA", "RU"),
        ),
        (
            "The Antonivskyi bridge is the only road link across the Dnipro near Kherson. It was "
            "hit again on Tuesday by Ukrainian rockets, the Russian-installed administration said.",
            ("damaged", "UA", "RU"),
        ),
        (
            "Ukrainian officials said the bridge over the Desna at Makoshyne had been closed for "
            "days. It was blown up by Russian sappers overnight, they said.",
            ("destroyed", "RU", "UA"),
        ),
    ],
)
def test_sentence_opening_it_carries_the_bridge_just_named(text: str, row: tuple) -> None:
    # "It was ..." at a sentence's start stands for the bridge the sentence before named; a
    # by-agent ends at its relative clause ("by a truck explosion that Moscow blamed on ...")
    got = [(r["status"], r["actor_side"], r["claimed_by_side"]) for r in bridge_rows(text)]
    assert got[-1:] == [row]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Several Russian milbloggers offered a darker picture, complaining that Ukrainian "
            "boats continue to ferry personnel across the river at night.",
            ("Several Russian milbloggers", "RU", None),
        ),
        (
            "Pro-Russian bloggers offered a grim account of the fighting near Kreminna, saying "
            "units had lost several positions.",
            ("Pro-Russian bloggers", "RU", None),
        ),
        (
            "Britain's Defence Intelligence, in its update released this morning, judged that "
            'Russian and Wagner forces had "likely" taken control of most of Soledar.',
            ("Britain's Defence Intelligence", "GB", None),
        ),
    ],
)
def test_offered_a_picture_and_judged_are_statements(text: str, claim: tuple) -> None:
    assert claim_rows(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials offered a very different account of Thursday's attack on the city.",
        "Residents offered bread to the soldiers in Izium.",
        "Our correspondent notes that the road to Kurakhove was quiet on Monday.",
        "Our reporter in Zaporizhzhia says buses left the city on time.",
    ],
)
def test_no_statement_without_content_or_from_our_own_reporter(text: str) -> None:
    # an account announced, not given; the report's own correspondent is no party
    assert claim_rows(text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "In Kursk, where Andriy Yermak, head of the presidential office, wrote on Sunday that "
            'there was "good news", Andriy Kovalenko, head of Ukraine\'s Centre for Countering '
            'Disinformation, said that Russian forces were being attacked "from several '
            'directions".',
            [("Andriy Yermak", "UA", None), ("Andriy Kovalenko", "UA", None)],
        ),
        (
            "In Kherson, where Vladimir Saldo had claimed a day earlier that Russian troops would "
            "stay, Yaroslav Yanushevych, the regional governor, told reporters that Ukrainian "
            "units had entered the city.",
            [("Vladimir Saldo", "RU", None), ("Yaroslav Yanushevych", "UA", None)],
        ),
        (
            "In Moscow, where Dmitry Peskov said the operation was going to plan, Sergei Shoigu "
            "told officers that Russian forces had taken Popasna.",
            [("Dmitry Peskov", "RU", None), ("Sergei Shoigu", "RU", None)],
        ),
    ],
)
def test_main_clause_speaker_after_a_relative_clause_of_place(text: str, claims: list) -> None:
    # "In X, where A wrote ..., B, role, said ...": A speaks in the relative clause, B in the
    # main clause
    assert claim_rows(text) == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Putin congratulated the troops on "an important victory", according to a Kremlin '
            "statement carried by TASS.",
            ("Vladimir Putin", "RU", "TASS"),
        ),
        (
            "Zelensky congratulated the 93rd Brigade on the liberation of Klishchiivka.",
            ("Volodymyr Zelensky", "UA", None),
        ),
        (
            "Shoigu congratulated the commanders on taking Marinka.",
            ("Sergei Shoigu", "RU", None),
        ),
    ],
)
def test_congratulating_is_a_statement(text: str, claim: tuple) -> None:
    assert claim_rows(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Our correspondent notes that Russian forces had already claimed Kurakhove, about 40 "
            "km to the north-east, on 6 January.",
            ("Russian forces", "RU", None),
        ),
        (
            "Our reporter in Kharkiv writes that Ukrainian officials said Balakliia had been "
            "retaken after a week of fighting in the area.",
            ("Ukrainian officials", "UA", None),
        ),
    ],
)
def test_reported_clause_speaks_when_our_reporter_does_not(text: str, claim: tuple) -> None:
    # "Our correspondent notes that X claimed ...": X is the party making the claim
    assert claim_rows(text) == [claim]
