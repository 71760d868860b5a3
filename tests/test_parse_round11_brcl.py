"""Statements from the eleventh session's bridge/claims round, each in wordings of its own
about 2022 events (written for these tests, not copied from a report): every wording of a
group must give the group's rows, and the negative cases must give the rows they list."""

from __future__ import annotations

import pytest

from analyst_kit import gazetteer as gz
from tests._rows import bridge_tuples, claim_speakers

_BRIDGE_GROUPS = [
    # a tally of bridges after the one just reported is a statement of its own, and does not
    # lend its attacker to the first bridge
    (
        [("destroyed", 1, None, "UA"), ("destroyed", 3, "RU", "UA")],
        [
            "Oleh Syniehubov, head of the Kharkiv regional administration, said the bridge over "
            "the Udy near Ruska Lozova had collapsed overnight. He added that three bridges in "
            "the district had now been destroyed by Russian shelling.",
            "The Sumy governor said the road bridge at Sosnivka had collapsed. Dmytro Zhyvytskyi "
            "said that in total three bridges in the region had been destroyed by Russian "
            "strikes.",
        ],
    ),
    # the progressive after "were" is an act, not a passive of another subject
    (
        [("destroyed", None, "UA", "RU")],
        [
            'Igor Konashenkov said "Ukrainian saboteurs" were blowing up bridges near Izium '
            "to slow the evacuation of residents.",
            "The Russian defence ministry said Ukrainian units were blowing up bridges around "
            "Kupiansk as they fell back.",
        ],
    ),
    # an attack noun with its force after it ("a strike by Russian aircraft"), behind the
    # speaker's hedge "what he said was"
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Governor Vitaliy Kim posted footage of the bridge over the Inhul collapsing after "
            "what he said was a strike by Russian aircraft.",
            "Oleksandr Prokudin said the road bridge near Tiahynka came down after a strike by "
            "Russian artillery.",
        ],
    ),
    # an attempt that failed: the bridge stands
    (
        [("intact", 1, None, "RU")],
        [
            "Russian war correspondents admitted that Ukrainian sappers had laid a pontoon "
            "bridge over the Siverskyi Donets and that Russian aviation had failed to knock it "
            "out.",
            "The Russian defence ministry said its artillery could not destroy the pontoon "
            "crossing near Bilohorivka.",
        ],
    ),
    # the force leaving blew the bridge up behind it
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "The bridge over the Inhulets at Darivka was destroyed when Russian forces "
            "withdrew, the regional administration said.",
            "Ukrainian officials said the bridge in Snihurivka was blown up as the Russian "
            "troops retreated across the river.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "text"), [(rows, t) for rows, texts in _BRIDGE_GROUPS for t in texts]
)
def test_bridge_wordings(rows: list[tuple], text: str) -> None:
    assert bridge_tuples(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # residents leaving name no force: no attacker
        (
            "The Kherson administration said the bridge at Tiahynka was destroyed as residents "
            "left the village.",
            [("destroyed", 1, None, "UA")],
        ),
        # the attempt succeeded: destroyed, not intact
        (
            "The Ukrainian General Staff said its artillery managed to knock out the pontoon "
            "crossing near Bilohorivka.",
            [("destroyed", 1, "UA", "UA")],
        ),
        # a figure of speech with no bridge status: no row
        (
            "The mayor said the river had always been the city's bridge to the world.",
            [],
        ),
    ],
)
def test_bridge_negatives(text: str, rows: list[tuple]) -> None:
    assert bridge_tuples(text) == sorted(rows, key=str)


# --- claims --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a transcript turn whose speaker says "I'll" is still the turn's speaker
        "MODERATOR: Next question.\n\nSENIOR STATE DEPARTMENT OFFICIAL: Izium is still "
        "contested. I'll just say the Ukrainians are holding the line.",
        "SENIOR MILITARY OFFICIAL: Sumy remains in Ukrainian hands. We'll say more on the "
        "convoys tomorrow.",
    ],
)
def test_first_person_contraction_is_no_name(text: str) -> None:
    speakers = {sp for sp, _ in claim_speakers(text)}
    assert not speakers & {"I'll", "We'll", "I’ll"}
    assert speakers


@pytest.mark.parametrize(
    "text",
    [
        # a digest's running title and a dateline over a free relative: no one's statement
        "KHARKIV REGION - OFFICIAL CHANNELS, DAY 12\nDigest of posts, 7 March 2022\n\n"
        "Oleh Syniehubov, head of the Kharkiv regional military administration, said the city "
        "had been shelled overnight.",
        "ZAPORIZHZHIA OBLAST - what the officials said today\n\nOleksandr Starukh, head of the "
        "Zaporizhzhia regional military administration, said the city had been shelled overnight.",
        "MYKOLAIV - LIVE UPDATES, DAY 40\n\nVitaliy Kim, the Mykolaiv governor, said the city had "
        "been shelled overnight.",
    ],
)
def test_rubric_headings_give_no_claim(text: str) -> None:
    speakers = [sp for sp, _ in claim_speakers(text)]
    assert len(speakers) == 1
    assert speakers[0] in ("Oleh Syniehubov", "Oleksandr Starukh", "Vitaliy Kim")


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # one word of a name, then "the" and what it is: the name speaks
        (
            "Traffic now uses a pontoon crossing: the bridge at Bohorodychne was blown up in "
            "May, Ukravtodor, the road agency, said.",
            "Ukravtodor",
            "UA",
        ),
        (
            "The line to Lyman was cut overnight, Ukrzaliznytsia, the state railway company, said.",
            "Ukrzaliznytsia",
            "UA",
        ),
        # a body and the bank of the river it sits on
        (
            "Russian-installed officials on the east bank said they had moved civilians out of "
            "Oleshky.",
            "Russian-installed officials on the east bank",
            "RU",
        ),
        (
            "Ukrainian officials on the right bank of the Dnipro said Kherson was shelled again.",
            "Ukrainian officials on the right bank of the Dnipro",
            "UA",
        ),
    ],
)
def test_speaker_phrasings(text: str, speaker: str, side: str) -> None:
    rows = claim_speakers(text)
    assert rows
    assert rows[0][0].startswith(speaker)
    assert rows[0][1] == side


def test_bank_qualifier_is_not_a_clause() -> None:
    # "left" is a verb here: the troops are no speaker, the officials are
    speakers = [
        sp for sp, _ in claim_speakers("Russian troops left the bank, regional officials said.")
    ]
    assert not any(sp.startswith("Russian troops") for sp in speakers)


# --- places --------------------------------------------------------------------------------------
def _places(text: str) -> dict[str, dict]:
    """Found places by mention (metonyms left out, as the parser's places table does)."""
    return {r["mention"]: r for r in gz.find_places(text, as_records=True) if not r["metonym"]}


@pytest.mark.parametrize(
    ("text", "river"),
    [
        # a river the gazetteer lacks, named at a sentence's start
        ("The Psel river runs through the north of the town.", "Psel"),
        ("The Teteriv River was shallow that spring, locals said.", "Teteriv"),
    ],
)
def test_unlisted_river_at_sentence_start(text: str, river: str) -> None:
    found = {r["name"]: r for r in _places(text).values()}
    assert found[river]["kind"] == "river"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a ship named after a city, named as what the vessel was
        ("The navy later said the sunken vessel was the Saratov, not the Orsk.", "Saratov"),
        ("Officials said the damaged ship is the Novorossiysk.", "Novorossiysk"),
    ],
)
def test_ship_named_after_a_city_is_no_place(text: str, city: str) -> None:
    assert city not in {r["name"] for r in _places(text).values()}


@pytest.mark.parametrize(
    "text",
    [
        # a ship word elsewhere, the city named as a city
        "The ship was built in Saratov.",
        "Drones hit Saratov overnight; the vessel was the Orsk.",
    ],
)
def test_city_near_a_ship_word_is_still_a_place(text: str) -> None:
    assert "Saratov" in {r["name"] for r in _places(text).values()}


@pytest.mark.parametrize(
    "text",
    [
        # a street named like a settlement is a street
        "Rescuers worked in the blocks on Tsentralna Street all night.",
        "Shells hit a school on Tsentralna Avenue, the mayor said.",
    ],
)
def test_street_name_is_no_settlement(text: str) -> None:
    assert "Tsentralna" not in _places(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a digest item headed by a town's mayor: the mayor speaks for the country the town
        # lies in
        (
            "09:15 | Yurii Bova, mayor of Trostianets\nThe town was shelled overnight, Bova said.\n",
            "UA",
        ),
        (
            "11:40 | Hanna Koval, Bilopillia mayor\nKoval said the town was shelled overnight.\n",
            "UA",
        ),
        (
            "12:05 | Petr Sidorov, mayor of Shebekino\nSidorov said the town was shelled overnight.\n",
            "RU",
        ),
        # an "acting" mayor is how occupation appointees are styled, and a head of a district
        # administration is no mayor: no side from the town
        (
            "09:15 | Ivan Petrenko, acting mayor of Enerhodar\nPetrenko said the city was calm.\n",
            None,
        ),
        (
            "09:15 | Ivan Petrenko, head of the Kupiansk district administration\nPetrenko said "
            "the town was calm.\n",
            None,
        ),
    ],
)
def test_mayor_side_from_town(text: str, side: str | None) -> None:
    rows = claim_speakers(text)
    assert rows and rows[0][1] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a body and the side of the river it sits on
        (
            "Moscow-installed officials on the other side of the river accused Ukrainian "
            "forces of shelling Hola Prystan.",
            "RU",
        ),
        ("Russian-backed officials across the Dnipro said Oleshky was shelled again.", "RU"),
    ],
)
def test_officials_across_the_river(text: str, side: str) -> None:
    rows = claim_speakers(text)
    assert rows and rows[0][1] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a transcript's unnamed official is the issuing body's, named on the first line
        (
            "U.S. Department of State\nPress Briefing by a Senior State Department Official\n"
            "April 4, 2022\n\nSENIOR STATE DEPARTMENT OFFICIAL: We believe Izium is still "
            "contested.\n",
            "US",
        ),
        (
            "Ministry of Defence of Ukraine\nBriefing for journalists\n\nMINISTRY SPOKESMAN: Our units "
            "are holding Bakhmut.\n",
            "UA",
        ),
    ],
)
def test_transcript_official_takes_the_mastheads_side(text: str, side: str) -> None:
    rows = claim_speakers(text)
    assert rows and rows[0][1] == side


def test_no_masthead_side_for_a_headline() -> None:
    # a headline line is no issuer: the colon speaker keeps no side
    text = (
        "Shelling resumes near the plant\n\nPLANT SPOKESMAN: The reactors are in cold shutdown.\n"
    )
    rows = claim_speakers(text)
    assert all(side is None for _, side in rows)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a named site the gazetteer lacks, its kind after the name
        ("A missile hit the Amstor mall in Kremenchuk.", "Amstor mall"),
        ("Shells fell near the Epicentr shopping centre in Kharkiv.", "Epicentr shopping centre"),
        ("Fighting went on around the Knauf salt works outside Soledar.", "Knauf salt works"),
        # at a sentence's start, after "The"
        ("The Amstor mall in Kremenchuk was hit.", "Amstor mall"),
        ("The Dyagilevo airfield was hit again.", "Dyagilevo air base"),
    ],
)
def test_named_site_by_its_kind(text: str, name: str) -> None:
    found = {r["name"]: r for r in _places(text).values()}
    assert found[name]["kind"] == "facility"


@pytest.mark.parametrize(
    "text",
    [
        # no capitalised name before the kind: no site
        "The mall was hit overnight.",
        "A Russian missile struck a shopping centre in Odesa.",
    ],
)
def test_unnamed_site_is_no_place(text: str) -> None:
    assert all(r["kind"] != "facility" for r in _places(text).values())
