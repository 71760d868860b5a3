"""Tests of the general phrasing of evacuation statements: nouns and verbs of leaving, status
words, denials and caveats that are no evacuation."""

from __future__ import annotations

import pytest

from analyst_kit.parse import parse_report


def _evac_of(text: str) -> list[list]:
    """(origin, destination, status, claimed_by_side) of each evacuation row of ``text``."""
    t = parse_report(f"date 2024-09-01\n\n{text}\n")
    ev = t["evacuations"][["origin", "destination", "status", "claimed_by_side"]]
    return ev.astype(object).where(ev.notna(), None).values.tolist()


def _statuses(text: str) -> list[str]:
    return [r[2] for r in _evac_of(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a removal named by its noun, quoted or not
        (
            "Vladimir Saldo announced the temporary removal of residents from Oleshky.",
            [["Oleshky", None, "requested", "RU"]],
        ),
        (
            'Denis Pushilin announced the "organised mass departure" of residents from Horlivka '
            "on Monday.",
            [["Horlivka", None, "requested", "RU"]],
        ),
        # a way out named by its purpose
        (
            "Mikhail Mizintsev said Russia offered an exit route from Kherson towards Crimea.",
            [["Kherson", "Crimea", "requested", "RU"]],
        ),
        # a call to head somewhere is a call to leave
        (
            "Vadym Filashkin called on residents of Pokrovsk to head for Dnipro at once.",
            [["Pokrovsk", "Dnipro", "requested", "UA"]],
        ),
    ],
)
def test_nouns_and_verbs_of_leaving(text: str, want: list[list]) -> None:
    assert _evac_of(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a departure of officials, a removal of rubble: no one evacuated
        "The hasty departure of occupation officials from Kupiansk surprised observers.",
        "Crews in Kharkiv worked on the removal of debris from the damaged school.",
        # a head-to-head, not a call to leave
        "Oleh Syniehubov said the two commanders met head to head in Kharkiv.",
    ],
)
def test_nouns_that_are_no_evacuation(text: str) -> None:
    assert _evac_of(text) == []


def test_trickling_out_is_limited_and_buses_unable_to_get_through_is_impossible() -> None:
    rows = _evac_of(
        "Iryna Vereshchuk said cars were trickling out of Kherson along the river road, but "
        "that the evacuation buses had been unable to get through."
    )
    assert sorted(r[2] for r in rows) == ["impossible", "limited"]
    assert {r[0] for r in rows} == {"Kherson"}


def test_status_words_of_proposals_demands_and_failures() -> None:
    # a proposal in the plural is a request
    assert _statuses(
        "Martin Griffiths put forward proposals for the safe passage of civilians out of Sumy."
    ) == ["requested"]
    # a demand that the other side open the way out
    assert _statuses(
        "Iryna Vereshchuk said Moscow must simply open a corridor out of Melitopol."
    ) == ["requested"]
    # the passage that did not happen, the team sent back
    assert _statuses(
        "Martin Griffiths said the safe passage out of Huliaipole did not take place."
    ) == ["impossible"]
    assert _statuses(
        "Martin Griffiths said the convoy sent to evacuate civilians from Orikhiv had to turn "
        "back near Polohy."
    ) == ["impossible"]


def test_the_announced_evacuation_is_not_an_announcement() -> None:
    # the participle describes an evacuation that has begun
    assert _statuses(
        "Rafael Grossi said the announced evacuation of residents from Enerhodar has started."
    ) == ["ongoing"]
    # the verb still announces it
    assert _statuses("Vadym Filashkin announced the evacuation of residents from Siversk.") == [
        "requested"
    ]


def test_aid_offered_to_evacuees_is_no_request() -> None:
    assert _statuses(
        "Marat Khusnullin said the government had begun the relocation of residents of Kherson, "
        "who would be offered free housing."
    ) == ["ongoing"]
    # an offer made by a side still is
    assert _statuses("Mikhail Mizintsev offered a humanitarian corridor from Sumy.") == [
        "requested"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Oleh Syniehubov insisted the city of Kharkiv was not being evacuated.",
        "Vyacheslav Gladkov said there are no plans to evacuate Belgorod.",
        "Vyacheslav Gladkov said nobody is being forced to leave Shebekino.",
        "Vadym Filashkin said 300 people had left Toretsk. Reuters could not independently "
        "verify how many people had left Pokrovsk.",
    ],
)
def test_denials_and_caveats_are_no_evacuation(text: str) -> None:
    assert all(r[0] != "Pokrovsk" for r in _evac_of(text))
    if "Toretsk" not in text:
        assert _evac_of(text) == []


def test_a_blocked_evacuation_is_still_one() -> None:
    # a way out blocked is no denial
    assert (
        _statuses(
            "Iryna Vereshchuk said the wounded in Mariupol were not being evacuated because of the "
            "shelling."
        )
        != []
    )
    # a caveat leaves the report before it in the sentence
    assert _evac_of(
        "Vadym Filashkin said 300 people had left Toretsk; Reuters could not verify the figure."
    ) == [["Toretsk", None, "completed", "UA"]]


def test_a_turn_back_recalled_in_a_relative_clause_is_not_the_status() -> None:
    assert _statuses(
        "Martin Griffiths said the convoy, which had to turn back near Polohy, would try again "
        "on Friday to bring civilians out of Orikhiv."
    ) == ["possible"]


def test_the_clause_that_speaks_of_leaving_gives_the_status() -> None:
    # "orders" belongs to a clause with no evacuation in it; the evacuation clause says it is done
    rows = _evac_of(
        "Dozens of villages near Okhtyrka were already under such orders, Oleh Hryhorov said, and "
        "the evacuation of families with children there had been completed."
    )
    assert [r[2] for r in rows] == ["completed"]
    # both clauses speak of leaving: a row each
    rows = _evac_of(
        "Vadym Filashkin said buses will take people from Druzhkivka to Dnipro, and urged all "
        "families with children to leave."
    )
    assert sorted(r[2] for r in rows) == ["ongoing", "requested"]


def test_patients_moved_between_buildings_of_one_place() -> None:
    assert _evac_of(
        "Vadym Filashkin said the patients of the maternity ward were being transferred to other "
        "Kramatorsk hospitals."
    ) == [["Kramatorsk", "Kramatorsk", "ongoing", "UA"]]
    # a wounded man taken to hospital is no evacuation
    assert _evac_of("Vadym Filashkin said the wounded were taken to hospital in Kramatorsk.") == []


def test_evacuees_lodged_and_arrived_where_they_went() -> None:
    assert _evac_of(
        "Oleh Syniehubov said 200 residents of Vovchansk have been placed in temporary "
        "accommodation centres in Kharkiv."
    ) == [["Vovchansk", "Kharkiv", "completed", "UA"]]
    assert _evac_of(
        "Iryna Vereshchuk said about 2,000 Melitopol residents reached Zaporizhzhia in their own "
        "cars."
    ) == [["Melitopol", "Zaporizhzhia", "completed", "UA"]]
    # reached by phone, placed in custody: no one leaves
    assert (
        _evac_of("Iryna Vereshchuk said residents reached by phone in Melitopol were afraid.") == []
    )
    assert _evac_of("Iryna Vereshchuk said residents of Melitopol were placed in custody.") == []


def test_an_offer_with_no_speaker_is_the_offering_sides() -> None:
    rows = _evac_of(
        "Vadym Filashkin said the town was shelled overnight.\n\nLate on Sunday the Russian "
        "military offered two exit routes from Kherson."
    )
    assert rows == [["Kherson", None, "requested", "RU"]]
    # the noun "orders" is no offer made: the side is not taken from the words before it
    rows = _evac_of(
        "Vadym Filashkin said the town was shelled overnight.\n\nSumy, under Russian shelling, "
        "keeps its evacuation orders for border villages in force."
    )
    assert all(r[3] != "RU" for r in rows)


def test_a_call_in_the_imperative_is_a_request() -> None:
    rows = _evac_of(
        '2/ Leave the river villages "while the road is open" - Oleksandr Prokudin said to '
        "residents of Antonivka."
    )
    assert [r[2] for r in rows] == ["requested"]
    assert _statuses("Oleksandr Prokudin said families in Bilozerka should get out now.") == [
        "requested"
    ]
    # the noun is no call
    assert _evac_of("Oleksandr Prokudin said leave was cancelled for staff in Bilozerka.") == []


def test_places_listed_together_are_all_left() -> None:
    # no cue word right before the places: the first named is the origin, and those listed with it
    # ("the Kherson and Zaporizhzhia regions" are the two oblasts)
    rows = _evac_of(
        "Leave now - that was the appeal of Iryna Vereshchuk to civilians in the occupied parts "
        "of the Kherson and Zaporizhzhia regions."
    )
    assert sorted(r[0] for r in rows) == ["Kherson oblast", "Zaporizhzhia oblast"]
    assert {r[2] for r in rows} == {"requested"}


def test_a_passage_named_by_where_it_leads_out_of() -> None:
    assert _evac_of(
        "Martin Griffiths said the passage they had planned out of Huliaipole did not take place."
    ) == [["Huliaipole", None, "impossible", "INTL"]]
    # the passage of a law is no way out
    assert (
        _evac_of(
            "Martin Griffiths said in Huliaipole that the passage of the bill from the committee did "
            "not take place."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        '"Leave it to the army," Oleksandr Prokudin said in Kherson.',
        '"Leave no one behind," Oleksandr Prokudin told soldiers in Kherson.',
    ],
)
def test_an_imperative_about_something_else_is_no_call_to_leave(text: str) -> None:
    assert _evac_of(text) == []


def test_a_stop_on_the_way_is_not_the_origin() -> None:
    rows = _evac_of(
        "Oleksandr Prokudin said residents of Oleshky had no corridor and made their own way out "
        "through the Vasylivka checkpoint."
    )
    assert [r[0] for r in rows] == ["Oleshky"]
    # with no other place named, the one after "through" is no origin either
    rows = _evac_of(
        "Oleksandr Prokudin said there was no corridor, so people made their own way out "
        "through Vasylivka."
    )
    assert all(r[0] != "Vasylivka" for r in rows)


def test_people_a_service_is_for_are_no_evacuation() -> None:
    assert (
        _evac_of(
            "Oleksandr Prokudin said a hotline for people who have already left Kherson is open."
        )
        == []
    )
    # a count of those who left still is
    assert _statuses("Oleksandr Prokudin said 2,000 people have already left Kherson.") == [
        "completed"
    ]
