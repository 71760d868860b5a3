"""Statements from the thirteenth session's bridge/claims/places round, each in wordings of its
own about 2022 events (written for these tests, not copied from a report): every wording of a
group must give the group's rows, and the negative cases must give the rows they list."""

from __future__ import annotations

import pytest

from tests._rows import bridge_rows, bridge_tuples, claim_speakers

_BRIDGE_GROUPS = [
    # a bridge that is down, broken, told as a state: "lies broken", "was also down"
    (
        [("destroyed", 1, None, None)],
        [
            "The railway bridge over the Oskil lies broken in the water.",
            "Near Balakliia, the old bridge across the river was broken in two.",
            "A second crossing, on the road to Barvinkove, was also down.",
            "The footbridge over the Sula is now broken and no one can use it.",
        ],
    ),
    # a bridge a force built or laid: standing, and that force its actor
    (
        [("intact", 1, "RU", None)],
        [
            "Columns of lorries now use a pontoon bridge laid by Russian engineers near Kreminna.",
            "Russian sappers built a pontoon bridge across the Siverskyi Donets overnight.",
            "A crossing put up by Russian troops east of Lyman carried tanks across the river.",
            "Russian engineers had thrown a pontoon bridge over the Oskil south of Kupiansk.",
        ],
    ),
    # one bridge broken, the other built by a force: a row each, the builder only the second's
    (
        sorted([("destroyed", 1, None, None), ("intact", 1, "UA", None)], key=str),
        [
            "The road bridge over the Oskil lies broken in the river, and army trucks now roll "
            "across a pontoon bridge laid by Ukrainian engineers upstream.",
            "The old bridge at Kupiansk was down, and a pontoon crossing built by Ukrainian "
            "sappers carried the supplies.",
        ],
    ),
    # a side that "lost" a bridge is not what destroyed it
    (
        [("destroyed", 1, None, "GB")],
        [
            "The UK Ministry of Defence assessed that Russia had lost another pontoon bridge "
            "near Bilohorivka.",
            "According to the UK Ministry of Defence, Russian forces lost a pontoon bridge "
            "on the Donets.",
            "Russian units have probably lost a pontoon crossing south of Kreminna, the UK "
            "Ministry of Defence said.",
        ],
    ),
    # a clause the narrator tells, then "..., and SPEAKER said that ...": the first clause is
    # not the later speaker's claim; each clause its own row
    (
        sorted([("destroyed", 1, "UA", None), ("destroyed", 1, None, "GB")], key=str),
        [
            "Ukrainian artillery destroyed a Russian pontoon bridge near Dronivka on May 8, and "
            "the UK Ministry of Defence later said that Russia had lost a second pontoon bridge "
            "nearby.",
            "Ukrainian gunners wrecked a pontoon crossing at Serebrianka, and the UK Ministry of "
            "Defence assessed that Russia had lost one more pontoon bridge in the area.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("expected", "text"), [(rows, t) for rows, texts in _BRIDGE_GROUPS for t in texts]
)
def test_bridge_groups(expected: list[tuple], text: str) -> None:
    assert bridge_tuples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a demand or a wish: no bridge row
        "An adviser to Zelenskyy wrote that the bridge was only the start and that everything "
        "occupied must be destroyed.",
        "A Russian deputy said the bridges over the Dnipro should be blown up at once.",
        "Officials said the crossing ought to be struck again.",
        # a figure of speech
        'The speaker said the offensive had "built a bridge" between despair and hope.',
        "The minister said the deal built bridges with the Gulf states.",
    ],
)
def test_no_bridge_rows(text: str) -> None:
    assert bridge_tuples(text) == []


def test_trailing_speaker_keeps_whole_sentence() -> None:
    # a speaker closing the sentence speaks for all of it, each clause included
    text = (
        "The Antonivskyi bridge has been out of use since Ukrainian strikes in July, and the "
        "Russians now rely on ferries, Britain's Defence Intelligence said."
    )
    assert [r["claimed_by_side"] for r in bridge_rows(text)] == ["GB"]


# a numbered digest: each item's heading names its speaker; in the item, a pronoun ("She says",
# "He adds"), the body by its kind ("The council says") or "a spokesman" is that speaker, not the
# one quoted in the item before
_DIGEST_PRONOUN = [
    (
        "Roundup of statements\n\n"
        "1. Russian Ministry of Defence, statement on Tuesday\n"
        "The ministry says its forces have taken two villages near Avdiivka.\n\n"
        "2. Hanna Maliar, Ukraine's Deputy Minister of Defence, Telegram, Tuesday evening\n"
        "Ukrainian units repelled eleven attacks. She says the villages remain under Ukrainian "
        "control.\n",
        "Hanna Maliar",
    ),
    (
        "What officials said today\n\n"
        "1. Russian Ministry of Defence, statement\n"
        "The ministry says its troops entered Marinka.\n\n"
        "2) Pavlo Kyrylenko, head of the Donetsk regional military administration\n"
        "Shelling continued through the night. He says three civilians were wounded in Kurakhove.\n",
        "Pavlo Kyrylenko",
    ),
    (
        "Digest\n\n"
        "1. Russian Ministry of Defence\n"
        "The ministry says air defences shot down four drones over Belgorod.\n\n"
        "2. Kherson city council (working from Mykolaiv)\n"
        "The city council says about 20,000 residents remain in the city and that water is "
        "running out.\n",
        "Kherson city council",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _DIGEST_PRONOUN)
def test_digest_item_pronoun_is_heading_speaker(text: str, speaker: str) -> None:
    names = [sp for sp, _ in claim_speakers(text)]
    assert names[-1] == speaker
    assert "Russian Ministry of Defence" in names[0]


def test_digest_spokesman_is_heading_body() -> None:
    text = (
        "Statements\n\n"
        "1. International Committee of the Red Cross, statement from Geneva\n"
        "The ICRC says its teams are ready to go into Sievierodonetsk. "
        '"Time is running out," a spokeswoman says.\n'
    )
    names = {sp for sp, _ in claim_speakers(text)}
    assert names == {"International Committee of the Red Cross"}


def test_digest_other_named_speaker_kept() -> None:
    # a speaker the item names in full stays that speaker (negative case)
    text = (
        "Statements\n\n"
        "1. Oleksandr Starukh, head of the Zaporizhzhia regional military administration\n"
        "Buses reached the city. Denis Pushilin said the route was closed.\n"
    )
    names = [sp for sp, _ in claim_speakers(text)]
    assert "Denis Pushilin" in names


# a post tag or header line naming the post's author, with its time or relaying outlet after the
# name ("[NAME, role, quoted by TASS]", "NAME, head of X, 10:02"): the post below is the
# author's, not the previous post's
_POST_HEADERS = [
    (
        "Channel digest\n\n"
        "[Vadym Filashkin, head of the Donetsk regional military administration, 09:10]\n"
        "The shelling of Kurakhove continued overnight.\n\n"
        '[Eduard Basurin, spokesman for the "people\'s militia" of the self-proclaimed DPR, '
        "quoted by TASS]\n"
        "Says DPR units have taken two more streets of Marinka.\n",
        ("Eduard Basurin",),
    ),
    (
        "Channel digest\n\n"
        "[Vadym Filashkin, head of the Donetsk regional military administration, 09:10]\n"
        "The shelling of Kurakhove continued overnight.\n\n"
        "[Mikhail Mizintsev, Russian defence ministry, daily briefing, relayed by RIA Novosti]\n"
        "Says more than 15,000 people crossed into Russia in the last day.\n",
        # (the person or the body the tag names with him: not the post before's author)
        ("Mikhail Mizintsev", "Russian Defence Ministry"),
    ),
    (
        "TELEGRAM DIGEST\n\n"
        "Russian Defence Ministry (via RIA Novosti), 08:00\n"
        "Spokesman Igor Konashenkov said air defences shot down six drones.\n\n"
        "Vitaliy Kim, head of the Mykolaiv Regional Military Administration, 10:02\n"
        "The city was shelled again at night. Evacuation is the only way to stay safe.\n",
        ("Vitaliy Kim",),
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _POST_HEADERS)
def test_post_header_with_time_or_relay(text: str, speaker: tuple[str, ...]) -> None:
    names = [sp for sp, _ in claim_speakers(text)]
    assert names and names[-1] in speaker


def test_timed_header_not_a_post_for_rubric() -> None:
    # a rubric line with a time names no one: the sentence below keeps its own speaker
    text = (
        "Morning update, 09:00\n"
        "Governor Oleh Syniehubov said two districts of Kharkiv were shelled overnight.\n"
    )
    names = [sp for sp, _ in claim_speakers(text)]
    assert names == ["Oleh Syniehubov"]


def _metonyms(text: str) -> dict[str, bool]:
    """Whether each country or capital mention of ``text`` stands for its government."""
    from analyst_kit import gazetteer as gz

    found = gz.find_places(text)
    return dict(zip(found["mention"], found["metonym"], strict=True))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state body named with the country's possessive and several adjectives
        ("Colonel Ivanov, head of Russia's National Defence Control Centre, spoke.", "Russia"),
        ("Fighters of Ukraine's National Guard held the bridge.", "Ukraine"),
        ("A statement came from Ukraine's National Security Council.", "Ukraine"),
        # the state doing something, in the progressive
        ("Analysts said that Russia was likely reconstituting its forces near Izium.", "Russia"),
        ("Officials believe Ukraine is still preparing a new push in the south.", "Ukraine"),
        # a state's stance or act in the simple past or present
        ("The spokesman said that Russia expected the deal to be honoured.", "Russia"),
        ("Diplomats said Ukraine invited inspectors to the plant.", "Ukraine"),
        ("Analysts noted that Russia demands guarantees first.", "Russia"),
    ],
)
def test_country_as_state(text: str, name: str) -> None:
    assert _metonyms(text)[name] is True


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the ground: a place after a preposition, or a country as where things happen
        ("Refugees were arriving in Russia by bus.", "Russia"),
        ("The war in Ukraine was entering its sixth month.", "Ukraine"),
        ("Grain ships sailed from Ukraine to Turkey.", "Ukraine"),
    ],
)
def test_country_as_ground(text: str, name: str) -> None:
    assert _metonyms(text)[name] is False


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Statements of the day\n\n"
            "KREMLIN (spokesman Dmitry Peskov, to reporters)\n"
            '"Nobody is storming the plant," Peskov said. He said the corridors were open.\n',
            "Dmitry Peskov",
        ),
        (
            "Statements\n\n"
            "1. Ukrainian Government (Deputy Prime Minister Iryna Vereshchuk, Telegram)\n"
            "Vereshchuk said buses had left Zaporizhzhia at dawn. She said they could not enter "
            "the city.\n",
            "Iryna Vereshchuk",
        ),
        (
            "Digest\n\n"
            "2. Azov Regiment (commander Denys Prokopenko, video message)\n"
            "Prokopenko said fighting went on inside the plant. He said the defenders held.\n",
            "Denys Prokopenko",
        ),
    ],
)
def test_digest_person_pronoun_under_body_heading(text: str, person: str) -> None:
    # under a body's heading, "He said" / "She said" is the person the item names, not the body
    names = [sp for sp, _ in claim_speakers(text)]
    assert names[-1] == person, names
