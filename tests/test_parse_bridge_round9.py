"""Bridge statements from the ninth session's bridge round, each in several wordings of its
own about 2022 events (written for these tests, not copied from a report): every wording must
give the first group's rows (status, count, actor_side, claimed_by_side), and the cases after
them must give the rows they list (often none)."""

from __future__ import annotations

import pytest

from tests._rows import bridge_rows


def _rows(text: str) -> list[tuple]:
    """(status, count, actor_side, claimed_by_side) of each bridge row, sorted."""
    keys = ("status", "count", "actor_side", "claimed_by_side")
    return sorted((tuple(r[k] for k in keys) for r in bridge_rows(text)), key=str)


# each group: the rows, then wordings of the same statement
_GROUPS = [
    # a participle set off by commas names its attacker in a by-phrase; a road named for a
    # capital is no force acting on the bridge
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "The Chernihiv governor said the road bridge over the Desna on the Kyiv highway, "
            "destroyed by a Russian air strike on March 23, had cut the city off.",
            "The Chernihiv governor said the bridge over the Desna, destroyed by a Russian air "
            "strike on March 23, had cut the city off.",
            "The Chernihiv governor said the crossing on the Kyiv road, blown up by Russian "
            "troops in March, was being rebuilt.",
            "Russian troops on the Kyiv road blew up the bridge over the Desna as they pulled "
            "back, the Chernihiv governor said.",
        ],
    ),
    (
        [("damaged", 1, "UA", "RU")],
        [
            "The Antonivskyi bridge, repeatedly hit by Ukrainian HIMARS rockets in July, is "
            "closed to traffic, Kirill Stremousov said.",
            "The crossing on the Moscow road, hit by Ukrainian drones, was closed, the "
            "Russian-installed governor Vladimir Saldo said.",
            "Kirill Stremousov said the Antonivskyi bridge, struck by Ukrainian rockets "
            "overnight, was closed to traffic.",
        ],
    ),
    # the attacks a bridge has been out of use since name its attacker
    (
        [("damaged", 1, "UA", "GB")],
        [
            "The Antonivskyi bridge in Kherson has been out of use for heavy traffic since "
            "Ukrainian strikes in July and August, Britain's Defence Intelligence said.",
            "Britain's Defence Intelligence said the Antonivskyi bridge had been closed to heavy "
            "vehicles since Ukrainian HIMARS strikes in July.",
            "Britain's Defence Intelligence said the Antonivskyi bridge had been unusable since "
            "Ukrainian rocket attacks on it in late July.",
        ],
    ),
    (
        [("damaged", 1, "RU", "UA")],
        [
            "The Zatoka bridge has been impassable since Russian missile strikes in late April, "
            "the Odesa regional administration said.",
            "The Odesa regional administration said the bridge at Zatoka had stayed closed to "
            "traffic since Russian missile strikes in April.",
        ],
    ),
    # the same done to a second bridge, its verb left out: a row for each bridge
    (
        [("destroyed", 1, "RU", "UA"), ("destroyed", 1, "RU", "UA")],
        [
            "Natalia Humeniuk of Ukraine's southern command told reporters that the Russians had "
            "blown up the crossing at the dam, as they had the Antonivskyi bridge near Kherson.",
            "Ukraine's southern command said the retreating Russians had destroyed the bridge at "
            "Darivka, just as they had the Antonivskyi bridge a day earlier.",
            "Russian forces destroyed the pontoon crossing at Nova Kakhovka, as they did the "
            "Antonivskyi bridge, Ukrainian officials said.",
            "The road bridge over the Inhulets at Snihurivka was blown up by Russian troops, as "
            "was the railway bridge nearby, Ukrainian officials said.",
        ],
    ),
    # the road that runs across a dam is a crossing
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said the road that runs across the Kakhovka dam had been blown "
            "up by retreating Russian troops.",
            "Ukrainian officials said the road running across the Kakhovka dam had been blown up "
            "by Russian troops.",
            "Russian troops blew up the road leading over the Kakhovka dam, Ukrainian officials "
            "said.",
        ],
    ),
    (
        [("destroyed", 1, None, None)],
        [
            "Satellite images showed that several sections of the road running across the dam of "
            "the Kakhovka power plant had been blown up.",
            "Maxar satellite images showed that the road running over the Kakhovka dam had been "
            "destroyed.",
        ],
    ),
    # two bridges, each with its own verb (the second's often left as a bare participle)
    (
        [("damaged", 1, None, "UA"), ("destroyed", 1, None, "UA")],
        [
            "Ukraine's southern command said the pontoon bridge had been destroyed and the "
            "crossing near the Antonivskyi bridge damaged.",
            "Ukraine's southern command said the pontoon crossing at Nova Kakhovka had been "
            "destroyed and the Antonivskyi bridge damaged.",
            "Ukraine's southern command said the pontoon crossing had been destroyed and the "
            "Antonivskyi bridge damaged.",
        ],
    ),
    (
        [("damaged", 1, "UA", "UA"), ("destroyed", 1, "UA", "UA")],
        [
            "Ukraine's southern command said Ukrainian artillery destroyed one pontoon crossing "
            "and damaged the Antonivskyi bridge.",
            "Ukraine's southern command said Ukrainian artillery had damaged the Antonivskyi "
            "bridge and destroyed a pontoon crossing near Nova Kakhovka.",
        ],
    ),
    # a national tally counts its bridges in three digits
    (
        [("damaged", 300, "RU", "UA")],
        [
            "Russian troops have destroyed or damaged around 300 road and railway bridges in "
            "Ukraine since February 24, Minister of Infrastructure Oleksandr Kubrakov said.",
            "Minister of Infrastructure Oleksandr Kubrakov said about 300 bridges had been "
            "damaged or destroyed by Russian forces since the invasion began.",
            "Some 300 bridges have been destroyed or damaged by Russian troops, Minister of "
            "Infrastructure Oleksandr Kubrakov said on Thursday.",
        ],
    ),
    # a bridge taken whole: the force that took it is the actor
    (
        [("intact", 1, "RU", None)],
        [
            "Russian troops seized the Antonivskyi road bridge over the Dnipro intact on the "
            "first day of the invasion.",
            "Russian forces captured the Antonivskyi bridge intact on February 24.",
            "On the first day Russian troops took the road bridge over the Dnipro near Kherson "
            "intact.",
        ],
    ),
]

_CASES = [(rows, text) for rows, texts in _GROUPS for text in texts]


@pytest.mark.parametrize(("rows", "text"), _CASES)
def test_paraphrase_gives_the_rows(rows, text):
    assert _rows(text) == sorted(rows, key=str)


_ATTACK = (
    "Russian officials said the Crimean bridge had been attacked overnight by Ukrainian sea "
    "drones. Traffic was halted. Officials urged holidaymakers to use the ferry. Long queues "
    "formed by the afternoon.\n\n"
)


# a later paragraph naming who carried out the attack, a few sentences on
@pytest.mark.parametrize(
    "author",
    [
        "A source in the SBU told Ukrainian media that the strike was a joint operation of the "
        "SBU and the navy.",
        "A source in Ukraine's security service told Ukrainian media that the attack on the "
        "bridge was carried out by the SBU and the navy.",
        "An SBU official told Ukrainska Pravda that the SBU was behind the attack.",
    ],
)
def test_author_a_few_sentences_on(author):
    assert _rows(_ATTACK + author) == [("unknown", 1, "UA", "RU"), ("unknown", 1, "UA", "UA")]


@pytest.mark.parametrize(
    "other",
    [
        # another target's attack, a denial: no one named for the bridge
        "Ukraine's energy ministry said the strike on the Zaporizhzhia power station was carried "
        "out by Russian missiles.",
        "A Ukrainian navy spokesman did not say Kyiv was behind the attack.",
        "Kyiv denied that the SBU was behind the attack.",
    ],
)
def test_author_must_not_fire(other):
    assert _rows(_ATTACK + other) == [("unknown", 1, "UA", "RU")]


# another bridge named in a state whose cause is unsaid has no attacker of its own; hit
# again, it has the attacker named before
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ukrainian troops are operating near the wreckage of the bridge, which Russian forces "
            "blew up as they withdrew in November 2022. Heavy equipment cannot cross the river; "
            "the Antonivskyi railway bridge upstream is also impassable.",
            [("damaged", 1, None, None), ("destroyed", 1, "RU", None)],
        ),
        (
            "Russian forces blew up the bridge at Darivka as they withdrew, Ukrainian officials "
            "said. Heavy vehicles cannot cross; the Antonivskyi railway bridge is also out of use, "
            "they said.",
            [("damaged", 1, None, "UA"), ("destroyed", 1, "RU", "UA")],
        ),
        (
            "Russian forces blew up the bridge at Darivka as they withdrew, Ukrainian officials "
            "said. The Antonivskyi railway bridge was hit again overnight, they said.",
            [("damaged", 1, "RU", "UA"), ("destroyed", 1, "RU", "UA")],
        ),
    ],
)
def test_another_bridge_keeps_its_own_attacker(text, rows):
    assert _rows(text) == sorted(rows, key=str)


# what each new reading must leave alone
_MUST_NOT = [
    # one verb for both bridges: both rows the same
    (
        [("destroyed", 1, "RU", "UA"), ("destroyed", 1, "RU", "UA")],
        "The Ukrainian army said retreating Russian units had blown up the Mokra bridge as well "
        "as the bridge over the Inhulets river near the city.",
    ),
    # a road to a dam, a vehicle crossing it: no bridge
    ([], "A trolleybus crossing the dam had been hit, the Russian-installed official said."),
    (
        [],
        "Ukrainian officials said the road running to the Kakhovka dam had been shelled by "
        "Russian troops.",
    ),
    # "as they retreated": a time, no second bridge
    (
        [("destroyed", 1, "RU", "UA")],
        "Russian forces destroyed the bridge at Darivka as they retreated, Ukrainian officials "
        "said.",
    ),
    # an assault on a town the bridge has been closed since did not hit the bridge
    (
        [("damaged", 1, None, "UA")],
        "The Kharkiv mayor said the bridge had been closed to traffic since the Russian assault "
        "on the city in February.",
    ),
    # an aim, a plan or a threat is no report of what happened to the bridge
    (
        [],
        "Vladimir Saldo said Ukraine was trying to destroy the crossing to cut off the Russian group.",
    ),
    ([], "Russian-installed officials said Kyiv plans to strike the Antonivskyi bridge again."),
    (
        [],
        "Ukrainian officials said Russian forces had attempted to blow up the bridge over the "
        "Siverskyi Donets.",
    ),
    (
        [],
        "Kirill Stremousov said Ukrainian forces wanted to destroy the dam road at Nova Kakhovka.",
    ),
    ([], "The Russian-installed governor said Kyiv had threatened to hit the Crimean bridge."),
    # a possibility is no report either
    (
        [],
        "Ukrainian officials have long described the bridge as a legitimate military target "
        "that could be struck again at any time.",
    ),
    ([], "Russian officials warned that the Crimean bridge might be attacked again."),
    ([], "Ukrainian officials said the bridge will be blown up if Russian troops approach."),
    # ... but what a damaged bridge can no longer do is its state
    (
        [("damaged", 1, None, "UA")],
        "Ukrainian officials said the bridge could no longer be used by Russian vehicles.",
    ),
    (
        [("damaged", 1, None, "UA")],
        "Luhansk governor Serhiy Haidai said the last bridge was badly damaged and could only "
        "be crossed on foot.",
    ),
    # ... but what was managed, or done after an order, did happen
    (
        [("destroyed", 1, "RU", "UA")],
        "Ukrainian officials said Russian troops had managed to blow up the bridge over the "
        "Siverskyi Donets.",
    ),
    (
        [("destroyed", None, "UA", None)],
        "Ukrainian forces were ordered to destroy the bridges over the Irpin, officials said, "
        "and blew them up on February 25.",
    ),
    # a thousands separator and a day range are no count
    (
        [("damaged", None, None, "UA")],
        "Ukraine's infrastructure ministry said 1,000 bridges had been damaged since February.",
    ),
    (
        [("destroyed", 3, None, "UA")],
        "On June 24-25 all three bridges were destroyed, Luhansk governor Serhiy Haidai said.",
    ),
    # a bridge reopened by engineers has no attacker
    (
        [("intact", 1, None, "UA")],
        "Ukrainian officials said engineers had reopened the bridge over the Irpin to traffic.",
    ),
    # a by-phrase on the verb's object names no attacker
    (
        [("destroyed", 1, "UA", "UA")],
        "Ukrainian forces, withdrawing from the town, destroyed the bridge used by Russian "
        "troops, Ukrainian officials said.",
    ),
    # a by-phrase after an active verb and its comma is a place, not an attacker
    (
        [("destroyed", 1, "UA", None)],
        "Ukrainian sappers, the governor said, blew up the bridge over the Irpin near Kyiv.",
    ),
]


@pytest.mark.parametrize(("rows", "text"), _MUST_NOT)
def test_must_not_fire(rows, text):
    assert _rows(text) == sorted(rows, key=str)
