"""Round 17, evacuations: wordings of my own (not copied from a report) for the statuses of a
way out that runs only now and then or is shut, and for the origin of a clause that names only
where people go. Every wording of a group must give the group's rows; the negative cases none."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows

# a small rate or a way out that runs only between the shelling: limited, not ongoing
_LIMITED = [
    "The governor of Kharkiv region said Russian checkpoints were letting only a few hundred "
    "evacuation cars a day leave Kupiansk.",
    "Officials in Zaporizhzhia said the occupiers let only about 50 cars per day leave Tokmak.",
    "Volunteers in Avdiivka are taking residents out two or three families at a time.",
    "Police said they were driving people out of Toretsk a few cars at a time.",
    "The Ukrainian governor said evacuation buses leave Siversk whenever there is a lull.",
    "Evacuation buses to Dnipro depart from Marhanets when the shelling eases, the mayor said.",
    "The regional head said evacuation trains kept leaving Kramatorsk in the lulls between "
    "bombardments.",
]


@pytest.mark.parametrize("text", _LIMITED)
def test_a_way_out_running_now_and_then_is_limited(text: str) -> None:
    rows = evac_rows(text)
    assert rows and all(r[3] == "limited" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        # a pause in the fighting asked for is a call, not a way out running between the strikes
        "The UN chief called on all parties to agree to a pause in the fighting so that "
        "civilians can leave Lysychansk.",
        # a steady flow said outright
        "Evacuation buses are leaving Sloviansk every morning, the mayor said.",
    ],
)
def test_a_pause_asked_for_or_a_steady_flow_is_not_limited(text: str) -> None:
    assert all(r[3] != "limited" for r in evac_rows(text))


# no road across the line, or none for people to leave by: impossible
_NO_ROUTE = [
    "The mayor of Vuhledar said there was no legal or safe route across the front line for "
    "residents of Vuhledar.",
    "Residents of Oleshky have no safe road for civilians to leave, the governor said.",
    "Residents of Nova Kakhovka are stuck: there is no way, the official said, for those "
    "people to reach the right bank.",
    "There are no routes out across the line of contact for the people of Popasna, Haidai said.",
]


@pytest.mark.parametrize("text", _NO_ROUTE)
def test_no_route_out_for_people_is_impossible(text: str) -> None:
    rows = evac_rows(text)
    assert rows and all(r[3] == "impossible" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "There is no way for anyone to verify the figures from Bakhmut, the analyst said.",
        "The governor said there is no road to peace while troops stay in Kherson.",
        "There is no way for the two sides to agree on Mariupol, a diplomat said.",
    ],
)
def test_no_way_to_know_or_agree_is_no_evacuation(text: str) -> None:
    assert evac_rows(text) == []


# a clause naming only where people go leaves from the place the text is about, not from the
# place of a later clause's own departures
@pytest.mark.parametrize(
    "text",
    [
        "Fewer than 3,000 people remain in Huliaipole, and the mayor urged them to leave. He "
        "said evacuation buses to Zaporizhzhia ran when shelling allowed and that volunteers had brought "
        "out four families from Zaliznychne on Monday.",
        "About 900 people are still in Kurakhove, where the mayor again urged them to go. He "
        "said evacuation trains to Dnipro left whenever there was a lull and that police had taken twelve "
        "people out of Hostre overnight.",
    ],
)
def test_a_clause_naming_only_a_destination_keeps_the_paragraphs_origin(text: str) -> None:
    rows = evac_rows(text)
    to_rows = [r for r in rows if r[1] is not None]
    assert to_rows and all(r[0] not in ("Zaliznychne", "Hostre") for r in to_rows), rows
    assert any(r[0] in ("Zaliznychne", "Hostre") and r[3] == "completed" for r in rows), rows


# a tally and then a call made again, as a noun: two statements, a row each
@pytest.mark.parametrize(
    "text",
    [
        "Governor Ivan Petrov said 31 residents were taken out of Toretsk by police on Sunday, "
        "and repeated his appeal to everyone still in the town to leave.",
        "The Kharkiv governor said 40 people had been evacuated from Kupiansk overnight, and "
        "renewed the call for families with children to leave.",
        "The mayor said 120 residents had been bussed out of Vovchansk on Sunday, and she reiterated "
        "her appeal to residents to leave the town before winter.",
    ],
)
def test_a_tally_and_a_renewed_appeal_give_two_rows(text: str) -> None:
    statuses = {r[3] for r in evac_rows(text)}
    assert statuses == {"completed", "requested"}, evac_rows(text)


def test_a_renewed_appeal_for_calm_is_no_evacuation() -> None:
    text = "The governor said the shelling of Kupiansk had eased, and repeated his appeal for calm."
    assert evac_rows(text) == []


# kept from taking the way out laid on: refused, whatever opened it in a relative clause
@pytest.mark.parametrize(
    "text",
    [
        "The Russian Defence Ministry said Ukrainian units were preventing Kharkiv residents "
        "from using the corridors Moscow had opened.",
        "Kyiv said Russian troops stopped families in Berdiansk from boarding the evacuation buses.",
        "Moscow accused Ukrainian units of barring civilians in Sumy from taking the humanitarian "
        "corridor it had opened.",
    ],
)
def test_kept_from_using_the_way_out_is_refused(text: str) -> None:
    rows = evac_rows(text)
    assert rows and all(r[3] == "refused" for r in rows), rows


def test_not_prevented_from_using_a_route_is_no_refusal() -> None:
    text = "Officials said the evacuation buses from Sumy were not prevented from using the route."
    assert all(r[3] != "refused" for r in evac_rows(text))
