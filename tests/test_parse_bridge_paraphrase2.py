"""Bridge statements in a wire reporter's or a ministry's other words: each paraphrase must
give the same rows (status, count, actor_side, claimed_by_side) as the first wording (sentences
written for these tests about 2022 events, some after gold-set sentences, not copied from a
report)."""

from __future__ import annotations

import pytest

from tests._rows import bridge_rows


def _rows(text: str) -> list[tuple]:
    """(status, count, actor_side, claimed_by_side) of each bridge row, sorted."""
    keys = ("status", "count", "actor_side", "claimed_by_side")
    return sorted((tuple(r[k] for k in keys) for r in bridge_rows(text)), key=str)


# each group: the rows, then wordings of the same statement
_GROUPS = [
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian troops blew up the bridge over the Siverskyi Donets.",
            "Ukrainian officials said the bridge over the Siverskyi Donets had been blown up by Russian troops.",
            "Russian troops blew up the bridge over the Siverskyi Donets, Ukrainian officials said.",
            "The bridge over the Siverskyi Donets was blown up by Russian forces, according to Ukrainian officials.",
            "Ukrainian officials said the span over the Siverskyi Donets had been blown up by Russian troops.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Luhansk governor Serhiy Haidai said Russian shelling destroyed the bridge between Sievierodonetsk and Lysychansk.",
            "Luhansk governor Serhiy Haidai said the bridge between Sievierodonetsk and Lysychansk had collapsed after Russian shelling.",
            "The bridge between Sievierodonetsk and Lysychansk was destroyed by Russian shelling, Luhansk governor Serhiy Haidai said.",
            "Luhansk governor Serhiy Haidai said the crossing between Sievierodonetsk and Lysychansk had been knocked out by Russian artillery.",
            "Luhansk governor Serhiy Haidai said Russian artillery had brought down the bridge between Sievierodonetsk and Lysychansk.",
        ],
    ),
    (
        [("destroyed", 3, None, "UA")],
        [
            "Luhansk governor Serhiy Haidai said all three bridges to Sievierodonetsk had been destroyed.",
            "Luhansk governor Serhiy Haidai said all three crossings to Sievierodonetsk had been destroyed.",
            "All three bridges into Sievierodonetsk have been destroyed, Luhansk governor Serhiy Haidai said.",
            "Luhansk governor Serhiy Haidai said the city's three bridges were all destroyed.",
            "Luhansk governor Serhiy Haidai said every one of the three bridges to Sievierodonetsk had been blown up.",
        ],
    ),
    (
        [("destroyed", 2, None, "UA")],
        [
            "Ukrainian officials said both bridges over the Inhulets had been destroyed.",
            "Ukrainian officials said both crossings over the Inhulets had been destroyed.",
            "Both bridges across the Inhulets were blown up, Ukrainian officials said.",
            "Ukrainian officials said the two bridges over the Inhulets had collapsed.",
            "Ukrainian officials said two bridges over the Inhulets were knocked out.",
        ],
    ),
    (
        [("damaged", 1, None, "UA")],
        [
            "Ukraine's Southern Command said the Antonivskyi bridge had been damaged.",
            "Ukraine's Southern Command said the Antonivskyi bridge had been put out of action.",
            "Ukraine's Southern Command said the Antonivskyi bridge was now impassable.",
            "Ukraine's Southern Command said the Antonivskyi bridge was out of service.",
            "Ukraine's Southern Command said the Antonivskyi bridge was no longer passable for heavy equipment.",
        ],
    ),
    (
        [("damaged", 1, "UA", "UA")],
        [
            "Ukraine's Southern Command said Ukrainian forces had struck the Antonivskyi bridge.",
            "Ukraine's Southern Command said the Antonivskyi bridge had been struck by Ukrainian forces.",
            "Ukrainian forces struck the Antonivskyi bridge again, Ukraine's Southern Command said.",
            "Ukraine's Southern Command said Ukrainian artillery hit the Antonivskyi bridge.",
        ],
    ),
    (
        [("intact", 1, None, "RU")],
        [
            "Russian officials said the Crimean bridge had been reopened to traffic.",
            "Russian officials said the Crimean bridge had been repaired.",
            "Russian officials said traffic on the Crimean bridge had been restored.",
            "The Crimean bridge has reopened, Russian officials said.",
            "Russian officials said the Crimean bridge was back in service.",
        ],
    ),
    (
        [("damaged", 1, None, "RU"), ("intact", 1, None, "UA")],
        [
            "Russian officials said the Crimean bridge was damaged. Ukrainian officials said the bridge was still standing.",
            "Russian officials said the Crimean bridge was damaged. Ukrainian officials said the structure was still standing.",
            "Russian officials said the Crimean bridge was damaged. Ukrainian officials said it was still standing.",
            "Russian officials said the Crimean bridge was damaged. Ukrainian officials said the span was still standing.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Kharkiv governor Oleh Syniehubov said a bridge over the Oskil near Kupiansk was destroyed in a Russian missile strike.",
            "Kharkiv governor Oleh Syniehubov said a Russian missile strike destroyed a bridge over the Oskil near Kupiansk.",
            "Kharkiv governor Oleh Syniehubov said Russian missiles had destroyed a bridge over the Oskil near Kupiansk.",
            "A bridge over the Oskil near Kupiansk was destroyed by a Russian missile, Kharkiv governor Oleh Syniehubov said.",
            "Kharkiv governor Oleh Syniehubov said a bridge over the Oskil near Kupiansk collapsed after a Russian missile strike.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "RU")],
        [
            "The Russian Defence Ministry said its aircraft had destroyed a Ukrainian pontoon bridge.",
            "The Russian Defence Ministry said Russian aircraft had destroyed a Ukrainian pontoon crossing.",
            "The Russian Defence Ministry said a Ukrainian pontoon bridge had been destroyed by Russian aircraft.",
            "A Ukrainian pontoon bridge was destroyed by Russian aircraft, the Russian Defence Ministry said.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces destroyed the railway bridge near Siversk.",
            "Ukrainian officials said the railway bridge near Siversk had been blown up by Russian forces.",
            "Ukrainian officials said Russian forces had knocked out the railway bridge near Siversk.",
            "Ukrainian officials said Russian forces took out the railway bridge near Siversk.",
        ],
    ),
    (
        [("intact", 1, None, "UA")],
        [
            "Ukrainian officials said engineers had reopened one lane of the bridge near Irpin.",
            "Ukrainian officials said the bridge near Irpin had been partly reopened.",
            "Ukrainian officials said the bridge near Irpin had been repaired.",
            "Ukrainian officials said the bridge near Irpin had been restored.",
        ],
    ),
    (
        [("destroyed", 1, None, "UA"), ("intact", 1, None, "UA")],
        [
            "Ukrainian officials said the Irpin bridge had been blown up. Engineers had managed to reopen one lane of it, they said.",
            "Ukrainian officials said the Irpin bridge had been blown up. Engineers had since reopened one lane, they said.",
            "Ukrainian officials said the Irpin bridge had been blown up. The crossing has since been repaired, they said.",
            "Ukrainian officials said the Irpin bridge had been blown up. The span has since been restored, they said.",
        ],
    ),
    (
        [("destroyed", 1, None, "UA"), ("intact", 1, None, "RU")],
        [
            "Ukrainian officials said the bridge near Stoianka was destroyed. Russian officials said the bridge was intact.",
            "Ukrainian officials said the bridge near Stoianka was destroyed. Russian officials said the crossing was intact.",
            "Ukrainian officials said the bridge near Stoianka was destroyed. Russian officials said the structure was intact.",
        ],
    ),
    (
        [("destroyed", 1, None, None)],
        [
            "The governor said the last of the three bridges had been destroyed.",
            "The governor said the last of the three crossings had been destroyed.",
            "The governor said the last remaining bridge had been destroyed.",
            "The governor said the third bridge had also been blown up.",
        ],
    ),
    (
        [("destroyed", 2, None, "UA")],
        [
            "Ukrainian officials said two of the three bridges over the Siverskyi Donets had been destroyed.",
            "Ukrainian officials said two of the three crossings over the Siverskyi Donets had been destroyed.",
            "Two of the three bridges over the Siverskyi Donets have been blown up, Ukrainian officials said.",
            "Ukrainian officials said two of three bridges over the Siverskyi Donets had collapsed.",
        ],
    ),
    (
        [("destroyed", None, None, "UA")],
        [
            "Ukrainian officials said every bridge over the Siverskyi Donets had been destroyed.",
            "Ukrainian officials said all bridges over the Siverskyi Donets had been destroyed.",
            "Ukrainian officials said all the bridges over the Siverskyi Donets had been destroyed.",
            "Ukrainian officials said every crossing over the Siverskyi Donets had been blown up.",
        ],
    ),
    (
        [("damaged", 1, "UA", "RU")],
        [
            "Russian officials said Ukrainian forces shelled the Antonivskyi bridge with HIMARS rockets.",
            "Russian officials said the Antonivskyi bridge was shelled by Ukrainian forces with HIMARS rockets.",
            "Russian officials said Ukrainian HIMARS rockets hit the Antonivskyi bridge.",
            "The Antonivskyi bridge was hit by Ukrainian HIMARS rockets, Russian officials said.",
        ],
    ),
    (
        [("destroyed", 1, None, "UA")],
        [
            "Ukrainian officials said the bridge over the Irpin was destroyed.",
            "Ukrainian officials said the bridge over the Irpin had collapsed.",
            "Ukrainian officials said the bridge over the Irpin was gone.",
            "Ukrainian officials said the bridge over the Irpin lay in ruins.",
            "Ukrainian officials said the bridge over the Irpin had been blown up.",
        ],
    ),
    (
        [("damaged", 1, None, "RU")],
        [
            "Russian officials said the railway bridge over the Dnipro was damaged.",
            "Russian officials said the railway link over the Dnipro was damaged.",
            "Russian officials said the railway bridge over the Dnipro sustained damage.",
            "Russian officials said the railway bridge over the Dnipro had been hit and damaged.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA"), ("destroyed", 1, None, None)],
        [
            "Ukrainian officials said Russian forces blew up the bridge in Bohorodychne. With the crossing out, residents cannot leave.",
            "Ukrainian officials said Russian forces blew up the bridge in Bohorodychne. With the bridge out, residents cannot leave.",
            "Ukrainian officials said Russian forces blew up the bridge in Bohorodychne. With the crossing now out, residents cannot leave.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukraine's General Staff said Russian sappers wrecked the pontoon bridge.",
            "Ukraine's General Staff said the pontoon bridge had been wrecked by Russian sappers.",
            "Russian sappers wrecked the pontoon bridge, Ukraine's General Staff said.",
            "Ukraine's General Staff said Russian sappers destroyed the pontoon crossing.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces had destroyed the bridge at Stara Sil.",
            "Ukrainian officials said the bridge at Stara Sil was destroyed. Russian forces had blown it up, they said.",
        ],
    ),
    (
        [("intact", 1, None, "UA")],
        [
            "Ukrainian officials said the bridge at Bakhmutka was still standing.",
            "Ukrainian officials said the bridge at Bakhmutka survived.",
            "Ukrainian officials said the bridge at Bakhmutka remained intact.",
            "Ukrainian officials said the bridge at Bakhmutka was undamaged.",
            "Ukrainian officials said the bridge at Bakhmutka remained passable.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces destroyed the bridge over the Oskil in Kupiansk.",
            "Ukrainian officials said the bridge over the Oskil in Kupiansk, which Russian forces blew up on Tuesday, was the last one.",
            "According to Ukrainian officials, it was Russian forces that destroyed the bridge over the Oskil in Kupiansk.",
            "Ukrainian officials said the bridge over the Oskil in Kupiansk had been blown up by the retreating Russians.",
            "Ukrainian officials said the bridge over the Oskil in Kupiansk was destroyed. Russian troops had blown it up as they withdrew, they said.",
        ],
    ),
    (
        [("damaged", 1, None, "UA"), ("damaged", 1, None, "UA")],
        [
            "Ukrainian officials said the Crimean bridge was damaged. The railway link was also damaged, they said.",
            "Ukrainian officials said the Crimean bridge was damaged. The rail link was damaged too, they said.",
        ],
    ),
    (
        [("damaged", 1, None, "RU"), ("intact", 1, None, "RU")],
        [
            "Russian officials said the Kerch bridge had been damaged. Traffic on the bridge was reopened on Sunday, they said.",
            "Russian officials said the Kerch bridge had been damaged. The crossing was reopened to cars on Sunday, they said.",
            "Russian officials said the Kerch bridge had been damaged. It was reopened on Sunday, they said.",
            "Russian officials said the Kerch bridge had been damaged. Engineers had managed to reopen one lane, they said.",
        ],
    ),
    (
        [("damaged", 1, None, "UA")],
        [
            "Ukrainian officials said the bridge in Bohorodychne had been put out of action.",
            "Ukrainian officials said the bridge in Bohorodychne had been disabled.",
            "Ukrainian officials said the crossing in Bohorodychne was impassable.",
            "Ukrainian officials said the bridge in Bohorodychne could no longer be used.",
            "Ukrainian officials said the bridge in Bohorodychne was out of service.",
        ],
    ),
    (
        [("damaged", 1, "UA", "RU")],
        [
            "Russian officials said Ukrainian missiles had struck the Kakhovka bridge.",
            "Russian officials said the Kakhovka bridge had been struck by Ukrainian missiles.",
            "Russian officials said the Kakhovka bridge was hit in a Ukrainian missile strike.",
            "Russian officials said the Kakhovka bridge was damaged after a Ukrainian missile strike.",
            "The Kakhovka bridge took a hit from Ukrainian missiles, Russian officials said.",
        ],
    ),
    (
        [("destroyed", 2, "RU", "UA")],
        [
            "Ukraine's General Staff said Russian forces had blown up both bridges in Sviatohirsk.",
            "Ukraine's General Staff said both bridges in Sviatohirsk had been blown up by Russian forces.",
            "Ukraine's General Staff said Russian forces had blown up the two bridges in Sviatohirsk.",
            "Ukraine's General Staff said Russian forces had blown up both crossings in Sviatohirsk.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Russian aircraft have destroyed the road bridge across the Desna river on the highway from Chernihiv to Kyiv, the head of the Chernihiv regional military administration, Viacheslav Chaus, said on Wednesday.",
            "Viacheslav Chaus, the head of the Chernihiv regional military administration, said on Wednesday that the road bridge across the Desna river on the highway from Chernihiv to Kyiv had been destroyed by Russian aircraft.",
            "The road bridge across the Desna river on the highway from Chernihiv to Kyiv was knocked down in a Russian air strike, the head of the Chernihiv regional military administration, Viacheslav Chaus, said on Wednesday.",
            "The head of the Chernihiv regional military administration, Viacheslav Chaus, said on Wednesday that a Russian air strike had brought down the road bridge across the Desna river.",
            "The head of the Chernihiv regional military administration, Viacheslav Chaus, said Russian aircraft had bombed the Desna river bridge on the highway to Kyiv, destroying it.",
        ],
    ),
    (
        [("destroyed", 1, "UA", "UA")],
        [
            "Ukrainian troops have blown up the road bridge over the Teteriv river at Ivankiv to slow an armoured column, Ukraine's Defence Ministry said.",
            "Ukraine's Defence Ministry said the road bridge over the Teteriv river at Ivankiv had been blown up by Ukrainian troops to slow an armoured column.",
            "Ukraine's Defence Ministry said Ukrainian sappers had dynamited the road bridge over the Teteriv river at Ivankiv.",
            "Ukraine's Defence Ministry said the road bridge over the Teteriv river at Ivankiv had been blown up to stop the Russian advance.",
            "Ukraine's Defence Ministry said the road bridge over the Teteriv river at Ivankiv had been blown up. Ukrainian troops had destroyed it to slow the column, the ministry said.",
        ],
    ),
    (
        [("destroyed", 1, "RU", None)],
        [
            "Local channels say the road bridge over the Oskil in the town centre was blown up by retreating Russian forces.",
            "Retreating Russian forces blew up the road bridge over the Oskil in the town centre, local channels say.",
            "Local channels say retreating Russian forces destroyed the road bridge over the Oskil in the town centre.",
            "Local channels say the road bridge over the Oskil in the town centre was destroyed by Russian troops as they retreated.",
        ],
    ),
    (
        [("intact", 1, None, None)],
        [
            "The only road out, the highway south towards Kyiv over the Desna river bridge, was under constant fire, he said, and the bridge itself was still standing.",
            "The only road out was under constant fire, he said, but the Desna river bridge was still standing.",
            "The only road out was under constant fire, he said, but the Desna river bridge had survived.",
            "The only road out was under constant fire, he said, but the Desna river bridge remained intact.",
        ],
    ),
    (
        [("destroyed", 1, "UA", "UA")],
        [
            "Ukraine's General Staff said a Ukrainian marine engineer blew up a bridge at Henichesk as Russian armour rolled north out of Crimea.",
            "Ukraine's General Staff said a bridge at Henichesk was blown up by a Ukrainian marine engineer as Russian armour rolled north out of Crimea.",
            "A bridge at Henichesk was destroyed by a Ukrainian marine engineer as Russian armour rolled north out of Crimea, Ukraine's General Staff said.",
            "Ukraine's General Staff said a Ukrainian marine engineer sacrificed himself to bring down a bridge at Henichesk as Russian armour rolled north.",
        ],
    ),
    (
        [("destroyed", 1, None, "UA")],
        [
            "Ukraine's Defence Ministry said the crossing at Ivankiv was down.",
            "Ukraine's Defence Ministry said the bridge at Ivankiv was down.",
            "Ukraine's Defence Ministry said the bridge at Ivankiv is still down.",
            "Ukraine's Defence Ministry said the bridge at Ivankiv was gone.",
        ],
    ),
    (
        [("damaged", 1, "UA", "GB")],
        [
            "Britain's Ministry of Defence said Ukrainian strikes had made the Antonivskyi bridge unusable.",
            "Britain's Ministry of Defence said the Antonivskyi bridge had been made unusable by Ukrainian strikes.",
            "Britain's Ministry of Defence said Ukrainian strikes had put the Antonivskyi bridge out of action.",
            "Britain's Ministry of Defence said the Antonivskyi bridge was unusable after Ukrainian strikes.",
            "Britain's Ministry of Defence said the Antonivskyi bridge had been rendered impassable by Ukrainian strikes.",
        ],
    ),
    (
        # (a strike a side reports without its author: the speaker's enemy's, as the
        # twentieth session reads it)
        [("damaged", 1, "RU", "UA")],
        [
            "Serhiy Bratchuk said the strike on Tuesday evening had damaged the bridge at Zatoka.",
            "Serhiy Bratchuk said the bridge at Zatoka had been damaged in the strike on Tuesday evening.",
            "Serhiy Bratchuk said the bridge at Zatoka sustained damage in the strike on Tuesday evening.",
            "The bridge at Zatoka was damaged in Tuesday evening's strike, Serhiy Bratchuk said.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian troops blew up the bridge in Bohorodychne.",
            "Ukrainian officials said the bridge in Bohorodychne had been blown up. Russian troops had blown it up as they withdrew, they said.",
            "Ukrainian officials said the bridge in Bohorodychne was blown up. It was Russian troops who blew it up, they said.",
        ],
    ),
    (
        [("destroyed", 2, "UA", "UA")],
        [
            "Ukrainian officials said two crossings over the Seym had been knocked out.",
            "Ukrainian officials said that with two crossings over the Seym out, Russian units were cut off.",
            "Ukrainian officials said two crossings over the Seym were out.",
            "Ukrainian officials said that with both bridges over the Seym out, Russian units were cut off.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials accused Russian forces of blowing up the bridge at Staryi Saltiv.",
            "The bridge at Staryi Saltiv was blown up on Monday, Ukrainian officials said, blaming Russian forces.",
            "Ukrainian officials said the bridge at Staryi Saltiv had been blown up, blaming Russian troops.",
            "The destruction of the bridge at Staryi Saltiv was the work of Russian sappers, Ukrainian officials said.",
            "Ukrainian officials said the bridge at Staryi Saltiv was destroyed. The blast was the work of Russian sappers, they said.",
        ],
    ),
    (
        [("destroyed", 3, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces destroyed three of the four bridges over the Siverskyi Donets.",
            "Ukrainian officials said Russian forces destroyed three of the city's four bridges.",
            "Russian forces, Ukrainian officials said, destroyed three of the four bridges over the Siverskyi Donets.",
            "Three of the four bridges over the Siverskyi Donets were destroyed by Russian forces, Ukrainian officials said.",
        ],
    ),
    (
        [("destroyed", None, None, "UA")],
        [
            "Ukrainian officials said all of the bridges over the Inhulets had been destroyed.",
            "Ukrainian officials said none of the bridges over the Inhulets was still standing.",
            "Ukrainian officials said every bridge over the Inhulets had been blown up.",
            "Ukrainian officials said none of the crossings over the Inhulets had survived.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Ukrainian officials said Russian sappers destroyed the bridge over the Inhulets.",
            "Russian sappers, Ukrainian officials said, destroyed the bridge over the Inhulets.",
            "Russian sappers, Ukrainian officials said, had blown up the bridge over the Inhulets.",
            "The bridge over the Inhulets was blown up by Russian sappers, Ukrainian officials said.",
        ],
    ),
    (
        [("destroyed", 1, None, "UA")],
        [
            "Ukrainian officials said the bridge over the Inhulets was destroyed.",
            "Ukrainian officials said the bridge over the Inhulets was levelled.",
            "Ukrainian officials said the bridge over the Inhulets was torn apart.",
            "Ukrainian officials said the bridge over the Inhulets was blown to pieces.",
            "Ukrainian officials said the bridge over the Inhulets was no longer there.",
        ],
    ),
    (
        [("damaged", 1, "RU", "UA")],
        [
            "Ukrainian officials said the bridge over the Inhulets was damaged in a Russian strike.",
            "Ukrainian officials said the bridge over the Inhulets caught fire after a Russian strike.",
            "Ukrainian officials said the bridge over the Inhulets was set ablaze by Russian shelling.",
            "Ukrainian officials said a Russian drone smashed into the bridge over the Inhulets.",
        ],
    ),
    (
        [("intact", 1, None, "UA")],
        [
            "Ukrainian officials said the bridge over the Inhulets was intact.",
            "Ukrainian officials said the bridge over the Inhulets was unscathed.",
            "Ukrainian officials said the bridge over the Inhulets came through untouched.",
            "Ukrainian officials said the bridge over the Inhulets was open again.",
            "Ukrainian officials said the bridge over the Inhulets was fully operational again.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "RU")],
        [
            "The Russian Defence Ministry said its forces had destroyed a Ukrainian pontoon crossing near Kherson.",
            "The Russian Defence Ministry said its forces had eliminated a Ukrainian pontoon crossing near Kherson.",
            "The Russian Defence Ministry said Russian artillery had annihilated a Ukrainian pontoon crossing near Kherson.",
        ],
    ),
    (
        [("damaged", 1, None, "RU"), ("unknown", 1, None, "RU")],
        [
            "Russian officials said the Kerch bridge was attacked overnight. The bridge was damaged, they said.",
            "Russian officials said the Kerch bridge was attacked overnight. The structure was damaged, they said.",
            "Russian officials said the Kerch bridge was attacked overnight. Its road section was damaged, they said.",
            "Russian officials said the Kerch bridge was attacked overnight. It was damaged, they said.",
        ],
    ),
    (
        [("intact", 1, None, "RU"), ("unknown", 1, None, "RU")],
        [
            "Russian officials said the Kerch bridge was attacked overnight. The bridge was not damaged, they said.",
            "Russian officials said the Kerch bridge was attacked overnight. The railway link was not damaged, they said.",
            "Russian officials said the Kerch bridge was attacked overnight. The structure was not damaged, they said.",
            "Russian officials said the Kerch bridge was attacked overnight. It remained intact, they said.",
        ],
    ),
    (
        [("destroyed", 1, "RU", "UA")],
        [
            "Haidai said the Russians had destroyed the last bridge to Sievierodonetsk.",
            "Haidai said the last bridge to Sievierodonetsk had been destroyed. It was blown up by the Russians on Sunday.",
            "Haidai said the last bridge to Sievierodonetsk had been destroyed. The Russians blew it up on Sunday, he said.",
            "Haidai said the last bridge to Sievierodonetsk had been destroyed. It had been blown up by Russian troops, he said.",
        ],
    ),
    (
        [("destroyed", 1, "UA", "UA")],
        [
            "Ukraine's General Staff said Ukrainian artillery had destroyed the pontoon crossing near Kherson.",
            "Ukraine's General Staff said the pontoon crossing near Kherson was destroyed with HIMARS.",
            "Ukraine's General Staff said the pontoon crossing near Kherson was destroyed, thanks to Ukrainian artillery.",
            "Ukraine's General Staff said the pontoon crossing near Kherson was destroyed as a result of Ukrainian strikes.",
            "Ukraine's General Staff said the pontoon crossing near Kherson was destroyed by our artillery.",
        ],
    ),
    (
        [("destroyed", 2, "RU", "UA")],
        [
            "Ukrainian officials said Russian forces had destroyed two bridges over the Siverskyi Donets.",
            "Ukrainian officials said Russian forces had destroyed a pair of bridges over the Siverskyi Donets.",
            "Ukrainian officials said a pair of crossings over the Siverskyi Donets had been blown up by Russian forces.",
            "Ukrainian officials said Russian forces had destroyed the two road bridges over the Siverskyi Donets.",
        ],
    ),
    (
        [("destroyed", 12, "RU", "RU")],
        [
            "The Russian Defence Ministry said its forces had destroyed 12 Ukrainian pontoon crossings.",
            "The Russian Defence Ministry said its forces had destroyed twelve Ukrainian pontoon crossings.",
            "The Russian Defence Ministry said twelve Ukrainian pontoon crossings had been destroyed by Russian forces.",
        ],
    ),
]
_CASES = [(t, rows) for rows, texts in _GROUPS for t in texts]


@pytest.mark.parametrize(("text", "rows"), _CASES)
def test_paraphrase_gives_the_same_rows(text, rows):
    assert _rows(text) == sorted(rows, key=str)


# where each new reading must not fire
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the assault is the occasion of a demolition, not its author
        (
            "Ukrainian officials said the bridge over the Irpin was blown up after a Russian "
            "assault on the town.",
            [("destroyed", 1, None, "UA")],
        ),
        # a bridge that fell of itself names no attacker
        (
            "Ukrainian officials said the bridge over the Irpin collapsed after heavy rain.",
            [("destroyed", 1, None, "UA")],
        ),
        # a rail link to a place is a route, not a bridge
        ("Ukrainian officials said the rail link to Crimea was cut.", []),
        # a span of time is no bridge
        ("Ukrainian officials said the span of a week saw fierce fighting near the bridge.", []),
        # one of a group is one bridge; each of them is the group
        (
            "Ukrainian officials said one of the three bridges over the Siverskyi Donets was "
            "destroyed.",
            [("destroyed", 1, None, "UA")],
        ),
        (
            "Ukrainian officials said each of the three bridges over the Siverskyi Donets had "
            "been destroyed.",
            [("destroyed", 3, None, "UA")],
        ),
        # another side naming who blew it up is its own account, not the first one's actor
        (
            "Ukrainian officials said the bridge at Stara Sil was destroyed. Russian officials "
            "said Ukrainian forces had blown it up.",
            [("destroyed", 1, None, "UA"), ("destroyed", 1, "UA", "RU")],
        ),
        # reopened after this strike: a new state; after the first of two: background
        (
            "Russian officials said the Kerch bridge was struck. After the strike, engineers "
            "managed to reopen one lane, they said.",
            [("damaged", 1, None, "RU"), ("intact", 1, None, "RU")],
        ),
        (
            "Russian officials said the Kerch bridge was struck. After the first strike on "
            "Monday, engineers had managed to reopen one lane, they said.",
            [("damaged", 1, None, "RU")],
        ),
        # a repaired bridge has no attacker, whoever repaired it
        (
            "Ukrainian officials said the bridge near Irpin had been repaired by Ukrainian "
            "engineers.",
            [("intact", 1, None, "UA")],
        ),
        # traffic lanes of a road are no part of the bridge just named
        (
            "Ukrainian officials said the Irpin bridge had been blown up. Traffic lanes on the "
            "highway to Kyiv were reopened, they said.",
            [("destroyed", 1, None, "UA")],
        ),
    ],
)
def test_new_readings_keep_to_their_cases(text, rows):
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a capital named as where a road leads is no force
        (
            "Ukrainian officials said Russian aircraft had bombed the bridge on the highway to "
            "Kyiv, destroying it.",
            [("destroyed", 1, "RU", "UA")],
        ),
        # ... but the capital as its government still acts
        (
            "Russian officials said Kyiv had blown up the bridge over the Dnipro.",
            [("destroyed", 1, "UA", "RU")],
        ),
        # traffic down by a share is no bridge down
        (
            "Russian officials said traffic over the Crimean bridge was down 40 percent.",
            [],
        ),
    ],
)
def test_place_and_quantity_words_are_not_read_as_acts(text, rows):
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "out of the city" says where the bridge leads, not that it is out
        (
            "Ukrainian officials said the bridge out of the city was shelled.",
            [("damaged", 1, None, "UA")],
        ),
        # a closing "blaming" that names no force names no actor
        (
            "Russian officials said the bridge at Staryi Saltiv was damaged, blaming the weather.",
            [("damaged", 1, None, "RU")],
        ),
        # a bridge that was the work of its builders is no attack
        (
            "Ukrainian officials said the bridge at Staryi Saltiv was the work of Soviet engineers.",
            [],
        ),
    ],
)
def test_out_blaming_and_work_of_keep_to_their_cases(text, rows):
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # bridges all still standing, and a "no" about something else, stay intact
        (
            "Ukrainian officials said all bridges over the Inhulets were still standing.",
            [("intact", None, None, "UA")],
        ),
        (
            "Ukrainian officials said the bridge over the Inhulets was still standing and no one "
            "was hurt.",
            [("intact", 1, None, "UA")],
        ),
        # a speaker's aside with words of its own after it: not the verb's subject
        (
            "Putin drove across the bridge, the Kremlin said, two months after the blast that "
            "brought down part of it.",
            [("damaged", 1, None, "RU")],
        ),
    ],
)
def test_none_of_and_asides_keep_to_their_cases(text, rows):
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # troops, not the bridge, were eliminated
        ("Ukrainian officials said Russian troops fleeing the bridge were eliminated.", []),
        # the bridge places the subject: the village, not the bridge, was destroyed or spared
        ("Ukrainian officials said the village near the bridge was destroyed.", []),
        ("Ukrainian officials said the houses next to the crossing were left untouched.", []),
        # ... but a clause of the bridge's own after it still speaks of the bridge
        (
            "Ukrainian officials said Russian missiles struck a district near the old bridge, "
            "which was not damaged.",
            [("intact", 1, None, "UA")],
        ),
        # "level" of a river is no levelled bridge
        ("Ukrainian officials said the level of the river under the bridge rose.", []),
    ],
)
def test_status_words_of_other_subjects_keep_to_their_cases(text, rows):
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "its" of a force, not of the bridge
        (
            "Russian officials said the Kerch bridge was attacked overnight. Russia said its air "
            "defences destroyed ten drones.",
            [("unknown", 1, None, "RU")],
        ),
        # a sideless sentence further on is not the speaker's row going on
        (
            "Haidai said the last bridge to Sievierodonetsk had been destroyed. Weather was cold. "
            "It was blown up by the Russians on Sunday.",
            [("destroyed", 1, None, "UA"), ("destroyed", 1, "RU", None)],
        ),
    ],
)
def test_next_sentence_readings_keep_to_their_cases(text, rows):
    assert _rows(text) == sorted(rows, key=str)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # other things lost with the bridge are no weapon
        (
            "Ukraine's General Staff said the pontoon crossing near Kherson was destroyed along "
            "with Russian artillery positions.",
            [("destroyed", 1, None, "UA")],
        ),
        # a fire or the fighting names no force
        (
            "Ukraine's General Staff said the pontoon crossing near Kherson was damaged in the "
            "fighting.",
            [("damaged", 1, None, "UA")],
        ),
    ],
)
def test_weapon_phrases_keep_to_their_cases(text, rows):
    assert _rows(text) == sorted(rows, key=str)


def test_a_pair_counts_two_only_before_the_bridge_noun():
    # "a pair of binoculars" near a bridge is no pair of bridges
    text = (
        "Ukrainian officials said a soldier with a pair of binoculars watched the bridge, "
        "which was destroyed."
    )
    assert [c for _, c, _, _ in _rows(text)] == [1]
