"""Who put an official in office gives the official's side: an occupation appointee of a
Ukrainian town speaks for Russia, its elected mayor for Ukraine (sentences written for these
tests about 2022 officeholders)."""

from __future__ import annotations

import pytest

from analyst_kit import _attribution as attr
from tests._rows import claim_speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Galina Danilchenko, the acting mayor of Melitopol installed by Russian forces, said the "
        "city was calm.",
        "Yevhen Balytskyi, the governor of Zaporizhzhia region appointed by Moscow, said trains "
        "would run to Crimea.",
        "Kostiantyn Ivashchenko, the mayor of Mariupol put in place by Russia, told reporters the "
        "port had reopened.",
        "Oleksandr Kobets, the occupation mayor of Kherson, said the ferry was working.",
    ],
)
def test_official_installed_by_russia_speaks_for_russia(sentence: str) -> None:
    assert [side for _, side in claim_speakers(sentence)] == ["RU"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the town in the role gives Ukraine; Russia named elsewhere in the role does not
        "Ivan Fedorov, the mayor of Melitopol, said Russian troops had shelled the road.",
        "Ivan Fedorov, the mayor of Melitopol who was detained by Russian forces, said he had "
        "been released.",
        "Ihor Kolykhaiev, the mayor of Kherson elected in 2020, said the city had no medicine.",
    ],
)
def test_elected_mayor_speaks_for_ukraine(sentence: str) -> None:
    assert [side for _, side in claim_speakers(sentence)] == ["UA"]


@pytest.mark.parametrize(
    ("role", "side"),
    [
        ("the interim head of Kherson region named by the occupying authorities", "RU"),
        ("a deputy appointed by the Kremlin", "RU"),
        ("the mayor of Kherson, named by parliament", "UA"),
    ],
)
def test_role_names_who_appointed(role: str, side: str) -> None:
    assert attr.side_of_phrase(role) == side
