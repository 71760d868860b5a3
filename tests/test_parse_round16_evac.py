"""Round 16, evacuations: statements about evacuations in wordings of this round's own about
2022 events (written for these tests, not copied from a report). Each family of phrasings has
several paraphrases, and negative cases say what must not give a row."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows


# a checkpoint on the road out is a stop on the way, not where people leave: the town the
# report spoke of before is ("turned back at checkpoints near X", "queues at the checkpoint
# in X", "held for hours at a checkpoint outside X")
@pytest.mark.parametrize(
    "sentence",
    [
        "Some of the cars were turned back at Russian checkpoints near Tokmak.",
        "Families trying to leave wait for days in queues at the checkpoint in Polohy.",
        "He said people leaving by car were held for hours at a checkpoint outside Tokmak.",
        "Drivers who tried to leave had been stopped at the Russian check-point at Polohy.",
    ],
)
def test_a_checkpoint_town_is_no_origin(sentence: str) -> None:
    text = (
        "Melitopol mayor Ivan Fedorov said on Tuesday that residents of Melitopol were still "
        f"trying to leave the city for Zaporizhzhia. {sentence}"
    )
    origins = {r[0] for r in evac_rows(text)}
    assert "Tokmak" not in origins and "Polohy" not in origins
    assert "Melitopol" in origins


def test_a_town_left_through_a_checkpoint_is_still_the_origin() -> None:
    # the place after "from" stays the origin, the checkpoint town a stop
    rows = evac_rows(
        "Residents of Enerhodar trying to leave for Zaporizhzhia were waiting at checkpoints "
        "near Vasylivka."
    )
    assert [r[0] for r in rows] == ["Enerhodar"]


# the transport itself taking people, or setting off for a place: the evacuation goes on (or,
# for a train that left, is done), from the town the report speaks of
@pytest.mark.parametrize(
    ("sentence", "status", "destination"),
    [
        ("He said buses were taking residents to Kremenchuk every day, as the shelling went on.",
         "ongoing", "Kremenchuk"),
        ("Coaches are still carrying families with children out of the city towards Lubny.",
         "ongoing", "Lubny"),
        ("Buses depart from the railway station at 09:30 for Kremenchuk, the mayor wrote.",
         "ongoing", "Kremenchuk"),
        ("The evacuation train to Lviv left the station on time with about 500 people aboard.",
         "completed", "Lviv"),
    ],
)  # fmt: skip
def test_transport_taking_people_is_an_evacuation(
    sentence: str, status: str, destination: str
) -> None:
    text = f"Poltava mayor Oleksandr Mamai said shelling had hit Poltava overnight. {sentence}"
    rows = evac_rows(text)
    assert [(r[0], r[1], r[3]) for r in rows] == [("Poltava", destination, status)]


# transport laid on with where it goes, no "free"/"special" needed: the way out is open
@pytest.mark.parametrize(
    "sentence",
    [
        "The city council will lay on buses to Kremenchuk from the central square at noon.",
        "The regional administration is organising buses to Kremenchuk for anyone who wants to go.",
        "The authorities have arranged trains to Lviv for residents who want to leave.",
    ],
)
def test_transport_laid_on_to_a_place_is_a_way_out(sentence: str) -> None:
    text = f"Poltava mayor Oleksandr Mamai said shelling had hit Poltava overnight. {sentence}"
    rows = evac_rows(text)
    assert [r[0] for r in rows] == ["Poltava"]
    assert rows[0][3] in ("open", "ongoing", "possible")


@pytest.mark.parametrize(
    "sentence",
    [
        # the army's transport
        "Trains were taking soldiers and ammunition to the front, the analysts said.",
        "The army was running buses to the front for its reservists.",
        # a past habit told as background, with no aux: not this statement
        "Since April, the station had been the point from which trains carried freight to "
        "the west.",
        # the people described, not the offer made: a relative clause
        "She urged residents who are being offered buses to Russia to stay where they are.",
    ],
)
def test_transport_that_takes_no_evacuees_is_none(sentence: str) -> None:
    assert evac_rows(f"Shelling hit Poltava overnight. {sentence}") == []


# a line opening with its town and a word on it ("In neighbouring X,", "In the city of X,"):
# the town is where the line's evacuation leaves from, not the report's main place
@pytest.mark.parametrize(
    "opener", ["In neighbouring Lubny,", "In the city of Lubny,", "In nearby Lubny,"]
)
def test_a_line_opening_with_a_described_town_is_its_topic(opener: str) -> None:
    text = (
        "Missiles struck Poltava on Sunday, the regional governor said.\n\n"
        f"{opener} the mayor said the shelling went on. He said buses were taking residents of "
        "the worst-hit streets to Myrhorod every morning.\n"
    )
    assert [r[0] for r in evac_rows(text)] == ["Lubny"]


# the dead carried away are no evacuees, whatever the verb or tense
@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the bodies were being taken to Dnipro for identification.",
        "The remains of nine people have been transferred to the morgue in Dnipro.",
        "Investigators reached the burnt-out cars, and the bodies were then driven to Dnipro.",
    ],
)
def test_bodies_carried_away_are_no_evacuation(sentence: str) -> None:
    assert evac_rows(f"A convoy was shelled near Poltava. {sentence}") == []


def test_people_taken_out_beside_the_dead_still_are() -> None:
    rows = evac_rows(
        "Police said the bodies had been taken to Dnipro and that the surviving residents were "
        "being taken out of Poltava by bus."
    )
    assert [r[0] for r in rows] == ["Poltava"]


# two statements set against each other in one sentence ("A, but that B"): the place named in
# the second has the second's status, even with the verb in scare quotes
@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said eight corridors were planned for Monday but that the Izium corridor "
        'was "blocked" again.',
        "She said several routes would open on Tuesday, but that the Izium corridor had been "
        "suspended because of shelling.",
        "Officials said buses were ready in Kharkiv but that the route out of Izium remained "
        '"blocked".',
    ],
)
def test_a_but_that_clause_keeps_its_own_status(sentence: str) -> None:
    rows = evac_rows(sentence)
    assert ("Izium", "impossible") in {(r[0], r[3]) for r in rows}
    assert all(r[3] != "possible" for r in rows if r[0] == "Izium")


# "the region" named as where people go ("safer parts of the region", "elsewhere in the oblast")
# does not make the region of the speaker's title the place left: the town the report is on is
@pytest.mark.parametrize(
    "call",
    [
        "urged residents to leave for safer parts of the region",
        "called on families with children to move elsewhere in the oblast",
        "asked residents to relocate to calmer districts of the region for the winter",
    ],
)
def test_the_region_as_destination_keeps_the_town_as_origin(call: str) -> None:
    text = (
        "Marhanets has been shelled every night this week. Dnipropetrovsk regional governor "
        f"Serhiy Lysak said two houses were damaged overnight and {call}."
    )
    assert [(r[0], r[3]) for r in evac_rows(text)] == [("Marhanets", "requested")]


def test_all_residents_of_the_region_still_leave_the_region() -> None:
    rows = evac_rows(
        "Donetsk regional governor Pavlo Kyrylenko urged all residents of the region to leave "
        "before the winter."
    )
    assert [r[0] for r in rows] == ["Donetsk oblast"]
