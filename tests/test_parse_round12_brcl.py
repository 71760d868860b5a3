"""Statements from the twelfth session's bridge/claims/places round, each in wordings of its own
about 2022 events (written for these tests, not copied from a report): every wording of a
group must give the group's rows, and the negative cases must give the rows they list."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import bridge_tuples, claim_rows

_BRIDGE_GROUPS = [
    # a destruction verb whose object is a counted part of the bridge (one or two spans, a
    # section) tells of damage, as the same part as the subject does ("two spans collapsed")
    (
        [("damaged", 1, None, "UA")],
        [
            "Ukrainian officials said the explosion brought down two spans of the bridge "
            "over the Inhulets.",
            "According to Ukrainian officials, the blast took out one road span of the bridge "
            "near Darivka.",
            "Ukrainian officials said that the strike had destroyed a section of the road "
            "bridge across the Siverskyi Donets.",
            "The bridge over the Desna lost traffic after shelling knocked down two sections, "
            "Ukrainian officials said.",
        ],
    ),
    # an attack on a bridge told in no one's words, then a side blaming someone for "that
    # attack": the side's claim of the attack already told, not a second row
    (
        [("damaged", 1, "UA", "RU")],
        [
            "A truck bomb on the road bridge across the Kerch Strait brought down two road "
            "spans on Saturday. Moscow blamed Ukrainian special services for that attack.",
            "On Sunday an explosion caused heavy damage to the bridge over the Kerch Strait. "
            "The Kremlin later blamed the Kyiv regime for the blast.",
            "The bridge across the Kerch Strait was damaged in an explosion at dawn. Russian "
            "investigators said the attack was organised by Ukraine's special services.",
        ],
    ),
    # "it" long after a status verb with an object of its own is the subject of another clause
    # (the region, the city), not the bridge of the sentence before
    (
        [("intact", 1, None, "RU")],
        [
            "The Russian-installed mayor said the road over the dam remained open. Ukraine "
            "has been firing rockets to hit depots and command posts across the region, "
            "which Kyiv says it will retake.",
            "Russian officials said the bridge near Kherson remained open. Ukrainian gunners "
            "shelled warehouses and fuel stores behind the front, a sign the city is a "
            "target, though Moscow says it is safe.",
            "The Russian-installed governor said the crossing at Darivka is still passable. "
            "Kyiv's forces struck ammunition dumps and barracks all over the south, which "
            "Ukraine says it means to free.",
        ],
    ),
    # "it" right after the verb is still the bridge just named
    (
        [("destroyed", 1, "RU", "UA"), ("unknown", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces fired missiles at the bridge at Zatoka. "
            "They said the strike destroyed it.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("rows", "text"), [(rows, text) for rows, texts in _BRIDGE_GROUPS for text in texts]
)
def test_bridge_wordings(rows: list[tuple], text: str) -> None:
    assert bridge_tuples(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # most of the spans, or all of them: the bridge is gone
        (
            "Ukrainian officials said Russian troops blew out several spans of the bridge "
            "over the Oskil.",
            [("destroyed", 1, "RU", "UA")],
        ),
        # a side that already spoke of the attack: its blame goes to its own row
        (
            "Russian officials said a blast damaged the bridge across the Kerch Strait. "
            "Moscow blamed Ukrainian special services for that attack.",
            [("damaged", 1, "UA", "RU")],
        ),
    ],
)
def test_bridge_negatives(text: str, rows: list[tuple]) -> None:
    assert bridge_tuples(text) == sorted(rows, key=str)


# --- claims ------------------------------------------------------------------------------------


def _speakers(text: str) -> list[tuple]:
    """(speaker, side, outlet) of each claim, in order, repeats dropped."""
    out: list[tuple] = []
    for row in claim_rows(text):
        if row not in out:
            out.append(row)
    return out


# a digest item under a heading naming its speaker, told with the subject left out ("Says ...",
# "Claims ...", "Accuses ...", "Does not mention ..."): the heading's speaker
_DIGEST_ITEMS = [
    (
        "EVENING DIGEST\n\n"
        "1) Serhiy Haidai, head of Luhansk Regional Military Administration\n"
        "Says Russian troops shelled Lysychansk overnight and that two people were hurt.\n\n"
        "2) Leonid Pasechnik, Russian-installed head of the Luhansk People's Republic\n"
        "Claims his forces have taken two villages near Bilohorivka.\n",
        [("Serhiy Haidai", "UA"), ("Leonid Pasechnik", "RU")],
    ),
    (
        "SUMMARY OF POSTS\n\n"
        "1) Vitaliy Kim, head of Mykolaiv Regional Military Administration\n"
        "Accuses Russian forces of striking a grain terminal in the port.\n\n"
        "2) Kirill Stremousov, deputy head of the Russian-installed Kherson administration\n"
        "Denies that any Ukrainian unit has crossed the Inhulets.\n",
        [("Vitaliy Kim", "UA"), ("Kirill Stremousov", "RU")],
    ),
    (
        "MORNING ROUNDUP\n\n"
        "1) Oleh Syniehubov, head of Kharkiv Regional Military Administration\n"
        "Does not mention Izium but reports shelling of nine settlements in the region.\n\n"
        "2) Denis Pushilin, Russian-installed leader of the Donetsk People's Republic, who has "
        "led the territory since 2018 and spoke at length on local television\n"
        "Writes that Marinka is almost surrounded.\n",
        [("Oleh Syniehubov", "UA"), ("Denis Pushilin", "RU")],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), _DIGEST_ITEMS)
def test_digest_item_with_the_subject_left_out(text: str, speakers: list[tuple]) -> None:
    assert [(sp, side) for sp, side, _ in _speakers(text)] == speakers


def test_a_bare_verb_outside_a_digest_item_is_no_claim() -> None:
    # no heading naming a speaker above it: the narrator's words
    assert _speakers("Says a lot about the state of the front line, this map of the region.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a country's lower-case title, then the holder's name
        (
            "Ukraine's infrastructure minister Oleksandr Kubrakov said the ports were ready.",
            "Oleksandr Kubrakov",
            "UA",
        ),
        (
            "Russia's deputy foreign minister Sergei Ryabkov told reporters the talks had stalled.",
            "Sergei Ryabkov",
            "RU",
        ),
        (
            "Poland's agriculture minister Henryk Kowalczyk warned that grain was piling up.",
            "Henryk Kowalczyk",
            "PL",
        ),
        # the verb quoted, or after an adverb, then "his spokesman said": the one it opens with
        (
            "Diplomats said the deal would hold. "
            'UN Secretary-General Antonio Guterres "strongly condemns" the strike on the port, '
            "his spokesman said.",
            "Antonio Guterres",
            "INTL",
        ),
        (
            "Western diplomats said the vote was a sham. UN Secretary-General Antonio Guterres "
            '"firmly rejects" the annexation, his spokesman said on Friday.',
            "Antonio Guterres",
            "INTL",
        ),
        # a time or cause set before "he says"
        (
            "Vitaliy Kim, head of Mykolaiv Regional Military Administration, posted on Telegram. "
            "After Friday's strikes by Russian-made Iskander missiles on the port, he says "
            "most of the city, apart from hospitals, is without water and that repairs will take "
            "weeks.",
            "Vitaliy Kim",
            "UA",
        ),
    ],
)
def test_speaker_phrasings(text: str, speaker: str, side: str) -> None:
    assert (speaker, side) in [(sp, sd) for sp, sd, _ in _speakers(text)]


def test_a_possessive_before_a_common_noun_is_no_speaker() -> None:
    assert _speakers("Ukraine's grain exports through Odesa said little about the war.") == []


def test_a_statement_title_with_an_article_names_its_author_until_reactions() -> None:
    text = (
        "Statement of the Ministry of Defence of the Russian Federation (translated)\n\n"
        '"Air defence systems shot down six drones over the Belgorod region overnight."\n\n'
        "REACTIONS\n\n"
        "Belgorod has been shelled repeatedly since the spring.\n"
    )
    rows = claim_rows(text)
    assert {r[1] for r in rows} == {"RU"}
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # the speaker of a clause about an occasion: "an interview in which X said"
        (
            "The shelling began hours after state television aired an interview in which "
            "President Vladimir Putin said the West would regret its deliveries of weapons.",
            "Vladimir Putin",
            "RU",
        ),
        (
            "Explosions were heard in the city during a briefing at which Defence Minister "
            "Oleksii Reznikov claimed that Russian units were pulling back from the river.",
            "Oleksii Reznikov",
            "UA",
        ),
        (
            "The map was published after a long video address during which President Volodymyr "
            "Zelensky said that the army had freed more villages.",
            "Volodymyr Zelensky",
            "UA",
        ),
        # a digest item's number and a place set first are no part of the name
        (
            "3) In Brussels, NATO Secretary General Jens Stoltenberg told reporters that the "
            "alliance would not send troops.",
            "Jens Stoltenberg",
            "INTL",
        ),
        (
            "12) At the UN, British ambassador Barbara Woodward said that the council must act.",
            "Barbara Woodward",
            "GB",
        ),
    ],
)
def test_speaker_after_an_occasion_or_an_item_number(text: str, speaker: str, side: str) -> None:
    got = _speakers(text)
    assert (speaker, side) in [(sp, sd) for sp, sd, _ in got]
    assert all(not sp.startswith(("3)", "12)")) for sp, _, _ in got)


# a title line naming the channel first, then whose posts follow: the body is that person's,
# up to the compiler's "additional reporting"
@pytest.mark.parametrize(
    "title",
    [
        "Telegram: Vitaliy Kim, head of the Mykolaiv regional military administration",
        "Facebook post | Vitaliy Kim, head of the Mykolaiv regional military administration "
        "(translated)",
        "Telegram channel - Vitaliy Kim, head of the Mykolaiv regional military administration",
    ],
)
def test_channel_first_title_names_the_author(title: str) -> None:
    text = (
        title + "\n\n"
        "[06:10] The enemy struck the port overnight. Two people were wounded.\n\n"
        "Compiled with additional reporting:\n\n"
        "The port has been hit several times since March.\n"
    )
    rows = claim_rows(text)
    assert rows and all(r[0] == "Vitaliy Kim" and r[1] == "UA" for r in rows)
    assert len(rows) == 2  # not the compiler's paragraph after "additional reporting"


def test_a_channel_word_opening_a_sentence_is_no_author() -> None:
    text = "Telegram is widely used in Ukraine. The mayor said the port was hit.\n"
    assert all(r[0] != "Telegram is widely used in Ukraine" for r in claim_rows(text))


# --- places ------------------------------------------------------------------------------------


def _places(text: str) -> dict[str, str]:
    """mention -> kind of each place row the parser reads from ``text``."""
    t = parse_report("date 2022-05-01\n" + text)["places"]
    return dict(zip(t["mention"], t["kind"], strict=True))


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        # a named street, avenue or square: where the report locates the event
        (
            "A missile hit a tower block on Lobanovskyi Avenue in Kyiv.",
            "Lobanovskyi Avenue",
            "road",
        ),
        (
            "Shells landed near the market on Admiralska Street in Mykolaiv overnight.",
            "Admiralska Street",
            "road",
        ),
        (
            "Residents of Pushkinska street in Kharkiv were told to stay in shelters.",
            "Pushkinska street",
            "road",
        ),
        (
            "The rocket struck the administration building on Freedom Square in Kharkiv.",
            "Freedom Square",
            "other",
        ),
        (
            "Crowds gathered on Cathedral Square in Kherson after the retreat.",
            "Cathedral Square",
            "other",
        ),
    ],
)
def test_named_streets_and_squares(text: str, mention: str, kind: str) -> None:
    assert _places(text).get(mention) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Downing Street said the strike was a war crime.",
        "Troops cleared Andriivka street by street.",
        "Ukraine regained 500 square kilometres in the south, Kyiv said.",
    ],
)
def test_no_street_row(text: str) -> None:
    assert not any(k in ("road", "other") for k in _places(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, Sept. 30, 2022 (AP) - The Kremlin held a ceremony in the capital.",
        "KYIV, Aug 24 (Reuters) - Ukraine marked its independence day under air raid alerts.",
        "LONDON, Oct. 3 (AFP) - Britain said Russian forces had pulled back.",
    ],
)
def test_dateline_month_is_no_place(text: str) -> None:
    assert not any(m.rstrip(".") in ("Sept", "Aug", "Oct") for m in _places(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # curated landmarks named in 2022 reporting (data/places_curated.csv, SOURCES.md)
        ("Russian missiles struck near Babyn Yar in Kyiv on Tuesday.", "Babyn Yar"),
        ("A strike hit the Kyiv TV tower, knocking some channels off air.", "Kyiv TV Tower"),
        (
            "Cruise missiles hit the Yavoriv training ground near the Polish border.",
            "International Peacekeeping and Security Centre",
        ),
        (
            "Radiation readings rose inside the Chornobyl exclusion zone, the regulator said.",
            "Chornobyl Exclusion Zone",
        ),
        ("Drones damaged a boom across Yuzhnaya Bay in Sevastopol.", "Yuzhna Bay"),
    ],
)
def test_curated_landmarks(text: str, name: str) -> None:
    t = parse_report("date 2022-05-01\n" + text)["places"]
    assert name in set(t["name"])
    assert "Babyn" not in set(t["name"])


# a relative clause whose own subject has the speech verb ("X, which Ukraine says it took,
# fell back") gives the head noun no statement
@pytest.mark.parametrize(
    "text",
    [
        "Russian units in Lyman, which Ukraine says it liberated on Saturday, fell back "
        "towards Kreminna.",
        "Russian troops around Izium, which Kyiv claims it has encircled, were seen moving east.",
        "Ukrainian brigades near Bakhmut, which Moscow says it captured in May, dug in west of "
        "the town.",
    ],
)
def test_relative_clause_verb_is_not_the_head_nouns(text: str) -> None:
    heads = ("Russian units", "Russian troops", "Ukrainian brigades")
    assert not any(sp.startswith(heads) for sp, _, _ in _speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause closed before the verb: the head noun speaks
        (
            "Vitalii Barabash, who heads the town's military administration, said the town "
            "was shelled.",
            "Vitalii Barabash",
        ),
        ("The strikes, which the Air Force said involved 30 drones, hit Kyiv.", "Air Force"),
    ],
)
def test_closed_relative_clause_keeps_its_speaker(text: str, speaker: str) -> None:
    assert any(speaker in sp for sp, _, _ in _speakers(text))
