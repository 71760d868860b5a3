"""Evacuation statements from wire copy the parser had not been tuned on: a corridor withheld,
no way out, a removal said not to stop, a column that cannot set off, transport arriving from a
town or kept out of it, departures told with people still being taken out; and statements that
are no evacuation (troops agreeing to leave, calls not to return, what is unclear, refugee
counts). Each pattern in several wordings, with cases where it must not fire."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import claim_rows, evac_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a corridor withheld by the side that holds the road is refused
        (
            '"The occupiers are not giving us a corridor," Kherson governor Hennadiy Lahuta said.',
            [["Kherson oblast", None, "civilians", "refused", "UA"]],
        ),
        (
            "Mariupol mayor Vadym Boichenko said Russia is not giving the city a green corridor.",
            [["Mariupol", None, "civilians", "refused", "UA"]],
        ),
        (
            "The Russians did not provide any humanitarian corridor for Volnovakha, Donetsk "
            "governor Pavlo Kyrylenko said.",
            [["Volnovakha", None, "civilians", "refused", "UA"]],
        ),
        (
            '"They won\'t give us a corridor out of Sievierodonetsk," Luhansk governor Serhiy '
            "Haidai wrote.",
            [["Sievierodonetsk", None, "civilians", "refused", "UA"]],
        ),
        # no way out of a town is an evacuation that cannot happen
        (
            '"From Popasna and Hirske there is no way out today," Luhansk governor Serhiy Haidai '
            "wrote.",
            [
                ["Popasna", None, "civilians", "impossible", "UA"],
                ["Hirske", None, "civilians", "impossible", "UA"],
            ],
        ),
        (
            "There is no way out of Mariupol for civilians now, the Mariupol city council said.",
            [["Mariupol", None, "civilians", "impossible", "UA"]],
        ),
        (
            '"There is no safe way out from Vuhledar at the moment," Donetsk governor Pavlo '
            "Kyrylenko said.",
            [["Vuhledar", None, "civilians", "impossible", "UA"]],
        ),
        # ... but a way out of a war is no evacuation
        ("President Volodymyr Zelensky said there was no way out of the war except talks.", []),
        # ... nor troops cut off, nor an army's route out
        ("The Russian garrison in Lyman has no way out, Ukrainian officials said.", []),
        (
            "Cutting the last Russian route out of Kherson would leave the troops stranded, the "
            "ISW said.",
            [],
        ),
        # a removal said not to stop goes on
        (
            "Russian-installed official Kirill Stremousov said the ferries were working and the "
            '"relocation" of civilians from Kherson would not stop.',
            [["Kherson", None, "civilians", "ongoing", "RU"]],
        ),
        (
            "Luhansk governor Serhiy Haidai said the evacuation of Lysychansk will not be halted "
            "despite the shelling.",
            [["Lysychansk", None, "civilians", "ongoing", "UA"]],
        ),
        (
            "The departure of residents from Oleshky would not stop, Russian-installed governor "
            "Vladimir Saldo said.",
            [["Oleshky", None, "civilians", "ongoing", "RU"]],
        ),
        # transport arrived from a town: people got out
        (
            "The first buses from Mariupol arrived in Zaporizhzhia late on Friday, Zaporizhzhia "
            "governor Oleksandr Starukh said.",
            [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
        ),
        (
            "About 30 cars from Enerhodar made it to Zaporizhzhia by evening, Zaporizhzhia "
            "governor Oleksandr Starukh said.",
            [["Enerhodar", "Zaporizhzhia", "civilians", "completed", "UA"]],
        ),
        # (soldiers checking the cars at a checkpoint are not the people moved)
        (
            "Volunteers said buses from Tokmak had reached Zaporizhzhia after soldiers searched "
            "every passenger at the checkpoint.",
            [["Tokmak", "Zaporizhzhia", "civilians", "completed", "UA"]],
        ),
        (
            "Zaporizhzhia governor Oleksandr Starukh said the first cars from Berdiansk had "
            "reached the city by afternoon, but that many more were stuck at checkpoints near "
            "Vasylivka, where soldiers checked phones and documents for hours.",
            [["Berdiansk", None, "civilians", "completed", "UA"]],
        ),
        # ... but an army's vehicles reaching a town are none, nor an aid convoy
        ("Russian tanks from Crimea had reached the outskirts of Melitopol, officials said.", []),
        ("A UN convoy from Dnipro reached Sievierodonetsk with food and medicine, OCHA said.", []),
        # transport kept out of the town it was sent to: the town people were to leave
        (
            "Zaporizhzhia governor Oleksandr Starukh said buses sent to Enerhodar had not been "
            "allowed to enter the town.",
            [["Enerhodar", None, "civilians", "refused", "UA"]],
        ),
        (
            "Deputy Prime Minister Iryna Vereshchuk said the buses sent to collect people from "
            "Tokmak were not allowed into the town by Russian soldiers.",
            [["Tokmak", None, "civilians", "refused", "UA"]],
        ),
        # departures told with people still being taken out: an evacuation under way
        (
            "Luhansk governor Serhiy Haidai wrote that buses had left Sievierodonetsk for Bakhmut "
            "under a local ceasefire and that about 1,000 people were being taken out.",
            [["Sievierodonetsk", "Bakhmut", "civilians", "ongoing", "UA"]],
        ),
        (
            "Donetsk governor Pavlo Kyrylenko said the first trains had left Pokrovsk for Lviv and "
            "that more residents were being taken out.",
            [["Pokrovsk", "Lviv", "civilians", "ongoing", "UA"]],
        ),
        (
            "Zaporizhzhia governor Oleksandr Starukh said the buses had departed from Orikhiv for "
            "Zaporizhzhia and that hundreds of people were being moved out.",
            [["Orikhiv", "Zaporizhzhia", "civilians", "ongoing", "UA"]],
        ),
        # transport held back until it is safe: a going still only possible
        (
            "Izium mayor Valeriy Marchenko said buses were ready to go, but he did not want to "
            'send them out "until we are sure there will be no shooting".',
            [["Izium", None, "civilians", "possible", "UA"]],
        ),
        (
            "The evacuation convoy will not set off from Orikhiv until Russia confirms the "
            "ceasefire, Zaporizhzhia governor Oleksandr Starukh said.",
            [["Orikhiv", None, "civilians", "possible", "UA"]],
        ),
        (
            "Siversk officials said volunteers have cars ready but do not want to send them out "
            "until there are guarantees.",
            [["Siversk", None, "civilians", "possible", "UA"]],
        ),
        # a call by one side, then another side's speaker: the call stays its maker's
        (
            "Russian-appointed officials in occupied Kharkiv Oblast had urged residents of "
            "Kupiansk to leave for Russia earlier in September, and Ukrainian officials say "
            "thousands did so.",
            [["Kupiansk", "Russia", "civilians", "requested", "RU"]],
        ),
        (
            "Occupation authorities in Kherson had told residents to leave for Crimea, and "
            "Ukrainian officials said thousands did so.",
            [["Kherson", "Crimea", "civilians", "requested", "RU"]],
        ),
        (
            "Ukrainian authorities had urged residents of Bakhmut to leave, and Russian sources "
            "claim most stayed.",
            [["Bakhmut", None, "civilians", "requested", "UA"]],
        ),
        # ... the speaker's own call stays the speaker's
        (
            "Kharkiv governor Oleh Syniehubov urged residents of Kupiansk to leave, and he said "
            "buses would run daily.",
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
        # a pause or ceasefire that would let people go: a going possible
        (
            "A three-day humanitarian pause in Mariupol would allow civilians to leave the city, "
            "Kremlin spokesman Dmitry Peskov said.",
            [["Mariupol", None, "civilians", "possible", "RU"]],
        ),
        (
            "The ceasefire in Sumy will let residents leave towards Poltava, Deputy Prime "
            "Minister Iryna Vereshchuk said.",
            [["Sumy", "Poltava", "civilians", "possible", "UA"]],
        ),
        # transport turned back by who holds the road: refused
        (
            "The convoy of 40 buses was turned back at a Russian checkpoint in Vasylivka, Deputy "
            "Prime Minister Iryna Vereshchuk said.",
            [["Vasylivka", None, "civilians", "refused", "UA"]],
        ),
        (
            "Evacuation buses heading for Enerhodar were turned away by Russian soldiers, "
            "Enerhodar mayor Dmytro Orlov said.",
            [["Enerhodar", None, "civilians", "refused", "UA"]],
        ),
        ("A Russian tank column was turned back near Brovary, the General Staff said.", []),
        # a try that came to nothing: impossible
        (
            "The attempt to get people out of Volnovakha broke down when shelling resumed, "
            "Donetsk governor Pavlo Kyrylenko said.",
            [["Volnovakha", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Efforts to evacuate residents from Orikhiv fell through after the convoy came under "
            "fire, the mayor said.",
            [["Orikhiv", None, "civilians", "impossible", "UA"]],
        ),
        # the town the transport left, after where it goes
        (
            "The evacuation train to Lviv left Kramatorsk half empty, Ukrzaliznytsia said.",
            [["Kramatorsk", "Lviv", "civilians", "completed", "UA"]],
        ),
        # a pause announced opens the way out
        (
            "Russia announced a humanitarian pause in Mariupol from 10 a.m. on Saturday, the "
            "Russian Defence Ministry said.",
            [["Mariupol", None, "civilians", "open", "RU"]],
        ),
        # the service out no longer running: impossible
        (
            "Evacuation trains stopped running from Kramatorsk after the station strike, Donetsk "
            "governor Pavlo Kyrylenko said.",
            [["Kramatorsk", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Evacuation buses from Avdiivka stopped running last week, the city administration "
            "said.",
            [["Avdiivka", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Ferries carrying residents from Oleshky ceased operating after the strike, "
            "Russian-installed governor Vladimir Saldo said.",
            [["Oleshky", None, "civilians", "impossible", "RU"]],
        ),
        # none able to leave: impossible, not possible
        (
            "No civilians were able to leave Mariupol on Tuesday because the corridor was "
            "shelled, Mariupol mayor Vadym Boichenko said.",
            [["Mariupol", None, "civilians", "impossible", "UA"]],
        ),
        # troops agreeing or beginning to leave a town are no evacuation
        (
            "Russian troops who seized Slavutych, the town built for the workers of the "
            "Chornobyl plant, agreed on Sunday to leave it after residents handed over hunting "
            "weapons, the mayor said.",
            [],
        ),
        (
            "Russian soldiers who had occupied Bucha for a month began to leave the town on "
            "Wednesday as residents watched, the mayor said.",
            [],
        ),
        # a call to those gone not to come back is no evacuation
        (
            "Kherson governor Yaroslav Yanushevych said demining teams were working in the city "
            "and asked residents who had left not to return yet.",
            [],
        ),
        (
            "Irpin mayor Oleksandr Markushyn urged people who had been evacuated not to come back "
            "until sappers finish their work.",
            [],
        ),
        # ... but a call to go that adds "and not to return" is still a call to go
        (
            "Kharkiv governor Oleh Syniehubov urged residents of Kupiansk to leave and not to "
            "return until the shelling stops.",
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
        # what nobody knows yet is no report of going
        ("By evening it was unclear whether any convoy had left Izium.", []),
        (
            "It was not clear how many people had left Orikhiv by the evening, the regional "
            "administration said.",
            [],
        ),
        # a refugee count abroad is no evacuation
        (
            "The UN refugee agency UNHCR says more than 360,000 people have crossed from Ukraine "
            "into neighbouring countries since Thursday, most of them to Poland.",
            [],
        ),
        (
            "Some 100,000 refugees crossed from Ukraine into Moldova on Sunday, the Moldovan "
            "government said.",
            [],
        ),
        # ... while people leaving a town for another are still an evacuation
        (
            "Mariupol mayor Vadym Boichenko said about 5,000 residents had left the city for "
            "Zaporizhzhia.",
            [["Mariupol", "Zaporizhzhia", "civilians", "completed", "UA"]],
        ),
    ],
)
def test_evac_round9_sentences(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a column of the evacuation just told that cannot set off
        "Luhansk governor Serhiy Haidai wrote that buses had left Sievierodonetsk for Bakhmut. "
        "Another column was waiting at the edge of Rubizhne, but it could not set off because "
        "the Russians had opened fire on the meeting point, he said.",
        "Donetsk governor Pavlo Kyrylenko said buses had taken 400 people out of Kramatorsk. A "
        "second column stood ready in Druzhkivka but was unable to set off as the shelling went "
        "on, he said.",
    ],
)
def test_waiting_column_cannot_set_off(text: str) -> None:
    rows = evac_rows(text)
    assert len(rows) == 2
    assert rows[1][3] == "impossible" and rows[1][4] == "UA"


def test_a_corridor_withheld_and_a_route_asked_for() -> None:
    rows = evac_rows(
        '"The occupiers are not giving us a corridor," Deputy Prime Minister Iryna Vereshchuk '
        "said, adding that Ukraine had asked the Red Cross to negotiate a route out of Kherson "
        "for the sick and for families with children."
    )
    assert [r[3] for r in rows] == ["refused", "requested"]
    assert {r[0] for r in rows} == {"Kherson"}


def test_agency_dateline_without_date_gives_the_speaker() -> None:
    text = (
        "KYIV, Ukraine (AP) - Ukraine said Russia had agreed to hold fire along six humanitarian "
        "corridors on Wednesday, including one from the besieged town of Izium to Lozova."
    )
    assert evac_rows(text) == [["Izium", "Lozova", "civilians", "agreed", "UA"]]


def test_body_header_line_is_the_updates_author() -> None:
    text = (
        "UKRAINE: Hostilities in the Kramatorsk area\n"
        "Flash Update No. 3\n"
        "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)\n\n"
        "Most evacuees from Kramatorsk are moving first to Dnipro and then on to other regions.\n"
    )
    ev = parse_report(text)["evacuations"]
    assert list(ev["claimed_by_side"]) == ["INTL"]
    speakers = {s for s, _, _ in claim_rows(text)}
    assert "United Nations Office for the Coordination of Humanitarian Affairs" in speakers


def test_comment_heading_is_not_the_statements_voice() -> None:
    text = (
        "Russian Defence Ministry daily summary (unofficial translation, with comments)\n\n"
        '"Russian units have fully liberated the town of Kurakhovo," spokesman Igor '
        "Konashenkov said.\n\n"
        "COMMENT\n\n"
        "Civilians have largely left Kurakhove.\n"
    )
    ev = parse_report("date 2025-01-06\n" + text)["evacuations"]
    assert "RU" not in set(ev["claimed_by_side"])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Noon briefing, Office of the Spokesperson for the UN Secretary-General (excerpts)\n\n"
            "Spokesman Stephane Dujarric: Martin Griffiths finished his meetings in Moscow "
            "yesterday.\n\nQuestion: Did the convoy reach Mariupol?\n\nSpokesman: I would not "
            "characterise it as an agreement. The convoy they had hoped to lead out of Mariupol "
            "could not leave.\n",
            [["Mariupol", None, "civilians", "impossible", "INTL"]],
        ),
        (
            "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow (excerpts)\n\n"
            "Spokeswoman Maria Zakharova: The Kyiv regime continues to shell Donetsk.\n\n"
            "Question: What about civilians in Mariupol?\n\nSpokeswoman: I can say this. More "
            "than 5,000 civilians have been evacuated from Mariupol to Bezimenne.\n",
            [["Mariupol", "Bezimenne", "civilians", "completed", "RU"]],
        ),
        (
            "Press conference transcript (excerpts)\n\nGovernor Vyacheslav Gladkov: The "
            "situation in Shebekino remains difficult.\n\nQ: What happens to the children?\n\n"
            "Governor: We will not wait. Children from Shebekino are being taken to Belgorod by "
            "bus.\n",
            [["Shebekino", "Belgorod", "civilians", "ongoing", "RU"]],
        ),
    ],
)
def test_transcript_role_label_is_the_named_speaker(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want
