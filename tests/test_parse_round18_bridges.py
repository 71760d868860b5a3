"""Statements from the eighteenth session's bridge round, each in wordings of its own about
2022 events (written for these tests, not copied from a report): every wording of a group
must give the group's rows, and the negative cases must give the rows they list."""

from __future__ import annotations

import pytest

from tests._rows import bridge_tuples

_GROUPS = [
    # a crossing a force put in, finished or rode over stands, and is that force's
    (
        [("intact", None, "RU", "US")],
        [
            "A senior Pentagon official said the Russians have put in pontoon bridges of their "
            "own west of Kreminna.",
            "A US defence official said Russian engineers had completed new pontoon bridges over "
            "the Oskil.",
            "The Pentagon said Russian troops were crossing the Inhulets over makeshift "
            "crossings south of Davydiv Brid.",
        ],
    ),
    (
        [("intact", 1, "RU", "GB")],
        [
            "Britain's Ministry of Defence said Russia has finished a barge bridge beside the "
            "damaged Antonivskyi spans.",
            "British intelligence said Russian units had crossed the Dnipro near Nova Kakhovka "
            "on a pontoon bridge.",
            "The UK Ministry of Defence said Russian forces had completed a pontoon bridge "
            "upstream of the damaged Antonivskyi bridge.",
        ],
    ),
    # a subordinate clause about another bridge keeps its own state: the one in use stands,
    # the one destroyed is a row of its own
    (
        [("destroyed", 1, "RU", "UA"), ("intact", 1, "UA", "UA")],
        [
            "A Ukrainian officer said sappers had put a pontoon bridge across the Oskil after "
            "the Russians blew up the road bridge at Kupiansk.",
            "The Ukrainian General Staff said engineers had laid a pontoon bridge across the "
            "Inhulets since Russian troops had destroyed the old bridge there.",
            "Ukraine's army said its engineers had assembled a pontoon bridge over the Donets "
            "because the Russians had blown up the road bridge near Izium.",
        ],
    ),
    # usability: a load it can no longer bear is damage
    (
        [("damaged", 1, None, "RU")],
        [
            "Russian officials admitted the road bridge over the Dnipro cannot carry trucks.",
            "Kirill Stremousov acknowledged that the dam bridge could no longer take heavy "
            "vehicles.",
            "Vladimir Saldo conceded the Antonivskyi bridge cannot bear lorries.",
        ],
    ),
    # a state of the bridge now is no recital of an old attack
    (
        [("damaged", 1, "UA", None)],
        [
            "The Darivka road bridge has been closed to traffic since Ukrainian strikes in the "
            "summer.",
            "The dam road has been closed to all traffic since Ukrainian HIMARS strikes last year.",
            "The railway bridge at Kherson has been closed to vehicles since Ukrainian rocket "
            "strikes in the spring.",
        ],
    ),
    # the bridge stands: it held, it is working, its traffic was not affected
    (
        [("intact", 1, None, "UA")],
        [
            "Mayor Vitali Klitschko said a missile landed metres away but the bridge had held.",
            "The Lviv mayor said a rocket exploded near the footbridge over the railway, and "
            "the footbridge has held.",
            "Governor Maksym Kozytskyi said a rocket landed close to the road, but the "
            "railway bridge had held.",
        ],
    ),
    (
        [("intact", None, None, "RU")],
        [
            "Russian-installed officials in Kherson said all the crossings were working.",
            "The Moscow-backed administration said the Dnipro crossings are still functioning.",
            "Vladimir Saldo said the region's bridges were working without interruption.",
        ],
    ),
    (
        [("intact", 1, None, "RU")],
        [
            "Sergei Aksyonov said traffic on the Crimean bridge was not affected.",
            "The Russian transport ministry said traffic across the Kerch bridge had not been "
            "disrupted.",
            "Crimea's Russian-installed head said traffic over the Crimean bridge and supplies "
            "to the peninsula were not affected.",
        ],
    ),
    # a weapon with no side as the subject, in a warring side's words: the other side's
    (
        [("damaged", 1, "UA", "RU")],
        [
            "Governor Vyacheslav Gladkov wrote: A shell damaged the road bridge over the "
            "stream near Novaya Tavolzhanka.",
            "Roman Starovoit said two rockets had hit the bridge over the Seym at Tetkino.",
            "The Russian defence ministry said a drone also damaged a railway bridge in the "
            "Bryansk region.",
        ],
    ),
    (
        [("damaged", 1, "RU", "UA")],
        [
            "The Sumy governor said a missile hit the bridge over the Psel near Sosnivka.",
            "Oleh Syniehubov wrote that a shell had damaged the footbridge in Kupiansk.",
            "Natalia Humeniuk said several rockets struck the Varvarivskyi bridge.",
        ],
    ),
    # "though it remained passable": the damaged bridge still in use, one row (as "but")
    (
        [("damaged", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian shelling had damaged the bridge over the Kazennyi "
            "Torets, though it remained passable for cars.",
            "The Donetsk governor said Russian artillery hit the bridge in Sloviansk, although "
            "it is still open to traffic.",
            "According to Ukrainian officials, Russian strikes damaged the Oskil bridge, though "
            "the bridge was still usable.",
        ],
    ),
    # a place before the bridge the way a force crossed is no landmark of the attack; the
    # Russian transliterations of the republics' names are Russian forces
    (
        [("destroyed", 1, "RU", "RU")],
        [
            "Andrei Marochko claimed Ukrainian forces had tried to cross the Krasna near "
            "Kreminna on a pontoon bridge and that LNR artillery had destroyed the crossing.",
            "Eduard Basurin said Ukrainian troops tried to cross the river near Siversk over a "
            "pontoon bridge, and that DNR gunners destroyed it.",
            "Leonid Pasechnik said Ukrainian troops tried to cross the Zherebets near Torske on "
            "a pontoon bridge, but LNR artillery destroyed it.",
        ],
    ),
]

_NEGATIVE = [
    # a bridge noun opening a quotation that names people is a figure of speech
    (
        "Mayor Ihor Terekhov said the trams were running again and called the drivers "
        '"the bridge between the two banks".',
        [],
    ),
    (
        'The governor said the ferry was working again and dubbed its crew "our bridge to the '
        'islands".',
        [],
    ),
    (
        "Oleh Syniehubov said the metro reopened, and described the railway workers as "
        '"the bridge that holds Kharkiv together".',
        [],
    ),
    # a landmark still: the attack landed near the bridge, no word of the bridge itself
    ("Governor Kim said missiles struck houses near the bridge.", []),
    # a neutral speaker names no side for the weapon
    ("The UN said a shell damaged the bridge near Kupiansk.", [("damaged", 1, None, "INTL")]),
    # the weapon's side named: never the opposite of the speaker's
    (
        "Oleh Syniehubov said a Ukrainian shell had damaged the bridge in Kupiansk by mistake.",
        [("damaged", 1, None, "UA")],
    ),
    # a question is no statement
    ("HOST: So how do people get across with the bridge out?", []),
    ("Were both bridges over the Inhulets destroyed, the reporter asked?", []),
    ("QUESTION: Has the crossing at Kupiansk been hit again?", []),
    # "held" with an object is the verb of holding ground, no state of the bridge
    (
        "Russian troops said they had held the bridge near Kherson for a week.",
        [("intact", 1, "RU", "RU")],
    ),
    # an operator's word of traffic with no side is no one's claim
    ("The operator said the crossings were working normally.", []),
    # crossing a bridge named with no determiner is no use of a standing bridge
    ("Russian troops crossed the bridge under fire, the governor said.", []),
]


@pytest.mark.parametrize("rows,text", [(rows, text) for rows, texts in _GROUPS for text in texts])
def test_round18_bridge_groups(rows: list[tuple], text: str) -> None:
    assert bridge_tuples(text) == sorted(rows, key=str)


@pytest.mark.parametrize("text,rows", _NEGATIVE)
def test_round18_bridge_negatives(text: str, rows: list[tuple]) -> None:
    assert bridge_tuples(text) == sorted(rows, key=str)
