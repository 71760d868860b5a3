"""Tests of more evacuation phrasing: ceasefires by their Russian name, route words that are no
status, reasons after the main clause, wishes and promised exits, unsaid or denied evacuations,
roads and corridors named by a place."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report


def _evac_of(text: str) -> list[list]:
    """(origin, destination, status, claimed_by_side) of each evacuation row of ``text``."""
    t = parse_report(f"date 2022-03-10\n\n{text}\n")
    ev = t["evacuations"][["origin", "destination", "status", "claimed_by_side"]]
    return ev.astype(object).where(ev.notna(), None).values.tolist()


def _pairs(text: str) -> list[tuple]:
    """(origin, status) of each evacuation row of ``text``."""
    return [(r[0], r[2]) for r in _evac_of(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a ceasefire declared under its Russian name, quoted or not: open
        (
            'The Russian Defence Ministry announced a "regime of silence" so that civilians '
            "could leave Kharkiv.",
            [("Kharkiv", "open")],
        ),
        (
            "Moscow announced a quiet regime from 9:00 to let residents leave Izium.",
            [("Izium", "open")],
        ),
        # the route a convoy took is no agreement: the convoy's going is the status
        (
            "The governor said a second convoy had been able to leave Sumy along the agreed route.",
            [("Sumy", "completed")],
        ),
        (
            "Buses carried 400 civilians out of Enerhodar on the agreed corridor, the mayor said.",
            [("Enerhodar", "completed")],
        ),
        # ... but an agreement said outright still is one
        (
            "The governor said a corridor out of Sumy had been agreed with Moscow.",
            [("Sumy", "agreed")],
        ),
        # fire denied is no blocked route
        (
            "The governor said buses left Sumy towards Poltava and that no shelling of the "
            "route had been recorded.",
            [("Sumy", "completed")],
        ),
        (
            "The mayor said Russian troops shelled the corridor out of Orikhiv.",
            [("Orikhiv", "impossible")],
        ),
        # none of the transport got out
        (
            "The mayor of Mariupol told reporters that no buses had been able to leave.",
            [("Mariupol", "impossible")],
        ),
        (
            "The general said that no civilians had come out of Rubizhne through the corridor.",
            [("Rubizhne", "impossible")],
        ),
        (
            "The governor said the shelling of Orikhiv was too intense to organise any departures.",
            [("Orikhiv", "impossible")],
        ),
        # a call reported to a journalist is no request
        (
            "The mayor of Bucha told journalists that families had been able to leave.",
            [("Bucha", "completed")],
        ),
    ],
)
def test_status_words(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the main clause's status, not the reason given after ", saying"
        (
            "The mayor of Irpin urged residents to get out, saying shelling made it impossible "
            "to guarantee their safety.",
            [("Irpin", "requested")],
        ),
        (
            "The governor appealed to residents of Bakhmut to leave, saying the town could no "
            "longer be supplied.",
            [("Bakhmut", "requested")],
        ),
        # with no status before it, the reason still gives one
        (
            "The mayor of Orikhiv said the evacuation had been halted, saying the road was "
            "under fire.",
            [("Orikhiv", "impossible")],
        ),
    ],
)
def test_saying_adjunct(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a wish voiced is a request
        (
            "The UN spokesman said: what we want is for civilians who wish to leave Mariupol to "
            "be able to do so safely.",
            [("Mariupol", "requested")],
        ),
        (
            "The ICRC said it wanted people in Sumy to be allowed to leave in safety.",
            [("Sumy", "requested")],
        ),
        # an exit promised for later is possible
        (
            "Pushilin said civilians remaining in Marinka would be offered exit towards Donetsk "
            "once the fighting died down.",
            [("Marinka", "possible")],
        ),
        (
            "The command said residents of Avdiivka would be given a way out to the west.",
            [("Avdiivka", "possible")],
        ),
    ],
)
def test_wishes_and_offers(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a call to stay put, not to leave
        "He urged families in Trostianets to stay in shelters until a corridor was confirmed.",
        "The mayor asked residents to remain in their basements while the shelling went on.",
        # a speaker's silence states nothing
        "The governor did not say whether any evacuation from Konotop was planned.",
        "Officials would not say how many people had left Vovchansk.",
        # an evacuation denied
        "There is no decision on evacuating the centre of Odesa.",
        "The governor did not announce any evacuation of Mykolaiv.",
        # a question states nothing
        "Q: Is the historic centre of Odesa now being evacuated?",
        # an exit poll is no exit
        "The exit polls in Kharkiv showed a clear lead.",
    ],
)
def test_no_evacuation(text: str) -> None:
    assert _evac_of(text) == []


def test_unverified_figure_keeps_the_statement() -> None:
    # the caveat is blanked, the removal it qualifies stays
    got = _pairs(
        "The general said thousands of civilians had already been brought out of Mariupol, a "
        "figure that could not be verified."
    )
    assert got == [("Mariupol", "completed")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a road named by a town is the way, not the place left
        (
            "The mayor of Irpin urged residents to get out while the corridor along the "
            "Romanivka road remained open.",
            [("Irpin", "requested")],
        ),
        (
            "Police said residents were being taken out of Lyman along the Sloviansk road.",
            [("Lyman", "ongoing")],
        ),
        # a corridor for a town is a corridor out of it
        (
            "The mayor asked for a separate corridor for Okhtyrka so that the elderly could be "
            "taken out.",
            [("Okhtyrka", "requested")],
        ),
        (
            "Kyiv demanded humanitarian corridors for Kherson and Mariupol.",
            [("Kherson", "requested"), ("Mariupol", "requested")],
        ),
        # ... but a convoy for a town goes there
        (
            "Buses from Zaporizhzhia left for Mariupol in the morning, the governor said.",
            None,
        ),
    ],
)
def test_roads_and_corridors_named_by_a_place(text: str, want: list[tuple] | None) -> None:
    if want is None:
        rows = _evac_of(text)
        assert rows and all(r[0] != "Mariupol" for r in rows)
    else:
        assert _pairs(text) == want


def _rows(text: str) -> list[dict]:
    t = parse_report(f"date 2022-03-10\n\n{text}\n")
    ev = t["evacuations"]
    return ev.astype(object).where(ev.notna(), None).to_dict("records")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "there": the town the sentence before named, not the report's last origin
        (
            "The governor said a convoy had left Sumy for Poltava. The situation was worse in "
            "Trostianets, he said. Residents there could not leave because no safe passage "
            "had been guaranteed.",
            [("Sumy", "completed"), ("Trostianets", "impossible")],
        ),
        (
            "The mayor said buses had taken 300 people out of Izium. Fighting continued near "
            "Balakliia, he added. Civilians still there were being taken out by volunteers.",
            [("Izium", "completed"), ("Balakliia", "ongoing")],
        ),
        # the city named by its kind is the one the report spoke of
        (
            "The mayor said a corridor out of Mariupol would open on Monday. According to the "
            "general, thousands of civilians had already been brought out of the city "
            '"without the help of Kyiv".',
            [("Mariupol", "open"), ("Mariupol", "completed")],
        ),
        # a time after the unnamed places is no place locating them
        (
            "Officials said about 150,000 people had left border districts in August.",
            [("border districts", "completed")],
        ),
    ],
)
def test_origin_by_reference(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


def test_the_site_named_before() -> None:
    rows = _rows(
        "The IAEA said its experts had reached the Zaporizhzhia nuclear power plant. "
        "Energoatom urged the evacuation of Russian troops from the site."
    )
    assert [(r["origin"], r["status"], r["population"]) for r in rows] == [
        ("Zaporizhzhia nuclear power plant", "requested", "military")
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # an occupation over is no occupation: the officials of the freed place speak for it
        (
            "Troops retook Ruska Lozova after weeks of Russian occupation, and residents were "
            "being bussed out of the village, regional officials said.",
            "UA",
        ),
        # an occupation now: the officials are the occupation's
        (
            "Residents of occupied Oleshky were being moved to Crimea, officials said.",
            "RU",
        ),
    ],
)
def test_local_officials_side(text: str, side: str) -> None:
    assert [r["claimed_by_side"] for r in _rows(text)] == [side]


def test_pronoun_object_of_a_call() -> None:
    rows = _rows(
        "Governor Pavlo Kyrylenko said several thousand civilians were still living in "
        "Bakhmut. He again urged them to leave, saying the town was no place for civilians."
    )
    assert [(r["origin"], r["status"], r["requested_by_side"]) for r in rows] == [
        ("Bakhmut", "requested", "UA")
    ]
    # "them" not told to leave: no call
    assert _rows("He urged them to keep calm in Bakhmut.") == []


def test_digest_item_is_a_new_account() -> None:
    text = (
        "1/ The governor of Kherson oblast, Yaroslav Yanushevych, urged residents of Kherson "
        "to leave the city.\n\n"
        "2/ There is no humanitarian corridor for Kherson, so people make their own way out."
    )
    rows = _rows(text)
    assert [(r["origin"], r["status"], r["claimed_by_side"]) for r in rows] == [
        ("Kherson", "requested", "UA"),
        ("Kherson", "impossible", None),
    ]


def test_next_paragraph_goes_on_with_the_account() -> None:
    # (a plain new paragraph, no digest item: the same account goes on)
    text = (
        "Governor Oleh Syniehubov said he had ordered the evacuation of Vovchansk.\n\n"
        "Buses were taking residents out of Vovchansk to Kharkiv."
    )
    rows = _rows(text)
    assert [r["claimed_by_side"] for r in rows] == ["UA", "UA"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an opening place described by its kind is the scene, not where the speaker sits
        (
            "In Volnovakha, a town of some 20,000 people north of Mariupol, local officials "
            "said the shelling was too heavy to organise any departures.",
            [("Volnovakha", "impossible")],
        ),
        (
            "In Orikhiv, a small town in Zaporizhzhia oblast, volunteers were still taking "
            "people out.",
            [("Orikhiv", "ongoing")],
        ),
    ],
)
def test_opening_scene(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


def test_opening_place_of_the_speaker_still_skipped() -> None:
    got = _pairs("In Moscow, General Mizintsev said corridors out of Kharkiv would open.")
    assert [o for o, _ in got] == ["Kharkiv"]


def test_river_named_like_a_town() -> None:
    text = (
        "Russian missiles struck a dam on the Inhulets River in Kryvyi Rih. The mayor of "
        "Kryvyi Rih said the water in the Inhulets had risen and that residents of nearby "
        "streets were being moved out."
    )
    assert [o for o, _ in _pairs(text)] == ["Kryvyi Rih"]
    # the town itself, named without "the", is still a place people leave
    got = _pairs("The governor said residents of Inhulets were being evacuated.")
    assert got == [("Inhulets", "ongoing")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two statements reported with "and that", each with its own status
        (
            "Kyrylenko said buses were taking people out of Pokrovsk and that the mandatory "
            "evacuation of Myrnohrad had been ordered.",
            [("Pokrovsk", "ongoing"), ("Myrnohrad", "requested")],
        ),
        (
            "Officials said the evacuation of Kupiansk was continuing and that buses had left "
            "Kurylivka.",
            [("Kupiansk", "ongoing"), ("Kurylivka", "completed")],
        ),
        # one service running
        (
            "The governor said the evacuation train from Pokrovsk to Lviv was running on schedule.",
            [("Pokrovsk", "ongoing")],
        ),
        # a going promised on a condition
        (
            "The mayor said buses would take out people who wanted to leave Trostianets once "
            "sappers had checked the roads.",
            [("Trostianets", "possible")],
        ),
        (
            "Officials said residents of Kupiansk would be evacuated as soon as the shelling "
            "eased.",
            [("Kupiansk", "possible")],
        ),
        # ... but a tally with more to come is what was done
        (
            "The governor said 300 people had already been taken out of Izium, and more would "
            "follow once the roads were checked.",
            [("Izium", "completed")],
        ),
    ],
)
def test_reported_statements_and_conditions(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the dead counted among those who fled: a casualty report
        "Four civilians trying to leave Kreminna by car were killed, the governor said.",
        "A family was shot while fleeing Bucha, the mayor said.",
    ],
)
def test_killed_while_fleeing_is_no_evacuation(text: str) -> None:
    assert _evac_of(text) == []


def test_killed_beside_an_evacuation_keeps_it() -> None:
    got = _pairs("The governor said 300 people had left Kreminna, and two were wounded.")
    assert got == [("Kreminna", "completed")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the civil hands of a removal: volunteers taking people out, the speaker's own service
        (
            "Governor Oleh Synehubov said: Where they agree, we take them out of Staryi Saltiv "
            "with police and volunteers to Kharkiv.",
            [("Staryi Saltiv", "ongoing")],
        ),
        (
            "The mayor of Kupiansk said volunteers had taken them out of the town.",
            [("Kupiansk", "completed")],
        ),
        # the place evacuees go to: temporary accommodation
        (
            "Governor Alexander Khinshtein said they would be taken out of Sudzha to temporary "
            "accommodation centres in Kursk as soon as sappers had cleared the roads.",
            [("Sudzha", "possible")],
        ),
    ],
)
def test_civil_hands_and_shelters(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # no civil sign: "took them out" may be a strike
        "The commander said drones took them out near Kupiansk.",
        # "where they agree" with no going is nothing
        "Where they agree, the parties in Kupiansk sign a protocol.",
    ],
)
def test_no_civil_sign(text: str) -> None:
    assert _evac_of(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people crossing out of a place have left it
        (
            "Kirill Stremousov said that 70,000 people had already crossed by ferry and boat "
            "from the right bank.",
            [("right bank", "completed")],
        ),
        (
            "Officials said hundreds of residents crossed by boat out of Kozacha Lopan on Sunday.",
            [("Kozacha Lopan", "completed")],
        ),
        # a removal widened is going on
        (
            'Vladimir Saldo announced that the "organized departure" of civilians would be '
            "extended to Oleshky.",
            [("Oleshky", "ongoing")],
        ),
        (
            "The governor said the evacuation of Kupiansk district will be expanded to more "
            "villages.",
            [("Kupiansk district", "ongoing")],
        ),
    ],
)
def test_crossings_and_widened_removals(text: str, want: list[tuple]) -> None:
    assert _pairs(text) == want


def test_troops_crossing_is_no_evacuation() -> None:
    assert _evac_of("The governor said Russian troops had crossed from Belgorod oblast.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the other side accused of holding the way shut
        (
            "The Ukrainian side accused Russian forces of blocking the humanitarian corridor "
            "from Mariupol, Iryna Vereshchuk said.",
            [("Mariupol", "refused", "UA")],
        ),
        (
            "Konashenkov said Ukrainian nationalists were keeping residents of Mariupol from "
            "leaving.",
            [("Mariupol", "refused", "RU")],
        ),
        # an accusation beside an offer: the offer is the statement on the evacuation
        (
            "Mizintsev claimed that Kyiv was blocking the evacuation and that the Russian side "
            "had opened a corridor from Azovstal.",
            [("Azovstal steelworks", "open", "RU")],
        ),
        # an agreement withheld is a refusal, an agreement given is none
        (
            "Vereshchuk said Ukraine would not agree to corridors out of Sumy into Russia.",
            [("Sumy", "refused", "UA")],
        ),
        (
            "Vereshchuk said Russia had agreed to a corridor from Sumy.",
            [("Sumy", "agreed", "UA")],
        ),
    ],
)
def test_blocking_and_refusals(text: str, want: list[tuple]) -> None:
    assert [(r[0], r[2], r[3]) for r in _evac_of(text)] == want
