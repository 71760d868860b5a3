"""Evacuation statements in wordings of the twelfth round: the office a speaker's title names
(where officials sit, not where people leave), transport laid on or running to a timetable, a
call to leave in the imperative after a clause, calls to stay in shelters, the occupied part of
a region, an official who has left his town, hosts of people who fled, evacuations of another
era. Each pattern in several wordings of our own, with cases where it must not fire."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an office in a speaker's title is where officials sit: the place left is the "from" one
        (
            "Colonel Ivan Petrov, head of the joint coordination centre in Moscow, said the "
            "evacuation of residents from Lysychansk to the Russian Federation was continuing.",
            [["Lysychansk", "Russia", "civilians", "ongoing", "RU"]],
        ),
        (
            "A spokesman for the interior ministry in Kyiv said civilians were being taken out "
            "of Vuhledar.",
            [["Vuhledar", None, "civilians", "ongoing", "UA"]],
        ),
        (
            "Officials at the regional headquarters in Dnipro said buses had left Pokrovsk "
            "for Dnipro.",
            [["Pokrovsk", "Dnipro", "civilians", "completed", "UA"]],
        ),
        # ... but an office's town stays the place when no other is named
        (
            "The emergency ministry office in Sumy said the evacuation was continuing.",
            [["Sumy", None, "civilians", "ongoing", "UA"]],
        ),
    ],
)
def test_an_office_in_a_title_yields_to_the_place_left(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a service running to a timetable is an evacuation going on
        (
            "Evacuation trains leave Kramatorsk for Lviv twice a day, governor Pavlo Kyrylenko "
            "said.",
            [["Kramatorsk", "Lviv", "civilians", "ongoing", "UA"]],
        ),
        (
            "Buses for Dnipro depart from Pokrovsk three times a week, the regional "
            "administration said.",
            [["Pokrovsk", "Dnipro", "civilians", "ongoing", "UA"]],
        ),
        (
            "Sloviansk mayor Vadym Liakh said evacuation trains to the west still run several "
            "times a week.",
            [["Sloviansk", None, "civilians", "ongoing", "UA"]],
        ),
        # transport laid on for those who want to go: a way out open
        (
            "The city runs free buses to Zaporizhzhia for anyone who registers, Orikhiv mayor "
            "Anatoliy Rebrov said.",
            [["Orikhiv", "Zaporizhzhia", "civilians", "open", "UA"]],
        ),
        (
            "Kharkiv governor Oleh Syniehubov said the region was offering free evacuation "
            "buses from Kupiansk to Kharkiv.",
            [["Kupiansk", "Kharkiv", "civilians", "open", "UA"]],
        ),
        (
            "Authorities have laid on special trains from Pokrovsk to Lviv, Donetsk governor "
            "Pavlo Kyrylenko said.",
            [["Pokrovsk", "Lviv", "civilians", "open", "UA"]],
        ),
        (
            "Free buses to Dnipro leave from the central square every morning, Nikopol mayor "
            "Yevhen Yevtushenko said.",
            [["Nikopol", "Dnipro", "civilians", "ongoing", "UA"]],
        ),
        # ... not freight, nor a service in peacetime terms with no one to carry
        ("Ukrzaliznytsia runs freight trains to Poland every day.", []),
        ("The company operates buses to Warsaw for tourists in summer.", []),
    ],
)
def test_transport_laid_on_or_to_a_timetable(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


def test_a_clause_naming_only_where_people_go_keeps_the_sentences_place() -> None:
    text = (
        "Orikhiv mayor Anatoliy Rebrov said the town runs free buses to Zaporizhzhia for those "
        "who register, and evacuation trains to the west leave twice a week."
    )
    assert evac_rows(text) == [
        ["Orikhiv", "Zaporizhzhia", "civilians", "open", "UA"],
        ["Orikhiv", None, "civilians", "ongoing", "UA"],
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a call to leave in the imperative after a condition or another order
        (
            '"If you have somewhere to go, leave Kharkiv," mayor Ihor Terekhov said.',
            [["Kharkiv", None, "civilians", "requested", "UA"]],
        ),
        (
            '"If you can, please leave Kupiansk today," Kharkiv governor Oleh Syniehubov said.',
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
        (
            '"Take your children and get out of Bakhmut now," Donetsk governor Pavlo Kyrylenko '
            "said.",
            [["Bakhmut", None, "civilians", "requested", "UA"]],
        ),
        (
            'Sloviansk mayor Vadym Liakh had a message for residents: "Pack your bags and leave '
            'Sloviansk."',
            [["Sloviansk", None, "civilians", "requested", "UA"]],
        ),
        (
            '"Please, evacuate," Sumy governor Dmytro Zhyvytskyi told residents of Krasnopillia.',
            [["Krasnopillia", None, "civilians", "requested", "UA"]],
        ),
        # ... not "leave" inside the condition, nor "leave it", "leave no one"
        ('"If you leave, take your documents," Kharkiv governor Oleh Syniehubov said.', []),
        (
            '"If you see a drone, take cover and leave it to the army," mayor Ihor Terekhov said.',
            [],
        ),
        ('"Take your time and leave no one behind," Kharkiv mayor Ihor Terekhov said.', []),
    ],
)
def test_an_imperative_call_after_a_clause(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an occupied area wider than the town named before: the region that town lies in
        (
            "Residents of nearby houses in Nova Kakhovka were taken to safer parts of the town, "
            "the Russian-installed administration said. In Kyiv, Deputy Prime Minister Iryna "
            "Vereshchuk urged civilians in the occupied south to leave by any route.",
            [
                ["Nova Kakhovka", None, "civilians", "completed", "RU"],
                ["Kherson oblast", None, "civilians", "requested", "UA"],
            ],
        ),
        (
            "Shelling hit Melitopol overnight, the exiled mayor Ivan Fedorov said. Ukrainian "
            "officials again called on people living in the occupied territories to get out "
            "while they can.",
            [["Zaporizhzhia oblast", None, "civilians", "requested", "UA"]],
        ),
        (
            "Enerhodar was shelled again on Tuesday. Ukraine's government has urged families in "
            "the temporarily occupied areas to relocate to government-held territory.",
            [["Zaporizhzhia oblast", None, "civilians", "requested", "UA"]],
        ),
        # ... but a town named in the sentence is where people leave
        (
            "Kupiansk was shelled overnight. Kharkiv governor Oleh Syniehubov urged the remaining "
            "residents of occupied Kupiansk to leave.",
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
    ],
)
def test_the_occupied_part_of_a_region(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a call to stay in shelters, in the modal or the imperative: no call to leave
        "Kyiv mayor Vitali Klitschko told residents that no one should leave shelters during "
        "air-raid alerts.",
        "Kharkiv mayor Ihor Terekhov said residents must not leave their basements while the "
        "shelling continues.",
        '"Nobody should leave the shelter until the all-clear sounds," Zaporizhzhia governor '
        "Oleksandr Starukh said.",
        "Do not leave your homes after curfew, the Kherson military administration told residents.",
        # an official's own departure, told of the speaker
        "Mariupol mayor Vadym Boichenko, who has left the city, said more than 100,000 "
        "residents were still inside.",
        "Melitopol mayor Ivan Fedorov, who fled the town after his release, said occupation "
        "troops were searching homes.",
        "The governor, who left Sievierodonetsk in May, said fighting continued in the "
        "industrial zone.",
        # a city hosting people who fled
        "Lviv, which has taken in hundreds of thousands of people fleeing fighting in the east, "
        "had until Sunday been largely spared.",
        "Uzhhorod, now home to tens of thousands of people who fled the east, was quiet on Monday.",
        # an evacuation of another era
        "The exclusion zone was created after the 1986 reactor explosion, when more than "
        "100,000 people were evacuated from the nearby town.",
        "During the Second World War, in 1941, the factory's workers were evacuated to the Urals.",
    ],
)
def test_no_evacuation_told(text: str) -> None:
    assert evac_rows(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ... but the evacuation the same sentence reports stays
        (
            "Avdiivka mayor Vitaliy Barabash, who has left the town, said 40 residents had been "
            "evacuated from Avdiivka to Pokrovsk on Monday.",
            [["Avdiivka", "Pokrovsk", "civilians", "completed", "UA"]],
        ),
        (
            "Residents who fled Donetsk in 2014 are now being evacuated from Avdiivka, governor "
            "Pavlo Kyrylenko said.",
            [["Avdiivka", None, "civilians", "ongoing", "UA"]],
        ),
        (
            "Residents must leave Kupiansk by Friday, Kharkiv governor Oleh Syniehubov said.",
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
        (
            "Kharkiv governor Oleh Syniehubov urged residents to leave Kupiansk and not to leave "
            "their documents behind.",
            [["Kupiansk", None, "civilians", "requested", "UA"]],
        ),
    ],
)
def test_an_evacuation_beside_them_stays(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a corridor said to work in the simple tenses is open
        (
            "The humanitarian corridor from Enerhodar to Zaporizhzhia worked for the second day "
            "on Tuesday, governor Oleksandr Starukh said.",
            [["Enerhodar", "Zaporizhzhia", "civilians", "open", "UA"]],
        ),
        (
            "The corridor out of Sumy has functioned since Monday, regional governor Dmytro "
            "Zhyvytskyi said.",
            [["Sumy", None, "civilians", "open", "UA"]],
        ),
        (
            "Corridors from Irpin and Bucha to Kyiv operated throughout the day, Deputy Prime "
            "Minister Iryna Vereshchuk said.",
            [
                ["Irpin", "Kyiv", "civilians", "open", "UA"],
                ["Bucha", "Kyiv", "civilians", "open", "UA"],
            ],
        ),
        # ... not one that did not
        (
            "The corridor from Mariupol did not work on Monday because of shelling, mayor Vadym "
            "Boichenko said.",
            [["Mariupol", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Mayor Vadym Boichenko said the corridor from Mariupol failed to work again.",
            [["Mariupol", None, "civilians", "impossible", "UA"]],
        ),
        # a stop where evacuees are processed is on the way, not where they leave
        (
            "Residents leaving Kupiansk are registered at a transit centre in Balakliia before "
            "being taken on by train to Kharkiv, governor Oleh Syniehubov said.",
            [["Kupiansk", "Kharkiv", "civilians", "ongoing", "UA"]],
        ),
        (
            "Buses took 300 people out of Mariupol on Tuesday, the Russian Defence Ministry "
            "said. Residents leaving the city are checked at a filtration point in Dokuchaievsk "
            "before being taken on by bus to Donetsk, it said.",
            [
                ["Mariupol", None, "civilians", "completed", "RU"],
                ["Mariupol", "Donetsk", "civilians", "ongoing", "RU"],
            ],
        ),
    ],
)
def test_a_corridor_that_worked_and_a_stop_on_the_way(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reaction to reports the speaker does not vouch for ("if true") asserts nothing
        (
            "A US envoy told CNN that she had heard the reports of Kherson residents being "
            "taken to Russia and that, if true, it would be unconscionable.",
            [],
        ),
        (
            "The EU's foreign policy chief said he had seen reports that children from Kherson "
            "were being moved to Crimea, which, if confirmed, would be a war crime.",
            [],
        ),
        (
            "A German minister said she was aware of claims that families from Melitopol had "
            "been deported and, if they are true, Moscow must answer for them.",
            [],
        ),
        # ... but reports passed on without doubt stay
        (
            "The UN said it had received reports that 300 people were evacuated from Izium on "
            "Monday.",
            [["Izium", None, "civilians", "completed", "INTL"]],
        ),
    ],
)
def test_a_reaction_to_unverified_reports(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the transport's own verbs in the active, with its people and where they left
        (
            "Buses carried 300 people from Mariupol on Tuesday, the Russian Defence Ministry said.",
            [["Mariupol", None, "civilians", "completed", "RU"]],
        ),
        (
            "Volunteers drove 40 elderly residents from Avdiivka to Pokrovsk, governor Pavlo "
            "Kyrylenko said.",
            [["Avdiivka", "Pokrovsk", "civilians", "completed", "UA"]],
        ),
        (
            "Rescuers brought 15 families from Orikhiv to Zaporizhzhia on Monday, governor Ivan "
            "Fedorov said.",
            [["Orikhiv", "Zaporizhzhia", "civilians", "completed", "UA"]],
        ),
        # ... not prisoners, troops or goods
        ("Russian troops took 200 prisoners from Azovstal to Olenivka.", []),
        ("The army moved two brigades from Kherson to Bakhmut.", []),
        ("Volunteers brought food and water from Lviv to Kharkiv.", []),
    ],
)
def test_transport_verbs_in_the_active(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a call to leave with "tell" in any tense
        (
            "Kyiv is telling residents of the occupied part of Zaporizhzhia oblast to evacuate, "
            "governor Oleksandr Starukh said.",
            [["Zaporizhzhia oblast", None, "civilians", "requested", "UA"]],
        ),
        (
            "The mayor of Bakhmut tells anyone with children to leave the city now.",
            [["Bakhmut", None, "civilians", "requested", "UA"]],
        ),
        (
            "Police were telling families in Toretsk to leave before the road is cut, Donetsk "
            "governor Vadym Filashkin said.",
            [["Toretsk", None, "civilians", "requested", "UA"]],
        ),
        # ... not people telling of their own wish
        ("Residents of Kherson are telling reporters that they want to stay.", []),
    ],
)
def test_a_call_with_tell_in_any_tense(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want
