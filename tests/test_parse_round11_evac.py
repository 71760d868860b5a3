"""Evacuation statements in wordings of the eleventh round: an agreement withheld in the
perfect, people going by their own means with the reason given after "because", the
evacuation's transport kept from getting in; and statements that are no evacuation. Each
pattern in several wordings of our own, with cases where it must not fire."""

from __future__ import annotations

import pytest

from tests._rows import evac_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an agreement withheld in the perfect is refused
        (
            "Mayor Ivan Fedorov said the occupiers have not agreed to a humanitarian corridor "
            "for Melitopol.",
            [["Melitopol", None, "civilians", "refused", "UA"]],
        ),
        (
            "Kharkiv governor Oleh Syniehubov said Moscow hasn't agreed to a ceasefire so that "
            "buses can leave Izium.",
            [["Izium", None, "civilians", "refused", "UA"]],
        ),
        (
            "The Russian side has never accepted to a safe passage out of Mariupol, mayor Vadym "
            "Boichenko said.",
            [["Mariupol", None, "civilians", "refused", "UA"]],
        ),
        # ... but a corridor not yet agreed is no refusal of anyone's
        (
            "Donetsk governor Pavlo Kyrylenko said no corridor had yet been agreed for Vuhledar.",
            [["Vuhledar", None, "civilians", "impossible", "UA"]],
        ),
        # people going by their own means, the reason after "because": the going is the statement
        (
            "Mayor Ivan Fedorov said residents who wanted to leave were travelling on their own, "
            "by private car towards Zaporizhzhia, because the occupiers had not agreed to a "
            "corridor out of Melitopol.",
            [["Melitopol", "Zaporizhzhia", "civilians", "ongoing", "UA"]],
        ),
        (
            "Families from Izium are driving out in their own cars because no buses have been "
            "organised, Kharkiv governor Oleh Syniehubov said.",
            [["Izium", None, "civilians", "ongoing", "UA"]],
        ),
        # ... unless only the reason speaks of leaving
        (
            "Kherson governor Oleksandr Prokudin said residents of Oleshky were asking for help "
            "because the occupation authorities were not evacuating them.",
            [["Oleshky", None, "civilians", "refused", "UA"]],
        ),
        # the evacuation's transport kept from getting in: impossible, from the town it could
        # not reach
        (
            "No bus had been able to reach Popasna for two days, Luhansk governor Serhiy Haidai "
            "said.",
            [["Popasna", None, "civilians", "impossible", "UA"]],
        ),
        (
            "Donetsk governor Pavlo Kyrylenko said evacuation buses were unable to get into "
            "Vuhledar on Monday.",
            [["Vuhledar", None, "civilians", "impossible", "UA"]],
        ),
        (
            "No evacuation train has managed to reach Kramatorsk since the strike, Ukrainian "
            "Railways said.",
            [["Kramatorsk", None, "civilians", "impossible", "UA"]],
        ),
        # ... not troops kept out
        (
            "Sappers blew up the bridge so that columns could not enter Voznesensk, the mayor "
            "said.",
            [],
        ),
        ("Russian tank columns could not reach Kyiv in March, the General Staff said.", []),
    ],
)
def test_evac_round11_sentences(text: str, want: list[list]) -> None:
    assert evac_rows(text) == want
