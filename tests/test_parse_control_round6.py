"""Control rows on wording the gold sets' reports use and the parser met late: a thing held
that is no ground ("held their fire"), an aim told as a goal ("the goals of liberating X"),
ground held told before its holder ("into ground Russia held and encircled X"). Each family
holds paraphrases a different reporter might write, and cases where the rule must not fire.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._rows import control_places, control_rows

# --- "held their fire", "held talks", "held a referendum": a thing held, no ground ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Colonel General Mikhail Mizintsev said Russian forces had held their fire from 10:00 "
        "so that civilians could leave Sumy, Chernihiv and Kharkiv.",
        "The Russian Defence Ministry said its units would hold fire around Mariupol while the "
        "buses left.",
        "Russian-installed officials held a referendum in Kherson and Melitopol, Ukraine said.",
        "Delegations of both countries held talks in Istanbul on Tuesday.",
        "Ukrainian soldiers said they were holding their fire near Izium to let the convoy pass.",
    ],
)
def test_held_event_is_no_ground(text: str) -> None:
    assert control_places(text) == set()


def test_held_ground_still_read() -> None:
    got = control_places("Zelensky said Ukrainian troops held Bakhmut and Soledar.")
    assert got == {("Bakhmut", "UA", "UA"), ("Soledar", "UA", "UA")}


# --- "the goals of liberating X", "the task of capturing X": an aim, no claim ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Igor Konashenkov said the troops would be moved to the Donetsk direction in order to "
        "achieve the goals of liberating Donbass.",
        "Vladimir Putin said the main task of liberating the Donbas remained unchanged.",
        "The Russian general said the objectives of capturing Kharkiv had been set aside.",
        "Sergei Shoigu said the mission of seizing Mykolaiv would continue.",
        "Konashenkov said the units would pursue the goal of liberating Sloviansk.",
    ],
)
def test_aim_nouns_claim_nothing(text: str) -> None:
    assert control_places(text) == set()


def test_task_completed_still_a_claim() -> None:
    got = control_places(
        "The Russian Defence Ministry said the tasks set had been completed and that "
        "Lysychansk had been liberated."
    )
    assert got == {("Lysychansk", "RU", "RU")}


# --- "into ground Russia held and encircled X": the ground before the verb is what was held -------


@pytest.mark.parametrize(
    "text",
    [
        "Britain's Defence Intelligence says Ukrainian units have pushed up to 50 kilometres "
        "into ground Russia held and have encircled Balakliia.",
        "British intelligence said Ukrainian troops had advanced deep into territory Russian "
        "forces had held, and were surrounding Lyman.",
        "The Pentagon said Ukrainian units had moved into land that Russia occupied and were "
        "approaching Kupiansk.",
    ],
)
def test_ground_held_before_claims_no_later_place(text: str) -> None:
    assert control_places(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Pentagon said Ukrainian troops had advanced into areas Russia controlled and "
            "retook Kupiansk.",
            ("Kupiansk", "UA", "US"),
        ),
        (
            "British intelligence said Ukrainian units had pushed into ground Russia held and "
            "recaptured Balakliia.",
            ("Balakliia", "UA", "GB"),
        ),
    ],
)
def test_ground_held_before_then_a_capture(text: str, want: tuple) -> None:
    assert want in control_places(text)


# --- "Chernihiv is holding", "Kharkiv stands": the town as subject holds out, for the speaker ----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Viacheslav Chaus, the Ukrainian governor, wrote: "Chernihiv is holding."', "Chernihiv"),
        ("Kharkiv mayor Ihor Terekhov said Kharkiv stands and will keep standing.", "Kharkiv"),
        ("Zelensky said Mariupol was still holding out against the Russian assault.", "Mariupol"),
        ("Bakhmut holds, the Ukrainian army chief Valerii Zaluzhnyi said.", "Bakhmut"),
        ("Ukrainian officials said the city of Sumy is holding firm.", "Sumy"),
    ],
)
def test_town_holding_out(text: str, want: str) -> None:
    assert control_places(text) == {(want, "UA", "UA")}


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian general staff said the line near Kupiansk is holding.",
        "Ukrainian officials said the bridge at Kherson was still standing.",
        "Zelensky said the defence of the front around Bakhmut is holding.",
    ],
)
def test_holding_not_of_the_town(text: str) -> None:
    assert control_places(text) == set()


# --- "Russian forces had claimed Kurakhove": the taker's own claim, whoever tells it --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Our correspondent notes that Russian forces had already claimed Kurakhove, about "
            "40 km to the north-east, on 6 January.",
            ("Kurakhove", "RU", "RU"),
        ),
        ("The ISW said Russian troops claimed Vuhledar on Wednesday.", ("Vuhledar", "RU", "RU")),
        (
            "Reporters noted that Ukrainian units had claimed Robotyne a week earlier.",
            ("Robotyne", "UA", "UA"),
        ),
        (
            "Ukraine said Russian forces claimed Bakhmut, though the fighting went on.",
            ("Bakhmut", "RU", "RU"),
        ),
    ],
)
def test_force_claimed_place(text: str, want: tuple) -> None:
    assert control_places(text) == {want}


# --- "liberated Novgorodskoye [Niu-York]": a known name glossing an unknown one ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Russian Defence Ministry said its troops crushed a large enemy grouping and "
            "liberated Novgorodskoye [Niu-York].",
            ("Niu-York", "RU", "RU"),
        ),
        (
            "Russian forces have entered Novgorodskoye (Niu-York), Ukrainian officials said.",
            ("Niu-York", "RU", "UA"),
        ),
        (
            "Konashenkov said Russian units had captured Krasnogorovka [Krasnohorivka] on Monday.",
            ("Krasnohorivka", "RU", "RU"),
        ),
    ],
)
def test_glossed_place_name(text: str, want: tuple) -> None:
    assert want in control_places(text)


# --- "X is not under Russian control": the denier's side still holds it ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Serhiy Cherevatyi, a Ukrainian army spokesman, said Soledar is not under Russian "
            "control.",
            ("Soledar", "UA", "UA"),
        ),
        (
            "Ukrainian officials said Bakhmut was not under Russian control.",
            ("Bakhmut", "UA", "UA"),
        ),
        ("Hanna Maliar said Soledar was not in Russian hands.", ("Soledar", "UA", "UA")),
        (
            "Zelensky said Bakhmut is not occupied by the Russian Federation as of today.",
            ("Bakhmut", "UA", "UA"),
        ),
        (
            "The Russian ministry said Kupiansk is not under Ukrainian control.",
            ("Kupiansk", "RU", "RU"),
        ),
    ],
)
def test_not_under_control_of_the_other_side(text: str, want: tuple) -> None:
    assert control_places(text) == {want}


def test_not_fully_under_control_is_no_denial() -> None:
    got = control_places("Ukrainian officials said Bakhmut was not fully under Russian control.")
    assert ("Bakhmut", "UA", "UA") not in got


# --- 'taken "the whole of Bakhmut"', "took all of Soledar": the whole place taken -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Prigozhin said his fighters had taken "the whole of Bakhmut" at midday.',
            ("Bakhmut", "RU", 1.0, "RU"),
        ),
        (
            "Russian forces had taken the whole of Bakhmut, the Russian ministry said.",
            ("Bakhmut", "RU", 1.0, "RU"),
        ),
        ("Prigozhin said Wagner fighters had taken all of Soledar.", ("Soledar", "RU", 1.0, "RU")),
        (
            "Zelensky said Ukrainian troops had entered the whole of Kupiansk.",
            ("Kupiansk", "UA", 1.0, "UA"),
        ),
        (
            'Zelensky said Ukrainian forces had retaken "Balakliia" on Thursday.',
            ("Balakliia", "UA", None, "UA"),
        ),
    ],
)
def test_whole_of_place_taken(text: str, want: tuple) -> None:
    assert control_rows(text) == {want}


# --- "claimed X as Russian territory": a claim in law, no ground held -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow claimed the whole of the Zaporozhye region as Russian territory days earlier.",
        "The Kremlin claimed Kherson oblast as part of Russia after the referendums.",
        "Russia claimed Donetsk oblast as its own territory in September, Ukrainian officials said.",
    ],
)
def test_claimed_as_territory_is_no_control(text: str) -> None:
    assert control_places(text) == set()


def test_claimed_as_they_advanced_still_taken() -> None:
    got = control_places(
        "Russian forces claimed Kurakhove as they pushed west, Ukrainian officials said."
    )
    assert got == {("Kurakhove", "RU", "RU")}


# --- "its biggest gain since the capture of Bakhmut": a yardstick from the past, no claim ---------


@pytest.mark.parametrize(
    "text",
    [
        "It was Russia's most significant gain since the capture of Bakhmut last May.",
        "The advance is the largest Ukrainian success since the liberation of Kherson in November.",
        "Analysts called it Moscow's biggest prize since the seizure of Mariupol in 2022.",
    ],
)
def test_since_the_capture_is_background(text: str) -> None:
    assert control_places(text) == set()


def test_after_the_capture_still_a_claim() -> None:
    got = control_places(
        "The Russian Defence Ministry said its troops regrouped after the capture of Lysychansk."
    )
    assert ("Lysychansk", "RU", "RU") in got


# --- "X city, about 50 km up the Dnipro and still under Ukrainian control": X, not the river ----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Zaporizhzhia city, about 50 kilometres up the Dnipro and still under Ukrainian "
            "control, was not affected by the outage.",
            "Zaporizhzhia",
        ),
        (
            "Nikopol, across the reservoir from Enerhodar and still in Ukrainian hands, was "
            "shelled again.",
            "Nikopol",
        ),
        (
            "Kherson city, 60 km down the Dnipro, is under Ukrainian control, officials said.",
            "Kherson",
        ),
        ("Sumy, about 30 km from Belgorod, remains under Ukrainian control.", "Sumy"),
    ],
)
def test_locating_phrase_is_not_the_subject(text: str, want: str) -> None:
    assert {p for p, c, _ in control_places(text) if c == "UA"} == {want}


# --- "troops who had dug in at X", "entrenched in X": the force holds the ground it dug into -----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Ukrainian spokesman said Ukrainian units were pressing Russian troops who had dug "
            "in at the Vovchansk aggregate plant on the southern bank.",
            ("Vovchansk aggregate plant", "RU", "UA"),
        ),
        (
            "The Ukrainian General Staff said Russian troops had dug in on the outskirts of "
            "Vovchansk.",
            ("Vovchansk", "RU", "UA"),
        ),
        (
            "Zelensky said Ukrainian forces had entrenched themselves in Robotyne.",
            ("Robotyne", "UA", "UA"),
        ),
        (
            "The Russian ministry said Ukrainian marines were digging in around Krynky.",
            ("Krynky", "UA", "RU"),
        ),
    ],
)
def test_dug_in(text: str, want: tuple) -> None:
    assert want in control_places(text)


def test_digging_in_along_a_line_names_no_place() -> None:
    got = control_places(
        "British intelligence said Russian forces were digging in along the front line."
    )
    assert got == set()


# --- "positions in A and in the eastern part of B": the second place of the list -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukrainian officials said Ukrainian forces hold positions in Niu-York and in the "
            "eastern part of Toretsk.",
            {("Niu-York", "UA", "UA"), ("Toretsk", "UA", "UA")},
        ),
        (
            "Zelensky said Ukrainian units still held Bakhmut and in the western districts of "
            "Soledar.",
            {("Bakhmut", "UA", "UA"), ("Soledar", "UA", "UA")},
        ),
        (
            "The Russian MoD said its troops held Krynky and the outskirts of Kherson.",
            {("Krynky", "RU", "RU"), ("Kherson", "RU", "RU")},
        ),
    ],
)
def test_list_with_part_of(text: str, want: set) -> None:
    assert control_places(text) == want


# --- "A and B (gloss), a town on the Seversky Donets north of C, were under X control": A and B --


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Vitaly Kiselev, an LPR adviser, had claimed that both Stanitsa Luganskaya and "
            "Shchastye (Щастя), a town on the Seversky Donets north of Lugansk, were under "
            "militia control.",
            {("Stanytsia Luhanska", "RU", "RU"), ("Shchastia", "RU", "RU")},
        ),
        (
            "Ukrainian officials said Staryi Saltiv, a village on the Siverskyi Donets east of "
            "Kharkiv, was back under Ukrainian control.",
            {("Staryi Saltiv", "UA", "UA")},
        ),
        (
            "The Russian ministry said Bilohorivka (Білогорівка), a village west of Lysychansk, "
            "had been captured by Russian troops.",
            {("Bilohorivka", "RU", "RU")},
        ),
    ],
)
def test_appositive_on_a_river_locates(text: str, want: set) -> None:
    assert control_places(text) == want


# --- "liberated two settlements in the south and one in Donetsk Oblast": the region locates one --


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said Ukrainian troops had liberated two settlements in the south and one in "
        "Donetsk Oblast, without naming them.",
        "The Russian ministry said its forces had taken a village near Kupiansk and another in "
        "Donetsk Oblast.",
        "Zelensky said Ukrainian forces had freed three villages in the east and one more in "
        "Luhansk Oblast.",
    ],
)
def test_one_more_in_region_is_unnamed(text: str) -> None:
    assert control_places(text) == set()


def test_many_settlements_in_region_still_the_region() -> None:
    got = control_places("Syrskyi said Ukrainian forces controlled 28 settlements in Kursk region.")
    assert got == {("Kursk oblast", "UA", "UA")}


# --- 'Sudzha had been "fully cleared"': a place cleared, held by the side that says so ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Zelensky said Syrskyi had reported that the Russian town of Sudzha (Суджа) had been "
            '"fully cleared" of Russian troops.',
            ("Sudzha", "UA", "UA"),
        ),
        ('Zelensky said the town of Sudzha had been "fully cleared".', ("Sudzha", "UA", "UA")),
        ("Syrskyi said Sudzha had been fully cleared.", ("Sudzha", "UA", "UA")),
        ("The Russian MoD said Marinka had been completely cleared.", ("Marinka", "RU", "RU")),
    ],
)
def test_place_cleared_passive(text: str, want: tuple) -> None:
    assert control_places(text) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said the road to Kharkiv had been cleared.",
        "Ukrainian officials said Irpin had been cleared of mines.",
        "The governor said the rubble in Kramatorsk was cleared away overnight.",
    ],
)
def test_cleared_not_of_ground(text: str) -> None:
    assert control_places(text) == set()


# --- "Russian troops were present in X": armed men there hold it, in part at least ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukrainian officials said Russian troops are present in Vovchansk.",
            ("Vovchansk", "RU", "UA"),
        ),
        (
            "British intelligence said Russian forces remain present at the Zaporizhzhia nuclear "
            "power plant.",
            ("Zaporizhzhia nuclear power plant", "RU", "GB"),
        ),
        (
            "Tamaz Gambarashvili, head of the Vovchansk military administration, said Russian "
            "troops were present in the northern part of Vovchansk.",
            ("Vovchansk", "RU", "UA"),
        ),
        (
            "The Russian ministry said Ukrainian units were still present in Sudzha.",
            ("Sudzha", "UA", "RU"),
        ),
    ],
)
def test_forces_present_in(text: str, want: tuple) -> None:
    assert want in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said 300 civilians were present in the shelter in Mariupol.",
        "IAEA experts were present at the Zaporizhzhia nuclear power plant, Grossi said.",
        "Zelensky said the present situation in Bakhmut was difficult.",
    ],
)
def test_present_without_forces(text: str) -> None:
    assert control_places(text) == set()


# --- "Ukrainian bloggers and DeepState had shown X in Russian hands": the map makers' claim -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Russian Defence Ministry said Kurakhove was liberated. Ukrainian military "
            "bloggers and the DeepState project had shown the town almost entirely in Russian "
            "hands since late December.",
            ("Kurakhove", "RU", "UA"),
        ),
        (
            "The Russian ministry claimed Vuhledar. Ukrainian analysts showed Vuhledar under "
            "Russian control on their maps.",
            ("Vuhledar", "RU", "UA"),
        ),
        (
            "Konashenkov said Toretsk had been taken. Ukrainian soldiers and volunteers shown on "
            "television said Toretsk was still in Ukrainian hands.",
            ("Toretsk", "UA", "UA"),
        ),
    ],
)
def test_map_makers_claim(text: str, want: tuple) -> None:
    assert want in control_places(text)


# --- "Izium, the town the Russians captured last month, towards Barvinkove": not the place after -


@pytest.mark.parametrize(
    "text",
    [
        "Igor Konashenkov said Russian forces were continuing their push south of Izium, the "
        "town the Russians captured at the start of the month, towards Barvinkove.",
        "Ukrainian officials said Russian troops were shelling Lyman, the town the Russians took "
        "in May, and Siversk.",
        "Zelensky said Ukrainian forces were advancing from Kupiansk, the city Ukraine liberated "
        "last September, towards Svatove.",
    ],
)
def test_town_described_by_relative_capture(text: str) -> None:
    assert {p for p, _, _ in control_places(text)} & {"Barvinkove", "Siversk", "Svatove"} == set()


# --- "the Russian claim of its full capture was untrue": "its" is the town named before ----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nazar Voloshyn, a Ukrainian spokesman, said Ukrainian troops were still fighting in "
            "Ocheretyne and that the Russian claim of its full capture was untrue.",
            ("Ocheretyne", "UA", "UA"),
        ),
        (
            "Zelensky spoke of Bakhmut and dismissed the Russian claims about the city's capture.",
            ("Bakhmut", "UA", "UA"),
        ),
        (
            "The Russian ministry said Ukrainian units remained near Krynky and that Ukrainian "
            "claims of its liberation were false.",
            ("Krynky", "RU", "RU"),
        ),
    ],
)
def test_its_capture_claim_untrue(text: str, want: tuple) -> None:
    assert control_places(text) == {want}


def test_its_capture_claim_not_denied() -> None:
    got = control_places(
        "Zelensky visited Bakhmut and spoke about the Russian claims of its capture."
    )
    assert got == set()


# --- "Ukrainian forces in X ... before their withdrawal": X passes to the other side -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The bridges were destroyed in June, which left Ukrainian forces in Sievierodonetsk "
            "dependent on improvised crossings before their withdrawal on June 24.",
            ("Sievierodonetsk", "RU", None),
        ),
        (
            "Russian troops in Kherson were cut off from supplies for weeks before their "
            "withdrawal in November.",
            ("Kherson", "UA", None),
        ),
        (
            "Zelensky said Russian forces in Izium had abandoned their equipment after their "
            "retreat.",
            ("Izium", "UA", "UA"),
        ),
    ],
)
def test_forces_in_town_then_their_withdrawal(text: str, want: tuple) -> None:
    assert want in control_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces in Bakhmut asked for permission to plan their withdrawal.",
        "Russian troops in Kherson prepared their withdrawal to the left bank of the Dnipro.",
    ],
)
def test_their_withdrawal_not_done(text: str) -> None:
    assert {p for p, _, _ in control_places(text)} & {"Bakhmut", "Kherson"} == set()


# --- "officials appointed by Russia in the occupied part of X": a title, no claim ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials appointed by Russia in the occupied part of the Zaporizhzhia region, among "
        "them Vladimir Rogov, blamed Ukrainian artillery.",
        "Yevgeny Balitsky, the Russian-installed governor of the occupied part of Zaporizhzhia "
        "region, said the vote would go ahead.",
        "The authorities installed by Moscow in the occupied parts of Kherson oblast announced a "
        "referendum.",
    ],
)
def test_title_in_occupied_part(text: str) -> None:
    assert control_places(text) == set()


def test_occupied_part_as_a_claim() -> None:
    got = control_places(
        "Ukrainian officials said Russian troops occupied the southern part of Zaporizhzhia region."
    )
    assert got == {("Zaporizhzhia oblast", "RU", "UA")}


# --- "Russian forces have made steady gains in X": ground taken in X --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "British Defence Intelligence said Russian forces have highly likely made steady gains "
            "in Krasnohorivka since the summer.",
            ("Krasnohorivka", "RU", "GB"),
        ),
        (
            "The Russian ministry said its troops had made significant gains in Vovchansk.",
            ("Vovchansk", "RU", "RU"),
        ),
        (
            "Zelensky said Ukrainian units were making gains in Robotyne.",
            ("Robotyne", "UA", "UA"),
        ),
    ],
)
def test_gains_in_place(text: str, want: tuple) -> None:
    assert control_places(text) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian General Staff said Russian forces made no gains in Bakhmut.",
        "The ISW said Russia was trying to make gains in Chasiv Yar.",
        "British intelligence said Russian troops had not made any gains in Toretsk.",
        "British intelligence said Russian forces had made gains near Avdiivka.",
    ],
)
def test_gains_not_in_place(text: str) -> None:
    assert control_places(text) == set()


# --- "a photograph it said showed Ukrainian special forces in X": the side pictured holds X -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Security Service of Ukraine (SBU) published a photograph it said showed "
            "Ukrainian special forces in Kupyansk.",
            ("Kupiansk", "UA", "UA"),
        ),
        (
            "Ukraine's defence ministry said its video showed Ukrainian soldiers on the streets "
            "of Balakliia.",
            ("Balakliia", "UA", "UA"),
        ),
        (
            "The Russian ministry published footage showing Russian paratroopers in the centre "
            "of Bakhmut.",
            ("Bakhmut", "RU", "RU"),
        ),
    ],
)
def test_pictured_forces_in_town(text: str, want: tuple) -> None:
    assert control_places(text) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said the video did not show Russian troops in Vovchansk.",
        "The Russian ministry released footage that showed Russian troops near Avdiivka.",
    ],
)
def test_pictured_not_in_town(text: str) -> None:
    assert control_places(text) == set()


# --- "held the supply routes via X", "controlled the road to X": a road, not the place -----------


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian corps spokesperson said Ukrainian troops still held the northern districts "
        "and supply routes via Rodynske.",
        "The Russian ministry said its troops controlled the road to Kostiantynivka.",
        "Zelensky said Ukrainian forces held the highway through Lyman.",
        "British intelligence said Russian forces control the railway line into Kupiansk.",
    ],
)
def test_route_via_place_is_not_the_place(text: str) -> None:
    assert control_places(text) == set()


def test_place_held_still_read() -> None:
    assert control_places("Zelensky said Ukrainian forces held Lyman.") == {("Lyman", "UA", "UA")}


def test_the_town_had_been_liberated_is_no_relative_clause() -> None:
    got = control_places(
        "Kyiv was calm. Hostomel's mayor, Yulia Shepetko, said the town had been liberated."
    )
    assert got == {("Hostomel", "UA", "UA")}


# --- 'had taken control of X and "liberated" Y': the second verb's place too ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sergei Shoigu reported to Vladimir Putin that Russian troops and Luhansk People's "
            'Republic (LNR) units had taken full control of Lysychansk and "liberated" the '
            "territory of the LNR.",
            {("Lysychansk", "RU", "RU"), ("Luhansk oblast", "RU", "RU")},
        ),
        (
            "Zelensky said Ukrainian troops had captured Balakliia and liberated Kupiansk.",
            {("Balakliia", "UA", "UA"), ("Kupiansk", "UA", "UA")},
        ),
        (
            "The Russian ministry said its forces took control of Soledar and then captured "
            "Krasna Hora.",
            {("Soledar", "RU", "RU"), ("Krasna Hora", "RU", "RU")},
        ),
    ],
)
def test_second_joined_verb(text: str, want: set) -> None:
    assert control_places(text) == want


def test_second_verb_of_people() -> None:
    got = control_places(
        "Zelensky said Ukrainian troops held Bakhmut and captured dozens of prisoners."
    )
    assert got == {("Bakhmut", "UA", "UA")}


# --- "the villages of A, B and Pletenivka": the list's last name, unknown to the gazetteer -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia's Ministry of Defence claimed its troops had taken the villages of Hlyboke, "
            "Lukiantsi, Pylna and Pletenivka over the weekend.",
            "Pletenivka",
        ),
        (
            "Zelensky said Ukrainian forces had liberated Balakliia, Shevchenkove and Zaliznychne.",
            "Zaliznychne",
        ),
        (
            "The Russian Defence Ministry said its units had captured Hlyboke, Lukiantsi and "
            "Zelene on Sunday.",
            "Zelene",
        ),
    ],
)
def test_unknown_last_name_of_a_list(text: str, want: str) -> None:
    assert want in {p for p, _, _ in control_places(text)}


def test_list_then_a_clause_of_its_own() -> None:
    got = control_places(
        "The Russian ministry said its forces had captured Hlyboke and Lukiantsi and Zelensky "
        "denied it."
    )
    assert "Zelensky" not in {p for p, _, _ in got}


# --- "pulled out of X ..., and out of Y": the withdrawal goes on to Y -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A source in Ukraine's General Staff said Ukrainian forces have pulled out of the "
            "village of Krynky on the left bank of the Dnipro, and out of Urozhaine in the "
            "Donetsk region.",
            {("Krynky", "RU", "UA"), ("Urozhaine", "RU", "UA")},
        ),
        (
            "Zelensky said Russian troops had withdrawn from Bucha and from Irpin.",
            {("Bucha", "UA", "UA"), ("Irpin", "UA", "UA")},
        ),
        (
            "The Russian ministry said its forces had been driven out of Balakliia, and out of "
            "Izium.",
            {("Balakliia", "UA", "RU"), ("Izium", "UA", "RU")},
        ),
    ],
)
def test_withdrawal_and_out_of(text: str, want: set) -> None:
    assert control_places(text) == want


def test_and_from_there_is_no_place() -> None:
    got = control_places("Zelensky said Ukrainian troops took Kupiansk and from there pushed on.")
    assert got == {("Kupiansk", "UA", "UA")}


# --- "in Russian hands, with Ukrainian forces holding only positions around the power plant" -----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ukrainian military bloggers had shown Kurakhove almost entirely in Russian hands, "
            "with Ukrainian forces holding only positions around the power plant.",
            ("plant", "UA", "UA"),
        ),
        (
            "Zelensky said Ukrainian troops still held positions in the industrial zone.",
            ("industrial zone", "UA", "UA"),
        ),
        (
            "Zelensky said Bakhmut was largely in Russian hands, with Ukrainian units keeping "
            "a foothold at the Azovstal steel works.",
            ("Azovstal steel works", "UA", "UA"),
        ),
    ],
)
def test_positions_around_a_site(text: str, want: tuple) -> None:
    assert want in control_places(text)
