"""Control rows, places and sides on wording of reports the parser had not been tuned on:
"the city remained Ukrainian" said of the town the sentence speaks of, "it remains under
Ukrainian control", "the capital", a town's appositive before "fell", forces "back in" a town,
a past relative clause on the town the news is about, chanted slogans, Russian villages whose
Ukrainian namesakes lie far away, and speakers whose side the words make plain. Each family
holds paraphrases a different reporter might write, and cases where the rule must not fire.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report
from tests._rows import claim_rows, control_places

# --- "the city remained Ukrainian": the town the sentence speaks of ------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Kherson mayor Ihor Kolykhaiev wrote on Facebook that the city remained Ukrainian "
            "and that its administration was working.",
            ("Kherson", "UA", "UA"),
        ),
        (
            "Kharkiv mayor Ihor Terekhov said on Telegram that the city remained Ukrainian.",
            ("Kharkiv", "UA", "UA"),
        ),
        (
            "Chernihiv mayor Vladyslav Atroshenko said the town was still Ukrainian despite the "
            "shelling.",
            ("Chernihiv", "UA", "UA"),
        ),
        (
            "Russian forces entered Kupiansk, and a Russian-installed official said the town was "
            "now Russian.",
            ("Kupiansk", "RU", "RU"),
        ),
    ],
)
def test_city_remained_side(text: str, row: tuple) -> None:
    assert row in control_places(text)


# --- a slogan chanted or carried is no side's claim ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Hundreds of people gathered waving Ukrainian flags and shouting "Slavutych is Ukraine".',
        '"Kherson is Ukraine!" the crowd shouted as Russian soldiers watched.',
        'Protesters in Melitopol carried placards reading "Melitopol is Ukraine" past the '
        "soldiers.",
        "Crowds in Nova Kakhovka chanted that the town was Ukrainian.",
    ],
)
def test_chant_claims_nothing(text: str) -> None:
    assert control_places(text) == set()


def test_chant_word_elsewhere_keeps_claim() -> None:
    got = control_places(
        "Governor Oleh Syniehubov said Kharkiv remains Ukrainian and shouted down rumours of a "
        "retreat."
    )
    assert ("Kharkiv", "UA", "UA") in got


# --- "X, the gateway town ..., fell": the town before its appositive -----------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Henichesk, the gateway town on the road from Crimea, fell in the first hours of the "
            "invasion, according to Ukrainian officials.",
            ("Henichesk", "RU", "UA"),
        ),
        (
            "Kreminna, a town on the edge of the forest, fell in April, according to Luhansk "
            "governor Serhiy Haidai.",
            ("Kreminna", "RU", "UA"),
        ),
    ],
)
def test_fell_after_appositive(text: str, row: tuple) -> None:
    assert row in control_places(text)


def test_fell_silent_is_no_loss() -> None:
    text = "Izium, the town where fighting was fiercest, fell silent on Monday, residents said."
    assert control_places(text) == set()


# --- a bridge seized is not the town named after it ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Further west, Russian troops seized the Antonivskyi road bridge over the Dnipro near "
        "Kherson intact on the first day.",
        "Russian paratroopers captured a bridge near Hostomel on Thursday.",
        "Russian forces seized the railway bridge across the Siverskyi Donets near Izium.",
    ],
)
def test_seized_bridge_is_not_the_town(text: str) -> None:
    assert not {p for p, _, _ in control_places(text)} & {"Kherson", "Hostomel", "Izium"}


# --- a force named before a passive's subject is not its agent -----------------------------------


def test_side_before_passive_subject_is_no_agent() -> None:
    got = control_places("The Ukrainian side said that Starobilsk was occupied.")
    assert ("Starobilsk", "UA", "UA") not in got
    assert ("Starobilsk", "RU", "UA") in got


def test_not_disputed_occupation_is_no_holding() -> None:
    got = control_places("The Ukrainian side did not dispute that Starobilsk was occupied.")
    assert ("Starobilsk", "UA", None) not in got and ("Starobilsk", "UA", "UA") not in got


# --- "the town that was occupied by Russia in early June": background to the news ---------------


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Ukrainian forces have returned to Sviatohirsk, the town on the Siverskyi Donets "
            "river that was occupied by Russia in early June, the Ukrainian army said.",
            "Sviatohirsk",
        ),
        (
            "Ukrainian troops are back in Balakliia, which had been occupied by Russian forces "
            "since March, the General Staff said.",
            "Balakliia",
        ),
        (
            "Ukrainian troops entered Kupiansk, a city that had been seized by Russia at the "
            "start of the invasion, the General Staff said.",
            "Kupiansk",
        ),
    ],
)
def test_past_relative_is_background(text: str, place: str) -> None:
    got = control_places(text)
    assert (place, "UA", "UA") in got
    assert not any(p == place and c == "RU" for p, c, _ in got)


# --- "forces have returned to X", "troops are back in X" -----------------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "The Ukrainian army said its units had returned to Kupiansk.",
            ("Kupiansk", "UA", "UA"),
        ),
        (
            "Ukrainian units are now back in Lyman, the General Staff said.",
            ("Lyman", "UA", "UA"),
        ),
        (
            "Russian forces are back in Kreminna after a brief Ukrainian advance, the Luhansk "
            "governor said.",
            ("Kreminna", "RU", "UA"),
        ),
    ],
)
def test_forces_back_in(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents have returned to Irpin, the mayor said.",
        "President Zelensky was back in Kyiv on Monday after a trip to the front.",
        "Thousands of people returned to Kharkiv in May, officials said.",
    ],
)
def test_people_back_in_hold_nothing(text: str) -> None:
    assert control_places(text) == set()


def test_pushed_back_in_keeps_share() -> None:
    text = (
        "Ukrainian troops have pushed Russian forces back in Sievierodonetsk and now hold "
        "roughly half of the city, the governor of Luhansk oblast has said."
    )
    rows = parse_report("date 2022-06-05\n" + text)["control"].to_dict("records")
    assert [(r["place"], r["controller_side"], r["share"]) for r in rows] == [
        ("Sievierodonetsk", "UA", 0.5)
    ]


# --- "officials say it remains under Ukrainian control": the town the sentence before opened on --


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Izium, a town of 45,000 on the Siverskyi Donets, sits on the main road south from "
            "Kharkiv. Ukrainian officials say it remains under Ukrainian control but is being "
            "attacked from the north.",
            ("Izium", "UA", "UA"),
        ),
        (
            "Kreminna lies on the edge of a pine forest. The Luhansk governor said it was under "
            "Russian control.",
            ("Kreminna", "RU", "UA"),
        ),
        (
            "Kherson is the only regional capital Russia has taken. Moscow says it is firmly "
            "under Russian control.",
            ("Kherson", "RU", "RU"),
        ),
    ],
)
def test_it_remains_under_control(text: str, row: tuple) -> None:
    assert row in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled the Azot plant. Zelensky said it was under fire.",
        "Kupiansk lies on the Oskil. The General Staff said it was under heavy shelling.",
        "Enerhodar is next to the plant. Energoatom said the plant could not work safely while "
        "it was under Russian occupation.",
    ],
)
def test_it_not_the_town(text: str) -> None:
    assert not any(p in ("Kupiansk", "Enerhodar") for p, _, _ in control_places(text))


# --- "the capital": Kyiv ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv mayor Vitali Klitschko says there are no Russian troops in the capital but that "
        "saboteurs have been detained.",
        "Ukrainian forces control the capital, Zelensky said in Kharkiv.",
        "Sirens sounded in Lviv. Ukrainian officials said Russian saboteurs had tried to enter the "
        "capital, and the capital remains under Ukrainian control.",
    ],
)
def test_the_capital_is_kyiv(text: str) -> None:
    assert any(p == "Kyiv" and c == "UA" for p, c, _ in control_places(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops are moving into towns and villages north-west of the capital that "
        "Russian units had held for more than a month.",
        "Russian troops withdrew from the capital region, the Pentagon said.",
        "Zaporizhzhia oblast, where Russian forces hold the south but not the regional capital, "
        "was annexed.",
    ],
)
def test_the_capital_only_locating(text: str) -> None:
    assert not any(p == "Kyiv" for p, _, _ in control_places(text))


# --- Russian villages named like far-off Ukrainian ones ------------------------------------------


def _places(text: str) -> list[tuple]:
    t = parse_report("date 2025-03-13\n" + text)["places"]
    return [(r["mention"], r["name"]) for r in t.to_dict("records")]


def test_russian_village_two_words() -> None:
    text = (
        "Russia's defence ministry said its forces had stopped Ukrainian groups near Russkoye "
        "Porechnoye, Korenevo and other villages."
    )
    assert ("Russkoye Porechnoye", "Russkoye Porechnoye") in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Ministry of Defence claimed that its troops had liberated Sudzha as well as "
        "the nearby villages of Melovoy and Podol.",
        "Russian forces retook the villages of Melovoy and Podol in Russia's Kursk oblast.",
    ],
)
def test_russian_village_not_far_namesake(text: str) -> None:
    got = dict(_places(text))
    assert got["Melovoy"] == "Melovoy" and got["Podol"] == "Podol"


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Russian troops shelled Kharkov and Volchansk from Belgorod region.", "Volchansk",
         "Vovchansk"),
        ("Melovoy is a village in Luhansk oblast, the regional governor said.", "Melovoy",
         "Milove"),
        ("Ukrainian troops advanced near Pyatykhatky, though Moscow insisted its forces still "
         "held the village.", "Pyatykhatky", "Piatykhatky"),
        ("In Moscow, the defence ministry said its troops had taken Pyatykhatky.", "Pyatykhatky",
         "Piatykhatky"),
    ],
)  # fmt: skip
def test_ukrainian_namesake_kept(text: str, mention: str, name: str) -> None:
    assert (mention, name) in _places(text)


# --- sides the words make plain ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, side",
    [
        (
            "Vitaliy Barabash, head of the town's military administration, said fewer than a "
            "thousand civilians were still living in Avdiivka.",
            "UA",
        ),
        (
            "Around 1,600 people still live in Avdiivka, said Vitalii Barabash, who heads the "
            "town's military administration.",
            "UA",
        ),
        (
            "Serhiy Lysak, who heads the regional military administration, wrote on Telegram that "
            "two people were injured.",
            "UA",
        ),
        (
            "Yevgeny Balitsky, who heads the Russian-installed military-civilian administration, "
            "said the vote would go ahead.",
            "RU",
        ),
        (
            "The Humanitarian Coordinator for Ukraine, Matthias Schmale, condemned the continued "
            "attacks affecting civilians.",
            "INTL",
        ),
        (
            "Denise Brown, the UN Resident and Humanitarian Coordinator in Ukraine, said aid "
            "convoys had reached Kupiansk.",
            "INTL",
        ),
        ("UNESCO Director-General Audrey Azoulay later condemned the strike.", "INTL"),
        ("By late evening the toll stood at 24, the Investigative Committee said.", "RU"),
        (
            "KYIV, Ukraine (AP) - Ukraine said Russia had agreed to hold fire along six "
            "humanitarian corridors on Wednesday.",
            "UA",
        ),
    ],
)
def test_plain_side(text: str, side: str) -> None:
    rows = claim_rows(text)
    assert rows and rows[0][1] == side


@pytest.mark.parametrize(
    "text, side",
    [
        (
            "State Duma Defense Committee head Andrei Kartapolov said in the Duma that the plane "
            "carried prisoners.",
            "RU",
        ),
        (
            "Andrei Kartapolov, who chairs the defence committee of the State Duma, said the plane "
            "carried prisoners.",
            "RU",
        ),
        (
            "The Coordination Headquarters for the Treatment of POWs later noted that the Russian "
            "lists did not match.",
            "UA",
        ),
        (
            "A spokesperson for the Joint Forces Task Force told Ukrainian television that about 60 "
            "Russian servicemen were still inside the town.",
            "UA",
        ),
        (
            "Colin Kahl, the Under Secretary of Defense for Policy, told reporters that Russia had "
            "probably suffered 70,000 casualties.",
            "US",
        ),
        (
            "Ivan Fedorov, who heads the Zaporizhzhia regional administration, said two people were "
            "killed.",
            "UA",
        ),
    ],
)
def test_institution_sides(text: str, side: str) -> None:
    rows = claim_rows(text)
    assert rows and rows[0][1] == side


@pytest.mark.parametrize(
    "text, speaker, side",
    [
        (
            "In its update this morning the UK Ministry of Defence assessed that Russia had tried "
            "to reinforce its garrison on the island.",
            "UK Ministry of Defence",
            "GB",
        ),
        (
            "In its report on Monday the General Staff said Russian assaults near Bakhmut were "
            "repelled.",
            "General Staff",
            "UA",
        ),
        (
            "Ukraine's Defence Ministry had earlier published drone footage of what it said was "
            "the landing craft being struck.",
            "Ukraine's Defence Ministry",
            "UA",
        ),
        (
            "The Ukrainian Navy published new footage of what it said was a Russian patrol boat "
            "being hit.",
            "Ukrainian Navy",
            "UA",
        ),
    ],
)
def test_statement_openers_and_footage(text: str, speaker: str, side: str) -> None:
    assert (speaker, side) in [(s, sd) for s, sd, _ in claim_rows(text)]


def test_published_participle_is_no_speaker() -> None:
    assert claim_rows("Photographs published on Friday showed the bridge in ruins.") == []


# --- oblasts named after their centre's former name ----------------------------------------------


@pytest.mark.parametrize(
    "text, mention, name",
    [
        (
            "Dnipropetrovsk regional governor Valentyn Reznichenko wrote that Nikopol was shelled.",
            "Dnipropetrovsk",
            "Dnipropetrovsk oblast",
        ),
        (
            "Dnipropetrovsk governor Serhiy Lysak said two people were hurt.",
            "Dnipropetrovsk",
            "Dnipropetrovsk oblast",
        ),
        (
            "The Kirovohrad regional administration said a missile hit an airfield.",
            "Kirovohrad",
            "Kirovohrad oblast",
        ),
        ("Dnipro mayor Borys Filatov said three people were killed.", "Dnipro", "Dnipro"),
    ],
)
def test_renamed_centre_oblast(text: str, mention: str, name: str) -> None:
    assert (mention, name) in _places(text)


# --- the towns' 2022 names and Ukraine's nuclear plants ------------------------------------------


@pytest.mark.parametrize(
    "text, mention, name",
    [
        (
            "Voznesensk lies on the road to Yuzhnoukrainsk and the South Ukraine Nuclear Power "
            "Plant.",
            "South Ukraine Nuclear Power Plant",
            "South Ukraine nuclear power plant",
        ),
        (
            "A missile exploded 300 metres from the reactors of the South Ukrainian nuclear "
            "plant near Pivdennoukrainsk, Energoatom said.",
            "Pivdennoukrainsk",
            "Yuzhnoukrainsk",
        ),
        (
            "Voznesensk lies on the road to Yuzhnoukrainsk.",
            "Yuzhnoukrainsk",
            "Yuzhnoukrainsk",
        ),
        (
            "Energoatom said the Khmelnytskyi NPP had been disconnected from the grid.",
            "Khmelnytskyi NPP",
            "Khmelnytskyi nuclear power plant",
        ),
    ],
)
def test_plant_and_town_names(text: str, mention: str, name: str) -> None:
    got = _places(text)
    assert (mention, name) in got
    assert ("Ukraine", "Ukraine") not in got


# --- "the coke plant" of the town named just before ----------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Russian forces pressed assaults on Avdiivka, where Ukrainian troops continued to hold "
            "the coke plant.",
            "Avdiivka coke plant",
        ),
        (
            "Shoigu said Avdiivka was under Russian control and that troops had cleared the coke "
            "and chemical plant.",
            "Avdiivka coke and chemical plant",
        ),
        (
            "Russian forces advanced in Vovchansk and reached the aggregate plant, the governor "
            "said.",
            "Vovchansk aggregate plant",
        ),
    ],
)
def test_bare_works_of_town(text: str, name: str) -> None:
    assert name in {n for _, n in _places(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Nikopol and the power plant was damaged.",
        "Avdiivka was shelled. Later the coke plant was hit again.",
    ],
)
def test_bare_works_needs_town_in_sentence(text: str) -> None:
    assert not any(n.endswith("plant") for _, n in _places(text))


# --- "the town's mayor" then "the town": the town the sentence before opened on ------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Sumy governor Dmytro Zhyvytskyi said buses would leave Sumy for Poltava. Okhtyrka, "
            "south of Sumy, was shelled again overnight. The town's mayor, Pavlo Kuzmenko, asked "
            "for a separate corridor. Kuzmenko said Ukrainian forces still hold the town.",
            ("Okhtyrka", "UA", "UA"),
        ),
        (
            "Kharkiv was shelled. Chuhuiv, east of Kharkiv, came under fire overnight. The town's "
            "mayor, Halyna Minaieva, said Ukrainian troops still controlled the town.",
            ("Chuhuiv", "UA", "UA"),
        ),
    ],
)
def test_town_mayor_town(text: str, row: tuple) -> None:
    got = control_places(text)
    assert row in got
    assert not any(p in ("Sumy", "Kharkiv") for p, _, _ in got)


# --- "X is the last part of Y still occupied": X is held ----------------------------------------


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "Mykolaiv regional governor Vitaliy Kim repeats that the Kinburn Spit is the last part "
            "of Mykolaiv oblast still occupied.",
            ("Kinburn Spit", "RU", "UA"),
        ),
        (
            "Zelensky said Velyka Oleksandrivka was the last town in the Kherson region still "
            "occupied near the front.",
            ("Velyka Oleksandrivka", "RU", "UA"),
        ),
        (
            "Haidai said Lysychansk was the only city in Luhansk oblast still held by Ukrainian "
            "forces.",
            ("Lysychansk", "UA", "UA"),
        ),
    ],
)
def test_last_part_still_occupied(text: str, row: tuple) -> None:
    got = control_places(text)
    assert row in got
    assert not any(p.endswith("oblast") for p, _, _ in got)


def test_repeats_is_a_statement() -> None:
    got = claim_rows(
        "The General Staff reiterates that Russian assaults near Bakhmut were repelled."
    )
    assert got and got[0][:2] == ("General Staff", "UA")
